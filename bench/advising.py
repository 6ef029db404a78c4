"""The advisor dashboard and review queue over many students with real amounts of data.

    DATABASE_URL=postgres://... uv run python bench/advising.py [--students 500] [--power 5]
        [--requests 100] [--data-dir DIR]

1. Creates (or reuses, in a given data directory) an organisation with one advisor and `--students`
   students who share everything with them. Each student gets an active job search from
   bench/generate.py (100 people, 30 companies, 40 coffee chats, 300 interactions, 20 tasks);
   the first `--power` students get the full power-user account (10,000 people, 3,000 chats,
   30,000 interactions, 300 tasks).
2. Times the advisor's pages in-process (django.test.Client, signed in with force_login), after a
   warm-up, `--requests` times each, and reports p50/p95 wall time, the median CPU time of the
   Python side (less sensitive to a busy machine; the database's own time comes on top) and query
   counts.

Target (issue 7): the dashboard's p95 at most 200 ms on PostgreSQL. A measurement, not a test.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

ADVISOR_EMAIL = "advisor@coffeechat.local"
TARGET_MS = 200.0
SMALL = {"people": 100, "companies": 30, "conversations": 40, "interactions": 300, "tasks": 20}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=500)
    parser.add_argument("--power", type=int, default=5, help="students with the full power-user data (5)")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--data-dir", help="use (and keep) this COFFEECHAT_DATA_DIR")
    args = parser.parse_args(argv)
    with generate.data_dir(args.data_dir, keep=False, prefix="coffeechat-bench-"):
        run(args)
    return 0


def run(args) -> None:
    generate.setup_django()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    db = settings.DATABASES["default"]
    print(f"Database: {db['ENGINE'].rsplit('.', 1)[-1]} {db['NAME']}")
    advisor = populate(args.students, args.power)
    measure(advisor, args.requests, args.warmup)


def populate(n_students: int, n_power: int):
    from coffeechat.accounts.models import User
    from coffeechat.advising.models import Advisor, Organisation, Sharing

    org, _ = Organisation.objects.get_or_create(name="Bench Career Center")
    user = User.objects.filter(email=ADVISOR_EMAIL).first() or User.objects.create_user(
        ADVISOR_EMAIL, "x", name="Ada Advisor"
    )
    advisor, _ = Advisor.objects.get_or_create(organisation=org, user=user)
    have = advisor.sharings.count()
    started = time.monotonic()
    for i in range(have, n_students):
        sizes = {} if i < n_power else SMALL
        result = generate.generate(f"student{i:04d}@coffeechat.local", "x", seed=i, reset=True, **sizes)
        Sharing.objects.create(owner=result.user, advisor=advisor)
        if i % 50 == 49:
            print(f"  {i + 1} students ({time.monotonic() - started:.0f} s)", flush=True)
    print(f"{advisor.sharings.count()} students share with {ADVISOR_EMAIL}")
    return user


def measure(advisor, requests: int, warmup: int) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    client.force_login(advisor)
    pages = {
        "dashboard": "/advising/students/",
        "dashboard by overdue": "/advising/students/?sort=-overdue",
        "dashboard by last message": "/advising/students/?sort=last",
        "review queue": "/advising/review/",
    }
    print(
        f"\n{'page':28} {'p50 ms':>8} {'p95 ms':>8} {'cpu ms':>8} {'queries':>8}"
        f"  target p95 <= {TARGET_MS:.0f} ms"
    )
    for name, url in pages.items():
        for _ in range(warmup):
            assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        n_queries = len(queries)
        times, cpu = [], []
        for _ in range(requests):
            t, c = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            assert response.status_code == 200
        p50 = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        verdict = "PASS" if p95 <= TARGET_MS else "FAIL"
        print(f"{name:28} {p50:8.1f} {p95:8.1f} {statistics.median(cpu):8.1f} {n_queries:8d}  {verdict}")


if __name__ == "__main__":
    sys.exit(main())
