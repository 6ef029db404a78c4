from coffeechat.api.tests.base import ApiTestCase
from coffeechat.network.models import Company


class CompanyApiTests(ApiTestCase):
    def test_list_search_and_filter(self):
        Company.objects.create(owner=self.alice, name="Globex", industry="robotics")
        Company.objects.create(owner=self.bob, name="Bob's company", industry="Robotics")
        names = lambda **f: [c["name"] for c in self.call("GET", "/api/v1/companies/", **f).json()["items"]]  # noqa: E731
        self.assertEqual(names(), ["Acme Robotics", "Globex"])
        self.assertEqual(names(industry="ROBOTICS"), ["Acme Robotics", "Globex"])
        self.assertEqual(names(q="glob"), ["Globex"])

    def test_create_refuses_a_company_you_have_under_a_similar_name(self):
        body = self.assertError(
            self.call("POST", "/api/v1/companies/", {"name": "ACME Robotics, Inc."}), 400, "name"
        )
        self.assertIn("Acme Robotics", body["fields"]["name"])
        r = self.call("POST", "/api/v1/companies/", {"name": "Initech", "website": "https://initech.example"})
        self.assertEqual(r.status_code, 201, r.content)
        self.assertError(
            self.call("POST", "/api/v1/companies/", {"name": "X", "website": "not a url"}), 400, "website"
        )

    def test_patch_and_delete(self):
        url = f"/api/v1/companies/{self.acme.pk}/"
        self.assertEqual(self.call("PATCH", url, {"location": "Lisbon"}).json()["name"], "Acme Robotics")
        self.acme.refresh_from_db()
        self.assertEqual(self.acme.location, "Lisbon")
        self.assertEqual(self.call("DELETE", url).status_code, 204)
        self.ana.refresh_from_db()
        self.assertIsNone(self.ana.company)  # people are kept

    def test_an_outsider_gets_404_and_changes_nothing(self):
        url = f"/api/v1/companies/{self.acme.pk}/"
        with self.assertNothingChanged():
            for method, body in [("GET", None), ("PATCH", {"name": "Mine"}), ("DELETE", None)]:
                with self.subTest(method=method):
                    self.assertError(self.call(method, url, body, user=self.charlie), 404)
