import datetime as dt

import time_machine

from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Job, Person
from coffeechat.network.paths import company_paths


class PersonNewTests(BaseTestCase):
    def post(self, **data):
        self.login()
        return self.client.post("/people/new/", {"relationship": "cold", **data})

    def newest(self):
        return Person.objects.for_owner(self.alice).latest("pk")

    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get("/people/new/"), "/accounts/login/?next=/people/new/")

    def test_it_shows_the_form_with_the_owners_companies(self):
        Company.objects.create(owner=self.bob, name="Bob Industries")
        self.login()
        r = self.client.get("/people/new/")
        self.assertContains(r, "Add a person")
        self.assertContains(r, '<option value="Acme Robotics">')
        self.assertNotContains(r, "Bob Industries")

    def test_it_creates_a_person_with_just_a_name(self):
        r = self.post(name="Dee Mendez")
        person = self.newest()
        self.assertRedirects(r, f"/people/{person.pk}/")
        self.assertEqual(person.name, "Dee Mendez")
        self.assertEqual(person.owner, self.alice)
        self.assertIsNone(person.company)

    def test_it_matches_an_existing_company_by_normalised_name(self):
        self.post(name="Dee Mendez", company_name="Acme Robotics, Inc.")
        self.assertEqual(self.newest().company, self.acme)
        self.assertEqual(Company.objects.for_owner(self.alice).count(), 1)

    def test_it_creates_a_company_that_does_not_exist_yet(self):
        self.post(name="Dee Mendez", company_name="  Globex Corporation ")
        company = self.newest().company
        self.assertEqual(company.name, "Globex Corporation")
        self.assertEqual(company.owner, self.alice)
        self.assertEqual(company.name_key, "globex")

    def test_a_company_name_without_latin_letters_is_matched_too(self):
        self.post(name="Dee", company_name="株式会社")
        self.post(name="Eve", company_name="株式会社")
        self.assertEqual(Company.objects.filter(name="株式会社").count(), 1)
        self.assertEqual(self.newest().company.name, "株式会社")

    def test_it_never_uses_another_users_company(self):
        bobs = Company.objects.create(owner=self.bob, name="Globex")
        self.post(name="Dee Mendez", company_name="Globex")
        company = self.newest().company
        self.assertNotEqual(company, bobs)
        self.assertEqual(company.owner, self.alice)

    def test_it_saves_emails_phones_and_tags(self):
        self.post(
            name="Dee Mendez",
            emails="Dee@Example.com\n\ndee.work@example.org",
            phones="(415) 555-0123\n+44 20 7946 0958",
            tags="design, Design, alumni",
        )
        person = self.newest()
        self.assertEqual(
            [e.address for e in person.emails.all()], ["dee@example.com", "dee.work@example.org"]
        )
        self.assertEqual([p.number for p in person.phones.all()], ["+14155550123", "+442079460958"])
        self.assertEqual(sorted(t.name for t in person.tags.all()), ["alumni", "design"])
        self.assertTrue(all(e.owner_id == self.alice.pk for e in person.emails.all()))

    def test_it_reuses_the_owners_tags(self):
        self.ana.set_tags(["design"])
        self.post(name="Dee Mendez", tags="design")
        self.assertEqual(self.newest().tags.get(), self.ana.tags.get())

    def test_bad_input_is_shown_again_with_a_message_per_field(self):
        r = self.post(
            name="",
            title="Head of Research",
            emails="dee@example.com\nnot-an-email",
            phones="call me maybe",
            linkedin_url="not a url",
            tags="design",
        )
        self.assertEqual(r.status_code, 200)
        self.assertEqual(Person.objects.count(), 1)
        errors = r.context["form"].errors
        self.assertEqual(set(errors), {"name", "emails", "phones", "linkedin_url"})
        self.assertContains(r, "This field is required.")
        self.assertContains(r, "“not-an-email” is not an e-mail address.")
        self.assertContains(r, "“call me maybe” does not look like a phone number.")
        self.assertContains(r, "Enter a valid URL.")
        # What the user typed is kept.
        self.assertContains(r, 'value="Head of Research"')
        self.assertContains(r, "dee@example.com\nnot-an-email</textarea>")
        self.assertContains(r, "call me maybe</textarea>")
        self.assertContains(r, 'value="design"')

    def test_a_phone_outside_the_us_needs_its_country_code(self):
        r = self.post(name="Dee", phones="020 7946 0958 12345")
        self.assertContains(r, "need their country code")

    def test_it_refuses_an_unknown_relationship(self):
        r = self.post(name="Dee", relationship="enemy")
        self.assertContains(r, "Select a valid choice.")
        self.assertEqual(Person.objects.count(), 1)

    def test_it_carries_next_and_then_into_the_form(self):
        self.login()
        r = self.client.get("/people/new/?next=/companies/&then=chat")
        self.assertContains(r, '<input type="hidden" name="next" value="/companies/">', html=True)
        self.assertContains(r, '<input type="hidden" name="then" value="chat">', html=True)

    def test_then_chat_goes_on_to_start_a_coffee_chat(self):
        r = self.post(name="Dee Mendez", then="chat")
        self.assertRedirects(r, f"/conversations/new/?host={self.newest().pk}")

    def test_a_local_next_is_followed(self):
        r = self.post(name="Dee Mendez", next="/pipeline/")
        self.assertRedirects(r, "/pipeline/")

    def test_an_unsafe_next_is_ignored(self):
        for unsafe in ["//evil.com", "https://evil.com/", "\\\\evil.com", "javascript:alert(1)"]:
            with self.subTest(next=unsafe):
                r = self.post(name=f"Dee {len(unsafe)}", next=unsafe)
                self.assertRedirects(r, f"/people/{self.newest().pk}/", fetch_redirect_response=False)

    def test_a_backslash_next_does_not_leave_the_site(self):
        # Browsers read "/\\evil.com" as "//evil.com"; the Location header must not carry it raw.
        r = self.post(name="Dee", next="/\\evil.com")
        self.assertEqual(r.status_code, 302)
        self.assertNotIn("\\", r["Location"])
        self.assertFalse(r["Location"].startswith("//"))


class PersonEditTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ana.set_emails(["ana@acme.example"])
        cls.ana.set_phones(["+14155550123"])
        cls.ana.set_tags(["design", "alumni"])
        cls.url = f"/people/{cls.ana.pk}/edit/"

    def test_it_shows_the_current_values(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Edit Ana Lima")
        self.assertContains(r, 'value="Acme Robotics"')
        self.assertContains(r, "ana@acme.example</textarea>")
        self.assertContains(r, "+14155550123</textarea>")
        self.assertContains(r, 'value="alumni, design"')

    def test_it_saves_changes_and_replaces_the_lists(self):
        self.login()
        r = self.client.post(
            self.url,
            {
                "name": "Ana Lima-Souza",
                "title": "Design Lead",
                "company_name": "",
                "relationship": "friend",
                "emails": "ana@new.example",
                "phones": "",
                "tags": "mentor",
            },
        )
        self.assertRedirects(r, f"/people/{self.ana.pk}/")
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.name, "Ana Lima-Souza")
        self.assertEqual(self.ana.relationship, "friend")
        self.assertIsNone(self.ana.company)
        self.assertEqual([e.address for e in self.ana.emails.all()], ["ana@new.example"])
        self.assertEqual(list(self.ana.phones.all()), [])
        self.assertEqual([t.name for t in self.ana.tags.all()], ["mentor"])
        self.assertEqual(Person.objects.count(), 1)

    def test_invalid_changes_save_nothing(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"name": "Ana", "relationship": "alumni", "emails": "nope"})
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "“nope” is not an e-mail address.")

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                r = self.client.post(self.url, {"name": "Hacked", "relationship": "cold", "tags": "x"})
                self.assertEqual(r.status_code, 404)

    def test_it_404s_for_a_garbage_pk(self):
        self.login()
        self.assertEqual(self.client.get("/people/0/edit/").status_code, 404)


class PhoneExtensionTests(BaseTestCase):
    def test_an_extension_is_kept_and_shown(self):
        self.login()
        self.client.post(
            "/people/new/",
            {"name": "Ext Person", "relationship": "cold", "phones": "+1 617 555 0123 ext. 55"},
        )
        person = Person.objects.get(name="Ext Person")
        self.assertEqual(person.phones.get().number, "+16175550123 ext. 55")
        self.assertContains(self.client.get(f"/people/{person.pk}/"), "+1 617-555-0123 ext. 55")


class EmployerChangeTests(BaseTestCase):
    """Changing where someone works on the person form keeps their work history in step."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # As an import leaves her: a current job at Acme.
        cls.job = Job.objects.create(
            owner=cls.alice, person=cls.ana, company=cls.acme, title="Product Designer"
        )

    def edit(self, **data):
        self.login()
        fields = {"name": "Ana Lima", "relationship": "alumni", "title": "Product Designer"}
        return self.client.post(f"/people/{self.ana.pk}/edit/", {**fields, **data})

    @time_machine.travel("2026-03-14 12:00Z")
    def test_a_new_employer_ends_the_old_job_and_starts_a_new_one(self):
        self.edit(company_name="Globex", title="Design Lead")
        self.job.refresh_from_db()
        self.assertFalse(self.job.is_current)
        self.assertEqual(self.job.ended_on, dt.date(2026, 3, 14))
        self.assertEqual(self.job.title, "Product Designer")
        new = Job.objects.get(person=self.ana, is_current=True)
        self.assertEqual((new.company.name, new.title, new.ended_on), ("Globex", "Design Lead", None))

    def test_regression_warm_paths_no_longer_list_her_as_working_at_the_old_company(self):
        self.edit(company_name="Globex")
        ways_in = company_paths(self.alice, self.acme)
        self.assertNotIn(self.ana.pk, [p.target.id for p in ways_in.now])
        self.assertEqual([p.target.id for p in ways_in.before], [self.ana.pk])
        self.assertIn("worked at Acme Robotics", ways_in.before[0].reason)
        globex = Company.objects.get(owner=self.alice, name="Globex")
        self.assertEqual([p.target.id for p in company_paths(self.alice, globex).now], [self.ana.pk])

    def test_a_new_title_alone_renames_the_current_job(self):
        self.edit(company_name="Acme Robotics", title="Senior Product Designer")
        self.assertEqual(Job.objects.get(person=self.ana).title, "Senior Product Designer")
        self.assertTrue(Job.objects.get(person=self.ana).is_current)

    def test_saving_without_changes_changes_no_job(self):
        self.edit(company_name="Acme Robotics")
        self.assertEqual(list(Job.objects.filter(person=self.ana)), [self.job])
        self.job.refresh_from_db()
        self.assertTrue(self.job.is_current)

    def test_clearing_the_company_ends_the_job(self):
        self.edit(company_name="")
        self.job.refresh_from_db()
        self.assertFalse(self.job.is_current)
        self.assertEqual(company_paths(self.alice, self.acme).now, [])

    def test_someone_added_with_a_company_gets_a_current_job(self):
        self.login()
        self.client.post("/people/new/", {"name": "Dee", "relationship": "cold", "company_name": "Initech"})
        job = Job.objects.get(person__name="Dee")
        self.assertEqual((job.company.name, job.is_current, job.source), ("Initech", True, "manual"))
