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
from .people import is_nationality, is_org_like, sentence_person
from .said_on import EN_BODY_WORD, GROUPS_THERE, MANY_THERE, POSTING_VERB, TELEGRAM_TRAP, reported_there
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


# English puts the place in an adjunct set off by commas, and whoever posted is the clause's subject on its other side:
# "The Wagner group, in a Telegram post, denied it", "In a video posted on Telegram, Ukraine's air force said".
# The subject: up to eight words, the first capitalised, no clause break inside.
_EN_SUBJECT = r"(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[\w'’().-]+){0,7}?)"
_EN_ADVERB = r"(?:(?:also|later|then|again|earlier|previously|has|have|had)[ \t]+)?"
_SUBJECT_COMMA_THEN_PLACE = re.compile(rf"(?:\A|(?<=[.!?\n][ \t])|(?<=\n)){_EN_SUBJECT}[ \t]*,[ \t]+"
                                       r"(?:[a-z][^,;:\n]*)?\Z")
_FRONTED_ADJUNCT = re.compile(r"\A\W{0,3}(?:In|On|Via|Through|Writing|Posting|Speaking|Responding|Commenting)"
                              r"(?![\w-])[^,;:\n]*\Z")
_SUBJECT_THEN_VERB = re.compile(rf"[ \t]*(?:the[ \t]+)?{_EN_SUBJECT}[ \t]+{_EN_ADVERB}\Z")
_LATIN = re.compile(r"[A-Za-z]")
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w-]*")
_CYRILLIC_ANY = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")


def _names_someone(subject: str) -> bool:
    """A capitalised word past the first that is no nationality: "The Wagner group", "Ukraine's air force", not
    "The Iraqi coalition" or "Ukrainian officials" (a kind of body, no name of its own)."""
    words = [w.group() for w in _CAP_WORD.finditer(subject)]
    if words[:1] in (["The"], ["A"], ["An"]):
        words = words[1:]
    return any(not is_nationality(w) for w in words)


def _english_subject(text: str, lo: int, hi: int, place: re.Match[str]) -> tuple[int, int] | None:
    """The subject of the English clause the place of saying is in: opening the sentence right before its verb
    ("The government of the Belgorod region reported this on Telegram"), or on the other side of an adjunct between
    commas that holds the place ("X, in a Telegram post, said"; "In a post on Telegram, X said")."""
    if _CYRILLIC_ANY.search(text, lo, hi) or not _LATIN.search(text, lo, hi):
        return None
    verb = POSTING_VERB.search(text, lo, place.start())
    if verb is not None and "," not in text[verb.end() : place.start()] \
            and not _FRONTED_ADJUNCT.match(text, lo, verb.start()):  # the verb, then the place, in one clause
        subject = _SUBJECT_THEN_VERB.match(text, lo, verb.start())
        if subject is not None and subject.start("who") - lo <= 4:
            return subject.span("who")
    close = text.find(",", place.end(), hi)  # the adjunct's closing comma ("…, in a Telegram post on Monday, said")
    if close == -1 or close - place.end() > 40:
        return None
    before = _SUBJECT_COMMA_THEN_PLACE.search(text, lo, place.start())
    if before is not None:  # "X, in a Telegram post, said …": the verb right after the closing comma
        verb = POSTING_VERB.search(text, close + 1, hi)
        gap = text[close + 1 : verb.start()] if verb is not None else ""
        return before.span("who") if verb is not None and not gap.strip(" \t") else None
    if _FRONTED_ADJUNCT.match(text, lo, place.end()):  # "In a post on Telegram, X said …": X up to the verb
        verb = POSTING_VERB.search(text, close + 1, min(hi, close + 120))
        subject = _SUBJECT_THEN_VERB.match(text, close + 1, verb.start()) if verb is not None else None
        if subject is not None:
            return subject.span("who")
    return None


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
        subject = _english_subject(text, lo, hi, place)
        who_text = text[subject[0] : subject[1]] if subject is not None else ""
        if subject is not None and (is_org_like(who_text) or EN_BODY_WORD.search(who_text)) \
                and _names_someone(who_text):
            span = (min(subject[0], place.start()), max(subject[1], place.end()))
            yield Match("telegram", *span, "tg.fallback.clause_subject", name=who_text)
            continue  # (a body with a name of its own: "Ukrainian officials" or "the Iraqi coalition" names no one)
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
