import datetime as dt

from django.test import Client
from django.utils import timezone

from coffeechat.api.models import ApiToken
from coffeechat.api.tests.base import ApiTestCase
from coffeechat.lib import tokens


class TokenAuthTests(ApiTestCase):
    def test_no_token_is_a_401_with_a_bearer_challenge(self):
        r = self.client.get("/api/v1/people/")
        self.assertError(r, 401)
        self.assertEqual(r["WWW-Authenticate"], 'Bearer realm="coffeechat"')

    def test_a_bad_or_malformed_token_is_a_401(self):
        for header in ["Bearer cc_nope", "Bearer ", "Basic YWxpY2U6eA==", "Bearer " + "x" * 5000, "cc_x"]:
            with self.subTest(header=header[:20]):
                self.assertError(self.client.get("/api/v1/people/", headers={"Authorization": header}), 401)

    def test_a_bad_token_is_refused_even_with_a_session(self):
        self.login()
        self.assertError(self.client.get("/api/v1/people/", headers={"Authorization": "Bearer cc_nope"}), 401)

    def test_only_a_digest_is_stored(self):
        secret = self.tokens[self.alice.pk]
        stored = ApiToken.objects.get(owner=self.alice)
        self.assertEqual(stored.token_hash, tokens.digest(secret))
        self.assertNotIn(secret, str(list(ApiToken.objects.values())))

    def test_a_revoked_token_stops_working(self):
        self.assertEqual(self.call("GET", "/api/v1/people/").status_code, 200)
        ApiToken.objects.filter(owner=self.alice).delete()
        self.assertError(self.call("GET", "/api/v1/people/"), 401)

    def test_an_inactive_users_token_stops_working(self):
        self.alice.is_active = False
        self.alice.save()
        self.assertError(self.call("GET", "/api/v1/people/"), 401)

    def test_last_used_is_recorded_without_a_write_per_call(self):
        self.call("GET", "/api/v1/people/")
        token = ApiToken.objects.get(owner=self.alice)
        self.assertIsNotNone(token.last_used_at)
        with self.assertNumQueries(3):  # token, count, page: no update
            self.call("GET", "/api/v1/companies/")
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now() - dt.timedelta(hours=1))
        self.call("GET", "/api/v1/companies/")
        token.refresh_from_db()
        self.assertGreater(token.last_used_at, timezone.now() - dt.timedelta(minutes=1))

    def test_a_signed_in_browser_may_read_and_write_with_the_csrf_token(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        self.assertEqual(client.get("/api/v1/people/").status_code, 200)
        r = client.post("/api/v1/companies/", '{"name": "Globex"}', content_type="application/json")
        self.assertError(r, 403)
        client.get("/accounts/settings/")  # sets the CSRF cookie
        csrf = client.cookies["csrftoken"].value
        r = client.post(
            "/api/v1/companies/",
            '{"name": "Globex"}',
            content_type="application/json",
            headers={"X-CSRFToken": csrf},
        )
        self.assertEqual(r.status_code, 201, r.content)

    def test_unknown_api_addresses_answer_json(self):
        self.assertError(self.call("GET", "/api/v1/nothing-here/"), 404)
        self.assertError(self.client.get("/api/v2/"), 404)

    def test_the_schema_and_docs_are_public(self):
        schema = self.client.get("/api/v1/openapi.json").json()
        self.assertTrue(schema["openapi"].startswith("3."))
        self.assertIn("/api/v1/people/{pk}/", schema["paths"])
        self.assertEqual(schema["components"]["securitySchemes"]["TokenOrSession"]["scheme"], "bearer")
        r = self.client.get("/api/v1/docs/")
        self.assertContains(r, "swagger-ui-bundle.js")
        self.assertNotContains(r, "cdn.")
        self.assertNotContains(r, "<script>")

    def test_the_docs_serve_only_swagger_files(self):
        r = self.client.get("/api/v1/docs/files/swagger-ui-bundle.js")
        self.assertEqual(r.status_code, 200)
        self.assertIn("javascript", r["Content-Type"])
        for name in ["redoc.standalone.js", "..%2F..%2Fmain.py", "swagger-ui-bundle.js.map"]:
            with self.subTest(name=name):
                self.assertEqual(self.client.get(f"/api/v1/docs/files/{name}").status_code, 404)

    def test_a_path_that_is_no_id_is_a_json_404_for_every_method(self):
        for method in ("GET", "POST", "PATCH", "DELETE"):
            with self.subTest(method=method):
                self.assertError(self.call(method, "/api/v1/companies/AAA/", {}), 404)
