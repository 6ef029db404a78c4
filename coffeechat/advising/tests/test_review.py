import datetime as dt

import time_machine
from django.utils import timezone

from coffeechat.advising.models import Comment, Sharing
from coffeechat.advising.tests.base import AdvisingTestCase
from coffeechat.conversations.models import Conversation, Task


class ReviewQueueTests(AdvisingTestCase):
    def test_it_lists_shared_preparation_only(self):
        self.login(self.vera)
        r = self.client.get("/advising/review/")
        self.assertContains(r, "Ana Lima")  # alice's chat
        self.assertContains(r, "not reviewed yet")
        self.assertNotContains(r, "Bo Host")  # bob shares no preparation
        self.assertNotContains(r, "Di Host")  # dora is at another organisation

    def test_withdrawn_preparation_leaves_the_queue(self):
        Sharing.objects.filter(pk=self.alice_sharing.pk).update(share_preparation=False)
        self.login(self.vera)
        self.assertContains(self.client.get("/advising/review/"), "Nothing waiting")

    def test_a_comment_takes_a_chat_out_until_the_student_changes_it(self):
        self.login(self.vera)
        self.client.post(f"/advising/review/{self.chat.pk}/", {"about": "goal", "text": "Be specific."})
        self.assertContains(self.client.get("/advising/review/"), "Nothing waiting")
        self.chat.goal = "Learn how Acme's design team runs research"
        self.chat.save()
        r = self.client.get("/advising/review/")
        self.assertContains(r, "Ana Lima")
        self.assertContains(r, "changed since your comment of")

    def test_chats_without_preparation_are_left_out(self):
        self.chat.goal = ""
        self.chat.save()
        self.login(self.vera)
        self.assertNotContains(self.client.get("/advising/review/"), "Ana Lima")

    def test_the_query_count_does_not_grow_and_the_queue_is_capped(self):
        self.login(self.vera)
        self.client.get("/advising/review/")
        with self.assertNumQueries(5):
            self.client.get("/advising/review/")
        Conversation.objects.bulk_create(
            Conversation(owner=self.alice, host=self.ana, company=self.acme, goal=f"Goal {i}")
            for i in range(60)
        )
        with self.assertNumQueries(5):
            r = self.client.get("/advising/review/")
        self.assertEqual(len(r.context["conversations"]), 50)
        self.assertContains(r, "The 50 most waiting are shown")

    def test_not_for_students(self):
        self.login(self.alice)
        self.assertEqual(self.client.get("/advising/review/").status_code, 404)


class ReviewTests(AdvisingTestCase):
    def url(self, chat=None):
        return f"/advising/review/{(chat or self.chat).pk}/"

    def test_an_advisor_reads_the_preparation_and_comments(self):
        self.chat.notes = "**Ask** about the design team"
        self.chat.save()
        self.login(self.vera)
        r = self.client.get(self.url())
        self.assertContains(r, "Learn how design works at Acme")
        self.assertContains(r, "<strong>Ask</strong> about the design team")
        r = self.client.post(
            self.url(), {"about": "goal", "text": "Say what you want to learn about design."}
        )
        self.assertRedirects(r, self.url())
        comment = Comment.objects.get()
        self.assertEqual((comment.owner, comment.author, comment.about), (self.alice, self.vera, "goal"))

    def test_the_student_sees_the_comment_on_the_chat_page(self):
        Comment.objects.create(
            owner=self.alice, author=self.vera, conversation=self.chat, text="Nice <b>goal</b>"
        )
        self.login(self.alice)
        r = self.client.get(f"/conversations/{self.chat.pk}/")
        self.assertContains(r, "From your advisor")
        self.assertContains(r, "Nice &lt;b&gt;goal&lt;/b&gt;")
        self.assertContains(r, "Vera Vance")

    def test_no_advisor_section_without_comments(self):
        self.login(self.alice)
        self.assertNotContains(self.client.get(f"/conversations/{self.chat.pk}/"), "From your advisor")

    def test_what_was_not_shared_is_a_404(self):
        self.login(self.vera)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.url(self.bob_chat)).status_code, 404)
            self.assertEqual(self.client.post(self.url(self.bob_chat), {"text": "x"}).status_code, 404)

    def test_another_organisations_advisor_gets_a_404(self):
        self.login(self.otto)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.url()).status_code, 404)
            self.assertEqual(self.client.post(self.url(), {"text": "x"}).status_code, 404)

    def test_other_students_and_outsiders_get_a_404(self):
        for user in (self.bob, self.dora, self.charlie):
            self.login(user)
            self.assertEqual(self.client.get(self.url()).status_code, 404)

    def test_after_withdrawal_the_advisor_sees_nothing(self):
        self.alice_sharing.delete()
        self.login(self.vera)
        self.assertEqual(self.client.get(self.url()).status_code, 404)

    def test_an_empty_comment_says_what_is_missing(self):
        self.login(self.vera)
        r = self.client.post(self.url(), {"about": "general", "text": ""})
        self.assertContains(r, "This field is required")
        self.assertFalse(Comment.objects.exists())

    def test_another_student_never_sees_the_comment(self):
        Comment.objects.create(owner=self.alice, author=self.vera, conversation=self.chat, text="For Alice")
        self.login(self.bob)
        self.assertEqual(self.client.get(f"/conversations/{self.chat.pk}/").status_code, 404)


class PreparationReviewTests(AdvisingTestCase):
    """The advisor comments on the question plan, introduction and request draft exactly as a
    review link's reviewer does; the student sees the comments beside their questions."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        from coffeechat.outreach.models import RequestDraft
        from coffeechat.questions.models import Plan

        cls.plan = Plan.for_conversation(cls.chat)
        cls.plan.introduction = "I am Alice, a designer moving into robotics."
        cls.plan.save()
        cls.q1 = cls.plan.add("Any openings on your team?")
        cls.q2 = cls.plan.add("What surprised you at {company}?")
        RequestDraft.save_for(cls.chat, "email", "Your path", "Hi Ana, may I ask about design at Acme?")
        cls.bob_plan = Plan.for_conversation(cls.bob_chat)
        cls.bob_q = cls.bob_plan.add("Bob's private question?")
        RequestDraft.save_for(cls.bob_chat, "email", "", "Bob's private request")
        cls.dora_plan = Plan.for_conversation(cls.dora_chat)
        cls.dora_q = cls.dora_plan.add("Dora's private question?")

    def page(self, chat=None):
        return f"/advising/review/{(chat or self.chat).pk}/"

    def post_url(self, chat=None):
        return self.page(chat) + "questions/"

    def test_the_advisor_reads_the_plan_the_introduction_and_the_request(self):
        self.login(self.vera)
        r = self.client.get(self.page())
        self.assertContains(r, "Any openings on your team?")
        self.assertContains(r, "What surprised you at Acme Robotics?")
        self.assertContains(r, "I am Alice, a designer moving into robotics.")
        self.assertContains(r, "Hi Ana, may I ask about design at Acme?")
        self.assertContains(r, f'name="suggestion-{self.q1.pk}"')
        self.assertContains(r, 'name="good-intro"')
        self.assertNotContains(r, "Bob's private")

    def test_comments_are_saved_as_a_reviewers_with_the_advisor_named(self):
        from coffeechat.questions.models import Comment

        self.login(self.vera)
        r = self.client.post(
            self.post_url(),
            {
                f"comment-{self.q1.pk}": "This reads as asking for a job.",
                f"suggestion-{self.q1.pk}": "How do people usually join a team like yours?",
                f"good-{self.q2.pk}": "on",
                "comment-request": "Say how you found her.",
            },
        )
        self.assertRedirects(r, self.page() + "#h-questions", fetch_redirect_response=False)
        rows = set(
            Comment.objects.values_list(
                "owner", "advisor", "author", "part", "item", "suggestion", "looks_good"
            )
        )
        self.assertEqual(
            rows,
            {
                (
                    self.alice.pk,
                    self.vera.pk,
                    "Vera Vance",
                    "question",
                    self.q1.pk,
                    "How do people usually join a team like yours?",
                    False,
                ),
                (self.alice.pk, self.vera.pk, "Vera Vance", "question", self.q2.pk, "", True),
                (self.alice.pk, self.vera.pk, "Vera Vance", "request", None, "", False),
            },
        )
        # The advisor's earlier comments show again under each item, on their page.
        self.assertContains(self.client.get(self.page()), "This reads as asking for a job.")
        self.assertTrue(Task.objects.filter(owner=self.alice, title__startswith="Read the review").exists())

    def test_the_student_sees_the_advisors_comments_inline_and_can_take_the_rewrite(self):
        from coffeechat.questions.models import Comment

        self.login(self.vera)
        self.client.post(
            self.post_url(),
            {
                f"comment-{self.q1.pk}": "This reads as asking for a job.",
                f"suggestion-{self.q1.pk}": "How do people usually join a team like yours?",
            },
        )
        self.login(self.alice)
        r = self.client.get(f"/conversations/{self.chat.pk}/plan/")
        self.assertContains(r, "This reads as asking for a job.")
        self.assertContains(r, "(your advisor)")
        item = next(i for i in r.context["items"] if i.pk == self.q1.pk)
        self.assertEqual([c.body for c in item.open_comments], ["This reads as asking for a job."])
        comment = Comment.objects.get()
        self.client.post(f"/comments/{comment.pk}/accept/")
        self.q1.refresh_from_db()
        self.assertEqual(self.q1.text, "How do people usually join a team like yours?")

    def test_an_empty_review_saves_nothing_and_says_so(self):
        self.login(self.vera)
        with self.assertNothingChanged():
            r = self.client.post(self.post_url(), {f"comment-{self.q1.pk}": "  "}, follow=True)
        self.assertContains(r, "There was nothing to send")

    def test_a_question_of_a_chat_not_shared_is_ignored(self):
        self.login(self.vera)
        with self.assertNothingChanged():
            self.client.post(self.post_url(), {f"comment-{self.bob_q.pk}": "Sneaky"})

    def test_the_same_orgs_advisor_sees_nothing_of_a_student_who_does_not_share(self):
        self.login(self.vera)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.page(self.bob_chat)).status_code, 404)
            r = self.client.post(self.post_url(self.bob_chat), {f"comment-{self.bob_q.pk}": "x"})
            self.assertEqual(r.status_code, 404)

    def test_another_organisations_advisor_gets_a_404(self):
        self.login(self.otto)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.page()).status_code, 404)
            r = self.client.post(self.post_url(), {f"comment-{self.q1.pk}": "x"})
            self.assertEqual(r.status_code, 404)
        self.assertContains(self.client.get(self.page(self.dora_chat)), "Dora&#x27;s private question?")

    def test_other_students_and_outsiders_get_a_404(self):
        for user in (self.bob, self.dora, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.page()).status_code, 404)
                r = self.client.post(self.post_url(), {f"comment-{self.q1.pk}": "x"})
                self.assertEqual(r.status_code, 404)

    def test_after_preparation_is_withdrawn_the_advisor_cannot_comment(self):
        Sharing.objects.filter(pk=self.alice_sharing.pk).update(share_preparation=False)
        self.login(self.vera)
        with self.assertNothingChanged():
            r = self.client.post(self.post_url(), {f"comment-{self.q1.pk}": "x"})
        self.assertEqual(r.status_code, 404)

    def test_reading_a_chat_without_a_plan_creates_nothing(self):
        from coffeechat.network.models import Person

        other = Conversation.objects.create(
            owner=self.alice, host=Person.objects.create(owner=self.alice, name="Noa"), goal="A goal"
        )
        self.login(self.vera)
        with self.assertNothingChanged():
            r = self.client.get(self.page(other))
        self.assertContains(r, "There are no questions in this plan yet")
        self.assertNotContains(r, "Send my comments")

    def test_a_chat_with_only_questions_waits_until_the_advisor_comments_on_them(self):
        Conversation.objects.filter(pk=self.chat.pk).update(goal="", notes="")
        self.login(self.vera)
        self.assertContains(self.client.get("/advising/review/"), "Ana Lima")
        self.client.post(self.post_url(), {f"good-{self.q2.pk}": "on"})
        self.assertContains(self.client.get("/advising/review/"), "Nothing waiting")

    def test_a_saved_request_alone_is_something_to_review(self):
        from coffeechat.questions.models import Plan

        Conversation.objects.filter(pk=self.chat.pk).update(goal="", notes="")
        Plan.objects.filter(pk=self.plan.pk).delete()
        self.login(self.vera)
        self.assertContains(self.client.get("/advising/review/"), "Ana Lima")

    def test_a_request_saved_again_after_the_comment_brings_the_chat_back(self):
        from coffeechat.outreach.models import RequestDraft

        self.login(self.vera)
        self.client.post(self.post_url(), {"good-request": "on"})
        self.assertContains(self.client.get("/advising/review/"), "Nothing waiting")
        with time_machine.travel(timezone.now() + dt.timedelta(minutes=5)):
            RequestDraft.save_for(self.chat, "email", "Your path", "Hi Ana, a shorter ask.")
            self.assertContains(self.client.get("/advising/review/"), "changed since your comment of")
