import vobject
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from coffeechat.accounts.models import User
from coffeechat.leads.vcard import serialize
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Person


def read_back(text: str) -> list[dict]:
    """What a vCard file says about each person, read with vobject (the round-trip check only;
    the importer lives in the imports app)."""
    people = []
    for card in vobject.readComponents(text):
        lines = card.contents

        def value(name: str, lines=lines) -> str:
            return lines[name][0].value if name in lines else ""

        profiles = [
            (line.params.get("TYPE", [""])[0], line.value) for line in lines.get("x-socialprofile", [])
        ]
        phones = []
        for line in lines.get("tel", []):
            number, _, extension = line.value.removeprefix("tel:").partition(";ext=")
            phones.append(f"{number} ext. {extension}" if extension else number)
        people.append(
            {
                "version": value("version"),
                "name": value("fn"),
                "title": value("title"),
                "company": value("org")[0] if "org" in lines else "",
                "emails": [line.value for line in lines.get("email", [])],
                "phones": phones,
                "address": lines["adr"][0].value.street if "adr" in lines else "",
                "website": value("url"),
                "linkedin_url": next((url for kind, url in profiles if kind == "linkedin"), ""),
                "social_links": [url for kind, url in profiles if kind != "linkedin"],
                "notes": value("note"),
                "tags": sorted(lines["categories"][0].value) if "categories" in lines else [],
            }
        )
    return people


def as_written(person: Person) -> dict:
    return {
        "version": "4.0",
        "name": person.name,
        "title": person.title,
        "company": person.company.name if person.company else "",
        "emails": [e.address for e in person.emails.all()],
        "phones": [p.number for p in person.phones.all()],
        "address": person.address,
        "website": person.website,
        "linkedin_url": person.linkedin_url,
        "social_links": person.social_links,
        "notes": person.notes,
        "tags": sorted(t.name for t in person.tags.all()),
    }


class VcardExportTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.ana.address = "100 Market Street\nSuite 3, Floor 2\nSan Francisco; CA"
        self.ana.website = "https://acme.example/a,b;c"
        self.ana.linkedin_url = "https://www.linkedin.com/in/ana"
        self.ana.social_links = ["https://github.com/ana"]
        self.ana.notes = "Likes tea.\nAsk about the Lyon office, and; the move."
        self.ana.save()
        self.ana.set_emails(["ana@acme.example", "ana@home.example"])
        self.ana.set_phones(["+14155550123", "+442079460958 ext. 12"])
        self.ana.set_tags(["design", "alumni"])

    def test_one_person_downloads_as_a_vcard_4_that_reads_back_the_same(self):
        response = self.client.get(reverse("person_vcard", args=[self.ana.pk]))
        self.assertEqual(response["Content-Type"], "text/vcard; charset=utf-8")
        self.assertIn('filename="ana-lima.vcf"', response["Content-Disposition"])
        text = response.content.decode()
        self.assertIn("VERSION:4.0", text)
        self.assertIn("TEL;VALUE=uri:tel:+442079460958;ext=12", text)
        self.assertEqual(read_back(text), [as_written(self.ana)])

    def test_everyone_downloads_in_one_file_but_only_the_owners(self):
        bea = Person.objects.create(owner=self.alice, name="Bea")
        Person.objects.create(owner=self.bob, name="Bob's secret contact")
        response = self.client.get(reverse("people_vcard"))
        people = read_back(response.content.decode())
        self.assertEqual([p["name"] for p in people], ["Ana Lima", "Bea"])
        self.assertEqual(people[1], as_written(bea))

    def test_the_same_person_keeps_the_same_uid(self):
        first = self.client.get(reverse("person_vcard", args=[self.ana.pk])).content.decode()
        again = self.client.get(reverse("people_vcard")).content.decode()
        uid = next(line for line in first.splitlines() if line.startswith("UID:"))
        self.assertIn(uid, again)

    def test_an_outsider_gets_404(self):
        self.login(self.charlie)
        self.assertEqual(self.client.get(reverse("person_vcard", args=[self.ana.pk])).status_code, 404)
        self.assertNotIn("Ana", self.client.get(reverse("people_vcard")).content.decode())


text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=40).map(str.strip)
lines = st.lists(text.filter(bool), max_size=3).map("\n".join)
url = st.from_regex(r"https://[a-z]{1,10}\.example/[a-zA-Z0-9,;_\-]{0,12}", fullmatch=True)


class VcardRoundTripProperty(HypothesisTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.owner = User.objects.create_user("round@example.org", "x")

    @settings(max_examples=60, deadline=None)
    @given(
        name=text.filter(bool),
        title=text,
        company=text.filter(lambda s: any(c.isalnum() for c in s)) | st.just(""),
        emails=st.lists(st.emails(), max_size=3, unique_by=str.lower).map(lambda es: [e.lower() for e in es]),
        phones=st.lists(
            st.from_regex(r"\+1415555\d{4}( ext\. \d{1,4})?", fullmatch=True), max_size=3, unique=True
        ),
        address=lines,
        website=url | st.just(""),
        linkedin=st.just("") | st.just("https://www.linkedin.com/in/some-one"),
        social=st.lists(url, max_size=2),
        notes=lines,
        tags=st.lists(text.filter(bool).map(lambda s: s[:60]), max_size=3, unique=True),
    )
    def test_export_then_read_back_loses_nothing(
        self, name, title, company, emails, phones, address, website, linkedin, social, notes, tags
    ):
        person = Person.objects.create(
            owner=self.owner,
            name=name,
            title=title,
            company=Company.get_or_create_named(self.owner, company),
            address=address,
            website=website,
            linkedin_url=linkedin,
            social_links=social,
            notes=notes,
        )
        person.set_emails(emails)
        person.set_phones(phones)
        person.set_tags(tags)
        person = Person.objects.prefetch_related("emails", "phones", "tags").get(pk=person.pk)
        self.assertEqual(read_back(serialize([person])), [as_written(person)])


word = st.text(st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=12)
words = st.lists(word, min_size=1, max_size=4).map(" ".join)  # names as typed: single spaces


class VcardReimportProperty(HypothesisTestCase):
    """The issue's promise: a vCard export "re-imports without loss" — through the app's own
    importer (People → Import contacts, `coffeechat import vcard`), into another account."""

    @classmethod
    def setUpTestData(cls):
        cls.owner = User.objects.create_user("export@example.org", "x")
        cls.other = User.objects.create_user("import@example.org", "x")

    @settings(max_examples=30, deadline=None)
    @given(
        name=words,
        title=words | st.just(""),
        company=words | st.just(""),
        emails=st.lists(st.emails(), max_size=3, unique_by=str.lower).map(lambda es: [e.lower() for e in es]),
        phones=st.lists(
            st.from_regex(r"\+1415555[0-9]{4}( ext\. [0-9]{1,4})?", fullmatch=True),
            max_size=3,
            unique_by=lambda p: p.partition(" ")[0],
        ),
        address=lines,
        website=url | st.just(""),
        linkedin=st.just("") | st.just("https://www.linkedin.com/in/some-one"),
        social=st.lists(url, max_size=2, unique=True),
        notes=lines,
        tags=st.lists(words.map(lambda s: s[:60].strip()), max_size=3, unique=True),
    )
    def test_export_then_import_into_another_account_loses_nothing(
        self, name, title, company, emails, phones, address, website, linkedin, social, notes, tags
    ):
        from hypothesis import assume

        from coffeechat.network.imports.apply import import_contacts
        from coffeechat.network.imports.vcards import parse_vcard

        assume(website not in social)
        Person.objects.filter(owner__in=[self.owner, self.other]).delete()
        person = Person.objects.create(
            owner=self.owner,
            name=name,
            title=title,
            company=Company.get_or_create_named(self.owner, company),
            address=address,
            website=website,
            linkedin_url=linkedin,
            social_links=social,
            notes=notes,
        )
        person.set_emails(emails)
        person.set_phones(phones)
        person.set_tags(tags)
        person = Person.objects.prefetch_related("emails", "phones", "tags").get(pk=person.pk)

        plan = import_contacts(self.other, parse_vcard(serialize([person])))

        self.assertEqual((len(plan.created), plan.skipped), (1, []))
        again = Person.objects.prefetch_related("emails", "phones", "tags").get(owner=self.other)
        self.assertEqual(as_written(again), as_written(person))
