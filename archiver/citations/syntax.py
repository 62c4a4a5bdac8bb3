"""Rules that read natasha's dependency parse (slovnet's syntax model, shipped in its wheel with the embeddings
the NER tagger uses), for Russian, where word order is free and rules that go by order only guess.

- Whose channel «… в своем Telegram-канале» is: the subject of the verb the Telegram phrase hangs on
  («Об этом сообщил штаб территориальной обороны ДНР в своем Telegram-канале», «Об этом она написала …»,
  «Соответствующий ролик глава выложил в своем канале в Telegram»). A pronoun or an office ("она", "глава",
  "исполнитель") stands for the subject named in the sentences before (or pronouns.antecedent / holder_of).
- An outlet's whole name as the parser's noun group («сообщили в УМВД России по Смоленской области»,
  «Народная милиция ДНР сообщила»), not the capitalised words a rule stopped at.
- Sources named by where, not who: «об этом сообщили в пресс-службе правительства Воронежской области».

Only sentences that carry such a phrase are parsed (a few ms each), so the model costs nothing on most text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .model import Match
from .morph import (
    adjective,
    analyzer,
    is_russian,
    lemma,
    office_word,
    person_word,
    place_word,
    thing_of_other_gender,
)
from .ner import embedding, one_blas_thread
from .people import is_org_like, looks_like_person
from .phrases import CHANNEL_GENITIVE_BEFORE, TELEGRAM_WORD
from .prescan import finditer
from .pronouns import antecedent, body_before, body_before_noun, holder_of, named_after
from .sentences import SentenceIndex
from .speech import CITING_ON, SAYING_LEMMAS

# "в своем Telegram-канале", "в своём канале в Телеграме", "в Telegram", "в телеграм-канале".
_PLACE = re.compile(
    r"(?<![\w-])(?:в|во|на)[ \t]+(?P<own>(?:сво[её]м|своей|собственном|официальном|личном|его|её|ее)[ \t]+)?"
    r"(?:(?:telegram|телеграм|телеграмм)[- ]?канале|канале[ \t]+(?:в|на)[ \t]+(?:telegram|телеграме?|телеграмме)|"
    r"telegram|телеграме|телеграмме)(?![\w-])",
    re.IGNORECASE,
)
# After a bare "в Telegram-канале", a name or a genitive says whose: «в Telegram-канале "Рыбарь"», «… издания».
_NEXT_WORD = re.compile(r"[ \t]*(?P<word>[«\"“„]|[\w-]+)")
_SAYING = SAYING_LEMMAS  # the sentence then cites what was said there
_PRONOUNS = frozenset("он она они оно".split())
_PRONOUN_GENDER = {"он": "masc", "она": "femn"}
_PRONOUN_NAME_GENDER = {"он": "m", "она": "f"}  # as people.gender_of tells a name's
_EMPHATIC = re.compile(r"(?:сам|сама|сами|само)[ \t]+(?=[а-яёіїєґ]+\Z)", re.IGNORECASE)  # «сам политик», one word after
_QUOTES = frozenset("«»\"“”„")
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]{2,60})[»\"”“]")
_PROPER = frozenset("Name Surn Patr Orgn Geox Trad Abbr".split())
# (and a bot: «продавцы с помощью бота в Telegram публиковали рекламу» post through no channel)
_TRAP = re.compile(r"подпис|заблокир|блокировк|ограничи|канал\w*[ \t]+(?:создал|завел|завёл|запустил|ведет|ведёт)|"
                   r"(?<![\w-])(?:бот|чат-бот)(?:а|е|у|ом|ы|ов)?(?![\w-])",
                   re.IGNORECASE)


@lru_cache(maxsize=1)
def _parser() -> Any:
    from natasha import NewsSyntaxParser  # loaded on the first sentence that needs it

    return NewsSyntaxParser(embedding())


def subject_channels(text: str, sentences: SentenceIndex) -> list[Match]:
    """Telegram citations owned by the subject of the verb a Telegram phrase depends on."""
    todo = []  # the cheap checks first: only sentences that pass them are parsed (in one batch)
    for place in finditer(_PLACE, text):
        own = (place.group("own") or "").strip().casefold()
        if own in ("", "официальном", "личном") and _named_after(text, place.end()):
            continue  # «на официальном Telegram-канале Президента …»: someone named after it
        if CHANNEL_GENITIVE_BEFORE.search(text, max(0, place.start() - 12), place.start()):
            continue  # «о создании канала в Telegram сообщила …»: a channel in Telegram, what the news is about
        sentence = sentences.around(place.start(), place.end())
        offset = text.rfind(sentence, max(0, place.start() - len(sentence)), place.end() + len(sentence))
        if offset < 0 or not is_russian(sentence) or _TRAP.search(sentence):
            continue
        todo.append((place, sentence, offset))
    parse_all(sentence for _, sentence, _ in todo)
    found: list[Match] = []
    for place, sentence, offset in todo:
        match = _owner_match(text, sentences, sentence, offset, place)
        if match is not None:
            found.append(match)
    return found


def _named_after(text: str, pos: int) -> bool:
    nxt = _NEXT_WORD.match(text, pos)
    if nxt is None:
        return False
    word = nxt.group("word")
    if not word[:1].isalpha() or word[:1].isupper():
        return True
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in analyzer().parse(word)[:2])


# A body of state by its common noun: the body the sentences before had as their subject
_BODY_NOUNS_OF_STATE = frozenset("ведомство відомство".split())
# A body by its common noun, standing for the one named before: «банк», «компания», «клуб» («ведомство» is read
# as an office, whose holder_of finds the body named with it, when no subject before is a body)
_BODY_COMMON_NOUNS = frozenset("""банк компания компанія перевозчик перевізник оператор корпорация
    корпорація предприятие підприємство организация організація клуб холдинг""".split())


def _owner_match(text: str, sentences: SentenceIndex, sentence: str, offset: int,
                 place: re.Match[str]) -> Match | None:
    tokens = _parse(sentence)
    start, end = place.start() - offset, place.end() - offset
    inside = [t for t in tokens if t.start >= start and t.stop <= end]
    if not inside:
        return None
    by_id = {t.id: t for t in tokens}
    verb = _verb_of(inside[-1], by_id, inside)
    if verb is None or lemma(verb.text) not in _SAYING:
        return None
    subject = _subject_of(verb, tokens, by_id)
    if subject is None or _CITING.search(sentence, verb.stop, start):
        return None  # «сообщает РБК-Украина со ссылкой на «X» в Telegram»: X's channel, not the subject's
    lo, hi = _subtree(subject, tokens)
    if (emphatic := _EMPHATIC.match(sentence, lo, hi)) is not None:
        lo = emphatic.end()  # «рассказал сам политик»: the office is the subject
    if sentence.count("«", lo, hi) > sentence.count("»", lo, hi) and (close := sentence.find("»", hi)) != -1:
        hi = close + 1  # «проект «Крым.Реалии»»: the parse cut the name at its full stop, the quote closes it
    words = sentence[lo:hi]
    span = (offset + min(lo, verb.start), offset + max(end, verb.stop))
    rule = "tg.subject.syntax"
    if words.casefold() == "они" and (body := body_before(text, offset + lo)) is not None:
        return Match("telegram", *span, rule, name=text[body[0] : body[1]])  # «В Генштабе заявили … Они написали»
    if words.casefold() in _PRONOUNS:
        named = _earlier_subject(text, sentences, offset, singular=words.casefold() != "они",
                                 gender=_PRONOUN_GENDER.get(words.casefold()))
        who = antecedent(text, _narrative_start(text, offset))  # (not a name inside «…», — написал он)
        office = _earlier_office(text, sentences, offset) if not (named or who) else None
        if not (named or who or office) and not text[: offset].strip():
            # «Об этом он написал в Telegram. Как рассказал Гладков, …» opening the text (its title, which named
            # him, left out): the person named next
            who = named_after(text, offset + hi, _PRONOUN_NAME_GENDER.get(words.casefold()))
        return Match("telegram", *span, rule, owner=named or (text[who[0] : who[1]] if who else office or words))
    if words.casefold() in _BODY_NOUNS_OF_STATE and (state := _earlier_body(text, sentences, offset)) is not None:
        return Match("telegram", *span, rule, name=state)  # «Министерство … Молдавии отвергло … Об этом ведомство»
    if words.casefold() in _BODY_COMMON_NOUNS and (named_body := body_before_noun(text, offset + lo)) is not None:
        return Match("telegram", *span, rule, name=named_body)  # «Тинькофф Банк … Об этом банк заявил в своем канале»
    if words[:1].islower() and (" " not in words or _epithet_office(subject, tokens, lo, hi)):
        # an office: "глава", "исполнитель", "губернатор"; or one with epithets: «кудрявый блогер»
        # the person named with that office first; else the subject before
        holder = holder_of(text, words if " " not in words else subject.text, offset)
        named = text[holder[0] : holder[1]] if holder else _earlier_subject(text, sentences, offset)
        who = antecedent(text, offset) if not named else None  # only looked for when nothing else names the office
        owner = named or (text[who[0] : who[1]] if who else None)
        return Match("telegram", *span, rule, owner=owner) if owner else None
    if " " not in words and not sentence[:lo].strip(_OPENING_MARKS) and office_word(words) \
            and (holder := holder_of(text, words, offset)) is not None:
        # «Сенатор в своем Telegram-канале поясняет»: an office capitalised only by opening the sentence, its holder
        # named before (a channel called so, «Рыбарь», has no holder: it stays the name)
        return Match("telegram", *span, rule, owner=text[holder[0] : holder[1]])
    quoted = _QUOTED.search(words)  # "Издание «Городские вести»": the name is what the quotes hold
    if quoted is not None:
        return Match("telegram", *span, rule, name=quoted.group(1))
    person = _person_in(subject, tokens)  # "Министр … Ахмед Дудаев": the parser's flat:name chain
    if person is not None:
        return Match("telegram", *span, rule, owner=person)
    if _is_person(words):  # "певица Лариса Долина": the name, not the office
        return Match("telegram", *span, rule, owner=_name_in([t for t in tokens if lo <= t.start and t.stop <= hi])
                     or words)
    return Match("telegram", *span, rule, name=words)


_OPENING_MARKS = " \t\n«\"“„—–-"  # what may stand before a sentence's first word


def _epithet_office(subject: Any, tokens: Sequence[Any], lo: int, hi: int) -> bool:
    """An office word with only lowercase adjectives before it («кудрявый блогер», «опытный сенатор»): a
    description of the person named before, not a channel's name."""
    if not office_word(subject.text):
        return False
    rest = [t for t in tokens if lo <= t.start and t.stop <= hi and t.id != subject.id]
    return bool(rest) and all(t.rel == "amod" and t.text.islower() and t.stop <= subject.start for t in rest)


def _person_in(subject: Any, tokens: Sequence[Any]) -> str | None:
    """A person's name the parser marks inside the subject (a word with flat:name parts: "Ахмед Дудаев")."""
    members, frontier = {subject.id}, [subject.id]
    while frontier:
        kids = [t.id for t in tokens if t.head_id in frontier and t.id not in members
                and t.rel in ("appos", "flat:name", "flat", "nmod", "amod")]
        members.update(kids)
        frontier = kids
    for head in (t for t in tokens if t.id in members):
        parts = [t for t in tokens if t.head_id == head.id and t.rel == "flat:name"]
        if parts and head.text[:1].isupper() and all(t.text[:1].isupper() for t in parts):
            return " ".join(t.text for t in sorted([head, *parts], key=lambda t: t.start))
    return None


def _earlier_subject(text: str, sentences: SentenceIndex, offset: int, singular: bool = False,
                     gender: str | None = None) -> str | None:
    """The named subject of the sentences just before ("Певец SHAMAN (Ярослав Дронов) стал …. Об этом
    исполнитель сообщил"): what a pronoun or an office most likely stands for. For "он" / "она" (singular) not
    a plural one: «Депутаты Заксобрания … избрали Евгения Балицкого губернатором. Об этом он написал» means him."""
    for _sentence, tokens, subject in _earlier_subjects(text, sentences, offset):
        if singular and _plural(subject.text):
            return None
        if gender is not None and (thing_of_other_gender(subject.text, gender) or place_word(subject.text)):
            # «Запад не заинтересован …, добавила она. … Ответ она опубликовала»: not what «она» is; nor is a
            # place («Россия …»), which keeps no channel of its own
            continue
        lo, hi = _subtree(subject, tokens)
        name = _name_in([t for t in tokens if lo <= t.start and t.stop <= hi])
        if name is not None:
            return name
        if subject.text.casefold() not in _PRONOUNS:
            return None
    return None


def _earlier_body(text: str, sentences: SentenceIndex, offset: int) -> str | None:
    """The subject of the sentences just before when it is an organisation's whole name («Министерство иностранных
    дел Молдавии отвергло …»): what «ведомство» stands for."""
    for sentence, tokens, subject in _earlier_subjects(text, sentences, offset):
        lo, hi = _subtree(subject, tokens)
        if is_org_like(sentence[lo:hi]):
            return sentence[lo:hi]
    return None


def _earlier_office(text: str, sentences: SentenceIndex, offset: int) -> str | None:
    """An office that is the subject just before, named by no one ("Губернатор Тверской области сообщил …
    — написал он"): the channel's owner as the text has it."""
    for sentence, tokens, subject in _earlier_subjects(text, sentences, offset):
        if office_word(subject.text):
            lo, hi = _subtree(subject, tokens)
            return sentence[lo:hi]
        if subject.text.casefold() not in _PRONOUNS:
            return None
    return None


_QUOTE_THEN_DASH = re.compile(r"»[ \t]*,?[ \t]*[—–-][ \t]")


def _opening_quote(text: str, closing: int) -> int:
    """Where the quotation that «…» closes at `closing` opens, quotations inside it («Своих не бросаем») passed
    over; -1 when it opens more than 3,000 characters back or nowhere."""
    depth = 0
    for i in range(closing, max(-1, closing - 3000), -1):
        depth += {"»": 1, "«": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1


def _narrative_start(text: str, offset: int) -> int:
    """Where the quotation that the sentence at offset closes («…», — написал он) opens, else offset: what comes
    before that is the narrative, where who said it is named."""
    line_end = text.find("\n", offset)
    closing = _QUOTE_THEN_DASH.search(text, max(0, offset - 12), line_end if line_end >= 0 else len(text))
    if closing is not None and (opening := _opening_quote(text, closing.start())) >= 0 and opening < offset:
        return opening
    return offset


def _earlier_subjects(text: str, sentences: SentenceIndex, offset: int) -> Iterator[tuple[str, Any, Any]]:
    """The subjects of up to three Russian sentences before offset, nearest first, with the sentence and its
    parse; a quotation ("«Угроза сохраняется», — написал он") is what was said, so it is passed over, however
    many sentences it holds."""
    offset = _narrative_start(text, offset)
    for _ in range(3):
        end = offset
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0:
            return
        sentence = sentences.around(end - 1, end - 1)
        offset = text.rfind(sentence, max(0, end - len(sentence) - 1), end)
        if offset < 0 or not is_russian(sentence):
            return
        if sentence[:1] in "«“\"":
            continue
        tokens = _parse(sentence)
        by_id = {t.id: t for t in tokens}
        root = next((t for t in tokens if t.rel == "root"), None)
        subject = _subject_of(root, tokens, by_id) if root is not None else None
        if subject is not None:
            yield sentence, tokens, subject


def _name_in(tokens: Sequence[Any]) -> str | None:
    """The longest run of capitalised words in a subject, less a capitalised common word opening the sentence
    ("Российская певица Лариса Долина" -> "Лариса Долина", "Певец SHAMAN" -> "SHAMAN")."""
    runs: list[list[Any]] = [[]]
    for t in tokens:
        if t.text[:1].isupper():
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    best: list[Any] = []
    for run in runs:
        while run and run[0].id.endswith("_1") and not _proper(run[0].text):
            run = run[1:]
        while len(run) > 2 and (place_word(run[0].text) or run[0].text.isupper()):
            # «Мэр столицы Молдовы Ион Чебан», «Глава ОВА Иван Федоров»: the place or the body is no name
            run = run[1:]
        if all(adjective(t.text) or place_word(t.text) for t in run):
            continue  # "Тверской" of "Губернатор Тверской области", "Москвы" of "Мэр Москвы" name no one
        if len(run) >= len(best) and run:
            best = run
    return " ".join(t.text for t in best) or None


def _plural(word: str) -> bool:
    return is_russian(word) and "plur" in analyzer().parse(word.casefold())[0].tag


def _proper(word: str) -> bool:
    if not is_russian(word) or word.isupper():
        return True
    return bool(_PROPER & set(analyzer().parse(word)[0].tag.grammemes))


def _verb_of(token: Any, by_id: dict[str, Any], inside: list[Any]) -> Any | None:
    """Climb from the Telegram phrase through obl/nmod links to the word it depends on: the verb."""
    ids = {t.id for t in inside}
    for _ in range(4):
        head = by_id.get(token.head_id)
        if head is None:
            return None
        if head.id not in ids and token.rel in ("obl", "obl:agent", "advcl", "iobj"):
            return head
        if head.id not in ids and token.rel not in ("nmod", "case", "det", "amod", "flat", "appos"):
            return None
        token = head
    return None


def _subject_of(verb: Any, tokens: Sequence[Any], by_id: dict[str, Any]) -> Any | None:
    for _ in range(3):  # "сообщил и добавил в Telegram": a conjoined verb shares its head's subject
        # not nsubj:pass: "Видео опубликовано в …" names what was posted, not who posted it
        subject = next((t for t in tokens if t.head_id == verb.id and t.rel == "nsubj"), None)
        if subject is not None:
            return subject
        if verb.rel not in ("conj", "xcomp", "parataxis"):
            return None
        verb = by_id.get(verb.head_id)
        if verb is None:
            return None
    return None


def _subtree(root: Any, tokens: Sequence[Any]) -> tuple[int, int]:
    """The subject's words: its dependents (a name in apposition too: "глава региона Вячеслав Федорищев"),
    contiguous, so never past a comma or a bracket."""
    members = {root.id}
    changed = True
    while changed:
        changed = False
        for t in tokens:
            if t.id not in members and t.head_id in members and (t.text in _QUOTES or t.rel not in (
                    "punct", "acl", "acl:relcl", "conj", "parataxis")):
                members.add(t.id)
                changed = True
    index = {t.id: i for i, t in enumerate(tokens)}
    i = j = index[root.id]
    while i > 0 and tokens[i - 1].id in members:
        i -= 1
    while j + 1 < len(tokens) and tokens[j + 1].id in members and j - i < 9:
        j += 1
    return tokens[i].start, tokens[j].stop


def _is_person(words: str) -> bool:
    if is_org_like(words):
        return False
    first = words.split()[0]
    return person_word(first) or looks_like_person(words)


@dataclass(frozen=True)
class Token:
    id: str
    text: str
    start: int  # offsets in the sentence
    stop: int
    head_id: str
    rel: str


_PARSED: dict[str, tuple[Token, ...]] = {}  # sentence -> its parse; emptied past _KEEP sentences
_KEEP = 4096


def parse_all(sentences: Iterable[str]) -> None:
    """Parse the sentences not parsed yet in one batch: the model is many times faster on a batch than on
    one sentence at a time."""
    todo = [s for s in dict.fromkeys(sentences) if s not in _PARSED and s.strip()]
    if not todo:
        return
    if len(_PARSED) + len(todo) > _KEEP:
        _PARSED.clear()
    from razdel import tokenize  # natasha's own tokenizer

    words = [[(w.text, w.start, w.stop) for w in tokenize(s)] for s in todo]
    # By length: a batch is padded to its longest sentence, so sentences of like length waste the least work.
    order = sorted(range(len(todo)), key=lambda i: len(words[i]))
    with one_blas_thread():
        for i, markup in zip(order, _parser().map([[w[0] for w in words[i]] for i in order]), strict=True):
            _PARSED[todo[i]] = tuple(Token(f"1_{m.id}", w[0], w[1], w[2], f"1_{m.head_id}", m.rel)
                                     for w, m in zip(words[i], markup.tokens, strict=True))


def _parse(sentence: str) -> tuple[Token, ...]:
    if sentence not in _PARSED:
        parse_all([sentence])
    return _PARSED.get(sentence, ())


_CITING = re.compile(rf"(?<![\w-]){CITING_ON}(?![\w-])", re.IGNORECASE)
_NP_LINKS = ("nmod", "amod", "flat", "flat:name", "flat:foreign", "appos", "nummod", "compound", "case", "det",
             "punct")


# Where a parse could widen a name: a word it may hang on right before it («Народная милиция ДНР»), or one that
# may hang on it right after («УМВД России по …», «РИА «Новости»»). Elsewhere the parse is skipped: it is most
# of the extractor's time, and the rule's name is already whole.
_MAY_GROW_AFTER = re.compile(r"[ \t]*(?:по[ \t]|[«\"„“]|[A-ZА-ЯЁ])")
_MAY_GROW_BEFORE = re.compile(r"(?:\w|[—-])[ \t]+[«\"„“]?\Z")


def widen_outlets(text: str, sentences: SentenceIndex, matches: list[Match]) -> list[Match]:
    """widen_outlet for each match, the sentences that may need it parsed in one batch."""
    grow = [_may_grow(text, m) for m in matches]
    spans = [sentences.bounds(m.start, m.end) for m, g in zip(matches, grow, strict=True) if g]
    # only what widen_outlet reads: most candidates are in English or Kazakh sentences, never parsed there
    parse_all(text[lo:hi] for lo, hi in spans if hi - lo <= 400 and is_russian(text[lo:hi]))
    return [widen_outlet(text, sentences, m) if g else m for m, g in zip(matches, grow, strict=True)]


def _may_grow(text: str, m: Match) -> bool:
    if not m.name or m.rule in ("outlet.quoting", "outlet.dateline") or (
            m.rule == "outlet.source_line" and "." in m.name and " " not in m.name):
        # «приводит слова футболиста Sport24»: the parser hangs the outlet on whom it quotes, the rule has already
        # cut them apart; «/Нуркыз Сабырова — Кабар/»: a dateline's slot holds the agency alone; «Источник и
        # фото - ria.ru»: a site's address is whole as written
        return False
    at = text.find(m.name, m.start, m.end)
    if at < 0:
        return False
    if _MAY_GROW_AFTER.match(text, at + len(m.name)):
        return True
    return not text[m.start : at].strip(' «"„“') and bool(_MAY_GROW_BEFORE.search(text, max(0, at - 40), at))


_MEDIA_TYPE = re.compile(r"(?:(?:информ)?агентств|(?:интернет-)?издани|газет|журнал|телеканал|радиостанци)[а-яё]*")
# Nouns a source hangs on in the words that cite it («со ссылкой на X», «по данным X», «по словам X»): not its name
_CITING_NOUNS = frozenset("ссылкой посиланням данным даними информации інформацією сведениям словам словами "
                          "сообщению сообщениям повідомленням заявлению оценкам оцінками версии "
                          # «В сообщении Минтранса говорится»: the statement, not its author
                          "сообщении заявлении релизе пресс-релизе обращении публикации".split())


def widen_outlet(text: str, sentences: SentenceIndex, m: Match) -> Match:
    """An outlet's name as the parser's whole noun group: «сообщили в УМВД России по Смоленской области»,
    «Народная милиция ДНР сообщила», not the capitalised words a rule stopped at. Russian only."""
    lo, hi = sentences.bounds(m.start, m.end)
    sentence = text[lo:hi]
    if not m.name or not is_russian(sentence) or len(sentence) > 400:
        return m
    name_at = text.find(m.name, m.start, m.end)
    if name_at < 0:
        return m
    tokens = _parse(sentence)
    inside = [t for t in tokens if name_at - lo <= t.start and t.stop <= name_at - lo + len(m.name)]
    if not inside:
        return m
    ids = {t.id for t in inside}
    by_id = {t.id: t for t in tokens}
    top = next((t for t in inside if t.head_id not in ids), inside[0])
    for _ in range(3):  # "милиция ДНР": the name hangs on a noun just before it
        head = by_id.get(top.head_id)
        if head is None or top.rel not in ("nmod", "flat", "appos") or head.stop > top.start \
                or top.start - head.stop > 40 or not _noun(head.text) or lo + head.stop > m.start \
                or head.text.casefold() in _CITING_NOUNS or _MEDIA_TYPE.fullmatch(head.text.casefold()):
            break  # not onto the rule's own trigger word ("корреспонденту NGS42.RU", "в материале X", «ссылкой на»),
            # nor onto what the outlet is («Российское издание Пример пишет»: the name is «Пример»)
        top = head
    members, frontier = {top.id}, [top.id]
    while frontier:
        kids = [t.id for t in tokens if t.head_id in frontier and t.id not in members and t.rel in _NP_LINKS
                and not (t.head_id == top.id and t.rel in ("case", "punct", "det"))
                and not TELEGRAM_WORD.match(t.text)]  # «ГТРК «Вайнах» в Telegram»: where it said it, not who
        members.update(kids)
        frontier = kids
    order = [t for t in tokens if t.id in members]
    i = tokens.index(top)
    first = last = i
    while first > 0 and tokens[first - 1] in order:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1] in order and last - first < 9:
        last += 1
    while last > first and tokens[last].rel == "punct" and tokens[last].text not in "»\"":
        last -= 1
    while first < i and tokens[first].text.islower() and not _noun(tokens[first].text):
        first += 1  # «в региональном МЧС»: an adjective in front is not part of the name
    start, end = lo + tokens[first].start, lo + tokens[last].stop
    if start >= name_at and end <= name_at + len(m.name):
        return m
    return replace(m, name=text[start:end], start=min(m.start, start), end=max(m.end, end))


def _noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in analyzer().parse(word.casefold())[:2])


# «сообщили в пресс-службе …», «В МВД пояснили»: a saying verb in the plural with no subject, its source the
# body the preposition names. Only sentences with such a verb and "в" are parsed.
_IMPERSONAL = re.compile(
    r"(?<![\w-])(?:сообщили|рассказали|пояснили|заявили|уточнили|отметили|подтвердили|добавили|ответили|"
    r"прокомментировали|предупредили|поясняли|сообщали|рассказывали|заявляли|отмечали|сообщают|рассказывают|"
    r"поясняют|заявляют|уточняют|отмечают|подтверждают|информируют|предупреждают|пообещали|обещали|"
    # advice and reminders are statements too: «В Дептрансе водителям посоветовали …»
    r"посоветовали|советуют|порекомендовали|рекомендовали|рекомендуют|напомнили|напоминают|призвали|призывают|"
    r"разъяснили|объяснили|сказали)(?![\w-])",
    re.IGNORECASE,
)
_NOT_A_BODY = frozenset(
    """интервью беседе беседа эфире эфир сообщении заявлении ответ ответе комментарии комментарий посте посту
    соцсетях сети telegram телеграме телеграм-канале канале telegram-канале пресс-релизе релизе письме документе
    материале статье видео обращении разговоре итоге целом частности свою свой своем своём""".split()
)


# Capitalised words (and an acronym in brackets) running from the parsed name up to its verb
_CAPITALISED_REST = re.compile(r"(?:[ \t]+(?:[А-ЯЁІЇЄҐ][\w'’-]*|\([А-ЯЁІЇЄҐA-Z]{2,6}\)))+(?=[ \t]+\Z)")
_AFTER_V = re.compile(r"(?<![\w-])во?[ \t]+(?P<words>[^.,;:!?()\n]{1,80})", re.IGNORECASE)


def _may_name_body(text: str, bounds: tuple[int, int]) -> bool:
    """A sentence whose "в …" could name a body: an organisation's word or a name in capitals after it. The
    rest are never parsed (a parse is most of the extractor's time)."""
    for m in _AFTER_V.finditer(text, *bounds):
        words = m.group("words")
        if is_org_like(words) or any(w.strip("«\"„“")[:2].isupper() for w in words.split()):
            return True
    return False


def impersonal_sources(text: str, sentences: SentenceIndex) -> list[Match]:
    """Outlets named by where, not who: «об этом сообщили в пресс-службе правительства Воронежской области»."""
    found: list[Match] = []
    done: set[int] = set()
    verbs = [v for v in finditer(_IMPERSONAL, text) if _may_name_body(text, sentences.bounds(v.start(), v.end()))]
    parse_all(sentences.around(v.start(), v.end()) for v in verbs)
    for verb_match in verbs:
        lo, hi = sentences.bounds(verb_match.start(), verb_match.end())
        sentence = text[lo:hi]
        if lo in done or not is_russian(sentence) or len(sentence) > 400 or not re.search(r"(?<![\w-])во?\s", sentence,
                                                                                           re.IGNORECASE):
            continue
        done.add(lo)
        tokens = _parse(sentence)
        for verb in tokens:
            if not _IMPERSONAL.fullmatch(verb.text) or any(t.head_id == verb.id and t.rel.startswith("nsubj")
                                                           for t in tokens):
                continue
            for place in (t for t in tokens if t.head_id == verb.id and t.rel == "obl"):
                case = [t for t in tokens if t.head_id == place.id and t.rel == "case"]
                if [t.text.casefold() for t in case] not in (["в"], ["во"]) or place.text.casefold() in _NOT_A_BODY:
                    continue
                start, end = _subtree(place, tokens)
                if (rest := _CAPITALISED_REST.match(sentence, end, verb.start)) is not None:
                    end = rest.end()  # «в Минкомсвязи Луганской Народной Республики (ЛНР) заявили»: the parser cut it
                start = case[0].stop + 1 if case[0].start < place.start else start
                if place.text[:1].isupper():  # «в региональном МЧС»: the name starts at its capital
                    start = next((t.start for t in tokens if start <= t.start <= place.start and t.text[:1].isupper()),
                                 start)
                name = sentence[start:end].strip()
                if not name or place_word(name.split()[0]) or not (is_org_like(name) or name[:2].isupper()):
                    continue
                if " " not in name and name.islower():
                    continue  # «заявили в пресс-службе»: the service named before, not a new source
                span = (lo + min(case[0].start, verb.start), lo + max(end, verb.stop))
                if verb.stop < case[0].start and sentence[verb.stop : case[0].start].strip():
                    span = (lo + case[0].start, lo + end)  # «рассказали РБК в пресс-службе»: РБК is a source of its own
                found.append(Match("outlet", *span, "outlet.impersonal", name=name))
    return found
