import datetime as dt

from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Job
from coffeechat.network.paths import company_paths


class JobEditTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.current = Job.objects.create(
            owner=cls.alice,
            person=cls.ana,
            company=cls.acme,
            title="Product Designer",
            started_on=dt.date(2022, 1, 1),
        )
        cls.initech = Company.objects.create(owner=cls.alice, name="Initech")
        cls.past = Job.objects.create(
            owner=cls.alice, person=cls.ana, company=cls.initech, title="Intern", is_current=False
        )
        cls.url = f"/jobs/{cls.past.pk}/edit/"

    def post(self, job=None, **data):
        self.login()
        job = job or self.past
        fields = {"company_name": job.company.name, "title": job.title}
        return self.client.post(f"/jobs/{job.pk}/edit/", {**fields, **data})

    def test_it_shows_the_current_values(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Edit Ana's job at Initech")
        self.assertContains(r, 'value="Intern"')
        self.assertContains(r, 'value="Initech"')
        self.assertNotContains(r, "hx-post")  # a page of its own: a plain form

    def test_it_saves_dates_and_title(self):
        r = self.post(title="Design Intern", started_on="06/2018", ended_on="2018-09")
        self.assertRedirects(r, f"/people/{self.ana.pk}/#h-jobs", fetch_redirect_response=False)
        self.past.refresh_from_db()
        self.assertEqual(
            (self.past.title, self.past.started_on, self.past.ended_on),
            ("Design Intern", dt.date(2018, 6, 1), dt.date(2018, 9, 1)),
        )
        self.assertEqual(self.ana.jobs.count(), 2)

    def test_renaming_the_current_job_renames_the_person(self):
        self.post(self.current, title="Senior Product Designer", started_on="2022-01", is_current="on")
        self.ana.refresh_from_db()
        self.assertEqual((self.ana.title, self.ana.company), ("Senior Product Designer", self.acme))

    def test_moving_the_current_job_to_another_company_moves_the_person(self):
        self.post(self.current, company_name="Globex", is_current="on")
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.company.name, "Globex")
        self.assertEqual(self.ana.jobs.filter(is_current=True).get(), self.current)

    def test_ending_the_current_job_means_they_no_longer_work_there(self):
        self.post(self.current, started_on="2022-01", ended_on="2025-06")
        self.ana.refresh_from_db()
        self.assertIsNone(self.ana.company)
        self.assertEqual(self.ana.title, "")
        ways_in = company_paths(self.alice, self.acme)
        self.assertEqual((ways_in.now, [p.target.id for p in ways_in.before]), ([], [self.ana.pk]))
        self.assertIn("until 2025", ways_in.before[0].reason)

    def test_it_refuses_an_end_before_the_start(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(self.current, started_on="2022-01", ended_on="2021-12")
        self.assertEqual(r.status_code, 400)
        self.assertEqual(
            r.context["job_form"].errors["ended_on"],
            ["They left before they started (January 2022). Check the years?"],
        )

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url, {"company_name": "X"}).status_code, 404)

    def test_it_404s_for_a_missing_job(self):
        self.login()
        self.assertEqual(self.client.get("/jobs/999999/edit/").status_code, 404)
