from django import forms

from coffeechat.network.models import Company, CompanyAlias, company_key


class CompanyAliasForm(forms.Form):
    name = forms.CharField(
        label="Another name",
        max_length=200,
        help_text="How it appears in LinkedIn or in your contacts: a former name, an abbreviation, "
        "the parent company.",
    )

    def __init__(self, *args, company: Company, **kwargs):
        super().__init__(*args, **kwargs)
        self.company = company

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        key = company_key(name)
        owner = self.company.owner
        if key == self.company.name_key:
            raise forms.ValidationError(f"“{name}” is already how {self.company.name} is matched.")
        same = Company.objects.for_owner(owner).filter(name_key=key).first()
        if same:
            raise forms.ValidationError(
                f"“{name}” is the name of another company in your list, {same.name}. Rename or delete that "
                "one first."
            )
        taken = CompanyAlias.objects.for_owner(owner).filter(name_key=key).select_related("company").first()
        if taken:
            raise forms.ValidationError(f"“{name}” is already another name of {taken.company.name}.")
        return name
