from coffeechat.api.tests.base import ApiTestCase
from coffeechat.lib.testing import add_lots
from coffeechat.network.models import Company, Job, Person


class PeopleApiTests(ApiTestCase):
    def test_it_lists_only_the_owners_people(self):
        Person.objects.create(owner=self.bob, name="Bob's friend")
        r = self.call("GET", "/api/v1/people/")
        self.assertEqual(r.status_code, 200)
        body = r.json()
        self.assertEqual(body["count"], 1)
        self.assertEqual([p["name"] for p in body["items"]], ["Ana Lima"])
        self.assertEqual(body["items"][0]["company_name"], "Acme Robotics")
        self.assertEqual(self.call("GET", "/api/v1/people/", user=self.charlie).json()["count"], 0)

    def test_it_filters_by_search_company_and_tag(self):
        ben = Person.objects.create(owner=self.alice, name="Ben Ortiz")
        ben.set_tags(["alumni"])
        self.assertEqual(self.call("GET", "/api/v1/people/", q="lima").json()["count"], 1)
        by_company = self.call("GET", "/api/v1/people/", company=self.acme.pk).json()
        self.assertEqual([p["name"] for p in by_company["items"]], ["Ana Lima"])
        by_tag = self.call("GET", "/api/v1/people/", tag="alumni").json()
        self.assertEqual([p["name"] for p in by_tag["items"]], ["Ben Ortiz"])
        self.assertEqual(by_tag["items"][0]["tags"], ["alumni"])

    def test_the_list_is_paged_in_a_fixed_number_of_queries(self):
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat)
        # token, last used, count, page, companies, emails, phones, tags
        with self.assertNumQueries(7):
            r = self.call("GET", "/api/v1/people/", page=2, page_size=10)
        body = r.json()
        self.assertEqual((body["page"], body["pages"], len(body["items"])), (2, 3, 10))
        self.assertEqual(self.call("GET", "/api/v1/people/", page=99).json()["items"], [])

    def test_it_creates_a_person_through_the_pages_rules(self):
        body = {
            "name": "Cleo Park",
            "company_name": "acme robotics",
            "emails": ["Cleo@Example.com"],
            "phones": ["(415) 555-0123"],
            "tags": ["design", "alumni"],
            "relationship": "friend",
        }
        r = self.call("POST", "/api/v1/people/", body)
        self.assertEqual(r.status_code, 201, r.content)
        made = r.json()
        self.assertEqual(made["company_id"], self.acme.pk)  # the same company, matched by its key
        self.assertEqual(made["emails"], ["cleo@example.com"])
        self.assertEqual(made["phones"], ["+14155550123"])
        self.assertEqual(sorted(made["tags"]), ["alumni", "design"])
        self.assertEqual(Person.objects.get(pk=made["id"]).owner, self.alice)

    def test_bad_fields_say_what_is_wrong_and_save_nothing(self):
        with self.assertNothingChanged():
            body = self.assertError(
                self.call("POST", "/api/v1/people/", {"name": "X", "emails": ["nope"], "phones": ["12"]}),
                400,
                "emails",
                "phones",
            )
            self.assertIn("is not an e-mail address", body["fields"]["emails"])
            self.assertError(self.call("POST", "/api/v1/people/", {"title": "No name"}), 400, "name")
            self.assertError(
                self.call("POST", "/api/v1/people/", {"name": "X", "shoe_size": 9}), 400, "shoe_size"
            )
            self.assertError(self.call("POST", "/api/v1/people/", {"name": 12}), 400, "name")
            self.assertError(self.call("POST", "/api/v1/people/", {"name": "a\x00b"}), 400, "name")
            self.assertError(self.call("POST", "/api/v1/people/", {"name": "X", "relationship": "boss"}), 400)
            self.assertError(self.call("POST", "/api/v1/people/", "not an object"), 400)
            r = self.client.post(
                "/api/v1/people/",
                "{not json",
                content_type="application/json",
                headers={"Authorization": f"Bearer {self.tokens[self.alice.pk]}"},
            )
            self.assertError(r, 400)

    def test_patch_changes_only_what_is_sent(self):
        self.ana.set_emails(["ana@example.com"])
        r = self.call("PATCH", f"/api/v1/people/{self.ana.pk}/", {"title": "Design Lead"})
        self.assertEqual(r.status_code, 200, r.content)
        self.ana.refresh_from_db()
        self.assertEqual(
            (self.ana.title, self.ana.company, self.ana.relationship), ("Design Lead", self.acme, "alumni")
        )
        self.assertEqual(r.json()["emails"], ["ana@example.com"])
        r = self.call("PATCH", f"/api/v1/people/{self.ana.pk}/", {"company_name": "Globex", "tags": ["x"]})
        self.assertEqual(r.json()["company_name"], "Globex")
        self.assertTrue(Company.objects.for_owner(self.alice).filter(name="Globex").exists())

    def test_a_new_company_ends_the_job_they_had(self):
        acme_job = Job.objects.create(owner=self.alice, person=self.ana, company=self.acme)
        self.call("PATCH", f"/api/v1/people/{self.ana.pk}/", {"company_name": "Globex"})
        acme_job.refresh_from_db()
        self.assertFalse(acme_job.is_current)
        self.assertEqual(self.ana.jobs.get(is_current=True).company.name, "Globex")

    def test_patch_refuses_null_for_a_required_field(self):
        self.assertError(self.call("PATCH", f"/api/v1/people/{self.ana.pk}/", {"name": None}), 400, "name")

    def test_delete_takes_their_chats_along(self):
        r = self.call("DELETE", f"/api/v1/people/{self.ana.pk}/")
        self.assertEqual(r.status_code, 204)
        self.assertFalse(Person.objects.filter(pk=self.ana.pk).exists())
        self.assertError(self.call("GET", f"/api/v1/people/{self.ana.pk}/"), 404)

    def test_an_outsider_gets_404_everywhere_and_changes_nothing(self):
        url = f"/api/v1/people/{self.ana.pk}/"
        with self.assertNothingChanged():
            for method, body in [("GET", None), ("PATCH", {"name": "Mine"}), ("DELETE", None)]:
                with self.subTest(method=method):
                    self.assertError(self.call(method, url, body, user=self.charlie), 404)
            self.assertEqual(
                self.call("GET", "/api/v1/people/", company=self.acme.pk, user=self.charlie).json()["count"],
                0,
            )

    def test_huge_and_bad_ids_are_refused_not_crashed(self):
        for url in ["/api/v1/people/99999999999999999999999/", "/api/v1/people/0/", "/api/v1/people/x/"]:
            with self.subTest(url=url):
                self.assertIn(self.call("GET", url).status_code, (400, 404))
        self.assertError(self.call("GET", "/api/v1/people/", company=10**30), 400, "company")
        self.assertError(self.call("GET", "/api/v1/people/", page=10**30), 400, "page")
