"""Saving the request draft from the composer: it comes back in the composer, shows on the chat's
page, and belongs to the chat's owner alone."""

from coffeechat.conversations.models import Conversation
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Person
from coffeechat.outreach.models import RequestDraft

BODY = (
    "Hi Ana,\n\nI'm a fellow Lyon alum and came across your profile. Your move into product design is "
    "the path I hope to follow. Would you have 20 minutes to share your advice?\n\nBest,\nAlice"
)


class RequestDraftTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/conversations/{cls.chat.pk}/compose/"
        cls.save_url = cls.url + "save/"

    def save(self, **data):
        fields = {"purpose": "request", "channel": "email", "to": "", "subject": "Your path", "body": BODY}
        return self.client.post(self.save_url, {**fields, **data})

    def test_saving_keeps_the_draft_and_the_composer_opens_it_again(self):
        self.login()
        r = self.save()
        self.assertRedirects(r, self.url + "?kind=request&channel=email")
        draft = RequestDraft.objects.get()
        self.assertEqual(
            (draft.owner, draft.conversation, draft.channel, draft.subject, draft.body),
            (self.alice, self.chat, "email", "Your path", BODY),
        )
        r = self.client.get(self.url)
        self.assertEqual(r.context["form"].initial["body"], BODY)
        self.assertEqual(r.context["form"].initial["subject"], "Your path")
        self.assertContains(r, "Your draft saved on")
        self.assertContains(r, "Save draft")

    def test_saving_again_replaces_the_draft(self):
        self.login()
        self.save()
        self.save(body=BODY.replace("20 minutes", "15 minutes"))
        self.assertEqual(RequestDraft.objects.get().body.count("15 minutes"), 1)

    def test_a_linkedin_draft_brings_back_its_channel(self):
        self.login()
        self.save(channel="linkedin", body="Hi Ana, may I ask you about design at Acme?")
        r = self.client.get(self.url)
        self.assertEqual(r.context["channel"], "linkedin")
        self.assertEqual(r.context["form"].initial["body"], "Hi Ana, may I ask you about design at Acme?")

    def test_starting_over_shows_a_template_and_keeps_the_saved_draft(self):
        self.login()
        self.save(body="My own words, saved.")
        r = self.client.get(self.url + "?kind=request&channel=email&template=request-email")
        self.assertNotEqual(r.context["form"].initial["body"], "My own words, saved.")
        self.assertEqual(RequestDraft.objects.get().body, "My own words, saved.")

    def test_an_empty_message_is_refused_with_a_reason(self):
        self.login()
        r = self.save(body="   ")
        self.assertContains(r, "Write the message first.", status_code=400)
        self.assertFalse(RequestDraft.objects.exists())

    def test_other_messages_have_no_save_button(self):
        self.login()
        self.assertNotContains(self.client.get(self.url + "?kind=thank_you"), "Save draft")

    def test_the_chat_page_shows_the_saved_request(self):
        self.login()
        self.assertNotContains(self.client.get(self.chat.get_absolute_url()), "Your saved request")
        self.save()
        r = self.client.get(self.chat.get_absolute_url())
        self.assertContains(r, "Your saved request")
        self.assertContains(r, "a fellow Lyon alum")

    def test_an_outsider_cannot_save_or_read_a_draft(self):
        RequestDraft.save_for(self.chat, "email", "Secret subject", "Secret body")
        self.login(self.charlie)
        with self.assertNothingChanged():
            self.assertEqual(self.save().status_code, 404)
        self.assertEqual(self.client.get(self.url).status_code, 404)
        self.assertEqual(self.client.get(self.chat.get_absolute_url()).status_code, 404)
        self.assertEqual(RequestDraft.objects.get().body, "Secret body")

    def test_a_draft_stays_with_its_own_chat(self):
        bob_host = Person.objects.create(owner=self.bob, name="Bo Host")
        bob_chat = Conversation.objects.create(owner=self.bob, host=bob_host)
        RequestDraft.save_for(bob_chat, "email", "", "Bob's words")
        self.login()
        self.assertNotContains(self.client.get(self.url), "Bob's words")
        self.assertNotContains(self.client.get(self.chat.get_absolute_url()), "Bob's words")
