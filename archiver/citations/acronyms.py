"""Acronyms an article defines ("the Israel Defense Forces (IDF)", «Министерство по чрезвычайным ситуациям (МЧС)»),
so that a source cited by its acronym alone also carries the name it stands for."""

from __future__ import annotations

import re

# A parenthesised acronym, found first (the rare thing); then up to eight words before it, the initials deciding
# how many of them the name takes. (One pattern doing both tried every word of the text: 1 s a MB.)
_LETTERS = r"[A-ZА-ЯЁІЇЄҐ]{2,7}"
_ACRONYM = re.compile(_LETTERS)
_ACRONYM_IN_PARENS = re.compile(rf"\((?P<acronym>{_LETTERS})\)")
_WORDS_BEFORE = re.compile(r"(?:[\w'’-]+[ \t]+){0,7}[\w'’-]+[ \t]*\Z")
_WORD = re.compile(r"[\w'’-]+")
_SMALL = frozenset("of for and the on in de des du la el al и по на в і з та".split())


def is_acronym(name: str) -> bool:
    """A name in the form an article defines in parentheses ("IDF", «МЧС»)."""
    return _ACRONYM.fullmatch(name) is not None


def defined_acronyms(text: str) -> dict[str, str]:
    """Each acronym defined in the text with the words it stands for (the first definition wins)."""
    found: dict[str, str] = {}
    for m in _ACRONYM_IN_PARENS.finditer(text):
        acronym = m.group("acronym")
        words = _WORDS_BEFORE.search(text, max(0, m.start() - 160), m.start())
        if acronym in found or words is None:
            continue
        run = words.group().split()
        n = _words_for(run, acronym)
        if n:
            found[acronym] = " ".join(run[-n:])
    return found


def spelled_before(text: str, pos: int, acronym: str) -> int | None:
    """Where the words whose initials spell `acronym` start, when they end at pos ("State Service of Special
    Communications and Information Protectorate" before " (SSSCIP)"), else None."""
    words = _WORDS_BEFORE.search(text, max(0, pos - 160), pos)
    if words is None:
        return None
    runs = list(_WORD.finditer(words.group()))
    n = _words_for([r.group() for r in runs], acronym)
    return words.start() + runs[-n].start() if n else None


def _words_for(words: list[str], acronym: str) -> int | None:
    """How many of the last words, the fewest, have initials that spell the acronym (small words like "of" may be
    skipped, a word may give two letters: "Hezbollah" is no match for "IDF")."""
    for n in range(1, len(words) + 1):
        run = words[-n:]
        if run[0].casefold() in _SMALL or not run[0][:1].isupper():
            continue
        initials = "".join(_initial(w) for w in run if w.casefold() not in _SMALL).upper()
        if initials == acronym.upper():
            return n
    return None


def _initial(word: str) -> str:
    """ "al-Sham" gives S, "Tahrir" T."""
    head, dash, rest = word.partition("-")
    return rest[:1] if dash and head.casefold() in ("al", "el", "ad", "ar", "as", "ash") and rest else word[:1]
