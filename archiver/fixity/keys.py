"""The archive's signing keys: made on first use, kept in ``ARCHIVE/keys/`` (private keys mode 0600).

    keys/manifest-ed25519.pem       private key, PKCS#8 PEM, unencrypted, readable by its owner only
    keys/manifest-ed25519.pub.pem   public key, SubjectPublicKeyInfo PEM: give this to whoever checks
    keys/wacz-ecdsa-p384.pem        ECDSA P-384 key signing WACZ packages (wacz-auth): the curve
    keys/wacz-ecdsa-p384.pub.pem    ReplayWeb.page's verifier imports anonymous public keys as (Ed25519 is not
                                    accepted there)

Anyone holding the archive folder holds the private key; keep the public key somewhere the archive's
operator cannot rewrite it (publish it, print it in a report), or its signatures prove nothing.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from archiver.errors import ArchiveError, UsageError

PrivateKey = Ed25519PrivateKey | ec.EllipticCurvePrivateKey
PRIVATE_NAME = "manifest-ed25519.pem"
PUBLIC_NAME = "manifest-ed25519.pub.pem"
WACZ_PRIVATE_NAME = "wacz-ecdsa-p384.pem"
WACZ_PUBLIC_NAME = "wacz-ecdsa-p384.pub.pem"


def key_dir(archive_dir: Path) -> Path:
    return archive_dir / "keys"


def _write_new(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(path, mode)  # whatever the umask


def public_pem(key: Ed25519PublicKey | ec.EllipticCurvePublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def key_id(key: Ed25519PublicKey) -> str:
    """sha256 of the raw 32-byte public key, hex: names the key in manifests."""
    return hashlib.sha256(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).hexdigest()


def _load_or_create(archive_dir: Path, private_name: str, public_name: str,
                    generate: Callable[[], PrivateKey]) -> object:
    directory = key_dir(archive_dir)
    private = directory / private_name
    if not private.exists():
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        key = generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        try:
            _write_new(private, pem, 0o600)
        except FileExistsError:
            pass  # another process made it first: use theirs
        else:
            (directory / public_name).unlink(missing_ok=True)
            _write_new(directory / public_name, public_pem(key.public_key()), 0o644)
            return key
    mode = stat.S_IMODE(private.stat().st_mode)
    if mode & 0o077:
        raise ArchiveError(f"{private} is readable by others (mode {mode:o}); run: chmod 600 {private}")
    try:
        return serialization.load_pem_private_key(private.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise ArchiveError(f"cannot read the signing key {private}: {exc}") from exc


def load_or_create_key(archive_dir: Path) -> Ed25519PrivateKey:
    loaded = _load_or_create(archive_dir, PRIVATE_NAME, PUBLIC_NAME, Ed25519PrivateKey.generate)
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ArchiveError(f"{key_dir(archive_dir) / PRIVATE_NAME} is not an Ed25519 key")
    return loaded


def load_or_create_wacz_key(archive_dir: Path) -> ec.EllipticCurvePrivateKey:
    """The ECDSA P-384 key that signs exported WACZ packages (made on first use)."""
    loaded = _load_or_create(archive_dir, WACZ_PRIVATE_NAME, WACZ_PUBLIC_NAME,
                             lambda: ec.generate_private_key(ec.SECP384R1()))
    if not isinstance(loaded, ec.EllipticCurvePrivateKey) or loaded.curve.name != "secp384r1":
        raise ArchiveError(f"{key_dir(archive_dir) / WACZ_PRIVATE_NAME} is not an ECDSA P-384 key")
    return loaded


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise UsageError(f"cannot read public key {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise UsageError(f"{path} is not a PEM public key: {exc}") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise UsageError(f"{path} is not an Ed25519 public key")
    return key


def archive_public_key(archive_dir: Path) -> Ed25519PublicKey:
    """The archive's public key (creating the key pair on first use)."""
    return load_or_create_key(archive_dir).public_key()


def signature_valid(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True
