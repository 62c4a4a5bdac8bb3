"""Short summaries of what changed between two versions of a source: "+3 −1 lines" and the first change.

HTML is reduced to its visible text (blocks become lines) before comparing, so markup churn that does
not change what a reader sees does not show up; other text types are compared line by line, anything
else by size.
"""

from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass
from typing import Any

from archiver.citations import article_from_html

TEXT_TYPES = ("application/json", "application/xml", "application/javascript", "application/rss+xml",
              "application/atom+xml")
HTML_TYPES = ("text/html", "application/xhtml+xml")
LINE_MAX = 120


@dataclass(frozen=True)
class Diff:
    added: int
    removed: int
    first_change: str | None  # the first added line (else the first removed one), shortened
    summary: str
    binary: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _decode(payload: bytes, content_type: str | None) -> str:
    charset = "utf-8"
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def text_lines(payload: bytes, content_type: str | None) -> list[str] | None:
    """The lines a reader sees, or None when the payload is not text."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in HTML_TYPES:
        text = article_from_html(_decode(payload, content_type), story_only=False).text  # the whole page a reader sees
    elif mime.startswith("text/") or mime in TEXT_TYPES or mime.endswith("+json"):
        text = _decode(payload, content_type)
    else:
        return None
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _short(line: str) -> str:
    return line if len(line) <= LINE_MAX else line[: LINE_MAX - 1] + "…"


def diff_lines(old: list[str], new: list[str]) -> Diff:
    added = removed = 0
    first_added = first_removed = None
    for line in difflib.unified_diff(old, new, lineterm="", n=0):
        if line.startswith(("+++", "---", "@@")):
            continue
        if line.startswith("+"):
            added += 1
            first_added = first_added if first_added is not None else line[1:]
        elif line.startswith("-"):
            removed += 1
            first_removed = first_removed if first_removed is not None else line[1:]
    first = first_added if first_added is not None else first_removed
    summary = f"+{added} −{removed} lines: “{_short(first)}”" if first is not None else \
        "same text (only markup, scripts or whitespace changed)"
    return Diff(added, removed, _short(first) if first is not None else None, summary)


def diff_text(old: str, new: str) -> Diff:
    return diff_lines(old.splitlines(), new.splitlines())


def diff_payloads(old: bytes, old_type: str | None, new: bytes, new_type: str | None) -> Diff:
    old_lines, new_lines = text_lines(old, old_type), text_lines(new, new_type)
    if old_lines is not None and new_lines is not None:
        return diff_lines(old_lines, new_lines)
    return Diff(0, 0, None, f"content changed ({len(old)} → {len(new)} bytes)", binary=True)
