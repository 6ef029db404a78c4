"""Import speed: a 30,000-row LinkedIn Connections.csv into the power-user account, through the CLI.

    uv run python bench/imports.py [--rows 30000] [--data-dir DIR] [--keep]

1. In a fresh temporary COFFEECHAT_DATA_DIR (DATABASE_URL is honoured) it migrates and creates the
   power-user account with generate.py (10,000 people, 2,000 companies...).
2. Writes a Connections.csv in LinkedIn's current layout (Notes: preamble) with --rows rows: a sixth
   are people already in the account (same profile URL; a third of those at a new employer), one
   in a hundred is blank, the rest are new people at a mix of known and unknown companies, with
   quoted commas, emoji and percent-encoded URLs.
3. Times, end to end as a user would run them (a new process each, Django start-up included):
   the preview (`coffeechat import linkedin FILE --dry-run`), the import, and the same import again
   (which must change nothing). Then, in-process, where the time of a preview goes (decoding and
   parsing, planning), and how long finding possible duplicates takes among everyone.
4. Prints the numbers and PASS/FAIL against the targets: preview <= 2 s, import <= 3 s.

A measurement, not a test: it exits 0 unless something crashes.
"""

import argparse
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

import generate  # noqa: E402

PREVIEW_TARGET, IMPORT_TARGET = 2.0, 3.0


def write_connections(path: Path, rows: int, existing: list[tuple[str, str]], seed: int = 7) -> None:
    """existing: (name, linkedin URL) of people already in the account."""
    rng = random.Random(seed)
    companies = [f"{a} {b}" for a in generate.COMPANY_A for b in generate.COMPANY_B]
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    known = rng.sample(existing, min(len(existing), rows // 6))
    for i in range(rows):
        month = rng.choice(["Jan", "Mar", "May", "Sep", "Dec"])
        day = f"{rng.randint(1, 28):02d} {month} {rng.randint(2012, 2025)}"
        if i % 100 == 99:
            lines.append(f",,,,,,{day}")
            continue
        if i < len(known):
            name, url = known[i]
            first, _, last = name.partition(" ")
        else:
            first, last = rng.choice(generate.FIRST), rng.choice(generate.LAST)
            url = f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{i:05x}".replace("é", "%C3%A9")
        if rng.random() < 0.1:
            company = f'"{rng.choice(companies)}, Inc."'
        elif rng.random() < 0.2:
            company = f"New Venture {rng.randrange(3000)} 🚀"
        else:
            company = rng.choice(companies)
        email = f"c{i}@example.net" if rng.random() < 0.05 else ""
        title = rng.choice(generate.TITLES)
        lines.append(f'{first},"{last}",{url},{email},{company},{title},{day}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed(args: list[str], env: dict) -> tuple[float, float, str]:
    """Wall-clock seconds, CPU seconds (user + system: what the machine's other work does not
    inflate much) and the output of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(args, env=env, capture_output=True, text=True, cwd=ROOT)
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return seconds, cpu, done.stdout


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--data-dir", help="use this COFFEECHAT_DATA_DIR instead of a temporary one")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    args = parser.parse_args(argv)
    with generate.data_dir(args.data_dir, keep=args.keep, prefix="coffeechat-bench-imports-"):
        run(args)
    return 0


def run(args) -> None:
    generate.setup_django()
    from django.core.management import call_command

    from coffeechat.network.models import Person

    call_command("migrate", interactive=False, verbosity=0)
    result = generate.generate(reset=True)
    user = result.user
    print(f"Power account: {', '.join(f'{n} {w}' for w, n in result.counts.items())}.")
    existing = list(
        Person.objects.for_owner(user).exclude(linkedin_url="").values_list("name", "linkedin_url")
    )
    path = Path(os.environ["COFFEECHAT_DATA_DIR"]) / "Connections.csv"
    write_connections(path, args.rows, existing)
    print(f"{path.name}: {args.rows} rows, {path.stat().st_size / 1024 / 1024:.1f} MB.")

    # Close this process's connection first: while it stays open, SQLite cannot fold the generator's
    # ~100 MB write-ahead log back into the database, and every command below would read through it
    # (a server's data is in the database file, its log checkpointed every 1,000 pages).
    from django.db import connection

    connection.close()
    env = dict(os.environ)
    command = [sys.executable, "-m", "coffeechat", "import", "linkedin", str(path), "--user", user.email]
    start_up = timed([sys.executable, "-m", "coffeechat", "check"], env)
    preview = timed([*command, "--dry-run"], env)
    applied = timed(command, env)
    again = timed(command, env)
    preview_out, applied_out, again_out = preview[2], applied[2], again[2]
    print("\nPreview (--dry-run):\n  " + "\n  ".join(preview_out.splitlines()[:8]))
    print("Import:\n  " + "\n  ".join(applied_out.splitlines()[:8]))
    print("Same file again:\n  " + "\n  ".join(again_out.splitlines()[:8]))

    # In-process, on the account as the import left it: where the time of a preview goes.
    from coffeechat.network.imports import parse
    from coffeechat.network.imports.apply import plan_import

    t0 = time.monotonic()
    parsed = parse("linkedin", path.read_bytes())
    t1 = time.monotonic()
    plan_import(user, parsed)
    t2 = time.monotonic()
    print(f"\nIn-process: decode and parse {t1 - t0:.2f} s, plan (read the account, match) {t2 - t1:.2f} s.")
    from coffeechat.network.duplicates import find_duplicates

    t3 = time.monotonic()
    pairs, total = find_duplicates(user)
    t4 = time.monotonic()
    people = Person.objects.for_owner(user).count()
    print(f"Possible duplicates among {people} people: {total} pairs found in {t4 - t3:.2f} s.")

    print(f"\nLoad average when done: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)")
    print(f"{'step':34} {'wall s':>7} {'CPU s':>6} {'target':>7}  result (wall clock)")
    print(f"{'coffeechat check (start-up only)':34} {start_up[0]:7.2f} {start_up[1]:6.2f}")
    for name, (seconds, cpu, _out), target in [
        ("preview (import --dry-run)", preview, PREVIEW_TARGET),
        ("import", applied, IMPORT_TARGET),
        ("same file again", again, IMPORT_TARGET),
    ]:
        print(f"{name:34} {seconds:7.2f} {cpu:6.2f} {target:7.1f}  {'PASS' if seconds <= target else 'FAIL'}")
    if "New people: 0." not in again_out or "Updated people: 0." not in again_out:
        print("Re-importing the same file changed something: FAIL")


if __name__ == "__main__":
    sys.exit(main())
