"""A signed manifest of the archive's closed WARC files, checkable by anyone holding the public key.

    ARCHIVE/manifest.json   {"format": "archiver-manifest/1", "created", "software", "key_id",
                             "files": [{"path": "warcs/<name>.warc.gz", "bytes": N, "sha256": "<hex>"}]}
    ARCHIVE/manifest.sig    the raw 64-byte Ed25519 signature of manifest.json's exact bytes
    ARCHIVE/manifest.tsr    optional RFC 3161 time-stamp reply over manifest.json (``manifest --timestamp``)

Paths are relative to the archive folder, so from there the file list also checks with ``sha256sum -c``.
``.open`` files are still growing and are never listed; sign again after they close.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver import SOFTWARE
from archiver.errors import ArchiveError, UsageError
from archiver.fixity.keys import PUBLIC_NAME, key_dir, key_id, load_or_create_key, load_public_key, signature_valid
from archiver.fixity.verify import Problem

FORMAT = "archiver-manifest/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TOKEN = "manifest.tsr"  # its RFC 3161 time-stamp, when asked for (archiver.fixity.timestamps)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


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
    for path in sorted((archive_dir / "warcs").glob("*.warc.gz")):
        relative = f"warcs/{path.name}"
        files.append({"path": relative, "bytes": path.stat().st_size, "sha256": file_sha256(path)})
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
    listed = set()
    for entry in entries:
        relative = str(entry["path"])
        listed.add(relative)
        path = (archive_dir / relative).resolve()
        result.files += 1
        if root not in path.parents:
            result.problems.append(Problem(relative, None, "path leaves the archive folder"))
        elif not path.is_file():
            result.problems.append(Problem(relative, None, "listed in the manifest but missing"))
        elif path.stat().st_size != entry["bytes"]:
            result.problems.append(
                Problem(relative, None, f"{path.stat().st_size} bytes, manifest says {entry['bytes']}")
            )
        elif (actual := file_sha256(path)) != entry["sha256"]:
            result.problems.append(Problem(relative, None, f"sha256 {actual}, manifest says {entry['sha256']}"))
        if on_file:
            on_file(relative)
    result.unlisted = [f"warcs/{p.name}" for p in sorted((archive_dir / "warcs").glob("*.warc.gz"))
                       if f"warcs/{p.name}" not in listed]
    return result
