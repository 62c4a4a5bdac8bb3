"""Find the sentence around a span: boundaries found once per text, each lookup a binary search."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right

from .per_text import per_text

# Sentences longer than this are cut (a text without punctuation would otherwise be one "sentence").
SENTENCE_MAX = 1000
# Sentence ends: terminal punctuation (plus closing quotes/brackets) before a space and a non-lowercase
# letter, or a newline.
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s+[^\sa-zа-яё]|\s*\Z)|\n")
_WORD_BEFORE = re.compile(r"[^\W\d_][\w.]*\Z")
_ABBREV = frozenset("mr mrs ms dr st jr sr vs etc e.g i.e no gen col lt sgt prof г гг т.е т.д т.п им ул д см".split())


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence containing text[start:end] (never cut inside the span itself)."""
    return _cached_index(text).around(start, end)


class SentenceIndex:
    """Sentence boundaries of one text, found in a single pass; each lookup is then a binary search."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Where a sentence starts after each boundary, where it ends at it, and where the boundary begins.
        self.starts, self.ends, self.marks = array("q"), array("q"), array("q")
        starts, ends, marks = self.starts.append, self.ends.append, self.marks.append  # (35,000 a MB of news)
        for m in _BOUNDARY.finditer(text):
            at, end = m.span()
            if text[at] == "." and _is_abbreviation(text, at):
                continue
            starts(end)
            ends(at if text[at] == "\n" else end)
            marks(at)

    def around(self, start: int, end: int) -> str:
        s, e = self.bounds(start, end)
        return self.text[s:e]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence around text[start:end] starts and ends."""
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
        return s, e


@per_text()  # repeated sentence_at calls on one text stay cheap; few texts are kept alive
def _cached_index(text: str) -> SentenceIndex:
    return SentenceIndex(text)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an initial ("A.") or a common abbreviation, not a sentence (the caller
    asks only about periods)."""
    if dot >= 5 and text[dot - 5 : dot].isalpha():
        return False  # a word of five letters or more before it, the most common case: no abbreviation is so long,
        # no initial
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)  # bounded look-back keeps this O(1)
    word = m.group() if m else ""
    if word.casefold() in _ABBREV:
        return True
    return all(len(part) == 1 and part.isupper() for part in word.split(".")) if word else False
