"""The visible text of a captured page, within a budget, so a hostile page cannot make indexing huge or slow.

A tree of the whole page is never built (BeautifulSoup's tree of 20 MB of ``<p>``, a 20 KB gzip body, took
~3 GB and 90 s): lxml's HTML parser streams events into a small target that keeps the title and the text,
and the page is fed to it in slices until it has given ``MAX_NODES`` elements and text runs or more than
``TEXT_LIMIT`` characters. ``Extracted.truncated`` says which limit cut the text short (the index keeps it
in ``text_docs.truncated``); script, style, noscript, template and svg text is not page text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bs4.dammit import UnicodeDammit
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type information

HTML_MIMES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_LIMIT = 1_000_000  # characters kept per text
MAX_NODES = 200_000  # elements and text runs read per page (large real pages have tens of thousands)
WHOLE, CUT_TEXT, CUT_MARKUP = 0, 1, 2  # truncated: whole / text past TEXT_LIMIT / markup past MAX_NODES unread
_SLICE = 64 * 1024  # characters fed to the parser between budget checks
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "title"})
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Extracted:
    title: str | None
    text: str
    truncated: int  # WHOLE, CUT_TEXT or CUT_MARKUP


def fold(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


def squeeze(text: str) -> str:
    return " ".join(text.split())


class _TextTarget:
    """lxml parser target: the first title's text and the visible text, and a count of events."""

    def __init__(self) -> None:
        self.nodes = 0
        self.hidden = 0  # depth inside elements whose text is not page text
        self.title: list[str] | None = None
        self.in_title = False
        self.parts: list[str] = []
        self.chars = 0

    def _gap(self) -> None:
        """Text on either side of a tag is two strings (as BeautifulSoup's get_text(" ") has it); the parts of
        one text run, split by the parser or by our slices, are one."""
        if self.parts and self.parts[-1] != " ":
            self.parts.append(" ")

    def start(self, tag: str, attrib: Any) -> None:
        self.nodes += 1
        self._gap()
        if tag in _HIDDEN:
            self.hidden += 1
            if tag == "title" and self.title is None:
                self.title, self.in_title = [], True

    def end(self, tag: str) -> None:
        self._gap()
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
            self.in_title = self.in_title and tag != "title"

    def data(self, text: str) -> None:
        self.nodes += 1
        if self.in_title and self.title is not None:
            self.title.append(text)
        elif not self.hidden:
            self.parts.append(text)
            self.chars += len(text)

    def close(self) -> None:
        return None

    def squeeze(self) -> int:
        """Join the text read so far with its whitespace collapsed; its length."""
        self.parts = [squeeze("".join(self.parts))]
        self.chars = len(self.parts[0])
        return self.chars


def _html_text(data: bytes, charset: str | None) -> tuple[str | None, str, int]:
    markup = UnicodeDammit(data, [charset] if charset else [], is_html=True).unicode_markup or ""
    target = _TextTarget()
    parser = etree.HTMLParser(target=target, recover=True, no_network=True)
    cut = WHOLE
    try:
        for start in range(0, len(markup), _SLICE):
            parser.feed(markup[start : start + _SLICE])
            if target.nodes > MAX_NODES:
                cut = CUT_MARKUP
                break
            if target.chars > TEXT_LIMIT and target.squeeze() > TEXT_LIMIT:
                cut = CUT_TEXT
                break
        else:
            parser.close()
    except etree.LxmlError:  # nothing parseable (e.g. an empty page): what was read is the text
        pass
    title = squeeze("".join(target.title)) if target.title else None
    return title or None, squeeze("".join(target.parts)), cut


def extract_text(data: bytes, mime: str, content_type: str | None) -> Extracted:
    """Visible text of an HTML or plain-text payload (already decoded from its Content-Encoding)."""
    match = _CHARSET.search(content_type or "")
    charset = match.group(1) if match else None
    title, cut = None, WHOLE
    if mime in HTML_MIMES:
        title, text, cut = _html_text(data, charset)
    else:
        try:
            text = squeeze(data.decode(charset or "utf-8", errors="replace"))
        except LookupError:
            text = squeeze(data.decode("utf-8", errors="replace"))
    if len(text) > TEXT_LIMIT:
        cut = max(cut, CUT_TEXT)
    return Extracted(fold(title) if title else None, fold(text[:TEXT_LIMIT]), cut)
