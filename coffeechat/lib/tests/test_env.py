import os
import tempfile
from pathlib import Path
from unittest import mock

from django.test import SimpleTestCase
from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib.env import ConfigError, env_bool, env_int, env_list, env_str

NAME = "COFFEECHAT_TEST_SETTING"
TRUE = ["1", "true", "yes", "on", "TRUE", " Yes ", "On"]
FALSE = ["0", "false", "no", "off", "", "FALSE", " No ", "Off\n"]
env_values = st.text(max_size=20).filter(lambda s: "\x00" not in s)


def environ(**values):
    """Set (str) or unset (None) variables for the duration of a with block."""
    patch = mock.patch.dict(os.environ)
    patch.start()
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    return patch


class EnvBoolTests(SimpleTestCase):
    def test_the_true_spellings(self):
        for raw in TRUE:
            with self.subTest(raw=raw), environ(**{NAME: raw}):
                self.assertIs(env_bool(NAME, False), True)

    def test_the_false_spellings(self):
        for raw in FALSE:
            with self.subTest(raw=raw), environ(**{NAME: raw}):
                self.assertIs(env_bool(NAME, True), False)

    def test_unset_means_the_default(self):
        with environ(**{NAME: None}):
            self.assertIs(env_bool(NAME, True), True)
            self.assertIs(env_bool(NAME, False), False)

    @given(env_values)
    def test_anything_else_is_an_error_naming_the_variable(self, raw):
        with environ(**{NAME: raw}):
            if raw.strip().lower() in {"1", "true", "yes", "on"}:
                self.assertIs(env_bool(NAME), True)
            elif raw.strip().lower() in {"0", "false", "no", "off", ""}:
                self.assertIs(env_bool(NAME, True), False)
            else:
                with self.assertRaises(ConfigError) as refused:
                    env_bool(NAME)
                self.assertIn(NAME, str(refused.exception))
                self.assertIn("is not a boolean", str(refused.exception))

    def test_a_typo_is_an_error(self):
        for raw in ("ture", "flase", "2", "y", "enabled"):
            with self.subTest(raw=raw), environ(**{NAME: raw}), self.assertRaises(ConfigError):
                env_bool(NAME)


class EnvStrTests(SimpleTestCase):
    def test_it_reads_the_variable_or_the_default(self):
        with environ(**{NAME: "value", f"{NAME}_FILE": None}):
            self.assertEqual(env_str(NAME, "default"), "value")
        with environ(**{NAME: None, f"{NAME}_FILE": None}):
            self.assertEqual(env_str(NAME, "default"), "default")

    def test_a_secret_can_come_from_a_file_which_wins(self):
        with tempfile.TemporaryDirectory() as tmp:
            secret = Path(tmp) / "secret"
            secret.write_text("  s3cret with spaces inside \n", encoding="utf-8")
            with environ(**{NAME: "from the environment", f"{NAME}_FILE": str(secret)}):
                self.assertEqual(env_str(NAME), "s3cret with spaces inside")

    def test_an_unreadable_file_is_an_error_naming_it(self):
        missing = "/nonexistent/coffeechat/secret"
        with environ(**{f"{NAME}_FILE": missing}), self.assertRaises(ConfigError) as refused:
            env_str(NAME)
        self.assertIn(f"{NAME}_FILE", str(refused.exception))
        self.assertIn(missing, str(refused.exception))

    def test_an_empty_file_name_is_ignored(self):
        with environ(**{NAME: "value", f"{NAME}_FILE": ""}):
            self.assertEqual(env_str(NAME), "value")

    @given(env_values.filter(lambda s: s == s.strip() and "\r" not in s))
    def test_a_file_gives_back_what_was_written(self, value):
        with tempfile.TemporaryDirectory() as tmp:
            secret = Path(tmp) / "secret"
            secret.write_text(value + "\n", encoding="utf-8")
            with environ(**{f"{NAME}_FILE": str(secret)}):
                self.assertEqual(env_str(NAME), value)


class EnvIntAndListTests(SimpleTestCase):
    def test_env_int(self):
        with environ(**{NAME: " 42 "}):
            self.assertEqual(env_int(NAME, 1), 42)
        for raw in (None, "", "  "):
            with environ(**{NAME: raw}):
                self.assertEqual(env_int(NAME, 7), 7)
        with environ(**{NAME: "forty"}), self.assertRaisesMessage(ConfigError, "is not a whole number"):
            env_int(NAME, 1)

    def test_env_list(self):
        with environ(**{NAME: " a.example, ,b.example,"}):
            self.assertEqual(env_list(NAME, ["x"]), ["a.example", "b.example"])
        with environ(**{NAME: None}):
            self.assertEqual(env_list(NAME, ["x"]), ["x"])
        with environ(**{NAME: ""}):
            self.assertEqual(env_list(NAME, ["x"]), [])
