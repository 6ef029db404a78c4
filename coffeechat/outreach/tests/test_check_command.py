"""`coffeechat check message FILE|-`: the checker for scripts, with stable exit codes and JSON."""

import io
import json
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

GOOD = "Hi Ana, we met at the Lyon meetup. Would you have 20 minutes to share your advice on design?"
BAD = "I am looking for a job. Please see my attached CV."


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command("check", *args, stdout=out, stderr=err)
    return exited.value.code, out.getvalue(), err.getvalue()


def test_a_ready_message_exits_0(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD)
    code, out, _ = run("message", str(path))
    assert code == 0 and "Ready to send." in out


def test_findings_exit_1_with_rule_ids_in_json(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(BAD)
    code, out, _ = run("message", str(path), "--json")
    data = json.loads(out)
    assert code == 1 and data["ready"] is False and data["words"] == 11
    assert [f["rule"] for f in data["findings"]][:2] == ["connection_first", "asks_for_job"]
    assert all(f["message"] for f in data["findings"])


def test_the_limit_and_channel_options(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(GOOD + " Your work inspires me." * 20)
    assert "too_many_characters" in run("message", str(path), "--channel", "linkedin")[1]
    assert "[too_long]" in run("message", str(path))[1]
    assert "[too_long]" not in run("message", str(path), "--limit", "150")[1]


@pytest.mark.parametrize("content", [None, b"\xff\xfe\x00bad"])
def test_an_unreadable_input_exits_2_and_says_why(tmp_path, content):
    path = tmp_path / "missing.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run("message", str(path))
    assert code == 2 and out == ""
    assert str(path) in err and ("No such file" in err or "not UTF-8" in err)


def test_standard_input_and_plain_check_still_work(tmp_path):
    env = {**os.environ, "DATABASE_URL": "", "COFFEECHAT_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    piped = subprocess.run(
        [sys.executable, "-m", "coffeechat", "check", "message", "-", "--json"],
        input=GOOD,
        env=env,
        capture_output=True,
        text=True,
    )
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["ready"] is True
    plain = subprocess.run(
        [sys.executable, "-m", "coffeechat", "check"], env=env, capture_output=True, text=True
    )
    assert plain.returncode == 0 and "no issues" in plain.stdout


def test_help_shows_our_usage_first_and_keeps_djangos_options():
    from coffeechat.outreach.management.commands.check import Command

    text = Command().create_parser("coffeechat", "check").format_help()
    usage = text.split("\n\n")[0]
    assert usage.startswith("usage: coffeechat check message FILE"), usage
    assert "coffeechat check questions FILE" in usage and "--deploy" in usage
    assert "message FILE" in text.split("\n\n")[1]  # the description names our checkers first
    assert "--fail-level" in text and "--json" in text  # Django's options still work


def test_help_from_the_command_line_is_ours(tmp_path):
    env = {**os.environ, "DATABASE_URL": "", "COFFEECHAT_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    shown = subprocess.run(
        [sys.executable, "-m", "coffeechat", "check", "--help"], env=env, capture_output=True, text=True
    )
    assert shown.returncode == 0 and "check questions FILE" in shown.stdout.splitlines()[1]


@pytest.mark.parametrize("what", ["message", "questions"])
@pytest.mark.parametrize("content", ["", " \n\n\t\n"])
def test_empty_input_is_a_usage_error_saying_so(tmp_path, monkeypatch, what, content):
    path = tmp_path / "empty.txt"
    path.write_text(content)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("check", what, str(path), stdout=out, stderr=err)
    assert refused.value.returncode == 2
    assert "empty.txt" in str(refused.value) and "nothing to check" in str(refused.value).lower()
    assert out.getvalue() == ""


def test_empty_standard_input_exits_2_from_the_command_line(tmp_path):
    env = {**os.environ, "DATABASE_URL": "", "COFFEECHAT_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    empty = subprocess.run(
        [sys.executable, "-m", "coffeechat", "check", "questions", "-"],
        input="",
        env=env,
        capture_output=True,
        text=True,
    )
    assert empty.returncode == 2 and "standard input" in empty.stderr and empty.stdout == ""
