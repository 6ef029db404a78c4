"""schemathesis against the schema the API serves, in-process through the WSGI app: whatever it
sends (valid or not), no server error, and every answer matches the schema (status, type, body).

Bounded (MAX_EXAMPLES per operation) so it stays a test, not a soak; runs on PostgreSQL in CI too.
"""

import itertools

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from coffeechat.wsgi import application

MAX_EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)

# Ids in generated requests are random, so almost all would miss: every other one is swapped for
# one of the user's real objects, so reads, changes and deletes run on data too.
ID_FIELDS = {
    "host_id": "ana",
    "person_id": "ana",
    "person": "ana",
    "host": "ana",
    "conversation_id": "chat",
    "conversation": "chat",
    "company": "acme",
}
PK_FOR_PATH = {
    "/companies/": "acme",
    "/people/": "ana",
    "/conversations/": "chat",
    "/interactions/": "interaction",
    "/tasks/": "task",
    "/questions/": "question",
    "/leads/": "lead",
    "/plan-items/": "plan_item",
}


@pytest.fixture
def world(db):
    """A user with one object of each kind, and a token."""
    from coffeechat.accounts.models import User
    from coffeechat.api.models import ApiToken
    from coffeechat.conversations.models import Conversation, Task
    from coffeechat.leads.models import Lead
    from coffeechat.network.models import Company, Person
    from coffeechat.questions.models import Plan, Question

    alice = User.objects.create_user("alice@example.org", "x", name="Alice Archer")
    acme = Company.objects.create(owner=alice, name="Acme Robotics")
    ana = Person.objects.create(owner=alice, name="Ana Lima", company=acme)
    chat = Conversation.objects.create(owner=alice, host=ana, company=acme, goal="Learn")
    task = Task.objects.create(owner=alice, title="Follow up", conversation=chat, due_on=alice.today())
    interaction = chat.log("note", "Hello")
    question = Question.objects.create(owner=alice, text="What surprised you about {company}?")
    lead = Lead.add_referral(chat, name="Kofi Mensah", company_name="Globex")
    plan_item = Plan.for_conversation(chat).add("What does a normal week look like?")
    _, token = ApiToken.issue(alice, "schemathesis")
    # Requests go through the real WSGI handler, whose end-of-request signal would close the
    # database connection holding the test's transaction (PostgreSQL); Django's test client
    # unhooks it the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield {
        "acme": acme,
        "ana": ana,
        "chat": chat,
        "task": task,
        "interaction": interaction,
        "question": question,
        "lead": lead,
        "plan_item": plan_item,
        "token": token,
    }
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


_turn = itertools.count()


def _use_real_ids(case, world) -> None:
    if next(_turn) % 2:
        return
    if "pk" in (case.path_parameters or {}):
        prefix = next(p for p in PK_FOR_PATH if p in case.path)
        target = world[PK_FOR_PATH[prefix]]
        if target.__class__.objects.filter(pk=target.pk).exists():
            case.path_parameters["pk"] = target.pk
    for where in (case.body, case.query):
        if isinstance(where, dict):
            for key in where.keys() & ID_FIELDS.keys():
                where[key] = world[ID_FIELDS[key]].pk


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
    derandomize=True,
)
def test_the_api_never_fails_and_keeps_to_its_schema(case, world):
    _use_real_ids(case, world)
    case.call_and_validate(headers={"Authorization": f"Bearer {world['token']}"}, checks=CHECKS)
