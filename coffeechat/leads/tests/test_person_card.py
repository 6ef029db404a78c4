from django.urls import reverse

from coffeechat.leads.models import CardChange
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Job

CARD = {
    "name": "Ana Lima",
    "title": "Design Lead",
    "company": "Globex",
    "emails": "ana@globex.example\nana.lima@gmail.com",
    "phones": "(415) 555-0123\n+44 20 7946 0958 ext. 12",
    "address": "100 Market Street\nSan Francisco, CA 94105",
    "website": "globex.example",
    "linkedin_url": "https://www.linkedin.com/in/ana-lima",
    "social_links": "github.com/analima",
}


class PersonCardTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.url = reverse("person_card", args=[self.ana.pk])

    def test_the_form_shows_the_current_card(self):
        response = self.client.get(self.url)
        self.assertContains(response, "Product Designer")
        self.assertContains(response, "Acme Robotics")

    def test_saving_updates_the_person_and_keeps_what_changed(self):
        response = self.client.post(self.url, CARD)
        self.assertRedirects(response, self.ana.get_absolute_url(), fetch_redirect_response=False)
        self.ana.refresh_from_db()
        self.assertEqual((self.ana.title, self.ana.company.name), ("Design Lead", "Globex"))
        self.assertEqual([p.number for p in self.ana.phones.all()], ["+14155550123", "+442079460958 ext. 12"])
        self.assertEqual(
            [e.address for e in self.ana.emails.all()], ["ana@globex.example", "ana.lima@gmail.com"]
        )
        self.assertEqual(self.ana.website, "https://globex.example")
        self.assertEqual(self.ana.social_links, ["https://github.com/analima"])
        self.assertEqual(self.ana.address, "100 Market Street\nSan Francisco, CA 94105")
        change = CardChange.objects.get(person=self.ana)
        changed = {c["field"]: (c["before"], c["after"]) for c in change.changes}
        self.assertEqual(changed["title"], ("Product Designer", "Design Lead"))
        self.assertEqual(changed["company"], ("Acme Robotics", "Globex"))
        self.assertNotIn("name", changed)
        self.assertFalse(change.from_photo)
        # A new employer is a new line of work history; the old one is no longer current.
        jobs = {(j.company.name, j.is_current) for j in Job.objects.filter(person=self.ana)}
        self.assertEqual(jobs, {("Globex", True)})

    def test_the_person_page_shows_the_history(self):
        self.client.post(self.url, CARD)
        self.client.post(self.url, {**CARD, "title": "Head of Design"})
        response = self.client.get(self.ana.get_absolute_url())
        self.assertContains(response, "What changed")
        self.assertContains(response, "<del>Design Lead</del> → Head of Design", html=False)
        self.assertContains(response, "<del>Product Designer</del> → Design Lead", html=False)
        self.assertContains(response, "San Francisco, CA 94105")

    def test_saving_the_same_card_records_nothing(self):
        self.client.post(self.url, CARD)
        self.client.post(self.url, CARD)
        self.assertEqual(CardChange.objects.count(), 1)

    def test_bad_fields_say_what_and_write_nothing(self):
        for field, value, message in [
            ("phones", "call me maybe", "does not look like a phone number"),
            ("emails", "ana at globex", "is not an e-mail address"),
            ("website", "not a site", "Enter a valid URL"),
            ("social_links", "http://", "is not a web address"),
            ("name", "", "This field is required"),
        ]:
            with self.subTest(field=field), self.assertNothingChanged():
                response = self.client.post(self.url, {**CARD, field: value})
                self.assertContains(response, message, status_code=400)
        self.assertFalse(Company.objects.filter(name="Globex").exists())

    def test_an_outsider_gets_404(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.url).status_code, 404)
            self.assertEqual(self.client.post(self.url, CARD).status_code, 404)
