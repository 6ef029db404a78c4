import io

from django.test import SimpleTestCase
from PIL import Image

from coffeechat.lib import cardreader
from coffeechat.lib.cardreader import CardPhotoError, Line, load_photo, propose
from coffeechat.lib.tests.card_images import accuracy, make_cards


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


class ProposeTests(SimpleTestCase):
    def test_patterns_and_layout_pick_the_fields(self):
        card = propose(
            [
                Line("Blue Harbor Capital", 38, 10),
                Line("Grace Okafor", 52, 60),
                Line("Head of Research", 32, 120),
                Line("E: grace.okafor @ blueharbor.com", 27, 160),
                Line("M: +44 20 7946 0958", 27, 190),
                Line("blueharbor.com/team", 27, 220),
                Line("linkedin.com/in/grace-okafor", 27, 250),
                Line("github.com/gokafor", 27, 260),
                Line("42 Harbor Avenue, Suite 300", 27, 280),
                Line("Boston, MA 02110", 27, 310),
            ]
        )
        self.assertEqual(card.name, "Grace Okafor")
        self.assertEqual(card.title, "Head of Research")
        self.assertEqual(card.company, "Blue Harbor Capital")
        self.assertEqual(card.emails, ["grace.okafor@blueharbor.com"])
        self.assertEqual(card.phones, ["+442079460958"])
        self.assertEqual(card.website, "https://blueharbor.com/team")
        self.assertEqual(card.linkedin_url, "https://linkedin.com/in/grace-okafor")
        self.assertEqual(card.social_links, ["https://github.com/gokafor"])
        self.assertEqual(card.address, "42 Harbor Avenue, Suite 300\nBoston, MA 02110")

    def test_a_domain_containing_a_social_host_is_a_website(self):
        # regression: "globex.com" ends with "x.com" and was taken for a social profile
        self.assertEqual(propose([Line("www.globex.com", 20)]).website, "https://www.globex.com")

    def test_a_misread_domain_is_mended_from_the_other_one_closer_to_the_company(self):
        lines = [Line("Northwind Health", 38, 0), Line("ana@northwindhealth.org", 20, 50)]
        card = propose([*lines, Line("www.northwindheaith.org", 20, 80)])
        self.assertEqual(card.website, "https://www.northwindhealth.org")
        lines[1] = Line("ana@northwindheaith.org", 20, 50)
        card = propose([*lines, Line("www.northwindhealth.org", 20, 80)])
        self.assertEqual(card.emails, ["ana@northwindhealth.org"])

    def test_different_domains_are_left_alone(self):
        card = propose(
            [Line("Acme Robotics", 38, 0), Line("ana@gmail.com", 20, 50), Line("acme.com", 20, 80)]
        )
        self.assertEqual((card.emails, card.website), (["ana@gmail.com"], "https://acme.com"))

    def test_nothing_readable_proposes_nothing(self):
        self.assertEqual(propose([Line("~~ ||", 20)]).found(), [])


class LoadPhotoTests(SimpleTestCase):
    def test_it_refuses_what_is_not_an_image(self):
        with self.assertRaisesMessage(CardPhotoError, "not a photo we can read"):
            load_photo(b"%PDF-1.7 not an image at all")

    def test_it_refuses_an_empty_file(self):
        with self.assertRaisesMessage(CardPhotoError, "empty"):
            load_photo(b"")

    def test_it_refuses_too_many_bytes(self):
        with self.assertRaisesMessage(CardPhotoError, "at most 12 MB"):
            load_photo(b"\x89PNG" + b"0" * cardreader.MAX_BYTES)

    def test_it_refuses_too_many_pixels_before_decoding_them(self):
        bomb = png(Image.new("1", (8000, 8000)))  # 64 megapixels in a few kilobytes
        self.assertLess(len(bomb), 100_000)
        with self.assertRaisesMessage(CardPhotoError, "8000 × 8000 pixels, too large"):
            load_photo(bomb)

    def test_pillows_own_bomb_limit_is_a_clear_message_too(self):
        limit = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = 1000
        try:
            with self.assertRaisesMessage(CardPhotoError, "not a photo we can read"):
                load_photo(png(Image.new("L", (100, 100))))
        finally:
            Image.MAX_IMAGE_PIXELS = limit

    def test_it_refuses_a_truncated_image(self):
        data = png(Image.effect_noise((300, 200), 50))
        with self.assertRaisesMessage(CardPhotoError, "could not be read"):
            load_photo(data[: len(data) // 2])

    def test_it_refuses_a_truncated_image_even_after_weasyprint_is_imported(self):
        import weasyprint  # noqa: F401  (it sets Pillow's LOAD_TRUNCATED_IMAGES for the whole process)
        from PIL import ImageFile

        self.assertTrue(ImageFile.LOAD_TRUNCATED_IMAGES)
        data = png(Image.effect_noise((300, 200), 50))
        with self.assertRaisesMessage(CardPhotoError, "could not be read"):
            load_photo(data[: len(data) // 2])
        self.assertTrue(ImageFile.LOAD_TRUNCATED_IMAGES)  # left as WeasyPrint wants it

    def test_it_reads_a_good_photo_as_grayscale(self):
        self.assertEqual(load_photo(png(Image.new("RGB", (300, 200), "white"))).mode, "L")


class OcrAccuracyTests(SimpleTestCase):
    """Cards drawn in five fonts and three layouts, turned up to 2 degrees, read by Tesseract.
    bench/ocr.py measures more cards and harder photos; this guards against a regression."""

    def test_each_field_is_read_right_on_most_cards(self):
        scores = accuracy(make_cards(9, seed=11), lambda image: cardreader.read_card(image.convert("L")))
        for field, share in scores.items():
            with self.subTest(field=field):
                self.assertGreaterEqual(share, 0.85, scores)
