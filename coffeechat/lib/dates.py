"""Dates and times across time zones, as plain functions."""

import datetime as dt
import zoneinfo


class NonexistentTime(ValueError):
    """A wall-clock time that a daylight-saving jump skips."""


def make_aware(local: dt.datetime, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """Attach `tz` to a naive wall-clock time, refusing times that do not exist there.

    In a spring-forward gap (02:30 in New York on the second Sunday of March) the time never shows
    on a clock; we say so rather than guess. In the autumn overlap the first occurrence is used.
    """
    if local.tzinfo is not None:
        raise ValueError("expected a naive datetime")
    aware = local.replace(tzinfo=tz, fold=0)
    round_trip = aware.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != local:
        raise NonexistentTime(
            f"{local:%H:%M} on {local:%d %b %Y} does not exist in {tz.key}: the clocks jump "
            "forward that night. Pick a time an hour later."
        )
    return aware


def check_order(
    requested: dt.datetime | None, scheduled: dt.datetime | None, met: dt.datetime | None
) -> dict[str, str]:
    """Refuse impossible sequences; the keys name the field at fault."""
    errors = {}
    if requested and scheduled and scheduled < requested:
        errors["scheduled_at"] = "The meeting cannot be set before you asked for it."
    if requested and met and met < requested:
        errors["met_at"] = "You cannot have met before you asked for the meeting."
    return errors
