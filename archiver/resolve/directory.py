"""Candidates for a cited name, and the rule that accepts one: pure, no index and no network here.

A ``Candidate`` is a handle with the title (or name) it was compared with, the score, whether it is
verified and the evidence: a directory sighting (where the archive saw the name beside the handle) or a
captured t.me landing page. ``Directory`` answers from the names the archive has seen
(archiver.index.directory builds them). ``choose`` accepts a candidate only when it is verified, scores at
least the threshold, the name is distinctive and no other handle is as good: otherwise the name waits for
review with its candidates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from archiver.resolve.candidates import is_distinctive
from archiver.resolve.names import normalize_name
from archiver.resolve.translit import title_score

MATCH = 0.85  # a title this close says the same name (the alias registry's tolerance)
# Where a name was seen, strongest first: a channel's own title beats a name beside a link in a post.
SOURCE_RANK = ("channel_title", "channel_username", "post_forwarded", "article_name", "article_owner", "post_link",
               "post_mention", "channel_description")


@dataclass(frozen=True)
class Candidate:
    name: str  # as cited
    handle: str
    title: str | None  # the channel title (landing page) or the name as seen (directory)
    score: float
    verified: bool
    how: str  # directory | landing_page
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "handle": self.handle, "title": self.title, "score": self.score,
                "verified": self.verified, "how": self.how, "evidence": self.evidence}


def _rank(row: dict[str, Any]) -> tuple[int, str]:
    source = row["source"]
    rank = SOURCE_RANK.index(source) if source in SOURCE_RANK else len(SOURCE_RANK)
    return -rank, row["last_seen_at"]


class Directory:
    """The names the archive has seen beside handles, looked up exactly, then fuzzily across scripts."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self._by_name: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            self._by_name.setdefault(row["normalized"], []).append(row)
        self._keys = list(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)

    def lookup(self, name: str) -> list[Candidate]:
        """Every handle seen beside a name like ``name``, best first (one candidate per handle)."""
        key = normalize_name(name)
        if not key:
            return []
        keys = {key} if key in self._by_name else set()
        for other, _score, _ in process.extract(key, self._keys, scorer=fuzz.token_sort_ratio, score_cutoff=75,
                                                limit=20):
            keys.add(other)
        best: dict[str, Candidate] = {}
        for other in keys:
            for row in self._by_name[other]:
                score = 1.0 if other == key else title_score(name, row["name"])
                found = best.get(row["handle_key"])
                if found is None or (score, _rank(row)) > (found.score, _rank(found.evidence)):
                    best[row["handle_key"]] = Candidate(name, row["handle"], row["name"], score, score >= MATCH,
                                                        "directory", _evidence(row))
        return sorted(best.values(), key=lambda c: (-c.score, c.handle))


_EVIDENCE = ("source", "seen_in", "fetch_id", "article_id", "first_seen_at", "last_seen_at", "times")


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    """Where the directory saw the name: the sighting's source, page or post, capture or article, and when."""
    return {key: row[key] for key in _EVIDENCE if row.get(key) is not None}


def choose(name: str, candidates: Iterable[Candidate], threshold: float) -> Candidate | None:
    """The one candidate to accept for ``name``, or None when it must wait for review."""
    good = [c for c in candidates if c.verified and c.score >= threshold]
    handles = {c.handle.lower() for c in good}
    if len(handles) != 1 or not is_distinctive(name):
        return None
    return max(good, key=lambda c: c.score)
