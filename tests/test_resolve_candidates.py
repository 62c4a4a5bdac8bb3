"""Issue 14, the pure parts: candidate handles, transliteration-aware title scores, names beside handles in
posts, the acceptance rule, and the directory built incrementally from the index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.capture.telegram import parse_page
from archiver.capture.telegram.mentions import iter_post_names, iter_text_names
from archiver.citations.handles import is_valid_handle
from archiver.index.db import Index
from archiver.index.directory import directory_entries, update_directory
from archiver.resolve.candidates import handle_candidates, is_distinctive, is_possible_handle
from archiver.resolve.directory import Candidate, Directory, choose
from archiver.resolve.translit import latin_spellings, title_score
from tests.conftest import DATA


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ivan Petrov", ["ivanpetrov", "ivan_petrov", "petrov"]),
        ("Рыбарь", ["rybar"]),
        ("Звезда", ["zvezda", "zvezdanews", "zvezda_news", "zvezdatv"]),
        ("Юрий Подоляка", ["yurypodolyaka", "iuriipodoliaka", "yuriypodolyaka", "jurijpodoljaka"]),
        ("Durov's Channel", ["durovschannel", "durovs_channel", "durovs", "durov"]),
    ],
)
def test_candidates_start_with_the_likely_spellings(name: str, expected: list[str]) -> None:
    found = handle_candidates(name)
    assert found[: len(expected)] == expected
    assert all(is_possible_handle(h) for h in found) and len(found) == len(set(found))
    assert handle_candidates(name, limit=2) == found[:2] and handle_candidates(name, limit=0) == []


def test_candidates_never_produce_invalid_handles() -> None:
    assert handle_candidates("") == [] and handle_candidates("«»") == []
    assert "ivan" not in handle_candidates("Ivan Petrov")  # 4 letters: no Telegram username is that short
    assert not any(h in ("channel", "telegram", "official") for h in handle_candidates("Telegram Channel Official"))
    assert is_possible_handle("dva_majors") and not is_possible_handle("a__b_c") and not is_possible_handle("1abcde")


@pytest.mark.parametrize(
    ("cited", "title"),
    [("Zvezda", "Звезда"), ("Voennye hroniki", "Военные хроники"), ("Yury Podolyaka", "Юрий Подоляка"),
     ("Iurii Podoliaka", "Юрий Подоляка"), ("Military Chronicles", "Военные хроники | Military Chronicles"),
     ("Pavel Durov", "Pavel Durov"), ("Жаңалықтар", "Zhangalyqtar")],
)
def test_titles_match_across_scripts_and_systems(cited: str, title: str) -> None:
    assert title_score(cited, title) >= 0.95


@pytest.mark.parametrize(
    ("cited", "title"),
    [("Fisherman", "Рыбарь"), ("Military Chronicles", "Military Commentary"), ("Pavel Durov", "Nikolai"),
     ("Two Majors", "Два майора")],
)
def test_translations_and_other_names_do_not_match(cited: str, title: str) -> None:
    assert title_score(cited, title) < 0.85


def test_latin_spellings_cover_the_common_systems() -> None:
    assert {"Yury Podolyaka", "Iurii Podoliaka", "Jurij Podoljaka"} <= set(latin_spellings("Юрий Подоляка"))
    assert latin_spellings("Pavel Durov") == ("Pavel Durov",)


def test_names_beside_handles_in_posts() -> None:
    post = {"url": "https://t.me/digest/9", "text": "Подписывайтесь на «Рыбарь» (@rybar)! Источник: @tass_agency",
            "html": '<a href="https://t.me/zvezdanews">Звезда</a> <a href="https://t.me/rian_ru/5">источник</a> '
                    '<a href="https://t.me/rybar">https://t.me/rybar</a>',
            "forwarded_from": {"name": "Военные хроники", "url": "https://t.me/milchronicles/5"}}
    found = {(n.name, n.handle, n.how) for n in iter_post_names(post)}
    assert found == {("Военные хроники", "milchronicles", "forwarded"), ("Звезда", "zvezdanews", "link"),
                     ("Рыбарь", "rybar", "mention")}
    assert [(n.name, n.handle) for n in iter_text_names('Two Majors: t.me/dva_majors and "Mash" — @breakingmash')] \
        == [("Two Majors", "dva_majors"), ("Mash", "breakingmash")]


def test_the_real_forwarded_post_names_its_channel() -> None:
    html = (DATA / "telegram" / "lifemodel__telegram-test-channel.html").read_bytes()
    page = parse_page(html, "https://t.me/s/test_channel")
    found = {(n.name, n.handle, n.how) for post in page.posts for n in iter_post_names(post.to_dict())}
    assert ("Another Channel", "another_channel", "forwarded") in found


def _candidate(handle: str, score: float, verified: bool = True) -> Candidate:
    return Candidate("Pavel Durov", handle, "Pavel Durov", score, verified, "landing_page")


def test_choose_accepts_one_verified_distinctive_candidate_only() -> None:
    picked = choose("Pavel Durov", [_candidate("durov", 1.0), _candidate("paveldurov", 0.0, False)], 0.95)
    assert picked is not None and picked.handle == "durov"
    assert choose("Pavel Durov", [_candidate("durov", 0.9)], 0.95) is None  # below the threshold
    assert choose("Pavel Durov", [_candidate("durov", 1.0, verified=False)], 0.95) is None
    assert choose("Pavel Durov", [_candidate("durov", 1.0), _candidate("durov_tv", 1.0)], 0.95) is None  # ambiguous
    assert choose("Mash", [_candidate("mashnews", 1.0)], 0.95) is None  # too short to stand for one channel
    assert not is_distinctive("News") and is_distinctive("Рыбарь")


def _add_channel(index: Index, handle: str, title: str, kind: str = "channel") -> None:
    with index.transaction() as db:
        db.execute("""INSERT INTO telegram_channels (handle, handle_key, kind, title, observed_at, page_url)
                      VALUES (?, ?, ?, ?, ?, ?)""", (handle, handle.lower(), kind, title, "2026-01-01T00:00:00Z",
                                                    f"https://t.me/s/{handle}"))


def test_directory_is_built_incrementally_and_rebuilt_from_scratch(tmp_path: Path) -> None:
    index = Index(tmp_path / "index.sqlite3")
    _add_channel(index, "warchronicle", "Военные хроники")
    _add_channel(index, "nikolai", "Nikolai", kind="user")  # a person's account is no channel's name
    assert update_directory(index) == 2  # the title and the username
    assert update_directory(index) == 0  # nothing new: nothing read twice
    _add_channel(index, "warchronicle", "Военные хроники")  # seen again, later
    assert update_directory(index) == 2
    rows = {(r["name"], r["source"]): r for r in directory_entries(index)}
    assert set(rows) == {("Военные хроники", "channel_title"), ("warchronicle", "channel_username")}
    assert rows[("Военные хроники", "channel_title")]["times"] == 2
    [hit] = Directory(directory_entries(index)).lookup("Voennye khroniki")
    assert (hit.handle, hit.verified, hit.evidence["source"]) == ("warchronicle", True, "channel_title")
    with index.transaction() as db:
        db.execute("DELETE FROM telegram_names")
        db.execute("DELETE FROM directory_progress")
    assert update_directory(index) == 4 and len(directory_entries(index)) == 2
    payload = json.dumps([dict(r) for r in directory_entries(index)], ensure_ascii=False)
    assert "nikolai" not in payload.lower()
    index.close()


@settings(max_examples=150, deadline=None, database=None)
@given(st.text(max_size=80), st.text(max_size=200))
def test_any_text_gives_valid_handles_and_never_raises(name: str, html: str) -> None:
    for handle in handle_candidates(name, limit=8):
        assert is_possible_handle(handle)
    post = {"url": "https://t.me/x/1", "text": name, "html": f'<a href="https://t.me/{name[:20]}">{html}</a>',
            "forwarded_from": {"name": name, "url": html}}
    for found in iter_post_names(post):
        assert found.name.strip() and is_valid_handle(found.handle)
    assert 0.0 <= title_score(name, html) <= 1.0
