"""Create a power-user account: many people, companies, coffee chats, interactions and tasks.

    uv run python bench/generate.py [--email power@coffeechat.local] [--password P] [--reset]

Uses the same database as the app (COFFEECHAT_DATA_DIR / DATABASE_URL) and migrates it first.
Rows are written with bulk_create, so everything save() would keep in step is set here by hand:
company name keys, stage history, and each person's `last_contacted_at` (the latest of their
interactions). The random choices use a fixed seed; only the dates move with the clock.
"""

import argparse
import datetime as dt
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_EMAIL = "power@coffeechat.local"
TIME_ZONE = "America/New_York"

FIRST = """Aaliyah Adebayo Ahmed Aiko Alejandro Amara Ana Anders Anjali Arjun Ayesha Bao Beatriz Ben
Bilal Camila Carlos Chen Chidi Chloé Claire Connor Dalia Daniel Dmitri Efua Elena Elif Emily Esther
Farah Fatima Felipe Freya Gabriel Grace Hana Hannah Hassan Hiroshi Ingrid Isabel Jae-won Jamal Javier
Jia Jonathan Julia Kai Kamala Kenji Kwame Lakshmi Lars Leila Liam Linh Lucía Luis Mariam Marcus Mateo
Maya Mehmet Mei Mercy Min-jun Nadia Nikhil Noor Olga Omar Oluwaseun Pablo Patrick Paulina Priya Qian
Rachel Rafael Rania Ravi Rosa Ruth Sakura Samuel Sanjay Sara Sebastián Shira Simone Sofia Soo-ah
Stefan Tariq Thandiwe Thomas Tiago Tomás Uchenna Valentina Victor Vikram Wanjiru Wei Xavier Yara
Yusuf Zainab Zoe""".split()
LAST = """Abdi Achieng Adeyemi Adler Ahmadi Akana Al-Sayed Álvarez Asante Aziz Baptiste Becker Bell Bello
Boateng Brooks Castro Chaudhry Chen Choi Cohen Costa Delgado Demir Dlamini Doyle Dubois Duarte Eze
Farouk Fernández Fontaine Goldberg Greco Gupta Haddad Herrera Hussain Ito Iyer Jaber Jiménez Johansson
Kahale Kamau Karimi Kaya Khalil Kim Kobayashi Kowalczyk Kowalski Larsen Laurent Lee Levi Lim Lindgren
Lindqvist Mansour Márquez Mehta Mendoza Menon Mensah Moreau Moreno Murphy Nakamura Narayan Nasser
Ngata Nguyen Novak Nowak Nwosu O'Brien Obi Okafor Okonkwo Ortega Osei Papadopoulos Park Pereira
Petrov Pillai Popescu Rahman Raman Rao Reyes Robinson Romero Rossi Ruiz Santos Sato Schmidt
Shevchenko Siddiqui Silva Singh Sullivan Tanaka Tesfaye Torres Tran Tupou Vargas Volkov Wang
Washington Watanabe Weber Wong Yılmaz Zhang Zhou""".split()
COMPANY_A = """Amber Apex Aspen Beacon Birch Blue Bright Cedar Clear Cobalt Copper Coral Crest Delta
Ember Evergreen Field Granite Harbor Hazel Heron Indigo Iron Juniper Kestrel Lantern Lumen Maple
Marigold Meadow Meridian Nimbus North Oak Orbit Pine Prairie Quill River Saltbox Silver Summit
Sundial Tallgrass Thistle True Willow Zephyr""".split()
COMPANY_B = """Analytics Bank Books Care Clinics Cloud Commerce Design Energy Foods Games Health
Insurance Labs Learning Legal Logistics Maps Media Mobility Partners Payroll Research Robotics
Software Studio Systems Travel Ventures Works""".split()
INDUSTRIES = """Education technology|Healthcare|Fintech|Design agency|Logistics software|Government
technology|Insurance|Consumer apps|B2B software|Public sector|Health technology|Banking|Games|Energy|AI
tools|E-commerce|Transportation|HR technology|Robotics|Travel|Publishing|Museum|Higher
education""".replace("\n", " ").split("|")
LOCATIONS = [
    "Chicago, IL", "New York, NY", "Remote", "Austin, TX", "Seattle, WA", "Boston, MA", "Denver, CO",
    "Minneapolis, MN", "Atlanta, GA", "Toronto, ON", "London, UK", "Berlin, Germany",
]  # fmt: skip
TITLES = [
    "UX Researcher", "Senior UX Researcher", "Product Designer", "Senior Product Designer",
    "Content Designer", "Product Manager", "Engineering Manager", "Research Operations Manager",
    "Design Manager", "Data Analyst", "Recruiter", "Service Designer", "Head of Design",
    "Software Engineer", "Customer Success Manager", "Learning Experience Designer",
]  # fmt: skip
TAGS = [
    "alumni", "ux", "research", "design", "edtech", "healthcare", "hiring manager", "mentor",
    "referral source", "former teacher", "chicago", "remote", "portfolio help", "content", "fintech",
]  # fmt: skip
SUMMARIES = {
    "message_sent": ["Sent a short update.", "Asked for 20 minutes of advice.", "Shared an article."],
    "reply_received": ["They replied kindly.", "Said yes, suggested next week.", "Busy this month."],
    "call": ["Quick call to catch up.", "Talked about their team's research process."],
    "meeting": ["Coffee and a long chat.", "Video call, 30 minutes."],
    "note": ["Saw their talk at the meetup.", "They posted about a new opening."],
}  # fmt: skip

# The stages each final stage passes through after "idea", and the gap before each step (days).
PATHS = {
    "idea": [],
    "requested": [("requested", 1, 20)],
    "scheduled": [("requested", 1, 10), ("scheduled", 0.2, 4)],
    "met": [("requested", 1, 10), ("scheduled", 0.2, 4), ("met", 1, 14)],
    "thanked": [("requested", 1, 10), ("scheduled", 0.2, 4), ("met", 1, 14), ("thanked", 0.1, 2)],
    "keeping_in_touch": [
        ("requested", 1, 10),
        ("scheduled", 0.2, 4),
        ("met", 1, 14),
        ("thanked", 0.1, 2),
        ("keeping_in_touch", 5, 40),
    ],  # fmt: skip
    "declined": [("requested", 1, 10), ("declined", 1, 7)],
    "no_reply": [("requested", 1, 10), ("no_reply", 14, 30)],
    "on_hold": [("requested", 1, 10), ("on_hold", 1, 20)],
}
STAGE_WEIGHTS = {
    "idea": 14, "requested": 14, "scheduled": 4, "met": 4, "thanked": 12, "keeping_in_touch": 22,
    "declined": 8, "no_reply": 14, "on_hold": 8,
}  # fmt: skip
LOGGED_FOR_STAGE = {"requested": "message_sent", "met": "meeting", "thanked": "message_sent"}


@contextmanager
def data_dir(path: str | None = None, keep: bool = False, prefix: str = "coffeechat-bench-"):
    """COFFEECHAT_DATA_DIR for a bench run: `path` if given, else the one already set, else a
    temporary directory that is removed afterwards (kept, and said, with `keep`)."""
    temp_dir = None
    if path:
        os.environ["COFFEECHAT_DATA_DIR"] = path
    elif not os.environ.get("COFFEECHAT_DATA_DIR"):
        temp_dir = tempfile.mkdtemp(prefix=prefix)
        os.environ["COFFEECHAT_DATA_DIR"] = temp_dir
    try:
        yield
    finally:
        if temp_dir and not keep:
            shutil.rmtree(temp_dir, ignore_errors=True)
        elif temp_dir:
            print(f"Kept the data directory {temp_dir}")


def setup_django() -> None:
    """Configure Django from the environment, as the `coffeechat` command does."""
    root = Path(__file__).resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coffeechat.settings")
    import django

    django.setup()


def readable_password() -> str:
    words = secrets.SystemRandom().sample(["cedar", "otter", "lantern", "harbor", "maple", "sparrow"], 3)
    return "-".join(words) + f"-{secrets.randbelow(90) + 10}"


class UserExists(Exception):
    pass


@dataclass
class Result:
    user: object
    password: str
    seconds: float
    counts: dict = field(default_factory=dict)


def _analyze() -> None:
    """Table statistics for PostgreSQL's planner, as its autovacuum gathers them within a minute of
    a bulk load: measured straight after generating, without them it plans for a handful of rows
    (and sorts all 10,000 people to show 30)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def generate(
    email: str = DEFAULT_EMAIL,
    password: str | None = None,
    *,
    people: int = 10_000,
    companies: int = 2_000,
    conversations: int = 3_000,
    interactions: int = 30_000,
    tasks: int = 300,
    reset: bool = False,
    seed: int = 1,
) -> Result:
    """Create the account and its data in one transaction. Django must be set up and migrated."""
    from django.db import transaction

    from coffeechat.accounts.models import User

    started = time.monotonic()
    password = password or readable_password()
    with transaction.atomic():
        existing = User.objects.filter(email__iexact=email).first()
        if existing and not reset:
            raise UserExists(f"{email} already exists; use --reset to delete it and generate afresh.")
        if existing:
            existing.delete()
        user = User.objects.create_user(email, password, name="Pat Power", time_zone=TIME_ZONE)
        counts = _fill(user, random.Random(seed), people, companies, conversations, interactions, tasks)
    _analyze()
    return Result(user=user, password=password, seconds=time.monotonic() - started, counts=counts)


def _fill(user, rng, n_people, n_companies, n_conversations, n_interactions, n_tasks) -> dict:
    from django.db.models import OuterRef, Subquery
    from django.utils import timezone

    from coffeechat.conversations.models import Conversation, Interaction, StageChange, Task
    from coffeechat.lib.text import normalise_company_name
    from coffeechat.network.models import Company, EmailAddress, Person, PhoneNumber, Relationship, Tag

    now = timezone.now()
    today = user.today()
    day = dt.timedelta(days=1)

    def ago(low_days: float, high_days: float) -> dt.datetime:
        return now - dt.timedelta(days=rng.uniform(low_days, high_days))

    # Companies: unique names (and name keys), as the unique constraint wants.
    names, keys = [], set()
    while len(names) < n_companies:
        name = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}"
        if len(names) >= len(COMPANY_A) * len(COMPANY_B) // 2:
            name = f"{name} {len(names)}"
        key = normalise_company_name(name)
        if key not in keys:
            keys.add(key)
            names.append((name, key))
    company_rows = Company.objects.bulk_create(
        Company(
            owner=user,
            name=name,
            name_key=key,
            industry=rng.choice(INDUSTRIES),
            location=rng.choice(LOCATIONS),
            website=f"https://www.{key.replace(' ', '')}.example" if rng.random() < 0.7 else "",
            notes="Hiring researchers this year." if rng.random() < 0.1 else "",
        )
        for name, key in names
    )

    # Plan the interactions first, so each person's last_contacted_at is known when it is created.
    # A few people (the first ones) get far more than the rest; person 0 the most of all.
    heavy = min(400, n_interactions // 10)
    relationships = list(Relationship.values)

    # Conversations: every stage at least once, then by weight; person 0 hosts the busiest one.
    stage_names = list(STAGE_WEIGHTS)
    conv_plan = []
    for i in range(n_conversations):
        if i < len(stage_names):
            stage = stage_names[i]
        elif i == len(stage_names):  # the busiest: scheduled, so its page shows every form
            stage = "scheduled"
        else:
            stage = rng.choices(stage_names, STAGE_WEIGHTS.values())[0]
        host = 0 if i == len(stage_names) else rng.randrange(n_people)
        start = ago(2, 30) if stage == "scheduled" else ago(3, 200)
        steps, t = [], start
        for target, low, high in PATHS[stage]:
            t = t + dt.timedelta(days=rng.uniform(low, high))
            steps.append((target, t))
        if steps and steps[-1][1] > now - dt.timedelta(hours=1):  # keep every event in the past
            shift = steps[-1][1] - (now - dt.timedelta(hours=rng.uniform(1, 72)))
            start, steps = start - shift, [(s, when - shift) for s, when in steps]
        when = dict(steps)
        scheduled_at = None
        if "scheduled" in when:
            scheduled_at = when.get("met") or when["scheduled"] + dt.timedelta(days=rng.uniform(1, 25))
            scheduled_at = scheduled_at.replace(minute=rng.choice([0, 30]), second=0, microsecond=0)
            if "met" in when:
                when["met"] = scheduled_at
                steps = [(s, scheduled_at if s == "met" else w) for s, w in steps]
                steps = _in_order(steps)
        conv_plan.append((stage, host, start, steps, when, scheduled_at))

    # (person index, conversation index or None, kind, time)
    planned: list[tuple[int, int | None, str, dt.datetime]] = []
    for c, (_stage, host, _start, steps, _when, _sched) in enumerate(conv_plan):
        for target, t in steps:
            if target in LOGGED_FOR_STAGE:
                planned.append((host, c, LOGGED_FOR_STAGE[target], t))
    busiest = len(stage_names) if n_conversations > len(stage_names) else 0
    conv_of_person = defaultdict(list)
    for c, plan in enumerate(conv_plan):
        conv_of_person[plan[1]].append(c)
    kinds = list(SUMMARIES)
    for i in range(heavy):  # person 0, half of it on their busiest conversation
        conversation = busiest if i % 2 and conv_plan[busiest][1] == 0 else None
        planned.append((0, conversation, rng.choice(kinds), ago(0.01, 365)))
    while len(planned) < n_interactions:
        # Skewed: a tenth of the people account for most of the log.
        person = rng.randrange(n_people // 10 or 1) if rng.random() < 0.6 else rng.randrange(n_people)
        mine = conv_of_person.get(person)
        conversation = rng.choice(mine) if mine and rng.random() < 0.3 else None
        planned.append((person, conversation, rng.choice(kinds), ago(0.01, 365)))
    last_contact: dict[int, dt.datetime] = {}
    for person, _c, _k, t in planned:
        if person not in last_contact or t > last_contact[person]:
            last_contact[person] = t

    people_rows = Person.objects.bulk_create(
        Person(
            owner=user,
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            title=rng.choice(TITLES),
            company=rng.choice(company_rows) if rng.random() < 0.85 else None,
            relationship=rng.choice(relationships),
            linkedin_url=f"https://www.linkedin.com/in/person-{i}" if rng.random() < 0.5 else "",
            notes="Met at a meetup." if rng.random() < 0.1 else "",
            last_contacted_at=last_contact.get(i),
        )
        for i in range(n_people)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(owner=user, person=p, address=f"person{i}@example.com")
        for i, p in enumerate(people_rows)
        if rng.random() < 0.6
    )
    PhoneNumber.objects.bulk_create(
        PhoneNumber(owner=user, person=p, number=f"+1312555{i % 10000:04d}")
        for i, p in enumerate(people_rows)
        if rng.random() < 0.3
    )
    tag_rows = Tag.objects.bulk_create(Tag(owner=user, name=name) for name in TAGS)
    Person.tags.through.objects.bulk_create(
        Person.tags.through(person_id=p.pk, tag_id=tag.pk)
        for p in people_rows
        if rng.random() < 0.4
        for tag in rng.sample(tag_rows, rng.randint(1, 2))
    )

    conv_rows = Conversation.objects.bulk_create(
        Conversation(
            owner=user,
            host=people_rows[host],
            company=people_rows[host].company,
            goal="Learn how their team works and what they look for in new researchers.",
            stage=stage,
            requested_at=when.get("requested"),
            scheduled_at=scheduled_at,
            met_at=when.get("met"),
            duration_minutes=30,
            place="Video call" if scheduled_at else "",
            notes="They start every project with a one-page plan." if "met" in when else "",
            stage_changed_at=steps[-1][1] if steps else start,
        )
        for stage, host, start, steps, when, scheduled_at in conv_plan
    )
    changes = []
    for conv, (_stage, _host, _start, steps, _when, _sched) in zip(conv_rows, conv_plan, strict=True):
        previous = "idea"
        for target, t in steps:
            changes.append(
                StageChange(owner=user, conversation=conv, from_stage=previous, to_stage=target, changed_at=t)
            )
            previous = target
    StageChange.objects.bulk_create(changes, batch_size=2000)

    Interaction.objects.bulk_create(
        (
            Interaction(
                owner=user,
                person=people_rows[person],
                conversation=conv_rows[c] if c is not None else None,
                kind=kind,
                occurred_at=t,
                summary=rng.choice(SUMMARIES[kind]),
            )
            for person, c, kind, t in planned
        ),
        batch_size=2000,
    )
    latest_reply = Interaction.objects.filter(conversation=OuterRef("pk"), kind="reply_received")
    Conversation.objects.filter(owner=user).update(
        replied_at=Subquery(latest_reply.order_by("-occurred_at").values("occurred_at")[:1])
    )

    task_rows = []
    for i in range(n_tasks):
        bucket = i % 10
        if bucket < 2:
            due, done = today - day * rng.randint(1, 14), None  # overdue
        elif bucket == 2:
            due, done = today, None
        elif bucket < 5:
            due, done = today + day * rng.randint(1, 7), None
        elif bucket < 7:
            due, done = today + day * rng.randint(8, 60), None
        else:
            due, done = today - day * rng.randint(0, 60), ago(0.1, 60)
        about_conversation = rng.random() < 0.6
        task_rows.append(
            Task(
                owner=user,
                title=rng.choice(["Follow up", "Send thank-you note", "Prepare questions", "Share update"]),
                due_on=due,
                done_at=done,
                conversation=rng.choice(conv_rows) if about_conversation else None,
                person=None if about_conversation else rng.choice(people_rows),
            )
        )
    Task.objects.bulk_create(task_rows)
    return {
        "companies": len(company_rows),
        "people": len(people_rows),
        "conversations": len(conv_rows),
        "stage changes": len(changes),
        "interactions": len(planned),
        "tasks": len(task_rows),
    }


def _in_order(steps):
    """Stage changes never go back in time (a meeting set earlier than the decision is moved)."""
    fixed, latest = [], None
    for stage, t in steps:
        latest = t if latest is None or t > latest else latest
        fixed.append((stage, latest))
    return fixed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--email", default=DEFAULT_EMAIL)
    parser.add_argument("--password", help="default: a random, readable one (printed)")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--companies", type=int, default=2_000)
    parser.add_argument("--conversations", type=int, default=3_000)
    parser.add_argument("--interactions", type=int, default=30_000)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--reset", action="store_true", help="delete the account first if it exists")
    args = parser.parse_args(argv)

    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    try:
        result = generate(
            args.email,
            args.password,
            people=args.people,
            companies=args.companies,
            conversations=args.conversations,
            interactions=args.interactions,
            tasks=args.tasks,
            reset=args.reset,
        )
    except UserExists as e:
        print(f"generate.py: {e}", file=sys.stderr)
        return 1
    print(f"Database: {settings.DATABASES['default']['NAME']}")
    print(", ".join(f"{n} {what}" for what, n in result.counts.items()) + f" in {result.seconds:.1f} s.")
    print(f"Sign in with  e-mail: {result.user.email}  password: {result.password}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
