"""Other names of a company: added and removed on their page, used when people are filed."""

from django.urls import reverse

from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, CompanyAlias


class CompanyAliasesTests(BaseTestCase):
    def setUp(self):
        self.url = reverse("company_aliases", args=[self.acme.pk])

    def test_company_page_links_to_it(self):
        self.login()
        self.assertContains(self.client.get(self.acme.get_absolute_url()), f'href="{self.url}"')

    def test_add_then_new_people_are_filed_under_the_company(self):
        self.login()
        response = self.client.post(self.url, {"name": "ACME Bots"})
        self.assertRedirects(response, self.url, fetch_redirect_response=False)
        self.assertEqual(self.acme.aliases.get().name_key, "acme bots")
        self.assertEqual(Company.get_or_create_named(self.alice, "Acme Bots, Inc."), self.acme)
        self.assertContains(self.client.get(self.url), "ACME Bots")

    def test_refuses_its_own_name_another_company_and_a_taken_alias(self):
        Company.objects.create(owner=self.alice, name="Globex")
        CompanyAlias.objects.create(owner=self.alice, company=self.acme, name="Bots")
        self.login()
        for name, message in [
            ("acme robotics inc", "already how Acme Robotics is matched"),
            ("Globex", "another company in your list, Globex"),
            ("BOTS", "already another name of Acme Robotics"),
            ("", "This field is required"),
        ]:
            with self.subTest(name), self.assertNothingChanged():
                self.assertContains(self.client.post(self.url, {"name": name}), message, status_code=400)

    def test_remove(self):
        alias = CompanyAlias.objects.create(owner=self.alice, company=self.acme, name="Bots")
        self.login()
        self.client.post(self.url, {"remove": alias.pk})
        self.assertFalse(CompanyAlias.objects.exists())

    def test_other_accounts_aliases_and_companies_are_404(self):
        theirs = Company.objects.create(owner=self.charlie, name="Mine")
        alias = CompanyAlias.objects.create(owner=self.alice, company=self.acme, name="Bots")
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.url).status_code, 404)
            self.assertEqual(self.client.post(self.url, {"name": "x"}).status_code, 404)
            own = reverse("company_aliases", args=[theirs.pk])
            self.assertEqual(self.client.post(own, {"remove": alias.pk}).status_code, 404)
            self.assertEqual(self.client.post(own, {"remove": "nonsense"}).status_code, 404)

    def test_aliases_are_per_account(self):
        CompanyAlias.objects.create(owner=self.alice, company=self.acme, name="Bots")
        self.assertNotEqual(Company.get_or_create_named(self.bob, "Bots").owner, self.alice)
