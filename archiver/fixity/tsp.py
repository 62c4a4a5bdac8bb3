"""RFC 3161 time-stamp protocol: ask an authority (TSA) to vouch that a SHA-256 digest existed at a time.

The request and the reply are DER built and read by asn1crypto (TimeStampReq, TimeStampResp, TSTInfo).
What is kept is the whole reply (``.tsr``, as ``openssl ts -reply`` writes it), so that anyone can check
it without archiver:

    openssl ts -verify -data manifest.json -in manifest.tsr -CAfile TSA-CA.pem

Here a reply is only read and matched to what was asked (status granted, our digest, our nonce); the
authority's signature and certificate chain are checked by ``openssl ts -verify`` against the CA the
checker trusts (see ``verify_with_openssl``).
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests
from asn1crypto import tsp

from archiver.errors import ArchiverError, UsageError, one_line

TIMEOUT = (5.0, 20.0)  # connect, read: a slow authority must not hold up the command for long
QUERY_TYPE = "application/timestamp-query"
# (url, request DER) -> reply DER; the default posts over HTTP, tests may pass another.
Post = Callable[[str, bytes], bytes]


class TimestampError(ArchiverError):
    """The authority could not be reached or did not grant a token for what was asked."""


@dataclass(frozen=True)
class Token:
    gen_time: str  # when the authority says it stamped, ISO 8601 UTC
    sha256: str  # hex digest the token vouches for
    serial: int
    policy: str
    tsa: str | None  # the authority's name, when the token carries it

    def to_dict(self) -> dict[str, object]:
        return {"gen_time": self.gen_time, "sha256": self.sha256, "serial": self.serial, "policy": self.policy,
                "tsa": self.tsa}


def build_request(digest: bytes, nonce: int) -> bytes:
    """A TimeStampReq over a SHA-256 digest, asking for the TSA's certificate in the reply."""
    return bytes(tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest},
        "nonce": nonce,
        "cert_req": True,
    }).dump())


def read_token(data: bytes) -> Token:
    """What a stored reply vouches for; TimestampError when it is not a granted SHA-256 time-stamp."""
    try:
        reply = tsp.TimeStampResp.load(data)
        status = reply["status"]["status"].native
        if status not in ("granted", "granted_with_mods"):
            text = reply["status"]["status_string"].native if reply["status"]["status_string"] else None
            raise TimestampError(f"the authority refused: {status}{f' ({text})' if text else ''}")
        info = reply["time_stamp_token"]["content"]["encap_content_info"]["content"].parsed
        imprint = info["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        if algorithm != "sha256":
            raise TimestampError(f"the token is over a {algorithm} digest, not sha256")
        tsa = info["tsa"].native if info["tsa"] else None
        return Token(
            gen_time=info["gen_time"].native.strftime("%Y-%m-%dT%H:%M:%SZ"),
            sha256=imprint["hashed_message"].native.hex(),
            serial=int(info["serial_number"].native),
            policy=str(info["policy"].native),
            tsa=str(tsa.get("common_name") or tsa) if isinstance(tsa, dict) else (str(tsa) if tsa else None),
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise TimestampError(f"not an RFC 3161 time-stamp reply: {one_line(exc)}") from exc


def _nonce_of(data: bytes) -> int | None:
    info = tsp.TimeStampResp.load(data)["time_stamp_token"]["content"]["encap_content_info"]["content"].parsed
    nonce = info["nonce"].native
    return int(nonce) if nonce is not None else None


def http_post(url: str, body: bytes) -> bytes:
    try:
        response = requests.post(url, data=body, headers={"Content-Type": QUERY_TYPE}, timeout=TIMEOUT)
    except requests.RequestException as exc:
        raise TimestampError(f"{url}: {one_line(exc)}") from exc
    if response.status_code != 200:
        raise TimestampError(f"{url}: HTTP {response.status_code}")
    return response.content


def request_token(digest: bytes, url: str, post: Post = http_post) -> tuple[bytes, Token]:
    """Ask the authority at url to stamp digest; the reply's DER and what it vouches for."""
    nonce = secrets.randbits(63)
    reply = post(url, build_request(digest, nonce))
    token = read_token(reply)
    if token.sha256 != digest.hex():
        raise TimestampError(f"{url} stamped another digest ({token.sha256}) than the one asked")
    if _nonce_of(reply) != nonce:
        raise TimestampError(f"{url} answered with another request's nonce")
    return reply, token


def verify_with_openssl(data: Path, token: Path, ca_file: Path) -> tuple[bool, str]:
    """``openssl ts -verify``: the token's signature, its chain up to ca_file, and data's digest."""
    tool = shutil.which("openssl")
    if tool is None:
        raise UsageError("checking a time-stamp's signature needs the openssl command")
    done = subprocess.run([tool, "ts", "-verify", "-data", str(data), "-in", str(token), "-CAfile", str(ca_file)],
                          capture_output=True, text=True, timeout=60, check=False)
    text = " ".join((done.stdout + done.stderr).split())
    return done.returncode == 0 and "Verification: OK" in done.stdout, text[:300]
