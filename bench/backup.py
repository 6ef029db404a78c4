"""How long a full backup of the power-user account takes to write and to restore.

    uv run python bench/backup.py [--data-dir DIR]

Uses the power account of bench/generate.py (generated when missing, in a temporary data directory
unless --data-dir or COFFEECHAT_DATA_DIR is given), exports it as `coffeechat export` does, restores
the document into a fresh empty account as `coffeechat restore` does, exports that one again and
checks the two documents are the same (ids and export time aside). Prints the seconds and sizes.
The restored account is deleted at the end. A measurement, not a test.
"""

import argparse
import json
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import generate  # noqa: E402

RESTORED_EMAIL = "restored@coffeechat.local"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", help="use this COFFEECHAT_DATA_DIR instead of a temporary one")
    args = parser.parse_args(argv)
    with generate.data_dir(args.data_dir, keep=False, prefix="coffeechat-bench-"):
        run()
    return 0


def run() -> None:
    generate.setup_django()
    from django.core.management import call_command

    from coffeechat.accounts import backup
    from coffeechat.accounts.models import User

    call_command("migrate", interactive=False, verbosity=0)
    power = User.objects.filter(email=generate.DEFAULT_EMAIL).first() or generate.generate().user
    User.objects.filter(email=RESTORED_EMAIL).delete()
    fresh = User.objects.create_user(RESTORED_EMAIL, generate.readable_password())
    try:
        started = time.perf_counter()
        text = backup.dumps(backup.export_user(power))
        exported = time.perf_counter() - started

        started = time.perf_counter()
        document = backup.loads(text)
        counts = backup.restore_user(fresh, document)
        restored = time.perf_counter() - started

        again = backup.export_user(User.objects.get(pk=fresh.pk))
        same = backup.comparable(again) == backup.comparable(json.loads(text))
        print(f"{sum(counts.values())} records, {len(text.encode()) / 1e6:.1f} MB of JSON")
        print(f"export:  {exported:6.1f} s")
        print(f"restore: {restored:6.1f} s (validation and writing, one transaction)")
        print(f"round trip gives the same document: {'yes' if same else 'NO'}")
    finally:
        fresh.delete()


if __name__ == "__main__":
    sys.exit(main())
