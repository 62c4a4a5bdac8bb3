"""Russian morphology by pymorphy3 (its dictionaries ship in pymorphy3-dicts-ru, so this runs offline).

Rules find names as written, in any grammatical case ("канала «Северного ветра»", "политолога Ербола Едилова");
these helpers give the nominative form for ``name_normalized`` and tell people and places from organisations.
Only found names go through the analyser, never the whole text, so extraction stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pymorphy3

_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_SLAVIC_WORD = re.compile(r"[А-ЯЁІЇЄҐа-яёіїєґ'’]+")
_RUSSIAN_ONLY = re.compile(r"[ієїґәғқңөұүһІЄЇҐӘҒҚҢӨҰҮҺ]")  # Ukrainian/Kazakh letters: not pymorphy's language


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=4096)
def _parse(word: str) -> tuple[pymorphy3.analyzer.Parse, ...]:
    try:
        return tuple(analyzer().parse(word))
    except ValueError:  # pymorphy3 asks unicodedata for each letter's name: one with none (a code point newer than
        # this Python's tables, "War\U00017000Как" glued in a mangled page) raises; it is read without such letters
        return tuple(analyzer().parse("".join(ch for ch in word if unicodedata.name(ch, "")) or "-"))


def text_language(text: str) -> str:
    """ "uk" for Ukrainian text, "kk" for Kazakh, else "ru": Ukrainian by the letters only it uses against
    Russian's (і, ї, є, ґ against ы, э, ё, ъ), so that a Ukrainian name with none of them («Миколи Калашника») is
    known for one by its article; Kazakh writes «і» and «ы» too, and its own letters (ә, қ, ң …) tell it first."""
    if sum(map(text.count, "әғқңөұүһӘҒҚҢӨҰҮҺ")) > sum(map(text.count, "ґєїҐЄЇ")):
        return "kk"
    return "uk" if sum(map(text.count, "ґєіїҐЄІЇ")) > sum(map(text.count, "ёыэъЁЫЭЪ")) else "ru"


def is_russian(text: str) -> bool:
    return bool(_CYRILLIC_WORD.search(text)) and not _RUSSIAN_ONLY.search(text)


def person_word(word: str) -> bool:
    """A Russian first name, surname or patronymic by the dictionary ("Ербола", "Едилова", "Захаровой")."""
    if not word[:1].isupper() or not is_russian(word):
        return False
    best = _parse(word)[0]  # the likeliest reading: "Московский" is an adjective first, a surname only second
    return bool({"Name", "Surn", "Patr"} & set(best.tag.grammemes))


def person_noun_genitive(word: str) -> bool:
    """A lowercase noun for a person in the genitive ("лидера", "директора", "руководителя"): whose channel it is.
    The dictionary's animacy, not a list of offices."""
    if not word[:1].islower() or not is_russian(word):
        return False
    # Any likely reading will do, the place says genitive: "чиновника" is read as the accusative first, "политика"
    # as the nominative of "politics" first
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.animacy == "anim"
               and not ({"Name", "Surn", "Patr"} & set(p.tag.grammemes)) for p in _parse(word)[:4])


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})  # a reading as a name, a place or an organisation


def never_a_subject(word: str) -> bool:
    """A Russian common noun with no nominative reading ("Информацию", "Министерству"): it cannot be who said it.
    Names, unknown words and indeclinables ("Минобороны") keep their chance."""
    if not is_russian(word):
        return False
    parses = _parse(word)
    if any((_PROPER | {"Fixd"}) & set(p.tag.grammemes) for p in parses):
        return False
    nouns = [p for p in parses if p.tag.POS == "NOUN" and p.is_known]
    return bool(nouns) and len(nouns) == len(parses) and all(p.tag.case != "nomn" for p in nouns)


# What a post shows or says, opening the sentence as its object; never who wrote it.
_MEDIA_OBJECTS = frozenset(
    """відео фото кадри запис ролик допис звернення повідомлення інформацію заяву світлини його її їх дані
    ситуацію подію новину видео кадры запись сообщение обращение информацию заявление снимки его её ее их данные
    ситуацию событие новость
    footage video videos photo photos images pictures clip clips recording recordings""".split()
)


def is_media_object(word: str) -> bool:
    return word.casefold() in _MEDIA_OBJECTS


def thing_not_subject(word: str) -> bool:
    """ «Відео», «Його», «Информацию»: the object of the verb, never who said it."""
    return is_media_object(word) or never_a_subject(word)


def common_noun(word: str) -> bool:
    """A Russian word the dictionary knows only as a common noun, never a name ("Причина", not "Путина")."""
    if not is_russian(word):
        return False
    parses = _parse(word)
    if any(_PROPER & set(p.tag.grammemes) for p in parses):
        return False
    return all(p.tag.POS == "NOUN" and p.is_known for p in parses)


def office_word(word: str) -> bool:
    """A singular common noun for a person, any case or capital ("Губернатор", "глава"): an office, not a name."""
    if not is_russian(word):
        return False
    best = _parse(word)[0]
    return (best.tag.POS == "NOUN" and best.tag.animacy == "anim" and best.tag.number == "sing"
            and not ({"Name", "Surn", "Patr"} & set(best.tag.grammemes)))


def thing_of_other_gender(word: str, gender: str) -> bool:
    """An inanimate noun whose gender is not `gender` ("masc", "femn"): "Запад" cannot be who «она» is. People
    (any gender: «пресс-секретарь … она»), indeclinables and unknown words never disagree."""
    if not is_russian(word):
        return False
    nominative = [p for p in _parse(word)[:3] if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.is_known]
    if not nominative or any(p.tag.animacy == "anim" or "Fixd" in p.tag.grammemes for p in nominative):
        return False
    return all(p.tag.gender not in (gender, None) and p.tag.number == "sing" for p in nominative)


def function_word(word: str) -> bool:
    """An adverb, conjunction, particle or preposition by its likeliest reading ("Ранее", "Также", "Однако"):
    capitalised only for opening the sentence, never part of a name."""
    return is_russian(word) and _parse(word)[0].tag.POS in ("ADVB", "CONJ", "PRCL", "PREP", "INTJ")


def genitive_of(word: str, pos: str) -> bool:
    """A Russian word that can be the given part of speech ("NOUN", "ADJF") in the genitive ("коммуникаций",
    "массовых"): the complement of a body's name after «и» («Министерство информации и массовых коммуникаций»)."""
    wanted = {pos}  # (a set: ruff reads «p.tag.POS == pos» as a Yoda condition)
    return is_russian(word) and any(p.tag.POS in wanted and p.tag.case == "gent" for p in _parse(word.casefold())[:3])


def oblique_first_name(word: str) -> bool:
    """A Russian first name no reading of which is in the nominative ("Владимира", "Марии"): a name so inflected is
    never the subject of a verb («… президента России Владимира Путина, заявила …»)."""
    if not is_russian(word):
        return False
    names = [p for p in _parse(word.casefold()) if "Name" in p.tag.grammemes]
    return bool(names) and all(p.tag.case != "nomn" for p in names)


def part_of_speech(word: str) -> str | None:
    """The part of speech of a Russian word by its likeliest reading ("NOUN", "VERB", "PREP" …); None for others."""
    return str(_parse(word.casefold())[0].tag.POS) if is_russian(word) else None


def first_name_gender(word: str) -> str | None:
    """ "m" / "f" for a Russian first name in any case ("Марии", "Сергея"), by the dictionary; a Ukrainian one ends
    in a consonant or «й» for a man only («Сергій», «Олег»: a woman's never does, in any case). None otherwise."""
    if not word[:1].isupper() or not _SLAVIC_WORD.fullmatch(word):
        return None
    if not is_russian(word):
        return "m" if word[-1] in "бвгґджзйклмнпрстфхцчшщ" and _RUSSIAN_ONLY.search(word) else None
    genders = {p.tag.gender for p in _parse(word)[:3] if "Name" in p.tag.grammemes}
    return {frozenset({"masc"}): "m", frozenset({"femn"}): "f"}.get(frozenset(genders))


# A Ukrainian past-tense verb, which the Russian dictionary cannot read: «назвав», «написала», «оприлюднили»
_UKRAINIAN_PAST = re.compile(r"[а-яіїєґ'’]{2,}(?:ав|ив|ів|їв|ла|ли|ло)(?:ся|сь)?", re.IGNORECASE)


def finite_verb(word: str) -> bool:
    """A verb in a finite form ("назвала", "высмеял", «назвав»): the predicate after its subject."""
    if not is_russian(word):
        return bool(_UKRAINIAN_PAST.fullmatch(word))
    # («написав», a Ukrainian past tense in Russian letters, is a Russian gerund to the dictionary)
    return any(p.tag.POS == "VERB" or (p.tag.POS == "GRND" and word.endswith(("ав", "ив")))
               for p in _parse(word.casefold())[:2])


@lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    """The dictionary form of a Russian word by its likeliest reading ("заметил" -> "заметить")."""
    return str(_parse(word.casefold())[0].normal_form)


def names_a_body_or_place(word: str) -> bool:
    """A word the dictionary knows as an organisation's or a place's name, or as a first name, in any of its likely
    readings ("Газпром", "Россия", "Спартак"): a quoted name holding one is no channel's."""
    return (word[:1].isupper() and is_russian(word)
            and any(p.is_known and {"Orgn", "Geox", "Name"} & set(p.tag.grammemes) for p in _parse(word)[:3]))


def adjective(word: str) -> bool:
    """A Russian adjective by its likeliest reading ("Тверской", "Российская")."""
    return is_russian(word) and _parse(word)[0].tag.POS == "ADJF"


def modifies(word: str, noun: str) -> bool:
    """An adjective agreeing with the noun after it ("Воронежской области"): part of a name of something, where
    a surname of the same shape ("Толстой написал") is followed by no such noun."""
    if not (adjective(word) and is_russian(noun)) or _parse(noun)[0].tag.POS != "NOUN":
        return False
    # any two readings that agree: "Курской области" is genitive, dative or locative alike
    return any(adj.case == head.case and adj.number == head.number and (adj.number == "plur" or adj.gender ==
                                                                        head.gender)
               for adj in (p.tag for p in _parse(word) if p.tag.POS == "ADJF")
               for head in (p.tag for p in _parse(noun) if p.tag.POS == "NOUN"))


def place_word(word: str) -> bool:
    """A place name ("Москве", "Алматы") — "в Москве заявили" names no source."""
    if not word[:1].isupper() or not is_russian(word):
        return False
    best = _parse(word)[0]
    return "Geox" in best.tag.grammemes


# A Kazakh case or possessive ending written after a hyphen on initials or a Latin name («ТЖМ-і», «ҰҚК-ның»)
_KK_HYPHEN_CASE = re.compile(
    r"(?P<base>.*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІa-z0-9.])-(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|а|е|да|де|та|те|дан|ден|"
    r"тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|ы|і|сы|сі|ын|ін|нда|нде|ндағы|ндегі|дағы|дегі|тағы|тегі)")


@lru_cache(maxsize=8192)
def nominative(name: str, lang: str = "ru") -> str:
    """The name with its leading noun group put in the nominative case; complements and quotes unchanged.

    "Ербола Едилова" -> "Ербол Едилов", "пресс-службы полиции" -> "пресс-служба полиции",
    "Министерства обороны Республики Казахстан" -> "Министерство обороны Республики Казахстан",
    "Северного ветра" -> "Северный ветер". Russian only: a name in a Ukrainian text (lang "uk",
    text_language) stays as written, since the Russian dictionary misreads it («Миколи Калашника» as «Миколя
    Калашник»); pymorphy3's Ukrainian dictionary is GPL, which this MIT project does not take on.
    """
    if (glued := _KK_HYPHEN_CASE.fullmatch(name)) is not None:
        return glued.group("base")  # «ТЖМ-і», «ІІМ-нің», «Kazinform-ның»: a Kazakh ending after a hyphen, dropped
    if lang == "uk" or not is_russian(name):
        return name
    quote = min((i for i in (name.find("«"), name.find('"')) if i != -1), default=len(name))
    words = [m for m in _CYRILLIC_WORD.finditer(name) if m.end() <= quote]
    group = _agreeing_group([m.group() for m in words])
    if not group:
        return name
    out, pos = [], 0
    for m, parse in zip(words, group, strict=False):  # the group may be shorter than the words
        out += [name[pos : m.start()], _inflected(m.group(), parse, group)]
        pos = m.end()
    return "".join(out) + name[pos:]


def _agreeing_group(words: list[str]) -> list[pymorphy3.analyzer.Parse]:
    """Parses of the leading words that agree in case: adjectives up to the head noun, or a person's names."""
    for first in _parse(words[0])[:4] if words else ():
        case = first.tag.case
        if case is None or first.tag.POS not in ("NOUN", "ADJF", "PRTF") or "Fixd" in first.tag.grammemes:
            continue
        group: list[pymorphy3.analyzer.Parse] = []
        for word in words:
            p = next((p for p in _parse(word)[:4] if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF", "PRTF")
                      and "Fixd" not in p.tag.grammemes), None)
            if p is None:
                break
            group.append(p)
            person = bool({"Name", "Surn", "Patr"} & set(p.tag.grammemes))
            if p.tag.POS == "NOUN" and not person:
                break  # the head noun: what follows is its complement ("обороны", "Кремля")
        if group and case != "nomn":
            return group
        return []
    return []


def _inflected(word: str, parse: pymorphy3.analyzer.Parse, group: list[pymorphy3.analyzer.Parse]) -> str:
    head = next((p for p in group if p.tag.POS == "NOUN"), parse)
    wanted = {"nomn", head.tag.number or "sing"}
    if parse.tag.POS != "NOUN" and head.tag.number != "plur" and head.tag.gender:
        wanted.add(head.tag.gender)
    form = parse.inflect(wanted) or parse.inflect({"nomn"})
    return _same_shape(word, form.word) if form is not None else word


def _same_shape(original: str, new: str) -> str:
    if original.isupper():
        return new.upper()
    if original[:1].isupper():
        return "-".join(w[:1].upper() + w[1:] for w in new.split("-")) if "-" in original else new[:1].upper() + new[1:]
    return new


def finite_verb_of(word: str, lemmas: frozenset[str]) -> bool | None:
    """Whether a Russian word is a finite verb (past or present, not an infinitive, participle or noun) of one of
    the lemmas, by any of its likely readings; None for a word the Russian dictionary cannot tell (a Ukrainian one,
    or one it does not know)."""
    if not is_russian(word):
        return None
    parses = _parse(word.casefold())
    if not any(p.is_known for p in parses) or parses[0].tag.POS == "GRND":
        return None  # (a Russian gerund in -в is a Ukrainian past: «заявив», «пояснив»)
    return any(p.tag.POS == "VERB" and p.normal_form.replace("ё", "е") in lemmas for p in parses[:4])

