"""extract_citations: run every rule over an article and settle overlapping findings into one list."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from .acronyms import defined_acronyms, is_acronym
from .arabic_kazakh import arabic_shadow
from .confidence import confidence
from .cues import cue_matches, refine_owners
from .fallback import sentence_owners
from .known_channels import find_known_channels, is_known_channel, speaking_known_channels, widen_to_known
from .latin_kazakh import cyrillic_shadow
from .links import find_anchor_links, find_handles, find_links
from .model import Article, Citation, Match
from .morph import nominative, person_word, text_language
from .outlets import find_outlets
from .people import full_name_by_stem, full_names, is_office, looks_like_person, surnames
from .pronouns import body_in_full, channel_again, offices_named_before, possessive_channels
from .said_on import retype_outlets, said_on_telegram, statements_in_telegram, telegram_places
from .sentences import SentenceIndex
from .shadow import Shadow, plain_apostrophes, visible_shadow
from .syntax import impersonal_sources, subject_channels, widen_outlets
from .telegram import find_telegram_prose, unquote_telegram
from .traps import drop_traps, promoted, url_trap
from .unnamed import examples_of_channels, find_unnamed_channels
from .wraps import unwrapped

# Between a channel's name and its link: 'канал «Рыбарь» (t.me/rybar)', 'Telegram channel "X": @x'.
_JOIN_GAP = re.compile(r"[\s(\[:,—–-]{0,4}\Z")
# A type word calling a Telegram-first medium a publication: "the publication Baza", «издание Readovka»
_MEDIUM_WORDS = r"publication|newspaper|outlet|website|portal|издани[еяю]|газет[аыеу]|видання|портал[аеу]?|сайт[аеу]?"
_PUBLICATION = re.compile(rf"(?<![\w-])(?:{_MEDIUM_WORDS})(?![\w-])", re.IGNORECASE)
# The same, or a TV channel: «телеканал "Общественное"» is a medium too, whatever else it posts on
_PUBLICATION_OR_CHANNEL = re.compile(rf"(?<![\w-])(?:{_MEDIUM_WORDS}|телеканал[аеу]?)(?![\w-])", re.IGNORECASE)
_IN_TELEGRAM = re.compile(r"(?P<name>.+?)[ \t]+(?:в|во|у|in|on)[ \t]+(?:telegram|телеграм\w*)\Z", re.IGNORECASE)
_ON_TELEGRAM = re.compile(
    # ('Source: "Azov" regiment on Telegram': what the named body is, between)
    r"(?:[ \t]+(?:regiment|brigade|battalion|corps|unit|group|movement|party))?"
    r"[ \t]+(?:on|in|via|в|у"
    # «сообщили в Минобороны через их официальный Telegram-канал», «через свій телеграм-канал»
    r"|через(?:[ \t]+(?:их|свой|свій|сво[её]|його|її|официальный|офіційний|собственный))*)"
    r"[ \t]+(?:(?:telegram|телеграм[а-яі]*)(?:-канал[а-яі]*)?|(?:тг|tg)[-‑]канал[а-яі]*)(?![\w-])",  # «у ТГ-каналі»
    re.IGNORECASE,
)
_RU_ENDING = re.compile(r"(?:ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ах|ях|ов|ев|ы|и|а|я|у|ю|е|ь|й|о)\Z")


# Rules that name a channel by pointing back to an outlet named before ("телеграм-канал издания", "the portal
# said on its Telegram channel"): the outlet's own mention stays an outlet.
_BY_REFERENCE = frozenset({"tg.prose.channel_of_outlet", "tg.prose.channel_of_body", "tg.prose.channel_of_body_before",
                           "tg.said_on.outlet", "tg.prose.owner_adjective",
                           "tg.prose.quoted_subject"})  # (read by its verb alone: elsewhere it may be a TV channel)


def extract_citations(article: Article) -> list[Citation]:
    """Every source the article cites, sorted by position; each span satisfies text[start:end] == citation.text."""
    visible = visible_shadow(article.text)
    if visible is None:
        return _unwrapped(article)
    # Found in the text without its soft hyphens and zero-width characters, reported in the text as written
    # (names and sentences as they read)
    links = tuple((href, visible.from_original(s), visible.from_original(e)) for href, s, e in article.links)
    return [_as_written_in(article.text, visible.text, c, visible.to_original)
            for c in _unwrapped(replace(article, text=visible.text, links=links))]


def _unwrapped(article: Article) -> list[Citation]:
    """A hard-wrapped text's citations found in its paragraphs (a wrapping newline read as a space: the offsets
    are the same), each span and sentence reported as written."""
    paragraphs = unwrapped(article.text)
    if paragraphs is None:
        return _apostrophes(article)
    return [_as_written_in(article.text, paragraphs, c, lambda i: i)
            for c in _apostrophes(replace(article, text=paragraphs))]


def _apostrophes(article: Article) -> list[Citation]:
    """Citations found with the text's odd apostrophes read as ’ (shadow.plain_apostrophes: the offsets are the
    same), reported as written, names too ("Ukraine‘s air force")."""
    plain = plain_apostrophes(article.text)
    if plain is article.text:
        return _extract(article)
    # (only a citation with a ’ in its sentence or names can read otherwise than written: the rest stay as found)
    return [_names_as_written(article.text, plain, _as_written_in(article.text, plain, c, lambda i: i))
            if "’" in c.context or "’" in (c.name or "") or "’" in (c.owner or "") else c
            for c in _extract(replace(article, text=plain))]


def _names_as_written(original: str, read: str, c: Citation) -> Citation:
    """The name and owner of a citation found in `read`, a respelling of `original` letter for letter, as written."""

    def written(found: str | None) -> str | None:
        if not found or "’" not in found:  # (only an apostrophe can read otherwise than written)
            return found
        at = read.find(found, max(0, c.start - 300), c.end + 300)
        at = read.rfind(found, 0, c.start) if at == -1 else at  # (an owner named in full further back)
        return original[at : at + len(found)] if at != -1 else found

    return replace(c, name=written(c.name), owner=written(c.owner))


def _as_written_in(original: str, read: str, c: Citation, to_original: Callable[[int], int]) -> Citation:
    """A citation found in `read` (the original with characters left out or newlines made spaces), its span and
    its sentence taken back to the original: both are slices of it, as every citation's are."""
    start = to_original(c.start)
    end = to_original(c.end - 1) + 1 if c.end > c.start else start
    at = read.find(c.context, max(0, c.start - len(c.context)), c.end + len(c.context))
    if at == -1 or at > c.start:  # (the sentence always holds the span; kept as read should it not)
        return replace(c, start=start, end=end, text=original[start:end])
    context = original[to_original(at) : to_original(at + len(c.context) - 1) + 1] if c.context else ""
    return replace(c, start=start, end=end, text=original[start:end], context=context)


def _extract(article: Article) -> list[Citation]:
    text = article.text
    # Kazakh in Latin or Arabic letters: found in Cyrillic, reported as written
    shadow = cyrillic_shadow(text) or arabic_shadow(text)
    if shadow is None:
        plain = unquote_telegram(text)  # («в «Телеграме»»: the rules read the word bare; spans stay the text's)
        found, sentences = _find(article if plain is text else replace(article, text=plain))
        if plain is not text:  # (a mention ending at the word ends at its closing quote)
            found = [replace(m, end=m.end + 1) if text[m.end : m.end + 1] == "»" != plain[m.end] else m for m in found]
        expand = _acronyms_if_cited(text, found)
        lang = text_language(text) if found else "ru"  # which dictionary gives the names' nominative
        return [_citation(text, m, sentences.around(m.start, m.end), lang, expand) for m in found]
    links = tuple((href, shadow.from_original(s), shadow.from_original(e)) for href, s, e in article.links)
    found, sentences = _find(replace(article, text=shadow.text, links=links))
    cited = []
    for m in found:
        s, e = sentences.bounds(m.start, m.end)  # the shadow's sentence, taken from the original
        cited.append(_citation(text, _as_written(m, text, shadow), text[shadow.to_original(s) : shadow.to_original(e)],
                               "ru"))
    return cited


def _as_written(m: Match, text: str, shadow: Shadow) -> Match:
    """A finding in the Cyrillic shadow, its span, name and owner taken back to the original text."""

    def back(found: str | None) -> str | None:
        at = shadow.text.find(found, max(0, m.start - 300), m.end + 300) if found else -1
        if found and at == -1:  # an owner named in full further back («Sergeı Sobıanın» in the first line)
            at = shadow.text.rfind(found, 0, m.start)
        if not found or at == -1:
            return found
        return text[shadow.to_original(at) : shadow.to_original(at + len(found))]

    return replace(m, start=shadow.to_original(m.start), end=shadow.to_original(m.end), name=back(m.name),
                   owner=back(m.owner))


def _find(article: Article) -> tuple[list[Match], SentenceIndex]:
    """Every rule's findings, settled, with the article's sentences."""
    text = article.text
    # 1. Links: anchors first, so an anchor wins over the same URL written out as its text.
    links = _pick(find_anchor_links(text, article.links) + find_links(text) + find_handles(text), by_length=False)
    # 2. Telegram channels named in prose; a Telegram link inside or right after a mention joins it.
    # The parser's subject of «… написала в своем Telegram-канале» goes before the rules that only guess
    # whose "своем" or "она" is by word order and nearness.
    sentences = SentenceIndex(text)
    ruled = _pick([widen_to_known(text, m) for m in find_telegram_prose(text)])
    guesses = ("tg.prose.possessive_owner", "tg.prose.pronoun_owner")
    prose = [m for m in ruled if m.rule not in guesses]
    prose = prose + _pick(subject_channels(text, sentences), taken=prose)
    prose = prose + _pick([m for m in ruled if m.rule in guesses], taken=prose)
    places = telegram_places(text)  # found once: the last-resort rule (step 6) reads them again
    prose = prose + _pick(said_on_telegram(text, sentences, places), taken=prose)  # "Governor X said in a post …"
    prose = prose + _pick(find_known_channels(text), taken=prose)  # «опубликовал канал Mash»
    prose = prose + [_the_channel_cited_before(text, m, prose)  # «Телеграм-каналы публикуют кадры»
                     for m in _pick(find_unnamed_channels(text), taken=prose)]
    prose, tg_links = _join_links(text, prose, [m for m in links if m.kind == "telegram"])
    telegram = _pick(prose + tg_links, by_length=False)
    # 3. Outlets; a name already known as a Telegram channel ("«Рыбарь» пишет") is that channel again, and so
    # is a source that said it on Telegram ("the ministry said on its Telegram channel").
    # (not an outlet's channel named by reference back to it: «изданию «X» … телеграм-канал издания» keeps the
    # interview with X an outlet)
    # (nor a promotion's: «Больше новостей — в телеграм канале ОСН» leaves the dateline's «— ОСН» an outlet)
    channels = {name_key(m.name) for m in telegram
                if m.name and m.rule not in _BY_REFERENCE and not promoted(text, sentences, m)}
    outlets = find_outlets(text, known=[m.name for m in telegram if m.name]) + impersonal_sources(text, sentences)
    by_name = [m for m in outlets if _body_said_by_name(text, m)]
    outlets = [m for m in outlets if not any(b.start < m.end and m.start < b.end for b in by_name)]
    again = [replace(m, kind="telegram", rule="tg.prose.known_name")
             for m in outlets if name_key(m.name or "") in channels]
    # "According to Mash": a Telegram medium; "according to the publication Baza" calls it an outlet
    known = [m for m in outlets if name_key(m.name or "") not in channels and is_known_channel(m.name)]
    as_outlet = [m for m in known if _PUBLICATION.search(text, max(0, m.start - 30), m.end)]
    again += [replace(m, kind="telegram", rule="tg.known_channel") for m in known if m not in as_outlet]
    # «…, написала Baza», «Mash публикует кадры»: a known medium by a verb no outlet rule reads (after those rules,
    # so a name they found keeps its reading)
    again += _pick(speaking_known_channels(text), taken=telegram + outlets + again)
    again += [replace(m, kind="telegram", rule="tg.prose.source_in_telegram", name=said.group("name"))
              for m in outlets if m.name and (said := _IN_TELEGRAM.match(m.name))]  # "Минобороны в Telegram заявило"
    plain = [m for m in outlets if name_key(m.name or "") not in channels and not _IN_TELEGRAM.match(m.name or "")
             and (not is_known_channel(m.name) or m in as_outlet)] + by_name
    plain = widen_outlets(text, sentences, plain)  # the parser's whole noun group, then where it said it:
    again += [replace(m, kind="telegram", rule="tg.prose.source_in_telegram", end=on.end())  # "Source: X on Telegram"
              for m in plain if m.name and (on := _ON_TELEGRAM.match(text, m.end))]  # «ГТРК «Вайнах» в Telegram»
    plain = [m for m in plain if not _ON_TELEGRAM.match(text, m.end)]
    examples = examples_of_channels(text, telegram, plain)  # «Телеграм-каналы публикуют … Так, "ЧП Донецк" …»
    plain = [m for m in plain if not any(e.start == m.start and e.end == m.end for e in examples)]
    again += examples
    said_there, plain = retype_outlets(text, sentences, plain)
    said_there += statements_in_telegram(text, plain)  # «"…", - ідеться в повідомленні в телеграмі»
    telegram = _unnamed_yield(telegram, said_there)  # a source named for a span beats no name at all
    telegram = _pick(telegram + again, by_length=False)
    telegram = _pick(telegram + _pick(said_there, taken=telegram), by_length=False)
    pointed_back = channel_again(text, telegram, plain)  # "the channel": the one named before (or who just spoke)
    telegram = _unnamed_yield(telegram, pointed_back)
    telegram = _pick(telegram + _pick(pointed_back, taken=telegram), by_length=False)
    possessive = possessive_channels(text, sentences, telegram)  # "through his Telegram channel"
    telegram = _pick(telegram + _pick(possessive, taken=telegram), by_length=False)
    # A body found saying it on Telegram only now («повідомив "ДТЕК" у телеграм-каналі») is that channel again
    # wherever the text has it saying something («ДТЕК повідомив»): one source, not an outlet as well
    late = {name_key(m.name) for m in telegram if m.name and m.rule not in _BY_REFERENCE} - channels
    # (not one the text calls a medium, «телеканал "Общественное"», or reporting as media do, «повідомляє X»)
    late_again = [replace(m, kind="telegram", rule="tg.prose.known_name") for m in plain
                  if name_key(m.name or "") in late and m.rule != "outlet.verb_before"
                  and not _PUBLICATION_OR_CHANNEL.search(text, max(0, m.start - 30), m.end)]
    moved = {(m.start, m.end) for m in late_again}
    plain = [m for m in plain if (m.start, m.end) not in moved]
    telegram = _pick(telegram + _pick(late_again, taken=telegram), by_length=False)
    # 4. Outlets never overlap Telegram citations; one that overlaps an anchor takes its URL.
    urls = [m for m in links if m.kind == "url"]
    url_spans = _Spans(urls)
    people = surnames(text)  # "Bogomaz earlier reported", once "Alexander Bogomaz" is named: a person speaks
    if plain:  # («заявила Бледанс» after «Эвелина Бледанс»: a first name the lists know, a surname of any ending)
        people |= frozenset(full_names(text))
    named = _pick([m for m in plain if not _a_person(m.name or "", people)], taken=telegram)
    named = [replace(m, url=hit.url) if (hit := url_spans.find(m)) else m for m in named]
    # A website's address alone, written without a scheme ("— write: www.x.org", «Источник www.y.ru»): the site
    # named as a source, an outlet with its address (the outlet a source line already made, or a new one)
    sites = [m for m in urls if m.rule != "url.anchor" and _SITE_ONLY.fullmatch(text, m.start, m.end)
             and not url_trap(text, m)]  # («© / www.x.com»: a credit stays a link, dropped with the traps)
    urls = [m for m in urls if m not in sites]
    outlet_spans = _Spans(named)
    named = sorted(named + [Match("outlet", m.start, m.end, "outlet.site_address", name=text[m.start:m.end], url=m.url)
                            for m in _pick(sites, taken=telegram) if outlet_spans.find(m) is None],
                   key=lambda m: m.start)
    # (the scan only when needed: a surname alone as the owner, or as the name of someone named in full)
    in_full = full_names(text) if any(_surname_only(m) or _surname_as_name(m, people) for m in telegram) else None
    owned = offices_named_before(text, refine_owners(text, sentences, telegram))  # «глава региона»: named before
    full = in_full or {}
    # the owner in full before the name-or-owner choice, and again after it: «… мэр Виталий Кличко … в
    # Telegram-канале Кличко» reads "Кличко" as the name, which that choice makes the owner
    chosen = [body_in_full(text, _in_full(_owner_or_name(_in_full(m, full, text), people), full, text)) for m in owned]
    chosen += urls + named
    # 5. Sentences that cite a source in words no rule knows: the tagger's names near the cue.
    chosen = sorted(chosen + _pick(cue_matches(text, sentences, chosen), taken=chosen), key=lambda m: (m.start, m.end))
    # 6. A sentence that puts someone's words on Telegram in a shape no rule reads: that one's channel.
    fallback = list(sentence_owners(text, sentences, [m for m in chosen if m.kind == "telegram"], places, people))
    if any(_surname_only(m) for m in fallback):
        in_full = full_names(text) if in_full is None else in_full
        fallback = [_in_full(m, in_full, text) for m in fallback]
    chosen = _retyped(chosen, fallback)
    chosen = sorted(chosen + _pick(fallback, taken=chosen), key=lambda m: (m.start, m.end))
    # 7. Photo credits, the publisher's own channel, TV channels: they look like citations and are not.
    return drop_traps(text, sentences, chosen), sentences


def _retyped(chosen: list[Match], fallback: list[Match]) -> list[Match]:
    """`chosen` less each outlet that a fallback Telegram citation reads as its clause's subject, in the same words
    at the same place: "In a Telegram post, Ukraine's air force said" is the air force's channel, not an outlet."""
    said_there = [(m.name, m.start, m.end) for m in fallback if m.rule == "tg.fallback.clause_subject"]
    return [m for m in chosen if m.kind != "outlet" or not any(
        name == m.name and m.start < end and start < m.end for name, start, end in said_there)]


_SITE_ONLY = re.compile(r"www\.[^\W_](?:[\w.-]*[^\W_])?\.[^\W\d_]{2,24}/?", re.IGNORECASE)  # no path, no scheme


def _unnamed_yield(telegram: list[Match], found: list[Match]) -> list[Match]:
    """`telegram` less the channels cited without a name where one of `found` names a channel at the same place."""
    named = _Spans([m for m in found if m.name])
    return [m for m in telegram if m.rule != "tg.prose.unnamed" or named.find(m) is None]


def _body_said_by_name(text: str, m: Match) -> bool:
    """«В X сообщили» with X named right there: the body's people speaking, impersonal, an outlet beside the body's
    channel (as the guide's own example has «зазначили у КМДА» beside «повідомляє КМДА у Телеграм»); «В ведомстве
    напомнили», the body by its common noun, goes on being its channel."""
    return m.rule == "outlet.body_said" and text[m.start : m.end] == m.name


def _a_person(name: str, people: frozenset[str]) -> bool:
    """A surname of someone the text names in full ("Bogomaz"), or such a person's first and last name ("Aidos
    Ukibay", once "his press secretary Aidos Ukibay" is named)."""
    words = name.split()
    return name.casefold() in people or (len(words) == 2 and words[-1].casefold() in people
                                         and all(w[:1].isupper() for w in words) and words[0] not in _ARTICLES)


_ARTICLES = frozenset("The A An".split())  # "The Bulletin": a paper, whatever "Bulletin" ends elsewhere


@lru_cache(maxsize=8192)  # an article names the same few sources over and over
def name_key(name: str) -> str:
    """Loose comparison key: case, quotes, punctuation and Russian case endings ignored ("Рыбаря" ~ "Рыбарь")."""
    words = re.findall(r"\w+", name.casefold().replace("ё", "е"))
    return " ".join(_RU_ENDING.sub("", w) if len(w) > 4 else w for w in words)


class _Spans:
    """Non-overlapping spans kept sorted by start, so overlap checks cost O(log n), not O(n)."""

    def __init__(self, spans: list[Match] = ()) -> None:  # type: ignore[assignment]
        self.starts: list[int] = []
        self.spans: list[Match] = []
        for m in spans:
            self.add(m)

    def find(self, m: Match) -> Match | None:
        i = bisect_right(self.starts, m.start)
        for j in (i - 1, i):  # the span starting at or before m, and the next one
            if 0 <= j < len(self.spans) and self.spans[j].overlaps(m):
                return self.spans[j]
        return None

    def add(self, m: Match) -> None:
        if m.start < m.end:  # empty spans (image links) never overlap anything
            i = bisect_right(self.starts, m.start)
            self.starts.insert(i, m.start)
            self.spans.insert(i, m)


def _the_channel_cited_before(text: str, m: Match, cited: list[Match]) -> Match:
    """ "… сообщает Telegram-канал Mash. По информации Telegram-канала, …": one channel cited with no name after
    another was cited in the paragraph before is that one again."""
    if m.rule != "tg.prose.unnamed" or not text[m.start : m.end].casefold().endswith(("канала", "каналу")):
        return m
    last = max((c for c in cited if c.end <= m.start and m.start - c.end < 600 and (c.name or c.owner)),
               key=lambda c: c.end, default=None)
    return m if last is None else replace(m, rule="tg.prose.channel_cited_before", name=last.name, owner=last.owner)


def _pick(matches: list[Match], taken: list[Match] = (), by_length: bool = True) -> list[Match]:  # type: ignore[assignment]
    """Greedy non-overlapping choice, longer spans first (or in input order), never overlapping `taken`."""
    order = sorted(matches, key=lambda m: (m.start - m.end, m.start)) if by_length else matches
    spans = _Spans(list(taken))
    kept = []
    for m in order:
        if spans.find(m) is None:
            kept.append(m)
            spans.add(m)
    return sorted(kept, key=lambda m: m.start)


def _join_links(text: str, prose: list[Match], links: list[Match]) -> tuple[list[Match], list[Match]]:
    """Give a prose mention the handle and URL of a Telegram link inside it or written right after it."""
    prose = list(prose)  # sorted, non-overlapping
    starts = [p.start for p in prose]
    left = []
    for link in links:
        i = bisect_right(starts, link.end) - 1
        host = next((j for j in (i, i - 1) if j >= 0 and prose[j].handle is None and _adjacent(text, prose[j], link)),
                    None)
        if host is None:
            left.append(link)
            continue
        p = prose[host]
        prose[host] = replace(p, start=min(p.start, link.start), end=max(p.end, link.end), handle=link.handle,
                              url=link.url, name=p.name or link.name)
    return prose, left


def _adjacent(text: str, p: Match, link: Match) -> bool:
    if p.overlaps(link):
        return True
    return p.end <= link.start and link.start - p.end <= 4 and bool(_JOIN_GAP.match(text, p.end, link.start))


def _owner_or_name(m: Match, people: frozenset[str]) -> Match:
    """ "Об этом пишет Baza в Telegram": one capitalised word in the owner's place that is nobody's name in this
    article, nor a person's by its form, is the channel's own name; one in the name's place that is the surname
    of someone named in full is that person, the owner."""
    owner = m.owner or ""
    if (m.name and not m.owner and " " not in m.name and m.name.casefold() in people
            and not is_known_channel(m.name)):
        return replace(m, name=None, owner=m.name)  # "Gendelman shared … on Telegram", "Dmitry Gendelman" before
    if m.name or " " in owner or not owner[:1].isupper() or _in_any_case(owner.casefold(), people):
        return m
    if looks_like_person(owner) or person_word(owner) or is_office(owner):  # «Губернатор»: the office's holder
        return m
    return replace(m, name=owner, owner=None)


_CASE_ENDINGS = ("а", "у", "ом", "ові", "ою", "ої", "ій", "ого", "ому", "им", "і", "е", "ой", "ей", "ем")


def _in_any_case(word: str, people: frozenset[str]) -> bool:
    """A surname of someone named in full, in any case ending («Кіма», «Кличка» for «Кім», «Кличко»)."""
    if word in people:
        return True
    if word.isascii():
        return False  # (the endings are Cyrillic)
    return any(_a_case_of(word, stem) for stem in _stems(people))


def _stem(surname: str) -> str:
    return surname.rstrip("аоеяіиуь")


def _a_case_of(word: str, stem: str) -> bool:
    """The word is the stem (three letters or more) with a case ending."""
    return len(stem) >= 3 and word.startswith(stem) and word[len(stem) :] in _CASE_ENDINGS


@lru_cache(maxsize=16)
def _stems(people: frozenset[str]) -> tuple[str, ...]:
    """The Cyrillic surnames' stems, their last vowel off: once per text."""
    return tuple(_stem(p) for p in people if not p.isascii())


def _surname_only(m: Match) -> bool:
    return bool(m.owner) and " " not in (m.owner or "")


def _surname_as_name(m: Match, people: frozenset[str]) -> bool:
    return (bool(m.name) and not m.owner and " " not in (m.name or "")
            and _in_any_case((m.name or "").casefold(), people))


def _in_full(m: Match, in_full: dict[str, str], text: str) -> Match:
    """An owner written by surname alone ("Об этом Хоценко сообщил") as the article names them in full, also in
    another case than the one named in full («в Telegram-канале Сырского» after «Александр Сырский»)."""
    if not _surname_only(m) or not in_full:
        return m
    surname = (m.owner or "").casefold()
    full = in_full.get(surname) or (full_name_by_stem(text, surname) if not surname.isascii() else None)
    if full is None and not surname.isascii():  # «Кіма» for «Віталій Кім»: a short surname in another case
        cased = [name for key, name in in_full.items() if _a_case_of(surname, _stem(key))]
        full = cased[0] if len(set(cased)) == 1 else None
    return replace(m, owner=full) if full else m


def _acronyms_if_cited(text: str, found: list[Match]) -> dict[str, str]:
    """The article's acronym definitions, looked for only when a source is cited by an acronym."""
    cited = (n for m in found for n in (m.name, m.owner) if n)
    return defined_acronyms(text) if any(is_acronym(n) for n in cited) else {}


def _citation(text: str, m: Match, context: str, lang: str, expand: dict[str, str] | None = None) -> Citation:
    """A finding as reported; a name that is an acronym the article defines is normalised to what it stands for
    ("IDF" -> "Israel Defense Forces"), else put in the nominative by lang's dictionary, the name as written kept."""
    expand = expand or {}
    name_normalized = (expand.get(m.name) or nominative(m.name, lang)) if m.name else None
    owner_normalized = (expand.get(m.owner) or nominative(m.owner, lang)) if m.owner else None
    return Citation(kind=m.kind, name=m.name, owner=m.owner, url=m.url, handle=m.handle, text=text[m.start : m.end],
                    start=m.start, end=m.end, context=context, rule=m.rule, name_normalized=name_normalized,
                    owner_normalized=owner_normalized, confidence=confidence(m.rule))
