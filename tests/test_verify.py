"""Issue 6: fixity. `archiver verify` re-reads every WARC and index pointer; signed manifests of WARC files."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from archiver.fixity.scan import iter_scanned
from tests.servers import OriginServer


@pytest.fixture
def captured(run, origin: OriginServer) -> list[dict]:  # type: ignore[no-untyped-def]
    result = run("capture", "--json", origin.url("/html"), origin.url("/gzip"), origin.url("/redirect/1"))
    assert result.exit_code == 0
    return result.json_lines()


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x55
    path.write_bytes(bytes(data))


def test_clean_archive_verifies(run, captured: list[dict]) -> None:
    result = run("verify", "--json")
    assert result.exit_code == 0, result.stdout
    [summary] = result.json_lines()
    assert summary["ok"] is True and summary["problems"] == 0 and summary["files"] == 1
    # warcinfo; /html and /gzip: response, request, provenance; /redirect/1: two hops and a provenance
    assert summary["records"] == 1 + 3 + 3 + 5
    human = run("verify")
    assert human.exit_code == 0 and human.stdout.strip().endswith(": OK")


def test_one_flipped_byte_names_the_file_and_offset(run, captured: list[dict], archive_dir: Path) -> None:
    row = captured[1]  # /gzip: a large response record
    flip(archive_dir / row["warc_file"], row["offset"] + row["length"] // 2)
    result = run("verify")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith(f"{row['warc_file']}@{row['offset']}: ")
    assert "1 problem(s)" in result.stdout
    [problem, summary] = run("verify", "--json").json_lines()
    assert problem["file"] == row["warc_file"] and problem["offset"] == row["offset"]
    assert summary["ok"] is False
    events = sqlite3.connect(archive_dir / "index.sqlite3").execute(
        "SELECT kind, problems FROM fixity_events ORDER BY id").fetchall()
    assert events[-1] == ("verify", 1)


def test_block_digest_mismatch_in_a_well_formed_member(run, captured: list[dict], archive_dir: Path) -> None:
    path = archive_dir / captured[0]["warc_file"]
    data = path.read_bytes()
    last = list(iter_scanned(io.BytesIO(data)))[-1]  # the last record: rewriting it moves no other offset
    record = gzip.decompress(data[last.offset:])
    changed = record.replace(b'"status": 200', b'"status": 201', 1)
    assert changed != record
    path.write_bytes(data[:last.offset] + gzip.compress(changed))
    result = run("verify")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{captured[0]['warc_file']}@{last.offset}: block digest mismatch: header sha256:")


def test_index_pointers_are_checked(run, captured: list[dict], archive_dir: Path) -> None:
    db = sqlite3.connect(archive_dir / "index.sqlite3")
    with db:
        db.execute("UPDATE captures SET payload_sha256 = ? WHERE record_id = ?", ("0" * 64, captured[0]["record_id"]))
        db.execute("UPDATE fetches SET provenance_offset = provenance_offset + 1 WHERE id = ?",
                   (captured[1]["fetch_id"],))
    db.close()
    result = run("verify")
    assert result.exit_code == 1
    assert f"{captured[0]['warc_file']}@{captured[0]['offset']}: captures row" in result.stdout
    assert "payload sha256:" + "0" * 64 in result.stdout
    assert "fetches (provenance) row" in result.stdout and "points at no record" in result.stdout
    shutil.move(archive_dir / captured[0]["warc_file"], archive_dir / "moved.warc.gz")
    missing = run("verify")
    assert missing.exit_code == 1 and "which is missing" in missing.stdout


def test_a_file_still_being_written_may_end_mid_record(captured: list[dict], archive_dir: Path) -> None:
    data = (archive_dir / captured[0]["warc_file"]).read_bytes()
    cut = io.BytesIO(data[: len(data) - 10])
    assert [r.problems for r in iter_scanned(cut, in_progress=True) if r.problems] == []
    assert any(r.problems for r in iter_scanned(cut, in_progress=False))


def test_signed_manifest_detects_changes(run, captured: list[dict], archive_dir: Path, tmp_path: Path) -> None:
    signed = run("manifest", "--sign", "--json")
    assert signed.exit_code == 0, signed.stderr
    [summary] = signed.json_lines()
    assert summary["files"] == 1
    private = archive_dir / "keys" / "manifest-ed25519.pem"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    public = tmp_path / "public.pem"
    assert run("keys", "public", str(public)).exit_code == 0
    assert run("manifest", "--check", "--public-key", str(public)).exit_code == 0

    # A third party: the signature over manifest.json's bytes, then each file's sha256.
    key = serialization.load_pem_public_key(public.read_bytes())
    assert isinstance(key, Ed25519PublicKey)
    manifest = (archive_dir / "manifest.json").read_bytes()
    key.verify((archive_dir / "manifest.sig").read_bytes(), manifest)
    if shutil.which("openssl"):
        check = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(public), "-rawin",
                                "-in", str(archive_dir / "manifest.json"),
                                "-sigfile", str(archive_dir / "manifest.sig")],
                               capture_output=True, text=True, check=False)
        assert check.returncode == 0 and "Signature Verified Successfully" in check.stdout

    warc = archive_dir / captured[0]["warc_file"]
    original = warc.read_bytes()
    flip(warc, 5)  # a byte of the gzip header's MTIME: no record data changes, the file hash does
    result = run("manifest", "--check")
    assert result.exit_code == 1 and result.stdout.startswith(f"{captured[0]['warc_file']}: sha256 ")
    warc.write_bytes(original)
    assert run("manifest", "--check").exit_code == 0

    tampered = json.loads(manifest)
    tampered["files"][0]["sha256"] = "0" * 64
    (archive_dir / "manifest.json").write_text(json.dumps(tampered, indent=1, sort_keys=True) + "\n")
    result = run("manifest", "--check", "--json")
    assert result.exit_code == 1
    assert result.json_lines()[-1]["signature_ok"] is False and "signature does not verify" in result.stdout

    (archive_dir / "manifest.json").write_bytes(manifest)
    other = tmp_path / "other.pem"
    other.write_bytes(Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    assert run("manifest", "--check", "--public-key", str(other)).exit_code == 1


def test_new_files_are_reported_and_loose_key_permissions_refused(run, captured: list[dict], origin: OriginServer,
                                                                  archive_dir: Path) -> None:
    assert run("manifest", "--sign").exit_code == 0
    run("capture", origin.url("/notfound"))
    [summary] = run("manifest", "--check", "--json").json_lines()
    assert summary["ok"] is True and len(summary["unlisted"]) == 1
    (archive_dir / "keys" / "manifest-ed25519.pem").chmod(0o644)
    result = run("manifest", "--sign")
    assert result.exit_code == 1 and "chmod 600" in result.stderr
    assert run("manifest").exit_code == 2


def test_large_pages_verify_clean_and_a_flip_in_one_is_caught(run, origin: OriginServer, archive_dir: Path) -> None:
    """Issue 18: records inflating past one inflate window (2 MB and 5 MB of HTML) between small ones."""
    from tests.servers import make_html

    for name, size in (("big", 2_000_000), ("bigger", 5_000_000)):
        origin.set_route(f"/{name}", make_html(name, size))
    urls = [origin.url("/html"), origin.url("/big"), origin.url("/html?2"), origin.url("/bigger"), origin.url("/gzip")]
    captured = run("capture", "--json", *urls)
    assert captured.exit_code == 0, captured.stderr
    result = run("verify", "--json")
    assert result.exit_code == 0, result.stdout
    big = next(row for row in captured.json_lines() if row["url"].endswith("/big"))
    flip(archive_dir / big["warc_file"], big["offset"] + big["length"] // 2)
    problems = run("verify", "--json").json_lines()[:-1]
    assert [(p["file"], p["offset"]) for p in problems] == [(big["warc_file"], big["offset"])]
