"""Issue 2: capture URLs into WARC 1.1 with provenance, index them, look them up."""

from __future__ import annotations

import gzip
import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.servers import GZIP_BOMB_INFLATED_SIZE, OriginServer, make_html
from tests.warc_rules import cdxj_offsets, check_warc, check_with_warcio

NAME = re.compile(r"^archiver-\d{17}-\d{5}-[A-Za-z0-9.-]+\.warc\.gz$")


def warcs(archive: Path) -> list[Path]:
    return sorted((archive / "warcs").glob("*.warc.gz"))


def records(path: Path) -> list:
    out = []
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            body = record.content_stream().read() if record.rec_type in ("response", "metadata") else b""
            out.append((record.rec_type, record.rec_headers, record.http_headers, body))
    return out


def assert_valid_archive(archive: Path) -> None:
    files = warcs(archive)
    assert files, "no WARC written"
    assert not list((archive / "warcs").glob("*.open"))
    for path in files:
        assert NAME.match(path.name), path.name
        assert check_warc(path) == []
        check_with_warcio(path)


def test_capture_html_round_trips_with_provenance(run, origin: OriginServer, archive_dir: Path) -> None:
    url = origin.url("/html")
    result = run("capture", "--json", url)
    assert result.exit_code == 0, result.stderr
    [row] = result.json_lines()
    body = make_html("Archiver origin test page", 5 * 1024)
    assert row["url"] == url and row["final_url"] == url and row["status"] == 200 and row["ok"] is True
    assert row["error"] is None and row["captured_at"].endswith("Z")
    assert row["payload_sha256"] == hashlib.sha256(body).hexdigest() or row["payload_sha256"]
    assert_valid_archive(archive_dir)

    # The response record sits where the JSON says, and holds the raw message.
    with open(archive_dir / row["warc_file"], "rb") as fh:
        fh.seek(row["offset"])
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Record-ID") == row["record_id"]
        assert record.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"
        payload = record.content_stream().read()
    assert hashlib.sha256(payload).hexdigest() == row["payload_sha256"]
    assert b"<title>Archiver origin test page</title>" in payload
    assert fh.closed

    # Lookup canonicalises the URL and returns the provenance.
    odd = url.replace("http://127.0.0.1", "HTTP://127.0.0.1")
    looked = run("lookup", "--json", odd)
    assert looked.exit_code == 0
    [found] = looked.json_lines()
    assert found["record_id"] == row["record_id"] and found["offset"] == row["offset"]
    provenance = found["provenance"]
    activity = provenance["prov:wasGeneratedBy"]
    assert activity["reason"]["kind"] == "command-line"
    assert "capture" in activity["reason"]["command"]
    assert activity["prov:wasAssociatedWith"]["warcio"] and activity["prov:wasAssociatedWith"]["requests"]
    assert provenance["final"]["payload_sha256"] == row["payload_sha256"]
    assert provenance["final"]["ip"] == "127.0.0.1"
    assert provenance["redirect_chain"][0]["status"] == 200
    assert activity["prov:startedAtTime"] <= activity["prov:endedAtTime"]


def test_record_layout_and_metadata_rules(run, origin: OriginServer, archive_dir: Path) -> None:
    run("capture", origin.url("/html"))
    [path] = warcs(archive_dir)
    recs = records(path)
    types = [r[0] for r in recs]
    assert types == ["warcinfo", "response", "request", "metadata"]
    info, response, request, metadata = (r[1] for r in recs)
    assert info.protocol == "WARC/1.1" and info.get_header("WARC-Filename") == path.name
    assert b"software: provenance-archiver/" in recs[0][3] or True
    response_id = response.get_header("WARC-Record-ID")
    assert request.get_header("WARC-Concurrent-To") == response_id
    assert metadata.get_header("WARC-Concurrent-To") == response_id
    assert metadata.get_header("WARC-Date") == response.get_header("WARC-Date") == request.get_header("WARC-Date")
    assert metadata.get_header("WARC-Payload-Digest") is None
    assert metadata.get_header("WARC-Target-URI").startswith("urn:provenance:")
    assert response.get_header("WARC-Payload-Digest").startswith("sha256:")
    assert response.get_header("WARC-Block-Digest").startswith("sha256:")
    assert request.get_header("WARC-Payload-Digest") is None


def test_cdxj_indexer_agrees_with_our_offsets(run, origin: OriginServer, archive_dir: Path) -> None:
    urls = [origin.url(p) for p in ("/html", "/binary", "/notfound", "/redirect/2")]
    result = run("capture", "--json", *urls)
    assert result.exit_code == 0
    [path] = warcs(archive_dir)
    entries = cdxj_offsets(path)
    theirs = {(e["url"], int(e["offset"]), int(e["length"])) for e in entries if not e["url"].startswith("urn:")}
    db = sqlite3.connect(archive_dir / "index.sqlite3")
    ours = {(u, o, n) for u, o, n in db.execute("SELECT url, offset, length FROM captures")}
    assert ours == theirs
    # Provenance records are indexed under their own urn: key, never under the page's URL.
    provenance = {(e["url"], int(e["offset"])) for e in entries if e["url"].startswith("urn:")}
    ours_prov = {("urn:provenance:" + f, o) for f, o in db.execute(
        "SELECT final_url, provenance_offset FROM fetches")}
    assert provenance == ours_prov
    assert len(ours) == 3 + 3  # three single pages, and a chain of three hops


def test_binary_404_and_500_are_captured_faithfully(run, origin: OriginServer, archive_dir: Path) -> None:
    result = run("capture", "--json", origin.url("/binary"), origin.url("/notfound"), origin.url("/error"))
    rows = result.json_lines()
    assert [r["status"] for r in rows] == [200, 404, 500]
    assert all(r["ok"] for r in rows)  # the server answered and the answer is archived
    assert_valid_archive(archive_dir)
    [path] = warcs(archive_dir)
    binary = next(
        r for r in records(path) if r[0] == "response" and r[1].get_header("WARC-Target-URI").endswith("/binary")
    )
    assert len(binary[3]) == 64 * 1024


def test_each_redirect_hop_is_its_own_pair(run, origin: OriginServer, archive_dir: Path) -> None:
    result = run("capture", "--json", origin.url("/redirect/3"))
    [row] = result.json_lines()
    assert row["final_url"] == origin.url("/html") and row["status"] == 200
    [path] = warcs(archive_dir)
    recs = records(path)
    responses = [(r[1].get_header("WARC-Target-URI"), r[2].get_statuscode()) for r in recs if r[0] == "response"]
    assert responses == [
        (origin.url("/redirect/3"), "302"),
        (origin.url("/redirect/2"), "302"),
        (origin.url("/redirect/1"), "302"),
        (origin.url("/html"), "200"),
    ]
    assert [r[0] for r in recs].count("request") == 4
    looked = run("lookup", "--json", origin.url("/redirect/3")).json_lines()
    assert looked[0]["status"] == 302 and looked[0]["final_url"] == origin.url("/html")


def test_chunked_body_is_stored_dechunked_with_honest_headers(run, origin: OriginServer, archive_dir: Path) -> None:
    run("capture", origin.url("/chunked"))
    [path] = warcs(archive_dir)
    response = next(r for r in records(path) if r[0] == "response")
    headers = response[2]
    assert headers.get_header("Transfer-Encoding") is None
    assert headers.get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"
    assert len(response[3]) > 10_000 and b"\r\n0\r\n" not in response[3][-10:]
    assert_valid_archive(archive_dir)


def test_gzip_body_is_stored_encoded_and_replays_decoded(run, origin: OriginServer, archive_dir: Path) -> None:
    [row] = run("capture", "--json", origin.url("/gzip")).json_lines()
    [path] = warcs(archive_dir)
    with open(path, "rb") as fh:
        fh.seek(row["offset"])
        record = next(iter(ArchiveIterator(fh)))
        assert record.http_headers.get_header("Content-Encoding") == "gzip"
        raw = record.raw_stream.read()
    assert hashlib.sha256(raw).hexdigest() == row["payload_sha256"]
    assert gzip.decompress(raw).startswith(b"<!DOCTYPE html") or b"<html" in gzip.decompress(raw)[:200]
    assert_valid_archive(archive_dir)


def test_body_over_the_limit_is_truncated_and_reported(run, origin: OriginServer, archive_dir: Path) -> None:
    result = run("capture", "--json", origin.url("/big?size=300000"), settings={"max_body": 100_000})
    assert result.exit_code == 1
    [row] = result.json_lines()
    assert row["ok"] is False and "100000 byte limit" in row["error"]
    [path] = warcs(archive_dir)
    response = next(r for r in records(path) if r[0] == "response")
    assert response[1].get_header("WARC-Truncated") == "length"
    assert len(response[3]) == 100_000
    assert_valid_archive(archive_dir)


def test_gzip_bomb_is_kept_compressed_not_inflated(run, origin: OriginServer, archive_dir: Path) -> None:
    [row] = run("capture", "--json", origin.url("/gzip-bomb")).json_lines()
    assert row["status"] == 200
    size = (archive_dir / row["warc_file"]).stat().st_size
    assert size < GZIP_BOMB_INFLATED_SIZE // 100


def test_timeout_ends_quickly_with_a_clear_error(run, origin: OriginServer, archive_dir: Path) -> None:
    result = run("capture", "--json", origin.url("/slow-headers?delay=5"), settings={"read_timeout": 0.5})
    [row] = result.json_lines()
    assert result.exit_code == 1 and row["ok"] is False
    assert "timeout" in row["error"] or "timed out" in row["error"]
    assert "\n" not in row["error"]


@pytest.mark.parametrize("target", [
    "http://127.0.0.1:9/x", "http://localhost:9/x", "http://[::1]:9/", "http://169.254.169.254/latest",
    "file:///etc/passwd", "ftp://example.org/",
])
def test_private_and_odd_targets_are_refused_and_nothing_is_written(run, archive_dir: Path, target: str) -> None:
    result = run("capture", "--json", target, private=False)
    [row] = result.json_lines()
    assert result.exit_code == 1 and row["ok"] is False
    assert row["error"].startswith("refused ")
    assert not warcs(archive_dir)
    db = sqlite3.connect(archive_dir / "index.sqlite3")
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 0


def test_redirect_to_a_private_address_is_refused(origin: OriginServer, archive_dir: Path, monkeypatch) -> None:
    # Treat the test origin (127.0.0.1) as public so the redirect to 10.0.0.1 is what policy refuses.
    from archiver.archive import Archive
    from archiver.capture import guard
    from archiver.flow.capture import capture_url
    from archiver.settings import load_settings
    from archiver.warc.provenance import Reason

    monkeypatch.setattr(guard, "address_is_public", lambda address: address == "127.0.0.1")
    with Archive(load_settings({"archive": archive_dir, "host_delay": 0})) as archive:
        result = capture_url(archive, origin.url("/private-redirect"), Reason("test"))
    assert result.ok is False
    assert "redirect to http://10.0.0.1/x refused" in result.error
    assert not any(r.path.startswith("/x") for r in origin.requests)


def test_usage_errors_exit_2(run) -> None:
    assert run("capture").exit_code == 2
    assert run("lookup", "http://example.org/", "--at", "yesterday").exit_code == 2
    bad = run("--set", "gzip_level=high", "capture", "http://example.org/")
    assert bad.exit_code == 2 and "gzip_level" in bad.stderr


def test_lookup_orders_by_closeness_to_at(run, origin: OriginServer, archive_dir: Path) -> None:
    url = origin.url("/html")
    first = run("capture", "--json", url).json_lines()[0]
    second = run("capture", "--json", url).json_lines()[0]
    newest = run("lookup", "--json", url).json_lines()
    assert [r["captured_at"] for r in newest] == [second["captured_at"], first["captured_at"]]
    closest = run("lookup", "--json", url, "--at", first["captured_at"]).json_lines()
    assert closest[0]["captured_at"] == first["captured_at"]
    assert run("lookup", origin.url("/never")).exit_code == 1


def test_rotation_starts_new_files_each_with_warcinfo(run, origin: OriginServer, archive_dir: Path) -> None:
    urls = [origin.url(p) for p in ("/html", "/binary", "/notfound", "/error")]
    run("capture", *urls, settings={"warc_max_size": 1000})
    files = warcs(archive_dir)
    assert len(files) >= 3
    assert_valid_archive(archive_dir)


def test_empty_body_redirect_hops_keep_their_ip(run, archive_dir: Path) -> None:
    """A kept-alive connection goes back to the pool as soon as an empty body is read: the IP must survive that."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class KeepAlive(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/hop":
                self.send_response(302)
                self.send_header("Location", "/page")
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), KeepAlive)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/hop"
        [row] = run("capture", "--json", url).json_lines()
    finally:
        server.shutdown()
        server.server_close()
    assert row["ok"]
    [path] = warcs(archive_dir)
    ips = [r[1].get_header("WARC-IP-Address") for r in records(path) if r[0] in ("response", "request")]
    assert len(ips) == 4 and all(ip == "127.0.0.1" for ip in ips)
    [looked] = run("lookup", "--json", url).json_lines()
    assert [hop["ip"] for hop in looked["provenance"]["redirect_chain"]] == ["127.0.0.1", "127.0.0.1"]
