"""The target list (LAMP, from Steve Dalton's "The 2-Hour Job Search").

List the employers you would like to learn about, then rate each: Advocacy (do you know someone
there), Motivation (0–3, or 1–5 in the first edition), Posting (3 a relevant posting, 2 some, 1 none).
Sort by Motivation, then Posting, then Advocacy, and work the top five first.
"""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import BooleanField, Case, Exists, ExpressionWrapper, F, OuterRef, Q, When
from django.db.models.functions import Lower

from coffeechat.network.models import WARM_RELATIONSHIPS, Company, Job, Person, company_key

FOCUS = 5  # Dalton: work the top five first
MAX_LINES = 500
POSTING_CHOICES = [(3, "3 · a relevant posting"), (2, "2 · some posting"), (1, "1 · no posting")]


def motivation_choices(scale: int) -> list[tuple[int, str]]:
    if scale == 5:
        return [(1, "1 · low"), (2, "2"), (3, "3"), (4, "4"), (5, "5 · dream employer")]
    return [(0, "0 · don't know enough yet"), (1, "1 · some"), (2, "2 · keen"), (3, "3 · dream employer")]


def lamp_key(motivation: int | None, posting: int, advocacy: bool, name: str) -> tuple:
    """The sort key of one company on the list, best first when sorted ascending: Motivation (not
    rated last), then Posting, then Advocacy, all descending; then by name so ties stay put."""
    return (-(motivation if motivation is not None else -1), -posting, not advocacy, name.casefold())


def knows_someone_there():
    """Advocacy worked out for a company: someone you know (not cold) works there now, by their
    current company or a current line of work history, or an alum of one of your groups does."""
    warm = {"relationship__in": WARM_RELATIONSHIPS}
    alum = {"affiliations__includes_me": True}
    people = Person.objects.filter(company=OuterRef("pk"))
    jobs = Job.objects.filter(company=OuterRef("pk"), is_current=True)
    return ExpressionWrapper(
        Q(Exists(people.filter(**warm)))
        | Q(Exists(jobs.filter(**{f"person__{k}": v for k, v in warm.items()})))
        | Q(Exists(people.filter(**alum)))
        | Q(Exists(jobs.filter(**{f"person__{k}": v for k, v in alum.items()}))),
        output_field=BooleanField(),
    )


def with_lamp(companies):
    """`companies` annotated with `auto_advocacy` and `has_advocacy` (the hand-set value wins) and
    sorted the LAMP way."""
    return (
        companies.annotate(auto_advocacy=knows_someone_there())
        .annotate(
            has_advocacy=Case(
                When(advocacy__isnull=False, then=F("advocacy")),
                default=F("auto_advocacy"),
                output_field=BooleanField(),
            )
        )
        .order_by(
            F("motivation").desc(nulls_last=True), "-posting", F("has_advocacy").desc(), Lower("name"), "id"
        )
    )


def target_list(owner):
    return with_lamp(Company.objects.for_owner(owner).filter(is_target=True))


@dataclass
class AddReport:
    created: list[str] = field(default_factory=list)  # new companies
    listed: list[str] = field(default_factory=list)  # companies you had, now on the list
    already: list[str] = field(default_factory=list)  # on the list before
    repeated: list[tuple[str, str]] = field(default_factory=list)  # (as typed, same as)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)

    @property
    def changed(self) -> int:
        return len(self.created) + len(self.listed)


# A line that is a web address ("https://www.n26.com/en", "acme.io"): the company is named after it.
_WEB_ADDRESS = re.compile(
    r"^(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9-]*)\.[a-z]{2,}(?:\.[a-z]{2,})?(?:/\S*)?$", re.I
)


def name_and_website(line: str) -> tuple[str, str]:
    """A company's name and website from one typed line: a web address gives both ("n26.com" is
    N26 at https://n26.com), anything else is the name."""
    match = _WEB_ADDRESS.match(line)
    if not match:
        return line, ""
    label = match.group(1)
    name = label.upper() if any(c.isdigit() for c in label) else label.title()  # "N26", "Acme"
    website = line if line.lower().startswith("http") else f"https://{line}"
    return name, website if len(website) <= 200 else ""


@transaction.atomic
def add_targets(owner, text: str) -> AddReport:
    """Put one company per line of `text` on the owner's target list, creating the ones they do not
    have. Names that mean the same company ("Williams-Sonoma, Inc." and "Williams Sonoma") are
    recognised, within the text and against existing companies. A constant number of queries."""
    report = AddReport()
    wanted: dict[str, str] = {}  # key → name as first typed
    websites: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        name, website = name_and_website(line.replace("\x00", "").strip().strip("•-*·").strip())
        if not name:
            continue
        if len(name) > 200:
            report.skipped.append((number, "longer than 200 characters; is it a company name?"))
            continue
        if len(wanted) >= MAX_LINES:
            report.skipped.append((number, f"more than {MAX_LINES} companies at once; add the rest next"))
            continue
        key = company_key(name)
        if key in wanted:
            report.repeated.append((name, wanted[key]))
        else:
            wanted[key] = name
            if website:
                websites[key] = website
    existing = {c.name_key: c for c in Company.objects.for_owner(owner).filter(name_key__in=wanted)}
    for key, name in wanted.items():
        if key not in existing:
            report.created.append(name)
        elif existing[key].is_target:
            report.already.append(existing[key].name)
        else:
            report.listed.append(existing[key].name)
    Company.objects.bulk_create(
        Company(owner=owner, name=name, name_key=key, is_target=True, website=websites.get(key, ""))
        for key, name in wanted.items()
        if key not in existing
    )
    Company.objects.for_owner(owner).filter(name_key__in=wanted, is_target=False).update(is_target=True)
    return report
