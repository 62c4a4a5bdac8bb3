"""``archiver verify``: re-read every WARC and check it against itself and against the index.

1. every gzip member holds one complete WARC record whose block and payload digests recompute
   (``sha256:<hex>``; revisits hold no payload to check);
2. every index row that points into a WARC (captures, fetches' provenance records, telegram_posts'
   metadata records) finds, at that file and offset, a record with that WARC-Record-ID, length and type,
   and for captures the payload digest the index recorded;
3. every revisit's original is in the index, and no index row names a file that is gone.

Files still ``.open`` are read up to their last complete record. Problems name the file and offset.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from archiver.errors import ArchiveError
from archiver.fixity.scan import ScannedRecord, iter_scanned
from archiver.index.db import Index, connect_read_only
from archiver.storage import RemoteStorage, remote_for
from archiver.warc.store import OPEN_SUFFIX

Rows = Callable[[str, tuple[Any, ...]], Iterable[Any]]  # sql, params -> rows readable by column name

_POINTERS = (
    ("captures", """SELECT id, offset, length, record_id, record_type, payload_sha256 FROM captures
                    WHERE warc_file = ? ORDER BY offset"""),
    ("fetches (provenance)", """SELECT id, provenance_offset AS offset, provenance_length AS length,
                    provenance_record_id AS record_id, 'metadata' AS record_type, NULL AS payload_sha256
                    FROM fetches WHERE provenance_file = ? ORDER BY provenance_offset"""),
    ("telegram_posts", """SELECT id, offset, length, record_id, 'metadata' AS record_type, NULL AS payload_sha256
                    FROM telegram_posts WHERE warc_file = ? ORDER BY offset"""),
)
_FILES = """SELECT warc_file AS name FROM captures UNION SELECT provenance_file FROM fetches
            WHERE provenance_file IS NOT NULL UNION SELECT warc_file FROM telegram_posts WHERE warc_file IS NOT NULL"""


@dataclass(frozen=True)
class Problem:
    file: str
    offset: int | None
    problem: str

    def line(self) -> str:
        where = self.file if self.offset is None else f"{self.file}@{self.offset}"
        return f"{where}: {self.problem}"


@dataclass
class VerifyReport:
    files: int = 0
    records: int = 0
    bytes: int = 0
    problems: list[Problem] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)  # stored WARC files no index row points into

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> dict[str, object]:
        return {"ok": self.ok, "files": self.files, "records": self.records, "bytes": self.bytes,
                "problems": len(self.problems), "orphans": self.orphans}


def warc_files(archive_dir: Path) -> list[Path]:
    directory = archive_dir / "warcs"
    return sorted([*directory.glob("*.warc.gz"), *directory.glob("*.warc.gz" + OPEN_SUFFIX)])


def _check_pointers(rows: Rows, name: str, shown: str, records: dict[int, ScannedRecord],
                    damaged: set[int]) -> Iterator[Problem]:
    for table, sql in _POINTERS:
        for row in rows(sql, (name,)):
            offset, where = row["offset"], f"{table} row {row['id']}"
            if offset in damaged:
                continue
            found = records.get(offset)
            if found is None:
                yield Problem(shown, offset, f"{where} points at no record")
                continue
            if found.record_id != row["record_id"]:
                yield Problem(shown, offset, f"{where} names {row['record_id']}, the WARC holds {found.record_id}")
            if row["length"] is not None and found.length != row["length"]:
                yield Problem(shown, offset, f"{where} says {row['length']} bytes, the record takes {found.length}")
            if found.rec_type != row["record_type"]:
                yield Problem(shown, offset, f"{where} says {row['record_type']}, the record is {found.rec_type}")
            declared = found.headers.get("warc-payload-digest")
            if row["payload_sha256"] and declared != f"sha256:{row['payload_sha256']}":
                yield Problem(shown, offset, f"{where} payload sha256:{row['payload_sha256']}, record {declared}")


def _scan(report: VerifyReport, rows: Rows, name: str, shown: str, handle: BinaryIO, in_progress: bool) -> None:
    records: dict[int, ScannedRecord] = {}
    damaged: set[int] = set()
    for record in iter_scanned(handle, in_progress=in_progress):
        report.records += 1
        report.problems += [Problem(shown, record.offset, text) for text in record.problems]
        if record.problems:
            damaged.add(record.offset)
        records[record.offset] = record
    report.files += 1
    report.problems += list(_check_pointers(rows, name, shown, records, damaged))


def _stored_copy(remote: RemoteStorage, name: str) -> BinaryIO:
    """A remote WARC file in a local temporary file (the scan seeks), streamed there in chunks."""
    copy = tempfile.TemporaryFile()
    with remote.open_at(name, 0) as stream:
        shutil.copyfileobj(stream, copy, 1024 * 1024)
    copy.seek(0)
    return cast(BinaryIO, copy)


def verify_archive(archive_dir: Path, index_path: Path, on_file: Callable[[str], None] | None = None,
                   index: Index | None = None) -> VerifyReport:
    """Check every WARC file and every index pointer; problems are collected, never raised.

    The pointers are read from index_path, or through index when it is not SQLite (PostgreSQL); files
    moved to remote storage (archiver.storage) are read from there, and stored files no index row points
    into (left by a crash before any commit) are listed as orphans."""
    db = None
    rows: Rows
    if index is not None and index.dialect != "sqlite":
        rows = index.query
    else:
        db = connect_read_only(index_path)
        rows = db.execute
    remote = remote_for(archive_dir)
    report = VerifyReport()
    seen: set[str] = set()
    try:
        for path in warc_files(archive_dir):
            name = "warcs/" + path.name.removesuffix(OPEN_SUFFIX)
            shown = "warcs/" + path.name
            seen.add(name)
            try:
                local = open(path, "rb")
            except OSError as exc:  # a problem of this file, not a reason to stop checking the others
                report.problems.append(Problem(shown, None, f"cannot be read: {exc.strerror or exc}"))
                continue
            with local:
                _scan(report, rows, name, shown, local, path.name.endswith(OPEN_SUFFIX))
            report.bytes += path.stat().st_size
            if on_file:
                on_file(shown)
        indexed = {row["name"] for row in rows(_FILES, ())}
        for name in sorted(set(remote.names()) - seen) if remote is not None else ():
            seen.add(name)
            if name not in indexed:
                report.orphans.append(name)
            with _stored_copy(cast(RemoteStorage, remote), name) as handle:
                _scan(report, rows, name, name, handle, False)
                report.bytes += handle.seek(0, 2)
            if on_file:
                on_file(name)
        for name in sorted(indexed - seen):
            report.problems.append(Problem(name, None, "the index points into this file, which is missing"))
        for row in rows(
            """SELECT c.warc_file, c.offset, c.refers_to_record_id FROM captures c
               WHERE c.refers_to_record_id IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM captures o WHERE o.record_id = c.refers_to_record_id)""", ()
        ):
            report.problems.append(Problem(row["warc_file"], row["offset"],
                                           f"revisit refers to {row['refers_to_record_id']}, not in the index"))
    except sqlite3.Error as exc:
        raise ArchiveError(f"cannot read index {index_path}: {exc}") from exc
    finally:
        if db is not None:
            db.close()
    return report


def record_event(index: Index, kind: str, started: str, ended: str, files: int, records: int,
                 problems: list[Problem], detail: dict[str, object] | None = None) -> None:
    """Log a fixity check in fixity_events (with its first problems), for "when was this last checked".

    An archive opened read-only (a copy on read-only media) is checked but not written to."""
    if index.read_only:
        return
    data = {**(detail or {}), "problems": [asdict(p) for p in problems[:100]]}
    with index.transaction() as db:
        db.execute(
            """INSERT INTO fixity_events (kind, started_at, ended_at, files, records, problems, detail)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (kind, started, ended, files, records, len(problems), json.dumps(data, ensure_ascii=False)),
        )
