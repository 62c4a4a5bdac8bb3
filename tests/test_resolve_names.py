"""Alias-name matching: normalisation, similarity and best match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.resolve.names import best_match, name_similarity, normalize_name


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("«Military Chronicles»", "military chronicles"),
        ("military chronicles.", "military chronicles"),
        ("  The   “Moscow Times” ", "moscow times"),
        ("Рыбарь", "rybar"),
        ("Ёжик в тумане", "ezhik v tumane"),
        ("Два майора", "dva mayora"),
        ("Z.O.V.", "zov"),
        ("Әскери шежіре", "askeri shezhire"),
        ("The", "the"),
        ("", ""),
    ],
)
def test_normalize_name(raw: str, normal: str) -> None:
    assert normalize_name(raw) == normal


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Military Chronicles", "military chronicles."),
        ("Military Chronicles", "«Military Chronicles»"),
        ("Рыбарь", "rybar"),
        ("Рыбарь", "Rybar!"),
        ("Zvintseuk", "Zvintchuk"),
        ("Mikhail Zvintseuk", "Mikhail Zvintchuk"),
        ("Mikhail Zvintseuk", "Zvintchuk Mikhail"),
        ("Yevgeny Raskazov", "Evgeny Raskazov"),
        ("Военный осведомитель", "Voennyi Osvedomitel"),
        ("Militray Chronicles", "Military Chronicles"),
        ("Secret Chancellery", "Secret Chancelery"),
    ],
)
def test_same_source(a: str, b: str) -> None:
    assert name_similarity(a, b) >= 0.85
    assert best_match(a, ["Something Else", b]) == (b, name_similarity(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Military Chronicles", "Military Commentary"),
        ("Fisherman", "Rybar"),
        ("TASS", "TAS"),
        ("Mikhail Zvintseuk", "Zvintseuk"),
        ("Two Majors", "Two Minors Club"),
        ("Russian Defense Ministry", "Kazakh Defense Ministry"),
        ("", "Rybar"),
    ],
)
def test_different_sources(a: str, b: str) -> None:
    assert name_similarity(a, b) < 0.85
    assert best_match(a, [b]) is None


def test_best_match_prefers_the_closest_candidate() -> None:
    candidates = ["Military Commentary", "Military Chronicle", "military chronicles."]
    assert best_match("«Military Chronicles»", iter(candidates)) == ("military chronicles.", 1.0)
    assert best_match("Rybar", [], threshold=0.0) is None
    assert best_match("Rybar", ["Rybak"], threshold=0.5) == ("Rybak", name_similarity("Rybar", "Rybak"))


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_similarity_is_bounded_and_symmetric(a: str, b: str) -> None:
    score = name_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == name_similarity(b, a)
    if normalize_name(a):
        assert name_similarity(a, a) == 1.0
