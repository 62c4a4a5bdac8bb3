"""Telegram capture: t.me references and parsers for saved web-preview pages (no network here).

    urls.py           recognise references, build feed/embed/landing URLs
    model.py          frozen dataclasses: FeedPage, ChannelInfo, Post, Media, ForwardedFrom
    parse.py          parse_page / iter_posts: page kind, cursors, markup version
    parse_post.py     one message block -> Post
    parse_channel.py  landing page / feed header / embed owner -> ChannelInfo
    markup.py         total helpers (soup, text, counts, dates, CSS URLs)
"""

from .model import ChannelInfo, FeedPage, ForwardedFrom, Media, Post
from .parse import iter_posts, parse_page
from .urls import (
    TELEGRAM_HOSTS,
    TelegramRef,
    embed_url,
    feed_url,
    landing_url,
    parse_telegram_ref,
    post_url,
)

__all__ = [
    "TELEGRAM_HOSTS",
    "ChannelInfo",
    "FeedPage",
    "ForwardedFrom",
    "Media",
    "Post",
    "TelegramRef",
    "embed_url",
    "feed_url",
    "iter_posts",
    "landing_url",
    "parse_page",
    "parse_telegram_ref",
    "post_url",
]
