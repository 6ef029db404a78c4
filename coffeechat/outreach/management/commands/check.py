"""`coffeechat check` is Django's system check, plus `coffeechat check message FILE|-` (a request
for a coffee chat, rules in lib/checker.py) and `coffeechat check questions FILE|-` (interview
questions, rules in questions/reviewer.py).

The checkers live under Django's command name because that is where a user looks for them; any
other use of `check` runs Django's own checks unchanged.
"""

import json
import sys

from django.core.management.base import CommandError
from django.core.management.commands import check

from coffeechat.lib.checker import DEFAULT_WORD_LIMIT, EMAIL, LINKEDIN, PHONE, WORD_LIMITS, check_message
from coffeechat.questions.cli import check_questions

READY, FINDINGS, UNREADABLE = 0, 1, 2


USAGE = (
    "%(prog)s message FILE [--json] [--limit {75,100,150}] [--channel {email,linkedin,phone}]\n"
    "       %(prog)s questions FILE [--json]\n"
    "       %(prog)s [--deploy] [--fail-level LEVEL] [--tag TAG] [app_label ...]"
)


class Command(check.Command):
    help = (
        "`check message FILE` checks a request for a coffee chat; `check questions FILE` reviews "
        "interview questions, one per line. FILE may be - to read standard input. Exit status: 0 when "
        "ready (every question ok), 1 with findings, 2 when the input cannot be read or is empty. "
        "Without `message` or `questions`, this is Django's system check, with its options below."
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        """Our usage first: Django's own would list every option and `app_label` only."""
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.usage = USAGE
        return parser

    def add_arguments(self, parser):
        super().add_arguments(parser)
        for action in parser._actions:
            if action.dest == "args":
                action.metavar = "message FILE | questions FILE | app_label"
                action.help = "what to check: a request, a list of questions, or Django apps"
        parser.add_argument(
            "--json", action="store_true", help="message, questions: print the report as JSON"
        )
        parser.add_argument(
            "--limit",
            type=int,
            default=DEFAULT_WORD_LIMIT,
            choices=WORD_LIMITS,
            help=f"message: the word limit (default {DEFAULT_WORD_LIMIT})",
        )
        parser.add_argument(
            "--channel", default=EMAIL, choices=[EMAIL, LINKEDIN, PHONE], help="message: how you will ask"
        )

    def handle(self, *app_labels, **options):
        if app_labels[:1] == ("questions",):
            if len(app_labels) != 2:
                raise CommandError(
                    "Usage: coffeechat check questions FILE (or - to read standard input)", returncode=2
                )
            return check_questions(self, app_labels[1], as_json=options["json"])
        if app_labels[:1] != ("message",):
            if options["json"]:
                raise CommandError(
                    "--json goes with `coffeechat check message FILE` or `check questions FILE`."
                )
            return super().handle(*app_labels, **options)
        if len(app_labels) != 2:
            raise CommandError(
                "Usage: coffeechat check message FILE (or - to read standard input)", returncode=2
            )
        text = self._read(app_labels[1])
        if not text.strip():
            raise CommandError(nothing_to_check(app_labels[1], "a request for a coffee chat"), returncode=2)
        report = check_message(text, word_limit=options["limit"], channel=options["channel"])
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(f"{report.words} words (limit {report.limit}).")
            if report.ready:
                self.stdout.write(self.style.SUCCESS("Ready to send."))
            for finding in report.findings:
                self.stdout.write(f"- [{finding.rule}] {finding.message}")
        sys.exit(READY if report.ready else FINDINGS)

    def _read(self, name: str) -> str:
        try:
            if name == "-":
                return sys.stdin.buffer.read().decode("utf-8")
            with open(name, encoding="utf-8") as f:
                return f.read()
        except (OSError, UnicodeDecodeError) as e:
            reason = "it is not UTF-8 text" if isinstance(e, UnicodeDecodeError) else e.strerror or str(e)
            self.stderr.write(f"Cannot read {'standard input' if name == '-' else name}: {reason}.")
            sys.exit(UNREADABLE)


def nothing_to_check(name: str, what: str) -> str:
    where = "standard input" if name == "-" else name
    return f"Nothing to check: {where} is empty. Give {what}, e.g. `coffeechat check message draft.txt`."
