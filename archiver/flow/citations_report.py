"""Rows for ``archiver citations``: extracted citations with their resolution, or stored unresolved ones."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from archiver.archive import Archive
from archiver.citations.blocks import capped_citations
from archiver.errors import ArchiverError, one_line
from archiver.flow.articles import load_article
from archiver.flow.resolving import load_aliases
from archiver.index import articles as idx
from archiver.index.directory import directory_entries
from archiver.resolve.directory import Directory
from archiver.resolve.resolver import resolve
from archiver.settings import Settings
from archiver.warc.provenance import Reason

FIELDS = ("kind", "name", "owner", "url", "handle", "text", "start", "end", "context", "rule")


def iter_citation_rows(
    archive: Archive | None, sources: Iterable[str], command: str, settings: Settings
) -> Iterator[dict[str, Any]]:
    """archive may be None when every source is local: no aliases or directory then, and nothing is written."""
    aliases = load_aliases(archive) if archive is not None else []
    directory = Directory(directory_entries(archive.index)) if archive is not None else None
    for source in sources:
        try:
            loaded = load_article(archive, source, Reason("article", command=command), settings.max_article_bytes,
                                  story_only=settings.article_story_only)
        except ArchiverError as exc:
            yield {"article": source, "error": one_line(exc)}
            continue
        capped = capped_citations(loaded.article, settings.max_citations_per_article)
        for citation in capped.citations:
            row = {"article": source, **citation.to_dict()}
            resolution = resolve(citation, aliases, directory, archive.settings.resolve_threshold if archive else 1.0)
            if citation.kind == "telegram" and resolution.handle:
                row["handle"], row["url"] = resolution.handle, resolution.target_url
            row["resolution"] = resolution.how
            yield row
        if note := capped.note():
            yield {"article": source, "warning": f"{source}: {note}"}


def stored_unresolved(archive: Archive) -> Iterator[dict[str, Any]]:
    for row in idx.unresolved_citations(archive.index):
        yield {"article": row["article"], **{k: row[k] for k in FIELDS}, "resolution": None}
