"""Sign-in throttling with django-axes: wrong passwords pause one e-mail address from one address."""

import re

from axes.models import AccessAttempt
from django.core import mail
from django.test import override_settings

from coffeechat.lib.testing import PASSWORD, BaseTestCase

WRONG = {"username": "alice@example.org", "password": "wrong guess"}
RIGHT = {"username": "alice@example.org", "password": PASSWORD}


class ThrottleTests(BaseTestCase):
    def fail_times(self, n: int, **extra):
        for _ in range(n):
            r = self.client.post("/accounts/login/", WRONG, **extra)
        return r

    def test_four_wrong_passwords_still_let_the_right_one_in(self):
        self.fail_times(4)
        r = self.client.post("/accounts/login/", RIGHT)
        self.assertRedirects(r, "/today/")

    def test_the_fifth_wrong_password_pauses_signing_in_with_a_clear_page(self):
        r = self.fail_times(5)
        self.assertEqual(r.status_code, 429)
        self.assertTemplateUsed(r, "accounts/locked_out.html")
        self.assertContains(r, "Signing in is paused", status_code=429)
        self.assertContains(r, "15 minutes", status_code=429)
        self.assertContains(r, "alice@example.org", status_code=429)
        self.assertContains(r, 'href="/accounts/password/reset/"', status_code=429)

    def test_while_paused_even_the_right_password_is_refused(self):
        self.fail_times(5)
        r = self.client.post("/accounts/login/", RIGHT)
        self.assertEqual(r.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_changing_the_case_of_the_address_buys_no_extra_tries(self):
        for username in ["alice@example.org", "ALICE@example.org", "Alice@Example.org ", "aLiCe@example.org"]:
            self.client.post("/accounts/login/", {"username": username, "password": "x"})
        r = self.client.post("/accounts/login/", {"username": "alice@EXAMPLE.org", "password": "x"})
        self.assertEqual(r.status_code, 429)
        self.assertEqual(AccessAttempt.objects.get().username, "alice@example.org")

    def test_other_accounts_and_other_addresses_are_not_paused(self):
        self.fail_times(5)
        r = self.client.post("/accounts/login/", {"username": "bob@example.org", "password": PASSWORD})
        self.assertRedirects(r, "/today/")
        self.client.logout()
        r = self.client.post("/accounts/login/", RIGHT, REMOTE_ADDR="192.0.2.7")
        self.assertRedirects(r, "/today/")

    def test_a_successful_sign_in_forgets_earlier_mistakes(self):
        self.fail_times(4)
        self.client.post("/accounts/login/", RIGHT)
        self.client.logout()
        r = self.fail_times(4)
        self.assertEqual(r.status_code, 200)

    def test_a_password_reset_lifts_the_pause(self):
        self.fail_times(5)
        self.client.post("/accounts/password/reset/", {"email": "alice@example.org"})
        link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body).group(1)
        form_url = self.client.get(link).url  # Django swaps the token for a session one
        new = "a new long phrase"
        r = self.client.post(form_url, {"new_password1": new, "new_password2": new})
        self.assertRedirects(r, "/accounts/password/reset/done/")
        r = self.client.post("/accounts/login/", {**RIGHT, "password": new})
        self.assertRedirects(r, "/today/")


class BehindAProxyTests(BaseTestCase):
    """Behind the reverse proxy every request comes from the proxy; the client is the address the
    proxy appended to X-Forwarded-For, so one student's mistakes do not pause the whole campus."""

    @override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"), SECURE_SSL_REDIRECT=False)
    def test_it_counts_per_forwarded_client(self):
        for _ in range(5):
            self.client.post("/accounts/login/", WRONG, HTTP_X_FORWARDED_FOR="203.0.113.9")
        # A claimed earlier hop does not help: the proxy's own entry is last.
        r = self.client.post("/accounts/login/", RIGHT, HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.9")
        self.assertEqual(r.status_code, 429)
        r = self.client.post("/accounts/login/", RIGHT, HTTP_X_FORWARDED_FOR="198.51.100.4")
        self.assertRedirects(r, "/today/")

    def test_without_a_proxy_a_forwarded_header_is_ignored(self):
        for i in range(5):
            self.client.post("/accounts/login/", WRONG, HTTP_X_FORWARDED_FOR=f"203.0.113.{i}")
        r = self.client.post("/accounts/login/", RIGHT, HTTP_X_FORWARDED_FOR="198.51.100.4")
        self.assertEqual(r.status_code, 429)
