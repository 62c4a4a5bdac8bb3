"""Issue 6: WACZ 1.1.1 export (whole archive or a selection) and CDXJ export, checked against py-wacz,
cdxj-indexer and pywb where those are installed (ARCHIVER_ORACLES; the tests needing them skip otherwise)."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from warcio.archiveiterator import ArchiveIterator

from tests.servers import HTML_PAGE, OriginServer, Response
from tests.tme_mirror import TmeMirror
from tests.warc_rules import check_warc, check_with_warcio

REPO = Path(__file__).resolve().parents[1]


def oracle(name: str) -> Path | None:
    roots = [Path(os.environ["ARCHIVER_ORACLES"])] if os.environ.get("ARCHIVER_ORACLES") else []
    for root in [*roots, REPO / ".oracles"]:
        if (root / "pywb" / "bin" / name).exists():
            return root / "pywb" / "bin" / name
    return None


def records_by_id(paths: list[Path]) -> dict[str, tuple[str, bytes]]:
    """record id -> (type, the record's gzip member bytes) for every record of the files."""
    out = {}
    for path in paths:
        data = path.read_bytes()
        with open(path, "rb") as fh:
            iterator = ArchiveIterator(fh)
            for record in iterator:
                record.raw_stream.read()
                start, length = iterator.get_record_offset(), iterator.get_record_length()
                out[record.rec_headers.get_header("WARC-Record-ID")] = (record.rec_type, data[start:start + length])
    return out


def unpack(wacz: Path, into: Path) -> dict[str, Any]:
    with zipfile.ZipFile(wacz) as zf:
        zf.extractall(into)
        infos = {info.filename: info for info in zf.infolist()}
    package = json.loads((into / "datapackage.json").read_text())
    assert package["profile"] == "data-package" and package["wacz_version"] == "1.1.1"
    assert package["created"].endswith("Z") and package["software"].startswith("provenance-archiver/")
    listed = {r["path"]: r for r in package["resources"]}
    assert set(listed) == set(infos) - {"datapackage.json", "datapackage-digest.json"}
    for path, resource in listed.items():
        data = (into / path).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest() and resource["bytes"] == len(data)
        stored = path.startswith("archive/")
        assert (infos[path].compress_type == zipfile.ZIP_STORED) == stored
        assert path.count("/") == 1  # py-wacz validates only one directory level
    digest = json.loads((into / "datapackage-digest.json").read_text())
    assert digest["path"] == "datapackage.json"  # signedData: tests/test_signed_wacz.py
    assert digest["hash"] == "sha256:" + hashlib.sha256((into / "datapackage.json").read_bytes()).hexdigest()
    return package


def read_pages(into: Path) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in (into / "pages/pages.jsonl").read_text().splitlines()]
    assert lines[0]["format"] == "json-pages-1.0" and lines[0]["id"] == "pages"
    for page in lines[1:]:
        assert set(page) >= {"id", "url", "ts", "title"}
        datetime.fromisoformat(page["ts"])  # RFC 3339
    return lines[1:]


def cdxj_indexer(paths: list[Path]) -> str:
    tool = Path(sys.executable).parent / "cdxj-indexer"
    return subprocess.run([str(tool), "-s", *map(str, paths)], capture_output=True, text=True, check=True).stdout


def wacz_validate(wacz: Path) -> None:
    tool = oracle("wacz")
    if tool is None:
        return
    result = subprocess.run([str(tool), "validate", "-f", str(wacz)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0 and "Validation succeeded" in result.stdout, result.stdout + result.stderr


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as server:
        server.add_channel("exportchan", "Export Channel", posts=[(3, "2026-01-03T10:00:00+00:00", "post three")])
        yield server


def test_wacz_of_everything(run, origin: OriginServer, mirror: TmeMirror, archive_dir: Path, tmp_path: Path) -> None:
    urls = [origin.url(p) for p in ("/html", "/gzip", "/redirect/1", "/notfound", "/binary")]
    assert run("capture", *urls).exit_code == 0
    assert run("telegram", "capture", "exportchan", "--no-media",
               settings={"telegram_url": mirror.base_url, "telegram_delay": 0}).exit_code == 0
    out = tmp_path / "all.wacz"
    result = run("export", "wacz", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    [summary] = result.json_lines()
    assert summary["selection"] == "everything" and summary["warcs"] == 2
    package = unpack(out, tmp_path / "x")
    originals = sorted((archive_dir / "warcs").glob("*.warc.gz"))
    exported = sorted((tmp_path / "x/archive").glob("*.warc.gz"))
    assert [p.read_bytes() for p in exported] == [p.read_bytes() for p in originals]  # whole files, unchanged
    assert (tmp_path / "x/indexes/index.cdx").read_text() == cdxj_indexer(exported)
    pages = read_pages(tmp_path / "x")
    # 2xx HTML responses only: /html, /gzip, the redirect's final /html hop, the t.me feed page.
    assert sorted(p["url"] for p in pages) == sorted([origin.url("/html"), origin.url("/gzip"), origin.url("/html"),
                                                      mirror.base_url + "/s/exportchan"])
    assert {p["title"] for p in pages} >= {"Archiver origin test page", "Gzipped page"}
    assert package["mainPageUrl"] == pages[0]["url"] and package["mainPageDate"] == pages[0]["ts"]
    wacz_validate(out)


def test_wacz_of_an_article_holds_exactly_its_records(run, origin: OriginServer, archive_dir: Path,
                                                      tmp_path: Path) -> None:
    origin.set_route("/x/cited", Response(200, b"<html><title>Cited</title><body>cited words</body></html>"))
    origin.set_route("/x/other", Response(200, b"<html><title>Other</title><body>not cited</body></html>"))
    run("capture", origin.url("/x/cited"))  # the original, in a first WARC file
    run("capture", origin.url("/x/other"))
    article = tmp_path / "article.txt"
    article.write_text(f"Cited at {origin.url('/x/cited')} and {origin.url('/redirect/2')}.\n", encoding="utf-8")
    ingest = run("ingest", "--json", str(article), settings={"freshness_hours": 0})
    assert ingest.exit_code == 0, ingest.stderr  # /x/cited again: a revisit of the first capture

    out = tmp_path / "article.wacz"
    result = run("export", "wacz", str(out), "--article", str(article), "--replay-base", "https://replay.example/web",
                 "--json")
    assert result.exit_code == 0, result.stderr
    unpack(out, tmp_path / "x")
    exported = sorted((tmp_path / "x/archive").glob("*.warc.gz"))
    mine = records_by_id(exported)
    everything = records_by_id(sorted((archive_dir / "warcs").glob("*.warc.gz")))
    for record_id, (_, member) in mine.items():
        assert everything[record_id][1] == member  # copied byte for byte
    urls = set()
    for path in exported:
        assert check_warc(path, known_ids=set(mine)) == []  # the revisit's original is in the other file
        check_with_warcio(path)
        with open(path, "rb") as fh:
            urls |= {r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh)}
    assert origin.url("/x/other") not in urls and f"urn:provenance:{origin.url('/x/other')}" not in urls
    types = sorted(kind for kind, _ in mine.values())
    # warcinfo x2; /x/cited revisit + its original response; /redirect/2 -> /redirect/1 -> /html: 3 hops;
    # a request per response/revisit; a provenance record per capture (the original's included).
    assert types.count("warcinfo") == 2 and types.count("revisit") == 1 and types.count("response") == 4
    assert types.count("request") == 5 and types.count("metadata") == 3
    assert (tmp_path / "x/indexes/index.cdx").read_text() == cdxj_indexer(exported)
    pages = read_pages(tmp_path / "x")
    assert sorted(p["url"] for p in pages) == sorted([origin.url("/x/cited")] * 2 + [origin.url("/html")])

    report = json.loads((tmp_path / "x/reports/citations.json").read_text())
    [entry] = report["articles"]
    assert entry["source"] == str(article)
    cited = next(c for c in entry["citations"] if c["target_url"] == origin.url("/x/cited"))
    [capture] = cited["captures"]
    link = capture["robust_link"]
    assert capture["in_package"] and capture["record_type"] == "revisit" and capture["status"] == 200
    assert link["data-originalurl"] == origin.url("/x/cited") and link["data-versiondate"].endswith("Z")
    assert link["data-versionurl"].startswith("https://replay.example/web/2")
    html = (tmp_path / "x/reports/citations.html").read_text()
    assert f'data-originalurl="{origin.url("/x/cited")}"' in html
    wacz_validate(out)


def test_wacz_selection_by_url_and_time(run, origin: OriginServer, tmp_path: Path) -> None:
    origin.set_route("/x/sel", Response(200, b"<html><title>Sel</title>selected</html>"))
    run("capture", origin.url("/x/sel"), origin.url("/html"))
    out = tmp_path / "url.wacz"
    assert run("export", "wacz", str(out), "--url", origin.url("/x/sel")).exit_code == 0
    unpack(out, tmp_path / "x")
    assert [p["url"] for p in read_pages(tmp_path / "x")] == [origin.url("/x/sel")]
    none = run("export", "wacz", str(tmp_path / "none.wacz"), "--until", "2000-01-01")
    assert none.exit_code == 2 and "nothing archived matches" in none.stderr
    assert not (tmp_path / "none.wacz").exists()
    wacz_validate(out)


def test_cdxj_export_matches_cdxj_indexer(run, origin: OriginServer, archive_dir: Path, tmp_path: Path) -> None:
    run("capture", origin.url("/html"), origin.url("/chunked"), origin.url("/redirect/1"))
    run("capture", origin.url("/html"))  # a revisit
    out = tmp_path / "index.cdxj"
    result = run("export", "cdxj", str(out), "--json")
    assert result.exit_code == 0 and result.json_lines()[0]["lines"] > 0
    text = out.read_text()
    assert text == cdxj_indexer(sorted((archive_dir / "warcs").glob("*.warc.gz")))
    lines = text.splitlines()
    assert lines == sorted(lines, key=lambda line: line.encode())
    assert any(line.startswith("urn:provenance:") for line in lines)  # provenance kept, under its own key
    assert any('"mime": "warc/revisit"' in line for line in lines)
    assert run("export", "cdxj").stdout == text


def test_py_wacz_validates_our_package(run, origin: OriginServer, tmp_path: Path) -> None:
    """The other WACZ tests validate when py-wacz is there; this one says so when it is not."""
    if oracle("wacz") is None:
        pytest.skip("py-wacz not installed (scripts/install-oracles.sh; ARCHIVER_ORACLES)")
    run("capture", origin.url("/html"))
    out = tmp_path / "one.wacz"
    assert run("export", "wacz", str(out), "--title", "One page").exit_code == 0
    wacz_validate(out)
    flip = bytearray(out.read_bytes())
    flip[flip.index(b"\x1f\x8b\x08") + 100] ^= 1  # inside the STORED WARC's first gzip member
    out.write_bytes(bytes(flip))
    tool = oracle("wacz")
    result = subprocess.run([str(tool), "validate", "-f", str(out)], capture_output=True, text=True, check=False)
    assert result.returncode != 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.pywb
def test_pywb_replays_from_our_cdxj(run, origin: OriginServer, archive_dir: Path, tmp_path: Path) -> None:
    wayback = oracle("wayback")
    if wayback is None:
        pytest.skip("pywb not installed (scripts/install-oracles.sh; ARCHIVER_ORACLES)")
    run("capture", origin.url("/html"))
    run("capture", origin.url("/html"))  # revisit: replays the original's body
    collection = tmp_path / "collections" / "coll"
    (collection / "archive").mkdir(parents=True)
    (collection / "indexes").mkdir()
    for path in (archive_dir / "warcs").glob("*.warc.gz"):
        (collection / "archive" / path.name).symlink_to(path)
    assert run("export", "cdxj", str(collection / "indexes" / "index.cdxj")).exit_code == 0
    port = _free_port()
    server = subprocess.Popen([str(wayback), "-b", "127.0.0.1", "-p", str(port)], cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/coll"
        for _ in range(100):
            try:
                cdx = requests.get(f"{base}/cdx", params={"url": origin.url("/html"), "output": "json"}, timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        rows = [json.loads(line) for line in cdx.text.splitlines()]
        assert [row["mime"] for row in rows] == ["text/html", "warc/revisit"]
        for row in rows:
            replay = requests.get(f"{base}/{row['timestamp']}id_/{origin.url('/html')}", timeout=10)
            assert replay.status_code == 200 and replay.content == HTML_PAGE
    finally:
        server.terminate()
        server.wait(timeout=10)
