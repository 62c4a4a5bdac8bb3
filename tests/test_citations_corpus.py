"""The real-text corpus behind benchmarks/citations_eval.py: annotations that hold up, and the scorer's rules."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from benchmarks import citations_eval

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
DATA = json.loads((CORPUS / "annotations.json").read_text(encoding="utf-8"))
ARTICLES = DATA["articles"]


def test_every_excerpt_is_annotated_once() -> None:
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids)) >= 60
    assert sorted(p.stem for p in CORPUS.glob("*.txt")) == sorted(ids)
    assert {a["lang"] for a in ARTICLES} >= {"ru", "en", "kk"}


@pytest.mark.parametrize("art", ARTICLES, ids=lambda a: a["id"])
def test_annotations_are_verbatim(art: dict) -> None:
    text = (CORPUS / f"{art['id']}.txt").read_text(encoding="utf-8")
    assert art["source_url"].startswith(("http://", "https://"))
    assert set(art) == {"id", "lang", "source_url", "split", "telegram", "urls", "outlets", "traps"}
    for entry in art["telegram"]:
        assert entry["evidence"] in text
        for key in ("name", "owner"):
            assert entry.get(key) is None or entry[key] in text, (key, entry)
        assert entry.get("handle") is None or entry["handle"].casefold() in text.casefold()
    for entry in art["urls"]:
        assert entry["url"] in text
    for entry in art["outlets"]:
        assert entry["name"] in text and entry["evidence"] in text
    for trap in art["traps"]:
        assert trap in text


def test_split_follows_its_documented_rule() -> None:
    assert "sha256" in DATA["split_rule"]
    for art in ARTICLES:
        even = hashlib.sha256(art["id"].encode()).digest()[0] % 2 == 0
        assert art["split"] == ("dev" if even else "test")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Kazinform News Agency", "Kazinform", True),
        ("the Mayor's press service", "Mayor's", False),
        ("пресс-службы Управления здравоохранения", "пресс-служба Управления здравоохранения", True),
        ("Комсомольской правды", "Комсомольская правда", True),
        ("Ербола Едилова", "Ербол Едилов", True),
        ("Reuters", "Bloomberg", False),
        ("Telegram-канал «Резидент»", "Резидент", True),
        ("сайте российского МИД", "МИД", True),  # a type word in another case
        ("информагентство «Порт Амур»", "Порт Амур", True),  # "Порт" is a name, not "портал"
        ("Телеграф", "Телеграфу", True),  # an outlet's name, not «телеграм» in another case
        ("Телеграф", "Телеграм", False),
    ],
)
def test_name_matching(a: str, b: str, same: bool) -> None:
    assert citations_eval.names_match(a, b) is same


@pytest.mark.parametrize(
    ("annotated", "found", "same"),
    [
        ("губернатор Белгородской области Вячеслав Гладков", "Вячеслав Гладков", True),
        ("Lieutenant General Mykola Oleshchuk, Commander of Ukraine's Air Force", "Mykola Oleshchuk", True),
        ("губернатор Белгородской области Вячеслав Гладков", "Гладков", False),  # a surname alone: too little
        ("губернатор Белгородской области Вячеслав Гладков", "Белгородской области", False),  # a place, no name
        ("мэр Москвы Сергей Собянин", "Вячеслав Гладков", False),
    ],
)
def test_an_owner_found_without_the_office_annotated_with_it(annotated: str, found: str, same: bool) -> None:
    assert citations_eval._person_within(annotated, found) is same


def test_eval_prints_the_summary_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert citations_eval.main(["--split", "dev", "--speed-mb", "0.05"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"speed [\d.]+ MB/s of prose \(0.05 MB as one article, \d+ citations\)", lines[-3])
    assert re.fullmatch(r"speed_cold [\d.]+ MB/s of prose \(0.05 MB never read before, in a new process, "
                        r"\d+ citations\)", lines[-2])
    last = lines[-1]
    assert re.fullmatch(r"telegram_recall=[\d.]+ telegram_precision=[\d.]+ url_recall=[\d.]+ "
                        r"outlet_recall=[\d.]+ outlet_precision=[\d.]+ articles=\d+", last)


def test_second_annotation_is_verbatim_and_of_test_excerpts() -> None:
    second = json.loads((CORPUS / "second_annotation.json").read_text(encoding="utf-8"))["articles"]
    split = {a["id"]: a["split"] for a in ARTICLES}
    assert len(second) >= 50 and {split[e["id"]] for e in second} == {"test"}
    for e in second:
        text = (CORPUS / f"{e['id']}.txt").read_text(encoding="utf-8")
        for entry in e["telegram"] + e["outlets"]:
            assert all(entry[k] in text for k in ("name", "owner", "evidence") if entry.get(k)), (e["id"], entry)
        assert all(t in text for t in e["traps"]) and all(u["url"] in text for u in e["urls"])


def test_agreement_scores_a_reader_like_the_extractor() -> None:
    """A reader who marks exactly what the corpus marks agrees fully; one who marks nothing finds nothing."""
    from benchmarks import citations_agreement

    art = next(a for a in ARTICLES if a["telegram"] and a["outlets"] and not any(
        x.get("optional") for x in a["telegram"] + a["outlets"]))
    text = (CORPUS / f"{art['id']}.txt").read_text(encoding="utf-8")
    for reader, expected in ((art, 1.0), ({"telegram": [], "outlets": []}, 0.0)):
        scores = {k: citations_eval.Score() for k in ("telegram", "url", "outlet")}
        citations_eval.score_article(art, text, citations_agreement.as_citations(reader, text), scores, [])
        assert scores["telegram"].recall == scores["outlet"].recall == expected


@pytest.mark.parametrize(("entry_name", "handle", "hit"), [
    ("t.me/rybar/12", "rybar", True), ("https://t.me/s/Rybar", "rybar", True), ("@rybar", "rybar", True),
    ("t.me/rybar/12", "mash", False), ("Рыбарь", "rybar", False),
])
def test_a_channel_annotated_by_its_link_is_found_by_handle(entry_name: str, handle: str, hit: bool) -> None:
    text = f"Подробности: {entry_name}"
    found = citations_eval.Citation(kind="telegram", name=None, owner=None, url=None, handle=handle, text="x",
                                    start=0, end=1, context="", rule="tg.link")
    assert citations_eval._tg_entry_hit({"name": entry_name, "evidence": entry_name}, found, text) is hit


@pytest.mark.parametrize(("annotated", "handle", "hit"), [
    ("t.me/odeskaODA", "odeskaODA", True), ("@gusev36", "gusev36", True), ("rybar", "rybar", True),
    ("t.me/odeskaODA", "dtek_ua", False),
])
def test_a_handle_annotated_as_written_is_found_bare(annotated: str, handle: str, hit: bool) -> None:
    found = citations_eval.Citation(kind="telegram", name=None, owner=None, url=None, handle=handle, text="x",
                                    start=0, end=1, context="", rule="tg.link")
    entry = {"owner": "Олег Кіпер", "handle": annotated, "evidence": "написав він"}
    assert citations_eval._tg_entry_hit(entry, found, "написав він") is hit
