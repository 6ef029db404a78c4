"""Business days: weekdays that are not public holidays where the user lives.

Pure functions; holidays come in as any container of dates (a set in tests, a `holidays` calendar
in the app), so the rules can be tested without the calendar and the calendar swapped per user.
"""

import datetime as dt
import functools
import re
import zoneinfo
from collections.abc import Container

from holidays import country_holidays
from holidays.registry import COUNTRIES

NO_HOLIDAYS: frozenset[dt.date] = frozenset()


def is_business_day(day: dt.date, holidays: Container[dt.date] = NO_HOLIDAYS) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_business_days(start: dt.date, n: int, holidays: Container[dt.date] = NO_HOLIDAYS) -> dt.date:
    """The n-th business day after `start` (which itself does not count, whatever it is)."""
    if n < 0:
        raise ValueError("n must not be negative")
    day = start
    while n:
        day += dt.timedelta(days=1)
        if is_business_day(day, holidays):
            n -= 1
    return day


def business_days_between(start: dt.date, end: dt.date, holidays: Container[dt.date] = NO_HOLIDAYS) -> int:
    """How many business days after `start`, up to and including `end` (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_business_day(day, holidays)
    return count


def local_date(moment: dt.datetime, tz: zoneinfo.ZoneInfo) -> dt.date:
    """The calendar day `moment` falls on where the user is."""
    return moment.astimezone(tz).date()


def follow_up_dates(
    sent_at: dt.datetime,
    tz: zoneinfo.ZoneInfo,
    offsets: tuple[int, ...] = (3, 7),
    holidays: Container[dt.date] = NO_HOLIDAYS,
) -> list[dt.date]:
    """The days of the follow-ups (3B7) for a request sent at `sent_at`, counted in the user's
    time zone: a request sent on Friday evening in Sydney is sent on a Friday, whatever UTC says."""
    sent_on = local_date(sent_at, tz)
    return [add_business_days(sent_on, n, holidays) for n in offsets]


@functools.cache
def holidays_of(country: str) -> Container[dt.date]:
    """The public holidays of a country (ISO code), or none for an empty or unknown code."""
    if not country or country not in dict(country_choices()):
        return NO_HOLIDAYS
    return country_holidays(country)


@functools.cache
def country_choices() -> list[tuple[str, str]]:
    """(ISO code, English name) of every country the `holidays` package knows, by name."""
    named = []
    for name, code, *_ in COUNTRIES.values():
        named.append((code, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)))
    return sorted(named, key=lambda c: c[1])
