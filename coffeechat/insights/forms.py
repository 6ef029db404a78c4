import datetime as dt

from django import forms

from coffeechat.lib.forms import DateInput

MAX_DAYS = 5 * 366


class RangeForm(forms.Form):
    start = forms.DateField(label="From", widget=DateInput())
    end = forms.DateField(label="To", widget=DateInput())

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        for name in ("start", "end"):
            day = cleaned.get(name)
            if day and not 1900 <= day.year <= 2100:
                self.add_error(name, "Pick a date between the years 1900 and 2100.")
        if start and end and end < start:
            self.add_error("end", "The end comes before the start; swap the two dates.")
        elif start and end and (end - start).days > MAX_DAYS:
            self.add_error("start", "Pick at most five years at a time.")
        return cleaned


def default_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve weeks, this one included."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday - dt.timedelta(weeks=11), today


PRESETS = [("4 weeks", 4), ("12 weeks", 12), ("6 months", 26), ("a year", 52)]


def presets(today: dt.date) -> list[dict]:
    monday = today - dt.timedelta(days=today.weekday())
    return [
        {"label": label, "start": monday - dt.timedelta(weeks=weeks - 1), "end": today}
        for label, weeks in PRESETS
    ]
