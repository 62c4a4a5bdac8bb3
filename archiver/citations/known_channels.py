"""Media that live on Telegram, named without the word: "According to Mash", «сообщает Baza», «канал SHOT».

A reader knows these are Telegram channels; the rules see only an outlet's name. This short list of
well-known Telegram-first media (names as news text writes them, Latin and Cyrillic) turns such an outlet
citation into a Telegram one. It gives no handle: resolve/ still finds and verifies that, with evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .known_outlets import key, name_set
from .model import Match
from .morph import finite_verb_of, part_of_speech
from .prescan import finditer, lines_holding
from .speech import SAYING_LEMMAS

_NAMES = """
mash | mash на мойке | mash batash | мэш | baza | база | shot | readovka | ридовка | rybar | рыбарь |
wargonzo | варгонзо |
nexta | nexta live | некста | topor | топор live | ostorozhno novosti | осторожно новости | осторожно, новости |
mozhem obyasnit | можем объяснить | grey zone | серая зона | belarusian hajun | беларускі гаюн | two majors |
два майора | astra | sota | сота | nezygar | незыгарь | пул первого | kremlin pool | military chronicles |
военная хроника | военный осведомитель | kotsnews | operativno zsu | труха | trukha | insider ua | baza news
"""
KNOWN = name_set(_NAMES)


def _longer_by_first_word() -> dict[str, tuple[str, ...]]:
    """Known names of more than one word by their first word, longest first: "mash" -> ("mash на мойке", …)."""
    longer: dict[str, list[str]] = {}
    for name in sorted(KNOWN, key=len, reverse=True):
        if " " in name:
            longer.setdefault(name.split(" ", 1)[0], []).append(name)
    return {first: tuple(names) for first, names in longer.items()}


_LONGER = _longer_by_first_word()
# «канал Mash», "the Baza channel": a known name beside the word channel, without quotes.
_CHANNEL_WORD = re.compile(r"(?<![\w-])(?:канал[аеуы]?|channel)[ \t]+(?P<name>[A-ZА-ЯЁ][\w-]*(?:[ \t]+[A-Z][\w-]*)?)")
# "The Rybar channel, which has a million subscribers, reported": the name before the word
# (the look-behind after the capital: the engine skips to capitals instead of trying it at every position)
_NAME_CHANNEL = re.compile(r"(?P<name>[A-Z](?<![\w-].)[\w-]*(?:[ \t]+[A-Z][\w-]*)?)[ \t]+channel(?![\w-])")


# «Бұл туралы Mash арнасы хабарлайды», «Рыбарь арнасының жазуынша»: the name before the Kazakh word for channel
_ARNA = re.compile(r"арна(?:сы|сына|сының|сында|сынан|сындағы)?(?![\w-])")  # (a literal first: a fast scan)
_NAME_BEFORE_ARNA = re.compile(r"(?<![\w-])(?P<name>[A-ZА-ЯЁ][\w-]*(?:[ \t]+[A-ZА-ЯЁ][\w-]*)?)[ \t]+\Z")


# A known name written out, in any case of its letters (the first one is checked for a capital): «Baza», «Рыбарь»
_WRITTEN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(r"[ \t]+".join(re.escape(w) for w in n.split()) for n in sorted(KNOWN, key=len, reverse=True))
    + r")(?![\w-])", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t]+(?:(?:также|уже|ранее|тоже|сегодня|вчера)[ \t]+)?(?P<word>[а-яё]+)(?![\w-])")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[а-яёА-ЯЁ]+)[ \t]+\Z")


@lru_cache(maxsize=8192)  # (7,000 calls on three 1 MB slices, 2,000 names)
def is_known_channel(name: str | None) -> bool:
    return bool(name) and key(name or "") in KNOWN


def find_known_channels(text: str) -> list[Match]:
    """ "опубликовал канал Mash": a known Telegram medium after the word channel, quotes or not."""
    found = []
    for m in finditer(_CHANNEL_WORD, text):
        if (name := _known_part(m.group("name"), from_start=True)) is not None:
            found.append(Match("telegram", m.start(), m.start("name") + len(name), "tg.known_channel", name=name))
    for m in (m for lo, hi in lines_holding(text, "channel") for m in _NAME_CHANNEL.finditer(text, lo, hi)):
        if (name := _known_part(m.group("name"), from_start=False)) is not None:  # "The Rybar": its known tail
            found.append(Match("telegram", m.end("name") - len(name), m.end(), "tg.known_channel", name=name))
    for arna in _ARNA.finditer(text) if "арна" in text else ():  # (the word first, the name read back from it)
        if arna.start() == 0 or text[arna.start() - 1] not in " \t":
            continue  # (inside a word: «телеарна», «Telegram-арнасы»)
        named = _NAME_BEFORE_ARNA.search(text, max(0, arna.start() - 40), arna.start())
        if named is not None and (name := _known_part(named.group("name"), from_start=False)) is not None:
            found.append(Match("telegram", named.end("name") - len(name), arna.end(), "tg.known_channel", name=name))
    return found


def speaking_known_channels(text: str) -> list[Match]:
    """ «…, написала Baza», «Mash пишет, что …», «видео публикует «Readovka»»: a known Telegram medium beside a verb
    of saying or publishing (any form of it, by its lemma), the verb before the name or after it."""
    found = []
    for m in finditer(_WRITTEN, text):
        at, end = m.start(), m.end()
        if at > 0 and text[at - 1] in "«\"“" and text[end : end + 1] in "»\"”":
            at, end = at - 1, end + 1  # the name in quotes: the quotes are part of it
        if not m.group()[:1].isupper():
            continue  # («база», «топор»: the common word)
        before = _WORD_BEFORE.search(text, max(0, at - 30), at)
        after = _WORD_AFTER.match(text, end)
        if before is not None and finite_verb_of(before.group("word"), SAYING_LEMMAS):
            found.append(Match("telegram", before.start("word"), end, "tg.known_channel", name=m.group()))
        elif after is not None and finite_verb_of(after.group("word"), SAYING_LEMMAS) and (
                before is None or part_of_speech(before.group("word")) not in ("NOUN", "ADJF", "PREP")):
            # (not «редактор Baza сообщил», «в Mash написали»: the one who spoke is someone else, or no one)
            found.append(Match("telegram", at, after.end("word"), "tg.known_channel", name=m.group()))
    return found


def _known_part(name: str, from_start: bool) -> str | None:
    """The longest known name among the name's words kept from its start (or from its end), if any."""
    while not is_known_channel(name) and " " in name:
        name = name.rsplit(" ", 1)[0] if from_start else name.split(" ", 1)[1]
    return name if is_known_channel(name) else None


def widen_to_known(text: str, m: Match) -> Match:
    """A channel's name read short of a known longer one it opens («Telegram-канал Mash на Мойке» read as "Mash",
    which the name reader stops at the lowercase «на»): the known name in full, span and all."""
    if not m.name or (at := text.rfind(m.name, m.start, m.end)) < 0 or at + len(m.name) != m.end:
        return m
    for known in _LONGER.get(key(m.name), ()):
        piece = text[at : at + len(known)]
        if key(piece) == known and not text[at + len(known) : at + len(known) + 1].isalnum():
            return replace(m, end=at + len(known), name=piece)
    return m
