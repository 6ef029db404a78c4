import datetime as dt

from django import forms
from django.core.validators import URLValidator
from django.db import transaction

from coffeechat.conversations.models import Conversation
from coffeechat.leads.models import CardChange, Lead, LeadKind
from coffeechat.leads.rules import season_start, split_link, split_referral, work_on_opening_by
from coffeechat.lib.forms import DateInput, EmailListField, PhoneListField
from coffeechat.lib.text import split_lines
from coffeechat.network.models import Company, Person


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


# Meeting mode's quick-capture buttons, and the lead each one makes ("advice" stays a note line).
QUICK_KINDS = {"name": LeadKind.REFERRAL, "opening": LeadKind.OPENING, "season": LeadKind.SEASON}


def _title_and_note(text: str, note: str = "") -> tuple[str, str]:
    """A title fits 200 characters: a longer line is cut there and kept whole in the note."""
    if len(text) <= 200:
        return text, note
    return text[:199].rstrip() + "…", " ".join(filter(None, [text, note]))


def quick_capture_form(conversation: Conversation, kind: str, text: str) -> LeadForm | None:
    """The lead form, filled in and bound, for a line typed in meeting mode's quick capture: a name
    ("Priya Shah at Globex, runs ops"; no company named means the host's), an opening (its link
    read from the line) or a hiring season (its month read from the line). None for advice, or
    when nothing was typed: then the line is only a note."""
    text = " ".join(text.split())
    lead_kind = QUICK_KINDS.get(kind)
    if lead_kind is None or not text:
        return None
    if lead_kind == LeadKind.REFERRAL:
        name, company, note = split_referral(text)
        if not company and conversation.company:
            company = conversation.company.name
        data = {"name": name, "company_name": company, "note": note}
    elif lead_kind == LeadKind.OPENING:
        what, url = split_link(text)
        title, note = _title_and_note(what or text)
        data = {"title": title, "url": url, "note": note}
    else:
        title, note = _title_and_note(text)
        data = {"title": title, "note": note}
    return CAPTURE_FORMS[lead_kind](
        {f"{lead_kind}-{key}": value for key, value in data.items()}, conversation=conversation
    )


def first_error(form: forms.Form) -> str:
    return next((str(e) for errors in form.errors.values() for e in errors), "")


class LinkListField(forms.CharField):
    """Web addresses, one per line; "github.com/ana" gets its https://."""

    widget = forms.Textarea(attrs={"rows": 2})

    def clean(self, value):
        links = []
        for raw in split_lines(super().clean(value).replace(",", "\n")):
            url = raw if "://" in raw else f"https://{raw}"
            try:
                URLValidator(schemes=["http", "https"])(url)
            except forms.ValidationError:
                raise forms.ValidationError(f"“{raw[:80]}” is not a web address.") from None
            if len(url) > 300:
                raise forms.ValidationError("A link has at most 300 characters.")
            links.append(url)
        return links


CARD_LABELS = {
    "name": "Name",
    "title": "Job title",
    "company": "Company",
    "emails": "E-mail addresses",
    "phones": "Phone numbers",
    "address": "Address",
    "website": "Website",
    "linkedin_url": "LinkedIn",
    "social_links": "Other profiles",
}


def card_of(person: Person) -> dict[str, str]:
    """What a person's business card says, each field as text, to compare two versions."""
    return {
        "name": person.name,
        "title": person.title,
        "company": person.company.name if person.company else "",
        "emails": "\n".join(e.address for e in person.emails.all()),
        "phones": "\n".join(p.number for p in person.phones.all()),
        "address": person.address,
        "website": person.website,
        "linkedin_url": person.linkedin_url,
        "social_links": "\n".join(person.social_links),
    }


class CardForm(forms.Form):
    """A person's business card: saving it updates the person and records what changed."""

    name = forms.CharField(label="Name", max_length=200)
    title = forms.CharField(label="Job title", max_length=200, required=False)
    company = forms.CharField(
        label="Company",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
    )
    emails = EmailListField(label="E-mail addresses", required=False, help_text="One per line.")
    phones = PhoneListField(
        label="Phone numbers",
        required=False,
        help_text="One per line. Outside the United States, with the country code: +44 20 7946 0958.",
    )
    address = forms.CharField(
        label="Address", max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    website = forms.URLField(label="Website", max_length=300, required=False, assume_scheme="https")
    linkedin_url = forms.URLField(
        label="LinkedIn profile", max_length=300, required=False, assume_scheme="https"
    )
    social_links = LinkListField(
        label="Other profiles", required=False, help_text="GitHub, Mastodon, a portfolio: one per line."
    )
    from_photo = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, person: Person, **kwargs):
        self.person = person
        kwargs.setdefault("initial", card_of(person))
        super().__init__(*args, **kwargs)

    @transaction.atomic
    def save(self) -> CardChange | None:
        """Update the person; the CardChange saying what changed, or None when nothing did."""
        person, data = self.person, self.cleaned_data
        before = card_of(person)
        person.name, person.title = data["name"].strip(), data["title"].strip()
        person.company = Company.get_or_create_named(person.owner, data["company"])
        person.address = data["address"].strip()
        person.website, person.linkedin_url = data["website"], data["linkedin_url"]
        person.social_links = data["social_links"]
        person.save()
        person.set_emails(data["emails"])
        person.set_phones(data["phones"])
        person.set_job(person.company, person.title)
        after = card_of(Person.objects.get(pk=person.pk))
        changes = [
            {"field": key, "label": CARD_LABELS[key], "before": before[key], "after": after[key]}
            for key in CARD_LABELS
            if before[key] != after[key]
        ]
        if not changes:
            return None
        return CardChange.objects.create(
            owner=person.owner, person=person, from_photo=data["from_photo"], changes=changes
        )


class CardPhotoForm(forms.Form):
    photo = forms.FileField(
        label="Photo of the card",
        help_text="A JPEG, PNG or WebP image, up to 12 MB. Flat, well lit and filling the frame reads best.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
    )
