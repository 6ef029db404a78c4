"""Reads compiled to SQL once, for the busiest pages.

Django turns a queryset into SQL on every run, and on this app's pages that costs more than the
database: 0.2-0.6 ms of Python a query (the more columns and joins, the more), against a few
hundredths of a millisecond for SQLite or PostgreSQL to answer. A person's page makes a dozen such
reads. `Prepared` compiles a read once per database connection and afterwards only runs its SQL with
the new values, building the same model instances Django would:

    _jobs = Prepared(lambda person_id: Job.objects.filter(person_id=person_id).select_related("company"))
    jobs = _jobs(person.pk)  # a list of Job, each with its company

The lambda's arguments are ids (whole numbers). It is called once, with stand-in numbers, to learn
where each lands among the query's parameters; a query whose shape depends on the values (an `IN`
list of varying length, a date computed from today) cannot be prepared, and saying so is a
`ValueError` at the first call. A read of at most N rows is `_jobs(id, limit=N)`: each limit is
compiled once (SQL writes it out). A `values_list()` read returns its tuples. `prefetch_related`,
`values()`, `defer()` and a `values_list()` that names or computes its columns are refused: keep
those as querysets. Ownership is the queryset's business as everywhere: filter by owner, or by a
parent fetched with `get_owned_or_404`.
"""

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import ModelIterable, ValuesListIterable, get_related_populators

# Stand-ins for the arguments while compiling: far outside any id a table hands out.
_STAND_IN = -7_301_000_000


@dataclass
class _Plan:
    sql: str
    params: tuple
    slots: tuple  # for each parameter, the index of the argument it takes, or None to keep it
    compiler: object
    model: type | None = None  # None: a values_list read, its rows as they come
    init_list: list | None = None
    start: int = 0
    end: int = 0
    populators: list | None = None
    annotations: dict | None = None


class Prepared:
    def __init__(self, build: Callable[..., QuerySet], *, known: str | None = None):
        """`build(*ids)` makes the queryset; `known`: the name of a foreign key whose object the
        caller passes as `known=` (the parent the list hangs from), set on every row as Django's
        related managers do, so that following it costs no query."""
        self.build = build
        self.known = known
        self._plans: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def __call__(self, *ids: int, limit: int | None = None, known=None, using: str = "default") -> list:
        connection = connections[using]
        plan = self._plans.get(connection, {}).get(limit) or self._prepare(connection, len(ids), limit)
        params = [p if slot is None else ids[slot] for p, slot in zip(plan.params, plan.slots, strict=True)]
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

    def _prepare(self, connection, arity: int, limit: int | None) -> _Plan:
        stand_ins = [_STAND_IN - i for i in range(arity)]
        queryset = self.build(*stand_ins)
        if limit is not None:
            queryset = queryset[:limit]
        query = queryset.query
        as_tuples = queryset._iterable_class is ValuesListIterable and not (
            query.extra_select or query.annotation_select
        )
        if (
            (queryset._iterable_class is not ModelIterable and not as_tuples)
            or queryset._prefetch_related_lookups
            or query.deferred_loading != (frozenset(), True)
        ):
            raise ValueError("a prepared read returns model instances or plain values_list() rows")
        compiler = queryset.query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        slots = tuple(stand_ins.index(p) if p in stand_ins else None for p in params)
        if any(str(s) in sql for s in stand_ins) or {s for s in slots if s is not None} != set(range(arity)):
            raise ValueError(f"cannot prepare {queryset.query}: each argument must be one query parameter")
        if as_tuples:
            return self._keep(connection, limit, _Plan(sql, tuple(params), slots, compiler))
        select, klass_info = compiler.select, compiler.klass_info
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        plan = _Plan(
            sql=sql,
            params=tuple(params),
            slots=slots,
            compiler=compiler,
            model=klass_info["model"],
            init_list=[f[0].target.attname for f in select[start:end]],
            start=start,
            end=end,
            populators=get_related_populators(klass_info, select, connection.alias),
            annotations=compiler.annotation_col_map or {},
        )
        return self._keep(connection, limit, plan)

    def _keep(self, connection, limit, plan: _Plan) -> _Plan:
        with self._lock:
            self._plans.setdefault(connection, {})[limit] = plan
        return plan
