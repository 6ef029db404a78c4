"""Notes on the detail pages are Markdown, sanitised: payloads in notes never reach the page as HTML."""

from coffeechat.lib.testing import BaseTestCase

PAYLOAD = '**Useful** <script>alert("x")</script><img src=x onerror=alert(1)> [site](javascript:alert(1))'


class NotesOnPagesTests(BaseTestCase):
    def check(self, url):
        self.login()
        r = self.client.get(url)
        self.assertContains(r, "<strong>Useful</strong>")
        self.assertNotContains(r, 'alert("x")')
        self.assertNotContains(r, "onerror")
        self.assertNotContains(r, "javascript:")

    def test_conversation_notes(self):
        self.chat.notes = PAYLOAD
        self.chat.save()
        self.check(f"/conversations/{self.chat.pk}/")

    def test_person_notes(self):
        self.ana.notes = PAYLOAD
        self.ana.save()
        self.check(f"/people/{self.ana.pk}/")

    def test_company_notes(self):
        self.acme.notes = PAYLOAD
        self.acme.save()
        self.check(f"/companies/{self.acme.pk}/")

    def test_links_in_notes_are_nofollow(self):
        self.acme.notes = "See https://acme.example/jobs"
        self.acme.save()
        self.login()
        r = self.client.get(f"/companies/{self.acme.pk}/")
        self.assertContains(r, '<a href="https://acme.example/jobs" rel="noopener nofollow">')
