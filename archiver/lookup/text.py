"""Full-text search over captured text (filled in with the FTS5 work)."""

from __future__ import annotations

from typing import Any

from archiver.archive import Archive


def search_text(archive: Archive, quote: str) -> list[dict[str, Any]]:
    return []
