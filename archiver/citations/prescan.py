"""Pre-scan for trigger patterns: the literal words every match must open with, found in the lowered text by
an alternation of plain words (the regex engine skips straight to their first letters; a pattern opening with
"\\b" or "[Aa]ccording" it tries at every position), so the pattern itself is tried only where a match can start.

The words are read off the pattern's own parse, so they follow any edit to the pattern; a pattern they cannot
be read from (a class like \\w or \\s first, too few letters) is scanned as before. Letters are compared folded
(lowered, and "ſ" as "s": every pair the regex engine's case-insensitive matching holds equal), so case-insensitive
patterns are scouted too.
"""

from __future__ import annotations

import re
import re._casefix as sre_casefix  # type: ignore[import-not-found]  # the engine's extra case pairs (3.11+)
import re._parser as sre_parse  # type: ignore[import-not-found]  # the stdlib's pattern parser (3.11+)
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from .per_text import per_text

_LONGEST = 6  # letters of each opening word kept: enough to make candidates rare
_SHORTEST = 2  # an opening shorter than this ("a", " ") is too common to be worth finding first
_MOST = 400  # more opening words than this: the scout would be no quicker than the pattern
_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)

_BLANKS = "\x00"  # in an opening: a run of blanks ("\\s+", "[ \\t]+" between words), found by "\\s+" in the scout
Openings = set[tuple[str, bool]]  # (lowered letters, whether what follows may still extend them)
_END: Openings = {("", False)}  # the words stop here


def finditer(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, pos, endpos), faster for a pattern the regex engine tries at every position ("\\b", a
    look-behind, "[Aa]ccording" or a case-insensitive flag first): the words every match opens with are found in
    the folded text and the pattern is tried only there. Same matches, same order; a pattern whose words cannot
    be read is scanned as before."""
    end = len(text) if endpos is None else endpos
    scout = opening_scout(pattern)
    return pattern.finditer(text, pos, end) if scout is None else scouted(pattern, text, scout, lowered(text), pos, end)


def search(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """pattern.search(text, pos, endpos), found as `finditer` finds it: for a window searched once per match of
    another pattern (a case-insensitive alternation of verbs tried at each position of a window cost 30 µs a call)."""
    return next(finditer(pattern, text, pos, endpos), None)


def scouted(pattern: re.Pattern[str], text: str, scout: re.Pattern[str], scouted_text: str, pos: int = 0,
            endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of `pattern` starting where `scout` matches in `scouted_text` (the text or its folded copy,
    index for index): the same as pattern.finditer(text, pos, endpos) when every match starts where the scout
    does."""
    end = len(text) if endpos is None else endpos
    starts = _shared_starts(scout, scouted_text) if scouted_text is lowered(text) else None
    if starts is not None:
        yield from _scouted_at(pattern, text, scout, scouted_text, starts, pos, end)
        return
    while (candidate := scout.search(scouted_text, pos, end)) is not None:
        full = pattern.match(text, candidate.start(), end)  # a look-behind sees the text before the candidate too
        if full is None:
            pos = candidate.start() + 1
            continue
        yield full
        pos = max(full.end(), full.start() + 1)


def _scouted_at(pattern: re.Pattern[str], text: str, scout: re.Pattern[str], scouted_text: str, starts: list[int],
                pos: int, end: int) -> Iterator[re.Match[str]]:
    """`scouted` with the places the scout's words can open at found beforehand (ascending): the scout is matched
    at each in turn, not searched for, so the same candidates come in the same order."""
    i = bisect_left(starts, pos)
    while i < len(starts) and starts[i] < end:
        at = starts[i]
        full = pattern.match(text, at, end) if scout.match(scouted_text, at, end) is not None else None
        if full is None:
            i += 1
            continue
        yield full
        i = bisect_left(starts, max(full.end(), full.start() + 1), i + 1)


# --- one pass for many scouts -------------------------------------------------------------------------------
# Each scout searched on its own reads the whole text again: ~70 rule patterns, each ~5-10 ms a MB, a fifth of the
# extractor's time. The scouts whose every word opens with 3 letters or more before any blank are read in one
# Aho-Corasick pass instead (pyahocorasick, in C): the places where their words' openings occur, which `scouted`
# then matches each scout at. A scout joins the pass when it is made (most when their modules load); a text
# indexed before that searches for it as before.
# A word opening with a shorter word and a blank ("в\s+распоряжении", "a\s+report", "по\s+данным") is keyed by
# its second word instead, when that has 3 letters or more: where it occurs after a run of blanks, the place the
# short word would stand before them is a candidate (such scouts cost 3-10 ms a MB each searched on their own).
_KEY_LETTERS = 3  # a shorter opening ("по", "в") occurs too often to be worth listing every place of (4: 35
# scouts, the cold article ~8 % faster; 3: 38, ~14 %; 2: 46, slower than 3)
Key = tuple[str, str]  # (the letters looked for, the short word that stands before them and a run of blanks, or "")
_SHARED: dict[re.Pattern[str], tuple[Key, ...]] = {}  # scout -> its words' keys, in the order scouts joined
_automaton_cache: list[Any] = []  # [automaton, scouts it holds]


def _key(word: str) -> Key | None:
    """What the shared pass looks for to find where `word` (an opening) can start, or None if nothing rare enough."""
    first, *rest = word.split(_BLANKS)
    if len(first) >= _KEY_LETTERS:
        return first, ""
    if rest and len(rest[0]) >= _KEY_LETTERS:
        return rest[0], first
    return None


def _automaton() -> tuple[Any, tuple[re.Pattern[str], ...]]:
    scouts = tuple(_SHARED)
    if _automaton_cache and _automaton_cache[1] == scouts:
        return _automaton_cache[0], scouts
    automaton = ahocorasick.Automaton()
    holders: dict[str, dict[str, list[int]]] = {}  # letters -> the word before them ("" for none) -> scouts
    for index, scout in enumerate(scouts):
        for letters, before in _SHARED[scout]:
            holders.setdefault(letters, {}).setdefault(before, []).append(index)
    for letters, by_before in holders.items():
        at_once = tuple(by_before.pop("", ()))
        automaton.add_word(letters, (len(letters) - 1, at_once, tuple((b, tuple(i)) for b, i in by_before.items())))
    automaton.make_automaton()
    _automaton_cache[:] = [automaton, scouts]
    return automaton, scouts


@per_text()
def _shared_index(scouted_text: str) -> dict[re.Pattern[str], list[int]]:
    """Where each scout joined so far can open in this text, ascending (one pass for all of them)."""
    automaton, scouts = _automaton()
    found: list[list[int]] = [[] for _ in scouts]
    if scouts:
        for last, (back, at_once, after_word) in automaton.iter(scouted_text):
            at = last - back
            for index in at_once:
                found[index].append(at)
            if after_word and at > 0 and scouted_text[at - 1].isspace():  # (what \s matches is what isspace() holds)
                blanks = at - 1
                while blanks > 0 and scouted_text[blanks - 1].isspace():
                    blanks -= 1
                for before, indexes in after_word:
                    if blanks >= len(before) and scouted_text.startswith(before, blanks - len(before)):
                        for index in indexes:
                            found[index].append(blanks - len(before))
    return {scout: sorted(at) for scout, at in zip(scouts, found, strict=True)}  # (each place found once)


def _shared_starts(scout: re.Pattern[str], scouted_text: str) -> list[int] | None:
    """The places the scout's words can open in the text, from the shared pass; None for a scout not in it."""
    return _shared_index(scouted_text).get(scout) if scout in _SHARED else None


def every_start(scout: re.Pattern[str], scouted_text: str) -> list[int]:
    """Every place `scout` matches in `scouted_text`, overlapping ones too, ascending: what a look-ahead
    "(?=scout)" finds, which the engine tries at every position (2-3 times as slow as the scout's own scan).
    The candidates of the shared pass where the scout is in it, else the scout's matches and the places inside
    each where another one opens."""
    starts = _shared_starts(scout, scouted_text)
    if starts is not None:
        return [at for at in starts if scout.match(scouted_text, at) is not None]
    found = []
    for m in scout.finditer(scouted_text):
        found.append(m.start())
        found += [at for at in range(m.start() + 1, m.end()) if scout.match(scouted_text, at) is not None]
    return found


def lines_holding(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The lines of `text` that hold `word`, as (start, end) without their newline: where to scan for a pattern
    whose every match holds `word` and no newline, and whose look-aheads read a line's end as they read the text's
    ("(?![\\w-])", "(?=[A-Z])"): the same matches as a scan of the whole text (a look-behind reads the text before
    the line as ever), where the words are rare."""
    at = text.find(word)
    while at != -1:
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        yield text.rfind("\n", 0, at) + 1, end
        at = text.find(word, end)


def lines_around(text: str, places: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The lines that hold any of `places` (ascending), each once, as lines_holding gives them: for a pattern whose
    every match holds a match of another, rarer one (found at `places`)."""
    done = -1
    for at in places:
        if at > done:
            end = text.find("\n", at)
            done = len(text) if end == -1 else end
            yield text.rfind("\n", 0, at) + 1, done


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match starts at one of `starts` (ascending), such as the
    line starts of a "(?m)^" pattern: tried only there, not at every position of the text."""
    done = 0
    for start in starts:
        if start >= done and (m := pattern.match(text, start)) is not None:
            yield m
            done = max(m.end(), m.start() + 1)


def line_starts(text: str, opening: str = "") -> Iterator[int]:
    """Where "(?m)^" matches: the text's start and after every newline; with `opening` (a pattern), only where
    the line opens with it, so that a pattern whose matches all open so is tried at fewer places."""
    return _starts(text, r"\n", opening)


def sentence_starts(text: str, opening: str = "") -> Iterator[int]:
    """Where "\\A|(?<=\\n)|(?<=[.!?][ \\t])" matches (with `opening`, as in line_starts)."""
    return _starts(text, r"\n|[.!?][ \t]", opening)


def _starts(text: str, end: str, opening: str) -> Iterator[int]:
    if opening == "" or re.match(opening, text):
        yield 0
    yield from (m.end() for m in _compiled(f"(?:{end})(?={opening})" if opening else end).finditer(text))


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache  # one per pattern: read off its parse once
def opening_scout(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern for the folded text (`lowered`) that matches wherever a match of `pattern` can start, or None."""
    words = openings(pattern)
    if not words:
        return None
    scout = re.compile(_trie(words))
    keys = [key for word in words if (key := _key(word)) is not None]
    if len(keys) == len(words):  # every word has one
        _SHARED[scout] = _shortest(keys)  # read by the shared pass from the next text on
    return scout


def _shortest(keys: list[Key]) -> tuple[Key, ...]:
    """The keys no shorter one of the scout's opens ("сообщ" finds every "сообща" too): then no two of them are
    found at one place, and each scout's places come out of the shared pass once each."""
    return tuple(dict.fromkeys(key for key in keys if not any(
        other != key and other[1] == key[1] and key[0].startswith(other[0]) for other in keys)))


def _trie(words: tuple[str, ...]) -> str:
    """An alternation of `words` sharing their prefixes ("за(?:явил|…)"): the engine tries each letter once at a
    position instead of every word in turn (a flat list of 30 words took 1.6 times as long on the corpus)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if char == _BLANKS else re.escape(char)) + alternation(rest)
                    for char, rest in sorted(node.items()) if char]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{inner})?" if "" in node else inner

    return alternation(tree)


def openings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded strings one of which opens every match of `pattern` (after zero-width assertions), or None. The words
    go on past an optional item ("(?:re)?published": "publis", "republ") unless they then grow too many: then they
    stop at it, as at any repeated item ("re")."""
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    for optional_goes_on in (True, False):
        try:
            found = _sequence(parsed, optional_goes_on)
        except _Unreadable:
            continue
        words = {re.sub(f"{_BLANKS}+", _BLANKS, word) for word, _ in found}  # "\\s+" then "\\s*": one run
        if not words or len(words) > _MOST or min(len(w) for w in words) < _SHORTEST:
            continue
        if any(w.startswith(_BLANKS) for w in words):
            return None  # a match opens at the first blank of a run: a scout opening with "\\s+" would find it
            # from each blank of a long run in turn (quadratic); blanks between words are found once
        # "editor" finds every "editor-in-chief" too: keep only the words no shorter one opens
        return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))
    return None


class _Unreadable(Exception):
    """A part of the pattern whose opening letters cannot be listed."""


def _sequence(items: list[tuple[Any, Any]], optional_goes_on: bool = False) -> Openings:
    """Openings of items matched one after another (an optional item, "(?:re)?", read as an alternative of it and
    nothing when `optional_goes_on`, the words going on after it; else they stop at it)."""
    done: Openings = {("", True)}
    for op, av in items:
        if op in _ZERO_WIDTH:  # \b, look-behinds, look-aheads: they consume no letters
            continue
        if not any(more for _, more in done):
            break
        step = _item(op, av, optional_goes_on)
        done = {(word + nxt[: _LONGEST - len(word)], nxt_more and len(word + nxt) < _LONGEST)
                if more else (word, False)
                for word, more in done for nxt, nxt_more in step}
        if len(done) > _MOST:
            raise _Unreadable
    return done


def _item(op: Any, av: Any, optional_goes_on: bool = False) -> Openings:
    """Openings of one item; a class or anything else whose letters cannot be listed ends the words there."""
    if op == sre_parse.LITERAL:
        return {(_BLANKS, True)} if chr(av).isspace() else {(_lower(chr(av)), True)}
    if op == sre_parse.IN:
        if all(item in _BLANK_ITEMS or (item[0] == sre_parse.LITERAL and chr(item[1]).isspace()) for item in av):
            return {(_BLANKS, True)}  # \s, [ \t]: a blank
        if not all(kind == sre_parse.LITERAL for kind, _ in av):
            return _END  # \w, ranges, negation: too many letters to look for
        return {(_lower(chr(code)), True) for _, code in av}
    if op == sre_parse.BRANCH:
        return set().union(*(_sequence(list(alt), optional_goes_on) for alt in av[1]))
    if op == sre_parse.SUBPATTERN:
        return _sequence(list(av[3]), optional_goes_on)
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        least, most, inner = av
        if _sequence(list(inner)) == {(_BLANKS, True)}:  # \s+, [ \t]*: a run of blanks is one opening "letter"
            return {(_BLANKS, True), ("", True)} if least == 0 else {(_BLANKS, True)}
        if most == 1 and optional_goes_on:  # "(?:re)?", "s?": the item or nothing, what follows goes on
            return _sequence(list(inner), optional_goes_on) | ({("", True)} if least == 0 else set())
        once = {(word, False) for word, _ in _sequence(list(inner))}  # one repetition, then stop extending
        return once | {("", True)} if least == 0 else once
    return _END


# The letters the engine's case-insensitive matching holds equal beyond lowering ("ı" and "i", "ſ" and "s", Cyrillic
# "ᲀ" and "в"), each folded to the least of its set
_FOLD = {chr(code): chr(min(code, *others)) for code, others in sre_casefix._EXTRA_CASES.items() if min(others) < code}
_TO_FOLD = re.compile("[" + "".join(_FOLD) + "]")


_BLANK_ITEMS = {(sre_parse.CATEGORY, sre_parse.CATEGORY_SPACE)}


def _lower(char: str) -> str:
    low = char.lower()
    if len(low) != 1:  # "İ": lowering would move every letter after it
        raise _Unreadable
    return _FOLD.get(low, low)


@per_text()  # one article is scanned by many patterns in turn
def lowered(text: str) -> str:
    """The text folded as `_lower` folds a pattern's letters, every character kept at its index: "İ", the one
    letter lowering turns into two, becomes "i" (a pattern's "İ" is refused, so a candidate there is only ever one
    too many). Equal letters fold equal, in either case and under re.IGNORECASE."""
    low = text.replace("İ", "i").lower()
    return _TO_FOLD.sub(lambda m: _FOLD[m.group()], low) if _TO_FOLD.search(low) else low
