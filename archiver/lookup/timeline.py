"""A source's history as events, derived from its observations (pure: no I/O).

An observation is one check of a source, already judged ``present`` (with a signature: payload digest,
post text and media...), ``gone`` (HTTP 404/410, "Post not found", dropped from a Telegram feed) or
``unavailable`` (timeouts, 5xx, DNS and connection errors, a page that showed nothing). Events:

    first        first time the source was seen present
    unchanged    present, same signature as the last time it was present
    changed      present, different signature (``detail`` says what changed)
    deleted      gone; or unavailable ``threshold`` checks in a row; later failures stay ``deleted``
                 (a source gone from the very first check is ``deleted`` with status ``missing``)
    unavailable  a failure that does not (yet) count as a deletion; a source never seen present is never
                 called deleted for failing to answer
    restored     present again after ``deleted``
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

EVENT_KINDS = ("first", "unchanged", "changed", "deleted", "unavailable", "restored")


@dataclass(frozen=True)
class Observation:
    at: str  # ISO 8601 UTC, as stored in the index (sorts as text)
    state: str  # present | gone | unavailable
    signature: Any = None
    status: int | None = None
    reason: str | None = None  # why gone / unavailable, one line
    ref: dict[str, Any] = field(default_factory=dict, compare=False)  # where it is: fetch, WARC record...


@dataclass(frozen=True)
class Event:
    kind: str
    observation: Observation
    previous: Observation | None = None  # the last present observation before this one (what changed from)
    detail: str | None = None


# What changed between two present observations: a dict with at least "summary".
Explain = Callable[[Observation, Observation], dict[str, Any]]


def classify(observations: list[Observation], threshold: int) -> list[Event]:
    """Events for observations in time order; ``threshold`` failures in a row count as a deletion."""
    events: list[Event] = []
    last_present: Observation | None = None
    deleted = False
    streak = 0
    threshold = max(1, threshold)
    for obs in observations:
        previous = last_present
        if obs.state == "unavailable" and last_present is None:
            # Never seen present: an outage cannot become a deletion of something never seen.
            events.append(Event("unavailable", obs, None, f"never seen available: {obs.reason}"))
            continue
        if obs.state == "gone" and last_present is None:
            events.append(Event("deleted", obs, None, f"gone at the first check, never seen available: {obs.reason}"))
            deleted = True
            continue
        if obs.state == "present":
            if deleted and last_present is not None:
                kind = "restored"
            elif last_present is None:
                kind = "first"
            else:
                kind = "unchanged" if obs.signature == last_present.signature else "changed"
            events.append(Event(kind, obs, previous))
            last_present, deleted, streak = obs, False, 0
        elif obs.state == "gone":
            detail = obs.reason if not deleted else f"still gone: {obs.reason}"
            events.append(Event("deleted", obs, previous, detail))
            deleted, streak = True, 0
        else:
            streak += 1
            if deleted:
                events.append(Event("deleted", obs, previous, f"still gone: {obs.reason}"))
            elif streak >= threshold:
                events.append(Event("deleted", obs, previous,
                                    f"unavailable {streak} checks in a row (last: {obs.reason})"))
                deleted = True
            else:
                events.append(Event("unavailable", obs, previous,
                                    f"{obs.reason} ({streak} of {threshold} failures before it counts as deleted)"))
    return events


@dataclass
class Timeline:
    """The events of one source, with what it takes to explain a change."""

    source: str  # the URL, or the t.me URL of a channel or post
    kind: str  # url | telegram_post | telegram_channel
    events: list[Event]
    explain: Explain | None = None

    @property
    def latest(self) -> Event | None:
        return self.events[-1] if self.events else None

    @property
    def status(self) -> str | None:
        """The latest event's kind (``deleted`` stays until the source is seen again), or ``missing`` for a
        source gone at every check: it was never seen, so it cannot be said to have been removed."""
        if self.latest is None:
            return None
        if self.latest.kind == "deleted" and not any(e.kind in ("first", "restored") for e in self.events):
            return "missing"
        return self.latest.kind

    def change_of(self, event: Event) -> dict[str, Any] | None:
        if event.kind not in ("changed", "restored") or event.previous is None or self.explain is None:
            return None
        if event.previous.signature == event.observation.signature:
            return None
        return self.explain(event.previous, event.observation)

    def rows(self, with_changes: bool = True) -> list[dict[str, Any]]:
        out = []
        for event in self.events:
            change = self.change_of(event) if with_changes else None
            detail = change["summary"] if change else event.detail
            out.append({
                "source": self.source, "source_kind": self.kind, "event": event.kind, "at": event.observation.at,
                "status": event.observation.status, "detail": detail, "change": change,
                **event.observation.ref,
            })
        return out
