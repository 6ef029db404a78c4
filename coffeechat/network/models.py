from django.db import models, transaction
from django.db.models import Max, Q

from coffeechat.accounts.ownership import Owned, OwnedQuerySet
from coffeechat.lib.http import object_url
from coffeechat.lib.text import count, normalise_company_name, sentence


def company_key(name: str) -> str:
    """The key two names of the same company share; names with no Latin letter or digit (株式会社,
    "!!!") fall back to their lowercase self, so they still match each other."""
    name = name.strip()
    # "&" becomes " and ", ligatures expand: cut to the column's length.
    return (normalise_company_name(name) or name.lower())[:200]


class CompanyQuerySet(OwnedQuerySet):
    def search(self, q: str):
        if not q:
            return self
        return self.filter(Q(name__icontains=q) | Q(industry__icontains=q) | Q(location__icontains=q))

    def matching(self, name: str):
        return self.filter(name_key=company_key(name))


class Company(Owned):
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, editable=False, db_index=True)
    website = models.URLField(blank=True)
    industry = models.CharField(max_length=120, blank=True)
    location = models.CharField(max_length=120, blank=True)
    notes = models.TextField(blank=True)
    # The target list (LAMP, see coffeechat/network/targets.py): on it or not, and its three scores.
    is_target = models.BooleanField("on your target list", default=False)
    motivation = models.PositiveSmallIntegerField(null=True, blank=True)
    posting = models.PositiveSmallIntegerField(
        default=1, choices=[(3, "A relevant posting"), (2, "Some posting"), (1, "No posting")]
    )
    # None: worked out from the people you know there; True/False: set by hand.
    advocacy = models.BooleanField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CompanyQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "companies"
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["owner", "name_key"], name="company_unique_per_owner")]
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = self.name.strip()
        self.name_key = company_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return object_url("company", self.pk)

    def deletion_effects(self) -> list[str]:
        people, chats = self.people.count(), self.conversations.count()
        return [
            sentence(
                f"Kept, without a company: {count(people, 'person', 'people')} and "
                f"{count(chats, 'coffee chat')}"
            )
        ]

    @classmethod
    def get_or_create_named(cls, owner, name: str) -> "Company | None":
        name = (name or "").strip()
        if not name:
            return None
        existing = (
            cls.objects.for_owner(owner).matching(name).first()
            or cls.objects.for_owner(owner).filter(aliases__name_key=company_key(name)).first()
        )
        return existing or cls.objects.create(owner=owner, name=name)


class Tag(Owned):
    name = models.CharField(max_length=60)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="tag_unique_per_owner")]

    def __str__(self) -> str:
        return self.name


class Relationship(models.TextChoices):
    FRIEND = "friend", "Friend"
    FAMILY = "family", "Family"
    FORMER_COLLEAGUE = "former_colleague", "Former colleague"
    CLASSMATE = "classmate", "Classmate"
    ALUMNI = "alumni", "Alumni of my school"
    TEACHER = "teacher", "Teacher or professor"
    INTRODUCED = "introduced", "Introduced by someone"
    MET_AT_EVENT = "event", "Met at an event"
    ONLINE = "online", "Online community"
    # Imported from LinkedIn or an address book: you are connected, but how is not known yet.
    CONTACT = "contact", "One of my contacts (LinkedIn, phone…)"
    COLD = "cold", "Don't know them yet (cold)"


WARM_RELATIONSHIPS = {r.value for r in Relationship} - {Relationship.COLD}


class Source(models.TextChoices):
    """Where a person came from, kept so an import can be explained (and re-run) later."""

    MANUAL = "manual", "Added by hand"
    LINKEDIN = "linkedin", "LinkedIn import"
    GOOGLE = "google", "Google Contacts import"
    VCARD = "vcard", "vCard import"
    OUTLOOK = "outlook", "Outlook import"
    REFERRAL = "referral", "Referral from a coffee chat"


class PersonQuerySet(OwnedQuerySet):
    def search(self, q: str):
        if not q:
            return self
        return self.filter(
            Q(name__icontains=q)
            | Q(title__icontains=q)
            | Q(company__name__icontains=q)
            | Q(emails__address__icontains=q)
        ).distinct()


class Person(Owned):
    name = models.CharField(max_length=200)
    title = models.CharField("job title", max_length=200, blank=True)
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    linkedin_url = models.URLField("LinkedIn profile", blank=True, max_length=300)
    # From their business card (leads.CardChange keeps the history of card edits).
    address = models.TextField(blank=True)
    website = models.URLField(blank=True, max_length=300)
    social_links = models.JSONField("social links", default=list, blank=True)
    relationship = models.CharField(
        "how you know them", max_length=20, choices=Relationship.choices, default=Relationship.COLD
    )
    notes = models.TextField(blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="people")
    introduced_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="introduced"
    )
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.MANUAL, editable=False)
    connected_on = models.DateField("connected on", null=True, blank=True)
    # Kept in step with the interaction log by Interaction.save()/delete(): see touch().
    last_contacted_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "people"
        ordering = ["name"]
        indexes = [
            models.Index(fields=["owner", "name"]),
            models.Index(fields=["owner", "created_at"]),
            models.Index(fields=["owner", "last_contacted_at"]),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return object_url("person", self.pk)

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name

    def deletion_effects(self) -> list[str]:
        chats, logged, tasks = self.conversations.count(), self.interactions.count(), self.tasks.count()
        return [
            sentence(
                f"Deleted with them: {count(chats, 'coffee chat')}, "
                f"{count(logged, 'logged interaction')} and {count(tasks, 'task')}"
            )
        ]

    @property
    def is_warm(self) -> bool:
        return self.relationship in WARM_RELATIONSHIPS

    def touch(self) -> None:
        """Recompute "last contacted" from the interaction log."""
        latest = self.interactions.aggregate(latest=Max("occurred_at"))["latest"]
        Person.objects.filter(pk=self.pk).update(last_contacted_at=latest)
        self.last_contacted_at = latest

    def set_emails(self, addresses: list[str]) -> None:
        self.emails.all().delete()
        EmailAddress.objects.bulk_create(
            EmailAddress(owner_id=self.owner_id, person=self, address=a.lower(), position=i)
            for i, a in enumerate(addresses)
        )

    def set_phones(self, numbers: list[str]) -> None:
        self.phones.all().delete()
        PhoneNumber.objects.bulk_create(
            PhoneNumber(owner_id=self.owner_id, person=self, number=n, position=i)
            for i, n in enumerate(numbers)
        )

    def merge_from(self, other: "Person") -> None:
        """Fold `other` (the same human, entered twice) into this person and delete it; nothing of
        theirs is lost. See duplicates.merge_people."""
        from coffeechat.network.duplicates import merge_people

        merge_people(self, other)

    def set_job(
        self, company: "Company | None", title: str = "", *, since=None, job: "Job | None" = None, source=None
    ) -> "Job | None":
        """They work at `company` as `title` now (no company: nowhere you know of), and their work
        history follows: a current job elsewhere ends (on `since`, else today) and a new one starts;
        a new title alone renames the current job. `job` is the line to keep as the current one
        (the work-history form passes the line it just saved). Returns the current job."""
        title = title.strip()
        current = list(self.jobs.filter(is_current=True))
        if job is None and company is not None:
            job = next((j for j in current if j.company_id == company.pk), None)
        end = since or self.owner.today()
        for old in current:
            if old.pk != getattr(job, "pk", None):
                old.is_current = False
                # Never before it began (a start date in the future, typed by hand).
                old.ended_on = old.ended_on or max(end, old.started_on or end)
                old.save(update_fields=["is_current", "ended_on"])
        if job is None and company is not None:
            job = Job.objects.create(
                owner_id=self.owner_id,
                person=self,
                company=company,
                title=title,
                started_on=since,
                source=source or Source.MANUAL,
            )
        elif job is not None and job.title != title:
            job.title = title
            job.save(update_fields=["title"])
        if (self.company_id, self.title) != (getattr(company, "pk", None), title):
            self.company, self.title = company, title
            self.save(update_fields=["company", "title", "updated_at"])
        return job

    def leave_job(self, job: "Job") -> None:
        """`job`, where they worked now, is over (or deleted as wrong): they no longer work there."""
        if job.company_id == self.company_id:
            self.set_job(None, "" if self.title == job.title else self.title)

    def set_tags(self, names: list[str]) -> None:
        tags = []
        for name in names:
            tag, _ = Tag.objects.get_or_create(owner=self.owner, name=name[:60])
            tags.append(tag)
        self.tags.set(tags)


class EmailAddress(Owned):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="emails")
    address = models.EmailField()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["owner", "address"])]

    def __str__(self) -> str:
        return self.address


class PhoneNumber(Owned):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(max_length=40, help_text="E.164, like +14155550123")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["owner", "number"])]

    def __str__(self) -> str:
        return self.number


class Job(Owned):
    """One line of a person's work history: where they work now (ended_on empty) or worked before.
    Imports add lines when they see a new employer; warm paths read them ("worked at Acme until 2021")."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="jobs")
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="jobs")
    title = models.CharField(max_length=200, blank=True)
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    is_current = models.BooleanField(default=True)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.MANUAL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-is_current", "-started_on", "-created_at"]
        indexes = [
            models.Index(fields=["owner", "company", "is_current"]),
            models.Index(fields=["person", "is_current"]),
        ]

    def __str__(self) -> str:
        return self.at if self.is_current else f"{self.at} (before)"

    @property
    def at(self) -> str:
        """ "Product Designer at Acme Robotics", or just the company without a title."""
        return f"{self.title} at {self.company}" if self.title else str(self.company)

    def get_absolute_url(self) -> str:
        return f"{self.person.get_absolute_url()}#h-jobs"

    def delete(self, *args, **kwargs):
        """A current job deleted (as wrong, or over) takes the person's employer with it."""
        with transaction.atomic():
            result = super().delete(*args, **kwargs)
            if self.is_current:
                self.person.leave_job(self)
        return result


class CompanyAlias(Owned):
    """Another name the same company goes by ("Alphabet" for Google, "IBM" for International
    Business Machines): imports and the person form file people under the company itself."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name_key"], name="company_alias_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = self.name.strip()
        self.name_key = company_key(self.name)
        super().save(*args, **kwargs)


class ImportFile(Owned):
    """An uploaded contact file between its preview and the user's confirmation; deleted once
    applied or cancelled (and after a day, unused)."""

    kind = models.CharField(max_length=20)
    filename = models.CharField(max_length=200, blank=True)
    data = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.filename or self.kind

    def get_absolute_url(self) -> str:
        return object_url("import_preview", self.pk)


class NotDuplicate(Owned):
    """Two people the user said are not the same, so "Possible duplicates" stops suggesting them."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "other"], name="not_duplicate_once")]

    def __str__(self) -> str:
        return f"{self.person_id} ≠ {self.other_id}"


class ConnectionKind(models.TextChoices):
    WORKED_TOGETHER = "worked", "Worked together"
    STUDIED_TOGETHER = "studied", "Studied together"
    FRIENDS = "friends", "Friends"
    FAMILY = "family", "Family"
    MET = "met", "Met a few times"
    OTHER = "other", "Know each other"


class ConnectionQuerySet(OwnedQuerySet):
    def touching(self, people):
        """Connections with one end among `people` (a queryset or ids)."""
        return self.filter(Q(person__in=people) | Q(other__in=people))


class Connection(Owned):
    """Two people in your network who know each other, and how. Stored once per pair, the lower id
    first, so "Sam knows Lee" and "Lee knows Sam" are the same row."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    how = models.CharField(max_length=20, choices=ConnectionKind.choices, default=ConnectionKind.OTHER)
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ConnectionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "other"], name="connection_once_per_pair"),
            models.CheckConstraint(condition=Q(person__lt=models.F("other")), name="connection_in_order"),
        ]
        # Warm paths rank every connection of a company's people from these alone (paths.py).
        indexes = [
            models.Index(fields=["person", "owner", "other", "how"], name="connection_from_person"),
            models.Index(fields=["other", "owner", "person", "how"], name="connection_from_other"),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.other}"

    def save(self, *args, **kwargs):
        if self.person_id and self.other_id and self.person_id > self.other_id:
            self.person_id, self.other_id = self.other_id, self.person_id
            self.person, self.other = self.other, self.person
        super().save(*args, **kwargs)

    def end_other_than(self, person_id: int) -> int:
        return self.other_id if self.person_id == person_id else self.person_id

    @classmethod
    def link(cls, a: Person, b: Person, how: str = ConnectionKind.OTHER, note: str = "") -> "Connection":
        """Record (or update) that `a` and `b` know each other."""
        first, second = sorted([a, b], key=lambda p: p.pk)
        connection, _ = cls.objects.update_or_create(
            owner_id=a.owner_id, person=first, other=second, defaults={"how": how, "note": note}
        )
        return connection


class AffiliationKind(models.TextChoices):
    SCHOOL = "school", "School"
    EMPLOYER = "employer", "Employer"
    GROUP = "group", "Group"


class Affiliation(Owned):
    """A school, former employer or affinity group; people belong to it, and so may you
    (`includes_me`): sharing one is what makes someone an alum or a former colleague."""

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=AffiliationKind.choices, default=AffiliationKind.SCHOOL)
    includes_me = models.BooleanField("you belong too", default=False)
    members = models.ManyToManyField(Person, blank=True, related_name="affiliations")

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "kind", "name"], name="affiliation_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.name
