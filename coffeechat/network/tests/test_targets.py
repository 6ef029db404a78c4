from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from coffeechat.accounts.models import User
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Affiliation, Company, Job, Person
from coffeechat.network.targets import FOCUS, add_targets, lamp_key, target_list


class TargetListTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.acme.is_target = True
        cls.acme.motivation = 1
        cls.acme.save()
        make = lambda name, m, p, **kw: Company.objects.create(  # noqa: E731
            owner=cls.alice, name=name, is_target=True, motivation=m, posting=p, **kw
        )
        cls.globex = make("Globex", 3, 1)
        cls.initech = make("Initech", 3, 3)
        cls.hooli = make("Hooli", 3, 1, advocacy=True)
        cls.umbrella = make("Umbrella", None, 3)
        cls.not_listed = Company.objects.create(owner=cls.alice, name="Elsewhere", motivation=3, posting=3)
        Company.objects.create(owner=cls.bob, name="Bobco", is_target=True, motivation=3)

    def names(self, r):
        return [row["company"].name for row in r.context["rows"]]

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get("/targets/"), "/accounts/login/?next=/targets/")

    def test_it_sorts_by_motivation_then_posting_then_advocacy(self):
        self.login()
        r = self.client.get("/targets/")
        # Acme: Ana (alumni) works there, so advocacy is worked out as yes.
        self.assertEqual(self.names(r), ["Initech", "Hooli", "Globex", "Acme Robotics", "Umbrella"])
        self.assertNotContains(r, "Bobco")
        self.assertNotContains(r, "Elsewhere")
        self.assertContains(r, "Focus", count=FOCUS)
        self.assertContains(r, "you know someone there")
        self.assertContains(r, "(set by you)")

    def test_advocacy_counts_known_people_and_alumni_but_not_cold_contacts(self):
        self.login()
        lee = Person.objects.create(owner=self.alice, name="Lee", relationship="cold", company=self.globex)
        rows = {c.name: c.has_advocacy for c in target_list(self.alice)}
        self.assertFalse(rows["Globex"])
        school = Affiliation.objects.create(owner=self.alice, name="State U", includes_me=True)
        school.members.add(lee)
        self.assertTrue({c.name: c.has_advocacy for c in target_list(self.alice)}["Globex"])
        # A current job counts as well as the person's company.
        sam = Person.objects.create(owner=self.alice, name="Sam", relationship="friend")
        Job.objects.create(owner=self.alice, person=sam, company=self.umbrella, is_current=True)
        self.assertTrue({c.name: c.has_advocacy for c in target_list(self.alice)}["Umbrella"])

    def test_a_hand_set_no_beats_the_worked_out_yes(self):
        self.login()
        self.client.post(
            f"/targets/{self.acme.pk}/", {f"c{self.acme.pk}-posting": "1", f"c{self.acme.pk}-advocacy": "no"}
        )
        self.assertFalse({c.name: c.has_advocacy for c in target_list(self.alice)}["Acme Robotics"])

    def test_it_saves_scores_and_redirects_without_javascript(self):
        self.login()
        p = f"c{self.umbrella.pk}-"
        r = self.client.post(
            f"/targets/{self.umbrella.pk}/",
            {p + "motivation": "2", p + "posting": "2", p + "advocacy": "yes"},
        )
        self.assertRedirects(r, f"/targets/#target-{self.umbrella.pk}")
        self.umbrella.refresh_from_db()
        self.assertEqual(
            (self.umbrella.motivation, self.umbrella.posting, self.umbrella.advocacy), (2, 2, True)
        )

    def test_htmx_gets_the_list_back_in_its_new_order(self):
        self.login()
        p = f"c{self.umbrella.pk}-"
        r = self.client.post(
            f"/targets/{self.umbrella.pk}/",
            {p + "motivation": "3", p + "posting": "3", p + "advocacy": "yes"},
            HTTP_HX_REQUEST="true",
        )
        self.assertLess(r.content.index(b"Umbrella"), r.content.index(b"Initech"))
        self.assertNotContains(r, "<html")

    def test_it_refuses_a_motivation_outside_the_users_scale(self):
        self.login()
        p = f"c{self.umbrella.pk}-"
        with self.assertNothingChanged():
            r = self.client.post(f"/targets/{self.umbrella.pk}/", {p + "motivation": "5", p + "posting": "1"})
        self.assertEqual(r.status_code, 400)
        self.assertContains(r, "Motivation: Select a valid choice", status_code=400)
        User.objects.filter(pk=self.alice.pk).update(motivation_scale=5)
        self.client.post(f"/targets/{self.umbrella.pk}/", {p + "motivation": "5", p + "posting": "1"})
        self.umbrella.refresh_from_db()
        self.assertEqual(self.umbrella.motivation, 5)

    def test_a_company_off_the_list_cannot_be_scored_there(self):
        self.login()
        r = self.client.post(f"/targets/{self.not_listed.pk}/", {f"c{self.not_listed.pk}-posting": "2"})
        self.assertEqual(r.status_code, 404)

    def test_taking_off_and_putting_back(self):
        self.login()
        r = self.client.post(f"/targets/{self.globex.pk}/list/", {"on": "0"})
        self.assertRedirects(r, "/targets/")
        self.assertFalse(Company.objects.get(pk=self.globex.pk).is_target)
        r = self.client.post(f"/targets/{self.globex.pk}/list/", {"on": "1", "from": "company"})
        self.assertRedirects(r, f"/companies/{self.globex.pk}/")
        self.assertTrue(Company.objects.get(pk=self.globex.pk).is_target)

    def test_outsiders_get_404(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(self.client.post(f"/targets/{self.acme.pk}/", {}).status_code, 404)
            self.assertEqual(self.client.post(f"/targets/{self.acme.pk}/list/", {"on": "0"}).status_code, 404)
        self.assertEqual(self.names(self.client.get("/targets/")), [])

    def test_the_query_count_does_not_grow_with_the_list(self):
        self.login()
        with self.assertNumQueries(3):  # session, user, the list
            self.client.get("/targets/")
        add_targets(self.alice, "\n".join(f"Company {i}" for i in range(30)))
        with self.assertNumQueries(3):
            self.client.get("/targets/")

    def test_the_empty_list_says_what_to_do(self):
        self.login(self.charlie)
        self.assertContains(self.client.get("/targets/"), "Your target list is empty.")
        self.assertNotContains(self.client.get("/targets/"), "?from=companies")  # no companies either


class EmptyTargetListTests(BaseTestCase):
    def test_an_empty_list_offers_to_start_from_your_companies(self):
        Company.objects.create(owner=self.alice, name="Globex")
        Company.objects.create(owner=self.bob, name="Bob's own")
        self.login()
        page = self.client.get("/targets/")
        self.assertContains(page, "You have 2 companies in coffeechat already")
        self.assertContains(page, 'href="/targets/add/?from=companies"')
        form = self.client.get("/targets/add/?from=companies")
        self.assertContains(form, "Acme Robotics\nGlobex</textarea>")
        self.assertNotContains(form, "Bob&#x27;s own")


class AddManyTests(BaseTestCase):
    def test_a_web_address_becomes_a_named_company_with_its_website(self):
        self.login()
        self.client.post("/targets/add/", {"names": "https://www.n26.com/en\nacme.io\nnorthwind\n"})
        made = dict(Company.objects.filter(owner=self.alice, is_target=True).values_list("name", "website"))
        self.assertEqual(made["N26"], "https://www.n26.com/en")
        self.assertEqual(made["Acme"], "https://acme.io")
        self.assertEqual(made["northwind"], "")  # a plain name stays as typed

    def test_it_adds_one_per_line_and_reports_duplicates(self):
        self.login()
        Company.objects.create(owner=self.alice, name="Globex", is_target=True)
        text = "Williams-Sonoma, Inc.\n\n  Williams Sonoma \nacme robotics\nGlobex\nInitech\n" + "x" * 201
        r = self.client.post("/targets/add/", {"names": text})
        self.assertContains(r, "2 new companies added: Williams-Sonoma, Inc.; Initech.")
        self.assertContains(r, "1 you already had, now on the list: Acme Robotics.")
        self.assertContains(r, "Already on the list, left as they were: Globex.")
        self.assertContains(r, "“Williams Sonoma” is the same company as “Williams-Sonoma, Inc.”")
        self.assertContains(r, "Line 7 skipped: longer than 200 characters")
        names = set(
            Company.objects.for_owner(self.alice).filter(is_target=True).values_list("name", flat=True)
        )
        self.assertEqual(names, {"Williams-Sonoma, Inc.", "Acme Robotics", "Globex", "Initech"})

    def test_adding_the_same_text_twice_changes_nothing(self):
        self.login()
        self.client.post("/targets/add/", {"names": "Globex\nInitech"})
        with self.assertNothingChanged():
            r = self.client.post("/targets/add/", {"names": "Globex\nInitech"})
        self.assertContains(r, "0 new companies added.")

    def test_an_empty_form_says_so(self):
        self.login()
        r = self.client.post("/targets/add/", {"names": ""})
        self.assertContains(r, "This field is required.")

    def test_companies_are_created_for_their_owner_only(self):
        add_targets(self.bob, "Acme Robotics")
        self.assertEqual(Company.objects.for_owner(self.bob).get().name, "Acme Robotics")
        self.assertFalse(Company.objects.get(pk=self.acme.pk).is_target)


class LampKeyTests(HypothesisTestCase):
    companies = st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(0, 5)), st.integers(1, 3), st.booleans(), st.text(max_size=8)
        ),
        max_size=20,
    )

    @given(companies)
    def test_sorted_by_motivation_then_posting_then_advocacy(self, rows):
        ordered = sorted(rows, key=lambda r: lamp_key(*r))
        for a, b in zip(ordered, ordered[1:], strict=False):
            ma, mb = (-1 if a[0] is None else a[0]), (-1 if b[0] is None else b[0])
            self.assertGreaterEqual(ma, mb)
            if ma == mb:
                self.assertGreaterEqual(a[1], b[1])
                if a[1] == b[1]:
                    self.assertGreaterEqual(a[2], b[2])

    @settings(deadline=None, max_examples=40)
    @given(companies)
    def test_the_database_sorts_like_the_rule(self, rows):
        owner = User.objects.create_user("h@example.org")
        Company.objects.bulk_create(
            Company(
                owner=owner,
                name=f"Company {i}",
                name_key=f"k{i}",
                is_target=True,
                motivation=r[0],
                posting=r[1],
                advocacy=r[2],
            )
            for i, r in enumerate(rows)
        )
        # Names sort by the database's collation: compare the scores only.
        got = [(c.motivation, c.posting, c.advocacy, "") for c in target_list(owner)]
        self.assertEqual(got, sorted(got, key=lambda r: lamp_key(*r)))
        owner.delete()
