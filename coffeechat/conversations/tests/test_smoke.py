from coffeechat.lib.testing import BaseTestCase


class TodayTests(BaseTestCase):
    def test_it_shows_the_owners_page(self):
        self.login()
        r = self.client.get("/today/")
        self.assertContains(r, "Waiting on you")
        self.assertContains(r, "Ana Lima")

    def test_outsider_gets_404_for_conversation(self):
        self.login(self.charlie)
        r = self.client.get(f"/conversations/{self.chat.pk}/")
        self.assertEqual(r.status_code, 404)

    def test_pages_render(self):
        self.login()
        for url in [
            "/pipeline/",
            "/people/",
            "/companies/",
            f"/people/{self.ana.pk}/",
            f"/companies/{self.acme.pk}/",
            f"/conversations/{self.chat.pk}/",
            f"/conversations/{self.chat.pk}/edit/",
            "/conversations/new/",
            f"/conversations/new/?host={self.ana.pk}",
            "/people/new/",
            "/companies/new/",
            "/accounts/settings/",
            "/accounts/password/",
            "/conversations/?stage=idea",
            "/tasks/",
            "/tasks/?page=2",
        ]:
            r = self.client.get(url)
            self.assertEqual(r.status_code, 200, url)


class WaitingOnYouTests(BaseTestCase):
    def test_a_reply_to_a_request_puts_it_on_today(self):
        from coffeechat.conversations.models import Conversation, InteractionKind
        from coffeechat.lib import stages

        self.chat.move_to(stages.REQUESTED)
        waiting = Conversation.objects.for_owner(self.alice).waiting_on_you(self.alice.today())
        self.assertNotIn(self.chat, waiting)
        self.chat.log(InteractionKind.REPLY_RECEIVED, "Happy to chat next week!")
        self.assertIn(self.chat, waiting.all())
        self.login()
        self.assertContains(self.client.get("/today/"), "They replied: agree on a time.")
