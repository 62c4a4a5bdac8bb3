"""Who a page is about -> ``ChannelInfo``: from a landing page (``t.me/<name>``), from the header of a
feed page (``t.me/s/<name>``), or from the owner line of an embedded post.

Landing-page kinds are told apart by markers, never by status code:

=========  =====================================================================================
channel    "Preview channel" link (``has_preview=True``) or a "subscribers" count (False without it)
group      "N members, M online"
bot        "Start Bot" button or "monthly users" count
user       "Send Message" button with a ``tgme_page_title``
not_found  "Send Message" with ``i.tgme_icon_user`` and no ``tgme_page_title`` ("Telegram: Contact @x")
=========  =====================================================================================
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag

from .markup import attr, parse_count, plain_text, text_or_none
from .model import ChannelInfo
from .urls import is_valid_handle

__all__ = ["channel_from_feed", "channel_from_landing", "channel_from_message", "not_found_channel"]

_AT_HANDLE_RE = re.compile(r"^\s*@([A-Za-z0-9_]{1,64})\s*$")
_COUNT_RE = re.compile(
    r"([0-9][0-9\s\u00a0\u202f\u2009.,]*[KMB]?)\s*(subscribers?|members?|monthly users?|users?)",
    re.IGNORECASE,
)


def channel_from_landing(soup: BeautifulSoup, handle: str | None, warnings: list[str]) -> ChannelInfo:
    page = soup.select_one(".tgme_page") or soup
    title_el = page.select_one(".tgme_page_title")
    extras = [plain_text(e) for e in page.select(".tgme_page_extra")]
    actions = " ".join(plain_text(a) for a in page.select(".tgme_page_action a, a.tgme_action_button_new"))
    preview_link = _preview_link(page)
    counts = {word: n for word, n in (_count(e) for e in extras) if n is not None}

    if preview_link or any(w.startswith("subscriber") for w in counts):
        kind = "channel"
    elif any(w.startswith("member") for w in counts) or any("online" in e.lower() for e in extras):
        kind = "group"
    elif "start bot" in actions.lower() or any(w.startswith("monthly user") for w in counts):
        kind = "bot"
    elif "send message" in actions.lower():
        kind = "user"
    else:
        kind = "channel"
        warnings.append("landing page has no channel/group/user/bot marker; assumed channel")

    subscribers = None
    for word, number in counts.items():
        if (kind, word.rstrip("s")) in (
            ("channel", "subscriber"),
            ("channel", "member"),  # channel pages said "members" before 2023
            ("group", "member"),
            ("bot", "monthly user"),
            ("bot", "user"),
        ):
            subscribers = number
    has_preview: bool | None = None
    if kind == "channel":
        has_preview = preview_link
    elif kind == "group":
        has_preview = False

    username = _username_from_extras(extras) or _resolve_domain(page) or handle
    return ChannelInfo(
        kind=kind,
        username=username,
        title=_title(title_el),
        description=text_or_none(page.select_one(".tgme_page_description")),
        subscribers=subscribers,
        verified=page.select_one(".tgme_page_title .verified-icon, .tgme_page_title .verified") is not None,
        has_preview=has_preview,
        photo=attr(page.select_one("img.tgme_page_photo_image"), "src"),
    )


def not_found_channel(soup: BeautifulSoup, handle: str | None) -> ChannelInfo:
    link = soup.select_one(".tgme_username_link")
    username = _username_from_extras([plain_text(link)]) if link is not None else None
    return ChannelInfo(kind="not_found", username=username or _resolve_domain(soup) or handle)


def channel_from_feed(soup: BeautifulSoup, handle: str | None, warnings: list[str]) -> ChannelInfo:
    info = soup.select_one(".tgme_channel_info")
    if info is None:
        warnings.append("feed page without .tgme_channel_info header")
        info = soup
    title = text_or_none(info.select_one(".tgme_channel_info_header_title")) or _og(soup, "og:title")
    username_el = info.select_one(".tgme_channel_info_header_username")
    username = _username_from_extras([plain_text(username_el)]) if username_el is not None else None
    subscribers = None
    for counter in info.select(".tgme_channel_info_counter"):
        kind = plain_text(counter.select_one(".counter_type")).lower()
        if kind.startswith(("subscriber", "member")):
            subscribers = parse_count(plain_text(counter.select_one(".counter_value")))
    photo = attr(info.select_one(".tgme_channel_info_header .tgme_page_photo_image img"), "src")
    return ChannelInfo(
        kind="channel",
        username=username or handle,
        title=title,
        description=text_or_none(info.select_one(".tgme_channel_info_description")),
        subscribers=subscribers,
        verified=info.select_one(".tgme_channel_info_header_labels .verified-icon") is not None,
        has_preview=True,
        photo=photo or _og(soup, "og:image"),
    )


def channel_from_message(msg: Tag, handle: str | None) -> ChannelInfo:
    """What an embedded post says about its channel (owner name, verified mark, avatar)."""
    owner = msg.select_one(".tgme_widget_message_owner_name")
    labels = msg.select_one(".tgme_widget_message_owner_labels")
    return ChannelInfo(
        kind="channel",
        username=handle,
        title=text_or_none(owner),
        verified=labels is not None and labels.select_one(".verified-icon") is not None,
        has_preview=None,
        photo=attr(msg.select_one(".tgme_widget_message_user_photo img"), "src"),
    )


def _title(el: Tag | None) -> str | None:
    if el is None:
        return None
    span = el.select_one("span[dir]")
    if span is not None:
        return text_or_none(span)
    # No span: the whole title minus the verified mark's " ✔".
    text = plain_text(el).rstrip(" \u2714").strip()  # noqa: B005 (a set: trailing spaces and check marks)
    return text or None


def _preview_link(page: Tag) -> bool:
    for a in page.select("a.tgme_page_context_link, .tgme_page_context_link_wrap a"):
        href = attr(a, "href") or ""
        if "/s/" in href or "preview" in plain_text(a).lower():
            return True
    return any(plain_text(a).lower() == "preview channel" for a in page.select("a"))


def _count(extra: str) -> tuple[str, int | None]:
    match = _COUNT_RE.search(extra)
    if not match:
        return "", None
    return match.group(2).lower(), parse_count(match.group(1))


def _username_from_extras(extras: list[str]) -> str | None:
    for extra in extras:
        match = _AT_HANDLE_RE.match(extra)
        if match:
            return match.group(1)
    return None


def _resolve_domain(root: Tag) -> str | None:
    """``tg://resolve?domain=<name>`` links carry the username with its canonical capitalisation."""
    for a in root.select('a[href^="tg://resolve"]'):
        try:
            domain = (parse_qs(urlsplit(attr(a, "href") or "").query).get("domain") or [""])[0]
        except ValueError:
            continue
        if domain and is_valid_handle(domain):
            return domain
    return None


def _og(soup: BeautifulSoup, prop: str) -> str | None:
    meta = soup.select_one(f'meta[property="{prop}"]')
    value = attr(meta, "content")
    return value.strip() if value and value.strip() else None
