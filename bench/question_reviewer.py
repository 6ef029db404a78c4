"""The question reviewer: accuracy on the labelled sets, and speed of `coffeechat check questions`.

    uv run python bench/question_reviewer.py [--n 20000]

Accuracy: precision and recall for the verdicts "avoid" and "ok" on the table the tests use
(coffeechat/questions/tests/reviewer_cases.py) and on a second set written after the rules
(reviewer_holdout.py, since used to fix the rules), and on the fresh sets written from METHOD.md
alone (reviewer_fresh.py: FRESH, measured before any change, then used to improve the rules;
FRESH_2, written after those changes, measured once, then used for a second round; FRESH_3, written
after that and measured once, then a check while the cue rules were written), and on the development rows of
the cue rules (reviewer_variants.py: VARIANTS and the probe sets, each measured once before it was used).
FRESH_4 (written by someone else, blind; measured once on the cue rules, never tuned on). Speed: questions
per second for the reviewer in-process, and for the whole command (`python -m coffeechat check
questions FILE --json`, start-up included) on a file of --n questions drawn from all sets and the bank.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coffeechat.settings")


def scores(pairs, label):
    """Precision and recall of the reviewer for one verdict; pairs are (expected, got)."""
    tp = sum(1 for want, got in pairs if want == label and got == label)
    predicted = sum(1 for _want, got in pairs if got == label)
    actual = sum(1 for want, _got in pairs if want == label)
    return (tp / predicted if predicted else 1.0), (tp / actual if actual else 1.0), actual


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000)
    args = parser.parse_args()

    from coffeechat.questions.bank import QUESTIONS
    from coffeechat.questions.reviewer import review
    from coffeechat.questions.tests import reviewer_fresh, reviewer_variants
    from coffeechat.questions.tests.reviewer_cases import CASES
    from coffeechat.questions.tests.reviewer_holdout import HOLDOUT

    sets = {
        "table (tests)": [(text, verdict) for text, verdict, _rule in CASES],
        "held-out": list(HOLDOUT),
        "fresh": [(text, verdict) for text, verdict, _why in reviewer_fresh.FRESH],
    }
    for n, name in ((2, "FRESH_2"), (3, "FRESH_3"), (4, "FRESH_4")):
        sets[f"fresh {n}"] = [(text, verdict) for text, verdict, _why in getattr(reviewer_fresh, name)]
    probes = sorted((n for n in vars(reviewer_variants) if n.startswith("PROBE_")), key=lambda n: int(n[6:]))
    for name in ["VARIANTS", *probes]:
        sets[name.lower().replace("_", " ")] = [
            (text, verdict) for text, verdict, _ in getattr(reviewer_variants, name)
        ]
    print("Accuracy")
    for name, labelled in sets.items():
        pairs = [(verdict, review(text).verdict) for text, verdict in labelled]
        for label in ("avoid", "ok"):
            p, r, n = scores(pairs, label)
            print(
                f"  {name:14} {label:6} precision {p:.3f}  recall {r:.3f}"
                f"  ({n} labelled {label}, {len(pairs)} in all)"
            )
        flagged = sum(1 for want, got in pairs if want == "avoid" and got != "ok")
        avoid_n = sum(1 for want, _got in pairs if want == "avoid")
        print(f"  {name:14} avoid flagged at all (weak or avoid): {flagged}/{avoid_n}")
        wrong = [
            (text, verdict, review(text).verdict)
            for text, verdict in labelled
            if review(text).verdict != verdict
        ]
        for text, want, got in wrong:
            print(f"    expected {want:5}, got {got:5}: {text}")

    texts = [t for labelled in sets.values() for t, _v in labelled] + [q.text for q in QUESTIONS]
    lines = [texts[i % len(texts)] + ("" if i < len(texts) else f" ({i})") for i in range(args.n)]
    start = time.perf_counter()
    for line in lines:
        review(line)
    in_process = time.perf_counter() - start
    print("\nSpeed")
    print(f"  reviewer in-process: {args.n / in_process:,.0f} questions/s ({args.n} in {in_process:.2f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "questions.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        env = {**os.environ, "COFFEECHAT_DATA_DIR": tmp, "DATABASE_URL": ""}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "coffeechat", "check", "questions", str(path), "--json"],
            env=env,
            capture_output=True,
            cwd=ROOT,
        )
        whole = time.perf_counter() - start
        assert result.returncode in (0, 1), result.stderr.decode()
        assert len(result.stdout.splitlines()) == args.n
        print(
            f"  coffeechat check questions --json: {args.n / whole:,.0f} questions/s "
            f"({args.n} in {whole:.2f} s, Django start-up included)"
        )


if __name__ == "__main__":
    main()
