import datetime as dt

from django.utils import timezone

from coffeechat.advising.models import (
    PREPARATION,
    PROGRESS,
    Sharing,
    advisor_can_see,
    shared_conversations,
    with_progress,
)
from coffeechat.advising.tests.base import AdvisingTestCase
from coffeechat.conversations.models import Conversation, Interaction, Task
from coffeechat.lib import stages


class AdvisorCanSeeTests(AdvisingTestCase):
    def test_an_advisor_sees_the_areas_a_student_shares(self):
        self.assertTrue(advisor_can_see(self.vera, self.alice, PREPARATION))
        self.assertTrue(advisor_can_see(self.vera, self.alice, PROGRESS))

    def test_an_advisor_never_sees_what_was_not_shared(self):
        self.assertFalse(advisor_can_see(self.vera, self.bob, PREPARATION))
        self.assertFalse(advisor_can_see(self.vera, self.bob, PROGRESS))
        Sharing.objects.filter(pk=self.bob_sharing.pk).update(share_progress=True)
        self.assertTrue(advisor_can_see(self.vera, self.bob, PROGRESS))
        self.assertFalse(advisor_can_see(self.vera, self.bob, PREPARATION))

    def test_withdrawing_takes_effect_at_once(self):
        self.alice_sharing.share_preparation = False
        self.alice_sharing.save()
        self.assertFalse(advisor_can_see(self.vera, self.alice, PREPARATION))
        self.assertTrue(advisor_can_see(self.vera, self.alice, PROGRESS))
        self.alice_sharing.delete()
        self.assertFalse(advisor_can_see(self.vera, self.alice, PROGRESS))

    def test_an_advisor_of_another_organisation_sees_nothing(self):
        for area in (PREPARATION, PROGRESS):
            self.assertFalse(advisor_can_see(self.otto, self.alice, area))
            self.assertFalse(advisor_can_see(self.vera, self.dora, area))

    def test_students_and_outsiders_are_not_advisors(self):
        for viewer in (self.bob, self.charlie, self.dora):
            self.assertFalse(advisor_can_see(viewer, self.alice, PREPARATION))

    def test_an_advisor_whose_access_was_taken_sees_nothing(self):
        self.vera_advisor.is_active = False
        self.vera_advisor.save()
        self.assertFalse(advisor_can_see(self.vera, self.alice, PREPARATION))
        self.assertFalse(shared_conversations(self.vera).exists())

    def test_an_unknown_area_is_never_shared(self):
        self.assertFalse(advisor_can_see(self.vera, self.alice, "contacts"))

    def test_shared_conversations_are_only_those_of_students_sharing_preparation(self):
        self.assertEqual(list(shared_conversations(self.vera)), [self.chat])
        self.assertEqual(list(shared_conversations(self.otto)), [self.dora_chat])
        self.assertFalse(shared_conversations(self.alice).exists())


class ProgressTests(AdvisingTestCase):
    def figures(self):
        now = timezone.now()
        return with_progress(Sharing.objects.filter(pk=self.alice_sharing.pk), now, self.alice.today()).get()

    def test_figures_come_from_the_students_own_records(self):
        now = timezone.now()
        self.chat.log("message_sent", when=now - dt.timedelta(days=2))
        self.chat.log("message_sent", when=now - dt.timedelta(days=9))  # last week: not counted
        self.chat.log("note", when=now)  # not outreach
        Interaction.objects.create(owner=self.bob, person=self.bob_host, kind="message_sent")  # bob's
        Conversation.objects.create(
            owner=self.alice, host=self.ana, stage=stages.SCHEDULED, scheduled_at=now + dt.timedelta(days=2)
        )
        Conversation.objects.create(
            owner=self.alice, host=self.ana, stage=stages.MET, met_at=now - dt.timedelta(days=3)
        )
        Conversation.objects.create(
            owner=self.alice, host=self.ana, stage=stages.THANKED, met_at=now - dt.timedelta(days=40)
        )
        Task.objects.create(owner=self.alice, title="Late", due_on=self.alice.today() - dt.timedelta(days=1))
        Task.objects.create(
            owner=self.alice, title="Done", due_on=self.alice.today() - dt.timedelta(days=1), done_at=now
        )
        s = self.figures()
        self.assertEqual(s.outreach_week, 1)
        self.assertEqual(s.meetings_ahead, 1)
        self.assertEqual(s.met_month, 1)
        self.assertEqual(s.overdue_tasks, 1)
        self.assertEqual(s.thank_yous_due, 1)
        self.assertAlmostEqual(s.last_outreach, now - dt.timedelta(days=2), delta=dt.timedelta(seconds=5))

    def test_a_student_with_nothing_yet_has_zeros(self):
        s = self.figures()
        self.assertEqual(
            (s.outreach_week, s.meetings_ahead, s.met_month, s.overdue_tasks, s.thank_yous_due),
            (0, 0, 0, 0, 0),
        )
        self.assertIsNone(s.last_outreach)

    def test_a_meeting_today_is_not_yet_an_overdue_thank_you(self):
        Conversation.objects.create(
            owner=self.alice, host=self.ana, stage=stages.MET, met_at=timezone.now() - dt.timedelta(hours=3)
        )
        self.assertEqual(self.figures().thank_yous_due, 0)
