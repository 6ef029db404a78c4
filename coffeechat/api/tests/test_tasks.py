import datetime as dt

from coffeechat.api.tests.base import ApiTestCase
from coffeechat.conversations.models import Task


class TaskApiTests(ApiTestCase):
    def test_it_lists_open_and_due_tasks(self):
        today = self.alice.today()
        Task.objects.create(owner=self.alice, title="Late", due_on=today - dt.timedelta(days=2))
        done = Task.objects.create(owner=self.alice, title="Done", due_on=today)
        done.mark_done()
        titles = lambda **f: [t["title"] for t in self.call("GET", "/api/v1/tasks/", **f).json()["items"]]  # noqa: E731
        self.assertEqual(titles(open="true"), ["Late", "Follow up with Ana"])
        self.assertEqual(titles(open="false"), ["Done"])
        self.assertEqual(titles(overdue="true"), ["Late"])
        self.assertEqual(titles(due_by=today.isoformat()), ["Late"])
        self.assertEqual(titles(conversation=self.chat.pk), ["Follow up with Ana"])
        self.assertError(self.call("GET", "/api/v1/tasks/", due_by="31/12/2026"), 400, "due_by")

    def test_it_adds_a_task_to_a_conversation(self):
        body = {"title": "Send thanks", "due_on": "2026-12-01", "conversation_id": self.chat.pk}
        r = self.call("POST", "/api/v1/tasks/", body)
        self.assertEqual(r.status_code, 201, r.content)
        task = Task.objects.get(pk=r.json()["id"])
        self.assertEqual((task.owner, task.conversation), (self.alice, self.chat))

    def test_bad_tasks_are_refused(self):
        with self.assertNothingChanged():
            self.assertError(
                self.call("POST", "/api/v1/tasks/", {"title": "x", "due_on": "2026-02-30"}), 400, "due_on"
            )
            self.assertError(
                self.call("POST", "/api/v1/tasks/", {"title": "", "due_on": "2026-02-03"}), 400, "title"
            )
            self.assertError(
                self.call("POST", "/api/v1/tasks/", {"title": "x", "due_on": "0001-01-01"}), 400, "due_on"
            )
            body = {
                "title": "x",
                "due_on": "2026-02-03",
                "conversation_id": self.chat.pk,
                "person_id": self.ana.pk,
            }
            self.assertError(self.call("POST", "/api/v1/tasks/", body), 400, "person_id")

    def test_patch_marks_done_and_reopens(self):
        url = f"/api/v1/tasks/{self.task.pk}/"
        r = self.call("PATCH", url, {"done": True})
        self.assertEqual(r.status_code, 200, r.content)
        self.assertTrue(r.json()["done"])
        self.task.refresh_from_db()
        self.assertTrue(self.task.is_done)
        self.assertEqual(self.task.title, "Follow up with Ana")
        self.assertFalse(self.call("PATCH", url, {"done": False, "title": "Again"}).json()["done"])
        self.task.refresh_from_db()
        self.assertEqual((self.task.is_done, self.task.title), (False, "Again"))

    def test_an_outsider_gets_404_and_changes_nothing(self):
        with self.assertNothingChanged():
            url = f"/api/v1/tasks/{self.task.pk}/"
            for method, body in [("GET", None), ("PATCH", {"done": True}), ("DELETE", None)]:
                with self.subTest(method=method):
                    self.assertError(self.call(method, url, body, user=self.charlie), 404)
            body = {"title": "x", "due_on": "2026-02-03", "conversation_id": self.chat.pk}
            self.assertError(self.call("POST", "/api/v1/tasks/", body, user=self.charlie), 404)
            self.assertEqual(self.call("GET", "/api/v1/tasks/", user=self.charlie).json()["count"], 0)

    def test_delete(self):
        self.assertEqual(self.call("DELETE", f"/api/v1/tasks/{self.task.pk}/").status_code, 204)
        self.assertFalse(Task.objects.filter(pk=self.task.pk).exists())
