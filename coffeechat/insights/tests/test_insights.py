"""The dashboard's numbers against a small search counted by hand (the table in fill())."""

import csv
import datetime as dt
import io
import zoneinfo

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from coffeechat.accounts.models import User
from coffeechat.conversations.models import Conversation, Interaction, StageChange
from coffeechat.insights import metrics
from coffeechat.leads.models import Lead
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Person

UTC = dt.UTC
TODAY = dt.datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # a Wednesday
START, END = dt.date(2026, 3, 2), dt.date(2026, 3, 18)  # Monday 2 March to today: three weeks


def at(day: int, hour: int = 10, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=UTC)


def fill(owner) -> dict:
    """The hand-counted search. Chats c1-c8 (c7 began before the range):

    chat host    warm channel  asked   answered        stage      counts as
    c1   warm1   yes  e-mail   Mon 2   reply Wed 4     thanked    target request reply meeting thanks
    c2   cold1   no   LinkedIn Mon 2   moved Tue 10    scheduled  target request reply (no reply logged)
    c3   cold2   no   e-mail   Tue 3   -               no reply   target request
    c4   cold3   no   e-mail   Mon 16  -               requested  target request
    c5   warm2   yes  phone    -       -               idea       target (added Thu 5)
    c6   cold4   no   e-mail   Wed 4   reply Thu 5     declined   target request reply
    c7   warm2   yes  e-mail   Feb 20  -               met Tue 3  (outside the cohort; its meeting counts)
    c8   cold1   no   e-mail   Tue 17  -               requested  target request

    Business days to an answer: c1 2, c2 6, c6 1 → median 2.
    Host types (latest request per host): warm1 Booster (c1); cold1 waiting (c8, after c2);
    cold2 Curmudgeon (c3, 11 business days, no reply); cold3 waiting (c4); cold4 Obligate (c6, a no).
    """
    people = {
        name: Person.objects.create(owner=owner, name=name, relationship=rel)
        for name, rel in [
            ("warm1", "friend"),
            ("warm2", "alumni"),
            ("cold1", "cold"),
            ("cold2", "cold"),
            ("cold3", "cold"),
            ("cold4", "cold"),
        ]
    }

    def chat(name, host, channel, stage, asked=None, added=None, **extra):
        c = Conversation.objects.create(
            owner=owner, host=people[host], channel=channel, stage=stage, requested_at=asked, **extra
        )
        Conversation.objects.filter(pk=c.pk).update(created_at=added or asked or at(1))
        return c

    chats = {
        "c1": chat("c1", "warm1", "email", stages.THANKED, at(2, 9), scheduled_at=at(6), met_at=at(6)),
        "c2": chat("c2", "cold1", "linkedin", stages.SCHEDULED, at(2, 11), scheduled_at=at(20)),
        "c3": chat("c3", "cold2", "email", stages.NO_REPLY, at(3)),
        "c4": chat("c4", "cold3", "email", stages.REQUESTED, at(16)),
        "c5": chat("c5", "warm2", "phone", stages.IDEA, added=at(5)),
        "c6": chat("c6", "cold4", "email", stages.DECLINED, at(4)),
        "c7": chat("c7", "warm2", "email", stages.MET, at(20, month=2), met_at=at(3)),
        "c8": chat("c8", "cold1", "email", stages.REQUESTED, at(17)),
    }
    chats["c1"].log("reply_received", "Happy to", when=at(4))
    chats["c6"].log("reply_received", "Sorry, no time", when=at(5))
    chats["c1"].log("message_sent", "The request", when=at(2, 9))
    chats["c4"].log("note", "Found her on the alumni list", when=at(17))
    chats["c3"].log("note", "Before the range", when=at(25, month=2))
    StageChange.objects.create(
        owner=owner, conversation=chats["c2"], from_stage="requested", to_stage="scheduled", changed_at=at(10)
    )
    StageChange.objects.create(
        owner=owner, conversation=chats["c1"], from_stage="met", to_stage="thanked", changed_at=at(7)
    )
    # Referrals: two in the range (introduced by a host; from a referral), one before it.
    for name, extra, added in [
        ("Ref One", {"introduced_by": people["warm1"]}, at(7)),
        ("Ref Two", {"source": "referral"}, at(10)),
        ("Ref Old", {"introduced_by": people["warm1"]}, at(1, month=2)),
    ]:
        p = Person.objects.create(owner=owner, name=name, **extra)
        Person.objects.filter(pk=p.pk).update(created_at=added)
    Person.objects.filter(owner=owner).exclude(name__startswith="Ref").update(created_at=at(1, month=1))
    # Openings: two noted in the range (one from c1, one from c7), one before it; a hiring season
    # is not an opening.
    for chat_name, title, added in [
        ("c1", "Junior UX", at(8)),
        ("c7", "Intern", at(12)),
        ("c7", "Old", at(2, month=2)),
    ]:
        lead = Lead.add_opening(chats[chat_name], title=title, company=None, remind_on=dt.date(2026, 4, 1))
        Lead.objects.filter(pk=lead.pk).update(created_at=added)
    Lead.add_season(chats["c1"], title="Internships", company=None, starts_on=dt.date(2026, 9, 1))
    return chats


class MetricsTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chats = fill(cls.alice)
        fill(cls.bob)  # someone else's search, counted nowhere in alice's numbers

    def compute(self, user=None, start=START, end=END):
        with time_machine.travel(TODAY, tick=False):
            return metrics.compute(user or self.alice, start, end)

    def test_the_funnel(self):
        data = self.compute()
        self.assertEqual(
            {s.key: s.value for s in data.funnel},
            {"targets": 7, "requests": 6, "replies": 3, "meetings": 1, "thanks": 1, "referrals": 2}
            | {"openings": 2},
        )
        self.assertEqual(data.response_rate, 50)

    def test_response_rate_by_warmth_and_channel(self):
        data = self.compute()
        self.assertEqual(
            data.by_warmth,
            [
                {"label": "Warm (people you know)", "requests": 1, "replies": 1, "rate": None},  # too few
                {"label": "Cold (not yet)", "requests": 5, "replies": 2, "rate": 40},
            ],
        )
        self.assertEqual(
            data.by_channel,
            [
                {"label": "E-mail", "requests": 5, "replies": 2, "rate": 40},
                {"label": "LinkedIn", "requests": 1, "replies": 1, "rate": None},
            ],
        )

    def test_a_rate_shows_from_five_requests_and_not_before(self):
        # Guards against "100%" after a single request.
        self.assertEqual([metrics.rate(1, n) for n in (0, 1, 4)], [None, None, None])
        self.assertEqual([metrics.rate(1, 5), metrics.rate(5, 5), metrics.rate(2, 6)], [20, 100, 33])
        self.assertEqual(self.compute(end=dt.date(2026, 3, 3)).response_rate, None)  # c1-c3: 3 requests
        self.assertEqual(self.compute().response_rate, 50)  # 6 requests

    def test_median_business_days_to_a_reply(self):
        data = self.compute()
        self.assertEqual(data.median_days_to_reply, 2)
        self.assertEqual(data.replies_timed, 3)

    def test_boosters_obligates_curmudgeons(self):
        self.assertEqual(
            self.compute().host_types, {"booster": 1, "obligate": 1, "curmudgeon": 1, "waiting": 2}
        )

    def test_meetings_per_week_against_the_goal(self):
        data = self.compute()
        self.assertEqual(
            data.weeks,
            [
                {"week": dt.date(2026, 3, 2), "meetings": 2},  # c7 on the 3rd, c1 on the 6th
                {"week": dt.date(2026, 3, 9), "meetings": 0},
                {"week": dt.date(2026, 3, 16), "meetings": 0},
            ],
        )
        self.assertEqual((data.goal, data.weeks_at_goal), (2, 1))
        self.alice.weekly_meeting_goal = 3
        self.assertEqual(self.compute().weeks_at_goal, 0)

    def test_weeks_before_you_started_are_not_counted_as_missed(self):
        self.assertEqual(self.compute().weeks_counted, 3)  # meetings from the first week on
        newcomer = User.objects.create_user("new@example.org")
        newcomer.date_joined = dt.datetime(2026, 3, 17, 9, 0, tzinfo=dt.UTC)  # the range's last week
        newcomer.save()
        data = self.compute(newcomer)
        self.assertEqual((data.weeks_at_goal, data.weeks_counted, len(data.weeks)), (0, 1, 3))

    def test_activity_per_week(self):
        activity = self.compute().activity
        self.assertEqual([w["week"] for w in activity], [dt.date(2026, 3, d) for d in (2, 9, 16)])
        self.assertEqual([w["reply_received"] for w in activity], [2, 0, 0])
        self.assertEqual([w["message_sent"] for w in activity], [1, 0, 0])
        self.assertEqual([w["note"] for w in activity], [0, 0, 1])  # the February note is outside

    def test_a_narrower_range_counts_less(self):
        data = self.compute(start=dt.date(2026, 3, 16), end=END)
        self.assertEqual({s.key: s.value for s in data.funnel}["targets"], 2)  # c4 and c8
        self.assertEqual(data.host_types, {"booster": 0, "obligate": 0, "curmudgeon": 0, "waiting": 2})
        self.assertIsNone(data.median_days_to_reply)

    def test_days_follow_the_users_time_zone(self):
        # 9:00 UTC on Monday 2 March is still Sunday 1 March in Honolulu: c1 began before the range.
        self.alice.time_zone = "Pacific/Honolulu"
        data = self.compute()
        self.assertEqual({s.key: s.value for s in data.funnel}["targets"], 6)

    def test_an_outsider_has_nothing(self):
        data = self.compute(self.charlie)
        self.assertTrue(all(not s.value for s in data.funnel))
        self.assertTrue(data.is_empty)
        self.assertEqual(sum(data.host_types.values()), 0)


class BusinessDaysTests(BaseTestCase):
    def test_weekends_do_not_count(self):
        friday, monday = dt.date(2026, 3, 6), dt.date(2026, 3, 9)
        self.assertEqual(metrics.business_days_between(friday, monday), 1)
        self.assertEqual(metrics.business_days_between(friday, friday), 0)
        self.assertEqual(metrics.business_days_between(monday, dt.date(2026, 3, 16)), 5)
        self.assertEqual(metrics.business_days_between(dt.date(2026, 3, 7), dt.date(2026, 3, 8)), 0)
        self.assertEqual(metrics.business_days_between(monday, friday), -1)

    def test_it_agrees_with_counting_day_by_day(self):
        from hypothesis import given
        from hypothesis import strategies as st

        @given(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 400))
        def check(start, n):
            end = start + dt.timedelta(days=n)
            slow = sum(1 for i in range(1, n + 1) if (start + dt.timedelta(days=i)).weekday() < 5)
            self.assertEqual(metrics.business_days_between(start, end), slow)

        check()

    def test_host_types(self):
        mon, thu, tue_next = dt.date(2026, 3, 2), dt.date(2026, 3, 5), dt.date(2026, 3, 10)
        self.assertEqual(metrics.host_type(mon, thu, False, False, tue_next), metrics.BOOSTER)
        self.assertEqual(metrics.host_type(mon, tue_next, False, False, tue_next), metrics.OBLIGATE)
        self.assertEqual(metrics.host_type(mon, thu, True, False, tue_next), metrics.OBLIGATE)
        self.assertEqual(metrics.host_type(mon, None, False, False, tue_next), metrics.WAITING)
        self.assertEqual(metrics.host_type(mon, None, False, True, tue_next), metrics.CURMUDGEON)
        self.assertEqual(metrics.host_type(mon, None, False, False, dt.date(2026, 3, 12)), metrics.CURMUDGEON)


class InsightsPageTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        fill(cls.alice)
        fill(cls.bob)

    def get(self, user=None, **params):
        self.login(user)
        with time_machine.travel(TODAY, tick=False):
            return self.client.get(reverse("insights"), params)

    def test_it_shows_each_chart_with_its_numbers(self):
        response = self.get(start="2026-03-02", end="2026-03-18")
        self.assertEqual(response.status_code, 200)
        for heading in ("From target to opening", "Who answers", "How hosts respond", "Meetings per week",
                        "Activity"):  # fmt: skip
            self.assertContains(response, heading)
        self.assertContains(response, "<svg", count=5)
        self.assertContains(response, "<table", count=5)
        self.assertContains(response, '<th scope="row">Targets</th><td>7</td>', html=False)
        self.assertContains(response, '<th scope="row">Cold (not yet)</th><td>5</td><td>2</td><td>40</td>')
        self.assertContains(response, '<th scope="row">Curmudgeons</th><td>1</td>')
        self.assertContains(response, '<th scope="row">2026-03-02</th><td>2</td><td>2</td>')
        self.assertContains(response, "1 of 3")  # weeks at goal
        self.assertNotContains(response, "style=")  # the CSP forbids inline styles

    def test_below_five_requests_it_says_how_many_so_far_instead_of_a_rate(self):
        response = self.get(start="2026-03-02", end="2026-03-03")  # c1-c3: three requests, two answered
        self.assertContains(response, '<p class="stat-value">3</p>', html=True)
        self.assertContains(response, "requests so far: the share that got an answer shows from 5")
        self.assertNotContains(response, "67%")
        self.assertContains(response, "2 requests so far: the rate shows from 5")  # cold, on the chart
        self.assertContains(response, "1 request so far: the rate shows from 5")  # warm
        full = self.get(start="2026-03-02", end="2026-03-18")  # six requests
        self.assertContains(full, '<p class="stat-value">50%</p>', html=True)
        self.assertContains(full, "of your 6 requests got an answer")
        self.assertNotContains(full, "requests so far: the share")
        self.assertContains(full, ">40%</text>")  # cold: five requests
        self.assertContains(full, "1 request so far: the rate shows from 5")  # warm: still one

    def test_one_business_day_is_said_in_the_singular(self):
        self.assertContains(self.get(start="2026-03-02", end="2026-03-18"), "business days to a reply")
        response = self.get(start="2026-03-04", end="2026-03-05")  # c6 alone: answered the next day
        self.assertContains(response, "business day to a reply")

    def test_the_default_range_is_the_last_twelve_weeks(self):
        response = self.get()
        self.assertContains(response, 'value="2025-12-29"')  # Monday eleven weeks before this one
        self.assertContains(response, 'value="2026-03-18"')

    def test_a_bad_range_says_so_and_shows_the_default(self):
        response = self.get(start="2026-03-18", end="2026-03-02")
        self.assertContains(response, "The end comes before the start")
        self.assertContains(response, "29 Dec 2025")
        response = self.get(start="yesterday", end="2026-03-02")
        self.assertContains(response, "Enter a valid date")
        response = self.get(start="1800-01-01", end="1800-02-01")
        self.assertContains(response, "between the years 1900 and 2100")

    def test_an_outsider_sees_only_an_empty_dashboard(self):
        response = self.get(self.charlie, start="2026-03-02", end="2026-03-18")
        self.assertContains(response, "Nothing to count in these dates yet")
        self.assertContains(response, '<th scope="row">Targets</th><td>0</td>')
        self.assertNotContains(response, "warm1")

    def test_signed_out_visitors_sign_in_first(self):
        response = self.client.get(reverse("insights"))
        self.assertRedirects(response, "/accounts/login/?next=/insights/")
        response = self.client.get(reverse("insights_csv", args=["funnel"]))
        self.assertEqual(response.status_code, 302)

    def test_the_query_count_does_not_grow_with_the_data(self):
        self.login()
        with CaptureQueriesContext(connection) as first:
            self.client.get(reverse("insights"))
        add_lots(self.alice, person=self.ana, company=self.acme, conversation=self.chat)
        with self.assertNumQueries(len(first)):
            self.client.get(reverse("insights"))
        self.assertLessEqual(len(first), 10)

    def test_the_insights_link_is_in_the_main_navigation(self):
        self.login()
        self.assertContains(self.client.get(reverse("today")), 'href="/insights/"')


class InsightsCsvTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        fill(cls.alice)

    def rows(self, chart: str, user=None) -> list[list[str]]:
        self.login(user)
        with time_machine.travel(TODAY, tick=False):
            response = self.client.get(
                reverse("insights_csv", args=[chart]), {"start": "2026-03-02", "end": "2026-03-18"}
            )
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response["Content-Disposition"])
        return list(csv.reader(io.StringIO(response.content.decode())))

    def test_each_chart_downloads_its_table(self):
        self.assertEqual(self.rows("funnel")[1][:2], ["Targets", "7"])
        self.assertEqual(self.rows("hosts")[1][:2], ["Boosters", "1"])
        self.assertEqual(self.rows("meetings")[1:], [["2026-03-02", "2", "2"], ["2026-03-09", "0", "2"],
                                                     ["2026-03-16", "0", "2"]])  # fmt: skip
        self.assertEqual(self.rows("activity")[0][0], "Week of")
        self.assertEqual(self.rows("response")[1], ["Warm (people you know)", "1", "1", ""])  # too few
        self.assertEqual(self.rows("response")[2], ["Cold (not yet)", "5", "2", "40"])

    def test_an_unknown_chart_is_a_404(self):
        self.login()
        self.assertEqual(self.client.get("/insights/secrets.csv").status_code, 404)

    def test_an_outsider_downloads_zeros(self):
        self.assertEqual(self.rows("funnel", self.charlie)[1][:2], ["Targets", "0"])
        self.assertNotIn("warm1", str(self.rows("response", self.charlie)))

    def test_interactions_and_people_are_untouched(self):
        before = (Interaction.objects.count(), Person.objects.count())
        self.rows("funnel")
        self.assertEqual((Interaction.objects.count(), Person.objects.count()), before)


class WeekBucketTests(HypothesisTestCase):
    """The database's week of a moment is the week on the user's wall clock, across DST changes."""

    def test_offsets_change_when_the_clocks_do(self):
        tz = zoneinfo.ZoneInfo("America/New_York")
        segments = metrics.utc_offsets(tz, at(1), at(31))
        self.assertEqual(segments, [(at(1), -5 * 3600), (dt.datetime(2026, 3, 8, 7, tzinfo=UTC), -4 * 3600)])
        self.assertEqual(metrics.utc_offsets(zoneinfo.ZoneInfo("UTC"), at(1), at(31)), [(at(1), 0)])

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.sampled_from(["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]),
        st.lists(
            # Anywhere in the range, or close to a week's start (where an hour's slip would show).
            st.integers(0, 120 * 24 * 60)
            | st.builds(lambda w, m: w * 7 * 24 * 60 + m, st.integers(1, 16), st.integers(-90, 90)),
            min_size=1,
            max_size=15,
        ),
    )
    def test_activity_weeks_match_the_wall_clock(self, zone, minutes):
        user = User.objects.create_user(f"w{len(minutes)}@example.org", "pw-1234567", time_zone=zone)
        host = Person.objects.create(owner=user, name="Host")
        tz = zoneinfo.ZoneInfo(zone)
        start, end = dt.date(2026, 2, 2), dt.date(2026, 5, 31)
        since = dt.datetime.combine(start, dt.time(), tz)
        # Minutes on the wall clock from the first Monday, turned into real moments.
        moments = [
            (since.replace(tzinfo=None) + dt.timedelta(minutes=m)).replace(tzinfo=tz).astimezone(UTC)
            for m in minutes
        ]
        Interaction.objects.bulk_create(
            Interaction(owner=user, person=host, kind="note", occurred_at=m) for m in moments
        )
        expected: dict[dt.date, int] = {}
        for m in moments:
            local = m.astimezone(tz).date()
            if local <= end:
                monday = metrics.week_start(local)
                expected[monday] = expected.get(monday, 0) + 1
        activity = metrics.compute(user, start, end).activity
        self.assertEqual({w["week"]: w["note"] for w in activity if w["note"]}, expected, (zone, moments))
