import datetime as dt

from django.urls import reverse

from coffeechat.conversations.models import Conversation
from coffeechat.leads.models import Lead
from coffeechat.lib.testing import BaseTestCase


def some_leads(chat, n: int = 1) -> list[Lead]:
    made = []
    for i in range(n):
        made.append(Lead.add_referral(chat, name=f"Referral {i}", company_name=f"Co {i % 3}", note="Say hi"))
        made.append(
            Lead.add_opening(
                chat,
                title=f"Opening {i}",
                company=chat.company,
                url="https://jobs.example/1",
                deadline=dt.date(2030, 1, 1),
                remind_on=dt.date(2029, 12, 25),
            )
        )
        made.append(Lead.add_season(chat, title=f"Season {i}", company=None, starts_on=dt.date(2030, 3, 1)))
    return made


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


class LeadStartTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.referral, self.opening, _ = some_leads(self.chat)

    def test_one_click_starts_a_coffee_chat_with_the_referral(self):
        response = self.client.post(reverse("lead_start", args=[self.referral.pk]))
        chat = Conversation.objects.get(host=self.referral.person)
        self.assertRedirects(response, chat.get_absolute_url(), fetch_redirect_response=False)
        self.assertEqual(
            (chat.stage, chat.channel, chat.company), ("idea", "introduction", self.referral.company)
        )
        self.assertIn("Introduced by Ana Lima.", chat.goal)
        self.referral.refresh_from_db()
        self.assertEqual(self.referral.status, "acted_on")

    def test_an_opening_has_nobody_to_talk_to(self):
        with self.assertNothingChanged():
            self.client.post(reverse("lead_start", args=[self.opening.pk]))

    def test_an_outsider_gets_404(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(
                self.client.post(reverse("lead_start", args=[self.referral.pk])).status_code, 404
            )


class LeadDeleteTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.referral, self.opening, _ = some_leads(self.chat)

    def test_it_asks_then_deletes_keeping_the_person_and_the_task(self):
        url = reverse("lead_delete", args=[self.referral.pk])
        self.assertContains(self.client.get(url), "stays in your people")
        self.client.post(url)
        self.assertFalse(Lead.objects.filter(pk=self.referral.pk).exists())
        self.assertTrue(self.referral.person.__class__.objects.filter(pk=self.referral.person_id).exists())
        self.client.post(reverse("lead_delete", args=[self.opening.pk]))
        self.assertTrue(self.opening.task.__class__.objects.filter(pk=self.opening.task_id).exists())

    def test_a_lead_outlives_its_conversation(self):
        self.chat.delete()
        self.assertContains(self.client.get(reverse("leads")), "Its coffee chat was deleted", count=3)

    def test_an_outsider_gets_404(self):
        self.login(self.charlie)
        url = reverse("lead_delete", args=[self.referral.pk])
        self.assertEqual(self.client.get(url).status_code, 404)
        self.assertEqual(self.client.post(url).status_code, 404)
        self.assertTrue(Lead.objects.filter(pk=self.referral.pk).exists())
