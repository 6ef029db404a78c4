import datetime as dt

from coffeechat.conversations.models import Conversation
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company


class ConversationEditTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/conversations/{cls.chat.pk}/edit/"

    def post(self, **data):
        self.login()
        defaults = {
            "goal": "New goal",
            "channel": "linkedin",
            "company_name": "Acme Robotics",
            "time_zone": "UTC",
            "duration_minutes": 30,
        }
        return self.client.post(self.url, {**defaults, **data})

    def reload(self):
        return Conversation.objects.get(pk=self.chat.pk)

    def test_it_shows_the_current_values(self):
        self.chat.time_zone = "America/New_York"
        self.chat.scheduled_at = dt.datetime(2026, 7, 1, 14, 0, tzinfo=dt.UTC)
        self.chat.save()
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Edit the coffee chat with Ana Lima")
        form = r.context["form"]
        self.assertEqual(form["company_name"].value(), "Acme Robotics")
        self.assertEqual(form["time_zone"].value(), "America/New_York")
        # Shown in the conversation's time zone, as it was entered.
        self.assertContains(r, 'value="2026-07-01T10:00"')

    def test_without_a_time_zone_of_its_own_it_uses_the_users(self):
        self.alice.time_zone = "Asia/Tokyo"
        self.alice.save()
        self.login()
        r = self.client.get(self.url)
        self.assertEqual(r.context["form"]["time_zone"].value(), "Asia/Tokyo")

    def test_it_saves_changes(self):
        r = self.post(
            goal="Ask about the design team", place="https://meet.example/abc", notes="Bring questions"
        )
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/")
        chat = self.reload()
        self.assertEqual(chat.goal, "Ask about the design team")
        self.assertEqual(chat.channel, "linkedin")
        self.assertEqual(chat.place, "https://meet.example/abc")
        self.assertEqual(chat.stage, stages.IDEA)  # editing never moves it

    def test_an_empty_company_falls_back_to_the_hosts(self):
        self.chat.company = Company.objects.create(owner=self.alice, name="Initech")
        self.chat.save()
        self.post(company_name="")
        self.assertEqual(self.reload().company, self.acme)

    def test_a_time_in_new_york_is_stored_as_the_right_utc_instant(self):
        self.post(
            time_zone="America/New_York", scheduled_at="2026-07-01T10:00", requested_at="2026-01-15T09:00"
        )
        chat = self.reload()
        self.assertEqual(chat.time_zone, "America/New_York")
        self.assertEqual(chat.scheduled_at, dt.datetime(2026, 7, 1, 14, 0, tzinfo=dt.UTC))  # EDT, UTC-4
        # When you asked is your own time (alice is in UTC), whatever the meeting's zone.
        self.assertEqual(chat.requested_at, dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC))

    def test_changing_only_the_time_zone_leaves_when_you_asked_alone(self):
        self.post(time_zone="UTC", scheduled_at="2026-07-01T10:00", requested_at="2026-01-15T09:00")
        asked = self.reload().requested_at
        self.post(time_zone="Asia/Tokyo", scheduled_at="2026-07-01T10:00", requested_at="2026-01-15T09:00")
        self.assertEqual(self.reload().requested_at, asked)

    def test_a_time_in_the_autumn_overlap_is_the_first_one(self):
        self.post(time_zone="America/New_York", scheduled_at="2026-11-01T01:30")
        self.assertEqual(self.reload().scheduled_at, dt.datetime(2026, 11, 1, 5, 30, tzinfo=dt.UTC))

    def test_a_time_in_the_spring_gap_is_refused(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(time_zone="America/New_York", scheduled_at="2026-03-08T02:30")
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "02:30 on 08 Mar 2026 does not exist in America/New_York")
        self.assertIn("scheduled_at", r.context["form"].errors)
        self.assertContains(r, 'value="2026-03-08T02:30"')

    def test_the_same_time_is_fine_in_a_zone_without_the_jump(self):
        self.post(time_zone="Europe/London", scheduled_at="2026-03-08T02:30")
        self.assertEqual(self.reload().scheduled_at, dt.datetime(2026, 3, 8, 2, 30, tzinfo=dt.UTC))

    def test_impossible_dates_are_refused(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(
                requested_at="2026-05-10T09:00", scheduled_at="2026-05-01T09:00", met_at="2026-05-02T09:00"
            )
        errors = r.context["form"].errors
        self.assertEqual(errors["scheduled_at"], ["The meeting cannot be set before you asked for it."])
        self.assertEqual(errors["met_at"], ["You cannot have met before you asked for the meeting."])

    def test_a_garbled_date_is_refused(self):
        r = self.post(scheduled_at="next tuesday")
        self.assertContains(r, "Enter a date and time, like 2026-03-14 09:30.")
        self.assertContains(r, 'value="next tuesday"')

    def test_the_duration_must_be_sensible(self):
        for minutes, message in [(2, "at least 5 minutes"), (600, "longer than four hours")]:
            with self.subTest(minutes=minutes):
                r = self.post(duration_minutes=minutes)
                self.assertContains(r, message)
        self.assertEqual(self.reload().duration_minutes, 30)

    def test_it_refuses_an_unknown_time_zone(self):
        r = self.post(time_zone="Mars/Olympus_Mons", scheduled_at="2026-07-01T10:00")
        self.assertIn("time_zone", r.context["form"].errors)
        self.assertIsNone(self.reload().scheduled_at)

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                r = self.client.post(self.url, {"goal": "Hacked", "channel": "email", "duration_minutes": 30})
                self.assertEqual(r.status_code, 404)
