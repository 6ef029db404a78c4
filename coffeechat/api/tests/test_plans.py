from coffeechat.api.tests.base import ApiTestCase
from coffeechat.questions import bank
from coffeechat.questions.models import Plan, PlanItem, Question


class PlanApiTests(ApiTestCase):
    def setUp(self):
        self.plan = Plan.for_conversation(self.chat)
        self.first = self.plan.add("What surprised you about {company}?", minutes=5)
        self.second = self.plan.add("What does a normal week look like?", minutes=3, must_ask=True)
        self.url = f"/api/v1/conversations/{self.chat.pk}/plan/"

    def test_read_gives_the_items_filled_in_and_the_time_box(self):
        with self.assertNumQueries(5):  # token, its last use, chat (host, company), plan, its items
            r = self.call("GET", self.url)
        self.assertEqual(r.status_code, 200, r.content)
        body = r.json()
        self.assertEqual([i["id"] for i in body["items"]], [self.first.pk, self.second.pk])
        self.assertEqual(body["items"][0]["filled"], "What surprised you about Acme Robotics?")
        self.assertEqual(body["items"][0]["conversation_id"], self.chat.pk)
        duration = self.chat.duration_minutes
        self.assertEqual(body["budget"]["duration"], duration)
        self.assertEqual(body["budget"]["questions"], 8)
        self.assertEqual(body["budget"]["available"], duration - 10)

    def test_a_chat_without_a_plan_gets_an_empty_one(self):
        self.plan.delete()
        body = self.call("GET", self.url).json()
        self.assertEqual((body["items"], body["small_talk_minutes"]), ([], 5))

    def test_what_does_not_fit_is_marked_must_asks_first(self):
        self.call("PATCH", self.url, {"small_talk_minutes": 10, "closing_minutes": 10})  # 10 min left of 30
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.duration_minutes, 30)
        body = self.call("PATCH", f"/api/v1/plan-items/{self.first.pk}/", {"minutes": 8}).json()
        self.assertFalse(body["fits"])  # the must-ask (3 min) came first; 3 + 8 > 10
        self.assertTrue(self.call("GET", f"/api/v1/plan-items/{self.second.pk}/").json()["fits"])

    def test_patch_changes_the_time_box_and_notes_and_keeps_the_rest(self):
        self.plan.introduction = "I'm Alice."
        self.plan.save()
        r = self.call("PATCH", self.url, {"closing_minutes": 3, "meeting_notes": "  Ask about Globex  "})
        self.assertEqual(r.status_code, 200, r.content)
        self.plan.refresh_from_db()
        self.assertEqual(
            (
                self.plan.closing_minutes,
                self.plan.small_talk_minutes,
                self.plan.introduction,
                self.plan.meeting_notes,
            ),
            (3, 5, "I'm Alice.", "Ask about Globex"),
        )

    def test_order_reorders_and_must_name_each_item_once(self):
        r = self.call("PATCH", self.url, {"order": [self.second.pk, self.first.pk]})
        self.assertEqual([i["id"] for i in r.json()["items"]], [self.second.pk, self.first.pk])
        with self.assertNothingChanged():
            for order in (
                [self.second.pk],
                [self.first.pk, self.first.pk],
                [self.first.pk, self.second.pk, 999],
            ):
                with self.subTest(order=order):
                    body = {"order": order, "introduction": "Changed"}
                    self.assertError(self.call("PATCH", self.url, body), 400, "order")

    def test_bad_plan_changes_say_what_is_wrong(self):
        with self.assertNothingChanged():
            body = self.assertError(self.call("PATCH", self.url, {"small_talk_minutes": 90}), 400)
            self.assertIn("under an hour", body["fields"]["small_talk_minutes"])
            self.assertError(self.call("PATCH", self.url, {"closing_minutes": -1}), 400, "closing_minutes")
            self.assertError(
                self.call("PATCH", self.url, {"meeting_notes": "x" * 50_001}), 400, "meeting_notes"
            )
            self.assertError(self.call("PATCH", self.url, {"introduction": None}), 400, "introduction")

    def test_it_adds_a_typed_question_and_one_from_either_bank(self):
        typed = {
            "conversation_id": self.chat.pk,
            "text": "How  did you start?",
            "minutes": 4,
            "must_ask": True,
        }
        r = self.call("POST", "/api/v1/plan-items/", typed)
        self.assertEqual(r.status_code, 201, r.content)
        self.assertEqual(
            (r.json()["text"], r.json()["must_ask"], r.json()["position"]), ("How did you start?", True, 3)
        )
        shipped = bank.QUESTIONS[0]
        r = self.call(
            "POST", "/api/v1/plan-items/", {"conversation_id": self.chat.pk, "bank_key": shipped.key}
        )
        self.assertEqual(r.status_code, 201, r.content)
        self.assertEqual((r.json()["bank_key"], r.json()["minutes"]), (shipped.key, shipped.minutes))
        mine = Question.objects.create(owner=self.alice, text="Mine?", minutes=6)
        body = {"conversation_id": self.chat.pk, "bank_key": mine.key, "must_ask": True}
        made = self.call("POST", "/api/v1/plan-items/", body).json()
        self.assertEqual((made["text"], made["minutes"], made["must_ask"]), ("Mine?", 6, True))
        self.assertEqual(self.plan.items.count(), 5)

    def test_bad_items_are_refused(self):
        theirs = Question.objects.create(owner=self.bob, text="Bob's?")

        def post(**body):
            return self.call("POST", "/api/v1/plan-items/", {"conversation_id": self.chat.pk, **body})

        with self.assertNothingChanged():
            self.assertError(post(), 400, "text")
            self.assertError(post(text="Q?", bank_key="b001"), 400, "bank_key")
            self.assertError(post(bank_key="b999999"), 400, "bank_key")
            self.assertError(post(bank_key=theirs.key), 400, "bank_key")  # not yours: not found
            self.assertError(post(bank_key="b001", minutes=3), 400, "minutes")
            self.assertError(post(text="   "), 400, "text")
            body = self.assertError(post(text="Q?", minutes=25), 400, "minutes")
            self.assertIn("split it up", body["fields"]["minutes"])

    def test_patch_an_item_during_the_meeting(self):
        url = f"/api/v1/plan-items/{self.first.pk}/"
        r = self.call("PATCH", url, {"asked": True, "note": " Loves the robots "})
        self.assertEqual(r.status_code, 200, r.content)
        self.first.refresh_from_db()
        self.assertEqual(
            (self.first.asked, self.first.note, self.first.minutes), (True, "Loves the robots", 5)
        )
        self.call("PATCH", url, {"text": "What surprised you first?", "must_ask": True})
        self.first.refresh_from_db()
        self.assertEqual(
            (self.first.text, self.first.must_ask, self.first.asked),
            ("What surprised you first?", True, True),
        )
        with self.assertNothingChanged():
            self.assertError(self.call("PATCH", url, {"minutes": 0, "asked": False}), 400, "minutes")
            self.assertError(self.call("PATCH", url, {"note": "x" * 50_001}), 400, "note")

    def test_delete(self):
        self.assertEqual(self.call("DELETE", f"/api/v1/plan-items/{self.first.pk}/").status_code, 204)
        self.assertEqual(list(self.plan.items.all()), [self.second])

    def test_an_outsider_gets_404_and_changes_nothing(self):
        item_url = f"/api/v1/plan-items/{self.first.pk}/"
        with self.assertNothingChanged():
            for method, url, body in [
                ("GET", self.url, None),
                ("PATCH", self.url, {"introduction": "Mine"}),
                ("GET", item_url, None),
                ("PATCH", item_url, {"asked": True}),
                ("DELETE", item_url, None),
                ("POST", "/api/v1/plan-items/", {"conversation_id": self.chat.pk, "text": "Q?"}),
            ]:
                with self.subTest(method=method, url=url):
                    self.assertError(self.call(method, url, body, user=self.charlie), 404)
        self.assertFalse(Plan.objects.filter(owner=self.charlie).exists())
        self.assertTrue(PlanItem.objects.filter(pk=self.first.pk).exists())
