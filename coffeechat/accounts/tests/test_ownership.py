from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.conversations.models import Conversation
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Person


class GetOwnedOr404Tests(BaseTestCase):
    def test_it_returns_the_owners_object(self):
        self.assertEqual(get_owned_or_404(Person, self.alice, pk=self.ana.pk), self.ana)

    def test_it_accepts_a_queryset(self):
        person = get_owned_or_404(Person.objects.select_related("company"), self.alice, pk=self.ana.pk)
        self.assertEqual(person, self.ana)

    def test_it_accepts_a_numeric_string(self):
        self.assertEqual(get_owned_or_404(Person, self.alice, pk=str(self.ana.pk)), self.ana)

    def test_it_404s_for_other_owners(self):
        for user in (self.bob, self.charlie):
            for model, obj in ((Person, self.ana), (Company, self.acme), (Conversation, self.chat)):
                with self.subTest(user=user, model=model), self.assertRaises(Http404):
                    get_owned_or_404(model, user, pk=obj.pk)

    def test_it_404s_for_anonymous(self):
        with self.assertRaises(Http404):
            get_owned_or_404(Person, AnonymousUser(), pk=self.ana.pk)

    def test_it_404s_for_a_missing_pk(self):
        with self.assertRaises(Http404):
            get_owned_or_404(Person, self.alice, pk=self.ana.pk + 1000)

    def test_it_404s_for_garbage_pks(self):
        for garbage in ("abc", "1 OR 1=1", "", "1.5", None, [1]):
            with self.subTest(pk=garbage), self.assertRaises(Http404):
                get_owned_or_404(Person, self.alice, pk=garbage)

    def test_the_message_names_the_model_not_the_owner(self):
        with self.assertRaisesMessage(Http404, "No person here."):
            get_owned_or_404(Person, self.charlie, pk=self.ana.pk)

    def test_for_owner_lists_nothing_for_anonymous(self):
        self.assertEqual(list(Person.objects.for_owner(AnonymousUser())), [])

    def test_a_garbage_host_in_a_url_is_a_404(self):
        self.login()
        self.assertEqual(self.client.get("/conversations/new/?host=abc").status_code, 404)
        self.assertEqual(self.client.post("/tasks/new/", {"person": "x", "title": "t"}).status_code, 404)
        self.assertEqual(
            self.client.post("/tasks/new/", {"conversation": "x", "title": "t"}).status_code, 404
        )

    def test_another_owners_object_is_a_404_not_a_403(self):
        self.login(self.bob)
        r = self.client.get(f"/people/{self.ana.pk}/")
        self.assertEqual(r.status_code, 404)
        self.assertContains(r, "We can't find that page", status_code=404)
        self.assertNotContains(r, "Ana Lima", status_code=404)
