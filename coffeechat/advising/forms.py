from django import forms

from coffeechat.advising.models import Comment, Sharing


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="Student's e-mail address",
        required=False,
        help_text="We e-mail them a link that only they can use. Leave empty for a link you hand out "
        "yourself (to a class, say): anyone with it can join for 14 days.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )


class SharingForm(forms.ModelForm):
    class Meta:
        model = Sharing
        fields = ["share_preparation", "share_progress"]
        help_texts = {
            "share_preparation": "For each coffee chat: who you plan to talk to (name, role, company), why "
            "you want to talk and your notes, your questions, your 30-second introduction and your saved "
            "request, so your advisor can comment before you reach out.",
        }


class CommentForm(forms.ModelForm):
    about = forms.ChoiceField(
        label="About",
        choices=[("general", "The whole chat"), ("goal", "Why they want to talk"), ("notes", "Their notes")],
    )

    class Meta:
        model = Comment
        fields = ["about", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4, "maxlength": 4000})}
        help_texts = {"text": "Your student sees this on the chat's page. Be specific and kind."}
