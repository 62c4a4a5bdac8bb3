"""Refuse untrusted targets: non-http(s) schemes and hosts that are or resolve to non-public addresses.

URLs come from articles, so they are untrusted. The check happens twice: once on the URL before any
request (clear error, nothing written), and again when a connection is opened (capture.connection),
which dials the very address it validated, so a DNS answer that changes between check and connect
(rebinding) cannot reach a private address.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from archiver.errors import BlockedTarget, FetchError

ALLOWED_SCHEMES = ("http", "https")


def default_port(scheme: str) -> int:
    """The port a URL without one means: 443 for https, else 80."""
    return 443 if scheme.lower() == "https" else 80


# Cloud metadata endpoints named explicitly, beyond what ipaddress calls non-global.
_METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data"}


def address_is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        # IPv4-mapped and 6to4 (2002::/16, which ipaddress calls global) reach the IPv4 address they
        # carry, so that address is judged. NAT64 (64:ff9b::/96) and Teredo (2001::/32) are non-global.
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def resolve_addresses(host: str, port: int) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host))]  # a literal address: nothing to look up
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def public_addresses(host: str, port: int, allow_private: bool) -> list[str]:
    """Resolve host and return its addresses, all of which policy allows, or raise BlockedTarget."""
    if host.lower().rstrip(".") in _METADATA_HOSTS and not allow_private:
        raise BlockedTarget(f"refused {host}: cloud metadata host")
    addresses = resolve_addresses(host, port)
    if allow_private:
        return addresses
    refused = [a for a in addresses if not address_is_public(a)]
    if refused:
        raise BlockedTarget(
            f"refused {host}: resolves to non-public address {refused[0]} (use --allow-private for intranets)"
        )
    return addresses


def check_url(url: str, allow_private: bool) -> None:
    """Raise BlockedTarget for a URL whose scheme or host policy refuses (resolving the host)."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket
        raise BlockedTarget(f"refused {url}: not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise BlockedTarget(f"refused {url}: scheme {parts.scheme or '(none)'!r} is not http or https")
    if not parts.hostname:
        raise BlockedTarget(f"refused {url}: no host")
    try:
        port = parts.port or default_port(parts.scheme)
    except ValueError as exc:
        raise BlockedTarget(f"refused {url}: bad port") from exc
    public_addresses(parts.hostname, port, allow_private)
