import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Conversation, Task
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Person


class TodayTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ben = Person.objects.create(owner=cls.alice, name="Ben Okafor")
        cls.cleo = Person.objects.create(owner=cls.alice, name="Cleo Park")

    def make_task(self, title, days, **kwargs):
        return Task.objects.create(
            owner=self.alice, title=title, due_on=self.alice.today() + dt.timedelta(days=days), **kwargs
        )

    def conversation(self, host, stage, **kwargs):
        return Conversation.objects.create(owner=self.alice, host=host, stage=stage, **kwargs)

    def get(self):
        self.login()
        return self.client.get("/today/")

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get("/today/"), "/accounts/login/?next=/today/")

    def test_it_lists_overdue_due_today_and_coming_up_tasks(self):
        self.make_task("Overdue thing", -2)
        self.make_task("Today thing", 0)
        self.make_task("Next week thing", 7)
        self.make_task("Far away thing", 8)
        self.make_task("Done thing", 0, done_at=timezone.now())
        r = self.get()
        self.assertEqual([t.title for t in r.context["overdue"]], ["Overdue thing"])
        self.assertEqual([t.title for t in r.context["due_today"]], ["Today thing"])
        self.assertEqual([t.title for t in r.context["coming_up"]], ["Follow up with Ana", "Next week thing"])
        self.assertContains(r, '<li class="item overdue">', count=1)
        self.assertContains(r, "was due")
        self.assertContains(r, "Coming up this week (2)")
        self.assertNotContains(r, "Far away thing")
        self.assertNotContains(r, "Done thing")

    def test_a_task_links_to_its_conversation(self):
        r = self.get()
        self.assertContains(r, f'<a href="/conversations/{self.chat.pk}/">Ana Lima</a>', html=True)

    def test_nothing_due_says_when_the_next_task_is(self):
        r = self.get()
        self.assertContains(r, "Nothing due today. The next task is due")

    def test_it_lists_meetings_in_the_next_seven_days(self):
        now = timezone.now()
        self.conversation(
            self.ben, stages.SCHEDULED, scheduled_at=now + dt.timedelta(days=2), place="Blue Café"
        )
        self.conversation(self.cleo, stages.SCHEDULED, scheduled_at=now + dt.timedelta(days=8))
        r = self.get()
        self.assertEqual([c.host.name for c in r.context["meetings"]], ["Ben Okafor"])
        self.assertContains(r, "Blue Café")

    def test_a_meeting_whose_time_has_passed_waits_on_you(self):
        self.conversation(self.ben, stages.SCHEDULED, scheduled_at=timezone.now() - dt.timedelta(hours=3))
        r = self.get()
        self.assertEqual(list(r.context["meetings"]), [])
        self.assertIn("Ben Okafor", [c.host.name for c in r.context["waiting"]])
        self.assertContains(r, "Your meeting time has passed: how did it go?")

    def test_it_lists_what_waits_on_you(self):
        met = self.conversation(self.ben, stages.MET)
        self.conversation(self.cleo, stages.REQUESTED, requested_at=timezone.now())
        r = self.get()
        self.assertEqual({c.pk for c in r.context["waiting"]}, {self.chat.pk, met.pk})
        self.assertContains(r, f'href="/conversations/{self.chat.pk}/#next"')
        self.assertContains(r, "Thank-you sent")
        self.assertContains(r, f'action="/conversations/{met.pk}/move/"')

    def test_snoozed_conversations_are_hidden_until_the_date(self):
        today = self.alice.today()
        self.chat.snooze(today + dt.timedelta(days=1))
        self.assertNotIn(self.chat, self.get().context["waiting"])
        self.chat.snooze(today)
        self.assertIn(self.chat, self.get().context["waiting"])

    def test_it_never_shows_other_users_data(self):
        bobs = Person.objects.create(owner=self.bob, name="Bobs Contact")
        Conversation.objects.create(owner=self.bob, host=bobs, stage=stages.IDEA)
        Task.objects.create(owner=self.bob, title="Bobs task", due_on=self.alice.today())
        r = self.get()
        self.assertNotContains(r, "Bobs")

    def test_a_new_user_sees_how_to_start(self):
        self.login(self.charlie)
        r = self.client.get("/today/")
        self.assertContains(r, "Start your first coffee chat")
        self.assertContains(r, "Nothing is waiting on you.")
        self.assertContains(r, "No meetings this week.")
        self.assertContains(r, "Add a task from any conversation")

    def test_a_user_with_conversations_does_not_see_the_welcome(self):
        self.assertNotContains(self.get(), "Start your first coffee chat")

    def test_the_query_count_does_not_grow_with_data(self):
        self.make_task("Overdue thing", -2)
        self.make_task("Today thing", 0, person=self.ben)
        self.conversation(self.ben, stages.SCHEDULED, scheduled_at=timezone.now() + dt.timedelta(days=1))
        self.get()
        with self.assertNumQueries(8):
            self.client.get("/today/")
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        with self.assertNumQueries(8):
            r = self.client.get("/today/")
        self.assertGreater(len(r.context["overdue"]), 5)
        self.assertGreater(len(r.context["due_today"]), 5)
        self.assertGreater(len(r.context["meetings"]), 2)
        self.assertGreater(len(r.context["waiting"]), 5)


class TodayTaskActionTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.task.due_on = self.alice.today()
        self.task.save()

    def test_done_by_a_normal_post_redirects_back(self):
        r = self.client.post(
            f"/tasks/{self.task.pk}/done/", {"from": "today", "next": "/today/"}, follow=True
        )
        self.assertRedirects(r, "/today/")
        self.assertContains(r, "Done: Follow up with Ana.")
        self.task.refresh_from_db()
        self.assertIsNotNone(self.task.done_at)
        self.assertNotIn(self.task, r.context["due_today"])

    def test_done_by_htmx_returns_the_lists_with_an_undo(self):
        r = self.client.post(
            f"/tasks/{self.task.pk}/done/", {"from": "today", "next": "/today/"}, HTTP_HX_REQUEST="true"
        )
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, '<div id="today-lists"')
        self.assertNotContains(r, "<html")
        self.assertNotContains(r, "Start your first coffee chat")
        self.assertContains(r, "Done: Follow up with Ana.")
        self.assertContains(r, f'hx-post="/tasks/{self.task.pk}/reopen/"')
        self.assertContains(r, ">Undo</button>")
        self.assertNotContains(r, f'action="/tasks/{self.task.pk}/done/"')
        self.task.refresh_from_db()
        self.assertIsNotNone(self.task.done_at)

    def test_undo_by_htmx_reopens_the_task(self):
        self.task.mark_done()
        r = self.client.post(f"/tasks/{self.task.pk}/reopen/", {"from": "today"}, HTTP_HX_REQUEST="true")
        self.assertContains(r, '<div id="today-lists"')
        self.assertNotContains(r, ">Undo</button>")
        self.assertContains(r, f'action="/tasks/{self.task.pk}/done/"')
        self.task.refresh_from_db()
        self.assertIsNone(self.task.done_at)

    def test_snooze_by_a_normal_post_moves_it_to_tomorrow(self):
        r = self.client.post(f"/tasks/{self.task.pk}/snooze/", {"days": "1", "next": "/today/"})
        self.assertRedirects(r, "/today/", fetch_redirect_response=False)
        self.task.refresh_from_db()
        self.assertEqual(self.task.due_on, self.alice.today() + dt.timedelta(days=1))

    def test_snooze_by_htmx_returns_the_lists_without_an_undo(self):
        r = self.client.post(
            f"/tasks/{self.task.pk}/snooze/", {"from": "today", "days": "1"}, HTTP_HX_REQUEST="true"
        )
        self.assertContains(r, '<div id="today-lists"')
        self.assertNotContains(r, ">Undo</button>")
        self.assertEqual([t.pk for t in r.context["coming_up"]], [self.task.pk])
        self.assertEqual(list(r.context["due_today"]), [])
