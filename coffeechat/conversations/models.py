import calendar
import datetime as dt

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from coffeechat.accounts.ownership import Owned, OwnedQuerySet
from coffeechat.lib import stages
from coffeechat.lib.business_days import business_days_between, follow_up_dates, local_date
from coffeechat.lib.dates import check_order
from coffeechat.lib.http import object_url
from coffeechat.lib.text import count, sentence
from coffeechat.network.models import Company, Person, Relationship, Tag


class Channel(models.TextChoices):
    EMAIL = "email", "E-mail"
    LINKEDIN = "linkedin", "LinkedIn"
    PHONE = "phone", "Phone"
    IN_PERSON = "in_person", "In person"
    INTRODUCTION = "introduction", "Introduction by someone"


class MoveRefused(Exception):
    pass


def keep_in_touch_due(last_contact: dt.datetime | None, owner, months: int) -> dt.date:
    """A cadence of `months` after the last contact (or today), in the owner's calendar."""
    start = local_date(last_contact, owner.tz) if last_contact else owner.today()
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return max(dt.date(year, month, day), owner.today())


# How a host answers, after Steve Dalton's 2-Hour Job Search: kept as a tag on the person.
BOOSTER, OBLIGATE, CURMUDGEON = "Booster", "Obligate", "Curmudgeon"


def tag_responsiveness(person: Person, label: str) -> None:
    """Tag `person` Booster, Obligate or Curmudgeon, replacing whichever of them they had."""
    person.tags.remove(*person.tags.filter(name__in=[BOOSTER, OBLIGATE, CURMUDGEON]))
    tag, _ = Tag.objects.get_or_create(owner_id=person.owner_id, name=label)
    person.tags.add(tag)


# From these stages a meeting time can be agreed; later ones have met already.
SCHEDULABLE = {stages.IDEA, stages.REQUESTED, stages.SCHEDULED, stages.NO_REPLY, stages.ON_HOLD}


MEETING_HOURS = dt.timedelta(hours=2)  # how long a meeting may still be going on after it starts


def meetings_window(now: dt.datetime, days: int = 7) -> tuple[dt.datetime, dt.datetime]:
    """The meetings to show as upcoming: from two hours ago (one may be going on) to `days` ahead.
    One that started before the window's start is over (`waiting_on_you`)."""
    return now - MEETING_HOURS, now + dt.timedelta(days=days)


class ConversationQuerySet(OwnedQuerySet):
    def active(self):
        return self.filter(stage__in=stages.MAIN_LINE)

    def upcoming_meetings(self, now: dt.datetime, days: int = 7):
        return self.meetings_between(*meetings_window(now, days))

    def meetings_between(self, since: dt.datetime, until: dt.datetime):
        return self.filter(stage=stages.SCHEDULED, scheduled_at__gte=since, scheduled_at__lt=until).order_by(
            "scheduled_at"
        )

    def waiting_on_you(self, today: dt.date, over_before: dt.datetime | None = None):
        """Conversations whose next move is the user's: ask, schedule a reply, record, thank. A
        scheduled meeting is over once it started before `over_before` (two hours ago by default)."""
        over_before = over_before or meetings_window(timezone.now())[0]
        return self.filter(
            Q(stage__in=[stages.IDEA, stages.MET])
            | Q(stage=stages.REQUESTED, replied_at__gte=F("requested_at"))
            | Q(stage=stages.SCHEDULED, scheduled_at__lt=over_before)
        ).filter(Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=today))

    def search(self, q: str):
        if not q:
            return self
        return self.filter(Q(host__name__icontains=q) | Q(company__name__icontains=q) | Q(goal__icontains=q))


class Conversation(Owned):
    host = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="conversations")
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations"
    )
    goal = models.TextField(
        "why you want to talk",
        blank=True,
        help_text="What you hope to learn. One or two sentences is plenty.",
    )
    stage = models.CharField(max_length=20, choices=stages.CHOICES, default=stages.IDEA)
    channel = models.CharField(
        "how you will ask", max_length=20, choices=Channel.choices, default=Channel.EMAIL
    )
    requested_at = models.DateTimeField("asked on", null=True, blank=True)
    scheduled_at = models.DateTimeField("meeting time", null=True, blank=True)
    met_at = models.DateTimeField("met on", null=True, blank=True)
    time_zone = models.CharField(
        "meeting time zone",
        max_length=64,
        blank=True,
        help_text="The time zone the meeting time is given in; yours when left empty.",
    )
    duration_minutes = models.PositiveSmallIntegerField(
        "duration (minutes)",
        default=30,
        validators=[
            MinValueValidator(5, "A meeting needs at least 5 minutes."),
            MaxValueValidator(240, "That is longer than four hours; enter minutes, like 30."),
        ],
    )
    place = models.CharField(
        "place or video link",
        max_length=500,
        blank=True,
        help_text="A café, an office address or a video call link.",
    )
    notes = models.TextField(blank=True)
    snoozed_until = models.DateField(null=True, blank=True)
    # The latest reply logged on this conversation; kept in step with the log by Interaction.
    replied_at = models.DateTimeField(null=True, blank=True, editable=False)
    stage_changed_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    keep_in_touch_months = models.PositiveSmallIntegerField(
        "keep in touch every",
        null=True,
        blank=True,
        choices=[(0, "Never remind me"), *[(n, f"{n} month{'s' if n > 1 else ''}") for n in range(1, 7)]],
        help_text="Left empty: your default, from your settings.",
    )
    # The calendar invite's SEQUENCE: bumped whenever the agreed time, length or place changes.
    invite_sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = ConversationQuerySet.as_manager()

    class Meta:
        ordering = ["-stage_changed_at"]
        indexes = [
            models.Index(fields=["owner", "stage", "stage_changed_at"]),
            models.Index(fields=["owner", "scheduled_at"]),
            # Today's "waiting on you" (the longest waiting first) reads a few rows in this order
            # and stops, instead of sorting every coffee chat of the account.
            models.Index(fields=["owner", "stage_changed_at"]),
        ]

    def __str__(self) -> str:
        where = f" ({self.company})" if self.company_id else ""
        return f"Coffee chat with {self.host}{where}"

    def get_absolute_url(self) -> str:
        return object_url("conversation", self.pk)

    @property
    def stage_label(self) -> str:
        return stages.LABELS[self.stage]

    @property
    def next_step(self) -> str:
        if self.stage == stages.REQUESTED and self.has_reply:
            return "They replied: agree on a time and schedule it."
        return stages.NEXT_STEP[self.stage]

    @property
    def has_reply(self) -> bool:
        return bool(self.replied_at and self.requested_at and self.replied_at >= self.requested_at)

    @property
    def next_stage(self) -> str | None:
        return stages.next_stage(self.stage)

    @property
    def next_stage_label(self) -> str:
        return stages.LABELS.get(self.next_stage or "", "")

    @property
    def meeting_end(self) -> dt.datetime | None:
        if self.scheduled_at:
            return self.scheduled_at + dt.timedelta(minutes=self.duration_minutes)
        return None

    def date_errors(self) -> dict[str, str]:
        return check_order(self.requested_at, self.scheduled_at, self.met_at)

    @transaction.atomic
    def move_to(self, target: str, when: dt.datetime | None = None, summary: str = "") -> "StageChange":
        """Move to another stage, recording when, and log what the move means.

        Raises MoveRefused with a reason the user can read.
        """
        move = stages.check_move(self.stage, target)
        if not move.allowed:
            raise MoveRefused(move.reason)
        when = when or timezone.now()
        if target == stages.SCHEDULED and not self.scheduled_at:
            raise MoveRefused("Set the meeting time first, then mark it scheduled.")
        # Work on copies: a refused move leaves the object as it was, in memory too.
        requested_at, met_at = self.requested_at, self.met_at
        if target == stages.REQUESTED and not requested_at:
            requested_at = when
        if target == stages.MET and not met_at:
            met_at = min(when, self.scheduled_at) if self.scheduled_at else when
        errors = check_order(requested_at, self.scheduled_at, met_at)
        if errors:
            raise MoveRefused(" ".join(errors.values()))
        self.requested_at, self.met_at = requested_at, met_at
        change = StageChange.objects.create(
            owner_id=self.owner_id, conversation=self, from_stage=self.stage, to_stage=target, changed_at=when
        )
        self.stage = target
        self.stage_changed_at = when
        self.snoozed_until = None
        self.save()
        kind = _INTERACTION_FOR_STAGE.get(target)
        forward = stages.is_forward(change.from_stage, target)
        if kind and forward:  # a step back logs nothing
            self.log(kind, summary, when=self.met_at if target == stages.MET else when)
        if target == stages.MET and forward:
            # You have met them now: "don't know them yet" would be wrong, and warm paths should count them.
            Person.objects.filter(
                pk=self.host_id, relationship__in=[Relationship.COLD, Relationship.CONTACT]
            ).update(relationship=Relationship.COFFEE_CHAT)
        self._plan_after_move(change.from_stage, target, when, forward)
        return change

    def _plan_after_move(self, from_stage: str, target: str, when: dt.datetime, forward: bool) -> None:
        """The tasks each step brings: 3B7 after asking, a thank-you after meeting, an update and
        keep-in-touch after thanking. Moving on closes the reminders that no longer apply."""
        if target not in (stages.REQUESTED, stages.NO_REPLY):
            self.close_tasks(*FOLLOW_UP_KINDS)
        if target == stages.REQUESTED and forward and not self.has_reply:
            self.plan_follow_ups(self.requested_at or when)
        elif target == stages.MET and forward:
            self.plan_thank_you()
        elif target == stages.THANKED and forward:
            self.plan_after_thanks()
        elif target == stages.KEEPING_IN_TOUCH and not self.tasks.open().filter(kind=TaskKind.KEEP_IN_TOUCH):
            self.plan_keep_in_touch()

    @transaction.atomic
    def catch_up_to(self, target: str) -> None:
        """Walk a chat just entered along the main line to the stage it has reached already,
        so its history and log read as if each step had been recorded when it happened."""
        path = stages.MAIN_LINE[stages.MAIN_LINE.index(self.stage) + 1 : stages.MAIN_LINE.index(target) + 1]
        if not self.scheduled_at and stages.SCHEDULED in path and target != stages.SCHEDULED:
            path.remove(stages.SCHEDULED)  # met without a recorded meeting time
        now = timezone.now()
        asked = self.requested_at or min([now, *(d for d in (self.scheduled_at, self.met_at) if d)])
        when = {stages.REQUESTED: asked, stages.SCHEDULED: asked, stages.MET: self.met_at}
        for stage in path:
            self.move_to(stage, when=when.get(stage) or now)

    @transaction.atomic
    def schedule(
        self, when: dt.datetime, time_zone: str = "", duration_minutes: int | None = None, place: str = ""
    ) -> None:
        """Agree on a meeting time (or change it), and move to Scheduled if not there yet."""
        if self.stage not in SCHEDULABLE:
            raise MoveRefused(
                f"This chat is at “{self.stage_label}” already; move it back first if the meeting "
                "is still to come."
            )
        errors = check_order(self.requested_at, when, self.met_at)
        if errors:
            raise MoveRefused(" ".join(errors.values()))
        before = (self.scheduled_at, self.time_zone, self.place, self.duration_minutes)
        self.scheduled_at, self.time_zone, self.place = when, time_zone, place
        if duration_minutes:
            self.duration_minutes = duration_minutes
        if before[0] and before != (self.scheduled_at, self.time_zone, self.place, self.duration_minutes):
            self.invite_sequence += 1
        self.save()
        if self.stage != stages.SCHEDULED:
            self.move_to(stages.SCHEDULED)

    @transaction.atomic
    def mark_met(self, when: dt.datetime | None = None, notes: str = "") -> None:
        """Record the meeting and what you learned. Notes are kept even if it was marked met."""
        if when:
            self.met_at = when
        if self.met_at and self.scheduled_at and self.met_at < self.scheduled_at:
            self.scheduled_at = self.met_at  # you met earlier than planned: that was the meeting
        if notes.strip():
            self.notes = f"{self.notes.rstrip()}\n\n{notes.strip()}".strip()
        if self.stage == stages.MET:
            errors = self.date_errors()
            if errors:
                raise MoveRefused(" ".join(errors.values()))
            self.save()
        else:
            self.move_to(stages.MET)

    # --- Tasks coffeechat plans by itself (3B7, thank-you, update, keep in touch) -------------

    def _add_task(self, kind: str, title: str, due_on: dt.date, notes: str = "") -> "Task":
        return Task.objects.create(
            owner_id=self.owner_id,
            conversation=self,
            kind=kind,
            title=title[:200],
            due_on=due_on,
            notes=notes,
        )

    def close_tasks(self, *kinds: str) -> int:
        """Close this chat's open tasks of these kinds (they were done by other means)."""
        return self.tasks.open().filter(kind__in=kinds).update(done_at=timezone.now())

    def plan_follow_ups(self, sent_at: dt.datetime) -> list["Task"]:
        """3B7: reminders 3 and 7 business days after the request went out, in the user's time zone
        and skipping their holidays (both numbers are the user's settings)."""
        owner = self.owner
        first, second = follow_up_dates(
            sent_at,
            owner.tz,
            (owner.first_follow_up_days, owner.second_follow_up_days),
            owner.holidays(),
        )
        self.close_tasks(*FOLLOW_UP_KINDS)
        name, where = self.host.name, self.company.name if self.company_id else "the same company"
        others = self.second_contacts()[:3]
        suggestion = (
            "From your network: " + ", ".join(str(p) for p in others) + "."
            if others
            else f"Nobody else at {where} is in your network yet: add someone, or look for an alum there."
        )
        # A request recorded after the fact: a second contact is no use once its day has passed,
        # and the one follow-up is due now rather than weeks ago.
        today = owner.today()
        planned = []
        if first >= today:
            planned.append(
                self._add_task(
                    TaskKind.SECOND_CONTACT,
                    f"No reply from {name} yet: write to a second contact at {where}",
                    first,
                    f"Most cold requests go unanswered; a second person at {where} doubles your chances. "
                    f"Don't mention {self.host.first_name} to them. {suggestion}",
                )
            )
        planned.append(
            self._add_task(
                TaskKind.FOLLOW_UP,
                f"Follow up once with {name}",
                max(second, today),
                "Reply on the same thread with one short, polite line: they may simply have missed it.",
            )
        )
        return planned

    def second_contacts(self):
        """Other people at the same company you have not asked yet, warm connections first."""
        if not self.company_id:
            return Person.objects.none()
        return (
            Person.objects.filter(owner_id=self.owner_id, company_id=self.company_id)
            .exclude(pk=self.host_id)
            .exclude(conversations__stage__in=stages.MAIN_LINE[1:])
            .order_by(models.Case(models.When(relationship="cold", then=1), default=0), "name")
            .distinct()
        )

    def answered(self, replied_at: dt.datetime) -> None:
        """A reply came: the reminders for this employer go, and the host is tagged Booster
        (answered within the first follow-up's business days) or Obligate (later)."""
        employer = Q(pk=self.pk)
        if self.company_id:
            employer |= Q(company_id=self.company_id, stage__in=[stages.REQUESTED, stages.NO_REPLY])
        open_reminders = Task.objects.open().filter(
            owner_id=self.owner_id,
            kind__in=FOLLOW_UP_KINDS,
            conversation__in=Conversation.objects.filter(employer),
        )
        open_reminders.update(done_at=timezone.now())
        if self.requested_at and replied_at >= self.requested_at:
            owner = self.owner
            waited = business_days_between(
                local_date(self.requested_at, owner.tz), local_date(replied_at, owner.tz), owner.holidays()
            )
            tag_responsiveness(self.host, BOOSTER if waited <= owner.first_follow_up_days else OBLIGATE)

    def plan_thank_you(self) -> "Task":
        self.close_tasks(TaskKind.THANK_YOU)
        met = self.met_at or timezone.now()
        return self._add_task(
            TaskKind.THANK_YOU,
            f"Thank {self.host.name} for the conversation",
            local_date(met + dt.timedelta(days=1), self.owner.tz),
            "Within 24 hours: name one thing you learned and what you will do with it.",
        )

    def plan_after_thanks(self) -> None:
        self.close_tasks(TaskKind.THANK_YOU, *FOLLOW_UP_KINDS)
        if not self.tasks.open().filter(kind=TaskKind.UPDATE).exists():
            self._add_task(
                TaskKind.UPDATE,
                f"Tell {self.host.name} what you did with their advice",
                self.owner.today() + dt.timedelta(days=7),
                "A short update a week on shows the advice mattered, and keeps you in mind.",
            )
        self.plan_keep_in_touch()

    @property
    def cadence_months(self) -> int:
        """How often to check in with this host: the chat's own choice, else the user's default."""
        if self.keep_in_touch_months is not None:
            return self.keep_in_touch_months
        return self.owner.keep_in_touch_months

    def plan_keep_in_touch(self) -> "Task | None":
        """The next check-in, a cadence (the user's setting) after the last contact with the host."""
        months = self.cadence_months
        self.close_tasks(TaskKind.KEEP_IN_TOUCH)
        if not months:
            return None
        return self._add_task(
            TaskKind.KEEP_IN_TOUCH,
            f"Check in with {self.host.name}",
            keep_in_touch_due(self.host.last_contacted_at, self.owner, months),
            "Share news, an article they would like, or how their advice worked out. Any contact you "
            "log restarts this clock.",
        )

    @transaction.atomic
    def message_sent(self, purpose: str, text: str, when: dt.datetime | None = None) -> None:
        """The user sent a message drafted for `purpose` (outreach.drafts): log it and take the step
        it stands for. The request moves the chat to Requested (and plans 3B7), the thank-you to
        Thanked; the others close the task that asked for them."""
        when = when or timezone.now()
        target = {"request": stages.REQUESTED, "thank_you": stages.THANKED}.get(purpose)
        if target and self.stage != target and stages.check_move(self.stage, target).allowed:
            if not (target == stages.THANKED and self.stage != stages.MET):
                self.move_to(target, when=when, summary=text)
                return
        self.log(InteractionKind.MESSAGE_SENT, text, when=when)
        done = {
            "follow_up": [TaskKind.FOLLOW_UP],
            "thank_you": [TaskKind.THANK_YOU],
            "update": [TaskKind.UPDATE],
            "keep_in_touch": [TaskKind.KEEP_IN_TOUCH],
        }.get(purpose, [])
        for task in self.tasks.open().filter(kind__in=done):
            task.mark_done()

    def log(self, kind: str, summary: str = "", when: dt.datetime | None = None) -> "Interaction":
        return Interaction.objects.create(
            owner_id=self.owner_id,
            person_id=self.host_id,
            conversation=self,
            kind=kind,
            summary=summary,
            occurred_at=when or timezone.now(),
        )

    def snooze(self, until: dt.date) -> None:
        self.snoozed_until = until
        self.save(update_fields=["snoozed_until", "updated_at"])

    def touch(self) -> None:
        """Recompute `replied_at` from the replies in the log."""
        replies = self.interactions.filter(kind=InteractionKind.REPLY_RECEIVED)
        self.replied_at = replies.aggregate(latest=Max("occurred_at"))["latest"]
        Conversation.objects.filter(pk=self.pk).update(replied_at=self.replied_at)

    @classmethod
    def newest_per_stage(cls, owner, limit: int) -> list["Conversation"]:
        """The `limit` most recently moved conversations of each stage, for the pipeline board.

        One query: a UNION ALL of one small index scan per stage (owner, stage, stage_changed_at),
        with the host's and company's names joined in as `host_name` and `company_name`. The ORM
        cannot express a LIMIT inside a UNION on SQLite, and nine separate queries cost more in
        query building than in the database.
        """
        conversation = Conversation._meta.db_table
        person = Person._meta.db_table
        company = Company._meta.db_table
        one_stage = (
            "SELECT * FROM (SELECT id, stage, stage_changed_at, scheduled_at, host_id, company_id"
            f" FROM {conversation} WHERE owner_id = %s AND stage = %s"
            " ORDER BY stage_changed_at DESC LIMIT %s) AS {alias}"
        )
        parts, params = [], []
        for i, stage in enumerate(stages.ALL):
            parts.append(one_stage.format(alias=f"s{i}"))
            params += [owner.pk, stage, limit]
        sql = (
            "SELECT c.id, c.stage, c.stage_changed_at, c.scheduled_at, c.host_id, c.company_id,"
            " p.name AS host_name, co.name AS company_name"
            f" FROM ({' UNION ALL '.join(parts)}) AS c"
            f" JOIN {person} p ON p.id = c.host_id"
            f" LEFT JOIN {company} co ON co.id = c.company_id"
            " ORDER BY c.stage_changed_at DESC, c.id DESC"
        )
        return list(cls.objects.raw(sql, params))

    def deletion_effects(self) -> list[str]:
        tasks, logged = self.tasks.count(), self.interactions.count()
        return [
            sentence(f"Deleted with it: {count(tasks, 'task')}"),
            sentence(f"Kept on {self.host.name}'s timeline: {count(logged, 'logged interaction')}"),
        ]

    def allowed_moves(self) -> list[tuple[str, str]]:
        return [(s, stages.LABELS[s]) for s in stages.allowed_targets(self.stage)]


class StageChange(Owned):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=stages.CHOICES)
    to_stage = models.CharField(max_length=20, choices=stages.CHOICES)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{stages.LABELS[self.from_stage]} → {stages.LABELS[self.to_stage]}"


class InteractionKind(models.TextChoices):
    MESSAGE_SENT = "message_sent", "Message sent"
    REPLY_RECEIVED = "reply_received", "Reply received"
    CALL = "call", "Call"
    MEETING = "meeting", "Meeting"
    NOTE = "note", "Note"


_INTERACTION_FOR_STAGE = {
    stages.REQUESTED: InteractionKind.MESSAGE_SENT,
    stages.MET: InteractionKind.MEETING,
    stages.THANKED: InteractionKind.MESSAGE_SENT,
}


KIND_LABELS = {kind: str(label) for kind, label in InteractionKind.choices}


class Interaction(Owned):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="interactions")
    conversation = models.ForeignKey(
        Conversation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interactions",
    )
    kind = models.CharField(max_length=20, choices=InteractionKind.choices)
    occurred_at = models.DateTimeField("when", default=timezone.now)
    summary = models.TextField("what happened", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-id"]
        indexes = [
            models.Index(fields=["person", "occurred_at"]),
            models.Index(fields=["owner", "occurred_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.person}"

    def get_kind_display(self) -> str:
        # Django's own makes its table of the choices at every call; a timeline calls it for each entry.
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def delete_url(self) -> str:
        return object_url("interaction_delete", self.pk)

    @classmethod
    def from_db(cls, db, field_names, values):
        interaction = super().from_db(db, field_names, values)
        interaction._remember()
        return interaction

    def _remember(self) -> None:
        # What the derived fields were computed from, to mend both sides when an entry moves.
        fields = self.__dict__
        self._loaded = (fields.get("person_id"), fields.get("conversation_id"), fields.get("kind"))

    @transaction.atomic
    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self._derive()
        if self.kind == InteractionKind.REPLY_RECEIVED and self.conversation_id:
            self.conversation.answered(self.occurred_at)
        # Any contact restarts the keep-in-touch clock with this person.
        keeping = Task.objects.open().filter(
            kind=TaskKind.KEEP_IN_TOUCH, conversation__host_id=self.person_id
        )
        for task in keeping.select_related("conversation__owner"):
            months = task.conversation.cadence_months or 2
            task.snooze(keep_in_touch_due(self.person.last_contacted_at, task.conversation.owner, months))

    @transaction.atomic
    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self._derive()
        return result

    def _derive(self) -> None:
        """Keep what is derived from the log in step: last contacted, the latest reply; for where
        the entry is now and for where it was when loaded."""
        was_person, was_conversation, was_kind = getattr(self, "_loaded", (None, None, None))
        self.person.touch()
        if was_person not in (None, self.person_id):
            for person in Person.objects.filter(pk=was_person):
                person.touch()
        if InteractionKind.REPLY_RECEIVED in (self.kind, was_kind):
            for conversation in Conversation.objects.filter(
                pk__in={self.conversation_id, was_conversation} - {None}
            ):
                conversation.touch()
        self._remember()


class TaskKind(models.TextChoices):
    """Tasks coffeechat adds by itself at each step; the user's own tasks have no kind."""

    OWN = "", "Your own task"
    SECOND_CONTACT = "second_contact", "No reply after 3 business days: a second contact"
    FOLLOW_UP = "follow_up", "No reply after 7 business days: follow up once"
    THANK_YOU = "thank_you", "Thank-you note"
    UPDATE = "update", "An update a week later"
    KEEP_IN_TOUCH = "keep_in_touch", "Keeping in touch"
    REVIEW = "review", "A review of your questions came in"


# 3B7 reminders: they go as soon as the host answers or the chat moves on.
FOLLOW_UP_KINDS = (TaskKind.SECOND_CONTACT, TaskKind.FOLLOW_UP)
# Tasks with a draft on the composer page.
DRAFTED_KINDS = (
    TaskKind.FOLLOW_UP,
    TaskKind.SECOND_CONTACT,
    TaskKind.THANK_YOU,
    TaskKind.UPDATE,
    TaskKind.KEEP_IN_TOUCH,
)


class TaskQuerySet(OwnedQuerySet):
    def open(self):
        return self.filter(done_at__isnull=True)

    def due_by(self, day: dt.date):
        return self.open().filter(due_on__lte=day)

    def overdue(self, today: dt.date):
        return self.open().filter(due_on__lt=today)

    def due_today(self, today: dt.date):
        return self.open().filter(due_on=today)


class Task(Owned):
    title = models.CharField("what to do", max_length=200)
    due_on = models.DateField("due on")
    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks"
    )
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks")
    notes = models.TextField(blank=True)
    kind = models.CharField(
        max_length=20, choices=TaskKind.choices, default=TaskKind.OWN, blank=True, editable=False
    )
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["owner", "done_at", "due_on"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def about(self) -> Person | None:
        if self.conversation_id:
            return self.conversation.host
        return self.person

    @property
    def url(self) -> str:
        """Where the task's "about" link goes: the page where it gets done. A review to read is on the
        chat's plan, beside the questions it comments on; other tasks go to their chat or person."""
        if self.kind == TaskKind.REVIEW and self.conversation_id:
            return object_url("plan", self.conversation_id) + "#plan-items"
        if self.conversation_id:
            return self.conversation.get_absolute_url()
        return self.person.get_absolute_url() if self.person_id else ""

    @property
    def draft_url(self) -> str:
        """Where to write the message this task is about, if coffeechat has a draft for it."""
        if self.kind in DRAFTED_KINDS and self.conversation_id:
            return f"{object_url('compose', self.conversation_id)}?kind={self.kind}"
        return ""

    @transaction.atomic
    def mark_done(self) -> None:
        self.done_at = timezone.now()
        self.save(update_fields=["done_at"])
        if self.kind == TaskKind.KEEP_IN_TOUCH and self.conversation_id:
            self.conversation.plan_keep_in_touch()  # the next check-in, a cadence later

    def reopen(self) -> None:
        self.done_at = None
        self.save(update_fields=["done_at"])

    def snooze(self, until: dt.date) -> None:
        self.due_on = until
        self.save(update_fields=["due_on"])
