"""The scouts (the opening words in the folded text, or a pattern without its word-start assertion) only speed
trigger scans up: same matches as the patterns' own finditer, on made-up and real text."""

from __future__ import annotations

import importlib
import pkgutil
import re

from archiver import citations
from archiver.citations.outlets import _RULES, _SCOUTS, _trigger_matches
from archiver.citations.prescan import finditer, lowered, opening_scout, openings
from tests.corpus_text import corpus_pieces


def test_opening_words_are_read_off_the_pattern() -> None:
    pattern = re.compile(r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics)\s+(?:from|of|by)\b")
    assert openings(pattern) == ("data\x00b", "data\x00f", "data\x00o", "figure", "statis")  # \x00: blanks
    assert openings(re.compile(r"\b(?:a|the)\s+report")) == ("a\x00repo", "the\x00re")
    assert openings(re.compile(r"\b(?:a|the)\w+")) is None  # "a": too common to look for first
    assert openings(re.compile(r"[ \t]+told")) is None  # a run of blanks first: found from each blank, quadratic
    assert openings(re.compile(r"\w+ said")) is None
    assert openings(re.compile(r"(?i:Sources?)\s*:|ACCORDING", re.IGNORECASE)) == ("accord", "source")
    # the words go on past an optional item, as if it were an alternative of itself and nothing
    assert openings(re.compile(r"\b(?:(?:re)?published|appeared)\s+in\b")) == ("appear", "publis", "republ")
    assert openings(re.compile(r"(?:(?:з|со)[ \t]+)?(?:посиланням|ссылкой)")) == (
        "з\x00поси", "з\x00ссыл", "посила", "со\x00пос", "со\x00ссы", "ссылко")


def test_folded_text_keeps_every_index_and_folds_what_the_engine_holds_equal() -> None:
    text = "İstanbul ſtate ıD ᲀᲂ Σ ORIGINAL"
    folded = lowered(text)
    assert len(folded) == len(text) and folded == "istanbul state id во ς original"
    # every letter a case-insensitive pattern matches folds to what the pattern's own letter folds to
    for word in ("state", "id", "во", "σ"):
        for m in re.finditer(word, text, re.IGNORECASE):
            assert folded[m.start() : m.end()] == lowered(word)


def test_scouted_scans_find_what_the_patterns_find() -> None:
    text = ("ACCORDING TO Reuters, according to the BBC. As per TASS. DATA FROM Rosstat; Editor-in-chief of X. "
            "По данным РБК, ПО ДАННЫМ МВД. He told CNN. The ministry  told Reuters. İstanbul per the Times. "
            "İİ said the ministry, writes İnformburo. пересообщает-сообщает xсообщили сообщили-то reportedly "
            "reported by-by сайта-сайте")
    assert sum(opening_scout(p) is not None for _rule, p, _where, _strong in _RULES) >= 30 and len(_SCOUTS) >= 1
    for scanned in (text, text.replace("İ", "I"), *corpus_pieces()):
        for _rule, pattern, _where, _strong in _RULES:
            found = [m.span() for m in _trigger_matches(pattern, scanned)]
            assert found == [m.span() for m in pattern.finditer(scanned)], pattern.pattern[:60]
        for pattern in _every_pattern():  # whichever a module scans with prescan.finditer, or may
            assert [m.span() for m in finditer(pattern, scanned)] == [m.span() for m in pattern.finditer(scanned)]


def _every_pattern() -> list[re.Pattern[str]]:
    """The compiled patterns at the top of every module of archiver.citations whose opening words can be read."""
    found: dict[int, re.Pattern[str]] = {}
    for module in pkgutil.iter_modules(citations.__path__):
        for value in vars(importlib.import_module(f"archiver.citations.{module.name}")).values():
            for pattern in value if isinstance(value, tuple) else (value,):
                if isinstance(pattern, re.Pattern) and opening_scout(pattern) is not None:
                    found[id(pattern)] = pattern
    return list(found.values())


def test_patterns_tried_only_where_their_matches_can_start_find_what_they_find() -> None:
    from archiver.citations.bodies import (
        _BRACKET,
        _BRACKET_CREDIT,
        _CREDIT,
        _DASH,
        _DATELINES,
        _PAREN,
        _PAREN_CREDIT,
        DATELINE_OPENING,
        _blanks_before,
    )
    from archiver.citations.kazakh import _OPENING_BODY, OPENING_BODY_START
    from archiver.citations.prescan import line_starts, matches_at, sentence_starts

    made_up = ("ASTANA, March 3 (Kazinform) - x.\n  ALMATY. Tengrinews - y! Қазақстан Республикасы Денсаулық сақтау "
               "министрлігі хабарлады.\nҚР Ішкі істер министрлігі мәлімдеді. Сондай-ақ, Астана қаласының әкімдігі "
               "айтты.\n\n Shots fired. \t [TASS]\nFlood warning — Reuters\nRoads closed. (Reuters)\n  — ТАСС\n"
               "—(x) \t—\n")
    credits = ((_CREDIT, _DASH), (_BRACKET_CREDIT, _BRACKET), (_PAREN_CREDIT, _PAREN))
    for text in (made_up, *corpus_pieces()):
        for pattern, mark in credits:  # tried only at the blanks before a dash, "[" or "("
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in matches_at(pattern, text, _blanks_before(text, mark))] == expected
        lines = list(line_starts(text))
        assert lines == [0] + [m.end() for m in re.finditer(r"(?m)^", text)][1:]
        for pattern in _DATELINES:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in matches_at(pattern, text, lines)] == expected
            assert [m.span() for m in matches_at(pattern, text, line_starts(text, DATELINE_OPENING))] == expected
        expected = [m.span() for m in _OPENING_BODY.finditer(text)]
        assert [m.span() for m in matches_at(_OPENING_BODY, text, sentence_starts(text))] == expected
        found = matches_at(_OPENING_BODY, text, sentence_starts(text, OPENING_BODY_START))
        assert [m.span() for m in found] == expected
    assert len(list(matches_at(_OPENING_BODY, made_up, sentence_starts(made_up, OPENING_BODY_START)))) == 3
    assert len(list(matches_at(_DATELINES[0], made_up, line_starts(made_up, DATELINE_OPENING)))) == 1
    assert [len(list(p.finditer(made_up))) for p, _mark in credits] == [1, 1, 1]


def test_the_shared_pass_finds_what_each_scout_finds() -> None:
    from archiver.citations import prescan

    patterns = _every_pattern()
    for pattern in patterns:  # the first text joins each scout to the shared pass, the next ones read it
        list(finditer(pattern, "joining"))
    assert len(prescan._SHARED) >= 20
    # every kind of blank between the words a scout opens with
    blanks = ("По  данным РБК, по\tданным ТАСС, по\u00a0данным МВД,\nпо\n\n данным МЧС; according  to Reuters, "
              "as\n\nper TASS, the  ministry\t said.")
    for text in ("Согласно данным: по данным РБК, according to Reuters.", blanks, *corpus_pieces()):
        text = "".join(text)  # a new text object: indexed with every scout joined
        windows = [(0, len(text)), (len(text) // 3, 2 * len(text) // 3), (5, 40)]
        for pattern in patterns:
            for lo, hi in windows:
                expected = [m.span() for m in pattern.finditer(text, lo, hi)]
                assert [m.span() for m in finditer(pattern, text, lo, hi)] == expected, pattern.pattern[:60]
        assert prescan._shared_index(lowered(text))  # the pass was read, not bypassed


def test_scans_of_the_lines_holding_a_word_find_what_the_whole_text_scans_find() -> None:
    from archiver.citations.known_channels import _NAME_CHANNEL
    from archiver.citations.prescan import lines_holding
    from archiver.citations.said_on import _BY

    made_up = ("It was posted on Telegram by the regional governor, Ivan Petrov.\nShared on Telegram\nby X. "
               "The Rybar channel\nwrote, Mash channel said; a Telegram post by Ukraine's southern command\n"
               "blocked on Telegram by Roskomnadzor")
    for text in (made_up, made_up.rstrip("r"), *corpus_pieces()):
        for pattern, word in ((_BY, "Telegram"), (_NAME_CHANNEL, "channel")):
            found = [m.span() for lo, hi in lines_holding(text, word) for m in pattern.finditer(text, lo, hi)]
            assert found == [m.span() for m in pattern.finditer(text)]
    assert list(lines_holding("a\nTelegram x Telegram\nb Telegram", "Telegram")) == [(2, 21), (22, 32)]


def test_scans_of_the_lines_around_a_rarer_patterns_matches_find_what_the_whole_text_scans_find() -> None:
    from archiver.citations.bodies import _BODY_SAID, _SAID_PLURAL_WORD
    from archiver.citations.prescan import lines_around

    made_up = ("В МВД заявили, что …\nУ фонді \"Повернись живим\" розповіли\nВ акимате\nсообщили. В ДСНС у Львівській "
               "області повідомили; в Минобороны также сообщили и уточнили")
    for text in (made_up, *corpus_pieces()):
        verbs = (m.start() for m in _SAID_PLURAL_WORD.finditer(text))
        found = [m.span() for lo, hi in lines_around(text, verbs) for m in _BODY_SAID.finditer(text, lo, hi)]
        assert found == [m.span() for m in _BODY_SAID.finditer(text)]
    assert list(lines_around("ab\ncd ef\n", [0, 1, 3, 6])) == [(0, 2), (3, 8)]
