"""Calendar files (RFC 5545) through icalendar: one meeting's invite, and a user's private feed.

The UID of a meeting never changes, SEQUENCE grows with each change of time or place, and times carry
their time zone (with its VTIMEZONE), so calendar apps update the event instead of adding another.
"""

import datetime as dt
import zoneinfo

from django.utils import timezone
from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from coffeechat.lib import stages

PRODID = "-//coffeechat//coffee chats//EN"
MET_OR_LATER = [stages.SCHEDULED, stages.MET, stages.THANKED, stages.KEEPING_IN_TOUCH]


def meeting_uid(conversation) -> str:
    return f"coffeechat-meeting-{conversation.owner_id}-{conversation.pk}@coffeechat"


def _zone(conversation) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(conversation.time_zone) if conversation.time_zone else conversation.owner.tz
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return conversation.owner.tz


def is_cancelled(conversation) -> bool:
    return conversation.stage not in MET_OR_LATER


def meeting_event(conversation, *, host_email: str = "", url: str = "") -> Event:
    tz = _zone(conversation)
    start = conversation.scheduled_at.astimezone(tz)
    event = Event()
    event.add("uid", meeting_uid(conversation))
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("sequence", conversation.invite_sequence)
    event.add(
        "summary",
        f"Coffee chat: {conversation.host.name} and {conversation.owner.name or conversation.owner.email}",
    )
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=conversation.duration_minutes))
    if conversation.place:
        event.add("location", conversation.place)
    description = conversation.goal.strip() or "An informational interview: questions, advice, next steps."
    event.add("description", description + (f"\n\n{url}" if url else ""))
    event.add("status", "CANCELLED" if is_cancelled(conversation) else "CONFIRMED")
    organizer = vCalAddress(f"mailto:{conversation.owner.email}")
    organizer.params["cn"] = vText(conversation.owner.name or conversation.owner.email)
    event.add("organizer", organizer)
    if host_email:
        attendee = vCalAddress(f"mailto:{host_email}")
        attendee.params["cn"] = vText(conversation.host.name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["rsvp"] = vText("TRUE")
        event.add("attendee", attendee)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Coffee chat with {conversation.host.name} in 30 minutes")
    alarm.add("trigger", dt.timedelta(minutes=-30))
    event.add_component(alarm)
    return event


def _calendar(method: str | None = None, name: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def invite(conversation, *, method: str = "PUBLISH", host_email: str = "", url: str = "") -> bytes:
    """The .ics for one meeting. METHOD:REQUEST when e-mailed to the host, CANCEL when the meeting is
    off (the chat left Scheduled without meeting), PUBLISH for a download."""
    if is_cancelled(conversation) and method != "PUBLISH":
        method = "CANCEL"
    calendar = _calendar(method)
    calendar.add_component(meeting_event(conversation, host_email=host_email, url=url))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed(user, conversations, tasks, base_url: str = "") -> bytes:
    """The private feed: meetings (recent and upcoming) and open tasks as all-day events."""
    calendar = _calendar(name="coffeechat")
    # Ask calendar apps to fetch again every hour (Google decides for itself, Apple and Outlook listen).
    calendar.add("refresh-interval", dt.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    for conversation in conversations:
        calendar.add_component(
            meeting_event(conversation, url=f"{base_url}{conversation.get_absolute_url()}")
        )
    for task in tasks:
        event = Event()
        event.add("uid", f"coffeechat-task-{user.pk}-{task.pk}@coffeechat")
        event.add("dtstamp", timezone.now().astimezone(dt.UTC))
        event.add("summary", task.title)
        event.add("dtstart", task.due_on)
        event.add("dtend", task.due_on + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        if task.conversation_id:
            event.add("description", f"{base_url}{task.conversation.get_absolute_url()}")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
