"""``archiver telegram parse``: saved t.me pages -> JSON rows (one per post; one per landing page)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from archiver.capture.telegram import parse_page

PAGE_URL = "https://t.me/"


def parse_files(files: Iterable[str]) -> Iterator[dict[str, Any]]:
    for name in files:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield {"error": f"{name}: {exc.strerror}"}
            continue
        page = parse_page(data, PAGE_URL)
        if page.posts:
            for post in page.posts:
                yield {"file": name, **post.to_dict()}
        else:
            channel = page.channel.to_dict() if page.channel else {}
            kind = channel.get("kind") or page.kind
            yield {"file": name, "type": "page", "page_kind": page.kind, **channel, "kind": kind,
                   "warnings": list(page.warnings)}
