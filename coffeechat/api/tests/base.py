import json

from coffeechat.api.models import ApiToken
from coffeechat.lib.testing import BaseTestCase


class ApiTestCase(BaseTestCase):
    """alice, bob and charlie each with a token; calls go out as alice unless told otherwise."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.tokens = {user.pk: ApiToken.issue(user, "tests")[1] for user in (cls.alice, cls.bob, cls.charlie)}

    def call(self, method: str, url: str, body=None, user=None, **params):
        user = user or self.alice
        headers = {"Authorization": f"Bearer {self.tokens[user.pk]}"}
        send = getattr(self.client, method.lower())
        if method.upper() == "GET":
            return send(url, params, headers=headers)
        data = json.dumps(body) if body is not None else ""
        return send(url, data, content_type="application/json", headers=headers)

    def assertError(self, response, status: int, *fields: str) -> dict:  # noqa: N802
        self.assertEqual(response.status_code, status, response.content[:500])
        self.assertTrue(response["Content-Type"].startswith("application/json"))
        body = response.json()
        self.assertEqual(set(body), {"error", "fields"})
        self.assertTrue(body["error"])
        for field in fields:
            self.assertIn(field, body["fields"])
        return body
