from coffeechat.conversations.models import Conversation
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Person


class CompanyDeleteTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/companies/{cls.acme.pk}/delete/"

    def test_get_asks_for_confirmation(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Delete Acme Robotics?")
        self.assertContains(r, "Kept, without a company: 1 person and 1 coffee chat.")
        self.assertTrue(Company.objects.filter(pk=self.acme.pk).exists())

    def test_post_deletes_the_company_and_keeps_the_people_and_chats(self):
        self.login()
        r = self.client.post(self.url, follow=True)
        self.assertRedirects(r, "/companies/")
        self.assertContains(r, "Deleted Acme Robotics.")
        self.assertFalse(Company.objects.filter(pk=self.acme.pk).exists())
        self.assertIsNone(Person.objects.get(pk=self.ana.pk).company)
        self.assertIsNone(Conversation.objects.get(pk=self.chat.pk).company)

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url).status_code, 404)
