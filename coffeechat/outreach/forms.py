from django import forms

from coffeechat.conversations.models import Conversation
from coffeechat.outreach import drafts
from coffeechat.outreach.models import MessageTemplate


class ComposeForm(forms.Form):
    purpose = forms.ChoiceField(choices=list(drafts.PURPOSES.items()), widget=forms.HiddenInput)
    channel = forms.ChoiceField(choices=list(drafts.CHANNELS.items()), widget=forms.HiddenInput)
    to = forms.EmailField(
        label="To",
        required=False,
        help_text="Their e-mail address, for the mail app or for sending from coffeechat.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    subject = forms.CharField(max_length=200, required=False)
    body = forms.CharField(
        label="Message",
        max_length=5000,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "true"}),
        error_messages={"required": "Write the message first."},
    )

    def __init__(self, *args, check_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if check_url:  # the live checker: htmx posts the form as you type
            self.fields["body"].widget.attrs.update(
                {
                    "hx-post": check_url,
                    "hx-trigger": "input changed delay:400ms",
                    "hx-target": "#checker",
                    "hx-swap": "outerHTML",
                    "aria-describedby": "checker-summary",
                }
            )
        if self.data.get("channel", self.initial.get("channel")) != drafts.EMAIL:
            del self.fields["to"], self.fields["subject"]

    def clean_body(self):
        body = self.cleaned_data["body"].replace("\x00", "")
        if not body.strip():
            raise forms.ValidationError("Write the message first.")
        return body


class SendForm(ComposeForm):
    """Sending from coffeechat needs an address."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "to" in self.fields:
            self.fields["to"].required = True
            self.fields["to"].error_messages["required"] = "Enter their e-mail address to send it."


class TemplateForm(forms.ModelForm):
    class Meta:
        model = MessageTemplate
        fields = ["name", "purpose", "channel", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 12})}

    def clean(self):
        cleaned = super().clean()
        for name in ("subject", "body"):
            unknown = drafts.unknown_placeholders(cleaned.get(name) or "")
            if unknown:
                self.add_error(name, str(drafts.UnknownPlaceholder(unknown)))
        return cleaned


class KeepInTouchForm(forms.ModelForm):
    class Meta:
        model = Conversation
        fields = ["keep_in_touch_months"]
