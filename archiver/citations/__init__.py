"""Find the sources an article cites: links, Telegram channels and named outlets (pure, no I/O)."""

from .extract import extract_citations
from .model import Article, Citation
from .sentences import sentence_at
from .text import article_from_html, article_from_text

__all__ = ["Article", "Citation", "article_from_html", "article_from_text", "extract_citations", "sentence_at"]
