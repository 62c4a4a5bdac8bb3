"""HTML that escapes by default: archived content is hostile, so only ``Safe`` strings pass unescaped.

    fmt('<a href="{href}">{text}</a>', href=url, text=title)   # every value escaped unless Safe
    join(parts)                                                # concatenation, escaping str parts
    href(url)                                                  # http(s) or same-site URLs only, else "#"
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import resources
from string import Template
from typing import Any


class Safe(str):
    """Markup already escaped (or written by us)."""


def esc(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Safe):
        return value
    return html.escape(str(value), quote=True)


def attr(value: Any) -> str:
    return esc(value)


def fmt(template: str, **values: Any) -> Safe:
    return Safe(template.format(**{name: esc(value) for name, value in values.items()}))


def join(parts: Iterable[Any], sep: str = "") -> Safe:
    return Safe(sep.join(esc(part) for part in parts))


def href(url: Any) -> str:
    """A link target safe to put in href/src: http(s) URLs and paths on this site; anything else is '#'."""
    text = str(url or "").strip()
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")) or (text.startswith("/") and not text.startswith("//")):
        return text
    return "#"


def link(url: Any, text: Any, cls: str = "") -> Safe:
    if not url:
        return Safe(esc(text))
    return fmt('<a href="{href}"{cls}>{text}</a>', href=href(url), text=text,
               cls=Safe(f' class="{esc(cls)}"') if cls else Safe(""))


_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


def when(value: Any) -> str:
    """An ISO 8601 moment as people read it: to the second, in UTC ("2026-01-01 12:00:00 UTC")."""
    text = str(value or "")
    if not _ISO.fullmatch(text):
        return text
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC"


_BASE: Template | None = None


def layout(title: str, body: Safe, query: str = "") -> str:
    """The page frame (templates/base.html) around body; $-placeholders are filled escaped."""
    global _BASE
    if _BASE is None:
        _BASE = Template(resources.files("archiver.serve").joinpath("templates/base.html").read_text("utf-8"))
    return _BASE.substitute(title=esc(title), query=esc(query), body=body)
