"""The SQLite index: one writer connection behind a lock, WAL so readers never block it.

``Index`` is the small interface the pipeline writes through; archiver.index.postgres keeps its methods
over PostgreSQL (``transaction``, ``query`` and ``_rows`` are all it replaces). SQL is written in
SQLite's dialect; archiver.index.dialect rewrites it for PostgreSQL. A row is written only after the
records it points at are flushed to disk.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from operator import attrgetter
from pathlib import Path
from typing import Any, Protocol

from archiver.errors import ArchiveError, CommitRefused
from archiver.index.schema import MIGRATIONS, migrate

# A captures row (alias c) with what its capture attempt (alias f, fetches) adds.
CAPTURE_WITH_FETCH = """c.*, f.url AS fetch_url, f.final_url, f.ok, f.error, f.reason, f.id AS fetch_id,
    f.provenance_file, f.provenance_offset, f.provenance_length, f.provenance_record_id,
    f.truncated AS fetch_truncated"""


class Connection(Protocol):
    """What a transaction hands its body: sqlite3.Connection, or the PostgreSQL wrapper with its subset
    (execute -> a cursor with fetchone, fetchall, lastrowid, rowcount; rows indexable by name or number)."""

    def execute(self, sql: str, parameters: Any = (), /) -> Any: ...


@dataclass(frozen=True)
class CaptureRow:
    hop: int
    url: str
    surt: str
    captured_at: str
    record_type: str
    status: int | None
    mime: str | None
    payload_sha256: str | None
    payload_length: int | None
    truncated: str | None
    ip: str | None
    warc_file: str
    offset: int
    length: int
    record_id: str
    request_record_id: str | None
    refers_to_record_id: str | None = None


@dataclass(frozen=True)
class FetchRow:
    url: str
    surt: str
    final_url: str | None
    started_at: str
    ended_at: str | None
    ok: bool
    status: int | None
    error: str | None
    truncated: str | None
    reason: str
    provenance_file: str | None = None
    provenance_offset: int | None = None
    provenance_length: int | None = None
    provenance_record_id: str | None = None


def _insert_sql(table: str, columns: list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


# Built once: fixed SQL keeps sqlite3's statement cache hitting, and attrgetter reads the (flat) rows'
# fields in C where dataclasses.asdict would deep-copy each value. ok (a bool) is stored as 0/1.
_FETCH_FIELDS = [f.name for f in fields(FetchRow)]
_CAPTURE_FIELDS = [f.name for f in fields(CaptureRow)]
_INSERT_FETCH = _insert_sql("fetches", _FETCH_FIELDS)
_INSERT_CAPTURE = _insert_sql("captures", ["fetch_id", *_CAPTURE_FIELDS])
_fetch_values = attrgetter(*_FETCH_FIELDS)
_capture_values = attrgetter(*_CAPTURE_FIELDS)
# The revisit check for (surt, payload) keys, a batch's or one record's; index captures_by_surt_payload gives
# the rows (and, for one key, their order).
_IDENTICAL_RESPONSES = """SELECT surt, payload_sha256, record_id, url, captured_at FROM captures
    WHERE surt IN ({}) AND payload_sha256 IN ({}) AND record_type = 'response' AND truncated IS NULL
    ORDER BY captured_at, id"""


def _insert(db: Connection, sql: str, values: tuple[Any, ...]) -> int:
    return int(db.execute(sql, values).lastrowid or 0)


def _insert_fetch(db: Connection, fetch: FetchRow, captures: list[CaptureRow]) -> tuple[int, list[int]]:
    fetch_id = _insert(db, _INSERT_FETCH, _fetch_values(fetch))
    capture_ids = [_insert(db, _INSERT_CAPTURE, (fetch_id, *_capture_values(c))) for c in captures]
    # The foreign keys point both ways, so the final capture can only be named once it exists.
    if capture_ids:
        db.execute("UPDATE fetches SET final_capture_id = ? WHERE id = ?", (capture_ids[-1], fetch_id))
    return fetch_id, capture_ids


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open an index for reading only, even where no -shm file can be made (read-only media)."""
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, isolation_level=None,
                                 check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA user_version").fetchone()
            return db
        except sqlite3.DatabaseError:
            continue
    raise ArchiveError(f"cannot open index {path} even read-only")


def _is_read_only_problem(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text or "unable to open" in text


OPEN_TIMEOUT = 60.0  # seconds an open may wait for other writers


class Index:
    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self.read_only = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = self._open_writable(path)
        except (sqlite3.OperationalError, PermissionError) as exc:
            if not path.is_file() or not _is_read_only_problem(exc):
                raise ArchiveError(f"cannot open index {path}: {exc}") from exc
            self._open_read_only()
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"cannot open index {path}: {exc}") from exc

    @staticmethod
    def _open_writable(path: Path) -> sqlite3.Connection:
        """Connect, switch to WAL and migrate. Two processes opening a new file at the same moment can be
        told "database is locked" at once, whatever the busy timeout (switching to WAL takes an exclusive
        lock that SQLite does not wait for): such an open is tried again, within the same 60 s."""
        deadline = time.monotonic() + OPEN_TIMEOUT
        while True:
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=OPEN_TIMEOUT)
            try:
                db.row_factory = sqlite3.Row
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("PRAGMA foreign_keys=ON")
                migrate(db)
                return db
            except sqlite3.OperationalError as exc:
                db.close()
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(random.uniform(0.01, 0.1))

    def _open_read_only(self) -> None:
        """A copy on read-only media, or one we may not write: still readable (lookup, verify, export)."""
        self.read_only = True
        self.db = connect_read_only(self.path)
        if self.db.execute("PRAGMA user_version").fetchone()[0] < len(MIGRATIONS):
            raise ArchiveError(f"{self.path} is read-only here and needs an upgrade that a writable run does")

    def close(self) -> None:
        with self._lock:
            self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(row) for row in self.db.execute(sql, params).fetchall()]

    def _rows(self, sql: str, params: tuple[Any, ...] | list[Any]) -> list[Any]:
        """Rows as the driver gives them (iterating a row yields its values): for hot paths."""
        with self._lock:
            return self.db.execute(sql, params).fetchall()

    def add_fetch(
        self,
        fetch: FetchRow,
        captures: list[CaptureRow],
        also: Callable[[Connection, int], None] | None = None,
    ) -> tuple[int, list[int]]:
        """Insert one capture attempt and its records' rows in one transaction.

        also(db, fetch_id) adds rows that land with them (e.g. Telegram posts), or none at all: if it raises,
        the capture's own rows are still committed, then its exception is raised again; but if it raises
        CommitRefused (a queued job another worker committed already), nothing of the capture is committed.
        """
        failed: Exception | None = None
        with self.transaction() as db:
            fetch_id, capture_ids = _insert_fetch(db, fetch, captures)
            if also is not None:
                # The records are written: their rows are kept even if the extra rows fail (then re-raised).
                db.execute("SAVEPOINT extra_rows")
                try:
                    also(db, fetch_id)
                except CommitRefused:
                    raise
                except Exception as exc:
                    db.execute("ROLLBACK TO extra_rows")
                    failed = exc
                db.execute("RELEASE extra_rows")
        if failed is not None:
            raise failed
        return fetch_id, capture_ids

    def add_fetches(self, fetches: list[tuple[FetchRow, list[CaptureRow]]]) -> list[int]:
        """add_fetch for several capture attempts in one transaction (one commit); their fetch ids."""
        if not fetches:
            return []
        with self.transaction() as db:
            return [_insert_fetch(db, fetch, captures)[0] for fetch, captures in fetches]

    def captures_by_surt(self, surt: str) -> list[dict[str, Any]]:
        return self.query(
            f"""SELECT {CAPTURE_WITH_FETCH} FROM captures c JOIN fetches f ON f.id = c.fetch_id
                WHERE c.surt = ? ORDER BY c.captured_at DESC, c.id DESC""",
            (surt,),
        )

    def identical_response(self, surt: str, payload_sha256: str) -> tuple[str, str, str] | None:
        """(record_id, url, captured_at) of the latest complete response of surt with this payload, if any."""
        return self.identical_responses([(surt, payload_sha256)])[(surt, payload_sha256)]

    def identical_responses(
        self, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[str, str, str] | None]:
        """identical_response for many (surt, payload sha256) keys in a few queries; None where none."""
        found: dict[tuple[str, str], tuple[str, str, str] | None] = dict.fromkeys(keys)
        unique = list(found)
        for start in range(0, len(unique), 400):  # well under SQLite's limit on bound parameters
            chunk = unique[start : start + 400]
            surts, payloads = {surt for surt, _ in chunk}, {payload for _, payload in chunk}
            sql = _IDENTICAL_RESPONSES.format(",".join("?" * len(surts)), ",".join("?" * len(payloads)))
            rows = self._rows(sql, (*surts, *payloads))
            for surt, payload, record_id, url, captured_at in rows:  # oldest first: the latest wins
                if (surt, payload) in found:
                    found[(surt, payload)] = (record_id, url, captured_at)
        return found
