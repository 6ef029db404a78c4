import datetime as dt

from django.utils import timezone

from coffeechat.api.tests.base import ApiTestCase
from coffeechat.conversations.models import Conversation
from coffeechat.lib import stages
from coffeechat.lib.testing import add_lots
from coffeechat.network.models import Person


def iso(when: dt.datetime) -> str:
    return when.isoformat()


class ConversationApiTests(ApiTestCase):
    def test_it_lists_by_stage(self):
        Conversation.objects.create(owner=self.alice, host=self.ana, stage=stages.MET)
        body = self.call("GET", "/api/v1/conversations/", stage="met").json()
        self.assertEqual([c["stage"] for c in body["items"]], ["met"])
        self.assertEqual(self.call("GET", "/api/v1/conversations/").json()["count"], 2)
        self.assertError(self.call("GET", "/api/v1/conversations/", stage="lunch"), 400, "stage")

    def test_the_list_takes_a_fixed_number_of_queries(self):
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat)
        with self.assertNumQueries(4):  # token, its last use, count, page (host and company joined)
            r = self.call("GET", "/api/v1/conversations/", page_size=200)
        self.assertGreater(len(r.json()["items"]), 20)

    def test_starting_at_a_later_stage_fills_in_the_history(self):
        asked = timezone.now() - dt.timedelta(days=3)
        body = {"host_id": self.ana.pk, "stage": "requested", "requested_at": iso(asked), "goal": "Learn"}
        r = self.call("POST", "/api/v1/conversations/", body)
        self.assertEqual(r.status_code, 201, r.content)
        made = Conversation.objects.get(pk=r.json()["id"])
        self.assertEqual(made.stage, stages.REQUESTED)
        self.assertEqual(made.company, self.acme)  # the host's company
        self.assertEqual(list(made.stage_changes.values_list("to_stage", flat=True)), [stages.REQUESTED])
        self.assertEqual(r.json()["allowed_moves"], stages.allowed_targets(stages.REQUESTED))

    def test_creating_checks_the_host_and_dates(self):
        other = Person.objects.create(owner=self.bob, name="Bob's friend")
        with self.assertNothingChanged():
            self.assertError(self.call("POST", "/api/v1/conversations/", {"host_id": other.pk}), 404)
            self.assertError(self.call("POST", "/api/v1/conversations/", {}), 400, "host_id")
            later = timezone.now() + dt.timedelta(days=3)
            body = {"host_id": self.ana.pk, "requested_at": iso(later)}
            self.assertError(self.call("POST", "/api/v1/conversations/", body), 400, "requested_at")
            body = {"host_id": self.ana.pk, "scheduled_at": "2026-03-14T09:30"}  # no time zone
            self.assertError(self.call("POST", "/api/v1/conversations/", body), 400, "scheduled_at")
            body = {"host_id": self.ana.pk, "scheduled_at": "9999-03-14T09:30:00Z"}
            self.assertError(self.call("POST", "/api/v1/conversations/", body), 400, "scheduled_at")
            before = timezone.now() - dt.timedelta(days=3)
            body = {
                "host_id": self.ana.pk,
                "stage": "met",
                "met_at": iso(before),
                "requested_at": iso(later - dt.timedelta(days=4)),
            }
            self.assertError(self.call("POST", "/api/v1/conversations/", body), 400, "met_at")
            body = {"host_id": self.ana.pk, "duration_minutes": 10**40}
            self.assertError(self.call("POST", "/api/v1/conversations/", body), 400, "duration_minutes")

    def test_a_stage_move_follows_the_stage_rules(self):
        url = f"/api/v1/conversations/{self.chat.pk}/"
        r = self.call("PATCH", url, {"stage": "requested", "summary": "Sent the note"})
        self.assertEqual(r.status_code, 200, r.content)
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.REQUESTED)
        self.assertIsNotNone(self.chat.requested_at)
        self.assertEqual(self.chat.interactions.get().summary, "Sent the note")

    def test_a_refused_move_is_a_400_with_the_reason_and_changes_nothing(self):
        url = f"/api/v1/conversations/{self.chat.pk}/"
        with self.assertNothingChanged():
            body = self.assertError(
                self.call("PATCH", url, {"stage": "scheduled", "goal": "Changed"}), 400, "stage"
            )
            self.assertIn("meeting time", body["error"])
            body = self.assertError(self.call("PATCH", url, {"stage": "no_reply"}), 400, "stage")
            self.assertIn("cannot be marked", body["error"])

    def test_patch_edits_fields_and_keeps_the_rest(self):
        when = (timezone.now() + dt.timedelta(days=2)).replace(microsecond=0)
        r = self.call(
            "PATCH",
            f"/api/v1/conversations/{self.chat.pk}/",
            {"scheduled_at": iso(when), "stage": "scheduled"},
        )
        self.assertEqual(r.status_code, 200, r.content)
        self.chat.refresh_from_db()
        self.assertEqual((self.chat.stage, self.chat.scheduled_at), (stages.SCHEDULED, when))
        self.assertEqual(self.chat.goal, "Learn how design works at Acme")

    def test_delete(self):
        self.assertEqual(self.call("DELETE", f"/api/v1/conversations/{self.chat.pk}/").status_code, 204)
        self.assertFalse(Conversation.objects.filter(pk=self.chat.pk).exists())

    def test_an_outsider_gets_404_and_changes_nothing(self):
        url = f"/api/v1/conversations/{self.chat.pk}/"
        with self.assertNothingChanged():
            for method, body in [("GET", None), ("PATCH", {"stage": "requested"}), ("DELETE", None)]:
                with self.subTest(method=method):
                    self.assertError(self.call(method, url, body, user=self.charlie), 404)
            r = self.call("POST", "/api/v1/conversations/", {"host_id": self.ana.pk}, user=self.charlie)
            self.assertError(r, 404)
            self.assertEqual(self.call("GET", "/api/v1/conversations/", user=self.charlie).json()["count"], 0)
