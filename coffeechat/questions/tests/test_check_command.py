"""`coffeechat check questions FILE`: the reviewer on the command line, run as a user would."""

import json
import os
import subprocess
import sys


def run(tmp_path, *args, stdin: bytes = b""):
    env = {**os.environ, "DATABASE_URL": "", "COFFEECHAT_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' conftest in this process
    return subprocess.run(
        [sys.executable, "-m", "coffeechat", "check", *args], env=env, input=stdin, capture_output=True
    )


def test_a_file_of_questions_gets_verdicts_and_exit_status_1_when_any_is_not_ok(tmp_path):
    path = tmp_path / "questions.txt"
    path.write_text("Any openings on your team?\n\nWhat does a typical day in your job look like?\n")
    result = run(tmp_path, "questions", str(path))
    out = result.stdout.decode()
    assert result.returncode == 1, result.stderr
    assert "avoid  Any openings on your team?" in out
    assert "job_ask: This asks for a job" in out
    assert "ok     What does a typical day in your job look like?" in out
    assert "2 questions: 1 ok, 0 weak, 1 to avoid." in out


def test_json_from_standard_input_one_object_per_question(tmp_path):
    result = run(tmp_path, "questions", "-", "--json", stdin=b"Do you like your job?\nWhat surprised you?\n")
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert result.returncode == 1
    assert lines[0]["text"] == "Do you like your job?"
    assert lines[0]["verdict"] == "weak"
    assert lines[0]["reasons"][0]["rule"] == "closed"
    assert set(lines[0]["reasons"][0]) == {"rule", "message", "suggestion"}
    assert lines[1] == {"text": "What surprised you?", "verdict": "ok", "reasons": []}


def test_all_ok_exits_0(tmp_path):
    result = run(
        tmp_path, "questions", "-", stdin="\ufeffWhat surprised you most when you started?\r\n".encode()
    )
    assert result.returncode == 0, result.stdout
    assert b"1 question: 1 ok" in result.stdout


def test_unreadable_input_exits_2_with_a_clear_message(tmp_path):
    missing = run(tmp_path, "questions", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert b"Cannot read" in missing.stderr and b"Traceback" not in missing.stderr
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Qu'est-ce qui vous a surpris, \xe9t\xe9?".encode("latin-1"))
    result = run(tmp_path, "questions", str(latin))
    assert result.returncode == 2
    assert b"not UTF-8" in result.stderr
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02")
    assert run(tmp_path, "questions", str(binary)).returncode == 2
    assert run(tmp_path, "questions", str(tmp_path)).returncode == 2  # a directory
    no_file = run(tmp_path, "questions")  # a usage error is not "some questions are weak" (1)
    assert no_file.returncode == 2 and b"Usage: coffeechat check questions FILE" in no_file.stderr


def test_plain_check_is_still_djangos_system_check(tmp_path):
    result = run(tmp_path)
    assert result.returncode == 0
    assert b"no issues" in result.stdout
