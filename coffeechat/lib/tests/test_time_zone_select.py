"""The time zone select (lib/forms.py): built once, the chosen zone marked in it."""

from django.test import SimpleTestCase

from coffeechat.lib.forms import TimeZoneSelect


class TimeZoneSelectTests(SimpleTestCase):
    def test_it_marks_the_chosen_zone_and_only_it(self):
        widget = TimeZoneSelect()
        html = widget.render("time_zone", "America/Argentina/Buenos_Aires", attrs={"id": "id_tz"})
        self.assertTrue(html.startswith('<select id="id_tz" name="time_zone">'))
        self.assertEqual(html.count(" selected>"), 1)
        self.assertIn('<option value="America/Argentina/Buenos_Aires" selected>', html)
        blank = widget.render("time_zone", None, attrs={"id": "id_tz"})
        self.assertNotIn("selected", blank)
        self.assertEqual(html.replace(" selected>", ">"), blank)
        self.assertGreater(blank.count("<option "), 400)

    def test_a_zone_that_is_only_the_start_of_another_does_not_mark_it(self):
        html = TimeZoneSelect().render("time_zone", "America/Argentina", attrs={})
        self.assertNotIn("selected", html)
        self.assertNotIn("selected", TimeZoneSelect().render("time_zone", "", attrs={}))
