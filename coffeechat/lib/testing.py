"""The shared base for tests: alice owns the data, bob is another user, charlie an outsider."""

import datetime as dt

from django.test import TestCase
from django.utils import timezone

from coffeechat.accounts.models import User
from coffeechat.conversations.models import Conversation, Task
from coffeechat.network.models import Company, Person

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
