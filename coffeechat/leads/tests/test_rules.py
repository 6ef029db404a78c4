import datetime as dt

from django.test import SimpleTestCase
from hypothesis import given
from hypothesis import strategies as st

from coffeechat.leads.rules import MONTHS, season_start, split_link, split_referral, work_on_opening_by

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


class QuickCaptureLineTests(SimpleTestCase):
    """Meeting mode's quick-capture line, read as a referral or an opening."""

    def test_a_name_with_where_they_work_and_a_note(self):
        self.assertEqual(
            split_referral("Priya Shah at Globex, runs ops"), ("Priya Shah", "Globex", "runs ops")
        )
        self.assertEqual(split_referral("Kofi (Initech) - design lead"), ("Kofi", "Initech", "design lead"))
        self.assertEqual(split_referral("Lu from Hooli; hires interns"), ("Lu", "Hooli", "hires interns"))
        self.assertEqual(split_referral("Maria @ Umbrella Corp"), ("Maria", "Umbrella Corp", ""))

    def test_a_name_alone_or_with_a_note_names_no_company(self):
        self.assertEqual(split_referral("Priya Shah, ops"), ("Priya Shah", "", "ops"))
        self.assertEqual(split_referral("  Bea Ruiz "), ("Bea Ruiz", "", ""))

    def test_a_hyphenated_name_is_not_a_note(self):
        self.assertEqual(split_referral("Anne-Marie Dupont at Globex"), ("Anne-Marie Dupont", "Globex", ""))

    def test_an_opening_keeps_its_link_apart(self):
        self.assertEqual(
            split_link("Junior UX designer https://jobs.acme.example/ux."),
            ("Junior UX designer", "https://jobs.acme.example/ux"),
        )
        self.assertEqual(
            split_link("www.acme.example/jobs/7 - data analyst"), ("data analyst", "www.acme.example/jobs/7")
        )
        self.assertEqual(split_link("Data analyst, spring"), ("Data analyst, spring", ""))

    @given(
        st.from_regex(r"[A-Z][a-z]{1,10}( [A-Z][a-z]{1,10}){0,2}", fullmatch=True),
        st.from_regex(r"[A-Z][A-Za-z0-9&]{1,12}( [A-Z][A-Za-z0-9&]{1,12})?", fullmatch=True),
        st.from_regex(r"[a-z][a-z ]{0,30}[a-z]", fullmatch=True),
    )
    def test_what_was_typed_comes_back_in_its_three_parts(self, name, company, note):
        self.assertEqual(split_referral(f"{name} at {company}, {note}"), (name, company, note))
        self.assertEqual(split_referral(f"{name} ({company})"), (name, company, ""))

    def test_a_capitalised_at_inside_a_name_is_part_of_the_name(self):
        self.assertEqual(split_referral("Ab At at Globex"), ("Ab At", "Globex", ""))
