"""The `coffeechat` command itself: python -m coffeechat, and configuration errors."""

import os
import subprocess
import sys


def _run(*args, **env):
    full_env = {**os.environ, "DATABASE_URL": "", **env}
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "coffeechat", *args], env=full_env, capture_output=True, text=True
    )


def test_python_m_coffeechat_is_manage_py(tmp_path):
    result = _run("check", COFFEECHAT_DATA_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_a_mistyped_boolean_stops_with_a_clear_message(tmp_path):
    result = _run("check", COFFEECHAT_DATA_DIR=str(tmp_path), COFFEECHAT_DEBUG="ture")
    assert result.returncode != 0
    assert "COFFEECHAT_DEBUG='ture' is not a boolean" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_secret_can_come_from_a_file(tmp_path):
    secret = tmp_path / "key"
    secret.write_text("s" * 60 + "\n")
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    result = _run(
        "shell", "-c", code, COFFEECHAT_DATA_DIR=str(tmp_path), COFFEECHAT_SECRET_KEY_FILE=str(secret)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "s" * 60
