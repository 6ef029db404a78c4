"""From parsed contacts to people: match each one with who is already there, say what would change
(the preview), and write it all in one transaction.

A contact is the same person as someone already in the account when they share an e-mail address,
a LinkedIn profile or a phone number; failing those, when their name is the only one of its kind
and nothing contradicts it (no other LinkedIn profile). Contacts of the same file that match each
other are folded into one ("duplicates merged"). A new employer is a job change: the old job is
kept as history. Importing the same file twice changes nothing the second time.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import transaction
from django.utils import timezone

from coffeechat.network import search
from coffeechat.network.imports import fastwrite
from coffeechat.network.imports.records import Contact, Parsed, Skipped, few_collections, linkedin_key
from coffeechat.network.models import (
    Company,
    CompanyAlias,
    EmailAddress,
    Job,
    Person,
    PhoneNumber,
    Relationship,
    Tag,
    company_key,
)


@lru_cache(maxsize=20_000)
def _key(name: str) -> str:
    return company_key(name)


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


_CHANGE_LABELS = [
    ("linkedin_url", "LinkedIn profile"),
    ("address", "address"),
    ("website", "website"),
    ("social_links", "links"),
    ("notes", "notes"),
]


@dataclass(eq=False, slots=True)  # two Someones are the same only if they are the same object
class Someone:
    """A person as the import sees them: one already in the account (pk set) or one to create."""

    pk: int | None
    name: str
    title: str = ""
    company: str = ""  # company key; "" for none
    linkedin_url: str = ""
    connected_on: dt.date | None = None
    notes: str = ""
    address: str = ""
    website: str = ""
    social_links: list[str] = field(default_factory=list)
    relationship: str = Relationship.CONTACT
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    job: tuple[int, str, str] | None = None  # current Job: (pk, company key, title)
    new_emails: list[str] = field(default_factory=list)
    new_phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    new_tags: list[str] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)  # Person attnames
    new_job: tuple[str, str] | None = None  # (company key, title)
    past_job: tuple[str, str] | None = None  # (company key, title) of an old employer with no Job yet
    end_job: int | None = None
    line: int = 0

    def what_changes(self, company_names: dict[str, str]) -> list[str]:
        """What the import changes on this person, in words: "job (Designer at Globex)", "e-mail
        ana@globex.example", "LinkedIn profile"… in the order of their page."""
        out = []
        if self.new_job:
            key, title = self.new_job
            company = company_names.get(key, "")
            out.append(f"job ({title} at {company})" if title else f"job (at {company})")
        elif "title" in self.changed:
            out.append(f"title ({self.title})")
        if "relationship" in self.changed:
            out.append("now one of your contacts")
        if self.new_emails:
            out.append(f"e-mail {', '.join(self.new_emails)}")
        if self.new_phones:
            out.append(f"phone {', '.join(self.new_phones)}")
        for attname, label in _CHANGE_LABELS:
            if attname in self.changed:
                out.append(label)
        if "connected_on" in self.changed and self.connected_on:
            out.append(f"date connected ({self.connected_on:%-d %b %Y})")
        if self.new_tags:
            out.append(f"tags {', '.join(self.new_tags)}")
        return out

    def value(self, attname: str, company_id) -> object:
        return company_id(self.company) if attname == "company_id" else getattr(self, attname)


@dataclass
class ImportPlan:
    owner: object
    kind: str
    rows: int
    created: list[Someone] = field(default_factory=list)
    updated: list[Someone] = field(default_factory=list)
    job_changes: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unchanged: int = 0
    new_companies: dict[str, str] = field(default_factory=dict)  # key -> name
    company_names: dict[str, str] = field(default_factory=dict)  # key -> name, for sentences
    _companies: dict[str, int] = field(default_factory=dict)  # key -> pk
    _canonical: dict[str, str] = field(default_factory=dict)  # alias key -> the company's key

    @property
    def changes_anything(self) -> bool:
        return bool(self.created or self.updated)

    def summary(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "new": len(self.created),
            "updated": len(self.updated),
            "job_changes": len(self.job_changes),
            "duplicates_merged": len(self.merged),
            "skipped": len(self.skipped),
            "unchanged": self.unchanged,
            "new_companies": len(self.new_companies),
        }

    def updates(self) -> list[tuple[str, list[str]]]:
        """Who the import updates and what changes on each: [(name, ["job (…)", "LinkedIn profile"])]."""
        return [(s.name, s.what_changes(self.company_names)) for s in self.updated]

    def lines(self) -> list[str]:
        """The summary in sentences, for the CLI (the page shows the same numbers)."""
        s = self.summary()
        out = [
            f"{s['rows']} rows read.",
            f"New people: {s['new']}.",
            f"Updated people: {s['updated']}.",
            f"Job changes: {s['job_changes']}.",
            f"Duplicates merged: {s['duplicates_merged']}.",
            f"Rows skipped: {s['skipped']}.",
            f"Already up to date: {s['unchanged']}.",
            f"New companies: {s['new_companies']}.",
        ]
        out += [f"  {name}: {', '.join(what)}." for name, what in self.updates()[:50]]
        out += [f"  {change}" for change in self.job_changes[:50]]
        out += [f"  Line {skip.line}: skipped, {skip.reason}." for skip in self.skipped[:200]]
        return out

    def _write_tags(self, everyone: list[Someone]) -> None:
        names = {t for s in everyone for t in s.new_tags}
        if not names:
            return
        ids = _tag_ids(self.owner, names)
        Through = Person.tags.through
        Through.objects.bulk_create(
            Through(person_id=s.pk, tag_id=ids[t]) for s in everyone for t in s.new_tags
        )

    @transaction.atomic
    def apply(self) -> None:
        """Write the plan. Call it inside the same transaction as plan_import (see import_contacts)."""
        owner, source = self.owner.pk, self.kind
        if self.new_companies:
            keys = list(self.new_companies)
            ids = fastwrite.insert(
                Company,
                [{"owner_id": owner, "name": self.new_companies[k], "name_key": k} for k in keys],
                returning=True,
            )
            self._companies.update(zip(keys, ids, strict=True))
        company_id = self._companies.get

        ids = fastwrite.insert(
            Person,
            [
                {
                    "owner_id": owner,
                    "name": s.name,
                    "title": s.title,
                    "company_id": company_id(s.company),
                    "linkedin_url": s.linkedin_url,
                    "connected_on": s.connected_on,
                    "relationship": s.relationship,
                    "notes": s.notes,
                    "address": s.address,
                    "website": s.website,
                    "social_links": s.social_links,
                    "source": source,
                }
                for s in self.created
            ],
            returning=True,
        )
        for someone, pk in zip(self.created, ids, strict=True):
            someone.pk = pk

        # Only the columns that changed, so SQLite leaves the other columns' indexes alone.
        now, changed = timezone.now(), defaultdict(list)
        for s in self.updated:
            if s.changed:
                changed[tuple(sorted(s.changed))].append(s)
        with search.people_reindexed_at_the_end([s.pk for s in self.updated if s.changed]):
            for names, people in changed.items():
                fastwrite.update(
                    Person,
                    [*names, "updated_at"],
                    [(*(s.value(n, company_id) for n in names), now, s.pk) for s in people],
                )
        everyone = self.created + self.updated
        fastwrite.insert(
            EmailAddress,
            [
                {
                    "owner_id": owner,
                    "person_id": s.pk,
                    "address": a,
                    "position": len(s.emails) - len(s.new_emails) + i,
                }
                for s in everyone
                for i, a in enumerate(s.new_emails)
            ],
        )
        fastwrite.insert(
            PhoneNumber,
            [
                {
                    "owner_id": owner,
                    "person_id": s.pk,
                    "number": n,
                    "position": len(s.phones) - len(s.new_phones) + i,
                }
                for s in everyone
                for i, n in enumerate(s.new_phones)
            ],
        )
        self._write_tags(everyone)
        # The job they had ends today, when you learn of the new one (as Person.set_job does by hand).
        today = self.owner.today()
        fastwrite.update(
            Job, ["is_current", "ended_on"], [(False, today, s.end_job) for s in self.updated if s.end_job]
        )
        jobs = [
            (s.pk, key, title, False) for s in self.updated if s.past_job for key, title in [s.past_job]
        ] + [(s.pk, key, title, True) for s in everyone if s.new_job for key, title in [s.new_job]]
        fastwrite.insert(
            Job,
            [
                {
                    "owner_id": owner,
                    "person_id": pk,
                    "company_id": company_id(key),
                    "title": title,
                    "is_current": current,
                    "source": source,
                }
                for pk, key, title, current in jobs
            ],
        )


def _tag_ids(owner, names: set[str]) -> dict[str, int]:
    ids = dict(Tag.objects.for_owner(owner).filter(name__in=names).values_list("name", "pk"))
    missing = sorted(names - set(ids))
    made = fastwrite.insert(Tag, [{"owner_id": owner.pk, "name": n} for n in missing], returning=True)
    return ids | dict(zip(missing, made, strict=True))


def plan_import(owner, parsed: Parsed) -> ImportPlan:
    """What importing `parsed` into `owner`'s people would do. Reads the database, writes nothing."""
    plan = ImportPlan(owner=owner, kind=parsed.kind, rows=parsed.rows, skipped=list(parsed.skipped))
    index = _Index(
        owner,
        plan,
        with_tags=any(c.tags for c in parsed.contacts),
        with_card=any(c.address or c.website or c.social_links for c in parsed.contacts),
    )
    seen: dict[int, Someone] = {}  # id(Someone) of everyone this file already touched
    for contact in parsed.contacts:
        someone, how = index.match(contact)
        if someone is not None and id(someone) in seen:
            plan.merged.append(
                f"Line {contact.line}: {contact.name} is the same person as line {someone.line} ({how})."
            )
            _update(plan, someone, contact)
            continue
        if someone is None:
            someone = _new(plan, contact)
            plan.created.append(someone)
        else:
            someone.line = contact.line
            _update(plan, someone, contact)
            plan.updated.append(someone)
        seen[id(someone)] = someone
        index.add(someone)
    plan.unchanged = sum(
        1 for s in plan.updated if not (s.changed or s.new_emails or s.new_phones or s.new_tags or s.new_job)
    )
    plan.updated = [
        s for s in plan.updated if s.changed or s.new_emails or s.new_phones or s.new_tags or s.new_job
    ]
    plan.skipped.sort(key=lambda s: s.line)
    return plan


def _company(plan: ImportPlan, name: str) -> str:
    """The key of the company called `name` (an alias's company's key); new companies go in the plan."""
    if not name:
        return ""
    key = _key(name)
    key = plan._canonical.get(key, key)
    if key not in plan._companies and key not in plan.new_companies:
        plan.new_companies[key] = name
        plan.company_names[key] = name
    return key


def _new(plan: ImportPlan, contact: Contact) -> Someone:
    key = _company(plan, contact.company)
    return Someone(
        pk=None,
        name=contact.name,
        title=contact.title,
        company=key,
        linkedin_url=contact.linkedin_url,
        connected_on=contact.connected_on,
        notes=contact.notes,
        address=contact.address,
        website=contact.website,
        social_links=list(contact.social_links),
        emails=list(contact.emails),
        phones=list(contact.phones),
        new_emails=list(contact.emails),
        new_phones=list(contact.phones),
        tags=list(contact.tags),
        new_tags=list(contact.tags),
        new_job=(key, contact.title) if key else None,
        line=contact.line,
    )


def _update(plan: ImportPlan, s: Someone, contact: Contact) -> None:
    """Bring `s` up to date with `contact`: fill what is empty, add e-mails and phones, follow job changes."""
    for address in contact.emails:
        if address not in s.emails:
            s.emails.append(address)
            s.new_emails.append(address)
    for number in contact.phones:
        if number not in s.phones:
            s.phones.append(number)
            s.new_phones.append(number)
    for tag in contact.tags:
        if tag not in s.tags:
            s.tags.append(tag)
            s.new_tags.append(tag)
    if contact.linkedin_url and not s.linkedin_url:
        s.linkedin_url = contact.linkedin_url
        s.changed.add("linkedin_url")
    if contact.connected_on and not s.connected_on:
        s.connected_on = contact.connected_on
        s.changed.add("connected_on")
    if s.relationship == Relationship.COLD:  # in your contacts after all: no longer a stranger
        s.relationship = Relationship.CONTACT
        s.changed.add("relationship")
    for attname in ("address", "website"):
        if getattr(contact, attname) and not getattr(s, attname):
            setattr(s, attname, getattr(contact, attname))
            s.changed.add(attname)
    extra = [u for u in contact.social_links if u not in s.social_links]
    if extra:
        s.social_links = [*s.social_links, *extra]
        s.changed.add("social_links")
    if contact.notes and contact.notes not in s.notes:
        s.notes = f"{s.notes}\n\n{contact.notes}".strip()
        s.changed.add("notes")
    key = _company(plan, contact.company)
    if not key:
        return
    if key == s.company:
        if contact.title and contact.title != s.title:
            if s.pk is not None:
                plan.job_changes.append(
                    f"{s.name} is now {contact.title} at {plan.company_names[key]}"
                    + (f" (was {s.title})." if s.title else ".")
                )
            _change_job(s, key, contact.title)
        return
    if s.company and s.pk is not None:
        plan.job_changes.append(
            f"{s.name} moved from {plan.company_names[s.company]} to {plan.company_names[key]}."
        )
    _change_job(s, key, contact.title, moved=bool(s.company))


def _change_job(s: Someone, key: str, title: str, moved: bool = True) -> None:
    if s.pk is not None and s.new_job is None and moved:
        if s.job:
            s.end_job = s.job[0]
        elif s.company:  # the old employer was set by hand, without a work history line
            s.past_job = (s.company, s.title)
    s.company, s.title = key, title
    s.changed |= {"company_id", "title"}
    s.new_job = (key, title)


class _Index:
    """Everyone in the account (and, as the plan goes, in the file) by e-mail, profile, phone and name."""

    def __init__(self, owner, plan: ImportPlan, with_tags: bool = False, with_card: bool = False):
        self.by_email: dict[str, Someone] = {}
        self.by_linkedin: dict[str, Someone] = {}
        self.by_phone: dict[str, Someone] = {}
        self.by_name: dict[str, list[Someone]] = defaultdict(list)
        companies = {}
        for pk, name, key in Company.objects.for_owner(owner).values_list("pk", "name", "name_key"):
            plan._companies[key] = pk
            plan.company_names[key] = name
            companies[pk] = key
        for key, company_pk in CompanyAlias.objects.for_owner(owner).values_list("name_key", "company_id"):
            if key not in plan._companies and company_pk in companies:
                plan._canonical[key] = companies[company_pk]
        people = {}
        columns = (
            "pk",
            "name",
            "title",
            "company_id",
            "linkedin_url",
            "connected_on",
            "notes",
            "relationship",
        )
        card = ("address", "website", "social_links") if with_card else ()
        for row in Person.objects.for_owner(owner).values_list(*columns, *card):
            pk, name, title, company_pk, url, connected_on, notes, relationship, *card_values = row
            people[pk] = Someone(
                pk=pk,
                name=name,
                title=title,
                company=companies.get(company_pk, ""),
                linkedin_url=url,
                connected_on=connected_on,
                notes=notes,
                relationship=relationship,
                **dict(zip(card, card_values, strict=True)),
            )
        for address, pk in EmailAddress.objects.for_owner(owner).values_list("address", "person_id"):
            people[pk].emails.append(address)
        for number, pk in PhoneNumber.objects.for_owner(owner).values_list("number", "person_id"):
            people[pk].phones.append(number)
        if with_tags:  # LinkedIn files have none: don't read them for nothing
            through = Person.tags.through.objects.filter(person__owner=owner)
            for pk, name in through.values_list("person_id", "tag__name"):
                people[pk].tags.append(name)
        for job_pk, pk, company_pk, title in (
            Job.objects.for_owner(owner)
            .filter(is_current=True)
            .values_list("pk", "person_id", "company_id", "title")
        ):
            key = companies.get(company_pk)
            if key and key == people[pk].company:
                people[pk].job = (job_pk, key, title)
        for someone in people.values():
            self.add(someone)

    def add(self, s: Someone) -> None:
        for address in s.emails:
            self.by_email.setdefault(address, s)
        for number in s.phones:
            self.by_phone.setdefault(number, s)
        key = linkedin_key(s.linkedin_url)
        if key:
            self.by_linkedin.setdefault(key, s)
        bucket = self.by_name[_name_key(s.name)]
        if s not in bucket:
            bucket.append(s)

    def match(self, contact: Contact) -> tuple[Someone | None, str]:
        key = linkedin_key(contact.linkedin_url)
        if key and key in self.by_linkedin:
            return self.by_linkedin[key], "same LinkedIn profile"
        for address in contact.emails:
            if address in self.by_email:
                return self.by_email[address], f"same e-mail, {address}"
        for number in contact.phones:
            if number in self.by_phone:
                return self.by_phone[number], f"same phone, {number}"
        namesakes = self.by_name.get(_name_key(contact.name), [])
        if len(namesakes) == 1:
            s = namesakes[0]
            other_profile = linkedin_key(s.linkedin_url)
            if not (key and other_profile and key != other_profile):
                if s.pk is not None or not (
                    s.company and contact.company and s.company != _key(contact.company)
                ):
                    return s, "same name"
        return None, ""


def import_contacts(owner, parsed: Parsed, *, dry_run: bool = False) -> ImportPlan:
    """Plan and (unless dry_run) apply, in one transaction, so what is written is what was planned.

    A dry run takes no transaction: on SQLite that would hold the write lock while it reads."""
    with few_collections():
        if dry_run:
            return plan_import(owner, parsed)
        with transaction.atomic():
            plan = plan_import(owner, parsed)
            plan.apply()
    return plan
