"""Manage the Telegram alias registry (names as cited -> handles), stored in the index."""

from __future__ import annotations

from archiver.archive import Archive
from archiver.citations.handles import is_valid_handle
from archiver.errors import UsageError
from archiver.index import articles as idx
from archiver.resolve.resolver import alias_key
from archiver.warc.records import warc_date


def clean_handle(handle: str) -> str:
    value = handle.strip()
    for prefix in ("https://", "http://"):
        value = value.removeprefix(prefix)
    for prefix in ("t.me/s/", "t.me/", "telegram.me/", "telegram.dog/", "@"):
        value = value.removeprefix(prefix)
    value = value.strip("/")
    if not is_valid_handle(value):
        raise UsageError(f"{handle!r} is not a Telegram username (4-32 letters, digits or _, starting with a "
                         "letter; not a t.me service path)")
    return value


def add(archive: Archive, name: str, handle: str, note: str | None = None) -> tuple[str, str | None]:
    """Store NAME -> handle; returns (the handle stored, the handle it replaced or None)."""
    key, cleaned = alias_key(name), clean_handle(handle)
    previous = [row["handle"] for row in idx.list_aliases(archive.index) if alias_key(row["name"]) == key]
    idx.add_alias(archive.index, name.strip(), key, cleaned, note, warc_date(archive.clock()))
    replaced = previous[0] if previous and previous[0] != cleaned else None
    return cleaned, replaced


def remove(archive: Archive, name: str) -> bool:
    return idx.remove_alias(archive.index, alias_key(name))
