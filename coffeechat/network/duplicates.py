"""Possible duplicates among a user's people, and merging two people into one.

Exact matches share an e-mail address, a LinkedIn profile or a phone number; suggestions only have
a similar name at the same company (or the very same name, one of them without a company). Merging
keeps everything of both.
"""

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from django.db import IntegrityError, transaction
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process as fuzz_ready

from coffeechat.network.imports.records import linkedin_key
from coffeechat.network.models import WARM_RELATIONSHIPS, EmailAddress, NotDuplicate, Person, PhoneNumber

SIMILAR_NAME = 88  # rapidfuzz token_sort_ratio: "Ana Lima" ~ "Ana  Lima" ~ "Lima, Ana" ~ "Anna Lima"
LARGEST_GROUP = 500  # people at one company compared pairwise; more is not a company, it's a typo


@dataclass
class Pair:
    person_id: int
    other_id: int
    reasons: list[str]
    exact: bool
    person: Person | None = None
    other: Person | None = None

    @property
    def people(self) -> list[Person | None]:
        return [self.person, self.other]


def find_duplicates(owner, limit: int = 50) -> tuple[list[Pair], int]:
    """The first `limit` pairs (exact ones first, with their people loaded) and how many there are."""
    people = {
        pk: (name, company_id, url)
        for pk, name, company_id, url in Person.objects.for_owner(owner).values_list(
            "pk", "name", "company_id", "linkedin_url"
        )
    }
    found: dict[tuple[int, int], Pair] = {}

    def note(a: int, b: int, reason: str, exact: bool) -> None:
        key = (min(a, b), max(a, b))
        pair = found.setdefault(key, Pair(key[0], key[1], [], exact))
        pair.exact = pair.exact or exact
        if reason not in pair.reasons:
            pair.reasons.append(reason)

    groups: dict[tuple[str, str], set[int]] = defaultdict(set)
    for address, pk in EmailAddress.objects.for_owner(owner).values_list("address", "person_id"):
        groups[("the same e-mail address", address.lower())].add(pk)
    for number, pk in PhoneNumber.objects.for_owner(owner).values_list("number", "person_id"):
        groups[("the same phone number", number)].add(pk)
    for pk, (_name, _company, url) in people.items():
        if key := linkedin_key(url):
            groups[("the same LinkedIn profile", key)].add(pk)
    by_company: dict[int, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    for pk, (name, company_id, _url) in people.items():
        by_name[" ".join(name.casefold().split())].append(pk)
        if company_id:
            by_company[company_id].append(pk)
    for (reason, _value), pks in groups.items():
        for a, b in combinations(sorted(pks), 2):
            note(a, b, reason, exact=True)
    for pks in by_name.values():
        # The same name at two different companies is usually two people (there are many Ana Limas).
        for a, b in combinations(pks[:LARGEST_GROUP], 2):
            company_a, company_b = people[a][1], people[b][1]
            if company_a == company_b or not company_a or not company_b:
                note(a, b, "the same name", exact=False)
    for pks in by_company.values():
        if len(pks) < 2 or len(pks) > LARGEST_GROUP:
            continue
        names = [fuzz_ready(people[pk][0]) for pk in pks]
        for i, name in enumerate(names[:-1]):
            later = names[i + 1 :]
            for _match, _score, j in process.extract(
                name, later, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILAR_NAME, limit=None
            ):
                note(pks[i], pks[i + 1 + j], "a similar name at the same company", exact=False)
    dismissed = set(NotDuplicate.objects.for_owner(owner).values_list("person_id", "other_id"))
    pairs = [p for p in found.values() if (p.person_id, p.other_id) not in dismissed]
    pairs.sort(key=lambda p: (not p.exact, people[p.person_id][0].casefold(), p.person_id, p.other_id))
    shown = pairs[:limit]
    loaded = Person.objects.for_owner(owner).select_related("company").prefetch_related("emails", "phones")
    loaded = loaded.in_bulk({pk for p in shown for pk in (p.person_id, p.other_id)})
    for pair in shown:
        pair.person, pair.other = loaded[pair.person_id], loaded[pair.other_id]
    return shown, len(pairs)


def dismiss(owner, person: Person, other: Person) -> None:
    a, b = sorted((person.pk, other.pk))
    NotDuplicate.objects.get_or_create(owner=owner, person_id=a, other_id=b)


@transaction.atomic
def merge_people(keep: Person, other: Person) -> None:
    """Fold `other` into `keep`: their e-mails, phones, notes, tags, work history, coffee chats,
    interactions, tasks, introductions and anything else that points at them, then delete `other`.

    Relations are found from the model, so a relation added later is moved too."""
    if keep.pk == other.pk or keep.owner_id != other.owner_id:
        raise ValueError("Only two different people of the same account can be merged.")
    _move_contacts(keep, other, "emails", "address")
    _move_contacts(keep, other, "phones", "number")

    for name in ("title", "linkedin_url", "company_id"):
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    dates = [d for d in (keep.connected_on, other.connected_on) if d]
    keep.connected_on = min(dates) if dates else None
    if keep.relationship not in WARM_RELATIONSHIPS and other.relationship in WARM_RELATIONSHIPS:
        keep.relationship = other.relationship
    if other.notes.strip() and other.notes.strip() not in keep.notes:
        keep.notes = f"{keep.notes.rstrip()}\n\n{other.notes.strip()}".strip()
    introducers = [
        p for p in (keep.introduced_by_id, other.introduced_by_id) if p not in (None, keep.pk, other.pk)
    ]
    keep.introduced_by_id = introducers[0] if introducers else None

    for field in Person._meta.many_to_many:  # tags, and any person-to-person links
        related = [x for x in getattr(other, field.name).all() if x not in (keep, other)]
        getattr(keep, field.name).add(*related)
    for relation in Person._meta.related_objects:
        model = relation.related_model
        if model in (EmailAddress, PhoneNumber, NotDuplicate):
            continue
        name = relation.field.name
        if relation.many_to_many:
            for obj in model._base_manager.filter(**{name: other}):
                getattr(obj, name).remove(other)
                getattr(obj, name).add(keep)
            continue
        _repoint(model, name, keep, other)

    other.delete()
    keep.save()
    keep.set_job(keep.company, keep.title)  # one current job, where the kept details say they work
    keep.touch()


def _move_contacts(keep: Person, other: Person, related: str, field: str) -> None:
    have = {getattr(row, field) for row in getattr(keep, related).all()}
    position = len(have)
    for row in getattr(other, related).all():
        if getattr(row, field) in have:
            row.delete()
            continue
        have.add(getattr(row, field))
        row.person, row.position = keep, position
        row.save(update_fields=["person", "position"])
        position += 1


def _repoint(model, name: str, keep: Person, other: Person) -> None:
    rows = model._base_manager.filter(**{name: other})
    try:
        with transaction.atomic():
            rows.update(**{name: keep})
        return
    except IntegrityError:
        pass
    # A unique constraint (one row per person and something): where `keep` has its own row
    # already, `other`'s is the same fact twice and goes.
    for row in rows:
        try:
            with transaction.atomic():
                model._base_manager.filter(pk=row.pk).update(**{name: keep})
        except IntegrityError:
            row.delete()
