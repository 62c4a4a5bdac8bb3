"""Find captures of a URL: SURT match (as pywb), closest to a date first, else newest first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from archiver.archive import Archive
from archiver.errors import ArchiverError, UsageError, one_line
from archiver.index.captures import screenshots
from archiver.lookup.sources import url_timeline
from archiver.pipeline import surt_key
from archiver.warc.read import read_json_record


def parse_when(value: str) -> datetime:
    """Parse an ISO 8601 date or datetime (naive means UTC)."""
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"cannot read {value!r} as an ISO 8601 date, e.g. 2026-01-31 or 2026-01-31T12:00:00Z") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def order_by_time(rows: list[dict[str, Any]], at: datetime | None, key: str = "captured_at") -> list[dict[str, Any]]:
    if at is None:
        return sorted(rows, key=lambda r: r[key], reverse=True)
    return sorted(rows, key=lambda r: abs((_moment(r[key]) - at).total_seconds()))


def capture_view(archive: Archive, row: dict[str, Any], with_provenance: bool = True) -> dict[str, Any]:
    view = {
        "url": row["url"],
        "final_url": row["final_url"],
        "status": row["status"],
        "ok": bool(row["ok"]),
        "error": row["error"],
        "captured_at": row["captured_at"],
        "warc_file": row["warc_file"],
        "offset": row["offset"],
        "length": row["length"],
        "record_id": row["record_id"],
        "payload_sha256": row["payload_sha256"],
        "record_type": row["record_type"],
        "truncated": row["truncated"],
        "mime": row["mime"],
    }
    if row.get("fetch_id") is not None:
        view["screenshot"] = screenshots(archive.index, [row["fetch_id"]]).get(row["fetch_id"])
    if with_provenance:
        view["provenance"] = None
        if row.get("provenance_file"):
            try:
                view["provenance"] = read_json_record(
                    archive.settings.archive, row["provenance_file"], row["provenance_offset"]
                )
            except ArchiverError as exc:
                view["provenance_error"] = one_line(exc)
    return view


def lookup_url(archive: Archive, url: str, at: datetime | None = None) -> list[dict[str, Any]]:
    rows = archive.index.captures_by_surt(surt_key(url.strip()))
    if not rows:
        return []
    latest = url_timeline(archive, url).latest  # the URL's state as of its latest check
    status = {"latest_status": latest.kind if latest else None,
              "latest_status_at": latest.observation.at if latest else None}
    return [{**capture_view(archive, row), **status} for row in order_by_time(rows, at)]
