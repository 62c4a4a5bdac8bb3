"""Issue 7: bad articles and t.me pages end in one clear line or a partial result, never a traceback,
and a failing run leaves what is already archived byte for byte as it was.

Run through the CLI (``archiver citations FILE``, ``archiver ingest FILE``, ``archiver telegram parse
FILE``) against an archive that already holds a capture.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import random
import re
from pathlib import Path

import pytest

from tests.servers import OriginServer

DATA = Path(__file__).parent / "data"
ERROR_LINE = re.compile(r"^archiver: error: .+$")

ARTICLE_RU = "Источник: телеграм-канал «Рыбарь» сообщил об этом. По данным ТАСС, переговоры продолжатся."
ARTICLE_RU_ASCII_QUOTES = ARTICLE_RU.replace("«", '"').replace("»", '"')  # koi8-r has no «»
ARTICLE_EN = 'Screenshot from the Telegram channel "Military Chronicles." Original source: https://t.me/milchronicles/7'


def snapshot(archive: Path) -> dict[str, str]:
    """sha256 of every file that holds archived data (WARCs and the index, with its WAL if any)."""
    files = sorted(p for p in archive.rglob("*") if p.is_file() and not p.name.endswith("-shm"))
    return {str(p.relative_to(archive)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture
def archived(run, origin: OriginServer, archive_dir: Path) -> dict[str, str]:
    """An archive with one capture in it; returns its snapshot."""
    assert run("capture", origin.url("/html")).exit_code == 0
    before = snapshot(archive_dir)
    assert any(name.endswith(".warc.gz") for name in before) and "index.sqlite3" in before
    return before


def assert_one_error_line(stderr: str, source: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert ERROR_LINE.match(lines[0]) and source in lines[0], lines[0]
    assert "Traceback" not in stderr
    return lines[0]


# Articles that cannot be read at all: one error line, exit 1, nothing written.
UNREADABLE = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\r\n  ",
    "bom-only.txt": codecs.BOM_UTF8,
    "random.bin": random.Random(7).randbytes(20_000),
    "report.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 20,
    "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + random.Random(8).randbytes(5000),
    "doc.docx": b"PK\x03\x04\x14\x00\x06\x00" + random.Random(9).randbytes(5000),
    "nul-padded.txt": ARTICLE_EN.encode() + bytes(2000),
}


@pytest.mark.parametrize("name", sorted(UNREADABLE))
@pytest.mark.parametrize("command", ["citations", "ingest"])
def test_unreadable_article_is_one_error_line_and_touches_nothing(
    run, archived: dict[str, str], archive_dir: Path, tmp_path: Path, name: str, command: str
) -> None:
    path = tmp_path / name
    path.write_bytes(UNREADABLE[name])
    result = run(command, str(path))
    assert result.exit_code == 1
    # both commands: one error line on stderr naming the article once (issue 19: ingest said FAILED on stdout)
    line = assert_one_error_line(result.stderr, str(path))
    assert any(word in line for word in ("empty", "binary", "PDF", "JPEG", "ZIP")), line
    assert line.count(str(path)) == 1 and result.stdout == ""
    assert snapshot(archive_dir) == archived


@pytest.mark.slow
@pytest.mark.parametrize("command", ["citations", "ingest"])
def test_fifty_megabyte_article_is_refused_unread(
    run, archived: dict[str, str], archive_dir: Path, tmp_path: Path, command: str
) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NULs without writing them
    result = run(command, "--json", str(path))
    assert result.exit_code == 1
    if command == "citations":
        assert "larger than 20 MB" in assert_one_error_line(result.stderr, str(path))
    else:
        [summary] = result.json_lines()
        assert "larger than 20 MB" in summary["error"] and "\n" not in summary["error"]
    assert snapshot(archive_dir) == archived


def test_missing_file_and_directory_are_usage_errors(
    run, archived: dict[str, str], archive_dir: Path, tmp_path: Path
) -> None:
    for target in (tmp_path / "nope.txt", tmp_path):
        result = run("citations", str(target))
        assert result.exit_code in (1, 2)
        assert_one_error_line(result.stderr, str(target))
    assert snapshot(archive_dir) == archived


# Articles that are damaged but readable: a partial result, exit 0, citations still found.
def _mixed() -> bytes:
    return b"\n".join(
        [ARTICLE_EN.encode("utf-8"), ARTICLE_RU.encode("cp1251"), ARTICLE_RU_ASCII_QUOTES.encode("koi8_r")]
    )


READABLE = {
    "cp1251.txt": (ARTICLE_RU.encode("cp1251"), "Рыбарь"),
    "koi8r.txt": (ARTICLE_RU_ASCII_QUOTES.encode("koi8_r"), "Рыбарь"),
    "mixed.txt": (_mixed(), "Рыбарь"),
    "invalid-utf8.txt": (ARTICLE_EN.encode() + b"\xc3\x28 \xa0\xa1 \xf0\x28\x8c\xbc \xed\xa0\x80\n", "milchronicles"),
    "utf16.txt": (ARTICLE_EN.encode("utf-16"), "milchronicles"),
    "utf16-no-bom.txt": (ARTICLE_EN.encode("utf-16-le"), "milchronicles"),
    "utf8-bom.txt": (codecs.BOM_UTF8 + ARTICLE_RU.encode(), "Рыбарь"),
    "broken.html": (b"<html><head><title>T</title><body><p>Original source: <a href='https://t.me/rybar/5'>Rybar"
                    b"<div><table><td>" + ARTICLE_EN.encode() + b"<a href=x", "rybar"),
    "wrong-charset.html": (b'<meta charset="utf-8"><p>' + ARTICLE_RU.encode("cp1251"), "ТАСС"),
    "unknown-charset.html": (b'<meta charset="x-no-such">' + ARTICLE_RU.encode("cp1251"), "Рыбарь"),
    "control-chars.txt": (ARTICLE_EN.encode() + b"\x1b[31m\x0c\x0b", "milchronicles"),
}


@pytest.mark.parametrize("name", sorted(READABLE))
def test_damaged_article_gives_a_partial_result(
    run, archived: dict[str, str], archive_dir: Path, tmp_path: Path, name: str
) -> None:
    data, expected = READABLE[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = run("citations", "--json", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == ""
    rows = result.json_lines()
    assert any(expected in json.dumps(row, ensure_ascii=False) for row in rows), rows
    assert snapshot(archive_dir) == archived  # listing citations writes nothing


def test_ingest_goes_on_past_a_bad_article(
    run, archived: dict[str, str], origin: OriginServer, archive_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(UNREADABLE["random.bin"])
    good = tmp_path / "good.txt"
    good.write_text(f"Local report\nOriginal source: {origin.url('/binary')}\n", encoding="cp1251")
    result = run("ingest", "--json", str(bad), str(good))
    assert result.exit_code == 1 and result.stderr.strip() == ""
    first, second = result.json_lines()
    assert first["error"] and "binary" in first["error"] and first["citations"] == 0
    assert second["error"] is None and second["captured"] == 1


# ------------------------------------------------------------------------------------ t.me pages

TME = DATA / "telegram"


def _tme_variants() -> dict[str, bytes]:
    feed = (TME / "lifemodel__telegram-test-channel.html").read_text("utf-8")
    embed = (TME / "neotolis-game-promotion-diary__single-post-embed.html").read_text("utf-8")
    landing = (TME / "sherlock-telegram__tme_channel.html").read_text("utf-8")
    messages = re.findall(r'<div class="tgme_widget_message_wrap.*?(?=<div class="tgme_widget_message_wrap|</section>)',
                          feed, flags=re.S)
    return {
        "no-dates.html": re.sub(r'<time[^>]*>.*?</time>', "", feed, flags=re.S).encode(),
        "no-text.html": re.sub(r'class="tgme_widget_message_text', 'class="x', feed).encode(),
        "no-data-post.html": feed.replace("data-post=", "data-x=").encode(),
        "reordered.html": (feed.split(messages[0])[0] + "".join(reversed(messages)) if messages else feed).encode(),
        "no-header.html": re.sub(r'<div class="tgme_channel_info".*?</div>\s*</div>', "", feed, flags=re.S).encode(),
        "embed-cut.html": embed[: len(embed) // 2].encode(),
        "landing-no-title.html": re.sub(r'<div class="tgme_page_title".*?</div>', "", landing, flags=re.S).encode(),
        "not-telegram.html": b"<html><body><p>Just a page</p></body></html>",
        "cp1251-feed.html": feed.encode("cp1251", errors="replace"),
        "half-utf8.html": feed.encode()[: len(feed) // 3] + b"\xd0",
        "empty.html": b"",
    }


TME_VARIANTS = _tme_variants()


@pytest.mark.parametrize("name", sorted(TME_VARIANTS))
def test_tme_page_with_missing_or_reordered_markup_parses_partially(run, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(TME_VARIANTS[name])
    result = run("telegram", "parse", "--json", str(path))
    assert "Traceback" not in result.stderr and result.stderr.strip() == "", result.stderr
    assert result.exit_code == 0
    rows = result.json_lines()
    assert rows and all(row["file"] == str(path) for row in rows)
    assert not [w for row in rows for w in row.get("warnings", []) if "internal parser error" in w]


def test_tme_page_that_cannot_be_read_is_one_error_line(run, tmp_path: Path) -> None:
    missing = tmp_path / "gone.html"
    good = tmp_path / "good.html"
    good.write_bytes((TME / "sherlock-telegram__tme_channel.html").read_bytes())
    result = run("telegram", "parse", "--json", str(missing), str(good))
    assert result.exit_code == 1
    assert_one_error_line(result.stderr, str(missing))
    assert result.json_lines() and result.json_lines()[0]["file"] == str(good)


@pytest.mark.parametrize("command", [("history",), ("schedule", "add", "--every", "6h"), ("citations",),
                                     ("ingest",), ("quotes",), ("lookup",)])
def test_target_longer_than_a_path_is_one_error_line(run, archived: dict[str, str], archive_dir: Path,
                                                     command: tuple[str, ...]) -> None:
    target = "x" * 5000  # past PATH_MAX: asking the file system about it raises ENAMETOOLONG
    result = run(*command, target)
    assert result.exit_code in (1, 2), result.stderr
    [line] = (result.stderr or result.stdout).strip().splitlines()  # ingest reports per article on stdout
    assert "x" * 100 in line and "internal error" not in line and "File name too long" not in line
    assert snapshot(archive_dir) == archived


def test_article_size_cap_is_a_setting_shown_by_settings(run, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE_EN * 30)  # ~3 KB
    result = run("citations", str(path), settings={"max_article_bytes": 1000})
    assert result.exit_code == 1
    assert "larger than 1000 bytes (setting max_article_bytes)" in assert_one_error_line(result.stderr, str(path))
    assert run("citations", str(path), settings={"max_article_bytes": 10_000}).exit_code == 0
    shown = {row["name"]: row for row in run("settings", "--json").json_lines()}
    assert shown["max_article_bytes"]["value"] == shown["max_article_bytes"]["default"] == 20 * 1024 * 1024


def test_citations_past_the_cap_are_left_out_and_said(run, tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    text = " ".join(f"See http://127.0.0.1:9/page{i} now." for i in range(30))
    path.write_text(text)
    cap = {"max_citations_per_article": 10}
    result = run("citations", "--json", str(path), settings=cap)
    rows = result.json_lines()
    assert result.exit_code == 0 and len(rows) == 10
    assert [row["url"] for row in rows] == [f"http://127.0.0.1:9/page{i}" for i in range(10)]  # text order
    stopped = text.index("page9") + len("page9")
    note = (f"stopped at the first 10 citations (setting max_citations_per_article): the text after character "
            f"{stopped:,} of {len(text):,} was not searched")
    assert result.stderr.strip().splitlines() == [f"archiver: warning: {path}: {note}"]
    result = run("ingest", "--json", str(path), settings=cap, private=False)  # refused: nothing is fetched
    [summary] = result.json_lines()
    assert summary["citations"] == 10 and summary["citations_stopped_at"] == stopped and len(summary["sources"]) == 10
    human = run("ingest", str(path), settings=cap, private=False).stdout
    assert note in human


@pytest.mark.parametrize("command", [("export", "cdxj"), ("keys", "public")])
def test_output_file_that_cannot_be_written_is_one_error_line(run, archived: dict[str, str], tmp_path: Path,
                                                              command: tuple[str, ...]) -> None:
    for out in ("y" * 5000, str(tmp_path / "no-such-folder" / "out")):
        result = run(*command, out)
        assert result.exit_code == 1
        [line] = result.stderr.strip().splitlines()
        assert ERROR_LINE.match(line) and out[:100] in line and "internal error" not in line, line
