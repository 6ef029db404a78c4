"""Meeting mode's quick capture read as a lead (quick_capture_form), and taking a capture back."""

import datetime as dt

import time_machine
from django.utils import timezone

from coffeechat.conversations.models import Interaction, InteractionKind, Task
from coffeechat.leads.forms import quick_capture_form
from coffeechat.leads.models import Lead
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Person, Source


class QuickCaptureFormTests(BaseTestCase):
    def capture(self, kind, text):
        form = quick_capture_form(self.chat, kind, text)
        self.assertTrue(form.is_valid(), form.errors)
        return form.save()

    def test_a_name_without_a_company_works_where_the_host_works(self):
        lead = self.capture("name", "Priya Shah, runs ops")
        self.assertEqual(
            (lead.kind, lead.title, lead.company, lead.note),
            ("referral", "Priya Shah", self.acme, "runs ops"),
        )
        self.assertEqual(lead.person.introduced_by, self.ana)

    def test_a_name_at_another_company_adds_that_company(self):
        lead = self.capture("name", "Kofi Mensah at Globex")
        self.assertEqual(lead.company, Company.objects.get(owner=self.alice, name="Globex"))
        self.assertEqual(lead.person.jobs.get().company, lead.company)

    def test_an_opening_takes_its_link_and_the_chats_company(self):
        lead = self.capture("opening", "Junior UX designer https://jobs.acme.example/ux")
        self.assertEqual(
            (lead.kind, lead.title, lead.url, lead.company),
            ("opening", "Junior UX designer", "https://jobs.acme.example/ux", self.acme),
        )
        self.assertEqual(lead.task.due_on, self.alice.today() + dt.timedelta(days=2))

    @time_machine.travel(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC))
    def test_a_hiring_season_is_remembered_when_it_opens(self):
        lead = self.capture("season", "Interns are hired in March")
        self.assertEqual(
            (lead.kind, lead.starts_on, lead.task.due_on),
            ("season", dt.date(2027, 3, 1), dt.date(2027, 3, 1)),
        )

    def test_a_season_without_a_time_is_refused_with_the_reason(self):
        form = quick_capture_form(self.chat, "season", "they hire a lot")
        self.assertFalse(form.is_valid())
        self.assertIn("Say when hiring opens", str(form.errors))

    def test_a_long_line_is_cut_for_the_title_and_kept_whole_in_the_note(self):
        text = "Opening " + "x" * 400
        lead = self.capture("opening", text)
        self.assertEqual(len(lead.title), 200)
        self.assertEqual(lead.note, text)

    def test_advice_and_empty_lines_make_no_lead(self):
        self.assertIsNone(quick_capture_form(self.chat, "advice", "Learn SQL"))
        self.assertIsNone(quick_capture_form(self.chat, "name", "   "))
        self.assertIsNone(quick_capture_form(self.chat, "nonsense", "Priya"))


class TakeBackTests(BaseTestCase):
    def test_taking_back_a_referral_removes_the_person_it_added(self):
        lead = Lead.add_referral(self.chat, name="Priya Shah", company_name="Globex")
        person = lead.person
        lead.take_back()
        self.assertFalse(Lead.objects.filter(pk=lead.pk).exists())
        self.assertFalse(Person.objects.filter(pk=person.pk).exists())

    def test_someone_known_before_stays(self):
        # Bea came from an earlier referral (since deleted): only the time tells she was not added now.
        bea = Person.objects.create(
            owner=self.alice, name="Bea Ruiz", company=self.acme, source=Source.REFERRAL
        )
        with time_machine.travel(timezone.now() + dt.timedelta(days=3)):
            lead = Lead.add_referral(self.chat, name="Bea Ruiz", company_name="Acme Robotics")
            self.assertEqual(lead.person, bea)
            lead.take_back()
        self.assertTrue(Person.objects.filter(pk=bea.pk).exists())

    def test_a_person_already_written_to_stays(self):
        lead = Lead.add_referral(self.chat, name="Priya Shah", company_name="Globex")
        Interaction.objects.create(
            owner=self.alice, person=lead.person, kind=InteractionKind.NOTE, occurred_at=timezone.now()
        )
        lead.take_back()
        self.assertTrue(Person.objects.filter(pk=lead.person.pk).exists())

    def test_an_openings_open_reminder_goes_with_it_a_done_one_stays(self):
        opening = Lead.add_opening(self.chat, title="UX", company=None, remind_on=self.alice.today())
        opening.take_back()
        self.assertFalse(Task.objects.filter(pk=opening.task.pk).exists())
        season = Lead.add_season(self.chat, title="March", company=None, starts_on=self.alice.today())
        season.task.mark_done()
        season.take_back()
        self.assertTrue(Task.objects.filter(pk=season.task.pk).exists())
