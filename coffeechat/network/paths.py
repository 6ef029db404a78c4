"""Warm paths: who can get you a conversation at a company, and through whom.

A path ends at someone at the company (now or before) and starts with you: either you know them
yourself, or someone you know knows them (two steps). Each path says why in plain words and has a
strength (3 strong, 2 good, 1 weak). The rules that rank are plain functions (tested with
hypothesis); `company_paths` and `person_paths` read the database in a constant number of queries.
For a company, the database ranks the two-step paths itself, with SQL written out from those same
functions (`_strength_sql`; a hypothesis test checks it ranks like them), and only the best rows are
read: a company at the centre of your network can have thousands of connections to weigh.
"""

import functools
import re
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Q

from coffeechat.lib.http import object_url
from coffeechat.lib.prepared import Prepared
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
    Relationship.CONTACT: 1,
    Relationship.COFFEE_CHAT: 2,
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
    Relationship.CONTACT: "is one of your contacts",
    Relationship.COFFEE_CHAT: "had a coffee chat with you",
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
    """ "an ML Engineer", "a UX Researcher", "an Urban Planner", "a University Liaison": by sound."""
    first = title.split()[0] if title.split() else ""
    if first.isupper() and 1 < len(first) <= 5:  # said letter by letter: "em-el", "you-ex"
        vowel = first[0] in "AEFHILMNORSX"
    else:
        lower = first.lower()
        vowel = lower[:1] in "aeio" or (
            lower[:1] == "u" and not lower.startswith(("uni", "use", "usu", "uti"))
        )
    return f"{'an' if vowel else 'a'} {title}"


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


@functools.lru_cache(maxsize=4096)
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


@functools.lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    stop = {"and", "of", "the", "in", "for", "at", "to", "a", "an"}
    return frozenset(w[:5] for w in re.findall(r"[a-z]+", text.casefold()) if w not in stop and len(w) > 1)


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


@dataclass
class Known:
    """Someone in your network as far as paths need them (read as plain values: paths touch
    thousands of rows, model instances would cost too much)."""

    id: int
    name: str
    title: str = ""
    relationship: str = Relationship.COLD
    introducer: str = ""  # the name of who introduced them

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name

    @property
    def pk(self) -> int:
        return self.id

    def get_absolute_url(self) -> str:
        return object_url("person", self.id)


def _owned(model, owner_id: int):
    """`model`'s rows of the owner with id `owner_id`, filtered so that SQLite does not pick the owner
    index (which holds every row of the account) over the far narrower id indexes these queries use."""
    return model.objects.alias(owner_unindexed=F("owner_id") + 0).filter(owner_unindexed=owner_id)


def _known(owner, ids) -> dict[int, Known]:
    rows = (
        _owned(Person, owner.pk)
        .filter(pk__in=ids)
        .order_by()
        .values_list("id", "name", "title", "relationship", "introduced_by__name")
    )
    return {r[0]: Known(r[0], r[1], r[2], r[3], r[4] or "") for r in rows}


def _my_groups(owner, people: Q) -> dict[int, Affiliation]:
    """Person id → the first (by kind, then name) of your own schools, employers and groups that they
    share with you, for the `people` (a condition on the memberships). One query."""
    rows = (
        Affiliation.members.through.objects.filter(affiliation__owner=owner, affiliation__includes_me=True)
        .filter(people)
        .values_list("person_id", "affiliation_id", "affiliation__kind", "affiliation__name")
    )
    made: dict[int, Affiliation] = {}
    theirs: dict[int, list[Affiliation]] = {}
    for person_id, affiliation_id, kind, name in rows:
        if affiliation_id not in made:
            made[affiliation_id] = Affiliation(id=affiliation_id, owner=owner, kind=kind, name=name)
        theirs.setdefault(person_id, []).append(made[affiliation_id])
    return {person_id: _first_shared(groups) for person_id, groups in theirs.items()}


def _first_shared(groups) -> Affiliation | None:
    """Which of your schools, employers and groups that someone shares a path names: the first by
    kind, then name."""
    return min(groups, key=lambda a: (a.kind, a.name), default=None)


def _how_you_know(person: Known, groups: dict[int, Affiliation]) -> str:
    shared = groups.get(person.id)
    if shared:
        if shared.kind == AffiliationKind.EMPLOYER:
            together = person.relationship == Relationship.FORMER_COLLEAGUE
            return (
                f"worked with you at {shared.name}" if together else f"also worked at {shared.name}, like you"
            )
        if shared.kind == AffiliationKind.SCHOOL:
            return f"went to {shared.name}, like you"
        return f"is in {shared.name}, like you"
    text = _YOU_KNOW.get(person.relationship, "is in your network")
    if person.relationship == Relationship.INTRODUCED and person.introducer:
        text += f" by {person.introducer}"
    return text


def _at_company(title: str, ended_on, company: Company, current: bool) -> str:
    as_title = f" as {with_article(title)}" if title else ""
    if current:
        return f"works at {company.name}{as_title}"
    until = f" until {ended_on.year}" if ended_on else ""
    return f"worked at {company.name}{as_title}{until}"


def company_paths(owner, company: Company, limit: int = 50) -> CompanyPaths:
    """Every way in to `company`, strongest first (at most `limit` of each), and the two best people
    to approach. A constant number of queries, whatever the size of the network."""
    jobs: dict[int, list[tuple]] = {}
    for person_id, title, current, ended_on in (
        Job.objects.for_owner(owner)
        .filter(company=company)
        .order_by("-is_current", "-started_on", "-id")
        .values_list("person_id", "title", "is_current", "ended_on")
    ):
        jobs.setdefault(person_id, []).append((title, current, ended_on))
    # Everyone there now or before, read by company (not by thousands of ids).
    worked_there = Job.objects.filter(owner=owner, company=company).values("person_id")
    there = Q(company=company) | Q(pk__in=worked_there)
    people, now_ids = {}, set()
    for pid, name, title, relationship, introducer, company_id in (
        _owned(Person, owner.pk)
        .filter(there)
        .order_by()
        .values_list("id", "name", "title", "relationship", "introduced_by__name", "company_id")
    ):
        people[pid] = Known(pid, name, title, relationship, introducer or "")
        if company_id == company.pk or any(j[1] for j in jobs.get(pid, [])):
            now_ids.add(pid)
    order = sorted(now_ids, key=lambda pid: (people[pid].name.casefold(), pid))
    two_steps = _ranked_two_steps(owner, {pid: rank for rank, pid in enumerate(order)}, limit)
    middles = [row[1] for row in two_steps]
    groups = _my_groups(owner, Q(person__in=_owned(Person, owner.pk).filter(there)) | Q(person__in=middles))

    # Rank first, then put into words only the paths shown.
    found: dict[bool, list[tuple]] = {True: [], False: []}
    for pid, person in people.items():
        current = pid in now_ids
        strength = path_strength(you_know_strength(person.relationship, pid in groups), current=current)
        if strength:
            found[current].append((path_sort_key(strength, current, True, person.name), pid, strength))
    now, before = [], []
    for current, paths in ((True, now), (False, before)):
        for _, pid, strength in sorted(found[current])[:limit]:
            person = people[pid]
            job = next((j for j in jobs.get(pid, []) if j[1] == current), None)
            title = (job[0] if job else "") or (person.title if current else "")
            there = _at_company(title, job[2] if job else None, company, current)
            reason = f"{person.first_name} {_how_you_know(person, groups)} and {there}"
            paths.append(Path(person, company, reason, strength, current, title=title))
    titles = {
        pid: next((j[0] for j in jobs.get(pid, []) if j[1]), "") or people[pid].title for pid in now_ids
    }
    return CompanyPaths(
        company,
        now,
        before,
        _two_steps(company, people, two_steps, titles, groups),
        _suggest(owner, company, [people[p] for p in sorted(now_ids)], titles, jobs, groups),
    )


def _edges(owner, ids, connections=None) -> list[tuple[int, int, str, str, str]]:
    """(one, other, how, note, other's relationship to you) for everyone in `ids` and whoever they
    are known to know: recorded connections and introductions, both ways. `connections`: all those
    touching `ids`, with both people, when the caller has read them already."""
    edges = []
    ids = list(ids)
    if connections is None:
        columns = ("person_id", "other_id", "how", "note", "person__relationship", "other__relationship")
        rows = _owned(Connection, owner.pk).touching(ids).values_list(*columns)
    else:
        rows = [
            (c.person_id, c.other_id, c.how, c.note, c.person.relationship, c.other.relationship)
            for c in connections
        ]
    for a, b, how, note, rel_a, rel_b in rows:
        edges.append((a, b, how, note, rel_b))
        edges.append((b, a, how, note, rel_a))
    introductions = _INTRODUCTIONS(owner.pk, ids[0]) if len(ids) == 1 else _introductions(owner.pk, ids)
    for pid, rel, introducer, introducer_rel in introductions:
        edges.append((pid, introducer, "introduced_to_you", "", introducer_rel))
        edges.append((introducer, pid, "introduced_by_them", "", rel))
    wanted = set(ids)
    return [e for e in edges if e[0] in wanted]


def _introductions(owner_id: int, ids):
    """(id, relationship, introducer's id, introducer's relationship) of those among `ids` who were
    introduced to you, and of those they introduced."""
    return (
        _owned(Person, owner_id)
        .filter(Q(pk__in=ids, introduced_by__isnull=False) | Q(introduced_by__in=ids))
        .order_by()
        .values_list("id", "relationship", "introduced_by_id", "introduced_by__relationship")
    )


# One person's (their page): compiled once, see lib/prepared.py.
_INTRODUCTIONS = Prepared(lambda owner_id, pk: _introductions(owner_id, [pk]))


def _link(how: str, note: str, target_name: str) -> tuple[str, int]:
    """How the middle person knows the target, in words, and how strongly."""
    if how == "introduced_to_you":  # the middle person introduced the target to you
        return f"introduced you to {target_name}", INTRODUCTION_STRENGTH
    if how == "introduced_by_them":
        return f"was introduced to you by {target_name}", INTRODUCTION_STRENGTH
    text = _THEY_KNOW.get(how, "knows {name}").format(name=target_name)
    return (f"{text} ({note})" if note else text), CONNECTION_STRENGTH.get(how, 2)


def _link_strength(how: str) -> int:
    if how.startswith("introduced"):
        return INTRODUCTION_STRENGTH
    return CONNECTION_STRENGTH.get(how, 2)


@functools.cache
def _strength_sql(how: str) -> str:
    """The strength of a two-step path as an SQL expression, written out from the rules above (one
    source of truth): how well you know the middle person `m` (their relationship, or else a school
    or group of yours they are in: `you_know_strength`), then how well they know the target (`how`, a
    column or a literal: `_link_strength`), combined by `path_strength`. Nested CASE expressions, so
    that the database does a few comparisons per row: it weighs thousands."""

    def quoted(value: str) -> str:
        assert "'" not in value  # choice values, never user input
        return f"'{value}'"

    hows = [*ConnectionKind.values, "introduced_to_you", "introduced_by_them"]

    def by_link(you: int) -> str:
        default = path_strength(you, _link_strength(""))
        strengths = {h: path_strength(you, _link_strength(h)) for h in hows}
        whens = [f"WHEN {quoted(h)} THEN {s}" for h, s in strengths.items() if s != default]
        return f"CASE {how} {' '.join(whens)} ELSE {default} END" if whens else str(default)

    shares_a_group = (
        f"EXISTS (SELECT 1 FROM {_table(Affiliation.members.through)} am"
        f" JOIN {_table(Affiliation)} a ON a.id = am.affiliation_id"
        " WHERE am.person_id = m.id AND a.includes_me AND a.owner_id = m.owner_id)"
    )
    whens = " ".join(
        f"WHEN {quoted(rel)} THEN {by_link(you)}"
        for rel in Relationship.values
        if (you := you_know_strength(rel, False))
    )
    return (
        f"CASE m.relationship {whens} "
        f"ELSE CASE WHEN {shares_a_group} THEN {by_link(you_know_strength('', True))} ELSE 0 END END"
    )


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _ranked_two_steps(owner, ranks: dict[int, int], limit: int) -> list[tuple]:
    """The `limit` best two-step paths to the people in `ranks` (person id → place in the order of
    their names), ranked by the database: (target id, middle id, how, note, strength, and the middle
    person's name, title, relationship and introducer's name), strongest first, then by target, then
    by middle person, then connections before introductions. One row per pair of people.

    Every connection and introduction touching the targets is weighed by the database, with the rules
    written out as CASE expressions (`_strength_sql`), and only the best rows are read: a company at
    the centre of your network has thousands of these. A pair of people may have a connection and an
    introduction both ways: at most three rows, so the best `3 * limit` rows hold the best `limit`
    pairs, and the first row of each pair is its strongest."""
    if not ranks:
        return []
    owner_id = int(owner.pk)
    person, conn = _table(Person), _table(Connection)
    # The targets with their places, as literal integers (no limit on the number of parameters).
    targets = ", ".join(f"({int(pid)}, {int(rank)})" for pid, rank in ranks.items())

    def ways(middle: str, how: str, connection_id: str, source: int, joins: str) -> str:
        # `owner_id + 0`: see `_owned`; SQLite would otherwise read every row of the account.
        return f"""
            SELECT t.id, t.rank, {middle}, {how}, {connection_id}, {source}, {_strength_sql(how)}
            FROM target t {joins} JOIN {person} m ON m.id = {middle}
            WHERE m.owner_id + 0 = {owner_id} AND {middle} NOT IN (SELECT id FROM target)"""

    # The connection indexes (person, owner, other, how) and (other, owner, person, how) hold all
    # that is needed to rank; the note is read for the best rows only.
    on_connection = f"AND c.owner_id + 0 = {owner_id}"
    sql = f"""
        WITH target (id, rank) AS (VALUES {targets}),
        best (target_id, rank, middle_id, how, connection_id, source, strength) AS (
            {ways("c.other_id", "c.how", "c.id", 0, f"JOIN {conn} c ON c.person_id = t.id {on_connection}")}
            UNION ALL
            {ways("c.person_id", "c.how", "c.id", 0, f"JOIN {conn} c ON c.other_id = t.id {on_connection}")}
            UNION ALL
            {ways("p.introduced_by_id", "'introduced_to_you'", "NULL", 1, f"JOIN {person} p ON p.id = t.id")}
            UNION ALL
            {ways("p.id", "'introduced_by_them'", "NULL", 2, f"JOIN {person} p ON p.introduced_by_id = t.id")}
            ORDER BY 7 DESC, 2, 3, 6
            LIMIT %s
        )
        SELECT b.target_id, b.middle_id, b.how, COALESCE(n.note, ''), b.strength,
            m.name, m.title, m.relationship, i.name
        FROM best b JOIN {person} m ON m.id = b.middle_id LEFT JOIN {person} i ON i.id = m.introduced_by_id
            LEFT JOIN {conn} n ON n.id = b.connection_id
        WHERE b.strength > 0
        ORDER BY b.strength DESC, b.rank, b.middle_id, b.source
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [3 * limit])
        rows = cursor.fetchall()
    seen, best = set(), []
    for row in rows:
        if (row[0], row[1]) not in seen:
            seen.add((row[0], row[1]))
            best.append(row)
    return best[:limit]


def _two_steps(company, people, ranked, titles, groups) -> list[Path]:
    """The ranked two-step paths (`_ranked_two_steps`) in words."""
    paths = []
    for target_id, middle_id, how, note, strength, *middle in ranked:
        target = people[target_id]
        middle = Known(middle_id, middle[0], middle[1], middle[2], middle[3] or "")
        link_text, _ = _link(how, note, target.first_name)
        reason = (
            f"{middle.first_name} {_how_you_know(middle, groups)} and {link_text}, "
            f"who {_at_company(titles.get(target_id, ''), None, company, True)}"
        )
        title = titles.get(target_id, "")
        paths.append(Path(target, company, reason, strength, True, via=middle, title=title))
    return paths


def _suggest(owner, company, people: list[Known], titles, jobs, groups) -> list[Suggestion]:
    scored = []
    for person in people:
        if person.relationship == Relationship.COFFEE_CHAT:
            continue  # met already: a path (ask them who else to meet), not someone to approach first
        promoted = len({(j[0] or "").casefold() for j in jobs.get(person.id, [])}) > 1
        alum = person.id in groups or person.relationship in (Relationship.ALUMNI, Relationship.CLASSMATE)
        score, reasons = contact_score(
            title=titles.get(person.id, ""),
            target_role=owner.target_role,
            is_alum=alum,
            promoted=promoted,
            you_know=RELATIONSHIP_STRENGTH.get(person.relationship, 0),
        )
        scored.append(Suggestion(person, score, reasons))
    scored.sort(key=lambda s: (-s.score, s.person.name.casefold()))
    return scored[:2]


def person_paths(owner, person: Person, connections=None, affiliations=None) -> list[Path]:
    """The ways to reach `person`: yourself, through the people they know, and who introduced them.
    `connections` (with both people) and `affiliations`: theirs, if the caller has them already,
    each saving a query."""
    edges = _edges(owner, {person.pk}, connections)
    if edges:
        people = _known(owner, {person.pk} | {e[1] for e in edges})
        groups = _my_groups(owner, Q(person__in=list(people)))
    else:  # most people: nobody noted around them, and we have them already
        introducer = person.introduced_by.name if person.introduced_by_id else ""
        people = {person.pk: Known(person.pk, person.name, person.title, person.relationship, introducer)}
        if affiliations is None:
            groups = _my_groups(owner, Q(person__in=[person.pk]))
        else:  # theirs, read by the caller: the ones you belong to as well
            shared = _first_shared(a for a in affiliations if a.includes_me)
            groups = {person.pk: shared} if shared else {}
    target = people[person.pk]
    company = person.company or Company(name="their company")
    paths = []
    direct = path_strength(you_know_strength(target.relationship, target.id in groups))
    if direct:
        reason = f"{target.first_name} {_how_you_know(target, groups)}"
        paths.append(Path(person, company, reason, direct, True))
    for _, middle_id, how, note, _rel in edges:
        middle = people.get(middle_id)
        if middle is None or how == "introduced_by_them":  # they introduced `middle` to you: you know them
            continue
        link_text, link = _link(how, note, target.first_name)
        strength = path_strength(you_know_strength(middle.relationship, middle.id in groups), link)
        if strength:
            reason = f"{middle.first_name} {_how_you_know(middle, groups)} and {link_text}"
            paths.append(Path(person, company, reason, strength, True, via=middle))
    # One path per person in the middle: the strongest of the ways they know them.
    best: dict[int | None, Path] = {}
    for path in sorted(paths, key=lambda p: p.sort_key):
        best.setdefault(path.via.pk if path.via else None, path)
    return list(best.values())


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
