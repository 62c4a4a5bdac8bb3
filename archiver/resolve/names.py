"""Fuzzy matching of source names ("«Рыбарь»" ~ "Rybar", "Zvintseuk" ~ "Zvintchuk"); pure functions.

Names are compared on a normalised form (case, quotes, punctuation, leading "the" and script removed) and on a
phonetic key that folds common transliteration variants, so one person spelled two ways still matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher

# GOST-like transliteration (Russian, plus Ukrainian and Kazakh letters).
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһ",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g a g k n o u u h".split(),
        strict=True,
    )
)
_CYRILLIC = {k: ("" if v == "-" else v) for k, v in _CYRILLIC.items()}
_JOINERS = re.compile(r"[.'’`ʼ]")  # "Z.O.V." == "ZOV", "D'Artagnan" == "DArtagnan"
_NON_WORD = re.compile(r"[\W_]+")
# Spelling variants that transliteration produces for the same sound: Zvintseuk / Zvintchuk, Yevgeny / Evgeny.
_PHONETIC = (
    (re.compile(r"shch|sch"), "sh"), (re.compile(r"tch|tsch"), "ch"), (re.compile(r"ts|tz|cz"), "c"),
    (re.compile(r"kh"), "h"), (re.compile(r"ks"), "x"), (re.compile(r"ck"), "k"), (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"), (re.compile(r"^ye|^e"), "e"), (re.compile(r"[yj]"), "i"), (re.compile(r"(\w)\1+"), r"\1"),
)


def normalize_name(name: str) -> str:
    """Casefolded, unquoted, punctuation-free, Latin-script form; a leading "the" is dropped."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е")
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    text = _JOINERS.sub("", text)
    words = _NON_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _phonetic(word: str) -> str:
    for pattern, repl in _PHONETIC:
        word = pattern.sub(repl, word)
    return word


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _token_score(a: list[str], b: list[str]) -> float:
    """Words paired best-first, weighted by length; a word left without a partner counts as 0."""
    pairs = sorted(((_ratio(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b)), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    total = weight = 0.0
    for score, i, j in pairs:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            size = max(len(a[i]), len(b[j]))
            total, weight = total + score * size, weight + size
    weight += sum(len(w) for i, w in enumerate(a) if i not in used_a)
    weight += sum(len(w) for j, w in enumerate(b) if j not in used_b)
    return total / weight if weight else 0.0


def name_similarity(a: str, b: str) -> float:
    """0..1 similarity of two names; 1.0 when their normalised forms are equal."""
    na, nb = sorted((normalize_name(a), normalize_name(b)))  # difflib is not symmetric: fix the order
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    ka = [_phonetic(w) for w in na.split()]
    kb = [_phonetic(w) for w in nb.split()]
    if sorted(ka) == sorted(kb):
        score = 0.97  # same sounds, different spelling or word order
    else:
        whole = max(_ratio(na, nb), _ratio(" ".join(ka), " ".join(kb)),
                    _ratio(" ".join(sorted(ka)), " ".join(sorted(kb))))
        # Word by word too, so one differing word ("Chronicles" vs "Commentary") cannot hide behind a shared one.
        score = min(whole, _token_score(ka, kb))
    if min(len(na), len(nb)) <= 3:
        score *= 0.8  # "TAS" vs "TASS": too short to trust a near miss
    return round(score, 4)


def best_match(name: str, candidates: Iterable[str], threshold: float = 0.85) -> tuple[str, float] | None:
    """The candidate most similar to name, with its score, if the score reaches threshold."""
    best: tuple[str, float] | None = None
    for candidate in candidates:
        score = name_similarity(name, candidate)
        if score >= threshold and (best is None or score > best[1]):
            best = (candidate, score)
            if score == 1.0:
                break
    return best
