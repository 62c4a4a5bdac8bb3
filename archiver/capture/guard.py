"""Refuse untrusted targets: non-http(s) schemes and hosts that are or resolve to non-public addresses.

URLs come from articles, so they are untrusted. The check happens twice: once on the URL before any
request (clear error, nothing written), and again inside the connection itself, which connects to the
very address it validated, so a DNS answer that changes between check and connect (rebinding) cannot
reach a private address.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from typing import Any
from urllib.parse import urlsplit

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError

from archiver.errors import BlockedTarget, FetchError

ALLOWED_SCHEMES = ("http", "https")
# Cloud metadata endpoints named explicitly, beyond what ipaddress calls non-global.
_METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data"}


def address_is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def resolve_addresses(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def public_address(host: str, port: int, allow_private: bool) -> str:
    """Resolve host and return an address that policy allows, or raise BlockedTarget."""
    if host.lower().rstrip(".") in _METADATA_HOSTS and not allow_private:
        raise BlockedTarget(f"refused {host}: cloud metadata host")
    addresses = resolve_addresses(host, port)
    if allow_private:
        return addresses[0]
    refused = [a for a in addresses if not address_is_public(a)]
    if refused:
        raise BlockedTarget(
            f"refused {host}: resolves to non-public address {refused[0]} (use --allow-private for intranets)"
        )
    return addresses[0]


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
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise BlockedTarget(f"refused {url}: bad port") from exc
    public_address(parts.hostname, port, allow_private)


_last_request = threading.local()


def last_peer_ip() -> str | None:
    """The address this thread's latest request went to (urllib3 may release a connection, and forget it,
    before the caller sees the response, e.g. for an empty body)."""
    return getattr(_last_request, "peer_ip", None)


class _GuardedConnectionMixin:
    allow_private = False
    peer_ip: str | None = None
    # provided by urllib3's HTTPConnection, which this mixin precedes
    _dns_host: str
    port: int

    def _new_conn(self) -> socket.socket:
        host = self._dns_host
        try:
            self._dns_host = public_address(host, self.port, self.allow_private)
        except (BlockedTarget, FetchError) as exc:
            raise NewConnectionError(self, str(exc)) from exc  # type: ignore[arg-type]
        self.peer_ip = self._dns_host  # the address really connected to, for WARC-IP-Address
        try:
            return super()._new_conn()  # type: ignore[misc,no-any-return]
        finally:
            self._dns_host = host

    def request(self, *args: Any, **kwargs: Any) -> Any:
        _last_request.peer_ip = self.peer_ip  # a reused connection keeps the address it connected to
        return super().request(*args, **kwargs)  # type: ignore[misc]


def guarded_adapter(allow_private: bool, pool_maxsize: int = 10) -> HTTPAdapter:
    """A requests adapter whose connections validate the address they actually connect to."""

    class GuardedHTTPConnection(_GuardedConnectionMixin, HTTPConnection):
        pass

    class GuardedHTTPSConnection(_GuardedConnectionMixin, HTTPSConnection):
        pass

    GuardedHTTPConnection.allow_private = allow_private
    GuardedHTTPSConnection.allow_private = allow_private

    class GuardedHTTPPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTPConnection

    class GuardedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPSConnection

    class GuardedAdapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": GuardedHTTPPool, "https": GuardedHTTPSPool}

    return GuardedAdapter(pool_connections=pool_maxsize, pool_maxsize=pool_maxsize, max_retries=0)
