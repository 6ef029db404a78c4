"""Form fields shared by several apps."""

import datetime as dt
import functools
import zoneinfo

import phonenumbers
from django import forms
from django.core.validators import validate_email
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from coffeechat.lib.dates import NonexistentTime, make_aware
from coffeechat.lib.text import split_lines


class LocalDateTimeField(forms.DateTimeField):
    """A `datetime-local` input read as wall-clock time in a time zone the form decides.

    The form sets `self.tz` before validation; nonexistent times (a DST gap) are refused.
    """

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]

    def __init__(self, *args, **kwargs):
        self.tz = zoneinfo.ZoneInfo("UTC")
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return value
        for fmt in self.input_formats:
            try:
                naive = dt.datetime.strptime(value.strip(), fmt)
                break
            except ValueError:
                continue
        else:
            raise forms.ValidationError("Enter a date and time, like 2026-03-14 09:30.")
        if not 1900 <= naive.year <= 2100:
            raise forms.ValidationError("Pick a date between the years 1900 and 2100.")
        try:
            return make_aware(naive, self.tz)
        except NonexistentTime as e:
            raise forms.ValidationError(str(e)) from None

    def prepare_value(self, value):
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.astimezone(self.tz).strftime("%Y-%m-%dT%H:%M")
        return value


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class EmailListField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 2})

    def clean(self, value):
        value = super().clean(value)
        addresses = split_lines(value)
        for address in addresses:
            try:
                validate_email(address)
            except forms.ValidationError:
                raise forms.ValidationError(f"“{address[:80]}” is not an e-mail address.") from None
            if len(address) > 254:
                raise forms.ValidationError("An e-mail address has at most 254 characters.")
        return addresses


class PhoneListField(forms.CharField):
    """Phone numbers, one per line, stored as E.164 (+14155550123)."""

    widget = forms.Textarea(attrs={"rows": 2})
    default_region = "US"

    def clean(self, value):
        value = super().clean(value)
        numbers = []
        for raw in split_lines(value.replace(",", "\n").replace(";", "\n")):
            try:
                parsed = phonenumbers.parse(raw, self.default_region)
            except phonenumbers.NumberParseException:
                parsed = None
            if parsed is None or not phonenumbers.is_possible_number(parsed):
                raise forms.ValidationError(
                    f"“{raw}” does not look like a phone number. Numbers outside the "
                    "United States need their country code, like +44 20 7946 0958."
                )
            number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            if parsed.extension:  # E.164 has no room for "ext. 55": keep it beside the number
                number = f"{number} ext. {parsed.extension[:10]}"
            numbers.append(number)
        return numbers


class TagListField(forms.CharField):
    def clean(self, value):
        return [t[:60] for t in split_lines(super().clean(value))]


class TimeZoneSelect(forms.Select):
    """A select of ~600 time zones, rendered by joining strings.

    Django's widget templates render each option through a template: 600 of them cost tens of
    milliseconds on every page that shows a schedule form. The options never change, so we
    build them once, and mark the chosen one in that string.
    """

    def use_required_attribute(self, initial):
        # Select would walk all the choices to look for an empty one; there is none.
        return False

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        attrs["name"] = name
        options = _time_zone_options()
        if value:
            chosen = f'<option value="{escape(value)}"'
            options = options.replace(f"{chosen}>", f"{chosen} selected>")
        return format_html("<select{}>{}</select>", flatatt(attrs), mark_safe(options))


@functools.cache
def _time_zone_options() -> str:
    return "".join(
        f'<option value="{escape(v)}">{escape(label)}</option>' for v, label in time_zone_choices()
    )


def time_zone_field(**kwargs) -> forms.ChoiceField:
    return forms.ChoiceField(choices=time_zone_choices, widget=TimeZoneSelect, **kwargs)


@functools.cache
def time_zone_choices() -> list[tuple[str, str]]:
    """Real places (Area/City) and UTC; not the legacy aliases like "Factory" or "localtime"."""
    names = sorted(
        name
        for name in zoneinfo.available_timezones()
        if name == "UTC" or ("/" in name and not name.startswith(("Etc/", "SystemV/", "US/")))
    )
    return [(name, name.replace("_", " ")) for name in names]
