"""The daily reminder e-mail: what is due and overdue today, this day's meetings, who is waiting.

Sent once a day per user, at or after their chosen hour in their time zone, only when something is due
or a meeting is on. A send that fails is logged and left for the next run: `digest_sent_on` is only
written after the mail server took the message.
"""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone

from coffeechat.accounts.models import User
from coffeechat.conversations.models import (
    CURMUDGEON,
    Conversation,
    Task,
    TaskKind,
    tag_responsiveness,
)
from coffeechat.lib import stages
from coffeechat.lib.business_days import business_days_between, local_date
from coffeechat.lib.text import count

log = logging.getLogger("coffeechat.digest")


def digest_for(user: User, now: dt.datetime) -> dict | None:
    """What the user's day holds, or None when nothing is due, overdue or on."""
    today = local_date(now, user.tz)
    tasks = Task.objects.for_owner(user).select_related("conversation__host", "person")
    overdue = list(tasks.overdue(today)[:20])
    due_today = list(tasks.due_today(today)[:20])
    conversations = Conversation.objects.for_owner(user).select_related("host", "company")
    start = timezone.make_aware(dt.datetime.combine(today, dt.time.min), user.tz)
    meetings = list(
        conversations.filter(
            stage=stages.SCHEDULED, scheduled_at__gte=start, scheduled_at__lt=start + dt.timedelta(days=1)
        ).order_by("scheduled_at")
    )
    if not (overdue or due_today or meetings):
        return None
    waiting = list(conversations.waiting_on_you(today).order_by("stage_changed_at")[:10])
    return {
        "user": user,
        "today": today,
        "overdue": overdue,
        "due_today": due_today,
        "meetings": [(c, f"{timezone.localtime(c.scheduled_at, user.tz):%H:%M}") for c in meetings],
        "waiting": waiting,
        "site_url": settings.COFFEECHAT_SITE_URL,
    }


def subject_for(digest: dict) -> str:
    parts = []
    if digest["meetings"]:
        parts.append(count(len(digest["meetings"]), "meeting"))
    due = len(digest["due_today"]) + len(digest["overdue"])
    if due:
        parts.append(
            f"{count(due, 'thing')} to do"
            + (f" ({len(digest['overdue'])} overdue)" if digest["overdue"] else "")
        )
    return f"coffeechat today: {', '.join(parts)}"


def users_due(now: dt.datetime):
    """Users who want a digest, whose hour has come and who have not had one today."""
    for user in User.objects.filter(is_active=True, digest_enabled=True).order_by("pk"):
        local = timezone.localtime(now, user.tz)
        if local.hour >= user.digest_hour and user.digest_sent_on != local.date():
            yield user


def send_digests(now: dt.datetime | None = None, users=None) -> dict[str, int]:
    """Send every digest that is due (to `users_due(now)`, or to the users given, as listed a moment
    ago by this run); returns how many were sent, skipped (nothing due) and failed."""
    now = now or timezone.now()
    result = {"sent": 0, "nothing_due": 0, "failed": 0}
    connection = get_connection()
    for user in users_due(now) if users is None else users:
        today = local_date(now, user.tz)
        # Claim the day first: two runs at once (cron and --loop) must not both send.
        unclaimed = Q(digest_sent_on__isnull=True) | ~Q(digest_sent_on=today)
        if not User.objects.filter(unclaimed, pk=user.pk).update(digest_sent_on=today):
            continue
        tag_curmudgeons(user, now)
        digest = digest_for(user, now)
        if digest is None:
            result["nothing_due"] += 1
            continue
        mail = EmailMessage(
            subject=subject_for(digest),
            body=render_to_string("outreach/digest_email.txt", digest),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
            connection=connection,
        )
        try:
            mail.send()
        except Exception as e:  # refused, unreachable, timed out: give the day back for the next run
            User.objects.filter(pk=user.pk).update(digest_sent_on=user.digest_sent_on)
            log.error("Daily reminder to user %s not sent, will retry next run: %s", user.pk, e)
            result["failed"] += 1
            connection = get_connection()  # a broken connection must not fail everyone after
            continue
        result["sent"] += 1
    return result


def tag_curmudgeons(user: User, now: dt.datetime) -> int:
    """Hosts who still have not answered `second_follow_up_days` business days after the follow-up
    went out are Curmudgeons: spend your time elsewhere."""
    today = local_date(now, user.tz)
    followed_up = (
        Task.objects.for_owner(user)
        .filter(kind=TaskKind.FOLLOW_UP, done_at__isnull=False, conversation__stage=stages.REQUESTED)
        .filter(
            Q(conversation__replied_at__isnull=True)
            | Q(conversation__replied_at__lt=F("conversation__requested_at"))
        )
    )
    tagged = 0
    for task in followed_up.select_related("conversation__host"):
        waited = business_days_between(local_date(task.done_at, user.tz), today, user.holidays())
        host = task.conversation.host
        if waited >= user.second_follow_up_days and not host.tags.filter(name=CURMUDGEON).exists():
            tag_responsiveness(host, CURMUDGEON)
            tagged += 1
    return tagged
