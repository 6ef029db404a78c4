import re

from django.core import mail

from coffeechat.lib.testing import PASSWORD, BaseTestCase

NEW_PASSWORD = "a brand new long passphrase"


class PasswordChangeTests(BaseTestCase):
    def test_it_needs_a_signed_in_user(self):
        r = self.client.get("/accounts/password/")
        self.assertRedirects(r, "/accounts/login/?next=/accounts/password/")

    def test_it_changes_the_password(self):
        self.login()
        r = self.client.post(
            "/accounts/password/",
            {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
            follow=True,
        )
        self.assertRedirects(r, "/accounts/password/done/")
        self.assertContains(r, "Password changed")
        self.alice.refresh_from_db()
        self.assertTrue(self.alice.check_password(NEW_PASSWORD))
        # The session survives the change.
        self.assertEqual(self.client.get("/today/").status_code, 200)

    def test_it_needs_the_old_password(self):
        self.login()
        r = self.client.post(
            "/accounts/password/",
            {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        )
        self.assertContains(r, "Your old password was entered incorrectly")
        self.alice.refresh_from_db()
        self.assertTrue(self.alice.check_password(PASSWORD))

    def test_it_refuses_a_weak_new_password(self):
        self.login()
        r = self.client.post(
            "/accounts/password/",
            {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"},
        )
        self.assertContains(r, "This password is entirely numeric.")
        self.alice.refresh_from_db()
        self.assertTrue(self.alice.check_password(PASSWORD))


class PasswordResetTests(BaseTestCase):
    def request_link(self, email="alice@example.org"):
        r = self.client.post("/accounts/password/reset/", {"email": email})
        self.assertRedirects(r, "/accounts/password/reset/sent/")

    def test_it_sends_a_mail_with_a_working_link(self):
        self.request_link("Alice@Example.org")
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(message.to, ["alice@example.org"])
        self.assertEqual(message.subject, "Reset your coffeechat password")
        link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", message.body).group(1)

        r = self.client.get(link)
        self.assertEqual(r.status_code, 302)  # Django swaps the token for a session value
        form_url = r.url
        r = self.client.get(form_url)
        self.assertContains(r, "Choose a new password")
        r = self.client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
        self.assertRedirects(r, "/accounts/password/reset/done/")
        self.alice.refresh_from_db()
        self.assertTrue(self.alice.check_password(NEW_PASSWORD))

        # The link works once.
        r = self.client.get(link, follow=True)
        self.assertContains(r, "This link has expired or was already used.")

    def test_it_sends_nothing_for_an_unknown_address(self):
        self.request_link("nobody@example.org")
        self.assertEqual(mail.outbox, [])

    def test_a_tampered_link_does_not_work(self):
        self.request_link()
        link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body).group(1)
        r = self.client.get(link[:-3] + "xx/", follow=True)
        self.assertContains(r, "This link has expired or was already used.")
        self.alice.refresh_from_db()
        self.assertTrue(self.alice.check_password(PASSWORD))
