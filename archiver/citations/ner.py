"""Named entities in Russian sentences (natasha: slovnet NER over navec embeddings, both shipped in the wheel).

The tagger reads ~0.2 MB a second, five times slower than the rules, so it is loaded on first use and only
asked about the few sentences that carry a citation cue and where no rule found anything.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_KAZAKH = re.compile(r"[әіңғүұқөһ]", re.IGNORECASE)  # the Russian model reads Kazakh words as names


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter  # ~1 s to load: only when a cue sentence asks

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def available() -> bool:
    try:
        _models()
    except ImportError:  # natasha is a dependency; without it the rules still run alone
        return False
    return True


@lru_cache(maxsize=64)  # the owner pass and the cue pass may ask about one sentence twice
def entities(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, type) of each PER / ORG / LOC span in a Russian sentence; () for other languages."""
    if not _CYRILLIC.search(sentence) or _KAZAKH.search(sentence) or not available():
        return ()
    from natasha import Doc

    segmenter, tagger = _models()
    doc = Doc(sentence)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return tuple((s.start, s.stop, s.type) for s in doc.spans)
