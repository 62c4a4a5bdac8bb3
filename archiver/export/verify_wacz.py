"""Check a WACZ package as a sceptic would: ``archiver verify-wacz FILE``.

In order: datapackage-digest.json's hash is datapackage.json's; its wacz-auth signature verifies with
its publicKey (and that key is the one expected, when given); every listed resource has its sha256 and
size, and nothing unlisted rides along; the manifest's Ed25519 signature (fixity/); each RFC 3161 token
(fixity/*.tsr, the signature's timeSignature) is over the digest of what it claims to stamp, and, with a
TSA CA certificate, passes ``openssl ts -verify``. Each check is one row; the package is good when all are.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import serialization

from archiver.errors import ArchiverError, UsageError, one_line
from archiver.export.signing import check_signed_data, signature_bytes
from archiver.fixity.keys import load_public_key, signature_valid
from archiver.fixity.tsp import read_token, verify_with_openssl

UNLISTED = ("datapackage.json", "datapackage-digest.json")


@dataclass
class WaczCheck:
    path: str
    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, check: str, ok: bool, detail: str) -> None:
        self.rows.append({"check": check, "ok": ok, "detail": detail})

    @property
    def ok(self) -> bool:
        return bool(self.rows) and all(row["ok"] for row in self.rows)


def _sha256(zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with zf.open(name) as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _copier(zf: zipfile.ZipFile, name: str) -> Callable[[BinaryIO], None]:
    def copy(out: BinaryIO) -> None:
        with zf.open(name) as source:
            while chunk := source.read(1024 * 1024):
                out.write(chunk)

    return copy


def _token(result: WaczCheck, label: str, reply: bytes, expected: str,
           write_data: Callable[[BinaryIO], object], tsa_ca: Path | None) -> None:
    try:
        token = read_token(reply)
    except ArchiverError as exc:
        result.add(label, False, one_line(exc))
        return
    if token.sha256 != expected:
        result.add(label, False, f"stamps sha256 {token.sha256}, not {expected}")
        return
    detail = f"stamped {token.gen_time}" + (f" by {token.tsa}" if token.tsa else "")
    if tsa_ca is not None:
        with tempfile.TemporaryDirectory() as tmp:
            data, stamp = Path(tmp) / "data", Path(tmp) / "token.tsr"
            with open(data, "wb") as out:
                write_data(out)
            stamp.write_bytes(reply)
            ok, said = verify_with_openssl(data, stamp, tsa_ca)
        result.add(label, ok, f"{detail}; openssl ts -verify: {'OK' if ok else said}")
        return
    result.add(label, True, detail)


def _resources(zf: zipfile.ZipFile, package: dict[str, Any], result: WaczCheck) -> None:
    names = set(zf.namelist())
    listed = set()
    bad = []
    for resource in package.get("resources", []):
        path = str(resource.get("path"))
        listed.add(path)
        if path not in names:
            bad.append(f"{path}: listed but missing")
            continue
        try:
            digest, size = _sha256(zf, path)
        except (zipfile.BadZipFile, OSError) as exc:  # the zip's own CRC-32 caught a changed byte first
            bad.append(f"{path}: {one_line(exc)}")
            continue
        if resource.get("hash") != f"sha256:{digest}" or resource.get("bytes") != size:
            bad.append(f"{path}: sha256 {digest} ({size} bytes), datapackage.json says "
                       f"{resource.get('hash')} ({resource.get('bytes')} bytes)")
    bad += [f"{name}: in the package but not listed" for name in sorted(names - listed - set(UNLISTED))]
    result.add("resources", not bad, "; ".join(bad) or f"{len(listed)} files match their sha256 and size")


def _fixity(zf: zipfile.ZipFile, result: WaczCheck, tsa_ca: Path | None) -> None:
    names = set(zf.namelist())
    if "fixity/manifest.json" in names and "fixity/manifest.sig" in names and \
            "fixity/manifest-ed25519.pub.pem" in names:
        with tempfile.TemporaryDirectory() as tmp:
            key_file = Path(tmp) / "key.pem"
            key_file.write_bytes(zf.read("fixity/manifest-ed25519.pub.pem"))
            key = load_public_key(key_file)
        ok = signature_valid(key, zf.read("fixity/manifest.sig"), zf.read("fixity/manifest.json"))
        result.add("manifest signature", ok, "Ed25519 signature of fixity/manifest.json " +
                   ("valid" if ok else "does NOT verify with fixity/manifest-ed25519.pub.pem"))
    for name in sorted(n for n in names if n.startswith("fixity/") and n.endswith(".tsr")):
        stamped = "fixity/manifest.json" if name == "fixity/manifest.tsr" else \
            f"archive/{name.removeprefix('fixity/').removesuffix('.tsr')}"
        if stamped not in names:
            result.add(f"timestamp {name}", False, f"stamps {stamped}, which the package does not hold")
            continue
        try:
            digest = _sha256(zf, stamped)[0]
        except (zipfile.BadZipFile, OSError) as exc:
            result.add(f"timestamp {name}", False, f"{stamped}: {one_line(exc)}")
            continue
        _token(result, f"timestamp {name}", zf.read(name), digest, _copier(zf, stamped), tsa_ca)


def verify_wacz(path: Path, public_key: Path | None = None, tsa_ca: Path | None = None) -> WaczCheck:
    """Every check of the package at path; UsageError when it is not a WACZ at all."""
    result = WaczCheck(str(path))
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise UsageError(f"{path} is not a readable WACZ (zip) file: {one_line(exc)}") from exc
    with zf:
        try:
            package_bytes = zf.read("datapackage.json")
            digest = json.loads(zf.read("datapackage-digest.json"))
            package = json.loads(package_bytes)
        except (KeyError, ValueError) as exc:
            raise UsageError(f"{path} lacks a readable datapackage.json / datapackage-digest.json: {exc}") from exc
        actual = f"sha256:{hashlib.sha256(package_bytes).hexdigest()}"
        result.add("datapackage digest", digest.get("hash") == actual,
                   f"datapackage.json is {actual}; datapackage-digest.json says {digest.get('hash')}")
        signed = digest.get("signedData")
        if not isinstance(signed, dict):
            result.add("signature", False, "datapackage-digest.json has no signedData (unsigned package)")
        else:
            ok, detail = check_signed_data(signed)
            if signed.get("hash") != actual:
                ok, detail = False, f"signed hash {signed.get('hash')} is not datapackage.json's {actual}"
            result.add("signature", ok, f"{detail}; created {signed.get('created')} by {signed.get('software')}")
            if public_key is not None:
                expected = serialization.load_pem_public_key(public_key.read_bytes()).public_bytes(
                    serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
                same = base64.b64encode(expected).decode("ascii") == signed.get("publicKey")
                result.add("public key", same, f"publicKey {'is' if same else 'is NOT'} {public_key}")
            if signed.get("timeSignature"):
                raw = signature_bytes(signed)
                _token(result, "timestamp of the signature", base64.b64decode(signed["timeSignature"]),
                       hashlib.sha256(raw).hexdigest(), lambda out: out.write(raw), tsa_ca)
        _resources(zf, package, result)
        _fixity(zf, result, tsa_ca)
    return result
