from django import forms
from django.db import transaction

from coffeechat.lib.forms import EmailListField, PhoneListField, TagListField
from coffeechat.lib.markup import NOTES_HELP
from coffeechat.network.models import Company, Person


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
        person.company = Company.get_or_create_named(self.owner, self.cleaned_data["company_name"])
        person.save()
        person.set_emails(self.cleaned_data["emails"])
        person.set_phones(self.cleaned_data["phones"])
        person.set_tags(self.cleaned_data["tags"])
        return person
