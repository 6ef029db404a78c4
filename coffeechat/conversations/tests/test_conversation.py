import datetime as dt

from django.utils import timezone

from coffeechat.advising.models import Comment
from coffeechat.conversations.models import Conversation, Interaction, StageChange, Task
from coffeechat.leads.models import Lead
from coffeechat.lib import stages
from coffeechat.lib.http import TIMELINE_LENGTH
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Person


class ConversationPageTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/conversations/{cls.chat.pk}/"

    def get(self):
        self.login()
        return self.client.get(self.url)

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get(self.url), f"/accounts/login/?next={self.url}")

    def test_it_shows_the_conversation(self):
        r = self.get()
        self.assertContains(r, f'Coffee chat with <a href="/people/{self.ana.pk}/">Ana Lima</a>')
        self.assertContains(r, f'<a href="/companies/{self.acme.pk}/">Acme Robotics</a>')
        self.assertContains(r, '<span class="stage big stage-idea">Idea</span>', html=True)
        self.assertContains(r, "Learn how design works at Acme")
        self.assertContains(r, "Follow up with Ana")
        self.assertContains(r, "Started as an idea on")

    def test_an_idea_offers_to_record_the_request(self):
        r = self.get()
        self.assertContains(r, "I sent the request")
        self.assertContains(r, '<input type="hidden" name="stage" value="requested">', html=True)
        # Scheduling straight away is tucked away, for chats agreed on in person.
        self.assertContains(r, "Already agreed on a time? Schedule it")
        self.assertNotContains(r, "We met")

    def test_each_stage_offers_its_next_step(self):
        self.chat.scheduled_at = timezone.now() + dt.timedelta(days=1)
        self.chat.save()
        for stage, expected in [
            (stages.REQUESTED, "Schedule the meeting"),
            (stages.SCHEDULED, "We met"),
            (stages.MET, "I sent the thank-you"),
            (stages.THANKED, "Move to keeping in touch"),
        ]:
            Conversation.objects.filter(pk=self.chat.pk).update(stage=stage)
            with self.subTest(stage=stage):
                r = self.get()
                self.assertContains(r, expected)
                self.assertContains(r, stages.NEXT_STEP[stage])

    def test_the_composer_leads_and_the_plain_forms_are_folded_away(self):
        # One way forward stands out at each step; the form for a message sent elsewhere is folded.
        r = self.get()
        self.assertContains(
            r,
            f'<a class="button" href="/conversations/{self.chat.pk}/compose/">Write the request</a>',
            html=True,
        )
        self.assertContains(r, "<summary>Sent it another way? Mark it as sent</summary>", html=True)
        self.chat.scheduled_at = timezone.now() + dt.timedelta(days=1)
        self.chat.save()
        Conversation.objects.filter(pk=self.chat.pk).update(stage=stages.SCHEDULED)
        r = self.get()
        self.assertContains(
            r,
            f'<a class="button" href="/conversations/{self.chat.pk}/plan/">Prepare your questions</a>',
            html=True,
        )
        self.assertContains(r, "<summary>Change the meeting</summary>", html=True)
        Conversation.objects.filter(pk=self.chat.pk).update(stage=stages.MET)
        r = self.get()
        self.assertContains(
            r,
            f'<a class="button" href="/conversations/{self.chat.pk}/compose/">Write the thank-you</a>',
            html=True,
        )
        self.assertContains(r, "<summary>Thanked them another way? Mark it as sent</summary>", html=True)

    def test_the_move_menu_lists_only_allowed_stages(self):
        r = self.get()
        self.assertEqual(r.context["conversation"].allowed_moves()[0], ("requested", "Requested"))
        self.assertNotContains(r, '<option value="idea">')
        self.assertNotContains(r, '<option value="no_reply">')

    def test_the_meeting_time_shows_in_the_users_time_zone(self):
        self.alice.time_zone = "Europe/Paris"
        self.alice.save()
        self.chat.scheduled_at = dt.datetime(2026, 7, 1, 14, 0, tzinfo=dt.UTC)
        self.chat.save()
        self.assertContains(self.get(), "Wed 1 Jul 2026, 16:00")

    def test_it_shows_the_history_timeline_and_done_tasks(self):
        self.chat.move_to(stages.REQUESTED, summary="Hi Ana, would you have 20 minutes?")
        self.task.mark_done()
        Task.objects.create(
            owner=self.alice, conversation=self.chat, title="Prepare questions", due_on=self.alice.today()
        )
        r = self.get()
        self.assertContains(r, "Idea → Requested")
        self.assertContains(r, "Hi Ana, would you have 20 minutes?")
        self.assertContains(r, "Done (1)")
        self.assertContains(r, "<s>Follow up with Ana</s>", html=True)
        self.assertContains(r, "Prepare questions")

    def test_open_tasks_come_by_due_date_and_the_last_ten_done_newest_first(self):
        today, now = self.alice.today(), timezone.now()
        later = Task.objects.create(
            owner=self.alice, conversation=self.chat, title="Later", due_on=today + dt.timedelta(days=5)
        )
        sooner = Task.objects.create(
            owner=self.alice, conversation=self.chat, title="Sooner", due_on=today - dt.timedelta(days=2)
        )
        done = [
            Task.objects.create(
                owner=self.alice,
                conversation=self.chat,
                title=f"Done {n}",
                due_on=today - dt.timedelta(days=n),  # due order is not done order
                done_at=now - dt.timedelta(hours=n),
            )
            for n in range(12)
        ]
        r = self.get()
        self.assertEqual(r.context["tasks"], [sooner, self.task, later])
        self.assertEqual(r.context["done_tasks"], done[:10])
        self.assertContains(r, "Done (10)")

    def test_history_leads_and_comments_come_in_their_models_order(self):
        now = timezone.now()
        at = [now - dt.timedelta(days=d) for d in (1, 3, 2)]  # created out of order, with a tie
        history = [
            StageChange.objects.create(
                owner=self.alice,
                conversation=self.chat,
                from_stage="idea",
                to_stage="requested",
                changed_at=t,
            )
            for t in (*at, at[0])
        ]
        leads = [
            Lead.objects.create(
                owner=self.alice, conversation=self.chat, kind="opening", title=f"L{n}", created_at=t
            )
            for n, t in enumerate((*at, at[0]))
        ]
        comments = [
            Comment.objects.create(
                owner=self.alice, conversation=self.chat, author=self.bob, text="C", created_at=t
            )
            for t in (*at, at[0])
        ]
        r = self.get()
        self.assertEqual(r.context["history"], list(StageChange.objects.filter(conversation=self.chat)))
        self.assertEqual(r.context["history"], [history[1], history[2], history[0], history[3]])
        self.assertEqual(r.context["leads"], [leads[3], leads[0], leads[2], leads[1]])
        self.assertEqual(r.context["leads"], list(Lead.objects.filter(conversation=self.chat)))
        self.assertEqual(r.context["advisor_comments"], [comments[1], comments[2], comments[0], comments[3]])

    def test_the_timeline_shows_the_newest_entries_and_links_to_the_rest(self):
        now = timezone.now()
        Interaction.objects.bulk_create(
            Interaction(
                owner=self.alice,
                person=self.ana,
                conversation=self.chat if i < 25 else None,  # not the person's other notes
                kind="note",
                summary=f"Note {i:02d}",
                occurred_at=now - dt.timedelta(hours=i),
            )
            for i in range(30)
        )
        r = self.get()
        self.assertEqual([i.summary for i in r.context["timeline"]], [f"Note {i:02d}" for i in range(20)])
        self.assertNotContains(r, "Note 20")
        self.assertContains(r, '<a href="?timeline=all#h-log">Show the whole timeline</a>', html=True)
        r = self.client.get(self.url + "?timeline=all")
        self.assertEqual([i.summary for i in r.context["timeline"]], [f"Note {i:02d}" for i in range(25)])
        self.assertNotContains(r, "Show the whole timeline")
        self.assertNotContains(r, "Note 25")

    def test_a_timeline_that_fits_has_no_link(self):
        for i in range(TIMELINE_LENGTH):
            self.chat.log("note", f"Note {i:02d}")
        r = self.get()
        self.assertEqual(len(r.context["timeline"]), TIMELINE_LENGTH)
        self.assertNotContains(r, "Show the whole timeline")

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url).status_code, 404)

    def test_the_query_count_does_not_grow_with_data(self):
        self.chat.scheduled_at = timezone.now()
        self.chat.save()
        Conversation.objects.filter(pk=self.chat.pk).update(stage=stages.SCHEDULED)
        self.get()
        # Session, user, the chat (with its saved request), its log, leads, advisors' comments,
        # tasks (open and done in one) and stage history.
        with self.assertNumQueries(8):
            self.client.get(self.url)
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=20)
        with self.assertNumQueries(8):
            r = self.client.get(self.url)
        self.assertGreater(len(r.context["timeline"]), 3)
        self.assertGreater(len(r.context["history"]), 1)
        with self.assertNumQueries(8):  # the whole timeline costs no more queries
            self.client.get(self.url + "?timeline=all")
        self.assertGreater(len(r.context["tasks"]), 1)
        self.assertGreater(len(r.context["done_tasks"]), 0)
        for author in (self.bob, self.charlie, self.bob):
            Comment.objects.create(owner=self.alice, conversation=self.chat, author=author, text="Good goal")
        with self.assertNumQueries(8):  # their authors joined
            r = self.client.get(self.url)
        self.assertContains(r, "Good goal", count=3)


class ConversationListTests(BaseTestCase):
    def test_it_lists_the_owners_conversations_at_one_stage(self):
        met = Conversation.objects.create(owner=self.alice, host=self.ana, stage=stages.MET)
        bobs = Person.objects.create(owner=self.bob, name="Bobs Contact")
        Conversation.objects.create(owner=self.bob, host=bobs, stage=stages.MET)
        self.login()
        r = self.client.get("/conversations/?stage=met")
        self.assertEqual(list(r.context["conversations"]), [met])
        self.assertContains(r, "Coffee chats: met")
        self.assertNotContains(r, "Bobs Contact")
        r = self.client.get("/conversations/?stage=bogus")
        self.assertEqual(set(r.context["conversations"]), {self.chat, met})
        self.assertContains(r, "All coffee chats")

    def test_it_searches(self):
        self.login()
        r = self.client.get("/conversations/?q=design+works")
        self.assertEqual(list(r.context["conversations"]), [self.chat])
        r = self.client.get("/conversations/?q=nothing+like+it")
        self.assertContains(r, "No coffee chats here.")
