"""One search box over people, companies, coffee chats and notes.

The database keeps a full-text index in step with the tables by itself (triggers, installed by a
migration and by `coffeechat search_reindex`), so bulk writes such as imports are found too:

- SQLite: an FTS5 table `search_index` (unicode61 tokenizer with diacritics removed: "Jose" finds
  "José"), ranked by bm25 with the title weighing more than the rest.
- PostgreSQL: a table `search_index` with a weighted `tsvector` and a GIN index; accents are folded
  by `coffeechat_fold()`, a plain SQL function (no extension needed).

Each row: owner, kind (person, company, conversation, note), the id of the object it links to, a
title and a body. The row id is `source id * 4 + kind`, so a row is replaced without a scan.
Ranking and snippets are plain functions below, the same on both databases.
"""

import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection as default_connection

PERSON, COMPANY, CONVERSATION, NOTE = 0, 1, 2, 3
KIND_LABELS = {PERSON: "Person", COMPANY: "Company", CONVERSATION: "Coffee chat", NOTE: "Note"}
KIND_URLS = {PERSON: "person", COMPANY: "company", CONVERSATION: "conversation", NOTE: "person"}
MAX_TERMS = 8
CANDIDATES = 60  # rows taken from the index, in its order, before our ranking picks the best

# Accented letters folded by PostgreSQL's coffeechat_fold() (Python folds queries with unicodedata).
_ACCENTED = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž"
_PLAIN = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnooooooooorrssstuuuuuuuuyyzzz"


def fold(text: str) -> str:
    """Lowercase without accents: "José Álvarez" → "jose alvarez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def terms(query: str) -> list[str]:
    """The words of a query, folded, at most MAX_TERMS."""
    return re.findall(r"\w+", fold(query.replace("\x00", " ")))[:MAX_TERMS]


# ---------------------------------------------------------------------------------------------
# The index, per database


def _joined(*parts: str) -> str:
    """SQL joining the non-empty parts with " · " (the same on SQLite and PostgreSQL)."""
    return "rtrim(" + " || ".join(f"COALESCE(NULLIF({p}, '') || ' · ', '')" for p in parts) + ", ' ·')"


def _title_body(kind: int, new: str) -> tuple[str, str]:
    """SQL expressions for a row's title and body, `new` being the trigger's row alias."""
    company = "(SELECT name FROM network_company WHERE id = {n}.company_id)"
    host = "(SELECT name FROM network_person WHERE id = {n}.host_id)"
    person = "(SELECT name FROM network_person WHERE id = {n}.person_id)"
    # "UX Designer at Globex · notes": the snippet under a result reads as a sentence, not a run of words.
    job = f"{{n}}.title || COALESCE(CASE WHEN {{n}}.title <> '' THEN ' at ' ELSE '' END || {company}, '')"
    expressions = {
        PERSON: ("{n}.name", _joined(job, "{n}.notes")),
        COMPANY: ("{n}.name", _joined("{n}.industry", "{n}.location", "{n}.notes")),
        CONVERSATION: (
            f"'Coffee chat with ' || COALESCE({host}, '')",
            _joined(f"COALESCE({company}, '')", "{n}.goal", "{n}.notes"),
        ),
        NOTE: (f"COALESCE({person}, '')", "{n}.summary"),
    }
    title, body = expressions[kind]
    return title.format(n=new), body.format(n=new)


SOURCES = {
    PERSON: ("network_person", "id"),
    COMPANY: ("network_company", "id"),
    CONVERSATION: ("conversations_conversation", "id"),
    NOTE: ("conversations_interaction", "person_id"),
}
_WHEN = {NOTE: "{n}.summary <> ''"}
# When these change, rows of other kinds that show them change too: (kind, the column pointing here).
_DEPENDENTS = {
    PERSON: [(CONVERSATION, "host_id"), (NOTE, "person_id")],
    COMPANY: [(PERSON, "company_id"), (CONVERSATION, "company_id")],
}


# The columns each kind's row is made of: an update that changes none of them leaves the index alone
# (an import that only fills in LinkedIn URLs or dates re-indexes nothing).
_COLUMNS = {
    PERSON: ("owner_id", "name", "title", "company_id", "notes"),
    COMPANY: ("owner_id", "name", "industry", "location", "notes"),
    CONVERSATION: ("owner_id", "host_id", "company_id", "goal", "notes"),
    NOTE: ("owner_id", "person_id", "summary"),
}


def _changed(columns, differs: str) -> str:
    """SQL that is true when any of `columns` differs between OLD and NEW (`differs`: the vendor's
    null-safe "is not": IS NOT on SQLite, IS DISTINCT FROM on PostgreSQL)."""
    return " OR ".join(f"old.{c} {differs} new.{c}" for c in columns)


def _sqlite_sql() -> list[str]:
    statements = [
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
        "owner, title, body, kind UNINDEXED, object_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    ]
    for kind, (table, _link) in SOURCES.items():
        refresh = (
            f"DELETE FROM search_index WHERE rowid = new.id * 4 + {kind}; {_sqlite_insert(kind, 'new.id')};"
        )
        cascade = ""
        for dep, column in _DEPENDENTS.get(kind, []):
            ids = f"(SELECT id FROM {SOURCES[dep][0]} WHERE {column} = new.id)"
            cascade += (
                f"DELETE FROM search_index WHERE rowid IN (SELECT id * 4 + {dep} FROM {SOURCES[dep][0]} "
                f"WHERE {column} = new.id); {_sqlite_insert(dep, ids, many=True)};"
            )
        statements += [
            f"CREATE TRIGGER IF NOT EXISTS search_{table}_ai AFTER INSERT ON {table} BEGIN {refresh} END",
            f"CREATE TRIGGER IF NOT EXISTS search_{table}_au AFTER UPDATE ON {table} "
            f"WHEN {_changed(_COLUMNS[kind], 'IS NOT')} BEGIN "
            f"DELETE FROM search_index WHERE rowid = old.id * 4 + {kind}; {refresh} END",
            f"CREATE TRIGGER IF NOT EXISTS search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = old.id * 4 + {kind}; END",
        ]
        if cascade:  # other rows show this one's name: only a new name changes them
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS search_{table}_an AFTER UPDATE ON {table} "
                f"WHEN old.name IS NOT new.name BEGIN {cascade} END"
            )
    return statements


def _sqlite_insert(kind: int, ids: str, many: bool = False) -> str:
    table, link = SOURCES[kind]
    title, body = _title_body(kind, "s")
    cond = _WHEN.get(kind, "1 = 1").format(n="s")
    match = f"s.id IN {ids}" if many else f"s.id = {ids}"
    return (
        "INSERT INTO search_index(rowid, owner, kind, object_id, title, body) "
        f"SELECT s.id * 4 + {kind}, 'u' || s.owner_id, {kind}, s.{link}, {title}, {body} "
        f"FROM {table} s WHERE {match} AND {cond}"
    )


FOLD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION coffeechat_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT translate(lower(t), '{_ACCENTED}', '{_PLAIN}') $$
"""


def _postgres_insert(kind: int, where: str) -> str:
    table, link = SOURCES[kind]
    title, body = _title_body(kind, "s")
    cond = _WHEN.get(kind, "TRUE").format(n="s")
    return (
        "INSERT INTO search_index(id, owner_id, kind, object_id, title, body, document) "
        f"SELECT s.id * 4 + {kind}, s.owner_id, {kind}, s.{link}, t.title, t.body, "
        "setweight(to_tsvector('simple', coffeechat_fold(t.title)), 'A') || "
        "setweight(to_tsvector('simple', coffeechat_fold(t.body)), 'B') "
        f"FROM {table} s CROSS JOIN LATERAL (SELECT {title} AS title, {body} AS body) t "
        f"WHERE ({where}) AND {cond} "
        "ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, object_id = EXCLUDED.object_id, "
        "title = EXCLUDED.title, body = EXCLUDED.body, document = EXCLUDED.document"
    )


def _postgres_sql() -> list[str]:
    statements = [
        FOLD_FUNCTION,
        "CREATE TABLE IF NOT EXISTS search_index (id bigint PRIMARY KEY, owner_id bigint NOT NULL, "
        "kind smallint NOT NULL, object_id bigint NOT NULL, title text NOT NULL, body text NOT NULL, "
        "document tsvector NOT NULL)",
        "CREATE INDEX IF NOT EXISTS search_index_document ON search_index USING gin (document)",
        "CREATE INDEX IF NOT EXISTS search_index_owner ON search_index (owner_id)",
    ]
    for kind, (table, _link) in SOURCES.items():
        cascade = "".join(
            f"IF TG_OP = 'UPDATE' AND NEW.name IS DISTINCT FROM OLD.name THEN "
            f"{_postgres_insert(dep, f's.{column} = NEW.id')}; END IF; "
            for dep, column in _DEPENDENTS.get(kind, [])
        )
        unchanged = f"NOT ({_changed(_COLUMNS[kind], 'IS DISTINCT FROM')})"
        statements += [
            f"""CREATE OR REPLACE FUNCTION search_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE' AND {unchanged} THEN RETURN NEW; END IF;
              IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
                DELETE FROM search_index WHERE id = OLD.id * 4 + {kind};
              END IF;
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              {_postgres_insert(kind, "s.id = NEW.id")};
              {cascade}
              RETURN NEW;
            END $$""",
            f"DROP TRIGGER IF EXISTS search_{table} ON {table}",
            f"CREATE TRIGGER search_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_{table}()",
        ]
    return statements


@contextmanager
def people_reindexed_at_the_end(person_ids: list[int], connection=default_connection):
    """Update many people, then re-index them in two statements (SQLite; elsewhere the triggers do
    it as usual). Row by row, FTS5's deletes after an import's thousands of new rows cost 1-3 ms
    each and slowed every later statement of the transaction. Call it inside the transaction that
    writes: the triggers are dropped and put back in it, so a failure rolls both back. The rows
    updated must keep their names (an import never renames anyone): chats and notes that show a
    name are not re-indexed here."""
    if connection.vendor != "sqlite" or not person_ids:
        yield
        return
    table = SOURCES[PERSON][0]
    with connection.cursor() as cursor:
        for suffix in ("au", "an"):
            cursor.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    yield
    ids = ", ".join(str(int(pk)) for pk in person_ids)
    with connection.cursor() as cursor:
        rowids = ", ".join(str(int(pk) * 4 + PERSON) for pk in person_ids)
        cursor.execute(f"DELETE FROM search_index WHERE rowid IN ({rowids})")
        cursor.execute(_sqlite_insert(PERSON, f"({ids})", many=True))
        for statement in _sqlite_sql():
            if f"search_{table}_au " in statement or f"search_{table}_an " in statement:
                cursor.execute(statement)


def drop_triggers(connection=default_connection) -> None:
    """Remove the triggers (not the index): install() then puts the current ones in place."""
    with connection.cursor() as cursor:
        for table, _link in SOURCES.values():
            if connection.vendor == "sqlite":
                for suffix in ("ai", "au", "ad", "an"):
                    cursor.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
            else:
                cursor.execute(f"DROP TRIGGER IF EXISTS search_{table} ON {table}")


def install(connection=default_connection) -> None:
    """Create the index and its triggers (idempotent), then fill it from the tables."""
    with connection.cursor() as cursor:
        for statement in _sqlite_sql() if connection.vendor == "sqlite" else _postgres_sql():
            cursor.execute(statement)
    reindex(connection)


def uninstall(connection=default_connection) -> None:
    drop_triggers(connection)
    with connection.cursor() as cursor:
        if connection.vendor != "sqlite":
            for table, _link in SOURCES.values():
                cursor.execute(f"DROP FUNCTION IF EXISTS search_{table}()")
        cursor.execute("DROP TABLE IF EXISTS search_index")


def reindex(connection=default_connection) -> int:
    """Rebuild the whole index from the tables; returns the number of rows indexed."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_index")
        for kind in SOURCES:
            if connection.vendor == "sqlite":
                cursor.execute(_sqlite_insert(kind, "(SELECT id FROM " + SOURCES[kind][0] + ")", many=True))
            else:
                cursor.execute(_postgres_insert(kind, "TRUE"))
        cursor.execute("SELECT COUNT(*) FROM search_index")
        return cursor.fetchone()[0]


# ---------------------------------------------------------------------------------------------
# Searching


@dataclass
class Hit:
    kind: int
    object_id: int
    title: str
    body: str
    position: int  # the index's own rank, 0 = best

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def url(self) -> str:
        from coffeechat.lib.http import object_url

        return object_url(KIND_URLS[self.kind], self.object_id)


def _candidates(owner_id: int, words: list[str], connection) -> list[tuple]:
    # A word or two of one or two letters is someone starting to type a name: look in titles only,
    # rather than rank thousands of notes that happen to contain "ma".
    titles_only = all(len(w) < 3 for w in words)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            columns = "title" if titles_only else "title body"
            prefixes = " AND ".join(f'"{w}"*' for w in words)
            cursor.execute(
                "SELECT kind, object_id, title, body FROM search_index WHERE search_index MATCH %s "
                "ORDER BY bm25(search_index, 0.0, 10.0, 1.0) LIMIT %s",
                [f'owner : "u{owner_id}" AND {{{columns}}} : ({prefixes})', CANDIDATES],
            )
        else:
            query = " & ".join(f"{w}:*A" if titles_only else f"{w}:*" for w in words)
            cursor.execute(
                "SELECT kind, object_id, title, body FROM search_index, to_tsquery('simple', %s) q "
                "WHERE owner_id = %s AND document @@ q ORDER BY ts_rank(document, q) DESC, id LIMIT %s",
                [query, owner_id, CANDIDATES],
            )
        return cursor.fetchall()


def search(owner, query: str, limit: int = 20, connection=default_connection) -> list[Hit]:
    """The owner's best matches for `query`, best first."""
    words = terms(query)
    if not words or not owner.is_authenticated:
        return []
    hits = [Hit(k, o, t, b, i) for i, (k, o, t, b) in enumerate(_candidates(owner.pk, words, connection))]
    hits.sort(key=lambda h: result_key(h.title, words, h.kind, h.position))
    # A person with several matching notes shows once per kind and link.
    seen, unique = set(), []
    for hit in hits:
        if hit.kind == NOTE and (hit.kind, hit.object_id) in seen:
            continue
        seen.add((hit.kind, hit.object_id))
        unique.append(hit)
    return unique[:limit]


def title_match(title: str, words: list[str]) -> int:
    """0: the title is the query; 1: it starts with it; 2: every word starts a title word;
    3: not in the title."""
    folded = fold(title)
    title_words = re.findall(r"\w+", folded)
    if title_words == words:
        return 0
    if title_words[: len(words)] and all(t.startswith(w) for t, w in zip(title_words, words, strict=False)):
        return 1 if len(title_words) >= len(words) else 3
    if all(any(t.startswith(w) for t in title_words) for w in words):
        return 2
    return 3


def result_key(title: str, words: list[str], kind: int, position: int) -> tuple:
    """Ranking: how well the title matches, then people before companies, chats and notes, then the
    index's own relevance order."""
    return (title_match(title, words), kind, position)


def snippet(text: str, words: list[str], width: int = 160) -> list[tuple[str, bool]]:
    """A piece of `text` around the first matching word, as (text, is_match) parts for the template to
    mark up; accents are ignored when matching ("jose" marks "José")."""
    text = " ".join(text.split())
    if not text:
        return []
    # Fold character by character, remembering where each folded character came from.
    folded, origin = [], []
    for i, char in enumerate(text):
        for f in fold(char):
            folded.append(f)
            origin.append(i)
    folded = "".join(folded)
    spans = []
    for word in words:
        for m in re.finditer(rf"(?<!\w){re.escape(word)}\w*", folded):
            spans.append((origin[m.start()], origin[m.end() - 1] + 1))
    spans.sort()
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    parts, cursor = [], start
    for s, e in spans:
        if s < cursor or e > end:
            continue
        if s > cursor:
            parts.append((text[cursor:s], False))
        parts.append((text[s:e], True))
        cursor = e
    if cursor < end:
        parts.append((text[cursor:end], False))
    if start > 0:
        parts.insert(0, ("…", False))
    if end < len(text):
        parts.append(("…", False))
    return parts


def ensure_installed(connection=default_connection) -> bool:
    """Put back missing triggers (SQLite drops a table's triggers when a migration rebuilds the table)
    and reindex; True when something was missing. Run after every migrate."""
    tables = [table for table, _ in SOURCES.values()]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
            )
            complete = cursor.fetchone()[0] == 3 * len(tables) + len(_DEPENDENTS)
        else:
            cursor.execute(
                "SELECT COUNT(*) FROM pg_trigger WHERE tgname = ANY(%s) AND NOT tgisinternal",
                [[f"search_{t}" for t in tables]],
            )
            complete = cursor.fetchone()[0] == len(tables)
    if not complete:
        install(connection)
    return not complete
