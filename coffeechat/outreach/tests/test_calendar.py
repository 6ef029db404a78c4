"""Calendar invites and the private feed: real .ics parsed back with icalendar."""

import datetime as dt
import zoneinfo

import time_machine
from django.core import mail
from django.test import override_settings
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase
from icalendar import Calendar

from coffeechat.accounts.models import User
from coffeechat.conversations.models import Conversation
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase
from coffeechat.lib.tokens import digest
from coffeechat.network.models import Person
from coffeechat.outreach import invites

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


@time_machine.travel(NOW, tick=False)
class InviteTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ana.set_emails(["ana@acme.example"])

    def setUp(self):
        self.chat.schedule(NOW + dt.timedelta(days=2), time_zone="Europe/Paris", place="Café Mokka")
        self.url = f"/conversations/{self.chat.pk}/invite.ics"

    def test_the_download_is_a_valid_invite_in_the_meeting_time_zone(self):
        self.login()
        r = self.client.get(self.url)
        self.assertEqual(r["Content-Type"], "text/calendar; charset=utf-8")
        self.assertIn('filename="coffee-chat-ana-lima.ics"', r["Content-Disposition"])
        calendar = Calendar.from_ical(r.content)
        self.assertEqual(str(calendar["method"]), "PUBLISH")
        self.assertEqual([tz["tzid"] for tz in calendar.walk("VTIMEZONE")], ["Europe/Paris"])
        (event,) = events(r.content)
        start = event.decoded("dtstart")
        self.assertEqual(start, NOW + dt.timedelta(days=2))
        self.assertEqual(
            start.tzinfo.key if hasattr(start.tzinfo, "key") else str(start.tzinfo), "Europe/Paris"
        )
        self.assertIn(b"DTSTART;TZID=Europe/Paris:20260304T100000", r.content)
        self.assertEqual(event.decoded("dtend") - start, dt.timedelta(minutes=30))
        self.assertEqual(str(event["location"]), "Café Mokka")
        self.assertEqual(str(event["uid"]), invites.meeting_uid(self.chat))
        self.assertEqual(len(event.walk("VALARM")), 1)

    def test_the_uid_stays_and_the_sequence_grows_when_the_meeting_changes(self):
        first = events(invites.invite(self.chat))[0]
        self.chat.schedule(NOW + dt.timedelta(days=3), time_zone="Europe/Paris")
        second = events(invites.invite(self.chat))[0]
        self.assertEqual(first["uid"], second["uid"])
        self.assertEqual((first["sequence"], second["sequence"]), (0, 1))

    def test_a_meeting_called_off_is_a_cancel(self):
        self.chat.move_to(stages.ON_HOLD)
        calendar = Calendar.from_ical(invites.invite(self.chat, method="REQUEST"))
        self.assertEqual(str(calendar["method"]), "CANCEL")
        self.assertEqual(str(events(calendar.to_ical())[0]["status"]), "CANCELLED")

    def test_no_meeting_no_invite_and_outsiders_get_404(self):
        self.login(self.charlie)
        self.assertEqual(self.client.get(self.url).status_code, 404)
        other = Conversation.objects.create(owner=self.alice, host=self.ana)
        self.login()
        self.assertEqual(self.client.get(f"/conversations/{other.pk}/invite.ics").status_code, 404)

    @override_settings(
        EMAIL_HOST="smtp.example.org", EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    )
    def test_the_invite_by_e_mail_is_a_request_to_the_host(self):
        self.login()
        r = self.client.post(f"/conversations/{self.chat.pk}/invite/send/")
        self.assertRedirects(r, self.chat.get_absolute_url(), fetch_redirect_response=False)
        (sent,) = mail.outbox
        self.assertEqual((sent.to, sent.cc), (["ana@acme.example"], ["alice@example.org"]))
        name, content, mimetype = sent.attachments[0]
        self.assertIn("method=REQUEST", mimetype)
        calendar = Calendar.from_ical(content)
        self.assertEqual(str(calendar["method"]), "REQUEST")
        self.assertEqual(str(events(content)[0]["attendee"]), "mailto:ana@acme.example")
        self.assertIn("Wednesday 4 March at 10:00 (CET)", sent.subject)

    @override_settings(
        EMAIL_HOST="smtp.example.org", EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    )
    def test_an_invite_needs_an_address(self):
        self.ana.set_emails([])
        self.login()
        r = self.client.post(f"/conversations/{self.chat.pk}/invite/send/", follow=True)
        self.assertContains(r, "Add Ana Lima&#x27;s e-mail address first")
        self.assertEqual(mail.outbox, [])


@time_machine.travel(NOW, tick=False)
class FeedTests(BaseTestCase):
    def test_turning_the_feed_on_shows_the_address_once_and_keeps_only_its_digest(self):
        self.login()
        r = self.client.post("/calendar/feed/new/")
        url = r.context["feed_url"]
        self.assertContains(r, url)
        token = url.rsplit("/", 1)[1].removesuffix(".ics")
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.calendar_token_hash, digest(token))
        self.assertNotContains(self.client.get("/accounts/settings/"), token)

    def test_the_feed_serves_meetings_and_tasks_to_anyone_with_the_address_only(self):
        self.alice.calendar_token_hash = digest("cal_secret")
        self.alice.save()
        self.chat.schedule(NOW + dt.timedelta(days=1))
        Conversation.objects.create(owner=self.bob, host=Person.objects.create(owner=self.bob, name="Z"))
        r = self.client.get("/calendar/cal_secret.ics")
        self.assertEqual(r.status_code, 200)
        found = {str(e["summary"]) for e in events(r.content)}
        self.assertEqual(found, {"Coffee chat: Ana Lima and Alice Archer", "Follow up with Ana"})
        self.assertIn(b"REFRESH-INTERVAL;VALUE=DURATION:PT1H", r.content)
        self.assertEqual(self.client.get("/calendar/cal_wrong.ics").status_code, 404)

    def test_a_new_address_revokes_the_old_and_off_turns_it_off(self):
        self.login()
        old = self.client.post("/calendar/feed/new/").context["feed_url"]
        new = self.client.post("/calendar/feed/new/").context["feed_url"]
        self.assertEqual(self.client.get(old).status_code, 404)
        self.assertEqual(self.client.get(new).status_code, 200)
        self.client.post("/calendar/feed/off/")
        self.assertEqual(self.client.get(new).status_code, 404)
        self.assertContains(self.client.get("/accounts/settings/"), "The feed is off.")


class RoundTripTests(HypothesisTestCase):
    @settings(max_examples=25, deadline=None)
    @given(
        start=st.datetimes(
            min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2090, 1, 1), timezones=st.just(dt.UTC)
        ),
        zone=st.sampled_from(
            ["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"]
        ),
        minutes=st.integers(min_value=5, max_value=240),
        place=st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=60),
    )
    def test_an_invite_round_trips_through_icalendar(self, start, zone, minutes, place):
        owner = User.objects.get_or_create(email="rt@example.org")[0]
        host = Person.objects.get_or_create(owner=owner, name="Host Name")[0]
        start = start.replace(microsecond=0, second=0)
        chat = Conversation(
            owner=owner,
            host=host,
            pk=7,
            stage=stages.SCHEDULED,
            scheduled_at=start,
            time_zone=zone,
            duration_minutes=minutes,
            place=place.replace("\x00", ""),
        )
        (event,) = events(invites.invite(chat))
        self.assertEqual(event.decoded("dtstart"), start)
        self.assertEqual(event.decoded("dtend"), start + dt.timedelta(minutes=minutes))
        self.assertEqual(
            event.decoded("dtstart").utcoffset(), start.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset()
        )
        if chat.place:
            self.assertEqual(str(event["location"]), chat.place)


@time_machine.travel(NOW, tick=False)
class InviteButtonTests(BaseTestCase):
    def test_the_conversation_page_offers_the_invite_and_its_cancellation(self):
        self.chat.schedule(NOW + dt.timedelta(days=2))
        self.login()
        page = f"/conversations/{self.chat.pk}/"
        self.assertContains(self.client.get(page), "Calendar invite (.ics)")
        self.assertNotContains(self.client.get(page), "E-mail the invite")  # no mail server
        with override_settings(EMAIL_HOST="smtp.example.org"):
            self.assertContains(self.client.get(page), "E-mail the invite to Ana")
            self.chat.move_to(stages.ON_HOLD)
            self.assertContains(self.client.get(page), "E-mail Ana that the meeting is off")

    def test_after_the_meeting_the_invite_is_offered_no_more(self):
        self.chat.schedule(NOW - dt.timedelta(days=2))
        self.chat.mark_met()
        self.login()
        with override_settings(EMAIL_HOST="smtp.example.org"):
            page = self.client.get(f"/conversations/{self.chat.pk}/")
        self.assertNotContains(page, "Calendar invite (.ics)")
        self.assertNotContains(page, "E-mail the invite")

    @override_settings(
        EMAIL_HOST="smtp.example.org", EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    )
    def test_a_cancellation_goes_out_as_method_cancel(self):
        self.ana.set_emails(["ana@acme.example"])
        self.chat.schedule(NOW + dt.timedelta(days=2))
        self.chat.move_to(stages.DECLINED)
        self.login()
        self.client.post(f"/conversations/{self.chat.pk}/invite/send/")
        (sent,) = mail.outbox
        self.assertEqual(str(Calendar.from_ical(sent.attachments[0][1])["method"]), "CANCEL")
