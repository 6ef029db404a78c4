import datetime as dt

from django.test import SimpleTestCase
from hypothesis import given
from hypothesis import strategies as st

from coffeechat.leads.rules import MONTHS, leads_in_notes, season_start, work_on_opening_by

TODAY = dt.date(2026, 11, 25)


class SeasonStartTests(SimpleTestCase):
    def test_a_month_named_means_its_next_first_day(self):
        self.assertEqual(season_start("internship hiring opens in March", TODAY), dt.date(2027, 3, 1))
        self.assertEqual(season_start("graduate roles open in December", TODAY), dt.date(2026, 12, 1))

    def test_this_month_means_today(self):
        self.assertEqual(season_start("they hire in November", TODAY), TODAY)

    def test_a_year_or_a_day_can_be_given(self):
        self.assertEqual(season_start("Sept 2027", TODAY), dt.date(2027, 9, 1))
        self.assertEqual(season_start("2027-03", TODAY), dt.date(2027, 3, 1))
        self.assertEqual(season_start("from 2027-02-15 on", TODAY), dt.date(2027, 2, 15))

    def test_seasons_are_their_first_month(self):
        self.assertEqual(
            season_start("summer internships are posted in the fall", TODAY), dt.date(2027, 6, 1)
        )
        self.assertEqual(season_start("Fall recruiting", TODAY), dt.date(2027, 9, 1))

    def test_may_the_verb_is_not_a_month(self):
        self.assertIsNone(season_start("they may hire again", TODAY))
        self.assertEqual(season_start("hiring opens in May", TODAY), dt.date(2027, 5, 1))

    def test_no_time_no_date(self):
        self.assertIsNone(season_start("they hire sometimes", TODAY))
        self.assertIsNone(season_start("2027-13", TODAY))

    @given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)), st.sampled_from(sorted(MONTHS)))
    def test_a_month_is_never_in_the_past_nor_more_than_a_year_ahead(self, today, month):
        text = f"Hiring opens in {month.capitalize()}"
        start = season_start(text, today)
        self.assertGreaterEqual(start, today)
        self.assertLess(start, today + dt.timedelta(days=366))
        self.assertEqual(start.month, MONTHS[month])


class OpeningReminderTests(SimpleTestCase):
    def test_a_week_before_the_deadline(self):
        self.assertEqual(work_on_opening_by(dt.date(2026, 12, 20), TODAY), dt.date(2026, 12, 13))

    def test_never_before_today(self):
        self.assertEqual(work_on_opening_by(dt.date(2026, 11, 28), TODAY), TODAY)

    @given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 1, 1)), st.integers(0, 400))
    def test_between_today_and_the_deadline(self, today, days):
        deadline = today + dt.timedelta(days=days)
        self.assertTrue(today <= work_on_opening_by(deadline, today) <= deadline)


class LeadsInNotesTests(SimpleTestCase):
    def test_it_finds_the_lines_meeting_mode_writes_and_nothing_else(self):
        notes = (
            "She loves SQL.\nSomeone to meet: Sam Ortiz, data engineering\n"
            "An opening: Junior analyst in March\nopening:  Data intern \nHiring season: grads apply in May\n"
            "Advice: learn dbt\nsomeone to meet:\nWe met at: the café"
        )
        self.assertEqual(
            leads_in_notes(notes),
            [
                ("referral", "Sam Ortiz, data engineering"),
                ("opening", "Junior analyst in March"),
                ("opening", "Data intern"),
                ("season", "grads apply in May"),
            ],
        )
        self.assertEqual(leads_in_notes(""), [])
