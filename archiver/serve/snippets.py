"""Full-text snippets for the search page: every matched term marked, brackets of the text itself kept."""

from __future__ import annotations

import re
from typing import Any

_MARKED = re.compile(r"\[([^\[\]]*)\]")
_TERM = re.compile(r"\w+")


def snippet_parts(snippet: str | None, query: str) -> list[list[Any]]:
    """The snippet as [text, marked] parts: what full-text search matched, and every other occurrence of each
    word of the query longer than three letters (case-insensitive) — brackets that were in the text itself stay text."""
    terms = {t.casefold() for t in _TERM.findall(query)}
    text, spans, at = "", [], 0
    for found in _MARKED.finditer(snippet or ""):
        inner = found.group(1)
        text += (snippet or "")[at:found.start()]
        if {t.casefold() for t in _TERM.findall(inner)} <= terms and _TERM.search(inner):
            spans.append((len(text), len(text) + len(inner)))
            text += inner
        else:
            text += found.group(0)
        at = found.end()
    text += (snippet or "")[at:]
    for word in _TERM.finditer(text):
        if len(word.group(0)) > 3 and word.group(0).casefold() in terms:  # not "the", "is", "of" everywhere
            spans.append(word.span())
    marked = [False] * len(text)
    for start, end in spans:
        marked[start:end] = [True] * (end - start)
    parts: list[list[Any]] = []
    for i, char in enumerate(text):
        if parts and parts[-1][1] == marked[i]:
            parts[-1][0] += char
        else:
            parts.append([char, marked[i]])
    return parts
