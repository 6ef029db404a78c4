import datetime as dt

import time_machine

from coffeechat.lib.testing import BaseTestCase


class SettingsTests(BaseTestCase):
    def post(self, **overrides):
        data = {
            "name": "Alice A.",
            "email": "alice@example.org",
            "time_zone": "Asia/Tokyo",
            "weekly_meeting_goal": "2",
            "motivation_scale": "3",
        }
        data |= {"word_limit": 75, "first_follow_up_days": 3, "second_follow_up_days": 7}
        data |= {"keep_in_touch_months": 2, "digest_enabled": "on", "digest_hour": 7}
        data.update(overrides)
        return self.client.post("/accounts/settings/", data)

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(
            self.client.get("/accounts/settings/"), "/accounts/login/?next=/accounts/settings/"
        )

    def test_it_saves_the_weekly_meeting_goal(self):
        self.login()
        self.post(weekly_meeting_goal="4")
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.weekly_meeting_goal, 4)
        with self.assertNothingChanged():
            r = self.post(weekly_meeting_goal="500")
        self.assertContains(r, "Fifty a week is more than anyone can prepare for")

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

    def test_it_saves_the_outreach_settings(self):
        self.login()
        r = self.post(
            holiday_country="FR",
            word_limit=100,
            first_follow_up_days=2,
            second_follow_up_days=5,
            keep_in_touch_months=3,
            digest_enabled="",
            digest_hour=18,
        )
        self.assertEqual(r.status_code, 302)
        self.alice.refresh_from_db()
        self.assertEqual(
            (self.alice.holiday_country, self.alice.word_limit, self.alice.first_follow_up_days),
            ("FR", 100, 2),
        )
        self.assertEqual((self.alice.second_follow_up_days, self.alice.keep_in_touch_months), (5, 3))
        self.assertEqual((self.alice.digest_enabled, self.alice.digest_hour), (False, 18))
        self.assertIn(dt.date(2026, 7, 14), self.alice.holidays())

    def test_it_refuses_a_second_follow_up_before_the_first_and_odd_word_limits(self):
        self.login()
        r = self.post(first_follow_up_days=5, second_follow_up_days=4, word_limit=80, holiday_country="ZZ")
        self.assertContains(r, "Make it later than the first follow-up (5).")
        self.assertContains(r, "Select a valid choice. 80 is not one of the available choices.")
        self.assertContains(r, "Select a valid choice. ZZ is not one of the available choices.")
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.word_limit, 75)

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
