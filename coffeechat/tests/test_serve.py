"""`coffeechat serve` as the README runs it: a real server, in a fresh data directory."""

import os
import re
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("serve-data")
    port = _free_port()
    env = {**os.environ, "COFFEECHAT_DATA_DIR": str(data_dir), "DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' conftest in this process
    proc = subprocess.Popen(
        [sys.executable, "-m", "coffeechat", "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as r:
                if r.status == 200:
                    break
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"coffeechat serve did not start:\n{proc.stdout.read()}")
        time.sleep(0.3)
    yield base, data_dir
    proc.terminate()
    proc.wait(timeout=20)


def test_a_fresh_install_sends_the_visitor_to_sign_up(server):
    base, _ = server
    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(f"{base}/")
    assert redirect.value.code == 302
    assert redirect.value.headers["Location"] == "/accounts/signup/"
    with urllib.request.urlopen(f"{base}/accounts/signup/") as r:
        assert "Welcome to coffeechat" in r.read().decode()


def test_static_files_are_served_by_whitenoise_with_debug_off(server):
    base, _ = server
    with urllib.request.urlopen(f"{base}/accounts/login/") as r:
        page = r.read().decode()
    css = re.search(r'href="(/static/coffeechat/app\.[0-9a-f]+\.css)"', page)
    assert css, "the stylesheet should have a hashed, cacheable name"
    with urllib.request.urlopen(base + css.group(1)) as r:
        assert r.status == 200
        assert "max-age" in r.headers["Cache-Control"]
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{base}/no-such-page/")
    assert missing.value.code == 404
    assert "Traceback" not in missing.value.read().decode()


def test_the_data_directory_holds_the_database_and_a_private_secret_key(server):
    _, data_dir = server
    assert (data_dir / "coffeechat.sqlite3").exists()
    key = data_dir / "secret_key"
    assert len(key.read_text().strip()) >= 50
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
