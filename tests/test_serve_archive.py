"""The archive the serve tests (and the browser and pywb tests) run against, filled once per module.

Captures are made through the library with a stepping clock, so each has a known time:
  /serve/page      T1 (version 1, cited by the article), T2 (same bytes: a revisit), T3 (version 2)
  /serve/hostile   a page titled <script>alert(1)</script>, with a hostile header
  /gzip            a gzip-encoded body (stored encoded)
  /redirect/1      a redirect hop to /html
  t.me             the article's t.me/milchronicles/5 (embed page + photo) and the channel's feed
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from archiver.archive import Archive
from archiver.capture.telegram import parse_telegram_ref
from archiver.flow.capture import capture_url
from archiver.flow.ingest import ingest
from archiver.flow.telegram import capture_telegram
from archiver.index.keys import url_key
from archiver.serve.app import ThreadingWSGIServer, make_server
from archiver.settings import Settings, load_settings
from archiver.warc.provenance import Reason
from tests.servers import HTML_TYPE, OriginServer, Response
from tests.tme_mirror import TmeMirror

T1 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
T2 = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)
T3 = datetime(2026, 1, 20, 12, 0, tzinfo=UTC)
T4 = datetime(2026, 1, 25, 12, 0, tzinfo=UTC)

PAGE_V1 = (b"<!DOCTYPE html><html><head><title>Statement v1</title></head>"
           b"<body><p>The bridge is closed.</p></body></html>\n")
PAGE_V2 = (b"<!DOCTYPE html><html><head><title>Statement v2</title></head>"
           b"<body><p>The bridge is open.</p></body></html>\n")
PAGE_HEADERS = (
    ("Content-Type", HTML_TYPE),
    ("Set-Cookie", "session=captured; Path=/"),
    ("X-Frame-Options", "DENY"),
    ("Strict-Transport-Security", "max-age=31536000"),
    ("Link", "</style.css>; rel=preload"),
    ("Cache-Control", "max-age=60"),
)
HOSTILE = (b"<!DOCTYPE html><html><head><title><script>alert(1)</script></title></head>"
           b"<body><script>parent.document.body.innerHTML='owned'</script><img src=x onerror=alert(2)></body></html>\n")
QUOTE = "the bridge is closed until further notice"
POST_TEXT = "Convoy spotted near the bridge"
HOSTILE_POST = "<script>alert(4)</script> & <b>bold</b>"


class StepClock:
    """Now, advancing 1 ms a call; set() jumps to a moment."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def set(self, moment: datetime) -> None:
        self.now = moment

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now


@dataclass
class Filled:
    settings: Settings
    origin: OriginServer
    mirror: TmeMirror
    article: Path
    article_sha256: str
    page: str
    hostile: str
    gzip: str
    redirect: str

    def archive(self) -> Archive:
        return Archive(self.settings)


def article_text(origin: OriginServer) -> str:
    return (
        "<script>alert(1)</script> Bridge story\n\n"
        f"The ministry said {QUOTE} in a statement ({origin.url('/serve/page')}).\n"
        "Screenshot from the Telegram channel \"Military Chronicles\" (t.me/milchronicles/5).\n"
        f"A hostile page was also cited ({origin.url('/serve/hostile')}).\n"
    )


def fill(root: Path, origin: OriginServer, mirror: TmeMirror) -> Filled:
    origin.set_route("/serve/page", Response(200, PAGE_V1, PAGE_HEADERS))
    origin.set_route("/serve/hostile", Response(200, HOSTILE, (("Content-Type", HTML_TYPE),
                                                              ("X-Note", "<script>alert(3)</script>"))))
    mirror.add_channel("milchronicles", "Military Chronicles <i>", posts=[
        (3, "2025-12-30T10:00:00+00:00", HOSTILE_POST),
        (4, "2025-12-31T10:00:00+00:00", "to be deleted"),
        (5, "2026-01-01T08:00:00+00:00", POST_TEXT, {"photo": True, "views": 3710000}),
        (6, "2026-01-01T09:00:00+00:00", "first wording"),
    ])
    mirror.edit_post("milchronicles", 6, "second wording")
    mirror.delete_post("milchronicles", 4)
    settings = load_settings({
        "archive": str(root / "archive"), "allow_private": True, "host_delay": 0, "telegram_url": mirror.base_url,
        "telegram_delay": 0, "telegram_backoff": 0,
    }, environ={})
    article = root / "story.txt"
    article.write_text(article_text(origin), encoding="utf-8")
    clock = StepClock(T1)
    with Archive(settings, clock=clock) as archive:
        [summary] = list(ingest(archive, [str(article)], "test ingest"))
        assert summary.failed == 0 and summary.captured == 3, summary
        clock.set(T2)
        assert capture_url(archive, origin.url("/serve/page"), Reason("test")).revisit
        clock.set(T3)
        origin.set_route("/serve/page", Response(200, PAGE_V2, PAGE_HEADERS))
        assert not capture_url(archive, origin.url("/serve/page"), Reason("test")).revisit
        clock.set(T4)
        for path in ("/gzip", "/redirect/1"):
            assert capture_url(archive, origin.url(path), Reason("test")).ok
        outcome = capture_telegram(archive, parse_telegram_ref("@milchronicles"), Reason("telegram"), max_pages=1)
        assert outcome.ok, outcome.errors
    return Filled(settings, origin, mirror, article, summary.sha256 or "", origin.url("/serve/page"),
                  origin.url("/serve/hostile"), origin.url("/gzip"), origin.url("/redirect/1"))


def filled_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    """For a module-scoped fixture: the filled archive, its origin server and t.me mirror still running."""
    with OriginServer() as origin, TmeMirror() as mirror:
        yield fill(tmp_path_factory.mktemp("serve"), origin, mirror)


class Served:
    """archiver serve on 127.0.0.1:0 in a thread."""

    def __init__(self, settings: Settings) -> None:
        self.archive = Archive(settings)
        self.server: ThreadingWSGIServer = make_server(self.archive, "127.0.0.1", 0, quiet=True)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        self.base = self.server.url.rstrip("/")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
        self.archive.close()


def serving(settings: Settings) -> Iterator[Served]:
    """For a module-scoped fixture: the archive served on 127.0.0.1:0."""
    server = Served(settings)
    try:
        yield server
    finally:
        server.close()


def test_the_filled_archive_has_what_the_serve_tests_expect(filled: Filled) -> None:
    with filled.archive() as archive:
        rows = archive.index.captures_by_surt(url_key(filled.page))
        kinds = [(row["record_type"], row["captured_at"][:10]) for row in reversed(rows)]
        posts: list[dict[str, Any]] = archive.index.query("SELECT post_id, edited, deleted FROM telegram_posts")
    assert kinds == [("response", "2026-01-01"), ("revisit", "2026-01-10"), ("response", "2026-01-20")]
    assert {(p["post_id"], p["edited"], p["deleted"]) for p in posts} >= {(5, 0, 0), (6, 1, 0)}


@dataclass
class Answer:
    status: int
    headers: Any  # http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> Answer:
    """One request, no redirects followed, the body as sent (no decoding)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        connection.request(method, parts.path + (f"?{parts.query}" if parts.query else ""), headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()
