import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Task
from coffeechat.lib.testing import BaseTestCase, add_lots


class TaskNewTests(BaseTestCase):
    def due(self, days=3):
        return (self.alice.today() + dt.timedelta(days=days)).isoformat()

    def test_it_adds_a_task_to_a_conversation(self):
        self.login()
        r = self.client.post(
            "/tasks/new/", {"conversation": self.chat.pk, "title": "Send questions", "due_on": self.due()}
        )
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)
        task = Task.objects.get(title="Send questions")
        self.assertEqual((task.owner, task.conversation, task.person), (self.alice, self.chat, None))

    def test_it_adds_a_task_about_a_person(self):
        self.login()
        r = self.client.post(
            "/tasks/new/", {"person": self.ana.pk, "title": "Check in", "due_on": self.due()}
        )
        self.assertRedirects(r, f"/people/{self.ana.pk}/", fetch_redirect_response=False)
        task = Task.objects.get(title="Check in")
        self.assertEqual((task.owner, task.conversation, task.person), (self.alice, None, self.ana))

    def test_it_adds_a_free_standing_task(self):
        self.login()
        r = self.client.post("/tasks/new/", {"title": "Update my CV", "due_on": self.due(0)}, follow=True)
        self.assertRedirects(r, "/today/")
        self.assertContains(r, "Update my CV")

    def test_a_bad_task_on_a_conversation_shows_the_page_again(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post("/tasks/new/", {"conversation": self.chat.pk, "title": "", "due_on": "soon"})
        self.assertEqual(r.status_code, 400)
        self.assertEqual(set(r.context["task_form"].errors), {"title", "due_on"})

    def test_a_bad_task_about_a_person_shows_their_page_again(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post("/tasks/new/", {"person": self.ana.pk, "title": "Check in", "due_on": ""})
        self.assertContains(r, "<h1>Ana Lima</h1>", status_code=400, html=True)
        self.assertContains(r, 'value="Check in"', status_code=400)

    def test_a_bad_free_standing_task_says_what_is_missing(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post("/tasks/new/", {"title": ""}, follow=True)
        self.assertContains(r, "A task needs a title and a due date.")

    def test_it_404s_for_another_users_conversation_or_person(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                for target in ({"conversation": self.chat.pk}, {"person": self.ana.pk}):
                    r = self.client.post("/tasks/new/", {**target, "title": "Sneaky", "due_on": self.due()})
                    self.assertEqual(r.status_code, 404)

    def test_it_refuses_get(self):
        self.login()
        self.assertEqual(self.client.get("/tasks/new/").status_code, 405)


class TaskActionTests(BaseTestCase):
    def reload(self):
        return Task.objects.get(pk=self.task.pk)

    def test_done_and_reopen(self):
        self.login()
        r = self.client.post(f"/tasks/{self.task.pk}/done/", {"next": f"/conversations/{self.chat.pk}/"})
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)
        self.assertIsNotNone(self.reload().done_at)
        self.client.post(f"/tasks/{self.task.pk}/reopen/")
        self.assertIsNone(self.reload().done_at)

    def test_snooze_moves_the_due_date_from_today(self):
        self.login()
        self.client.post(f"/tasks/{self.task.pk}/snooze/", {"days": "3"})
        self.assertEqual(self.reload().due_on, self.alice.today() + dt.timedelta(days=3))

    def test_snooze_without_days_means_tomorrow(self):
        self.login()
        self.client.post(f"/tasks/{self.task.pk}/snooze/")
        self.assertEqual(self.reload().due_on, self.alice.today() + dt.timedelta(days=1))

    def test_an_unknown_action_changes_nothing(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post(f"/tasks/{self.task.pk}/explode/")
        self.assertEqual(r.status_code, 404)

    def test_it_refuses_get(self):
        self.login()
        self.assertEqual(self.client.get(f"/tasks/{self.task.pk}/done/").status_code, 405)

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                for action in ("done", "reopen", "snooze"):
                    r = self.client.post(f"/tasks/{self.task.pk}/{action}/", {"days": "3", "from": "today"})
                    self.assertEqual(r.status_code, 404)
                    r = self.client.post(
                        f"/tasks/{self.task.pk}/{action}/", {"from": "today"}, HTTP_HX_REQUEST="true"
                    )
                    self.assertEqual(r.status_code, 404)


class TasksPageTests(BaseTestCase):
    url = "/tasks/"

    def make_task(self, title, days, owner=None, **kwargs):
        owner = owner or self.alice
        return Task.objects.create(
            owner=owner, title=title, due_on=owner.today() + dt.timedelta(days=days), **kwargs
        )

    def get(self, query=""):
        self.login()
        return self.client.get(self.url + query)

    def titles(self, r):
        return [t.title for t in r.context["page"].object_list]

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get(self.url), "/accounts/login/?next=/tasks/")

    def test_it_lists_only_the_owners_open_tasks_soonest_first(self):
        self.make_task("Far away", 60)
        self.make_task("Long overdue", -30)
        self.make_task("Today", 0, person=self.ana)
        self.make_task("Already done", -1, done_at=timezone.now())
        self.make_task("Bobs task", 0, owner=self.bob)
        r = self.get()
        self.assertEqual(self.titles(r), ["Long overdue", "Today", "Follow up with Ana", "Far away"])
        self.assertContains(r, "4 open tasks, the soonest first.")
        self.assertNotContains(r, "Already done")
        self.assertNotContains(r, "Bobs task")
        self.assertContains(r, '<li class="item overdue">', count=1)
        self.assertContains(r, "was due")
        self.assertContains(r, "due today")
        self.assertContains(r, f'<a href="/conversations/{self.chat.pk}/">Ana Lima</a>', html=True)
        self.assertContains(r, f'<a href="/people/{self.ana.pk}/">Ana Lima</a>', html=True)

    def test_tasks_due_the_same_day_keep_the_order_they_were_added_in(self):
        later = [self.make_task(f"Same day {i}", 1) for i in range(3)]
        r = self.get()
        self.assertEqual(list(r.context["page"].object_list), [self.task, *later])

    def test_each_task_can_be_done_or_put_off_from_the_page(self):
        r = self.get("?page=1")
        self.assertContains(r, 'name="csrfmiddlewaretoken"')
        self.assertContains(r, '<input type="hidden" name="next" value="/tasks/?page=1">', html=True)
        self.assertContains(r, f'formaction="/tasks/{self.task.pk}/done/"', count=1)
        self.assertContains(r, f'formaction="/tasks/{self.task.pk}/snooze/" name="days" value="1"', count=1)
        r = self.client.post(f"/tasks/{self.task.pk}/done/", {"next": "/tasks/?page=1"}, follow=True)
        self.assertRedirects(r, "/tasks/?page=1")
        self.assertContains(r, "Done: Follow up with Ana.", count=1)
        self.assertEqual(self.titles(r), [])

    def test_it_pages_fifty_at_a_time(self):
        Task.objects.bulk_create(
            Task(owner=self.alice, title=f"Task {i:03d}", due_on=self.alice.today() + dt.timedelta(days=2))
            for i in range(60)
        )
        r = self.get()
        self.assertEqual(r.context["page"].paginator.count, 61)
        self.assertEqual(self.titles(r), ["Follow up with Ana"] + [f"Task {i:03d}" for i in range(49)])
        self.assertContains(r, "61 open tasks, the soonest first.")
        self.assertContains(r, "Page 1 of 2")
        self.assertContains(r, 'href="?page=2"')
        r = self.client.get("/tasks/?page=2")
        self.assertEqual(self.titles(r), [f"Task {i:03d}" for i in range(49, 60)])
        self.assertContains(r, 'href="?page=1"')
        self.assertContains(r, '<input type="hidden" name="next" value="/tasks/?page=2">', html=True)
        for page, expected in (("99", 2), ("abc", 1), ("0", 2), ("-1", 2), ("", 1)):
            with self.subTest(page=page):
                r = self.client.get(f"/tasks/?page={page}")
                self.assertEqual(r.status_code, 200)
                self.assertEqual(r.context["page"].number, expected)

    def test_one_page_has_no_pager(self):
        self.assertNotContains(self.get(), "Page 1 of")

    def test_the_empty_state(self):
        self.task.mark_done()
        self.make_task("Bobs task", 0, owner=self.bob)
        r = self.get()
        self.assertContains(r, "No open tasks.")
        self.assertNotContains(r, "Bobs task")
        self.assertNotContains(r, "formaction")
        self.login(self.charlie)
        self.assertContains(self.client.get(self.url), "No open tasks.")

    def test_today_links_here(self):
        r = self.get()
        self.assertContains(self.client.get("/today/"), 'href="/tasks/"')
        self.assertContains(r, '<a class="button secondary" href="/today/">Back to Today</a>', html=True)

    def test_the_query_count_does_not_grow_with_data(self):
        self.get()
        with self.assertNumQueries(4):
            self.client.get(self.url)
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=30)
        with self.assertNumQueries(4):
            r = self.client.get(self.url)
        self.assertEqual(len(r.context["page"].object_list), 50)
        self.assertGreater(r.context["page"].paginator.count, 50)
        self.assertGreater(len({t.person_id for t in r.context["page"].object_list}), 5)


class TaskEditAndDeleteTests(BaseTestCase):
    def test_it_edits_a_task_and_goes_back(self):
        self.login()
        url = f"/tasks/{self.task.pk}/edit/"
        self.assertContains(self.client.get(url), "Edit the task")
        r = self.client.post(url, {"title": "Call Ana", "due_on": "2026-12-24", "next": "/tasks/"})
        self.assertRedirects(r, "/tasks/", fetch_redirect_response=False)
        self.task.refresh_from_db()
        self.assertEqual((self.task.title, str(self.task.due_on)), ("Call Ana", "2026-12-24"))

    def test_bad_input_keeps_what_was_typed(self):
        self.login()
        r = self.client.post(f"/tasks/{self.task.pk}/edit/", {"title": "Typed", "due_on": "someday"})
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, 'value="Typed"')
        self.task.refresh_from_db()
        self.assertEqual(self.task.title, "Follow up with Ana")

    def test_delete_asks_first_then_deletes(self):
        self.login()
        url = f"/tasks/{self.task.pk}/delete/"
        self.assertContains(self.client.get(url), "Delete the task “Follow up with Ana”?")
        self.assertTrue(Task.objects.filter(pk=self.task.pk).exists())
        r = self.client.post(url)
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)
        self.assertFalse(Task.objects.filter(pk=self.task.pk).exists())

    def test_other_users_get_404_and_change_nothing(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.subTest(user=user.email), self.assertNothingChanged():
                for url in (f"/tasks/{self.task.pk}/edit/", f"/tasks/{self.task.pk}/delete/"):
                    self.assertEqual(self.client.get(url).status_code, 404)
                    self.assertEqual(
                        self.client.post(url, {"title": "x", "due_on": "2026-12-01"}).status_code, 404
                    )


class TaskUrlTests(BaseTestCase):
    """Where a task's "about" link goes: the page where the task gets done."""

    def test_a_review_to_read_goes_to_the_chats_plan_and_others_to_their_chat_or_person(self):
        from coffeechat.conversations.models import TaskKind

        today = self.alice.today()
        review = Task.objects.create(
            owner=self.alice, conversation=self.chat, title="Read it", due_on=today, kind=TaskKind.REVIEW
        )
        about_ana = Task.objects.create(owner=self.alice, person=self.ana, title="Check in", due_on=today)
        alone = Task.objects.create(owner=self.alice, title="Update my CV", due_on=today)
        self.assertEqual(review.url, f"/conversations/{self.chat.pk}/plan/#plan-items")
        self.assertEqual(self.task.url, f"/conversations/{self.chat.pk}/")
        self.assertEqual(about_ana.url, f"/people/{self.ana.pk}/")
        self.assertEqual(alone.url, "")
        self.assertEqual(review.draft_url, "")  # nothing to draft: the review is read on the plan

    def test_review_tasks_made_before_they_had_a_kind_get_it(self):
        import importlib

        from django.apps import apps

        migration = importlib.import_module("coffeechat.conversations.migrations.0004_task_kind_review")
        title = f"Read the review of your questions for {self.ana.name}"
        old = Task.objects.create(
            owner=self.alice, conversation=self.chat, title=title, due_on=self.alice.today()
        )
        migration.mark_review_tasks(apps, None)
        old.refresh_from_db()
        self.task.refresh_from_db()
        self.assertEqual((old.kind, self.task.kind), ("review", ""))
