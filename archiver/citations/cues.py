"""Cue windows: a sentence that cites a source ("сообщает", "по данным", "said on Telegram") but where no
phrase rule found one. The name is then taken from named-entity recognition (Russian: natasha), not from
enumerated word orders: an organisation near the cue is the source, a person near a Telegram cue its owner.

Only sentences with a cue and nothing found reach the tagger, so its cost stays a small share of the run.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from .model import Match
from .ner import entities
from .sentences import SentenceIndex

_W, _E = r"(?<![\w-])", r"(?![\w-])"
_TELEGRAM_CUE = re.compile(rf"{_W}(?:telegram|телеграмм?|тг|tg)(?:[-‑ ]?(?:канал|channel)[а-яё]*)?{_E}",
                           re.IGNORECASE)
# Verbs and phrases that make what follows (or precedes) a report from a named source.
_SOURCE_CUE = re.compile(
    rf"{_W}(?:сообща(?:ет|ют|л[аио]?)|сообщил[аио]?|переда(?:[её]т|ют)|пиш(?:ет|ут)|написал[аио]?|рассказал[аио]?|рассказали|"
    r"заявил[аио]?|заявили|информирует|уточнил[аио]?|уточняет|опубликовал[аио]?|"
    r"по\s+(?:данным|информации|сведениям|сообщению)|со\s+ссылкой\s+на|пресс-служб[а-яё]*|"
    rf"повідомля[а-яє]*|повідомив|повідомила|за\s+даними){_E}",
    re.IGNORECASE,
)
# Promotion, the company itself, video and TV: a Telegram word there cites nothing.
_TELEGRAM_TRAP = re.compile(
    r"подпис|subscribe|follow\s+us|читайте|read\s+us|join\s+us|присоединяйтесь|дуров|durov|мессенджер|messenger|"
    r"блокир|youtube|ютуб|телеканал|TV\b|приложени|app\b",
    re.IGNORECASE,
)
# A credit line, or a source that did not answer: "Фото: пресс-служба …", "в пресс-службе … получить не удалось".
_NO_REPORT = re.compile(
    r"\A\W{0,3}(?:фото|photo|видео|video|иллюстраци[яи]|кадр)\b|не\s+удалось|не\s+ответил|отказал|не\s+комментир|"
    r"declined|did\s+not\s+respond",
    re.IGNORECASE,
)
# Words for "the media" or "a source" in general: they name no one.
_GENERIC = frozenset("сми медиа источник источники соцсети соцсетях media sources".split())
_LETTERS = re.compile(r"[^\W\d_]{2}")
_NOT_A_SOURCE = re.compile(r"telegram|телеграм|youtube|google|apple|whatsapp|twitter|facebook|instagram|вконтакте",
                           re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,.;:!?()—–]|\s-\s")
_LONGEST = 600  # a longer "sentence" is a list or a table, not a report
_NEAR = 60  # characters between a cue and the entity it introduces


def cue_matches(text: str, sentences: SentenceIndex, taken: list[Match]) -> list[Match]:
    """Telegram channels and outlets found by the tagger in cue sentences where the rules found nothing."""
    found: list[Match] = []
    busy = sorted((m.start, m.end) for m in taken)
    for start, end in _sentences(text, sentences):
        sentence = text[start:end]
        if (end - start > _LONGEST or not _CYRILLIC_HINT.search(sentence) or _has_match(busy, start, end)
                or _NO_REPORT.search(sentence)):
            continue
        tg = _TELEGRAM_CUE.search(sentence)
        cue = _SOURCE_CUE.search(sentence)
        if tg is not None and not _TELEGRAM_TRAP.search(sentence) and (cue or _TELEGRAM_VERB.search(sentence)):
            found += _telegram(sentence, start, tg)
        elif cue is not None and tg is None:
            found += _outlet(sentence, start, cue)
    return found


_CYRILLIC_HINT = re.compile(r"[а-яё]{3}", re.IGNORECASE)
_TELEGRAM_VERB = re.compile(r"(?:написал|опубликовал|выложил|сообщ|заяв|пишет|отметил|рассказал|указал)[а-яё]*",
                            re.IGNORECASE)


def _named(sentence: str) -> list[tuple[int, int, str]]:
    """People and organisations that can be a source: not a platform, not a number ("службу «02»")."""
    return [e for e in entities(sentence) if e[2] in ("ORG", "PER") and _LETTERS.search(sentence[e[0] : e[1]])
            and not _NOT_A_SOURCE.search(sentence[e[0] : e[1]]) and sentence[e[0] : e[1]].casefold() not in _GENERIC]


def _telegram(sentence: str, offset: int, cue: re.Match[str]) -> list[Match]:
    best = _nearest(_named(sentence), cue.start(), cue.end())
    if best is None:
        return []
    s, e, kind = best
    name = _clean(sentence[s:e])
    lo, hi = min(s, cue.start()), max(e, cue.end())
    if kind == "ORG":
        return [Match("telegram", offset + lo, offset + hi, "tg.cue.ner_org", name=name)]
    return [Match("telegram", offset + lo, offset + hi, "tg.cue.ner_person", owner=name)]


def _outlet(sentence: str, offset: int, cue: re.Match[str]) -> list[Match]:
    named = [n for n in _named(sentence) if _adjacent(sentence, n, cue)]
    best = _nearest(named, cue.start(), cue.end())
    if best is None or any(n[2] == "PER" for n in named):
        # "заявил начальник штаба ВМС США адмирал Майкл Гилдей": a person speaks, the organisation places him
        return []
    s, e, _ = best
    return [Match("outlet", offset + s, offset + e, "outlet.cue.ner_org", name=_clean(sentence[s:e]))]


def _adjacent(sentence: str, span: tuple[int, int, str], cue: re.Match[str]) -> bool:
    """Only words between cue and name, no clause break: "сообщает ТАСС", "по данным пресс-службы МВД"."""
    lo, hi = (span[1], cue.start()) if span[1] <= cue.start() else (cue.end(), span[0])
    return hi - lo <= _NEAR and not _CLAUSE_BREAK.search(sentence, lo, max(lo, hi))


def _nearest(spans: list[tuple[int, int, str]], cs: int, ce: int) -> tuple[int, int, str] | None:
    def gap(span: tuple[int, int, str]) -> int:
        return cs - span[1] if span[1] <= cs else span[0] - ce if span[0] >= ce else 0

    close = [s for s in spans if gap(s) <= _NEAR]
    return min(close, key=gap) if close else None


def _clean(name: str) -> str:
    return name.strip(" «»\"“”„'")


def _has_match(busy: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(busy, (end, end)) - 1  # the last finding starting before the sentence ends
    return i >= 0 and any(e > start for _, e in busy[max(0, i - 3) : i + 1])


def _sentences(text: str, index: SentenceIndex) -> Iterator[tuple[int, int]]:
    prev = 0
    for nxt, stop in zip(index.starts, index.ends, strict=True):
        if stop > prev:
            yield prev, stop
        prev = nxt
    if prev < len(text):
        yield prev, len(text)


def refine_owners(text: str, sentences: SentenceIndex, matches: list[Match]) -> list[Match]:
    """A Telegram owner cut short by the phrase rules ("губернатор Саратовской" for "губернатор Саратовской
    области Роман Бусаргин") becomes the person the tagger finds there."""
    out = []
    for m in matches:
        if m.kind != "telegram" or not m.owner or not _CYRILLIC_HINT.search(m.owner):
            out.append(m)
            continue
        sentence = sentences.around(m.start, m.end)
        offset = text.find(sentence, max(0, m.end - len(sentence)), m.start + len(sentence))
        at = text.find(m.owner, m.start, m.end) - offset
        person = _person_at(sentence, at, at + len(m.owner)) if offset >= 0 and at >= 0 else None
        if person is None:
            out.append(m)
            continue
        s, e = person
        out.append(replace(m, owner=sentence[s:e], start=min(m.start, offset + s), end=max(m.end, offset + e)))
    return out


def _person_at(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The person the tagger sees at or right after [start, end) when the owner there is not already one."""
    people = [(s, e) for s, e, kind in entities(sentence) if kind == "PER"]
    if any(s <= start and end <= e for s, e in people):
        return next((s, e) for s, e in people if s <= start and end <= e)  # the whole name: "Роман Бусаргин"
    after = [(s, e) for s, e in people if start <= s <= end + 40 and not _CLAUSE_BREAK.search(sentence, end, s)]
    return after[0] if after else None
