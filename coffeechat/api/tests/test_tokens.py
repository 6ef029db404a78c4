from coffeechat.api.models import ApiToken
from coffeechat.lib.testing import BaseTestCase


class TokenPageTests(BaseTestCase):
    def test_it_needs_a_sign_in(self):
        self.assertRedirects(
            self.client.get("/accounts/settings/tokens/"), "/accounts/login/?next=/accounts/settings/tokens/"
        )

    def test_a_new_token_is_shown_once_and_works(self):
        self.login()
        r = self.client.post("/accounts/settings/tokens/", {"name": "Backup script"})
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r["Cache-Control"], "no-store")
        secret = r.context["secret"]
        self.assertTrue(secret.startswith("cc_"))
        self.assertContains(r, secret)
        r = self.client.get("/accounts/settings/tokens/")
        self.assertContains(r, "Backup script")
        self.assertContains(r, "never used")
        self.assertNotContains(r, secret)
        self.client.logout()
        api = self.client.get("/api/v1/people/", headers={"Authorization": f"Bearer {secret}"})
        self.assertEqual(api.json()["count"], 1)
        self.login()
        self.assertContains(self.client.get("/accounts/settings/tokens/"), "last used")

    def test_a_token_needs_a_name(self):
        self.login()
        r = self.client.post("/accounts/settings/tokens/", {"name": ""})
        self.assertEqual(r.status_code, 400)
        self.assertFalse(ApiToken.objects.exists())

    def test_the_list_shows_only_your_tokens(self):
        ApiToken.issue(self.bob, "Bob's script")
        self.login()
        self.assertNotContains(self.client.get("/accounts/settings/tokens/"), "Bob's script")

    def test_revoking_asks_then_removes(self):
        token, secret = ApiToken.issue(self.alice, "Old laptop")
        self.login()
        url = f"/accounts/settings/tokens/{token.pk}/delete/"
        self.assertContains(self.client.get(url), "Scripts that use it stop working")
        self.assertRedirects(self.client.post(url), "/accounts/settings/tokens/")
        self.assertFalse(ApiToken.objects.filter(pk=token.pk).exists())
        self.client.logout()
        self.assertEqual(
            self.client.get("/api/v1/people/", headers={"Authorization": f"Bearer {secret}"}).status_code, 401
        )

    def test_an_outsider_cannot_revoke(self):
        token, _ = ApiToken.issue(self.alice, "Mine")
        self.login(self.charlie)
        self.assertEqual(self.client.post(f"/accounts/settings/tokens/{token.pk}/delete/").status_code, 404)
        self.assertTrue(ApiToken.objects.filter(pk=token.pk).exists())

    def test_settings_links_to_tokens(self):
        self.login()
        self.assertContains(self.client.get("/accounts/settings/"), "/accounts/settings/tokens/")
