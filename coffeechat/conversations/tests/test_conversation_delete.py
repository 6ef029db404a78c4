from coffeechat.conversations.models import Conversation, Interaction, StageChange, Task
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Person


class ConversationDeleteTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chat.move_to(stages.REQUESTED, summary="Hi Ana")
        cls.url = f"/conversations/{cls.chat.pk}/delete/"

    def test_get_asks_for_confirmation(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Delete the coffee chat with Ana Lima (Acme Robotics)?")
        self.assertContains(r, "Deleted with it: 3 tasks.")  # its own and the two 3B7 reminders
        self.assertContains(r, "Kept on Ana Lima&#x27;s timeline: 1 logged interaction.")
        self.assertTrue(Conversation.objects.filter(pk=self.chat.pk).exists())

    def test_post_deletes_it_with_its_tasks_and_keeps_the_log(self):
        self.login()
        r = self.client.post(self.url, follow=True)
        self.assertRedirects(r, "/pipeline/")
        self.assertContains(r, "Deleted the coffee chat with Ana Lima.")
        self.assertFalse(Conversation.objects.exists())
        self.assertFalse(Task.objects.exists())
        self.assertFalse(StageChange.objects.exists())
        interaction = Interaction.objects.get()
        self.assertIsNone(interaction.conversation)
        self.assertEqual(interaction.person, self.ana)
        self.assertTrue(Person.objects.filter(pk=self.ana.pk).exists())

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url).status_code, 404)
