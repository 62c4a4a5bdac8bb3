"""Data types of the citation extractor: what an article is and what it cites."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

KINDS = ("url", "telegram", "outlet")


@dataclass(frozen=True)
class Citation:
    """One source cited by an article, anchored to a span of its text.

    ``text == article.text[start:end]`` always holds; ``context`` is the sentence around it.
    """

    kind: str  # "url" | "telegram" | "outlet"
    name: str | None  # the source's name as written (channel title, outlet name)
    owner: str | None  # the person named as a Telegram channel's owner
    url: str | None  # the link (Telegram: https://t.me/s/<handle> or https://t.me/<handle>/<id>)
    handle: str | None  # Telegram username when the text itself gives it
    text: str
    start: int
    end: int
    context: str
    rule: str  # which rule fired, e.g. "tg.prose.quoted_after", "url.bare", "outlet.according_to"
    name_normalized: str | None = None  # the name in the nominative case ("Ербола Едилова" -> "Ербол Едилов")
    owner_normalized: str | None = None  # the owner likewise
    confidence: float = 1.0  # how sure the rule's kind of evidence is (0..1; see citations/confidence.py)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Article:
    """Plain text that citation offsets refer to, plus the HTML anchors found in it."""

    text: str
    title: str | None = None
    links: tuple[tuple[str, int, int], ...] = ()  # (href, start, end) offsets into text


@dataclass(frozen=True)
class Match:
    """A rule's raw finding, before context is attached and overlaps are resolved."""

    kind: str
    start: int
    end: int
    rule: str
    name: str | None = None
    owner: str | None = None
    url: str | None = None
    handle: str | None = None

    def overlaps(self, other: Match) -> bool:
        return self.start < other.end and other.start < self.end
