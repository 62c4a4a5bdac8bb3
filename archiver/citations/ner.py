"""Named entities in Russian sentences (natasha: slovnet NER over navec embeddings, both shipped in the wheel).

The tagger reads ~0.2 MB a second in batches, several times slower than the rules, so it is loaded on first
use and only asked about the few sentences that carry a citation cue where no rule found anything, or a
Telegram owner to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_KAZAKH = re.compile(r"[әіңғүұқөһ]", re.IGNORECASE)  # the Russian model reads Kazakh words as names


@lru_cache(maxsize=1)
def embedding() -> Any:
    """navec's word vectors, shared by the tagger and the syntax parser (archiver.citations.syntax)."""
    from natasha import NewsEmbedding  # ~1 s to load: only when a sentence asks

    return NewsEmbedding()


@lru_cache(maxsize=1)
def _blas() -> Any:
    embedding()  # loads numpy and its BLAS first: the controller only sees the libraries already loaded
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[Any]:
    """While the models run: one BLAS thread. Their matrices are small; a pool of threads spinning while they wait
    on one another burnt CPU for nothing (the corpus as one article, two cores: 6.4-11.5 s of CPU against 5.0-5.1
    with one thread, and wall time no better). Only inside the models' calls: the caller's own numpy is left be."""
    return _blas().limit(limits=1, user_api="blas")  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from natasha import NewsNERTagger

    return NewsNERTagger(embedding())


def available() -> bool:
    try:
        _tagger()
    except ImportError:  # natasha is a dependency; without it the rules still run alone
        return False
    return True


class Entities:
    """(start, end, type) of the PER / ORG / LOC spans of Russian sentences, tagged in one batch up front
    (the model is ~12x faster on a batch than one sentence at a time); other languages get ()."""

    def __init__(self, sentences: Iterable[str]) -> None:
        todo = list(dict.fromkeys(s for s in sentences if _russian(s)))
        self._spans: dict[str, tuple[tuple[int, int, str], ...]] = {}
        if todo and available():
            todo.sort(key=len)  # a batch is padded to its longest sentence: like lengths together waste least
            with one_blas_thread():
                for sentence, markup in zip(todo, _tagger().map(todo), strict=True):
                    self._spans[sentence] = tuple((sp.start, sp.stop, sp.type) for sp in markup.spans)

    def of(self, sentence: str) -> tuple[tuple[int, int, str], ...]:
        if sentence not in self._spans:
            self._spans.update(Entities([sentence])._spans)
        return self._spans.get(sentence, ())


def _russian(sentence: str) -> bool:
    return bool(_CYRILLIC.search(sentence)) and not _KAZAKH.search(sentence)
