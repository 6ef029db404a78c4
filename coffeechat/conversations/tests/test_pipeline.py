import datetime as dt
import re

from django.test import Client
from django.utils import timezone

from coffeechat.conversations.models import Conversation, StageChange
from coffeechat.conversations.views import CARDS_PER_COLUMN
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Person


def columns(response) -> list[dict]:
    """Every column of the board, main line then side exits."""
    return [column for lane in response.context["lanes"] for column in lane["columns"]]


def column(response, stage: str) -> dict:
    return next(c for c in columns(response) if c["stage"] == stage)


def cards(response) -> list[str]:
    """The opening tag of every card on the board, in page order."""
    return re.findall(r'<li class="pcard"[^>]*>', response.content.decode())


def card(response, conversation) -> str:
    found = [tag for tag in cards(response) if f'data-pk="{conversation.pk}"' in tag]
    assert len(found) == 1, f"{len(found)} cards for conversation {conversation.pk}"
    return found[0]


def focused_cards(response) -> list[str]:
    return [tag for tag in cards(response) if "data-focus-after-swap" in tag]


class PipelineTests(BaseTestCase):
    def get(self):
        self.login()
        return self.client.get("/pipeline/")

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get("/pipeline/"), "/accounts/login/?next=/pipeline/")

    def test_it_shows_every_stage_in_order_with_counts(self):
        Conversation.objects.create(owner=self.alice, host=self.ana, stage=stages.MET)
        r = self.get()
        self.assertEqual([c["stage"] for c in columns(r)], stages.ALL)
        self.assertEqual(column(r, stages.IDEA)["count"], 1)
        self.assertEqual(column(r, stages.MET)["count"], 1)
        self.assertEqual(column(r, stages.DECLINED)["count"], 0)
        self.assertTrue(column(r, stages.ON_HOLD)["side"])
        self.assertFalse(column(r, stages.MET)["side"])
        self.assertEqual(r.context["total"], 2)
        self.assertContains(r, 'data-stage="keeping_in_touch"')

    def test_the_main_line_comes_first_then_the_paused_or_closed_lane(self):
        r = self.get()
        main, side = r.context["lanes"]
        self.assertEqual([c["stage"] for c in main["columns"]], stages.MAIN_LINE)
        self.assertEqual([c["stage"] for c in side["columns"]], stages.SIDE_EXITS)
        self.assertEqual(side["label"], "Paused or closed")
        self.assertContains(r, 'aria-label="Paused or closed"')

    def test_the_board_is_one_form_that_posts_moves_with_its_csrf_token(self):
        r = self.get()
        html = r.content.decode()
        board = re.search(r'<form id="board"[^>]*>(.*?)</form>', html, re.S)
        self.assertIsNotNone(board, "the board is not a form")
        tag = board.group(0)[: board.group(0).index(">") + 1]
        self.assertIn('method="post"', tag)
        self.assertIn('action="/pipeline/move/"', tag)
        self.assertIn('hx-post="/pipeline/move/"', tag)
        self.assertIn('hx-target="#board"', tag)
        self.assertIn('name="csrfmiddlewaretoken"', board.group(1))
        self.assertEqual(html.count("<form id="), 1, "one form for the whole board, none per card")
        self.assertNotIn("<select", board.group(1))
        self.assertNotIn("data-move-url", html)

    def test_a_card_has_one_button_to_its_next_stage(self):
        r = self.get()
        self.assertIn('data-stage="idea"', card(r, self.chat))
        self.assertInHTML(
            f'<button class="small secondary" name="move" value="{self.chat.pk} requested">'
            'Requested →<span class="visually-hidden">: move Ana Lima</span></button>',
            r.content.decode(),
            count=1,
        )

    def test_every_main_line_card_but_the_last_offers_the_next_stage(self):
        chats = {
            stage: Conversation.objects.create(
                owner=self.alice, host=self.ana, stage=stage, scheduled_at=timezone.now()
            )
            for stage in stages.ALL
            if stage != stages.IDEA
        }
        r = self.get()
        html = r.content.decode()
        for stage, chat in chats.items():
            with self.subTest(stage=stage):
                buttons = re.findall(rf'<button[^>]*name="move" value="{chat.pk} (\w+)"', html)
                expected = stages.next_stage(stage)
                if expected == stages.SCHEDULED:  # needs a meeting time: a link to the form
                    self.assertEqual(buttons, [])
                    self.assertIn(f'href="/conversations/{chat.pk}/#schedule"', html)
                    continue
                self.assertEqual(buttons, [expected] if expected else [])
        self.assertContains(r, "Keeping in touch →")
        self.assertEqual(len(re.findall(r'name="move"', html)), 4)  # idea, scheduled, met, thanked

    def test_it_never_shows_other_users_conversations(self):
        bobs = Person.objects.create(owner=self.bob, name="Bobs Contact")
        Conversation.objects.create(owner=self.bob, host=bobs)
        r = self.get()
        self.assertEqual(column(r, stages.IDEA)["count"], 1)
        self.assertEqual(r.context["total"], 1)
        self.assertNotContains(r, "Bobs Contact")

    def test_a_long_column_shows_the_newest_cards_and_links_to_all(self):
        self.assertLess(CARDS_PER_COLUMN, 35)
        now = timezone.now()
        older = Conversation.objects.bulk_create(
            Conversation(owner=self.alice, host=self.ana, stage_changed_at=now - dt.timedelta(days=i + 1))
            for i in range(35)
        )
        r = self.get()
        idea = column(r, stages.IDEA)
        self.assertEqual(idea["count"], 36)
        # The most recently changed first.
        self.assertEqual(idea["cards"], [self.chat, *older[: CARDS_PER_COLUMN - 1]])
        self.assertEqual(len([c for c in cards(r) if 'data-stage="idea"' in c]), CARDS_PER_COLUMN)
        self.assertContains(r, 'href="/conversations/?stage=idea">All 36 idea</a>')

    def test_a_full_column_has_no_link_to_more(self):
        Conversation.objects.bulk_create(
            Conversation(owner=self.alice, host=self.ana) for _ in range(CARDS_PER_COLUMN - 1)
        )
        r = self.get()
        self.assertEqual(len(column(r, stages.IDEA)["cards"]), CARDS_PER_COLUMN)
        self.assertNotContains(r, f"All {CARDS_PER_COLUMN} idea")
        self.assertNotContains(r, 'href="/conversations/?stage=idea"')

    def test_a_new_user_sees_how_to_start(self):
        self.login(self.charlie)
        r = self.client.get("/pipeline/")
        self.assertEqual(r.context["total"], 0)
        self.assertContains(r, "No coffee chats yet.")
        self.assertEqual(cards(r), [])

    def test_the_query_count_does_not_grow_with_data(self):
        self.get()
        with self.assertNumQueries(4):
            self.client.get("/pipeline/")
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        # More than a column holds at every stage, some with a company, some without.
        Conversation.objects.bulk_create(
            Conversation(owner=self.alice, host=self.ana, company=self.acme if i % 2 else None, stage=stage)
            for stage in stages.ALL
            for i in range(CARDS_PER_COLUMN)
        )
        with self.assertNumQueries(4):
            r = self.client.get("/pipeline/")
        for c in columns(r):
            self.assertEqual(len(c["cards"]), CARDS_PER_COLUMN, c["stage"])
            self.assertGreater(c["count"], CARDS_PER_COLUMN, c["stage"])
        self.assertEqual(len(cards(r)), CARDS_PER_COLUMN * len(stages.ALL))
        self.assertContains(r, "Acme Robotics")


class PipelineMoveTests(BaseTestCase):
    url = "/pipeline/move/"

    def setUp(self):
        self.login()

    def move(self, value, **kwargs):
        return self.client.post(self.url, {"move": value}, **kwargs)

    def htmx(self, value):
        return self.move(value, HTTP_HX_REQUEST="true")

    def reload(self):
        return Conversation.objects.get(pk=self.chat.pk)

    def test_a_normal_post_moves_and_goes_back_to_the_pipeline(self):
        r = self.move(f"{self.chat.pk} requested", follow=True)
        self.assertRedirects(r, "/pipeline/")
        self.assertEqual(self.reload().stage, stages.REQUESTED)
        change = StageChange.objects.get()
        self.assertEqual((change.from_stage, change.to_stage), (stages.IDEA, stages.REQUESTED))
        self.assertContains(r, "Ana Lima moved to “Requested”. Next: Wait for a reply", count=1)
        self.assertEqual(column(r, stages.REQUESTED)["cards"], [self.chat])
        self.assertEqual(focused_cards(r), [])  # a full page puts the focus nowhere special

    def test_a_normal_post_ignores_next(self):
        r = self.client.post(self.url, {"move": f"{self.chat.pk} requested", "next": "/today/"})
        self.assertRedirects(r, "/pipeline/", fetch_redirect_response=False)

    def test_htmx_returns_the_board_with_the_moved_card_marked(self):
        other = Conversation.objects.create(owner=self.alice, host=self.ana)
        r = self.htmx(f"{self.chat.pk} requested")
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, '<form id="board"')
        self.assertNotContains(r, "<html")
        self.assertNotContains(r, "<h1>Pipeline</h1>")
        self.assertContains(r, 'name="csrfmiddlewaretoken"')  # the next move needs it too
        self.assertContains(r, "Ana Lima moved to “Requested”.", count=1)
        self.assertContains(r, 'class="message success"')
        self.assertEqual(column(r, stages.REQUESTED)["cards"], [self.chat])
        self.assertEqual(column(r, stages.IDEA)["cards"], [other])
        self.assertEqual(focused_cards(r), [card(r, self.chat)])
        self.assertIn('data-stage="requested"', card(r, self.chat))
        self.assertEqual(self.reload().stage, stages.REQUESTED)
        # The message was shown in the board: the next page does not repeat it.
        self.assertNotContains(self.client.get("/pipeline/"), "moved to")

    def test_a_drop_can_move_to_any_allowed_stage_not_only_the_next(self):
        r = self.htmx(f"{self.chat.pk} on_hold")
        self.assertContains(r, "Ana Lima moved to “On hold”.")
        self.assertEqual(self.reload().stage, stages.ON_HOLD)
        self.assertEqual(column(r, stages.ON_HOLD)["cards"], [self.chat])

    def test_a_refused_move_by_htmx_shows_why_and_changes_nothing(self):
        with self.assertNothingChanged():
            r = self.htmx(f"{self.chat.pk} no_reply")
        self.assertContains(r, '<form id="board"')
        self.assertContains(r, "Ana Lima: A conversation at “Idea” cannot be marked “No reply”.")
        self.assertContains(r, 'class="message error"')
        self.assertNotContains(r, "moved to")
        self.assertEqual(column(r, stages.IDEA)["cards"], [self.chat])
        self.assertEqual(column(r, stages.NO_REPLY)["cards"], [])
        # The focus stays on the card that did not move.
        self.assertEqual(focused_cards(r), [card(r, self.chat)])

    def test_a_refused_move_by_a_normal_post_shows_why_and_changes_nothing(self):
        with self.assertNothingChanged():
            r = self.move(f"{self.chat.pk} bogus", follow=True)
        self.assertRedirects(r, "/pipeline/")
        self.assertContains(r, "Ana Lima: That is not a stage coffeechat knows.", count=1)

    def test_moving_to_scheduled_without_a_time_is_refused(self):
        with self.assertNothingChanged():
            r = self.htmx(f"{self.chat.pk} scheduled")
        self.assertContains(r, "Set the meeting time first")

    def test_moving_to_the_same_stage_is_refused(self):
        with self.assertNothingChanged():
            r = self.htmx(f"{self.chat.pk} idea")
        self.assertContains(r, "It is already at “Idea”.")

    def test_a_missing_or_garbled_stage_is_refused_not_an_error(self):
        for value in (
            f"{self.chat.pk}",
            f"{self.chat.pk} ",
            f"{self.chat.pk}  requested",
            f"{self.chat.pk} Requested",
        ):
            for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
                with self.subTest(value=value, htmx=bool(headers)), self.assertNothingChanged():
                    r = self.move(value, follow=True, **headers)
                    self.assertEqual(r.status_code, 200)
                    self.assertContains(r, "Ana Lima: That is not a stage coffeechat knows.")

    def test_a_garbage_conversation_id_is_a_404_not_an_error(self):
        for value in (
            "",
            " ",
            "requested",
            " requested",
            f" {self.chat.pk} requested",
            "abc requested",
            f"{self.chat.pk}.0 requested",
            f"{self.chat.pk}x requested",
            "-1 requested",
            "0 requested",
            "999999 requested",
            "99999999999999999999999999 requested",
            "None requested",
            "\x00 requested",
            "1e3 requested",
        ):
            for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
                with self.subTest(value=value, htmx=bool(headers)), self.assertNothingChanged():
                    self.assertEqual(self.move(value, **headers).status_code, 404)

    def test_no_move_at_all_is_a_404(self):
        with self.assertNothingChanged():
            self.assertEqual(self.client.post(self.url).status_code, 404)
            self.assertEqual(self.client.post(self.url, HTTP_HX_REQUEST="true").status_code, 404)

    def test_it_404s_for_another_users_conversation(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
                with self.subTest(user=user.email, htmx=bool(headers)), self.assertNothingChanged():
                    r = self.move(f"{self.chat.pk} requested", **headers)
                    self.assertEqual(r.status_code, 404)
                    self.assertNotContains(r, "Ana Lima", status_code=404)

    def test_it_needs_a_signed_in_user(self):
        self.client.logout()
        with self.assertNothingChanged():
            r = self.move(f"{self.chat.pk} requested")
        self.assertRedirects(r, "/accounts/login/?next=/pipeline/move/", fetch_redirect_response=False)

    def test_it_refuses_get(self):
        self.assertEqual(self.client.get(self.url, {"move": f"{self.chat.pk} requested"}).status_code, 405)
        self.assertEqual(self.reload().stage, stages.IDEA)

    def test_the_boards_own_csrf_token_is_accepted(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        board = client.get("/pipeline/").content.decode()
        token = re.search(r'<form id="board".*?name="csrfmiddlewaretoken" value="([^"]+)"', board, re.S)
        with self.assertNothingChanged():
            self.assertEqual(client.post(self.url, {"move": f"{self.chat.pk} requested"}).status_code, 403)
        r = client.post(
            self.url, {"move": f"{self.chat.pk} requested", "csrfmiddlewaretoken": token.group(1)}
        )
        self.assertRedirects(r, "/pipeline/", fetch_redirect_response=False)
        self.assertEqual(self.reload().stage, stages.REQUESTED)

    def test_the_query_count_of_a_move_does_not_grow_with_data(self):
        first, second = (
            Conversation.objects.create(owner=self.alice, host=self.ana, company=self.acme) for _ in range(2)
        )
        self.htmx(f"{first.pk} on_hold")
        # 20: the move, its log entry and the 3B7 follow-up tasks it plans (a constant number).
        with self.assertNumQueries(20):
            self.htmx(f"{self.chat.pk} requested")
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        with self.assertNumQueries(20):
            r = self.htmx(f"{second.pk} requested")
        self.assertContains(r, "Ana Lima moved to “Requested”.")
        self.assertGreater(len(cards(r)), 20)


class OldPerCardMoveTests(BaseTestCase):
    """The per-card form is gone: the conversation's own move URL no longer draws the board."""

    def test_htmx_from_the_board_redirects_like_any_other_move(self):
        self.login()
        r = self.client.post(
            f"/conversations/{self.chat.pk}/move/",
            {"stage": "requested", "from": "board"},
            HTTP_HX_REQUEST="true",
        )
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)
        self.assertEqual(Conversation.objects.get(pk=self.chat.pk).stage, stages.REQUESTED)
