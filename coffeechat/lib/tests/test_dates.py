import datetime as dt
import functools
import zoneinfo

from django.test import SimpleTestCase
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from coffeechat.lib.dates import NonexistentTime, check_order, make_aware

ZONES = sorted(zoneinfo.available_timezones())
UTC = dt.UTC

# Naive instants in UTC and wall-clock times, kept clear of datetime's limits and of the
# pre-1900 local mean times.
naive_times = st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2099, 12, 30))
zones = st.sampled_from(ZONES).map(zoneinfo.ZoneInfo)


def wall(instant: dt.datetime, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    return instant.astimezone(tz).replace(tzinfo=None)


def exists(local: dt.datetime, tz: zoneinfo.ZoneInfo) -> bool:
    """Does some instant show `local` on the clocks of `tz`? Tried with every offset in force
    around that time, independently of how make_aware decides."""
    offsets = {
        tz.utcoffset(local.replace(fold=fold) + shift)
        for fold in (0, 1)
        for shift in (dt.timedelta(0), dt.timedelta(days=-2), dt.timedelta(days=2))
    }
    return any(wall((local - offset).replace(tzinfo=UTC), tz) == local for offset in offsets)


@functools.cache
def gaps(key: str, year: int) -> list[tuple[dt.datetime, dt.datetime]]:
    """The spring-forward gaps of a zone in a year, as [first missing, first existing) wall times."""
    tz = zoneinfo.ZoneInfo(key)
    start = dt.datetime(year, 1, 1, tzinfo=UTC)
    found, before = [], start.astimezone(tz).utcoffset()
    for day in range(1, 367):
        hi = start + dt.timedelta(days=day)
        after = hi.astimezone(tz).utcoffset()
        if after == before:
            continue
        lo_s, hi_s = int((hi - dt.timedelta(days=1)).timestamp()), int(hi.timestamp())
        while hi_s - lo_s > 1:  # find the transition to the second
            mid_s = (lo_s + hi_s) // 2
            if dt.datetime.fromtimestamp(mid_s, UTC).astimezone(tz).utcoffset() == before:
                lo_s = mid_s
            else:
                hi_s = mid_s
        hi = dt.datetime.fromtimestamp(hi_s, UTC)
        if after > before:
            found.append((wall(hi, tz) - (after - before), wall(hi, tz)))
        before = after
    return found


DST_ZONES = [
    key
    for key in ZONES
    if (z := zoneinfo.ZoneInfo(key)).utcoffset(dt.datetime(2026, 1, 15))
    != z.utcoffset(dt.datetime(2026, 7, 15))
]


class MakeAwareTests(SimpleTestCase):
    @settings(max_examples=400)
    @given(naive_times, zones)
    def test_every_existing_wall_time_round_trips(self, instant, tz):
        local = wall(instant.replace(tzinfo=UTC), tz)
        aware = make_aware(local, tz)
        self.assertIs(aware.tzinfo, tz)
        self.assertEqual(wall(aware.astimezone(UTC), tz), local)
        # In an autumn overlap the first of the two instants is used.
        self.assertLessEqual(aware.astimezone(UTC), instant.replace(tzinfo=UTC))

    @settings(max_examples=400)
    @given(naive_times, zones)
    @example(dt.datetime(2026, 3, 8, 2, 30), zoneinfo.ZoneInfo("America/New_York"))
    @example(dt.datetime(2026, 11, 1, 1, 30), zoneinfo.ZoneInfo("America/New_York"))
    @example(dt.datetime(2011, 12, 30, 12, 0), zoneinfo.ZoneInfo("Pacific/Apia"))  # a skipped day
    def test_it_refuses_exactly_the_times_that_do_not_exist(self, local, tz):
        round_trip_differs = wall(local.replace(tzinfo=tz).astimezone(UTC), tz) != local
        self.assertEqual(round_trip_differs, not exists(local, tz))
        if exists(local, tz):
            self.assertEqual(wall(make_aware(local, tz).astimezone(UTC), tz), local)
        else:
            with self.assertRaises(NonexistentTime):
                make_aware(local, tz)

    @settings(max_examples=150, deadline=None)
    @given(st.sampled_from(DST_ZONES), st.integers(2000, 2037), st.floats(0, 1, exclude_max=True))
    def test_every_time_in_a_spring_gap_is_refused_and_the_edges_are_not(self, key, year, where):
        found = gaps(key, year)
        assume(found)
        tz = zoneinfo.ZoneInfo(key)
        first_missing, first_existing = found[int(where * len(found))]
        inside = first_missing + dt.timedelta(
            seconds=int(where * (first_existing - first_missing).total_seconds())
        )
        with self.assertRaises(NonexistentTime) as refused:
            make_aware(inside, tz)
        self.assertIn(key, str(refused.exception))
        self.assertEqual(wall(make_aware(first_existing, tz).astimezone(UTC), tz), first_existing)
        just_before = first_missing - dt.timedelta(seconds=1)
        self.assertEqual(wall(make_aware(just_before, tz).astimezone(UTC), tz), just_before)

    def test_the_message_says_what_to_do(self):
        with self.assertRaisesMessage(
            NonexistentTime,
            "02:30 on 08 Mar 2026 does not exist in America/New_York: the clocks jump forward",
        ):
            make_aware(dt.datetime(2026, 3, 8, 2, 30), zoneinfo.ZoneInfo("America/New_York"))

    def test_it_refuses_an_aware_datetime(self):
        with self.assertRaises(ValueError):
            make_aware(dt.datetime(2026, 1, 1, tzinfo=UTC), zoneinfo.ZoneInfo("Europe/Paris"))

    def test_the_scan_for_gaps_finds_the_known_ones(self):
        self.assertEqual(
            gaps("America/New_York", 2026), [(dt.datetime(2026, 3, 8, 2, 0), dt.datetime(2026, 3, 8, 3, 0))]
        )
        self.assertEqual(gaps("Asia/Tokyo", 2026), [])
        self.assertGreater(len(DST_ZONES), 50)


aware_times = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(UTC)
)
optional_times = st.one_of(st.none(), aware_times)
up_to_ten_years = st.timedeltas(dt.timedelta(0), dt.timedelta(days=3650))


class CheckOrderTests(SimpleTestCase):
    @given(optional_times, optional_times, optional_times)
    def test_it_names_exactly_the_fields_before_the_request(self, requested, scheduled, met):
        errors = check_order(requested, scheduled, met)
        self.assertEqual("scheduled_at" in errors, bool(requested and scheduled and scheduled < requested))
        self.assertEqual("met_at" in errors, bool(requested and met and met < requested))
        self.assertLessEqual(set(errors), {"scheduled_at", "met_at"})
        self.assertTrue(all(message.endswith(".") for message in errors.values()))

    @given(aware_times, up_to_ten_years, up_to_ten_years)
    def test_it_accepts_ordered_times(self, requested, until_meeting, until_met):
        self.assertEqual(
            check_order(requested, requested + until_meeting, requested + until_meeting + until_met), {}
        )
        self.assertEqual(check_order(requested, None, None), {})
        self.assertEqual(check_order(None, requested, requested - until_met), {})

    def test_it_refuses_a_meeting_or_a_met_date_before_the_request(self):
        asked = dt.datetime(2026, 6, 10, tzinfo=UTC)
        day = dt.timedelta(days=1)
        self.assertEqual(
            check_order(asked, asked - day, asked - day),
            {
                "scheduled_at": "The meeting cannot be set before you asked for it.",
                "met_at": "You cannot have met before you asked for the meeting.",
            },
        )
