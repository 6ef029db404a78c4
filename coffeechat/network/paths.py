"""Warm paths: who can get you a conversation at a company, and through whom.

A path ends at someone at the company (now or before) and starts with you: either you know them
yourself, or someone you know knows them (two steps). Each path says why in plain words and has a
strength (3 strong, 2 good, 1 weak). The rules that rank are plain functions (tested with
hypothesis); `company_paths` and `person_paths` read the database in a constant number of queries.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q

from coffeechat.network.models import (
    Affiliation,
    AffiliationKind,
    Company,
    Connection,
    ConnectionKind,
    Job,
    Person,
    Relationship,
)

STRENGTH_LABELS = {3: "strong", 2: "good", 1: "weak"}

# How well you know someone, by how you know them.
RELATIONSHIP_STRENGTH = {
    Relationship.FRIEND: 3,
    Relationship.FAMILY: 3,
    Relationship.FORMER_COLLEAGUE: 3,
    Relationship.CLASSMATE: 2,
    Relationship.TEACHER: 2,
    Relationship.ALUMNI: 2,
    Relationship.INTRODUCED: 1,
    Relationship.MET_AT_EVENT: 1,
    Relationship.ONLINE: 1,
    Relationship.COLD: 0,
}

# How well two of your people know each other.
CONNECTION_STRENGTH = {
    ConnectionKind.WORKED_TOGETHER: 3,
    ConnectionKind.STUDIED_TOGETHER: 2,
    ConnectionKind.FRIENDS: 3,
    ConnectionKind.FAMILY: 3,
    ConnectionKind.MET: 1,
    ConnectionKind.OTHER: 2,
}
INTRODUCTION_STRENGTH = 2  # they introduced one to the other: they know each other fairly well

_YOU_KNOW = {
    Relationship.FRIEND: "is your friend",
    Relationship.FAMILY: "is family",
    Relationship.FORMER_COLLEAGUE: "worked with you",
    Relationship.CLASSMATE: "studied with you",
    Relationship.ALUMNI: "went to your school",
    Relationship.TEACHER: "taught you",
    Relationship.INTRODUCED: "was introduced to you",
    Relationship.MET_AT_EVENT: "met you at an event",
    Relationship.ONLINE: "knows you from an online community",
    Relationship.COLD: "hasn't met you yet",
}

_THEY_KNOW = {
    ConnectionKind.WORKED_TOGETHER: "worked with {name}",
    ConnectionKind.STUDIED_TOGETHER: "studied with {name}",
    ConnectionKind.FRIENDS: "is friends with {name}",
    ConnectionKind.FAMILY: "is family of {name}",
    ConnectionKind.MET: "has met {name}",
    ConnectionKind.OTHER: "knows {name}",
}


def you_know_strength(relationship: str, shares_a_group: bool) -> int:
    """0–3: how well you know someone. Sharing a school or group with you makes a stranger an alum (1)."""
    strength = RELATIONSHIP_STRENGTH.get(relationship, 0)
    return max(strength, 1) if shares_a_group else strength


def path_strength(you_to_first: int, first_to_second: int | None = None, *, current: bool = True) -> int:
    """1–3, or 0 when there is no path. A second step is one weaker than its weaker link, and someone
    who left the company is a weaker way in than someone there now; any path is at least weak (1)."""
    strength = you_to_first if first_to_second is None else min(you_to_first, first_to_second)
    if strength <= 0:
        return 0
    if first_to_second is not None:
        strength -= 1
    if not current:
        strength -= 1
    return max(1, min(3, strength))


def with_article(title: str) -> str:
    return f"{'an' if title[:1].lower() in 'aeio' else 'a'} {title}"


@dataclass
class Path:
    target: Person  # the person at the company
    company: Company
    reason: str
    strength: int
    current: bool
    via: Person | None = None  # the person you know who knows them; None when you know them yourself
    title: str = ""

    @property
    def strength_label(self) -> str:
        return STRENGTH_LABELS.get(self.strength, "weak")

    @property
    def sort_key(self) -> tuple:
        return path_sort_key(self.strength, self.current, self.via is None, self.target.name)


def path_sort_key(strength: int, current: bool, direct: bool, name: str) -> tuple:
    """Strongest first; then people there now, then direct paths, then by name."""
    return (-strength, not current, not direct, name.casefold())


@dataclass
class Suggestion:
    person: Person
    score: int
    reasons: list[str] = field(default_factory=list)


# Words in a job title that say how senior it is (METHOD.md: aim 1–2 levels above entry).
_ENTRY = {"intern", "junior", "jr", "trainee", "apprentice", "graduate", "assistant", "associate", "entry"}
_ONE_OR_TWO_UP = {"senior", "sr", "lead", "ii", "iii", "staff", "manager", "specialist", "principal"}
_TOO_HIGH = {
    "director",
    "head",
    "vp",
    "vice",
    "chief",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "founder",
    "president",
    "partner",
}


def title_level(title: str) -> str:
    """ "entry", "mid" (1–2 levels above entry), "top" or "" when the title does not say."""
    words = set(re.findall(r"[a-z]+", title.casefold()))
    if words & _TOO_HIGH:
        return "top"
    if words & _ENTRY:
        return "entry"
    if words & _ONE_OR_TWO_UP:
        return "mid"
    return ""


def _stems(text: str) -> set[str]:
    stop = {"and", "of", "the", "in", "for", "at", "to", "a", "an"}
    return {w[:5] for w in re.findall(r"[a-z]+", text.casefold()) if w not in stop and len(w) > 1}


def contact_score(
    *, title: str, target_role: str, is_alum: bool, promoted: bool, you_know: int
) -> tuple[int, list[str]]:
    """How good a first contact someone is (METHOD.md): in the function you want, an alum or in a group
    you share, 1–2 levels above entry, promoted internally. Returns the score and the reasons."""
    score, reasons = 0, []
    if target_role and title and _stems(title) & _stems(target_role):
        score += 3
        reasons.append(f"works in {target_role}, the work you want to learn about")
    if is_alum:
        score += 2
        reasons.append("shares a school or group with you")
    level = title_level(title)
    if level == "mid":
        score += 2
        reasons.append("a level or two above entry: close enough to remember starting out")
    elif level == "":
        score += 1 if title else 0
    elif level == "top":
        score -= 1
    if promoted:
        score += 1
        reasons.append("was promoted there, so knows how people grow inside")
    if you_know:
        score += 1
        reasons.append("already knows you")
    return score, reasons


@dataclass
class CompanyPaths:
    company: Company
    now: list[Path]
    before: list[Path]
    two_steps: list[Path]
    suggestions: list[Suggestion]

    @property
    def empty(self) -> bool:
        return not (self.now or self.before or self.two_steps)


def _my_group_ids(owner) -> set[int]:
    return set(Affiliation.objects.for_owner(owner).filter(includes_me=True).values_list("id", flat=True))


def _how_you_know(person: Person, my_groups: set[int]) -> str:
    shared = [a for a in person.affiliations.all() if a.id in my_groups]
    if shared:
        a = shared[0]
        if a.kind == AffiliationKind.EMPLOYER:
            together = person.relationship == Relationship.FORMER_COLLEAGUE
            return f"worked with you at {a.name}" if together else f"also worked at {a.name}, like you"
        if a.kind == AffiliationKind.SCHOOL:
            return f"went to {a.name}, like you"
        return f"is in {a.name}, like you"
    text = _YOU_KNOW.get(person.relationship, "is in your network")
    if person.relationship == Relationship.INTRODUCED and person.introduced_by_id:
        text += f" by {person.introduced_by.name}"
    return text


def _shares_group(person: Person, my_groups: set[int]) -> bool:
    return any(a.id in my_groups for a in person.affiliations.all())


def _at_company(job: Job | None, person: Person, company: Company, current: bool) -> str:
    title = (job.title if job else "") or (
        person.title if current and person.company_id == company.pk else ""
    )
    as_title = f" as {with_article(title)}" if title else ""
    if current:
        return f"works at {company.name}{as_title}"
    until = f" until {job.ended_on.year}" if job and job.ended_on else ""
    return f"worked at {company.name}{as_title}{until}"


def _people(owner, ids, company: Company | None = None):
    """Your people with these ids, with their schools and groups, and their jobs at `company`."""
    people = (
        Person.objects.for_owner(owner)
        .filter(pk__in=ids)
        .select_related("company", "introduced_by")
        .prefetch_related("affiliations")
    )
    if company is not None:
        jobs = Job.objects.filter(company=company).order_by("-is_current", "-started_on", "-id")
        people = people.prefetch_related(Prefetch("jobs", queryset=jobs))
    return {p.pk: p for p in people}


def company_paths(owner, company: Company, limit: int = 50) -> CompanyPaths:
    """Every way in to `company`, strongest first, and the two best people to approach."""
    my_groups = _my_group_ids(owner)
    now_ids = set(
        Person.objects.for_owner(owner).filter(company=company).order_by().values_list("id", flat=True)
    )
    jobs_there = list(
        Job.objects.for_owner(owner).filter(company=company).values_list("person_id", "is_current")
    )
    now_ids |= {pid for pid, current in jobs_there if current}
    before_ids = {pid for pid, current in jobs_there if not current} - now_ids
    there = now_ids | before_ids
    people = _people(owner, there, company)

    now, before = [], []
    for pid in there:
        person = people.get(pid)
        if person is None:
            continue
        current = pid in now_ids
        jobs = list(person.jobs.all())
        job = next((j for j in jobs if j.is_current == current), None)
        strength = path_strength(
            you_know_strength(person.relationship, _shares_group(person, my_groups)), current=current
        )
        if strength:
            there = _at_company(job, person, company, current)
            reason = f"{person.first_name} {_how_you_know(person, my_groups)} and {there}"
            (now if current else before).append(
                Path(person, company, reason, strength, current, title=job.title if job else person.title)
            )

    two_steps = _two_steps(owner, company, people, now_ids, my_groups)
    suggestions = _suggest(owner, company, [people[p] for p in now_ids if p in people], my_groups)
    return CompanyPaths(
        company,
        sorted(now, key=lambda p: p.sort_key)[:limit],
        sorted(before, key=lambda p: p.sort_key)[:limit],
        two_steps[:limit],
        suggestions,
    )


def _edges(owner, ids) -> list[tuple[int, int, str, str]]:
    """(one, other, how, note) for everyone in `ids` and whoever they are known to know: recorded
    connections and introductions, both ways."""
    edges = []
    for a, b, how, note in (
        Connection.objects.for_owner(owner).touching(ids).values_list("person_id", "other_id", "how", "note")
    ):
        if a in ids:
            edges.append((a, b, how, note))
        if b in ids:
            edges.append((b, a, how, note))
    for pid, introducer in (
        Person.objects.for_owner(owner)
        .filter(Q(pk__in=ids, introduced_by__isnull=False) | Q(introduced_by__in=ids))
        .order_by()
        .values_list("id", "introduced_by_id")
    ):
        if pid in ids:
            edges.append((pid, introducer, "introduced_to_you", ""))
        if introducer in ids:
            edges.append((introducer, pid, "introduced_by_them", ""))
    return edges


def _they_know(middle: Person, target: Person, how: str, note: str) -> tuple[str, int]:
    name = target.first_name
    if how == "introduced_to_you":  # the middle person introduced the target to you
        return f"introduced you to {name}", INTRODUCTION_STRENGTH
    if how == "introduced_by_them":
        return f"was introduced to you by {name}", INTRODUCTION_STRENGTH
    text = _THEY_KNOW.get(how, "knows {name}").format(name=name)
    return (f"{text} ({note})" if note else text), CONNECTION_STRENGTH.get(how, 2)


def _two_steps(owner, company: Company, people: dict, now_ids: set[int], my_groups: set[int]) -> list[Path]:
    edges = [e for e in _edges(owner, now_ids) if e[1] not in now_ids]
    middles = _people(owner, {e[1] for e in edges})
    best: dict[tuple[int, int], Path] = {}
    for target_id, middle_id, how, note in edges:
        target, middle = people.get(target_id), middles.get(middle_id)
        if target is None or middle is None:
            continue
        you = you_know_strength(middle.relationship, _shares_group(middle, my_groups))
        link_text, link = _they_know(middle, target, how, note)
        strength = path_strength(you, link)
        if not strength:
            continue
        job = next((j for j in target.jobs.all() if j.is_current), None)
        reason = (
            f"{middle.first_name} {_how_you_know(middle, my_groups)} and {link_text}, "
            f"who {_at_company(job, target, company, True)}"
        )
        path = Path(
            target, company, reason, strength, True, via=middle, title=job.title if job else target.title
        )
        key = (target_id, middle_id)
        if key not in best or path.strength > best[key].strength:
            best[key] = path
    return sorted(best.values(), key=lambda p: p.sort_key)


def _suggest(owner, company: Company, people: list[Person], my_groups: set[int]) -> list[Suggestion]:
    scored = []
    for person in people:
        jobs = list(person.jobs.all())
        current = next((j for j in jobs if j.is_current), None)
        title = (current.title if current else "") or person.title
        promoted = len({(j.title or "").casefold() for j in jobs}) > 1
        alum = _shares_group(person, my_groups) or person.relationship in (
            Relationship.ALUMNI,
            Relationship.CLASSMATE,
        )
        score, reasons = contact_score(
            title=title,
            target_role=owner.target_role,
            is_alum=alum,
            promoted=promoted,
            you_know=RELATIONSHIP_STRENGTH.get(person.relationship, 0),
        )
        scored.append(Suggestion(person, score, reasons))
    scored.sort(key=lambda s: (-s.score, s.person.name.casefold()))
    return scored[:2]


def person_paths(owner, person: Person) -> list[Path]:
    """The ways to reach `person`: yourself, through the people they know, and who introduced them."""
    my_groups = _my_group_ids(owner)
    edges = _edges(owner, {person.pk})
    people = _people(owner, {person.pk} | {e[1] for e in edges})
    target = people[person.pk]
    company = target.company or Company(name="their company")
    paths = []
    direct = path_strength(you_know_strength(target.relationship, _shares_group(target, my_groups)))
    if direct:
        paths.append(
            Path(target, company, f"{target.first_name} {_how_you_know(target, my_groups)}", direct, True)
        )
    for _, middle_id, how, note in edges:
        middle = people.get(middle_id)
        if middle is None:
            continue
        link_text, link = _they_know(middle, target, how, note)
        strength = path_strength(
            you_know_strength(middle.relationship, _shares_group(middle, my_groups)), link
        )
        if strength:
            reason = f"{middle.first_name} {_how_you_know(middle, my_groups)} and {link_text}"
            paths.append(Path(target, company, reason, strength, True, via=middle))
    return sorted(paths, key=lambda p: p.sort_key)


def introduction_request(user, middle: Person, target: Person, company_name: str = "") -> tuple[str, str]:
    """(subject, body) of a short, warm note asking `middle` to introduce you to `target`."""
    at = f" at {company_name}" if company_name else ""
    interest = f"{user.target_role}{at}" if user.target_role else f"the work{at}" if at else "their field"
    subject = f"Would you introduce me to {target.first_name}?"
    body = (
        f"Hi {middle.first_name},\n\n"
        f"I hope you're well. I'm learning about {interest}, and I remember that you know {target.name}.\n\n"
        f"Would you be comfortable introducing us? I'd love 20 minutes of {target.first_name}'s advice "
        f"on how they got where they are. I'm not asking for a job or a referral, only their perspective.\n\n"
        f"If it helps, I can send you a few lines to forward. "
        f"And no worries at all if the timing is wrong.\n\n"
        f"Thank you,\n{user.first_name}"
    )
    return subject, body
