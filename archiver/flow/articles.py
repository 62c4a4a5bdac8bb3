"""Read an article from a path, stdin (``-``) or an http(s) URL (captured into the archive first).

Articles come from anywhere, so decoding never trusts them: a byte-order mark wins; then valid UTF-8;
then a declared HTML charset; otherwise each line is tried as UTF-8 and the rest decoded with the legacy
encoding that fits them best (cp1251, koi8-r, ...), so a Russian article saved in Windows-1251, or a
file pasted together from two encodings, still reads. Empty input, binary files (PDF, images, archives,
random bytes) and files over 20 MB end in one ParseError line, before anything is written.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from archiver.archive import Archive
from archiver.citations import Article, article_from_html, article_from_text
from archiver.errors import ParseError, UsageError
from archiver.flow.capture import capture_url
from archiver.warc.provenance import Reason
from archiver.warc.read import read_payload

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


_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a DOCX/ODT/EPUB file)"),
    (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"RIFF", "a media file"), (b"\x7fELF", "a program"),
)
# Bytes no text encoding produces, except as NUL padding of UTF-16/32 (tab, newlines, form feed, ESC allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_LEGACY = ["cp1251", "koi8_r", "cp1252", "cp1250", "iso8859_5", "cp866", "mac_cyrillic", "kz1048", "latin_1"]


def decode(data: bytes, source: str) -> str:
    """Decode article bytes (see the module docstring); ParseError if they are empty or not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _non_empty(data.decode(codec, errors="replace"), source)
    if not data.strip():
        raise ParseError(f"{source}: the article is empty")
    sample = data[:8192]
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            raise ParseError(f"{source}: looks like {what}, not a text or HTML article")
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return _non_empty(data.decode(utf16, errors="replace"), source)
    if len(sample.translate(None, _CONTROL)) < len(sample) * 0.97:
        raise ParseError(f"{source}: looks binary (control bytes), not a text or HTML article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown charset, or one the bytes do not follow: guess as if none was declared
    return _decode_lines(data)


def _non_empty(text: str, source: str) -> str:
    if not text.strip():
        raise ParseError(f"{source}: the article is empty")
    return text


def _utf16_without_bom(sample: bytes) -> str | None:
    """utf-16-le/-be when every other byte is NUL and the others are not (UTF-16 text without its mark)."""
    if len(sample) < 4 or sample.count(0) < len(sample) // 3:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.9 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.9 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def _decode_lines(data: bytes) -> str:
    """Lines that are valid UTF-8 stay so; the others are decoded with the legacy encoding fitting them best."""
    lines = data.split(b"\n")
    decoded: list[str | None] = []
    legacy: list[bytes] = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
            legacy.append(line)
    codec = _guess_legacy(b"\n".join(legacy)[:65536])
    rest = iter(legacy)
    return "\n".join(text if text is not None else next(rest).decode(codec, errors="replace") for text in decoded)


def _guess_legacy(sample: bytes) -> str:
    try:
        from charset_normalizer import from_bytes  # installed with requests
    except ImportError:  # pragma: no cover
        return "cp1252"
    best = from_bytes(sample, cp_isolation=_LEGACY).best()
    return best.encoding if best is not None else "cp1252"


def _is_html(source: str, data: bytes) -> bool:
    suffix = Path(source).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return True
    if suffix in (".txt", ".md", ".text"):
        return False
    return bool(_HTML_START.match(data[:2048]))


def parse_article(source: str, data: bytes, base_url: str | None = None, *,
                  story_only: bool = True) -> tuple[str, Article]:
    text = decode(data, source)
    if _is_html(source, data):
        return "html", article_from_html(text, base_url=base_url, story_only=story_only)
    return "text", article_from_text(text)


def _too_large(source: str, max_bytes: int) -> ParseError:
    size = f"{max_bytes // (1024 * 1024)} MB" if max_bytes >= 1024 * 1024 else f"{max_bytes} bytes"
    return ParseError(f"{source}: larger than {size} (setting max_article_bytes); not read")


def load_article(archive: Archive | None, source: str, reason: Reason, max_bytes: int, *,
                 story_only: bool = True) -> LoadedArticle:
    """archive is needed (and written to) only for an http(s) article, which is captured first; an article
    over max_bytes is refused unread; an HTML one is read for its story alone unless `story_only` is False."""
    fetch_id = None
    url = None
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    elif re.match(r"^https?://", source, re.IGNORECASE):
        if archive is None:
            raise UsageError(f"{source}: an article given by URL is captured, which needs an archive")
        result = capture_url(archive, source, reason)
        if not result.warc_file or result.status is None or result.status >= 400:
            raise ParseError(f"{source}: cannot fetch the article: {result.error or result.status}")
        fetch_id, url = result.fetch_id, result.final_url
        data = read_payload(archive.settings.archive, result.warc_file, result.offset or 0, max_bytes + 1)
    else:
        path = Path(source)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # e.g. ENAMETOOLONG
            raise UsageError(f"{source}: not a file ({exc.strerror or exc}); an article is a path, an http(s) "
                             f"URL or - for stdin") from exc
        if is_dir:
            raise UsageError(f"{source}: is a directory, not an article (give the files in it: {source}/*)")
        if not exists:
            raise UsageError(f"{source}: no such file (an article is a path, an http(s) URL or - for stdin)")
        try:
            if path.stat().st_size > max_bytes:
                raise _too_large(source, max_bytes)
            with path.open("rb") as handle:  # a regular file, or a pipe such as /dev/stdin or <(command)
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise ParseError(f"{source}: cannot read it: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise _too_large(source, max_bytes)
    fmt, article = parse_article(source, data, base_url=url, story_only=story_only)
    return LoadedArticle(source, url, hashlib.sha256(data).hexdigest(), fmt, article, fetch_id)
