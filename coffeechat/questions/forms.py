from django import forms
from django.urls import reverse_lazy

from coffeechat.questions import bank
from coffeechat.questions.models import Plan, PlanItem, Question, ShareLink

FILTER_AREAS = [("", "Any area"), *bank.AREAS.items()]
FILTER_FAMILIES = [("", "Any kind"), *bank.FAMILIES.items()]


class BankFilterForm(forms.Form):
    q = forms.CharField(label="Search the questions", required=False, max_length=200)
    area = forms.ChoiceField(label="About", choices=FILTER_AREAS, required=False)
    family = forms.ChoiceField(label="Kind (TIARA)", choices=FILTER_FAMILIES, required=False)

    def values(self) -> dict[str, str]:
        if not self.is_valid():
            return {"q": "", "area": "", "family": ""}
        return {
            k: (self.cleaned_data.get(k) or "").replace("\x00", "").strip() for k in ("q", "area", "family")
        }


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["text", "area", "family", "minutes"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}
        help_texts = {
            "text": "You can use {company}, {role}, {industry} and {host_first_name}; they are filled in "
            "from each conversation.",
        }

    def __init__(self, *args, owner, **kwargs):
        self.owner = owner
        super().__init__(*args, **kwargs)

    def clean_text(self):
        return " ".join(self.cleaned_data["text"].split())

    def save(self, commit=True):
        self.instance.owner = self.owner
        return super().save(commit)


class PlanItemForm(forms.ModelForm):
    class Meta:
        model = PlanItem
        fields = ["text", "minutes", "must_ask"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}
        labels = {"text": "Your question", "must_ask": "Must ask (gets the time first)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The reviewer's verdict follows the typing (htmx), into the page's #verdict box.
        self.fields["text"].widget.attrs.update(
            {
                "hx-post": reverse_lazy("question_review"),
                "hx-trigger": "input changed delay:300ms",
                "hx-target": "#verdict",
            }
        )

    def clean_text(self):
        return " ".join(self.cleaned_data["text"].split())


class PlanSettingsForm(forms.ModelForm):
    class Meta:
        model = Plan
        fields = ["small_talk_minutes", "closing_minutes", "introduction", "research_notes"]
        widgets = {
            "introduction": forms.Textarea(attrs={"rows": 3}),
            "research_notes": forms.Textarea(attrs={"rows": 4}),
        }


class ShareForm(forms.ModelForm):
    class Meta:
        model = ShareLink
        fields = ["label"]
        help_texts = {"label": "A name to tell your links apart, like “Career center” or “Sam”."}


class SuggestForm(forms.Form):
    minutes = forms.TypedChoiceField(choices=[(20, "20 minutes"), (30, "30 minutes")], coerce=int)


class MeetingNotesForm(forms.Form):
    notes = forms.CharField(required=False, max_length=50_000, widget=forms.Textarea)


class CaptureForm(forms.Form):
    kind = forms.ChoiceField(
        choices=[("name", "name"), ("opening", "opening"), ("season", "season"), ("advice", "advice")]
    )
    text = forms.CharField(required=False, max_length=500)
