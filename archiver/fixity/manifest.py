"""A signed manifest of the archive's closed WARC files, checkable by anyone holding the public key.

    ARCHIVE/manifest.json   {"format": "archiver-manifest/1", "created", "software", "key_id",
                             "files": [{"path": "warcs/<name>.warc.gz", "bytes": N, "sha256": "<hex>"}]}
    ARCHIVE/manifest.sig    the raw 64-byte Ed25519 signature of manifest.json's exact bytes
    ARCHIVE/manifest.tsr    optional RFC 3161 time-stamp reply over manifest.json (``manifest --timestamp``)

Paths are relative to the archive folder, so from there the file list also checks with ``sha256sum -c``.
``.open`` files are still growing and are never listed; sign again after they close. With object storage
(``storage_url``) the closed files live there under the same names, and are listed and checked there.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from archiver import SOFTWARE
from archiver.errors import ArchiveError, UsageError
from archiver.fixity.keys import PUBLIC_NAME, key_dir, key_id, load_or_create_key, load_public_key, signature_valid
from archiver.fixity.verify import Problem
from archiver.storage import remote_for

FORMAT = "archiver-manifest/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TOKEN = "manifest.tsr"  # its RFC 3161 time-stamp, when asked for (archiver.fixity.timestamps)


def file_sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return _stream_sha256(handle)


def _stream_sha256(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := handle.read(1024 * 1024):
        digest.update(chunk)
    return digest.hexdigest()


def _closed_files(archive_dir: Path) -> dict[str, int]:
    """Every closed WARC file, relative path -> bytes: the local folder's, then object storage's."""
    files = {f"warcs/{p.name}": p.stat().st_size for p in sorted((archive_dir / "warcs").glob("*.warc.gz"))}
    remote = remote_for(archive_dir)
    if remote is not None:
        for name in remote.names():
            if name.endswith(".warc.gz") and name not in files:
                files[name] = remote.size(name) or 0
    return dict(sorted(files.items()))


def _stored_sha256(archive_dir: Path, relative: str) -> str:
    path = archive_dir / relative
    if path.is_file():
        return file_sha256(path)
    remote = remote_for(archive_dir)
    if remote is None:
        raise FileNotFoundError(relative)
    with remote.open_at(relative, 0) as handle:
        return _stream_sha256(handle)


def write_atomic(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.partial")
    with open(partial, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)


def sign_manifest(archive_dir: Path, created: str, on_file: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Hash every closed WARC, write manifest.json and its signature manifest.sig; returns a summary."""
    key = load_or_create_key(archive_dir)
    files = []
    for relative, size in _closed_files(archive_dir).items():
        files.append({"path": relative, "bytes": size, "sha256": _stored_sha256(archive_dir, relative)})
        if on_file:
            on_file(relative)
    manifest = {"format": FORMAT, "created": created, "software": SOFTWARE, "key_id": key_id(key.public_key()),
                "files": files}
    data = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n"
    write_atomic(archive_dir / MANIFEST, data)
    write_atomic(archive_dir / SIGNATURE, key.sign(data))
    return {"manifest": str(archive_dir / MANIFEST), "signature": str(archive_dir / SIGNATURE),
            "public_key": str(key_dir(archive_dir) / PUBLIC_NAME), "key_id": manifest["key_id"],
            "files": len(files), "bytes": sum(f["bytes"] for f in files), "created": created}


@dataclass
class ManifestCheck:
    signature_ok: bool = False
    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)  # closed WARCs newer than the manifest (not a problem)
    created: str | None = None

    @property
    def ok(self) -> bool:
        return self.signature_ok and not self.problems

    def summary(self) -> dict[str, Any]:
        return {"ok": self.ok, "signature_ok": self.signature_ok, "files": self.files,
                "problems": len(self.problems), "unlisted": self.unlisted, "created": self.created}


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError(f"{path} does not exist; sign one first with `archiver manifest --sign`") from exc
    except OSError as exc:
        raise ArchiveError(f"cannot read {path}: {exc.strerror}") from exc


def check_manifest(archive_dir: Path, public_key: Path | None = None,
                   on_file: Callable[[str], None] | None = None) -> ManifestCheck:
    """Check the signature with public_key (default: the archive's own), then every listed file's hash."""
    data, signature = _read(archive_dir / MANIFEST), _read(archive_dir / SIGNATURE)
    if public_key is None:
        public_key = key_dir(archive_dir) / PUBLIC_NAME
        if not public_key.exists():
            raise UsageError(f"no public key at {public_key}; give --public-key FILE")
    result = ManifestCheck()
    result.signature_ok = signature_valid(load_public_key(public_key), signature, data)
    if not result.signature_ok:
        result.problems.append(Problem(MANIFEST, None, f"signature does not verify with {public_key} "
                                                       "(manifest or signature changed, or another key)"))
        return result
    try:
        manifest = json.loads(data)
        entries = manifest["files"]
        result.created = manifest.get("created")
    except (ValueError, KeyError, TypeError) as exc:
        raise ArchiveError(f"{archive_dir / MANIFEST} is signed but not a manifest: {exc}") from exc
    root = archive_dir.resolve()
    stored = _closed_files(archive_dir)
    for entry in entries:
        relative = str(entry["path"])
        result.files += 1
        if root not in (archive_dir / relative).resolve().parents:
            result.problems.append(Problem(relative, None, "path leaves the archive folder"))
        elif relative not in stored:
            result.problems.append(Problem(relative, None, "listed in the manifest but missing"))
        elif stored[relative] != entry["bytes"]:
            result.problems.append(Problem(relative, None, f"{stored[relative]} bytes, manifest says {entry['bytes']}"))
        elif (actual := _stored_sha256(archive_dir, relative)) != entry["sha256"]:
            result.problems.append(Problem(relative, None, f"sha256 {actual}, manifest says {entry['sha256']}"))
        if on_file:
            on_file(relative)
    listed = {str(entry["path"]) for entry in entries}
    result.unlisted = [relative for relative in stored if relative not in listed]
    return result
