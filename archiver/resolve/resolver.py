"""Turn a citation into something capturable, and say how: explicit link, @handle, registry entry, or a name
the archive's directory has seen beside a handle (see directory.py). Candidates that need t.me to verify them
are the orchestrator's job (archiver.flow.resolving): nothing here touches the network."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from archiver.resolve.directory import Directory, choose
from archiver.resolve.names import best_match, normalize_name

TELEGRAM_FEED = "https://t.me/s/{handle}"


@dataclass(frozen=True)
class Alias:
    name: str
    handle: str
    note: str | None = None


@dataclass(frozen=True)
class Resolution:
    target_url: str | None  # what to capture; None when unresolved or not capturable
    handle: str | None
    status: str  # resolved | unresolved | not_capturable
    how: dict[str, Any]  # evidence: method and what it matched


def telegram_feed(handle: str) -> str:
    return TELEGRAM_FEED.format(handle=handle)


def cited_name(citation: Any) -> tuple[str, str] | None:
    """("name", the channel's name) or ("owner", the person's name) a Telegram citation gives, if any."""
    if citation.kind != "telegram" or citation.handle or citation.url:
        return None
    if citation.name:
        return "name", citation.name
    return ("owner", citation.owner) if citation.owner else None


def resolve(citation: Any, aliases: Iterable[Alias], directory: Directory | None = None,
            threshold: float = 0.95) -> Resolution:
    """citation is an archiver.citations Citation (or anything with its attributes)."""
    if citation.kind == "url":
        return Resolution(citation.url, None, "resolved", {"method": "explicit link", "url": citation.url})
    if citation.kind == "outlet":
        return Resolution(None, None, "not_capturable", {"method": "named outlet; no URL given"})
    if citation.handle:
        method = "explicit link" if citation.url and "t.me/" in citation.url else "@handle"
        url = citation.url or TELEGRAM_FEED.format(handle=citation.handle)
        return Resolution(url, citation.handle, "resolved", {"method": method, "handle": citation.handle})
    if citation.url:  # a private t.me link (t.me/c/..., invitations): cited, but nothing public to capture
        return Resolution(None, None, "not_capturable", {"method": "private Telegram link", "url": citation.url})
    if not citation.name and not citation.owner:  # "Several Telegram channels reported": no channel is named
        return Resolution(None, None, "not_capturable", {"method": "Telegram cited without a channel's name"})
    table = {alias.name: alias for alias in aliases}
    for label, value in (("name", citation.name), ("owner", citation.owner)):
        if not value:
            continue
        match = best_match(value, table.keys())
        if match:
            alias = table[match[0]]
            return Resolution(
                TELEGRAM_FEED.format(handle=alias.handle),
                alias.handle,
                "resolved",
                {
                    "method": "alias registry",
                    "matched": label,
                    "cited_as": value,
                    "alias": alias.name,
                    "score": round(match[1], 3),
                    "note": alias.note,
                },
            )
    cited = cited_name(citation)
    if directory is not None and cited is not None:
        label, value = cited
        found = directory.lookup(value)
        pick = choose(value, found, threshold)
        if pick is not None:
            how = {"method": "directory", "matched": label, "cited_as": value, "handle": pick.handle,
                   "title": pick.title, "score": pick.score, **pick.evidence}
            return Resolution(telegram_feed(pick.handle), pick.handle, "resolved", how)
        if found:
            return Resolution(None, None, "unresolved", {"method": "none", "cited_as": value,
                                                         "candidates": [c.to_dict() for c in found[:5]]})
    return Resolution(None, None, "unresolved", {"method": "none", "cited_as": citation.name or citation.owner})


def alias_key(name: str) -> str:
    return normalize_name(name)
