import datetime as dt

import time_machine

from coffeechat.conversations.models import Conversation, StageChange
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase

NOW = dt.datetime(2026, 6, 20, 12, 0, tzinfo=dt.UTC)


@time_machine.travel(NOW, tick=False)
class ConversationMetTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chat.move_to(stages.REQUESTED, when=dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC))
        cls.chat.scheduled_at = dt.datetime(2026, 6, 15, 14, 0, tzinfo=dt.UTC)
        cls.chat.notes = "Questions: how to start?"
        cls.chat.move_to(stages.SCHEDULED, when=dt.datetime(2026, 6, 2, 9, 0, tzinfo=dt.UTC))
        cls.url = f"/conversations/{cls.chat.pk}/met/"

    def reload(self):
        return Conversation.objects.get(pk=self.chat.pk)

    def test_it_records_the_meeting_and_the_notes(self):
        self.login()
        r = self.client.post(self.url, {"met_at": "2026-06-15T10:30", "notes": "Start with a side project."})
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)
        chat = self.reload()
        met = dt.datetime(2026, 6, 15, 10, 30, tzinfo=dt.UTC)
        self.assertEqual(chat.stage, stages.MET)
        self.assertEqual(chat.met_at, met)
        self.assertEqual(chat.notes, "Questions: how to start?\n\nStart with a side project.")
        meeting = chat.interactions.get(kind="meeting")
        self.assertEqual(meeting.occurred_at, met)
        self.assertEqual(chat.stage_changes.last().to_stage, stages.MET)
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.last_contacted_at, met)
        self.assertContains(self.client.get(r.url), "Marked as met. Send your thank-you note within a day.")

    def test_without_a_time_it_uses_the_meeting_time(self):
        self.login()
        self.client.post(self.url, {"met_at": "", "notes": ""})
        chat = self.reload()
        self.assertEqual(chat.met_at, chat.scheduled_at)
        self.assertEqual(chat.notes, "Questions: how to start?")

    def test_the_time_is_read_in_the_users_time_zone(self):
        self.alice.time_zone = "Asia/Kolkata"
        self.alice.save()
        self.login()
        self.client.post(self.url, {"met_at": "2026-06-15T20:00"})
        self.assertEqual(self.reload().met_at, dt.datetime(2026, 6, 15, 14, 30, tzinfo=dt.UTC))

    def test_a_time_in_the_future_is_refused(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"met_at": "2026-06-21T10:00"})
        self.assertContains(r, "That is in the future", status_code=400)

    def test_a_time_before_the_request_is_refused(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"met_at": "2026-05-01T10:00"})
        self.assertContains(r, "You cannot have met before you asked for the meeting.", status_code=400)

    def test_marking_met_twice_keeps_the_new_notes_without_a_second_move(self):
        # A second tab or a double submit must not lose what was typed.
        self.login()
        self.client.post(self.url, {"met_at": "2026-06-15T10:30", "notes": "First"})
        changes = StageChange.objects.filter(conversation=self.chat).count()
        meetings = self.chat.interactions.filter(kind="meeting").count()
        self.client.post(self.url, {"met_at": "2026-06-16T10:30", "notes": "Second thoughts"})
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, "met")
        self.assertIn("First", self.chat.notes)
        self.assertIn("Second thoughts", self.chat.notes)
        self.assertEqual(StageChange.objects.filter(conversation=self.chat).count(), changes)
        self.assertEqual(self.chat.interactions.filter(kind="meeting").count(), meetings)

    def test_a_get_after_a_form_error_goes_back_to_the_page(self):
        # The address bar shows this URL after a form error; opening it again is not an error.
        self.login()
        self.assertRedirects(self.client.get(self.url), f"/conversations/{self.chat.pk}/")

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                r = self.client.post(self.url, {"met_at": "2026-06-15T10:30", "notes": "Sneaky"})
                self.assertEqual(r.status_code, 404)
