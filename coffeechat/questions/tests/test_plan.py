"""The plan page: picking, writing, ordering, the time box, suggestions and the live reviewer."""

import re

from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from coffeechat.conversations.models import Conversation
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Person
from coffeechat.questions import bank
from coffeechat.questions.models import Plan, PlanItem, Question, fill


class PlanTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.plan = Plan.for_conversation(cls.chat)
        cls.url = reverse("plan", args=[cls.chat.pk])

    def add(self, text, minutes=2, must_ask=False):
        return self.plan.add(text, minutes=minutes, must_ask=must_ask)

    def order(self):
        return list(self.plan.items.values_list("text", flat=True))


class PlanPageTests(PlanTestCase):
    def test_it_shows_the_plan_with_placeholders_filled_from_the_conversation(self):
        self.add("What made you choose {company}, {host_first_name}?")
        self.add("How is {industry} changing for a {role}?")
        self.login()
        response = self.client.get(self.url)
        self.assertContains(response, "What made you choose Acme Robotics, Ana?")
        self.assertContains(response, "How is robotics changing for a Product Designer?")
        self.assertContains(response, "Small talk 5 min + questions 4 min + closing 5 min")

    def test_an_empty_plan_says_what_to_do(self):
        self.login()
        self.assertContains(self.client.get(self.url), "No questions yet. Let coffeechat")

    def test_the_empty_plan_points_to_the_boxes_by_name_not_by_a_direction(self):
        # Guards against "Suggest a plan below" when that box stands to the right on a wide screen.
        self.login()
        html = self.client.get(self.url).content.decode()
        empty = html[html.index('<p class="empty">No questions yet') :].split("</p>")[0]
        for anchor in ("#suggest", "#bank", "#write"):
            self.assertIn(f'href="{anchor}"', empty)
        self.assertNotRegex(empty, r"\b(?:below|above|left|right)\b")
        nothing = self.client.get(self.url, {"q": "no such question anywhere"}).content.decode()
        self.assertIn('or <a href="#write">write your own</a>.', nothing)

    def test_the_long_parts_may_fold_on_a_phone_but_not_a_search_or_a_form_with_errors(self):
        # app.js folds <details data-fold-narrow> on a phone; what the user just asked to see stays open.
        self.login()
        html = self.client.get(self.url).content.decode()
        self.assertEqual(html.count('<details class="fold" open data-fold-narrow>'), 2)
        searched = self.client.get(self.url, {"q": "typical"}).content.decode()
        self.assertEqual(searched.count("data-fold-narrow"), 1)
        self.assertIn('<details class="fold" open>\n    <summary>', searched)
        response = self.client.post(
            reverse("plan_settings", args=[self.chat.pk]), {"small_talk_minutes": "x"}
        )
        self.assertEqual(response.content.decode().count("data-fold-narrow"), 1)

    def test_an_outsider_gets_a_404_and_no_plan_is_made(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.url).status_code, 404)
            self.assertEqual(self.client.post(self.url, {"text": "Hi?"}).status_code, 404)
        self.assertFalse(PlanItem.objects.filter(owner=self.charlie).exists())

    def test_writing_a_question_adds_it_at_the_end(self):
        self.add("First?")
        self.login()
        response = self.client.post(
            self.url, {"text": "  What does a typical   week look like?  ", "minutes": 3}
        )
        self.assertRedirects(
            response, self.url + f"#item-{self.plan.items.last().pk}", fetch_redirect_response=False
        )
        self.assertEqual(self.order(), ["First?", "What does a typical week look like?"])

    def test_an_empty_question_is_refused_with_a_message_at_the_field(self):
        self.login()
        response = self.client.post(self.url, {"text": "   ", "minutes": 2})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "This field is required", status_code=400)
        self.assertFalse(self.plan.items.exists())

    def test_picking_from_the_bank_copies_the_question_and_its_tags(self):
        self.login()
        self.client.post(self.url, {"bank_key": "b001"})
        item = self.plan.items.get()
        self.assertEqual(
            (item.text, item.family, item.area, item.minutes),
            (bank.BY_KEY["b001"].text, "insights", "job", 3),
        )

    def test_picking_one_of_your_own_questions_works_but_not_someone_elses(self):
        mine = Question.objects.create(
            owner=self.alice, text="What do you read on Sundays?", family="resources"
        )
        theirs = Question.objects.create(owner=self.charlie, text="Secret question?")
        self.login()
        self.client.post(self.url, {"bank_key": mine.key})
        self.client.post(self.url, {"bank_key": theirs.key})
        self.client.post(self.url, {"bank_key": "b999999"})
        self.assertEqual(self.order(), ["What do you read on Sundays?"])

    def test_the_picker_filters_by_area_kind_and_words_and_hides_what_is_planned(self):
        self.plan.add_from_bank("b001", self.alice)
        self.login()
        response = self.client.get(self.url, {"family": "trends", "area": "career", "q": "salary"})
        self.assertContains(response, "What is a typical starting salary for someone entering robotics?")
        self.assertNotContains(response, "What does a typical week look like for you")
        response = self.client.get(self.url, {"q": "typical day"})
        self.assertNotContains(response, 'value="b001"')

    def test_the_picker_answers_htmx_with_its_own_fragment(self):
        self.login()
        response = self.client.get(self.url, {"q": "trend"}, headers={"HX-Request": "true"})
        self.assertContains(response, 'id="picker"')
        self.assertNotContains(response, "<html")


class ReviewerOnThePageTests(PlanTestCase):
    def test_a_bad_question_in_the_plan_shows_its_verdict_beside_it(self):
        self.add("Any openings on your team?")
        self.add("What does a typical day in your job look like?")
        self.login()
        response = self.client.get(self.url)
        self.assertContains(response, "Better not ask this", count=1)
        self.assertContains(response, "This asks for a job")

    def test_the_live_review_answers_with_a_fragment(self):
        self.login()
        response = self.client.post(reverse("question_review"), {"text": "Do you like your job?"})
        self.assertContains(response, "Could be stronger")
        self.assertContains(response, "What do you enjoy most about your job?")
        self.assertNotContains(response, "<html")
        good = self.client.post(reverse("question_review"), {"text": "What surprised you most?"})
        self.assertContains(good, "Looks good")
        self.assertEqual(self.client.post(reverse("question_review"), {"text": ""}).content.strip(), b"")

    def test_the_plan_fills_the_reviewers_try_from_the_chat_or_says_your_field(self):
        # Guards against a raw "{industry}" in a "Try:" suggestion on the plan page.
        self.add("What is your salary?")
        self.login()
        response = self.client.get(self.url)
        self.assertContains(response, "someone entering robotics?")
        self.assertEqual(self.raw_placeholders_in_tries(response), [])
        nowhere = Company.objects.create(owner=self.alice, name="Quiet Co")
        self.chat.company = nowhere
        self.chat.save()
        response = self.client.get(self.url)
        self.assertContains(response, "someone entering your field?")
        self.assertEqual(self.raw_placeholders_in_tries(response), [])

    def raw_placeholders_in_tries(self, response):
        tries = re.findall(r"Try: (.*?)</span>", response.content.decode())
        self.assertTrue(tries)
        return [t for t in tries if re.search(r"\{\w+\}", t)]

    def test_the_live_review_fills_its_try_from_the_plans_chat_and_only_the_users_own(self):
        self.login()
        post = {"text": "When was the company founded?", "conversation": self.chat.pk}
        response = self.client.post(reverse("question_review"), post)
        self.assertContains(response, "I read that Acme Robotics is growing")
        theirs = Conversation.objects.create(
            owner=self.charlie,
            host=Person.objects.create(owner=self.charlie, name="Sam Secret"),
            company=Company.objects.create(owner=self.charlie, name="Secret Labs"),
        )
        for chat in (theirs.pk, "", "x"):
            response = self.client.post(reverse("question_review"), {**post, "conversation": chat})
            self.assertContains(response, "I read that your company is growing")
            self.assertEqual(self.raw_placeholders_in_tries(response), [])

    def test_the_live_review_needs_an_account(self):
        response = self.client.post(reverse("question_review"), {"text": "Are you hiring?"})
        self.assertEqual(response.status_code, 302)


class OrderTests(PlanTestCase):
    def setUp(self):
        self.a, self.b, self.c = self.add("A?"), self.add("B?"), self.add("C?")
        self.login()

    def test_move_up_and_down_work_without_javascript(self):
        response = self.client.post(reverse("item_move", args=[self.c.pk]), {"direction": "up"})
        self.assertRedirects(response, self.url + f"#item-{self.c.pk}", fetch_redirect_response=False)
        self.assertEqual(self.order(), ["A?", "C?", "B?"])
        self.client.post(reverse("item_move", args=[self.a.pk]), {"direction": "down"})
        self.assertEqual(self.order(), ["C?", "A?", "B?"])

    def test_moving_the_first_up_or_the_last_down_changes_nothing(self):
        self.client.post(reverse("item_move", args=[self.a.pk]), {"direction": "up"})
        self.client.post(reverse("item_move", args=[self.c.pk]), {"direction": "down"})
        self.assertEqual(self.order(), ["A?", "B?", "C?"])

    def test_a_move_by_htmx_answers_with_the_redrawn_list(self):
        response = self.client.post(
            reverse("item_move", args=[self.b.pk]), {"direction": "up"}, headers={"HX-Request": "true"}
        )
        self.assertContains(response, 'id="plan-items-body"')
        self.assertLess(response.content.index(b"B?"), response.content.index(b"A?"))

    def test_a_drag_sends_the_whole_new_order(self):
        order = f"{self.c.pk},{self.a.pk},{self.b.pk}"
        self.client.post(reverse("plan_order", args=[self.chat.pk]), {"order": order})
        self.assertEqual(self.order(), ["C?", "A?", "B?"])

    def test_an_order_that_does_not_name_every_item_once_is_refused(self):
        for order in (f"{self.c.pk},{self.a.pk}", f"{self.a.pk},{self.a.pk},{self.b.pk}", "x,y", "", "1,2,3"):
            self.client.post(reverse("plan_order", args=[self.chat.pk]), {"order": order})
            self.assertEqual(self.order(), ["A?", "B?", "C?"], order)

    def test_an_outsider_cannot_move_anything(self):
        self.login(self.charlie)
        self.assertEqual(
            self.client.post(reverse("item_move", args=[self.b.pk]), {"direction": "up"}).status_code, 404
        )
        order = f"{self.c.pk},{self.a.pk},{self.b.pk}"
        self.assertEqual(
            self.client.post(reverse("plan_order", args=[self.chat.pk]), {"order": order}).status_code, 404
        )
        self.assertEqual(self.order(), ["A?", "B?", "C?"])


class BudgetTests(PlanTestCase):
    def test_small_talk_questions_and_closing_against_the_duration(self):
        for i in range(5):
            self.add(f"Q{i}?", minutes=4)
        budget = self.plan.budget()
        self.assertEqual((budget.duration, budget.total, budget.over), (30, 30, 0))
        self.add("One more?", minutes=3)
        budget = self.plan.budget()
        self.assertEqual(budget.over, 3)
        self.login()
        self.assertContains(self.client.get(self.url), "That is 3 minutes over")

    def test_must_asks_get_the_time_first_when_it_runs_short(self):
        early = self.add("Early?", minutes=10)
        late = self.add("Late but important?", minutes=10, must_ask=True)
        middle = self.add("Middle?", minutes=5)
        items = self.plan.ordered_items()
        self.plan.budget(items)  # 20 minutes for questions
        fits = {item.pk: item.fits for item in items}
        self.assertEqual(fits, {late.pk: True, early.pk: True, middle.pk: False})

    def test_put_the_must_asks_first(self):
        self.add("Early?")
        self.add("Must?", must_ask=True)
        self.login()
        self.client.post(reverse("plan_must_asks_first", args=[self.chat.pk]))
        self.assertEqual(self.order(), ["Must?", "Early?"])

    def test_settings_change_the_budget_and_bad_numbers_are_refused(self):
        self.login()
        url = reverse("plan_settings", args=[self.chat.pk])
        self.client.post(url, {"small_talk_minutes": 3, "closing_minutes": 4, "introduction": "I am Alice."})
        self.plan.refresh_from_db()
        self.assertEqual((self.plan.small_talk_minutes, self.plan.introduction), (3, "I am Alice."))
        response = self.client.post(url, {"small_talk_minutes": -1, "closing_minutes": 999})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Keep the closing under an hour.", status_code=400)


class SuggestTests(PlanTestCase):
    def test_a_suggested_plan_fits_the_time_and_mixes_every_kind(self):
        self.login()
        for minutes in (20, 30):
            self.client.post(reverse("plan_suggest", args=[self.chat.pk]), {"minutes": minutes})
            items = list(self.plan.items.all())
            used = sum(i.minutes for i in items)
            self.assertLessEqual(used, minutes - 10)
            self.assertGreaterEqual(used, minutes - 12)
            families = {i.family for i in items}
            self.assertEqual(families, set(bank.FAMILIES) if minutes == 30 else families)
            self.assertGreaterEqual(len(families), 4)
            self.assertEqual(len({i.bank_key for i in items}), len(items))

    def test_must_asks_stay_when_a_plan_is_suggested(self):
        self.add("My own must-ask?", minutes=4, must_ask=True)
        self.add("A throwaway?")
        self.plan.suggest(20)
        texts = self.order()
        self.assertEqual(texts[0], "My own must-ask?")
        self.assertNotIn("A throwaway?", texts)
        self.assertLessEqual(sum(i.minutes for i in self.plan.items.all()), 10)


class EditAndDeleteTests(PlanTestCase):
    def test_edit_a_question_and_mark_it_must_ask(self):
        item = self.add("Old?")
        self.login()
        url = reverse("item_edit", args=[item.pk])
        self.assertContains(self.client.get(url), "Old?")
        self.client.post(url, {"text": "What surprised you most?", "minutes": 4, "must_ask": "on"})
        item.refresh_from_db()
        self.assertEqual((item.text, item.minutes, item.must_ask), ("What surprised you most?", 4, True))

    def test_removing_asks_first(self):
        item = self.add("Gone?")
        self.login()
        url = reverse("item_delete", args=[item.pk])
        self.assertContains(self.client.get(url), "Delete this question from the plan?")
        self.assertTrue(PlanItem.objects.filter(pk=item.pk).exists())
        self.client.post(url)
        self.assertFalse(PlanItem.objects.filter(pk=item.pk).exists())

    def test_an_outsider_can_neither_edit_nor_remove(self):
        item = self.add("Mine?")
        self.login(self.charlie)
        for name in ("item_edit", "item_delete"):
            self.assertEqual(self.client.get(reverse(name, args=[item.pk])).status_code, 404)
            self.assertEqual(self.client.post(reverse(name, args=[item.pk]), {"text": "x"}).status_code, 404)
        item.refresh_from_db()
        self.assertEqual(item.text, "Mine?")


class FillTests(BaseTestCase):
    def test_missing_values_read_naturally(self):
        values = {"company": "", "role": "", "industry": "", "host_first_name": ""}
        self.assertEqual(
            fill("What made you choose {company}, {host_first_name}?", values),
            "What made you choose your company?",
        )
        self.assertEqual(
            fill("What surprised you when you started as a {role}?", values),
            "What surprised you when you started in your role?",
        )
        self.assertEqual(fill("How is {industry} changing?", values), "How is your field changing?")
        self.assertEqual(
            fill("What is {company}'s biggest bet?", values), "What is your company's biggest bet?"
        )

    def test_other_braces_stay_as_typed(self):
        self.assertEqual(
            fill("What about {this} and {0}?", {"company": "Acme"}), "What about {this} and {0}?"
        )


class PlanQueryTests(PlanTestCase):
    def test_the_plan_page_costs_the_same_queries_however_long_the_plan(self):
        from coffeechat.questions.models import Comment, ShareLink

        self.login()
        self.add("One?")
        self.client.get(self.url)
        with self.assertNumQueries(9) as first:  # + the saved request draft
            self.client.get(self.url)
        self.plan.suggest(30)
        link, _token = ShareLink.create_for(self.plan)
        for item in self.plan.items.all():
            Comment.objects.create(owner=self.alice, plan=self.plan, item=item, share_link=link, body="Hm")
        ShareLink.create_for(self.plan)
        Question.objects.bulk_create(Question(owner=self.alice, text=f"Mine {i}?") for i in range(20))
        with self.assertNumQueries(len(first.captured_queries)):
            self.client.get(self.url)


@settings(deadline=None)  # a loaded machine is not a failure
@given(
    st.text(max_size=200),
    st.fixed_dictionaries(
        {name: st.text(max_size=30) for name in ("company", "role", "industry", "host_first_name")}
    ),
)
def test_fill_never_fails_and_leaves_no_known_placeholder(text, values):
    filled = fill(text, values)
    template = "Ask {host_first_name} about {company}, {industry} and being a {role}?"
    result = fill(template, values)
    for name in ("company", "role", "industry", "host_first_name"):
        if not any("{" in v or "}" in v for v in values.values()):
            assert "{" + name + "}" not in result
    assert isinstance(filled, str)


def test_an_industry_reads_as_part_of_the_sentence():
    from coffeechat.questions.models import _in_a_sentence

    assert _in_a_sentence("Science museums") == "science museums"
    assert _in_a_sentence("Higher Education") == "higher education"
    assert _in_a_sentence("AI safety") == "AI safety"
    assert _in_a_sentence("EdTech") == "EdTech"
    assert _in_a_sentence("") == ""


class PlanRequestCardTests(BaseTestCase):
    def test_after_the_request_went_out_the_card_says_so_instead_of_asking_for_a_draft(self):
        self.login()
        url = reverse("plan", args=[self.chat.pk])
        self.assertContains(self.client.get(url), "No saved request yet.")
        self.chat.move_to("requested")
        response = self.client.get(url)
        self.assertNotContains(response, "No saved request yet.")
        self.assertContains(response, "Nothing left to review here.")
