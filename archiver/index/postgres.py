"""The index in PostgreSQL (psycopg 3): the same tables, migrations and queries as the SQLite index.

``PostgresIndex`` keeps ``Index``'s interface; every statement goes through archiver.index.dialect.
Write transactions take one cluster-wide advisory lock first, so they are serialised as SQLite's
``BEGIN IMMEDIATE`` serialises them: the read-then-write steps written for SQLite (claiming schedules,
the full-text progress mark, article upserts) stay correct with many processes on many machines.
Index writes are a few short statements per capture, so the lock costs little next to a fetch.

The schema version is kept in ``archiver_schema``; the migrations are the SQLite ones, translated.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, cast

import psycopg
from psycopg.rows import RowMaker

from archiver.errors import ArchiveError, one_line
from archiver.index.db import Connection, Index
from archiver.index.dialect import TEXT_SEARCH_CONFIG, translate
from archiver.index.schema import MIGRATIONS

WRITE_LOCK = 0x61726368  # pg_advisory_xact_lock key of index writes ("arch")
MIGRATE_LOCK = WRITE_LOCK + 1


class Row:
    """A result row that behaves like sqlite3.Row: by name or position, iterating its values."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: dict[str, int], values: tuple[Any, ...]) -> None:
        self._names, self._values = names, values

    def __getitem__(self, key: int | str) -> Any:
        return self._values[key] if isinstance(key, int) else self._values[self._names[key]]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._names)


def _value(value: Any) -> Any:
    """SQLite's types for PostgreSQL's: booleans (from EXISTS, comparisons) as 0/1, numeric sums as int."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _row_factory(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    names: dict[str, int] = {}
    for i, column in enumerate(cursor.description or ()):
        names.setdefault(column.name, i)  # a repeated name reads its first column, as in sqlite3.Row
    return lambda values: Row(names, tuple(_value(v) for v in values))


def _params(params: Any) -> tuple[Any, ...]:
    return tuple(int(v) if isinstance(v, bool) else v for v in (params or ()))


class Cursor:
    """The part of sqlite3.Cursor the index uses, over a psycopg cursor."""

    def __init__(self, cursor: psycopg.Cursor[Row], lastrowid: int | None = None) -> None:
        self._cursor, self.lastrowid = cursor, lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())


class PgConnection:
    """Runs SQLite-dialect statements on a psycopg connection (see Connection in archiver.index.db)."""

    def __init__(self, conn: psycopg.Connection[Row], id_tables: frozenset[str]) -> None:
        self.conn, self.id_tables = conn, id_tables
        self.foreign_keys: list[str] = []  # collected while migrating, added after each step

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        translated = translate(sql)
        *before, last = translated.statements
        try:
            for statement in before:
                self.conn.execute(statement)
            if translated.insert_table in self.id_tables:
                cursor = self.conn.execute(last + " RETURNING id", _params(parameters))
                row = cursor.fetchone()
                return Cursor(cursor, int(row[0]) if row else None)
            self.foreign_keys += translated.foreign_keys
            return Cursor(self.conn.execute(last, _params(parameters)))
        except psycopg.Error as exc:
            raise ArchiveError(f"the index database refused a statement: {one_line(exc)}") from exc


def connect(url: str) -> psycopg.Connection[Row]:
    try:
        return psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=10)
    except psycopg.Error as exc:
        raise ArchiveError(f"cannot connect to the index database: {one_line(exc)}") from exc


def _text_search_config(conn: psycopg.Connection[Row]) -> None:
    """The text search configuration the full-text index uses (see dialect.TEXT_SEARCH_CONFIG)."""
    conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")  # contrib; trusted, so the database owner may
    if conn.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", (TEXT_SEARCH_CONFIG,)).fetchone() is None:
        conn.execute(f"CREATE TEXT SEARCH CONFIGURATION {TEXT_SEARCH_CONFIG} (COPY = simple)")
        conn.execute(f"ALTER TEXT SEARCH CONFIGURATION {TEXT_SEARCH_CONFIG} "
                     "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple")


def migrate(conn: psycopg.Connection[Row], migrations: Sequence[Callable[[sqlite3.Connection], None]] = MIGRATIONS
            ) -> int:
    """Bring the database to the latest schema (one transaction; concurrent callers wait); its version."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS archiver_schema (version BIGINT NOT NULL)")
        row = conn.execute("SELECT version FROM archiver_schema").fetchone()
        if row is None:
            conn.execute("INSERT INTO archiver_schema (version) VALUES (0)")
        version = int(row[0]) if row else 0
        if version < len(migrations):
            _text_search_config(conn)
        wrapper = PgConnection(conn, frozenset())
        for number, step in enumerate(migrations[version:], start=version + 1):
            # The steps are written against sqlite3.Connection; the wrapper speaks the part they use.
            step(cast(sqlite3.Connection, wrapper))
            for statement in wrapper.foreign_keys:
                conn.execute(statement)
            wrapper.foreign_keys.clear()
            conn.execute("UPDATE archiver_schema SET version = %s", (number,))
            version = number
    return version


def _identity_tables(conn: psycopg.Connection[Row]) -> frozenset[str]:
    rows = conn.execute(
        """SELECT table_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'"""
    ).fetchall()
    return frozenset(str(row[0]) for row in rows)


class PostgresIndex(Index):
    dialect = "postgresql"

    def __init__(self, url: str) -> None:  # not super().__init__: that opens SQLite, and nothing of it is shared
        self.url = url
        self._lock = threading.RLock()
        self.read_only = False
        self._conn = connect(url)
        try:
            migrate(self._conn)
            self._wrapper = PgConnection(self._conn, _identity_tables(self._conn))
        except psycopg.Error as exc:
            self._conn.close()
            raise ArchiveError(f"cannot prepare the index database: {one_line(exc)}") from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @property
    def connection(self) -> psycopg.Connection[Row]:
        """The psycopg connection, for bulk work (COPY) inside ``transaction()``."""
        return self._conn

    @property
    def identity_tables(self) -> frozenset[str]:
        """Tables whose ``id`` the database numbers (INTEGER PRIMARY KEY in the SQLite schema)."""
        return self._wrapper.id_tables

    def _connected(self) -> PgConnection:
        """The connection, opened again if the server dropped it (a restart, a failover, an idle timeout)."""
        if self._conn.broken:  # (not closed: close() means closed)
            self._conn = connect(self.url)
            self._wrapper = PgConnection(self._conn, self._wrapper.id_tables)
        return self._wrapper

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self._lock:
            wrapper = self._connected()
            try:
                with self._conn.transaction():
                    self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                    yield wrapper
            except psycopg.OperationalError as exc:  # the connection went away mid-transaction: nothing written
                raise ArchiveError(f"lost the index database: {one_line(exc)}") from exc

    def _rows(self, sql: str, params: tuple[Any, ...] | list[Any]) -> list[Any]:
        with self._lock:
            try:
                return self._connected().execute(sql, params).fetchall()
            except ArchiveError:
                if not self._conn.broken:
                    raise
            return self._connected().execute(sql, params).fetchall()  # a read is safe to ask again

    def query(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows(sql, params)]
