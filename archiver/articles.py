"""Read an article from a path, stdin (``-``) or an http(s) URL (captured into the archive first)."""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from archiver.archive import Archive
from archiver.citations import Article, article_from_html, article_from_text
from archiver.errors import ParseError, UsageError
from archiver.pipeline import capture_url
from archiver.warc.provenance import Reason
from archiver.warc.read import read_payload

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<p[\s>]|<div|<article)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class LoadedArticle:
    source: str  # as given
    url: str | None
    sha256: str
    format: str  # html | text
    article: Article
    fetch_id: int | None


def decode(data: bytes, source: str) -> str:
    """Decode article bytes: UTF-8 (BOM too), a declared HTML charset, else UTF-8 with replacements."""
    if not data.strip():
        raise ParseError(f"{source}: the article is empty")
    sample = data[:8192]
    if sample.count(b"\x00") > len(sample) // 100:
        raise ParseError(f"{source}: looks binary, not a text or HTML article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return data.decode("utf-8", errors="replace")


def _is_html(source: str, data: bytes) -> bool:
    suffix = Path(source).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return True
    if suffix in (".txt", ".md", ".text"):
        return False
    return bool(_HTML_START.match(data[:2048]))


def parse_article(source: str, data: bytes, base_url: str | None = None) -> tuple[str, Article]:
    text = decode(data, source)
    if _is_html(source, data):
        return "html", article_from_html(text, base_url=base_url)
    return "text", article_from_text(text)


def load_article(archive: Archive, source: str, reason: Reason) -> LoadedArticle:
    fetch_id = None
    url = None
    if source == "-":
        data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
    elif re.match(r"^https?://", source, re.IGNORECASE):
        result = capture_url(archive, source, reason)
        if not result.warc_file or result.status is None or result.status >= 400:
            raise ParseError(f"{source}: cannot fetch the article: {result.error or result.status}")
        fetch_id, url = result.fetch_id, result.final_url
        data = read_payload(archive.settings.archive, result.warc_file, result.offset or 0, MAX_ARTICLE_BYTES + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise UsageError(f"{source}: no such file (an article is a path, an http(s) URL or - for stdin)")
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise ParseError(f"{source}: larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB; not read")
        data = path.read_bytes()
    if len(data) > MAX_ARTICLE_BYTES:
        raise ParseError(f"{source}: larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB; not read")
    fmt, article = parse_article(source, data, base_url=url)
    return LoadedArticle(source, url, hashlib.sha256(data).hexdigest(), fmt, article, fetch_id)
