"""Applying an import: matching, job changes, duplicates in the file, one transaction, idempotence."""

import datetime as dt
from pathlib import Path

from django.db import IntegrityError

from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.imports import parse
from coffeechat.network.imports.apply import import_contacts, plan_import
from coffeechat.network.models import Company, CompanyAlias, EmailAddress, Job, Person, PhoneNumber, Tag

FIXTURES = Path(__file__).parent / "fixtures" / "imports"
HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def linkedin(*rows: str) -> bytes:
    return HEADER + "".join(r + "\n" for r in rows).encode()


class ImportApplyTests(BaseTestCase):
    def run_import(self, data: bytes, kind: str = "linkedin", dry_run: bool = False, owner=None):
        return import_contacts(owner or self.alice, parse(kind, data), dry_run=dry_run)

    def test_linkedin_current_file_creates_people_with_source_and_connection_date(self):
        plan = self.run_import((FIXTURES / "linkedin_current.csv").read_bytes())
        self.assertEqual(plan.summary()["new"], 4)
        marco = Person.objects.get(owner=self.alice, name="Marco Rossi, Jr.")
        self.assertEqual((marco.source, marco.connected_on), ("linkedin", dt.date(2024, 1, 15)))
        self.assertEqual(marco.company.name, "Williams-Sonoma, Inc.")
        self.assertEqual(list(marco.emails.values_list("address", flat=True)), ["marco.rossi@example.com"])
        self.assertEqual(marco.jobs.get().company, marco.company)

    def test_a_job_change_keeps_the_old_job_as_history(self):
        plan = self.run_import((FIXTURES / "linkedin_current.csv").read_bytes())
        self.assertIn("Ana Lima moved from Acme Robotics to Globex.", plan.job_changes)
        self.ana.refresh_from_db()
        self.assertEqual((self.ana.company.name, self.ana.title), ("Globex", "Senior Product Designer"))
        self.assertEqual(self.ana.linkedin_url, "https://www.linkedin.com/in/ana-lima-1a2b3c")
        self.assertEqual(self.ana.source, "manual")  # where they first came from stays
        jobs = {(j.company.name, j.title, j.is_current) for j in self.ana.jobs.all()}
        self.assertEqual(
            jobs, {("Acme Robotics", "Product Designer", False), ("Globex", "Senior Product Designer", True)}
        )

    def test_search_finds_updated_people_at_their_new_company_and_keeps_its_triggers(self):
        from coffeechat.network import search

        self.run_import((FIXTURES / "linkedin_current.csv").read_bytes())
        found = [(h.kind_label, h.title) for h in search.search(self.alice, "senior globex")]
        self.assertIn(("Person", "Ana Lima"), found)
        self.assertFalse(search.ensure_installed())  # every trigger is back: nothing to repair
        self.ana.name = "Ana Rocha"
        self.ana.save()  # and they work again after the import
        self.assertIn(
            ("Person", "Ana Rocha"), [(h.kind_label, h.title) for h in search.search(self.alice, "rocha")]
        )

    def test_imported_people_are_contacts_so_they_open_paths_and_count_for_advocacy(self):
        from coffeechat.network.paths import company_paths
        from coffeechat.network.targets import with_lamp

        self.run_import((FIXTURES / "linkedin_current.csv").read_bytes())
        marco = Person.objects.get(owner=self.alice, name="Marco Rossi, Jr.")
        self.assertEqual(marco.relationship, "contact")
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.relationship, "alumni")  # what you said by hand stays
        paths = company_paths(self.alice, marco.company)
        self.assertEqual(
            [(p.target.name, p.strength_label) for p in paths.now], [("Marco Rossi, Jr.", "weak")]
        )
        self.assertIn("is one of your contacts", paths.now[0].reason)
        lamp = with_lamp(Company.objects.for_owner(self.alice).filter(pk=marco.company_id)).get()
        self.assertTrue(lamp.has_advocacy)

    def test_then_the_next_file_moves_them_again_ending_the_current_job(self):
        self.run_import((FIXTURES / "linkedin_current.csv").read_bytes())
        self.run_import(linkedin("Ana,Lima,https://linkedin.com/in/ANA-LIMA-1a2b3c/,,Initech,Lead,1-Jan-20"))
        self.assertEqual(Job.objects.filter(person=self.ana, is_current=True).get().company.name, "Initech")
        self.assertEqual(Job.objects.filter(person=self.ana).count(), 3)
        globex = Job.objects.get(person=self.ana, company__name="Globex")
        self.assertEqual((globex.is_current, globex.ended_on), (False, self.alice.today()))

    def test_reimporting_the_same_file_changes_nothing(self):
        for name, kind in [
            ("linkedin_current.csv", "linkedin"),
            ("linkedin_2018.csv", "linkedin"),
            ("linkedin_resaved.csv", "linkedin"),
            ("google_current.csv", "google"),
            ("google_older.csv", "google"),
            ("contacts.vcf", "vcard"),
            ("outlook.csv", "outlook"),
        ]:
            with self.subTest(name):
                data = (FIXTURES / name).read_bytes()
                self.run_import(data, kind)
                with self.assertNothingChanged():
                    plan = self.run_import(data, kind)
                self.assertFalse(plan.changes_anything)
                self.assertEqual(plan.summary()["new"] + plan.summary()["updated"], 0)

    def test_labels_become_tags_once(self):
        self.ana.set_tags(["design"])
        self.run_import((FIXTURES / "contacts.vcf").read_bytes(), "vcard")
        self.run_import((FIXTURES / "google_current.csv").read_bytes(), "google")
        self.assertEqual(
            sorted(t.name for t in self.ana.tags.all()), ["Design", "Friends", "UX meetup", "design"]
        )
        self.assertEqual(Tag.objects.filter(owner=self.alice).count(), 4)

    def test_matches_on_email_phone_and_profile(self):
        EmailAddress.objects.create(owner=self.alice, person=self.ana, address="ana@acme.example")
        other = Person.objects.create(owner=self.alice, name="Somebody Else")
        PhoneNumber.objects.create(owner=self.alice, person=other, number="+13125550100")
        plan = self.run_import((FIXTURES / "outlook.csv").read_bytes(), "outlook")
        self.assertEqual(plan.summary()["new"], 0)
        self.assertEqual(Person.objects.filter(owner=self.alice).count(), 2)
        self.assertEqual(
            sorted(self.ana.emails.values_list("address", flat=True)), ["ana@acme.example", "ana@example.org"]
        )
        self.assertEqual(other.emails.get().address, "sam@initech.example")

    def test_the_same_person_twice_in_a_file_is_merged(self):
        plan = self.run_import(
            linkedin(
                "Kim,Park,https://www.linkedin.com/in/kimpark,,Acme Robotics,Engineer,1-Jan-20",
                "Kim,Park,https://linkedin.com/in/kimpark/,kim@example.com,Acme Robotics,Engineer,1-Jan-20",
            )
        )
        self.assertEqual(plan.summary()["duplicates_merged"], 1)
        self.assertIn("Line 3", plan.merged[0])
        kim = Person.objects.get(owner=self.alice, name="Kim Park")
        self.assertEqual(kim.emails.get().address, "kim@example.com")

    def test_namesakes_with_different_profiles_stay_two_people(self):
        self.run_import(
            linkedin(
                "Sam,Lee,https://www.linkedin.com/in/sam-lee-1,,Acme Robotics,Engineer,1-Jan-20",
                "Sam,Lee,https://www.linkedin.com/in/sam-lee-2,,Globex,Engineer,1-Jan-20",
            )
        )
        self.assertEqual(Person.objects.filter(owner=self.alice, name="Sam Lee").count(), 2)

    def test_companies_match_by_normalised_name_and_alias(self):
        CompanyAlias.objects.create(owner=self.alice, company=self.acme, name="ACME Bots")
        self.run_import(
            linkedin(
                "A,One,,,ACME ROBOTICS LLC,x,1-Jan-20",
                "B,Two,,,Acme Bots,y,1-Jan-20",
                "C,Three,,,Globex,z,1-Jan-20",
                'D,Four,,,"Globex, Inc.",z,1-Jan-20',
            )
        )
        self.assertEqual(Person.objects.filter(owner=self.alice, company=self.acme).count(), 3)
        self.assertEqual(Company.objects.filter(owner=self.alice).count(), 2)

    def test_dry_run_and_plan_write_nothing(self):
        data = (FIXTURES / "linkedin_current.csv").read_bytes()
        with self.assertNothingChanged():
            plan = self.run_import(data, dry_run=True)
            plan_import(self.alice, parse("linkedin", data))
        self.assertEqual(plan.summary()["new"], 4)

    def test_other_accounts_are_never_matched_or_touched(self):
        self.run_import((FIXTURES / "linkedin_current.csv").read_bytes(), owner=self.bob)
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.company, self.acme)
        self.assertEqual(Person.objects.filter(owner=self.bob).count(), 5)
        self.assertFalse(Company.objects.filter(owner=self.bob, people__owner=self.alice).exists())

    def test_a_failure_midway_writes_nothing(self):
        parsed = parse("linkedin", (FIXTURES / "linkedin_current.csv").read_bytes())
        plan = plan_import(self.alice, parsed)
        # Work history is written last: a job at an unknown company fails after people, e-mails.
        plan.created[-1].new_job = ("no such company", "x")
        with self.assertNothingChanged(), self.assertRaises(IntegrityError):
            plan.apply()
