"""Preparing a coffee chat: the user's own questions, the plan for one conversation, review links
for a friend or instructor, and their comments."""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Max
from django.utils import timezone

from coffeechat.accounts.ownership import Owned, OwnedQuerySet
from coffeechat.conversations.models import Conversation
from coffeechat.lib import tokens
from coffeechat.lib.http import object_url
from coffeechat.questions import bank
from coffeechat.questions.placeholders import PLACEHOLDERS, fill  # noqa: F401 -- imported from here
from coffeechat.questions.reviewer import review

AREA_CHOICES = list(bank.AREAS.items())
FAMILY_CHOICES = list(bank.FAMILIES.items())
MINUTES_VALIDATORS = [
    MinValueValidator(1, "Give it at least a minute."),
    MaxValueValidator(20, "One question rarely needs more than 20 minutes; split it up."),
]
REVIEW_LINK_DAYS = 14


class QuestionQuerySet(OwnedQuerySet):
    def search(self, q: str = "", area: str = "", family: str = ""):
        qs = self
        if q:
            qs = qs.filter(text__icontains=q)
        if area:
            qs = qs.filter(area=area)
        if family:
            qs = qs.filter(family=family)
        return qs


class Question(Owned):
    """A question the user added to their own bank, next to the ones coffeechat ships."""

    text = models.CharField("question", max_length=500)
    area = models.CharField("about", max_length=20, choices=AREA_CHOICES, default=bank.JOB)
    family = models.CharField("kind (TIARA)", max_length=20, choices=FAMILY_CHOICES, default=bank.INSIGHTS)
    minutes = models.PositiveSmallIntegerField("minutes to answer", default=2, validators=MINUTES_VALIDATORS)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.text

    @property
    def key(self) -> str:
        return f"u{self.pk}"

    @property
    def area_label(self) -> str:
        return bank.AREAS.get(self.area, "")

    @property
    def family_label(self) -> str:
        return bank.FAMILIES.get(self.family, "")

    @property
    def edit_url(self) -> str:
        return object_url("question_edit", self.pk)

    @property
    def delete_url(self) -> str:
        return object_url("question_delete", self.pk)


def search_bank(q: str = "", area: str = "", family: str = "") -> list[bank.BankQuestion]:
    q = q.lower()
    return [
        question
        for question in bank.QUESTIONS
        if (not q or q in question.text.lower())
        and (not area or question.area == area)
        and (not family or question.family == family)
    ]


# --- Placeholders --------------------------------------------------------------------------------


def placeholder_values(conversation: Conversation) -> dict[str, str]:
    host = conversation.host
    company = conversation.company or host.company
    return {
        "company": company.name if company else "",
        "role": host.title,
        "industry": _in_a_sentence(company.industry) if company else "",
        "host_first_name": host.first_name,
    }


def _in_a_sentence(field: str) -> str:
    """An industry as it reads mid-sentence: "Science museums" → "science museums"; words written
    in capitals or mixed case ("AI", "EdTech") are kept as they are."""
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in field.split())


# --- The plan ------------------------------------------------------------------------------------


@dataclass
class Budget:
    duration: int
    small_talk: int
    closing: int
    questions: int
    available: int  # minutes left for questions after small talk and closing

    @property
    def total(self) -> int:
        return self.small_talk + self.questions + self.closing

    @property
    def over(self) -> int:
        return max(0, self.total - self.duration)

    @property
    def spare(self) -> int:
        return max(0, self.duration - self.total)


class Plan(Owned):
    conversation = models.OneToOneField(Conversation, on_delete=models.CASCADE, related_name="plan")
    small_talk_minutes = models.PositiveSmallIntegerField(
        "small talk (minutes)",
        default=5,
        validators=[MaxValueValidator(60, "Keep small talk under an hour.")],
    )
    closing_minutes = models.PositiveSmallIntegerField(
        "closing (minutes)",
        default=5,
        validators=[MaxValueValidator(60, "Keep the closing under an hour.")],
        help_text="Who else to talk to, a business card, may I reach out again.",
    )
    introduction = models.TextField(
        "your 30-second introduction",
        blank=True,
        help_text="Who you are, what you are exploring and why them: three or four sentences.",
    )
    research_notes = models.TextField(
        "notes from your research",
        blank=True,
        help_text="What you read about them and the company, to keep in mind during the chat.",
    )
    meeting_notes = models.TextField("notes", blank=True)
    meeting_started_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Plan for {self.conversation}"

    @classmethod
    def for_conversation(cls, conversation: Conversation) -> "Plan":
        plan, _ = cls.objects.get_or_create(
            conversation=conversation, defaults={"owner_id": conversation.owner_id}
        )
        plan.conversation = conversation  # with the host and company the caller loaded
        return plan

    def values(self) -> dict[str, str]:
        return placeholder_values(self.conversation)

    def ordered_items(self) -> list["PlanItem"]:
        items = list(self.items.all())
        values = self.values()
        for item in items:
            item.filled = fill(item.text, values)
        return items

    def budget(self, items: list["PlanItem"] | None = None) -> Budget:
        """The time box; marks each item `fits` (must-asks get the time first, then the order)."""
        items = self.ordered_items() if items is None else items
        duration = self.conversation.duration_minutes
        available = duration - self.small_talk_minutes - self.closing_minutes
        used = 0
        for item in sorted(items, key=lambda i: (not i.must_ask, i.position, i.pk)):
            used += item.minutes
            item.fits = used <= available
        return Budget(
            duration, self.small_talk_minutes, self.closing_minutes, sum(i.minutes for i in items), available
        )

    def next_position(self) -> int:
        return (self.items.aggregate(top=Max("position"))["top"] or 0) + 1

    def add(
        self,
        text: str,
        *,
        bank_key: str = "",
        area: str = "",
        family: str = "",
        minutes: int = 2,
        must_ask: bool = False,
    ) -> "PlanItem":
        return PlanItem.objects.create(
            owner_id=self.owner_id,
            plan=self,
            position=self.next_position(),
            text=text.strip(),
            bank_key=bank_key,
            area=area,
            family=family,
            minutes=minutes,
            must_ask=must_ask,
        )

    def add_from_bank(self, key: str, owner) -> "PlanItem | None":
        """Add a bank question ("b012") or one of the user's own ("u7"); None if there is no such one."""
        if key in bank.BY_KEY:
            q = bank.BY_KEY[key]
        elif key.startswith("u") and key[1:].isdigit():
            q = Question.objects.for_owner(owner).filter(pk=int(key[1:])).first()
            if q is None:
                return None
        else:
            return None
        return self.add(q.text, bank_key=key, area=q.area, family=q.family, minutes=q.minutes)

    @transaction.atomic
    def reorder(self, ids: list[int]) -> bool:
        """Put the items in the order of `ids`; refused (False) unless it names each item once."""
        items = {item.pk: item for item in self.items.all()}
        if sorted(ids) != sorted(items):
            return False
        for position, pk in enumerate(ids, start=1):
            items[pk].position = position
        PlanItem.objects.bulk_update(items.values(), ["position"])
        return True

    def must_asks_first(self) -> None:
        items = sorted(self.items.all(), key=lambda i: (not i.must_ask, i.position, i.pk))
        self.reorder([i.pk for i in items])

    @transaction.atomic
    def suggest(self, minutes: int) -> list["PlanItem"]:
        """Replace the plan's questions (must-asks stay) by a balanced set that fits `minutes`:
        one question per TIARA family in turn, moving through the three areas."""
        kept = list(self.items.filter(must_ask=True))
        self.items.filter(must_ask=False).delete()
        available = minutes - self.small_talk_minutes - self.closing_minutes - sum(i.minutes for i in kept)
        used_keys = {i.bank_key for i in kept}
        families = [bank.INSIGHTS, bank.ADVICE, bank.TRENDS, bank.ASSIGNMENTS, bank.RESOURCES]
        areas = [bank.JOB, bank.CAREER, bank.COMPANY]
        chosen: list[bank.BankQuestion] = []
        turn = 0
        while available > 0 and turn < 60:
            family, area = families[turn % 5], areas[turn % 3]
            turn += 1
            q = next(
                (
                    q
                    for q in bank.QUESTIONS
                    if q.family == family
                    and q.area == area
                    and q.key not in used_keys
                    and q.minutes <= available
                ),
                None,
            )
            if q is None:
                continue
            chosen.append(q)
            used_keys.add(q.key)
            available -= q.minutes
        return [
            self.add(q.text, bank_key=q.key, area=q.area, family=q.family, minutes=q.minutes) for q in chosen
        ]

    # A clock started longer ago than this belongs to a meeting that is over: meeting mode offers to
    # start it again instead of showing one that has run for days.
    CLOCK_STALE_AFTER = dt.timedelta(hours=12)

    def clock_started_at(self, now=None):
        """When this meeting's clock started, or None when it has not (or did long ago)."""
        started = self.meeting_started_at
        if started is None or (now or timezone.now()) - started > self.CLOCK_STALE_AFTER:
            return None
        return started

    def note_summary(self) -> str:
        """The meeting's notes as one text for the conversation: general notes, then per question."""
        parts = [self.meeting_notes.strip()] if self.meeting_notes.strip() else []
        for item in self.ordered_items():
            if item.note.strip():
                parts.append(f"{item.filled}\n{item.note.strip()}")
        return "\n\n".join(parts)

    def capture(self, kind: str, text: str) -> None:
        label = CAPTURE_KINDS.get(kind, "Note")
        line = f"{label}: {text.strip()}" if text.strip() else f"{label}: "
        self.meeting_notes = f"{self.meeting_notes.rstrip()}\n{line}".strip()
        self.save(update_fields=["meeting_notes", "updated_at"])


CAPTURE_KINDS = {
    "name": "Someone to meet",
    "opening": "An opening",  # the button's words, as meeting mode's script writes them
    "season": "Hiring season",
    "advice": "Advice",
}


class PlanItem(Owned):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(default=0)
    text = models.CharField("question", max_length=500)
    bank_key = models.CharField(max_length=12, blank=True)
    area = models.CharField(max_length=20, choices=AREA_CHOICES, blank=True)
    family = models.CharField(max_length=20, choices=FAMILY_CHOICES, blank=True)
    minutes = models.PositiveSmallIntegerField("minutes", default=2, validators=MINUTES_VALIDATORS)
    must_ask = models.BooleanField("must ask", default=False)
    asked = models.BooleanField(default=False)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.text

    @property
    def review(self):
        """The reviewer's verdict, its "Try:" suggestions filled from this chat."""
        return review(self.text, self.plan.values())

    @property
    def family_label(self) -> str:
        return bank.FAMILIES.get(self.family, "")

    @property
    def area_label(self) -> str:
        return bank.AREAS.get(self.area, "")

    @transaction.atomic
    def move(self, direction: str) -> None:
        items = list(self.plan.items.all())
        index = next(i for i, item in enumerate(items) if item.pk == self.pk)
        other = index - 1 if direction == "up" else index + 1
        if 0 <= other < len(items):
            items[index], items[other] = items[other], items[index]
            self.plan.reorder([item.pk for item in items])


# --- Review by a friend or instructor ------------------------------------------------------------


def hash_token(token: str) -> str:
    return tokens.digest(token)


class ShareLinkQuerySet(OwnedQuerySet):
    def live(self, now: dt.datetime | None = None):
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())


class ShareLink(Owned):
    """A link that lets someone without an account read a plan and comment on it. Only the hash
    of its token is stored: the link itself is shown once, when it is made."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="share_links")
    token_hash = models.CharField(max_length=tokens.DIGEST_LENGTH, unique=True)
    label = models.CharField("who it is for", max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Review link for {self.plan}"

    @classmethod
    def create_for(cls, plan: Plan, label: str = "", days: int = REVIEW_LINK_DAYS) -> tuple["ShareLink", str]:
        token = tokens.new_token()  # 256 random bits
        link = cls.objects.create(
            owner_id=plan.owner_id,
            plan=plan,
            token_hash=hash_token(token),
            label=label,
            expires_at=timezone.now() + dt.timedelta(days=days),
        )
        return link, token

    @classmethod
    def find(cls, token: str) -> "ShareLink | None":
        """The link for a token, or None when it is unknown; expired and revoked ones are returned
        so the page can say which."""
        if not token or len(token) > 100:
            return None
        return (
            cls.objects.select_related("plan__conversation__host")
            .filter(token_hash=hash_token(token))
            .first()
        )

    @property
    def is_live(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])


class CommentQuerySet(OwnedQuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class Part(models.TextChoices):
    """What a comment is on: one question of the plan, the introduction, or the request draft."""

    QUESTION = "question", "this question"
    INTRODUCTION = "introduction", "the introduction"
    REQUEST = "request", "the request"


class Comment(Owned):
    """What a reviewer said about one question, the introduction or the request draft. The reviewer
    is someone with a review link (`share_link`) or the owner's advisor (`advisor`), who comments
    through their career-center review page in exactly the same way."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="comments")
    part = models.CharField(max_length=20, choices=Part.choices, default=Part.QUESTION)
    item = models.ForeignKey(
        PlanItem, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    share_link = models.ForeignKey(ShareLink, null=True, on_delete=models.SET_NULL, related_name="comments")
    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.CharField("your name", max_length=100, blank=True)
    body = models.TextField("comment", blank=True, max_length=2000)
    suggestion = models.CharField("a better way to ask", max_length=500, blank=True)
    looks_good = models.BooleanField("looks good", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:50] or self.suggestion[:50] or "Looks good"

    @property
    def about(self) -> int | str:
        """What it is on: its question's pk, else Part.REQUEST or Part.INTRODUCTION (a comment
        without a question and without a part said is on the introduction, as it always was)."""
        if self.item_id:
            return self.item_id
        return Part.REQUEST if self.part == Part.REQUEST else Part.INTRODUCTION

    def resolve(self) -> None:
        self.resolved_at = timezone.now()
        self.save(update_fields=["resolved_at"])

    @transaction.atomic
    def accept(self) -> None:
        """Take the suggested rewrite into the plan, and resolve the comment."""
        if self.item_id and self.suggestion.strip():
            self.item.text = self.suggestion.strip()
            self.item.save(update_fields=["text"])
        self.resolve()
