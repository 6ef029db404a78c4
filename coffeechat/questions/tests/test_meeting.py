"""Meeting mode: the plan with a clock, ticking questions, notes that autosave, and finishing."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase
from coffeechat.questions.models import Plan


class MeetingTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chat.move_to(stages.REQUESTED, when=timezone.now() - dt.timedelta(days=3))
        cls.chat.schedule(timezone.now() - dt.timedelta(minutes=20))
        cls.plan = Plan.for_conversation(cls.chat)
        cls.q1 = cls.plan.add("What made you choose {company}?", minutes=4)
        cls.q2 = cls.plan.add("What should I look into next?", minutes=3, must_ask=True)
        cls.url = reverse("meeting", args=[cls.chat.pk])

    def setUp(self):
        self.login()


class MeetingPageTests(MeetingTestCase):
    def test_the_page_shows_the_plan_with_planned_times_and_a_clock_to_start(self):
        response = self.client.get(self.url)
        self.assertContains(response, "What made you choose Acme Robotics?")
        self.assertContains(response, "Start the clock")
        self.assertContains(response, 'data-starts-at="5"')
        self.assertContains(response, 'data-starts-at="9"')
        self.assertContains(response, "At 12 min, close")

    def test_starting_the_clock_records_when_and_the_page_carries_it_for_the_script(self):
        self.client.post(reverse("meeting_start", args=[self.chat.pk]))
        self.plan.refresh_from_db()
        self.assertIsNotNone(self.plan.meeting_started_at)
        started = self.plan.meeting_started_at
        self.client.post(reverse("meeting_start", args=[self.chat.pk]))  # a second tap keeps the time
        self.plan.refresh_from_db()
        self.assertEqual(self.plan.meeting_started_at, started)
        self.assertContains(
            self.client.get(self.url), f'data-started-at="{timezone.localtime(started).isoformat()}"'
        )

    def test_a_clock_started_days_ago_is_not_shown_running_and_can_start_again(self):
        long_ago = timezone.now() - dt.timedelta(days=3)
        self.plan.meeting_started_at = long_ago
        self.plan.save()
        response = self.client.get(self.url)
        self.assertContains(response, "Start the clock")
        self.assertContains(response, "The clock last ran on")
        self.assertContains(response, 'data-started-at=""')
        self.client.post(reverse("meeting_start", args=[self.chat.pk]))
        self.plan.refresh_from_db()
        self.assertGreater(self.plan.meeting_started_at, timezone.now() - dt.timedelta(minutes=1))
        self.assertNotContains(self.client.get(self.url), "The clock last ran on")

    def test_ticking_a_question_as_asked_and_back(self):
        url = reverse("item_meeting", args=[self.q1.pk])
        self.client.post(url, {"asked": "1"})
        self.q1.refresh_from_db()
        self.assertTrue(self.q1.asked)
        response = self.client.post(url, {"asked": "0"}, headers={"HX-Request": "true"})
        self.q1.refresh_from_db()
        self.assertFalse(self.q1.asked)
        self.assertContains(response, "Mark asked")
        self.assertNotContains(response, "<html")

    def test_notes_autosave_for_the_meeting_and_under_each_question(self):
        response = self.client.post(
            reverse("meeting_notes", args=[self.chat.pk]),
            {"notes": "Hiring in spring."},
            headers={"HX-Request": "true"},
        )
        self.assertContains(response, "Saved at")
        self.client.post(reverse("item_meeting", args=[self.q1.pk]), {"note": "Because of the robots."})
        self.plan.refresh_from_db()
        self.q1.refresh_from_db()
        self.assertEqual(
            (self.plan.meeting_notes, self.q1.note), ("Hiring in spring.", "Because of the robots.")
        )
        page = self.client.get(self.url)
        self.assertContains(page, "Hiring in spring.")
        self.assertContains(page, "Because of the robots.")

    def test_notes_save_without_javascript_too(self):
        response = self.client.post(reverse("meeting_notes", args=[self.chat.pk]), {"notes": "Plain form."})
        self.assertRedirects(response, self.url + "#notes", fetch_redirect_response=False)

    def test_quick_capture_adds_a_labelled_line(self):
        self.client.post(
            reverse("meeting_capture", args=[self.chat.pk]), {"kind": "name", "text": "Priya, ops lead"}
        )
        self.client.post(reverse("meeting_capture", args=[self.chat.pk]), {"kind": "season", "text": "March"})
        self.plan.refresh_from_db()
        self.assertEqual(self.plan.meeting_notes, "Someone to meet: Priya, ops lead\nHiring season: March")

    def test_an_outsider_gets_404_everywhere(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.url).status_code, 404)
            for name in ("meeting_start", "meeting_notes", "meeting_capture", "meeting_finish"):
                self.assertEqual(
                    self.client.post(reverse(name, args=[self.chat.pk]), {"notes": "x"}).status_code, 404
                )
            self.assertEqual(
                self.client.post(reverse("item_meeting", args=[self.q1.pk]), {"note": "x"}).status_code, 404
            )
        self.q1.refresh_from_db()
        self.assertEqual(self.q1.note, "")


class FinishTests(MeetingTestCase):
    def test_ending_the_meeting_marks_it_met_with_the_notes_and_leads_to_the_thank_you(self):
        self.client.post(reverse("item_meeting", args=[self.q1.pk]), {"note": "Because of the robots."})
        response = self.client.post(reverse("meeting_finish", args=[self.chat.pk]), {"notes": "Ask Priya."})
        self.assertRedirects(response, self.chat.get_absolute_url() + "#next", fetch_redirect_response=False)
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.MET)
        self.assertEqual(
            self.chat.notes, "Ask Priya.\n\nWhat made you choose Acme Robotics?\nBecause of the robots."
        )
        self.assertEqual(self.chat.met_at, self.chat.scheduled_at)  # met as planned
        self.assertContains(self.client.get(self.chat.get_absolute_url()), "I sent the thank-you")

    def test_ending_twice_does_not_double_the_notes(self):
        for _ in range(2):
            self.client.post(reverse("meeting_finish", args=[self.chat.pk]), {"notes": "Once."})
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.notes, "Once.")

    def test_a_chat_thanked_already_keeps_its_stage_and_logs_the_notes(self):
        self.chat.move_to(stages.MET)
        self.chat.move_to(stages.THANKED)
        self.client.post(reverse("meeting_finish", args=[self.chat.pk]), {"notes": "Safe."})
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.THANKED)
        self.assertEqual(self.chat.interactions.filter(kind="note").get().summary, "Safe.")

    def test_a_refused_move_keeps_the_notes_and_says_why(self):
        self.chat.scheduled_at = timezone.now() + dt.timedelta(days=30)  # met before it was asked for
        self.chat.requested_at = timezone.now() + dt.timedelta(days=29)
        self.chat.save()
        self.client.post(reverse("meeting_start", args=[self.chat.pk]))
        response = self.client.post(
            reverse("meeting_finish", args=[self.chat.pk]), {"notes": "Safe."}, follow=True
        )
        self.assertContains(response, "Your notes are safe here")
        self.plan.refresh_from_db()
        self.assertEqual(self.plan.meeting_notes, "Safe.")
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.SCHEDULED)
