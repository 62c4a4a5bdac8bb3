"""``archiver serve``: the WSGI app (routes below) and a threaded server on the standard library.

    /                                  home: articles, recent captures          (twin: /index.json, ?format=json)
    /search?q=                         URL, @channel, channel name, article, quotation (twin: /search.json)
    /source?url=                       one source's captures                    (twin: /source.json)
    /capture/<record uuid>             content beside its provenance            (twin: .json)
    /screenshot/<record uuid>.png      a browser capture's screenshot (its resource record's PNG)
    /article/<sha256>                  every citation and its capture           (twin: .json)
    /telegram/<handle>[/<post id>]     posts from their structured JSON         (twin: .json)
    /timegate/<URL>                    Memento TimeGate (302)
    /timemap/link/<URL>, /timemap/json/<URL>
    /web/<ts>/<URL>                    memento: provenance banner + sandboxed iframe of the raw memento
    /web/<ts>id_/<URL>                 raw memento: the stored response itself
    /web/<URL>                         the latest memento
    /static/<file>

Errors share one JSON shape, ``{"error": {"status": N, "message": "..."}}``; HTML pages show the same message.
A page (and any path a browser asks for with ``Accept: text/html``) answers its errors as an HTML page; a JSON
twin, ``?format=json`` or ``Accept: application/json`` without text/html gets the JSON shape.
"""

from __future__ import annotations

import logging
import socket
import socketserver
import sys
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from archiver import __version__
from archiver.archive import Archive
from archiver.errors import ArchiverError, UsageError, one_line
from archiver.index.keys import url_key
from archiver.serve import memento as mem
from archiver.serve import pages, replay, views
from archiver.serve.web import (
    HttpError,
    Request,
    Response,
    Router,
    error_document,
    html_response,
    iter_latin1_headers,
    json_response,
    redirect,
    status_line,
)

log = logging.getLogger(__name__)

SERVER = f"archiver/{__version__}"
UI_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; "
          "base-uri 'none'; frame-ancestors 'self'")
JSON_CSP = "default-src 'none'; frame-ancestors 'none'"
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png",
                 ".svg": "image/svg+xml", ".ico": "image/x-icon"}


class App:
    """The WSGI application over one opened archive (read-only use; safe across threads)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.router = Router()
        add = self.router.add
        add(r"/", self.home, page=True)
        add(r"/index(?P<json>\.json)", self.home, page=True)
        add(r"/search(?P<json>\.json)?", self.search, page=True)
        add(r"/source(?P<json>\.json)?", self.source, page=True)
        add(r"/capture/(?P<key>[^/]+?)(?P<json>\.json)?", self.capture, page=True)
        add(r"/screenshot/(?P<key>[0-9a-f-]{36})\.png", self.screenshot)
        add(r"/article/(?P<sha256>[0-9a-f]{64})(?P<json>\.json)?", self.article, page=True)
        add(r"/telegram/(?P<handle>[A-Za-z0-9_]{1,64})(?P<json>\.json)?", self.telegram_channel, page=True)
        add(r"/telegram/(?P<handle>[A-Za-z0-9_]{1,64})/(?P<post_id>\d{1,12})(?P<json>\.json)?", self.telegram_post,
            page=True)
        add(r"/timegate/(?P<url>.+)", self.timegate)
        add(r"/timemap/link/(?P<url>.+)", self.timemap_link)
        add(r"/timemap/json/(?P<url>.+)", self.timemap_json)
        add(r"/web/(?P<ts>\d{4,20})(?P<mod>[a-z]{2}_)?/(?P<url>.+)", self.web)
        add(r"/web/(?P<url>.+)", self.web_latest)
        add(r"/static/(?P<name>[A-Za-z0-9_-]+\.[a-z]{2,4})", self.static)

    # -- WSGI -------------------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        response = self.respond(request)
        body = response.body
        if response.header("Server") is None:  # else wsgiref names the Python version
            response.headers.append(("Server", SERVER))
        if isinstance(body, bytes) and response.header("Content-Length") is None:
            response.headers.append(("Content-Length", str(len(body))))
        if request.method == "HEAD":
            close = getattr(body, "close", None)
            if close:
                close()
            body = b""
        reason = response.reason or status_line(response.status).partition(" ")[2]
        start_response(f"{response.status} {reason}", list(iter_latin1_headers(response.headers)))
        return [body] if isinstance(body, bytes) else body

    def respond(self, request: Request) -> Response:
        found = self.router.match(request.path)
        # errors answer as the page would: HTML to a browser (even for a mistyped path), JSON to JSON clients
        page_route = bool(found and found[0].page and not request.wants_json and "json" not in found[1])
        as_page = page_route or (not (found and found[0].page) and request.wants_html)
        try:
            if request.method not in ("GET", "HEAD"):
                raise HttpError(405, f"{request.method} is not allowed; this archive is read-only",
                                [("Allow", "GET, HEAD")])
            if found is None:
                raise HttpError(404, f"no such page: {request.path[:200]}")
            route, groups = found
            response = route.handler(request, **groups)
        except HttpError as exc:
            response = self._error(exc.status, exc.message, as_page)
            response.headers += exc.headers
        except UsageError as exc:  # the request asked for something unusable, e.g. a search with no words
            response = self._error(400, one_line(exc), as_page)
        except ArchiverError as exc:
            response = self._error(500, one_line(exc), as_page)
        except Exception as exc:  # a bug: log it with its traceback, answer in the one error shape
            log.exception("error answering %s", request.path[:200])
            response = self._error(500, f"internal error: {one_line(exc)}", as_page)
        return self._secure(response)

    @staticmethod
    def _error(status: int, message: str, as_page: bool) -> Response:
        if as_page:
            return html_response(pages.render_error(status, message), status)
        return json_response(error_document(status, message), status)

    @staticmethod
    def _secure(response: Response) -> Response:
        """UI and JSON answers get a strict CSP; replayed content already carries its sandbox CSP."""
        if response.header("Content-Security-Policy") is None:
            html = (response.header("Content-Type") or "").startswith("text/html")
            response.headers += [("Content-Security-Policy", UI_CSP if html else JSON_CSP),
                                 ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")]
        return response

    def _page(self, request: Request, data: dict[str, Any], json: str = "") -> Response:
        if json or request.wants_json:
            return json_response(data)
        return html_response(pages.render(data, query=request.query.get("q", "")))

    # -- pages ------------------------------------------------------------------------------------
    def home(self, request: Request, json: str = "") -> Response:
        return self._page(request, views.home(self.archive, request.base_url), json)

    def search(self, request: Request, json: str = "") -> Response:
        return self._page(request, views.search(self.archive, request.base_url, request.query.get("q", "")), json)

    def source(self, request: Request, json: str = "") -> Response:
        url = request.query.get("url", "").strip()
        if not url:
            raise HttpError(400, "give the source as ?url=URL")
        return self._page(request, views.source(self.archive, request.base_url, url), json)

    def capture(self, request: Request, key: str, json: str = "") -> Response:
        return self._page(request, views.capture(self.archive, request.base_url, key), json)

    def screenshot(self, request: Request, key: str) -> Response:
        image = views.screenshot_png(self.archive, key)
        return Response(200, [("Content-Type", "image/png"), ("Cache-Control", "max-age=86400")], image)

    def article(self, request: Request, sha256: str, json: str = "") -> Response:
        return self._page(request, views.article(self.archive, request.base_url, sha256), json)

    def telegram_channel(self, request: Request, handle: str, json: str = "") -> Response:
        return self._page(request, views.telegram_channel(self.archive, request.base_url, handle), json)

    def telegram_post(self, request: Request, handle: str, post_id: str, json: str = "") -> Response:
        return self._page(request, views.telegram_post(self.archive, request.base_url, handle, int(post_id)), json)

    def static(self, request: Request, name: str) -> Response:
        suffix = name[name.rfind("."):]
        resource = resources.files("archiver.serve").joinpath("static", name)
        if suffix not in _STATIC_TYPES or not resource.is_file():
            raise HttpError(404, f"no static file {name}")
        return Response(200, [("Content-Type", _STATIC_TYPES[suffix]), ("Cache-Control", "max-age=3600")],
                        resource.read_bytes())

    # -- Memento ----------------------------------------------------------------------------------
    def timegate(self, request: Request, url: str) -> Response:
        return mem.timegate(self.archive, request, mem.target_url(url, request.query_string))

    def timemap_link(self, request: Request, url: str) -> Response:
        return mem.timemap_link(self.archive, request, mem.target_url(url, request.query_string))

    def timemap_json(self, request: Request, url: str) -> Response:
        return mem.timemap_json(self.archive, request, mem.target_url(url, request.query_string))

    def web_latest(self, request: Request, url: str) -> Response:
        url = mem.target_url(url, request.query_string)
        return redirect(mem.uri_m(request.base_url, mem.find_mementos(self.archive, url)[-1]))

    def web(self, request: Request, ts: str, url: str, mod: str = "") -> Response:
        url = mem.target_url(url, request.query_string)
        found = mem.find_mementos(self.archive, url)
        chosen = mem.closest(found, mem.parse_timestamp(ts))
        raw, base = bool(mod), request.base_url
        if chosen.ts != ts:  # inexact: go to the exact URI-M, so Memento-Datetime matches the URL
            return redirect(mem.uri_m(base, chosen, raw))
        headers = mem.memento_headers(base, url, found, chosen)
        status = chosen.row["status"] or 0
        if raw or 300 <= status < 400:
            stored = replay.load(self.archive, chosen.row)
            if stored.location:
                return self._redirect_memento(found, chosen, stored, raw, base, headers)
            if raw:
                return self._replay(chosen, stored, headers)
            stored.payload.close()
        response = html_response(pages.render(views.wrapper(self.archive, base, chosen, found)))
        response.headers += headers
        return response

    def _replay(self, chosen: mem.Memento, stored: replay.Stored, headers: list[tuple[str, str]]) -> Response:
        out = replay.replay_headers(stored) + headers
        if chosen.row["truncated"]:
            out.append(("X-Archive-Truncated", str(chosen.row["truncated"])))
        return Response(stored.status, out, stored.payload, reason=stored.reason)

    def _redirect_memento(self, found: list[mem.Memento], chosen: mem.Memento, stored: replay.Stored, raw: bool,
                          base: str, headers: list[tuple[str, str]]) -> Response:
        """A redirect record: to the memento of its target; a redirect to the same URL (SURT) goes to the
        next later capture of it instead, so replay never loops on itself."""
        target = stored.location or ""
        location = f"{base}/web/{chosen.ts}{'id_' if raw else ''}/{mem.link_target(target)}"
        if url_key(target) == url_key(chosen.url):
            later = found[found.index(chosen) + 1:]  # found is in time order
            if not later:
                if raw:
                    return self._replay(chosen, stored, headers)
                stored.payload.close()
                raise HttpError(404, f"{chosen.url} redirected to itself and no later capture exists")
            location = mem.uri_m(base, later[0], raw)
        if not raw:
            stored.payload.close()
            response = redirect(location, stored.status)
            response.headers += headers
            return response
        response = self._replay(chosen, stored, headers)
        return response.set("Location", location)


# -- the server -----------------------------------------------------------------------------------
class _Handler(WSGIRequestHandler):
    quiet = False

    def get_environ(self) -> dict[str, Any]:
        environ = super().get_environ()
        environ["RAW_URI"] = self.path  # the request target as sent: URLs in paths keep their encoding
        return environ

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class _QuietHandler(_Handler):
    quiet = True


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True

    def server_bind(self) -> None:
        # HTTPServer.server_bind would look the address up in DNS (getfqdn); the address is enough.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])
        self.setup_environ()

    @property
    def url(self) -> str:
        host = self.server_name
        return f"http://[{host}]:{self.server_port}/" if ":" in host else f"http://{host}:{self.server_port}/"


class _ThreadingWSGIServer6(ThreadingWSGIServer):
    address_family = socket.AF_INET6


def make_server(
    archive: Archive, host: str = "127.0.0.1", port: int = 8080, quiet: bool = False
) -> ThreadingWSGIServer:
    """A threaded HTTP server for the archive (port 0 picks a free port; see ``server.url``)."""
    server_class = _ThreadingWSGIServer6 if ":" in host else ThreadingWSGIServer
    server = server_class((host, port), _QuietHandler if quiet else _Handler)
    server.set_app(App(archive))
    return server


__all__ = ["App", "ThreadingWSGIServer", "make_server"]
