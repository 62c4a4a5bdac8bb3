"""What the extractor finds in a made-up text, by kind: the few accessors the citation test tables share."""

from __future__ import annotations

from archiver.citations import Citation, article_from_text, extract_citations


def telegram(text: str) -> list[Citation]:
    return [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]


def names(text: str) -> list[str | None]:
    """The names of the Telegram channels found."""
    return [c.name for c in telegram(text)]


def owners(text: str) -> list[str | None]:
    """The owners of the Telegram channels found."""
    return [c.owner for c in telegram(text)]


def outlets(text: str) -> list[str | None]:
    """The names of the outlets found."""
    return [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


def urls(text: str) -> list[str | None]:
    """The URLs cited."""
    return [c.url for c in extract_citations(article_from_text(text)) if c.kind == "url"]
