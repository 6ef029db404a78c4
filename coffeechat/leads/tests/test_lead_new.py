import datetime as dt

import time_machine
from django.urls import reverse

from coffeechat.conversations.models import Task
from coffeechat.leads.models import Lead, LeadKind
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Job, Person, Source


class CaptureReferralTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.url = reverse("lead_new", args=[self.chat.pk])

    def test_a_referral_becomes_a_person_introduced_by_the_host_with_a_job_there(self):
        response = self.client.post(
            self.url,
            {
                "kind": "referral",
                "referral-name": "Kofi Mensah",
                "referral-company_name": "Globex",
                "referral-title": "Design lead",
                "referral-note": "Ana will write to him first.",
            },
        )
        self.assertRedirects(response, f"{self.chat.get_absolute_url()}#leads", fetch_redirect_response=False)
        kofi = Person.objects.get(owner=self.alice, name="Kofi Mensah")
        self.assertEqual(kofi.introduced_by, self.ana)
        self.assertEqual(kofi.source, Source.REFERRAL)
        self.assertEqual(kofi.relationship, "introduced")
        self.assertEqual(kofi.company.name, "Globex")
        job = Job.objects.get(person=kofi)
        self.assertEqual((job.company, job.title, job.is_current), (kofi.company, "Design lead", True))
        lead = Lead.objects.get(owner=self.alice)
        self.assertEqual(
            (lead.kind, lead.status, lead.conversation, lead.person), ("referral", "new", self.chat, kofi)
        )

    def test_the_same_name_at_the_same_company_is_linked_not_added_twice(self):
        bea = Person.objects.create(owner=self.alice, name="Bea Ruiz", company=self.acme)
        self.client.post(
            self.url,
            {"kind": "referral", "referral-name": "bea ruiz", "referral-company_name": "ACME Robotics"},
        )
        self.assertEqual(Person.objects.filter(owner=self.alice, name__iexact="bea ruiz").count(), 1)
        bea.refresh_from_db()
        self.assertEqual(bea.introduced_by, self.ana)
        self.assertEqual(Lead.objects.get().person, bea)

    def test_a_name_is_required_and_nothing_is_written_without_it(self):
        with self.assertNothingChanged():
            response = self.client.post(self.url, {"kind": "referral", "referral-company_name": "Globex"})
        self.assertContains(response, "This field is required", status_code=400)
        self.assertFalse(Lead.objects.exists())

    def test_with_htmx_the_fragment_comes_back_saying_so(self):
        response = self.client.post(
            self.url, {"kind": "referral", "referral-name": "Kofi Mensah"}, headers={"HX-Request": "true"}
        )
        self.assertContains(response, "Added Kofi Mensah, introduced by Ana Lima")
        self.assertNotContains(response, "<html")
        self.assertContains(response, 'id="leads"')

    def test_with_htmx_errors_show_in_place(self):
        response = self.client.post(self.url, {"kind": "referral"}, headers={"HX-Request": "true"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This field is required")
        self.assertNotContains(response, "<html")

    def test_get_shows_the_capture_page_and_an_unknown_kind_too(self):
        self.assertContains(self.client.get(self.url), "Someone to talk to next")
        with self.assertNothingChanged():
            self.assertContains(self.client.post(self.url, {"kind": "nonsense"}), "An opening")

    def test_the_conversation_page_offers_the_capture(self):
        response = self.client.get(self.chat.get_absolute_url())
        self.assertContains(response, "Leads from this chat")
        self.assertContains(response, f'action="{self.url}"')

    def test_a_safe_next_is_followed_and_an_unsafe_one_ignored(self):
        data = {"kind": "referral", "referral-name": "Kofi"}
        response = self.client.post(self.url, {**data, "next": "/today/"})
        self.assertRedirects(response, "/today/", fetch_redirect_response=False)
        response = self.client.post(
            self.url, {**data, "referral-name": "Lu", "next": "https://evil.example/"}
        )
        self.assertTrue(response["Location"].startswith(self.chat.get_absolute_url()))

    def test_an_outsider_gets_404_and_nothing_changes(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(
                self.client.post(self.url, {"kind": "referral", "referral-name": "X"}).status_code, 404
            )
            self.assertEqual(self.client.get(self.url).status_code, 404)
        self.assertFalse(Lead.objects.exists())


@time_machine.travel(dt.datetime(2026, 11, 25, 23, 30, tzinfo=dt.UTC), tick=False)
class CaptureOpeningAndSeasonTests(BaseTestCase):
    def setUp(self):
        self.alice.time_zone = "Asia/Tokyo"  # already 26 November there
        self.alice.save()
        self.login()
        self.url = reverse("lead_new", args=[self.chat.pk])

    def test_an_opening_gets_a_reminder_a_week_before_its_deadline(self):
        self.client.post(
            self.url,
            {
                "kind": "opening",
                "opening-title": "Junior UX designer",
                "opening-url": "jobs.acme.example/ux",
                "opening-deadline": "2026-12-20",
            },
        )
        lead = Lead.objects.get(kind=LeadKind.OPENING)
        self.assertEqual(
            (lead.company, lead.url, lead.deadline),
            (self.acme, "https://jobs.acme.example/ux", dt.date(2026, 12, 20)),
        )
        self.assertEqual(lead.task.due_on, dt.date(2026, 12, 13))
        self.assertEqual(lead.task.conversation, self.chat)
        self.assertIn("Junior UX designer at Acme Robotics", lead.task.title)

    def test_a_deadline_in_the_past_is_refused(self):
        with self.assertNothingChanged():
            response = self.client.post(
                self.url, {"kind": "opening", "opening-title": "PM", "opening-deadline": "2026-11-25"}
            )
        self.assertContains(response, "That deadline has passed already.", status_code=400)

    def test_a_season_reminds_on_its_first_day_in_the_users_time_zone(self):
        self.client.post(self.url, {"kind": "season", "season-title": "Internship hiring opens in March"})
        lead = Lead.objects.get(kind=LeadKind.SEASON)
        self.assertEqual(lead.starts_on, dt.date(2027, 3, 1))
        self.assertEqual(lead.task.due_on, dt.date(2027, 3, 1))

    def test_this_month_counts_from_the_users_today(self):
        # 23:30 UTC on 25 November is 26 November in Tokyo: still November there; in UTC too.
        self.client.post(self.url, {"kind": "season", "season-title": "Hiring", "season-when": "November"})
        self.assertEqual(Task.objects.get(title__startswith="Hiring opens").due_on, dt.date(2026, 11, 26))

    def test_a_season_without_a_time_says_what_to_write(self):
        with self.assertNothingChanged():
            response = self.client.post(self.url, {"kind": "season", "season-title": "They hire sometimes"})
        self.assertContains(response, "Say when hiring opens", status_code=400)

    def test_a_season_at_another_company_adds_it(self):
        self.client.post(
            self.url,
            {
                "kind": "season",
                "season-title": "Grad roles",
                "season-when": "2027-09",
                "season-company_name": "Initech",
            },
        )
        self.assertEqual(Lead.objects.get().company, Company.objects.get(owner=self.alice, name="Initech"))


class LeadsFromMeetingNotesTests(BaseTestCase):
    """Meeting mode's quick capture writes lines into the notes; the leads card offers to save them."""

    def setUp(self):
        self.login()
        self.chat.notes = (
            "Someone to meet: Sam Ortiz, leads data engineering\nAn opening: Junior analyst, March"
        )
        self.chat.save()

    def test_the_conversation_page_fills_the_forms_from_the_notes(self):
        page = self.client.get(self.chat.get_absolute_url())
        self.assertContains(page, "From your meeting notes, not saved as leads yet:")
        self.assertContains(page, 'name="referral-name" value="Sam Ortiz"')
        self.assertContains(page, "leads data engineering</textarea>")
        self.assertContains(page, 'name="opening-title" value="Junior analyst, March"')
        self.assertNotContains(page, 'name="season-title" value=')

    def test_a_line_saved_as_a_lead_is_offered_no_more(self):
        self.client.post(
            reverse("lead_new", args=[self.chat.pk]),
            {"kind": "referral", "referral-name": "Sam Ortiz", "referral-note": "leads data engineering"},
        )
        page = self.client.get(self.chat.get_absolute_url())
        self.assertNotContains(page, 'name="referral-name" value="Sam Ortiz"')
        self.assertContains(page, 'name="opening-title" value="Junior analyst, March"')

    def test_without_such_lines_nothing_is_offered(self):
        self.chat.notes = "She loves SQL."
        self.chat.save()
        self.assertNotContains(self.client.get(self.chat.get_absolute_url()), "From your meeting notes")
