import datetime as dt

import time_machine

from coffeechat.conversations.models import Conversation, StageChange
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Person

NOW = dt.datetime(2026, 6, 10, 12, 0, tzinfo=dt.UTC)


class ChooseHostTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ben = Person.objects.create(owner=cls.alice, name="Ben Okafor", title="Data Engineer")
        Person.objects.create(owner=cls.bob, name="Ben Bobsfriend")

    def test_it_needs_a_signed_in_user(self):
        r = self.client.get("/conversations/new/")
        self.assertRedirects(r, "/accounts/login/?next=/conversations/new/")

    def test_without_a_host_it_lists_recently_added_people(self):
        self.login()
        r = self.client.get("/conversations/new/")
        self.assertContains(r, "Who would you like to talk to?")
        self.assertContains(r, "Recently added:")
        self.assertEqual([p.name for p in r.context["people"]], ["Ben Okafor", "Ana Lima"])
        self.assertContains(r, f'href="/conversations/new/?host={self.ben.pk}"')
        self.assertNotContains(r, "Bobsfriend")

    def test_it_searches_the_owners_people(self):
        self.login()
        r = self.client.get("/conversations/new/?q=ben")
        self.assertEqual([p.name for p in r.context["people"]], ["Ben Okafor"])
        self.assertContains(r, "Matching “ben”:")
        r = self.client.get("/conversations/new/?q=acme")
        self.assertEqual([p.name for p in r.context["people"]], ["Ana Lima"])

    def test_a_search_without_matches_says_so(self):
        self.login()
        self.assertContains(self.client.get("/conversations/new/?q=zzz"), "Nobody matches “zzz”.")

    def test_htmx_gets_only_the_results(self):
        self.login()
        r = self.client.get("/conversations/new/?q=ben", HTTP_HX_REQUEST="true")
        self.assertContains(r, '<div id="host-results">')
        self.assertContains(r, "Ben Okafor")
        self.assertNotContains(r, "<html")
        self.assertNotContains(r, "Who would you like to talk to?")

    def test_a_new_user_is_offered_to_add_someone(self):
        self.login(self.charlie)
        r = self.client.get("/conversations/new/")
        self.assertNotContains(
            r, "Search your people"
        )  # the host search box (the header's box is always there)
        self.assertContains(r, 'href="/people/new/?then=chat"')


class NewConversationTests(BaseTestCase):
    def url(self):
        return f"/conversations/new/?host={self.ana.pk}"

    def post(self, **data):
        self.login()
        # What the browser sends for the untouched fields.
        defaults = {"host": self.ana.pk, "channel": "email", "time_zone": "UTC", "duration_minutes": 30}
        return self.client.post("/conversations/new/", {**defaults, **data})

    def newest(self):
        return Conversation.objects.for_owner(self.alice).latest("pk")

    def test_it_shows_the_form_for_the_host(self):
        self.login()
        r = self.client.get(self.url())
        self.assertContains(r, "A coffee chat with Ana Lima")
        self.assertContains(r, f'<input type="hidden" name="host" value="{self.ana.pk}">', html=True)
        self.assertEqual(r.context["form"]["company_name"].value(), "Acme Robotics")

    def test_it_mentions_the_chats_already_going_with_the_host(self):
        self.login()
        r = self.client.get(self.url())
        self.assertContains(r, "You already have a coffee chat going with Ana")
        self.assertContains(r, f'href="/conversations/{self.chat.pk}/"')
        self.chat.move_to("on_hold")
        self.assertNotContains(self.client.get(self.url()), "You already have")

    def test_it_starts_as_an_idea(self):
        r = self.post(stage="idea", goal="Learn about robotics design")
        conversation = self.newest()
        self.assertRedirects(r, f"/conversations/{conversation.pk}/")
        self.assertEqual(conversation.owner, self.alice)
        self.assertEqual(conversation.host, self.ana)
        self.assertEqual(conversation.company, self.acme)
        self.assertEqual(conversation.stage, stages.IDEA)
        self.assertEqual(conversation.time_zone, "UTC")
        self.assertFalse(conversation.stage_changes.exists())
        self.assertFalse(conversation.interactions.exists())

    @time_machine.travel(NOW, tick=False)
    def test_it_starts_as_requested_with_the_history(self):
        self.post(stage="requested", requested_at="2026-06-08T09:00")
        conversation = self.newest()
        asked = dt.datetime(2026, 6, 8, 9, 0, tzinfo=dt.UTC)
        self.assertEqual(conversation.stage, stages.REQUESTED)
        self.assertEqual(conversation.requested_at, asked)
        self.assertEqual(
            list(conversation.stage_changes.values_list("from_stage", "to_stage", "changed_at")),
            [(stages.IDEA, stages.REQUESTED, asked)],
        )
        self.assertEqual(
            list(conversation.interactions.values_list("kind", "occurred_at")), [("message_sent", asked)]
        )
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.last_contacted_at, asked)

    @time_machine.travel(NOW, tick=False)
    def test_requested_without_a_date_means_now(self):
        self.post(stage="requested")
        self.assertEqual(self.newest().requested_at, NOW)

    @time_machine.travel(NOW, tick=False)
    def test_it_starts_as_scheduled_with_the_history(self):
        self.post(stage="scheduled", scheduled_at="2026-06-15T14:00", place="Blue Café")
        conversation = self.newest()
        self.assertEqual(conversation.stage, stages.SCHEDULED)
        self.assertEqual(conversation.scheduled_at, dt.datetime(2026, 6, 15, 14, 0, tzinfo=dt.UTC))
        self.assertEqual(conversation.requested_at, NOW)
        self.assertEqual(
            list(conversation.stage_changes.values_list("from_stage", "to_stage")),
            [(stages.IDEA, stages.REQUESTED), (stages.REQUESTED, stages.SCHEDULED)],
        )
        self.assertEqual(list(conversation.interactions.values_list("kind", flat=True)), ["message_sent"])

    def test_scheduled_needs_a_meeting_time(self):
        r = self.post(stage="scheduled")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(
            r.context["form"].errors["scheduled_at"], ["A scheduled chat needs its meeting time."]
        )
        self.assertEqual(Conversation.objects.count(), 1)

    @time_machine.travel(NOW, tick=False)
    def test_it_starts_as_met_with_the_history(self):
        self.post(stage="met", requested_at="2026-06-01T09:00", met_at="2026-06-05T16:00")
        conversation = self.newest()
        met = dt.datetime(2026, 6, 5, 16, 0, tzinfo=dt.UTC)
        self.assertEqual(conversation.stage, stages.MET)
        self.assertEqual(conversation.met_at, met)
        # Without a meeting time, the history skips "scheduled".
        self.assertEqual(
            list(conversation.stage_changes.values_list("from_stage", "to_stage")),
            [(stages.IDEA, stages.REQUESTED), (stages.REQUESTED, stages.MET)],
        )
        self.assertEqual(
            list(conversation.interactions.order_by("occurred_at").values_list("kind", "occurred_at")),
            [("message_sent", dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)), ("meeting", met)],
        )
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.last_contacted_at, met)

    @time_machine.travel(NOW, tick=False)
    def test_met_with_a_meeting_time_goes_through_scheduled(self):
        self.post(stage="met", scheduled_at="2026-06-05T16:00")
        conversation = self.newest()
        self.assertEqual(
            list(conversation.stage_changes.values_list("from_stage", "to_stage")),
            [
                (stages.IDEA, stages.REQUESTED),
                (stages.REQUESTED, stages.SCHEDULED),
                (stages.SCHEDULED, stages.MET),
            ],
        )
        self.assertEqual(conversation.met_at, dt.datetime(2026, 6, 5, 16, 0, tzinfo=dt.UTC))
        self.assertEqual(conversation.requested_at, conversation.met_at)

    def test_met_before_requested_is_refused_with_the_field_named(self):
        r = self.post(stage="met", requested_at="2026-06-05T09:00", met_at="2026-06-01T09:00")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(
            r.context["form"].errors["met_at"], ["You cannot have met before you asked for the meeting."]
        )
        self.assertContains(r, 'value="2026-06-01T09:00"')
        self.assertEqual(Conversation.objects.count(), 1)
        self.assertFalse(StageChange.objects.exists())

    @time_machine.travel(NOW, tick=False)
    def test_met_with_an_ask_in_the_future_is_refused_not_a_crash(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(stage="met", requested_at="2026-06-20T09:00")
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "That is in the future: fill this in once you have asked.")

    def test_a_company_name_matches_or_creates_a_company(self):
        self.post(stage="idea", company_name="ACME robotics LLC")
        self.assertEqual(self.newest().company, self.acme)
        self.post(stage="idea", company_name="Initech")
        self.assertEqual(self.newest().company, Company.objects.get(owner=self.alice, name="Initech"))

    def test_the_times_follow_the_chosen_time_zone(self):
        self.post(stage="idea", time_zone="Asia/Tokyo", scheduled_at="2026-07-01T09:00")
        conversation = self.newest()
        self.assertEqual(conversation.time_zone, "Asia/Tokyo")
        self.assertEqual(conversation.scheduled_at, dt.datetime(2026, 7, 1, 0, 0, tzinfo=dt.UTC))

    def test_it_refuses_an_unknown_stage(self):
        r = self.post(stage="thanked")
        self.assertEqual(r.status_code, 200)
        self.assertIn("stage", r.context["form"].errors)
        self.assertEqual(Conversation.objects.count(), 1)

    def test_it_404s_for_another_users_host(self):
        for user in (self.bob, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.get(self.url()).status_code, 404)
                r = self.client.post("/conversations/new/", {"host": self.ana.pk, "stage": "idea"})
                self.assertEqual(r.status_code, 404)
                r = self.client.post(self.url(), {"stage": "idea", "duration_minutes": 30})
                self.assertEqual(r.status_code, 404)

    def test_it_404s_for_a_garbage_host(self):
        self.login()
        self.assertEqual(self.client.get("/conversations/new/?host=1;DROP").status_code, 404)
