"""Bad input anywhere gets a clear message, never a 500 (PostgreSQL is the stricter judge)."""

from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Person


class BadInputTests(BaseTestCase):
    def setUp(self):
        self.login()

    def test_a_nul_character_in_a_search_is_harmless(self):
        for url in [
            "/people/?q=a%00b",
            "/people/?tag=x%00",
            "/people/?relationship=%00",
            "/companies/?q=a%00b",
            "/companies/?industry=%00",
            "/conversations/?q=%00",
            "/conversations/?stage=%00",
            "/conversations/new/?q=a%00",
        ]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_a_nul_character_in_next_falls_back(self):
        r = self.client.post(f"/conversations/{self.chat.pk}/move/", {"stage": "requested", "next": "/x\x00"})
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)

    def test_a_company_name_that_expands_when_normalised_still_saves(self):
        name = "&" * 199
        r = self.client.post("/companies/new/", {"name": name})
        self.assertEqual(r.status_code, 302)
        self.assertEqual(len(Company.objects.get(name=name).name_key), 200)

    def test_a_too_long_e_mail_address_is_refused_with_a_message(self):
        address = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"
        r = self.client.post("/people/new/", {"name": "Long Mail", "relationship": "cold", "emails": address})
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "at most 254 characters")
        self.assertFalse(Person.objects.filter(name="Long Mail").exists())

    def test_dates_far_in_the_past_or_future_are_refused(self):
        for when in ["9999-12-31T23:59", "0001-01-01T00:00"]:
            with self.subTest(when=when):
                r = self.client.post(
                    f"/conversations/{self.chat.pk}/log/", {"kind": "note", "occurred_at": when}
                )
                self.assertEqual(r.status_code, 400)
                self.assertContains(r, "between the years 1900 and 2100", status_code=400)
                r = self.client.post(
                    f"/conversations/{self.chat.pk}/schedule/",
                    {"scheduled_at": when, "time_zone": "Pacific/Kiritimati", "duration_minutes": 30},
                )
                self.assertContains(r, "between the years 1900 and 2100", status_code=400)
        self.assertEqual(self.client.get("/pipeline/").status_code, 200)

    def test_the_schedule_form_checks_the_duration(self):
        for minutes, message in [(0, "at least 5 minutes"), (30000, "longer than four hours")]:
            with self.subTest(minutes=minutes):
                r = self.client.post(
                    f"/conversations/{self.chat.pk}/schedule/",
                    {"scheduled_at": "2026-12-01T10:00", "time_zone": "UTC", "duration_minutes": minutes},
                )
                self.assertContains(r, message, status_code=400)
