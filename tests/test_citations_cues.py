"""Cue windows: sentences that cite a source in words no phrase rule knows, read with the Russian NER model
(made-up sentences, none copied from the corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.citations import Citation, article_from_text, extract_citations
from archiver.cli import cli

pytest.importorskip("natasha")


def found(text: str, kind: str) -> list[Citation]:
    citations = extract_citations(article_from_text(text))
    for c in citations:
        assert text[c.start : c.end] == c.text and c.text in c.context and c.rule
    return [c for c in citations if c.kind == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Подробности расследования опубликовало издание «Вёрстка».", "Вёрстка"),
        ("Об этом «Фонтанке» рассказал собеседник в мэрии.", "Фонтанке"),
    ],
)
def test_organisation_near_a_cue_is_an_outlet(text: str, name: str) -> None:
    outlets = found(text, "outlet")
    assert [c.name for c in outlets] == [name]
    assert outlets[0].rule == "outlet.cue.ner_org"


@pytest.mark.parametrize(
    "text",
    [
        "Об этом заявил командующий ВДВ России генерал Михаил Теплинский.",  # a person speaks, ВДВ places him
        "Над городом работала система ПВО, слышны взрывы, передает наш корреспондент.",  # a clause apart
        "Фото: пресс-служба партии «Новые люди» сообщила об открытии штаба.",  # a credit line
        "Получить комментарий в пресс-службе ГУ МВД не удалось.",  # the source did not answer
        "По данным СМИ, обыски прошли в трех городах.",  # "the media": no one named
        "Он выполнил обещание и опубликовал в Сети видеопоздравление со стихотворением.",  # "online"
        # what was reported about a body, not the body reporting it
        "Губернатор Примерской области сообщил об обстреле окраины Примерска со стороны ВСУ",
        "Журналист рассказал об использовании ВСУ ствольной артиллерии.",
        # one of the body speaks, unnamed; a body told
        "Задержанного уже доставили в отдел, пояснила официальный представитель МВД.",
        "О действиях военных сообщили представителям ОБСЕ.",
    ],
)
def test_no_outlet_without_a_named_source(text: str) -> None:
    assert [c.name for c in found(text, "outlet") if c.rule.startswith("outlet.cue")] == []


def test_owner_cut_short_becomes_the_whole_person() -> None:
    text = "«Все службы работают», — написал в телеграм-канале губернатор Курской области Алексей Смирнов."
    channels = found(text, "telegram")
    assert [c.owner for c in channels] == ["Алексей Смирнов"]
    assert channels[0].text.endswith("Алексей Смирнов")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Решение прокомментировала в Telegram официальный представитель МИД Ольга Лебедева.", "Ольга Лебедева"),
        ("О ремонте моста рассказал в своем телеграм-канале глава района Петр Васильев.", "Петр Васильев"),
    ],
)
def test_owner_is_the_person_next_to_the_mention(text: str, owner: str) -> None:
    assert [c.owner for c in found(text, "telegram")] == [owner]


def test_a_body_speaking_in_telegram_is_its_channel() -> None:
    for text, name in (("Минобороны Белоруссии в Telegram заявило об учениях.", "Минобороны Белоруссии"),
                       ("Минздрав Кузбасса в Telegram заявил о новых случаях заболевания.", "Минздрав Кузбасса")):
        assert [c.name for c in found(text, "telegram")] == [name]
        assert found(text, "outlet") == []


@pytest.mark.parametrize(
    "text",
    [
        "«Губернатор не ведет никаких Telegram-каналов», — заявил пресс-секретарь Иван Сидоров.",
        "Пресс-секретарь Иван Сидоров заявил, что официального ТГ-канала у губернатора нет.",
        "Подписывайтесь на наш канал в Telegram, сообщил редактор Олег Ветров.",
    ],
)
def test_denied_or_promoted_channels_are_not_cited(text: str) -> None:
    assert [c for c in found(text, "telegram") if c.rule.startswith("tg.cue")] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Такие данные приводит Росстат.", "Росстат"),
        ("Согласно данным Национального банка Казахстана, инфляция замедлилась.", "Национального банка Казахстана"),
        ("Информацию подтвердили в региональном МЧС.", "МЧС"),
    ],
)
def test_more_cues_of_a_source(text: str, name: str) -> None:
    assert [c.name for c in found(text, "outlet")] == [name]


def test_confidence_is_reported_and_follows_the_evidence(tmp_path: Path) -> None:
    text = ("Подробности опубликовало издание «Вёрстка». По данным ТАСС, всё спокойно. "
            "Источник: https://example.org/report")
    by_rule = {c.rule: c.confidence for c in extract_citations(article_from_text(text))}
    assert by_rule["url.source_line"] == 1.0
    assert by_rule["outlet.cue.ner_org"] < by_rule["outlet.po_dannym"] < 1.0
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(cli, ["--archive", str(tmp_path / "archive"), "citations", "--json", str(article)])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines() if line.strip()]
    assert all(0 < row["confidence"] <= 1 for row in rows) and len(rows) == len(by_rule)
