from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Person


class PeopleNamesTests(BaseTestCase):
    """The suggestions of the "Who they know" field, fetched when its form opens on a person page."""

    url = "/people/names/"

    def test_it_lists_your_people_but_the_one_whose_page_it_is(self):
        Person.objects.create(owner=self.alice, name="Kim <Ode>")
        self.login()
        r = self.client.get(f"{self.url}?but={self.ana.pk}")
        self.assertContains(r, '<option value="Kim &lt;Ode&gt;">', html=False)
        self.assertNotContains(r, "Ana Lima")
        self.assertNotContains(r, "<html")  # a fragment: the datalist's options
        self.assertContains(self.client.get(self.url), '<option value="Ana Lima">')
        self.assertContains(self.client.get(f"{self.url}?but=nonsense"), '<option value="Ana Lima">')

    def test_it_shows_nobody_else_s_people(self):
        bobs = Person.objects.create(owner=self.bob, name="Bob's Secret Friend")
        for who in (self.charlie, self.bob):
            self.login(who)
            r = self.client.get(f"{self.url}?but={bobs.pk}")
            self.assertEqual(r.status_code, 200)
            self.assertNotContains(r, "Ana Lima")
        self.assertNotContains(r, "Secret Friend")
        self.login(self.charlie)
        self.assertNotContains(self.client.get(self.url), "Secret Friend")

    def test_it_needs_a_sign_in(self):
        r = self.client.get(self.url)
        self.assertEqual(r.status_code, 302)
        self.assertIn("/accounts/login/", r["Location"])

    def test_the_person_page_fetches_them_when_the_form_opens_and_carries_them_after_an_error(self):
        self.login()
        page = self.client.get(f"/people/{self.ana.pk}/")
        self.assertContains(page, f'hx-get="/people/names/?but={self.ana.pk}"')
        self.assertContains(page, 'hx-trigger="toggle once from:closest details"')
        Person.objects.create(owner=self.alice, name="Kim Ode")
        self.assertContains(page, 'hx-swap="innerHTML"></datalist>')
        self.assertNotContains(self.client.get(f"/people/{self.ana.pk}/"), "Kim Ode")
        r = self.client.post(f"/people/{self.ana.pk}/knows/", {"other_name": "", "how": "worked"})
        self.assertEqual(r.status_code, 400)
        self.assertContains(r, '<option value="Kim Ode">', status_code=400)
        self.assertNotContains(r, 'hx-get="/people/names/', status_code=400)
