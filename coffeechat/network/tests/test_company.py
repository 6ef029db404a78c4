import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Conversation, Interaction
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Company, Person


class CompanyPageTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.acme.website = "https://acme.example"
        cls.acme.location = "Boston"
        cls.acme.notes = "Hiring designers in spring."
        cls.acme.save()
        cls.url = f"/companies/{cls.acme.pk}/"

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get(self.url), f"/accounts/login/?next={self.url}")

    def test_it_shows_the_company_people_chats_and_log(self):
        self.chat.log("call", "Portfolio review")
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "<h1>Acme Robotics</h1>", html=True)
        self.assertContains(r, "Robotics · Boston")
        self.assertContains(r, 'href="https://acme.example"')
        self.assertContains(r, "Hiring designers in spring.")
        self.assertContains(r, "People you know there (1)")
        self.assertContains(r, f'href="/conversations/new/?host={self.ana.pk}"')
        self.assertContains(r, f'href="/conversations/{self.chat.pk}/"')
        self.assertContains(r, "Portfolio review")

    def test_it_shows_the_empty_states(self):
        empty = Company.objects.create(owner=self.alice, name="Initech")
        self.login()
        r = self.client.get(f"/companies/{empty.pk}/")
        self.assertContains(r, "People you know there (0)")
        self.assertContains(r, "Nobody yet.")
        self.assertContains(r, "No coffee chats here yet.")
        self.assertContains(r, "Nothing logged yet.")

    def test_the_timeline_shows_the_newest_entries_and_links_to_the_rest(self):
        elsewhere = Person.objects.create(owner=self.alice, name="Not At Acme")
        now = timezone.now()
        Interaction.objects.bulk_create(
            Interaction(
                owner=self.alice,
                person=self.ana if i < 25 else elsewhere,
                kind="note",
                summary=f"Note {i:02d}",
                occurred_at=now - dt.timedelta(hours=i),
            )
            for i in range(30)
        )
        self.login()
        r = self.client.get(self.url)
        self.assertEqual([i.summary for i in r.context["timeline"]], [f"Note {i:02d}" for i in range(20)])
        self.assertContains(r, '<a href="?timeline=all#h-log">Show the whole timeline</a>', html=True)
        r = self.client.get(self.url + "?timeline=all")
        self.assertEqual([i.summary for i in r.context["timeline"]], [f"Note {i:02d}" for i in range(25)])
        self.assertNotContains(r, "Show the whole timeline")

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url).status_code, 404)

    def test_the_query_count_does_not_grow_with_data(self):
        self.login()
        self.client.get(self.url)
        with self.assertNumQueries(12):
            self.client.get(self.url)
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        with self.assertNumQueries(12):
            r = self.client.get(self.url)
        self.assertGreater(len(r.context["people"]), 10)
        self.assertGreater(len(r.context["timeline"]), 10)
        self.assertGreater(Conversation.objects.filter(company=self.acme).count(), 10)
        self.assertGreater(Person.objects.filter(company=self.acme).count(), 10)
