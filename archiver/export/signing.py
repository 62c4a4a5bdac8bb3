"""wacz-auth anonymous signatures (webrecorder's "WACZ Signing and Verification" 0.1.0).

``datapackage-digest.json`` = ``{"path": "datapackage.json", "hash": "sha256:<hex>", "signedData": {...}}``
with signedData:

    hash        the same "sha256:<hex>" string: what is signed is its UTF-8 bytes
    created     RFC 3339 UTC; software, version: who signed
    signature   base64 of the ECDSA (SHA-256) signature as WebCrypto writes it: r || s, 48 bytes each
    publicKey   base64 of the DER SubjectPublicKeyInfo of the P-384 key (ReplayWeb.page imports it so)
    timeSignature  optional, our addition (as the spec's domain variant and webrecorder/specs#142 do):
                base64 of an RFC 3161 time-stamp reply over sha256(the signature's bytes)

Anonymous means the key is only as trustworthy as the channel its holder used to publish it: compare
``publicKey`` with the archive's ``keys/wacz-ecdsa-p384.pub.pem`` (``verify-wacz --public-key``).
"""

from __future__ import annotations

import base64
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

CURVE_BYTES = 48  # P-384


def spki_base64(key: ec.EllipticCurvePublicKey) -> str:
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode("ascii")


def sign_hash(key: ec.EllipticCurvePrivateKey, hash_text: str, created: str, software: str,
              version: str) -> dict[str, Any]:
    """The signedData of an anonymous signature over hash_text ("sha256:<hex>")."""
    r, s = decode_dss_signature(key.sign(hash_text.encode("utf-8"), ec.ECDSA(hashes.SHA256())))
    raw = r.to_bytes(CURVE_BYTES, "big") + s.to_bytes(CURVE_BYTES, "big")
    return {"hash": hash_text, "created": created, "software": software, "version": version,
            "signature": base64.b64encode(raw).decode("ascii"), "publicKey": spki_base64(key.public_key())}


def signature_bytes(signed: dict[str, Any]) -> bytes:
    return base64.b64decode(str(signed["signature"]), validate=True)


def check_signed_data(signed: dict[str, Any]) -> tuple[bool, str]:
    """Does signature verify over hash with publicKey? (ok, why not)."""
    try:
        key = serialization.load_der_public_key(base64.b64decode(str(signed["publicKey"]), validate=True))
        raw = signature_bytes(signed)
    except (KeyError, ValueError) as exc:
        return False, f"unreadable publicKey or signature: {exc}"
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return False, "publicKey is not an ECDSA key"
    size = (key.curve.key_size + 7) // 8
    if len(raw) != 2 * size:
        return False, f"signature is {len(raw)} bytes, expected r || s of {2 * size}"
    der = encode_dss_signature(int.from_bytes(raw[:size], "big"), int.from_bytes(raw[size:], "big"))
    try:
        key.verify(der, str(signed["hash"]).encode("utf-8"), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False, "signature does not verify with publicKey"
    return True, f"ECDSA {key.curve.name} signature valid"
