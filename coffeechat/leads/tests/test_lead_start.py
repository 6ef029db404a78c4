from django.urls import reverse

from coffeechat.conversations.models import Conversation
from coffeechat.leads.tests.fixtures import some_leads
from coffeechat.lib.testing import BaseTestCase


class LeadStartTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.referral, self.opening, _ = some_leads(self.chat)

    def test_one_click_starts_a_coffee_chat_with_the_referral(self):
        response = self.client.post(reverse("lead_start", args=[self.referral.pk]))
        chat = Conversation.objects.get(host=self.referral.person)
        self.assertRedirects(response, chat.get_absolute_url(), fetch_redirect_response=False)
        self.assertEqual(
            (chat.stage, chat.channel, chat.company), ("idea", "introduction", self.referral.company)
        )
        self.assertEqual(chat.goal, "")  # theirs to write; the request opens with Ana's introduction
        draft = self.client.get(reverse("compose", args=[chat.pk])).content.decode()
        self.assertIn("Ana Lima suggested", draft)
        self.assertNotIn("Introduced by", draft)
        self.referral.refresh_from_db()
        self.assertEqual(self.referral.status, "acted_on")

    def test_an_opening_has_nobody_to_talk_to(self):
        with self.assertNothingChanged():
            self.client.post(reverse("lead_start", args=[self.opening.pk]))

    def test_an_outsider_gets_404(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(
                self.client.post(reverse("lead_start", args=[self.referral.pk])).status_code, 404
            )
