import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from coffeechat.lib.testing import BaseTestCase
from coffeechat.lib.tests.card_images import Card, available_fonts, draw


def upload(image: Image.Image, name: str = "card.jpg", fmt: str = "JPEG") -> SimpleUploadedFile:
    out = io.BytesIO()
    image.save(out, fmt)
    return SimpleUploadedFile(name, out.getvalue(), content_type=f"image/{fmt.lower()}")


CARD = Card(
    name="Kofi Mensah",
    title="Engineering Manager",
    company="Globex Corporation",
    email="kofi.mensah@globex.com",
    phone="(415) 555-0199",
    phone_e164="+14155550199",
    website="www.globex.com",
    address="100 Market Street\nSan Francisco, CA 94105",
    font=available_fonts()[0],
    layout="left",
    angle=1.2,
)


class PersonCardPhotoTests(BaseTestCase):
    def setUp(self):
        self.login()
        self.url = reverse("person_card_photo", args=[self.ana.pk])

    def test_a_photo_proposes_the_fields_and_saves_nothing(self):
        with self.assertNothingChanged():
            response = self.client.post(self.url, {"photo": upload(draw(CARD).convert("RGB"))})
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertEqual(form.initial["name"], "Kofi Mensah")
        self.assertEqual(form.initial["title"], "Engineering Manager")
        self.assertEqual(form.initial["company"], "Globex Corporation")
        self.assertEqual(form.initial["emails"], "kofi.mensah@globex.com")
        self.assertEqual(form.initial["phones"], "+14155550199")
        self.assertEqual(form.initial["website"], "https://www.globex.com")
        self.assertEqual(form.initial["address"], "100 Market Street\nSan Francisco, CA 94105")
        self.assertTrue(form.initial["from_photo"])
        self.assertContains(response, "Check every field below")

    def test_confirming_the_proposal_records_it_came_from_a_photo(self):
        response = self.client.post(self.url, {"photo": upload(draw(CARD).convert("RGB"))})
        data = {k: v for k, v in response.context["form"].initial.items() if v not in (None, False)}
        self.client.post(reverse("person_card", args=[self.ana.pk]), data)
        change = self.ana.card_changes.get()
        self.assertTrue(change.from_photo)
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.title, "Engineering Manager")
        self.assertContains(self.client.get(self.ana.get_absolute_url()), "from a photo")

    def test_bad_files_say_what_is_wrong_and_write_nothing(self):
        bomb = io.BytesIO()
        Image.new("1", (8000, 8000)).save(bomb, "PNG")
        cases = [
            (
                SimpleUploadedFile("card.jpg", b"hello, not a picture", "image/jpeg"),
                "not a photo we can read",
            ),
            (SimpleUploadedFile("big.png", bomb.getvalue(), "image/png"), "too large to read"),
            (
                SimpleUploadedFile("huge.jpg", b"\xff\xd8" + b"0" * 13 * 1024 * 1024, "image/jpeg"),
                "at most 12 MB",
            ),
            (SimpleUploadedFile("empty.jpg", b"", "image/jpeg"), "The submitted file is empty"),
        ]
        for photo, message in cases:
            with self.subTest(photo=photo.name), self.assertNothingChanged():
                response = self.client.post(self.url, {"photo": photo})
                self.assertContains(response, message, status_code=400)

    def test_no_photo_at_all_is_a_form_error(self):
        self.assertContains(self.client.post(self.url, {}), "This field is required", status_code=400)

    @override_settings(TESSERACT_COMMAND="/nonexistent/tesseract")
    def test_without_tesseract_the_page_says_how_to_enable_it_and_typing_still_works(self):
        response = self.client.get(reverse("person_card", args=[self.ana.pk]))
        self.assertContains(response, "apt install tesseract-ocr")
        self.assertNotContains(response, "Read the photo")
        with self.assertNothingChanged():
            response = self.client.post(self.url, {"photo": upload(draw(CARD).convert("RGB"))})
        self.assertContains(response, "needs Tesseract", status_code=400)
        self.client.post(reverse("person_card", args=[self.ana.pk]), {"name": "Ana Lima", "title": "Lead"})
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.title, "Lead")

    def test_get_goes_to_the_card_form(self):
        self.assertRedirects(self.client.get(self.url), reverse("person_card", args=[self.ana.pk]))

    def test_an_outsider_gets_404(self):
        self.login(self.charlie)
        with self.assertNothingChanged():
            response = self.client.post(self.url, {"photo": upload(draw(CARD).convert("RGB"))})
        self.assertEqual(response.status_code, 404)
