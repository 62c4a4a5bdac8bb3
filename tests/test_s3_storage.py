"""WARC files in S3-compatible storage (moto's server on 127.0.0.1, tests/s3_server.py): written locally,
uploaded once closed, read back by byte range; with PostgreSQL too, a second "machine" with an empty
archive folder answers lookups, full-text search and replay from the shared index and bucket."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archiver.cli import cli
from archiver.settings import load_settings
from archiver.storage.s3 import S3Storage
from tests.pg_server import PostgresServer
from tests.s3_server import CREDENTIALS, S3Server
from tests.servers import HTML_PAGE, OriginServer
from tests.test_serve_archive import Served, fetch


def use_s3(monkeypatch: pytest.MonkeyPatch, s3: S3Server, prefix: str = "team/archive") -> str:
    bucket = s3.create_bucket()
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ARCHIVER_STORAGE_URL", f"s3://{bucket}/{prefix}")
    monkeypatch.setenv("ARCHIVER_S3_ENDPOINT_URL", s3.url)
    return bucket


def test_closed_warcs_move_to_s3_and_records_read_back_by_range(
    run: Any, origin: OriginServer, archive_dir: Path, s3: S3Server, monkeypatch: pytest.MonkeyPatch,
) -> None:
    bucket = use_s3(monkeypatch, s3)
    urls = [origin.url("/html"), origin.url("/gzip"), origin.url("/redirect/2")]
    assert run("capture", *urls).exit_code == 0
    assert run("capture", urls[0]).exit_code == 0  # a second file, with a revisit
    assert list((archive_dir / "warcs").glob("*.warc.gz*")) == []  # nothing left locally
    keys = s3.keys(bucket)  # one object per capture, each uploaded before its index rows were committed
    assert len(keys) == 4 and all(k.startswith("team/archive/warcs/") and k.endswith(".warc.gz") for k in keys)

    rows = run("lookup", "--json", urls[0]).json_lines()
    assert len(rows) == 3 and {f"team/archive/{row['warc_file']}" for row in rows} < set(keys)
    # Full-text search reads each payload back from S3 (one range request per record).
    hits = run("lookup", "--json", "--text", "Archiver origin test page").json_lines()
    assert {hit["url"] for hit in hits} == {origin.url("/html")}
    # The range read returns exactly the indexed record: its gzip member, and nothing after it.
    storage = S3Storage(f"s3://{bucket}/team/archive", s3.url)
    response = next(r for r in rows if r["record_type"] == "response")
    with storage.open_at(response["warc_file"], response["offset"], response["length"]) as member:
        data = member.read()
    assert len(data) == response["length"] and data[:2] == b"\x1f\x8b"


def test_verify_reads_stored_files_checks_pointers_and_lists_orphans(
    run: Any, origin: OriginServer, archive_dir: Path, s3: S3Server, postgres: PostgresServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bucket = use_s3(monkeypatch, s3, prefix="")
    monkeypatch.setenv("ARCHIVER_DATABASE_URL", postgres.create_database())
    assert run("capture", origin.url("/html"), origin.url("/gzip")).exit_code == 0
    stored, _ = s3.keys(bucket)
    clean = run("verify", "--json").json_lines()
    assert clean[-1]["ok"] is True and clean[-1]["files"] == 2 and clean[-1]["records"] >= 8
    assert clean[-1]["orphans"] == []
    # A file no index row points into (a worker killed before its first commit) is an orphan.
    s3.client().copy_object(Bucket=bucket, Key="warcs/orphan.warc.gz", CopySource={"Bucket": bucket, "Key": stored})
    listed = run("verify", "--json").json_lines()[-1]
    assert listed["orphans"] == ["warcs/orphan.warc.gz"] and listed["files"] == 3
    # --remove-orphans leaves young ones (an upload just before its commit), deletes the older ones only.
    assert run("verify", "--json", "--remove-orphans").json_lines()[-1]["orphans"] == ["warcs/orphan.warc.gz"]
    assert "warcs/orphan.warc.gz" in s3.keys(bucket)
    monkeypatch.setattr("archiver.storage.upload.ORPHAN_GRACE", timedelta(0))
    removed = run("verify", "--json", "--remove-orphans").json_lines()[-1]
    assert removed["orphans"] == ["warcs/orphan.warc.gz (removed)"] and removed["ok"] is True
    assert "warcs/orphan.warc.gz" not in s3.keys(bucket) and len(s3.keys(bucket)) == 2
    # A damaged stored object is a problem named by file and offset.
    data = bytearray(s3.client().get_object(Bucket=bucket, Key=stored)["Body"].read())
    data[len(data) // 2] ^= 0xFF
    s3.client().put_object(Bucket=bucket, Key=stored, Body=bytes(data))
    damaged = run("verify", "--json")
    assert damaged.exit_code == 1 and any(line.get("file") == stored for line in damaged.json_lines())


def test_a_crash_before_upload_is_uploaded_by_the_next_run(
    run: Any, origin: OriginServer, archive_dir: Path, s3: S3Server, monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run("capture", origin.url("/html")).exit_code == 0  # no storage yet: the file stays local
    [local] = (archive_dir / "warcs").glob("*.warc.gz")
    bucket = use_s3(monkeypatch, s3, prefix="")
    assert run("lookup", "--json", origin.url("/html")).exit_code == 0  # any command moves it
    assert not local.exists() and s3.keys(bucket) == [f"warcs/{local.name}"]


def test_a_second_machine_reads_everything_from_postgresql_and_s3(
    run: Any, origin: OriginServer, archive_dir: Path, tmp_path: Path, s3: S3Server, postgres: PostgresServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_s3(monkeypatch, s3)
    monkeypatch.setenv("ARCHIVER_DATABASE_URL", postgres.create_database())
    page = origin.url("/html")
    assert run("capture", page, origin.url("/gzip")).exit_code == 0

    [stored] = [r for r in run("lookup", "--json", page).json_lines() if r["record_type"] == "response"]

    other = tmp_path / "machine-b"  # an empty archive folder: nothing local to read
    machine_b = CliRunner().invoke(cli, ["--archive", str(other), "lookup", "--json", "--text",
                                         "Archiver origin test page"], catch_exceptions=False)
    assert machine_b.exit_code == 0 and page in machine_b.stdout  # text read from S3 into PostgreSQL
    served = Served(load_settings({"archive": other, "allow_private": True}))
    try:
        [memento] = fetch(f"{served.base}/timemap/json/{page}").json()["mementos"]["list"]
        answer = fetch(f"{served.base}/web/{raw_timestamp(memento['uri'])}id_/{page}")
        assert answer.status == 200 and answer.body == HTML_PAGE
        assert hashlib.sha256(answer.body).hexdigest() == stored["payload_sha256"]
    finally:
        served.close()
    assert not list(other.glob("warcs/*"))


def raw_timestamp(uri: str) -> str:
    return uri.split("/web/", 1)[1].split("/", 1)[0].removesuffix("id_")


def test_export_copies_records_out_of_s3_by_range_and_whole(
    run: Any, origin: OriginServer, tmp_path: Path, s3: S3Server, postgres: PostgresServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_s3(monkeypatch, s3)
    monkeypatch.setenv("ARCHIVER_DATABASE_URL", postgres.create_database())
    page = origin.url("/html")
    assert run("capture", page, origin.url("/gzip")).exit_code == 0
    [stored] = [r for r in run("lookup", "--json", page).json_lines() if r["record_type"] == "response"]
    for args, expected_urls in ((["--url", page], {page}), ([], {page, origin.url("/gzip")})):
        out = tmp_path / f"export{len(args)}.wacz"
        assert run("export", "wacz", str(out), *args).exit_code == 0
        responses = {}
        with zipfile.ZipFile(out) as package:
            for name in package.namelist():
                if name.startswith("archive/"):
                    with package.open(name) as warc:
                        for record in ArchiveIterator(warc):
                            if record.rec_type == "response":
                                digest = record.rec_headers.get_header("WARC-Payload-Digest")
                                responses[record.rec_headers.get_header("WARC-Target-URI")] = digest
        assert set(responses) == expected_urls
        assert responses[page] == f"sha256:{stored['payload_sha256']}"


@pytest.mark.pywb
def test_pywb_replays_from_the_bucket_with_archivers_cdxj(
    run: Any, origin: OriginServer, tmp_path: Path, s3: S3Server, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The README's pywb setup: archive_paths s3://…, AWS_ENDPOINT_URL_S3, the index from export cdxj."""
    from tests.test_pywb import PYWB, free_port

    if PYWB is None or subprocess.run([str(PYWB / "python"), "-c", "import boto3"], check=False).returncode:
        pytest.skip("pywb (with boto3) not installed (bash scripts/install-oracles.sh .oracles)")
    bucket = use_s3(monkeypatch, s3, prefix="archive")
    page = origin.url("/html")
    assert run("capture", page).exit_code == 0
    home = tmp_path / "pywb"
    (home / "index").mkdir(parents=True)
    assert run("export", "cdxj", str(home / "index" / "index.cdxj")).exit_code == 0
    [line] = [x for x in (home / "index" / "index.cdxj").read_text().splitlines() if '"status": "200"' in x]
    (home / "config.yaml").write_text(
        f"collections:\n  coll:\n    index_paths: {home / 'index'}\n    archive_paths: s3://{bucket}/archive/warcs/\n")
    port = free_port()
    env = {**os.environ, **CREDENTIALS, "AWS_ENDPOINT_URL_S3": s3.url}
    with open(home / "wayback.log", "w") as log:
        wayback = subprocess.Popen([str(PYWB / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=home, env=env,
                                   stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/coll/{line.split()[1]}id_/{page}"
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = fetch(url)
                break
            except OSError:
                assert wayback.poll() is None and time.monotonic() < deadline, (home / "wayback.log").read_text()
                time.sleep(0.2)
        assert answer.status == 200 and answer.body == HTML_PAGE, (home / "wayback.log").read_text()[-2000:]
    finally:
        wayback.terminate()
        wayback.wait(10)


def test_the_signed_manifest_lists_and_checks_the_stored_files(
    run: Any, origin: OriginServer, archive_dir: Path, s3: S3Server, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 16: with storage_url the closed WARC files live in the bucket; `manifest` signs and checks them there."""
    bucket = use_s3(monkeypatch, s3, prefix="")
    assert run("capture", origin.url("/html"), origin.url("/gzip")).exit_code == 0
    stored = s3.keys(bucket)
    signed = run("manifest", "--sign", "--json").json_lines()[-1]
    assert signed["files"] == len(stored) == 2
    listed = json.loads((archive_dir / "manifest.json").read_text())["files"]
    for entry in listed:
        body = s3.client().get_object(Bucket=bucket, Key=entry["path"])["Body"].read()
        assert entry["bytes"] == len(body) and entry["sha256"] == hashlib.sha256(body).hexdigest()
    checked = run("manifest", "--check", "--json")
    assert checked.exit_code == 0 and checked.json_lines()[-1]["ok"] is True
    data = bytearray(s3.client().get_object(Bucket=bucket, Key=stored[0])["Body"].read())
    data[len(data) // 2] ^= 0xFF  # same size, other bytes
    s3.client().put_object(Bucket=bucket, Key=stored[0], Body=bytes(data))
    damaged = run("manifest", "--check", "--json")
    assert damaged.exit_code == 1
    assert [line["file"] for line in damaged.json_lines()[:-1]] == [stored[0]]
