"""Owners named only by a pronoun or an office: "— написал он в Telegram-канале", "заключил мэр в своем …".

The mention is recorded where it stands; the owner is the person named in the sentences before (the nearest
name, or the nearest name given with the same office), or the pronoun itself when no one is named.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from .known_channels import is_known_channel
from .model import Match
from .morph import common_noun, function_word, genitive_of, modifies, person_word, place_word
from .people import (
    full_names,
    gender_of,
    is_demonym,
    is_known_outlet,
    is_nationality,
    is_org_like,
    looks_like_person,
    person_after,
    person_before,
)
from .phrases import FOUNDED_BEFORE, STOP_CAPS, TELEGRAM_WORD, cap_phrase_after, cap_phrase_before
from .prescan import finditer
from .sentences import SentenceIndex
from .speech import CITING_ON, EN_VERBS, RU_VERBS

PRONOUN_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*(?P<pron>он|она|они|він|вона|вони|he|she|they)[ \t]+(?:также[ \t]+|also[ \t]+)?"
    rf"(?:{EN_VERBS}|{RU_VERBS}|указал[а-я]*|сообщ[а-я]*)(?![\w-])",
    re.IGNORECASE,
)
# (not a hashtag or a handle: "under the hashtag #FreeDurov" names no one)
_CAPITALISED_RUN = re.compile(r"(?<![\w#@-])[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][\w’'-]+(?:[ \t]+[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][\w’'-]+){0,2}")
# «в соцсети Telegram», "on the social network Telegram": the network named before its name
_NETWORK = r"(?:соцсети|соцмережі|мессенджере|месенджері|social[ \t]+network)"
# A post made: «зробила публікацію», «сделал заявление», «записав звернення»
_POST_MADE = (r"(?:зроби|сделал|записа|оставил|залиши)[а-яіїє]*[ \t]+(?:нов[а-яіїє]+[ \t]+)?"
              r"(?:публікаці|публикаци|допис|заяв|пост|запис|звернен|обращени|видео|відео|сообщени|повідомленн|"
              r"коментар|комментари)[а-яіїє]*")
# "— написал он в Telegram-канале": the person is named before; the nearest name within a few sentences.
_PRONOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{EN_VERBS}|{RU_VERBS})[ \t]+(?P<pron>он|она|они|він|вона|вони)"
    # («– писав він тоді у Telegram»: when)
    r"(?:[ \t]+(?:тоді|тогда|также|також|вчера|вчора|сегодня|сьогодні|позже|пізніше))?|"
    rf"(?P<pron2>he|she|they)[ \t]+(?:(?:also|previously|earlier|later|then|had|has|have)[ \t]+)?(?:{EN_VERBS}))"
    r"[ \t]+(?:в|во|у|on|in|through|via)[ \t]+"
    rf"(?:(?:a|the|his|her|their|сво[её]м|своей|своєму|своїй)[ \t]+)?"
    # («зазначив він у дописі, оприлюдненому у телеграм-каналі»: the post, then where it was posted)
    r"(?:(?:дописі|пості|повідомленні|зверненні|посте|сообщении|обращении)(?:,?[ \t]+(?:оприлюдненому|"
    r"опублікованому|розміщеному|опубликованном|размещенном))?[ \t]+(?:в|во|у)[ \t]+)?"
    rf"(?:{_NETWORK}[ \t]+)?\Z"
    r"|(?:жазды|хабарлады|мәлімдеді)[ \t]+(?P<pron3>ол)[ \t]+\Z"
    # «Про це він написав у Telegram»: the pronoun before its verb
    rf"|(?<![\w-])(?P<pron4>він|вона|вони|он|она|они)[ \t]+(?:(?:також|также|вже|уже|ранее|раніше)[ \t]+)?"
    # the verb with what was posted («опублікувала допис», «выложил видео»), or a post made («зробила публікацію»,
    # «сделал заявление»)
    rf"(?:(?:{RU_VERBS})(?:[ \t]+(?!(?:в|во|у|на)[ \t])[а-яёіїєґ'’-]+){{0,2}}|{_POST_MADE})"
    r"[ \t]+(?:в|во|у|на)[ \t]+(?:(?:сво[её]м|своей|своєму|своїй)[ \t]+)?"
    # «він повідомив у своєму дописі в Telegram»: the post, then where it was posted
    r"(?:(?:дописі|пості|повідомленні|відео|зверненні|сторінці|посте|сообщении|видео|обращении|заявлении|странице)"
    r"[ \t]+"
    rf"(?:в|во|у)[ \t]+)?(?:{_NETWORK}[ \t]+)?\Z",
    re.IGNORECASE,
)

# The pronoun each of its branches holds, a word of its own before a blank: a window without one is never tried
# with the whole pattern (30 µs a window, most of them in prose with no pronoun before the mention)
_PRONOUN_WORD = re.compile(r"(?<![\w-])(?:он|она|они|він|вона|вони|he|she|they|ол)[ \t]", re.IGNORECASE)


def pronoun_owner(text: str, start: int) -> tuple[int, tuple[int, int]] | None:
    """ "«…», — написал он в Telegram-канале": (where the mention starts, the person the pronoun stands for).

    The person is the nearest name in the sentences before (a few hundred characters); when there is none,
    the pronoun itself is the owner, so the citation is still recorded.
    """
    lo = max(0, start - 60)
    m = _PRONOUN_BEFORE.search(text, lo, start) if _PRONOUN_WORD.search(text, lo, start) else None
    if m is None:
        return None
    pron = next(m.span(g) for g in ("pron", "pron2", "pron3", "pron4") if m.group(g))
    if text[pron[0] : pron[1]].casefold() in ("they", "они", "вони") and (body := body_before(text, pron[0])):
        return m.start(), body  # "The Southern Defence Forces said … They wrote on Telegram": the body
    # '"…," he wrote': who said it may be named before the quotation only, however long the quotation is
    opening = quotation_start(text, m.start())
    who = owner_of_pronoun(text, pron, (m.start(), opening))
    if who == pron and text[pron[0] : pron[1]].isascii() and (body := body_before(text, opening)):
        # "The Russian Defense Ministry said … "…," he announced via his Telegram channel": no one named, the body
        # the sentence before names (a translation's "he" for its spokesman), its name whole
        whole = cap_phrase_before(text, body[1])
        return m.start(), (whole[0] + (4 if text.startswith("The ", whole[0]) else 0), body[1]) if whole else body
    return m.start(), who


def _inside(span: tuple[int, int] | None, lo: int, hi: int) -> bool:
    return span is not None and lo <= span[0] < hi


def owner_of_pronoun(text: str, pron: tuple[int, int], looking_from: tuple[int, ...]) -> tuple[int, int]:
    """Who "he" / «он» stands for: the person named nearest before (looking back from each position given), of the
    pronoun's gender when the name tells it; in English, when no one is named before, the person named next
    ("In his Telegram channel, he said …" opening the text); else the pronoun itself."""
    english = text[pron[0] : pron[1]].isascii()
    gender = _PRONOUN_GENDER.get(text[pron[0] : pron[1]].casefold())
    quoted = (min(looking_from), max(looking_from))  # the quotation before the pronoun, if one closes right there
    for at in dict.fromkeys(looking_from):
        who = ((previous_subject(text, at) or subject_carried_on(text, at) if english else None)
               or full_name_before(text, at) or antecedent(text, at))
        if _inside(who, *quoted):
            continue  # «"Киевтің Шевченко ауданында …", - деп жазды ол»: a name inside the quotation is what was said
        if who is not None and gender and gender_of(text[who[0] : who[1]]) not in (None, gender):
            # "she wrote": not the man named nearest before; a woman named before, else after
            # (in Cyrillic, a name that does not tell the gender before one after: «Юлія Свириденко зустрілася з
            # Андрієм Сибігою. Вона …» — «Юлія» tells nothing to the rules, «Андрієм» tells a man)
            who = (antecedent(text, at, gender) or (None if english else antecedent(text, at, gender, lenient=True))
                   or named_after(text, pron[1], gender))
        if who is not None:
            return who
    return (named_after(text, pron[1], gender) if english else None) or pron


_PRONOUN_GENDER = {"he": "m", "she": "f", "он": "m", "она": "f", "він": "m", "вона": "f"}


_CLOSING = {"\"": "\"", "”": "“", "»": "«"}
# (Kazakh «"…", - деп жазды ол»: "saying", and the verb when the pronoun follows it)
_BEFORE_PRONOUN = re.compile(r"[\"”»][ \t]*[,.!?…]?[ \t]*[-–—]?[ \t]*(?:деп[ \t]+(?:[а-яәіңғүұқөһ]+[ \t]+)?)?\Z")


def quotation_start(text: str, pos: int) -> int:
    """Where the quotation closing right before pos opens (within 3,000 characters), or pos."""
    close = _BEFORE_PRONOUN.search(text, max(0, pos - 16), pos)
    if close is None:
        return pos
    opening = text.rfind(_CLOSING[text[close.start()]], max(0, close.start() - 3000), close.start())
    return opening if opening >= 0 else pos


_REGION_AFTER = re.compile(r"[ \t]+(?:области|края|района|республики|округа|oblast|region)(?![\w-])"
                           # «ГУ МЧС по Примерской области», «ГУНП у Київській області»: the region it serves
                           r"|[ \t]+(?:по|в|у)[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ой|ей|ій)[ \t]+(?:области|края|"
                           r"краю|області|республике|республіці)(?![\w-])"
                           # «Роспотребнадзор по региону», «УФСИН по Москве»: the area it serves, in the dative
                           r"|[ \t]+по[ \t]+(?:региону|городу|краю|району|округу|республике|столице|регіону|місту|"
                           r"[А-ЯЁ][а-яё-]+(?:е|у))(?![\w-])")
_OUTLET_TYPE_BEFORE = re.compile(r"(?:агентств\w*|издани\w*|газет\w*|портал\w*|видання|агенці\w*|телеканал\w*|"
                                 r"agency|newspaper|outlet)[ \t«\"“]*\Z", re.IGNORECASE)


def nearest_body(text: str, pos: int, reach: int = 600) -> tuple[int, int] | None:
    """The organisation named nearest before pos («Сотрудники МЧС РФ …, сообщается в телеграм-канале ведомства»);
    not a news outlet («пишет агентство ТАСС, ссылаясь на телеграм-канал ведомства»)."""
    for run in reversed(list(_CAPITALISED_RUN.finditer(text, max(0, pos - reach), pos))):
        if (is_org_like(run.group()) and not looks_like_person(run.group()) and not is_known_outlet(run.group())
                and not _OUTLET_TYPE_BEFORE.search(text, max(0, run.start() - 25), run.start())):
            start, words = run.start(), run.group().split()
            if words[0] == "The" and len(words) > 1:  # "The Islamic Resistance of X": the name after the article
                start, words = text.index(words[1], start + 3), words[1:]
            while len(words) > 1 and (common_noun(words[0]) or function_word(words[0])) and is_org_like(
                    " ".join(words[1:])):  # («Ранее Роскомнадзор …»: the adverb opening the sentence too)
                start = text.index(words[1], start + len(words[0]))  # «Сотрудники МЧС России»: the sentence's noun
                words = words[1:]
            end = run.end()
            whole = (cap_phrase_after(text, start) if run.end() == start + len(words[0])
                     or text.startswith((" of ", " in "), run.end()) else None)  # "… of Iraq", too
            if whole is not None and whole[1] > end and not text[run.end() : whole[1]].count(","):
                end = whole[1]  # «Следственный комитет России»: the lowercase head and what follows it
            end = _and_complement(text, end)  # «Министерство информации и массовых коммуникаций …»
            region = _REGION_AFTER.match(text, end)  # «Минтранс Примерной области»
            return start, region.end() if region else end
    return None


# «и» and one to three lowercase words after a body's name; the region it serves after them
_AND_GENITIVE_WORDS = re.compile(r"[ \t]+и((?:[ \t]+[а-яё]+(?:-[а-яё]+)?){1,3})(?![\w-])")
_REGION_NAMED = re.compile(r"[ \t]+[А-ЯЁ][а-яё-]+(?:ой|ей|ого)[ \t]+(?:области|края|республики|округа)(?![\w-])")


def _and_complement(text: str, end: int) -> int:
    """The end of a body's name that goes on after «и» with a genitive noun group («Министерство информации и
    массовых коммуникаций Саратовской области», «Министерство образования и науки»); end itself otherwise."""
    more = _AND_GENITIVE_WORDS.match(text, end)
    if more is None:
        return end
    words = more.group(1).split()
    for k in range(len(words), 0, -1):  # the longest run that is adjectives then a noun, all in the genitive
        *adjectives, noun = words[:k]
        if genitive_of(noun, "NOUN") and all(genitive_of(a, "ADJF") for a in adjectives):
            stop = more.start(1)
            for word in words[:k]:
                stop = text.index(word, stop) + len(word)
            region = _REGION_NAMED.match(text, stop)
            return region.end() if region else stop
    return end


_SPEECH_CLOSE = re.compile(r"[ \t]*[,.!?]?[ \t]*[-–—]")  # '"…", - повідомила': a quotation, not a name
# 'the American “Tal Baidar” base': a quoted name before an English noun names that thing, not the body
_ATTRIBUTIVE = re.compile(r"[ \t]+[a-z]")
_QUOTED_CAP = re.compile(r"[«\"“„](?P<name>[A-ZА-ЯЁІЇЄҐ][^»\"”“\n]{1,40})[»\"”]")


def body_before_noun(text: str, pos: int) -> str | None:
    """What "the company" / «компанія» stands for: the nearest name before pos (within 600 characters) that is an
    organisation's, or a capitalised name in quotes («"Нова пошта"»)."""
    quoted = [m for m in _QUOTED_CAP.finditer(text, max(0, pos - 600), pos)
              if len(m.group("name").split()) <= 3 and not _SPEECH_CLOSE.match(text, m.end())
              and not _ATTRIBUTIVE.match(text, m.end())]
    body = nearest_body(text, pos)
    if quoted and (body is None or quoted[-1].start() > body[0]):
        return quoted[-1].group("name")
    return text[body[0] : body[1]] if body is not None else None


def body_before(text: str, pos: int) -> tuple[int, int] | None:
    """The organisation the sentence before pos names first, for a plural pronoun standing for it."""
    end = text.rfind(". ", max(0, pos - 400), pos)
    if end < 0:
        return None
    start = max(text.rfind(". ", max(0, end - 400), end) + 2, text.rfind("\n", 0, end) + 1, end - 400)
    for run in _CAPITALISED_RUN.finditer(text, start, end):
        if is_org_like(run.group()):
            return run.span()
    return None


def pronoun_match(text: str, start: int, end: int, owner: tuple[int, int]) -> Match:
    """The span is the mention itself ("написал он в Telegram-канале"); the owner may stand sentences before (a
    body's name, for "they", is the channel's name)."""
    who = text[owner[0] : owner[1]]
    if is_org_like(who) and not looks_like_person(who):
        return Match("telegram", start, end, "tg.prose.pronoun_owner", name=who)
    return Match("telegram", start, end, "tg.prose.pronoun_owner", owner=who)


_OFFICE_OF = re.compile(r"[a-z]+[ \t]+of[ \t]+(?:the[ \t]+)?\Z")
_COMMA_THE_BEFORE = re.compile(r",[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?\Z")


def holder_of(text: str, role: str, pos: int) -> tuple[int, int] | None:
    """The person named with this office in the sentences before pos ("мэр города Михаил Миненков")."""
    stem = role.split()[-1][:4].casefold()
    # An office and its region come before the name: «Губернатор Белгородской области Вячеслав Гладков».
    # (the office's holder may be named a paragraph or a long quotation before: the office word keeps it theirs)
    for cap in reversed(list(_CAPITALISED_RUN.finditer(text, max(0, pos - 1200), pos))):
        before = text[max(0, cap.start() - 45) : cap.start()]
        at = before.casefold().rfind(stem)
        start, opens = cap.start(), False
        if cap.group().casefold().startswith(stem) and " " in cap.group():  # «Президент Володимир Зеленський»
            at, start, before, opens = 0, cap.start() + cap.group().index(" ") + 1, "", True
        if at >= 0 and _OFFICE_OF.match(before, at):
            # "Vyacheslav Gladkov, the governor of Belgorod": the place after "of", the holder before the office
            office = cap.start() - len(before) + at
            comma = _COMMA_THE_BEFORE.search(text, max(0, office - 8), office)
            who = person_before(text, comma.start()) if comma is not None else None
            if who is not None and looks_like_person(text[who[0] : who[1]]):
                return who
            continue
        if at >= 0 and not re.search(r"[.!?\n]", before[at:]):
            who = person_after(text, start)
            name = text[who[0] : who[1]] if who is not None else ""
            if opens and (" " not in name or not (looks_like_person(name) or person_word(name.split()[0]))):
                continue  # «Губернатор Тверской области»: the office's region, no name (a full name only)
            if who is not None and who[1] <= pos and not is_org_like(name):
                if name[:1] in "ӘҒҚҢӨҰҮҺ" and not looks_like_person(name):
                    continue  # «блогер … “Қазақстан” шоколадына»: a Kazakh capital opens a place or a brand too
                if " " not in name and place_word(name):
                    continue  # «Певица … перенесла концерт в Омске»: a place after the office holds no office
                return who
    return None


def named_after(text: str, pos: int, gender: str | None) -> tuple[int, int] | None:
    """The first person named in the 600 characters after pos whose name does not tell another gender."""
    for cap in _CAPITALISED_RUN.finditer(text, pos, pos + 600):
        who = person_after(text, cap.start())
        name = text[who[0] : who[1]] if who is not None else ""
        speaks = who is not None and " " not in name and _SPEAKS_NEXT.match(text, who[1])  # "Tishkovets noted"
        if who is not None and (looks_like_person(name) or speaks) and gender_of(name) in (None, gender):
            return who
    return None


_SPEAKS_NEXT = re.compile(rf"[ \t]+(?:also[ \t]+)?(?:{EN_VERBS})(?![\w-])")


def antecedent(text: str, pos: int, gender: str | None = None, lenient: bool = False) -> tuple[int, int] | None:
    """The nearest person named in the 400 characters before pos (with gender, one whose name tells that gender;
    lenient, one whose name tells no other)."""
    lo = max(0, pos - 400)
    for cap in reversed(list(_CAPITALISED_RUN.finditer(text, lo, pos))):
        who = person_after(text, cap.start())
        if who is not None and who[1] <= pos:
            name = text[who[0] : who[1]]
            if gender is not None and gender_of(name) not in ((gender, None) if lenient else (gender,)):
                continue
            if name.casefold() in full_names(text) and not is_org_like(name):
                return who  # «Железняк» (a common noun too: an ore) named in full elsewhere in the text
            if " " not in name and (modifies(name, _word_after(text, who[1])) or common_noun(name)):
                continue  # "Губернатор Воронежской области": a region, not a surname; «Причина …»: a noun
            if (person_word(name.split()[0]) or looks_like_person(name)) and not is_org_like(name):
                return who
    return None


def _word_after(text: str, pos: int) -> str:
    words = text[pos : pos + 30].split(maxsplit=1)
    return words[0].strip(".,;:!?»)") if words else ""


_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,4}")
# "the Black Sea", "the Kherson Region": a place, whoever is named near it
_PLACE_LAST = frozenset("sea river lake ocean gulf bay strait island islands peninsula coast region oblast district "
                        "province county city street square".split())
_TITLE_WORDS = frozenset("mayor governor president minister head spokesman spokeswoman deputy general chief".split())
# "On Thursday, he posted …": a date opening the sentence is nobody's name.
_NOT_A_NAME_WORD = frozenset(
    """on in at by for from after before during since until monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december""".split()
)


def previous_subject(text: str, pos: int, back: int = 1) -> tuple[int, int] | None:
    """The person the sentence before pos opens with: its first name of two or three capitalised words that
    is no organisation ("The head of Chechnya, Ramzan Kadyrov, promised …" -> "Ramzan Kadyrov"); the part of
    pos's own sentence first, then (back times) the whole sentence before it."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    stop = text.rfind(". ", 0, end - 1)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, end - 1) + 1, end - 400)
    quoted = text[start:end].lstrip().startswith(('"', "“", "«", "„"))  # what was said, not who said it
    for run in () if quoted else _NAME_RUN.finditer(text, start, end):
        words = run.group().split()
        while words and words[0].casefold() in _TITLE_WORDS | {"the"}:
            words = words[1:]
        titles = [k for k, w in enumerate(words) if w.casefold() in _TITLE_WORDS]
        if titles and len(words) - titles[-1] > 2:  # "Kiev Mayor Vitali Klitschko": the name after the office
            words = words[titles[-1] + 1 :]
        if len(words) > 3 and is_org_like(" ".join(words)):  # "Chechen Republic Ramzan Kadyrov": the body's head
            words = words[-2:] if looks_like_person(" ".join(words[-2:])) else words
        if len(words) > 3:  # "Russian Grandmaster Sergey Alexandrovich Karjakin": the person at the end
            words = next((words[-k:] for k in (3, 2) if looks_like_person(" ".join(words[-k:]))), words)
        name = " ".join(words)
        if any(w.casefold() in _NOT_A_NAME_WORD for w in words) or words and words[-1].casefold() in _PLACE_LAST:
            continue
        if len(words) >= 2 and not is_org_like(name) and not any(w.endswith(("ia", "stan")) for w in words):
            at = run.start() + run.group().rindex(name)
            return at, at + len(name)
    return previous_subject(text, start, back - 1) if back > 0 and start > 0 and text[start - 1] != "\n" else None


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?[ \t]+|\n")
_QUOTE_OPENING = re.compile(r"[\"“„«]")
_NAME_OPENING = re.compile(r"(?:The[ \t]+)?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?=[ \t]*,|[ \t]+[a-z])")
_HE_OR_SHE = re.compile(r"(?<![\w'’-])(?:he|she|his|her)(?![\w'’-])", re.IGNORECASE)


def subject_carried_on(text: str, pos: int, reach: int = 6) -> tuple[int, int] | None:
    """The person the text has been about, for an English "he": back over the sentences that go on about him (a
    "he" or "his" in them, or a quotation) to the one that opens with his name ("Nadezhdin is running … In his
    manifesto, he said … He said he would challenge … "…," he wrote": Nadezhdin, not another named in between)."""
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, pos - 1500), pos)]
    bounds = [max(0, pos - 1500), *ends]
    for lo, hi in list(itertools.pairwise([*bounds, pos]))[::-1][1 : reach + 1]:
        sentence = text[lo:hi]
        if _QUOTE_OPENING.match(sentence):
            continue  # '"Putin sees the world from the past," the Kremlin critic said.'
        opening = _NAME_OPENING.match(sentence)
        name = opening.group("name") if opening else ""
        if (opening and name.split()[0].casefold() not in _NOT_A_NAME_WORD and not is_org_like(name)
                and (looks_like_person(name) or name.casefold() in full_names(text))):
            return lo + opening.start("name"), lo + opening.end("name")
        if not _HE_OR_SHE.search(sentence):
            return None  # someone or something else
    return None


# "The channel confirmed the raid", «Как уточнил канал», «— отмечает канал»: the channel cited just before, again.
_THE_CHANNEL = re.compile(
    # ("The news channel said it would continue": the Telegram news channel named before)
    rf"(?<![\w-])(?:[Tt]he[ \t]+(?:Telegram[ \t]+)?(?:news[ \t]+)?channel[ \t]+(?:also[ \t]+|later[ \t]+|has[ \t]+)?"
    rf"(?:{EN_VERBS}|confirmed|reported)"
    rf"|(?:{RU_VERBS}|уточнил|уточняет|отмечает|добавил|пояснил)[ \t]+канал(?![\w-])[ \t]*(?=[,.;:!?)]|\n|\Z)"
    rf"|(?<=[.!?][ \t])[Кк]анал[ \t]+(?:также[ \t]+)?(?:{RU_VERBS}|уточнил|уточняет|отмечает|добавил|пояснил))(?![\w-])"
)


# An office alone in the owner's place: «написал глава региона в своем телеграм-канале», "the governor wrote".
_OFFICE_ALONE = re.compile(
    r"(?:the[ \t]+)?(?:глав[аыуе]|губернатор\w{0,2}|мэр\w?|мер\w?|голов[аиу]|очільник\w?|руководител\w{1,2}|"
    r"керівни\w{1,2}|head|governor|mayor)(?:[ \t]+(?:of[ \t]+the[ \t]+)?[a-zа-яёіїєґ'’-]+){0,2}",
    re.IGNORECASE)


_HEAD_OF_REGION = re.compile(r"глав[аыуе][ \t]+(?:региона|области|края)", re.IGNORECASE)


def offices_named_before(text: str, telegram: list[Match]) -> list[Match]:
    """A channel whose owner is an office alone («глава региона», "the governor") belongs to the person named
    before with that office, else to the nearest person named in full before (within 400 characters)."""
    out = []
    for m in telegram:
        office = m.owner or (m.name if m.rule == "tg.subject.syntax" else None)
        if office is None or not _OFFICE_ALONE.fullmatch(office) \
                or (len(words := office.split()) == 3 and looks_like_person(" ".join(words[1:]))):
            out.append(m)  # (not "Governor Vasili Golubev": the office with its holder's name)
            continue
        at = text.find(office, m.start, m.end)
        start = at if at >= 0 else m.start
        # «глава региона» is the governor: named so before («Губернатор Вячеслав Гладков»), not «глава района»
        governor = holder_of(text, "губернатор", start) if _HEAD_OF_REGION.fullmatch(office) else None
        who = governor or holder_of(text, office.split()[-1] if office.casefold().startswith("the ") else
                                    office.split()[0], start) or full_name_before(text, start)
        out.append(replace(m, name=None, owner=text[who[0] : who[1]]) if who is not None else m)
    return out


_CYRILLIC_CAP_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]{4,}")
_CONJUNCTIONS = frozenset("та і й и або чи либо или".split())


def body_in_full(text: str, m: Match) -> Match:
    """A channel named by one word that opens a body's name given in full before («Служба безопасности Украины …
    На Telegram-канале Службы сообщается»): the body's whole name."""
    name = m.name or ""
    if m.owner or not _CYRILLIC_CAP_WORD.fullmatch(name):
        return m
    full = re.compile(rf"(?<![\w-]){re.escape(name[:5])}[\w-]*(?:[ \t]+[А-ЯЁІЇЄҐа-яёіїєґ][\w'’-]*){{1,3}}")
    for run in reversed(list(full.finditer(text, max(0, m.start - 1500), m.start))):
        words = run.group().split()
        if (joined := next((i for i, w in enumerate(words) if w in _CONJUNCTIONS), None)) is not None:
            words = words[:joined]  # «у РНБО, СБУ, Міноборони та ОП»: a list, each its own body; not one name
        while len(words) > 1 and not words[-1][:1].isupper():
            words = words[:-1]  # «Служба безопасности Украины задержала»: up to the last capitalised word
        if len(words) >= 2 and is_org_like(" ".join(words)):
            return replace(m, name=" ".join(words))
    return m


def channel_again(text: str, telegram: list[Match], speakers: list[Match] = ()) -> list[Match]:  # type: ignore[assignment]
    """Mentions of "the channel" that point back to the nearest named Telegram citation before them (within
    1,500 characters), else to a well-known Telegram medium the text named before without citing it ("a raid on
    the offices of Baza … The channel confirmed the raid"); none without either, unless the mention itself says
    Telegram ("Later, the Telegram channel reported"): then the channel of the body just heard speaking, when the
    text never said Telegram before (`speakers`, the outlets found: "…, the port authority said. "…," the message
    on the Telegram channel said"), else a channel cited without its name."""
    named = sorted((m for m in telegram if m.name), key=lambda m: m.end)
    found = []
    for m in finditer(_THE_CHANNEL, text):
        before = [n for n in named if n.end <= m.start() and m.start() - n.end <= 1500]
        if before:
            found.append(Match("telegram", m.start(), m.end(), "tg.prose.the_channel", name=before[-1].name))
        elif (known := _known_channel_before(text, m.start())) is not None:
            found.append(Match("telegram", m.start(), m.end(), "tg.prose.the_channel", name=known))
        elif "Telegram" in m.group() and (speaker := _speaker_before(text, m.start(), speakers)) is not None:
            found.append(Match("telegram", m.start(), m.end(), "tg.prose.speaker_channel", name=speaker))
        elif "Telegram" in m.group():
            found.append(Match("telegram", m.start(), m.end(), "tg.prose.unnamed"))
    for m in finditer(_THE_POST_THERE, text):  # '"…," the statement posted on Telegram said': who just spoke
        if (speaker := _speaker_before(text, m.start(), speakers)) is not None:
            found.append(Match("telegram", m.start(), m.end(), "tg.prose.speaker_channel", name=speaker))
    return found


# "the statement posted on Telegram said", "the message on Telegram read": a post nobody is named for, its verb next
_THE_POST_THERE = re.compile(r"(?<![\w-])the[ \t]+(?:statement|post|message)[ \t]+(?:(?:posted|published)[ \t]+)?"
                             rf"(?:on|in)[ \t]+Telegram[ \t]+(?:{EN_VERBS}|read|reads)(?![\w-])")


_SAID_OF_SPEAKER = re.compile(rf"[ \t]+(?:also[ \t]+|has[ \t]+)?(?:{EN_VERBS})(?![\w-])")


def _speaker_before(text: str, pos: int, speakers: list[Match]) -> str | None:
    """The body heard saying something (its name, then a verb of saying) nearest before pos within 400
    characters, when "the Telegram channel" at pos is the text's first word of Telegram: a definite channel
    nobody introduced is the one of who just spoke. No medium: "Reuters reported" leaves the channel unnamed."""
    if TELEGRAM_WORD.search(text, 0, pos):
        return None
    near = [m for m in speakers if m.name and m.end <= pos and pos - m.end <= 400
            and (at := text.find(m.name, m.start, m.end)) >= 0 and _SAID_OF_SPEAKER.match(text, at + len(m.name))]
    near = [m for m in near if not is_known_outlet(m.name or "") and not is_known_channel(m.name)]
    return max(near, key=lambda m: m.end).name if near else None


def _known_channel_before(text: str, pos: int) -> str | None:
    """The nearest well-known Telegram medium (known_channels.py) named in the 1,500 characters before pos."""
    for run in reversed(list(_CAPITALISED_RUN.finditer(text, max(0, pos - 1500), pos))):
        words = run.group().split()
        for n in range(len(words), 0, -1):  # "Baza", "Ostorozhno Novosti"; not the words opening a sentence
            if is_known_channel(" ".join(words[-n:])):
                return " ".join(words[-n:])
    return None


# "through his Telegram channel", «на его Telegram-канале», «в собственном Telegram-канале», «өзінің Telegram
# арнасында»: a possessive straight before the Telegram word; whose it is, see possessive_channels.
_TELEGRAM_WORD = re.compile(r"[TtТт]elegram|[Тт]елеграм")  # ("on his telegram channel" too)
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Hh]is|[Hh]er|its|their|его|её|ее|його|її|сво[её]м|своей|своєму|своїй|собственном|власному|өзінің|"
    # "the governor's Telegram channel": the office's holder, named before
    r"(?i:the)[ \t]+(?:regional[ \t]+)?(?P<role>governor|mayor|president|minister|spokes(?:man|woman|person)|"
    r"official)['’]s|"  # ("UNN, with reference to the official's Telegram": the official named before)
    # ("the extremist group's official Telegram account": a word describing it between)
    r"(?i:the)[ \t]+(?:[a-z-]+[ \t]+)?(?P<group>group|movement|organi[sz]ation|militia|party|company|"
    r"agency|ministry|army|unit|battalion|brigade|regiment|administration|government|service|authorities|network|outlet|publication|"
    r"newspaper|website|portal|project|association|airport|club|bank|university|cent(?:er|re))['’]s?)[ \t]+"
    r"(?:(?:own|official|personal|официальном|личном|офіційному|особистому|ресми|жеке)[ \t]+)?"
    # «З його поста в Телеграмі», "in his post on Telegram": the post, then where it was posted
    # «на своєму каналі у Telegram»: the channel, then the network
    r"(?P<post>(?:поста|посту|пості|допису|дописі|посте|post|message|statement|каналі|канале|channel|странице|"
    r"сторінці|аккаунте|акаунті|page|account|"  # («На его странице в Telegram появилось видео»)
    # («з його повідомлення у Телеграм», «у її зверненні в Telegram»: what was said, then where)
    r"повідомлення|повідомленні|звернення|зверненні|відеозвернення|відеозверненні|заяви|заяві|публікації|"
    r"сообщения|сообщении|обращения|обращении|видеообращении|заявления|заявлении|публикации)[ \t]+"
    r"(?:в|у|on|in)[ \t]+)?\Z"
)
# «у своєму телеграм-каналі регулярно повідомляє голова військової адміністрації Віталій Кім»: the subject
# named after its verb, a title between.
_VERB_THEN_NAME = re.compile(
    rf"[ \t]+(?:[a-zа-яёіїєґ]+[ \t]+)?(?:{EN_VERBS}|{RU_VERBS})(?:[ \t]+[a-zа-яёіїєґ'’-]+){{0,4}}?[ \t]+"
    r"(?=[A-ZА-ЯЁІЇЄҐ])"
)
# ("in a message on his own Telegram": what was posted, then where, as after a verb of saying)
_SAID_IN = re.compile(rf"(?<![\w-])(?:{EN_VERBS}|{RU_VERBS}|post|message|statement|video|address|"
                      # said, put or found there, by no one named: «Про це йдеться в його Telegram», «Звернення
                      # міститься в його Telegram», «опубликовано в ее Telegram-канале»
                      r"йдеться|ідеться|говориться|говорится|міститься|содержится|сказано|опубліковано|опубликовано|"
                      r"оприлюднено|розміщено|размещено|повідомляється|сообщается)[ \t]+"
                      r"(?:(?:в|у|на|in|on)[ \t]+)?\Z", re.IGNORECASE)
# "to" after what others send: the channel is the addressee ("letters were sent to his Telegram account",
# "messages sent to RFE/RL's Telegram account"), up to the owner's word before the Telegram word
SENT_TO = re.compile(r"(?<![\w-])(?:sent|sends|send|sending|forwarded|addressed|submitted|delivered|complaints|"
                     r"letters|messages|questions|appeals)(?:[ \t]+[^\s.,;:!?]+){0,6}?[ \t]+to[ \t]+"
                     r"(?:(?:his|her|their|its|the)[ \t]+|(?:[\w/.-]+[ \t]+){0,3}?[\w/.-]+['’]s[ \t]+)?"
                     r"(?:(?:own|official|personal)[ \t]+)?\Z")
_BARE_END = re.compile(r"(?=[ \t]*[,.;:!?)]|[ \t]+[a-zа-яёіїєґ])")
_NAMED_AFTER_COMMA = re.compile(
    r"[^.;:!?\n,]{0,40},[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+[a-z]{3,}(?:ed|s)(?![\w-])"
    # "According to a video posted on his Telegram channel – we're not gonna check – Ramzan Kadyrov, the leader …"
    r"|[ \t]*[–—][^–—\n]{1,80}[–—][ \t]+(?P<dashed>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?=[ \t]*,)"
)
# "Anonymous Sudan boasted about the attack on its Telegram channel": the group opening the sentence, its verb next.
_OPENING_SUBJECT = re.compile(
    rf"(?P<name>(?!(?:The|A|An|This|That|It|In|On)[ \t])(?:[A-Z][\w'’-]+[ \t]+){{0,4}}[A-Z][\w'’-]+)[ \t]+"
    rf"(?:also[ \t]+)?(?:[a-z]{{3,}}ed|{EN_VERBS})(?![\w-])"
)
# "мер повідомив у своєму Telegram": an office word as the subject, its holder named before.
_OFFICE_SAID = re.compile(
    rf"(?<![\w-])(?P<office>мер|мэр|губернатор|голова|глава|міністр|министр|governor|mayor|minister)[ \t]+"
    rf"(?:(?:також|также|also)[ \t]+)?(?:{EN_VERBS}|{RU_VERBS})[ \t]+(?:(?:в|у|на|in|on)[ \t]+)?\Z",
    re.IGNORECASE,
)
# "Medvedev, who is …": the person a sentence opens with, a relative clause about him next
_NAME_THEN_WHO = re.compile(r"[\"“”'’]?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}),[ \t]+(?:who|whose)[ \t]")
_CHANNEL_NOUN_AFTER = re.compile(r"м?[-\u2011 ]?(?:channel|account|feed|page|канал[а-яі]*|арна[а-яәіңғүұқөһ]*)"
                                 r"(?![\w-])")
# "according to his Telegram post", "in her Telegram message": a post on their channel, cited (not "a video that
# compiles their Telegram messages")
_POST_AFTER = re.compile(r"[ \t]+(?:post|message|statement|video|address)s?(?![\w-])")
_CITED_IN = re.compile(r"(?<![\w-])(?:according[ \t]+to|in|on|via|through)[ \t]+\Z", re.IGNORECASE)
# "This was reported by UNN with reference to the official's Telegram": a translated «со ссылкой на», the bare word
_CITING_BEFORE = re.compile(rf"(?<![\w-])(?:{CITING_ON}|with[ \t]+reference[ \t]+to|citing|referring[ \t]+to)[ \t]+\Z",
                            re.IGNORECASE)


def _word_end(text: str, pos: int) -> int:
    """Past the case ending of the word at pos («Телеграм|і»)."""
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos


def _owner_cited_before(telegram: list[Match], pos: int) -> str | None:
    """The owner of the Telegram channel cited last before pos, within a paragraph's reach; None when that
    citation names a channel, not an owner."""
    before = [m for m in telegram if m.end <= pos and pos - m.end < 600]
    last = max(before, key=lambda m: m.end, default=None)
    return last.owner if last is not None and last.owner and not last.name else None


def possessive_channels(text: str, sentences: SentenceIndex, telegram: list[Match]) -> list[Match]:
    """A person's or a group's own Telegram channel named by a possessive only, in a sentence citing no Telegram
    channel yet ("В своем Telegram-канале он указал" is the pronoun rule's). The owner, first found of: the
    subject named after its verb («у своєму телеграм-каналі повідомляє голова ОВА Віталій Кім»), the subject
    after the comma ("…on their Telegram channel, Hamas expressed"), an office word's holder («мер повідомив у
    своєму Telegram»), the group opening the sentence for "its / their", the nearest full name before; with
    no one, a channel cited without its name. "launched his own Telegram channel" starts a channel, cites none."""
    cited = sorted(m.start for m in telegram)
    found = []
    for word in finditer(_TELEGRAM_WORD, text):  # the rare word first: scanning for the possessives is slower
        poss = _POSSESSIVE_BEFORE.search(text, max(0, word.start() - 40), word.start())
        if poss is None or FOUNDED_BEFORE.search(text, max(0, poss.start() - 40), word.start()):
            continue
        if SENT_TO.search(text, max(0, poss.start() - 60), poss.start()):
            continue  # "messages … sent to its Telegram account": what others sent it, nothing it said
        said = _SAID_IN.search(text, max(0, poss.start() - 40), poss.start())
        noun = (_CHANNEL_NOUN_AFTER.match(text, word.end())
                or (_POST_AFTER.match(text, word.end()) if _CITED_IN.search(text, max(0, poss.start() - 15),
                                                                            poss.start()) else None)
                or (_BARE_END.match(text, _word_end(text, word.end()))
                    if said or poss.group("post") or _CITING_BEFORE.search(text, max(0, poss.start() - 25),
                                                                           poss.start()) else None))
        if noun is None:  # «повідомив у своєму Telegram»: the bare word only after a verb of saying
            continue
        lo, hi = sentences.bounds(poss.start(), noun.end())
        if bisect_left(cited, hi) > bisect_left(cited, lo):
            continue
        then = _VERB_THEN_NAME.match(text, noun.end())
        named = _NAMED_AFTER_COMMA.match(text, noun.end())  # "…on their Telegram channel, Hamas expressed"
        office = _OFFICE_SAID.search(text, max(0, poss.start() - 60), poss.start()) if said else None
        # (not a sentence opening with a quotation: '"All ships may dock," the post on its channel read' has the
        # quotation's first word there, not the group)
        opening = (_OPENING_SUBJECT.match(text, lo) if poss.group().lower().startswith(("its", "their"))
                   and text[lo : lo + 1] not in "\"“«„'‘" else None)
        who = ((person_after(text, then.end()) if then else None)
               or (named.span(named.lastgroup or "name") if named else None)
               or (holder_of(text, office.group("office"), office.start()) if office else None)
               or (opening.span("name") if opening and opening.end() <= poss.start() else None))
        by_outlet = who is None and poss.group("group") in _OUTLET_NOUNS
        if by_outlet or (who is None and poss.group("group") in _NAMED_BY_NOUN):
            # "The media outlet's": "Kloop media outlet"; "the airport's": "Sheremetyevo Airport"
            who = named_with_noun_before(text, poss.group("group"), poss.start())
        if who is None and poss.group("group"):  # "the group's": a group that spoke before
            who = (_group_in_clause(text, lo, poss.start()) or _group_that_said(text, sentences, lo, poss.start())
                   # "The Wagner group said …": the name beside the same noun before
                   or named_with_noun_before(text, poss.group("group").casefold(), poss.start()))
        elif who is None and poss.group().lower().startswith("its"):  # a group in the clause, or one that spoke
            who = _group_in_clause(text, lo, poss.start()) or _group_that_said(text, sentences, lo, poss.start())
            who = _english_body_of(text, who) if who else None
        elif who is None and poss.group("role"):
            who = holder_of(text, poss.group("role"), poss.start()) or full_name_before(text, poss.start())
        elif who is None:
            # "Medvedev, who is … an ally of President Vladimir Putin, said …, according to his Telegram post": the
            # person opening the sentence with a relative clause about him, not the nearest full name
            about = _NAME_THEN_WHO.match(text, lo) if poss.group().isascii() else None
            who = (about.span("name") if about and looks_like_person(about["name"]) and not is_org_like(about["name"])
                   else full_name_before(text, poss.start()))
        who = _widened(text, who) if who else None  # «Андрій Садовий», not the surname alone
        owner = text[who[0] : who[1]] if who else None
        if owner is None and not poss.group("group") and not poss.group().lower().startswith(("its", "their")):
            # «Об этом Слабунова написала в своем телеграм-канале. … публикации в ее телеграм-канале»: the owner of
            # the channel cited just before, named there by surname alone (the full-name search finds no one)
            owner = _owner_cited_before(telegram, poss.start())
        group = owner is not None and (poss.group("group") or poss.group().lower().startswith("its"))
        # (an outlet's channel is named by reference back to it, as «телеграм-канал издания»: the outlet stays one)
        rule = "tg.prose.channel_of_outlet" if by_outlet else "tg.prose.possessive_antecedent"
        found.append(Match("telegram", poss.start(), noun.end(), rule if owner else "tg.prose.unnamed",
                           owner=None if group else owner, name=owner if group else None))
    return found


_NOT_A_PERSON = re.compile(r"telegram|телеграм|/|\d", re.IGNORECASE)
# "The Islamic Resistance in Iraq": capitalised words, small connecting words between them
# ("al-Qassam Brigades": an Arabic article before the first capital is part of the name)
_ARTICLE_AL = r"(?:(?:al|el|ad|ar|as|ash|at|an|ul)-)?"
_GROUP_NAME = re.compile(rf"(?<![\w'’-]){_ARTICLE_AL}[A-Z][\w'’-]+"  # ("Cyber Front Z", "Abd al-Latif")
                         rf"(?:[ \t]+(?:(?:of|in|for|and)[ \t]+(?:the[ \t]+)?)?{_ARTICLE_AL}[A-Z][\w'’-]*){{0,5}}")
_GROUP_SAID = re.compile(rf"(?P<name>(?<![\w'’-])(?:[A-Z][\w'’-]+[ \t]+){{0,3}}[A-Z][\w'’-]+)[ \t]+(?:also[ \t]+)?"
                         rf"(?:{EN_VERBS})(?![\w-])")


def _a_group(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The name without the capitalised words that open sentences; None for a person or a nationality."""
    start, words = span[0], text[span[0] : span[1]].split()
    while words and words[0].casefold() in STOP_CAPS:
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else span[1]
        words = words[1:]
    name = " ".join(words)
    # (a demonym's ending closing a longer name is a place's: "Anonymous Sudan", not "Russian")
    demonym = bool(words) and (is_nationality(words[-1]) or (len(words) == 1 and is_demonym(words[-1])))
    if not words or looks_like_person(name) or demonym or _NOT_A_PERSON.search(name):
        return None
    return start, span[1]


_OUTLET_NOUNS = frozenset({"outlet", "publication", "newspaper", "website", "portal", "project"})
_NAMED_BY_NOUN = frozenset({"airport", "club", "bank", "university", "center", "centre"})


@lru_cache(maxsize=64)
def _name_beside(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<a>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,3}}?)[ \t]+(?:media[ \t]+|news[ \t]+)?"
                      rf"(?P<noun>(?i:{noun}))(?![\w-])"
                      rf"|{noun}[ \t]+(?P<b>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,3}})")


def named_with_noun_before(text: str, noun: str, pos: int) -> tuple[int, int] | None:
    """What a later "the outlet's" / "the center" stands for: the name beside the same noun before pos ("Kloop media
    outlet", "the outlet Kloop", "human rights center Vesna"), nearest first."""
    for m in reversed(list(_name_beside(noun).finditer(text, max(0, pos - 1500), pos))):
        start, end = m.span("a") if m.group("a") else m.span("b")
        if m.group("a") and m.group("noun")[:1].isupper():
            end = m.end("noun")  # "Sheremetyevo Airport": the noun is part of the name
        words = text[start:end].split()
        if words[0].casefold() in STOP_CAPS:  # "The Kloop outlet": not "The"
            if len(words) == 1:
                continue
            start = text.index(words[1], start + len(words[0]))
        return start, end
    return None


_ROLE_BEFORE = re.compile(r"(?<![\w-])(?:spokes(?:person|man|woman)|leader|commander|chief|head|member|official|"
                          r"founder|deputy)[ \t]+\Z")


def _group_in_clause(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The last name before "its" in its sentence that is no person: "the militia that calls itself the Kastus
    Kalinouski Battalion is using its Telegram channel"."""
    quoted_to = _quotation_end(text, lo, pos)  # '"All ships may dock," the post on its channel read': said, no group
    for name in reversed(list(_GROUP_NAME.finditer(text, quoted_to, pos))):
        if name.start() == lo and " " not in name.group():
            continue  # one capitalised word opening the sentence: "Photos of the damage appeared on its …"
        if _ROLE_BEFORE.search(text, max(0, name.start() - 20), name.start()):
            continue  # "Hamas spokesperson Abd al-Latif al-Qanou": a person by the role before the name
        if (group := _a_group(text, name.span())) is not None:
            return group
    return None


_CLOSER_OF = {"\"": "\"", "“": "”", "«": "»", "„": "“"}


def _quotation_end(text: str, lo: int, pos: int) -> int:
    """Where a quotation opening the sentence at lo closes (before pos), or lo when it opens with none."""
    close = _CLOSER_OF.get(text[lo : lo + 1])
    end = text.find(close, lo + 1, pos) if close else -1
    return end + 1 if end != -1 else lo


def _group_that_said(text: str, sentences: SentenceIndex, lo: int, pos: int) -> tuple[int, int] | None:
    """A group that said something in the two sentences before lo, or in lo's sentence before pos: "Hamas said …"
    (no person, no nationality)."""
    start = lo
    for _ in range(2):
        end = len(text[:start].rstrip())
        if end > 0:
            start = sentences.bounds(end - 1, end - 1)[0]
    for m in _GROUP_SAID.finditer(text, start, pos):
        if (group := _a_group(text, m.span("name"))) is not None:
            return group
    return None


# "The government of the Kursk region … its Telegram channel": the place's name closes the body's, which is whose it is
_EN_BODY_OF_BEFORE = re.compile(r"(?:(?<![\w-])[Tt]he[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}(?:government|administration|"
                                r"ministry|council|police|department|authorities|headquarters|command|parliament|"
                                r"court|office|akimat|prosecutor['’]s[ \t]+office)[ \t]+of[ \t]+(?:the[ \t]+)?\Z")
_PLACE_KIND_AFTER = re.compile(r"[ \t]+(?:region|oblast|province|district|city|republic|krai|territory)(?![\w-])")


def _english_body_of(text: str, who: tuple[int, int]) -> tuple[int, int]:
    """A place's name widened to the body whose name it closes ("Kursk" in "The government of the Kursk region")."""
    before = _EN_BODY_OF_BEFORE.search(text, max(0, who[0] - 60), who[0])
    if before is None:
        return who
    kind = _PLACE_KIND_AFTER.match(text, who[1])
    return before.start(), kind.end() if kind else who[1]


def _widened(text: str, who: tuple[int, int]) -> tuple[int, int]:
    """A one-word name widened to the name it ends («Глава Чечни Рамзан Кадыров»: a capitalised run cut at three
    words leaves the surname alone)."""
    return (person_before(text, who[1]) or who) if " " not in text[who[0] : who[1]] else who


def full_name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The nearest antecedent of two or more words that is a name, not a channel or a photo credit."""
    who = antecedent(text, pos)
    while who is not None:
        who = _widened(text, who)
        name = text[who[0] : who[1]]
        if len(name.split()) >= 2 and not _NOT_A_PERSON.search(name) \
                and not _BYLINE.search(text, max(0, who[0] - 12), who[0]):  # "By John Dee": who wrote the article
            return who
        who = antecedent(text, who[0])
    return None


_BYLINE = re.compile(r"(?:\A|\n)[ \t]*(?:[Bb]y|Автор:?|Авторы:?)[ \t]+\Z")
