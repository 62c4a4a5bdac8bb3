"""Telegram handles a name could have, most likely first; each one still has to be verified on t.me.

From every Latin spelling of the name (see translit): the words joined, with and without ``_``
("Ivan Petrov" -> ivanpetrov, ivan_petrov), each distinctive word alone (petrov, then ivan), then the
joined form with a common suffix (tv, news, official). A possessive counts both ways (Durov's -> durovs,
durov). A translation ("Fisherman" for «Рыбарь») has no spelling that leads to the handle: that is what
review is for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from archiver.citations.handles import is_valid_handle
from archiver.resolve.names import normalize_name
from archiver.resolve.translit import latin_spellings

SUFFIXES = ("news", "tv", "official")
# Words that say what kind of thing is cited rather than which one: never a handle on their own.
GENERIC = frozenset(
    "the and of for telegram channel channels official news live media online group chat blog daily today world "
    "info video tv".split()
)
# A guess is held to more than the username rule: the shape Telegram gives new usernames (no "__", no
# trailing "_", at least 5 characters), so that no probe is spent on handles nobody could have registered.
_GUESS = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_MIN_WORD = 5


def is_possible_handle(value: str) -> bool:
    return len(value) >= _MIN_WORD and is_valid_handle(value) and bool(_GUESS.fullmatch(value))


def _words(spelling: str) -> list[str]:
    text = spelling.casefold()
    text = re.sub(r"['’ʼ]s\b", "s", text)
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return words


def _possessive_roots(spelling: str) -> list[str]:
    return [m.casefold() for m in re.findall(r"([A-Za-z0-9]+)['’ʼ]s\b", spelling)]


def _rounds(name: str) -> Iterator[str]:
    spellings = latin_spellings(name)
    word_lists = [_words(s) for s in spellings]
    # 1. the whole name, joined, in every spelling
    for words in word_lists:
        yield "".join(words)
    for words in word_lists:
        yield "_".join(words)
    # 2. distinctive words alone, longest first (a surname before a first name is a coin toss: length decides)
    for spelling, words in zip(spellings, word_lists, strict=True):
        if len(words) > 1 or _possessive_roots(spelling):
            distinctive = [w for w in words if w not in GENERIC] + _possessive_roots(spelling)
            yield from sorted(distinctive, key=len, reverse=True)
    # 3. the joined name with a common suffix
    core = [w for w in word_lists[0] if w not in GENERIC] or word_lists[0]
    for suffix in SUFFIXES:
        yield "".join(core) + suffix
        yield "_".join([*core, suffix])


def handle_candidates(name: str, limit: int | None = None) -> list[str]:
    """Possible handles for a channel (or the person owning it) named ``name``, most likely first."""
    if not normalize_name(name):
        return []
    out: list[str] = []
    for handle in _rounds(name):
        if limit is not None and len(out) >= limit:
            break
        if handle not in out and is_possible_handle(handle) and handle not in GENERIC:
            out.append(handle)
    return out


def is_distinctive(name: str) -> bool:
    """False for names too short or too generic to stand for one channel ("News", "Mash", "TV")."""
    words = [w for w in normalize_name(name).split() if w not in GENERIC]
    return bool(words) and sum(len(w) for w in words) >= _MIN_WORD
