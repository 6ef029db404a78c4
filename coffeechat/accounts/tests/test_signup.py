from django.conf import settings
from django.test import TestCase, override_settings

from coffeechat.accounts.models import User
from coffeechat.lib.testing import PASSWORD, BaseTestCase

# The hashers of coffeechat/settings.py: the test settings swap them for a fast one.
PRODUCTION_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]


def form(**overrides):
    data = {
        "name": "Dana Diaz",
        "email": "dana@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "time_zone": "Europe/Paris",
    }
    data.update(overrides)
    return data


class FirstRunTests(TestCase):
    def test_home_redirects_to_signup_when_there_are_no_users(self):
        r = self.client.get("/")
        self.assertRedirects(r, "/accounts/signup/")

    def test_signup_page_shows_the_welcome_on_first_run(self):
        r = self.client.get("/accounts/signup/")
        self.assertContains(r, "Welcome to coffeechat")
        self.assertContains(r, "fresh install")
        self.assertNotContains(r, "Already have an account?")  # there is none to have yet

    def test_the_first_signup_works(self):
        r = self.client.post("/accounts/signup/", form())
        self.assertRedirects(r, "/today/")
        self.assertTrue(User.objects.filter(email="dana@example.org").exists())


class SignUpTests(BaseTestCase):
    def test_home_redirects_to_login_once_users_exist(self):
        self.assertRedirects(self.client.get("/"), "/accounts/login/")
        self.assertContains(self.client.get("/accounts/signup/"), "Already have an account?")

    def test_home_redirects_signed_in_users_to_today(self):
        self.login()
        self.assertRedirects(self.client.get("/"), "/today/")

    def test_it_shows_the_normal_intro_once_users_exist(self):
        r = self.client.get("/accounts/signup/")
        self.assertContains(r, "Create your account")
        self.assertNotContains(r, "Welcome to coffeechat")

    def test_it_redirects_signed_in_users(self):
        self.login()
        self.assertRedirects(self.client.get("/accounts/signup/"), "/today/")

    def test_it_creates_the_user_and_signs_them_in(self):
        r = self.client.post("/accounts/signup/", form(email="  Dana@Example.ORG "), follow=True)
        self.assertRedirects(r, "/today/")
        user = User.objects.get(email="dana@example.org")
        self.assertEqual(user.name, "Dana Diaz")
        self.assertTrue(user.check_password(PASSWORD))
        self.assertEqual(r.context["user"], user)
        self.assertContains(r, "Welcome, Dana!")

    @override_settings(PASSWORD_HASHERS=PRODUCTION_HASHERS)
    def test_it_hashes_the_password_with_argon2(self):
        self.assertEqual(settings.PASSWORD_HASHERS, PRODUCTION_HASHERS)
        self.client.post("/accounts/signup/", form())
        user = User.objects.get(email="dana@example.org")
        self.assertTrue(user.password.startswith("argon2"), user.password[:20])
        self.assertTrue(user.check_password(PASSWORD))

    def test_production_settings_use_argon2_first(self):
        from coffeechat import settings as production

        self.assertEqual(production.PASSWORD_HASHERS[0], PRODUCTION_HASHERS[0])

    def test_it_refuses_a_duplicate_email_whatever_the_case(self):
        r = self.client.post("/accounts/signup/", form(email="ALICE@example.org"))
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "There is already an account with this e-mail address")
        self.assertEqual(User.objects.filter(email__iexact="alice@example.org").count(), 1)

    def test_it_refuses_mismatched_passwords(self):
        r = self.client.post("/accounts/signup/", form(password2=PASSWORD + "!"))
        self.assertContains(r, "The two passwords are not the same.")
        self.assertFalse(User.objects.filter(email="dana@example.org").exists())

    def test_it_refuses_a_weak_password(self):
        r = self.client.post("/accounts/signup/", form(password1="password", password2="password"))
        self.assertContains(r, "This password is too common.")
        self.assertFalse(User.objects.filter(email="dana@example.org").exists())

    def test_it_refuses_a_password_like_the_email(self):
        r = self.client.post(
            "/accounts/signup/", form(password1="dana@example.org", password2="dana@example.org")
        )
        self.assertContains(r, "too similar")
        self.assertFalse(User.objects.filter(email="dana@example.org").exists())

    def test_it_keeps_the_input_but_not_the_passwords_after_an_error(self):
        r = self.client.post("/accounts/signup/", form(password2="nope"))
        self.assertContains(r, 'value="Dana Diaz"')
        self.assertContains(r, 'value="dana@example.org"')
        self.assertNotContains(r, PASSWORD)

    def test_it_takes_the_time_zone_from_the_hidden_field(self):
        self.client.post("/accounts/signup/", form(time_zone="America/New_York"))
        self.assertEqual(User.objects.get(email="dana@example.org").time_zone, "America/New_York")

    def test_it_falls_back_to_utc_without_a_time_zone(self):
        self.client.post("/accounts/signup/", form(time_zone=""))
        self.assertEqual(User.objects.get(email="dana@example.org").time_zone, "UTC")

    def test_it_falls_back_to_utc_for_an_unknown_time_zone(self):
        self.client.post("/accounts/signup/", form(time_zone="Mars/Olympus_Mons"))
        self.assertEqual(User.objects.get(email="dana@example.org").time_zone, "UTC")

    def test_the_page_has_the_hidden_time_zone_field(self):
        r = self.client.get("/accounts/signup/")
        self.assertContains(r, 'type="hidden" name="time_zone"')
        self.assertContains(r, "data-detect-timezone")


class SignUpWithoutANameTests(BaseTestCase):
    def test_an_empty_name_with_a_bad_e_mail_is_a_message_not_a_crash(self):
        for email in ["not-an-email", "", "alice@example.org"]:
            with self.subTest(email=email):
                r = self.client.post(
                    "/accounts/signup/",
                    {
                        "name": "",
                        "email": email,
                        "password1": "long enough pass",
                        "password2": "long enough pass",
                    },
                )
                self.assertEqual(r.status_code, 200)
                self.assertTrue(r.context["form"].errors["email"])


class SignUpNextTests(BaseTestCase):
    """An invitation link sends a new student to sign up and back to the invitation."""

    def test_it_returns_to_a_safe_next(self):
        data = {"name": "Dee", "email": "dee@example.org", "password1": PASSWORD, "password2": PASSWORD}
        r = self.client.get("/accounts/signup/?next=/advising/join/abc/")
        self.assertContains(r, 'name="next" value="/advising/join/abc/"')
        r = self.client.post("/accounts/signup/", {**data, "next": "/advising/join/abc/"})
        self.assertRedirects(r, "/advising/join/abc/", fetch_redirect_response=False)

    def test_it_ignores_an_unsafe_next(self):
        data = {"name": "Dee", "email": "dee@example.org", "password1": PASSWORD, "password2": PASSWORD}
        r = self.client.post("/accounts/signup/", {**data, "next": "https://evil.example/"})
        self.assertRedirects(r, "/today/")
