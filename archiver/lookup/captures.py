"""Find captures of a URL: SURT match (as pywb), closest to a date first, else newest first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from archiver.archive import Archive
from archiver.errors import ArchiverError, UsageError, one_line
from archiver.index.captures import screenshots
from archiver.index.keys import url_key
from archiver.index.recovered import recovered_copies, recovered_label, recovered_of_fetch
from archiver.lookup.sources import url_timeline
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


def recovered_view(archive: Archive, row: dict[str, Any]) -> dict[str, Any]:
    """A copy recovered from a web archive: the stored memento (url = memento URL), labelled as the
    archive's copy as of its datetime, never as a capture of the origin."""
    recovered = {"archive": row["archive"], "original_url": row["original_url"], "memento_url": row["memento_url"],
                 "memento_at": row["memento_at"], "recovered_at": row["recovered_at"], "label": recovered_label(row)}
    return {**capture_view(archive, row), "recovered": recovered}


def lookup_url(archive: Archive, url: str, at: datetime | None = None) -> list[dict[str, Any]]:
    """Our captures of url (closest to at first, else newest first), then copies recovered from web archives."""
    surt = url_key(url.strip())
    rows = archive.index.captures_by_surt(surt)
    copies = recovered_copies(archive.index, surt)
    if not rows and not copies:
        return []
    latest = url_timeline(archive, url).latest  # the URL's state as of its latest check
    status = {"latest_status": latest.kind if latest else None,
              "latest_status_at": latest.observation.at if latest else None}
    own = []
    for row in order_by_time(rows, at):
        copy = recovered_of_fetch(archive.index, row["fetch_id"]) if row["reason"] == "recovered" else None
        # the memento URL looked up itself: still the other archive's copy, labelled so
        own.append({**(recovered_view(archive, {**row, **copy}) if copy else capture_view(archive, row)), **status})
    return own + [{**recovered_view(archive, row), **status} for row in order_by_time(copies, at, key="memento_at")]
