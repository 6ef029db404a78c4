import csv
import datetime as dt
import io
import json

import icalendar
import vobject
from django.urls import reverse

from coffeechat.accounts.models import User
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Company, Person


class YourDataPageTests(BaseTestCase):
    def test_it_offers_every_download(self):
        self.login()
        response = self.client.get(reverse("your_data"))
        self.assertEqual(response.status_code, 200)
        for name in ("export_json", "download_people_csv", "download_companies_csv",
                     "download_conversations_csv", "download_contacts_vcf", "download_meetings_ics",
                     "delete_account"):  # fmt: skip
            self.assertContains(response, reverse(name))

    def test_restore_is_offered_only_to_an_empty_account(self):
        self.login()
        self.assertNotContains(self.client.get(reverse("your_data")), 'action="/accounts/data/restore/"')
        self.login(self.charlie)
        self.assertContains(self.client.get(reverse("your_data")), 'action="/accounts/data/restore/"')

    def test_settings_links_here(self):
        self.login()
        self.assertContains(self.client.get(reverse("settings")), reverse("your_data"))

    def test_the_account_menu_links_here_from_every_page(self):
        self.login()
        self.assertContains(
            self.client.get(reverse("today")), f'<a href="{reverse("your_data")}">Your data</a>', html=True
        )

    def test_the_one_off_calendar_download_points_to_the_feed(self):
        self.login()
        self.assertContains(
            self.client.get(reverse("your_data")), f'href="{reverse("settings")}#calendar-feed"'
        )

    def test_signed_out_visitors_are_sent_to_sign_in(self):
        for name in ("your_data", "export_json", "download_people_csv", "delete_account"):
            response = self.client.get(reverse(name))
            self.assertEqual(response.status_code, 302, name)
            self.assertIn("/accounts/login/", response["Location"])


class DownloadTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ana.notes = '=HYPERLINK("http://evil.example")'
        cls.ana.save()
        cls.ana.set_emails(["ana@acme.example", "ana.lima@home.example"])
        cls.ana.set_phones(["+14155550123 ext. 12"])
        cls.ana.set_tags(["design", "alumni"])
        Company.objects.create(owner=cls.alice, name="@Evil Corp")
        cls.when = dt.datetime(2026, 5, 4, 15, 30, tzinfo=dt.UTC)
        cls.chat.schedule(cls.when, place="Café Lumière")
        Person.objects.create(owner=cls.bob, name="Bob's contact")

    def get(self, name: str, user=None):
        self.login(user)
        response = self.client.get(reverse(name))
        self.assertEqual(response.status_code, 200)
        return response

    def test_the_json_backup_downloads_as_a_file(self):
        response = self.get("export_json")
        self.assertIn("attachment", response["Content-Disposition"])
        self.assertIn("coffeechat-backup-", response["Content-Disposition"])
        document = json.loads(response.content)
        self.assertEqual([p["name"] for p in document["data"]["network.person"]], ["Ana Lima"])

    def test_people_csv_is_safe_to_open(self):
        response = self.get("download_people_csv")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0]["Name"], "Ana Lima")
        self.assertEqual(rows[0]["Company"], "Acme Robotics")
        self.assertEqual(rows[0]["E-mail addresses"], "ana@acme.example; ana.lima@home.example")
        self.assertEqual(rows[0]["Phone numbers"], "'+14155550123 ext. 12")
        self.assertEqual(rows[0]["Notes"], '\'=HYPERLINK("http://evil.example")')
        self.assertEqual(rows[0]["Tags"], "alumni; design")

    def test_companies_and_conversations_csv(self):
        rows = list(csv.DictReader(io.StringIO(self.get("download_companies_csv").content.decode())))
        self.assertEqual([r["Name"] for r in rows], ["'@Evil Corp", "Acme Robotics"])
        self.assertEqual(rows[1]["People"], "1")
        rows = list(csv.DictReader(io.StringIO(self.get("download_conversations_csv").content.decode())))
        self.assertEqual(rows[0]["Host"], "Ana Lima")
        self.assertEqual(rows[0]["Stage"], "Scheduled")
        self.assertEqual(rows[0]["Meeting time"], "2026-05-04 15:30")  # alice lives in UTC

    def test_vcard_has_every_contact_and_reads_back(self):
        response = self.get("download_contacts_vcf")
        self.assertEqual(response["Content-Type"], "text/vcard; charset=utf-8")
        cards = list(vobject.readComponents(response.content.decode()))
        self.assertEqual(len(cards), 1)
        card = cards[0]
        self.assertEqual(card.version.value, "4.0")
        self.assertEqual(card.fn.value, "Ana Lima")
        self.assertEqual([e.value for e in card.email_list], ["ana@acme.example", "ana.lima@home.example"])
        self.assertEqual(card.tel.value, "tel:+14155550123;ext=12")
        self.assertEqual(card.org.value, ["Acme Robotics"])
        self.assertEqual(card.title.value, "Product Designer")
        self.assertEqual(card.note.value, self.ana.notes)

    def test_ics_has_every_meeting(self):
        Person.objects.create(owner=self.alice, name="Not scheduled")
        response = self.get("download_meetings_ics")
        calendar = icalendar.Calendar.from_ical(response.content)
        events = calendar.walk("VEVENT")
        self.assertEqual(len(events), 1)
        self.assertEqual(events[0]["summary"], "Coffee chat with Ana Lima (Acme Robotics)")
        self.assertEqual(events[0].decoded("dtstart"), self.when)
        self.assertEqual(events[0].decoded("dtend"), self.when + dt.timedelta(minutes=30))
        self.assertEqual(events[0]["location"], "Café Lumière")

    def test_an_outsider_downloads_only_their_own_empty_data(self):
        for name in ("download_people_csv", "download_companies_csv", "download_conversations_csv"):
            content = self.get(name, self.charlie).content.decode()
            self.assertEqual(len(content.strip().splitlines()), 1, name)  # the header alone
        self.assertEqual(self.get("download_contacts_vcf", self.charlie).content, b"")
        ics = icalendar.Calendar.from_ical(self.get("download_meetings_ics", self.charlie).content)
        self.assertEqual(ics.walk("VEVENT"), [])
        document = json.loads(self.get("export_json", self.charlie).content)
        self.assertTrue(all(records == [] for records in document["data"].values()))

    def test_downloads_take_a_constant_number_of_queries(self):
        self.login()
        counts = {}
        for name in ("download_people_csv", "download_companies_csv", "download_conversations_csv",
                     "download_contacts_vcf", "download_meetings_ics"):  # fmt: skip
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as before:
                self.client.get(reverse(name))
            counts[name] = len(before)
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat)
        for name, expected in counts.items():
            with self.assertNumQueries(expected):
                self.client.get(reverse(name))


class RestoreViewTests(BaseTestCase):
    def upload(self, content: bytes, user=None):
        from django.core.files.uploadedfile import SimpleUploadedFile

        self.login(user or self.charlie)
        return self.client.post(
            reverse("restore"), {"file": SimpleUploadedFile("backup.json", content, "application/json")}
        )

    def test_a_backup_fills_an_empty_account(self):
        self.login()
        content = self.client.get(reverse("export_json")).content
        response = self.upload(content)
        self.assertRedirects(response, reverse("today"))
        self.assertEqual(Person.objects.get(owner=self.charlie).name, "Ana Lima")

    def test_a_bad_file_says_why_and_writes_nothing(self):
        response = self.upload(
            b'{"format": "coffeechat-backup", "version": 1, "data": {"network.person": [{"id'
        )
        self.assertContains(response, "cut short", status_code=400)
        self.assertContains(response, "Nothing was restored", status_code=400)
        self.assertFalse(Person.objects.filter(owner=self.charlie).exists())

    def test_an_account_with_data_is_refused(self):
        self.login()
        content = self.client.get(reverse("export_json")).content
        with self.assertNothingChanged():
            response = self.upload(content, user=self.alice)
        self.assertContains(response, "already holds data", status_code=400)

    def test_no_file_is_a_field_error(self):
        self.login(self.charlie)
        response = self.client.post(reverse("restore"))
        self.assertContains(response, "This field is required", status_code=400)

    def test_get_is_not_allowed(self):
        self.login(self.charlie)
        self.assertEqual(self.client.get(reverse("restore")).status_code, 405)


class DeleteAccountTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        add_lots(cls.alice, person=cls.ana, company=cls.acme, conversation=cls.chat)
        bob_company = Company.objects.create(owner=cls.bob, name="Bob Co")
        bob_person = Person.objects.create(owner=cls.bob, name="Bo", company=bob_company)
        from coffeechat.conversations.models import Conversation

        bob_chat = Conversation.objects.create(owner=cls.bob, host=bob_person)
        add_lots(cls.bob, person=bob_person, company=bob_company, conversation=bob_chat)

    def test_it_asks_for_the_password_first(self):
        self.login()
        response = self.client.get(reverse("delete_account"))
        self.assertContains(response, "Your password")
        self.assertContains(response, "cannot be undone")

    def test_a_wrong_password_deletes_nothing(self):
        self.login()
        with self.assertNothingChanged():
            response = self.client.post(reverse("delete_account"), {"password": "wrong"})
        self.assertContains(response, "not your password")

    def test_it_removes_everything_of_the_user_and_nothing_of_others(self):
        from coffeechat.accounts import backup

        bob_before = backup.comparable(backup.export_user(self.bob))
        self.assertTrue(any(bob_before["data"].values()))
        self.login()
        response = self.client.post(
            reverse("delete_account"), {"password": "correct horse battery staple"}, follow=True
        )
        self.assertRedirects(response, reverse("login"))
        self.assertContains(response, "Your account and everything in it are deleted")
        self.assertFalse(User.objects.filter(email="alice@example.org").exists())
        for model in backup.owned_models():
            self.assertFalse(model.objects.filter(owner_id=self.alice.pk).exists(), model)
        self.assertEqual(backup.comparable(backup.export_user(self.bob)), bob_before)
        self.assertEqual(User.objects.count(), 2)
        self.assertEqual(self.client.get(reverse("today")).status_code, 302)  # signed out

    def test_the_e_mail_address_is_free_again(self):
        self.login()
        self.client.post(reverse("delete_account"), {"password": "correct horse battery staple"})
        User.objects.create_user("alice@example.org", "another-password-1")
        self.assertFalse(Person.objects.filter(owner__email="alice@example.org").exists())


class DeleteAdvisorAccountTests(BaseTestCase):
    def test_an_advisor_is_told_what_goes_beyond_their_own_data(self):
        from coffeechat.advising.models import Advisor, Comment, Organisation, Sharing

        advisor = Advisor.objects.create(
            organisation=Organisation.objects.create(name="Northside"), user=self.alice
        )
        host = Person.objects.create(owner=self.bob, name="Bo Host")
        from coffeechat.conversations.models import Conversation

        chat = Conversation.objects.create(owner=self.bob, host=host)
        Sharing.objects.create(owner=self.bob, advisor=advisor)
        Comment.objects.create(owner=self.bob, conversation=chat, author=self.alice, text="Good start")
        Comment.objects.create(owner=self.alice, conversation=self.chat, author=self.alice, text="Mine")
        self.login()
        response = self.client.get(reverse("delete_account"))
        self.assertContains(response, "Also removed: 2 things you share with other people")
        self.client.post(reverse("delete_account"), {"password": "correct horse battery staple"})
        self.assertFalse(Comment.objects.filter(author_id=self.alice.pk).exists())
        self.assertTrue(Person.objects.filter(owner=self.bob, name="Bo Host").exists())
        self.assertTrue(Conversation.objects.filter(pk=chat.pk).exists())

    def test_someone_who_shares_nothing_is_not_told_so(self):
        self.login()
        self.assertNotContains(self.client.get(reverse("delete_account")), "Also removed")
