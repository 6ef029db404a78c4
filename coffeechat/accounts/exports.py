"""The account's data in everyday formats: CSV for spreadsheets, vCard for address books,
iCalendar for calendars. Plain functions from a user to file contents."""

import csv
import datetime as dt
import io

import icalendar
from django.utils import timezone

from coffeechat.conversations.models import Conversation
from coffeechat.lib.spreadsheet import safe_cell
from coffeechat.network.models import Company, Person


def _csv(header: list[str], rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def _local(moment: dt.datetime | None, tz) -> str:
    return timezone.localtime(moment, tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def people_csv(user) -> str:
    people = (
        Person.objects.for_owner(user)
        .select_related("company", "introduced_by")
        .prefetch_related("emails", "phones", "tags")
        .order_by("name", "pk")
    )
    header = [
        "Name", "Job title", "Company", "How you know them", "E-mail addresses", "Phone numbers",
        "Tags", "LinkedIn", "Introduced by", "Source", "Connected on", "Last contacted", "Notes",
        "Added",
    ]  # fmt: skip
    tz = user.tz
    rows = (
        [
            p.name,
            p.title,
            p.company.name if p.company else "",
            p.get_relationship_display(),
            "; ".join(e.address for e in p.emails.all()),
            "; ".join(n.number for n in p.phones.all()),
            "; ".join(t.name for t in p.tags.all()),
            p.linkedin_url,
            p.introduced_by.name if p.introduced_by else "",
            p.get_source_display(),
            p.connected_on.isoformat() if p.connected_on else "",
            _local(p.last_contacted_at, tz),
            p.notes,
            _local(p.created_at, tz),
        ]
        for p in people
    )
    return _csv(header, rows)


def companies_csv(user) -> str:
    from django.db.models import Count

    companies = (
        Company.objects.for_owner(user)
        .annotate(n_people=Count("people", distinct=True), n_chats=Count("conversations", distinct=True))
        .order_by("name", "pk")
    )
    header = ["Name", "Website", "Industry", "Location", "People", "Coffee chats", "Notes", "Added"]
    tz = user.tz
    rows = (
        [c.name, c.website, c.industry, c.location, c.n_people, c.n_chats, c.notes, _local(c.created_at, tz)]
        for c in companies
    )
    return _csv(header, rows)


def conversations_csv(user) -> str:
    chats = (
        Conversation.objects.for_owner(user).select_related("host", "company").order_by("created_at", "pk")
    )
    header = [
        "Host", "Company", "Why you want to talk", "Stage", "Channel", "Asked on", "Replied on",
        "Meeting time", "Meeting time zone", "Duration (minutes)", "Place or video link", "Met on",
        "Notes", "Added",
    ]  # fmt: skip
    tz = user.tz
    rows = (
        [
            c.host.name,
            c.company.name if c.company else "",
            c.goal,
            c.stage_label,
            c.get_channel_display(),
            _local(c.requested_at, tz),
            _local(c.replied_at, tz),
            _local(c.scheduled_at, tz),
            c.time_zone,
            c.duration_minutes,
            c.place,
            _local(c.met_at, tz),
            c.notes,
            _local(c.created_at, tz),
        ]
        for c in chats
    )
    return _csv(header, rows)


def contacts_vcf(user) -> str:
    """Every contact as vCards, the same cards as the People page's "Download as vCard"."""
    from coffeechat.leads.vcard import people_for_vcard, serialize

    return serialize(people_for_vcard(user))


def meetings_ics(user, host: str = "coffeechat") -> bytes:
    """Every coffee chat with a meeting time, as events of one calendar."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//coffeechat//meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Coffee chats")
    now = timezone.now()
    chats = (
        Conversation.objects.for_owner(user)
        .filter(scheduled_at__isnull=False)
        .select_related("host", "company")
        .order_by("scheduled_at", "pk")
    )
    for chat in chats:
        event = icalendar.Event()
        event.add("uid", f"conversation-{chat.pk}@{host}")
        event.add("dtstamp", now)
        event.add("dtstart", chat.scheduled_at)
        event.add("dtend", chat.meeting_end)
        event.add("summary", str(chat))
        if chat.place:
            event.add("location", chat.place)
        description = "\n\n".join(part for part in (chat.goal, f"Stage: {chat.stage_label}") if part)
        event.add("description", description)
        calendar.add_component(event)
    return calendar.to_ical()
