"""The lowered-text pre-scan only speeds trigger scans up: same matches as the patterns' own finditer."""

from __future__ import annotations

import re

from archiver.citations.outlets import _OPENING_SCOUTS, _RULES, _trigger_matches
from archiver.citations.prescan import lowered, openings


def test_opening_words_are_read_off_the_pattern() -> None:
    pattern = re.compile(r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics)\s+(?:from|of|by)\b")
    assert openings(pattern) == ("data", "figure", "statis")
    assert openings(re.compile(r"\b(?:a|the)\s+report")) is None  # "a": too common to look for first
    assert openings(re.compile(r"\w+ said")) is None
    assert openings(re.compile(r"according", re.IGNORECASE)) is None


def test_prescanned_rules_find_what_their_patterns_find() -> None:
    text = ("ACCORDING TO Reuters, according to the BBC. As per TASS. DATA FROM Rosstat; Editor-in-chief of X. "
            "По данным РБК, ПО ДАННЫМ МВД. He told CNN. İstanbul per the Times.")
    assert len(_OPENING_SCOUTS) >= 4
    assert lowered("İx") is None  # lowering "İ" gives two characters: that text is scanned as before
    for scanned in (text, text.replace("İ", "I")):
        for _rule, pattern, _where, _strong in _RULES:
            found = [m.span() for m in _trigger_matches(pattern, scanned)]
            assert found == [m.span() for m in pattern.finditer(scanned)]
