"""Turn a page into an Article: plain text (blocks become lines) plus the text offsets of its anchors."""

from __future__ import annotations

import re
import warnings
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from .model import Article

TITLE_MAX = 300

_DROP = frozenset({"script", "style", "nav", "footer", "noscript", "template", "svg", "head", "iframe", "canvas"})
_BLOCK = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure form "
    "h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody tfoot thead tr td th ul".split()
)
_WS = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S")


def article_from_text(text: str) -> Article:
    """Wrap plain text; the title is its first non-empty line."""
    first = _NON_SPACE.search(text)  # no splitlines(): an article may be tens of megabytes
    if first is None:
        return Article(text=text, title=None, links=())
    line_end = text.find("\n", first.start())
    title = text[first.start() : line_end if line_end != -1 else len(text)].strip()
    return Article(text=text, title=title[:TITLE_MAX], links=())


def article_from_html(html: str | bytes, base_url: str | None = None) -> Article:
    """Parse HTML into plain text (blocks become lines) and record <a href> anchors with text offsets."""
    with warnings.catch_warnings():
        # bs4 warns when markup looks like a file name or is XHTML; neither matters for plain text.
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(html, "lxml")
    title = _title_of(soup)
    base = soup.find("base", href=True)
    if isinstance(base, Tag) and isinstance(base.get("href"), str):  # <base href> re-roots relative links
        base_url = _join(base_url, str(base["href"]).strip())
    builder = _TextBuilder(base_url)
    builder.walk(soup.body or soup)
    text = builder.result().rstrip()
    n = len(text)  # trailing newlines went: keep every anchor inside the text
    return Article(text=text, title=title, links=tuple((h, min(s, n), min(e, n)) for h, s, e in builder.links))


def _title_of(soup: BeautifulSoup) -> str | None:
    for tag in (soup.title, soup.find("h1")):
        if isinstance(tag, Tag):
            title = _WS.sub(" ", tag.get_text()).strip()
            if title:
                return title[:TITLE_MAX]
    return None


def _join(base: str | None, href: str) -> str:
    try:
        return urljoin(base, href) if base else href
    except ValueError:  # malformed (e.g. a broken IPv6 host): keep as written
        return href


class _TextBuilder:
    """Collects visible text with HTML whitespace rules, tracking output offsets of anchors."""

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        self.parts: list[str] = []
        self.length = 0
        self.last = "\n"  # pretend a line just ended: no leading newline or space
        self.pending_space = False
        self.pre_depth = 0
        self.open: list[list[Any]] = []  # [href, start | None, end] per open anchor
        self.links: list[tuple[str, int, int]] = []

    def result(self) -> str:
        return "".join(self.parts)

    def walk(self, root: Tag) -> None:
        # Iterative, because real pages nest deeper than Python's recursion limit.
        stack: list[tuple[object, bool]] = [(root, False)]
        while stack:
            node, closing = stack.pop()
            if isinstance(node, NavigableString):
                if not isinstance(node, PreformattedString):  # comments, CDATA, doctype
                    self._text(str(node))
            elif isinstance(node, Tag):
                if closing:
                    self._close(node)
                elif node.name == "br":
                    self._newline()
                elif node.name not in _DROP:
                    self._open(node)
                    stack.append((node, True))
                    stack.extend((child, False) for child in reversed(node.contents))

    def _open(self, tag: Tag) -> None:
        if tag.name in _BLOCK:
            self._newline()
        if tag.name == "pre":
            self.pre_depth += 1
        if tag.name == "a":
            self.open.append([self._href(tag), None, self.length])

    def _close(self, tag: Tag) -> None:
        if tag.name == "a" and self.open:
            href, start, end = self.open.pop()
            if href:
                # An anchor without text (an image link) gets an empty span where it stood.
                self.links.append((href, end, end) if start is None else (href, start, end))
        if tag.name == "pre":
            self.pre_depth -= 1
        if tag.name in _BLOCK:
            self._newline()

    def _href(self, tag: Tag) -> str | None:
        href = tag.get("href")
        if not isinstance(href, str) or not href.strip():
            return None
        return _join(self.base_url, href.strip())

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)
        self.last = s[-1]

    def _newline(self) -> None:
        self.pending_space = False
        if self.last != "\n":
            self._emit("\n")

    def _text(self, raw: str) -> None:
        if self.pre_depth:
            core, lead, trail = raw, False, False
        else:
            collapsed = _WS.sub(" ", raw)
            core = collapsed.strip(" ")
            lead, trail = collapsed.startswith(" "), collapsed.endswith(" ")
        if not core:
            self.pending_space = self.pending_space or bool(raw)
            return
        if (lead or self.pending_space) and self.last not in " \n":
            self._emit(" ")
        start = self.length
        self._emit(core)
        self.pending_space = trail
        for anchor in self.open:
            if anchor[1] is None:
                anchor[1] = start
            anchor[2] = self.length
