import datetime as dt
import re

from django.test import Client, TestCase
from django.utils import timezone

from coffeechat.conversations.models import Conversation, Task, TaskKind
from coffeechat.conversations.views import TODAY_LIMIT
from coffeechat.lib import stages
from coffeechat.lib.testing import PASSWORD, BaseTestCase, add_lots
from coffeechat.network.models import Person


def lists(response) -> str:
    """Today's lists: the one form that holds every action, from its tag to its end."""
    html = response.content.decode()
    found = re.findall(r'<form id="today-lists".*?</form>', html, re.S)
    assert len(found) == 1, f"{len(found)} lists forms in the page"
    return found[0]


def form_tag(response) -> str:
    return re.match(r"<form[^>]*>", lists(response)).group(0)


def done_button(task) -> str:
    return f'<button class="small" formaction="/tasks/{task.pk}/done/">'


class TodayTestCase(BaseTestCase):
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


class TodayTests(TodayTestCase):
    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get("/today/"), "/accounts/login/?next=/today/")

    def test_it_lists_overdue_and_due_today_tasks_and_counts_those_coming_up(self):
        self.make_task("Overdue thing", -2)
        self.make_task("Today thing", 0)
        self.make_task("Next week thing", 7)
        self.make_task("Far away thing", 8)
        self.make_task("Done thing", 0, done_at=timezone.now())
        r = self.get()
        self.assertEqual([t.title for t in r.context["overdue"]], ["Overdue thing"])
        self.assertEqual([t.title for t in r.context["due_today"]], ["Today thing"])
        self.assertEqual(r.context["coming_up_count"], 2)  # Follow up with Ana, Next week thing
        self.assertEqual(r.context["more_tasks"], 0)
        self.assertContains(r, '<li class="item overdue">', count=1)
        self.assertContains(r, "was due")
        self.assertContains(r, "due today")
        self.assertContains(r, "Coming up this week")
        self.assertNotContains(r, "Far away thing")
        self.assertNotContains(r, "Done thing")

    def test_the_lists_are_one_form_that_posts_in_place(self):
        r = self.get()
        tag = form_tag(r)
        for attribute in (
            'method="post"',
            'hx-post="/today/"',
            'hx-target="#today-lists"',
            'hx-select="#today-lists"',
            'hx-swap="outerHTML"',
        ):
            self.assertIn(attribute, tag)
        body = lists(r)
        self.assertEqual(body.count("<form"), 1, "no form inside the form")
        self.assertIn('name="csrfmiddlewaretoken"', body)
        self.assertInHTML('<input type="hidden" name="from" value="today">', body, count=1)
        self.assertInHTML('<input type="hidden" name="next" value="/today/">', body, count=1)

    def test_a_due_task_has_done_and_tomorrow_buttons(self):
        task = self.make_task("Today thing", 0)
        body = lists(self.get())
        self.assertInHTML(
            f'<button class="small" formaction="/tasks/{task.pk}/done/">'
            'Done<span class="visually-hidden">: Today thing</span></button>',
            body,
            count=1,
        )
        self.assertInHTML(
            f'<button class="small secondary" formaction="/tasks/{task.pk}/snooze/" name="days" value="1">'
            'Tomorrow<span class="visually-hidden">: snooze Today thing</span></button>',
            body,
            count=1,
        )

    def test_tasks_coming_up_have_no_buttons_and_link_to_every_task(self):
        r = self.get()  # the only task, Follow up with Ana, is due tomorrow
        self.assertEqual(r.context["coming_up_count"], 1)
        self.assertNotContains(r, f"/tasks/{self.task.pk}/")
        self.assertContains(r, "Nothing due today.")
        self.assertContains(r, '<a href="/tasks/">See every task</a>', html=True)

    def test_a_task_links_to_its_conversation_or_person(self):
        self.task.due_on = self.alice.today()
        self.task.save()
        self.make_task("Send Ben the article", 0, person=self.ben)
        r = self.get()
        self.assertContains(r, f'<a href="/conversations/{self.chat.pk}/">Ana Lima</a>', html=True)
        self.assertContains(r, f'<a href="/people/{self.ben.pk}/">Ben Okafor</a>', html=True)

    def test_a_review_to_read_links_to_the_plan_it_comments_on(self):
        self.make_task(
            "Read Sam's comments on your questions", 0, conversation=self.chat, kind=TaskKind.REVIEW
        )
        r = self.get()
        self.assertContains(
            r, f'<a href="/conversations/{self.chat.pk}/plan/#plan-items">Ana Lima</a>', html=True
        )

    def test_the_most_overdue_come_first_and_the_rest_are_one_link_away(self):
        overdue = [self.make_task(f"Overdue {i}", -i - 1) for i in range(TODAY_LIMIT + 3)]
        [self.make_task(f"Today {i}", 0) for i in range(2)]
        r = self.get()
        self.assertEqual(r.context["overdue"], overdue[::-1][:TODAY_LIMIT])
        self.assertEqual(r.context["due_today"], [])
        self.assertEqual(r.context["more_tasks"], 5)
        self.assertContains(r, '<li class="item overdue">', count=TODAY_LIMIT)
        self.assertContains(r, '<a href="/tasks/">5 more due — see every task</a>', html=True)

    def test_due_today_fill_the_list_after_the_overdue(self):
        overdue = [self.make_task(f"Overdue {i}", -1) for i in range(TODAY_LIMIT - 2)]
        today = [self.make_task(f"Today {i}", 0) for i in range(3)]
        r = self.get()
        self.assertEqual(r.context["overdue"], overdue)
        self.assertEqual(r.context["due_today"], today[:2])
        self.assertContains(r, "1 more due — see every task")

    def test_a_full_list_has_no_link_to_more(self):
        [self.make_task(f"Today {i}", 0) for i in range(TODAY_LIMIT)]
        r = self.get()
        self.assertEqual(len(r.context["due_today"]), TODAY_LIMIT)
        self.assertNotContains(r, "more due")

    def test_it_lists_meetings_in_the_next_seven_days(self):
        now = timezone.now()
        self.conversation(
            self.ben, stages.SCHEDULED, scheduled_at=now + dt.timedelta(days=2), place="Blue Café"
        )
        self.conversation(self.cleo, stages.SCHEDULED, scheduled_at=now + dt.timedelta(days=8))
        r = self.get()
        self.assertEqual([c.host.name for c in r.context["meetings"]], ["Ben Okafor"])
        self.assertContains(r, "Blue Café")
        self.assertNotContains(r, 'href="/conversations/?stage=scheduled"')

    def test_many_meetings_show_the_soonest_and_link_to_all(self):
        now = timezone.now()
        meetings = [
            self.conversation(self.ben, stages.SCHEDULED, scheduled_at=now + dt.timedelta(hours=i + 1))
            for i in range(TODAY_LIMIT + 1)
        ]
        r = self.get()
        self.assertEqual(list(r.context["meetings"]), meetings[:TODAY_LIMIT])
        self.assertContains(r, 'href="/conversations/?stage=scheduled"', count=1)

    def test_a_meeting_whose_time_has_passed_waits_on_you(self):
        self.conversation(self.ben, stages.SCHEDULED, scheduled_at=timezone.now() - dt.timedelta(hours=3))
        r = self.get()
        self.assertEqual(list(r.context["meetings"]), [])
        self.assertIn("Ben Okafor", [c.host.name for c in r.context["waiting"]])
        self.assertContains(r, "Your meeting time has passed: how did it go?")

    def test_it_lists_what_waits_on_you_with_buttons_in_the_one_form(self):
        met = self.conversation(self.ben, stages.MET)
        self.conversation(self.cleo, stages.REQUESTED, requested_at=timezone.now())
        r = self.get()
        self.assertEqual({c.pk for c in r.context["waiting"]}, {self.chat.pk, met.pk})
        body = lists(r)
        self.assertIn(f'href="/conversations/{self.chat.pk}/#next"', body)
        self.assertInHTML(
            f'<button class="small" formaction="/conversations/{met.pk}/move/" name="stage" value="thanked">'
            'Thank-you sent<span class="visually-hidden"> to Ben Okafor</span></button>',
            body,
            count=1,
        )
        for c in (self.chat, met):
            self.assertIn(f'formaction="/conversations/{c.pk}/snooze/" name="days" value="7"', body)
        self.assertNotIn("Cleo Park", body)  # asked, and no reply yet

    def test_a_thank_you_on_the_to_do_list_is_not_asked_for_again_under_waiting(self):
        met = self.conversation(self.ben, stages.MET)
        other = self.conversation(self.cleo, stages.MET)
        task = self.make_task(
            "Thank Ben Okafor for the conversation", 0, conversation=met, kind=TaskKind.THANK_YOU
        )
        body = lists(self.get())
        self.assertIn(done_button(task), body)
        self.assertNotIn(f'formaction="/conversations/{met.pk}/move/"', body)
        self.assertIn(f'formaction="/conversations/{other.pk}/move/"', body)  # no task: still waiting
        task.mark_done()  # done without sending it from coffeechat: the chat asks again
        self.assertIn(f'formaction="/conversations/{met.pk}/move/"', lists(self.get()))

    def test_the_thank_you_button_moves_and_comes_back_to_today(self):
        met = self.conversation(self.ben, stages.MET)
        self.login()
        r = self.client.post(
            f"/conversations/{met.pk}/move/",
            {"stage": "thanked", "from": "today", "next": "/today/"},
            follow=True,
        )
        self.assertRedirects(r, "/today/")
        self.assertEqual(Conversation.objects.get(pk=met.pk).stage, stages.THANKED)
        self.assertIn("Ben Okafor moved to “Thanked”.", lists(r))
        self.assertContains(r, "Ben Okafor moved to “Thanked”.", count=1)

    def test_messages_show_inside_the_lists_once(self):
        self.login()
        r = self.client.post(
            f"/conversations/{self.chat.pk}/snooze/",
            {"days": "7", "from": "today", "next": "/today/"},
            follow=True,
        )
        self.assertRedirects(r, "/today/")
        self.assertIn("Snoozed Ana Lima until", lists(r))
        self.assertContains(r, "Snoozed Ana Lima until", count=1)
        self.assertNotContains(self.client.get("/today/"), "Snoozed Ana Lima until")

    def test_the_longest_waiting_come_first_and_the_rest_wait(self):
        now = timezone.now()
        Conversation.objects.filter(pk=self.chat.pk).update(stage_changed_at=now)
        older = Conversation.objects.bulk_create(
            Conversation(owner=self.alice, host=self.ben, stage_changed_at=now - dt.timedelta(days=i + 1))
            for i in range(TODAY_LIMIT + 1)
        )
        r = self.get()
        self.assertEqual(list(r.context["waiting"]), older[::-1][:TODAY_LIMIT])
        self.assertNotIn(self.chat, r.context["waiting"])
        self.assertContains(r, "start with these, the ones that have waited longest")

    def test_a_full_waiting_list_says_nothing_about_more(self):
        Conversation.objects.bulk_create(
            Conversation(owner=self.alice, host=self.ben) for _ in range(TODAY_LIMIT - 1)
        )
        r = self.get()
        self.assertEqual(len(r.context["waiting"]), TODAY_LIMIT)
        self.assertNotContains(r, "the ones that have waited longest")

    def test_snoozed_conversations_are_hidden_until_the_date(self):
        today = self.alice.today()
        self.chat.snooze(today + dt.timedelta(days=1))
        self.assertNotIn(self.chat, self.get().context["waiting"])
        self.chat.snooze(today)
        self.assertIn(self.chat, self.get().context["waiting"])

    def test_it_never_shows_other_users_data(self):
        bobs = Person.objects.create(owner=self.bob, name="Bobs Contact")
        Conversation.objects.create(owner=self.bob, host=bobs, stage=stages.IDEA)
        Conversation.objects.create(
            owner=self.bob,
            host=bobs,
            stage=stages.SCHEDULED,
            scheduled_at=timezone.now() + dt.timedelta(days=1),
        )
        for days in (-1, 0, 1):
            Task.objects.create(
                owner=self.bob, title="Bobs task", due_on=self.alice.today() + dt.timedelta(days)
            )
        r = self.get()
        self.assertNotContains(r, "Bobs")
        self.assertEqual(r.context["coming_up_count"], 1)
        self.assertEqual(r.context["more_tasks"], 0)
        self.assertEqual(list(r.context["meetings"]), [])

    def test_a_new_user_sees_how_to_start(self):
        self.login(self.charlie)
        r = self.client.get("/today/")
        self.assertContains(r, "Start your first coffee chat")
        self.assertContains(r, "Nothing is waiting on you.")
        self.assertContains(r, "No meetings this week.")
        self.assertContains(r, "Nothing due today.")
        self.assertContains(r, "Add a task from any conversation")
        self.assertNotContains(r, "Coming up this week")

    def test_a_user_with_conversations_does_not_see_the_welcome(self):
        self.assertNotContains(self.get(), "Start your first coffee chat")

    def test_the_query_count_does_not_grow_with_data(self):
        self.make_task("Overdue thing", -2)
        self.make_task("Today thing", 0, person=self.ben)
        self.conversation(self.ben, stages.SCHEDULED, scheduled_at=timezone.now() + dt.timedelta(days=1))
        self.get()
        # Session, user, task counts, due tasks, meetings, waiting: "is it new?" is known from the lists.
        with self.assertNumQueries(6):
            self.client.get("/today/")
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        # More than each list shows.
        now = timezone.now()
        Conversation.objects.bulk_create(
            Conversation(
                owner=self.alice, host=self.ben, stage=stage, scheduled_at=now + dt.timedelta(hours=1)
            )
            for stage in (stages.MET, stages.SCHEDULED)
            for _ in range(TODAY_LIMIT)
        )
        with self.assertNumQueries(6):
            r = self.client.get("/today/")
        self.assertEqual(len(r.context["overdue"]), TODAY_LIMIT)
        self.assertGreater(r.context["more_tasks"], 5)
        self.assertGreater(r.context["coming_up_count"], TODAY_LIMIT)
        self.assertEqual(len(r.context["meetings"]), TODAY_LIMIT)
        self.assertEqual(len(r.context["waiting"]), TODAY_LIMIT)


class TodayTaskActionTests(TodayTestCase):
    def setUp(self):
        self.login()
        self.task.due_on = self.alice.today()
        self.task.save()

    def post(self, action, data=None, **kwargs):
        return self.client.post(
            f"/tasks/{self.task.pk}/{action}/", {"from": "today", "next": "/today/", **(data or {})}, **kwargs
        )

    def htmx(self, action, data=None):
        return self.post(action, data, HTTP_HX_REQUEST="true")

    def test_done_by_a_normal_post_redirects_back(self):
        r = self.post("done", follow=True)
        self.assertRedirects(r, "/today/")
        self.assertContains(r, "Done: Follow up with Ana.", count=1)
        self.task.refresh_from_db()
        self.assertIsNotNone(self.task.done_at)
        self.assertNotIn(self.task, r.context["due_today"])

    def test_done_by_htmx_returns_the_lists_with_an_undo(self):
        r = self.htmx("done")
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, '<form id="today-lists"')
        self.assertNotContains(r, "<html")
        self.assertNotContains(r, "Start your first coffee chat")
        self.assertContains(r, 'name="csrfmiddlewaretoken"')  # the next action needs it too
        self.assertContains(r, "Done: Follow up with Ana.", count=1)
        self.assertInHTML(
            f'<button class="link" formaction="/tasks/{self.task.pk}/reopen/" data-focus-after-swap>'
            "Undo</button>",
            lists(r),
            count=1,
        )
        self.assertNotContains(r, done_button(self.task))
        self.task.refresh_from_db()
        self.assertIsNotNone(self.task.done_at)
        # What the lists said is not said again on the next page.
        self.assertNotContains(self.client.get("/today/"), "Done: Follow up with Ana.")

    def test_undo_by_htmx_reopens_the_task(self):
        self.task.mark_done()
        r = self.htmx("reopen")
        self.assertContains(r, '<form id="today-lists"')
        self.assertNotContains(r, ">Undo</button>")
        self.assertContains(r, "Reopened: Follow up with Ana.", count=1)
        self.assertContains(r, done_button(self.task), count=1)
        self.task.refresh_from_db()
        self.assertIsNone(self.task.done_at)

    def test_snooze_by_a_normal_post_moves_it_to_tomorrow(self):
        r = self.client.post(f"/tasks/{self.task.pk}/snooze/", {"days": "1", "next": "/today/"})
        self.assertRedirects(r, "/today/", fetch_redirect_response=False)
        self.task.refresh_from_db()
        self.assertEqual(self.task.due_on, self.alice.today() + dt.timedelta(days=1))

    def test_snooze_by_htmx_returns_the_lists_without_an_undo(self):
        r = self.htmx("snooze", {"days": "1"})
        self.assertContains(r, '<form id="today-lists"')
        self.assertNotContains(r, ">Undo</button>")
        self.assertContains(r, "Moved “Follow up with Ana” to", count=1)
        self.assertEqual(r.context["coming_up_count"], 1)
        self.assertEqual(list(r.context["due_today"]), [])
        self.assertNotContains(r, done_button(self.task))
        self.task.refresh_from_db()
        self.assertEqual(self.task.due_on, self.alice.today() + dt.timedelta(days=1))

    def test_the_lists_own_csrf_token_is_accepted(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', lists(client.get("/today/")))
        with self.assertNothingChanged():
            self.assertEqual(client.post(f"/tasks/{self.task.pk}/done/").status_code, 403)
        r = client.post(
            f"/tasks/{self.task.pk}/done/", {"csrfmiddlewaretoken": token.group(1), "next": "/today/"}
        )
        self.assertRedirects(r, "/today/", fetch_redirect_response=False)
        self.task.refresh_from_db()
        self.assertIsNotNone(self.task.done_at)


class FirstTodayTests(TestCase):
    def test_the_welcome_greets_before_the_how_to(self):
        data = {
            "name": "Dana Diaz",
            "email": "dana@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        }
        page = self.client.post("/accounts/signup/", data, follow=True).content.decode()
        self.assertLess(page.index("Welcome, Dana!"), page.index("Start your first coffee chat"))
