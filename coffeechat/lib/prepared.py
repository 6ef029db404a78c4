"""Reads compiled to SQL once, for the busiest pages.

Django turns a queryset into SQL on every run, and on this app's pages that costs more than the
database: 0.2-0.6 ms of Python a query (the more columns and joins, the more), against a few
hundredths of a millisecond for SQLite or PostgreSQL to answer. A person's page makes a dozen such
reads. `Prepared` compiles a read once per database and afterwards only runs its SQL with
the new values, building the same model instances Django would:

    _jobs = Prepared(lambda person_id: Job.objects.filter(person_id=person_id).select_related("company"))
    jobs = _jobs(person.pk)  # a list of Job, each with its company

The lambda's arguments are ids, dates or (aware) datetimes, used as they are in lookups; later calls
must pass the same kinds (else `TypeError`). It is called twice, with two sets of stand-in values, to
learn where each lands among the query's parameters. A query whose shape depends on the values, or
that works a value out of an argument (`day + timedelta(7)`), is refused with a `ValueError` at the
first call. The lambda must never read the clock itself: a `timezone.now()` inside would be kept
from the first call (take the time as an argument).

A read of at most N rows is `_jobs(id, limit=N)`: each limit is compiled once (SQL writes it out),
and so is each time zone (lookups like `__date` write the current one out).
A `values_list()` read returns its tuples. `prefetch_related`, `values()` and a `values_list()` that
names or computes its columns are refused: keep those as querysets. Ownership is the queryset's
business as everywhere: filter by owner, or by a parent fetched with `get_owned_or_404`.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import ModelIterable, ValuesListIterable, get_related_populators
from django.utils import timezone

# Stand-ins for the arguments while compiling, far from any real value: positive ids within 32 bits
# that no table hands out yet (PostgreSQL checks an integer column's range, and Django drops a
# condition on a positive-only column that a negative value cannot meet), dates a thousand years
# ago. Each read is compiled with two sets of them: the SQL and the kept parameters must come out
# the same, so a value worked out from an argument inside the lambda (frozen otherwise) is refused.
_ID = (2_017_300_000, 2_027_300_000)
_DAY = (dt.date(1001, 1, 1), dt.date(1002, 1, 1))
_MOMENT = (dt.datetime(1001, 1, 1, tzinfo=dt.UTC), dt.datetime(1002, 1, 1, tzinfo=dt.UTC))
_MARKS = ("20173000", "20273000", "1001-01-", "1002-01-")  # a stand-in written out in the SQL


def _kind(value) -> str:
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, int) and not isinstance(value, bool):
        return "id"
    raise TypeError(f"a prepared read takes ids, dates and datetimes, not {type(value).__name__}")


def _stand_in(kind: str, i: int, second: int):
    if kind == "datetime":
        return _MOMENT[second] + dt.timedelta(hours=i)
    if kind == "date":
        return _DAY[second] + dt.timedelta(days=i)
    return _ID[second] + i


def _adapters(connection):
    """How the database backend writes a value among a query's parameters, by kind."""
    ops = connection.ops
    return {
        "as is": lambda v: v,
        "date": ops.adapt_datefield_value,
        "datetime": ops.adapt_datetimefield_value,
    }


def _value(args: tuple, slot: tuple, adapters: dict):
    argument, kind, typed = slot
    value = adapters[kind](args[argument])
    return typed(value) if typed else value


@dataclass
class _Plan:
    sql: str
    params: tuple
    slots: tuple  # per parameter: None to keep it, or (the argument it takes, how adapted, its type)
    kinds: tuple  # of the arguments: "id", "date" or "datetime"
    compiler: object
    model: type | None = None  # None: a values_list read, its rows as they come
    init_list: list | None = None
    start: int = 0
    end: int = 0
    populators: list | None = None
    annotations: dict | None = None


class Prepared:
    def __init__(self, build: Callable[..., QuerySet], *, known: str | None = None):
        """`build(*args)` makes the queryset; `known`: the name of a foreign key whose object the
        caller passes as `known=` (the parent the list hangs from), set on every row as Django's
        related managers do, so that following it costs no query."""
        self.build = build
        self.known = known
        # By database alias, limit and time zone. The SQL and the converters of a database's rows are
        # the same for every thread's connection to it; the rows are read on the caller's own.
        self._plans: dict[tuple, _Plan] = {}

    def __call__(self, *args, limit: int | None = None, known=None, using: str = "default") -> list:
        connection = connections[using]
        # Lookups on dates of datetimes (`__date`) write the current time zone into the query.
        key = (using, limit, timezone.get_current_timezone_name())
        if limit == 0:
            return []
        plan = self._plans.get(key) or self._prepare(connection, args, limit, key)
        if tuple(map(_kind, args)) != plan.kinds:  # a date where a datetime was, say: Django would convert
            raise TypeError(f"this prepared read takes {plan.kinds}, not {tuple(map(_kind, args))}")
        adapt = _adapters(connection)
        params = [
            p if slot is None else _value(args, slot, adapt)
            for p, slot in zip(plan.params, plan.slots, strict=True)
        ]
        with connection.cursor() as cursor:
            cursor.execute(plan.sql, params)
            rows = cursor.fetchall()
        if plan.compiler.has_extra_select:  # ordered by something not selected: Django trims it
            rows = [row[: plan.compiler.col_count] for row in rows]
        rows = plan.compiler.results_iter([rows], tuple_expected=plan.model is None)
        if plan.model is None:
            return list(rows)
        objects = []
        for row in rows:
            obj = plan.model.from_db(using, plan.init_list, row[plan.start : plan.end])
            for populator in plan.populators:
                populator.populate(row, obj)
            for name, position in plan.annotations.items():
                setattr(obj, name, row[position])
            if known is not None:
                setattr(obj, self.known, known)
            objects.append(obj)
        return objects

    def _prepare(self, connection, args: tuple, limit: int | None, key: tuple) -> _Plan:
        kinds = tuple(map(_kind, args))
        compiled = [self._compile(connection, kinds, limit, second) for second in (0, 1)]
        (queryset, compiler, sql, params, slots), (_, _, sql_2, params_2, slots_2) = compiled
        kept, kept_2 = (
            [p for p, slot in zip(ps, ss, strict=True) if slot is None]
            for ps, ss in ((params, slots), (params_2, slots_2))
        )
        taken = {slot[0] for slot in slots if slot is not None}
        if (
            sql != sql_2
            or kept != kept_2
            or slots != slots_2
            or taken != set(range(len(args)))
            or any(mark in sql for mark in _MARKS)
        ):
            raise ValueError(
                f"cannot prepare {queryset.query}: each argument must be a query parameter as it is"
            )
        as_tuples = queryset._iterable_class is ValuesListIterable
        if as_tuples:
            return self._keep(key, _Plan(sql, tuple(params), slots, kinds, compiler))
        select, klass_info = compiler.select, compiler.klass_info
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        plan = _Plan(
            sql=sql,
            params=tuple(params),
            slots=slots,
            kinds=kinds,
            compiler=compiler,
            model=klass_info["model"],
            init_list=[f[0].target.attname for f in select[start:end]],
            start=start,
            end=end,
            populators=get_related_populators(klass_info, select, connection.alias),
            annotations=compiler.annotation_col_map or {},
        )
        return self._keep(key, plan)

    def _compile(self, connection, kinds: tuple, limit: int | None, second: int):
        stand_ins = [_stand_in(kind, i, second) for i, kind in enumerate(kinds)]
        queryset = self.build(*stand_ins)
        if limit is not None:
            queryset = queryset[:limit]
        query = queryset.query
        as_tuples = queryset._iterable_class is ValuesListIterable and not (
            query.extra_select or query.annotation_select
        )
        if (
            queryset._iterable_class is not ModelIterable and not as_tuples
        ) or queryset._prefetch_related_lookups:
            raise ValueError("a prepared read returns model instances or plain values_list() rows")
        compiler = query.get_compiler(connection=connection)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:  # Django saw the stand-ins cannot match: the query depends on them
            raise ValueError(f"cannot prepare {query}: it matches nothing for some values") from None
        slots = tuple(self._slot(p, stand_ins, _adapters(connection)) for p in params)
        return queryset, compiler, sql, params, slots

    @staticmethod
    def _slot(param, stand_ins: list, adapters: dict) -> tuple | None:
        for i, stand_in in enumerate(stand_ins):
            kinds = ["as is"]
            if isinstance(stand_in, dt.datetime):
                kinds.append("datetime")
            elif isinstance(stand_in, dt.date):
                kinds.append("date")
            for kind in kinds:
                adapted = adapters[kind](stand_in)
                if isinstance(param, type(adapted)) and not isinstance(param, bool) and param == adapted:
                    # psycopg's Int4(...) and the like: Django typed the parameter; so do we.
                    return i, kind, (type(param) if type(param) is not type(adapted) else None)
        return None

    def _keep(self, key: tuple, plan: _Plan) -> _Plan:
        self._plans[key] = plan  # two threads compiling the same read at once keep the same plan
        return plan
