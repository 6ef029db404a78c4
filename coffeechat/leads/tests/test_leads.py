from django.urls import reverse

from coffeechat.conversations.models import Conversation
from coffeechat.leads.tests.fixtures import some_leads
from coffeechat.lib.testing import BaseTestCase


class LeadsPageTests(BaseTestCase):
    def setUp(self):
        self.login()

    def test_an_empty_list_says_where_leads_come_from(self):
        response = self.client.get(reverse("leads"))
        self.assertContains(response, "No leads yet")

    def test_it_lists_leads_with_their_conversation_and_status(self):
        some_leads(self.chat)
        response = self.client.get(reverse("leads"))
        self.assertContains(response, "Referral 0")
        self.assertContains(response, "Opening 0")
        self.assertContains(response, "Season 0")
        self.assertContains(response, f'href="{self.chat.get_absolute_url()}"', count=3)
        self.assertContains(response, "Start a coffee chat", count=1)

    def test_it_filters_by_status_and_kind(self):
        referral, opening, season = some_leads(self.chat)
        opening.set_status("closed")
        response = self.client.get(reverse("leads"), {"status": "closed"})
        self.assertContains(response, "Opening 0")
        self.assertNotContains(response, "Season 0")
        response = self.client.get(reverse("leads"), {"kind": "season"})
        self.assertContains(response, "Season 0")
        self.assertNotContains(response, "Referral 0")
        response = self.client.get(reverse("leads"), {"kind": "referral", "status": "closed"})
        self.assertContains(response, "No lead matches")

    def test_htmx_gets_only_the_results(self):
        some_leads(self.chat)
        response = self.client.get(reverse("leads"), {"kind": "season"}, headers={"HX-Request": "true"})
        self.assertContains(response, 'id="results"')
        self.assertNotContains(response, "<html")

    def test_it_shows_only_the_users_own_leads(self):
        some_leads(self.chat)
        self.login(self.charlie)
        response = self.client.get(reverse("leads"))
        self.assertContains(response, "No leads yet")
        self.assertNotContains(response, "Referral 0")

    def test_the_number_of_queries_does_not_grow_with_the_leads(self):
        some_leads(self.chat)
        with self.assertNumQueries(4):  # session, user, count, page
            self.client.get(reverse("leads"))
        other = Conversation.objects.create(owner=self.alice, host=self.ana, company=self.acme)
        some_leads(other, n=10)
        with self.assertNumQueries(4):
            response = self.client.get(reverse("leads"))
        self.assertContains(response, "33 leads")


class CompanyLeadsTests(BaseTestCase):
    def test_a_company_page_shows_its_open_openings_and_seasons(self):
        referral, opening, season = some_leads(self.chat)
        self.login()
        response = self.client.get(self.acme.get_absolute_url())
        self.assertContains(response, "Openings and hiring seasons")
        self.assertContains(response, "Opening 0")
        self.assertNotContains(response, "Season 0")  # its company was left empty
        opening.set_status("closed")
        self.assertNotContains(self.client.get(self.acme.get_absolute_url()), "Openings and hiring seasons")
