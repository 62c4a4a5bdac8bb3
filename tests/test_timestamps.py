"""Issue 17: RFC 3161 trusted timestamps from a local TSA (``openssl ts -reply`` with a throwaway CA),
checked with ``openssl ts -verify`` as a third party would; failed requests queue and retry."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.fixity.tsp import TimestampError, build_request, read_token, request_token
from tests.servers import OriginServer
from tests.tsa import LocalTsa

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[LocalTsa]:
    with LocalTsa(tmp_path / "tsa") as server:
        yield server


def openssl_verify(data: Path, token: Path, ca: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["openssl", "ts", "-verify", "-data", str(data), "-in", str(token), "-CAfile", str(ca)],
                          capture_output=True, text=True, check=False)


def test_manifest_timestamp_verifies_with_openssl_and_a_tampered_manifest_does_not(
        run, origin: OriginServer, archive_dir: Path, tsa: LocalTsa, tmp_path: Path) -> None:
    assert run("capture", origin.url("/html")).exit_code == 0
    signed = run("manifest", "--sign", "--timestamp", "--json", settings={"tsa_urls": tsa.url})
    assert signed.exit_code == 0, signed.stderr
    [summary] = signed.json_lines()
    assert summary["timestamp"]["ok"] and summary["timestamp"]["path"] == "manifest.json"
    token = archive_dir / "manifest.tsr"
    done = openssl_verify(archive_dir / "manifest.json", token, tsa.ca_cert)
    assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr
    info = read_token(token.read_bytes())
    assert info.sha256 == summary["timestamp"]["token"]["sha256"]
    checked = run("manifest", "--check", "--tsa-ca", str(tsa.ca_cert))
    assert checked.exit_code == 0 and "openssl ts -verify: OK" in checked.stdout, checked.stdout

    tampered = tmp_path / "manifest.json"
    data = bytearray((archive_dir / "manifest.json").read_bytes())
    data[data.index(b'"sha256"') + 12] ^= 1
    tampered.write_bytes(bytes(data))
    done = openssl_verify(tampered, token, tsa.ca_cert)
    assert done.returncode != 0 and "Verification: OK" not in done.stdout
    other_ca = tmp_path / "other"
    with LocalTsa(other_ca) as stranger:
        assert openssl_verify(archive_dir / "manifest.json", token, stranger.ca_cert).returncode != 0


def test_an_unreachable_authority_queues_the_request_and_a_later_run_stamps_it(
        run, origin: OriginServer, archive_dir: Path, tsa: LocalTsa) -> None:
    assert run("capture", origin.url("/html")).exit_code == 0
    tsa.down = True
    signed = run("manifest", "--sign", "--json", settings={"tsa_urls": tsa.url, "timestamp": "manifest"})
    assert signed.exit_code == 0  # the signature is made; only the token waits
    [summary] = signed.json_lines()
    assert not summary["timestamp"]["ok"] and "HTTP 503" in summary["timestamp"]["error"]
    assert not (archive_dir / "manifest.tsr").exists()
    queue = json.loads((archive_dir / "timestamps/queue.json").read_text())
    assert queue["manifest.json"]["attempts"] == 1
    assert run("timestamp", settings={"tsa_urls": tsa.url}).exit_code == 1  # still down: still queued
    tsa.down = False
    retried = run("timestamp", "--json", settings={"tsa_urls": tsa.url})
    assert retried.exit_code == 0, retried.stderr
    assert retried.json_lines()[-1] == {"stamped": 1, "queued": 0}
    assert openssl_verify(archive_dir / "manifest.json", archive_dir / "manifest.tsr", tsa.ca_cert).returncode == 0


def test_capture_mode_stamps_each_closed_warc_file(run, origin: OriginServer, archive_dir: Path,
                                                   tsa: LocalTsa) -> None:
    settings = {"tsa_urls": tsa.url, "timestamp": "capture"}
    assert run("capture", origin.url("/html"), settings=settings).exit_code == 0
    [warc] = sorted((archive_dir / "warcs").glob("*.warc.gz"))
    token = archive_dir / "timestamps" / f"{warc.name}.tsr"
    assert openssl_verify(warc, token, tsa.ca_cert).returncode == 0
    tsa.down = True
    assert run("capture", origin.url("/gzip"), settings=settings).exit_code == 0  # not held up
    queue = json.loads((archive_dir / "timestamps/queue.json").read_text())
    assert len(queue) == 1 and next(iter(queue)).startswith("warcs/")


def test_a_reply_over_another_digest_or_nonce_is_refused(tsa: LocalTsa) -> None:
    import requests

    asked = bytes(32)

    def answer_for_other_digest(url: str, body: bytes) -> bytes:
        return requests.post(url, data=build_request(b"\x01" * 32, 7), timeout=10).content

    with pytest.raises(TimestampError, match="another digest"):
        request_token(asked, tsa.url, answer_for_other_digest)

    def answer_with_other_nonce(url: str, body: bytes) -> bytes:
        return requests.post(url, data=build_request(asked, 7), timeout=10).content

    with pytest.raises(TimestampError, match="nonce"):
        request_token(asked, tsa.url, answer_with_other_nonce)
    with pytest.raises(TimestampError, match="not an RFC 3161"):
        read_token(b"\x30\x03\x02\x01\x00garbage")


def test_serve_and_the_citation_report_show_the_timestamp_state(run, origin: OriginServer, archive_dir: Path,
                                                                tsa: LocalTsa, tmp_path: Path) -> None:
    import zipfile

    from archiver.serve.memento import record_key
    from archiver.settings import load_settings
    from tests.test_serve_archive import Served, fetch

    article = tmp_path / "article.txt"
    article.write_text(f"Source: {origin.url('/html')}\n", encoding="utf-8")
    assert run("ingest", str(article), settings={"tsa_urls": tsa.url, "timestamp": "capture"}).exit_code == 0
    [row] = run("lookup", origin.url("/html"), "--json").json_lines()
    served = Served(load_settings({"archive": archive_dir, "allow_private": True}, environ={}))
    try:
        data = json.loads(fetch(f"{served.base}/capture/{record_key(row['record_id'])}.json").body)
        page = fetch(f"{served.base}/capture/{record_key(row['record_id'])}").text
    finally:
        served.close()
    assert data["timestamp"]["state"] == "stamped" and data["timestamp"]["tsa"] == "Test TSA"
    assert "RFC 3161 timestamp of its WARC file" in page
    out = tmp_path / "a.wacz"
    assert run("export", "wacz", str(out), "--article", str(article)).exit_code == 0
    with zipfile.ZipFile(out) as zf:
        report = json.loads(zf.read("reports/citations.json"))
        html = zf.read("reports/citations.html").decode()
    [capture] = report["articles"][0]["citations"][0]["captures"]
    assert capture["timestamp"]["state"] == "stamped" and "RFC 3161 timestamp of its WARC file" in html
