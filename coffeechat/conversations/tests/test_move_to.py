"""Conversation.move_to, the one verb that changes a stage: every pair of stages, and the dates."""

import datetime as dt
import itertools

from django.utils import timezone

from coffeechat.conversations.models import Conversation, Interaction, MoveRefused, StageChange
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase, db_state

LOGGED = {stages.REQUESTED: "message_sent", stages.MET: "meeting", stages.THANKED: "message_sent"}


class MoveToTests(BaseTestCase):
    def make(self, stage, **fields):
        return Conversation.objects.create(owner=self.alice, host=self.ana, stage=stage, **fields)

    def test_every_pair_of_stages_moves_or_is_refused_cleanly(self):
        now = timezone.now()
        when = now + dt.timedelta(minutes=5)
        for current, target in itertools.product(stages.ALL, stages.ALL):
            with self.subTest(current=current, target=target):
                conversation = self.make(
                    current,
                    scheduled_at=now + dt.timedelta(days=1),
                    snoozed_until=now.date() + dt.timedelta(days=3),
                )
                before = db_state()
                memory = dict(conversation.__dict__)
                allowed = stages.check_move(current, target).allowed
                if not allowed:
                    with self.assertRaises(MoveRefused) as refused:
                        conversation.move_to(target, when=when, summary="Hello")
                    self.assertEqual(str(refused.exception), stages.check_move(current, target).reason)
                    self.assertEqual(db_state(), before)
                    self.assertEqual(
                        {k: v for k, v in conversation.__dict__.items() if k != "_state"},
                        {k: v for k, v in memory.items() if k != "_state"},
                    )
                    continue
                change = conversation.move_to(target, when=when, summary="Hello")
                self.assertEqual(
                    (change.from_stage, change.to_stage, change.changed_at), (current, target, when)
                )
                self.assertEqual(change.owner, self.alice)
                saved = Conversation.objects.get(pk=conversation.pk)
                self.assertEqual(
                    (saved.stage, saved.stage_changed_at, saved.snoozed_until), (target, when, None)
                )
                logged = list(
                    Interaction.objects.filter(conversation=conversation).values_list("kind", "summary")
                )
                # Only a step forward logs: going back to "requested" re-sends nothing.
                expected = target in LOGGED and stages.is_forward(current, target)
                self.assertEqual(logged, [(LOGGED[target], "Hello")] if expected else [])

    def test_requested_sets_the_date_and_logs_the_message(self):
        when = timezone.now() - dt.timedelta(hours=1)
        self.chat.move_to(stages.REQUESTED, when=when, summary="Hi Ana")
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.requested_at, when)
        message = Interaction.objects.get()
        self.assertEqual(
            (message.kind, message.occurred_at, message.person), ("message_sent", when, self.ana)
        )
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.last_contacted_at, when)

    def test_requested_keeps_a_date_already_given(self):
        asked = timezone.now() - dt.timedelta(days=3)
        self.chat.requested_at = asked
        self.chat.move_to(stages.REQUESTED)
        self.assertEqual(Conversation.objects.get(pk=self.chat.pk).requested_at, asked)

    def test_met_logs_a_meeting_at_the_meeting_time(self):
        meeting = timezone.now() - dt.timedelta(days=1)
        self.chat.scheduled_at = meeting
        self.chat.move_to(stages.SCHEDULED)
        self.chat.move_to(stages.MET)
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.met_at, meeting)
        self.assertEqual(Interaction.objects.get(kind="meeting").occurred_at, meeting)

    def test_met_before_the_meeting_time_uses_now(self):
        when = timezone.now()
        self.chat.scheduled_at = when + dt.timedelta(days=1)
        self.chat.move_to(stages.MET, when=when)
        self.assertEqual(Conversation.objects.get(pk=self.chat.pk).met_at, when)

    def test_every_move_is_recorded_in_order(self):
        self.chat.scheduled_at = timezone.now() + dt.timedelta(hours=1)
        for stage in stages.MAIN_LINE[1:]:
            self.chat.move_to(stage)
        self.assertEqual(
            list(StageChange.objects.values_list("from_stage", "to_stage")),
            list(itertools.pairwise(stages.MAIN_LINE)),
        )

    def test_scheduled_needs_a_meeting_time(self):
        before = db_state()
        with self.assertRaisesMessage(MoveRefused, "Set the meeting time first"):
            self.chat.move_to(stages.SCHEDULED)
        self.assertEqual(db_state(), before)

    def test_a_move_that_would_put_dates_out_of_order_is_refused_and_changes_nothing(self):
        self.chat.scheduled_at = timezone.now() - dt.timedelta(days=2)
        self.chat.save()
        before = db_state()
        with self.assertRaisesMessage(MoveRefused, "The meeting cannot be set before you asked for it."):
            self.chat.move_to(stages.REQUESTED)  # asked now, after the meeting time
        self.assertEqual(db_state(), before)
        self.assertIsNone(self.chat.requested_at)
        self.assertEqual(self.chat.stage, stages.IDEA)

    def test_met_before_the_request_is_refused_and_changes_nothing(self):
        self.chat.requested_at = timezone.now() + dt.timedelta(days=1)
        self.chat.save()
        before = db_state()
        with self.assertRaisesMessage(MoveRefused, "You cannot have met before you asked for the meeting."):
            self.chat.move_to(stages.MET)
        self.assertEqual(db_state(), before)
        self.assertIsNone(self.chat.met_at)


class MetHostsAreKnownTests(BaseTestCase):
    def test_meeting_a_stranger_or_a_contact_makes_them_someone_you_had_a_coffee_chat_with(self):
        for relationship, after in [
            ("cold", "coffee_chat"),
            ("contact", "coffee_chat"),
            ("friend", "friend"),  # what you said stays
            ("alumni", "alumni"),
        ]:
            with self.subTest(relationship=relationship):
                self.ana.relationship = relationship
                self.ana.save()
                chat = Conversation.objects.create(owner=self.alice, host=self.ana, stage=stages.REQUESTED)
                chat.move_to(stages.MET)
                self.ana.refresh_from_db()
                self.assertEqual(self.ana.relationship, after)

    def test_moving_back_or_elsewhere_leaves_the_relationship_alone(self):
        self.ana.relationship = "cold"
        self.ana.save()
        chat = Conversation.objects.create(owner=self.alice, host=self.ana, stage=stages.IDEA)
        chat.move_to(stages.REQUESTED)
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.relationship, "cold")
