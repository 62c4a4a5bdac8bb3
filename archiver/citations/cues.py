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
from .morph import person_word
from .ner import Entities
from .people import looks_like_person
from .prescan import every_start, lowered, opening_scout
from .sentences import SentenceIndex

_W, _E = r"(?<![\w-])", r"(?![\w-])"
_TELEGRAM_CUE = re.compile(rf"{_W}(?:telegram|телеграмм?|тг|tg)(?:[-‑ ]?(?:канал|channel)[а-яё]*)?{_E}",
                           re.IGNORECASE)
# Verbs and phrases that make what follows (or precedes) a report from a named source.
_SOURCE_CUE = re.compile(
    rf"{_W}(?:сообща(?:ет|ют|л[аио]?)|сообщил[аио]?|переда(?:[её]т|ют)|пиш(?:ет|ут)|написал[аио]?|рассказал[аио]?|рассказали|"
    r"заявил[аио]?|заявили|информирует|уточнил[аио]?|уточнили|уточняет|опубликовал[аио]?|привод(?:ит|ят)|"
    r"подтвердил[аио]?|подтвердили|пояснил[аио]?|пояснили|отметили|согласно|по\s+словам|"
    r"по\s+(?:данным|информации|сведениям|сообщению)|со\s+ссылкой\s+на|(?:ссылаясь|сославшись)\s+на|пресс-служб[а-яё]*|"
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
_OF_PLACE = re.compile(r"[ \t]+(?:(?:по|в|of|for|in)[ \t]+)?")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_NOT_A_SOURCE = re.compile(r"telegram|телеграм|youtube|google|apple|whatsapp|twitter|facebook|instagram|вконтакте|"
                           r"инстаграм|\A(?:тг|tg)(?:[-‑ ]?канал|к\Z)|фейсбук|твиттер|ютуб|тикток|\Aсет[иьюей]\Z|"
                           r"\Aинтернет|\A(?:max|макс[еау]?)\Z", re.IGNORECASE)  # MAX: a messenger, as VK is
_NAME_START = re.compile(r"(?<![\w-])[A-ZА-ЯЁ«\"„“]")
_TWO_WORDS = re.compile(r"[А-ЯЁ][а-яё-]+[ \t]+[А-ЯЁ][а-яё-]+")
_CLAUSE_BREAK = re.compile(r"[,.;:!?()—–]|\s-\s")
_LONGEST = 600  # a longer "sentence" is a list or a table, not a report
_NEAR = 60  # characters between a cue and the entity it introduces
_REACH = 110  # window tagged around a cue: the gap plus the entity itself


def cue_matches(text: str, sentences: SentenceIndex, taken: list[Match]) -> list[Match]:
    """Telegram channels and outlets found by the tagger in cue sentences where the rules found nothing."""
    busy = sorted((m.start, m.end) for m in taken)
    # Telegram words found once in the folded text: most sentences have none, and the case-blind cue pattern
    # that opens with a look-behind is slow to search each sentence for one
    telegram_at = [m.start() for m in _TELEGRAM_SCOUT.finditer(lowered(text))] if _TELEGRAM_SCOUT else None
    # so are the places a source cue can open (every one, overlapping ones too: «по сообщ…» holds «сообщ…»), so
    # that a sentence with neither is passed over before any of its own searches
    cue_at = every_start(_SOURCE_CUE_SCOUT, lowered(text)) if _SOURCE_CUE_SCOUT else None
    todo = []  # the window of each sentence worth tagging: the cue and what can stand beside it
    for start, end in _sentences(text, sentences):
        if not _has_word(telegram_at, start, end) and not _has_word(cue_at, start, end):
            continue  # no Telegram word, no cue: nothing to tag
        sentence = text[start:end]
        if end - start > _LONGEST or not _CYRILLIC_HINT.search(sentence) or _has_match(busy, start, end):
            continue
        tg = _TELEGRAM_CUE.search(sentence) if _has_word(telegram_at, start, end) else None
        cue = _SOURCE_CUE.search(sentence, first - start) if (first := _first_at(cue_at, start, end)) is not None \
            else None  # (searched from the first place one can open)
        if tg is not None and (_TELEGRAM_TRAP.search(sentence) or _NEGATION.search(sentence)):
            continue  # promotion, the company, a denied or faked channel: nothing cited here
        if tg is not None or (cue is not None and _name_near(sentence, cue)):
            lo, hi = _window(sentence, tg or cue)  # type: ignore[arg-type]  # one of them is set
            window = sentence[lo:hi]
            if tg is not None and _telegram_verb(window, _TELEGRAM_CUE.search(window)) is None:  # type: ignore[arg-type]
                continue  # nothing said in Telegram there: the tagger would be asked for nothing
            if _NO_REPORT.search(sentence):
                continue  # (looked for last: it reads the whole sentence)
            todo.append((start + lo, start + hi))
    # The tagger costs about a millisecond per 100 characters: only the windows, all in one batch.
    ents = Entities(text[s:e] for s, e in todo)
    found: list[Match] = []
    for start, end in todo:
        window = text[start:end]
        tg, cue = _TELEGRAM_CUE.search(window), _SOURCE_CUE.search(window)
        if tg is not None:
            found += _telegram(window, start, tg, ents)
        elif cue is not None:
            found += _outlet(window, start, cue, ents)
    return found


_TELEGRAM_SCOUT = opening_scout(_TELEGRAM_CUE)  # its opening words, in the folded text
_SOURCE_CUE_SCOUT = opening_scout(_SOURCE_CUE)


def _has_word(at: list[int] | None, start: int, end: int) -> bool:
    i = bisect_left(at, start) if at is not None else 0
    return at is None or (i < len(at) and at[i] < end)


def _first_at(at: list[int] | None, start: int, end: int) -> int | None:
    """The first of the places `at` in [start, end); `start` when they were not looked for."""
    if at is None:
        return start
    i = bisect_left(at, start)
    return at[i] if i < len(at) and at[i] < end else None


def _window(sentence: str, cue: re.Match[str]) -> tuple[int, int]:
    """The cue and _REACH characters either side, cut at spaces: names beyond it are never taken anyway."""
    lo, hi = max(0, cue.start() - _REACH), min(len(sentence), cue.end() + _REACH)
    if lo > 0:
        space = sentence.find(" ", lo, cue.start())
        lo = space + 1 if space != -1 else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", cue.end(), hi)
        hi = space if space != -1 else hi
    return lo, hi


_CYRILLIC_HINT = re.compile(r"[а-яё]{3}", re.IGNORECASE)
_TELEGRAM_VERB = re.compile(
    r"(?<![\w-])(?:написал|опубликовал|выложил|разместил|сообщ|заяв|пишет|пишут|отметил|рассказал|указал|"
    r"уточнил|добавил|обратил|повідомив|повідомила|написав|заявив)[а-яёії]*",
    re.IGNORECASE,
)
# Telegram as the place something was said: "в своем телеграм-канале", "на странице в Telegram".
_IN_TELEGRAM = re.compile(r"(?:в|во|на|у|через)\s+(?:[а-яё-]+\s+){0,2}\Z", re.IGNORECASE)
_GROUPS_IN = re.compile(r"(?<![\w-])(?:сообществ|групп|груп|чат|паблик|спільнот)[а-яёії]*[ \t]+(?:в|во|на|у)[ \t]+\Z",
                        re.IGNORECASE)
# "не ведёт никаких Telegram-каналов", "фейковые аккаунты": a channel denied or faked is not cited.
_NEGATION = re.compile(r"(?<![\w-])(?:не|нет|никаких|ни|фейк[а-яё]*|поддельн[а-яё]*|анонимн[а-яё]*)(?![\w-])",
                       re.IGNORECASE)


def _named(sentence: str, ents: Entities) -> list[tuple[int, int, str]]:
    """People and organisations that can be a source: not a platform, not a number ("службу «02»")."""
    return [e for e in _with_places(sentence, ents.of(sentence)) if e[2] in ("ORG", "PER")
            and _LETTERS.search(sentence[e[0] : e[1]]) and not _NOT_A_SOURCE.search(sentence[e[0] : e[1]])
            and e[1] - e[0] > 2  # "ГУ": a name the tagger cut short
            and sentence[e[0] : e[1]].casefold() not in _GENERIC]


def _with_places(sentence: str, ents: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int, str]]:
    """An organisation takes the place right after it: "Минздрав Кузбасса", "ГУ МВД по Москве"."""
    out: list[tuple[int, int, str]] = []
    for e in ents:
        if out and out[-1][2] == "ORG" and e[2] == "LOC" and _OF_PLACE.fullmatch(sentence, out[-1][1], e[0]):
            out[-1] = (out[-1][0], e[1], "ORG")
        else:
            out.append(e)
    return out


def _telegram(sentence: str, offset: int, tg: re.Match[str], ents: Entities) -> list[Match]:
    """ "сообщил в своем телеграм-канале <PER>", "<ORG> написали в Telegram": a verb of saying next to Telegram
    as the place it was said, the nearest person or organisation beside them."""
    verb = _telegram_verb(sentence, tg)
    if verb is None:
        return []
    lo, hi = min(verb.start(), tg.start()), max(verb.end(), tg.end())
    named = [n for n in _named(sentence, ents) if _adjacent_span(sentence, n, lo, hi)]
    best = _nearest(named, lo, hi)
    if best is None:
        return []
    s, e, kind = best
    if s >= hi and _TOPIC.search(sentence, hi, s):
        return []  # «создание Telegram-канала с заявлениями про него и ЧВК»: what the channel is about, not whose
    name = _clean(sentence[s:e])
    lo, hi = min(s, lo), max(e, hi)
    if kind == "ORG":
        return [Match("telegram", offset + lo, offset + hi, "tg.cue.ner_org", name=name)]
    return [Match("telegram", offset + lo, offset + hi, "tg.cue.ner_person", owner=name)]


def _telegram_verb(sentence: str, tg: re.Match[str]) -> re.Match[str] | None:
    """The verb of saying next to Telegram as the place it was said, or None."""
    if not _IN_TELEGRAM.search(sentence, max(0, tg.start() - 30), tg.start()):
        return None
    if _GROUPS_IN.search(sentence, max(0, tg.start() - 40), tg.start()):
        return None  # «о закрытых сообществах в Telegram»: where the groups are, not where it was said
    verbs = [v for v in _TELEGRAM_VERB.finditer(sentence) if _adjacent(sentence, (v.start(), v.end(), ""), tg)]
    return min(verbs, key=lambda v: abs(v.start() - tg.start())) if verbs else None


def _outlet(sentence: str, offset: int, cue: re.Match[str], ents: Entities) -> list[Match]:
    named = [n for n in _named(sentence, ents) if _adjacent(sentence, n, cue)]
    best = _nearest(named, cue.start(), cue.end())
    if best is None or any(n[2] == "PER" for n in named):
        # "заявил начальник штаба ВМС США адмирал Майкл Гилдей": a person speaks, the organisation places him
        return []
    s, e, _ = best
    if s >= cue.end() and _TOPIC.search(sentence, cue.end(), s):
        return []  # «сообщил об обстреле окраины со стороны ВСУ»: what was reported, not who reported it
    if _SPEAKER_OF.search(sentence, max(0, s - 30), s) and not _NAME_NEXT.match(sentence, e):
        # «пояснила официальный представитель МВД.»: one of the body speaks, unnamed (named, «представитель МЧС
        # Виталий Новицкий», the body is cited with them)
        return []
    return [Match("outlet", offset + s, offset + e, "outlet.cue.ner_org", name=_clean(sentence[s:e]))]


# A preposition of the topic between the verb and the name: the name is in what was said (not «сообщил об этом
# … на ГТРК «Мурман»»: "this" is the topic, the name after it where it was said)
_TOPIC = re.compile(r"(?<![\w-])(?:о|об|обо|про)(?![\w-])(?![ \t]+(?:этом|это|цьому|це|том)(?![\w-]))",
                    re.IGNORECASE)
# One of a body, right before its name: «официальный представитель МВД», «представителям ОБСЕ»; a person's
# first name and surname after the name
_NAME_NEXT = re.compile(r"[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ]+")
_SPEAKER_OF = re.compile(r"(?<![\w-])(?:представител[а-яё]*|представни[а-яєії]*)[ \t]+\Z", re.IGNORECASE)


def _name_near(sentence: str, cue: re.Match[str]) -> bool:
    """Worth tagging only if a capitalised word or a quotation stands within reach of the cue, same clause."""
    for m in _NAME_START.finditer(sentence, max(0, cue.start() - _NEAR), min(len(sentence), cue.end() + _NEAR)):
        if m.start() > 0 and _adjacent_span(sentence, (m.start(), m.end(), ""), cue.start(), cue.end()):
            two = _TWO_WORDS.match(sentence, m.start())
            if two is None or not _whole_person(two.group()):
                return True  # a person's full name there ("сообщил губернатор Иван Петров") makes the person speak
    return False


def _adjacent(sentence: str, span: tuple[int, int, str], cue: re.Match[str]) -> bool:
    """Only words between cue and name, no clause break: "сообщает ТАСС", "по данным пресс-службы МВД"."""
    return _adjacent_span(sentence, span, cue.start(), cue.end())


def _adjacent_span(sentence: str, span: tuple[int, int, str], cs: int, ce: int) -> bool:
    if span[0] < ce and cs < span[1]:
        return True
    lo, hi = (span[1], cs) if span[1] <= cs else (ce, span[0])
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
    asks = {i: sentences.around(m.start, m.end) for i, m in enumerate(matches)
            if m.kind == "telegram" and m.owner and _CYRILLIC_HINT.search(m.owner) and not _whole_person(m.owner)}
    ents = Entities(asks.values())
    out = []
    for i, m in enumerate(matches):
        sentence = asks.get(i)
        if sentence is None or not m.owner:
            out.append(m)
            continue
        offset = text.find(sentence, max(0, m.end - len(sentence)), m.start + len(sentence))
        at = text.find(m.owner, m.start, m.end) - offset
        person = _person_at(sentence, at, at + len(m.owner), ents) if offset >= 0 and at >= 0 else None
        if person is None:
            out.append(m)
            continue
        s, e = person
        out.append(replace(m, owner=sentence[s:e], start=min(m.start, offset + s), end=max(m.end, offset + e)))
    return out


# Words a name never opens with, which the Russian model takes into one on Ukrainian text («Про це Зеленський»)
_LEAD = re.compile(r"(?:(?:[a-zа-яёіїєґ][\w'’-]*|Про|Об|Это|Це|По|За|Так|Как|Як)[ \t]+)+")


def _without_lead(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    lead = _LEAD.match(sentence, start, end)
    start = lead.end() if lead else start
    return (start, end) if start < end else None


def _whole_person(owner: str) -> bool:
    """ "Вячеслав Гладков": a first name and a surname already, nothing for the tagger to add."""
    words = owner.split()
    return len(words) in (2, 3) and looks_like_person(owner) and person_word(words[0])


def _person_at(sentence: str, start: int, end: int, tagged: Entities) -> tuple[int, int] | None:
    """The person the tagger sees at the owner as written (the whole name: "Роман Бусаргин"), right after it
    ("губернатор Саратовской области Роман Бусаргин"), or next to the mention when the owner as written is no
    name at all ("Ситуацию прокомментировала в Telegram … Мария Захарова")."""
    ents = tagged.of(sentence)
    people = [span for s, e, kind in ents if kind == "PER" and (span := _without_lead(sentence, s, e))]
    inside = [(s, e) for s, e in people if s <= start and end <= e]
    if inside:
        return inside[0]
    after = [(s, e) for s, e in people if start <= s <= end + 40 and not _CLAUSE_BREAK.search(sentence, end, s)]
    if after:
        return after[0]
    if any(s < end and start < e for s, e, _ in ents):
        return None  # the tagger sees a name there: keep it
    near = [(s, e, "PER") for s, e in people if _adjacent_span(sentence, (s, e, "PER"), start, end + 60)]
    best = _nearest(near, start, end)
    return (best[0], best[1]) if best else None
