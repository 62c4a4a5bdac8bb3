#!/usr/bin/env python3
"""Check a signed WACZ with nothing but Python and the `cryptography` package (no archiver needed).

    python3 verify_wacz_signature.py PACKAGE.wacz [PUBLIC_KEY.pem]

Checks that datapackage-digest.json's hash is datapackage.json's, that its wacz-auth signature
(ECDSA, SHA-256, r||s) verifies with the publicKey it carries, that this key is PUBLIC_KEY.pem when
given (the archive's keys/wacz-ecdsa-p384.pub.pem, obtained from its operator), and that every file
listed in datapackage.json has its sha256. Prints OK or the first failure; exit 0 or 1.
"""

import base64
import hashlib
import json
import sys
import zipfile

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils


def sha256_of(zf: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with zf.open(name) as member:
        while chunk := member.read(1 << 20):
            digest.update(chunk)
    return "sha256:" + digest.hexdigest()


def main(path: str, pem: str | None) -> str | None:
    with zipfile.ZipFile(path) as zf:
        package = zf.read("datapackage.json")
        digest = json.loads(zf.read("datapackage-digest.json"))
        signed = digest["signedData"]
        if digest["hash"] != signed["hash"] or signed["hash"] != "sha256:" + hashlib.sha256(package).hexdigest():
            return "datapackage.json does not match the signed hash"
        spki = base64.b64decode(signed["publicKey"])
        if pem and serialization.load_pem_public_key(open(pem, "rb").read()).public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) != spki:
            return "signed with another key than " + pem
        key = serialization.load_der_public_key(spki)
        raw = base64.b64decode(signed["signature"])
        half = len(raw) // 2
        der = utils.encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
        try:
            key.verify(der, signed["hash"].encode(), ec.ECDSA(hashes.SHA256()))
        except Exception:
            return "the signature does not verify"
        for resource in json.loads(package)["resources"]:
            try:
                if sha256_of(zf, resource["path"]) != resource["hash"]:
                    return resource["path"] + " does not match its sha256"
            except zipfile.BadZipFile as exc:  # the zip's CRC-32 saw the change first
                return resource["path"] + f" is damaged: {exc}"
    return None


if __name__ == "__main__":
    problem = main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
    print(problem or "OK: signature valid and every file matches")
    sys.exit(1 if problem else 0)
