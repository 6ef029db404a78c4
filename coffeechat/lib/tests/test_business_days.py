import datetime as dt
import zoneinfo

from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib.business_days import (
    add_business_days,
    business_days_between,
    country_choices,
    follow_up_dates,
    holidays_of,
    is_business_day,
)

MON = dt.date(2026, 3, 2)
ZONES = [
    "UTC",
    "Europe/Paris",
    "America/New_York",
    "Australia/Sydney",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
]
days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31))
holiday_sets = st.frozensets(days, max_size=20)


def test_three_and_seven_business_days_skip_the_weekend():
    assert add_business_days(MON, 3) == dt.date(2026, 3, 5)  # Thursday
    assert add_business_days(MON, 7) == dt.date(2026, 3, 11)  # Wednesday next week
    friday = dt.date(2026, 3, 6)
    assert add_business_days(friday, 3) == dt.date(2026, 3, 11)
    saturday = dt.date(2026, 3, 7)
    assert add_business_days(saturday, 1) == dt.date(2026, 3, 9)


def test_holidays_are_skipped():
    assert add_business_days(MON, 3, {dt.date(2026, 3, 4)}) == dt.date(2026, 3, 6)
    french = holidays_of("FR")
    # Bastille Day 2026 is a Tuesday: a request sent on Monday 13 July gets its 3B on Friday.
    assert add_business_days(dt.date(2026, 7, 13), 3, french) == dt.date(2026, 7, 17)
    assert add_business_days(dt.date(2026, 7, 13), 3) == dt.date(2026, 7, 16)


def test_unknown_countries_have_no_holidays_and_names_are_readable():
    assert holidays_of("") == frozenset() and holidays_of("XX") == frozenset()
    names = dict(country_choices())
    assert names["FR"] == "France" and names["US"] == "United States"


def test_the_day_a_request_was_sent_is_the_users_day():
    # Friday 23:30 in New York is Saturday 04:30 UTC: it was sent on Friday, so 3B is Wednesday.
    sent = dt.datetime(2026, 3, 7, 4, 30, tzinfo=dt.UTC)
    assert follow_up_dates(sent, zoneinfo.ZoneInfo("America/New_York")) == [
        dt.date(2026, 3, 11),
        dt.date(2026, 3, 17),
    ]
    assert follow_up_dates(sent, zoneinfo.ZoneInfo("UTC")) == [dt.date(2026, 3, 11), dt.date(2026, 3, 17)]
    # Monday 09:00 in Sydney is Sunday in UTC.
    sent = dt.datetime(2026, 3, 8, 22, 0, tzinfo=dt.UTC)
    assert follow_up_dates(sent, zoneinfo.ZoneInfo("Australia/Sydney")) == [
        dt.date(2026, 3, 12),
        dt.date(2026, 3, 18),
    ]


@given(days, st.integers(min_value=0, max_value=60), holiday_sets)
def test_the_result_is_a_business_day_exactly_n_business_days_later(start, n, holidays):
    end = add_business_days(start, n, holidays)
    assert end >= start
    assert business_days_between(start, end, holidays) == n
    if n:
        assert is_business_day(end, holidays)


@given(days, st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30), holiday_sets)
def test_adding_twice_is_adding_the_sum(start, a, b, holidays):
    assert add_business_days(add_business_days(start, a, holidays), b, holidays) == add_business_days(
        start, a + b, holidays
    )


@given(days, st.integers(min_value=1, max_value=40))
def test_without_holidays_a_week_of_business_days_is_a_calendar_week(start, n):
    assert add_business_days(start, n + 5) == add_business_days(start, n) + dt.timedelta(days=7)


@given(
    st.datetimes(
        min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2090, 1, 1), timezones=st.just(dt.UTC)
    ),
    st.sampled_from(ZONES),
)
def test_follow_ups_come_in_order_on_business_days_after_the_local_day(sent, zone):
    tz = zoneinfo.ZoneInfo(zone)
    first, second = follow_up_dates(sent, tz)
    sent_on = sent.astimezone(tz).date()
    assert sent_on < first < second
    assert first.weekday() < 5 and second.weekday() < 5
    assert business_days_between(sent_on, first) == 3 and business_days_between(sent_on, second) == 7
    assert (second - sent_on).days <= 11  # at most two weekends in between
