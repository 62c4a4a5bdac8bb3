"""Names written next to Telegram handles: what a captured post or description says a channel is called.

    forwarded   "Forwarded from Военные хроники" whose name links to t.me/<handle>/<id>
    link        <a href="https://t.me/<handle>">Рыбарь</a> inside a post's text
    mention     «Рыбарь» (@rybar), "Two Majors": t.me/dva_majors, Звезда — @zvezdanews in plain text

Pure functions over a post's JSON (``Post.to_dict()``) or plain text; no network, nothing stored. A link
whose text is the URL itself, a bare @handle or a word such as "source" or "подписаться" names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from archiver.citations.handles import HANDLE_PATTERN

from .markup import attr, make_soup, plain_text
from .urls import parse_telegram_ref

__all__ = ["NamedHandle", "iter_description_names", "iter_post_names", "iter_text_names"]

# Link texts that say what a link does, not whose it is.
_LINK_WORDS = frozenset(
    "source link here this subscribe join read more details channel telegram tg post video photo "
    "источник ссылка ссылке тут здесь подписаться подписывайтесь подпишись читать подробнее канал канале "
    "каналу пост видео фото дереккөз жазылу".split()
)
_HANDLE = r"(?:@|(?:https?://)?(?:t\.me|telegram\.me)/(?:s/)?)(?P<handle>" + HANDLE_PATTERN + r")\b"
_QUOTED = r"[«\"“„'](?P<quoted>[^«»\"“”„'\n]{2,64})[»\"”“']"
_CAPITALISED = r"(?P<plain>(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w’'&.+-]*[ \t]){0,3}[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w’'&.+-]*)"
_JOIN = r"[ \t]*(?:\([ \t]*|[:—–-][ \t]*|,[ \t]*)"
_MENTION = re.compile(rf"(?:{_QUOTED}|{_CAPITALISED}){_JOIN}{_HANDLE}")


@dataclass(frozen=True)
class NamedHandle:
    name: str  # as written
    handle: str
    how: str  # forwarded | link | mention
    ref: str | None = None  # the post or link it was read from


def _is_name(text: str, handle: str) -> bool:
    words = re.findall(r"\w+", text.casefold())
    if not words or len(text) > 64 or not any(ch.isalpha() for ch in text):
        return False
    if text.lstrip("@").casefold() == handle.casefold() or "t.me/" in text or "://" in text:
        return False
    return not all(word in _LINK_WORDS for word in words)


def iter_text_names(text: str, ref: str | None = None) -> Iterator[NamedHandle]:
    """Pairs written as «Name» (@handle), Name: t.me/handle, Name — @handle in plain text."""
    for match in _MENTION.finditer(text or ""):
        name = (match.group("quoted") or match.group("plain") or "").strip()
        handle = match.group("handle")
        if _is_name(name, handle):
            yield NamedHandle(name, handle, "mention", ref)


def iter_description_names(description: str | None, ref: str | None = None) -> Iterator[NamedHandle]:
    yield from iter_text_names(description or "", ref)


def iter_post_names(post: dict[str, Any]) -> Iterator[NamedHandle]:
    """Every name a post puts next to a handle: who it was forwarded from, its links' texts, its mentions."""
    ref = post.get("url")
    forwarded = post.get("forwarded_from") or {}
    target = parse_telegram_ref(forwarded.get("url") or "") if forwarded.get("url") else None
    if target is not None and forwarded.get("name") and _is_name(forwarded["name"], target.handle):
        yield NamedHandle(forwarded["name"].strip(), target.handle, "forwarded", forwarded["url"])
    html = post.get("html") or ""
    if "t.me/" in html or "telegram.me/" in html:
        for anchor in make_soup(html).find_all("a", href=True):
            linked = parse_telegram_ref(attr(anchor, "href") or "")
            text = plain_text(anchor).strip()
            if linked is not None and _is_name(text, linked.handle):
                yield NamedHandle(text, linked.handle, "link", ref)
    yield from iter_text_names(post.get("text") or "", ref)
