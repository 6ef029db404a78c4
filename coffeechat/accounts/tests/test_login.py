from coffeechat.lib.testing import PASSWORD, BaseTestCase


class LoginTests(BaseTestCase):
    def test_it_shows_the_form(self):
        r = self.client.get("/accounts/login/")
        self.assertContains(r, 'name="username"')
        self.assertContains(r, "Forgot your password?")

    def test_it_signs_in_with_email_and_password(self):
        r = self.client.post("/accounts/login/", {"username": "alice@example.org", "password": PASSWORD})
        self.assertRedirects(r, "/today/")
        self.assertEqual(int(self.client.session["_auth_user_id"]), self.alice.pk)

    def test_the_email_is_case_insensitive(self):
        r = self.client.post("/accounts/login/", {"username": "Alice@Example.ORG", "password": PASSWORD})
        self.assertRedirects(r, "/today/")

    def test_it_refuses_a_wrong_password(self):
        r = self.client.post("/accounts/login/", {"username": "alice@example.org", "password": "nope"})
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "match an account")
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertContains(r, 'value="alice@example.org"')

    def test_it_refuses_an_inactive_user(self):
        self.alice.is_active = False
        self.alice.save()
        r = self.client.post("/accounts/login/", {"username": "alice@example.org", "password": PASSWORD})
        self.assertEqual(r.status_code, 200)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_it_follows_a_safe_next(self):
        r = self.client.post(
            "/accounts/login/",
            {"username": "alice@example.org", "password": PASSWORD, "next": "/people/"},
        )
        self.assertRedirects(r, "/people/")

    def test_it_ignores_an_unsafe_next(self):
        r = self.client.post(
            "/accounts/login/",
            {"username": "alice@example.org", "password": PASSWORD, "next": "//evil.com/"},
        )
        self.assertRedirects(r, "/today/")

    def test_pages_need_a_signed_in_user(self):
        for url in ["/today/", "/pipeline/", "/people/", "/companies/", "/accounts/settings/"]:
            r = self.client.get(url)
            self.assertRedirects(r, f"/accounts/login/?next={url}", msg_prefix=url)


class LogoutTests(BaseTestCase):
    def test_it_signs_out_on_post(self):
        self.login()
        r = self.client.post("/accounts/logout/")
        self.assertRedirects(r, "/accounts/login/")
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertRedirects(self.client.get("/today/"), "/accounts/login/?next=/today/")

    def test_it_refuses_get(self):
        self.login()
        r = self.client.get("/accounts/logout/")
        self.assertEqual(r.status_code, 405)
        self.assertEqual(int(self.client.session["_auth_user_id"]), self.alice.pk)

    def test_every_page_has_a_sign_out_form(self):
        self.login()
        r = self.client.get("/today/")
        self.assertContains(r, '<form method="post" action="/accounts/logout/">')
