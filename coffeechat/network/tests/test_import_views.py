"""The import pages: upload → preview → confirm (or cancel)."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.imports import MAX_BYTES
from coffeechat.network.imports.views import SHOWN
from coffeechat.network.models import ImportFile, Job, Person

FIXTURES = Path(__file__).parent / "fixtures" / "imports"


def upload(name: str, data: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data if data is not None else (FIXTURES / name).read_bytes(), "text/csv")


class ImportUploadTests(BaseTestCase):
    url = reverse("import_upload")

    def test_people_page_links_to_it(self):
        self.login()
        self.assertContains(self.client.get(reverse("people")), f'href="{self.url}"')

    def test_the_form_is_shown(self):
        self.login()
        response = self.client.get(self.url)
        self.assertContains(response, 'enctype="multipart/form-data"')
        self.assertContains(response, "Get a copy of your data")

    def test_a_good_file_is_kept_and_previewed_without_changing_people(self):
        self.login()
        people = Person.objects.count()
        response = self.client.post(self.url, {"file": upload("linkedin_current.csv")})
        kept = ImportFile.objects.get(owner=self.alice)
        self.assertRedirects(response, reverse("import_preview", args=[kept.pk]))
        self.assertEqual((kept.kind, kept.filename), ("linkedin", "linkedin_current.csv"))
        self.assertEqual(Person.objects.count(), people)

    def test_a_bad_file_says_what_and_where_and_keeps_nothing(self):
        self.login()
        for data, message in [
            (b"", "The submitted file is empty."),
            (b"%PDF-1.5\n", "This is a PDF"),
            (b'First Name,Last Name,Company\nTom,"Lee,Acme\nX,Y,Z\n', "Line 2"),
        ]:
            with self.subTest(message), self.assertNothingChanged():
                response = self.client.post(self.url, {"kind": "linkedin", "file": upload("c.csv", data)})
                self.assertContains(response, message, status_code=400)

    def test_a_file_too_large_is_refused_before_reading(self):
        self.login()
        big = SimpleUploadedFile("big.csv", b"x" * (MAX_BYTES + 1))
        response = self.client.post(self.url, {"file": big})
        self.assertContains(response, "up to 20 MB", status_code=400)
        self.assertFalse(ImportFile.objects.exists())

    def test_signed_out_goes_to_login(self):
        self.assertEqual(self.client.get(self.url).status_code, 302)


class ImportPreviewTests(BaseTestCase):
    def setUp(self):
        self.kept = ImportFile.objects.create(
            owner=self.alice,
            kind="linkedin",
            filename="Connections.csv",
            data=(FIXTURES / "linkedin_current.csv").read_bytes(),
        )
        self.url = reverse("import_preview", args=[self.kept.pk])

    def test_preview_shows_the_counts_and_changes_nothing(self):
        self.login()
        with self.assertNothingChanged():
            response = self.client.get(self.url)
        self.assertContains(response, "<dt>New people</dt><dd>4</dd>", html=True)
        self.assertContains(response, "<dt>Job changes</dt><dd>1</dd>", html=True)
        self.assertContains(response, "Ana Lima moved from Acme Robotics to Globex.")
        self.assertContains(response, "Line 6: no name")
        self.assertContains(response, "Marco Rossi, Jr.")
        self.assertContains(response, "<button>Import 4 new people and update 1</button>", html=True)

    def test_preview_lists_who_is_updated_and_what_changes(self):
        self.login()
        response = self.client.get(self.url)
        self.assertEqual(
            response.context["updated_people"],
            [
                (
                    "Ana Lima",
                    [
                        "job (Senior Product Designer at Globex)",
                        "LinkedIn profile",
                        "date connected (30 May 2024)",
                    ],
                )
            ],
        )
        self.assertContains(response, "<h2>Updated people</h2>", html=True)
        self.assertContains(
            response,
            'Ana Lima <span class="muted small">job (Senior Product Designer at Globex), LinkedIn profile',
        )

    def test_the_list_of_updated_people_stops_at_a_hundred_and_says_how_many_more(self):
        rows = "".join(f"Person,Number{i},,,,,1 Jan 2024\n" for i in range(SHOWN + 1))
        Person.objects.bulk_create(
            [
                Person(owner=self.alice, name=f"Person Number{i}", relationship="cold")
                for i in range(SHOWN + 1)
            ]
        )
        self.kept.data = (
            b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows.encode()
        )
        self.kept.save()
        self.login()
        response = self.client.get(self.url)
        self.assertEqual(len(response.context["updated_people"]), SHOWN)
        self.assertContains(response, "And 1 more.")
        self.assertEqual(
            response.context["updated_people"][0],
            ("Person Number0", ["now one of your contacts", "date connected (1 Jan 2024)"]),
        )

    def test_the_button_names_only_what_will_happen(self):
        self.login()
        self.ana.delete()  # Ana was the one person the file updated
        self.assertContains(self.client.get(self.url), "<button>Import 5 new people</button>", html=True)

    def test_confirm_applies_and_forgets_the_file(self):
        self.login()
        response = self.client.post(self.url)
        self.assertRedirects(response, reverse("people"), fetch_redirect_response=False)
        self.assertEqual(Person.objects.filter(owner=self.alice, source="linkedin").count(), 4)
        self.assertTrue(Job.objects.filter(person=self.ana, company__name="Globex", is_current=True).exists())
        self.assertFalse(ImportFile.objects.exists())
        self.assertContains(self.client.get(reverse("people")), "4 new people")

    def test_a_second_import_of_the_same_file_has_nothing_to_do(self):
        self.login()
        self.client.post(self.url)
        again = ImportFile.objects.create(owner=self.alice, kind="linkedin", data=self.kept.data)
        response = self.client.get(reverse("import_preview", args=[again.pk]))
        self.assertContains(response, "there is nothing to import")

    def test_cancel_deletes_the_file_only(self):
        self.login()
        people = Person.objects.count()
        response = self.client.post(reverse("import_cancel", args=[self.kept.pk]))
        self.assertRedirects(response, reverse("people"))
        self.assertFalse(ImportFile.objects.exists())
        self.assertEqual(Person.objects.count(), people)

    def test_an_outsider_gets_404_and_changes_nothing(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(self.client.get(self.url).status_code, 404)
            self.assertEqual(self.client.post(self.url).status_code, 404)
            self.assertEqual(self.client.post(reverse("import_cancel", args=[self.kept.pk])).status_code, 404)
        self.assertTrue(ImportFile.objects.filter(pk=self.kept.pk).exists())


class PersonPageSourceTests(BaseTestCase):
    def test_an_imported_person_says_where_they_came_from(self):
        self.login()
        ImportFile.objects.create(
            owner=self.alice, kind="linkedin", data=(FIXTURES / "linkedin_current.csv").read_bytes()
        )
        self.client.post(reverse("import_preview", args=[ImportFile.objects.get().pk]))
        marco = Person.objects.get(owner=self.alice, name="Marco Rossi, Jr.")
        self.assertContains(
            self.client.get(marco.get_absolute_url()), "LinkedIn import, connected 15 Jan 2024"
        )
        # Ana was added by hand; the import only taught us when she connected.
        self.assertContains(
            self.client.get(self.ana.get_absolute_url()), "Added by hand, connected 30 May 2024"
        )
        self.assertNotContains(self.client.get(self.chat.get_absolute_url()), "Came from")
