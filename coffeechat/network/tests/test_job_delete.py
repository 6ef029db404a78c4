from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Job
from coffeechat.network.paths import company_paths


class JobDeleteTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.current = Job.objects.create(
            owner=cls.alice, person=cls.ana, company=cls.acme, title="Product Designer"
        )
        cls.past = Job.objects.create(
            owner=cls.alice,
            person=cls.ana,
            company=Company.objects.create(owner=cls.alice, name="Initech"),
            title="Intern",
            is_current=False,
        )

    def test_it_asks_first_and_says_what_changes(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.get(f"/jobs/{self.current.pk}/delete/")
        self.assertContains(r, "Delete Product Designer at Acme Robotics from Ana Lima&#x27;s work history?")
        self.assertContains(r, "will no longer show as working at Acme Robotics")
        r = self.client.get(f"/jobs/{self.past.pk}/delete/")
        self.assertNotContains(r, "will no longer show")

    def test_removing_a_past_job_leaves_the_person_as_they_are(self):
        self.login()
        r = self.client.post(f"/jobs/{self.past.pk}/delete/")
        self.assertRedirects(r, f"/people/{self.ana.pk}/#h-jobs", fetch_redirect_response=False)
        self.assertFalse(Job.objects.filter(pk=self.past.pk).exists())
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.company, self.acme)

    def test_removing_the_current_job_takes_the_employer_with_it(self):
        self.login()
        self.client.post(f"/jobs/{self.current.pk}/delete/")
        self.ana.refresh_from_db()
        self.assertIsNone(self.ana.company)
        self.assertEqual(company_paths(self.alice, self.acme).now, [])

    def test_it_follows_a_safe_next(self):
        self.login()
        r = self.client.post(f"/jobs/{self.past.pk}/delete/?next=/people/{self.ana.pk}/%23h-jobs")
        self.assertRedirects(r, f"/people/{self.ana.pk}/#h-jobs", fetch_redirect_response=False)

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(f"/jobs/{self.current.pk}/delete/").status_code, 404)
                self.assertEqual(self.client.post(f"/jobs/{self.current.pk}/delete/").status_code, 404)
