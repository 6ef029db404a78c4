"""coffeechat import linkedin|google|vcard|outlook FILE [--user EMAIL] [--dry-run]"""

import io
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command

from coffeechat.accounts.models import User
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Person

FIXTURES = Path(__file__).parent / "fixtures" / "imports"


class ImportCommandTests(BaseTestCase):
    def call(self, *args) -> str:
        out = io.StringIO()
        call_command("import", *args, stdout=out)
        return out.getvalue()

    def test_it_imports_and_prints_the_summary(self):
        out = self.call("linkedin", str(FIXTURES / "linkedin_current.csv"), "--user", "ALICE@example.org")
        self.assertIn("New people: 4.", out)
        self.assertIn("Job changes: 1.", out)
        self.assertIn("Ana Lima moved from Acme Robotics to Globex.", out)
        self.assertIn("Line 6: skipped, no name", out)
        self.assertTrue(Person.objects.filter(owner=self.alice, name="Li Wei").exists())

    def test_dry_run_changes_nothing(self):
        with self.assertNothingChanged():
            out = self.call(
                "vcard", str(FIXTURES / "contacts.vcf"), "--user", "alice@example.org", "--dry-run"
            )
        self.assertIn("New people: 2.\nUpdated people: 1.", out)  # Ana is already there
        self.assertIn("Dry run: nothing was changed.", out)

    def test_unreadable_files_fail_with_a_message_and_write_nothing(self):
        with tempfile.NamedTemporaryFile(suffix=".csv") as pdf:
            pdf.write(b"%PDF-1.4\n")
            pdf.flush()
            for path, message in [
                ("/no/such/file.csv", "Cannot read"),
                (pdf.name, "PDF"),
                ("/", "Cannot read"),
            ]:
                with (
                    self.subTest(path),
                    self.assertNothingChanged(),
                    self.assertRaises(CommandError) as caught,
                ):
                    self.call("linkedin", path, "--user", "alice@example.org")
                self.assertIn(message, str(caught.exception))
                self.assertIn("Nothing was imported", str(caught.exception))

    def test_user_may_be_left_out_only_when_there_is_one_account(self):
        with self.assertRaisesMessage(CommandError, "several accounts"):
            self.call("linkedin", str(FIXTURES / "linkedin_2018.csv"))
        User.objects.exclude(pk=self.alice.pk).delete()
        self.assertIn("New people: 2.", self.call("linkedin", str(FIXTURES / "linkedin_2018.csv")))
        with self.assertRaisesMessage(CommandError, "No account with the e-mail nobody@example.org"):
            self.call("linkedin", str(FIXTURES / "linkedin_2018.csv"), "--user", "nobody@example.org")
