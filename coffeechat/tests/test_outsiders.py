"""Walk every URL of the project that names an object: an outsider gets 404 and changes nothing.

A new object-bound URL fails here until its prefix is listed below, so no page is forgotten.
"""

from django.urls import URLPattern, URLResolver, get_resolver

from coffeechat.conversations.models import Interaction
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Connection, Person

# URL prefix → the fixture object whose pk fills <pk>.
OBJECT_FOR_PREFIX = {
    "conversations/": "chat",
    "people/": "ana",
    "companies/": "acme",
    "tasks/": "task",
    "log/": "interaction",
    "targets/": "acme",
    "connections/": "connection",
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
        cls.connection = Connection.link(cls.ana, Person.objects.create(owner=cls.alice, name="Lee Park"))

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
                with self.assertNothingChanged():
                    for method in ("get", "post"):
                        status = getattr(self.client, method)(url, {"stage": "met", "name": "x"}).status_code
                        self.assertIn(status, (404, 405), f"{method.upper()} {url} answered {status}")
                        if method == "post":
                            self.assertEqual(status, 404, f"POST {url} must be a 404")
        self.assertTrue(Interaction.objects.filter(pk=self.interaction.pk).exists())
