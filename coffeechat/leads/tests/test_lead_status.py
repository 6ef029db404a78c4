from django.urls import reverse

from coffeechat.leads.tests.fixtures import some_leads
from coffeechat.lib.testing import BaseTestCase


class LeadStatusTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.referral, self.opening, self.season = some_leads(self.chat)
        self.url = reverse("lead_status", args=[self.opening.pk])

    def test_it_changes_the_status_and_goes_back(self):
        response = self.client.post(self.url, {"status": "acted_on", "next": "/leads/?kind=opening"})
        self.assertRedirects(response, "/leads/?kind=opening", fetch_redirect_response=False)
        self.opening.refresh_from_db()
        self.assertEqual(self.opening.status, "acted_on")

    def test_with_htmx_the_row_comes_back(self):
        response = self.client.post(self.url, {"status": "closed"}, headers={"HX-Request": "true"})
        self.assertContains(response, f'id="lead-{self.opening.pk}"')
        self.assertContains(response, "Reopen")
        self.assertNotContains(response, "<html")
        self.opening.refresh_from_db()
        self.assertEqual(self.opening.status, "closed")

    def test_an_unknown_status_changes_nothing(self):
        with self.assertNothingChanged():
            self.client.post(self.url, {"status": "won"})
        self.opening.refresh_from_db()
        self.assertEqual(self.opening.status, "new")

    def test_get_is_not_allowed(self):
        self.assertEqual(self.client.get(self.url).status_code, 405)

    def test_an_outsider_gets_404(self):
        self.login(self.charlie)
        self.assertEqual(self.client.post(self.url, {"status": "closed"}).status_code, 404)
        self.opening.refresh_from_db()
        self.assertEqual(self.opening.status, "new")

    def test_the_reminder_follows_the_status(self):
        self.client.post(self.url, {"status": "acted_on"})
        self.opening.task.refresh_from_db()
        self.assertTrue(self.opening.task.is_done)
        self.client.post(self.url, {"status": "new"})
        self.opening.task.refresh_from_db()
        self.assertFalse(self.opening.task.is_done)
        self.client.post(self.url, {"status": "closed"})
        self.opening.task.refresh_from_db()
        self.assertTrue(self.opening.task.is_done)
