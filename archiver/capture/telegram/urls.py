"""Telegram (t.me) references: recognise what a user or an article pointed at, and build fetch URLs.

Accepted forms (see ``parse_telegram_ref``)::

    durov  @durov  durov.t.me  t.me/durov  https://t.me/s/durov  https://telegram.me/durov/505
    https://t.me/s/durov/505  https://t.me/durov/505?embed=1  https://t.me/durov/505?single
    tg://resolve?domain=durov&post=505

Not public, so refused (``None``): ``t.me/c/...`` (members only), ``t.me/+hash`` and ``t.me/joinchat/...``
(invitations), t.me service paths (``addstickers``, ``share``, ``proxy``...), and names that are not valid
usernames (5-32 characters of ``[A-Za-z0-9_]``, starting with a letter).

The URL builders take a ``base`` (``"https://t.me"`` in production, a local mirror's address in tests);
``post_url`` always gives the canonical ``https://t.me/<handle>/<id>`` whatever base was used to fetch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from archiver.citations.handles import is_valid_handle

__all__ = [
    "TELEGRAM_HOSTS",
    "TelegramRef",
    "embed_url",
    "feed_url",
    "is_valid_handle",
    "landing_url",
    "parse_telegram_ref",
    "post_url",
]

CANONICAL_BASE = "https://t.me"

TELEGRAM_HOSTS: frozenset[str] = frozenset(
    {
        "t.me",
        "www.t.me",
        "telegram.me",
        "www.telegram.me",
        "telegram.dog",
        "www.telegram.dog",
    }
)
# Hosts under which ``<name>.<host>`` is a username subdomain (durov.t.me -> t.me/durov).
_SUBDOMAIN_HOSTS = ("t.me", "telegram.me", "telegram.dog")

_POST_ID_RE = re.compile(r"[0-9]{1,18}")

@dataclass(frozen=True, eq=False)
class TelegramRef:
    """A channel (and optionally one post) that something pointed at.

    ``handle`` keeps the capitalisation it was given; equality and hashing use ``key`` (lower case),
    because Telegram usernames are case-insensitive.
    """

    handle: str
    post_id: int | None = None

    @property
    def key(self) -> str:
        return self.handle.lower()

    @property
    def url(self) -> str:
        """Canonical t.me URL of the post, or of the channel when no post was named."""
        if self.post_id is None:
            return f"{CANONICAL_BASE}/{self.handle}"
        return post_url(self.handle, self.post_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TelegramRef):
            return NotImplemented
        return (self.key, self.post_id) == (other.key, other.post_id)

    def __hash__(self) -> int:
        return hash((self.key, self.post_id))


def parse_telegram_ref(value: str) -> TelegramRef | None:
    """Recognise a Telegram channel/post reference, or return ``None`` when it is not one."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if text.lower().startswith("tg://"):
        return _parse_tg_scheme(text)
    if "://" not in text:
        if text.startswith("@"):
            return _ref(text[1:], None)
        if "/" not in text and "." not in text:
            return _ref(text, None)
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if host in TELEGRAM_HOSTS:
        return _from_segments(segments)
    for base in _SUBDOMAIN_HOSTS:
        if host.endswith("." + base):
            name = host[: -len(base) - 1]
            if name == "www" or "." in name:
                return None
            if len(segments) > 1 or (segments and not _POST_ID_RE.fullmatch(segments[0])):
                return None
            return _ref(name, int(segments[0]) if segments else None)
    return None


def feed_url(base: str, handle: str, before: int | None = None) -> str:
    """The channel's web preview (``/s/<handle>``), optionally the page of posts older than ``before``."""
    url = f"{base.rstrip('/')}/s/{_q(handle)}"
    return url if before is None else f"{url}?before={int(before)}"


def embed_url(base: str, handle: str, post_id: int) -> str:
    """The single-post widget page, which carries the message HTML itself."""
    return f"{base.rstrip('/')}/{_q(handle)}/{int(post_id)}?embed=1&mode=tme"


def landing_url(base: str, handle: str) -> str:
    """The ``t.me/<handle>`` landing page (says channel/group/user/bot and whether a preview exists)."""
    return f"{base.rstrip('/')}/{_q(handle)}"


def post_url(handle: str, post_id: int) -> str:
    """Canonical permalink of a post, always on t.me."""
    return f"{CANONICAL_BASE}/{_q(handle)}/{int(post_id)}"


def _q(handle: str) -> str:
    return quote(handle, safe="")


def _ref(handle: str, post_id: int | None) -> TelegramRef | None:
    if not is_valid_handle(handle):
        return None
    if post_id is not None and post_id <= 0:
        return None
    return TelegramRef(handle, post_id)


def _from_segments(segments: list[str]) -> TelegramRef | None:
    if segments and segments[0].lower() == "s":
        segments = segments[1:]
    if not segments or len(segments) > 2:
        return None
    post_id: int | None = None
    if len(segments) == 2:
        if not _POST_ID_RE.fullmatch(segments[1]):
            return None
        post_id = int(segments[1])
    return _ref(segments[0], post_id)


def _parse_tg_scheme(text: str) -> TelegramRef | None:
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if (parts.hostname or "").lower() != "resolve":
        return None
    query = parse_qs(parts.query)
    domain = (query.get("domain") or [""])[0]
    post = (query.get("post") or [""])[0]
    if post and not _POST_ID_RE.fullmatch(post):
        return None
    return _ref(domain, int(post) if post else None)
