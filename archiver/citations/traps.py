"""Findings that look like citations and are not: photo credits, the outlet's own channel, TV channels.

Applied to every rule's output at the end, so each rule need not know these traps, in any language listed.
"""

from __future__ import annotations

import re

from .model import Match
from .sentences import SentenceIndex

# "Фото: телеграм-канал «Baza»", "Photo: Telegram channel of …", "Скриншот: …": a picture's credit, not a source.
_CREDIT_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:фото|photo|фотография|скриншот|screenshot|кадр|видео|video|иллюстрация|illustration|image|"
    r"сурет|фотографія|джерело\s+фото|источник\s+фото)[ \t]*(?:[:©—–-]|\n)",
    re.IGNORECASE,
)
# "в нашем телеграм-канале", "our Telegram channel": the publisher promoting itself.
_OWN = re.compile(r"(?<![\w-])(?:наш|наше|нашем|нашего|наши|нашей|our)[ \t]+(?:[\w-]+[ \t]+)?\Z", re.IGNORECASE)
_TELEGRAM_WORD = re.compile(r"telegram|телеграм|тг-|tg-", re.IGNORECASE)
# A quoted channel name with no Telegram word in sight, in a sentence about television.
_TV = re.compile(
    r"(?<![\w-])(?:эфир\w*|телеканал\w*|сюжет\w*|вещани\w*|лицензи\w*|телевиден\w*|ТВ|TV|aired|broadcast\w*)(?![\w-])",
    re.IGNORECASE,
)


def drop_traps(text: str, sentences: SentenceIndex, matches: list[Match]) -> list[Match]:
    return [m for m in matches if m.kind == "url" or not _is_trap(text, sentences, m)]


def _is_trap(text: str, sentences: SentenceIndex, m: Match) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    if _CREDIT_LINE.match(text, max(0, line_start - 1)) and m.start - line_start < 120:
        return True
    if m.kind == "telegram":
        word = _TELEGRAM_WORD.search(text, m.start, m.end)
        at = word.start() if word else m.start
        if _OWN.search(text, max(0, at - 25), at):
            return True
        if m.rule == "tg.prose.implied_channel" and _TV.search(sentences.around(m.start, m.end)):
            return True
    return False
