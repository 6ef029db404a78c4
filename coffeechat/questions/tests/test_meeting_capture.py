"""Meeting mode's quick capture: the note line, and the lead it makes (meeting_capture without
JavaScript, meeting_lead with it), shown with an undo (meeting_undo)."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from coffeechat.leads.models import Lead
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Person
from coffeechat.network.paths import company_paths
from coffeechat.questions.models import Plan

HTMX = {"HX-Request": "true"}


class CaptureTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.plan = Plan.for_conversation(cls.chat)
        cls.plan.meeting_notes = "Small talk about bikes."
        cls.plan.save()
        cls.capture_url = reverse("meeting_capture", args=[cls.chat.pk])
        cls.lead_url = reverse("meeting_lead", args=[cls.chat.pk])
        cls.undo_url = reverse("meeting_undo", args=[cls.chat.pk])

    def setUp(self):
        self.login()

    def notes(self) -> str:
        self.plan.refresh_from_db()
        return self.plan.meeting_notes


class DoneWhenTests(CaptureTestCase):
    def test_a_referral_captured_in_a_meeting_is_a_person_introduced_by_the_host_and_a_path_to_their_company(
        self,
    ):
        self.client.post(self.capture_url, {"kind": "name", "text": "Priya Shah at Globex, runs ops"})
        priya = Person.objects.get(owner=self.alice, name="Priya Shah")
        globex = Company.objects.get(owner=self.alice, name="Globex")
        self.assertEqual((priya.introduced_by, priya.company), (self.ana, globex))
        paths = company_paths(self.alice, globex)
        through_ana = [p for p in paths.two_steps if p.via and p.via.id == self.ana.pk]
        self.assertEqual([p.target.id for p in through_ana], [priya.pk])
        self.assertIn("introduced you to Priya", through_ana[0].reason)


class MeetingCaptureTests(CaptureTestCase):
    """Without JavaScript the server adds the note line and makes the lead."""

    def test_a_name_adds_the_line_and_the_referral_and_says_so(self):
        response = self.client.post(
            self.capture_url, {"kind": "name", "text": "Priya Shah, ops"}, follow=True
        )
        self.assertEqual(self.notes(), "Small talk about bikes.\nSomeone to meet: Priya Shah, ops")
        lead = Lead.objects.get(owner=self.alice)
        self.assertEqual((lead.kind, lead.title, lead.conversation), ("referral", "Priya Shah", self.chat))
        self.assertContains(response, "Added Priya Shah, introduced by Ana Lima.")
        self.assertContains(response, f'value="{lead.pk}"')  # listed with its undo button

    def test_a_season_without_a_month_keeps_the_line_and_says_why_no_lead(self):
        response = self.client.post(
            self.capture_url, {"kind": "season", "text": "they hire a lot"}, follow=True
        )
        self.assertEqual(self.notes(), "Small talk about bikes.\nHiring season: they hire a lot")
        self.assertFalse(Lead.objects.exists())
        self.assertContains(response, "Kept in your notes, not added as a lead: Say when hiring opens")

    def test_advice_is_a_note_line_only(self):
        self.client.post(self.capture_url, {"kind": "advice", "text": "Learn SQL"})
        self.assertEqual(self.notes(), "Small talk about bikes.\nAdvice: Learn SQL")
        self.assertFalse(Lead.objects.exists())


class MeetingLeadTests(CaptureTestCase):
    """With JavaScript the page adds the note line itself: the server makes the lead only."""

    def test_it_makes_the_lead_and_leaves_the_notes_alone(self):
        response = self.client.post(
            self.lead_url,
            {"kind": "opening", "text": "UX designer https://jobs.acme.example/1"},
            headers=HTMX,
        )
        self.assertEqual(self.notes(), "Small talk about bikes.")
        lead = Lead.objects.get(owner=self.alice)
        self.assertEqual(
            (lead.kind, lead.url, lead.company), ("opening", "https://jobs.acme.example/1", self.acme)
        )
        self.assertContains(response, "Saved the opening “UX designer”")
        self.assertContains(response, "Undo")
        self.assertContains(response, reverse("leads"))
        self.assertNotContains(response, "<html")

    def test_a_refused_line_says_why_and_makes_nothing(self):
        with self.assertNothingChanged():
            response = self.client.post(self.lead_url, {"kind": "season", "text": "soon"}, headers=HTMX)
        self.assertContains(response, "not added as a lead")

    def test_advice_or_an_empty_line_makes_nothing(self):
        with self.assertNothingChanged():
            self.client.post(self.lead_url, {"kind": "advice", "text": "Learn SQL"}, headers=HTMX)
            self.client.post(self.lead_url, {"kind": "name", "text": ""}, headers=HTMX)
            self.client.post(self.lead_url, {"kind": "bogus", "text": "x"}, headers=HTMX)

    def test_without_htmx_it_goes_back_to_the_meeting(self):
        response = self.client.post(self.lead_url, {"kind": "name", "text": "Lu"})
        self.assertRedirects(
            response, reverse("meeting", args=[self.chat.pk]) + "#captured", fetch_redirect_response=False
        )
        self.assertTrue(Lead.objects.filter(title="Lu").exists())


class MeetingUndoTests(CaptureTestCase):
    def test_undo_takes_the_lead_and_the_person_it_added_back_the_line_stays(self):
        self.client.post(self.capture_url, {"kind": "name", "text": "Priya Shah"})
        lead = Lead.objects.get()
        response = self.client.post(self.undo_url, {"lead": lead.pk}, headers=HTMX)
        self.assertContains(response, "Took back “Priya Shah”.")
        self.assertFalse(Lead.objects.exists())
        self.assertFalse(Person.objects.filter(name="Priya Shah").exists())
        self.assertEqual(self.notes(), "Small talk about bikes.\nSomeone to meet: Priya Shah")

    def test_a_lead_from_before_the_meeting_is_not_undone_here(self):
        lead = Lead.add_referral(self.chat, name="Lu")
        Lead.objects.filter(pk=lead.pk).update(created_at=timezone.now() - dt.timedelta(days=2))
        page = self.client.get(reverse("meeting", args=[self.chat.pk]))
        self.assertContains(page, "Lu")
        self.assertNotContains(page, "Undo")
        with self.assertNothingChanged():
            self.assertEqual(self.client.post(self.undo_url, {"lead": lead.pk}).status_code, 404)

    def test_a_lead_of_another_chat_or_none_is_404(self):
        other_chat = self.chat.__class__.objects.create(owner=self.alice, host=self.ana, goal="Again")
        lead = Lead.add_referral(other_chat, name="Lu")
        with self.assertNothingChanged():
            self.assertEqual(self.client.post(self.undo_url, {"lead": lead.pk}).status_code, 404)
            self.assertEqual(self.client.post(self.undo_url, {"lead": "x"}).status_code, 404)
            self.assertEqual(self.client.post(self.undo_url).status_code, 404)


class OutsiderTests(CaptureTestCase):
    def test_an_outsider_gets_404_and_changes_nothing(self):
        lead = Lead.add_referral(self.chat, name="Lu")
        self.login(self.charlie)
        with self.assertNothingChanged():
            for url, data in (
                (self.capture_url, {"kind": "name", "text": "Eve"}),
                (self.lead_url, {"kind": "name", "text": "Eve"}),
                (self.undo_url, {"lead": lead.pk}),
            ):
                self.assertEqual(self.client.post(url, data, headers=HTMX).status_code, 404)
