"""Issue 17: exported WACZ packages carry a wacz-auth signature (ECDSA P-384, as ReplayWeb.page verifies
anonymous ones), checked by `archiver verify-wacz` and by a third-party script using `cryptography` only."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils

from tests.servers import OriginServer
from tests.test_export import wacz_validate
from tests.tsa import LocalTsa

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "verify_wacz_signature.py"


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[LocalTsa]:
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    with LocalTsa(tmp_path / "tsa") as server:
        yield server


def third_party(wacz: Path, key: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), str(wacz), *([str(key)] if key else [])],
                          capture_output=True, text=True, check=False, timeout=60)


def rewrite(wacz: Path, out: Path, name: str, change: bytes) -> None:
    """A copy of the package with one member's bytes replaced (the zip itself stays well-formed)."""
    with zipfile.ZipFile(wacz) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, change if info.filename == name else source.read(info.filename))


@pytest.fixture
def signed(run, origin: OriginServer, archive_dir: Path, tsa: LocalTsa, tmp_path: Path) -> Path:
    settings = {"tsa_urls": tsa.url, "timestamp": "capture"}
    assert run("capture", origin.url("/html"), settings=settings).exit_code == 0
    assert run("manifest", "--sign", settings=settings).exit_code == 0
    out = tmp_path / "signed.wacz"
    result = run("export", "wacz", str(out), "--json", settings=settings)
    assert result.exit_code == 0, result.stderr
    assert result.json_lines()[0]["time_signature"] == "ok"
    return out


def test_signature_follows_wacz_auth_and_verifies_with_webcrypto_rules(signed: Path, archive_dir: Path) -> None:
    with zipfile.ZipFile(signed) as zf:
        digest = json.loads(zf.read("datapackage-digest.json"))
        names = set(zf.namelist())
    data = digest["signedData"]
    assert set(data) >= {"hash", "created", "software", "signature", "publicKey"}
    assert data["hash"] == digest["hash"] and data["created"].endswith("Z")
    # As ReplayWeb.page checks it: spki P-384 key, ECDSA SHA-256 over the hash string, r||s signature.
    key = serialization.load_der_public_key(base64.b64decode(data["publicKey"]))
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp384r1"
    raw = base64.b64decode(data["signature"])
    assert len(raw) == 96
    key.verify(utils.encode_dss_signature(int.from_bytes(raw[:48], "big"), int.from_bytes(raw[48:], "big")),
               data["hash"].encode(), ec.ECDSA(hashes.SHA256()))
    pem = (archive_dir / "keys/wacz-ecdsa-p384.pub.pem").read_bytes()
    assert serialization.load_pem_public_key(pem).public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) == base64.b64decode(
        data["publicKey"])
    assert {"fixity/manifest.json", "fixity/manifest.sig", "fixity/manifest-ed25519.pub.pem"} <= names
    assert any(n.startswith("fixity/") and n.endswith(".warc.gz.tsr") for n in names)


def test_verify_wacz_and_the_third_party_script_accept_it(run, signed: Path, archive_dir: Path,
                                                         tsa: LocalTsa) -> None:
    key = archive_dir / "keys/wacz-ecdsa-p384.pub.pem"
    result = run("verify-wacz", str(signed), "--public-key", str(key), "--tsa-ca", str(tsa.ca_cert), "--json")
    assert result.exit_code == 0, result.stdout
    rows = result.json_lines()
    checks = {row["check"]: row for row in rows[:-1]}
    assert all(row["ok"] for row in checks.values()), rows
    assert {"datapackage digest", "signature", "public key", "resources", "manifest signature",
            "timestamp of the signature", "timestamp fixity/manifest.tsr"} <= set(checks)
    assert any(c.startswith("timestamp fixity/") and c.endswith(".warc.gz.tsr") for c in checks)
    assert all("openssl ts -verify: OK" in row["detail"] for c, row in checks.items() if c.startswith("timestamp"))
    done = third_party(signed, key)
    assert done.returncode == 0 and done.stdout.startswith("OK"), done.stdout + done.stderr
    wacz_validate(signed)  # py-wacz, where installed, still accepts the package with signedData and fixity/


def test_a_flipped_byte_fails_both_checks(run, signed: Path, tmp_path: Path, tsa: LocalTsa) -> None:
    # a byte inside a stored WARC: the resource hash no longer matches
    flipped = tmp_path / "flipped.wacz"
    data = bytearray(signed.read_bytes())
    data[data.index(b"\x1f\x8b\x08") + 100] ^= 1
    flipped.write_bytes(bytes(data))
    result = run("verify-wacz", str(flipped))
    assert result.exit_code == 1 and "FAIL  resources: archive/" in result.stdout, result.stdout
    assert third_party(flipped).returncode == 1
    # a re-hashed datapackage.json the signature does not cover
    with zipfile.ZipFile(signed) as zf:
        package = json.loads(zf.read("datapackage.json"))
    package["title"] = "something else"
    forged = tmp_path / "forged.wacz"
    rewrite(signed, forged, "datapackage.json", json.dumps(package).encode())
    result = run("verify-wacz", str(forged))
    assert result.exit_code == 1 and "FAIL  datapackage digest" in result.stdout
    assert "does not match the signed hash" in third_party(forged).stdout
    # a signature flipped by one bit
    with zipfile.ZipFile(signed) as zf:
        digest = json.loads(zf.read("datapackage-digest.json"))
    raw = bytearray(base64.b64decode(digest["signedData"]["signature"]))
    raw[5] ^= 1
    digest["signedData"]["signature"] = base64.b64encode(bytes(raw)).decode()
    resigned = tmp_path / "badsig.wacz"
    rewrite(signed, resigned, "datapackage-digest.json", json.dumps(digest).encode())
    result = run("verify-wacz", str(resigned), "--tsa-ca", str(tsa.ca_cert))
    assert result.exit_code == 1 and "FAIL  signature: signature does not verify" in result.stdout
    assert "FAIL  timestamp of the signature" in result.stdout  # the token stamped the true signature
    assert "does not verify" in third_party(resigned).stdout


def test_another_key_is_refused(run, signed: Path, tmp_path: Path) -> None:
    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(ec.generate_private_key(ec.SECP384R1()).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    result = run("verify-wacz", str(signed), "--public-key", str(stranger))
    assert result.exit_code == 1 and "FAIL  public key" in result.stdout
    assert "another key" in third_party(signed, stranger).stdout
