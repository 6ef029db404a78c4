"""Many rows in few statements, for imports of tens of thousands of contacts.

Django's bulk_create and bulk_update prepare every value of every row through the expression
machinery: about 0.3 ms a row, ten seconds for a large LinkedIn file. Here the columns an import
sets are adapted directly and every other column gets its default, computed once; the SQL is plain
INSERT … VALUES … RETURNING and UPDATE … WHERE id = %s, the same on SQLite and PostgreSQL.
"""

import datetime as dt

from django.db import connection, models
from django.utils import timezone

ROWS_PER_INSERT = 500


def _raw_cursor():
    """The driver's own cursor: Django's SQLite wrapper rewrites every %s of a statement with a
    regular expression, which costs more than the insert itself for 500-row statements."""
    connection.ensure_connection()
    return connection.connection.cursor()


def _placeholder() -> str:
    return "?" if connection.vendor == "sqlite" else "%s"


def _adapter(field: models.Field):
    ops = connection.ops
    if isinstance(field, models.DateTimeField):
        return ops.adapt_datetimefield_value
    if isinstance(field, models.DateField):
        return lambda v: ops.adapt_datefield_value(v) if isinstance(v, dt.date) else v
    if isinstance(field, models.JSONField):
        return lambda v: field.get_db_prep_save(v, connection)
    return lambda v: v


def _fields(model: type[models.Model]) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def _constant(field: models.Field, now: dt.datetime):
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        value = now
    else:
        value = field.get_default()
    return field.get_db_prep_save(value, connection)


def insert(model: type[models.Model], rows: list[dict], *, returning: bool = False) -> list[int]:
    """Insert `rows` (dicts of attname -> value); the new primary keys, in order, if `returning`."""
    if not rows:
        return []
    now = timezone.now()
    fields = _fields(model)
    given = set(rows[0])
    # (attname, True, adapter) for the columns the rows give; (attname, False, value) for the rest.
    plan = [
        (f.attname, True, _adapter(f)) if f.attname in given else (f.attname, False, _constant(f, now))
        for f in fields
    ]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    one = "(" + ", ".join([_placeholder()] * len(fields)) + ")"
    pk = connection.ops.quote_name(model._meta.pk.column)
    ids: list[int] = []
    cursor = _raw_cursor()
    try:
        for start in range(0, len(rows), ROWS_PER_INSERT):
            batch = rows[start : start + ROWS_PER_INSERT]
            params = []
            for row in batch:
                params.extend(how(row[name]) if given else how for name, given, how in plan)
            sql = f"INSERT INTO {table} ({columns}) VALUES {', '.join([one] * len(batch))}"
            with connection.wrap_database_errors:  # the driver's errors as Django's
                if returning:
                    cursor.execute(f"{sql} RETURNING {pk}", params)
                    ids.extend(r[0] for r in cursor.fetchall())
                else:
                    cursor.execute(sql, params)
    finally:
        cursor.close()
    return ids


def update(model: type[models.Model], names: list[str], rows: list[tuple]) -> None:
    """UPDATE each row's `names` columns (attnames) to the row's values; the row's last item is its pk."""
    if not rows:
        return
    fields = [model._meta.get_field(n) for n in names]
    adapters = [_adapter(f) for f in fields]
    table = connection.ops.quote_name(model._meta.db_table)
    sets = ", ".join(f"{connection.ops.quote_name(f.column)} = {_placeholder()}" for f in fields)
    pk = connection.ops.quote_name(model._meta.pk.column)
    params = [[a(v) for a, v in zip(adapters, row[:-1], strict=True)] + [row[-1]] for row in rows]
    cursor = _raw_cursor()
    try:
        with connection.wrap_database_errors:
            cursor.executemany(f"UPDATE {table} SET {sets} WHERE {pk} = {_placeholder()}", params)
    finally:
        cursor.close()
