import datetime as dt

from django import forms

from coffeechat.conversations.models import Conversation
from coffeechat.leads.models import Lead, LeadKind
from coffeechat.leads.rules import season_start, work_on_opening_by
from coffeechat.lib.forms import DateInput
from coffeechat.network.models import Company


def _company_field(help_text: str) -> forms.CharField:
    return forms.CharField(
        label="Company",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
        help_text=help_text,
    )


class LeadForm(forms.Form):
    """The base of the three quick-capture forms: each knows its conversation and saves a Lead."""

    kind: str
    note = forms.CharField(
        label="Note", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, conversation: Conversation, **kwargs):
        self.conversation = conversation
        self.user = conversation.owner
        super().__init__(*args, prefix=self.kind, **kwargs)

    def company(self) -> Company | None:
        name = self.cleaned_data.get("company_name", "")
        if not name:
            return self.conversation.company
        return Company.get_or_create_named(self.user, name)


class ReferralForm(LeadForm):
    kind = LeadKind.REFERRAL
    name = forms.CharField(label="Their name", max_length=200)
    company_name = _company_field("Where they work. A new company is added for you.")
    title = forms.CharField(label="Their job", required=False, max_length=200)
    field_order = ["name", "company_name", "title", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        host = self.conversation.host.first_name
        self.fields["note"].help_text = f"What {host} said about them, and whether {host} will introduce you."

    def save(self) -> Lead:
        data = self.cleaned_data
        return Lead.add_referral(
            self.conversation,
            name=data["name"],
            company_name=data["company_name"],
            title=data["title"],
            note=data["note"],
        )


class OpeningForm(LeadForm):
    kind = LeadKind.OPENING
    title = forms.CharField(label="The opening", max_length=200, help_text="Like: Junior UX designer.")
    company_name = _company_field("Left empty, the company of this chat.")
    url = forms.URLField(label="Link", required=False, max_length=500, assume_scheme="https")
    deadline = forms.DateField(
        label="Deadline", required=False, widget=DateInput(), help_text="You get a reminder a week before."
    )
    field_order = ["title", "company_name", "url", "deadline", "note"]

    def clean_deadline(self) -> dt.date | None:
        deadline = self.cleaned_data["deadline"]
        if deadline and deadline < self.user.today():
            raise forms.ValidationError("That deadline has passed already.")
        return deadline

    def save(self) -> Lead:
        data, today = self.cleaned_data, self.user.today()
        deadline = data["deadline"]
        return Lead.add_opening(
            self.conversation,
            title=data["title"],
            company=self.company(),
            url=data["url"],
            deadline=deadline,
            remind_on=work_on_opening_by(deadline, today) if deadline else today + dt.timedelta(days=2),
            note=data["note"],
        )


class SeasonForm(LeadForm):
    kind = LeadKind.SEASON
    title = forms.CharField(
        label="What they said", max_length=200, help_text="Like: internship hiring opens in March."
    )
    when = forms.CharField(
        label="When it opens",
        required=False,
        max_length=40,
        help_text="A month, like March or 2027-03. Left empty, read from what they said.",
    )
    company_name = _company_field("Left empty, the company of this chat.")
    field_order = ["title", "when", "company_name", "note"]

    def clean(self):
        cleaned = super().clean()
        if "title" in cleaned:
            text = cleaned.get("when") or cleaned["title"]
            cleaned["starts_on"] = season_start(text, self.user.today())
            if cleaned["starts_on"] is None:
                self.add_error(
                    "when",
                    "Say when hiring opens, like “March” or “2027-03”, so we can remind you then.",
                )
        return cleaned

    def save(self) -> Lead:
        data = self.cleaned_data
        return Lead.add_season(
            self.conversation,
            title=data["title"],
            company=self.company(),
            starts_on=data["starts_on"],
            note=data["note"],
        )


CAPTURE_FORMS = {form.kind: form for form in (ReferralForm, OpeningForm, SeasonForm)}


def capture_forms(conversation: Conversation, bound: LeadForm | None = None) -> dict[str, LeadForm]:
    """The three quick-capture forms for a conversation, with `bound` (showing errors) in its place."""
    forms_ = {kind: cls(conversation=conversation) for kind, cls in CAPTURE_FORMS.items()}
    if bound is not None:
        forms_[bound.kind] = bound
    return forms_
