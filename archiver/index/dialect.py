"""SQLite SQL -> PostgreSQL SQL: the one place the two dialects' differences are written down.

The index's queries and migrations are written once, in SQLite's dialect (SQLite is the default and
needs no service). Where PostgreSQL disagrees, ``translate`` rewrites the statement, so a new table or
query needs nothing here unless it uses a construct below that has no rewrite yet:

  queries    ``?`` -> ``%s`` (and a literal ``%`` -> ``%%``, psycopg's escape); ``INSERT OR IGNORE`` ->
             ``ON CONFLICT DO NOTHING``; ``x IS ?`` -> ``IS NOT DISTINCT FROM``; ``json_extract(c, '$.k')``
             -> ``c::jsonb ->> 'k'``; ``x COLLATE NOCASE`` -> ``lower(x)``; scalar ``max(a, b)`` ->
             ``greatest``; ``LIKE`` -> ``ILIKE`` (SQLite's LIKE ignores ASCII case); the column name
             ``offset`` (reserved in PostgreSQL) quoted
  DDL        ``INTEGER PRIMARY KEY`` -> identity column; ``INTEGER`` -> ``BIGINT`` (WARC offsets pass
             2**31); ``TEXT`` -> ``TEXT COLLATE "C"`` (SQLite compares bytes: SURT and time order stay
             the same); inline ``REFERENCES`` become (deferrable) foreign keys added after the migration step
             (SQLite lets ``fetches`` name ``captures`` before it exists); an FTS5 virtual table becomes a table
             with a generated ``tsvector`` column and a GIN index (PostgreSQL's own text search)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# PostgreSQL's "simple" parser and dictionary (no stemming, no stop words, like FTS5's unicode61: quotes match
# as written) behind unaccent, as unicode61's remove_diacritics; archiver.index.postgres creates it.
TEXT_SEARCH_CONFIG = "archiver_text"

_LITERAL = re.compile(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")")
_JSON_EXTRACT = re.compile(r"json_extract\(\s*([\w.]+)\s*,\s*'\$\.(\w+)'\s*\)")
_NOCASE = re.compile(r"([\w.]+)\s+COLLATE\s+NOCASE", re.IGNORECASE)
_SCALAR_MINMAX = re.compile(r"\b(max|min)\(([^(),]+),([^(),]+)\)", re.IGNORECASE)
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO", re.IGNORECASE)
_IS_PARAM = re.compile(r"\bIS\s+(NOT\s+)?\?")
_BARE_OFFSET = re.compile(r"(?<![\w.])offset(?!\w)")  # lower case: the column; OFFSET the keyword stays
_LIKE = re.compile(r"\bLIKE\b")
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)
_INSERT_TABLE = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\((.*)\)\s*$", re.IGNORECASE | re.S)
_ALTER_ADD = re.compile(r"^\s*ALTER\s+TABLE\s+\w+\s+ADD\s+(COLUMN\s+)?", re.IGNORECASE)
_FTS5 = re.compile(r"^\s*CREATE\s+VIRTUAL\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?(\w+)\s+USING\s+fts5\s*\((.*)\)\s*$",
                   re.IGNORECASE | re.S)
_REFERENCES = re.compile(r"\s+REFERENCES\s+(\w+)\s*\(\s*(\w+)\s*\)", re.IGNORECASE)
_TABLE_CONSTRAINT = re.compile(r"^\s*(CHECK|UNIQUE|PRIMARY|FOREIGN|CONSTRAINT)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Translated:
    statements: tuple[str, ...]
    foreign_keys: tuple[str, ...] = ()  # ALTER TABLE statements to run once the migration step's tables exist
    insert_table: str | None = None  # the table of an INSERT without RETURNING (for cursor.lastrowid)


def _outside_literals(sql: str, rewrite: re.Pattern[str], replacement: str) -> str:
    parts = _LITERAL.split(sql)
    return "".join(part if i % 2 else rewrite.sub(replacement, part) for i, part in enumerate(parts))


def _placeholders(sql: str) -> str:
    """psycopg's ``%s`` for SQLite's ``?`` (outside literals); every literal ``%`` doubled."""
    parts = _LITERAL.split(sql)
    return "".join(part.replace("%", "%%") if i % 2 else part.replace("%", "%%").replace("?", "%s")
                   for i, part in enumerate(parts))


def _query(sql: str) -> Translated:
    insert_table = None
    if _INSERT_OR_IGNORE.match(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1)
        if _RETURNING.search(sql):
            head, _, tail = sql.partition(" RETURNING ")
            sql = f"{head} ON CONFLICT DO NOTHING RETURNING {tail}"
        else:
            sql = f"{sql.rstrip().rstrip(';')} ON CONFLICT DO NOTHING"
    if (match := _INSERT_TABLE.match(sql)) and not _RETURNING.search(sql):
        insert_table = match.group(1).lower()
    sql = _JSON_EXTRACT.sub(r"(\1::jsonb ->> '\2')", sql)
    sql = _NOCASE.sub(r"lower(\1)", sql)
    sql = _SCALAR_MINMAX.sub(lambda m: f"{'greatest' if m.group(1).lower() == 'max' else 'least'}("
                             f"{m.group(2)},{m.group(3)})", sql)
    sql = _IS_PARAM.sub(lambda m: "IS DISTINCT FROM ?" if m.group(1) else "IS NOT DISTINCT FROM ?", sql)
    sql = _outside_literals(sql, _BARE_OFFSET, '"offset"')
    sql = _outside_literals(sql, _LIKE, "ILIKE")
    return Translated((_placeholders(sql),), insert_table=insert_table)


def _split_top_level(body: str) -> list[str]:
    items, depth, start = [], 0, 0
    for i, char in enumerate(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(body[start:i])
            start = i + 1
    items.append(body[start:])
    return [item.strip() for item in items if item.strip()]


def _column_type(definition: str) -> str:
    definition = re.sub(r"\bINTEGER\s+PRIMARY\s+KEY\b", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                        definition)
    definition = re.sub(r"\bINTEGER\b", "BIGINT", definition)
    definition = re.sub(r"\bREAL\b", "DOUBLE PRECISION", definition)
    definition = re.sub(r"\bBLOB\b", "BYTEA", definition)
    return re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', definition)


def _foreign_key(table: str, column: str, target: str, target_column: str) -> str:
    """Add a named, deferrable foreign key unless it is there (an IF NOT EXISTS step may run twice)."""
    name = f"{table}_{column}_fkey"
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '{name}') THEN "
            f"ALTER TABLE {table} ADD CONSTRAINT {name} FOREIGN KEY ({column}) "
            f"REFERENCES {target}({target_column}) DEFERRABLE; END IF; END $$")


def _create_table(match: re.Match[str]) -> Translated:
    if_not_exists, table, body = match.group(1) or "", match.group(2), match.group(3)
    columns, foreign_keys = [], []
    for item in _split_top_level(body):
        if _TABLE_CONSTRAINT.match(item):
            columns.append(item)
            continue
        if ref := _REFERENCES.search(item):
            foreign_keys.append(_foreign_key(table, item.split()[0], ref.group(1), ref.group(2)))
            item = _REFERENCES.sub("", item)
        columns.append(_column_type(item))
    sql = f"CREATE TABLE {if_not_exists}{table} (\n    " + ",\n    ".join(columns) + "\n)"
    return Translated((_placeholders(_outside_literals(sql, _BARE_OFFSET, '"offset"')),), tuple(foreign_keys))


def _fts_table(match: re.Match[str]) -> Translated:
    """An FTS5 table as a plain table keyed by rowid, searched through a generated tsvector column."""
    if_not_exists, table = match.group(1) or "", match.group(2)
    names = [item.split()[0] for item in _split_top_level(match.group(3)) if "=" not in item]
    document = " || ' ' || ".join(f"coalesce({name}, '')" for name in names)
    columns = ", ".join(f'{name} TEXT COLLATE "C"' for name in names)
    return Translated((
        f"CREATE TABLE {if_not_exists}{table} (rowid BIGINT PRIMARY KEY, {columns}, "
        f"tsv tsvector GENERATED ALWAYS AS (to_tsvector('{TEXT_SEARCH_CONFIG}', {document})) STORED)",
        f"CREATE INDEX {if_not_exists}{table}_tsv ON {table} USING GIN (tsv)",
    ))


@lru_cache(maxsize=1024)
def translate(sql: str) -> Translated:
    """The PostgreSQL statement(s) for one SQLite statement (cached: the index runs a few hundred kinds)."""
    if match := _FTS5.match(sql):
        return _fts_table(match)
    if match := _CREATE_TABLE.match(sql):
        return _create_table(match)
    if _ALTER_ADD.match(sql):
        return Translated((_placeholders(_outside_literals(_column_type(sql), _BARE_OFFSET, '"offset"')),))
    return _query(sql)
