"""Tasks coffeechat plans by itself: 3B7 after asking, thank-you, update, keep in touch."""

import datetime as dt

import time_machine
from django.utils import timezone

from coffeechat.conversations.models import Conversation, InteractionKind, Task, TaskKind
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Person

# Monday 2 March 2026, 10:00 in Paris.
MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def open_kinds(conversation) -> dict[str, dt.date]:
    return {t.kind: t.due_on for t in conversation.tasks.open().exclude(kind="")}


@time_machine.travel(MONDAY, tick=False)
class FollowUpTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.alice.time_zone = "Europe/Paris"
        cls.alice.save()
        cls.bruno = Person.objects.create(
            owner=cls.alice, name="Bruno Costa", company=cls.acme, relationship="friend"
        )

    def test_sending_a_request_plans_3b7_on_business_days(self):
        self.chat.move_to(stages.REQUESTED)
        self.assertEqual(
            open_kinds(self.chat),
            {TaskKind.SECOND_CONTACT: dt.date(2026, 3, 5), TaskKind.FOLLOW_UP: dt.date(2026, 3, 11)},
        )
        second = self.chat.tasks.get(kind=TaskKind.SECOND_CONTACT)
        self.assertIn("Bruno Costa", second.notes)  # a second contact at Acme from the network
        self.assertEqual(second.draft_url, f"/conversations/{self.chat.pk}/compose/?kind=second_contact")

    def test_the_users_holidays_and_numbers_count(self):
        self.alice.holiday_country, self.alice.first_follow_up_days, self.alice.second_follow_up_days = (
            "FR",
            2,
            4,
        )
        self.alice.save()
        with time_machine.travel(
            dt.datetime(2026, 7, 13, 9, 0, tzinfo=dt.UTC), tick=False
        ):  # 14 July: Tuesday
            self.chat.move_to(stages.REQUESTED)
        self.assertEqual(
            open_kinds(self.chat),
            {TaskKind.SECOND_CONTACT: dt.date(2026, 7, 16), TaskKind.FOLLOW_UP: dt.date(2026, 7, 20)},
        )

    def test_a_late_evening_request_counts_from_the_users_day(self):
        # Friday 23:30 in Paris is still Friday there, though it is Friday 22:30 UTC.
        self.chat.move_to(stages.REQUESTED, when=dt.datetime(2026, 2, 27, 22, 30, tzinfo=dt.UTC))
        self.assertEqual(open_kinds(self.chat)[TaskKind.SECOND_CONTACT], dt.date(2026, 3, 4))

    def test_a_request_recorded_weeks_later_gets_one_follow_up_due_now(self):
        self.chat.move_to(stages.REQUESTED, when=MONDAY - dt.timedelta(days=20))
        self.assertEqual(open_kinds(self.chat), {TaskKind.FOLLOW_UP: dt.date(2026, 3, 2)})
        other = Conversation.objects.create(owner=self.alice, host=self.bruno, company=self.acme)
        other.move_to(stages.REQUESTED, when=MONDAY - dt.timedelta(days=6))  # 3B passed, 7B not
        self.assertEqual(open_kinds(other), {TaskKind.FOLLOW_UP: dt.date(2026, 3, 5)})

    def test_a_reply_closes_the_reminders_for_the_employer_and_tags_a_booster(self):
        self.chat.move_to(stages.REQUESTED)
        other = Conversation.objects.create(owner=self.alice, host=self.bruno, company=self.acme)
        other.move_to(stages.REQUESTED)
        elsewhere = Conversation.objects.create(
            owner=self.alice, host=Person.objects.create(owner=self.alice, name="Eve")
        )
        elsewhere.move_to(stages.REQUESTED)
        self.chat.log(InteractionKind.REPLY_RECEIVED, "Happy to!", when=MONDAY + dt.timedelta(days=2))
        self.assertEqual(open_kinds(self.chat), {})
        self.assertEqual(open_kinds(other), {})  # same employer
        self.assertEqual(len(open_kinds(elsewhere)), 2)
        self.assertEqual(list(self.ana.tags.values_list("name", flat=True)), ["Booster"])

    def test_a_late_reply_tags_an_obligate(self):
        self.chat.move_to(stages.REQUESTED)
        self.chat.log(InteractionKind.REPLY_RECEIVED, when=MONDAY + dt.timedelta(days=8))
        self.assertEqual(list(self.ana.tags.values_list("name", flat=True)), ["Obligate"])

    def test_moving_on_closes_the_reminders_and_a_step_back_does_not_replan(self):
        self.chat.move_to(stages.REQUESTED)
        self.chat.move_to(stages.DECLINED)
        self.assertEqual(open_kinds(self.chat), {})
        self.chat.move_to(stages.REQUESTED)  # asked again: planned afresh
        self.assertEqual(len(open_kinds(self.chat)), 2)

    def test_meeting_plans_a_thank_you_within_a_day_then_an_update_and_keep_in_touch(self):
        self.chat.move_to(stages.REQUESTED)
        self.chat.schedule(MONDAY + dt.timedelta(days=1, hours=8))
        self.assertEqual(open_kinds(self.chat), {})
        with time_machine.travel(MONDAY + dt.timedelta(days=1, hours=9), tick=False):
            self.chat.mark_met()
            self.assertEqual(open_kinds(self.chat), {TaskKind.THANK_YOU: dt.date(2026, 3, 4)})
            self.chat.move_to(stages.THANKED)
        self.assertEqual(
            open_kinds(self.chat),
            {TaskKind.UPDATE: dt.date(2026, 3, 10), TaskKind.KEEP_IN_TOUCH: dt.date(2026, 5, 3)},
        )

    def test_any_contact_restarts_the_keep_in_touch_clock_and_done_plans_the_next(self):
        self.chat.move_to(stages.KEEPING_IN_TOUCH)
        task = self.chat.tasks.get(kind=TaskKind.KEEP_IN_TOUCH)
        self.assertEqual(task.due_on, dt.date(2026, 5, 2))
        with time_machine.travel(dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC), tick=False):
            self.ana.log_call = self.chat.log(InteractionKind.CALL, "Coffee again")
            task.refresh_from_db()
            self.assertEqual(task.due_on, dt.date(2026, 6, 1))
            task.mark_done()
        self.assertEqual(self.chat.tasks.open().get(kind=TaskKind.KEEP_IN_TOUCH).due_on, dt.date(2026, 6, 1))

    def test_no_keep_in_touch_when_the_user_says_never(self):
        self.alice.keep_in_touch_months = 0
        self.alice.save()
        self.chat.move_to(stages.KEEPING_IN_TOUCH)
        self.assertFalse(Task.objects.filter(kind=TaskKind.KEEP_IN_TOUCH).exists())

    def test_a_meeting_change_bumps_the_invite_sequence(self):
        self.chat.schedule(MONDAY + dt.timedelta(days=3))
        self.assertEqual(self.chat.invite_sequence, 0)
        self.chat.schedule(MONDAY + dt.timedelta(days=3))
        self.assertEqual(self.chat.invite_sequence, 0)
        self.chat.schedule(MONDAY + dt.timedelta(days=4), place="Café Mokka")
        self.assertEqual(self.chat.invite_sequence, 1)
        self.assertLess(timezone.now(), self.chat.scheduled_at)
