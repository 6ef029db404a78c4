import datetime as dt

from django.utils import timezone

from coffeechat.conversations.models import Interaction
from coffeechat.lib.testing import BaseTestCase


class InteractionDeleteTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        now = timezone.now()
        cls.older = cls.chat.log("call", "First call", when=now - dt.timedelta(days=10))
        cls.newer = cls.chat.log("note", "Latest note", when=now - dt.timedelta(days=1))
        cls.url = f"/log/{cls.newer.pk}/delete/"

    def last_contacted(self):
        self.ana.refresh_from_db()
        return self.ana.last_contacted_at

    def test_get_asks_for_confirmation(self):
        self.login()
        r = self.client.get(self.url + f"?next=/conversations/{self.chat.pk}/")
        self.assertContains(r, "Delete this entry in the log (note with Ana Lima,")
        self.assertContains(
            r, f'<input type="hidden" name="next" value="/conversations/{self.chat.pk}/">', html=True
        )
        self.assertTrue(Interaction.objects.filter(pk=self.newer.pk).exists())

    def test_deleting_recomputes_last_contacted(self):
        self.assertEqual(self.last_contacted(), self.newer.occurred_at)
        self.login()
        r = self.client.post(self.url, follow=True)
        self.assertRedirects(r, f"/people/{self.ana.pk}/")
        self.assertContains(r, "Removed from the log.")
        self.assertFalse(Interaction.objects.filter(pk=self.newer.pk).exists())
        self.assertEqual(self.last_contacted(), self.older.occurred_at)
        self.client.post(f"/log/{self.older.pk}/delete/")
        self.assertIsNone(self.last_contacted())

    def test_it_goes_back_to_a_safe_next_only(self):
        self.login()
        r = self.client.post(self.url, {"next": f"/conversations/{self.chat.pk}/"})
        self.assertRedirects(r, f"/conversations/{self.chat.pk}/", fetch_redirect_response=False)
        r = self.client.post(f"/log/{self.older.pk}/delete/", {"next": "//evil.com/"})
        self.assertRedirects(r, f"/people/{self.ana.pk}/", fetch_redirect_response=False)

    def test_it_404s_for_other_users(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url).status_code, 404)
                self.assertEqual(self.client.post(self.url).status_code, 404)
