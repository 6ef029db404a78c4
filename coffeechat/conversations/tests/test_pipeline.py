import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Conversation, StageChange
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Person


def columns(response) -> list[dict]:
    """Every column of the board, main line then side exits."""
    return [column for lane in response.context["lanes"] for column in lane["columns"]]


class PipelineTests(BaseTestCase):
    def get(self):
        self.login()
        return self.client.get("/pipeline/")

    def column(self, r, stage):
        return next(c for c in columns(r) if c["stage"] == stage)

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get("/pipeline/"), "/accounts/login/?next=/pipeline/")

    def test_it_shows_every_stage_in_order_with_counts(self):
        Conversation.objects.create(owner=self.alice, host=self.ana, stage=stages.MET)
        r = self.get()
        self.assertEqual([c["stage"] for c in columns(r)], stages.ALL)
        self.assertEqual(self.column(r, stages.IDEA)["count"], 1)
        self.assertEqual(self.column(r, stages.MET)["count"], 1)
        self.assertEqual(self.column(r, stages.DECLINED)["count"], 0)
        self.assertTrue(self.column(r, stages.ON_HOLD)["side"])
        self.assertFalse(self.column(r, stages.MET)["side"])
        self.assertContains(r, 'data-stage="keeping_in_touch"')
        self.assertContains(r, f'data-move-url="/conversations/{self.chat.pk}/move/"')

    def test_a_card_offers_only_allowed_moves_with_the_next_step_selected(self):
        r = self.get()
        self.assertContains(r, '<option value="requested" selected>Requested</option>', html=True)
        self.assertNotContains(r, '<option value="idea"')
        self.assertNotContains(r, '<option value="no_reply"')

    def test_it_never_shows_other_users_conversations(self):
        bobs = Person.objects.create(owner=self.bob, name="Bobs Contact")
        Conversation.objects.create(owner=self.bob, host=bobs)
        r = self.get()
        self.assertEqual(self.column(r, stages.IDEA)["count"], 1)
        self.assertNotContains(r, "Bobs Contact")

    def test_a_long_column_shows_the_newest_cards_and_links_to_all(self):
        now = timezone.now()
        Conversation.objects.bulk_create(
            Conversation(owner=self.alice, host=self.ana, stage_changed_at=now - dt.timedelta(days=i + 1))
            for i in range(35)
        )
        r = self.get()
        idea = self.column(r, stages.IDEA)
        self.assertEqual(idea["count"], 36)
        self.assertEqual(len(idea["cards"]), 30)
        self.assertEqual(idea["cards"][0], self.chat)  # the most recently changed first
        self.assertContains(r, 'href="/conversations/?stage=idea">All 36 idea</a>')

    def test_the_query_count_does_not_grow_with_data(self):
        self.get()
        with self.assertNumQueries(4):
            self.client.get("/pipeline/")
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        with self.assertNumQueries(4):
            r = self.client.get("/pipeline/")
        self.assertTrue(all(c["count"] >= 3 for c in columns(r)))


class PipelineMoveTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.url = f"/conversations/{self.chat.pk}/move/"

    def test_a_normal_post_moves_and_goes_back_to_the_pipeline(self):
        r = self.client.post(
            self.url, {"stage": "requested", "from": "board", "next": "/pipeline/"}, follow=True
        )
        self.assertRedirects(r, "/pipeline/")
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.REQUESTED)
        self.assertEqual(StageChange.objects.get().to_stage, stages.REQUESTED)
        self.assertContains(r, "Ana Lima moved to “Requested”.")

    def test_the_message_shows_once_on_the_pipeline(self):
        r = self.client.post(self.url, {"stage": "requested", "next": "/pipeline/"}, follow=True)
        self.assertContains(r, "Ana Lima moved to “Requested”.", count=1)

    def test_htmx_from_the_board_returns_the_board(self):
        r = self.client.post(self.url, {"stage": "requested", "from": "board"}, HTTP_HX_REQUEST="true")
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, '<div id="board"')
        self.assertNotContains(r, "<html")
        self.assertContains(r, "Ana Lima moved to “Requested”.", count=1)
        requested = next(c for c in columns(r) if c["stage"] == stages.REQUESTED)
        self.assertEqual(requested["cards"], [self.chat])
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.REQUESTED)

    def test_htmx_without_from_board_redirects(self):
        r = self.client.post(self.url, {"stage": "requested"}, HTTP_HX_REQUEST="true")
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)

    def test_a_refused_move_from_the_board_shows_why_and_changes_nothing(self):
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"stage": "no_reply", "from": "board"}, HTTP_HX_REQUEST="true")
        self.assertContains(r, '<div id="board"')
        self.assertContains(r, "Ana Lima: A conversation at “Idea” cannot be marked “No reply”.")
        self.assertContains(r, 'class="message error"')

    def test_a_refused_move_by_a_normal_post_shows_why_and_changes_nothing(self):
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"stage": "bogus", "next": "/pipeline/"}, follow=True)
        self.assertRedirects(r, "/pipeline/")
        self.assertContains(r, "That is not a stage coffeechat knows.")

    def test_moving_to_scheduled_without_a_time_is_refused(self):
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"stage": "scheduled", "from": "board"}, HTTP_HX_REQUEST="true")
        self.assertContains(r, "Set the meeting time first")
