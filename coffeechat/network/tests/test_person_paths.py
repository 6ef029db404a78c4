from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Affiliation, Company, Connection, EmailAddress, Person


class ConnectionViewTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.kim = Person.objects.create(owner=cls.alice, name="Kim Ode", relationship="friend")
        cls.url = f"/people/{cls.kim.pk}/knows/"

    def test_it_records_who_knows_whom_both_ways(self):
        self.login()
        r = self.client.post(self.url, {"other_name": "ana lima", "how": "worked", "note": "Acme, 2020"})
        self.assertRedirects(r, f"/people/{self.kim.pk}/#h-knows")
        c = Connection.objects.get()
        self.assertEqual({c.person, c.other}, {self.kim, self.ana})
        r = self.client.get(f"/people/{self.ana.pk}/")
        self.assertContains(r, "Kim is your friend and worked with Ana (Acme, 2020)")
        self.assertContains(r, f'href="/people/{self.kim.pk}/introduction/?to={self.ana.pk}"')
        self.assertContains(self.client.get(f"/people/{self.kim.pk}/"), "Worked together · Acme, 2020")

    def test_a_new_name_becomes_a_new_person(self):
        self.login()
        self.client.post(self.url, {"other_name": "Lee Park", "how": "friends"})
        lee = Person.objects.get(owner=self.alice, name="Lee Park")
        self.assertEqual(lee.relationship, "cold")
        self.assertTrue(Connection.objects.filter(other=lee) | Connection.objects.filter(person=lee))

    def test_bad_input_is_shown_by_the_field_and_nothing_is_written(self):
        self.login()
        Person.objects.create(owner=self.alice, name="Ana Lima")
        for data, message in [
            ({"other_name": "", "how": "worked"}, "This field is required."),
            ({"other_name": "Kim Ode", "how": "worked"}, "That is the same person."),
            ({"other_name": "Ana Lima", "how": "worked"}, "You have 2 people called Ana Lima."),
            ({"other_name": "Zed", "how": "nonsense"}, "Select a valid choice."),
        ]:
            with self.subTest(data=data), self.assertNothingChanged():
                r = self.client.post(self.url, data)
                self.assertContains(r, message, status_code=400)

    def test_removing_asks_first_and_keeps_both_people(self):
        c = Connection.link(self.kim, self.ana)
        self.login()
        self.assertContains(
            self.client.get(f"/connections/{c.pk}/delete/"),
            "Delete the note that Ana Lima and Kim Ode know each other?",
        )
        r = self.client.post(f"/connections/{c.pk}/delete/")
        self.assertRedirects(r, f"/people/{min(self.kim, self.ana, key=lambda p: p.pk).pk}/")
        self.assertFalse(Connection.objects.exists())
        self.assertEqual(Person.objects.filter(pk__in=[self.kim.pk, self.ana.pk]).count(), 2)

    def test_outsiders_get_404(self):
        c = Connection.link(self.kim, self.ana)
        bobs = Person.objects.create(owner=self.bob, name="Bob's")
        self.login(self.bob)
        with self.assertNothingChanged():
            self.assertEqual(
                self.client.post(self.url, {"other_name": "x", "how": "worked"}).status_code, 404
            )
            self.assertEqual(self.client.post(f"/connections/{c.pk}/delete/").status_code, 404)
            # Naming someone else's person links to a new person of your own, never theirs.
        self.login()
        self.client.post(self.url, {"other_name": "Bob's", "how": "worked"})
        self.assertFalse(
            Connection.objects.filter(other=bobs).exists() or Connection.objects.filter(person=bobs).exists()
        )


class AffiliationViewTests(BaseTestCase):
    def test_a_persons_schools_and_groups(self):
        self.login()
        url = f"/people/{self.ana.pk}/groups/"
        r = self.client.post(
            url, {"school": "State U, Design Academy", "employer": "", "group": "Women in UX"}
        )
        self.assertRedirects(r, f"/people/{self.ana.pk}/#h-groups")
        self.assertEqual(
            sorted(self.ana.affiliations.values_list("kind", "name")),
            [("group", "Women in UX"), ("school", "Design Academy"), ("school", "State U")],
        )
        self.client.post(url, {"school": "state u"})
        self.assertEqual(list(self.ana.affiliations.values_list("name", flat=True)), ["State U"])

    def test_your_own_make_alumni_stand_out(self):
        self.login()
        lee = Person.objects.create(owner=self.alice, name="Lee Park", company=self.acme)
        Affiliation.objects.create(owner=self.alice, name="State U").members.add(lee)
        r = self.client.post("/you/groups/", {"school": "State U", "employer": "Northwind"})
        self.assertRedirects(r, "/you/groups/")
        self.assertContains(self.client.get(f"/people/{lee.pk}/"), "Lee went to State U, like you")
        self.assertContains(self.client.get("/you/groups/"), "Northwind")
        self.client.post("/you/groups/", {"school": ""})
        self.assertFalse(Affiliation.objects.filter(includes_me=True).exists())

    def test_outsiders_get_404(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            r = self.client.post(f"/people/{self.ana.pk}/groups/", {"school": "X"})
        self.assertEqual(r.status_code, 404)


class IntroductionTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.kim = Person.objects.create(owner=cls.alice, name="Kim Ode", relationship="friend")
        EmailAddress.objects.create(owner=cls.alice, person=cls.kim, address="kim@example.org")
        cls.url = f"/people/{cls.kim.pk}/introduction/?to={cls.ana.pk}"

    def test_it_drafts_a_warm_plain_request_with_a_mailto(self):
        self.alice.target_role = "product design"
        self.alice.save()
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Ask Kim to introduce you to Ana")
        self.assertContains(r, "Hi Kim,")
        self.assertContains(r, "learning about product design at Acme Robotics")
        self.assertContains(r, "I&#x27;m not asking for a job or a referral")
        self.assertContains(
            r,
            'href="mailto:kim@example.org?subject=Would%20you%20introduce%20me%20to%20Ana%3F&amp;body=Hi%20Kim',
        )
        self.assertContains(r, "Thank you,\nAlice")

    def test_without_an_email_it_says_to_copy(self):
        EmailAddress.objects.all().delete()
        self.login()
        self.assertContains(self.client.get(self.url), "has no e-mail address saved")

    def test_outsiders_get_404_for_either_person(self):
        theirs = Person.objects.create(owner=self.charlie, name="Theirs")
        other_company = Company.objects.create(owner=self.charlie, name="Other")
        self.login(self.charlie)
        self.assertEqual(self.client.get(self.url).status_code, 404)
        self.login()
        self.assertEqual(
            self.client.get(f"/people/{self.kim.pk}/introduction/?to={theirs.pk}").status_code, 404
        )
        self.assertEqual(self.client.get(f"/people/{self.kim.pk}/introduction/").status_code, 404)
        self.assertEqual(self.client.get(f"{self.url}&company={other_company.pk}").status_code, 404)


class CompanyWaysInTests(BaseTestCase):
    def test_the_company_page_shows_the_ways_in_and_the_list_button(self):
        kim = Person.objects.create(owner=self.alice, name="Kim Ode", relationship="friend")
        lee = Person.objects.create(owner=self.alice, name="Lee Park", company=self.acme, title="Designer")
        Connection.link(kim, lee, "worked")
        self.login()
        r = self.client.get(f"/companies/{self.acme.pk}/")
        self.assertContains(r, "Ways in to Acme Robotics")
        self.assertContains(r, "Ana went to your school and works at Acme Robotics as a Product Designer")
        self.assertContains(
            r, "Kim is your friend and worked with Lee, who works at Acme Robotics as a Designer"
        )
        self.assertContains(r, f"/people/{kim.pk}/introduction/?to={lee.pk}&amp;company={self.acme.pk}")
        self.assertContains(r, "Who to approach first")
        self.assertContains(r, "Add to target list")

    def test_an_empty_company_says_what_to_do(self):
        empty = Company.objects.create(owner=self.alice, name="Initech")
        self.login()
        self.assertContains(self.client.get(f"/companies/{empty.pk}/"), "No warm path yet.")


class IntroducedByTests(BaseTestCase):
    def test_noting_who_introduced_you_is_one_tick(self):
        kim = Person.objects.create(owner=self.alice, name="Kim Ode", relationship="friend")
        self.login()
        self.client.post(
            f"/people/{self.ana.pk}/knows/",
            {"other_name": "Kim Ode", "how": "friends", "introduced_you": "on"},
        )
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.introduced_by, kim)
        r = self.client.get(f"/people/{self.ana.pk}/")
        # One path through Kim, the strongest way she knows Ana.
        self.assertContains(r, "Kim is your friend and is friends with Ana")
        self.assertNotContains(r, "Kim is your friend and introduced you to Ana")

    def test_someone_they_introduced_to_you_is_not_a_way_to_them(self):
        # Luis introduced Ines to you: you know Luis already, so "through Ines" would go in a circle
        # (and read "Ines was introduced to you by Luis and was introduced to you by Luis").
        luis = Person.objects.create(owner=self.alice, name="Luis Fernández", relationship="friend")
        ines = Person.objects.create(
            owner=self.alice, name="Ines Roy", relationship="introduced", introduced_by=luis
        )
        self.login()
        r = self.client.get(f"/people/{luis.pk}/")
        self.assertContains(r, "Luis is your friend")
        self.assertNotContains(r, "Ines was introduced to you")
        self.assertContains(self.client.get(f"/people/{ines.pk}/"), "introduced you to Ines")
