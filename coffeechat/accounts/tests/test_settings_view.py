import datetime as dt

import time_machine

from coffeechat.lib.testing import BaseTestCase


class SettingsTests(BaseTestCase):
    def post(self, **overrides):
        data = {
            "name": "Alice A.",
            "email": "alice@example.org",
            "time_zone": "Asia/Tokyo",
            "motivation_scale": "3",
        }
        data.update(overrides)
        return self.client.post("/accounts/settings/", data)

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(
            self.client.get("/accounts/settings/"), "/accounts/login/?next=/accounts/settings/"
        )

    def test_it_shows_the_current_values(self):
        self.login()
        r = self.client.get("/accounts/settings/")
        self.assertContains(r, 'value="Alice Archer"')
        self.assertContains(r, '<option value="UTC" selected>')

    def test_it_saves_name_email_and_time_zone(self):
        self.login()
        r = self.post(email="Alice.New@Example.org")
        self.assertRedirects(r, "/accounts/settings/", fetch_redirect_response=False)
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.name, "Alice A.")
        self.assertEqual(self.alice.email, "alice.new@example.org")
        self.assertEqual(self.alice.time_zone, "Asia/Tokyo")
        self.assertContains(self.client.get("/accounts/settings/"), "Your settings are saved.")

    def test_it_refuses_another_users_email(self):
        self.login()
        r = self.post(email="BOB@example.org")
        self.assertContains(r, "Another account uses this e-mail address.")
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.email, "alice@example.org")

    def test_it_refuses_an_unknown_time_zone(self):
        self.login()
        r = self.post(time_zone="Mars/Olympus_Mons")
        self.assertContains(r, "Select a valid choice.")
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.time_zone, "UTC")

    @time_machine.travel(dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC), tick=False)
    def test_the_time_zone_decides_what_today_is(self):
        self.login()
        self.assertEqual(self.client.get("/today/").context["day"], dt.date(2026, 5, 1))
        self.post(time_zone="Pacific/Kiritimati")  # UTC+14: already the 2nd of May
        self.assertEqual(self.client.get("/today/").context["day"], dt.date(2026, 5, 2))

    def test_it_saves_the_target_list_settings(self):
        self.login()
        self.post(motivation_scale="5", target_role="UX research")
        self.alice.refresh_from_db()
        self.assertEqual((self.alice.motivation_scale, self.alice.target_role), (5, "UX research"))

    def test_it_refuses_an_unknown_motivation_scale(self):
        self.login()
        r = self.post(motivation_scale="7")
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "Select a valid choice")
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.motivation_scale, 3)
