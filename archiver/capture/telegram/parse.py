"""Parse a saved t.me page (feed, embedded post, landing page) into a ``FeedPage``.

Which kind of page it is comes from markers in the body, never from the HTTP status (t.me answers 200
for names that do not exist and for deleted posts):

=========  ======================================================================================
feed       ``section.tgme_channel_history`` (``t.me/s/<channel>``)
embed      ``body.tgme_widget`` / ``body_widget_post`` or ``div.tgme_widget_message_error``
           (``t.me/<channel>/<id>?embed=1``; "Post not found" -> a ``Post`` with ``deleted=True``)
landing    ``div.tgme_page`` with a ``tgme_page_title`` (``t.me/<name>``)
not_found  ``div.tgme_page`` with ``i.tgme_icon_user`` and no ``tgme_page_title`` ("Telegram: Contact @x")
unknown    none of these (empty body, foreign page)
=========  ======================================================================================

Missing or reordered markup never raises: the result is partial and ``warnings`` says what was odd.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup

from .markup import attr, decode, has_class, make_soup, plain_text
from .model import ChannelInfo, FeedPage, Post
from .parse_channel import channel_from_feed, channel_from_landing, channel_from_message, not_found_channel
from .parse_post import parse_message
from .urls import TelegramRef, parse_telegram_ref, post_url

__all__ = ["iter_posts", "parse_page"]

INTERNAL_ERROR = "internal parser error"
_VERSION_RE = re.compile(
    r"/(widget-frame\.css|telegram-web\.css|telegram\.css|widget-frame\.js|telegram-web\.js)\?([\w.\-]+)"
)
_MESSAGE_SELECTOR = ".tgme_widget_message[data-post]"


def parse_page(html: str | bytes, url: str) -> FeedPage:
    """Parse one t.me page fetched from ``url`` (the URL says which handle/post was asked for)."""
    warnings: list[str] = []
    try:
        return _parse(decode(html), url, warnings)
    except Exception as exc:  # noqa: BLE001 - last resort: never raise on markup; record it instead
        warnings.append(f"{INTERNAL_ERROR}: {type(exc).__name__}: {exc}")
        return FeedPage(kind="unknown", url=url, warnings=tuple(warnings))


def iter_posts(html: str | bytes, url: str) -> Iterator[Post]:
    """The posts of a feed or embed page, in page order (oldest first on a feed page)."""
    yield from parse_page(html, url).posts


def _parse(text: str, url: str, warnings: list[str]) -> FeedPage:
    if not text.strip():
        warnings.append("empty body")
        return FeedPage(kind="unknown", url=url, warnings=tuple(warnings))
    soup = make_soup(text)
    ref = _url_ref(url)
    handle = ref.handle if ref else None
    kind = _detect(soup, url, warnings)
    version = _markup_version(soup)
    if version is None and kind != "unknown":
        warnings.append("no telegram.org css/js version found (markup_version unknown)")

    channel: ChannelInfo | None = None
    posts: tuple[Post, ...] = ()
    before = after = None
    if kind in ("feed", "embed"):
        posts = _posts(soup, warnings)
        first_handle = posts[0].channel if posts else handle
        if kind == "feed":
            channel = channel_from_feed(soup, first_handle, warnings)
            before, after = _cursors(soup, posts, warnings)
            if not posts:
                warnings.append("feed page has no posts")
        else:
            message = soup.select_one(_MESSAGE_SELECTOR)
            if message is not None:
                channel = channel_from_message(message, first_handle)
            else:
                posts = _deleted_post(soup, ref, warnings)
    elif kind == "landing":
        channel = channel_from_landing(soup, handle, warnings)
    elif kind == "not_found":
        channel = not_found_channel(soup, handle)
    return FeedPage(
        kind=kind,
        url=url,
        channel=channel,
        posts=posts,
        before=before,
        after=after,
        markup_version=version,
        warnings=tuple(warnings),
    )


def _url_ref(url: str) -> TelegramRef | None:
    """What the URL asked for; for a non-t.me base (a mirror, an archive replay) read its path like t.me's."""
    ref = parse_telegram_ref(url)
    if ref is None and "://" in url:
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        ref = parse_telegram_ref(f"https://t.me{parts.path}")
    return ref


def _detect(soup: BeautifulSoup, url: str, warnings: list[str]) -> str:
    body = soup.body
    if soup.select_one(".tgme_channel_history") is not None:
        return "feed"
    if (body is not None and has_class(body, "tgme_widget", "body_widget_post")) or soup.select_one(
        ".tgme_widget_message_error"
    ) is not None:
        return "embed"
    if soup.select_one(".tgme_page, .tgme_page_title, .tgme_icon_user") is not None:
        if soup.select_one(".tgme_page_title") is not None:
            return "landing"
        if soup.select_one(".tgme_icon_user") is not None:
            return "not_found"
        warnings.append("tgme_page without title or user icon: kind unknown")
        return "unknown"
    if soup.select_one(_MESSAGE_SELECTOR) is not None:
        kind = "feed" if "/s/" in (urlsplit(url).path if "://" in url else url) else "embed"
        warnings.append(f"messages without feed/widget container; guessed {kind} from the URL")
        return kind
    warnings.append("no known t.me markers in the body")
    return "unknown"


def _posts(soup: BeautifulSoup, warnings: list[str]) -> tuple[Post, ...]:
    posts: list[Post] = []
    seen: set[tuple[str, int]] = set()
    for message in soup.select(".tgme_widget_message"):
        if attr(message, "data-post") is None and not message.select_one(".tgme_widget_message_bubble"):
            continue  # e.g. a bare error/centered wrapper, not a message block
        post = parse_message(message, warnings)
        if post is None:
            continue
        key = (post.channel.lower(), post.id)
        if key in seen:
            warnings.append(f"post {post.channel}/{post.id} appears twice; kept the first")
            continue
        seen.add(key)
        posts.append(post)
    return tuple(posts)


def _deleted_post(soup: BeautifulSoup, ref: TelegramRef | None, warnings: list[str]) -> tuple[Post, ...]:
    error = soup.select_one(".tgme_widget_message_error")
    message = plain_text(error) if error is not None else ""
    if error is None:
        warnings.append("widget page without a message or an error")
        return ()
    if message.lower() != "post not found":
        warnings.append(f"widget error {message!r} (expected 'Post not found')")
    if ref is None or ref.post_id is None:
        warnings.append("'Post not found' but the URL names no post: nothing to record")
        return ()
    return (Post(channel=ref.handle, id=ref.post_id, url=post_url(ref.handle, ref.post_id), deleted=True),)


def _cursors(
    soup: BeautifulSoup, posts: tuple[Post, ...], warnings: list[str]
) -> tuple[int | None, int | None]:
    before = _int(attr(soup.select_one("a.tme_messages_more[data-before]"), "data-before"))
    prev_before = _query_int(attr(soup.select_one('link[rel~="prev"]'), "href"), "before")
    if before is None:
        before = prev_before
    elif prev_before is not None and prev_before != before:
        warnings.append(f"older-page cursors disagree: data-before={before}, rel=prev before={prev_before}")
    after = _int(attr(soup.select_one("a.tme_messages_more[data-after]"), "data-after"))
    if after is None:
        after = _query_int(attr(soup.select_one('link[rel~="next"]'), "href"), "after")
    if before is not None and posts and before > min(p.id for p in posts):
        warnings.append(f"older-page cursor {before} is above the oldest post id {min(p.id for p in posts)}")
    return before, after


def _markup_version(soup: BeautifulSoup) -> str | None:
    seen: list[str] = []
    for el in soup.select("link[href], script[src]"):
        match = _VERSION_RE.search(attr(el, "href") or attr(el, "src") or "")
        if match:
            version = f"{match.group(1)}?{match.group(2)}"
            if version not in seen:
                seen.append(version)
    return " ".join(seen) or None


def _int(value: str | None) -> int | None:
    if value is None or not re.fullmatch(r"[0-9]{1,18}", value.strip()):
        return None
    return int(value.strip())


def _query_int(href: str | None, name: str) -> int | None:
    if not href:
        return None
    try:
        values = parse_qs(urlsplit(href).query).get(name) or []
    except ValueError:
        return None
    return _int(values[0]) if values else None
