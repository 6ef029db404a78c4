import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Interaction, InteractionKind
from coffeechat.lib.testing import BaseTestCase


class ConversationLogTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/conversations/{cls.chat.pk}/log/"

    def test_it_logs_an_interaction_on_the_conversation_and_the_host(self):
        self.login()
        r = self.client.post(self.url, {"kind": "reply_received", "summary": "Yes, next week!"}, follow=True)
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/")
        self.assertContains(r, "Logged: reply received.")
        self.assertContains(r, "Yes, next week!")
        interaction = Interaction.objects.get()
        self.assertEqual(
            (interaction.conversation, interaction.person, interaction.owner),
            (self.chat, self.ana, self.alice),
        )
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.last_contacted_at, interaction.occurred_at)

    def test_bad_input_shows_the_page_again_with_the_errors(self):
        self.login()
        future = (timezone.now() + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"kind": "call", "occurred_at": future, "summary": "Later"})
        self.assertContains(r, "pick a time in the past", status_code=400)
        self.assertContains(r, "Later</textarea>", status_code=400)

    def test_a_get_after_a_form_error_goes_back_to_the_page(self):
        # The address bar shows this URL after a form error; opening it again is not an error.
        self.login()
        self.assertRedirects(self.client.get(self.url), f"/conversations/{self.chat.pk}/")

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.post(self.url, {"kind": "call"}).status_code, 404)

    def test_each_kind_shows_its_label(self):
        for kind, label in InteractionKind.choices:
            self.assertEqual(Interaction(kind=kind).get_kind_display(), label)
        self.assertEqual(Interaction(kind="gone").get_kind_display(), "gone")  # as Django shows it
