"""`coffeechat check --deploy --fail-level WARNING` is clean with what docs/deploy.md tells a server
to set, and fails when one of those is missing: the check is the deployment's safety net."""

import os
import subprocess
import sys

import pytest

SERVER = {
    "COFFEECHAT_SECRET_KEY": "k3y-" + "x7Qp2vLw9sRt" * 5,
    "COFFEECHAT_ALLOWED_HOSTS": "coffeechat.example.edu",
    "COFFEECHAT_HTTPS": "true",
    "COFFEECHAT_DEBUG": "false",
}


def check_deploy(tmp_path, **env):
    full_env = {**os.environ, "DATABASE_URL": "", "COFFEECHAT_DATA_DIR": str(tmp_path), **env}
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' conftest, in every worker
    full_env = {k: v for k, v in full_env.items() if v is not None}
    return subprocess.run(
        [sys.executable, "-m", "coffeechat", "check", "--deploy", "--fail-level", "WARNING"],
        env=full_env,
        capture_output=True,
        text=True,
    )


def test_a_server_configured_as_documented_passes(tmp_path):
    result = check_deploy(tmp_path, **SERVER)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"COFFEECHAT_HTTPS": None}, "security.W012"),  # session cookie sent over plain HTTP
        ({"COFFEECHAT_DEBUG": "true"}, "security.W018"),
        ({"COFFEECHAT_SECRET_KEY": "short"}, "security.W009"),
    ],
)
def test_it_fails_when_a_setting_is_missing_or_unsafe(tmp_path, change, complaint):
    result = check_deploy(tmp_path, **{**SERVER, **change})
    assert result.returncode != 0
    assert complaint in result.stderr


HTTPS_PROBE = """
from django.conf import settings
from django.test import Client, override_settings
# Static files are not collected in this throwaway data directory.
override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
c = Client()
r = c.get("/accounts/login/", HTTP_X_FORWARDED_PROTO="https")
print("hsts", r.headers.get("Strict-Transport-Security"))
print("csrf-secure", bool(r.cookies["csrftoken"]["secure"]))
print("session-secure", settings.SESSION_COOKIE_SECURE)
r = c.get("/accounts/login/")
print("plain", r.status_code, r.headers.get("Location"))
print("healthz", c.get("/healthz").status_code)
"""


def test_over_https_cookies_are_secure_browsers_are_told_to_stay_and_http_redirects(tmp_path):
    full_env = {**os.environ, "DATABASE_URL": "", "COFFEECHAT_DATA_DIR": str(tmp_path)}
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    full_env.update({**SERVER, "COFFEECHAT_ALLOWED_HOSTS": "testserver"})
    result = subprocess.run(
        [sys.executable, "-m", "coffeechat", "shell", "-c", HTTPS_PROBE],
        env=full_env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "hsts max-age=31536000; includeSubDomains" in lines
    assert "csrf-secure True" in lines and "session-secure True" in lines
    assert "plain 301 https://testserver/accounts/login/" in lines
    assert "healthz 200" in lines  # load balancers probe over plain HTTP
