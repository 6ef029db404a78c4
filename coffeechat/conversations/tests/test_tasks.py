import datetime as dt

from coffeechat.conversations.models import Task
from coffeechat.lib.testing import BaseTestCase


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
            r = self.client.post(f"/tasks/{self.task.pk}/delete/")
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
