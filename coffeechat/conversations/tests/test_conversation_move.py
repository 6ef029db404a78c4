import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Conversation, Interaction, StageChange
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase


class ConversationMoveTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/conversations/{cls.chat.pk}/move/"

    def reload(self):
        return Conversation.objects.get(pk=self.chat.pk)

    def test_sending_the_request_logs_the_message(self):
        self.login()
        before = timezone.now()
        r = self.client.post(self.url, {"stage": "requested", "summary": "  Hi Ana!  "}, follow=True)
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/")
        self.assertContains(r, "Ana Lima moved to “Requested”. Next: Wait for a reply")
        chat = self.reload()
        self.assertEqual(chat.stage, stages.REQUESTED)
        self.assertGreaterEqual(chat.requested_at, before)
        message = Interaction.objects.get()
        self.assertEqual(
            (message.kind, message.summary, message.conversation), ("message_sent", "Hi Ana!", chat)
        )
        change = StageChange.objects.get()
        self.assertEqual(
            (change.from_stage, change.to_stage, change.owner), ("idea", "requested", self.alice)
        )

    def test_a_move_clears_the_snooze(self):
        self.chat.snooze(self.alice.today() + dt.timedelta(days=3))
        self.login()
        self.client.post(self.url, {"stage": "on_hold"})
        self.assertIsNone(self.reload().snoozed_until)

    def test_the_thank_you_logs_a_message(self):
        Conversation.objects.filter(pk=self.chat.pk).update(stage=stages.MET)
        self.login()
        self.client.post(self.url, {"stage": "thanked", "summary": "Thanks!"})
        self.assertEqual(self.reload().stage, stages.THANKED)
        self.assertEqual(Interaction.objects.get().summary, "Thanks!")

    def test_keeping_in_touch_logs_nothing(self):
        Conversation.objects.filter(pk=self.chat.pk).update(stage=stages.THANKED)
        self.login()
        self.client.post(self.url, {"stage": "keeping_in_touch"})
        self.assertEqual(self.reload().stage, stages.KEEPING_IN_TOUCH)
        self.assertFalse(Interaction.objects.exists())

    def test_a_refused_move_says_why_and_changes_nothing(self):
        Conversation.objects.filter(pk=self.chat.pk).update(stage=stages.MET)
        self.login()
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"stage": "declined"}, follow=True)
        self.assertContains(r, "Ana Lima: A conversation at “Met” cannot be marked “Declined”.")

    def test_it_follows_a_safe_next(self):
        self.login()
        r = self.client.post(self.url, {"stage": "requested", "next": "/today/"})
        self.assertRedirects(r, "/today/", fetch_redirect_response=False)

    def test_it_ignores_an_unsafe_next(self):
        self.login()
        for unsafe in ("//evil.com/", "https://evil.com/"):
            r = self.client.post(self.url, {"stage": "on_hold", "next": unsafe})
            self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)

    def test_it_refuses_get(self):
        self.login()
        self.assertEqual(self.client.get(self.url).status_code, 405)

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                r = self.client.post(self.url, {"stage": "requested", "summary": "Sneaky"})
                self.assertEqual(r.status_code, 404)
                r = self.client.post(
                    self.url, {"stage": "requested", "from": "board"}, HTTP_HX_REQUEST="true"
                )
                self.assertEqual(r.status_code, 404)
