"""A local t.me for capture tests: a real HTTP server on 127.0.0.1, port 0, serving synthetic pages built
on the markup of real t.me pages (tests/data/telegram/: the feed skeleton of
lifemodel__telegram-test-channel.html, the widget page of ...single-post-embed.html, the landing and
"Contact" pages of sherlock-telegram__tme_channel.html / tme_free.html).

    with TmeMirror() as mirror:
        mirror.add_channel("test_channel", "Test Channel", posts=[
            (1, "2026-01-31T08:35:56+00:00", "hello"),
            (2, "2026-01-31T09:00:00+00:00", "with photo", {"photo": True, "views": 1200}),
        ])
        requests.get(feed_url(mirror.base_url, "test_channel"), timeout=5)

Endpoints (like t.me, the status code rarely tells what happened; read the body):

    /s/<h>                 newest 20 posts, oldest first; a.tme_messages_more[data-before] + <link rel=prev>
    /s/<h>?before=N        the 20 posts with id < N (and <link rel=next> when newer ones exist)
    /s/<h>?after=N         the 20 posts with id > N
    /<h>/<id>?embed=1      the single-post widget page, or the "Post not found" widget (still 200)
    /<h>  (/<h>/<id>)      landing page: channel with a "Preview channel" link, or without when preview=False
    serve_page(path, body) that exact path answers with saved bytes (a real landing page), unless soft-banned
    unknown handle         200 "Telegram: Contact @<h>" page (same as a soft-banned client gets: soft_ban())
    /s/<h>, preview=False  302 to /<h> with an empty body
    /media/<h>/<id>.jpg    deterministic JPEG-ish bytes (image/jpeg); .mp4 likewise (video/mp4)
    /css/..., /js/...      tiny stand-ins for telegram.org assets (the pages link these, never telegram.org)

``mirror.requests`` lists every requested path (with query) in arrival order.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import threading
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_DOWN, Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

PAGE_SIZE = 20
_POST_OPTIONS = frozenset({"views", "photo", "video", "edited", "duration", "author", "forwarded"})
_TAIL_SVG = (
    '<i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" '
    'viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 '
    'L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 '
    'C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path></g></svg></i>'
)


def format_count(n: int) -> str:
    """t.me's abbreviated counts: 950, 2.5K, 826K, 436.6K, 3.71M (rounded down, exact decimals)."""
    if n < 1000:
        return str(n)
    unit, step, places = ("K", 1000, "0.1") if n < 1_000_000 else ("M", 1_000_000, "0.01")
    value = (Decimal(n) / step).quantize(Decimal(places), rounding=ROUND_DOWN).normalize()
    return f"{value:f}{unit}"


def media_body(handle: str, post_id: int, ext: str) -> bytes:
    """The bytes the mirror serves for a post's photo (``jpg``) or video (``mp4``)."""
    digest = hashlib.sha256(f"{handle.lower()}/{post_id}.{ext}".encode()).digest()
    if ext == "mp4":
        return b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + digest * 8
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + digest * 4 + b"\xff\xd9"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


@dataclass
class _Post:
    id: int
    date: str
    text: str
    views: int | None = None
    photo: bool = False
    video: bool = False
    edited: bool = False
    duration: str = "0:42"
    author: str | None = None
    forwarded: tuple[str, str] | None = None  # (name, https://t.me/<handle>/<id>) as "Forwarded from NAME"
    deleted: bool = False


@dataclass
class _Channel:
    handle: str
    title: str
    preview: bool
    description: str
    subscribers: int
    posts: dict[int, _Post] = field(default_factory=dict)

    @property
    def channel_id(self) -> int:
        digest = hashlib.sha256(self.handle.lower().encode()).digest()
        return 1_000_000_000 + int.from_bytes(digest[:4], "big") % 1_000_000_000


class TmeMirror:
    """A local, mutable t.me. Use as a context manager; ``base_url`` is ``http://127.0.0.1:<port>``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._channels: dict[str, _Channel] = {}
        self._soft_banned = False
        self._pages: dict[str, bytes] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.requests: list[str] = []

    # ------------------------------------------------------------------------------ lifecycle

    def __enter__(self) -> TmeMirror:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        handler = type("_BoundHandler", (_Handler,), {"mirror": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="tme-mirror", daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("TmeMirror is not running: use it as a context manager or call start()")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # ------------------------------------------------------------------------------ content

    def add_channel(
        self,
        handle: str,
        title: str,
        posts: list[tuple[Any, ...]] | tuple[tuple[Any, ...], ...] = (),
        preview: bool = True,
        description: str = "",
        subscribers: int = 1234,
    ) -> None:
        """Posts are ``(id, iso_date, text)`` or ``(id, iso_date, text, {views, photo, video, edited,
        duration, author, forwarded: (name, t.me post URL)})``."""
        channel = _Channel(handle, title, preview, description, subscribers)
        for entry in posts:
            post_id, date, text, *rest = entry
            channel.posts[int(post_id)] = _make_post(int(post_id), date, text, rest[0] if rest else {})
        with self._lock:
            self._channels[handle.lower()] = channel

    def add_post(self, handle: str, post_id: int, date: str, text: str, **options: Any) -> None:
        with self._lock:
            self._channel(handle).posts[post_id] = _make_post(post_id, date, text, options)

    def delete_post(self, handle: str, post_id: int) -> None:
        with self._lock:
            self._channel(handle).posts[post_id].deleted = True

    def edit_post(self, handle: str, post_id: int, new_text: str) -> None:
        with self._lock:
            post = self._channel(handle).posts[post_id]
            post.text, post.edited = new_text, True

    def serve_page(self, path: str, body: bytes) -> None:
        """Answer ``path`` (e.g. ``/durov``, a real saved landing page) with ``body``, before any other route."""
        with self._lock:
            self._pages[path] = body

    def soft_ban(self, enabled: bool = True) -> None:
        """Answer every page with the generic "Contact" page, as t.me does for clients it distrusts."""
        with self._lock:
            self._soft_banned = enabled

    def channel_id(self, handle: str) -> int:
        """The numeric id the mirror puts (negated) into ``data-view``'s ``c``."""
        with self._lock:
            return self._channel(handle).channel_id

    def _channel(self, handle: str) -> _Channel:
        return self._channels[handle.lower()]

    # ------------------------------------------------------------------------------ routing

    def _respond(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            self.requests.append(raw_path)
            parts = urlsplit(raw_path)
            query = parse_qs(parts.query)
            segments = [s for s in parts.path.split("/") if s]
            if segments[:1] in (["css"], ["js"]):
                kind = "text/css" if segments[0] == "css" else "application/javascript"
                return 200, {"Content-Type": kind}, b"/* tme mirror stand-in */\n"
            if len(segments) == 3 and segments[0] == "media":
                return self._media(segments[1], segments[2])
            if self._soft_banned:
                return _html(_contact_page(segments[-1] if segments else "telegram", self.base_url))
            if raw_path in self._pages:
                return 200, {"Content-Type": "text/html; charset=utf-8"}, self._pages[raw_path]
            if len(segments) in (2, 3) and segments[0] == "s":
                before = _int(query, "before")
                if len(segments) == 3 and segments[2].isdigit():
                    before = int(segments[2]) + 1
                return self._feed(segments[1], before, _int(query, "after"))
            if len(segments) == 2 and segments[1].isdigit() and "embed" in query:
                return self._embed(segments[0], int(segments[1]))
            if len(segments) in (1, 2):
                channel = self._channels.get(segments[0].lower())
                if channel is None:
                    return _html(_contact_page(segments[0], self.base_url))
                return _html(_landing_page(channel, self.base_url))
            return 404, {"Content-Type": "text/plain"}, b"not found\n"

    def _feed(self, handle: str, before: int | None, after: int | None) -> tuple[int, dict[str, str], bytes]:
        channel = self._channels.get(handle.lower())
        if channel is None:
            return _html(_contact_page(handle, self.base_url))
        if not channel.preview:
            return 302, {"Location": f"/{channel.handle}", "Content-Type": "text/html"}, b""
        visible = sorted(i for i, p in channel.posts.items() if not p.deleted)
        if before is not None:
            ids = [i for i in visible if i < before][-PAGE_SIZE:]
        elif after is not None:
            ids = [i for i in visible if i > after][:PAGE_SIZE]
        else:
            ids = visible[-PAGE_SIZE:]
        older = ids[0] if ids and visible[0] < ids[0] else None
        newer = ids[-1] if ids and visible[-1] > ids[-1] else None
        posts = [channel.posts[i] for i in ids]
        return _html(_feed_page(channel, posts, older, newer, self.base_url))

    def _embed(self, handle: str, post_id: int) -> tuple[int, dict[str, str], bytes]:
        channel = self._channels.get(handle.lower())
        post = channel.posts.get(post_id) if channel else None
        if channel is None or post is None or post.deleted:
            return _html(_widget_page('<div class="tgme_widget_message_error">Post not found</div>'))
        return _html(_widget_page(_message(channel, post, self.base_url, embed=True)))

    def _media(self, handle: str, name: str) -> tuple[int, dict[str, str], bytes]:
        stem, _, ext = name.partition(".")
        channel = self._channels.get(handle.lower())
        if channel is not None and stem == "avatar" and ext == "jpg":
            return 200, {"Content-Type": "image/jpeg"}, media_body(handle, 0, "jpg")
        post = channel.posts.get(int(stem)) if channel is not None and stem.isdigit() else None
        if post is None or post.deleted:
            return 404, {"Content-Type": "text/plain"}, b"not found\n"
        if ext == "jpg" and (post.photo or post.video):
            return 200, {"Content-Type": "image/jpeg"}, media_body(handle, post.id, "jpg")
        if ext == "mp4" and post.video:
            return 200, {"Content-Type": "video/mp4"}, media_body(handle, post.id, "mp4")
        return 404, {"Content-Type": "text/plain"}, b"not found\n"


class _Handler(BaseHTTPRequestHandler):
    mirror: TmeMirror
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._reply(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._reply(with_body=False)

    def _reply(self, with_body: bool) -> None:
        status, headers, body = self.mirror._respond(self.path)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence stderr logging
        pass


def _make_post(post_id: int, date: str, text: str, options: dict[str, Any]) -> _Post:
    unknown = set(options) - _POST_OPTIONS
    if unknown:
        raise TypeError(f"unknown post options {sorted(unknown)}; known: {sorted(_POST_OPTIONS)}")
    datetime.fromisoformat(date)  # fail early on a bad test date
    return _Post(post_id, date, text, **options)


def _int(query: dict[str, list[str]], name: str) -> int | None:
    values = query.get(name) or []
    return int(values[0]) if values and values[0].isdigit() else None


def _html(page: str) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# ---------------------------------------------------------------------------------------- templates


def _message(channel: _Channel, post: _Post, base: str, embed: bool = False) -> str:
    h, i = channel.handle, post.id
    view = json.dumps({"c": -channel.channel_id, "p": i, "t": 1780000000, "h": f"{i:018x}"}, separators=(",", ":"))
    data_view = base64.urlsafe_b64encode(view.encode()).decode().rstrip("=")
    media = ""
    if post.photo:
        media += (
            f'<a class="tgme_widget_message_photo_wrap 5472185817607379080 1274092546_460003464" '
            f"href=\"https://t.me/{h}/{i}\" style=\"width:800px;background-image:url('{base}/media/{h}/{i}.jpg')\">"
            '<div class="tgme_widget_message_photo" style="padding-top:82%"></div></a>'
        )
    if post.video:
        media += (
            f'<a class="tgme_widget_message_video_player js-message_video_player" href="https://t.me/{h}/{i}">'
            f"<i class=\"tgme_widget_message_video_thumb\" "
            f"style=\"background-image:url('{base}/media/{h}/{i}.jpg')\"></i>"
            f'<div class="tgme_widget_message_video_wrap js-message_video_wrap"><video src="{base}/media/{h}/{i}.mp4" '
            'class="tgme_widget_message_video js-message_video" width="100%" height="100%"></video></div>'
            '<div class="message_video_play js-message_video_play"></div>'
            f'<time class="message_video_duration js-message_video_duration">{_e(post.duration)}</time></a>'
        )
    text = ""
    if post.text:
        body = _e(post.text).replace("\n", "<br/>")
        text = f'<div class="tgme_widget_message_text js-message_text" dir="auto">{body}</div>'
    if post.forwarded:
        name, url = post.forwarded
        text = (
            '<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from&nbsp;<a '
            f'class="tgme_widget_message_forwarded_from_name" href="{_e(url)}"><span dir="auto">{_e(name)}</span></a>'
            f"</div>{text}"
        )
    content = text
    if media:
        content = (
            f'<div class="media_supported_cont">{media}{text}</div><div class="media_not_supported_cont">'
            '<div class="message_media_not_supported_wrap"><div class="message_media_not_supported">'
            '<div class="message_media_not_supported_label">Please open Telegram to view this post</div>'
            f'<a href="https://t.me/{h}/{i}" class="message_media_view_in_telegram">VIEW IN TELEGRAM</a>'
            "</div></div></div>"
        )
    views = ""
    if post.views is not None:
        views = (
            f'<span class="tgme_widget_message_views">{format_count(post.views)}</span>'
            '<span class="copyonly"> views</span>'
        )
    signature = ""
    if post.author:
        signature = f'<span class="tgme_widget_message_from_author" dir="auto">{_e(post.author)}</span>,&nbsp;'
    edited = "edited &nbsp;" if post.edited else ""
    clock = datetime.fromisoformat(post.date).strftime("%H:%M")
    link = (
        f'<div class="tgme_widget_message_link accent_color"><a href="https://t.me/{h}/{i}" class="link_anchor '
        f'flex_ellipsis"><span class="ellipsis">t.me/{h}</span>/{i}</a></div>'
        if embed
        else ""
    )
    wrap_open, wrap_close = ("", "")
    if not embed:
        wrap_open, wrap_close = '<div class="tgme_widget_message_wrap js-widget_message_wrap">', "</div>"
    return (
        f'{wrap_open}<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{h}/{i}" '
        f'data-view="{data_view}">\n'
        f'  <div class="tgme_widget_message_user"><a href="https://t.me/{h}"><i class="tgme_widget_message_user_photo '
        f'bgcolor6" data-content="{_e(channel.title[:1])}"><img src="{base}/media/{h}/avatar.jpg"></i></a></div>\n'
        f'  <div class="tgme_widget_message_bubble">\n    {_TAIL_SVG}\n'
        f'    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" '
        f'href="https://t.me/{h}"><span dir="auto">{_e(channel.title)}</span></a></div>\n'
        f"{content}\n"
        '<div class="tgme_widget_message_reactions js-message_reactions"></div>'
        f'<div class="tgme_widget_message_footer compact js-message_footer">\n  {link}\n'
        f'  <div class="tgme_widget_message_info short js-message_info">\n    {views}'
        f'<span class="tgme_widget_message_meta">{signature}{edited}<a class="tgme_widget_message_date" '
        f'href="https://t.me/{h}/{i}"><time datetime="{_e(post.date)}" class="time">{clock}</time></a></span>\n'
        "  </div>\n</div>\n  </div>\n</div>" + wrap_close
    )


def _feed_page(channel: _Channel, posts: list[_Post], older: int | None, newer: int | None, base: str) -> str:
    h, title = channel.handle, _e(channel.title)
    links = ""
    if older is not None:
        links += f'<link rel="prev" href="/s/{h}?before={older}">\n'
    if newer is not None:
        links += f'<link rel="next" href="/s/{h}?after={newer}">\n'
    more_older = (
        f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{h}?before={older}" '
        f'class="tme_messages_more js-messages_more" data-before="{older}"></a></div>'
        if older is not None
        else ""
    )
    more_newer = (
        f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{h}?after={newer}" '
        f'class="tme_messages_more js-messages_more" data-after="{newer}"></a></div>'
        if newer is not None
        else ""
    )
    description = _e(channel.description).replace("\n", "<br/>")
    counter = format_count(channel.subscribers)
    avatar = (
        f'<i class="tgme_page_photo_image bgcolor6" data-content="{_e(channel.title[:1])}">'
        f'<img src="{base}/media/{h}/avatar.jpg"></i>'
    )
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{title} – Telegram</title>
<meta property="og:title" content="{title}">
<meta property="og:image" content="{base}/media/{h}/avatar.jpg">
<meta property="og:site_name" content="Telegram">
<meta property="og:description" content="{_e(channel.description)}">
<meta property="al:android:url" content="tg://resolve?domain={h}">
    {links}<link rel="canonical" href="/s/{h}">
    <link href="/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="/css/widget-frame.css?73" rel="stylesheet" media="screen">
    <link href="/css/telegram-web.css?39" rel="stylesheet" media="screen">
  </head>
  <body class="widget_frame_base tgme_webpreview emoji_image thin_box_shadow tme_mode no_transitions">
    <header class="tgme_header search_collapsed">
  <div class="tgme_container">
    <div class="tgme_header_search"><form class="tgme_header_search_form" action="/s/{h}">
      <input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" autocomplete="off" value="" />
    </form></div>
    <div class="tgme_header_right_column">
      <section class="tgme_right_column">
        <div class="tgme_channel_info">
          <div class="tgme_channel_info_header">
            {avatar}
            <div class="tgme_channel_info_header_title_wrap">
              <div class="tgme_channel_info_header_title"><span dir="auto">{title}</span></div>
              <div class="tgme_channel_info_header_labels"></div>
            </div>
            <div class="tgme_channel_info_header_username"><a href="https://t.me/{h}">@{h}</a></div>
          </div>
          <div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">{counter}</span> <span class="counter_type">subscribers</span></div></div>
          <div class="tgme_channel_info_description">{description}</div>
        </div>
      </section>
    </div>
    <div class="tgme_header_info">
      <a class="tgme_header_link" href="https://t.me/{h}">{avatar}
        <div class="tgme_header_title_wrap"><div class="tgme_header_title"><span dir="auto">{title}</span></div></div>
        <div class="tgme_header_counter">{counter} subscribers</div>
      </a>
    </div>
  </div>
</header>
<main class="tgme_main" data-url="/{h}">
  <div class="tgme_container">
    <section class="tgme_channel_history js-message_history">
      {more_older}
{"".join(_message(channel, p, base) for p in posts)}
      {more_newer}
    </section>
  </div>
</main>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/telegram-web.js?14"></script>
  </body>
</html>
<!-- page generated in 1.00ms -->
"""  # noqa: E501 (markup as t.me serves it)


def _widget_page(inner: str) -> str:
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Telegram Widget</title>
    <base target="_blank">
    <meta name="robots" content="noindex, nofollow" />
    <link href="/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="/css/widget-frame.css?73" rel="stylesheet" media="screen">
  </head>
  <body class="widget_frame_base tgme_widget body_widget_post emoji_image nodark">
    {inner}
    <script src="/js/widget-frame.js?66"></script>
    <script>TWidgetPost.init();</script>
  </body>
</html>
<!-- page generated in 1.00ms -->
"""


def _tgme_page(title: str, og_title: str, og_image: str, og_description: str, inner: str) -> str:
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{title}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta property="og:title" content="{og_title}">
<meta property="og:image" content="{og_image}">
<meta property="og:site_name" content="Telegram">
<meta property="og:description" content="{og_description}">
    <link href="/css/bootstrap.min.css?3" rel="stylesheet">
    <link href="/css/telegram.css?254" rel="stylesheet" media="screen">
  </head>
  <body class="no_transition">
    <div class="tgme_page_wrap">
      <div class="tgme_head_wrap"><div class="tgme_head"><a href="/" class="tgme_head_brand"></a></div></div>
      <div class="tgme_body_wrap">
        <div class="tgme_page">
{inner}
        </div>
      </div>
    </div>
  </body>
</html>
<!-- page generated in 1.00ms -->
"""


def _landing_page(channel: _Channel, base: str) -> str:
    h, title = channel.handle, _e(channel.title)
    preview = (
        f'<div class="tgme_page_context_link_wrap">'
        f'<a class="tgme_page_context_link" href="/s/{h}">Preview channel</a></div>'
        if channel.preview
        else ""
    )
    description = _e(channel.description).replace("\n", "<br/>")
    inner = f"""          <div class="tgme_page_photo">
  <a href="tg://resolve?domain={h}"><img class="tgme_page_photo_image" src="{base}/media/{h}/avatar.jpg"></a>
</div>
<div class="tgme_page_title" dir="auto">
  <span dir="auto">{title}</span>
</div>
<div class="tgme_page_extra">{_thousands(channel.subscribers)} subscribers</div>
<div class="tgme_page_description" dir="auto">{description}</div>
<div class="tgme_page_action">
  <a class="tgme_action_button_new shine" href="tg://resolve?domain={h}">View in Telegram</a>
</div>
<!-- WEBOGRAM_BTN -->
{preview}
<div class="tgme_page_additional">
  If you have <strong>Telegram</strong>, you can view and join <br><strong>{title}</strong> right away.
</div>"""
    return _tgme_page(f"Telegram: View @{h}", title, f"{base}/media/{h}/avatar.jpg", _e(channel.description), inner)


def _contact_page(handle: str, base: str) -> str:
    h = _e(handle)
    inner = f"""          <div class="tgme_page_icon">
  <i class="tgme_icon_user"></i>
</div>
<div class="tgme_page_description">
  If you have <strong>Telegram</strong>, you can contact <a class="tgme_username_link" href="tg://resolve?domain={h}">@{h}</a> right away.
</div>
<div class="tgme_page_action">
  <a class="tgme_action_button_new" href="tg://resolve?domain={h}">Send Message</a>
</div>"""  # noqa: E501 (markup as t.me serves it)
    # t.me's og:image is telegram.org/img/t_logo_2x.png; pointed at the mirror so nothing leaves the machine.
    return _tgme_page(f"Telegram: Contact @{h}", f"Telegram: Contact @{h}", f"{base}/img/t_logo_2x.png", "", inner)
