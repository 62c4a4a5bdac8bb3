"""What a t.me web-preview page says, as frozen dataclasses with JSON-able ``to_dict()``.

    FeedPage ─┬─ channel: ChannelInfo | None
              └─ posts: tuple[Post, ...] ─┬─ forwarded_from: ForwardedFrom | None
                                          └─ media: tuple[Media, ...]

``None`` always means "the page did not say" (never a made-up 0 or empty string for an unknown count).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "CHANNEL_KINDS",
    "ChannelInfo",
    "FeedPage",
    "ForwardedFrom",
    "MEDIA_TYPES",
    "Media",
    "PAGE_KINDS",
    "Post",
]

MEDIA_TYPES = frozenset(
    {
        "photo",
        "video",
        "document",
        "audio",
        "voice",
        "sticker",
        "gif",
        "poll",
        "link_preview",
        "round_video",
        "other",
    }
)
CHANNEL_KINDS = frozenset({"channel", "group", "user", "bot", "not_found"})
PAGE_KINDS = frozenset({"feed", "embed", "landing", "not_found", "unknown"})


@dataclass(frozen=True)
class Media:
    """One attachment. ``url`` is the file as served (expiring CDN token) or, for link previews, the
    linked page; ``None`` when the preview does not expose the file (documents, polls)."""

    type: str
    url: str | None
    thumb: str | None = None
    duration: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "url": self.url, "thumb": self.thumb, "duration": self.duration}


@dataclass(frozen=True)
class ForwardedFrom:
    name: str
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url}


@dataclass(frozen=True)
class Post:
    """One message as the preview shows it.

    ``date`` is ISO 8601 UTC; ``text`` is plain text (``<br>`` as newline, emoji as characters);
    ``html`` is the inner HTML of the message's own text block; ``album`` lists every id of the group
    the post heads (empty when not an album); ``deleted`` marks a "Post not found" answer;
    ``unsupported`` marks a post shown only as "Please open Telegram to view this post".
    """

    channel: str
    id: int
    url: str
    date: str | None = None
    text: str = ""
    html: str = ""
    views: int | None = None
    edited: bool = False
    author: str | None = None
    forwarded_from: ForwardedFrom | None = None
    reply_to: str | None = None
    media: tuple[Media, ...] = ()
    links: tuple[str, ...] = ()
    album: tuple[int, ...] = ()
    deleted: bool = False
    channel_id: int | None = None
    unsupported: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "id": self.id,
            "url": self.url,
            "date": self.date,
            "text": self.text,
            "html": self.html,
            "views": self.views,
            "edited": self.edited,
            "author": self.author,
            "forwarded_from": self.forwarded_from.to_dict() if self.forwarded_from else None,
            "reply_to": self.reply_to,
            "media": [m.to_dict() for m in self.media],
            "links": list(self.links),
            "album": list(self.album),
            "deleted": self.deleted,
            "channel_id": self.channel_id,
            "unsupported": self.unsupported,
        }


@dataclass(frozen=True)
class ChannelInfo:
    """Who the page is about. ``kind``: channel | group | user | bot | not_found.

    ``subscribers`` is subscribers for a channel, members for a group, monthly users for a bot.
    ``has_preview``: True when a web preview exists, False when the page shows there is none,
    None when the page cannot tell.
    """

    kind: str
    username: str | None = None
    title: str | None = None
    description: str | None = None
    subscribers: int | None = None
    verified: bool = False
    has_preview: bool | None = None
    photo: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "username": self.username,
            "title": self.title,
            "description": self.description,
            "subscribers": self.subscribers,
            "verified": self.verified,
            "has_preview": self.has_preview,
            "photo": self.photo,
        }


@dataclass(frozen=True)
class FeedPage:
    """One parsed page. ``kind``: feed | embed | landing | not_found | unknown.

    ``before`` is the cursor for the next older page (None at the start of the channel); ``after`` the
    cursor for newer posts when the page offers one. ``markup_version`` lists the telegram.org asset
    versions seen (e.g. ``"widget-frame.css?73"``): a tripwire for markup drift. ``warnings`` are the
    markup anomalies noticed while parsing.
    """

    kind: str
    url: str
    channel: ChannelInfo | None = None
    posts: tuple[Post, ...] = ()
    before: int | None = None
    after: int | None = None
    markup_version: str | None = None
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "url": self.url,
            "channel": self.channel.to_dict() if self.channel else None,
            "posts": [p.to_dict() for p in self.posts],
            "before": self.before,
            "after": self.after,
            "markup_version": self.markup_version,
            "warnings": list(self.warnings),
        }
