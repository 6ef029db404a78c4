"""What the insights dashboard counts, and how.

Every number is computed for one user over a date range (their local dates, both ends included)
with a fixed handful of queries, whatever the amount of data: aggregates in SQL, and only the
requests themselves (four small columns) fetched for the medians and the host types.

The funnel follows coffee chats that began in the range (asked on a day in it, or added in it
when never asked). Each step includes the ones after it — a chat that was met was surely asked
and answered, even when a step was never recorded — so the funnel never widens.
"""

import bisect
import calendar
import datetime as dt
import statistics
from dataclasses import dataclass, field

from django.db.models import (
    BigIntegerField,
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from coffeechat.conversations.models import Conversation, Interaction, InteractionKind, StageChange
from coffeechat.leads.models import Lead, LeadKind
from coffeechat.lib import stages
from coffeechat.lib.dates import make_aware
from coffeechat.network.models import WARM_RELATIONSHIPS, Person, Source

# How hosts respond (Steve Dalton's 3B7): an answer within 3 business days is a Booster's; a late
# or half-hearted one (a no) an Obligate's; none at all, 7 business days on, a Curmudgeon's.
BOOSTER_DAYS = 3
CURMUDGEON_DAYS = 7

# A response rate shows from this many requests (overall, and in each group: warm, cold, e-mail…).
# Below five, one answer more or less moves the rate by more than 20 points — wider than the whole
# 20–40% range guides expect from cold contacts — so "100%" after one request would only mislead.
# From five the rate starts to say something, and the request count beside it tells how much.
MIN_REQUESTS_FOR_A_RATE = 5

BOOSTER, OBLIGATE, CURMUDGEON, WAITING = "booster", "obligate", "curmudgeon", "waiting"
HOST_TYPES = {
    BOOSTER: "Boosters",
    OBLIGATE: "Obligates",
    CURMUDGEON: "Curmudgeons",
}
HOST_TYPE_HELP = {
    BOOSTER: f"answered within {BOOSTER_DAYS} business days",
    OBLIGATE: f"answered later than {BOOSTER_DAYS} business days, or said no",
    CURMUDGEON: f"no answer after {CURMUDGEON_DAYS} business days",
}

ACTIVITY_KINDS = [
    (InteractionKind.MESSAGE_SENT, "Messages sent"),
    (InteractionKind.REPLY_RECEIVED, "Replies"),
    (InteractionKind.MEETING, "Meetings"),
    (InteractionKind.CALL, "Calls"),
    (InteractionKind.NOTE, "Notes"),
]


def _weekdays_through(ordinal: int) -> int:
    """Weekdays from Monday 1 January of year 1 (ordinal 1) up to and including this day."""
    weeks, day = divmod(ordinal - 1, 7)
    return weeks * 5 + min(day + 1, 5)


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Weekdays after `start` up to and including `end`: a Friday request answered on Monday
    took 1 business day, one answered the same day 0. Negative when `end` is before `start`."""
    return _weekdays_through(end.toordinal()) - _weekdays_through(start.toordinal())


def host_type(asked: dt.date, answered: dt.date | None, declined: bool, gave_up: bool, today: dt.date) -> str:
    """Booster, Obligate, Curmudgeon, or still waiting, for one request."""
    if answered is not None:
        if declined or business_days_between(asked, answered) > BOOSTER_DAYS:
            return OBLIGATE
        return BOOSTER
    if declined:
        return OBLIGATE
    if gave_up or business_days_between(asked, today) > CURMUDGEON_DAYS:
        return CURMUDGEON
    return WAITING


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weeks_in(start: dt.date, end: dt.date) -> list[dt.date]:
    """The Mondays of every week that overlaps the range."""
    monday, weeks = week_start(start), []
    while monday <= end:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks


# The funnel's steps as conditions on a conversation, each including the ones after it.
_THANKED = Q(stage__in=[stages.THANKED, stages.KEEPING_IN_TOUCH]) | Q(ever_thanked=True)
_MET = _THANKED | Q(met_at__isnull=False) | Q(stage=stages.MET)
_REPLIED = (
    _MET
    | Q(replied_at__isnull=False)
    | Q(scheduled_at__isnull=False)
    | Q(stage__in=[stages.SCHEDULED, stages.DECLINED])
)
_REQUESTED = _REPLIED | Q(requested_at__isnull=False) | Q(stage__in=[stages.REQUESTED, stages.NO_REPLY])


@dataclass
class Step:
    key: str
    label: str
    value: int | None
    help: str


@dataclass
class Insights:
    start: dt.date
    end: dt.date
    funnel: list[Step] = field(default_factory=list)
    by_channel: list[dict] = field(default_factory=list)
    by_warmth: list[dict] = field(default_factory=list)
    median_days_to_reply: float | None = None
    replies_timed: int = 0
    host_types: dict[str, int] = field(default_factory=dict)
    weeks: list[dict] = field(default_factory=list)
    goal: int = 0
    weeks_at_goal: int = 0
    weeks_counted: int = 0  # the weeks since you started: before that, no week was missed
    activity: list[dict] = field(default_factory=list)

    def count(self, key: str) -> int:
        return next((s.value for s in self.funnel if s.key == key), 0) or 0

    @property
    def requests(self) -> int:
        return self.count("requests")

    @property
    def min_requests(self) -> int:
        return MIN_REQUESTS_FOR_A_RATE

    @property
    def response_rate(self) -> int | None:
        """Answered requests as a whole percentage; None below MIN_REQUESTS_FOR_A_RATE requests."""
        return rate(self.count("replies"), self.requests)

    @property
    def is_empty(self) -> bool:
        return not self.count("targets") and not any(
            w[kind] for w in self.activity for kind, _label in ACTIVITY_KINDS
        )


def _bounds(user, start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    tz = user.tz
    return (
        make_aware(dt.datetime.combine(start, dt.time()), tz),
        make_aware(dt.datetime.combine(end + dt.timedelta(days=1), dt.time()), tz),
    )


def cohort(user, start: dt.date, end: dt.date):
    """The coffee chats that began in the range, with `ever_thanked` for chats that were thanked
    and moved on."""
    since, until = _bounds(user, start, end)
    thanked = StageChange.objects.filter(conversation=OuterRef("pk"), to_stage=stages.THANKED)
    return (
        Conversation.objects.for_owner(user)
        .annotate(began=Coalesce("requested_at", "created_at"), ever_thanked=Exists(thanked))
        .filter(began__gte=since, began__lt=until)
        .order_by()
    )


def openings_count(user, start: dt.date, end: dt.date) -> int:
    """Job openings the user noted (from their coffee chats) in the range."""
    since, until = _bounds(user, start, end)
    return Lead.objects.filter(
        owner=user, kind=LeadKind.OPENING, created_at__gte=since, created_at__lt=until
    ).count()


def compute(user, start: dt.date, end: dt.date) -> Insights:
    result = Insights(start=start, end=end, goal=user.weekly_meeting_goal)
    chats = cohort(user, start, end)
    since, until = _bounds(user, start, end)

    # The funnel and the response rates in one pass: counts per (channel, warm or cold).
    warm = Case(
        When(host__relationship__in=WARM_RELATIONSHIPS, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )
    groups = list(
        chats.annotate(warm=warm)
        .values("channel", "warm")
        .annotate(
            targets=Count("pk"),
            requests=Count("pk", filter=_REQUESTED),
            replies=Count("pk", filter=_REPLIED),
            meetings=Count("pk", filter=_MET),
            thanks=Count("pk", filter=_THANKED),
        )
        .order_by("channel", "warm")
    )
    totals = {
        key: sum(g[key] for g in groups) for key in ("targets", "requests", "replies", "meetings", "thanks")
    }
    referrals = (
        Person.objects.for_owner(user)
        .filter(Q(introduced_by__isnull=False) | Q(source=Source.REFERRAL))
        .filter(created_at__gte=since, created_at__lt=until)
        .count()
    )
    openings = openings_count(user, start, end)
    result.funnel = [
        Step("targets", "Targets", totals["targets"], "coffee chats you started (asked or planned)"),
        Step("requests", "Requests", totals["requests"], "of them, asked for a conversation"),
        Step("replies", "Replies", totals["replies"], "of them, answered (yes or no)"),
        Step("meetings", "Meetings", totals["meetings"], "of them, met"),
        Step("thanks", "Thank-yous", totals["thanks"], "of them, thanked afterwards"),
        Step("referrals", "Referrals", referrals, "people introduced to you, added in these dates"),
        Step("openings", "Openings", openings, "job openings you noted in these dates"),
    ]

    labels = dict(Conversation._meta.get_field("channel").choices)
    channels: dict[str, list[int]] = {}
    warmth = {True: [0, 0], False: [0, 0]}
    for g in groups:
        if g["requests"]:
            channel = channels.setdefault(g["channel"], [0, 0])
            channel[0] += g["requests"]
            channel[1] += g["replies"]
        warmth[g["warm"]][0] += g["requests"]
        warmth[g["warm"]][1] += g["replies"]
    result.by_channel = [_rate(labels.get(c, c), *counts) for c, counts in channels.items()]
    result.by_channel.sort(key=lambda r: (-r["requests"], r["label"]))
    result.by_warmth = [
        _rate("Warm (people you know)", *warmth[True]),
        _rate("Cold (not yet)", *warmth[False]),
    ]

    _reply_times(user, chats, since, until, result)
    _meetings_per_week(user, since, until, result)
    _activity(user, since, until, result)
    return result


def rate(replies: int, requests: int) -> int | None:
    """Replies per request as a whole percentage, or None with too few requests to mean anything."""
    return round(100 * replies / requests) if requests >= MIN_REQUESTS_FOR_A_RATE else None


def _rate(label: str, requests: int, replies: int) -> dict:
    return {"label": label, "requests": requests, "replies": replies, "rate": rate(replies, requests)}


def _reply_times(user, chats, since: dt.datetime, until: dt.datetime, result: Insights) -> None:
    """Median business days to an answer, and each host's type from their latest request."""
    first_reply = (
        Interaction.objects.filter(conversation=OuterRef("pk"), kind=InteractionKind.REPLY_RECEIVED)
        .order_by("occurred_at")
        .values("occurred_at")[:1]
    )
    answered_by_move = (
        StageChange.objects.filter(
            conversation=OuterRef("pk"),
            from_stage=stages.REQUESTED,
            to_stage__in=[stages.SCHEDULED, stages.MET, stages.THANKED, stages.DECLINED],
        )
        .order_by("changed_at")
        .values("changed_at")[:1]
    )
    # Moments come back as whole seconds since 1970 and become local days here by integer
    # arithmetic: parsing thousands of datetimes costs more than the query at power-user scale.
    rows = (
        chats.filter(_REQUESTED, requested_at__isnull=False)
        .annotate(
            asked_s=Epoch("requested_at"),
            answered_s=Epoch(Coalesce(Subquery(first_reply), Subquery(answered_by_move))),
        )
        .values_list("host_id", "asked_s", "answered_s", "stage")
        .order_by("requested_at", "pk")
    )
    today = user.today()
    local_day = LocalDays(user.tz, since, max(until, timezone.now()) + dt.timedelta(days=1))
    days, latest_type = [], {}
    for host_id, asked_s, answered_s, stage in rows:
        asked = local_day(asked_s)
        answered = local_day(answered_s) if answered_s is not None else None
        if answered is not None and answered_s >= asked_s:
            days.append(_weekdays_through(answered) - _weekdays_through(asked))
        elif answered is not None:
            answered = None  # a reply logged before the request: not a timing we can use
        replied_somehow = stage not in (stages.REQUESTED, stages.NO_REPLY, stages.ON_HOLD, stages.IDEA)
        if answered is None and replied_somehow and stage != stages.DECLINED:
            latest_type.pop(host_id, None)  # they answered, but when is unknown
            continue
        latest_type[host_id] = host_type(
            dt.date.fromordinal(asked),
            dt.date.fromordinal(answered) if answered is not None else None,
            stage == stages.DECLINED,
            stage == stages.NO_REPLY,
            today,
        )
    result.median_days_to_reply = statistics.median(days) if days else None
    result.replies_timed = len(days)
    result.host_types = {key: 0 for key in (*HOST_TYPES, WAITING)}
    for kind in latest_type.values():
        result.host_types[kind] += 1


class Epoch(Func):
    """Whole seconds since 1970-01-01 UTC, as an integer, from the database."""

    output_field = BigIntegerField()

    def as_sqlite(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CAST(strftime('%%s', {sql}) AS INTEGER)", params

    def as_sql(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CAST(FLOOR(EXTRACT(EPOCH FROM {sql})) AS BIGINT)", params


class LocalDays:
    """Seconds since 1970 (UTC) → the day ordinal on the user's wall clock, by the zone's offsets
    over a stretch of time (moments outside it take the nearest offset)."""

    def __init__(self, tz, since: dt.datetime, until: dt.datetime):
        segments = utc_offsets(tz, since, until)
        self.starts = [int(start.timestamp()) for start, _offset in segments]
        self.offsets = [offset for _start, offset in segments]

    def __call__(self, seconds: int) -> int:
        offset = self.offsets[max(0, bisect.bisect_right(self.starts, seconds) - 1)]
        return (seconds + offset) // 86400 + _EPOCH_ORDINAL


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def utc_offsets(tz, since: dt.datetime, until: dt.datetime) -> list[tuple[dt.datetime, int]]:
    """The time zone's UTC offset over [since, until): (from this moment on, offset in seconds),
    one entry per daylight-saving change, found to the second."""

    def offset(moment: dt.datetime) -> int:
        return int(moment.astimezone(tz).utcoffset().total_seconds())

    segments = [(since, offset(since))]
    day, moment = dt.timedelta(days=1), since
    while moment < until:
        following = min(moment + day, until)
        if offset(following) != segments[-1][1]:
            before, after = moment, following
            while after - before > dt.timedelta(seconds=1):
                middle = before + (after - before) / 2
                before, after = (middle, after) if offset(middle) == segments[-1][1] else (before, middle)
            segments.append((after, offset(following)))
        moment = following
    return segments


class LocalWeek(Func):
    """Whole weeks between a local Monday midnight (`base`, in seconds as if local time were UTC)
    and a moment, given the moment's UTC offset: the week index, computed by the database.

    Database time zone functions (TruncWeek) cost a Python call per row on SQLite, far too slow for
    tens of thousands of log entries; this is arithmetic on the stored UTC time."""

    output_field = IntegerField()

    def __init__(self, moment, offset, base: int):
        super().__init__(moment, offset)
        self.base = base

    def _parts(self, compiler):
        moment_sql, moment_params = compiler.compile(self.source_expressions[0])
        offset_sql, offset_params = compiler.compile(self.source_expressions[1])
        return moment_sql, offset_sql, (*moment_params, *offset_params, self.base)

    def as_sqlite(self, compiler, connection, **extra):
        moment, offset, params = self._parts(compiler)
        # Whole seconds as an integer (floating-point julianday would put a moment exactly at
        # midnight a hair before it), then integer division.
        seconds = f"CAST(strftime('%%s', {moment}) AS INTEGER)"
        return f"(({seconds} + ({offset}) - %s) / 604800)", params

    def as_sql(self, compiler, connection, **extra):
        moment, offset, params = self._parts(compiler)
        return f"CAST(FLOOR((EXTRACT(EPOCH FROM {moment}) + ({offset}) - %s) / 604800) AS INTEGER)", params


def _week_of(field: str, user, first_monday: dt.date, since: dt.datetime, until: dt.datetime) -> LocalWeek:
    """The index of the week (0 for the one starting `first_monday`) each row's moment falls in,
    in the user's time zone, exact across daylight-saving changes."""
    segments = utc_offsets(user.tz, since, until)
    offset = Case(
        *(
            When(**{f"{field}__lt": start}, then=Value(prior))
            for (start, _o), (_s, prior) in zip(segments[1:], segments, strict=False)
        ),
        default=Value(segments[-1][1]),
        output_field=IntegerField(),
    )
    base = calendar.timegm(first_monday.timetuple())
    return LocalWeek(F(field), offset, base)


def _meetings_per_week(user, since: dt.datetime, until: dt.datetime, result: Insights) -> None:
    weeks = weeks_in(result.start, result.end)
    met = (
        Conversation.objects.for_owner(user)
        .filter(met_at__gte=since, met_at__lt=until)
        .annotate(week=_week_of("met_at", user, weeks[0], since, until))
        .values("week")
        .annotate(n=Count("pk"))
        .order_by()
    )
    per_week = {row["week"]: row["n"] for row in met}
    result.weeks = [{"week": w, "meetings": per_week.get(i, 0)} for i, w in enumerate(weeks)]
    result.weeks_at_goal = sum(1 for w in result.weeks if result.goal and w["meetings"] >= result.goal)
    # You started the week you signed up, or earlier if you logged older meetings (an import, the demo).
    joined = week_start(timezone.localtime(user.date_joined, user.tz).date())
    first_met = next((w["week"] for w in result.weeks if w["meetings"]), joined)
    started = min(joined, first_met)
    result.weeks_counted = sum(1 for w in result.weeks if w["week"] >= started)


def _activity(user, since: dt.datetime, until: dt.datetime, result: Insights) -> None:
    weeks = weeks_in(result.start, result.end)
    logged = (
        Interaction.objects.for_owner(user)
        .filter(occurred_at__gte=since, occurred_at__lt=until)
        .annotate(week=_week_of("occurred_at", user, weeks[0], since, until))
        .values("week", "kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {(row["week"], row["kind"]): row["n"] for row in logged}
    result.activity = [
        {"week": w, **{kind: counts.get((i, kind), 0) for kind, _label in ACTIVITY_KINDS}}
        for i, w in enumerate(weeks)
    ]
