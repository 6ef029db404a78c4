import datetime as dt

from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone

from coffeechat.accounts.ownership import Owned, OwnedQuerySet
from coffeechat.conversations.models import Channel, Conversation, Task
from coffeechat.network.models import Company, Person, Relationship, Source


class LeadKind(models.TextChoices):
    REFERRAL = "referral", "Referral"
    OPENING = "opening", "Opening"
    SEASON = "season", "Hiring season"


class LeadStatus(models.TextChoices):
    NEW = "new", "New"
    ACTED_ON = "acted_on", "Acted on"
    CLOSED = "closed", "Closed"


class LeadQuerySet(OwnedQuerySet):
    def open(self):
        return self.exclude(status=LeadStatus.CLOSED)

    def to_watch(self):
        """Openings and hiring seasons not closed: what a company page reminds you of."""
        return self.open().exclude(kind=LeadKind.REFERRAL).select_related("conversation__host")


class Lead(Owned):
    """What a coffee chat yielded: someone else to talk to, an opening, or when hiring starts.

    A referral is a person (introduced by the host, source "referral") with a job at their company;
    an opening and a season each come with a reminder task. The lead keeps the conversation it came
    from; if that conversation is deleted, the lead stays, with `conversation` empty.
    """

    kind = models.CharField(max_length=20, choices=LeadKind.choices)
    status = models.CharField(max_length=20, choices=LeadStatus.choices, default=LeadStatus.NEW)
    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.SET_NULL, related_name="leads"
    )
    title = models.CharField(max_length=200, help_text="The referral's name, the opening, or the season.")
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="leads"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="referral_leads"
    )
    url = models.URLField("link", max_length=500, blank=True)
    deadline = models.DateField(null=True, blank=True)
    starts_on = models.DateField("opens on", null=True, blank=True)
    task = models.ForeignKey(Task, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    status_changed_at = models.DateTimeField(default=timezone.now)

    objects = LeadQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["owner", "status", "created_at"]),
            models.Index(fields=["owner", "kind", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self) -> str:
        return f"{reverse('leads')}#lead-{self.pk}"

    @transaction.atomic
    def set_status(self, status: str) -> None:
        """Change the status; the lead's reminder follows: done once the lead is acted on or
        closed (no "Apply" nagging on Today after applying), open again when the lead is new."""
        if status == self.status:
            return
        self.status = status
        self.status_changed_at = timezone.now()
        self.save(update_fields=["status", "status_changed_at"])
        task = self.task
        if task is None:
            return
        if status == LeadStatus.NEW and task.is_done:
            task.reopen()
        elif status != LeadStatus.NEW and not task.is_done:
            task.mark_done()

    @classmethod
    @transaction.atomic
    def add_referral(
        cls, conversation: Conversation, *, name: str, company_name: str = "", title: str = "", note: str = ""
    ) -> "Lead":
        """Someone the host suggested talking to: a person introduced by the host, working at the
        company named (a new one is added), ready for their own coffee chat. Someone with the same
        name at the same company is the same person: they are linked, not added twice."""
        owner, host = conversation.owner, conversation.host
        company = Company.get_or_create_named(owner, company_name)
        person = (
            Person.objects.for_owner(owner).filter(name__iexact=name.strip(), company=company).first()
            if company
            else None
        )
        if person is None:
            person = Person.objects.create(
                owner=owner,
                name=name.strip(),
                title=title,
                company=company,
                relationship=Relationship.INTRODUCED,
                introduced_by=host,
                source=Source.REFERRAL,
                notes=note,
            )
        elif person.introduced_by_id is None and person.pk != host.pk:
            person.introduced_by = host
            person.save(update_fields=["introduced_by", "updated_at"])
        if company:  # the same company (found by it) or a new person: no employer changes here
            person.set_job(company, person.title, source=Source.REFERRAL)
        return cls.objects.create(
            owner=owner,
            kind=LeadKind.REFERRAL,
            conversation=conversation,
            title=person.name,
            company=company,
            person=person,
            note=note,
        )

    @classmethod
    @transaction.atomic
    def add_opening(
        cls,
        conversation: Conversation,
        *,
        title: str,
        company: Company | None,
        url: str = "",
        deadline: dt.date | None = None,
        remind_on: dt.date,
        note: str = "",
    ) -> "Lead":
        where = f" at {company.name}" if company else ""
        by = f" (deadline {deadline.day} {deadline:%b})" if deadline else ""
        task = Task.objects.create(
            owner=conversation.owner,
            conversation=conversation,
            title=f"Apply: {title}{where}{by}"[:200],
            due_on=remind_on,
            notes=url,
        )
        return cls.objects.create(
            owner=conversation.owner,
            kind=LeadKind.OPENING,
            conversation=conversation,
            title=title,
            company=company,
            url=url,
            deadline=deadline,
            task=task,
            note=note,
        )

    @classmethod
    @transaction.atomic
    def add_season(
        cls,
        conversation: Conversation,
        *,
        title: str,
        company: Company | None,
        starts_on: dt.date,
        note: str = "",
    ) -> "Lead":
        where = f" at {company.name}" if company else ""
        task = Task.objects.create(
            owner=conversation.owner,
            conversation=conversation,
            title=f"Hiring opens{where}: {title}"[:200],
            due_on=starts_on,
        )
        return cls.objects.create(
            owner=conversation.owner,
            kind=LeadKind.SEASON,
            conversation=conversation,
            title=title,
            company=company,
            starts_on=starts_on,
            task=task,
            note=note,
        )

    @transaction.atomic
    def take_back(self) -> None:
        """Undo a capture made by mistake: the lead goes, with its reminder while still open, and
        a referral's person when this lead added them and nothing else has touched them since
        (no other lead, coffee chat, logged interaction or task). Someone known before stays."""
        person = self.person
        if self.task_id and not self.task.is_done:
            self.task.delete()
        self.delete()
        if person is None or person.source != Source.REFERRAL:
            return
        added_with_lead = abs(person.created_at - self.created_at) < dt.timedelta(minutes=1)
        used = (
            person.referral_leads.exists()
            or person.conversations.exists()
            or person.interactions.exists()
            or person.tasks.exists()
        )
        if added_with_lead and not used:
            person.delete()

    @transaction.atomic
    def start_conversation(self) -> Conversation:
        """A referral's next step: an idea-stage coffee chat with them, asked through the host. Its
        goal is left for the user to say: who introduced them is the request's opening already
        (the person's `introduced_by`), and the lead's note is about them, not what to learn."""
        person = self.person
        conversation = Conversation.objects.create(
            owner_id=self.owner_id, host=person, company=person.company, channel=Channel.INTRODUCTION
        )
        self.set_status(LeadStatus.ACTED_ON)
        return conversation


class CardChange(Owned):
    """One save of a person's business card: which fields changed, from what to what."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="card_changes")
    changed_at = models.DateTimeField(default=timezone.now)
    from_photo = models.BooleanField(default=False)
    # [{"field": "title", "label": "Job title", "before": "...", "after": "..."}]; lists as text.
    changes = models.JSONField(default=list)

    class Meta:
        ordering = ["-changed_at", "-id"]
        indexes = [models.Index(fields=["person", "changed_at"])]

    def __str__(self) -> str:
        return f"Card of {self.person} changed {self.changed_at:%Y-%m-%d}"
