"""The faster `date` filter (coffeechat.templatetags.dates) gives exactly Django's output."""

import datetime as dt
import re
import zoneinfo
from pathlib import Path

from django.template import defaultfilters, engines
from django.test import SimpleTestCase
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from coffeechat.templatetags import dates

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Every format our templates pass to |date, and more that use each character the filter handles.
USED = sorted(
    {
        m[0] or m[1]
        for p in TEMPLATES.rglob("*.html")
        for m in re.findall(r"\|date:(?:\"([^\"]*)\"|'([^']*)')", p.read_text())
    }
)
MORE = ["d/m/y G:i:s", "l, F jS", "b n m", "\\j\\M j M", "Y-m-d\\TH:i", "c", "N A e", "", "D, d M Y H:i:s O"]
ZONES = [zoneinfo.ZoneInfo(z) for z in ("UTC", "Europe/Paris", "America/Los_Angeles", "Asia/Kolkata")]


class DateFilterTests(SimpleTestCase):
    def test_the_templates_use_formats_the_test_knows(self):
        self.assertIn("j M Y", USED)
        self.assertIn("c", USED)

    @settings(max_examples=300, deadline=None)
    @given(
        st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
        st.sampled_from(ZONES),
        st.booleans(),
        st.sampled_from(USED + MORE),
    )
    def test_it_formats_datetimes_like_django(self, value, zone, aware, format_string):
        if aware:
            value = value.replace(tzinfo=zone)
        self.assertEqual(dates.date(value, format_string), defaultfilters.date(value, format_string))

    @settings(max_examples=200, deadline=None)
    @given(st.dates(), st.sampled_from([f for f in USED + MORE if not re.search(r"(?<!\\)[GHisNAeO]", f)]))
    def test_it_formats_dates_like_django(self, value, format_string):
        self.assertEqual(dates.date(value, format_string), defaultfilters.date(value, format_string))

    def test_what_it_leaves_to_django(self):
        value = dt.datetime(2026, 3, 5, 14, 7, tzinfo=dt.UTC)
        for arg in (None, "DATE_FORMAT", "SHORT_DATETIME_FORMAT", "P", "jS F"):
            self.assertEqual(dates.date(value, arg), defaultfilters.date(value, arg))
        for value in (None, "", "not a date", 5):
            self.assertEqual(dates.date(value, "j M"), defaultfilters.date(value, "j M"))
        with self.assertRaises(TypeError):  # as Django: no time of day in a date
            dates.date(dt.date(2026, 3, 5), "j M H:i")

    def test_templates_use_it_in_the_user_s_time_zone(self):
        engine = engines["django"].engine
        self.assertIs(engine.from_string("").engine.template_builtins[-1].filters["date"], dates.date)
        value = dt.datetime(2026, 3, 5, 23, 30, tzinfo=dt.UTC)
        template = engines["django"].from_string('{{ when|date:"D j M Y, H:i" }} {{ when|date:"c" }}')
        with timezone.override(zoneinfo.ZoneInfo("Europe/Paris")):
            self.assertEqual(
                template.render({"when": value}), "Fri 6 Mar 2026, 00:30 2026-03-06T00:30:00+01:00"
            )
