"""A text respelled in another script, with the offsets of the two kept in step (latin_kazakh, arabic_kazakh),
or with its invisible characters left out (`visible_shadow`).

The rules run on the shadow; every span they find maps back to the original, so what is reported is the text
as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

# Characters that show nothing but break a word for the rules: a soft hyphen («Теле\u00adграм», from &shy; on
# pages that hyphenate), zero-width spaces and joiners, the word joiner, a byte-order mark, direction marks.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class Shadow:
    """The text spelled in Cyrillic, and how its offsets map to the original's: from shadow offset ``breaks[k]``
    on, the original offset is ``deltas[k]`` further (each letter of the original with none of its own in the
    shadow, a digraph's second or a dropped hamza, adds one)."""

    text: str
    breaks: tuple[int, ...]
    deltas: tuple[int, ...]

    def to_original(self, i: int) -> int:
        return i + self.deltas[bisect_right(self.breaks, i) - 1]

    def from_original(self, j: int) -> int:
        k = bisect_right(self._original_breaks, j) - 1
        return max(self.breaks[k], j - self.deltas[k])

    @cached_property
    def _original_breaks(self) -> tuple[int, ...]:
        """Where each break stands in the original, found once (per call it made every anchor of a page with
        thousands of soft hyphens read them all again)."""
        return tuple(b + d for b, d in zip(self.breaks, self.deltas, strict=True))


class ShadowWriter:
    """Builds a Shadow left to right: stretches of the original copied as they are, others respelled."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.done = 0  # how far into the original the shadow is written
        self._out: list[str] = []
        self._breaks = [0]
        self._deltas = [0]
        self._respelled = False

    def copy_to(self, end: int) -> None:
        """The original up to end, as it is."""
        self._out.append(self.original[self.done : end])
        self.done = end

    def write(self, spelled: str, upto: int | None = None) -> None:
        """Respelled text; with upto, it stands for the original up to there."""
        self._out.append(spelled)
        self._respelled = True
        if upto is not None:
            self.done = upto

    def dropped(self, original_end: int) -> None:
        """The original's letter ending at original_end has no letter of its own in the shadow."""
        self._breaks.append(original_end - self._deltas[-1] - 1)  # the shadow offset where it would have stood
        self._deltas.append(self._deltas[-1] + 1)

    def finish(self) -> Shadow | None:
        """The shadow, or None when nothing was respelled."""
        if not self._respelled:
            return None
        self.copy_to(len(self.original))
        return Shadow("".join(self._out), tuple(self._breaks), tuple(self._deltas))


def visible_shadow(text: str) -> Shadow | None:
    """The text without its invisible characters (see _INVISIBLE), or None when it has none (the common case)."""
    if _INVISIBLE.search(text) is None:
        return None
    shadow = ShadowWriter(text)
    for m in _INVISIBLE.finditer(text):
        shadow.copy_to(m.start())
        shadow.write("", upto=m.end())
        shadow.dropped(m.end())
    return shadow.finish()


# Apostrophes as pages type them between letters ("Ukraine‘s", «обʼєкт», "Kyiv`s"): the rules know ’ and '
_ODD_APOSTROPHE = re.compile(r"(?<=\w)[\u02bc\u2018`](?=\w)")


def plain_apostrophes(text: str) -> str:
    """The text with its odd apostrophes as ’: the same length, each letter where it was (the text itself, the
    same object, when it has none: the common case)."""
    if "\u02bc" not in text and "\u2018" not in text and "`" not in text:
        return text
    plain = _ODD_APOSTROPHE.sub("’", text)
    return text if plain == text else plain
