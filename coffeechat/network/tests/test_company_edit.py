from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company


class CompanyNewTests(BaseTestCase):
    def post(self, **data):
        self.login()
        return self.client.post("/companies/new/", data)

    def test_it_shows_the_form(self):
        self.login()
        self.assertContains(self.client.get("/companies/new/"), "Add a company")

    def test_it_creates_a_company(self):
        r = self.post(name=" Globex ", website="https://globex.example", industry="Energy", location="Here")
        company = Company.objects.get(name="Globex")
        self.assertRedirects(r, f"/companies/{company.pk}/")
        self.assertEqual(company.owner, self.alice)
        self.assertEqual(company.name_key, "globex")
        self.assertEqual(company.industry, "Energy")

    def test_it_refuses_a_duplicate_normalised_name(self):
        for duplicate in ["ACME Robotics, Inc.", "The Acme Robotics Co", "acme-robotics"]:
            with self.subTest(name=duplicate):
                r = self.post(name=duplicate)
                self.assertEqual(r.status_code, 200)
                self.assertContains(r, "You already have “Acme Robotics”, which looks like the same company.")
        self.assertEqual(Company.objects.count(), 1)

    def test_another_users_company_is_no_duplicate(self):
        Company.objects.create(owner=self.bob, name="Globex")
        self.post(name="Globex")
        self.assertEqual(Company.objects.filter(owner=self.alice, name="Globex").count(), 1)

    def test_it_refuses_a_duplicate_name_without_latin_letters(self):
        self.post(name="株式会社")
        r = self.post(name="株式会社")
        self.assertContains(r, "which looks like the same company")
        self.assertEqual(Company.objects.filter(name="株式会社").count(), 1)

    def test_it_refuses_a_duplicate_name_made_of_punctuation(self):
        self.post(name="!!!")
        r = self.post(name="!!!")
        self.assertContains(r, "which looks like the same company")
        self.assertEqual(Company.objects.filter(name="!!!").count(), 1)

    def test_it_needs_a_name_and_a_real_website(self):
        r = self.post(name="", website="not a site")
        self.assertContains(r, "This field is required.")
        self.assertContains(r, "Enter a valid URL.")
        self.assertEqual(Company.objects.count(), 1)


class CompanyEditTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/companies/{cls.acme.pk}/edit/"
        cls.globex = Company.objects.create(owner=cls.alice, name="Globex")

    def test_it_shows_the_current_values(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Edit Acme Robotics")
        self.assertContains(r, 'value="Acme Robotics"')

    def test_it_saves_changes(self):
        self.login()
        r = self.client.post(self.url, {"name": "Acme Robotics Inc.", "industry": "Hardware"})
        self.assertRedirects(r, f"/companies/{self.acme.pk}/")
        self.acme.refresh_from_db()
        self.assertEqual(self.acme.name, "Acme Robotics Inc.")
        self.assertEqual(self.acme.industry, "Hardware")
        self.assertEqual(self.acme.name_key, "acme robotics")

    def test_renaming_onto_another_company_is_refused(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"name": "GLOBEX LLC"})
        self.assertContains(r, "You already have “Globex”")

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url, {"name": "Hacked"}).status_code, 404)

    def test_pk_zero_is_a_404_not_a_new_company_form(self):
        self.login()
        self.assertEqual(self.client.get("/companies/0/edit/").status_code, 404)
        with self.assertNothingChanged():
            self.assertEqual(self.client.post("/companies/0/edit/", {"name": "Zero"}).status_code, 404)
