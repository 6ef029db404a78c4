"""The user's own message templates: list, copy a built-in, edit, refuse unknown placeholders, delete."""

from coffeechat.lib.testing import BaseTestCase
from coffeechat.outreach.models import MessageTemplate


class TemplateTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.mine = MessageTemplate.objects.create(
            owner=cls.alice, name="Alumni short", body="Hi {host_first_name}"
        )
        cls.bobs = MessageTemplate.objects.create(owner=cls.bob, name="Bob's secret", body="Hi")

    def test_the_list_shows_mine_and_the_built_in_ones_in_constant_queries(self):
        self.login()
        with self.assertNumQueries(3):
            r = self.client.get("/templates/")
        self.assertContains(r, "Alumni short")
        self.assertContains(r, "Short request (6-point e-mail)")
        self.assertNotContains(r, "Bob&#x27;s secret")
        MessageTemplate.objects.bulk_create(
            MessageTemplate(owner=self.alice, name=f"T{i}", body="Hi") for i in range(20)
        )
        with self.assertNumQueries(3):
            self.client.get("/templates/")

    def test_an_empty_list_says_what_to_do(self):
        self.login(self.charlie)
        self.assertContains(self.client.get("/templates/"), "No templates of your own yet.")

    def test_a_copy_of_a_built_in_starts_filled_in(self):
        self.login()
        r = self.client.get("/templates/new/?from=request-linkedin")
        self.assertContains(r, "My version of “LinkedIn connection note”")
        self.assertContains(r, "Would you have {minutes} minutes")

    def test_saving_a_new_template(self):
        self.login()
        r = self.client.post(
            "/templates/new/",
            {
                "name": "Warm",
                "purpose": "request",
                "channel": "email",
                "subject": "Hi",
                "body": "Hi {host_name}",
            },
        )
        self.assertRedirects(r, "/templates/", fetch_redirect_response=False)
        self.assertEqual(MessageTemplate.objects.get(name="Warm").owner, self.alice)

    def test_an_unknown_placeholder_is_refused_by_name(self):
        self.login()
        with self.assertNothingChanged():
            r = self.client.post(
                f"/templates/{self.mine.pk}/edit/",
                {
                    "name": "X",
                    "purpose": "request",
                    "channel": "email",
                    "subject": "{subjet}",
                    "body": "Hi {hots_name}",
                },
            )
        self.assertContains(r, "coffeechat does not know {hots_name}. Use one of: {host_first_name}")
        self.assertContains(r, "coffeechat does not know {subjet}.")

    def test_editing_and_deleting_with_a_confirmation(self):
        self.login()
        r = self.client.post(
            f"/templates/{self.mine.pk}/edit/",
            {
                "name": "Renamed",
                "purpose": "thank_you",
                "channel": "email",
                "subject": "",
                "body": "Thanks {host_first_name}",
            },
        )
        self.assertEqual(r.status_code, 302)
        self.mine.refresh_from_db()
        self.assertEqual((self.mine.name, self.mine.purpose), ("Renamed", "thank_you"))
        self.assertContains(
            self.client.get(f"/templates/{self.mine.pk}/delete/"), "Delete your template “Renamed”?"
        )
        self.client.post(f"/templates/{self.mine.pk}/delete/")
        self.assertFalse(MessageTemplate.objects.filter(pk=self.mine.pk).exists())

    def test_another_users_template_is_a_404(self):
        self.login()
        for url in (f"/templates/{self.bobs.pk}/edit/", f"/templates/{self.bobs.pk}/delete/"):
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(url).status_code, 404)
                self.assertEqual(self.client.post(url, {"name": "x", "body": "y"}).status_code, 404)
