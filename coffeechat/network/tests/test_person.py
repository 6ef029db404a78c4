import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Conversation, Interaction, Task
from coffeechat.lib.http import TIMELINE_LENGTH
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Company, Connection, Job, Person


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

    def log_notes(self, n, **kwargs):
        now = timezone.now()
        Interaction.objects.bulk_create(
            Interaction(
                owner=self.alice,
                person=self.ana,
                kind="note",
                summary=f"Note {i:02d}",
                occurred_at=now - dt.timedelta(hours=i),
                **kwargs,
            )
            for i in range(n)
        )

    def summaries(self, r):
        return [i.summary for i in r.context["timeline"]]

    def test_the_timeline_shows_the_newest_entries_and_links_to_the_rest(self):
        self.assertEqual(TIMELINE_LENGTH, 20)
        self.log_notes(25)
        self.login()
        r = self.client.get(self.url)
        self.assertEqual(self.summaries(r), [f"Note {i:02d}" for i in range(20)])
        self.assertContains(r, "Note 19")
        self.assertNotContains(r, "Note 20")
        self.assertContains(r, '<a href="?timeline=all#h-log">Show the whole timeline</a>', html=True)
        self.assertContains(r, 'id="h-log"')
        r = self.client.get(self.url + "?timeline=all")
        self.assertEqual(self.summaries(r), [f"Note {i:02d}" for i in range(25)])
        self.assertContains(r, "Note 24")
        self.assertNotContains(r, "Show the whole timeline")

    def test_a_timeline_that_fits_has_no_link(self):
        self.log_notes(20)
        self.login()
        r = self.client.get(self.url)
        self.assertEqual(len(r.context["timeline"]), 20)
        self.assertNotContains(r, "Show the whole timeline")
        r = self.client.get(self.url + "?timeline=bogus")
        self.assertEqual(len(r.context["timeline"]), 20)

    def test_the_timeline_includes_entries_of_every_conversation_with_the_person(self):
        self.log_notes(3)
        self.log_notes(3, conversation=self.chat)
        self.login()
        self.assertEqual(len(self.client.get(self.url).context["timeline"]), 6)

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

    # 14: the work history card reads the person's jobs (with their companies) in one query; the
    # names "Who they know" suggests come later, when its form opens (see test_people_names); the
    # warm paths reuse the connections the page lists and the schools and groups its form shows,
    # and need nobody else's details while nobody is noted around the person (16 once someone is,
    # however many).
    def test_the_query_count_does_not_grow_with_data(self):
        self.login()
        self.client.get(self.url)
        with self.assertNumQueries(14):
            self.client.get(self.url)
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        Job.objects.bulk_create(
            Job(owner=self.alice, person=self.ana, company=c, is_current=False)
            for c in Company.objects.for_owner(self.alice)
        )
        with self.assertNumQueries(14):
            r = self.client.get(self.url)
        self.assertGreater(len(r.context["jobs"]), 5)
        self.assertGreater(len(r.context["conversations"]), 5)
        self.assertEqual(len(r.context["timeline"]), TIMELINE_LENGTH)
        self.assertTrue(r.context["timeline_more"])
        self.assertGreater(len(r.context["tasks"]), 1)
        self.assertGreater(Conversation.objects.filter(host=self.ana).count(), 5)
        with self.assertNumQueries(14):  # the whole timeline costs no more queries
            r = self.client.get(self.url + "?timeline=all")
        self.assertGreater(len(r.context["timeline"]), TIMELINE_LENGTH)
        for other in Person.objects.for_owner(self.alice).exclude(pk=self.ana.pk)[:2]:
            Connection.link(self.ana, other)
        with self.assertNumQueries(16):
            r = self.client.get(self.url)
        self.assertEqual(len(r.context["connections"]), 2)
        for other in Person.objects.for_owner(self.alice).exclude(pk=self.ana.pk)[2:12]:
            Connection.link(self.ana, other)
        with self.assertNumQueries(16):
            r = self.client.get(self.url)
        self.assertGreater(len(r.context["connections"]), 5)
