"""The scouts (the opening words in the lowered text, or a pattern without its word-start assertion) only speed
trigger scans up: same matches as the patterns' own finditer, on made-up and real text."""

from __future__ import annotations

import re
from pathlib import Path

from archiver.citations.outlets import _OPENING_SCOUTS, _RULES, _SCOUTS, _trigger_matches
from archiver.citations.prescan import lowered, openings

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_opening_words_are_read_off_the_pattern() -> None:
    pattern = re.compile(r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics)\s+(?:from|of|by)\b")
    assert openings(pattern) == ("data", "figure", "statis")
    assert openings(re.compile(r"\b(?:a|the)\s+report")) is None  # "a": too common to look for first
    assert openings(re.compile(r"\w+ said")) is None
    assert openings(re.compile(r"according", re.IGNORECASE)) is None


def test_prescanned_rules_find_what_their_patterns_find() -> None:
    text = ("ACCORDING TO Reuters, according to the BBC. As per TASS. DATA FROM Rosstat; Editor-in-chief of X. "
            "По данным РБК, ПО ДАННЫМ МВД. He told CNN. The ministry  told Reuters. İstanbul per the Times. "
            "İİ said the ministry, writes İnformburo. пересообщает-сообщает xсообщили сообщили-то reportedly "
            "reported by-by сайта-сайте")
    assert len(_OPENING_SCOUTS) >= 20 and len(_SCOUTS) >= 4
    assert lowered("İx") == "ix"  # lowering "İ" gives two characters: it becomes one, so indices hold
    for scanned in (text, text.replace("İ", "I"), *_corpus_pieces()):
        for _rule, pattern, _where, _strong in _RULES:
            found = [m.span() for m in _trigger_matches(pattern, scanned)]
            assert found == [m.span() for m in pattern.finditer(scanned)], pattern.pattern[:60]


def _corpus_pieces() -> list[str]:
    """Real text in four languages: a stretch of each language's excerpts, run together."""
    pieces: dict[str, str] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        lang = path.stem.split("_")[0]
        if len(pieces.get(lang, "")) < 60_000:
            pieces[lang] = pieces.get(lang, "") + path.read_text(encoding="utf-8") + "\n"
    return list(pieces.values())
