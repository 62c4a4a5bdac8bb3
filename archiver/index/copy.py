"""Copy an archive's SQLite index into an empty PostgreSQL database (``archiver migrate-index``).

Every table the SQLite schema has is copied with its ids (rows keep pointing at each other), through
COPY, in one transaction with foreign keys checked at its end: the target holds all of it or nothing.
The identity sequences are then moved past the copied ids. FTS5's internal tables are not copied; the
full-text table's rows are, and PostgreSQL builds its own tsvector from them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from archiver.errors import ArchiveError, UsageError
from archiver.index.db import Index
from archiver.index.postgres import PostgresIndex

COPY_BATCH = 5000


@dataclass
class CopySummary:
    target: str
    tables: dict[str, int] = field(default_factory=dict)  # rows copied per table

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _source_tables(db: sqlite3.Connection) -> dict[str, bool]:
    """The SQLite index's tables (name -> is it virtual), minus SQLite's own and FTS5's shadow tables."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = {name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")}
    return {name: name in virtual for name, _ in rows
            if not name.startswith("sqlite_") and not any(name.startswith(v + "_") for v in virtual)}


def _target_columns(target: PostgresIndex, table: str) -> list[str]:
    rows = target.query(
        """SELECT column_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'
           ORDER BY ordinal_position""",
        (table,),
    )
    return [row["column_name"] for row in rows]


def _ensure_empty(target: PostgresIndex, tables: list[str]) -> None:
    for table in tables:
        if target.query(f"SELECT 1 FROM {table} LIMIT 1"):
            raise UsageError(f"the target database already holds {table} rows: migrate-index copies into an "
                             "empty index only (create a new database)")


def copy_index(source: Index, target: PostgresIndex,
               on_table: Callable[[str, int], None] | None = None) -> CopySummary:
    """Copy every row of source (an SQLite index) into target (migrated, empty); rows per table."""
    summary = CopySummary(target.url)
    tables = _source_tables(source.db)
    missing = [table for table in tables if not _target_columns(target, table)]
    if missing:
        raise ArchiveError(f"the PostgreSQL schema has no table {', '.join(missing)}: is this archiver older "
                           "than the one that wrote the index?")
    _ensure_empty(target, list(tables))
    with target.transaction():
        conn = target.connection
        conn.execute("SET CONSTRAINTS ALL DEFERRED")  # fetches and captures point at each other
        for table, virtual in tables.items():
            wanted = set(_target_columns(target, table))
            have = [row[1] for row in source.db.execute(f"PRAGMA table_info({table})")]
            if virtual:  # FTS5 keeps its rowid out of table_info; the PostgreSQL table has it as a column
                have = ["rowid", *have]
            columns = [name for name in have if name in wanted]
            quoted = ", ".join(f'"{name}"' for name in columns)
            count = 0
            with conn.cursor().copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                cursor = source.db.execute(f"SELECT {quoted} FROM {table} ORDER BY rowid")
                while batch := cursor.fetchmany(COPY_BATCH):
                    for row in batch:
                        copy.write_row(tuple(row))
                    count += len(batch)
            summary.tables[table] = count
            if on_table is not None:
                on_table(table, count)
        for table in sorted(target.identity_tables):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
    return summary
