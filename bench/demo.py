"""How long `coffeechat demo` takes, fresh and with --reset.

    uv run python bench/demo.py [--runs 5] [--data-dir DIR]

1. Migrates a fresh temporary COFFEECHAT_DATA_DIR (unless one is given; DATABASE_URL is honoured).
2. Runs the command in-process (`call_command("demo", ...)`, as `coffeechat demo` does, without the
   interpreter's start-up): once on a new account, then `--runs` times with `--reset`, which
   deletes the account with all its data and builds it again.
3. Prints each run's wall-clock time, the median and the worst, the query count of one run, and
   PASS/FAIL against the target: every run under 10 s on the 2-core machine.

A measurement, not a test: it exits 0 unless something crashes.
"""

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402  (bench/generate.py: the data directory of a bench run)

TARGET_S = 10.0
EMAIL = "demo-bench@coffeechat.local"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs with --reset (5)")
    parser.add_argument("--data-dir", help="use this COFFEECHAT_DATA_DIR instead of a temporary one")
    args = parser.parse_args(argv)
    with generate.data_dir(args.data_dir, keep=False, prefix="coffeechat-bench-demo-"):
        run(args)
    return 0


def run(args) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coffeechat.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    times = []

    def count(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    for i in range(args.runs + 1):
        options = ["--email", EMAIL, "--password", "bench-demo-password"] + (["--reset"] if i else [])
        queries = [0]
        with connection.execute_wrapper(count):
            start = time.perf_counter()
            call_command("demo", *options, stdout=io.StringIO())
            elapsed = time.perf_counter() - start
        queries = queries[0]
        times.append(elapsed)
        print(f"run {i + 1}{' (--reset)' if i else ' (new account)'}: {elapsed:.2f} s, {queries} queries")
    worst = max(times)
    print(
        f"\nmedian {statistics.median(times):.2f} s, worst {worst:.2f} s; target: every run under "
        f"{TARGET_S:.0f} s: {'PASS' if worst < TARGET_S else 'FAIL'}"
    )


if __name__ == "__main__":
    sys.exit(main())
