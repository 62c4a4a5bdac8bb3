"""Kazakh written in the Latin alphabet (2018: á ǵ ı ń ó ú ý; 2021: ä ǧ ı ŋ ö ū ü ş), read through a Cyrillic shadow.

Kazakh news sites publish the same text in both scripts ("dep habarlaıdy Egemen.kz", "baspasóz qyzmeti málim
etkendeı"). Rather than a second copy of every Kazakh rule, such lines are spelled letter for letter in
Cyrillic ("деп хабарлайды", "баспасөз қызметі мәлім еткендей"): one character for one, so every offset found in
the shadow holds in the original, and the citation's text, name and context are taken back from the original.
Links, domains and handles stay as written, so they are still found as links and names ("Egemen.kz").
"""

from __future__ import annotations

import re

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
_TABLE_2018 = str.maketrans(_LOWER_2018 | {k.upper(): v.upper() for k, v in _LOWER_2018.items() if k != "ı"})
_TABLE_2021 = str.maketrans(_LOWER_2021 | {k.upper(): v.upper() for k, v in _LOWER_2021.items() if k not in "iı"}
                            | {"I": "І", "İ": "И"})


def cyrillic_shadow(text: str) -> str | None:
    """The text with its Latin-script Kazakh lines spelled in Cyrillic, of the same length; None when it has none
    (the common case: one scan for the letters that only Kazakh uses)."""
    if not _KAZAKH_LATIN.search(text):
        return None
    parts: list[str] = []
    done = 0
    for line in _LINE.finditer(text):
        if len(_KAZAKH_LATIN.findall(line.group())) < 2 or not _KAZAKH_WORD.search(line.group()):
            continue  # "José Álvarez" in an English line
        parts.append(text[done : line.start()])
        parts.append(_spell(line.group(), _TABLE_2021 if _ALPHABET_2021.search(line.group()) else _TABLE_2018))
        done = line.end()
    if not parts:
        return None
    parts.append(text[done:])
    shadow = "".join(parts)
    assert len(shadow) == len(text)
    return shadow


def _spell(line: str, table: dict[int, str]) -> str:
    out: list[str] = []
    done = 0
    for keep in _KEEP.finditer(line):
        out.append(_letters(line[done : keep.start()], table))
        out.append(keep.group())
        done = keep.end()
    out.append(_letters(line[done:], table))
    return "".join(out)


def _letters(chunk: str, table: dict[int, str]) -> str:
    spelled = chunk.translate(table)
    # и after a vowel is й ("habarlaıdy", "habarlaidy" хабарлайды; "Sergeı" Сергей)
    return "".join("й" if c == "и" and i and chunk[i - 1] in _VOWELS else c for i, c in enumerate(spelled))
