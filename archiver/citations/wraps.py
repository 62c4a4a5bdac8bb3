"""Hard-wrapped text (an e-mail, a Markdown file, a copy out of a PDF: every line cut near one width) read as the
paragraphs it was cut from: the rules read sentences and lines, and a line break in the middle of «как сообщил
телеграм-канал\n«Рыбарь»» hid the citation.

A newline that only wraps is a space for the rules; it is one character either way, so every offset holds.
"""

from __future__ import annotations

import re

_NEWLINE = re.compile(r"\n")
_FIRST_WORD = re.compile(r"[ \t]*(\S*)")
_MIN_WRAPS = 3  # fewer wrapped lines than this tell nothing about a width
_WIDEST = 150  # lines wider than this are paragraphs, not a wrapped text
_LONG_LINE = re.compile(rf"[^\n]{{{_WIDEST + 1},}}")
_SLACK = 25  # a wrapped line ends within this many characters of the width (the next word did not fit)
_CONSISTENT = 0.8  # this share of the lines a text line follows must look wrapped for the text to count as wrapped
# A line that opens a list item, a quotation, a heading or a table row stands on its own even after a full line
_OWN_LINE = re.compile(r"[ \t]*(?:[-*•–—>#|]|\d{1,3}[.)][ \t])")


def unwrapped(text: str) -> str | None:
    """The text with each newline that wraps a line of a hard-wrapped text made a space (same length), or None
    when the text is not hard-wrapped (the common case: a line a paragraph).

    A text is hard-wrapped when its lines keep under one width (all but one in twenty) and nearly every line that
    another text line follows ends where the next one's first word would not have fitted."""
    lines = text.count("\n") + 1
    if lines <= _MIN_WRAPS or len(text) > _WIDEST * lines:
        return None  # too few lines, or lines longer on average than any wrap width: paragraphs
    for long_lines, _ in enumerate(_LONG_LINE.finditer(text), start=1):
        if long_lines * 20 > lines:
            return None  # more than one line in twenty wider than any wrap width: paragraphs
    spans, start = [], 0  # (where a line starts, its length without trailing blanks, where its newline is)
    for m in _NEWLINE.finditer(text):
        spans.append((start, len(text[start : m.start()].rstrip()), m.start()))
        start = m.end()
    spans.append((start, len(text[start:].rstrip()), len(text)))
    sizes = sorted(size for _, size, _ in spans if size)
    if len(sizes) <= _MIN_WRAPS:
        return None
    width = sizes[-1 - len(sizes) // 20]
    if width > _WIDEST or width < 2 * _SLACK:
        return None
    wraps, followed = [], 0
    for (_, size, newline), (next_start, next_size, _) in zip(spans, spans[1:], strict=False):
        if not size or not next_size or _OWN_LINE.match(text, next_start):
            continue  # a blank line (a paragraph's end), or a list item, heading or quotation next
        followed += 1
        word = _FIRST_WORD.match(text, next_start)
        fits = size + 1 + len(word.group(1) if word else "") <= width
        if size >= width - _SLACK and not fits:
            wraps.append(newline)
    if len(wraps) < _MIN_WRAPS or len(wraps) < _CONSISTENT * followed:
        return None
    pieces, done = [], 0
    for newline in wraps:
        pieces += [text[done:newline], " "]
        done = newline + 1
    return "".join(pieces) + text[done:]
