"""Real text for tests that check a faster scan against the pattern's own: the corpus's excerpts, read as is."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "corpus"


def corpus_pieces(size: int = 60_000) -> list[str]:
    """Real text in four languages: a stretch of each language's excerpts (about `size` characters), run together."""
    pieces: dict[str, str] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        lang = path.stem.split("_")[0]
        if len(pieces.get(lang, "")) < size:
            pieces[lang] = pieces.get(lang, "") + path.read_text(encoding="utf-8") + "\n"
    return list(pieces.values())


def whole_corpus() -> str:
    """Every excerpt, run together (2.6 MB)."""
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt")))
