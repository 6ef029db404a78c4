"""`coffeechat check questions FILE`: the question reviewer on the command line (one question per
line, `-` for standard input), with the same rules as the plan page.

Exit status: 0 when every question is ok, 1 when any is weak or to avoid, 2 when the input cannot be
read. The `check` command itself (in outreach) dispatches here.
"""

import json
import sys

from django.core.management.base import CommandError

from coffeechat.questions.reviewer import OK, review

LABELS = {"ok": "ok   ", "weak": "weak ", "avoid": "avoid"}


def check_questions(command, source: str, as_json: bool) -> None:
    """Print the reviewer's verdict on each question of `source`; exit 1 when any is not ok."""
    lines = [line.strip() for line in read_lines(source)]
    if not any(lines):
        where = "standard input" if source == "-" else source
        raise CommandError(
            f"Nothing to check: {where} is empty. Give one question per line, e.g. "
            "`coffeechat check questions questions.txt`.",
            returncode=2,
        )
    reviews = [review(line) for line in lines if line]
    out = []
    for result in reviews:
        if as_json:
            out.append(json.dumps(result.as_dict(), ensure_ascii=False))
            continue
        out.append(f"{LABELS[result.verdict]}  {result.text}")
        for reason in result.reasons:
            out.append(f"       {reason.rule}: {reason.message}")
            out.append(f"       Try: {reason.suggestion}")
    if not as_json:
        counts = {v: sum(r.verdict == v for r in reviews) for v in ("ok", "weak", "avoid")}
        out.append(
            f"{len(reviews)} question{'s' if len(reviews) != 1 else ''}: {counts['ok']} ok, "
            f"{counts['weak']} weak, {counts['avoid']} to avoid."
        )
    if out:
        command.stdout.write("\n".join(out))
    if any(r.verdict != OK for r in reviews):
        sys.exit(1)


def read_lines(source: str) -> list[str]:
    """The lines of a file (or of standard input for `-`), as UTF-8; CommandError (exit 2) if unreadable."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else open(source, "rb").read()  # noqa: SIM115
    except OSError as e:
        raise CommandError(f"Cannot read {source}: {e.strerror or e}.", returncode=2) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CommandError(
            f"{source} is not UTF-8 text (byte {e.start + 1} cannot be read); save it as UTF-8 "
            "and try again.",
            returncode=2,
        ) from None
    if "\x00" in text:
        raise CommandError(f"{source} looks like a binary file, not one question per line.", returncode=2)
    return text.splitlines()
