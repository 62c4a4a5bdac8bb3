"""Citations of an article of any size, block by block, so a caller that needs only the first N stops early.

An article up to ``BLOCK_CHARS`` is one block: exactly ``extract_citations``. A larger one is cut at a
paragraph break (else a line break, a sentence end, a space) near every ``BLOCK_CHARS``, each block is
extracted on its own and its spans shifted back to the article's offsets. A 19 MB article with 400k links
then costs a cap of 5,000 citations a block or two of work, not the whole text held as matches.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from .extract import extract_citations
from .model import Article, Citation

BLOCK_CHARS = 256 * 1024
_LOOK_BACK = 16 * 1024  # how far before a block's end a natural cut is looked for
_CUTS = ("\n\n", "\n", ". ", " ")


def iter_citations(article: Article, block_chars: int = BLOCK_CHARS) -> Iterator[Citation]:
    """Every citation of the article in text order, extracting one block at a time."""
    text = article.text
    if _block_end(text, 0, block_chars) == len(text):
        yield from extract_citations(article)
        return
    start = 0
    while start < len(text):
        end = _block_end(text, start, block_chars)
        links = tuple((href, s - start, e - start) for href, s, e in article.links if start <= s and e <= end)
        for citation in extract_citations(Article(text[start:end], article.title, links)):
            yield replace(citation, start=citation.start + start, end=citation.end + start)
        start = end


def _block_end(text: str, start: int, block_chars: int) -> int:
    limit = start + block_chars
    if limit >= len(text):
        return len(text)
    for mark in _CUTS:
        found = text.rfind(mark, max(start + 1, limit - _LOOK_BACK), limit)
        if found >= 0:
            return found + len(mark)
    return limit


@dataclass(frozen=True)
class Capped:
    """At most ``limit`` citations; ``stopped_at`` is where the text stopped being searched (None: all of it)."""

    citations: list[Citation]
    stopped_at: int | None
    limit: int
    total_chars: int

    def note(self) -> str | None:
        if self.stopped_at is None:
            return None
        return (f"stopped at the first {self.limit} citations (setting max_citations_per_article): the text after "
                f"character {self.stopped_at:,} of {self.total_chars:,} was not searched")


def capped_citations(article: Article, limit: int, block_chars: int = BLOCK_CHARS) -> Capped:
    """The first ``limit`` citations in text order; a hostile article cannot make extraction or its rows
    grow without bound (each citation becomes a row, a resolution and a capture)."""
    found: list[Citation] = []
    for citation in iter_citations(article, block_chars):
        if len(found) == limit:
            return Capped(found, found[-1].end if found else 0, limit, len(article.text))
        found.append(citation)
    return Capped(found, None, limit, len(article.text))
