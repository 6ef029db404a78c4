"""The form renderer (lib/renderer.py) writes inputs and text areas in Python: the same markup as
Django's own widget templates."""

import datetime as dt

from django import forms
from django.forms.renderers import Jinja2
from django.test import SimpleTestCase

from coffeechat.lib.forms import DateInput
from coffeechat.lib.renderer import FormRenderer

NASTY = 'O\'Brien & <Co> "quoted"'


class WrittenWidgetTests(SimpleTestCase):
    def assertSameAsDjango(self, widget, value, attrs=None):
        ours = widget.render("field", value, attrs, renderer=FormRenderer())
        django = widget.render("field", value, attrs, renderer=Jinja2())
        self.assertEqual(ours, django)
        return ours

    def test_inputs(self):
        attrs = {"id": "id_field", "required": True, "disabled": False, "maxlength": 200, "title": NASTY}
        cases = [
            (forms.TextInput(), NASTY),
            (forms.TextInput(attrs={"list": "names", "autocomplete": "off"}), ""),
            (forms.TextInput(), None),
            (forms.NumberInput(), 0),
            (forms.EmailInput(), "ana@example.com"),
            (forms.URLInput(), "https://example.com/?a=1&b=2"),
            (forms.PasswordInput(), "secret"),
            (forms.PasswordInput(render_value=True), "secret"),
            (forms.HiddenInput(), 42),
            (forms.DateInput(), dt.date(2026, 3, 5)),
            (DateInput(), dt.date(2026, 3, 5)),
            (forms.DateTimeInput(attrs={"type": "datetime-local"}), dt.datetime(2026, 3, 5, 9, 30)),
            (forms.CheckboxInput(), True),
            (forms.CheckboxInput(), False),
            (forms.CheckboxInput(), "on"),
            (forms.SearchInput(), "q"),
            (forms.TelInput(), "+1 415"),
            (forms.ColorInput(), "#ffffff"),
            (forms.TimeInput(), dt.time(9, 5)),
        ]
        for widget, value in cases:
            with self.subTest(widget=type(widget).__name__, value=value):
                self.assertTrue(self.assertSameAsDjango(widget, value, attrs).startswith("<input "))

    def test_text_areas(self):
        for value in (NASTY, "\nstarts with a line\r\nand more", "", None):
            with self.subTest(value=value):
                html = self.assertSameAsDjango(forms.Textarea(attrs={"rows": 2}), value, {"id": "id_x"})
                self.assertTrue(html.startswith('<textarea name="field" cols="40" rows="2" id="id_x">\n'))

    def test_a_whole_form(self):
        class Form(forms.Form):
            name = forms.CharField(max_length=20, help_text="Help & more")
            when = forms.DateField(required=False, widget=DateInput())
            note = forms.CharField(widget=forms.Textarea, required=False)
            kind = forms.ChoiceField(choices=[("a", "A & B"), ("b", "<B>")])
            token = forms.CharField(widget=forms.HiddenInput, initial="t'1")
            ok = forms.BooleanField(required=False)

        for form in (Form(initial={"name": NASTY}), Form({"name": "", "kind": "c", "note": NASTY})):
            form.is_bound and form.is_valid()
            self.assertEqual(
                form.render("coffeechat/form.html", renderer=FormRenderer()),
                form.render("coffeechat/form.html", renderer=_PlainJinja2()),
            )


class _PlainJinja2(Jinja2):
    """Django's Jinja2 renderer, with coffeechat's form template on its path."""

    @property
    def engine(self):
        return FormRenderer().engine
