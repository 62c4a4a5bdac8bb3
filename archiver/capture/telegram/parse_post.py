"""One ``div.tgme_widget_message`` -> ``Post``.

Everything is read from the message's *own* markup: reply quotes (``a.tgme_widget_message_reply``) and
link previews carry their own author/text copies, and the hidden "Please open Telegram" fallback carries
"VIEW IN TELEGRAM" links; those are skipped. Anomalies go to the ``warnings`` list, never raise.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from urllib.parse import urljoin

from bs4 import Tag

from .markup import attr, has_class, inner_html, iso_utc, own, parse_count, plain_text, text_or_none
from .model import ForwardedFrom, Post
from .parse_media import parse_media
from .urls import parse_telegram_ref, post_url

__all__ = ["parse_data_post", "parse_message"]

TEXT = "tgme_widget_message_text"
REPLY = "tgme_widget_message_reply"
LINK_PREVIEW = "tgme_widget_message_link_preview"
NOT_SUPPORTED = "message_media_not_supported"
# Containers whose contents are not the message's own text/metadata.
QUOTED = (REPLY, LINK_PREVIEW, NOT_SUPPORTED, "message_media_not_supported_wrap")

_DATA_POST_RE = re.compile(r"^\s*([^/\s]+)/([0-9]{1,18})\s*$")
_EDITED_RE = re.compile(r"\bedited\b", re.IGNORECASE)
_SINGLE_RE = re.compile(r"/([0-9]{1,18})\?single\b")
_FORWARDED_PREFIX_RE = re.compile(r"^\s*forwarded from\s*", re.IGNORECASE)


def parse_data_post(value: str | None) -> tuple[str, int] | None:
    """``"durov/505"`` -> ``("durov", 505)``."""
    match = _DATA_POST_RE.match(value or "")
    if not match:
        return None
    return match.group(1), int(match.group(2))


def parse_message(msg: Tag, warnings: list[str]) -> Post | None:
    """Parse one message block; ``None`` (with a warning) when it has no usable ``data-post``."""
    ident = parse_data_post(attr(msg, "data-post"))
    if ident is None:
        warnings.append(f"message without a usable data-post ({attr(msg, 'data-post')!r}): skipped")
        return None
    channel, post_id = ident
    where = f"post {channel}/{post_id}"
    bubble = msg.select_one(".tgme_widget_message_bubble") or msg

    text_el = _own_text(bubble, where, warnings)
    text = plain_text(text_el)
    media = parse_media(bubble, QUOTED)
    date = _date(bubble, where, warnings)
    views = _views(bubble, where, warnings)
    has_fallback = bubble.select_one("." + NOT_SUPPORTED) is not None
    unsupported = has_fallback and not text and not media
    if not has_fallback and not text and not media and not has_class(msg, "service_message"):
        warnings.append(f"{where}: no text and no media found")

    return Post(
        channel=channel,
        id=post_id,
        url=post_url(channel, post_id),
        date=date,
        text=text,
        html=inner_html(text_el),
        views=views,
        edited=_edited(bubble),
        author=text_or_none(next(own(bubble, ".tgme_widget_message_from_author", QUOTED), None)),
        forwarded_from=_forwarded(bubble),
        reply_to=_reply_to(bubble),
        media=media,
        links=_links(text_el, channel),
        album=_album(bubble),
        deleted=False,
        channel_id=_channel_id(attr(msg, "data-view"), where, warnings),
        unsupported=unsupported,
    )


def _own_text(bubble: Tag, where: str, warnings: list[str]) -> Tag | None:
    """The bubble's own text block: outermost ``.tgme_widget_message_text`` outside quotes, with the
    duplicate nesting (a text div whose only content is another text div) unwrapped."""
    candidates = list(own(bubble, "." + TEXT, QUOTED))
    outermost = [c for c in candidates if not any(c is not o and c in o.parents for o in candidates)]
    if not outermost:
        return None
    if len(outermost) > 1:
        warnings.append(f"{where}: {len(outermost)} separate text blocks; using the first")
    el = outermost[0]
    while True:
        inner = [c for c in el.children if isinstance(c, Tag)]
        loose = "".join(str(c) for c in el.children if not isinstance(c, Tag)).strip()
        if len(inner) == 1 and not loose and has_class(inner[0], TEXT):
            el = inner[0]
            continue
        return el


def _date(bubble: Tag, where: str, warnings: list[str]) -> str | None:
    # Only the date link's <time>: video posts have a duration <time> earlier in the markup.
    time_el = next(own(bubble, "a.tgme_widget_message_date time[datetime]", QUOTED), None)
    if time_el is None:
        warnings.append(f"{where}: no date (a.tgme_widget_message_date > time[datetime])")
        return None
    raw = attr(time_el, "datetime")
    date = iso_utc(raw)
    if date is None:
        warnings.append(f"{where}: unparseable datetime {raw!r}")
    return date


def _views(bubble: Tag, where: str, warnings: list[str]) -> int | None:
    el = next(own(bubble, ".tgme_widget_message_views", QUOTED), None)
    if el is None:
        return None
    raw = el.get_text().strip()
    views = parse_count(raw)
    if views is None:
        warnings.append(f"{where}: unparseable views {raw!r}")
    return views


def _edited(bubble: Tag) -> bool:
    for meta in own(bubble, ".tgme_widget_message_meta", QUOTED):
        # Only the meta's own words: the signature and the date are child elements.
        loose = " ".join(str(c) for c in meta.children if not isinstance(c, Tag))
        if _EDITED_RE.search(loose):
            return True
        if any(_EDITED_RE.search(" ".join(c.get("class") or [])) for c in meta.find_all(True)):
            return True
    return False


def _forwarded(bubble: Tag) -> ForwardedFrom | None:
    box = next(own(bubble, ".tgme_widget_message_forwarded_from", QUOTED), None)
    if box is None:
        return None
    name_el = box.select_one(".tgme_widget_message_forwarded_from_name")
    if name_el is not None:
        name = plain_text(name_el)
        href = attr(name_el, "href") if name_el.name == "a" else None
    else:
        name = _FORWARDED_PREFIX_RE.sub("", plain_text(box))
        href = None
    if not name:
        return None
    return ForwardedFrom(name=name, url=urljoin("https://t.me/", href) if href else None)


def _reply_to(bubble: Tag) -> str | None:
    reply = bubble.select_one("a." + REPLY)
    href = attr(reply, "href")
    if not href:
        return None
    absolute = urljoin("https://t.me/", href)
    ref = parse_telegram_ref(absolute)
    if ref is not None and ref.post_id is not None:
        return post_url(ref.handle, ref.post_id)
    return absolute


def _links(text_el: Tag | None, channel: str) -> tuple[str, ...]:
    if text_el is None:
        return ()
    base = f"https://t.me/s/{channel}"
    links: list[str] = []
    for a in text_el.find_all("a", href=True):
        href = attr(a, "href")
        if not href or href.startswith(("javascript:", "#")):
            continue
        url = urljoin(base, href.strip())
        if url not in links:
            links.append(url)
    return tuple(links)


def _album(bubble: Tag) -> tuple[int, ...]:
    ids: list[int] = []
    for group in own(bubble, ".tgme_widget_message_grouped_wrap", QUOTED):
        for a in group.find_all("a", href=True):
            match = _SINGLE_RE.search(attr(a, "href") or "")
            if match and int(match.group(1)) not in ids:
                ids.append(int(match.group(1)))
    return tuple(ids)


def _channel_id(data_view: str | None, where: str, warnings: list[str]) -> int | None:
    """``data-view`` is base64url JSON; its ``c`` is the numeric channel id (kept as given)."""
    if not data_view:
        return None
    try:
        raw = base64.urlsafe_b64decode(data_view + "=" * (-len(data_view) % 4))
        value = json.loads(raw).get("c")
    except (binascii.Error, ValueError, UnicodeDecodeError, AttributeError):
        value = None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,20}", value):
        return int(value)
    warnings.append(f"{where}: data-view not decodable, channel_id unknown")
    return None
