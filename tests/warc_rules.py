"""WARC 1.1 structural checks for tests: what `warcio check` (a digest checker) does not do.

``check_warc(path)`` returns human-readable violations (empty list = valid) of the rules
in /work/shared/reference/standards.md §1.1-1.5 and §6 items 1-6 and 8: version line,
mandatory fields and their syntax, no repeated defined fields, the per-record-type
field matrix, revisit rules, warcinfo first with the right WARC-Filename, references
that resolve, one WARC-Date per capture, http msgtype Content-Types, exact
Content-Length framing and one gzip member per record.  Records are found with
warcio's ArchiveIterator; their header lines are parsed again from the raw bytes, so
repeated and folded fields show up.

Judgement calls: "WARC-Truncated: length when the block is kept" is enforced for every
revisit profile except server-not-modified (whose block is a complete 304 response);
WARC-Warcinfo-ID must name a warcinfo record of the same file.

``check_with_warcio(path)`` runs `warcio check -v` (digests) and ``cdxj_offsets(path)``
runs `cdxj-indexer`; both use the console scripts next to ``sys.executable``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zlib
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

StrPath = str | os.PathLike[str]

WARC_VERSION = "WARC/1.1"
RECORD_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)
DEFINED_FIELDS = frozenset(
    name.lower()
    for name in (
        "WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length", "Content-Type",
        "WARC-Concurrent-To", "WARC-Block-Digest", "WARC-Payload-Digest", "WARC-IP-Address",
        "WARC-Refers-To", "WARC-Refers-To-Target-URI", "WARC-Refers-To-Date", "WARC-Target-URI",
        "WARC-Truncated", "WARC-Warcinfo-ID", "WARC-Filename", "WARC-Profile",
        "WARC-Identified-Payload-Type", "WARC-Segment-Number", "WARC-Segment-Origin-ID",
        "WARC-Segment-Total-Length",
    )
)
REPEATABLE_FIELDS = frozenset({"warc-concurrent-to"})
TRUNCATED_VALUES = frozenset({"length", "time", "disconnect", "unspecified"})
IDENTICAL_PAYLOAD_PROFILES = frozenset(
    {
        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
        "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
    }
)
SERVER_NOT_MODIFIED_PROFILES = frozenset(
    {
        "http://netpreserve.org/warc/1.1/revisit/server-not-modified",
        "http://netpreserve.org/warc/1.0/revisit/server-not-modified",
    }
)
_OTHER_THAN_REVISIT = RECORD_TYPES - {"revisit"}

# §1.2 matrix: field -> record types where it MUST appear / MUST NOT appear.
MUST: dict[str, frozenset[str]] = {
    "WARC-Target-URI": frozenset(
        {"response", "resource", "request", "revisit", "conversion", "continuation"}
    ),
    "WARC-Profile": frozenset({"revisit"}),
    "WARC-Segment-Number": frozenset({"continuation"}),
    "WARC-Segment-Origin-ID": frozenset({"continuation"}),
}
MUST_NOT: dict[str, frozenset[str]] = {
    "WARC-Target-URI": frozenset({"warcinfo"}),
    "WARC-Concurrent-To": frozenset({"warcinfo", "conversion", "continuation"}),
    "WARC-Refers-To": frozenset({"warcinfo", "response", "resource", "request", "continuation"}),
    "WARC-Refers-To-Target-URI": _OTHER_THAN_REVISIT,
    "WARC-Refers-To-Date": _OTHER_THAN_REVISIT,
    "WARC-Payload-Digest": frozenset({"warcinfo", "metadata"}),
    "WARC-Identified-Payload-Type": frozenset({"warcinfo", "metadata"}),
    "WARC-IP-Address": frozenset({"warcinfo", "conversion", "continuation"}),
    "WARC-Warcinfo-ID": frozenset({"warcinfo"}),
}

_RECORD_ID = re.compile(r"<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>", re.I)
_BRACKETED_URI = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]+>")
_W3C_DTF_UTC = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?Z"
)
_GZIP_MAGIC = b"\x1f\x8b"
_READ_SIZE = 1 << 16
_MAX_HEADER_BYTES = 1 << 20


# --------------------------------------------------------------------------- raw record reading


@dataclass
class RawRecord:
    """One record's header as written, plus what framing checks found."""

    index: int
    offset: int
    gzipped: bool = False
    version: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def get_all(self, name: str) -> list[str]:
        lowered = name.lower()
        return [value for key, value in self.fields if key.lower() == lowered]

    def get(self, name: str) -> str | None:
        values = self.get_all(name)
        return values[0] if values else None

    @property
    def type(self) -> str:
        return self.get("WARC-Type") or ""

    @property
    def record_id(self) -> str:
        return self.get("WARC-Record-ID") or ""

    @property
    def content_length(self) -> int | None:
        value = self.get("Content-Length")
        return int(value) if value is not None and value.isascii() and value.isdigit() else None

    def label(self) -> str:
        return f"record {self.index} at offset {self.offset} ({self.type or '?'} {self.record_id or 'no id'})"


def _iter_gzip_member(fh: BinaryIO, offset: int) -> Iterator[bytes]:
    """Decompressed bytes of the gzip member at ``offset``, in bounded pieces."""
    fh.seek(offset)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending = b""
    output_was_full = False
    while not inflater.eof:
        if pending or output_was_full:
            data = pending
        else:
            data = fh.read(_READ_SIZE)
            if not data:
                raise EOFError("gzip member is truncated")
        out = inflater.decompress(data, _READ_SIZE)
        pending = inflater.unconsumed_tail
        output_was_full = len(out) == _READ_SIZE
        if out:
            yield out


def _iter_plain(fh: BinaryIO, offset: int) -> Iterator[bytes]:
    fh.seek(offset)
    while data := fh.read(_READ_SIZE):
        yield data


def _parse_header(record: RawRecord, header: bytes) -> None:
    try:
        text = header.decode("utf-8")
    except UnicodeDecodeError:
        record.problems.append("header is not valid UTF-8")
        text = header.decode("utf-8", errors="replace")
    lines = text.split("\r\n")
    record.version = lines[0]
    for line in lines[1:]:
        if not line:
            continue
        if line[0] in " \t":
            record.problems.append(f"folded (multi-line) header value: {line.strip()[:60]!r}")
            if record.fields:
                name, value = record.fields[-1]
                record.fields[-1] = (name, f"{value} {line.strip()}")
            continue
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            record.problems.append(f"malformed header line: {line[:80]!r}")
            continue
        record.fields.append((name, value.strip()))


def read_raw_record(fh: BinaryIO, index: int, offset: int) -> RawRecord:
    """Parse the header at ``offset`` and check the block framing and gzip member bounds."""
    fh.seek(offset)
    gzipped = fh.read(2) == _GZIP_MAGIC
    record = RawRecord(index, offset, gzipped)
    chunks = _iter_gzip_member(fh, offset) if gzipped else _iter_plain(fh, offset)
    data = bytearray()
    try:
        for chunk in chunks:
            data += chunk
            if b"\r\n\r\n" in data or len(data) > _MAX_HEADER_BYTES:
                break
        end = data.find(b"\r\n\r\n")
        if end < 0:
            record.problems.append("no end of header (CRLF CRLF) found")
            return record
        _parse_header(record, bytes(data[:end]))
        length = record.content_length
        if length is None:
            return record  # reported by the field checks
        _check_framing(record, bytes(data[end + 4 :]), chunks, length, gzipped)
    except (EOFError, zlib.error) as exc:
        record.problems.append(f"cannot read the record: {exc}")
    return record


def _check_framing(
    record: RawRecord, already: bytes, chunks: Iterator[bytes], length: int, gzipped: bool
) -> None:
    """The block is ``length`` bytes followed by CRLF CRLF, and (gzip) the member ends there."""
    position = 0
    trailer = bytearray()
    extra = 0
    for chunk in _prepend(already, chunks):
        start, end = position, position + len(chunk)
        low, high = max(start, length), min(end, length + 4)
        if low < high:
            trailer += chunk[low - start : high - start]
        extra += max(0, end - max(start, length + 4))
        position = end
        if extra or (not gzipped and position >= length + 4):
            break
    if bytes(trailer) != b"\r\n\r\n":
        record.problems.append(
            f"block is not followed by CRLF CRLF after Content-Length {length} bytes "
            f"(got {bytes(trailer)!r}; wrong Content-Length?)"
        )
    elif gzipped and extra:
        record.problems.append(
            "gzip member continues past the end of the record (not one gzip member per record; "
            "whole-file gzip?)"
        )


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


# --------------------------------------------------------------------------- per-record rules


def _valid_date(value: str) -> bool:
    match = _W3C_DTF_UTC.fullmatch(value)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups()[:6])
    try:
        datetime(year, month, day, hour, minute, second)
    except ValueError:
        return False
    return True


def _media_type(value: str) -> tuple[str, dict[str, str]]:
    kind, *params = (part.strip() for part in value.split(";"))
    parsed = {}
    for param in params:
        key, _, val = param.partition("=")
        parsed[key.strip().lower()] = val.strip().strip('"').lower()
    return kind.lower(), parsed


def _check_fields(record: RawRecord) -> list[str]:
    problems: list[str] = []
    rtype = record.type
    if record.version != WARC_VERSION:
        problems.append(f"version line is {record.version!r}, expected {WARC_VERSION!r}")

    counts = Counter(name.lower() for name, _ in record.fields)
    for name, count in counts.items():
        if count > 1 and name in DEFINED_FIELDS and name not in REPEATABLE_FIELDS:
            problems.append(f"field {name} is repeated {count} times")

    for name in ("WARC-Record-ID", "Content-Length", "WARC-Date", "WARC-Type"):
        if record.get(name) is None:
            problems.append(f"missing mandatory field {name}")
    if record.get("WARC-Record-ID") is not None and not _RECORD_ID.fullmatch(record.record_id):
        problems.append(f"WARC-Record-ID {record.record_id!r} is not <urn:uuid:...>")
    if record.get("Content-Length") is not None and record.content_length is None:
        problems.append(f"Content-Length {record.get('Content-Length')!r} is not a number")
    for name in ("WARC-Date", "WARC-Refers-To-Date"):
        value = record.get(name)
        if value is not None and not _valid_date(value):
            problems.append(f"{name} {value!r} is not a UTC W3C-DTF date ending in Z")
    if record.get("WARC-Type") is not None and rtype not in RECORD_TYPES:
        problems.append(f"WARC-Type {rtype!r} is not one of the eight WARC 1.1 types")

    for name, types in MUST.items():
        if rtype in types and record.get(name) is None:
            problems.append(f"{name} is required on {rtype} records")
    for name, types in MUST_NOT.items():
        if rtype in types and record.get(name) is not None:
            problems.append(f"{name} is not allowed on {rtype} records")

    for name in ("WARC-Concurrent-To", "WARC-Refers-To", "WARC-Warcinfo-ID", "WARC-Segment-Origin-ID"):
        for value in record.get_all(name):
            if not _BRACKETED_URI.fullmatch(value):
                problems.append(f"{name} {value!r} is not a <uri> record ID")
    for name in ("WARC-Target-URI", "WARC-Refers-To-Target-URI", "WARC-Profile"):
        value = record.get(name)
        if value is not None and (value.startswith("<") or not value):
            problems.append(f"{name} {value!r} must be a bare URI in WARC/1.1 (no <>)")

    length = record.content_length or 0
    content_type = record.get("Content-Type")
    if length > 0 and content_type is None and rtype != "continuation":
        problems.append("Content-Type is missing on a record with a non-empty block")

    truncated = record.get("WARC-Truncated")
    if truncated is not None and truncated not in TRUNCATED_VALUES:
        problems.append(f"WARC-Truncated {truncated!r} is not one of {sorted(TRUNCATED_VALUES)}")

    if rtype == "revisit":
        profile = record.get("WARC-Profile") or ""
        if profile in IDENTICAL_PAYLOAD_PROFILES and record.get("WARC-Payload-Digest") is None:
            problems.append("identical-payload-digest revisit without WARC-Payload-Digest")
        if length > 0 and profile not in SERVER_NOT_MODIFIED_PROFILES and truncated != "length":
            problems.append("revisit keeps a block (headers) but lacks WARC-Truncated: length")

    if rtype == "warcinfo" and content_type is not None and _media_type(content_type)[0] != "application/warc-fields":
        problems.append(f"warcinfo Content-Type is {content_type!r}, expected application/warc-fields")

    target = (record.get("WARC-Target-URI") or "").lower()
    msgtype = {"response": "response", "request": "request", "revisit": "response"}.get(rtype)
    if msgtype and target.startswith(("http:", "https:")) and length > 0:
        kind, params = _media_type(content_type or "")
        if kind != "application/http" or params.get("msgtype") != msgtype:
            problems.append(
                f"Content-Type is {content_type!r}, expected application/http;msgtype={msgtype}"
            )
    return problems


# --------------------------------------------------------------------------- whole-file rules


def _check_references(records: list[RawRecord], known_ids: Collection[str]) -> list[str]:
    problems: list[str] = []
    by_id: dict[str, RawRecord] = {}
    for record in records:
        if record.record_id in by_id:
            problems.append(f"{record.label()}: WARC-Record-ID is not unique in the file")
        by_id.setdefault(record.record_id, record)
    warcinfo_ids = {r.record_id for r in records if r.type == "warcinfo"}

    for record in records:
        for name in ("WARC-Concurrent-To", "WARC-Refers-To"):
            for target in record.get_all(name):
                if target not in by_id and target not in known_ids:
                    problems.append(f"{record.label()}: {name} {target} names no record in the file")
        for target in record.get_all("WARC-Concurrent-To"):
            other = by_id.get(target)
            if other is not None and other.get("WARC-Date") != record.get("WARC-Date"):
                problems.append(
                    f"{record.label()}: WARC-Date {record.get('WARC-Date')} differs from concurrent "
                    f"record {target} ({other.get('WARC-Date')})"
                )
        if record.type != "warcinfo" and record.type:
            warcinfo_id = record.get("WARC-Warcinfo-ID")
            if warcinfo_id is None:
                problems.append(f"{record.label()}: missing WARC-Warcinfo-ID")
            elif warcinfo_id not in warcinfo_ids:
                problems.append(
                    f"{record.label()}: WARC-Warcinfo-ID {warcinfo_id} names no warcinfo in the file"
                )
    return problems


def _check_first_record(records: list[RawRecord], path: Path) -> list[str]:
    if not records:
        return ["file contains no records"]
    first = records[0]
    if first.type != "warcinfo":
        return [f"{first.label()}: first record is {first.type!r}, expected warcinfo"]
    expected = path.name.removesuffix(".open")
    filename = first.get("WARC-Filename")
    if filename != expected:
        return [f"{first.label()}: warcinfo WARC-Filename is {filename!r}, expected {expected!r}"]
    return []


def check_warc(
    path: StrPath, known_ids: Collection[str] = frozenset(), *, require_gzip: bool = True
) -> list[str]:
    """Violations of WARC 1.1 structure and project rules in the file at ``path``.

    ``known_ids``: record IDs from other files that WARC-Concurrent-To / WARC-Refers-To
    may name.  ``require_gzip``: the file must be per-record gzip (``.warc.gz``).
    """
    path = Path(path)
    problems: list[str] = []
    records: list[RawRecord] = []
    read_error = None
    with path.open("rb") as fh, path.open("rb") as raw_fh:
        file_gzipped = raw_fh.read(2) == _GZIP_MAGIC
        if require_gzip and not file_gzipped:
            problems.append("file is not gzip-compressed (expected one gzip member per record)")
        iterator = ArchiveIterator(fh, no_record_parse=True)
        try:
            for index, _ in enumerate(iterator):
                records.append(read_raw_record(raw_fh, index, iterator.get_record_offset()))
        except (ArchiveLoadFailed, ValueError, EOFError, zlib.error) as exc:
            detail = "".join(c if c.isprintable() else "?" for c in " ".join(str(exc).split()))
            read_error = f"warcio cannot read past record {len(records) - 1}: {detail[:300]}"

    for record in records:
        if file_gzipped and not record.gzipped:
            problems.append(f"{record.label()}: does not start a gzip member (0x1f 0x8b)")
        problems.extend(f"{record.label()}: {p}" for p in record.problems + _check_fields(record))
    if read_error:
        problems.append(read_error)
    problems.extend(_check_first_record(records, path))
    problems.extend(_check_references(records, known_ids))
    return problems


# --------------------------------------------------------------------------- external tools


def _script(name: str) -> str:
    script = Path(sys.executable).parent / name
    if not script.exists():
        raise FileNotFoundError(f"{name} is not installed next to {sys.executable}")
    return str(script)


def check_with_warcio(path: StrPath) -> None:
    """Run `warcio check -v PATH` (digest checks); AssertionError with its output on failure.

    warcio 1.8.1 has no ``warcio/__main__.py``; ``python -m warcio.cli`` works too
    (cli.py ends with a __main__ guard), we use the console script.
    """
    result = subprocess.run(
        [_script("warcio"), "check", "-v", os.fspath(path)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    if result.returncode != 0:
        raise AssertionError(
            f"warcio check failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
        )


def cdxj_offsets(path: StrPath, records: str | None = None) -> list[dict[str, str]]:
    """Index ``path`` with `cdxj-indexer`; one dict per line: its JSON plus ``urlkey`` and ``ts``.

    ``records``: cdxj-indexer ``--records`` (default: response, revisit, resource, metadata
    except application/warc-fields; "all" adds request and warcinfo).
    """
    command = [_script("cdxj-indexer"), os.fspath(path)]
    if records:
        command += ["--records", records]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        raise AssertionError(f"cdxj-indexer failed (exit {result.returncode}):\n{result.stderr}")
    lines = []
    for line in result.stdout.splitlines():
        if not line.strip():
            continue
        urlkey, ts, payload = line.split(" ", 2)
        entry = {key: str(value) for key, value in json.loads(payload).items()}
        lines.append({"urlkey": urlkey, "ts": ts, **entry})
    return lines
