"""Turn a page into an Article (plain text + anchor offsets), find the sentence around a span, and scan
the phrases the rules share: quotations and capitalised names."""

from __future__ import annotations

import re
import warnings
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from .model import Article

TITLE_MAX = 300
# Sentences longer than this are cut (a text without punctuation would otherwise be one "sentence").
SENTENCE_MAX = 1000

_DROP = frozenset({"script", "style", "nav", "footer", "noscript", "template", "svg", "head", "iframe", "canvas"})
_BLOCK = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure form "
    "h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody tfoot thead tr td th ul".split()
)
_WS = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S")
# Sentence ends: terminal punctuation (plus closing quotes/brackets) before a space and a non-lowercase
# letter, or a newline.
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s+[^\sa-zа-яё]|\s*\Z)|\n")
_WORD_BEFORE = re.compile(r"[^\W\d_][\w.]*\Z")
_ABBREV = frozenset("mr mrs ms dr st jr sr vs etc e.g i.e no gen col lt sgt prof г гг т.е т.д т.п им ул д см".split())


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


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence containing text[start:end] (never cut inside the span itself)."""
    return _cached_index(text).around(start, end)


class SentenceIndex:
    """Sentence boundaries of one text, found in a single pass; each lookup is then a binary search."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Where a sentence starts after each boundary, where it ends at it, and where the boundary begins.
        self.starts, self.ends, self.marks = array("q"), array("q"), array("q")
        for m in _BOUNDARY.finditer(text):
            if not _is_abbreviation(text, m.start()):
                self.starts.append(m.end())
                self.ends.append(m.start() if m.group() == "\n" else m.end())
                self.marks.append(m.start())

    def around(self, start: int, end: int) -> str:
        text = self.text
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        i = bisect_right(self.starts, start) - 1
        s = self.starts[i] if i >= 0 else 0
        if start - s > SENTENCE_MAX:  # no boundary near: cut at a space
            space = text.find(" ", start - SENTENCE_MAX, start)
            s = space + 1 if space != -1 else start - SENTENCE_MAX
        j = bisect_left(self.marks, end)
        e = self.ends[j] if j < len(self.ends) else len(text)
        if e - end > SENTENCE_MAX:
            space = text.rfind(" ", end, end + SENTENCE_MAX)
            e = space if space != -1 else end + SENTENCE_MAX
        while s < start and text[s].isspace():
            s += 1
        while e > end and text[e - 1].isspace():
            e -= 1
        return text[s:e]


@lru_cache(maxsize=2)  # repeated sentence_at calls on one text stay cheap; few texts are kept alive
def _cached_index(text: str) -> SentenceIndex:
    return SentenceIndex(text)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an initial ("A.") or a common abbreviation, not a sentence."""
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)  # bounded look-back keeps this O(1)
    word = m.group() if m else ""
    if word.casefold() in _ABBREV:
        return True
    return all(len(part) == 1 and part.isupper() for part in word.split(".")) if word else False


# --- Phrase scanners shared by the rules: quotations and capitalised names ----------------------------

QUOTE_MAX = 80  # longer "quotations" are speech, not names
_OPEN_CLOSE = {'"': '"', "“": "”“", "„": "“”", "«": "»", "‘": "’", "'": "'", "”": "”", "‚": "‘’"}
_CLOSE_OPEN = {'"': '"', "”": "“”„", "“": "„“", "»": "«", "’": "‘‚", "'": "'"}
_ABBR_TAIL = re.compile(r"(?:\A|[.\s])\w\.\Z")  # "Z.O.V." keeps its final period
_TOKEN = re.compile(r"[^\s]+")
_LEAD_PUNCT = "([«\"“„‘'"
_TRAIL_PUNCT = ",.;:!?)]»\"”“’'…"
_CONNECT = frozenset("of for the de la du del di da von van der al el".split())
# Capitalised words that start sentences or clauses rather than names.
STOP_CAPS = frozenset(
    """the a an this that these those in on at from by for of to as but and or so also however meanwhile earlier
    later then now yesterday today moreover furthermore additionally according screenshot photo source he she it
    they we i you his her their its our my your question answer monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december
    в на как по и но а также однако ранее позже сегодня вчера об это он она они мы его её их при со с из от
    до для источник фото скриншот""".split()
)
_RU_HEADS = ("министерств", "минобороны", "пресс-служб", "генштаб", "правительств", "администраци", "посольств",
             "служб", "комитет", "управлени", "департамент", "агентств", "федеральн", "государственн", "совет")
_RU_LOWER_OK = ("министерств", "минобороны", "пресс-служб", "правительств", "администраци", "посольств")
_RU_VERB_END = re.compile(r"(?:ли|ла|ло|ет|ют|ут|ит|ят|ть|ся|сь|[^\w-])\Z|\A\w{3,}л\Z")  # not part of a name
_RU_FUNCTION = frozenset("в во на с со о об и а но что как по из от к за для при который которая это".split())


def is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and any(c.isalpha() for c in word)))


def quoted_at(text: str, pos: int) -> tuple[int, int, str] | None:
    """The quotation opening at pos: (start, end past the closing quote, inner text)."""
    closers = _OPEN_CLOSE.get(text[pos]) if pos < len(text) else None
    if closers is None or (text[pos] in "'‘" and pos > 0 and text[pos - 1].isalnum()):
        return None
    depth = 0
    for i in range(pos + 1, min(len(text), pos + 1 + QUOTE_MAX)):
        ch = text[i]
        if ch == "\n":
            return None
        if ch == "«" and text[pos] == "«":
            depth += 1  # «Газета «Вести»»
        elif ch in closers:
            if depth:
                depth -= 1
            elif not (ch == "'" and i + 1 < len(text) and text[i + 1].isalpha()):  # Rybar's
                return pos, i + 1, text[pos + 1 : i]
    return None


def quoted_before(text: str, end: int) -> tuple[int, int, str] | None:
    """The quotation whose closing quote is text[end - 1]."""
    openers = _CLOSE_OPEN.get(text[end - 1]) if 0 < end <= len(text) else None
    if not openers:
        return None
    lo = max(0, end - 2 - QUOTE_MAX)
    i = max(text.rfind(o, lo, end - 1) for o in openers)
    if i < 0 or "\n" in text[i:end] or (text[i] in "'‘" and i > 0 and text[i - 1].isalnum()):
        return None
    return i, end, text[i + 1 : end - 1]


def clean_name(inner: str) -> str | None:
    """A quoted name without the sentence punctuation that slipped inside the quotes ("Fisherman,")."""
    name = inner.strip().rstrip(",;:").rstrip()
    if name.endswith(".") and not name.endswith("..") and not _ABBR_TAIL.search(name):
        name = name[:-1].rstrip()
    if not name or len(name) > 60 or len(name.split()) > 8 or not any(c.isalnum() for c in name):
        return None
    return name


def tokens(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """Whitespace-separated tokens of text[lo:hi] with their offsets, lazily."""
    return ((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi))


def core_span(tok: str) -> tuple[int, int]:
    """Offsets of a token without leading/trailing punctuation."""
    a = len(tok) - len(tok.lstrip(_LEAD_PUNCT))
    b = len(tok.rstrip(_TRAIL_PUNCT))
    return a, max(a, b)


def strip_stops(words: list[tuple[int, int]], text: str, stops: frozenset[str]) -> list[tuple[int, int]]:
    while words and text[words[0][0] : words[0][1]].casefold() in stops:
        words = words[1:]
    return words


def cap_phrase_after(text: str, pos: int, max_words: int = 7) -> tuple[int, int, str | None] | None:
    """A capitalised name starting at pos: (start, end, next word or None when punctuation/line ends it)."""
    nl = text.find("\n", pos, pos + 200)
    words: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    head, lowers = False, 0
    for s, _e, tok in tokens(text, pos, nl if nl != -1 else min(len(text), pos + 200)):
        a, b = core_span(tok)
        core = tok[a:b]
        low = core.casefold()
        if a or not core or len(words) >= max_words:
            return _phrase(words, text, low if not a else None)
        if is_cap(core) or (not words and low.startswith(_RU_LOWER_OK)):
            words += pending + [(s, s + b)]
            pending, head = [], head or low.startswith(_RU_HEADS)
        elif low in _CONNECT and words and b == len(tok):
            pending.append((s, s + b))
        elif head and lowers < 3 and "а" <= low[0] <= "я" and low not in _RU_FUNCTION and not _RU_VERB_END.search(low):
            words += pending + [(s, s + b)]  # "Министерства обороны России": Russian names go lowercase
            pending, lowers = [], lowers + 1
        else:
            return _phrase(words, text, low)
        if b < len(tok):
            return _phrase(words, text, None)
    return _phrase(words, text, None)


def _phrase(words: list[tuple[int, int]], text: str, nxt: str | None) -> tuple[int, int, str | None] | None:
    words = strip_stops(words, text, STOP_CAPS)
    if not words or not any(is_cap(text[s:e]) for s, e in words):
        return None
    return words[0][0], words[-1][1], nxt


def cap_phrase_before(text: str, pos: int, max_words: int = 6) -> tuple[int, int] | None:
    """A capitalised name ending at pos (spaces before pos skipped), e.g. "Russian Defense Ministry"."""
    lo = max(0, pos - 100)  # six words; a bounded look-back keeps every call O(1)
    toks = list(tokens(text, text.rfind("\n", lo, pos) + 1 or lo, pos))
    words: list[tuple[int, int]] = []
    i = len(toks) - 1
    while i >= 0 and len(words) < max_words:
        s, _e, tok = toks[i]
        a, b = core_span(tok)
        core = tok[a:b]
        if b < len(tok) or not core:
            break
        if is_cap(core):
            words.insert(0, (s + a, s + b))
        elif core.casefold() in _CONNECT and words:
            words.insert(0, (s, s + b))
        elif "а" <= core[0] <= "я":  # lowercase tail of a Russian name ("Министерство обороны"): find its head
            back = [j for j in range(i - 1, max(-1, i - 4), -1) if toks[j][2].casefold().startswith(_RU_HEADS)]
            if not back:
                break
            words[:0] = [(toks[j][0], toks[j][1]) for j in range(back[0], i + 1)]
            i = back[0]
        else:
            break
        if a:
            break
        i -= 1
    while words and text[words[0][0] : words[0][1]].casefold() in _CONNECT:
        words = words[1:]
    words = strip_stops(words, text, STOP_CAPS)
    return (words[0][0], words[-1][1]) if words else None
