import datetime as dt
import re

from django import forms
from django.db import transaction

from coffeechat.lib.forms import EmailListField, PhoneListField, TagListField
from coffeechat.lib.markup import NOTES_HELP
from coffeechat.network.models import (
    Affiliation,
    AffiliationKind,
    Company,
    Connection,
    ConnectionKind,
    Job,
    Person,
)


class CompanyForm(forms.ModelForm):
    class Meta:
        model = Company
        fields = ["name", "website", "industry", "location", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"website": "Starting with https://", "notes": NOTES_HELP}

    def __init__(self, *args, owner, **kwargs):
        self.owner = owner
        super().__init__(*args, **kwargs)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        same = Company.objects.for_owner(self.owner).matching(name).exclude(pk=self.instance.pk)
        if same.exists():
            raise forms.ValidationError(
                f"You already have “{same.first().name}”, which looks like the same company."
            )
        return name

    def save(self, commit=True):
        self.instance.owner = self.owner
        return super().save(commit)


FIELD_ORDER = [
    "name",
    "title",
    "company_name",
    "relationship",
    "emails",
    "phones",
    "linkedin_url",
    "tags",
    "notes",
]


class PersonForm(forms.ModelForm):
    company_name = forms.CharField(
        label="Company",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
        help_text="Where they work now. A new company is added for you.",
    )
    emails = EmailListField(label="E-mail addresses", required=False, help_text="One per line.")
    phones = PhoneListField(label="Phone numbers", required=False, help_text="One per line.")
    tags = TagListField(label="Tags", required=False, help_text="Separated by commas, like: design, alumni.")

    class Meta:
        model = Person
        fields = ["name", "title", "relationship", "linkedin_url", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"linkedin_url": "Like https://www.linkedin.com/in/their-name", "notes": NOTES_HELP}

    def __init__(self, *args, owner, **kwargs):
        self.owner = owner
        super().__init__(*args, **kwargs)
        self.order_fields(FIELD_ORDER)
        person = self.instance
        if person.pk:
            self.initial["company_name"] = person.company.name if person.company else ""
            self.initial["emails"] = "\n".join(e.address for e in person.emails.all())
            self.initial["phones"] = "\n".join(p.number for p in person.phones.all())
            self.initial["tags"] = ", ".join(t.name for t in person.tags.all())

    @transaction.atomic
    def save(self, commit=True):
        person = self.instance
        person.owner = self.owner
        company = Company.get_or_create_named(self.owner, self.cleaned_data["company_name"])
        person.save()
        person.set_job(company, person.title)  # ends the job they had when the company changes
        person.set_emails(self.cleaned_data["emails"])
        person.set_phones(self.cleaned_data["phones"])
        person.set_tags(self.cleaned_data["tags"])
        return person


class TargetForm(forms.ModelForm):
    """One company's LAMP scores, edited in place on the target list."""

    ADVOCACY = [("", "Worked out for you"), ("yes", "Yes, I have a contact"), ("no", "No contact yet")]

    motivation = forms.TypedChoiceField(coerce=int, empty_value=None, required=False)
    advocacy = forms.ChoiceField(choices=ADVOCACY, required=False)

    class Meta:
        model = Company
        fields = ["motivation", "posting"]

    def __init__(self, *args, scale: int, **kwargs):
        from coffeechat.network.targets import POSTING_CHOICES, motivation_choices

        super().__init__(*args, **kwargs)
        self.fields["motivation"].choices = [("", "Not rated")] + motivation_choices(scale)
        self.fields["posting"].choices = POSTING_CHOICES
        advocacy = self.instance.advocacy
        self.initial["advocacy"] = "" if advocacy is None else ("yes" if advocacy else "no")

    def save(self, commit=True):
        self.instance.advocacy = {"": None, "yes": True, "no": False}[self.cleaned_data["advocacy"]]
        return super().save(commit)


class AddTargetsForm(forms.Form):
    names = forms.CharField(
        label="Companies, one per line",
        widget=forms.Textarea(attrs={"rows": 14}),
        max_length=100_000,
        help_text="Dream employers, where friends and alumni work, companies with postings, companies "
        "riding a trend. Don't rate them yet: get to 40 first.",
    )


class ConnectionForm(forms.Form):
    """Someone this person knows, by name (one of your people, or a new one)."""

    other_name = forms.CharField(
        label="Who they know",
        max_length=200,
        widget=forms.TextInput(attrs={"list": "people-names", "autocomplete": "off"}),
        help_text="One of your people; someone new is added for you.",
    )
    how = forms.ChoiceField(
        label="How", choices=ConnectionKind.choices, initial=ConnectionKind.WORKED_TOGETHER
    )
    note = forms.CharField(
        label="A few words",
        max_length=200,
        required=False,
        help_text="Like “same team at Northwind, 2019–2021”.",
    )

    introduced_you = forms.BooleanField(
        label="They introduced you",
        required=False,
        help_text="Tick it if this is who introduced you to them.",
    )

    def __init__(self, *args, person: Person, **kwargs):
        self.person = person
        super().__init__(*args, **kwargs)

    def clean_other_name(self):
        name = self.cleaned_data["other_name"].strip()
        same = list(Person.objects.for_owner(self.person.owner).filter(name__iexact=name)[:3])
        if len(same) > 1:
            raise forms.ValidationError(
                f"You have {len(same)} people called {name}. Open the right one's page and add "
                f"{self.person.name} there instead."
            )
        if same and same[0].pk == self.person.pk:
            raise forms.ValidationError("That is the same person. Who else do they know?")
        self.other = same[0] if same else None
        return name

    @transaction.atomic
    def save(self) -> Connection:
        other = self.other or Person.objects.create(
            owner=self.person.owner, name=self.cleaned_data["other_name"]
        )
        if self.cleaned_data["introduced_you"]:
            self.person.introduced_by = other
            self.person.save(update_fields=["introduced_by", "updated_at"])
        return Connection.link(
            self.person, other, self.cleaned_data["how"], self.cleaned_data["note"].strip()
        )


class AffiliationsForm(forms.Form):
    """The schools, former employers and groups someone belongs to (or you do, for `mine`)."""

    school = TagListField(label="Schools", required=False, help_text="Separated by commas.")
    employer = TagListField(
        label="Employers", required=False, help_text="Places worked at before. Separated by commas."
    )
    group = TagListField(
        label="Groups", required=False, help_text="Clubs, communities, associations. Separated by commas."
    )

    def __init__(self, *args, owner, person: Person | None = None, affiliations=None, **kwargs):
        """`affiliations`: the person's, when the caller has read them already."""
        self.owner, self.person = owner, person
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            mine = affiliations
            if mine is None:
                mine = Affiliation.objects.for_owner(owner)
                mine = mine.filter(members=person) if person else mine.filter(includes_me=True)
            for a in mine:
                self.initial[a.kind] = ", ".join(filter(None, [self.initial.get(a.kind), a.name]))

    @transaction.atomic
    def save(self) -> None:
        chosen = []
        for kind in AffiliationKind.values:
            for name in self.cleaned_data[kind]:
                existing = (
                    Affiliation.objects.for_owner(self.owner).filter(kind=kind, name__iexact=name).first()
                )
                chosen.append(
                    existing or Affiliation.objects.create(owner=self.owner, kind=kind, name=name[:200])
                )
        if self.person is not None:
            self.person.affiliations.set(chosen)
        else:
            Affiliation.objects.for_owner(self.owner).exclude(pk__in=[a.pk for a in chosen]).update(
                includes_me=False
            )
            Affiliation.objects.filter(pk__in=[a.pk for a in chosen]).update(includes_me=True)


MONTHS = {
    name: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip


def parse_month(text: str) -> dt.date:
    """A month and year as the first day of that month: "2021-03" (what a month picker sends),
    "03/2021", "3.2021", "Mar 2021", "March 2021". ValueError with a message for anything else."""
    text = text.strip().lower().replace(",", " ")
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", text):
        year, month = int(m[1]), int(m[2])
    elif m := re.fullmatch(r"(\d{1,2})\s*[/.\-]\s*(\d{4})", text):
        year, month = int(m[2]), int(m[1])
    elif m := re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", text):
        year, month = int(m[2]), MONTHS.get(m[1], 0)
    elif re.fullmatch(r"\d{4}", text):
        raise ValueError(f"Which month of {text}? Like 03/{text}; a guess is fine.")
    else:
        raise ValueError("Enter a month and year, like 03/2021 or March 2021.")
    if not 1 <= month <= 12:
        raise ValueError("Enter a month and year, like 03/2021 or March 2021.")
    if not 1900 <= year <= 2100:
        raise ValueError("Pick a year between 1900 and 2100.")
    return dt.date(year, month, 1)


class MonthField(forms.DateField):
    """A month and year (work history keeps no day): a month picker where the browser has one,
    a text box that reads "03/2021" or "March 2021" where it has not."""

    widget = forms.DateInput(attrs={"type": "month", "placeholder": "YYYY-MM"}, format="%Y-%m")

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, dt.date):
            return value.replace(day=1)
        try:
            return parse_month(str(value))
        except ValueError as e:
            raise forms.ValidationError(str(e)) from None


class JobForm(forms.ModelForm):
    """One line of someone's work history. A job they still have becomes where they work now."""

    company_name = forms.CharField(
        label="Company",
        max_length=200,
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
        help_text="A new company is added for you.",
    )
    started_on = MonthField(label="Started", required=False, help_text="Month and year, like 2021-03.")
    ended_on = MonthField(label="Left", required=False, help_text="Leave it empty if you don't know.")

    class Meta:
        model = Job
        fields = ["title", "started_on", "ended_on", "is_current"]
        labels = {"title": "Job title", "is_current": "They still work here"}
        help_texts = {
            "is_current": "Where they work now: their page and your warm paths show them there, and "
            "the job they had before ends."
        }

    def __init__(self, *args, person: Person, **kwargs):
        self.person = person
        super().__init__(*args, **kwargs)
        self.order_fields(["company_name", "title", "started_on", "ended_on", "is_current"])
        self.was_current = bool(self.instance.pk and self.instance.is_current)
        if self.instance.pk:
            self.initial["company_name"] = self.instance.company.name
        else:
            self.initial.setdefault("is_current", False)

    def clean(self):
        data = super().clean()
        started, ended = data.get("started_on"), data.get("ended_on")
        if data.get("is_current") and ended:
            self.add_error(
                "ended_on",
                "They still work here, so there is no end yet: clear it, or untick “They still work here”.",
            )
        elif started and ended and ended < started:
            self.add_error("ended_on", f"They left before they started ({started:%B %Y}). Check the years?")
        return data

    @transaction.atomic
    def save(self, commit=True) -> Job:
        job = self.instance
        job.owner, job.person = self.person.owner, self.person
        job.company = Company.get_or_create_named(self.person.owner, self.cleaned_data["company_name"])
        job.save()
        if job.is_current:
            self.person.set_job(job.company, job.title, since=job.started_on, job=job)
        elif self.was_current:
            self.person.leave_job(job)
        return job
