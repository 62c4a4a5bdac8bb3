"""Find the sources an article cites: links, Telegram channels and named outlets (pure, no I/O)."""

from .extract import extract_citations
from .model import Article, Citation
from .text import article_from_html, article_from_text, sentence_at

__all__ = ["Article", "Citation", "article_from_html", "article_from_text", "extract_citations", "sentence_at"]
