"""Kazakh written in the Latin alphabet (the 2018 one: á, ǵ, ı, ń, ó, ú, ý), read through a Cyrillic shadow.

Kazakh news sites publish the same text in both scripts ("dep habarlaıdy Egemen.kz", "baspasóz qyzmeti málim
etkendeı"). Rather than a second copy of every Kazakh rule, such lines are spelled letter for letter in
Cyrillic ("деп хабарлайды", "баспасөз қызметі мәлім еткендей"): one character for one, so every offset found in
the shadow holds in the original, and the citation's text, name and context are taken back from the original.
Links, domains and handles stay as written, so they are still found as links and names ("Egemen.kz").
"""

from __future__ import annotations

import re

# Letters only Kazakh uses among Latin-script languages read here (Turkish has ı but none of these).
_KAZAKH_LATIN = re.compile(r"[áǵńóúýÁǴŃÓÚÝ]")
_LINE = re.compile(r"[^\n]+")
_KEEP = re.compile(r"\S*(?:://|www\.|@)\S*|[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,4})(?![\w])(?:/\S*)?", re.IGNORECASE)
_VOWELS = "aeoıuyáóúiýAEOIUYÁÓÚÝ"
_LOWER = dict(zip("abcdefghijklmnopqrstuvwxyzáǵńóúýı", "абцдефгхіжклмнопқрстұвухызәғңөүуи", strict=True))
_TABLE = str.maketrans(_LOWER | {k.upper(): v.upper() for k, v in _LOWER.items() if k != "ı"})


def cyrillic_shadow(text: str) -> str | None:
    """The text with its Latin-script Kazakh lines spelled in Cyrillic, of the same length; None when it has none
    (the common case: one scan for the letters that only Kazakh uses)."""
    if not _KAZAKH_LATIN.search(text):
        return None
    parts: list[str] = []
    done = 0
    for line in _LINE.finditer(text):
        if len(_KAZAKH_LATIN.findall(line.group())) < 2:
            continue  # one accented letter is a name in an English or Russian line ("José")
        parts.append(text[done : line.start()])
        parts.append(_spell(line.group()))
        done = line.end()
    if not parts:
        return None
    parts.append(text[done:])
    shadow = "".join(parts)
    assert len(shadow) == len(text)
    return shadow


def _spell(line: str) -> str:
    out: list[str] = []
    done = 0
    for keep in _KEEP.finditer(line):
        out.append(_letters(line[done : keep.start()]))
        out.append(keep.group())
        done = keep.end()
    out.append(_letters(line[done:]))
    return "".join(out)


def _letters(chunk: str) -> str:
    spelled = chunk.translate(_TABLE)
    # ı is и, and й after a vowel ("habarlaıdy" хабарлайды, "Sergeı" Сергей)
    return "".join("й" if c == "и" and o == "ı" and i and chunk[i - 1] in _VOWELS else c
                   for i, (c, o) in enumerate(zip(spelled, chunk, strict=True)))
