"""Person or organisation? Heuristics on a name, and scanning for a person's name around a position."""

from __future__ import annotations

import itertools
import os
import re
from functools import lru_cache

from .known_outlets import is_known_outlet  # (the list of well-known outlets: known_outlets.py)
from .morph import first_name_gender, person_word
from .per_text import per_text
from .phrases import LATIN_CAP_WORD, STOP_CAPS, core_span, is_cap, strip_stops, token_list, tokens

# People named by what they are, in the plural: "Officials said on Telegram", «очевидцы сообщают» name no source
PEOPLE_PLURALS = frozenset("""witnesses eyewitnesses residents locals officials sources users bloggers milbloggers
    activists observers analysts experts journalists reporters correspondents volunteers doctors medics rescuers
    очевидцы свидетели жители местные пользователи блогеры эксперты аналитики журналисты волонтеры медики спасатели
    очевидці свідки мешканці жителі користувачі блогери експерти аналітики журналісти волонтери медики
    рятувальники""".split())
_ORG_STEMS = tuple(
    """news agency times post journal gazette gazeta herald tribune telegraph daily weekly media press tv radio
    broadcast network ministry department office service committee council bureau institute center centre
    foundation commission government administration embassy nations command staff forces army police kremlin pentagon
    military navy railway exchange group corps airline airport university hospital union association
    company corporation regulator watchdog directorate inspectorate brigade battalion regiment legion resistance
    parliament duma guardian insider court bank senate prosecutor akimat ombudsman tribunal force
    republic federation
    international alliance coalition movement airways holdings jsc llc plc ltd organization organisation mission
    министрлі әкімді департамент агенттіг қызмет басқарма
    министерств минобороны мид агентств служб новост ведомост известия газет банк
    кремл генштаб пресс-служб правительств администраци посольств комитет управлени росстат тасс риа рбк
    интерфакс коммерсант телеканал радио журнал портал издани штаб совет дум парламент минфин минздрав мвд
    фсб мчс гибдд госавтоинспекц прокуратур генпрокуратур генпрокурор следствен росгварди минпром минтранс
    минстро минэконом минприрод
    минсельхоз минтруд минцифр минюст минпрос минобрнаук минэнерго минкульт минспорт минкомсвяз минсвяз мининформ
    минвостокразвит минстрой минэк минобр мэри бюро оперштаб акимат
    мінцифр мінфін мінохорон мінсоцполітик мінекономік мінрегіон мінінфраструктур мінагро мін'юст мінюст мінкульт
    мінстратегпром мінреінтеграці мінвет мінвнутрішньополіт мінстрат мінприроди мінспорт мінмолодьспорт укрзалізниц
    мінтранс мінекологі мінагрополітик міносвіт мінвідновлен мінрозвитк
    міністерств міноборон поліці полици пресслужб прес-служб адміністраці управлінн уряд міськрад облрад
    сили силы рада ради раді радою центр""".split()  # (Ukrainian bodies; «Повітряні сили», «Міська рада»)
)
# whole words only: as stems they would open surnames ("Guardiola")
_ORG_WHOLE_WORDS = frozenset({"guard", "guards", "coastguard"})  # "Revolutionary Guards", "the National Guard"
_NOT_ORG_ACRONYMS = frozenset("US USA UK EU РФ США ЕС ВС СМИ II III IV ДНР ЛНР ОАЭ КНДР".split())  # places, not bodies
_DEMONYM = re.compile(r"(?:ian|ish|ese|ern|ean|an|kh|ch|Z)\Z")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}(?:/[A-ZА-ЯЁ]{2,6})?\Z")  # "RFE/RL"
# "TechCrunch", "BuzzFeed": a brand's capital inside the word; a surname's comes after a prefix ("McCarthy").
_CAMEL_BRAND = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Der|Fitz|Al)[A-Z][a-z]+(?:[A-Z][a-z]+)+")
# A compound agency name, its head inside the word: «Роспотребнадзор», «Ространснадзор», «Держпродспоживслужба»,
# «Держекоінспекція», «Сбербанк» (a capital first: «надзор» alone is a common noun)
_AGENCY_COMPOUND = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]{2,}(?:надзор|нагляд|служб|инспекц|інспекц|банк|"
                              r"водоканал|энерго|енерго)[а-яёіїєґ]*\Z|"  # (city utilities: «Київводоканал»)
                              # the same compounds transliterated: "Roskomnadzor", "Rospotrebnadzor", "Sberbank"
                              r"[A-Z][a-z]{2,}(?:nadzor|nahliad|nagliad|nadgliad|sluzhb|inspekts|bank|vodokanal)[a-z]*\Z")
_DOMAIN = re.compile(r"\w\.(?:ru|com|org|net|info|ua|kz|by|su|io|news|media|am|ge|az|uz|kg|md|рф|ру)\Z",
                     re.IGNORECASE)
_ROLE_STEMS = (
    r"(?:expert|scientist|analyst|blogger|journalist|correspondent|politician|president|minister|spokes\w+|deputy|"
    r"senator|professor|general|colonel|ambassador|commentator|economist|historian|writer|mr|mrs|ms|dr|эксперт|"
    r"политолог|блогер|аналитик|журналист|корреспондент|военкор|президент|министр|депутат|сенатор|профессор|генерал|"
    r"полковник|экономист|историк|писател|пресс-секретар|журналіст|експерт|аналітик|політолог|"
    r"нардеп|речни|міністр|економіст|історик|письменни|прес-секретар|insider|инсайдер|інсайдер|propagandist|"
    r"пропагандист|activist|активист|активіст)"
)
_TITLE_BEFORE = re.compile(rf"{_ROLE_STEMS}\w*\.?[\s,]*\Z", re.IGNORECASE)
# A lowercase word for a person speaking for a body: «речниця», «представитель», «собеседник»
_ROLE_WORD = re.compile(
    rf"(?:{_ROLE_STEMS}|представ[иі]тел|представник|собеседник|співрозмовни|керівни|руководител|начальни|спікер)"
    r"[а-яёіїєґ]*")
_SURNAME = re.compile(
    r"(?:ov|ev|ova|eva|ina|in|sky|skiy|skaya|enko|chuk|yuk|vich|dze|shvili|yan|ян|ов|ев|ёв|ин|ова|ева|ина|ский|ская|ского|"
    r"ской|енко|чук|юк|ович|евич|овой|евой|иной|ову|еву|ым|бек|ұлы|қызы|uly|qyzy|ський|ська|цький|цька)\Z",
    re.IGNORECASE,
)
_FIRST_NAMES = tuple(
    """alexand alexe alexey andrei andrey anna anton boris vadim valer vasil viktor victor vladimir vladislav
    vyacheslav gennad georg grigor dmitr evgen yevgen ekaterin yekaterin elena yelena igor ilya ivan kirill
    konstantin leonid maria mariya mikhail maxim nikola oleg olga pavel pyotr roman ramzan serge stanislav tatian
    yuri yury yulia natali irina svetlana denis artem ruslan timur fyodor eduard egor john james david michael
    robert william richard thomas mark paul peter george donald joe keir emmanuel olaf matteo katie mary sarah
    zina kassym nursultan александр алексе андре анн антон борис вадим валери васили виктор владимир владислав
    вячеслав геннади георги григори дмитри евгени екатерин елен игор иль иван кирилл константин леонид мари
    михаил максим никола олег ольг павел павл петр пётр роман рамзан серге станислав татьян юри юли натал
    ирин светлан денис арт[её]м руслан тимур федор фёдор эдуард егор зин ігор олександр олексі андрі сергі юрі
    михайл володимир віталі дмитр олен ірин тетян наталі петр павл василь микол богдан тарас остап ярослав
    оксан людмил галин іван ілля іллі юлі євген світлан віктор вікторі марія марії марію геннаді валері станісла
    григорі леоні федір федор анастасі
    oleh oleks pavlo vadym vitali vitaly serhi andri mykol mykhail volodymyr dmytr ihor olen iryn tetian petro
    кирил
    vasyl bohdan taras ostap yaroslav oksan liudmyl lyudmyl halyn kyryl maksym yevhen hennadi heorhi hryhori
    anatol denys valentyn valentin yuli kateryn svitlan rustem витал анатол валентин ярослав
    берік ерлан жандос асқар нұрлан бауыржан серік марат ержан қайрат дәурен айдос мұрат ерболат нұржан бақыт
    алмас асхат данияр бейбіт бекзат ермек дархан ғани жанар айгүл гүлнар әсел динара айжан сәуле мақсат
    нұрсұлтан қасым-жомарт талғат арман әлихан алихан олжас болат дамир қуаныш ғалым мәулен серікжан
    ерсін бекболат қанат ғабит жасұлан мейірбек аслан ербол берік саят әйгерім ләззат жұлдыз мақпал
    berik yerlan erlan zhandos askar nurlan bauyrzhan serik yerzhan kairat dauren aidos yerbolat nurzhan bakyt
    askhat daniyar beibit bekzat yermek darkhan zhanar aigul gulnar assel dinara aizhan maksat talgat olzhas
    bolat kuanysh galym zhenis zhassulan meirbek yerbol aigerim zhuldyz""".split()
)
# A patronymic keeps "Имя Отчество Фамилия" whole when a longer run of capitalised words is cut to a name.
_PATRONYMIC = re.compile(r"\w+(?:ович|евич|ич|овна|евна|ична|ovich|evich|ovna|evna)\w{0,2}\Z", re.IGNORECASE)
# Titles that precede a person's name without being part of it.
_TITLES = frozenset(
    """president minister general colonel deputy senator ambassador professor dr mr mrs ms blogger expert analyst
    journalist military political scientist commander governor президент министр генерал полковник депутат
    сенатор посол профессор блогер эксперт аналитик журналист военкор политолог губернатор мэр мер глава голова
    mayor spokesman spokeswoman lieutenant major captain admiral sergeant marshal""".split()
)


_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:of|to|with|by|for|from|at|about|against|than|and|in|on|into|over)[ \t]+(?:the[ \t]+)?"
    rf"(?:{LATIN_CAP_WORD}[ \t]+){{0,3}}\Z"
)


def is_office(word: str) -> bool:
    """A title or office standing alone for its holder: «Губернатор», "the mayor", «голова»."""
    return word.casefold().removeprefix("the ").strip() in _TITLES


def object_of_preposition(text: str, start: int) -> bool:
    """ "a close ally of Russian President Vladimir Putin wrote": a name after "of" is not the one writing."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, start - 60), start))


def is_role_word(word: str) -> bool:
    """A lowercase Russian or Ukrainian word for who speaks ("речниця", "представитель"): it ends a body's name."""
    return word[:1].islower() and bool(_ROLE_WORD.fullmatch(word))


@lru_cache(maxsize=8192)  # (8,000 calls on three 1 MB slices, 2,600 names)
def has_first_name(name: str) -> bool:
    """The name opens with a first name ("Oleksandr Starukh", «Олександр Старух»)."""
    first = name.split()[0].casefold() if name.split() else ""
    return first.startswith(_FIRST_NAMES) or person_word(first.capitalize())


def is_title(word: str) -> bool:
    """A title that goes before a person's name ("President", «губернатор»), not a name of its own."""
    return word.casefold() in _TITLES


def is_demonym(name: str) -> bool:
    """A single adjective of nationality ("Russian", "German", "Kazakh"), not a name of its own."""
    return (" " not in name and name.isalpha() and bool(_DEMONYM.search(name))  # "BAQ.KZ" is a domain
            and not _CAMEL_BRAND.fullmatch(name)  # "TechCrunch" ends like "Dutch"
            and name.casefold() not in _FIRST_NAMES)  # "Ivan", "Ruslan" end like "Russian"


_NATIONALITIES = frozenset(
    """russian ukrainian belarusian kazakh chechen georgian armenian azerbaijani israeli iranian iraqi syrian lebanese
    palestinian american british german french polish turkish chinese kyrgyz tajik uzbek moldovan latvian lithuanian
    estonian finnish swedish crimean pakistani indian yemeni saudi egyptian afghan european western soviet
    pro-russian pro-ukrainian pro-kremlin""".split()
)


def is_nationality(word: str) -> bool:
    """A nationality from a closed list ("Ukrainian", "Chechen"): stricter than is_demonym's endings, which also
    take surnames ("Gendelman") and names ("Mach") for one."""
    return word.casefold() in _NATIONALITIES


@lru_cache(maxsize=8192)
def has_org_word(name: str) -> bool:
    """A well-known outlet, or a word that names an organisation ("агентство", "Ministry"); acronyms aside."""
    if is_known_outlet(name):
        return True
    return any(w.casefold().strip("«»\"“”").startswith(_ORG_STEMS) or _AGENCY_COMPOUND.match(w.strip("«»\"“”"))
               or w.casefold().strip("«»\"“”’'") in _ORG_WHOLE_WORDS for w in name.split())


@lru_cache(maxsize=8192)  # asked about the same names again and again (3,500 distinct of 6,000 calls a MB)
def is_org_like(name: str) -> bool:
    """An organisation's or outlet's name rather than a person's: keyword, acronym, domain, or well known."""
    if has_org_word(name):
        return True
    words = name.split()
    return (any(_ACRONYM.match(w) and w not in _NOT_ORG_ACRONYMS or _CAMEL_BRAND.fullmatch(w) for w in words)
            or bool(_DOMAIN.search(name)))


def looks_like_person(name: str, before: str = "") -> bool:
    """Heuristic: a title just before it ("political scientist X"), a known first name, or a surname ending."""
    verdict = _person_by_name(name)
    return verdict is not None and (verdict or bool(before and _title_before(before)))


def _title_before(before: str) -> bool:
    """_TITLE_BEFORE.search(before), tried from the last word on only: a role's stem and the rest of its word, then
    at most a full stop, blanks and commas to the end, so a match starts in the last word (trying every position
    of the 40 characters cost 25 µs a call)."""
    head = before.rstrip()
    while head.endswith(","):
        head = head[:-1].rstrip()
    last_word = head.rsplit(None, 1)[-1] if head else ""
    return _TITLE_BEFORE.search(before, len(head) - len(last_word)) is not None


# Cached by the name alone: with the words before it in the key, nearly every call was a miss (17,000 of 38,000 on
# the corpus as one article, the cache full and turning over).
@lru_cache(maxsize=8192)
def _person_by_name(name: str) -> bool | None:
    """None for no words or an organisation's name (never a person, whatever stands before it); else whether the
    name alone reads as a person's."""
    words = name.split()
    if not words or is_org_like(name):
        return None
    if len(words) >= 3 and _TITLE_BEFORE.match(words[0] + " "):  # «Журналіст Ігор Бурбас»: a title, then the name
        return looks_like_person(" ".join(words[1:]), words[0] + " ")
    if len(words) in (2, 3) and words[0].casefold().startswith(_FIRST_NAMES):
        return True
    return len(words) <= 3 and bool(_SURNAME.search(words[-1]))


def person_at_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A person's name of two or three words closing [start, end) after at least one other word ("RT Маргарита
    Симоньян", "head of the X Administration Vadym Filashkin"): (where the words before it end, where it starts)."""
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    for n in (3, 2):
        if len(words) > n:
            tail = text[words[-n][0] : end]
            if looks_like_person(tail) and not is_org_like(tail):
                return words[-n - 1][1], words[-n][0]
    return None


def person_before(text: str, pos: int) -> tuple[int, int] | None:
    """A person's name (up to three words, a nickname allowed) ending at pos."""
    words: list[tuple[int, int]] = []
    lo = max(0, pos - 80)
    for s, e, tok in reversed(token_list(text, text.rfind("\n", lo, pos) + 1 or lo, pos)):
        if not (_is_nickname(tok) or _is_initial(tok) or (is_cap(tok) and core_span(tok) == (0, len(tok)))):
            break
        words.insert(0, (s, e))
        if len(words) >= 5:
            break
    return _person(text, words)


def person_after(text: str, pos: int) -> tuple[int, int] | None:
    """A person's name (up to three words) starting at pos."""
    nl = text.find("\n", pos, pos + 120)
    words: list[tuple[int, int]] = []
    for s, e, tok in tokens(text, pos, nl if nl != -1 else min(len(text), pos + 120)):
        a, b = core_span(tok)
        if _is_nickname(tok) or _is_initial(tok):
            words.append((s, e))
            continue
        if a or not is_cap(tok[a:b]) or len(words) >= 4:
            break
        glued = _GLUED_SENTENCE.search(tok, a, b)
        words.append((s, s + (glued.start() if glued else b)))
        if glued or b < len(tok):
            break
    return _person(text, words)


# "… Віталій Кім.На розмінування …": a sentence glued to the name, the space after its full stop lost
_GLUED_SENTENCE = re.compile(r"(?<=\w\w)\.(?=[A-ZА-ЯЁІЇЄҐ])")


def _is_nickname(tok: str) -> bool:  # Evgeny "Topaz" Raskazov
    return len(tok) > 2 and tok[0] in "\"“«'" and tok[-1] in "\"”»'" and is_cap(tok[1:-1])


def _is_initial(tok: str) -> bool:
    return len(tok) == 2 and tok[0].isupper() and tok[1] == "."


_KK_POSSESSED_NEXT = re.compile(r"[ \t]+[а-яәіңғүұқөһ]+(?:сы|сі|ы|і)(?:ның|нің|на|не|нда|нде|нан|нен|н)?(?![\w-])")
_KK_PLACE_CASE = re.compile(r"\w{3,}(?:ға|ге|қа|ке|да|де|та|те|дағы|дегі)\Z")
KAZAKH_LETTER = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")  # letters of Kazakh that Russian and Ukrainian lack


def _person(text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    words = strip_stops(words, text, STOP_CAPS | _TITLES)
    while words and _is_nickname(text[words[0][0] : words[0][1]]):
        words = words[1:]
    while words and _is_nickname(text[words[-1][0] : words[-1][1]]):
        words = words[:-1]
    plain = [w for w in words if is_cap(text[w[0] : w[1]]) and not _is_initial(text[w[0] : w[1]])]
    if len(plain) >= 2 and plain[-1] == words[-1] and _KK_PLACE_CASE.search(text, *words[-1]) and (
            KAZAKH_LETTER.search(text, max(0, words[0][0] - 100), words[-1][1] + 100)):
        # «Қасым-Жомарт Тоқаев Астанаға келді»: in Kazakh a capitalised place in the dative or locative follows the
        # name (never a surname's ending there)
        words, plain = words[:-1], plain[:-1]
    first_two = text[plain[0][0] : plain[1][1]] if len(plain) >= 3 else ""
    if first_two and words[0] == plain[0] and _person_by_name(first_two) and KAZAKH_LETTER.search(
            text, max(0, words[0][0] - 100), words[-1][1] + 100) and (not _person_by_name(
            text[plain[-2][0] : plain[-1][1]]) or _KK_POSSESSED_NEXT.match(text, words[-1][1])):
        # «Сергей Собянин Ресей астанасына», «Виталий Кличко Украина астанасының»: a name, then a place whose
        # possession («the capital of») follows
        words = words[: words.index(plain[1]) + 1]
    elif len(plain) >= 3 and not _PATRONYMIC.match(text[plain[-2][0] : plain[-2][1]]):
        words = words[words.index(plain[-2]) :]  # "МИД России Мария Захарова" -> "Мария Захарова"
    if not words or is_org_like(text[words[0][0] : words[-1][1]]):
        return None
    return words[0][0], words[-1][1]


_CLAUSE_END = re.compile(r"[.!?…]\s|\n")
_CAP_RUN = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w’'-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w’'-]*){0,2}")
_SPEECH_AFTER = re.compile(
    r"[ \t]+(?:wrote|writes|said|says|posted|added|noted|stated|написал\w*|заявил\w*|сообщил\w*|отметил\w*)(?![\w-])",
    re.IGNORECASE,
)


_RELATIVE_ASIDE = re.compile(r",[ \t]+(?:who|whose|which)[ \t][^,;:\n]{1,150},")


def sentence_person(text: str, start: int, end: int,
                    known: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The person a possessive ("his Telegram channel", "свой телеграм-канал") points to in the same sentence.

    The nearest person-like name before start wins; failing that, a name followed by a speech verb after end
    ("In a message on his Telegram channel recently recounting the episode, Durov wrote"). A word in known (the
    surnames of people the article names in full) is a person too: "announced by Klitschko in Telegram".
    """
    lo = max(0, start - 250)
    cut = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    lo = cut[-1] if cut else lo
    found = [(text.rfind(q, lo, start), q) for q in ("”", "»", ',"', '."', '!"', '?"')]
    quote_end = max((i + len(q) - 1 for i, q in found if i >= 0), default=-1)
    lo = quote_end + 1 if quote_end >= 0 else lo  # '"… in Stakhanov Street," he wrote': not a name quoted
    asides = [a.span() for a in _RELATIVE_ASIDE.finditer(text, lo, start)]
    for m in reversed(list(_CAP_RUN.finditer(text, lo, start))):
        if any(a <= m.start() < b for a, b in asides):
            continue  # "Medvedev, who is … of Russia's Security Council, said …": not the subject
        span = _trim_person(text, m.start(), m.end(), known)
        if span is not None:
            return span
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 200))
    hi = stop.start() if stop else min(len(text), end + 200)
    for m in _CAP_RUN.finditer(text, end, hi):
        span = _trim_person(text, m.start(), m.end(), known)
        if span is not None and _SPEECH_AFTER.match(text, span[1]):
            return span
    return None


def _trim_person(text: str, start: int, end: int, known: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    words = [(start + s, start + e) for s, e in words]
    words = strip_stops(words, text, STOP_CAPS | _TITLES)
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    while e > s and text[e - 1] in "’'s" and text[e - 2 : e] in ("’s", "'s"):
        e -= 2
    name = text[s:e]
    if not name or is_org_like(name) or is_demonym(name):
        return None
    if looks_like_person(name, text[max(0, s - 40) : s]) or any(person_word(w) for w in name.split()):
        return s, e
    return (s, e) if name.casefold() in known else None


_FULL_NAME = re.compile(  # the look-behind after the capital: the engine skips to capitals (twice as fast)
    r"[A-ZА-ЯЁІЇЄҐ](?<![\w-].)[a-zа-яёіїєґ'’-]+(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+){1,5}(?![\w-])")


@per_text()  # surnames and full_names read the same runs of one text
def _full_name_runs(text: str) -> tuple[str, ...]:
    return tuple(run for _start, run in _full_name_runs_at(text))


@per_text()
def _full_name_runs_at(text: str) -> tuple[tuple[int, str], ...]:
    return tuple((m.start(), m.group()) for m in _FULL_NAME.finditer(text))


@per_text()  # asked for at every pronoun's candidate antecedent: once per text
def full_names(text: str) -> dict[str, str]:
    """Each surname of a person named in full in the text, with that full name (the first one named): "Хоценко"
    -> "Виталий Хоценко", so that an owner written by surname alone is reported by the whole name."""
    found: dict[str, str] = {}
    for run in _full_name_runs(text):
        words = run.split()
        if len(words) > 3:  # "Former Russian President Dmitry Medvedev": a known first name and the word after it
            for first, last in itertools.pairwise(words):  # (the dictionary reads surnames as first names too)
                if first.casefold().startswith(_FIRST_NAMES) and not is_org_like(f"{first} {last}"):
                    found.setdefault(last.casefold(), f"{first} {last}")
            continue
        first, last = words[-2:]  # "Chechen Strongman Kadyrov", «России Илья Казаков»: the last two
        if len(words) == 3 and has_first_name(words[0]) and _SURNAME.search(words[1]):
            # «Сергей Собянин Богородск қалалық округінде …»: a first name and a surname, then a place (Kazakh
            # names the subject, then the place it speaks of)
            first, last = words[:2]
        if has_first_name(first) and not is_org_like(f"{first} {last}"):
            found.setdefault(last.casefold(), f"{first} {last}")  # a first name, then the surname
    return found


@per_text()
def _surnames_by_prefix(text: str) -> dict[str, list[str]]:
    by_prefix: dict[str, list[str]] = {}
    for surname in full_names(text):
        by_prefix.setdefault(surname[:4], []).append(surname)
    return by_prefix


def full_name_by_stem(text: str, surname: str) -> str | None:
    """The full name of the one person named in full whose surname shares this one's stem, four letters or more,
    at most three left over on either side («Сырского» after «Александр Сырский»); None for none or several."""
    stem = [k for k in _surnames_by_prefix(text).get(surname[:4], ())
            if len(os.path.commonprefix((k, surname))) >= max(4, max(len(k), len(surname)) - 3)]
    return full_names(text)[stem[0]] if len(stem) == 1 else None


def surnames(text: str) -> frozenset[str]:
    """Last words of the people named in full in a text: "Alexander Bogomaz" makes a later "Bogomaz
    reported" a person speaking, not an outlet."""
    found = set()
    for start, name in _full_name_runs_at(text):
        words = name.split()
        last_two = " ".join(words[-2:])  # "Mayor Vitali Klitschko": the title reads as an office's word
        # an office before the last two words, in the run or right before it ("Serbian President Aleksandar
        # Vucic", "his press secretary Aidos Ukibay"): a first name no list knows, then the surname
        titled = (any(_OFFICE_IN_RUN.fullmatch(w) for w in words[:-2])
                  or (len(words) == 2 and _OFFICE_RIGHT_BEFORE.search(text, max(0, start - 40), start) is not None))
        if (looks_like_person(name) and not is_org_like(name) or looks_like_person(last_two)
                or titled and not is_org_like(last_two)):
            found.add(words[-1].casefold())
    return frozenset(found)


_OFFICES_EN = (r"president|governor|secretary|spokes(?:man|woman|person)|minister|mayor|chief|head|commander|leader|"
               r"speaker|adviser|advisor|ambassador")
_OFFICE_IN_RUN = re.compile(rf"(?i:{_OFFICES_EN})")
# lowercase, right before: "press secretary X Y", "the governor of Luhansk, X Y"
_OFFICE_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?:{_OFFICES_EN})[ \t]+(?:of[ \t]+[A-Z][\w'’-]+,?[ \t]+)?\Z")


# A Slavic name's grammatical gender, read off its endings: "she wrote" is not the man named nearest before.
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|aya|skaya|ska)\Z")
_MALE_SURNAME = re.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|skyi)\Z")
_MALE_IN_A = frozenset("nikita ilya illia mykola luka".split())


def gender_of(name: str) -> str | None:
    """ "f", "m", or None when the name does not tell (a Western name, a surname in «-енко», a body)."""
    words = name.split()
    if len(words) >= 2 and not name.isascii() and not is_org_like(name):
        return first_name_gender(words[0])  # the first name, by the dictionary in any case («Марии», «Сергея»)
    if not words or not name.isascii() or is_org_like(name):
        return None  # (Cyrillic endings are case endings too: «Михайла Федорова» is a man's genitive)
    last = words[-1]
    if _FEMALE_SURNAME.search(last):
        return "f"
    if _MALE_SURNAME.search(last):
        return "m"
    first = words[0].casefold()
    if len(words) >= 2 and first.startswith(_FIRST_NAMES):  # "Pavel Primerenko": a surname that does not tell
        return "f" if first.endswith("a") and first not in _MALE_IN_A else "m"
    return None

