from django import forms

from coffeechat.network.imports import KINDS, MAX_BYTES


class ImportForm(forms.Form):
    kind = forms.ChoiceField(
        label="What kind of file",
        choices=[("", "Let coffeechat tell from the file"), *KINDS.items()],
        required=False,
    )
    file = forms.FileField(
        label="Contact file",
        help_text="A CSV or vCard file (or LinkedIn's whole export, as a zip), up to "
        f"{MAX_BYTES // 1024 // 1024} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.vcf,.vcard,.zip,text/csv,text/vcard"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                f"This file is {upload.size / 1024 / 1024:.0f} MB; coffeechat reads contact files up to "
                f"{MAX_BYTES // 1024 // 1024} MB. Export only your contacts, or split the file."
            )
        return upload
