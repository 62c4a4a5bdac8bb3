"""Kazakh written in the Latin alphabet (2018: á ǵ ı ń ó ú ý; 2021: ä ǧ ı ŋ ö ū ü ş), read through a Cyrillic shadow.

Kazakh news sites publish the same text in both scripts ("dep habarlaıdy Egemen.kz", "baspasóz qyzmeti málim
etkendeı"). Rather than a second copy of every Kazakh rule, such lines are spelled letter for letter in
Cyrillic ("деп хабарлайды", "баспасөз қызметі мәлім еткендей"); every offset found in the shadow maps back to the
original, and the citation's text, name and context are taken from the original.
Links, domains and handles stay as written, so they are still found as links and names ("Egemen.kz").
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
_LOWER_2018 = dict(zip("abcdefghijklmnopqrstuvwxyzáǵńóúýı", "абцдефгхіжклмнопқрстұвухызәғңөүуи", strict=True))
_LOWER_2021 = dict(zip("abcdefghijklmnopqrstuvwxyzäǧğŋñöūüşçı", "абцдефгхижклмнопқрстувухызәғғңңөұүшчі", strict=True))
_DIGRAPHS = {"sh": "ш", "ch": "ч", "gh": "ғ"}  # "habarlaýynsha" хабарлауынша, "qorghanys" қорғаныс
_DIGRAPH = re.compile(r"[sScCgG][hH]")
_Y_AFTER_VOWEL = re.compile(r"(?<=[аеоиуыәөұүіэАЕОИУЫӘӨҰҮІЭ])и")
_TABLE_2018 = str.maketrans(_LOWER_2018 | {k.upper(): v.upper() for k, v in _LOWER_2018.items() if k != "ı"})
_TABLE_2021 = str.maketrans(_LOWER_2021 | {k.upper(): v.upper() for k, v in _LOWER_2021.items() if k not in "iı"}
                            | {"I": "І", "İ": "И"})


@dataclass(frozen=True)
class Shadow:
    """The text spelled in Cyrillic, and how its offsets map to the original's: from shadow offset ``breaks[k]``
    on, the original offset is ``deltas[k]`` further (each digraph spelled as one letter adds one)."""

    text: str
    breaks: tuple[int, ...]
    deltas: tuple[int, ...]

    def to_original(self, i: int) -> int:
        return i + self.deltas[bisect_right(self.breaks, i) - 1]

    def from_original(self, j: int) -> int:
        k = bisect_right([b + d for b, d in zip(self.breaks, self.deltas, strict=True)], j) - 1
        return max(self.breaks[k], j - self.deltas[k])


def cyrillic_shadow(text: str) -> Shadow | None:
    """The text with its Latin-script Kazakh lines spelled in Cyrillic; None when it has none (the common case:
    one scan for the letters that only Kazakh uses). A digraph ("sh", "ch", "gh") becomes one letter, so offsets
    map through the ``Shadow``."""
    if not _KAZAKH_LATIN.search(text):
        return None
    out: list[str] = []
    breaks, deltas = [0], [0]
    done = 0
    for line in _LINE.finditer(text):
        if len(_KAZAKH_LATIN.findall(line.group())) < 2 or not _KAZAKH_WORD.search(line.group()):
            continue  # "José Álvarez" in an English line
        out.append(text[done : line.start()])
        table = _TABLE_2021 if _ALPHABET_2021.search(line.group()) else _TABLE_2018
        at = line.start()
        for keep in _KEEP.finditer(text, line.start(), line.end()):
            _spell(text, at, keep.start(), table, out, breaks, deltas)
            out.append(keep.group())
            at = keep.end()
        _spell(text, at, line.end(), table, out, breaks, deltas)
        done = line.end()
    if not out:
        return None
    out.append(text[done:])
    return Shadow("".join(out), tuple(breaks), tuple(deltas))


def _spell(text: str, start: int, end: int, table: dict[int, str], out: list[str], breaks: list[int],
           deltas: list[int]) -> None:
    """Append text[start:end] in Cyrillic: letter for letter, then each digraph's two letters made one."""
    chunk = text[start:end]
    spelled = _Y_AFTER_VOWEL.sub("й", chunk.translate(table))  # "habarlaıdy" хабарлайды, "Sergeı" Сергей
    done = 0
    for pair in _DIGRAPH.finditer(chunk):
        out.append(spelled[done : pair.start()])
        letter = _DIGRAPHS[pair.group().casefold()]
        out.append(letter.upper() if pair.group()[0].isupper() else letter)
        breaks.append(start + pair.end() - deltas[-1] - 1)  # the shadow offset right after the digraph's letter
        deltas.append(deltas[-1] + 1)
        done = pair.end()
    out.append(spelled[done:])
