import datetime as dt
import zoneinfo

from django import forms
from django.db import transaction
from django.utils import timezone

from coffeechat.conversations.models import Conversation, Interaction, InteractionKind, Task
from coffeechat.lib import stages
from coffeechat.lib.dates import check_order
from coffeechat.lib.forms import DateInput, LocalDateTimeField, time_zone_field
from coffeechat.lib.markup import NOTES_HELP
from coffeechat.network.models import Company


def chosen_zone(form: forms.BaseForm, fallback: zoneinfo.ZoneInfo) -> zoneinfo.ZoneInfo:
    """The time zone picked on the form (or its initial one), to read the meeting time in."""
    name = form.data.get(form.add_prefix("time_zone")) or form.initial.get("time_zone") or ""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return fallback


class ConversationForm(forms.ModelForm):
    company_name = forms.CharField(
        label="Company",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
        help_text="Left empty, the host's company is used.",
    )
    requested_at = LocalDateTimeField(label="Asked on", required=False)
    scheduled_at = LocalDateTimeField(label="Meeting time", required=False)
    met_at = LocalDateTimeField(label="Met on", required=False)
    time_zone = time_zone_field(
        label="Time zone of these times",
        required=False,
        help_text="Pick the host's time zone if you agree on a time in theirs.",
    )

    class Meta:
        model = Conversation
        fields = [
            "goal",
            "channel",
            "company_name",
            "requested_at",
            "scheduled_at",
            "time_zone",
            "duration_minutes",
            "place",
            "met_at",
            "notes",
        ]
        widgets = {
            "goal": forms.Textarea(attrs={"rows": 2}),
            "notes": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {"notes": NOTES_HELP}

    def __init__(self, *args, host, user, **kwargs):
        self.host = host
        self.user = user
        super().__init__(*args, **kwargs)
        conversation = self.instance
        self.fields["duration_minutes"].widget.attrs.update(min=5, max=240, step=5)
        self.fields["duration_minutes"].help_text = "20 or 30 minutes is what most hosts say yes to."
        if conversation.pk:
            self.initial.setdefault("company_name", conversation.company.name if conversation.company else "")
        elif host and host.company:
            self.initial.setdefault("company_name", host.company.name)
        # model_to_dict() already put the instance's (often empty) zone in initial: fill it in.
        self.initial["time_zone"] = self.initial.get("time_zone") or conversation.time_zone or user.time_zone
        # The meeting time is read in the meeting's time zone; when you asked and met, in yours.
        self.fields["scheduled_at"].tz = chosen_zone(self, user.tz)
        self.fields["requested_at"].tz = self.fields["met_at"].tz = user.tz
        for name in ("requested_at", "met_at"):
            self.fields[name].help_text = f"In your own time zone ({user.tz.key})."

    def clean(self):
        cleaned = super().clean()
        soon = timezone.now() + dt.timedelta(minutes=5)
        for field, what in (("requested_at", "asked"), ("met_at", "met")):
            when = cleaned.get(field)
            if when and when > soon and field not in self.errors:
                self.add_error(field, f"That is in the future: fill this in once you have {what}.")
        errors = check_order(cleaned.get("requested_at"), cleaned.get("scheduled_at"), cleaned.get("met_at"))
        for field, message in errors.items():
            if field not in self.errors:
                self.add_error(field, message)
        # Where the chat stands needs its date: without it, it would drop off Today.
        stage = self.instance.stage if self.instance.pk else None
        needed = {
            "requested_at": stage in stages.MAIN_LINE[1:],
            "scheduled_at": stage == stages.SCHEDULED,
            "met_at": stage in stages.MAIN_LINE[3:],
        }
        for field, need in needed.items():
            if need and not cleaned.get(field) and field not in self.errors:
                label = self.fields[field].label.lower()
                self.add_error(field, f"This chat is at “{self.instance.stage_label}”: it needs its {label}.")
        return cleaned

    @transaction.atomic
    def save(self, commit=True):
        conversation = self.instance
        conversation.owner = self.user
        conversation.host = self.host
        company_name = self.cleaned_data["company_name"]
        conversation.company = (
            Company.get_or_create_named(self.user, company_name) if company_name else self.host.company
        )
        return super().save(commit)


class NewConversationForm(ConversationForm):
    stage = forms.ChoiceField(
        label="Where are you with them?",
        choices=[(s, stages.LABELS[s]) for s in stages.MAIN_LINE[:4]],
        initial=stages.IDEA,
        help_text="Most chats start as an idea. Pick a later step if you already asked or met.",
    )

    class Meta(ConversationForm.Meta):
        fields = ["stage", *ConversationForm.Meta.fields]

    # The fields only a later stage needs: app.js shows each for these stages alone (and without
    # JavaScript every field stays on the form). An idea needs no dates and no place yet.
    FOR_STAGES = {
        "requested_at": [stages.REQUESTED, stages.SCHEDULED, stages.MET],
        "scheduled_at": [stages.SCHEDULED, stages.MET],
        "time_zone": [stages.SCHEDULED, stages.MET],
        "place": [stages.SCHEDULED, stages.MET],
        "met_at": [stages.MET],
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].widget.attrs["data-stage-picker"] = ""
        for name, wanted in self.FOR_STAGES.items():
            self.fields[name].widget.attrs["data-stages"] = " ".join(wanted)

    def clean(self):
        cleaned = super().clean()
        stage = cleaned.get("stage")
        if stage == stages.SCHEDULED and not cleaned.get("scheduled_at"):
            self.add_error("scheduled_at", "A scheduled chat needs its meeting time.")
        return cleaned

    def save(self, commit=True):
        # The chosen stage is where to move to, through the history: every chat starts as an idea.
        self.instance.stage = stages.IDEA
        conversation = super().save(commit=True)
        conversation.catch_up_to(self.cleaned_data["stage"])
        return conversation


class InteractionForm(forms.ModelForm):
    occurred_at = LocalDateTimeField(label="When", required=False)

    class Meta:
        model = Interaction
        fields = ["kind", "occurred_at", "summary"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user, **kwargs):
        self.user = user
        kwargs.setdefault("auto_id", "log-%s")  # ids of their own beside other forms on a page
        super().__init__(*args, **kwargs)
        self.fields["occurred_at"].tz = user.tz
        self.fields["occurred_at"].help_text = "Left empty: now."

    def clean_occurred_at(self):
        when = self.cleaned_data["occurred_at"] or timezone.now()
        if when > timezone.now() + dt.timedelta(minutes=5):
            raise forms.ValidationError("This is a log of what happened; pick a time in the past.")
        return when

    def save_for(self, person, conversation=None) -> Interaction:
        interaction = self.instance
        interaction.owner = self.user
        interaction.person = person
        if conversation is None and interaction.kind == InteractionKind.REPLY_RECEIVED:
            # A reply logged on the person answers the request waiting on them, if there is one.
            waiting = person.conversations.filter(stage=stages.REQUESTED).order_by("-stage_changed_at")
            conversation = waiting.first()
        interaction.conversation = conversation
        interaction.save()
        return interaction


class TaskForm(forms.ModelForm):
    class Meta:
        model = Task
        fields = ["title", "due_on", "notes"]
        widgets = {"due_on": DateInput(), "notes": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "task-%s")
        super().__init__(*args, **kwargs)


class ScheduleForm(forms.ModelForm):
    scheduled_at = LocalDateTimeField(label="Meeting time")
    time_zone = time_zone_field(label="Time zone of the meeting time")
    # Shown only when the time has passed: a typo in the year should not slip through unnoticed.
    confirm_past = forms.BooleanField(
        label="Yes, that time has passed: record it anyway", required=False, widget=forms.HiddenInput
    )

    class Meta:
        model = Conversation
        fields = ["scheduled_at", "time_zone", "duration_minutes", "place"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "schedule-%s")
        super().__init__(*args, **kwargs)
        conversation = self.instance
        self.initial["time_zone"] = (
            self.initial.get("time_zone") or conversation.time_zone or conversation.owner.time_zone
        )
        self.fields["scheduled_at"].tz = chosen_zone(self, conversation.owner.tz)

    def clean(self):
        cleaned = super().clean()
        errors = check_order(self.instance.requested_at, cleaned.get("scheduled_at"), None)
        if errors and "scheduled_at" not in self.errors:
            self.add_error("scheduled_at", errors["scheduled_at"])
        when = cleaned.get("scheduled_at")
        if when and when < timezone.now() - dt.timedelta(minutes=5) and not cleaned.get("confirm_past"):
            self.fields["confirm_past"].widget = forms.CheckboxInput()
            self.add_error(
                "scheduled_at",
                "That time has already passed. Check the date, or tick the box below to record it anyway "
                "(for a meeting that took place, “We met” is the quicker way).",
            )
        return cleaned


class MetForm(forms.Form):
    met_at = LocalDateTimeField(label="When did you meet?", required=False)
    notes = forms.CharField(
        label="What did you learn?",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Write it down now, while it is fresh: you will need it for the thank-you note.",
    )

    def __init__(self, *args, conversation, **kwargs):
        self.conversation = conversation
        kwargs.setdefault("auto_id", "met-%s")
        super().__init__(*args, **kwargs)
        self.fields["met_at"].tz = conversation.owner.tz
        self.fields["met_at"].help_text = "Left empty: the meeting time, or now."

    def clean_met_at(self):
        met = self.cleaned_data["met_at"]
        if met and met > timezone.now() + dt.timedelta(minutes=5):
            raise forms.ValidationError("That is in the future; mark it met once you have talked.")
        errors = check_order(self.conversation.requested_at, None, met)
        if errors:
            raise forms.ValidationError(errors["met_at"])
        return met


class SnoozeForm(forms.Form):
    days = forms.IntegerField(min_value=1, max_value=365)
