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
from archiver.index.keys import url_key
from archiver.index.recovered import recovered_copies, recovered_label
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


def _recovered_rows(archive: Archive, timeline: Timeline) -> list[dict[str, Any]]:
    """A URL's copies recovered from web archives, as events at the archive's datetime for them."""
    if timeline.kind != "url":
        return []
    return [{"source": timeline.source, "source_kind": "url", "event": "recovered", "at": copy["memento_at"],
             "status": copy["status"], "detail": f"{recovered_label(copy)}: {copy['memento_url']}",
             "change": None, "url": copy["memento_url"], "fetch_id": copy["fetch_id"],
             "record_id": copy["record_id"], "warc_file": copy["warc_file"], "offset": copy["offset"],
             "recovered": {key: copy[key] for key in ("archive", "memento_url", "memento_at", "recovered_at")}}
            for copy in recovered_copies(archive.index, url_key(timeline.source))]


def iter_history_rows(archive: Archive, target: str) -> Iterator[dict[str, Any]]:
    """One JSON-able row per event, source by source, each source's events oldest first."""
    for timeline, context in history(archive, target):
        rows = sorted(timeline.rows() + _recovered_rows(archive, timeline), key=lambda row: str(row["at"]))
        for row in rows:
            yield {**row, **context}
