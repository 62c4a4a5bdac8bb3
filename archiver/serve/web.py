"""A small WSGI toolkit: requests, responses, one error shape, a regex router.

    Request ── path (raw, still percent-encoded), query, headers, base_url
    Response ─ status, headers, body (bytes)
    HttpError ─ raised by handlers; becomes ``{"error": {"status": N, "message": "..."}}``
    Router ─── (method, pattern, handler) tried in order; named groups become keyword arguments
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, quote, unquote

JSON_TYPE = "application/json; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


class HttpError(Exception):
    """An error answer; message is one line a user can act on."""

    def __init__(self, status: int, message: str, headers: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or []


def error_document(status: int, message: str) -> dict[str, Any]:
    """The one error shape every JSON answer shares."""
    return {"error": {"status": status, "message": message}}


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


@dataclass
class Response:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | Iterable[bytes] = b""  # an iterable (e.g. a stored payload) is streamed, then closed
    reason: str = ""  # reason phrase; the standard one when empty

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((value for key, value in self.headers if key.lower() == lowered), None)

    def set(self, name: str, value: str) -> Response:
        lowered = name.lower()
        self.headers = [(k, v) for k, v in self.headers if k.lower() != lowered] + [(name, value)]
        return self


def json_response(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8") + b"\n"
    return Response(status, [("Content-Type", JSON_TYPE)], body)


def html_response(text: str, status: int = 200) -> Response:
    return Response(status, [("Content-Type", HTML_TYPE)], text.encode("utf-8"))


def redirect(location: str, status: int = 302) -> Response:
    return Response(status, [("Location", location), ("Content-Type", "text/plain; charset=utf-8")], b"")


class Request:
    def __init__(self, environ: dict[str, Any]) -> None:
        self.environ = environ
        self.method = environ.get("REQUEST_METHOD", "GET").upper()
        raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
        if raw:
            path, _, query = raw.partition("?")
        else:  # a server that only gives the decoded path: quote it back
            path = quote(environ.get("PATH_INFO", "/"), safe="/:@!$&'()*+,;=-._~%")
            query = environ.get("QUERY_STRING", "")
        self.path = path or "/"
        self.query_string = query
        self.query = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}

    def header(self, name: str) -> str | None:
        key = "HTTP_" + name.upper().replace("-", "_")
        return self.environ.get(key)

    @property
    def base_url(self) -> str:
        """http://host[:port] as the client addressed us (Host header if well-formed)."""
        host = self.environ.get("HTTP_HOST", "")
        if not _HOST.match(host):
            host = f"{self.environ.get('SERVER_NAME', '127.0.0.1')}:{self.environ.get('SERVER_PORT', '80')}"
        return f"{self.environ.get('wsgi.url_scheme', 'http')}://{host}"

    @property
    def wants_json(self) -> bool:
        """?format=json, or an Accept header that asks for JSON and not HTML (a browser asks for HTML)."""
        if self.query.get("format") == "json":
            return True
        accept = (self.header("Accept") or "").lower()
        return "application/json" in accept and "text/html" not in accept

    @property
    def wants_html(self) -> bool:
        """A browser: Accept names text/html and the path is no JSON twin (``.json``, ``?format=json``)."""
        if self.path.endswith(".json") or self.query.get("format") == "json":
            return False
        return "text/html" in (self.header("Accept") or "").lower()


Handler = Callable[..., Response]


@dataclass(frozen=True)
class Route:
    pattern: re.Pattern[str]
    handler: Handler
    page: bool  # an HTML page with a JSON twin (errors answer in HTML unless JSON was asked for)


class Router:
    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(self, pattern: str, handler: Handler, page: bool = False) -> None:
        self.routes.append(Route(re.compile(pattern + r"\Z", re.DOTALL), handler, page))

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self.routes:
            found = route.pattern.match(path)
            if found:
                return route, {k: v for k, v in found.groupdict().items() if v is not None}
        return None


def decode_segment(value: str) -> str:
    return unquote(value, errors="replace")


def iter_latin1_headers(headers: Iterable[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    """Header values as WSGI wants them: latin-1 strings on one line (UTF-8 bytes kept byte for byte)."""
    for name, value in headers:
        value = value.replace("\r", " ").replace("\n", " ")
        try:
            value.encode("latin-1")
        except UnicodeEncodeError:
            value = value.encode("utf-8").decode("latin-1")
        yield name, value
