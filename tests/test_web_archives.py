"""Issue 17: a cited source already gone (404/410, no answer) is recovered from a public web archive
(local stand-ins in the documented API shapes), stored as that archive's copy and labelled so."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest

from archiver.capture.webarchive import (
    WebArchive,
    choose,
    find_memento,
    parse_link_timemap,
    parse_timetravel,
    parse_web_archives,
    raw_form,
)
from archiver.errors import UsageError
from archiver.flow.capture import failed_result
from archiver.flow.web_copies import looks_gone
from tests.servers import OriginServer
from tests.web_archives import WebArchiveStandIn

OLD = b"<html><title>Statement</title><body>The bridge was closed in 2020.</body></html>"
BEFORE = b"<html><title>Statement</title><body>The relevant message, as it stood in June 2025.</body></html>"
AFTER = b"<html><title>Statement</title><body>A later version.</body></html>"


@pytest.fixture
def archives() -> Iterator[WebArchiveStandIn]:
    with WebArchiveStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def gone_article(origin: OriginServer, archives: WebArchiveStandIn, tmp_path: Path) -> tuple[Path, str]:
    url = origin.url("/mod/statement-removed")  # unknown paths answer 404
    for ts, body in (("20200101000000", OLD), ("20250601000000", BEFORE), ("20990101000000", AFTER)):
        archives.add(url, ts, body)
    article = tmp_path / "article.txt"
    article.write_text(f"The relevant message was removed from the ministry's website: {url}\n", encoding="utf-8")
    return article, url


def test_a_404_source_is_recovered_from_a_wayback_stand_in_and_labelled(
        run, gone_article: tuple[Path, str], archives: WebArchiveStandIn) -> None:
    article, url = gone_article
    settings = {"web_archives": f"wayback={archives.base}"}
    result = run("ingest", str(article), "--json", settings=settings)
    [summary] = result.json_lines()
    [source] = summary["sources"]
    assert source["status"] == 404
    copy = source["recovered"]
    name = f"wayback ({archives.base})"
    assert copy["archive"] == name and copy["memento_datetime"] == "2025-06-01T00:00:00Z"  # latest before now
    assert copy["memento_url"] == f"{archives.base}/web/20250601000000id_/{url}" and copy["original_bytes"]
    assert any(p.startswith("/cdx/search/cdx?") for p in archives.asked)

    rows = run("lookup", url, "--json").json_lines()
    own = [r for r in rows if not r.get("recovered")]
    [recovered] = [r for r in rows if r.get("recovered")]
    assert [r["status"] for r in own] == [404]  # our own capture of the origin stays what it was
    assert recovered["url"] == copy["memento_url"] and recovered["status"] == 200
    assert recovered["recovered"]["label"] == f"recovered from {name}, as of 2025-06-01T00:00:00Z"
    provenance = recovered["provenance"]
    assert provenance["target"] == copy["memento_url"]
    reason = provenance["prov:wasGeneratedBy"]["reason"]
    assert reason["kind"] == "recovered"
    assert reason["recovered_from"]["original_url"] == url and reason["recovered_from"]["archive"] == name
    assert reason["recovered_from"]["memento_datetime"] == "2025-06-01T00:00:00Z"
    text = run("lookup", url).stdout
    assert f"recovered from {name}, as of 2025-06-01T00:00:00Z (not our capture of the origin)" in text
    [itself] = run("lookup", copy["memento_url"], "--json").json_lines()  # the memento URL: still labelled
    assert itself["recovered"]["label"] == recovered["recovered"]["label"]
    served = run("lookup", url, "--at", "2025-06-01", "--json").json_lines()
    assert any(r.get("recovered") for r in served)

    history = run("history", url, "--json").json_lines()
    events = [(r["event"], r["at"]) for r in history]
    assert ("recovered", "2025-06-01T00:00:00Z") in events
    assert "recovered from" in run("history", url).stdout
    article_view = run("lookup", str(article)).stdout
    assert f"recovered from {name}, as of 2025-06-01T00:00:00Z" in article_view


def test_the_availability_api_answers_when_cdx_does_not(run, gone_article: tuple[Path, str],
                                                        archives: WebArchiveStandIn) -> None:
    article, url = gone_article
    archives.cdx_down = True
    result = run("ingest", str(article), "--json", settings={"web_archives": f"wayback={archives.base}"})
    [source] = result.json_lines()[0]["sources"]
    assert source["recovered"]["memento_url"].endswith(f"id_/{url}")
    assert any(p.startswith("/wayback/available?") for p in archives.asked)


def test_no_web_archive_is_asked_by_default_or_for_a_live_source(run, origin: OriginServer,
                                                                 gone_article: tuple[Path, str],
                                                                 archives: WebArchiveStandIn, tmp_path: Path) -> None:
    article, _ = gone_article
    [source] = run("ingest", str(article), "--json").json_lines()[0]["sources"]
    assert source["status"] == 404 and source["recovered"] is None and archives.asked == []
    live = tmp_path / "live.txt"
    live.write_text(f"Source: {origin.url('/html')}\n", encoding="utf-8")
    [source] = run("ingest", str(live), "--json",
                   settings={"web_archives": f"wayback={archives.base}"}).json_lines()[0]["sources"]
    assert source["recovered"] is None and archives.asked == []


def test_timetravel_and_archive_today_lookups(archives: WebArchiveStandIn) -> None:
    url = "http://gone.example/page"
    for ts in ("20200101000000", "20250601000000", "20990101000000"):
        archives.add(url, ts, b"x")
    when = datetime(2026, 1, 1, tzinfo=UTC)

    def get(api: str) -> tuple[int | None, bytes]:
        status, _, body = archives.answer(api.removeprefix(archives.base))
        return status, body

    via_timetravel = find_memento([WebArchive("timetravel", archives.base)], url, when, get)
    assert via_timetravel is not None and via_timetravel.at == datetime(2025, 6, 1, tzinfo=UTC)
    assert via_timetravel.memento_url == f"{archives.base}/web/20250601000000id_/{url}" and via_timetravel.raw
    via_today = find_memento([WebArchive("archivetoday", archives.base)], url, when, get)
    assert via_today is not None and via_today.at == datetime(2025, 6, 1, tzinfo=UTC)
    assert via_today.memento_url == f"{archives.base}/20250601000000/{url}" and not via_today.raw
    assert find_memento([WebArchive("wayback", archives.base)], "http://never.example/", when, get) is None


def test_parsers_and_the_choice_rule() -> None:
    when = datetime(2026, 1, 1, tzinfo=UTC)
    early, late = datetime(2020, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    assert choose([(late, "b"), (early, "a")], when) == (early, "a")  # before wins over closer after
    assert choose([(late, "b")], when) == (late, "b")
    assert choose([], when) is None
    timemap = (b'<http://a.example/>; rel="original",\n<http://archive.md/20200101000000/http://a.example/>; '
               b'rel="first memento"; datetime="Wed, 01 Jan 2020 00:00:00 GMT",\n'
               b'<http://archive.md/timemap/http://a.example/>; rel="self"; type="application/link-format"')
    assert parse_link_timemap(timemap) == [(early, "http://archive.md/20200101000000/http://a.example/")]
    tt = json.dumps({"mementos": {"closest": {"datetime": "2020-01-01T00:00:00Z", "uri": ["http://w/web/1/x"]}}})
    assert parse_timetravel(tt.encode()) == [(early, "http://w/web/1/x")]
    assert raw_form("https://web.archive.org/web/20200101000000/http://a.example/") == \
        ("https://web.archive.org/web/20200101000000id_/http://a.example/", True)
    assert raw_form("https://archive.md/20200101000000/http://a.example/")[1] is False
    assert [a.kind for a in parse_web_archives("wayback=https://archive.org, timetravel=http://tt.example")] == \
        ["wayback", "timetravel"]
    with pytest.raises(UsageError):
        parse_web_archives("google=https://cache.example")


def test_what_counts_as_gone() -> None:
    assert looks_gone(failed_result("http://x.example/", "cannot resolve host 'x.example': Name or service unknown"))
    assert not looks_gone(failed_result("http://10.0.0.1/", "refused 10.0.0.1: non-public address"))


def test_serve_and_the_citation_report_label_the_recovered_copy(
        run, gone_article: tuple[Path, str], archives: WebArchiveStandIn, archive_dir: Path, tmp_path: Path) -> None:
    from archiver.serve.memento import record_key
    from archiver.settings import load_settings
    from tests.test_serve_archive import Served, fetch

    article, url = gone_article
    run("ingest", str(article), settings={"web_archives": f"wayback={archives.base}"})
    [recovered] = [r for r in run("lookup", url, "--json").json_lines() if r.get("recovered")]
    label = recovered["recovered"]["label"]
    served = Served(load_settings({"archive": archive_dir, "allow_private": True}, environ={}))
    try:
        page = fetch(f"{served.base}/capture/{record_key(recovered['record_id'])}")
        assert page.status == 200 and label in page.text and "not our capture of the original" in page.text
        data = json.loads(fetch(f"{served.base}/capture/{record_key(recovered['record_id'])}.json").body)
        assert data["recovered"]["original_url"] == url and data["timestamp"]["state"] in ("none", "pending")
        source = fetch(f"{served.base}/source?url={quote(url, safe='')}").text
        assert label in source
    finally:
        served.close()

    out = tmp_path / "article.wacz"
    assert run("export", "wacz", str(out), "--article", str(article)).exit_code == 0
    with zipfile.ZipFile(out) as zf:
        report = json.loads(zf.read("reports/citations.json"))
        html = zf.read("reports/citations.html").decode()
        names = zf.namelist()
    [citation] = report["articles"][0]["citations"]
    copies = [c for c in citation["captures"] if c["recovered"]]
    assert [c["recovered"]["label"] for c in copies] == [label]
    assert copies[0]["robust_link"]["data-versionurl"] == recovered["recovered"]["memento_url"]
    assert f"{label} (not our capture of the original)" in html
    assert len([n for n in names if n.startswith("archive/")]) == 1  # the memento's records are in the package


def test_a_bad_web_archives_setting_is_one_clear_error(run, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Source: http://example.org/x\n", encoding="utf-8")
    result = run("ingest", str(article), settings={"web_archives": "google=https://cache.example"})
    assert result.exit_code == 2 and "web_archives: 'google=https://cache.example'" in result.stderr


def test_a_page_that_says_not_found_is_gone_too(run, origin: OriginServer, archives: WebArchiveStandIn,
                                                tmp_path: Path) -> None:
    from tests.servers import Response

    url = origin.url("/soft404/statement")
    origin.set_route("/soft404/statement", Response(200, b"<html><head><title>Page not found | Ministry</title>"
                                                         b"</head><body>Sorry.</body></html>"))
    archives.add(url, "20250101000000", BEFORE)
    article = tmp_path / "soft.txt"
    article.write_text(f"As the ministry said: {url}\n", encoding="utf-8")
    [source] = run("ingest", str(article), "--json",
                   settings={"web_archives": f"wayback={archives.base}"}).json_lines()[0]["sources"]
    assert source["status"] == 200 and source["recovered"]["memento_datetime"] == "2025-01-01T00:00:00Z"
    from archiver.capture.webarchive import says_not_found

    assert says_not_found("<title>Страница не найдена</title>".encode())
    assert not says_not_found(b"<title>Found: the 4040 report</title><h1>Bridge closed</h1>")


def test_save_page_now_asks_for_a_second_copy_and_stores_the_answer(run, origin: OriginServer,
                                                                    archives: WebArchiveStandIn,
                                                                    tmp_path: Path) -> None:
    article = tmp_path / "live.txt"
    article.write_text(f"Source: {origin.url('/html')}\n", encoding="utf-8")
    settings = {"web_archives": f"wayback={archives.base}", "save_page_now": "true"}
    [source] = run("ingest", str(article), "--json", settings=settings).json_lines()[0]["sources"]
    saved = source["saved"]
    assert [p for p in archives.asked if p.startswith("/save/")] == [f"/save/{origin.url('/html')}"]
    assert saved["status"] == 200 and saved["memento_url"] == \
        f"{archives.base}/web/{archives.saved[0]}/{origin.url('/html')}"
    rows = run("lookup", f"{archives.base}/save/{origin.url('/html')}", "--json").json_lines()
    reason = rows[0]["provenance"]["prov:wasGeneratedBy"]["reason"]
    assert reason["kind"] == "save-page-now" and reason["saved_url"] == origin.url("/html")
    assert run("ingest", str(article), settings={"save_page_now": "true"}).exit_code == 2  # needs a wayback
