"""Walk every URL of the project that names an object: an outsider gets 404 and changes nothing.

A new object-bound URL fails here until its prefix is listed below, so no page is forgotten.
"""

from django.urls import URLPattern, URLResolver, get_resolver

from coffeechat.api.models import ApiToken
from coffeechat.conversations.models import Interaction
from coffeechat.lib.testing import BaseTestCase

# URL prefix → the fixture object whose pk fills <pk>.
OBJECT_FOR_PREFIX = {
    "conversations/": "chat",
    "people/": "ana",
    "companies/": "acme",
    "tasks/": "task",
    "log/": "interaction",
    "accounts/settings/tokens/": "api_token",
    "api/v1/conversations/": "chat",
    "api/v1/people/": "ana",
    "api/v1/companies/": "acme",
    "api/v1/tasks/": "task",
    "api/v1/interactions/": "interaction",
}


def object_routes(resolver=None, prefix=""):
    """(route, pattern) for every URL pattern that takes a pk."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if str(entry.pattern).startswith("admin/"):
                continue  # Django's admin has its own permission checks
            yield from object_routes(entry, route)
        elif isinstance(entry, URLPattern) and "pk" in entry.pattern.converters:
            yield route, entry


class OutsiderWalkTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.interaction = cls.chat.log("note", "Private")
        cls.api_token, _ = ApiToken.issue(cls.alice, "Alice's script")

    def test_every_object_url_is_a_404_for_an_outsider(self):
        routes = list(object_routes())
        self.assertGreater(len(routes), 15)  # the walk itself found the pages
        self.login(self.charlie)
        for route, _pattern in routes:
            prefix = next((p for p in OBJECT_FOR_PREFIX if route.startswith(p)), None)
            with self.subTest(route=route):
                self.assertIsNotNone(prefix, f"{route}: add its prefix to OBJECT_FOR_PREFIX")
                obj = getattr(self, OBJECT_FOR_PREFIX[prefix])
                url = "/" + route.replace("<int:pk>", str(obj.pk)).replace("<str:action>", "done")
                url = url.replace("<pk>", str(obj.pk))  # the JSON API's routes
                # The API's object URLs answer GET, PATCH and DELETE (charlie's session signs him in).
                methods = ("get", "patch", "delete") if route.startswith("api/") else ("get", "post")
                with self.assertNothingChanged():
                    for method in methods:
                        # An empty PATCH is valid everywhere: only ownership can refuse it.
                        data = "{}" if method == "patch" else {"stage": "met", "name": "x"}
                        status = getattr(self.client, method)(
                            url, data, **({"content_type": "application/json"} if method == "patch" else {})
                        ).status_code
                        self.assertIn(status, (404, 405), f"{method.upper()} {url} answered {status}")
                        if method != "get":
                            self.assertEqual(status, 404, f"{method.upper()} {url} must be a 404")
        self.assertTrue(Interaction.objects.filter(pk=self.interaction.pk).exists())
