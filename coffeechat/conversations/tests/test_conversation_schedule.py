import datetime as dt

import time_machine

from coffeechat.conversations.models import Conversation, StageChange
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase


@time_machine.travel(dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC), tick=False)
class ConversationScheduleTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chat.move_to(stages.REQUESTED, when=dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC))
        cls.url = f"/conversations/{cls.chat.pk}/schedule/"

    def post(self, **data):
        defaults = {"time_zone": "UTC", "duration_minutes": 30, "place": ""}
        return self.client.post(self.url, {**defaults, **data})

    def reload(self):
        return Conversation.objects.get(pk=self.chat.pk)

    def test_it_schedules_in_the_chosen_time_zone(self):
        self.login()
        r = self.post(scheduled_at="2026-06-15T10:00", time_zone="America/New_York", place="Zoom")
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)
        chat = self.reload()
        self.assertEqual(chat.stage, stages.SCHEDULED)
        self.assertEqual(chat.scheduled_at, dt.datetime(2026, 6, 15, 14, 0, tzinfo=dt.UTC))
        self.assertEqual(chat.time_zone, "America/New_York")
        self.assertEqual(chat.place, "Zoom")
        self.assertEqual(StageChange.objects.filter(to_stage=stages.SCHEDULED).count(), 1)
        r = self.client.get(r.url)
        self.assertContains(r, "Scheduled for Monday 15 June at 10:00 (EDT).")

    def test_rescheduling_changes_the_time_without_a_new_stage_change(self):
        self.login()
        self.post(scheduled_at="2026-06-15T10:00")
        self.post(scheduled_at="2026-06-16T11:00")
        chat = self.reload()
        self.assertEqual(chat.scheduled_at, dt.datetime(2026, 6, 16, 11, 0, tzinfo=dt.UTC))
        self.assertEqual(StageChange.objects.filter(to_stage=stages.SCHEDULED).count(), 1)

    def test_a_time_in_the_past_asks_for_confirmation(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(scheduled_at="2026-06-01T10:00")
        self.assertContains(r, "That time has already passed.", status_code=400)
        self.assertContains(r, 'type="checkbox" name="confirm_past"', status_code=400)
        self.assertNotContains(
            self.client.get(f"/conversations/{self.chat.pk}/"), 'type="checkbox" name="confirm_past"'
        )
        r = self.post(scheduled_at="2026-06-01T10:00", confirm_past="on")
        self.assertEqual(r.status_code, 302)
        self.assertEqual(self.reload().scheduled_at, dt.datetime(2026, 6, 1, 10, 0, tzinfo=dt.UTC))

    def test_it_needs_a_time(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(scheduled_at="")
        self.assertContains(r, "This field is required.", status_code=400)
        self.assertContains(r, "Coffee chat with", status_code=400)  # the conversation page, again

    def test_a_meeting_before_the_request_is_refused(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(scheduled_at="2026-05-30T10:00")
        self.assertContains(r, "The meeting cannot be set before you asked for it.", status_code=400)

    def test_a_time_in_the_spring_gap_is_refused(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(scheduled_at="2026-03-29T02:30", time_zone="Europe/Berlin")
        self.assertContains(r, "does not exist in Europe/Berlin", status_code=400)

    def test_a_get_after_a_form_error_goes_back_to_the_page(self):
        # The address bar shows this URL after a form error; opening it again is not an error.
        self.login()
        self.assertRedirects(self.client.get(self.url), f"/conversations/{self.chat.pk}/")

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.post(scheduled_at="2026-06-15T10:00").status_code, 404)
