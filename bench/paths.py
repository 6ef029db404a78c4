"""Warm paths on a power-user account with 50,000 know-edges.

    uv run python bench/paths.py [--edges 50000] [--runs 200] [--data-dir DIR]

1. Generates the power-user account (bench/generate.py: 10,000 people, 2,000 companies...) in a
   fresh temporary COFFEECHAT_DATA_DIR unless one is given (DATABASE_URL is honoured; an account
   built before in a given directory is reused), then adds two companies and the network around them:
   - "Globex Bench", a big employer: 60 people there now, 40 who worked there before;
   - "Initech Bench", the extreme: 300 there now, 200 before, and a tenth of all connections
     touching its people (about 7,500 edges to weigh);
   50,000 who-knows-whom connections, 500 introductions, and five schools of 2,000 members each
   (one of them yours).
2. Times, in-process, `company_paths()` for each (the warm paths, two steps included, and the two
   suggested contacts), and the company page and the page of someone there through Django's test
   client (template rendering included), `--runs` times each after a warm-up.
3. Prints p50/p95 in ms and the query counts, and PASS/FAIL against the target: p95 <= 30 ms for
   the warm paths.

A measurement, not a test: it exits 0 unless something crashes.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import generate  # noqa: E402

TARGET_MS = 30.0
EMAIL = "paths@coffeechat.local"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edges", type=int, default=50_000, help="who-knows-whom connections (50000)")
    parser.add_argument("--runs", type=int, default=200, help="timed runs per measurement (200)")
    parser.add_argument("--data-dir", help="use this COFFEECHAT_DATA_DIR instead of a temporary one")
    args = parser.parse_args(argv)
    with generate.data_dir(args.data_dir, keep=False, prefix="coffeechat-bench-paths-"):
        run(args)
    return 0


def _company(user, rng, people, name, now, before):
    from coffeechat.network.models import Company, Job, Person

    company = Company.objects.create(owner=user, name=name, industry="Research")
    there = rng.sample([p for p in people if p.company_id is None or rng.random() < 0.5], now)
    for p in there:
        p.company = company
    Person.objects.bulk_update(there, ["company"])
    Job.objects.bulk_create(Job(owner=user, person=p, company=company, title=p.title) for p in there)
    gone = rng.sample([p for p in people if p.company_id != company.pk], before)
    Job.objects.bulk_create(
        Job(owner=user, person=p, company=company, title="UX Researcher", is_current=False) for p in gone
    )
    return company, [p.pk for p in there]


def build(args):
    from django.db import transaction

    from coffeechat.network.models import Affiliation, Connection, Person

    started = time.monotonic()
    user = generate.generate(EMAIL, reset=True).user
    rng = random.Random(7)
    with transaction.atomic():
        people = list(Person.objects.for_owner(user).order_by("pk"))
        typical, _ = _company(user, rng, people, "Globex Bench", 60, 40)
        extreme, extreme_ids = _company(user, rng, people, "Initech Bench", 300, 200)
        pairs, ids = set(), [p.pk for p in people]
        while len(pairs) < args.edges:
            # A tenth of the edges touch Initech's people: a company at the centre of your network.
            a = rng.choice(extreme_ids) if len(pairs) % 10 == 0 else rng.choice(ids)
            b = rng.choice(ids)
            if a != b:
                pairs.add((min(a, b), max(a, b)))
        kinds = ["worked", "studied", "friends", "family", "met", "other"]
        Connection.objects.bulk_create(
            (Connection(owner=user, person_id=a, other_id=b, how=rng.choice(kinds)) for a, b in pairs),
            batch_size=5000,
        )
        introduced = rng.sample(people, 500)
        for p in introduced:
            p.introduced_by = rng.choice(people)
        Person.objects.bulk_update([p for p in introduced if p.introduced_by_id != p.pk], ["introduced_by"])
        groups = [
            Affiliation.objects.create(owner=user, name=f"Group {i}", kind="school", includes_me=i == 0)
            for i in range(5)
        ]
        through = Affiliation.members.through
        through.objects.bulk_create(
            through(affiliation_id=g.pk, person_id=p.pk) for g in groups for p in rng.sample(people, 2000)
        )
    user.target_role = "UX research"
    user.save()
    print(
        f"Built {EMAIL} in {time.monotonic() - started:.1f} s: {len(people)} people, "
        f"{Connection.objects.for_owner(user).count()} connections; Globex Bench: 60 people there, "
        "40 before; Initech Bench: 300 there, 200 before, a tenth of all connections touching them."
    )
    return user, typical, extreme


def existing():
    """The account built by an earlier run in the same --data-dir, if there is one."""
    from coffeechat.accounts.models import User
    from coffeechat.network.models import Company

    user = User.objects.filter(email=EMAIL).first()
    companies = (
        Company.objects.for_owner(user).filter(name__in=["Globex Bench", "Initech Bench"]) if user else []
    )
    found = {c.name: c for c in companies}
    if len(found) == 2:
        print(f"Reusing {EMAIL} from the data directory.")
        return user, found["Globex Bench"], found["Initech Bench"]
    return None


class counting:
    """Counts the queries run inside the block (a request resets Django's own query log)."""

    def __init__(self, connection):
        self.connection, self.count = connection, 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)

    def __enter__(self):
        self.wrapper = self.connection.execute_wrapper(self)
        self.wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        self.wrapper.__exit__(*exc)

    def __len__(self) -> int:
        return self.count


def timed(fn, runs: int) -> tuple[float, float, float, float]:
    """p50 and p95 in ms of wall-clock time, then of this process's CPU time (which SQLite's work
    counts in, and other programs on a busy machine do not)."""
    for _ in range(max(5, runs // 10)):
        fn()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    p95 = int(runs * 0.95) - 1
    wall.sort()
    cpu.sort()
    return statistics.median(wall), wall[p95], statistics.median(cpu), cpu[p95]


def run(args) -> None:
    generate.setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from coffeechat.network.models import Person
    from coffeechat.network.paths import company_paths

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    print(f"Database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
    user, typical, extreme = existing() or build(args)
    connection.close()  # a fresh connection, as a request would have
    client = Client(SERVER_NAME="localhost")
    client.force_login(user)
    rows = []
    for company in (typical, extreme):
        paths = company_paths(user, company)
        print(
            f"{company.name}: {len(paths.now)} known there now, {len(paths.two_steps)} two-step paths shown, "
            f"{len(paths.before)} before; suggested: {', '.join(s.person.name for s in paths.suggestions)}."
        )
        person = Person.objects.for_owner(user).filter(company=company).order_by("pk").first()
        for name, fn in [
            (f"company_paths({company.name})", lambda c=company: company_paths(user, c)),
            (f"GET /companies/{company.pk}/", lambda c=company: client.get(f"/companies/{c.pk}/")),
            (f"GET /people/{person.pk}/", lambda p=person: client.get(f"/people/{p.pk}/")),
        ]:
            with counting(connection) as queries:
                response = fn()
            if getattr(response, "status_code", 200) != 200:
                raise RuntimeError(f"{name} answered {response.status_code}")
            rows.append((name, *timed(fn, args.runs), len(queries)))
    print(
        f"\n{'measurement':36} {'p50 ms':>7} {'p95 ms':>7} {'cpu p50':>8} {'cpu p95':>8} "
        f"{'queries':>8}  result"
    )
    for name, p50, p95, cpu50, cpu95, n in rows:
        verdict = ("PASS" if p95 <= TARGET_MS else "FAIL") if name.startswith("company_paths") else "(info)"
        print(f"{name:36} {p50:7.1f} {p95:7.1f} {cpu50:8.1f} {cpu95:8.1f} {n:8}  {verdict}")
    print(f"\nTarget: warm paths p95 <= {TARGET_MS:.0f} ms. Load average now: {os.getloadavg()[0]:.1f}.")


if __name__ == "__main__":
    sys.exit(main())
