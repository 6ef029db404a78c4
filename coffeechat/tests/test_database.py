"""The SQLite connection's settings that matter for more than speed of one query."""

import pytest
from django.db import connection, transaction


@pytest.mark.django_db
def test_sqlite_keeps_its_statement_journal_out_of_memory():
    # With temp_store=MEMORY, SQLite keeps each statement's journal in a chained list in memory and
    # walks it from its start when a statement ends inside a savepoint: an import's thousands of
    # UPDATEs then cost a millisecond each (bench/imports.py: 16 s instead of 2.5 s).
    if connection.vendor != "sqlite":
        pytest.skip("a SQLite setting")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("PRAGMA temp_store")
        (mode,) = cursor.fetchone()
    assert mode != 2, "temp_store=MEMORY is back in settings.DATABASES' init_command"


@pytest.mark.django_db
def test_sqlite_connection_pragmas_are_set():
    if connection.vendor != "sqlite":
        pytest.skip("a SQLite setting")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone() == (1,)
        cursor.execute("PRAGMA journal_mode")
        journal = cursor.fetchone()[0]
    # Tests run on an in-memory database, which has no write-ahead log; a file database is in WAL.
    assert journal in {"wal", "memory"}
