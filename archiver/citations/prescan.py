"""Pre-scan for trigger patterns: the literal words every match must open with, found in the lowered text by
an alternation of plain words (the regex engine skips straight to their first letters; a pattern opening with
"\\b" or "[Aa]ccording" it tries at every position), so the pattern itself is tried only where a match can start.

The words are read off the pattern's own parse, so they follow any edit to the pattern; a pattern they cannot
be read from (a class like \\w or \\s first, a case-insensitive flag, too few letters) is scanned as before.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]  # the stdlib's pattern parser (3.11+)
from functools import lru_cache
from typing import Any

_LONGEST = 6  # letters of each opening word kept: enough to make candidates rare
_SHORTEST = 2  # an opening shorter than this ("a", " ") is too common to be worth finding first
_MOST = 400  # more opening words than this: the scout would be no quicker than the pattern
_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)

Openings = set[tuple[str, bool]]  # (lowered letters, whether what follows may still extend them)
_END: Openings = {("", False)}  # the words stop here


def opening_scout(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern for the lowered text that matches wherever a match of `pattern` can start, or None."""
    words = openings(pattern)
    return re.compile(_trie(words)) if words else None


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
        branches = [re.escape(char) + alternation(rest) for char, rest in sorted(node.items()) if char]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{inner})?" if "" in node else inner

    return alternation(tree)


def openings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowered strings one of which opens every match of `pattern` (after zero-width assertions), or None."""
    if pattern.flags & re.IGNORECASE:  # case folding matches more than lowering shows ("ſ" for "s")
        return None
    try:
        found = _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except _Unreadable:
        return None
    words = {word for word, _ in found}
    if not words or len(words) > _MOST or min(len(w) for w in words) < _SHORTEST:
        return None
    # "editor" finds every "editor-in-chief" too: keep only the words no shorter one opens
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))


class _Unreadable(Exception):
    """A part of the pattern whose opening letters cannot be listed."""


def _sequence(items: list[tuple[Any, Any]]) -> Openings:
    """Openings of items matched one after another."""
    done: Openings = {("", True)}
    for op, av in items:
        if op in _ZERO_WIDTH:  # \b, look-behinds, look-aheads: they consume no letters
            continue
        if not any(more for _, more in done):
            break
        step = _item(op, av)
        done = {(word + nxt[: _LONGEST - len(word)], nxt_more and len(word + nxt) < _LONGEST)
                if more else (word, False)
                for word, more in done for nxt, nxt_more in step}
        if len(done) > _MOST:
            raise _Unreadable
    return done


def _item(op: Any, av: Any) -> Openings:
    """Openings of one item; a class or anything else whose letters cannot be listed ends the words there."""
    if op == sre_parse.LITERAL:
        return {(_lower(chr(av)), True)}
    if op == sre_parse.IN:
        if not all(kind == sre_parse.LITERAL for kind, _ in av):
            return _END  # \w, \s, ranges, negation: too many letters to look for
        return {(_lower(chr(code)), True) for _, code in av}
    if op == sre_parse.BRANCH:
        return set().union(*(_sequence(list(alt)) for alt in av[1]))
    if op == sre_parse.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        if add_flags & re.IGNORECASE:
            raise _Unreadable
        return _sequence(list(inner))
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        least, _most, inner = av
        once = {(word, False) for word, _ in _sequence(list(inner))}  # one repetition, then stop extending
        return once | {("", True)} if least == 0 else once
    return _END


def _lower(char: str) -> str:
    low = char.lower()
    if len(low) != 1 or low in "σς":  # only where lowering keeps every letter in its place
        raise _Unreadable
    return low


@lru_cache(maxsize=2)  # one article is scanned by many patterns in turn
def lowered(text: str) -> str:
    """text.lower() with every character kept at its index: "İ", the one letter lowering turns into two, becomes
    "i" (a pattern literal cannot be "İ": `_lower` refuses it, so a candidate there is only ever one too many)."""
    return text.replace("İ", "i").lower()
