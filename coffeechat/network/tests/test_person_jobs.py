import datetime as dt

import time_machine
from django.test import SimpleTestCase
from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.forms import parse_month
from coffeechat.network.models import Company, CompanyAlias, Job
from coffeechat.network.paths import company_paths


class PersonJobsTests(BaseTestCase):
    """The work-history page of a person, and adding a job to it."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/people/{cls.ana.pk}/jobs/"
        cls.current = Job.objects.create(
            owner=cls.alice, person=cls.ana, company=cls.acme, title="Product Designer"
        )

    def post(self, **data):
        self.login()
        return self.client.post(self.url, {"company_name": "Initech", **data})

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get(self.url), f"/accounts/login/?next={self.url}")

    def test_it_shows_the_history_and_the_add_form(self):
        Job.objects.create(
            owner=self.alice,
            person=self.ana,
            company=Company.objects.create(owner=self.alice, name="Initech"),
            title="Intern",
            started_on=dt.date(2018, 6, 1),
            ended_on=dt.date(2019, 8, 1),
            is_current=False,
        )
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Ana Lima's work history")
        self.assertContains(r, "Jun 2018 – Aug 2019")
        self.assertContains(r, '<option value="Acme Robotics">')
        self.assertContains(r, 'type="month"')
        self.assertEqual([j.title for j in r.context["jobs"]], ["Product Designer", "Intern"])

    def test_it_adds_a_past_job_with_month_precision(self):
        r = self.post(title="Intern", started_on="2018-06", ended_on="Aug 2019")
        self.assertRedirects(r, f"/people/{self.ana.pk}/#h-jobs", fetch_redirect_response=False)
        job = Job.objects.get(person=self.ana, company__name="Initech")
        self.assertEqual(
            (job.started_on, job.ended_on, job.is_current), (dt.date(2018, 6, 1), dt.date(2019, 8, 1), False)
        )
        self.assertEqual(job.owner, self.alice)
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.company, self.acme)  # a past job changes nothing about now
        self.current.refresh_from_db()
        self.assertTrue(self.current.is_current)

    def test_a_past_job_makes_a_before_path(self):
        self.post(title="Intern")
        initech = Company.objects.get(owner=self.alice, name="Initech")
        self.assertEqual([p.target.id for p in company_paths(self.alice, initech).before], [self.ana.pk])

    def test_it_matches_the_company_by_normalised_name_and_alias(self):
        CompanyAlias.objects.create(owner=self.alice, company=self.acme, name="ACR")
        self.post(company_name="acme robotics, inc.", title="Intern", ended_on="2019-01")
        self.post(company_name="ACR", title="Junior designer", ended_on="2020-01")
        self.assertEqual(Job.objects.filter(person=self.ana, company=self.acme).count(), 3)
        self.assertEqual(Company.objects.for_owner(self.alice).count(), 1)

    @time_machine.travel("2026-03-14 12:00Z")
    def test_a_job_they_still_have_becomes_where_they_work_now(self):
        self.post(title="Design Lead", started_on="2026-02", is_current="on")
        self.ana.refresh_from_db()
        self.assertEqual((self.ana.company.name, self.ana.title), ("Initech", "Design Lead"))
        self.current.refresh_from_db()
        # The old job ends when the new one began.
        self.assertEqual((self.current.is_current, self.current.ended_on), (False, dt.date(2026, 2, 1)))
        self.assertEqual(Job.objects.filter(person=self.ana, is_current=True).count(), 1)

    def test_the_job_from_their_details_can_get_its_dates(self):
        self.current.delete()
        self.ana.refresh_from_db()
        self.ana.company, self.ana.title = self.acme, "Product Designer"
        self.ana.save()  # someone added before work history was kept by hand: no job yet
        self.login()
        self.assertContains(self.client.get(f"/people/{self.ana.pk}/"), f"{self.url}?current=1")
        r = self.client.get(self.url + "?current=1")
        self.assertEqual(r.context["job_form"]["company_name"].value(), "Acme Robotics")
        self.assertTrue(r.context["job_form"]["is_current"].value())
        self.post(
            company_name="Acme Robotics", title="Product Designer", started_on="2022-04", is_current="on"
        )
        job = Job.objects.get(person=self.ana)
        self.assertEqual(
            (job.company, job.is_current, job.started_on), (self.acme, True, dt.date(2022, 4, 1))
        )

    def test_it_refuses_an_end_before_the_start_on_the_end_field(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(started_on="2020-05", ended_on="2019-03")
        self.assertEqual(r.status_code, 400)
        self.assertEqual(
            r.context["job_form"].errors["ended_on"],
            ["They left before they started (May 2020). Check the years?"],
        )
        self.assertContains(r, "They left before they started", status_code=400)

    def test_it_refuses_an_end_for_a_job_they_still_have(self):
        with self.assertNothingChanged():
            r = self.post(ended_on="2019-03", is_current="on")
        self.assertIn("there is no end yet", r.context["job_form"].errors["ended_on"][0])

    def test_it_refuses_a_bad_month_with_a_message_on_its_field(self):
        with self.assertNothingChanged():
            r = self.post(started_on="2019", ended_on="soon")
        errors = r.context["job_form"].errors
        self.assertEqual(errors["started_on"], ["Which month of 2019? Like 03/2019; a guess is fine."])
        self.assertEqual(errors["ended_on"], ["Enter a month and year, like 03/2021 or March 2021."])

    def test_it_needs_a_company(self):
        with self.assertNothingChanged():
            r = self.post(company_name=" ")
        self.assertIn("company_name", r.context["job_form"].errors)

    def test_with_htmx_the_form_opens_and_errors_show_in_the_card(self):
        self.login()
        r = self.client.get(self.url, headers={"HX-Request": "true"})
        self.assertContains(r, 'id="work-history"')
        self.assertNotContains(r, "<html")
        self.assertContains(r, "Add the job")
        r = self.client.post(
            self.url, {"company_name": "X", "started_on": "nope"}, headers={"HX-Request": "true"}
        )
        self.assertEqual(r.status_code, 200)  # htmx swaps only 2xx answers
        self.assertContains(r, "Enter a month and year")
        self.assertNotContains(r, "<html")

    def test_with_htmx_a_saved_job_reloads_the_page_it_was_added_on(self):
        self.login()
        r = self.client.post(self.url, {"company_name": "Initech"}, headers={"HX-Request": "true"})
        self.assertEqual(r["HX-Refresh"], "true")
        self.assertTrue(Job.objects.filter(person=self.ana, company__name="Initech").exists())

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url, {"company_name": "X"}).status_code, 404)


class ParseMonthTests(BaseTestCase):
    def test_it_reads_the_usual_ways_of_writing_a_month(self):
        for text in (
            "2021-03",
            "2021-3",
            "03/2021",
            "3/2021",
            "3.2021",
            "Mar 2021",
            "march 2021",
            "Mar. 2021",
        ):
            with self.subTest(text=text):
                self.assertEqual(parse_month(text), dt.date(2021, 3, 1))

    def test_it_refuses_impossible_months(self):
        for text in ("2021-13", "00/2021", "Smarch 2021", "1850-01", ""):
            with self.subTest(text=text), self.assertRaises(ValueError):
                parse_month(text)


class ParseMonthPropertyTests(SimpleTestCase):
    @given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
    def test_every_way_of_writing_a_month_reads_back_the_same(self, day):
        for fmt in ("%Y-%m", "%m/%Y", "%b %Y", "%B %Y", "%Y-%m-%d"):
            self.assertEqual(parse_month(day.strftime(fmt)), day.replace(day=1))

    @given(st.text(max_size=30))
    def test_any_text_is_a_month_or_a_clear_refusal(self, text):
        try:
            month = parse_month(text)
        except ValueError as e:
            self.assertTrue(str(e))
        else:
            self.assertEqual(month.day, 1)
