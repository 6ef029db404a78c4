import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Conversation, Task
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Person


class PersonPageTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ana.set_emails(["ana@acme.example"])
        cls.ana.set_phones(["+14155550123"])
        cls.ana.set_tags(["design", "alumni"])
        cls.ana.linkedin_url = "https://www.linkedin.com/in/ana-lima"
        cls.ana.notes = "Met at the design meetup."
        cls.ana.save()
        cls.url = f"/people/{cls.ana.pk}/"

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get(self.url), f"/accounts/login/?next={self.url}")

    def test_it_shows_the_person(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "<h1>Ana Lima</h1>", html=True)
        self.assertContains(r, f'<a href="/companies/{self.acme.pk}/">Acme Robotics</a>', html=True)
        self.assertContains(r, "Alumni of my school")
        self.assertContains(r, 'href="mailto:ana@acme.example"')
        self.assertContains(r, 'href="tel:+14155550123"')
        self.assertContains(r, 'href="/people/?tag=design"')
        self.assertContains(r, 'href="https://www.linkedin.com/in/ana-lima"')
        self.assertContains(r, "Met at the design meetup.")
        self.assertContains(r, "Never")

    def test_it_shows_the_coffee_chats(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, f'href="/conversations/{self.chat.pk}/"')
        self.assertContains(r, "Coffee chat · Acme Robotics")

    def test_it_shows_the_empty_states(self):
        lone = Person.objects.create(owner=self.alice, name="Lone Wolf")
        self.login()
        r = self.client.get(f"/people/{lone.pk}/")
        self.assertContains(r, "No coffee chat with Lone yet.")
        self.assertContains(r, "Nothing logged yet.")
        self.assertContains(r, "No open tasks.")

    def test_it_shows_the_timeline_and_last_contact(self):
        self.chat.log("call", "Talked about portfolios", when=timezone.now() - dt.timedelta(days=2))
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Talked about portfolios")
        self.assertContains(r, "2\xa0days ago")

    def test_it_shows_open_tasks_about_the_person_only(self):
        today = self.alice.today()
        Task.objects.create(owner=self.alice, person=self.ana, title="Send the article", due_on=today)
        Task.objects.create(
            owner=self.alice, person=self.ana, title="Already sent", due_on=today, done_at=timezone.now()
        )
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Send the article")
        self.assertNotContains(r, "Already sent")
        self.assertContains(r, f'name="person" value="{self.ana.pk}"')

    def test_it_offers_to_plan_a_coffee_chat(self):
        self.login()
        self.assertContains(self.client.get(self.url), f'href="/conversations/new/?host={self.ana.pk}"')

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url).status_code, 404)

    def test_it_404s_for_a_missing_person(self):
        self.login()
        self.assertEqual(self.client.get("/people/999999/").status_code, 404)

    def test_the_query_count_does_not_grow_with_data(self):
        self.login()
        self.client.get(self.url)
        with self.assertNumQueries(9):
            self.client.get(self.url)
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        with self.assertNumQueries(9):
            r = self.client.get(self.url)
        self.assertGreater(len(r.context["conversations"]), 5)
        self.assertGreater(len(r.context["timeline"]), 10)
        self.assertGreater(len(r.context["tasks"]), 1)
        self.assertGreater(Conversation.objects.filter(host=self.ana).count(), 5)
