from coffeechat.advising.models import Comment, Sharing
from coffeechat.advising.tests.base import AdvisingTestCase
from coffeechat.conversations.models import Conversation


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
        self.assertContains(self.client.get("/advising/review/"), "Nothing to review")

    def test_chats_without_preparation_are_left_out(self):
        self.chat.goal = ""
        self.chat.save()
        self.login(self.vera)
        self.assertNotContains(self.client.get("/advising/review/"), "Ana Lima")

    def test_the_query_count_does_not_grow_and_the_queue_is_capped(self):
        self.login(self.vera)
        self.client.get("/advising/review/")
        with self.assertNumQueries(4):
            self.client.get("/advising/review/")
        Conversation.objects.bulk_create(
            Conversation(owner=self.alice, host=self.ana, company=self.acme, goal=f"Goal {i}")
            for i in range(60)
        )
        with self.assertNumQueries(4):
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
