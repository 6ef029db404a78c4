"""The briefing sheet: one page, as HTML and as a PDF drawn without fetching anything."""

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.urls import reverse
from PIL import Image

from coffeechat.lib.testing import BaseTestCase
from coffeechat.questions.briefing import briefing_document, local_only_fetcher
from coffeechat.questions.models import Plan
from coffeechat.questions.views import _briefing_context


class BriefingTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.plan = Plan.for_conversation(cls.chat)
        cls.plan.introduction = "I am Alice, a designer moving into robotics."
        cls.plan.research_notes = "Acme shipped a warehouse robot in March."
        cls.plan.save()
        cls.plan.add("What made you choose {company}?", minutes=3, must_ask=True)
        cls.plan.suggest(30)

    def test_the_link_keeps_its_case_blanks_say_so_and_risky_questions_are_marked(self):
        self.login()
        self.chat.place = "https://meet.example.com/PriyaR"
        self.chat.save()
        self.plan.introduction = ""
        self.plan.save()
        self.plan.add("Are you hiring?", minutes=2)
        response = self.client.get(reverse("briefing", args=[self.chat.pk]))
        self.assertContains(response, '<p class="where">https://meet.example.com/PriyaR</p>', html=True)
        self.assertContains(response, "Not written yet: write it on the questions page")
        self.assertContains(response, "Are you hiring?")
        self.assertContains(response, "⚠ better not to ask this one")

    def test_the_html_sheet_has_everything_for_the_meeting(self):
        self.login()
        response = self.client.get(reverse("briefing", args=[self.chat.pk]))
        for text in (
            "Ana Lima",
            "Product Designer, Acme Robotics",
            "Alumni",
            "Learn how design works at Acme",
            "I am Alice, a designer moving into robotics.",
            "What made you choose Acme Robotics?",
            "Acme shipped a warehouse robot in March.",
            "never for a job",
            "within 24 hours",
            "0:05",
            "Closing: who else should I talk to?",
        ):
            self.assertContains(response, text)

    def test_the_pdf_is_one_page(self):
        self.login()
        response = self.client.get(reverse("briefing_pdf", args=[self.chat.pk]))
        self.assertEqual(response["Content-Type"], "application/pdf")
        self.assertIn('filename="briefing-Ana-Lima.pdf"', response["Content-Disposition"])
        self.assertTrue(response.content.startswith(b"%PDF"))

    def test_weasyprint_reads_the_stylesheet_without_a_warning(self):
        self.login()
        with self.assertNoLogs("weasyprint", level="WARNING"):
            response = self.client.get(reverse("briefing_pdf", args=[self.chat.pk]))
        self.assertEqual(response.status_code, 200)

    def test_the_page_keeps_its_narrow_screen_layout(self):
        self.login()
        response = self.client.get(reverse("briefing", args=[self.chat.pk]))
        self.assertContains(response, 'href="/static/coffeechat/briefing-screen.css"')
        screen = Path(finders.find("coffeechat/briefing-screen.css")).read_text()
        self.assertIn("@media screen and (max-width: 40rem)", screen)

    def test_the_sheet_fits_on_one_page_even_with_a_full_plan(self):
        for i in range(6):
            self.plan.add(
                f"A longer question number {i} about {{industry}} and how the work changes over time?"
            )
        request = RequestFactory().get("/")
        request.user = self.alice
        document = briefing_document(request, _briefing_context(request, self.chat.pk))
        self.assertEqual(len(document.pages), 1)

    def test_the_pdf_looks_right_as_an_image(self):
        """Drawn by Poppler: one A4 page, a heading at the top, the plan in the middle, margins kept."""
        pdftoppm = shutil.which("pdftoppm")
        self.assertIsNotNone(pdftoppm, "pdftoppm is missing: run scripts/ensure-test-deps (poppler-utils)")
        self.login()
        pdf = self.client.get(reverse("briefing_pdf", args=[self.chat.pk])).content
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "sheet.pdf").write_bytes(pdf)
            subprocess.run([pdftoppm, "-r", "40", "-png", "sheet.pdf", "page"], cwd=tmp, check=True)
            pages = sorted(Path(tmp).glob("page*.png"))
            self.assertEqual(len(pages), 1)
            image = Image.open(pages[0]).convert("L")
        width, height = image.size
        self.assertAlmostEqual(height / width, 297 / 210, places=2)  # A4, portrait
        pixels = image.load()
        inked_rows = [y for y in range(height) if any(pixels[x, y] < 200 for x in range(width))]
        inked_columns = [x for x in range(width) if any(pixels[x, y] < 200 for y in range(height))]
        self.assertLess(inked_rows[0], height * 0.1, "the heading starts near the top")
        self.assertGreater(inked_rows[-1] - inked_rows[0], height * 0.5, "the sheet is filled, not a stub")
        self.assertGreater(len(inked_rows), height * 0.25, "lines of text, not a few marks")
        self.assertLess(inked_rows[-1], height * 0.95, "the bottom margin is kept")
        self.assertGreater(inked_columns[0], width * 0.04, "the left margin is kept")
        self.assertLess(inked_columns[-1], width * 0.96, "the right margin is kept")

    def test_an_outsider_gets_a_404(self):
        self.login(self.charlie)
        for name in ("briefing", "briefing_pdf"):
            self.assertEqual(self.client.get(reverse(name, args=[self.chat.pk])).status_code, 404)


def test_the_pdf_fetcher_refuses_anything_but_inline_data():
    fetcher = local_only_fetcher()
    for url in (
        "https://fonts.example.com/a.woff2",
        "http://127.0.0.1/x.png",
        "file:///etc/passwd",
        "ftp://x",
    ):
        with pytest.raises(ValueError, match="disallowed protocol"):
            fetcher.fetch(url)
    assert fetcher.fetch("data:text/plain,hi").read() == b"hi"
