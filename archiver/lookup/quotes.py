"""``archiver quotes ARTICLE``: is each quotation in the article in the captured text of what it cites?

Quotations are the spans inside “…”, „…“, «…» or "…" with at least ``MIN_WORDS`` words. Each is compared
with the text of every capture (and Telegram post) linked to the article's citations, word by word after
folding case, diacritics and ё:
  found      the words occur in this order (parts around an ellipsis each occur, in order)
  similar    the best window of the source scores >= ``SIMILAR`` (difflib ratio over words)
  not_found  otherwise (the best score is still reported, and where else the archive holds the quote)
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from archiver.archive import Archive
from archiver.errors import UsageError
from archiver.index.articles import article_by_source
from archiver.index.fulltext import doc_text, update_fulltext
from archiver.lookup.text import search_text

MIN_WORDS = 6
SIMILAR = 0.6
_QUOTES = (
    re.compile(r"“([^“”\n]+)”"),
    re.compile(r"„([^„“”\n]+)[“”]"),
    re.compile(r'"([^"\n]+)"'),
)
_ELLIPSIS = re.compile(r"\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…")
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Quotation:
    text: str
    start: int
    end: int


def _guillemets(text: str) -> list[Quotation]:
    """Outermost «…» spans (Russian nests «…«…»…»)."""
    spans, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "«":
            depth, start = depth + 1, index if depth == 0 else start
        elif char == "»" and depth:
            depth -= 1
            if depth == 0:
                spans.append(Quotation(text[start + 1:index], start + 1, index))
        elif char == "\n":
            depth = 0
    return spans


def find_quotations(text: str, min_words: int = MIN_WORDS) -> list[Quotation]:
    found = _guillemets(text)
    for pattern in _QUOTES:
        found += [Quotation(m.group(1), m.start(1), m.end(1)) for m in pattern.finditer(text)]
    found = [q for q in found if len(_TOKEN.findall(q.text)) >= min_words]
    outer = [q for q in found if not any(o != q and o.start <= q.start and q.end <= o.end for o in found)]
    return sorted(set(outer), key=lambda q: q.start)


def _norm(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ё", "е")


class _Words:
    """A text as normalised words, each with its span in the original."""

    def __init__(self, text: str) -> None:
        self.text = unicodedata.normalize("NFC", text)
        matches = list(_TOKEN.finditer(self.text))
        self.words = [_norm(m.group()) for m in matches]
        self.spans = [m.span() for m in matches]
        self.joined = " " + " ".join(self.words) + " "
        self._positions: dict[str, list[int]] | None = None

    def find(self, words: list[str], after: int = 0) -> int | None:
        """Index of the first word of an exact run of words at or after word index after."""
        needle = " " + " ".join(words) + " "
        start = len(" ".join(self.words[:after])) + (1 if after else 0)
        pos = self.joined.find(needle, start)
        return None if pos < 0 else self.joined.count(" ", 0, pos)

    @property
    def positions(self) -> dict[str, list[int]]:
        if self._positions is None:
            self._positions = defaultdict(list)
            for index, word in enumerate(self.words):
                self._positions[word].append(index)
        return self._positions

    def excerpt(self, first: int, last: int, margin: int = 60) -> str:
        begin, end = self.spans[first][0], self.spans[min(last, len(self.spans)) - 1][1]
        return self.text[max(0, begin - margin):end + margin].strip()


def match(quote: str, source: _Words) -> tuple[str, float, str | None]:
    """(status, score, excerpt of the source) for one quotation against one text."""
    parts = [_Words(part).words for part in _ELLIPSIS.split(quote)]
    parts = [words for words in parts if words]
    words = [w for part in parts for w in part]
    if not words or not source.words:
        return "not_found", 0.0, None
    at, first = 0, None
    for part in parts:
        hit = source.find(part, at)
        if hit is None:
            break
        first = hit if first is None else first
        at = hit + len(part)
    else:
        return "found", 1.0, source.excerpt(first or 0, at)
    positions = source.positions
    rare = sorted({w for w in words if w in positions}, key=lambda w: len(positions[w]))[:8]
    votes: Counter[int] = Counter()
    for word in rare:
        for j in (i for i, w in enumerate(words) if w == word):
            votes.update(p - j for p in positions[word])
    best = (0.0, 0, 0)
    for start, _ in votes.most_common(20):
        start = max(0, start)
        for length in range(max(1, len(words) - 3), len(words) + 4):
            ratio = SequenceMatcher(None, words, source.words[start:start + length], autojunk=False).ratio()
            if ratio > best[0]:
                best = (ratio, start, min(start + length, len(source.words)))
    score, first_word, end = best
    status = "similar" if score >= SIMILAR else "not_found"
    return status, round(score, 3), source.excerpt(first_word, end) if score > 0 else None


def _source_texts(archive: Archive, article_id: int) -> list[dict[str, Any]]:
    return archive.index.query(
        """SELECT ct.id AS citation_id, ct.kind AS citation_kind, ct.name, ct.target_url, l.doc_id, 'page' AS kind,
                  c.url, c.captured_at, c.record_id, c.warc_file, c.offset, NULL AS post_id
           FROM citations ct JOIN citation_captures cc ON cc.citation_id = ct.id
                JOIN captures c ON c.fetch_id = cc.fetch_id JOIN text_links l ON l.capture_id = c.id
           WHERE ct.article_id = ?
           UNION ALL
           SELECT ct.id, ct.kind, ct.name, ct.target_url, l.doc_id, 'telegram_post',
                  p.url, p.observed_at, p.record_id, p.warc_file, p.offset, p.post_id
           FROM citations ct JOIN citation_captures cc ON cc.citation_id = ct.id
                JOIN telegram_posts p ON p.fetch_id = cc.fetch_id JOIN text_links l ON l.post_row_id = p.id
           WHERE ct.article_id = ?
           ORDER BY 8 DESC""",
        (article_id, article_id),
    )


@dataclass
class QuoteCheck:
    rows: list[dict[str, Any]]  # one per quotation checked, with the best source match
    too_short: int  # quoted spans under MIN_WORDS words, not checked (names, titles, scare quotes)


def _too_short(text: str) -> int:
    every = find_quotations(text, min_words=1)
    return sum(1 for q in every if len(_TOKEN.findall(q.text)) < MIN_WORDS)


def check_quotes(archive: Archive, article: str) -> QuoteCheck:
    """Each quotation of an ingested article, with the best source match."""
    row = article_by_source(archive.index, article)
    if row is None:
        raise UsageError(f"{article!r} is not an ingested article; run `archiver ingest {article}` first")
    update_fulltext(archive.index, archive.settings.archive)
    sources = _source_texts(archive, row["id"])
    texts: dict[int, _Words] = {}
    out = []
    for quotation in find_quotations(row["text"]):
        best: tuple[int, float, str, str | None, dict[str, Any] | None] = (0, 0.0, "not_found", None, None)
        for source in sources:
            if source["doc_id"] not in texts:
                texts[source["doc_id"]] = _Words(doc_text(archive.index, source["doc_id"]))
            status, score, excerpt = match(quotation.text, texts[source["doc_id"]])
            rank = {"found": 2, "similar": 1}.get(status, 0)
            if (rank, score) > best[:2]:
                best = (rank, score, status, excerpt, source)
            if rank == 2:
                break
        _, score, status, excerpt, chosen = best
        result: dict[str, Any] = {
            "article": row["source"], "quote": quotation.text, "start": quotation.start, "end": quotation.end,
            "status": status, "score": score, "excerpt": excerpt,
            "source": None if chosen is None else {k: chosen[k] for k in ("citation_id", "citation_kind", "name",
                                                                           "target_url")},
            "capture": None if chosen is None else {k: chosen[k] for k in ("kind", "url", "captured_at", "record_id",
                                                                            "warc_file", "offset", "post_id")},
        }
        if status != "found":
            result["elsewhere"] = [{k: hit[k] for k in ("kind", "url", "captured_at", "record_id")}
                                   for hit in search_text(archive, quotation.text, limit=3)][:3]
        out.append(result)
    return QuoteCheck(out, _too_short(row["text"]))
