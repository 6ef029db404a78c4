from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Company, Person


class CompaniesTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.globex = Company.objects.create(
            owner=cls.alice, name="Globex", industry="Energy", location="Springfield"
        )
        Person.objects.create(owner=cls.alice, name="Ben Okafor", company=cls.acme)
        Company.objects.create(owner=cls.bob, name="Bobco", industry="Secrets")

    def get(self, query="", **headers):
        self.login()
        return self.client.get(f"/companies/{query}", **headers)

    def names(self, r):
        return [c.name for c in r.context["page"].object_list]

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get("/companies/"), "/accounts/login/?next=/companies/")

    def test_it_lists_only_the_owners_companies_by_name(self):
        r = self.get()
        self.assertEqual(self.names(r), ["Acme Robotics", "Globex"])
        self.assertContains(r, "2 companies")
        self.assertNotContains(r, "Bobco")
        self.assertNotContains(r, "Secrets")

    def test_it_counts_the_people_at_each(self):
        r = self.get()
        self.assertContains(r, "Robotics · 2 people you know")
        self.assertContains(r, "Energy · Springfield · 0 people you know")

    def test_it_searches_name_industry_and_location(self):
        for q, expected in [("glob", ["Globex"]), ("robot", ["Acme Robotics"]), ("springfield", ["Globex"])]:
            with self.subTest(q=q):
                self.assertEqual(self.names(self.get(f"?q={q}")), expected)

    def test_it_filters_by_industry_from_the_owners_industries(self):
        r = self.get("?industry=Energy")
        self.assertEqual(self.names(r), ["Globex"])
        self.assertEqual(list(r.context["industries"]), ["Energy", "Robotics"])

    def test_it_paginates_and_keeps_the_filters(self):
        Company.objects.bulk_create(
            Company(owner=self.alice, name=f"R&D Lab {i:02d}", name_key=f"rd {i}", industry="R&D")
            for i in range(51)
        )
        r = self.get("?industry=R%26D")
        self.assertEqual(len(r.context["page"].object_list), 50)
        self.assertContains(r, 'href="?q=&amp;industry=R%26D&amp;page=2"')
        self.assertEqual(self.names(self.get("?industry=R%26D&page=2")), ["R&D Lab 50"])

    def test_htmx_gets_only_the_results(self):
        r = self.get("?q=glob", HTTP_HX_REQUEST="true")
        self.assertContains(r, '<section id="results"')
        self.assertContains(r, "Globex")
        self.assertNotContains(r, "<html")
        self.assertNotContains(r, 'role="search"')

    def test_the_empty_state_for_a_new_user_says_how_to_start(self):
        self.login(self.charlie)
        r = self.client.get("/companies/")
        self.assertContains(r, "No companies yet.")
        self.assertContains(r, "Add the first one")

    def test_the_empty_state_for_a_search_offers_to_clear_it(self):
        r = self.get("?q=zzz")
        self.assertContains(r, "No company matches.")
        self.assertNotContains(r, "No companies yet.")

    def test_the_query_count_does_not_grow_with_data(self):
        self.get()
        with self.assertNumQueries(5):
            self.client.get("/companies/")
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat, n=60)
        with self.assertNumQueries(5):
            r = self.client.get("/companies/")
        self.assertEqual(len(r.context["page"].object_list), 50)
