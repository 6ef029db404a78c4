from coffeechat.api.tests.base import ApiTestCase
from coffeechat.questions import bank
from coffeechat.questions.models import Question


class QuestionApiTests(ApiTestCase):
    def setUp(self):
        self.mine = Question.objects.create(
            owner=self.alice, text="What surprised you about {company}?", area="company", family="insights"
        )

    def test_it_lists_only_your_own_questions_filtered(self):
        Question.objects.create(owner=self.alice, text="What would you read first?", family="resources")
        Question.objects.create(owner=self.bob, text="Bob's question about {company}?", area="company")
        texts = lambda **f: [q["text"] for q in self.call("GET", "/api/v1/questions/", **f).json()["items"]]  # noqa: E731
        self.assertEqual(texts(), ["What would you read first?", "What surprised you about {company}?"])
        self.assertEqual(texts(q="SURPRISED"), ["What surprised you about {company}?"])
        self.assertEqual(texts(area="company"), ["What surprised you about {company}?"])
        self.assertEqual(texts(family="resources"), ["What would you read first?"])
        self.assertEqual(texts(area="job", family="insights"), [])
        self.assertError(self.call("GET", "/api/v1/questions/", area="weather"), 400, "area")
        self.assertEqual(self.call("GET", "/api/v1/questions/", user=self.charlie).json()["count"], 0)

    def test_the_list_takes_a_fixed_number_of_queries(self):
        Question.objects.bulk_create(
            Question(owner=self.alice, text=f"Question {i}: what do you do all day?") for i in range(60)
        )
        with self.assertNumQueries(4):  # token, its last use, count, page
            r = self.call("GET", "/api/v1/questions/", page=2, page_size=25)
        body = r.json()
        self.assertEqual((body["count"], body["page"], body["pages"], len(body["items"])), (61, 2, 3, 25))

    def test_read_shows_the_reviewers_verdict(self):
        job = Question.objects.create(owner=self.alice, text="Are there any openings on your team?")
        body = self.call("GET", f"/api/v1/questions/{job.pk}/").json()
        self.assertEqual((body["key"], body["area"], body["family"]), (f"u{job.pk}", "job", "insights"))
        self.assertEqual(body["review"]["verdict"], "avoid")
        self.assertTrue(body["review"]["reasons"][0]["suggestion"])
        good = self.call("GET", f"/api/v1/questions/{self.mine.pk}/").json()
        self.assertEqual(
            (good["review"]["verdict"], good["area_label"]), ("ok", "The company and its culture")
        )

    def test_it_adds_a_question_through_the_bank_form(self):
        body = {
            "text": "  How did   you get\ninto {industry}? ",
            "area": "career",
            "family": "advice",
            "minutes": 3,
        }
        r = self.call("POST", "/api/v1/questions/", body)
        self.assertEqual(r.status_code, 201, r.content)
        made = Question.objects.get(pk=r.json()["id"])
        self.assertEqual(made.text, "How did you get into {industry}?")  # spaces folded, as on the page
        self.assertEqual(
            (made.owner, made.area, made.family, made.minutes), (self.alice, "career", "advice", 3)
        )
        r = self.call("POST", "/api/v1/questions/", {"text": "What is a normal week like?"})
        self.assertEqual((r.json()["area"], r.json()["family"], r.json()["minutes"]), ("job", "insights", 2))

    def test_bad_questions_say_what_is_wrong_and_save_nothing(self):
        with self.assertNothingChanged():
            body = self.assertError(
                self.call("POST", "/api/v1/questions/", {"text": "Q?", "minutes": 0}), 400
            )
            self.assertIn("at least a minute", body["fields"]["minutes"])
            body = self.assertError(
                self.call("POST", "/api/v1/questions/", {"text": "Q?", "minutes": 45}), 400
            )
            self.assertIn("20 minutes", body["fields"]["minutes"])
            self.assertError(self.call("POST", "/api/v1/questions/", {"text": "   "}), 400, "text")
            self.assertError(self.call("POST", "/api/v1/questions/", {}), 400, "text")
            self.assertError(self.call("POST", "/api/v1/questions/", {"text": "x" * 501}), 400, "text")
            self.assertError(
                self.call("POST", "/api/v1/questions/", {"text": "Q?", "family": "gossip"}), 400, "family"
            )
            self.assertError(
                self.call("POST", "/api/v1/questions/", {"text": "Q?", "mood": "curious"}), 400, "mood"
            )
            self.assertError(
                self.call("POST", "/api/v1/questions/", {"text": "Q?", "minutes": 10**40}), 400, "minutes"
            )

    def test_patch_changes_only_what_is_sent(self):
        url = f"/api/v1/questions/{self.mine.pk}/"
        r = self.call("PATCH", url, {"minutes": 4})
        self.assertEqual(r.status_code, 200, r.content)
        self.mine.refresh_from_db()
        self.assertEqual(
            (self.mine.minutes, self.mine.area, self.mine.text),
            (4, "company", "What surprised you about {company}?"),
        )
        self.assertEqual(self.call("PATCH", url, {"family": "trends"}).json()["family"], "trends")
        self.assertError(self.call("PATCH", url, {"text": None}), 400, "text")
        self.assertError(self.call("PATCH", url, {"minutes": 21}), 400, "minutes")
        self.mine.refresh_from_db()
        self.assertEqual((self.mine.minutes, self.mine.family), (4, "trends"))

    def test_delete(self):
        self.assertEqual(self.call("DELETE", f"/api/v1/questions/{self.mine.pk}/").status_code, 204)
        self.assertFalse(Question.objects.filter(pk=self.mine.pk).exists())
        self.assertError(self.call("DELETE", f"/api/v1/questions/{self.mine.pk}/"), 404)

    def test_an_outsider_gets_404_and_changes_nothing(self):
        url = f"/api/v1/questions/{self.mine.pk}/"
        with self.assertNothingChanged():
            for method, body in [("GET", None), ("PATCH", {"text": "Mine now?"}), ("DELETE", None)]:
                with self.subTest(method=method):
                    self.assertError(self.call(method, url, body, user=self.charlie), 404)

    def test_the_shipped_bank_is_listed_read_only(self):
        body = self.call("GET", "/api/v1/questions/bank/", page_size=200).json()
        self.assertEqual(body["count"], len(bank.QUESTIONS))
        self.assertEqual(body["items"][0]["key"], bank.QUESTIONS[0].key)
        advice = self.call("GET", "/api/v1/questions/bank/", family="advice", area="career").json()
        self.assertTrue(advice["items"])
        self.assertEqual({(q["family"], q["area"]) for q in advice["items"]}, {("advice", "career")})
        self.assertNotIn("surprised you about {company}", str(body))  # yours are not in it
        found = self.call("GET", "/api/v1/questions/bank/", q=bank.QUESTIONS[3].text[5:25].upper()).json()
        self.assertIn(bank.QUESTIONS[3].key, [q["key"] for q in found["items"]])
        self.assertEqual(self.call("GET", "/api/v1/questions/bank/", page=99).json()["items"], [])
