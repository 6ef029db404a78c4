"""Load test: a career center's week before recruiting season, with locust.

    uv run python bench/load.py [--users 50] [--seconds 60] [--students 50] [--port P] [--data-dir DIR]

1. Makes `--students` student accounts in COFFEECHAT_DATA_DIR (a fresh temporary directory unless
   --data-dir or COFFEECHAT_DATA_DIR is given; DATABASE_URL is honoured, so it runs on PostgreSQL
   too), each with a real-sized job search (bench/generate.py) and a personal API token.
2. Starts the app as the README does (`coffeechat serve`: gunicorn, 2 workers x 4 threads) on a free
   loopback port.
3. Runs locust headless (bench/load_users.py) for `--seconds` with `--users` concurrent students:
   each signs in through the login form, then works through Today, Pipeline, People (and a search),
   a person, a conversation, and API calls with their token (reads, and a task added, ticked and
   deleted), signing out and in again now and then.
4. Prints throughput, p50/p95 per request and overall, the error rate, and PASS/FAIL for zero errors;
   stops the server, even on errors. It exits 0 unless something crashes.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import generate  # noqa: E402
import pages  # noqa: E402

PASSWORD = "recruiting season 2026"
# A student a few weeks into their search: far less than bench/pages.py's power user.
STUDENT_DATA = {"people": 300, "companies": 80, "conversations": 60, "interactions": 600, "tasks": 40}


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50, help="concurrent simulated students (50)")
    parser.add_argument("--seconds", type=int, default=60, help="how long the load runs (60)")
    parser.add_argument("--spawn-rate", type=float, default=10, help="students starting per second (10)")
    parser.add_argument("--students", type=int, default=50, help="student accounts to create (50)")
    parser.add_argument("--port", type=int, help="serve on this loopback port (a free one)")
    parser.add_argument("--data-dir", help="use this COFFEECHAT_DATA_DIR instead of a temporary one")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    with generate.data_dir(args.data_dir, keep=args.keep, prefix="coffeechat-load-"):
        run(args)
    return 0


def run(args) -> None:
    generate.setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", interactive=False, verbosity=0)
    db = settings.DATABASES["default"]
    print(f"Database: {db['ENGINE'].rsplit('.', 1)[-1]} {db['NAME']}")
    data_dir = Path(os.environ["COFFEECHAT_DATA_DIR"])
    accounts_file = data_dir / "load-accounts.json"
    accounts_file.write_text(json.dumps(make_students(args.students)))
    connection.close()

    server = pages.start_server(timeout=300, port=args.port)  # collectstatic on a busy machine can be slow
    try:
        prefix = data_dir / "locust"
        command = [
            *(sys.executable, "-m", "locust", "-f", str(BENCH_DIR / "load_users.py"), "--headless"),
            *("--users", str(args.users), "--spawn-rate", str(args.spawn_rate)),
            *("--run-time", f"{args.seconds}s", "--host", server.base_url, "--csv", str(prefix)),
            *("--only-summary", "--loglevel", "WARNING", "--stop-timeout", "10"),
        ]
        env = {**os.environ, "COFFEECHAT_LOAD_ACCOUNTS": str(accounts_file)}
        print(f"locust: {args.users} students for {args.seconds} s against {server.base_url}")
        # locust prints its own table too; ours below is shorter. Its failures are in the CSV.
        subprocess.run(command, env=env, check=False, capture_output=True)
        server_errors = [line for line in server.log_path.read_text().splitlines() if "Traceback" in line]
    finally:
        server.stop()
    report(Path(f"{prefix}_stats.csv"), server_errors, args)


def make_students(n: int) -> list[dict]:
    """n student accounts with data and a token; reused (data kept) when they exist already."""
    from coffeechat.accounts.models import User
    from coffeechat.api.models import ApiToken
    from coffeechat.conversations.models import Conversation
    from coffeechat.network.models import Person

    accounts = []
    for i in range(n):
        email = f"student{i:03d}@career-center.example"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = generate.generate(email, PASSWORD, **STUDENT_DATA).user
        _, token = ApiToken.issue(user, "load test")
        accounts.append(
            {
                "email": email,
                "password": PASSWORD,
                "token": token,
                "people": list(Person.objects.for_owner(user).values_list("pk", flat=True)[:20]),
                "conversations": list(Conversation.objects.for_owner(user).values_list("pk", flat=True)[:20]),
            }
        )
        if i % 10 == 9:
            print(f"  {i + 1} students ready")
    return accounts


def report(stats_file: Path, server_errors: list[str], args) -> None:
    with open(stats_file, newline="") as f:
        rows = list(csv.DictReader(f))
    print()
    header = (
        f"{'request':<28} {'count':>6} {'errors':>6} {'req/s':>6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}"
    )
    print(header)
    print("-" * len(header))
    total = None
    for row in rows:
        line = (
            f"{row['Name'][:28]:<28} {row['Request Count']:>6} {row['Failure Count']:>6} "
            f"{float(row['Requests/s']):6.1f} {row['50%']:>7} {row['95%']:>7} "
            f"{float(row['Max Response Time']):7.0f}"
        )
        if row["Name"] == "Aggregated":
            total = row
            print("-" * len(header))
        print(line)
    requests_, failures = int(total["Request Count"]), int(total["Failure Count"])
    rate = failures / requests_ if requests_ else 1.0
    print()
    print(
        f"{args.users} students, {args.seconds} s: {requests_} requests, "
        f"{float(total['Requests/s']):.1f} req/s, "
        f"p50 {total['50%']} ms, p95 {total['95%']} ms, errors {failures} ({rate:.2%}); "
        f"server tracebacks: {len(server_errors)}"
    )
    failures_file = stats_file.with_name(stats_file.name.replace("_stats.csv", "_failures.csv"))
    if failures_file.exists():
        with open(failures_file, newline="") as f:
            for row in csv.DictReader(f):
                print(f"  {row['Occurrences']} x {row['Method']} {row['Name']}: {row['Error'][:200]}")
    print("PASS: zero errors" if failures == 0 and not server_errors and requests_ else "FAIL: errors above")


if __name__ == "__main__":
    sys.exit(main())
