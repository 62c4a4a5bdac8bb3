"""Small, total helpers over t.me markup: build a soup, read text, counts, dates and CSS URLs.

Every function here returns a value or ``None``; none raises on odd markup.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EntitySubstitution
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction
from bs4.formatter import HTMLFormatter

__all__ = [
    "absolute_media",
    "attr",
    "background_url",
    "classes",
    "decode",
    "has_class",
    "inner_html",
    "iso_utc",
    "make_soup",
    "own",
    "parse_count",
    "plain_text",
    "text_or_none",
]

_SUFFIX = {"K": Decimal(1_000), "M": Decimal(1_000_000), "B": Decimal(1_000_000_000)}
_COUNT_RE = re.compile(r"([0-9][0-9.,\s\u00a0\u202f\u2009]*)\s*([KMB])?", re.IGNORECASE)
_BG_RE = re.compile(r"""background-image\s*:\s*url\(\s*(['"]?)(.*?)\1\s*\)""", re.IGNORECASE | re.DOTALL)
_SKIP_TEXT = frozenset({"script", "style", "template"})
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)


def decode(html: str | bytes) -> str:
    if isinstance(html, bytes):
        return html.decode("utf-8", errors="replace")
    return html


def make_soup(html: str) -> BeautifulSoup:
    """Parse with lxml (fast, forgiving); fall back to html.parser, then to an empty document."""
    with warnings.catch_warnings():
        # bs4 warns when markup looks like a URL or a file name, or like XML: not our business here.
        warnings.simplefilter("ignore")
        for features in ("lxml", "html.parser"):
            try:
                return BeautifulSoup(html, features)
            except Exception:  # noqa: BLE001 - parser library rejected the markup; try the next one
                continue
        return BeautifulSoup("", "html.parser")


def classes(el: Tag) -> list[str]:
    value = el.get("class")
    if isinstance(value, str):
        return value.split()
    return list(value or [])


def has_class(el: Tag, *names: str) -> bool:
    own_classes = classes(el)
    return any(name in own_classes for name in names)


def own(root: Tag, selector: str, exclude: Iterable[str] = ()) -> Iterator[Tag]:
    """Elements under ``root`` matching ``selector`` that are not nested in an element carrying one of
    the ``exclude`` classes (below ``root``). Used to skip reply quotes, link previews and fallbacks."""
    excluded = tuple(exclude)
    for el in root.select(selector):
        if excluded and _inside(el, root, excluded):
            continue
        yield el


def _inside(el: Tag, root: Tag, excluded: tuple[str, ...]) -> bool:
    parent = el.parent
    while parent is not None and parent is not root:
        if has_class(parent, *excluded):
            return True
        parent = parent.parent
    return False


def plain_text(el: Tag | None) -> str:
    """Text as a reader sees it: ``<br>`` as newline, emoji images as their characters, no markup.

    Entities were decoded once by the HTML parser; nothing here decodes again.
    """
    if el is None:
        return ""
    out: list[str] = []
    for node in el.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                out.append("\n")
            elif node.name == "img":
                alt = node.get("alt")
                if isinstance(alt, str):
                    out.append(alt)
        elif isinstance(node, NavigableString) and not isinstance(node, _NOT_TEXT):
            parent = node.parent
            if parent is None or parent.name not in _SKIP_TEXT:
                out.append(str(node))
    return "".join(out).strip()


class _SourceOrderFormatter(HTMLFormatter):
    """Minimal entity escaping, attributes in source order, ``<blockquote expandable>`` kept bare."""

    def __init__(self) -> None:
        super().__init__(entity_substitution=EntitySubstitution.substitute_xml)

    def attributes(self, tag: Tag) -> list[tuple[str, Any]]:
        return [(k, None if v == "" else v) for k, v in (tag.attrs or {}).items()]


_FORMATTER = _SourceOrderFormatter()


def inner_html(el: Tag | None) -> str:
    """Inner HTML of an element as re-serialised by the parser ("" for None)."""
    if el is None:
        return ""
    return el.decode_contents(formatter=_FORMATTER)


def text_or_none(el: Tag | None) -> str | None:
    text = plain_text(el)
    return text or None


def parse_count(value: str | None) -> int | None:
    """``"3.71M"`` -> 3710000, ``"826K"`` -> 826000, ``"11 286 994"`` -> 11286994; None when no number.

    Decimal arithmetic, so abbreviated values are exact (no float rounding).
    """
    if not value:
        return None
    match = _COUNT_RE.search(value)
    if not match:
        return None
    digits = re.sub(r"[\s\u00a0\u202f\u2009]", "", match.group(1)).rstrip(".,")
    suffix = (match.group(2) or "").upper()
    try:
        if suffix:
            number = Decimal(digits.replace(",", "."))
            return int(number * _SUFFIX[suffix])
        return int(digits.replace(",", "").replace(".", ""))
    except (InvalidOperation, ValueError):
        return None


def iso_utc(value: str | None) -> str | None:
    """Normalise an ISO 8601 timestamp to UTC (``2025-05-08T17:41:00+00:00``); None if unparseable."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def background_url(el: Tag | None) -> str | None:
    """The ``background-image:url(...)`` of an element's style, skipping inline ``data:`` images."""
    if el is None:
        return None
    style = el.get("style")
    if not isinstance(style, str):
        return None
    match = _BG_RE.search(style)
    if not match:
        return None
    url = match.group(2).strip()
    if not url or url.startswith("data:"):
        return None
    return absolute_media(url)


def absolute_media(url: str) -> str:
    """Protocol-relative URLs (``//telegram.org/...``) made https."""
    return "https:" + url if url.startswith("//") else url


def attr(el: Tag | None, name: str) -> str | None:
    if el is None:
        return None
    value = el.get(name)
    if isinstance(value, list):
        value = " ".join(value)
    return value or None
