import datetime as dt

from django.utils import timezone

from coffeechat.api.tests.base import ApiTestCase
from coffeechat.conversations.models import Interaction
from coffeechat.lib import stages


class InteractionApiTests(ApiTestCase):
    def test_a_reply_logged_on_the_person_answers_their_request(self):
        self.chat.move_to(stages.REQUESTED, when=timezone.now() - dt.timedelta(days=1))
        r = self.call("POST", "/api/v1/interactions/", {"person_id": self.ana.pk, "kind": "reply_received"})
        self.assertEqual(r.status_code, 201, r.content)
        self.assertEqual(r.json()["conversation_id"], self.chat.pk)
        self.chat.refresh_from_db()
        self.ana.refresh_from_db()
        self.assertTrue(self.chat.has_reply)
        self.assertIsNotNone(self.ana.last_contacted_at)

    def test_logging_on_a_conversation_uses_its_host(self):
        r = self.call(
            "POST",
            "/api/v1/interactions/",
            {"conversation_id": self.chat.pk, "kind": "note", "summary": "Hi"},
        )
        self.assertEqual(r.json()["person_id"], self.ana.pk)
        self.assertEqual(self.call("GET", "/api/v1/interactions/", person=self.ana.pk).json()["count"], 1)

    def test_bad_entries_are_refused(self):
        future = (timezone.now() + dt.timedelta(days=1)).isoformat()
        with self.assertNothingChanged():
            self.assertError(self.call("POST", "/api/v1/interactions/", {"kind": "note"}), 400, "person_id")
            body = {"person_id": self.ana.pk, "kind": "note", "occurred_at": future}
            self.assertError(self.call("POST", "/api/v1/interactions/", body), 400, "occurred_at")
            body = {"person_id": self.ana.pk, "kind": "dance"}
            self.assertError(self.call("POST", "/api/v1/interactions/", body), 400, "kind")

    def test_patch_and_delete_keep_last_contacted_in_step(self):
        entry = self.chat.log("call", "First call", when=timezone.now() - dt.timedelta(days=5))
        earlier = (timezone.now() - dt.timedelta(days=9)).replace(microsecond=0)
        r = self.call("PATCH", f"/api/v1/interactions/{entry.pk}/", {"occurred_at": earlier.isoformat()})
        self.assertEqual(r.status_code, 200, r.content)
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.last_contacted_at, earlier)
        self.assertEqual(Interaction.objects.get(pk=entry.pk).summary, "First call")
        self.assertEqual(self.call("DELETE", f"/api/v1/interactions/{entry.pk}/").status_code, 204)
        self.ana.refresh_from_db()
        self.assertIsNone(self.ana.last_contacted_at)

    def test_an_outsider_gets_404_and_changes_nothing(self):
        entry = self.chat.log("note", "Private")
        with self.assertNothingChanged():
            url = f"/api/v1/interactions/{entry.pk}/"
            for method, body in [("GET", None), ("PATCH", {"summary": "x"}), ("DELETE", None)]:
                with self.subTest(method=method):
                    self.assertError(self.call(method, url, body, user=self.charlie), 404)
            for body in [
                {"person_id": self.ana.pk, "kind": "note"},
                {"conversation_id": self.chat.pk, "kind": "note"},
            ]:
                self.assertError(self.call("POST", "/api/v1/interactions/", body, user=self.charlie), 404)
