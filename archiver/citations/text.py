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
# Blocks around a story that are not the story: teasers of other articles, share and subscribe buttons, comments,
# menus, banners. Their headlines and promo lines ("Subscribe to our Telegram channel", "TASS: …") would read as
# this article's citations. Told by a token of the element's class or id ("related-news", "b-share__list").
_BOILERPLATE = re.compile(
    r"(?:^|[-_])(?:related|recommend\w*|more-?news|read-?(?:also|more)|see-?also|popular|most-?read|share|sharing|"
    r"social|subscribe|subscription|newsletter|comments?|sidebar|menu|breadcrumbs?|banner|adv?|adverts?|"
    r"advertising|promo|cookies?|tags)(?:$|[-_])",
    re.IGNORECASE,
)
_ARTICLE_BODY = re.compile(r"(?:^|\s)articleBody(?:\s|$)")  # schema.org's mark of the story's text
_MIN_STORY = 200  # characters: an <article> or <main> shorter than this is a teaser, not the page's story


def article_from_text(text: str) -> Article:
    """Wrap plain text; the title is its first non-empty line."""
    first = _NON_SPACE.search(text)  # no splitlines(): an article may be tens of megabytes
    if first is None:
        return Article(text=text, title=None, links=())
    line_end = text.find("\n", first.start())
    title = text[first.start() : line_end if line_end != -1 else len(text)].strip()
    return Article(text=text, title=title[:TITLE_MAX], links=())


def article_from_html(html: str | bytes, base_url: str | None = None, *, story_only: bool = True) -> Article:
    """Parse HTML into plain text (blocks become lines) and record <a href> anchors with text offsets.

    With `story_only` (the default), a news page gives its story alone: the element marked schema.org articleBody
    (with its <article>), else the largest <article>, else the one <main>, else the body; without the teasers,
    share, subscribe and comment blocks inside it. Otherwise the whole body is read (a captured page compared as
    a whole).
    """
    with warnings.catch_warnings():
        # bs4 warns when markup looks like a file name or is XHTML; neither matters for plain text.
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(html, "lxml")
    title = _title_of(soup)
    base = soup.find("base", href=True)
    if isinstance(base, Tag) and isinstance(base.get("href"), str):  # <base href> re-roots relative links
        base_url = _join(base_url, str(base["href"]).strip())
    root = soup.body or soup
    builder = _TextBuilder(base_url)
    if story_only:
        root = _story_root(root)
        builder.skip = _boilerplate_within(root)
    builder.walk(root)
    text = builder.joined_lines().rstrip()
    n = len(text)  # trailing newlines went: keep every anchor inside the text
    return Article(text=text, title=title, links=tuple((h, min(s, n), min(e, n)) for h, s, e in builder.links))


def _story_root(body: Tag) -> Tag:
    """Where the page keeps its story: the one element marked itemprop="articleBody" (with the <article> around
    it, which holds its headline and byline), else the largest outermost <article> (pages wrap teasers in
    <article> too), else a single <main>; the body when none holds a story."""
    marked = body.find_all(True, attrs={"itemprop": _ARTICLE_BODY})
    if len(marked) == 1 and _text_length(marked[0]) >= _MIN_STORY:
        around = marked[0].find_parent("article")
        return around if isinstance(around, Tag) else marked[0]
    articles = [a for a in body.find_all("article") if a.find_parent("article") is None]
    mains = body.find_all("main")
    for candidates in (articles, mains if len(mains) == 1 else []):
        if candidates:
            length, best = max(((_text_length(c), c) for c in candidates), key=lambda sized: sized[0])
            if length >= _MIN_STORY:
                return best
    return body


def _text_length(tag: Tag) -> int:
    return len(_WS.sub(" ", tag.get_text(" ")).strip())


def _boilerplate_within(root: Tag) -> frozenset[int]:
    """ids of the blocks inside `root` that are around the story, not of it (see _BOILERPLATE): <aside>, and
    elements whose class or id says so, unless one holds half the root's text (a class like "comments-enabled" on
    the story's own wrapper)."""
    lengths = _text_lengths(root)
    half = lengths[id(root)] / 2
    found = set()
    for tag in root.find_all(True):
        marked = tag.name == "aside" or any(_BOILERPLATE.search(token) for token in _class_and_id(tag))
        if marked and lengths[id(tag)] < half:
            found.add(id(tag))
    return frozenset(found)


def _text_lengths(root: Tag) -> dict[int, int]:
    """Letters of text (blanks not counted) under each element, by id: one pass, children before their parent
    (asking each element for its text would read a deeply nested page again at every level)."""
    lengths: dict[int, int] = {}
    stack: list[tuple[Tag, bool]] = [(root, False)]
    while stack:
        tag, done = stack.pop()
        if done:
            lengths[id(tag)] = sum(lengths[id(child)] if isinstance(child, Tag) else
                                   len("".join(str(child).split())) for child in tag.contents
                                   if isinstance(child, Tag) or type(child) is NavigableString)
            continue
        stack.append((tag, True))
        stack.extend((child, False) for child in tag.contents if isinstance(child, Tag))
    return lengths


def _class_and_id(tag: Tag) -> list[str]:
    classes, ident = tag.get("class"), tag.get("id")
    names = [str(c) for c in classes] if isinstance(classes, list) else [classes] if isinstance(classes, str) else []
    return names + [ident] if isinstance(ident, str) else names


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
        self.skip: frozenset[int] = frozenset()  # ids of elements left out with all they hold
        self.line_breaks: list[int] = []  # offsets of the newlines a <br> alone made (no block ends there)

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
                    if self.last != "\n":
                        self.line_breaks.append(self.length)  # where its newline goes: maybe a sentence's middle
                    self._newline()
                elif node.name not in _DROP and id(node) not in self.skip:
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
        elif self.line_breaks and self.line_breaks[-1] == self.length - 1 and self.parts[-1] == "\n":
            self.line_breaks.pop()  # a block ends where the <br> did: a paragraph's end, not a line's

    def joined_lines(self) -> str:
        """The text, a <br> in the middle of a sentence read as the space it stands for ("the Interior
        Ministry<br>said …", set in narrow columns by some CMSs): the sentence is whole again, offsets unchanged."""
        text = self.result()
        chars = None
        for at in self.line_breaks:
            if _continues(text, at):
                chars = chars or list(text)
                chars[at] = " "
        return text if chars is None else "".join(chars)

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


_LINE_OPENS_LOWER = re.compile(r"[ \t]*[a-zа-яёіїєґәғқңөұүһ]")
_SENTENCE_CLOSED = re.compile(r"[.!?:;…»\"”)\]][ \t]*\Z")
_LONG_LINE = 60  # a line cut this long after it began, with no mark closing it, is a sentence running on
_SHORT_LINE = 20  # … and this long when the next line goes on in lowercase


def _continues(text: str, at: int) -> bool:
    """Whether the line break at `at` falls inside a sentence: the next line goes on in lowercase after a line of a
    few words, or this one runs long and stops on a word or a comma, not on a mark that closes a sentence
    ("С уважением,<br>Иван" is a signature: short)."""
    line_start = text.rfind("\n", 0, at) + 1
    if _LINE_OPENS_LOWER.match(text, at + 1):  # (not a list of short lines: "яблоки<br>груши")
        return at - line_start >= _SHORT_LINE and not _SENTENCE_CLOSED.search(text, max(0, at - 4), at)
    return (at - line_start >= _LONG_LINE and not _SENTENCE_CLOSED.search(text, max(0, at - 4), at)
            and (text[at - 1 : at].isalpha() or text[at - 1 : at] == ","))
