"""A database error shows our friendly page, never a traceback."""

from django.db import connection
from django.test import TestCase, override_settings
from django.urls import include, path


def broken_view(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM table_that_does_not_exist")
    raise AssertionError("unreachable")


urlpatterns = [path("broken/", broken_view), path("", include("coffeechat.urls"))]
handler404 = "coffeechat.accounts.views.not_found"
handler500 = "coffeechat.accounts.views.server_error"


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
class DatabaseErrorTests(TestCase):
    def test_it_shows_the_friendly_page_without_a_traceback(self):
        self.client.raise_request_exception = False
        r = self.client.get("/broken/")
        self.assertEqual(r.status_code, 500)
        body = r.content.decode()
        self.assertIn("Something went wrong on our side", body)
        self.assertNotIn("table_that_does_not_exist", body)
        self.assertNotIn("Traceback", body)

    def test_an_unknown_page_is_a_friendly_404(self):
        r = self.client.get("/no/such/page/")
        self.assertEqual(r.status_code, 404)
        self.assertContains(r, "We can't find that page", status_code=404)


class HtmxCachingTests(TestCase):
    def test_fragments_do_not_stand_in_for_pages_in_the_cache(self):
        from coffeechat.accounts.models import User

        self.client.force_login(User.objects.create_user("v@example.org", "x"))
        page = self.client.get("/people/")
        fragment = self.client.get("/people/?q=a", HTTP_HX_REQUEST="true")
        self.assertIn("HX-Request", page["Vary"])
        self.assertIn("HX-Request", fragment["Vary"])
        self.assertEqual(fragment["Cache-Control"], "no-store")


class ContentSecurityPolicyTests(TestCase):
    def test_pages_forbid_inline_scripts_and_other_sites(self):
        policy = self.client.get("/accounts/login/")["Content-Security-Policy"]
        self.assertIn("script-src 'self'", policy)
        self.assertIn("default-src 'self'", policy)
        self.assertNotIn("unsafe-inline", policy)
