"""The question bank page: coffeechat's questions and the user's own, search and filters."""

from django.urls import reverse

from coffeechat.lib.testing import BaseTestCase
from coffeechat.questions import bank
from coffeechat.questions.models import Question, search_bank


class BankTests(BaseTestCase):
    url = reverse("question_bank")

    def test_the_bank_ships_150_questions_or_more_each_tagged_twice_with_a_time(self):
        self.assertGreaterEqual(len(bank.QUESTIONS), 150)
        self.assertEqual(len({q.text for q in bank.QUESTIONS}), len(bank.QUESTIONS))
        self.assertEqual(len({q.key for q in bank.QUESTIONS}), len(bank.QUESTIONS))
        for q in bank.QUESTIONS:
            self.assertIn(q.area, bank.AREAS)
            self.assertIn(q.family, bank.FAMILIES)
            self.assertTrue(1 <= q.minutes <= 5)
        for area in bank.AREAS:
            for family in bank.FAMILIES:
                self.assertGreaterEqual(len(search_bank(area=area, family=family)), 5, (area, family))

    def test_the_page_lists_them_and_your_own(self):
        Question.objects.create(owner=self.alice, text="What do you read on Sundays?", family="resources")
        Question.objects.create(owner=self.bob, text="Bob's private question?")
        self.login()
        response = self.client.get(self.url)
        self.assertContains(response, "What do you read on Sundays?")
        self.assertContains(response, bank.QUESTIONS[0].text)
        self.assertNotContains(response, "Bob's private question?")

    def test_with_none_of_your_own_it_links_to_the_form_past_the_long_list(self):
        self.login()
        self.assertContains(self.client.get("/questions/"), '<a href="#h-add">Write one</a>', html=True)

    def test_search_and_filter_by_area_and_kind(self):
        Question.objects.create(
            owner=self.alice, text="Which trend worries you?", area="career", family="trends"
        )
        self.login()
        response = self.client.get(self.url, {"family": "trends", "area": "career"})
        self.assertContains(response, "Which trend worries you?")
        self.assertContains(response, "Where do you see {industry} heading in the next few years?")
        self.assertNotContains(response, "What does a typical day in your job look like?")
        response = self.client.get(self.url, {"q": "TYPICAL DAY"})
        self.assertContains(response, "What does a typical day in your job look like?")
        self.assertNotContains(response, "Which trend worries you?")
        self.assertContains(self.client.get(self.url, {"q": "zzzz"}), "No question matches.")
        self.assertEqual(self.client.get(self.url, {"area": "nonsense", "q": "a\x00b"}).status_code, 200)

    def test_htmx_gets_the_results_fragment(self):
        self.login()
        response = self.client.get(self.url, {"q": "trend"}, headers={"HX-Request": "true"})
        self.assertContains(response, 'id="results"')
        self.assertNotContains(response, "<html")

    def test_the_page_costs_the_same_queries_however_many_questions(self):
        self.login()
        self.client.get(self.url)
        with self.assertNumQueries(3) as first:
            self.client.get(self.url)
        Question.objects.bulk_create(Question(owner=self.alice, text=f"Question {i}?") for i in range(50))
        with self.assertNumQueries(len(first.captured_queries)):
            self.client.get(self.url)

    def test_adding_your_own_question_says_what_the_reviewer_thinks(self):
        self.login()
        response = self.client.post(
            reverse("question_new"),
            {"text": "Do you like your job?", "area": "job", "family": "insights", "minutes": 2},
            follow=True,
        )
        self.assertContains(response, "The reviewer thinks it is weak")
        self.assertEqual(Question.objects.get(owner=self.alice).text, "Do you like your job?")

    def test_a_bad_question_form_says_where(self):
        self.login()
        response = self.client.post(reverse("question_new"), {"text": "", "area": "moon", "minutes": 99})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "This field is required.", status_code=400)
        self.assertContains(response, "Select a valid choice.", status_code=400)
        self.assertContains(response, "split it up", status_code=400)
        self.assertFalse(Question.objects.exists())

    def test_delete_your_question_after_a_confirmation_and_an_outsider_cannot(self):
        question = Question.objects.create(owner=self.alice, text="Mine?")
        url = reverse("question_delete", args=[question.pk])
        self.login(self.charlie)
        self.assertEqual(self.client.get(url).status_code, 404)
        self.assertEqual(self.client.post(url).status_code, 404)
        self.login()
        self.assertContains(self.client.get(url), "Delete this question?")
        self.client.post(url)
        self.assertFalse(Question.objects.exists())

    def test_the_bank_needs_an_account(self):
        self.assertEqual(self.client.get(self.url).status_code, 302)


class EditOwnQuestionTests(BaseTestCase):
    def test_edit_your_question_and_an_outsider_cannot(self):
        question = Question.objects.create(owner=self.alice, text="Do you like it?")
        url = reverse("question_edit", args=[question.pk])
        data = {
            "text": "What do you enjoy most about it?",
            "area": "career",
            "family": "insights",
            "minutes": 3,
        }
        self.login(self.charlie)
        self.assertEqual(self.client.get(url).status_code, 404)
        self.assertEqual(self.client.post(url, data).status_code, 404)
        self.login()
        self.assertContains(self.client.get(url), "Could be stronger")  # the reviewer's view of it now
        self.client.post(url, data)
        question.refresh_from_db()
        self.assertEqual((question.text, question.area, question.minutes), (data["text"], "career", 3))
        response = self.client.post(url, {**data, "minutes": 0})
        self.assertContains(response, "Give it at least a minute.", status_code=400)
