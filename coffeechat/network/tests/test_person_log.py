import datetime as dt

import time_machine
from django.utils import timezone

from coffeechat.conversations.models import Interaction
from coffeechat.lib.testing import BaseTestCase


class PersonLogTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/people/{cls.ana.pk}/log/"

    def test_it_logs_an_interaction_outside_any_conversation(self):
        self.login()
        r = self.client.post(self.url, {"kind": "reply_received", "summary": "She wrote back"}, follow=True)
        self.assertRedirects(r, f"/people/{self.ana.pk}/")
        self.assertContains(r, "Logged: reply received.")
        interaction = Interaction.objects.get()
        self.assertEqual(interaction.person, self.ana)
        self.assertIsNone(interaction.conversation)
        self.assertEqual(interaction.owner, self.alice)
        self.assertEqual(interaction.summary, "She wrote back")
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.last_contacted_at, interaction.occurred_at)
        self.assertContains(r, "She wrote back")

    @time_machine.travel(dt.datetime(2026, 1, 20, 12, 0, tzinfo=dt.UTC), tick=False)
    def test_the_time_is_read_in_the_users_time_zone(self):
        self.alice.time_zone = "America/New_York"
        self.alice.save()
        self.login()
        self.client.post(self.url, {"kind": "call", "occurred_at": "2026-01-15T09:00"})
        self.assertEqual(
            Interaction.objects.get().occurred_at, dt.datetime(2026, 1, 15, 14, 0, tzinfo=dt.UTC)
        )

    def test_an_empty_time_means_now(self):
        self.login()
        before = timezone.now()
        self.client.post(self.url, {"kind": "note"})
        self.assertGreaterEqual(Interaction.objects.get().occurred_at, before)

    def test_it_refuses_a_time_in_the_future(self):
        self.login()
        future = (timezone.now() + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"kind": "call", "occurred_at": future, "summary": "Soon"})
        self.assertContains(r, "pick a time in the past", status_code=400)
        self.assertContains(r, "Soon</textarea>", status_code=400)
        self.assertContains(r, "<details open>", status_code=400)

    def test_it_refuses_an_unknown_kind(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"kind": "telepathy"})
        self.assertContains(r, "Select a valid choice.", status_code=400)

    def test_a_get_after_a_form_error_goes_back_to_the_page(self):
        # The address bar shows this URL after a form error; opening it again is not an error.
        self.login()
        self.assertRedirects(self.client.get(self.url), f"/people/{self.ana.pk}/")

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                r = self.client.post(self.url, {"kind": "call", "summary": "Sneaky"})
                self.assertEqual(r.status_code, 404)


class ReplyOnThePersonTests(BaseTestCase):
    def test_a_reply_logged_on_the_person_answers_their_waiting_request(self):
        self.chat.move_to("requested")
        self.login()
        self.client.post(f"/people/{self.ana.pk}/log/", {"kind": "reply_received", "summary": "Yes!"})
        reply = self.ana.interactions.get(kind="reply_received")
        self.assertEqual(reply.conversation, self.chat)
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.replied_at, reply.occurred_at)

    def test_a_note_on_the_person_stays_on_the_person(self):
        self.chat.move_to("requested")
        self.login()
        self.client.post(f"/people/{self.ana.pk}/log/", {"kind": "note", "summary": "Likes tea"})
        self.assertIsNone(self.ana.interactions.get(kind="note").conversation)
