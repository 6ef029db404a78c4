"""The shared base for tests: alice owns the data, bob is another user, charlie an outsider."""

import datetime as dt
from contextlib import contextmanager

from django.apps import apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TestCase, TransactionTestCase
from django.utils import timezone

from coffeechat.accounts.models import User
from coffeechat.conversations.models import Conversation, Interaction, StageChange, Task
from coffeechat.lib import stages
from coffeechat.network.models import Company, EmailAddress, Person, PhoneNumber, Tag

PASSWORD = "correct horse battery staple"


class BaseTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice = User.objects.create_user("alice@example.org", PASSWORD, name="Alice Archer")
        cls.bob = User.objects.create_user("bob@example.org", PASSWORD, name="Bob Baker")
        cls.charlie = User.objects.create_user("charlie@example.org", PASSWORD, name="Charlie Cho")
        cls.acme = Company.objects.create(owner=cls.alice, name="Acme Robotics", industry="Robotics")
        cls.ana = Person.objects.create(
            owner=cls.alice,
            name="Ana Lima",
            title="Product Designer",
            company=cls.acme,
            relationship="alumni",
        )
        cls.chat = Conversation.objects.create(
            owner=cls.alice, host=cls.ana, company=cls.acme, goal="Learn how design works at Acme"
        )
        cls.task = Task.objects.create(
            owner=cls.alice,
            title="Follow up with Ana",
            conversation=cls.chat,
            due_on=timezone.localdate() + dt.timedelta(days=1),
        )

    def login(self, user=None):
        self.client.force_login(user or self.alice)

    @contextmanager
    def assertNothingChanged(self):
        """Fail if any row of coffeechat's own tables changed inside the block."""
        before = db_state()
        yield
        self.assertEqual(db_state(), before)


def db_state() -> dict[str, list[dict]]:
    """Every row of every coffeechat table (many-to-many tables too), in primary key order.

    Signing in is not a change: users' last_login and API tokens' last_used_at are left out."""
    state = {}
    for config in apps.get_app_configs():
        if not config.name.startswith("coffeechat."):
            continue
        for model in config.get_models(include_auto_created=True):
            rows = list(model.objects.order_by("pk").values())
            for row in rows:
                row.pop("last_login", None)
                row.pop("last_used_at", None)
            state[model._meta.label] = rows
    return state


def add_lots(owner, *, person: Person, company: Company, conversation: Conversation, n: int = 12) -> None:
    """Many rows of every kind for `owner`, many of them tied to the given person, company and
    conversation: query-count tests measure a page, call this, and expect the same count."""
    now = timezone.now()
    today = owner.today()
    companies = Company.objects.bulk_create(
        Company(owner=owner, name=f"Company {i}", name_key=f"company {i}", industry=f"Industry {i % 3}")
        for i in range(n)
    )
    tags = Tag.objects.bulk_create(Tag(owner=owner, name=f"tag-{i}") for i in range(3))
    people = Person.objects.bulk_create(
        Person(
            owner=owner,
            name=f"Person {i:03d}",
            title="Engineer",
            company=company if i % 2 else companies[i % n],
            relationship="friend" if i % 3 else "cold",
            last_contacted_at=now - dt.timedelta(days=i) if i % 4 else None,
        )
        for i in range(2 * n)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(owner=owner, person=p, address=f"p{p.pk}-{j}@example.com", position=j)
        for p in [*people, person]
        for j in range(2)
    )
    PhoneNumber.objects.bulk_create(
        PhoneNumber(owner=owner, person=p, number=f"+1415555{p.pk % 10000:04d}", position=0)
        for p in [*people, person]
    )
    Person.tags.through.objects.bulk_create(
        Person.tags.through(person_id=p.pk, tag_id=t.pk) for p in [*people, person] for t in tags
    )
    conversations = []
    for i, stage in enumerate(stages.ALL * 3):
        host = person if i % 3 == 0 else people[i % len(people)]
        conversations.append(
            Conversation(
                owner=owner,
                host=host,
                company=company if i % 2 else host.company,
                stage=stage,
                requested_at=now - dt.timedelta(days=10),
                scheduled_at=now + dt.timedelta(days=i % 5, hours=1 if i % 2 else -5),
                stage_changed_at=now - dt.timedelta(hours=i),
            )
        )
    conversations = Conversation.objects.bulk_create(conversations)
    StageChange.objects.bulk_create(
        StageChange(
            owner=owner, conversation=c, from_stage=stages.IDEA, to_stage=stages.REQUESTED, changed_at=now
        )
        for c in [*conversations, conversation]
        for _ in range(2)
    )
    Interaction.objects.bulk_create(
        Interaction(
            owner=owner,
            person=c.host,
            conversation=c if j % 2 or c is conversation else None,
            kind="note",
            summary=f"Note {j}",
            occurred_at=now - dt.timedelta(days=j),
        )
        for c in [*conversations, conversation, conversation]
        for j in range(3)
    )
    Interaction.objects.bulk_create(
        Interaction(owner=owner, person=p, kind="call", occurred_at=now) for p in [*people, person]
    )
    tasks = []
    for i, target in enumerate([*conversations, *people, *[conversation] * 5, *[person] * 5]):
        is_conversation = isinstance(target, Conversation)
        tasks.append(
            Task(
                owner=owner,
                title=f"Task {i}",
                conversation=target if is_conversation else None,
                person=None if is_conversation else target,
                due_on=today + dt.timedelta(days=i % 9 - 3),
                done_at=now if i % 5 == 0 else None,
            )
        )
    Task.objects.bulk_create(tasks)


class MigrationTestCase(TransactionTestCase):
    """Move one app's migrations to a point and back: `migrate(target)` returns the apps of that
    state; each test ends with the app at its newest again."""

    app = "network"

    def migrate(self, target):
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate([target])
        return executor.loader.project_state([target]).apps

    def tearDown(self):
        executor = MigrationExecutor(connection)
        leaf = next(node for node in executor.loader.graph.leaf_nodes() if node[0] == self.app)
        self.migrate(leaf)
