"""Fixtures for career-center tests.

Organisation U1: advisor Vera; students alice (shares everything) and bob (shares nothing yet).
Organisation U2: advisor Otto, with student dora. charlie is nobody's anything.
"""

from coffeechat.accounts.models import User
from coffeechat.advising.models import Advisor, Organisation, Sharing
from coffeechat.conversations.models import Conversation
from coffeechat.lib.testing import PASSWORD, BaseTestCase
from coffeechat.network.models import Person


class AdvisingTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.u1 = Organisation.objects.create(name="Northside Careers")
        cls.u2 = Organisation.objects.create(name="Southside Careers")
        cls.vera = User.objects.create_user("vera@northside.edu", PASSWORD, name="Vera Vance")
        cls.otto = User.objects.create_user("otto@southside.edu", PASSWORD, name="Otto Orr")
        cls.dora = User.objects.create_user("dora@example.org", PASSWORD, name="Dora Diaz")
        cls.vera_advisor = Advisor.objects.create(organisation=cls.u1, user=cls.vera)
        cls.otto_advisor = Advisor.objects.create(organisation=cls.u2, user=cls.otto)
        cls.alice_sharing = Sharing.objects.create(owner=cls.alice, advisor=cls.vera_advisor)
        cls.bob_sharing = Sharing.objects.create(
            owner=cls.bob, advisor=cls.vera_advisor, share_preparation=False, share_progress=False
        )
        cls.dora_sharing = Sharing.objects.create(owner=cls.dora, advisor=cls.otto_advisor)
        cls.bob_host = Person.objects.create(owner=cls.bob, name="Bo Host")
        cls.bob_chat = Conversation.objects.create(owner=cls.bob, host=cls.bob_host, goal="Bob's secret goal")
        cls.dora_host = Person.objects.create(owner=cls.dora, name="Di Host")
        cls.dora_chat = Conversation.objects.create(owner=cls.dora, host=cls.dora_host, goal="Dora's goal")
