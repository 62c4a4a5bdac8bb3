"""Kazakh written in the Latin alphabet (2018: á ǵ ı ń ó ú ý; 2021: ä ǧ ı ŋ ö ū ü ş), read through a Cyrillic shadow.

Kazakh news sites publish the same text in both scripts ("dep habarlaıdy Egemen.kz", "baspasóz qyzmeti málim
etkendeı"). Rather than a second copy of every Kazakh rule, such lines are spelled letter for letter in
Cyrillic ("деп хабарлайды", "баспасөз қызметі мәлім еткендей"); every offset found in the shadow maps back to the
original, and the citation's text, name and context are taken from the original.
Links, domains and handles stay as written, so they are still found as links and names ("Egemen.kz").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# Letters of the two Latin alphabets (2018, 2021) that English and Russian text lacks; a line is Kazakh when it
# has two of them and a common Kazakh word (a Spanish or German name has the letters, not the words).
_KAZAKH_LATIN = re.compile(r"[áǵńóúýäǧğŋñöūüşÁǴŃÓÚÝÄǦĞŊÑÖŪÜŞ]")
_ALPHABET_2021 = re.compile(r"[äǧğŋñöūüşÄǦĞŊÑÖŪÜŞ]")
_KAZAKH_WORD = re.compile(
    r"(?<![\w-])(?:dep|men|jáne|jäne|týraly|turaly|bul|būl|osy|boıynsha|boiynşa|degen|úshin|üşin|sondaı-aq|"
    r"sondai-aq|bolyp|eken|qazir|sııaqty|siiaqty|habarla\w*|málim\w*|mälım\w*)(?![\w-])",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]+")
_KEEP = re.compile(r"\S*(?:://|www\.|@)\S*|[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,4})(?![\w])(?:/\S*)?", re.IGNORECASE)
_VOWELS = "aeoıiuyáóúýäöūüAEOIİUYÁÓÚÝÄÖŪÜ"
_LOWER_2018 = dict(zip("abcdefghijklmnopqrstuvwxyzáǵńóúýı", "абцдефгхіжклмнопқрстұвухызәғңөүуи", strict=True))
_LOWER_2021 = dict(zip("abcdefghijklmnopqrstuvwxyzäǧğŋñöūüşçı", "абцдефгхижклмнопқрстувухызәғғңңөұүшчі", strict=True))
_DIGRAPHS = {"sh": "ш", "ch": "ч", "gh": "ғ"}  # "habarlaýynsha" хабарлауынша, "qorghanys" қорғаныс
_TABLE_2018 = str.maketrans(_LOWER_2018 | {k.upper(): v.upper() for k, v in _LOWER_2018.items() if k != "ı"})
_TABLE_2021 = str.maketrans(_LOWER_2021 | {k.upper(): v.upper() for k, v in _LOWER_2021.items() if k not in "iı"}
                            | {"I": "І", "İ": "И"})


@dataclass(frozen=True)
class Shadow:
    """The text spelled in Cyrillic, and where each of its characters came from in the original."""

    text: str
    origin: tuple[int, ...]  # origin[i]: the original offset of text[i]; one more entry for the end

    def to_original(self, i: int) -> int:
        return self.origin[i]

    def from_original(self, i: int) -> int:
        return bisect_left(self.origin, i)


def cyrillic_shadow(text: str) -> Shadow | None:
    """The text with its Latin-script Kazakh lines spelled in Cyrillic; None when it has none (the common case:
    one scan for the letters that only Kazakh uses). A digraph ("sh", "ch", "gh") becomes one letter, so offsets
    go through ``Shadow.origin``."""
    if not _KAZAKH_LATIN.search(text):
        return None
    out: list[str] = []
    origin: list[int] = []
    done = 0
    for line in _LINE.finditer(text):
        if len(_KAZAKH_LATIN.findall(line.group())) < 2 or not _KAZAKH_WORD.search(line.group()):
            continue  # "José Álvarez" in an English line
        _copy(text, done, line.start(), out, origin)
        table = _TABLE_2021 if _ALPHABET_2021.search(line.group()) else _TABLE_2018
        at = line.start()
        for keep in _KEEP.finditer(text, line.start(), line.end()):
            _spell(text, at, keep.start(), table, out, origin)
            _copy(text, keep.start(), keep.end(), out, origin)
            at = keep.end()
        _spell(text, at, line.end(), table, out, origin)
        done = line.end()
    if not origin:
        return None
    _copy(text, done, len(text), out, origin)
    origin.append(len(text))
    return Shadow("".join(out), tuple(origin))


def _copy(text: str, start: int, end: int, out: list[str], origin: list[int]) -> None:
    out.append(text[start:end])
    origin.extend(range(start, end))


def _spell(text: str, start: int, end: int, table: dict[int, str], out: list[str], origin: list[int]) -> None:
    i = start
    while i < end:
        pair = text[i : i + 2] if i + 1 < end else ""
        letter = _DIGRAPHS.get(pair.casefold())
        if letter is not None:
            out.append(letter.upper() if pair[0].isupper() else letter)
            origin.append(i)
            i += 2
            continue
        c = text[i].translate(table)
        # и after a vowel is й ("habarlaıdy", "habarlaidy" хабарлайды; "Sergeı" Сергей)
        out.append("й" if c == "и" and i > start and text[i - 1] in _VOWELS else c)
        origin.append(i)
        i += 1
