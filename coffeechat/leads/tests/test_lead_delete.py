from django.urls import reverse

from coffeechat.leads.models import Lead
from coffeechat.leads.tests.fixtures import some_leads
from coffeechat.lib.testing import BaseTestCase


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
