"""``archiver history TARGET``: each source's events in time order.

TARGET is a URL (SURT match), ``@channel`` or a t.me channel or post URL (a channel: its own events,
then each archived post's), or an ingested article (the history of every source it cites, as cited: a
cited channel's own events, not those of its posts the article never named). Events are derived from
the index (archiver.lookup.sources); nothing here is stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from archiver.archive import Archive
from archiver.index import articles as idx
from archiver.lookup.sources import source_timeline, source_timelines
from archiver.lookup.timeline import Timeline
from archiver.schedule.schedules import find_article, resolve_target


def history(archive: Archive, target: str) -> list[tuple[Timeline, dict[str, Any]]]:
    """(timeline, context) per source; context names the article and citations for article targets."""
    resolved = resolve_target(archive, target)
    if resolved.kind != "article":
        return [(timeline, {}) for timeline in source_timelines(archive, resolved.key)]
    article = find_article(archive, target)
    assert article is not None  # resolve_target found it
    cited: dict[str, list[str]] = {}
    for citation in idx.citations_of_article(archive.index, article["id"]):
        if citation["target_url"]:
            cited.setdefault(citation["target_url"], []).append(citation["text"])
    out = []
    for source, texts in cited.items():
        context = {"article": article["source"], "cited_as": texts}
        out.append((source_timeline(archive, source), context))  # a channel's own, not its posts'
    return out


def iter_history_rows(archive: Archive, target: str) -> Iterator[dict[str, Any]]:
    """One JSON-able row per event, source by source, each source's events oldest first."""
    for timeline, context in history(archive, target):
        for row in timeline.rows():
            yield {**row, **context}
