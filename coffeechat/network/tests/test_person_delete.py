from coffeechat.conversations.models import Conversation, Interaction, Task
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, EmailAddress, Person


class PersonDeleteTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ana.set_emails(["ana@acme.example"])
        cls.chat.log("call", "A call")
        cls.url = f"/people/{cls.ana.pk}/delete/"

    def test_get_asks_for_confirmation_and_lists_what_goes(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Delete Ana Lima?")
        self.assertContains(r, "Deleted with them: 1 coffee chat, 1 logged interaction and no tasks.")
        self.assertContains(r, f'href="/people/{self.ana.pk}/"')  # "No, keep it"
        self.assertTrue(Person.objects.filter(pk=self.ana.pk).exists())

    def test_post_deletes_the_person_and_what_hangs_off_them(self):
        self.login()
        r = self.client.post(self.url, follow=True)
        self.assertRedirects(r, "/people/")
        self.assertContains(r, "Deleted Ana Lima and everything logged with them.")
        self.assertFalse(Person.objects.filter(pk=self.ana.pk).exists())
        self.assertFalse(Conversation.objects.filter(pk=self.chat.pk).exists())
        self.assertFalse(Task.objects.filter(pk=self.task.pk).exists())
        self.assertFalse(Interaction.objects.exists())
        self.assertFalse(EmailAddress.objects.exists())
        # The company stays.
        self.assertTrue(Company.objects.filter(pk=self.acme.pk).exists())

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url).status_code, 404)

    def test_it_needs_a_signed_in_user(self):
        with self.assertNothingChanged():
            r = self.client.post(self.url)
        self.assertRedirects(r, f"/accounts/login/?next={self.url}")
