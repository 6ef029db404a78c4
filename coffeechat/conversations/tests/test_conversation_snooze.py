import datetime as dt

from coffeechat.conversations.models import Conversation
from coffeechat.lib.testing import BaseTestCase


class ConversationSnoozeTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/conversations/{cls.chat.pk}/snooze/"

    def test_it_snoozes_and_goes_back_to_today(self):
        self.login()
        r = self.client.post(self.url, {"days": "7", "next": "/today/"}, follow=True)
        self.assertRedirects(r, "/today/")
        until = self.alice.today() + dt.timedelta(days=7)
        self.assertEqual(Conversation.objects.get(pk=self.chat.pk).snoozed_until, until)
        self.assertContains(r, f"Snoozed Ana Lima until {until:%A %d %B}.")
        self.assertNotIn(self.chat, r.context["waiting"])

    def test_it_refuses_a_bad_number_of_days(self):
        self.login()
        for days in ("0", "abc", "1000"):
            with self.subTest(days=days), self.assertNothingChanged():
                r = self.client.post(self.url, {"days": days}, follow=True)
                self.assertContains(r, "Pick how long to snooze for.")

    def test_it_refuses_get(self):
        self.login()
        self.assertEqual(self.client.get(self.url).status_code, 405)

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.post(self.url, {"days": "7"}).status_code, 404)
