"""The last resort for a sentence that says something was said on Telegram and that no rule has read: whoever the
sentence is about owns the channel.

The shapes are endless ("Vitali Klitschko, who heads the capital, then addressed residents on Telegram"), and every
rule before this one reads a shape. Here only three things count: Telegram as the place (the place words of
said_on), a verb of saying or posting in the sentence, and who the sentence names: a person (people.sentence_person:
the nearest name before the place in its clause, or one that speaks right after it), else the first organisation
named before the place. Such citations carry their own rule, so a reader can weigh them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate

from .model import Match
from .people import is_org_like, sentence_person
from .said_on import GROUPS_THERE, MANY_THERE, TELEGRAM_TRAP, reported_there
from .sentences import SentenceIndex
from .speech import EN_VERBS, RU_VERBS

# "a message sent out by the mayor … through Telegram", "X sent an urgent message on Telegram": sending a message is
# saying it (not "sent" alone: troops, money, letters are sent too)
_SENT_MESSAGE = (r"(?:message|post|statement|appeal|address|update|warning)s?[ \t]+sent|sent(?:[ \t]+out)?[ \t]+"
                 r"(?:(?:a|an|the|his|her|its|their)[ \t]+)?(?:[a-z]+[ \t]+)?"
                 r"(?:message|post|statement|appeal|address|update|warning)s?")
_SAYING = re.compile(rf"(?<![\w-])(?:{EN_VERBS}|{RU_VERBS}|addressed|appealed|urged|told|{_SENT_MESSAGE})(?![\w-])",
                     re.IGNORECASE)
# Telegram the company in Russian or Ukrainian: blocked, restricted, slowed down, its founder, or a promo line
# («Роскомнадзор подтвердил введение ограничений в Telegram»): who the sentence names is no channel's owner
_COMPANY_TRAP = re.compile(r"блокир|блокув|заблоку|ограничени|ограничит|обмеженн|обмежи|замедл|уповільн|сповільн|"
                           r"дуров|подписывайтесь|подписаться|підписуйтесь|підписатися", re.IGNORECASE)
_CAP_RUN = re.compile(r"(?<![\w-])[A-ZА-ЯЁІЇЄҐ][\w’'.-]+(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w’'.-]+){0,3}")
_QUOTED_AT_PLACE = re.compile(r"[«\"“](?P<name>[A-ZА-ЯЁІЇЄҐ][^«»\"“”\n]{1,40})[»\"”][ \t]*"
                              r"(?:(?:у|в|на|in|on)[ \t]*)?\Z")
_QUOTE_CLOSES = re.compile(r"[»\"”][ \t]*[,.!?]?[ \t]*[–—-][ \t]")  # '…», — ': a quotation ends, who said it next
_CYRILLIC_CAP = re.compile(r"[А-ЯЁІЇЄҐ]")
# The rest of a body's name before the place: lowercase words in the genitive, «при» and an acronym («протидії
# дезінформації при РНБО»), then only the preposition of the place
_BODY_TAIL = re.compile(r"(?P<tail>(?:[ \t]+(?!(?:у|в|на|через)(?:[ \t]|\Z))(?:[а-яёіїєґ'’]+|[А-ЯЁІЇЄҐ]{2,}))+?)"
                        r"(?:[ \t]+(?:у|в|на|через))?[ \t]*\Z")  # (the place may hold its preposition)


def sentence_owners(text: str, sentences: SentenceIndex, telegram: Iterable[Match],
                    places: Iterable[re.Match[str]], people: frozenset[str] = frozenset()) -> Iterator[Match]:
    """A Telegram citation for each sentence with Telegram as a place (said_on.telegram_places), a verb of saying
    and someone named in it, where no Telegram citation was found. people: surnames of those named in full."""
    cited = sorted((m.start, m.end) for m in telegram)
    starts = [s for s, _e in cited]
    reach = list(accumulate((e for _s, e in cited), max))  # the furthest end among the spans up to each one

    def already_cited(lo: int, hi: int) -> bool:  # any span starting before hi ending after lo: O(log n) a place
        i = bisect_left(starts, hi)
        return i > 0 and reach[i - 1] > lo

    done: set[int] = set()
    for place in places:
        lo, hi = sentences.bounds(place.start(), place.end())
        if lo in done or already_cited(lo, hi):
            continue
        done.add(lo)
        sentence = text[lo:hi]
        if TELEGRAM_TRAP.search(sentence) or _COMPANY_TRAP.search(sentence) or not _SAYING.search(sentence) \
                or GROUPS_THERE.search(text, max(lo, place.start() - 40), place.start()) \
                or MANY_THERE.match(text, place.end()):
            continue  # (not "about closed groups in Telegram", "activities on Telegram channels")
        said = list(_SAYING.finditer(text, lo, place.start()))
        if said and reported_there(text, said[-1].end(), place):
            continue  # "X said he had read about it on Telegram": the place is the reported clause's
        who = sentence_person(text, place.start(), place.end(), people)
        if who is not None and " " not in text[who[0] : who[1]] and place.start() - who[1] > 60:
            who = None  # a surname alone far from the place: "Mikhalchik said the arrest … appeared on a Telegram …"
        if who is not None and lo <= who[0] < hi:
            yield Match("telegram", min(who[0], place.start()), max(who[1], place.end()),
                        "tg.fallback.sentence_person", owner=text[who[0] : who[1]])
            continue
        quoted = _QUOTED_AT_PLACE.search(text, max(lo, place.start() - 60), place.start())
        if quoted is not None:  # «… проєкт Радіо Свобода "Крим.Реалії" у Telegram»: the name the place follows
            yield Match("telegram", quoted.start(), place.end(), "tg.fallback.sentence_body", name=quoted["name"])
            continue
        body = next((r for r in _CAP_RUN.finditer(text, lo, place.start()) if is_org_like(r.group())), None)
        if body is not None and _QUOTE_CLOSES.search(text, body.end(), place.start()):
            body = None  # «"… согласование ГПЗУ", – отмечается в Telegram»: a name inside what was said
        if body is not None:
            # «повідомлено Центром протидії дезінформації при РНБО у Telegram»: the lowercase words of its name up
            # to the place, when nothing else stands between
            tail = _BODY_TAIL.match(text, body.end(), place.start())
            end = tail.end("tail") if tail and _CYRILLIC_CAP.match(body.group()) else body.end()
            name = text[body.start() : end]
            yield Match("telegram", body.start(), place.end(), "tg.fallback.sentence_body", name=name)
