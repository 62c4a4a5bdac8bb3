"""Issue 6: `archiver serve` — Memento TimeGate/TimeMaps (RFC 7089) and faithful replay of stored records."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archiver.archive import Archive
from archiver.flow.capture import capture_url
from archiver.index.keys import url_key
from archiver.serve.memento import http_date, parse_http_date, parse_timestamp
from archiver.serve.web import HttpError
from archiver.settings import load_settings
from archiver.warc.provenance import Reason
from tests.servers import GZIP_BODY, HTML_PAGE, OriginServer, Response
from tests.test_serve_archive import (
    HOSTILE,
    PAGE_V1,
    PAGE_V2,
    T1,
    T2,
    T3,
    Filled,
    Served,
    StepClock,
    fetch,
)

TS1, TS2, TS3 = (f"{t:%Y%m%d%H%M%S}" for t in (T1, T2, T3))


def parse_link_format(text: str) -> list[tuple[str, dict[str, str]]]:
    """RFC 6690 link-format: (target, attributes) per entry; commas inside <> and quotes do not split."""
    entries = []
    for found in re.finditer(r'<([^>]*)>((?:\s*;\s*[a-z]+="[^"]*")*)\s*(?:,|$)', text.strip()):
        attrs = dict(re.findall(r';\s*([a-z]+)="([^"]*)"', found.group(2)))
        entries.append((found.group(1), attrs))
    assert ",".join(f"<{t}>" for t, _ in entries).count("<") == text.count("<"), "unparsed entries"
    return entries


def mementos_of(entries: list[tuple[str, dict[str, str]]]) -> list[tuple[str, dict[str, str]]]:
    return [(t, a) for t, a in entries if "memento" in a.get("rel", "").split()]


# -- dates ----------------------------------------------------------------------------------------
def test_http_dates_round_trip_and_reject_other_formats() -> None:
    moment = datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
    assert http_date(moment) == "Thu, 01 Jan 2026 00:00:00 GMT"
    assert parse_http_date("Thu, 01 Jan 2026 00:00:00 GMT") == moment
    for bad in ("2026-01-01", "yesterday", "Thu, 32 Jan 2026 00:00:00 GMT", "Thu, 01 Jan 2026 00:00:00 +0000", ""):
        with pytest.raises(HttpError) as caught:
            parse_http_date(bad)
        assert caught.value.status == 400
    assert parse_timestamp("2026") == datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_timestamp("20260110120000123456").microsecond == 123456


# -- TimeGate -------------------------------------------------------------------------------------
@pytest.mark.parametrize("asked, expected", [
    ("Fri, 09 Jan 2026 00:00:00 GMT", TS2),   # nearer T2 than T1
    ("Thu, 01 Jan 2026 11:00:00 GMT", TS1),
    ("Mon, 01 Jan 2001 00:00:00 GMT", TS1),   # before the first: the first
    ("Fri, 01 Jan 2100 00:00:00 GMT", TS3),   # after the last: the last
    ("Sat, 17 Jan 2026 00:00:00 GMT", TS3),
    (None, TS3),                              # absent: the latest
])
def test_timegate_redirects_to_the_closest_memento(served: Served, filled: Filled, asked: str | None,
                                                    expected: str) -> None:
    answer = fetch(f"{served.base}/timegate/{filled.page}", headers={"Accept-Datetime": asked} if asked else {})
    assert answer.status == 302
    assert answer.headers["Location"] == f"{served.base}/web/{expected}/{filled.page}"
    assert answer.headers["Vary"].lower() == "accept-datetime"
    links = {a["rel"]: t for t, a in parse_link_format(answer.headers["Link"])}
    assert links["original"] == filled.page
    assert links["timemap"] == f"{served.base}/timemap/link/{filled.page}"
    assert links["first memento"].endswith(f"/web/{TS1}/{filled.page}")


def test_timegate_matches_urls_by_surt(served: Served, filled: Filled) -> None:
    variant = filled.page.replace("http://127.0.0.1", "HTTP://127.0.0.1")
    answer = fetch(f"{served.base}/timegate/{variant}")
    assert answer.status == 302 and answer.headers["Location"].endswith(f"/web/{TS3}/{variant.replace('HTTP', 'http')}")


@pytest.mark.parametrize("bad", ["yesterday", "2026-01-01T00:00:00Z", "Thu, 01 Jan 2026 25:00:00 GMT"])
def test_timegate_answers_400_to_an_unreadable_accept_datetime(served: Served, filled: Filled, bad: str) -> None:
    answer = fetch(f"{served.base}/timegate/{filled.page}", headers={"Accept-Datetime": bad})
    assert answer.status == 400
    assert answer.headers["Content-Type"].startswith("application/json")
    error = answer.json()["error"]
    assert error["status"] == 400 and ("RFC 1123" in error["message"] or "not a real date" in error["message"])


def test_timegate_and_timemap_answer_404_without_mementos(served: Served) -> None:
    for path in ("/timegate/http://nowhere.example/x", "/timemap/link/http://nowhere.example/x",
                 "/timemap/json/http://nowhere.example/x", "/web/2026/http://nowhere.example/x"):
        answer = fetch(served.base + path)
        assert answer.status == 404, path
        message = "no memento of http://nowhere.example/x in this archive"
        assert answer.json() == {"error": {"status": 404, "message": message}}


# -- TimeMaps -------------------------------------------------------------------------------------
def test_link_timemap_is_rfc_shaped_and_each_memento_answers_with_its_datetime(served: Served, filled: Filled) -> None:
    answer = fetch(f"{served.base}/timemap/link/{filled.page}")
    assert answer.status == 200 and answer.headers["Content-Type"] == "application/link-format"
    entries = parse_link_format(answer.text)
    by_rel = {a["rel"]: (t, a) for t, a in entries}
    self_uri, self_attrs = by_rel["self"]
    assert self_uri == f"{served.base}/timemap/link/{filled.page}"
    assert self_attrs["type"] == "application/link-format"
    assert self_attrs["from"] == http_date(T1) and self_attrs["until"] == http_date(T3)
    assert by_rel["timegate"][0] == f"{served.base}/timegate/{filled.page}"
    assert by_rel["original"][0] == filled.page
    listed = mementos_of(entries)
    assert [a["rel"] for _, a in listed] == ["first memento", "memento", "last memento"]
    assert [a["datetime"] for _, a in listed] == [http_date(T1), http_date(T2), http_date(T3)]
    for uri, attrs in listed:
        memento = fetch(uri)
        assert memento.status == 200 and memento.headers["Memento-Datetime"] == attrs["datetime"]


def test_json_timemap_lists_the_same_mementos(served: Served, filled: Filled) -> None:
    data = fetch(f"{served.base}/timemap/json/{filled.page}").json()
    assert data["original_uri"] == filled.page
    assert data["timegate_uri"] == f"{served.base}/timegate/{filled.page}"
    listed = data["mementos"]["list"]
    assert [m["datetime"] for m in listed] == ["2026-01-01T12:00:00Z", "2026-01-10T12:00:00Z", "2026-01-20T12:00:00Z"]
    assert [m["record_type"] for m in listed] == ["response", "revisit", "response"]
    assert data["mementos"]["first"] == listed[0] and data["mementos"]["last"] == listed[-1]
    assert fetch(listed[0]["capture"]).status == 200


# -- mementos and replay --------------------------------------------------------------------------
def test_memento_headers_on_wrapper_and_raw_memento(served: Served, filled: Filled) -> None:
    for path in (f"/web/{TS2}/{filled.page}", f"/web/{TS2}id_/{filled.page}"):
        answer = fetch(served.base + path)
        assert answer.status == 200
        assert answer.headers["Memento-Datetime"] == http_date(T2)
        rels = {a["rel"]: t for t, a in parse_link_format(answer.headers["Link"])}
        assert rels["original"] == filled.page
        assert rels["timegate"] == f"{served.base}/timegate/{filled.page}"
        assert rels["timemap"] == f"{served.base}/timemap/link/{filled.page}"
        assert rels["memento"] == f"{served.base}/web/{TS2}/{filled.page}"
        assert rels["first memento"].endswith(f"/web/{TS1}/{filled.page}")


def test_an_inexact_timestamp_redirects_to_the_exact_memento(served: Served, filled: Filled) -> None:
    answer = fetch(f"{served.base}/web/20260108id_/{filled.page}")
    assert answer.status == 302 and answer.headers["Location"] == f"{served.base}/web/{TS2}id_/{filled.page}"
    latest = fetch(f"{served.base}/web/{filled.page}")
    assert latest.status == 302 and latest.headers["Location"] == f"{served.base}/web/{TS3}/{filled.page}"


def test_raw_memento_is_the_stored_payload_byte_for_byte(served: Served, filled: Filled) -> None:
    with filled.archive() as archive:
        rows = {row["captured_at"][:10]: row for row in archive.index.captures_by_surt(url_key(filled.page))}
    answer = fetch(f"{served.base}/web/{TS1}id_/{filled.page}")
    assert answer.status == 200 and answer.body == PAGE_V1
    assert hashlib.sha256(answer.body).hexdigest() == rows["2026-01-01"]["payload_sha256"]
    assert answer.headers["Content-Length"] == str(len(PAGE_V1))
    assert answer.headers["Content-Type"] == "text/html; charset=utf-8"
    assert answer.headers["Cache-Control"] == "max-age=60"
    # headers that would act on the archive's own origin are kept, renamed
    assert answer.headers["Set-Cookie"] is None
    assert answer.headers["X-Archive-Orig-Set-Cookie"] == "session=captured; Path=/"
    assert answer.headers["X-Frame-Options"] is None and answer.headers["X-Archive-Orig-X-Frame-Options"] == "DENY"
    assert answer.headers["Strict-Transport-Security"] is None
    assert answer.headers["X-Archive-Orig-Link"] == "</style.css>; rel=preload"
    assert answer.headers["Content-Security-Policy"].startswith("sandbox")
    assert b"Archived copy" not in answer.body  # no banner inside the raw memento
    assert fetch(f"{served.base}/web/{TS3}id_/{filled.page}").body == PAGE_V2


def test_a_revisit_replays_as_the_content_it_refers_to(served: Served, filled: Filled) -> None:
    answer = fetch(f"{served.base}/web/{TS2}id_/{filled.page}")
    assert answer.status == 200 and answer.body == PAGE_V1
    assert answer.headers["Content-Length"] == str(len(PAGE_V1))
    assert answer.headers["Memento-Datetime"] == http_date(T2)


def test_content_encoding_is_kept_with_the_stored_encoded_bytes(served: Served, filled: Filled) -> None:
    answer = fetch(f"{served.base}/web/{filled.gzip}")
    answer = fetch(answer.headers["Location"].replace("/web/20260125120000/", "/web/20260125120000id_/"))
    assert answer.status == 200
    assert answer.headers["Content-Encoding"] == "gzip"
    assert answer.body == GZIP_BODY and answer.headers["Content-Length"] == str(len(GZIP_BODY))


def test_redirect_records_replay_as_redirects_to_the_target_memento(served: Served, filled: Filled) -> None:
    html = filled.redirect.replace("/redirect/1", "/html")
    first = fetch(f"{served.base}/web/{filled.redirect}")
    ts = first.headers["Location"].split("/web/")[1].split("/")[0]
    raw = fetch(f"{served.base}/web/{ts}id_/{filled.redirect}")
    assert raw.status == 302
    assert raw.headers["Location"] == f"{served.base}/web/{ts}id_/{html}"
    assert raw.headers["X-Archive-Orig-Location"] == "../html"  # as the origin sent it
    target = fetch(raw.headers["Location"])
    if target.status == 302:  # the target's exact timestamp
        target = fetch(target.headers["Location"])
    assert target.status == 200 and target.body == HTML_PAGE
    wrapper = fetch(f"{served.base}/web/{ts}/{filled.redirect}")
    assert wrapper.status == 302 and wrapper.headers["Location"] == f"{served.base}/web/{ts}/{html}"


def test_wrapper_page_frames_the_raw_memento_in_a_sandbox(served: Served, filled: Filled) -> None:
    answer = fetch(f"{served.base}/web/{TS1}/{filled.hostile}")
    ts = answer.headers["Location"].split("/web/")[1].split("/")[0] if answer.status == 302 else TS1
    answer = fetch(f"{served.base}/web/{ts}/{filled.hostile}")
    assert answer.status == 200 and answer.headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in answer.headers["Content-Security-Policy"]
    assert f'<iframe sandbox src="{served.base}/web/{ts}id_/{filled.hostile}"' in answer.text
    assert "<script" not in answer.text.lower()
    raw = fetch(f"{served.base}/web/{ts}id_/{filled.hostile}")
    assert raw.body == HOSTILE and raw.headers["Content-Security-Policy"].startswith("sandbox")


def test_head_answers_the_headers_without_a_body(served: Served, filled: Filled) -> None:
    answer = fetch(f"{served.base}/web/{TS1}id_/{filled.page}", method="HEAD")
    assert answer.status == 200 and answer.body == b""
    assert answer.headers["Content-Length"] == str(len(PAGE_V1))


def test_captures_in_the_same_second_each_get_their_own_memento(tmp_path: Path) -> None:
    settings = load_settings({"archive": str(tmp_path / "archive"), "allow_private": True, "host_delay": 0},
                             environ={})
    with OriginServer() as origin:
        clock = StepClock(T1)
        with Archive(settings, clock=clock) as archive:
            origin.set_route("/same", Response(200, b"one"))
            capture_url(archive, origin.url("/same"), Reason("test"))
            origin.set_route("/same", Response(200, b"two"))
            capture_url(archive, origin.url("/same"), Reason("test"))
        served = Served(settings)
        try:
            listed = mementos_of(parse_link_format(fetch(f"{served.base}/timemap/link/{origin.url('/same')}").text))
            uris = [uri for uri, _ in listed]
            assert len(set(uris)) == 2 and all(re.search(r"/web/\d{20}/", uri) for uri in uris)
            bodies = [fetch(uri.replace(f"/web/{uri.split('/web/')[1][:20]}/",
                                        f"/web/{uri.split('/web/')[1][:20]}id_/")).body for uri in uris]
            assert bodies == [b"one", b"two"]
        finally:
            served.close()


def test_urls_with_a_query_string_replay(served: Served, filled: Filled) -> None:
    with filled.archive() as archive:
        [row] = archive.index.query("SELECT url, payload_sha256 FROM captures WHERE url LIKE '%?embed=1%'")
    assert "?" in row["url"]
    answer = fetch(f"{served.base}/web/{TS1}id_/{row['url']}")
    assert answer.status == 200 and hashlib.sha256(answer.body).hexdigest() == row["payload_sha256"]
    listed = mementos_of(parse_link_format(fetch(f"{served.base}/timemap/link/{row['url']}").text))
    assert [uri for uri, _ in listed] == [f"{served.base}/web/{TS1}/{row['url']}"]
