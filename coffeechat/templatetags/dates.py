"""Django's `date` filter, faster: a builtin (settings.TEMPLATES) that replaces it in every template.

Pages show many dates (a timeline of 20 entries shows 40, the pipeline 60), and Django's filter
costs about 30 µs each: it parses the format string on every call and looks each month and weekday
name up through a lazy translation. This one parses each format string once and reads the names
from tables built once per language, for the format characters our templates use (day, weekday,
month, year, hour, minute, second, ISO 8601). Anything else (other characters, named formats such
as "SHORT_DATE_FORMAT", no format, values that are not dates) goes to Django's own filter, so the
output is always Django's (coffeechat/tests/test_dates.py compares the two).
"""

import datetime as dt
import functools

from django import template
from django.template import defaultfilters
from django.utils import dates, translation
from django.utils.dateformat import re_escaped, re_formatchars
from django.utils.formats import FORMAT_SETTINGS

register = template.Library()

TIME_CHARS = frozenset("GHis")


@functools.lru_cache(maxsize=256)
def _compile(format_string: str) -> tuple | None:
    """The format as a tuple of literal strings and 1-character codes, or None when a character
    is one this module leaves to Django."""
    parts = []
    for i, piece in enumerate(re_formatchars.split(format_string)):
        if i % 2:
            if piece not in CODES:
                return None
            parts.append((piece,))
        elif piece:
            parts.append(re_escaped.sub(r"\1", piece))
    return tuple(parts)


@functools.lru_cache(maxsize=16)
def _names(language: str | None) -> dict:
    return {
        "D": {k: str(v) for k, v in dates.WEEKDAYS_ABBR.items()},
        "l": {k: str(v) for k, v in dates.WEEKDAYS.items()},
        "F": {k: str(v) for k, v in dates.MONTHS.items()},
        "M": {k: str(v).title() for k, v in dates.MONTHS_3.items()},
        "b": {k: str(v) for k, v in dates.MONTHS_3.items()},
    }


# Each format character: (value, the language's names) -> text, as django.utils.dateformat has it.
CODES = {
    "j": lambda v, n: str(v.day),
    "d": lambda v, n: f"{v.day:02d}",
    "D": lambda v, n: n["D"][v.weekday()],
    "l": lambda v, n: n["l"][v.weekday()],
    "n": lambda v, n: str(v.month),
    "m": lambda v, n: f"{v.month:02d}",
    "M": lambda v, n: n["M"][v.month],
    "b": lambda v, n: n["b"][v.month],
    "F": lambda v, n: n["F"][v.month],
    "Y": lambda v, n: f"{v.year:04d}",
    "y": lambda v, n: f"{v.year % 100:02d}",
    "G": lambda v, n: str(v.hour),
    "H": lambda v, n: f"{v.hour:02d}",
    "i": lambda v, n: f"{v.minute:02d}",
    "s": lambda v, n: f"{v.second:02d}",
    "c": lambda v, n: v.isoformat(),
}


def _format(value, parts: tuple) -> str:
    names = _names(translation.get_language())
    return "".join(part if type(part) is str else CODES[part[0]](value, names) for part in parts)


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    """Format a date according to the given format (Django's `date`, the same output)."""
    if (
        isinstance(value, (dt.date, dt.datetime))
        and isinstance(arg, str)
        and arg
        and arg not in FORMAT_SETTINGS
    ):
        parts = _compile(arg)
        if parts is not None and (
            isinstance(value, dt.datetime) or not any(type(p) is tuple and p[0] in TIME_CHARS for p in parts)
        ):
            return _format(value, parts)
    return defaultfilters.date(value, arg)
