"""Issue 6: `archiver quotes ARTICLE` checks each quotation against the captured text of cited sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.lookup.quotes import _Words, find_quotations, match
from tests.servers import OriginServer, Response
from tests.tme_mirror import TmeMirror

EN_PAGE = (b"<html><head><title>Statement</title></head><body><p>The spokesman told reporters that "
           b"we will never allow these events to happen again in our country, and left.</p></body></html>")
RU_PAGE = ("<html><body><p>Министр заявил: «Мы не допустим повторения этих событий никогда и ни при каких "
           "условиях». Затем он ушёл.</p></body></html>").encode()


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as server:
        server.add_channel("frontnews", "Front News", posts=[
            (7, "2026-01-01T10:00:00+00:00", "Мы будем стоять до конца, сказал командир второго батальона"),
        ])
        yield server


@pytest.fixture
def article(tmp_path: Path, origin: OriginServer) -> Path:
    origin.set_route("/q/en", Response(200, EN_PAGE))
    origin.set_route("/q/ru", Response(200, RU_PAGE))
    path = tmp_path / "quoting.txt"
    path.write_text(
        f"The ministry wrote «Мы не допустим повторения этих событий никогда и ни при каких условиях» "
        f"({origin.url('/q/ru')}).\n"
        f"A spokesman said \u201cwe will never allow these terrible events to happen again in our country\u201d "
        f"(source: {origin.url('/q/en')}).\n"
        "The commander wrote \"мы будем стоять до конца, сказал командир второго батальона\" "
        "in https://t.me/frontnews/7.\n"
        "Nobody said \"this sentence appears in no captured source at all\" anywhere.\n"
        "Short \u201cnot a quote\u201d.\n",
        encoding="utf-8",
    )
    return path


def test_quotes_found_similar_and_not_found(run, article: Path, mirror: TmeMirror, origin: OriginServer) -> None:
    settings = {"telegram_url": mirror.base_url, "telegram_delay": 0}
    ingest = run("ingest", "--json", str(article), settings=settings)
    assert ingest.exit_code == 0, ingest.stdout + ingest.stderr
    result = run("quotes", "--json", str(article), settings=settings)
    assert result.exit_code == 1  # one quotation is in no cited source
    rows = {row["quote"][:12]: row for row in result.json_lines()}
    assert len(rows) == 4  # "not a quote" is too short to count

    ru = rows["Мы не допусти"[:12]]
    assert ru["status"] == "found" and ru["score"] == 1.0
    assert ru["capture"]["url"] == origin.url("/q/ru") and ru["capture"]["kind"] == "page"
    assert ru["source"]["target_url"] == origin.url("/q/ru") and "Министр заявил" in ru["excerpt"]
    text = article.read_text(encoding="utf-8")
    assert text[ru["start"]:ru["end"]] == ru["quote"]

    en = rows["we will neve"]
    assert en["status"] == "similar" and 0.6 <= en["score"] < 1.0
    assert en["capture"]["url"] == origin.url("/q/en") and "never allow these events" in en["excerpt"]

    tg = rows["мы будем сто"]
    assert tg["status"] == "found" and tg["capture"]["kind"] == "telegram_post"
    assert tg["capture"]["url"] == "https://t.me/frontnews/7" and tg["capture"]["post_id"] == 7

    missing = rows["this sentenc"]
    assert missing["status"] == "not_found" and missing["score"] < 0.6 and missing["elsewhere"] == []

    human = run("quotes", str(article), settings=settings)
    assert "FOUND" in human.stdout and "SIMILAR" in human.stdout and "NOT_FOUND" in human.stdout
    assert "not checked: 1 quoted span under 6 words" in human.stderr  # “not a quote”, said, not hidden
    assert result.stderr == ""  # --json stays quiet


def test_quotes_of_an_unknown_article_is_a_usage_error(run, tmp_path: Path) -> None:
    run("ingest")  # an archive, but without that article
    result = run("quotes", str(tmp_path / "never-ingested.txt"))
    assert result.exit_code == 2 and "archiver ingest" in result.stderr


def test_find_quotations_kinds_nesting_and_length() -> None:
    text = ("Он сказал: «Это „очень“ важно, и мы «никогда» не сдадимся в этой войне» и ушёл.\n"
            "She said \u201cone two three four five six\u201d and \u201cfive words only here now\u201d.\n"
            "„Ein Zitat mit genau sechs Wörtern hier“ und \"plain straight quotes with six words\".")
    found = [q.text for q in find_quotations(text)]
    assert found == [
        "Это „очень“ важно, и мы «никогда» не сдадимся в этой войне",
        "one two three four five six",
        "Ein Zitat mit genau sechs Wörtern hier",
        "plain straight quotes with six words",
    ]
    for quotation in find_quotations(text):
        assert text[quotation.start:quotation.end] == quotation.text


def test_match_folds_case_diacritics_yo_and_ellipsis() -> None:
    source = _Words("Он ушёл домой. Café déjà vu, said the ÉDITOR of the paper, and left the room.")
    assert match("он ушел ДОМОЙ", source)[0] == "found"
    assert match("cafe deja vu said the editor", source)[0] == "found"
    assert match("said the editor … left the room", source)[0] == "found"
    assert match("left the room … said the editor", source)[0] != "found"  # parts must come in order
    status, score, excerpt = match("said the chief editor of this paper and left", source)
    assert status == "similar" and 0.6 <= score < 1 and excerpt and "ÉDITOR" in excerpt
    assert match("completely unrelated words appear here today", source)[:2] == ("not_found", 0.0)
