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
import shutil
import statistics
import sys
import tempfile
import time

TARGET_S = 10.0
EMAIL = "demo-bench@coffeechat.local"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs with --reset (5)")
    parser.add_argument("--data-dir", help="use this COFFEECHAT_DATA_DIR instead of a temporary one")
    args = parser.parse_args(argv)
    temp_dir = None
    if args.data_dir:
        os.environ["COFFEECHAT_DATA_DIR"] = args.data_dir
    elif not os.environ.get("COFFEECHAT_DATA_DIR"):
        temp_dir = tempfile.mkdtemp(prefix="coffeechat-bench-demo-")
        os.environ["COFFEECHAT_DATA_DIR"] = temp_dir
    try:
        run(args)
    finally:
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)
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
