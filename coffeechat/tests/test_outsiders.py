"""Walk every URL pattern of the project.

- Every URL that takes a parameter (an object's pk, a token, ...) is object-bound: a signed-in
  outsider gets 403/404 with every method and changes nothing.
- Every URL at all: a visitor who is not signed in is sent to sign in (or refused), unless the page
  is listed in PUBLIC.

A new URL fails here until its prefix is listed in OBJECT_FOR_PREFIX (or its name in PUBLIC), so
no page is forgotten.
"""

import re

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter

from coffeechat.advising.models import Advisor, Invitation, Organisation, Sharing
from coffeechat.api.models import ApiToken
from coffeechat.conversations.models import Interaction
from coffeechat.leads.models import Lead
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Connection, ImportFile, Job, Person

# URL prefix → the fixture object whose pk fills the URL's int parameters.
OBJECT_FOR_PREFIX = {
    "conversations/": "chat",
    "people/": "ana",
    "companies/": "acme",
    "tasks/": "task",
    "log/": "interaction",
    "templates/": "message_template",
    "questions/": "question",
    "plan-items/": "plan_item",
    "review-links/": "share_link",
    "comments/": "comment",
    "imports/": "upload",
    "targets/": "acme",
    "connections/": "connection",
    "jobs/": "job",
    "advising/sharing/": "sharing",
    "advising/invitations/": "invitation",
    "advising/review/": "chat",
    "leads/": "lead",
    "accounts/settings/tokens/": "api_token",
    "api/v1/conversations/": "chat",
    "api/v1/people/": "ana",
    "api/v1/companies/": "acme",
    "api/v1/tasks/": "task",
    "api/v1/interactions/": "interaction",
    "api/v1/questions/": "question",
    "api/v1/leads/": "lead",
    "api/v1/plan-items/": "plan_item",
}

# Pages anyone may open without signing in (by URL name). Token pages belong here only if a wrong
# token is a 404: the walk checks that for every URL with a parameter anyway.
PUBLIC = {
    "home",
    "healthz",
    "signup",
    "login",
    "logout",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "advising_join",  # an invitation link: says who invites you, asks you to sign in to accept
    "calendar_feed",  # a calendar app subscribes without a session: the secret token is the key
    "openapi-json",  # the API's schema and docs (the API itself answers 401 without a token)
    "openapi-view",
    "api_docs_file",
}

# Token pages whose wrong token gets a page saying the link does not work (status 200), by design.
EXPLAINS_A_WRONG_TOKEN = {"password_reset_confirm"}

# Values for non-numeric parameters: a guess that matches nothing.
GUESSES = {"action": "done"}
GUESS = "cc_not-a-real-token-8f3a1c"
REFUSED = {401, 403, 404}


def all_routes(resolver=None, prefix=""):
    """(route, pattern) for every URL pattern of the project, Django's admin left out (it has its
    own permission checks)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if str(entry.pattern).startswith("admin/"):
                continue
            yield from all_routes(entry, route)
        elif isinstance(entry, URLPattern):
            yield route, entry


def object_routes():
    """Routes that name something: any parameter at all."""
    return [(route, p) for route, p in all_routes() if p.pattern.converters or "<" in route]


def fill(route: str, pk) -> str:
    """The route as a URL: int parameters get `pk`, others a guess."""

    def value(m):
        converter, name = m.group(1) or "str", m.group(2)
        if converter == "int":
            return str(pk)
        return GUESSES.get(name, GUESS)

    url = re.sub(r"<(?:(\w+):)?(\w+)>", value, route)
    return "/" + url.lstrip("^").rstrip("$")


class WalkTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.interaction = cls.chat.log("note", "Private")
        from coffeechat.questions.models import Comment, Plan, Question, ShareLink

        plan = Plan.for_conversation(cls.chat)
        cls.question = Question.objects.create(owner=cls.alice, text="What surprised you?")
        cls.plan_item = plan.add("What surprised you?")
        cls.share_link, _token = ShareLink.create_for(plan)
        cls.comment = Comment.objects.create(owner=cls.alice, plan=plan, item=cls.plan_item, body="Nice")
        cls.upload = ImportFile.objects.create(
            owner=cls.alice, kind="linkedin", data=b"First Name,Last Name\n"
        )
        cls.job = Job.objects.create(owner=cls.alice, person=cls.ana, company=cls.acme)
        cls.connection = Connection.link(cls.ana, Person.objects.create(owner=cls.alice, name="Lee Park"))
        cls.api_token, _ = ApiToken.issue(cls.alice, "Alice's script")
        # Alice shares everything with bob, her advisor; charlie advises at another organisation.
        bob_as_advisor = Advisor.objects.create(
            organisation=Organisation.objects.create(name="U1"), user=cls.bob
        )
        Advisor.objects.create(organisation=Organisation.objects.create(name="U2"), user=cls.charlie)
        cls.sharing = Sharing.objects.create(owner=cls.alice, advisor=bob_as_advisor)
        cls.invitation, _ = Invitation.create(bob_as_advisor)
        from coffeechat.outreach.models import MessageTemplate

        cls.message_template = MessageTemplate.objects.create(owner=cls.alice, name="Mine", body="Hi")
        cls.lead = Lead.add_referral(cls.chat, name="Kofi Mensah", company_name="Globex")


class OutsiderWalkTests(WalkTestCase):
    def test_every_object_url_is_refused_to_an_outsider(self):
        """Charlie is signed in, and an advisor too, of another organisation."""
        routes = object_routes()
        self.assertGreater(len(routes), 15)  # the walk itself found the pages
        self.login(self.charlie)
        for route, pattern in routes:
            if pattern.name in EXPLAINS_A_WRONG_TOKEN:
                continue
            prefix = next((p for p in OBJECT_FOR_PREFIX if route.startswith(p)), None)
            with self.subTest(route=route):
                takes_an_id = any(isinstance(c, IntConverter) for c in pattern.pattern.converters.values())
                if takes_an_id:
                    self.assertIsNotNone(prefix, f"{route}: add its prefix to OBJECT_FOR_PREFIX")
                obj = getattr(self, OBJECT_FOR_PREFIX[prefix]) if prefix else None
                url = fill(route, obj.pk if obj else 1)
                with self.assertNothingChanged():
                    statuses = self.try_every_method(url)
                for method, status in statuses.items():
                    self.assertIn(status, REFUSED | {405}, f"{method} {url} answered {status}")
                self.assertTrue(REFUSED & set(statuses.values()), f"{url} refused every method with 405")
        self.assertTrue(Interaction.objects.filter(pk=self.interaction.pk).exists())

    def try_every_method(self, url: str) -> dict[str, int]:
        data = {"stage": "met", "name": "x", "title": "x", "comment": "x"}
        statuses = {
            "GET": self.client.get(url).status_code,
            "POST": self.client.post(url, data).status_code,
        }
        # The JSON API checks a body's fields before it looks for the object: "{}" is a valid
        # change everywhere there, so only ownership can refuse it.
        body = "{}" if url.startswith("/api/") else '{"name": "x"}'
        for method in ("put", "patch", "delete"):
            statuses[method.upper()] = getattr(self.client, method)(
                url, data=body, content_type="application/json"
            ).status_code
        return statuses


class VisitorWalkTests(WalkTestCase):
    def test_every_page_sends_a_visitor_to_sign_in_unless_it_is_public(self):
        routes = list(all_routes())
        self.assertGreater(len(routes), 30)
        for route, pattern in routes:
            if pattern.name in PUBLIC:
                continue
            prefix = next((p for p in OBJECT_FOR_PREFIX if route.startswith(p)), None)
            obj = getattr(self, OBJECT_FOR_PREFIX[prefix]) if prefix else None
            url = fill(route, obj.pk if obj else 1)
            with self.subTest(route=route), self.assertNothingChanged():
                for method in ("get", "post"):
                    r = getattr(self.client, method)(url)
                    if r.status_code == 302:
                        self.assertTrue(
                            r.url.startswith("/accounts/login/"),
                            f"{method.upper()} {url} sends a visitor to {r.url}; add its name to PUBLIC "
                            "if anyone may open it",
                        )
                    else:
                        self.assertIn(r.status_code, REFUSED | {405}, f"{method.upper()} {url}")
