"""The README is the contract with a newcomer: these tests fail when it falls behind the code."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def test_every_setting_read_from_the_environment_is_documented():
    settings_source = (ROOT / "coffeechat" / "settings.py").read_text()
    names = set(re.findall(r'env_\w+\(\s*"([A-Z0-9_]+)"', settings_source))
    assert "COFFEECHAT_SECRET_KEY" in names  # the scan itself works
    missing = sorted(name for name in names if f"`{name}`" not in README)
    assert not missing, f"Settings missing from the README's configuration table: {missing}"


def test_every_coffeechat_command_is_documented():
    commands = sorted(
        p.stem
        for p in (ROOT / "coffeechat").glob("**/management/commands/*.py")
        if not p.stem.startswith("_")
    )
    assert "serve" in commands
    missing = [c for c in commands if f"`coffeechat {c}" not in README]
    assert not missing, f"Commands missing from the README: {missing}"


def test_the_two_setup_commands_exist_and_ci_runs_the_test_one():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "    make run\n" in README and "    make test\n" in README
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.count("make test") >= 2, "CI must run the README's test command on SQLite and PostgreSQL"
    assert "DATABASE_URL=" in ci


def test_the_deployment_guide_is_linked_and_names_only_real_settings():
    guide = (ROOT / "docs" / "deploy.md").read_text()
    assert "(docs/deploy.md)" in README
    settings_source = (ROOT / "coffeechat" / "settings.py").read_text()
    known = set(re.findall(r'env_\w+\(\s*"([A-Z0-9_]+)"', settings_source)) | {"DATABASE_URL"}
    named = {
        name.removesuffix("_FILE") for name in re.findall(r"\b(COFFEECHAT_[A-Z0-9_]+|DATABASE_URL)\b", guide)
    }
    unknown = sorted(named - known)
    assert not unknown, f"docs/deploy.md names settings that do not exist: {unknown}"
    for required in ("DATABASE_URL", "COFFEECHAT_SECRET_KEY", "COFFEECHAT_ALLOWED_HOSTS", "COFFEECHAT_HTTPS"):
        assert f"`{required}`" in guide
    assert "check --deploy --fail-level WARNING" in guide
