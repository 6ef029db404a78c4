"""Review by a friend or instructor: a link without an account, comments per question, and the
owner's side (inline comments, accept a rewrite, resolve, revoke)."""

import datetime as dt
import re

import time_machine
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from coffeechat.conversations.models import Task
from coffeechat.lib.smtp_sink import SMTPSink
from coffeechat.lib.testing import BaseTestCase
from coffeechat.questions.models import Comment, Plan, ShareLink, hash_token


class ReviewLinkTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.plan = Plan.for_conversation(cls.chat)
        cls.plan.introduction = "I am Alice, a designer moving into robotics."
        cls.plan.save()
        cls.q1 = cls.plan.add("Any openings on your team?")
        cls.q2 = cls.plan.add("What surprised you at {company}?")
        cls.plan_url = reverse("plan", args=[cls.chat.pk])

    def make_link(self, **kwargs):
        link, token = ShareLink.create_for(self.plan, **kwargs)
        return link, reverse("review", args=[token])


class MakingALinkTests(ReviewLinkTestCase):
    def test_the_owner_gets_a_link_shown_once_and_only_its_hash_is_kept(self):
        self.login()
        response = self.client.post(
            reverse("share_new", args=[self.chat.pk]), {"label": "Career centre"}, follow=True
        )
        # Redirected to the plan (a reload neither re-posts nor lands on a POST-only address).
        self.assertEqual(response.redirect_chain, [(self.plan_url + "#share", 302)])
        url = re.search(r'value="(http://testserver/review/[^"]+/)"', response.content.decode()).group(1)
        token = url.rstrip("/").rsplit("/", 1)[1]
        self.assertGreaterEqual(len(token), 43)  # 256 random bits, URL-safe
        link = ShareLink.objects.get()
        self.assertEqual((link.token_hash, link.label), (hash_token(token), "Career centre"))
        self.assertNotIn(token, str(ShareLink.objects.values().get()))
        self.assertAlmostEqual(
            link.expires_at, timezone.now() + dt.timedelta(days=14), delta=dt.timedelta(minutes=1)
        )
        self.assertNotContains(self.client.get(self.plan_url), token)

    def test_an_outsider_cannot_make_or_revoke_a_link(self):
        link, _url = self.make_link()
        self.login(self.charlie)
        self.assertEqual(self.client.post(reverse("share_new", args=[self.chat.pk])).status_code, 404)
        self.assertEqual(self.client.post(reverse("share_revoke", args=[link.pk])).status_code, 404)
        link.refresh_from_db()
        self.assertTrue(link.is_live)
        self.assertEqual(ShareLink.objects.count(), 1)


class ReviewerPageTests(ReviewLinkTestCase):
    def test_the_reviewer_sees_the_questions_without_an_account_and_nothing_else(self):
        _link, url = self.make_link()
        response = self.client.get(url)
        self.assertContains(response, "Alice would like your advice")
        self.assertContains(response, "Any openings on your team?")
        self.assertContains(response, "What surprised you at Acme Robotics?")
        self.assertContains(response, "I am Alice, a designer moving into robotics.")
        self.assertEqual(response.headers["Referrer-Policy"], "same-origin")  # the token stays here
        self.assertContains(response, "No account needed to comment")
        self.assertNotContains(response, reverse("signup"))  # a reviewer is not asked to sign up
        html = response.content.decode()
        for private in (
            "alice@example.org",
            "Follow up with Ana",
            "Learn how design works",
            self.plan_url,
            f"/conversations/{self.chat.pk}/",
        ):
            self.assertNotIn(private, html)

    def test_the_reviewer_cannot_reach_anything_else_with_the_link(self):
        _link, url = self.make_link()
        self.client.get(url)  # a session of its own, no sign-in
        for other in (
            self.plan_url,
            self.chat.get_absolute_url(),
            reverse("question_bank"),
            "/today/",
            reverse("briefing", args=[self.chat.pk]),
            reverse("meeting", args=[self.chat.pk]),
        ):
            self.assertEqual(self.client.get(other).status_code, 302, other)  # to the sign-in page

    def test_comments_per_question_with_a_rewrite_and_looks_good(self):
        _link, url = self.make_link(label="Sam")
        response = self.client.post(
            url,
            {
                "author": "Sam",
                f"comment-{self.q1.pk}": "This sounds like asking for a job.",
                f"suggestion-{self.q1.pk}": "How do people usually join a team like yours?",
                f"good-{self.q2.pk}": "on",
                "comment-intro": "Say why robotics.",
            },
        )
        self.assertRedirects(response, url, fetch_redirect_response=False)
        comments = {(c.item_id, c.author, c.body, c.suggestion, c.looks_good) for c in Comment.objects.all()}
        self.assertEqual(
            comments,
            {
                (
                    self.q1.pk,
                    "Sam",
                    "This sounds like asking for a job.",
                    "How do people usually join a team like yours?",
                    False,
                ),
                (self.q2.pk, "Sam", "", "", True),
                (None, "Sam", "Say why robotics.", "", False),
            },
        )
        self.assertTrue(all(c.owner_id == self.alice.pk for c in Comment.objects.all()))
        page = self.client.get(url)
        self.assertContains(page, "Thank you! Your comments are with them now.")
        # Back on the link, the reviewer sees what they sent, not only a blank form.
        self.assertContains(page, "You said on", count=3)
        self.assertContains(page, "This sounds like asking for a job.")
        # Another link's reviewer sees none of it.
        _other, other_url = self.make_link(label="Kim")
        self.assertNotContains(self.client.get(other_url), "You said on")

    def test_an_empty_review_saves_nothing_and_says_so(self):
        _link, url = self.make_link()
        self.client.post(url, {"author": "Sam"})
        self.assertFalse(Comment.objects.exists())
        self.assertContains(self.client.get(url), "There was nothing to send")

    def test_a_link_takes_a_bounded_number_of_comments(self):
        from coffeechat.questions import views

        link, url = self.make_link()
        Comment.objects.bulk_create(
            Comment(owner=self.alice, plan=self.plan, share_link=link, body="x")
            for _ in range(views.REVIEW_COMMENT_LIMIT)
        )
        response = self.client.post(url, {f"comment-{self.q1.pk}": "One more"}, follow=True)
        self.assertContains(response, "This link has taken all the comments it can.")
        self.assertEqual(Comment.objects.count(), views.REVIEW_COMMENT_LIMIT)

    def test_a_comment_on_a_question_of_another_plan_is_ignored(self):
        other_plan = Plan.objects.create(owner=self.alice, conversation=self.make_other_chat())
        other = other_plan.add("Not shared?")
        _link, url = self.make_link()
        self.client.post(url, {f"comment-{other.pk}": "Sneaky"})
        self.assertFalse(Comment.objects.exists())

    def make_other_chat(self):
        from coffeechat.conversations.models import Conversation

        return Conversation.objects.create(owner=self.alice, host=self.ana, goal="Another")

    def test_the_owner_is_told_by_mail_when_smtp_is_set_up(self):
        _link, url = self.make_link(label="Sam")
        with SMTPSink() as sink, override_settings(**sink.settings()):
            self.client.post(url, {f"good-{self.q2.pk}": "on"})
        (mail,) = sink.received
        message = mail.message
        self.assertEqual(message["To"], "alice@example.org")
        self.assertEqual(message["Subject"], "A review of your coffee chat questions came in")
        self.assertIn("Sam left 1 comment", message.get_content())

    def test_a_review_puts_one_task_on_today(self):
        _link, url = self.make_link()
        self.client.post(url, {f"good-{self.q2.pk}": "on"})
        self.client.post(url, {f"good-{self.q1.pk}": "on"})
        task = Task.objects.get(owner=self.alice, title__startswith="Read the review")
        self.assertEqual((task.conversation, task.due_on), (self.chat, self.alice.today()))
        # Its link goes where the review is read: the chat's plan, beside the questions.
        self.assertEqual(task.url, f"/conversations/{self.chat.pk}/plan/#plan-items")
        self.login()
        self.assertContains(self.client.get("/today/"), "Read the review of your questions for Ana Lima")

    def test_no_mail_without_smtp(self):
        _link, url = self.make_link()
        self.client.post(url, {f"good-{self.q2.pk}": "on"})
        self.assertEqual(mail.outbox, [])


class ClosedLinkTests(ReviewLinkTestCase):
    def test_an_expired_link_shows_a_kind_page_and_takes_no_comments(self):
        _link, url = self.make_link()
        with time_machine.travel(timezone.now() + dt.timedelta(days=15)):
            response = self.client.get(url)
            self.assertContains(response, "The link has expired", status_code=410)
            self.assertNotContains(response, "Any openings", status_code=410)
            self.client.post(url, {f"comment-{self.q1.pk}": "Late"})
        self.assertFalse(Comment.objects.exists())

    def test_a_revoked_link_shows_a_kind_page(self):
        link, url = self.make_link()
        self.login()
        self.client.post(reverse("share_revoke", args=[link.pk]))
        self.client.logout()
        response = self.client.get(url)
        self.assertContains(response, "switched this link off", status_code=410)
        self.client.post(url, {f"comment-{self.q1.pk}": "Late"})
        self.assertFalse(Comment.objects.exists())

    def test_an_unknown_or_mangled_token_is_a_kind_404(self):
        _link, url = self.make_link()
        for bad in (url[:-5] + "xxxx/", "/review/x/", "/review/" + "a" * 300 + "/"):
            response = self.client.get(bad)
            self.assertContains(response, "We could not find this link", status_code=404)


class OwnerSideTests(ReviewLinkTestCase):
    def setUp(self):
        link, _url = self.make_link()
        self.comment = Comment.objects.create(
            owner=self.alice,
            plan=self.plan,
            item=self.q1,
            share_link=link,
            author="Sam",
            body="Sounds like a job ask.",
            suggestion="How do people usually join a team like yours?",
        )
        self.login()

    def test_comments_show_inline_beside_their_question(self):
        response = self.client.get(self.plan_url)
        self.assertContains(response, "Sounds like a job ask.")
        self.assertContains(response, "Use this rewrite")

    def test_accepting_a_rewrite_changes_the_question_and_resolves_the_comment(self):
        self.client.post(reverse("comment_action", args=[self.comment.pk, "accept"]))
        self.q1.refresh_from_db()
        self.comment.refresh_from_db()
        self.assertEqual(self.q1.text, "How do people usually join a team like yours?")
        self.assertIsNotNone(self.comment.resolved_at)
        self.assertNotContains(self.client.get(self.plan_url), "Sounds like a job ask.")

    def test_resolving_keeps_the_question(self):
        self.client.post(reverse("comment_action", args=[self.comment.pk, "resolve"]))
        self.q1.refresh_from_db()
        self.assertEqual(self.q1.text, "Any openings on your team?")
        self.assertNotContains(self.client.get(self.plan_url), "Sounds like a job ask.")

    def test_an_outsider_cannot_touch_comments(self):
        self.login(self.charlie)
        for action in ("accept", "resolve"):
            self.assertEqual(
                self.client.post(reverse("comment_action", args=[self.comment.pk, action])).status_code, 404
            )
        self.comment.refresh_from_db()
        self.assertIsNone(self.comment.resolved_at)


class RequestDraftReviewTests(ReviewLinkTestCase):
    """The saved request draft is part of what a link shares, with comments on it."""

    def setUp(self):
        from coffeechat.outreach.models import RequestDraft

        RequestDraft.save_for(
            self.chat, "email", "Your path into design", "Hi Ana, may I ask you about design?"
        )

    def test_the_reviewer_reads_the_request_and_comments_on_it(self):
        _link, url = self.make_link(label="Sam")
        r = self.client.get(url)
        self.assertContains(r, "Their request to Ana, not sent yet")
        self.assertContains(r, "Your path into design")
        self.assertContains(r, "Hi Ana, may I ask you about design?")
        self.assertNotContains(r, 'name="suggestion-request"')  # a comment, not a one-line rewrite
        self.client.post(url, {"comment-request": "Say how you found her.", "suggestion-request": "x"})
        comment = Comment.objects.get()
        self.assertEqual(
            (comment.part, comment.item, comment.body, comment.suggestion),
            ("request", None, "Say how you found her.", ""),
        )

    def test_the_owner_sees_the_comment_beside_the_request_on_the_plan(self):
        _link, url = self.make_link()
        self.client.post(url, {"comment-request": "Say how you found her.", "good-intro": "on"})
        self.assertEqual(sorted(Comment.objects.values_list("part", flat=True)), ["introduction", "request"])
        self.login()
        r = self.client.get(self.plan_url)
        self.assertEqual([c.body for c in r.context["request_comments"]], ["Say how you found her."])
        self.assertEqual([c.looks_good for c in r.context["intro_comments"]], [True])
        self.assertContains(r, "Hi Ana, may I ask you about design?")

    def test_without_a_saved_request_nothing_about_it_is_taken(self):
        from coffeechat.outreach.models import RequestDraft

        RequestDraft.objects.all().delete()
        _link, url = self.make_link()
        self.assertNotContains(self.client.get(url), "Their request")
        self.client.post(url, {"comment-request": "Where is it?"})
        self.assertFalse(Comment.objects.exists())

    def test_another_chats_request_is_not_shown(self):
        from coffeechat.outreach.models import RequestDraft

        other = self.make_other_chat()
        RequestDraft.save_for(other, "email", "", "The other chat's request")
        _link, url = self.make_link()
        self.assertNotContains(self.client.get(url), "The other chat's request")

    def make_other_chat(self):
        from coffeechat.conversations.models import Conversation

        return Conversation.objects.create(owner=self.alice, host=self.ana, goal="Another")


class CommentPartTests(ReviewLinkTestCase):
    def test_a_comment_without_a_question_or_a_part_is_on_the_introduction(self):
        # Guards against comments made the old way (item=None, no part: the demo) going missing.
        Comment.objects.create(owner=self.alice, plan=self.plan, body="Warm introduction.")
        self.login()
        r = self.client.get(self.plan_url)
        self.assertEqual([c.body for c in r.context["intro_comments"]], ["Warm introduction."])
        self.assertEqual(r.context["request_comments"], [])
