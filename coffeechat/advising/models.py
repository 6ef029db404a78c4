"""Career-center mode: an organisation's advisors, the students who chose to share with them, and
the advisors' comments on what was shared.

Who sees what, in one place (`advisor_can_see`): an advisor sees a student's area only while the
student's Sharing with that advisor has the area switched on. Students never see each other, and an
advisor of one organisation has no Sharing with students of another.
"""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from coffeechat.accounts.ownership import Owned, OwnedQuerySet
from coffeechat.conversations.models import Conversation, Interaction, InteractionKind, Task
from coffeechat.lib import stages, tokens
from coffeechat.outreach.models import RequestDraft
from coffeechat.questions.models import Comment as ReviewComment
from coffeechat.questions.models import Plan, PlanItem

# What a student can share, each switched on and off on its own.
# Chats' goals and notes; their question plans, introductions and request drafts (questions.Comment
# with `advisor` holds the advisor's comments on those, as a review link's do).
PREPARATION = "preparation"
PROGRESS = "progress"  # figures: outreach this week, meetings, overdue follow-ups
AREAS = {PREPARATION: "share_preparation", PROGRESS: "share_progress"}

INVITATION_DAYS = 14
# A student with no outreach logged for this long shows as stuck on the dashboard.
STUCK_AFTER_DAYS = 14
# A thank-you note is due within a day of meeting (METHOD.md: within 24 hours).
THANK_YOU_WITHIN = dt.timedelta(days=1)


class Organisation(models.Model):
    name = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Advisor(models.Model):
    """A user who coaches students for an organisation. Set up in Django's admin."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="advisors")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="advisor_roles")
    is_active = models.BooleanField(default=True, help_text="Untick to take away the advisor's access.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="one_advisor_role_per_org")
        ]
        ordering = ["organisation__name", "user__email"]

    def __str__(self) -> str:
        return f"{self.user} at {self.organisation}"

    @classmethod
    def for_user(cls, user) -> "Advisor | None":
        if not user.is_authenticated:
            return None
        return cls.objects.select_related("organisation").filter(user=user, is_active=True).first()


class InvitationQuerySet(models.QuerySet):
    def usable(self, now: dt.datetime | None = None):
        now = now or timezone.now()
        return self.filter(expires_at__gt=now, revoked_at__isnull=True).filter(
            Q(email="") | Q(accepted_at__isnull=True)
        )


class Invitation(models.Model):
    """A link an advisor hands out. With an e-mail address it is for that one person, once; without,
    anyone with the link may join (a class, say) until it expires or is revoked."""

    advisor = models.ForeignKey(Advisor, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField("e-mail address", blank=True)
    token_hash = models.CharField(max_length=tokens.DIGEST_LENGTH, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    uses = models.PositiveIntegerField(default=0)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Invitation from {self.advisor.user} to {self.email or 'anyone with the link'}"

    @classmethod
    def create(cls, advisor: Advisor, email: str = "") -> tuple["Invitation", str]:
        """A new invitation and its token, which is shown once and never stored."""
        token = tokens.new_token("cc_inv_")
        invitation = cls.objects.create(
            advisor=advisor,
            email=email.strip().lower(),
            token_hash=tokens.digest(token),
            expires_at=timezone.now() + dt.timedelta(days=INVITATION_DAYS),
        )
        return invitation, token

    @classmethod
    def find(cls, token: str) -> "Invitation | None":
        """The usable invitation behind a token from a link, else None."""
        if not token or len(token) > 200:
            return None
        return (
            cls.objects.usable()
            .select_related("advisor__organisation", "advisor__user")
            .filter(token_hash=tokens.digest(token), advisor__is_active=True)
            .first()
        )

    @property
    def is_usable(self) -> bool:
        return (
            self.revoked_at is None
            and self.expires_at > timezone.now()
            and not (self.email and self.accepted_at)
        )

    def refusal_for(self, user) -> str:
        """Why this user cannot accept, in words for them; empty when they can."""
        if self.email and user.email.lower() != self.email:
            return (
                f"This invitation was sent to {self.email}, and you are signed in as {user.email}. "
                "Sign in with that address, or ask your advisor for a new invitation."
            )
        if self.advisor.user_id == user.pk:
            return "This is your own invitation: send the link to your students."
        return ""

    def accept(self, student, share_preparation: bool, share_progress: bool) -> "Sharing":
        sharing, _ = Sharing.objects.update_or_create(
            owner=student,
            advisor=self.advisor,
            defaults={"share_preparation": share_preparation, "share_progress": share_progress},
        )
        self.accepted_at = timezone.now()
        self.uses = models.F("uses") + 1
        self.save(update_fields=["accepted_at", "uses"])
        return sharing

    def revoke(self) -> None:
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])


class Sharing(Owned):
    """What a student (the owner) shares with one advisor. Withdrawn by switching an area off, or
    entirely by deleting the record; the advisor then sees nothing at all."""

    advisor = models.ForeignKey(Advisor, on_delete=models.CASCADE, related_name="sharings")
    share_preparation = models.BooleanField(
        "share my preparation",
        default=True,
        help_text="For each coffee chat: who you plan to talk to (name, role, company), why you want "
        "to talk and your notes, so your advisor can comment before you reach out.",
    )
    share_progress = models.BooleanField(
        "share my progress figures",
        default=True,
        help_text="How many requests you sent this week, your meetings, and follow-ups that are "
        "overdue. Numbers only: no names.",
    )
    started_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "advisor"], name="one_sharing_per_advisor")]
        ordering = ["started_at"]

    def __str__(self) -> str:
        return f"{self.owner} shares with {self.advisor.user}"

    def shares(self, area: str) -> bool:
        return bool(getattr(self, AREAS[area]))


def advisor_can_see(advisor_user, student, area: str) -> bool:
    """May this user, as an advisor, see this student's `area` (PREPARATION or PROGRESS)?
    The one question every advisor-facing view and feature asks."""
    if area not in AREAS or not getattr(advisor_user, "is_authenticated", False):
        return False
    return Sharing.objects.filter(
        owner=student, advisor__user=advisor_user, advisor__is_active=True, **{AREAS[area]: True}
    ).exists()


def students_sharing(advisor_user, area: str):
    """The users who share `area` with this advisor: a subquery for `owner__in=`."""
    return Sharing.objects.filter(
        advisor__user=advisor_user, advisor__is_active=True, **{AREAS[area]: True}
    ).values("owner")


def shared_conversations(advisor_user):
    """Conversations whose preparation their owner shares with this advisor."""
    return Conversation.objects.filter(owner__in=students_sharing(advisor_user, PREPARATION))


def awaiting_review(advisor_user):
    """Shared chats still being prepared, with something to read (a goal or notes, questions, an
    introduction or a saved request), that this advisor has not commented on since the chat last
    changed: new ones, and ones the student edited after the last comment."""
    chat = OuterRef("pk")
    # The chat's last change: its own, its plan's (introduction, time box) or its saved request's.
    last_change = Greatest(
        "updated_at",
        Coalesce(Subquery(Plan.objects.filter(conversation=chat).values("updated_at")[:1]), "updated_at"),
        Coalesce(
            Subquery(RequestDraft.objects.filter(conversation=chat).values("updated_at")[:1]), "updated_at"
        ),
    )
    since = OuterRef("last_change")
    reviewed = Comment.objects.filter(conversation=chat, author=advisor_user, created_at__gte=since)
    reviewed_plan = ReviewComment.objects.filter(
        plan__conversation=chat, advisor=advisor_user, created_at__gte=since
    )
    prepared = (
        ~Q(goal="", notes="")
        | Exists(PlanItem.objects.filter(plan__conversation=chat))
        | Exists(Plan.objects.filter(conversation=chat).exclude(introduction=""))
        | Exists(RequestDraft.objects.filter(conversation=chat).exclude(body=""))
    )
    return (
        shared_conversations(advisor_user)
        .filter(stage__in=[stages.IDEA, stages.REQUESTED, stages.SCHEDULED])
        .filter(prepared)
        .alias(last_change=last_change)
        .exclude(Exists(reviewed) | Exists(reviewed_plan))
    )


def _count(queryset) -> Subquery:
    """The number of rows of `queryset` per student, as a subquery on `owner`."""
    counted = queryset.filter(owner=OuterRef("owner")).order_by().values("owner").annotate(n=Count("pk"))
    return Coalesce(Subquery(counted.values("n")[:1]), 0)


def with_progress(sharings, now: dt.datetime, today: dt.date):
    """Annotate Sharing rows with the student's progress figures, in one query.

    outreach_week: requests and other messages sent in the last 7 days; meetings_ahead: scheduled,
    still to come; met_month: met in the last 30 days; overdue_tasks: open follow-ups past due;
    thank_yous_due: met more than a day ago and not thanked yet; last_outreach: the latest message.
    """
    week_ago, month_ago = now - dt.timedelta(days=7), now - dt.timedelta(days=30)
    sent = Interaction.objects.filter(kind=InteractionKind.MESSAGE_SENT)
    # Newest first and one row: a backward scan of the (owner, occurred_at) index that stops at the
    # first message, instead of reading every entry of the student's log for a MAX().
    latest_sent = sent.filter(owner=OuterRef("owner")).order_by("-occurred_at").values("occurred_at")
    return sharings.annotate(
        outreach_week=_count(sent.filter(occurred_at__gte=week_ago)),
        meetings_ahead=_count(Conversation.objects.filter(stage=stages.SCHEDULED, scheduled_at__gte=now)),
        met_month=_count(Conversation.objects.filter(met_at__gte=month_ago)),
        overdue_tasks=_count(Task.objects.filter(done_at__isnull=True, due_on__lt=today)),
        thank_yous_due=_count(
            Conversation.objects.filter(stage=stages.MET, met_at__lt=now - THANK_YOU_WITHIN)
        ),
        last_outreach=Subquery(latest_sent[:1]),
    )


class CommentQuerySet(OwnedQuerySet):
    pass


class Comment(Owned):
    """An advisor's comment on a student's shared preparation. Owned by the student (it is about
    their conversation and stays theirs); `author` is the advisor who wrote it.

    `about` says what it is on: "goal", "notes", or "general" today; other features key their
    items the same way ("question:<pk>", "request"), without a new table."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="advisor_comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    about = models.CharField(max_length=50, default="general")
    text = models.TextField("your comment", max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["conversation", "created_at"])]

    def __str__(self) -> str:
        return f"Comment by {self.author} on {self.conversation}"

    ABOUT_LABELS = {"goal": "Why you want to talk", "notes": "Notes", "general": "The whole chat"}

    @property
    def about_label(self) -> str:
        return self.ABOUT_LABELS.get(self.about, self.about.split(":")[0].replace("_", " ").capitalize())
