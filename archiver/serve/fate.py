"""What became of a cited source since the article cited it: one flag a reader can act on.

    deleted      gone now (HTTP 404/410, "Post not found", or unavailable check after check), since DATE
    missing      gone at every check: never seen available
    unavailable  the latest check failed (not yet counted as a deletion), since DATE
    changed      the content changed after it was cited (first change on DATE)
    restored     back after a deletion
    unchanged    every check since the citation found the same content

Built from the source's timeline (archiver.lookup.sources), the same one ``archiver history`` prints.
"""

from __future__ import annotations

from typing import Any

from archiver.lookup.timeline import Event, Timeline

LABELS = {
    "deleted": "Deleted", "missing": "Never available", "unavailable": "Unavailable", "changed": "Changed since cited",
    "restored": "Restored", "unchanged": "Unchanged",
}
BAD = ("deleted", "missing", "unavailable", "changed")
_SEEN = ("first", "unchanged", "changed", "restored")


def _streak_start(events: list[Event], kinds: tuple[str, ...]) -> Event:
    """The first event of the run of ``kinds`` the timeline ends with."""
    i = len(events) - 1
    while i > 0 and events[i - 1].kind in kinds:
        i -= 1
    return events[i]


def source_fate(timeline: Timeline, cited_at: str | None) -> dict[str, Any] | None:
    """The flag for a source cited at ``cited_at`` (ISO 8601 UTC), or None when it was never checked."""
    events = timeline.events
    if not events:
        return None
    status = timeline.status or "unchanged"
    last = events[-1]
    seen = [e.observation.at for e in events if e.kind in _SEEN]
    out: dict[str, Any] = {"state": status, "since": None, "detail": None, "last_checked": last.observation.at,
                           "last_seen": seen[-1] if seen else None, "checks": len(events)}
    if status in ("deleted", "missing", "unavailable"):
        start = _streak_start(events, ("deleted", "unavailable") if status != "unavailable" else ("unavailable",))
        out.update(since=start.observation.at, detail=last.detail)
    else:
        changes = [e for e in events if e.kind == "changed" and (cited_at is None or e.observation.at > cited_at)]
        if changes:
            out.update(state="changed", since=changes[0].observation.at, detail=f"{len(changes)} change"
                       f"{'s' if len(changes) > 1 else ''} since cited")
        elif status == "restored":
            out.update(since=last.observation.at, detail=last.detail)
        else:
            out["state"] = "unchanged"
    out["label"] = LABELS[out["state"]]
    out["bad"] = out["state"] in BAD
    return out
