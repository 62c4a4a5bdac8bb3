"""Phrase scanners the rules share: quotations, tokens and capitalised names around a position."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .morph import person_word

QUOTE_MAX = 80  # longer "quotations" are speech, not names
_OPEN_CLOSE = {'"': '"', "“": "”“", "„": "“”", "«": "»", "‘": "’", "'": "'", "”": "”", "‚": "‘’"}
_CLOSE_OPEN = {'"': '"', "”": "“”„", "“": "„“", "»": "«", "’": "‘‚", "'": "'"}
_ABBR_TAIL = re.compile(r"(?:\A|[.\s])\w\.\Z")  # "Z.O.V." keeps its final period
_TOKEN = re.compile(r"(?:[^\s.!?]|[.!?](?![«„]))+[.!?]*")  # «Укрінформ.«Армія»: a sentence ends before the quote
_LEAD_PUNCT = "([«\"“„‘'"
_TRAIL_PUNCT = ",.;:!?)]»\"”“’'…"
# Two acronyms joined by "and" that name one body: «ТЦК та СП» (territorial recruitment and social support centre),
# «ГО и ЧС» (civil defence and emergencies), «ВВС и ПВО» (one air force and air defence command)
_ONE_BODY_PAIR = re.compile(r"(?:ТЦК[ \t]+(?:та|і|и)[ \t]+СП|ГО[ \t]+и[ \t]+ЧС|ВВС[ \t]+и[ \t]+ПВО)(?![\w-])")
# A capitalised Latin word of a name; a full stop only inside it or after an initial ("Kaz.NUR", "U.S."), never the
# one that ends a sentence ("… on Monday. The ministry")
LATIN_CAP_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:(?<=\b[A-Z])\.)?"
LATIN_NAME = rf"{LATIN_CAP_WORD}(?:[ \t]+{LATIN_CAP_WORD}){{0,3}}"  # one to four such words
_CONNECT = frozenset("of for the de la du del di da von van der al el dello della delle dei degli des dos das".split())
# Capitalised words that start sentences or clauses rather than names.
STOP_CAPS = frozenset(
    """the a an this that these those in on at from by for of to as but and or so also however meanwhile earlier
    later then now yesterday today moreover furthermore additionally according screenshot photo source he she it
    they we i you his her their its our my your question answer monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december
    в на как по и но а также однако ранее позже сегодня вчера об это он она они мы его её их при со с из от
    до для источник фото скриншот як про це у та також проте раніше сьогодні вчора він вона вони ми
    подробности подробнее детали подробиці деталі details citing quoting per
    after before when while since until once if because although though unless whereas
    после когда пока хотя если після коли поки хоча якщо""".split()
)
# A description set off by commas after a name, in lowercase words after "one of", "a" or "an" ("…, one of the
# country's oldest think tanks,", "…, a state-owned utility,"): what the name before it is
DESCRIPTION_ASIDE = re.compile(r"(?<=[\w)'’]),[ \t]+"
                               r"(?:one[ \t]+of[ \t]+(?:the[ \t]+|[A-Z][\w-]*['’]s[ \t]+)?|an?[ \t]+)"
                               r"[a-z][^,;:()\"“”\n]{1,80},\Z")
# The word Telegram in Latin or Cyrillic letters, any case, any ending («телеграме», "Telegram's")
TELEGRAM_WORD = re.compile(r"telegram|телеграм", re.IGNORECASE)
# A channel noun in the genitive right before a place: the place is that channel's («о создании канала в Telegram»), not
# where the verb's subject said something
CHANNEL_GENITIVE_BEFORE = re.compile(r"(?<![\w-])(?:канала|каналов)[ \t]+\Z", re.IGNORECASE)
# A region's noun in the locative after a place's name («у Львівській області», «в Свердловской области», «по
# Бучанському районі»): where a body's branch is
REGION_LOCATIVE = r"(?:области|області|районе|районі|крае|краї|округе|окрузі)(?![\w-])"
# Where a clause stops: a stop, a comma, a colon, a bracket, a line's end, or a dash set off by blanks
CLAUSE_STOP = re.compile(r"[.,;:!?()\n]|\s[—–-]\s")
_RU_HEADS = ("министерств", "минобороны", "пресс-служб", "генштаб", "правительств", "администраци", "посольств",
             "оперативн", "оперштаб", "штаб", "мэри", "акимат", "ведомств", "прокуратур", "пресслужб", "міністерств",
             "відомств", "адміністраці", "суд", "банк", "центр", "фонд", "бюро", "офіс", "министрлі", "әкімді",
             "департамент", "қызмет", "басқарма", "офис", "аппарат", "апарат", "секретариат", "секретаріат",
             "служб", "комитет", "управлени", "департамент", "агентств", "федеральн", "государственн", "совет",
             "институт", "інститут", "университет", "університет", "управлінн", "рад",
             "сили", "силы", "силах", "силам",  # «Сили оборони півдня України», «Силы специальных операций»
             "сил ",  # (the genitive alone, «Сил оборони Півдня», a word ending there: "сил" opens «Силовики» too)
             "представництв", "представительств")  # «Представництво президента України в Криму»
_AFFAIRS_NEXT = re.compile(r"[ \t]+справах(?![\w-])")
_EN_ORG_HEADS = frozenset(
    """ministry court government police administration akimat embassy committee parliament prosecutor's office
    service army military council commission agency bank command force forces navy guard department directorate
    inspectorate exchange""".split()
)
# After a capitalised English name, its lowercase head ("the Basmannyi court", "the Kherson regional administration")
_FUNCTION_EN = "that|and|or|but|the|to|of|in|on|at|by|for|with|as|which|who|is|was|has|had"
# (a body's heads only: after "TASS" or "German", "news agency" says what kind it is and is no part of the name;
# "the GRU military" is no body's name either)
_KIND_WORDS_EN = frozenset(
    "agency service bank army military navy guard command force forces prosecutor's office".split()
)
_EN_HEAD_AFTER = re.compile(rf"(?:(?!(?:{_FUNCTION_EN})[ \t])[a-z]+[ \t]+)?"
                            rf"(?:{'|'.join(sorted(_EN_ORG_HEADS - _KIND_WORDS_EN))})(?![\w'’-])")
# English bodies join two fields with "and": after a head that opens the name, or before one that closes it
_EN_BODY_HEAD = re.compile(r"Ministry|Committee|Commission|Department|Agency|Office|Service|Council|Bureau|Institute|"
                           r"Cent(?:er|re)|Administration|Directorate|Authority|Board|Federation|Union|Foundation|Fund|"
                           r"Chamber|Inspectorate")
_EN_NAME_THEN_HEAD = re.compile(rf"(?:[ \t]+[A-Z][\w'’-]*){{1,3}}?[ \t]+(?:{_EN_BODY_HEAD.pattern})(?![\w'’-])")
_NEXT_CAPITAL = re.compile(r"[ \t]+(?!The[ \t])[A-Z]")
# After a body's field and a comma, more fields of one word each to one after "and": "Ministry of Ecology, Geology
# and Natural Resources" (not "Ministry of Affairs, Ivan Petrov and …": people named after it)
_FIELDS_THEN_AND = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*,){0,3}[ \t]+[A-Z][\w'’-]*,?[ \t]+and[ \t]+[A-Z]")
# "Новая газета", "Національної поліції": an adjective in any case, Russian or Ukrainian, before its noun.
_CAP_ADJECTIVE = re.compile(
    r"\A[А-ЯЁІЇЄҐ][а-яёіїєґ-]+(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ого|ому|ых|ська|цька|зька|ські|ої|ій|их|не|[чльтдвжшз]на|ське|цьке"
    r"|[^ї]ні)\Z"  # «Повітряні сили», «Збройні сили» (not «Україні»)
)
# (the Ukrainian feminine too: «міська військова адміністрація», «обласна державна адміністрація»)
_LOW_ADJECTIVE = re.compile(r"\A[а-яёіїєґ-]{2,}(?:ая|ый|ий|ой|ого|ому|ых|ої|ій|их|ська|цька|зька|ні|ова|ева|ьна|"
                            r"[вчнжтдлрс]на)\Z")
_RU_LOWER_OK = ("министерств", "минобороны", "пресс-служб", "правительств", "администраци", "посольств", "оперативн",
                "оперштаб", "мэри", "акимат", "прокуратур", "пресслужб", "міністерств", "відомств", "адміністраці",
                "управлени", "департамент")
_RU_VERB_END = re.compile(r"(?<!\Aси)(?:ли|ла|ло|ет|ют|ут|ит|ят|ть|ся|сь|[^\w-])\Z|\A\w{3,}л\Z"  # not «сили»
                          # Ukrainian «заявив», «хотів» (not «справ», nor «ветеранів»: a plural's genitive)
                          r"|\A\w{4,}(?:ив|ав)\Z|\A\w{2,4}ів\Z")
_RU_FUNCTION = frozenset("""в во на с со о об и а но что как по из от к за для при который которая это
    та й з із зі що які який від до про під над щодо станом через их его ее её свой своих у
    ранее раньше вчера сегодня накануне также тоже уже еще ещё недавно позже затем теперь сейчас официально
    раніше вчора сьогодні також вже уже нещодавно пізніше тепер зараз офіційно""".split())  # (adverbs: when)


_LATIN_WORD_NEXT = re.compile(r"[ \t]+([A-Z][A-Za-z]*)")
_MONTHS_EN = frozenset("january february march april may june july august september october november december".split())


def is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and any(c.isalpha() for c in word)))


def quoted_at(text: str, pos: int) -> tuple[int, int, str] | None:
    """The quotation opening at pos: (start, end past the closing quote, inner text)."""
    closers = _OPEN_CLOSE.get(text[pos]) if pos < len(text) else None
    if closers is None or (text[pos] in "'‘" and pos > 0 and text[pos - 1].isalnum()):
        return None
    depth = 0
    for i in range(pos + 1, min(len(text), pos + 1 + QUOTE_MAX)):
        ch = text[i]
        if ch == "\n":
            return None
        if ch == "«" and text[pos] == "«":
            depth += 1  # «Газета «Вести»»
        elif ch in closers:
            if depth:
                depth -= 1
            elif not (ch == "'" and i + 1 < len(text) and text[i + 1].isalpha()):  # Rybar's
                return pos, i + 1, text[pos + 1 : i]
    return None


def quoted_before(text: str, end: int) -> tuple[int, int, str] | None:
    """The quotation whose closing quote is text[end - 1]."""
    openers = _CLOSE_OPEN.get(text[end - 1]) if 0 < end <= len(text) else None
    if not openers:
        return None
    lo = max(0, end - 2 - QUOTE_MAX)
    i = max(text.rfind(o, lo, end - 1) for o in openers)
    if i < 0 or "\n" in text[i:end] or (text[i] in "'‘" and i > 0 and text[i - 1].isalnum()):
        return None
    return i, end, text[i + 1 : end - 1]


def clean_name(inner: str) -> str | None:
    """A quoted name without the sentence punctuation that slipped inside the quotes ("Fisherman,")."""
    name = inner.strip().rstrip(",;:").rstrip()
    if name.endswith(".") and not name.endswith("..") and not _ABBR_TAIL.search(name):
        name = name[:-1].rstrip()
    if not name or len(name) > 60 or len(name.split()) > 8 or not any(c.isalnum() for c in name):
        return None
    return name


def tokens(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """Whitespace-separated tokens of text[lo:hi] with their offsets, lazily."""
    return ((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi))


def token_list(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """tokens() all at once, for a look-back that reads them from the end (a list built in one go is quicker)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def core_span(tok: str) -> tuple[int, int]:
    """Offsets of a token without leading/trailing punctuation."""
    a = len(tok) - len(tok.lstrip(_LEAD_PUNCT))
    b = len(tok.rstrip(_TRAIL_PUNCT))
    return a, max(a, b)


def strip_stops(words: list[tuple[int, int]], text: str, stops: frozenset[str]) -> list[tuple[int, int]]:
    while words and text[words[0][0] : words[0][1]].casefold() in stops:
        words = words[1:]
    return words


def cap_phrase_after(text: str, pos: int, max_words: int = 9) -> tuple[int, int, str | None] | None:
    """A capitalised name starting at pos: (start, end, next word or None when punctuation/line ends it)."""
    nl = text.find("\n", pos, pos + 200)
    words: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    head, lowers, adjectives = False, 0, False
    paired, complement = False, False  # an adjective and its noun read; then a capitalised adjective after them
    for s, _e, tok in tokens(text, pos, nl if nl != -1 else min(len(text), pos + 200)):
        a, b = core_span(tok)
        core = tok[a:b]
        low = core.casefold()
        if a or not core or len(words) >= max_words:  # (a mark alone, "РБК .", ends the phrase as "РБК." does)
            return _phrase(words, text, low if not a and core else None)
        if is_cap(core) or (not words and low.startswith(_RU_LOWER_OK)):
            complement = paired and not pending and bool(_CAP_ADJECTIVE.search(core))
            words += pending + [(s, s + b)]
            pending, head = [], head or f"{low} ".startswith(_RU_HEADS)
        elif (words and low in ("и", "і", "та") and b == len(tok) and not pending
              and (pair := _ONE_BODY_PAIR.match(text, words[-1][0])) is not None and pair.end() > s):
            pending.append((s, s + b))  # «ТЦК та СП», «ГО и ЧС»: one body's acronym, though two read as a list
        elif (low == "and" and words and not pending and b == len(tok) and text[words[0][0]].isascii()
              and (_EN_BODY_HEAD.fullmatch(text, *words[0]) or _EN_NAME_THEN_HEAD.match(text, s + b))
              and _NEXT_CAPITAL.match(text, s + b)):
            pending.append((s, s + b))  # "Ministry of Culture and Information", "Securities and Exchange Commission"
        elif (low in _CONNECT or (head and (low in ("по", "з", "із") or (low in ("у", "в") and _AFFAIRS_NEXT.match(
                text, s + b))))) and words and b == len(tok):  # «Міністерство у справах ветеранів»
            pending.append((s, s + b))  # "Ministry of Defence", "оперативный штаб по региону", «служба з …»
        elif (words and core.isdigit() and len(core) <= 3 and b == len(tok) and text[words[0][0]].isascii()
              and (nxt := _LATIN_WORD_NEXT.match(text, s + b)) and nxt.group(1).casefold() not in _MONTHS_EN):
            pending.append((s, s + b))  # "Khabar 24 TV": a number inside a Latin name, before a capital (no date)
        elif (words and not head and lowers < 3 and f"{low} ".startswith(_RU_HEADS) and b == len(tok)
              and text[words[-1][0]].isupper() and "а" <= low[0] <= "я"):
            words += pending + [(s, s + b)]  # "Следственного комитета России": the head after its adjective
            pending, head, lowers = [], True, lowers + 1
        elif head and lowers < 3 and "а" <= low[0] <= "я" and low not in _RU_FUNCTION and not _RU_VERB_END.search(low):
            words += pending + [(s, s + b)]  # "Министерства обороны России": Russian names go lowercase
            pending, lowers = [], lowers + 1
        elif (len(words) == 1 and not pending and _CAP_ADJECTIVE.search(text[words[0][0] : words[0][1]])
              and _LOW_ADJECTIVE.search(low) and b == len(tok)):
            words.append((s, s + b))  # «Державній прикордонній службі»: a second adjective, then maybe its noun
            lowers, adjectives = lowers + 3, True
        elif (len(words) == 1 and not pending and _CAP_ADJECTIVE.search(text[words[0][0] : words[0][1]])
              and "а" <= low[0] <= "я" and low not in _RU_FUNCTION and not _RU_VERB_END.search(low)):
            words.append((s, s + b))  # "Новая газета", "Українська правда": an adjective and its noun
            lowers += 3  # nothing lowercase after it, but a complement of the same shape (below)
            paired = True
        elif (complement and b == len(tok) and "а" <= low[0] <= "я" and low not in _RU_FUNCTION
              and not _RU_VERB_END.search(low)):
            words.append((s, s + b))  # «Повітряних силах Збройних сил України»: whose forces, the same shape again
            complement = False
        elif (adjectives and 2 <= len(words) <= 3 and not pending and "а" <= low[0] <= "я" and low not in _RU_FUNCTION
              and not _RU_VERB_END.search(low)):
            words.append((s, s + b))  # «Київської міської військової адміністрації»: adjectives, then the noun
            adjectives = bool(_LOW_ADJECTIVE.search(low))
        elif words and not pending and text[words[0][0]].isascii() and (tail := _EN_HEAD_AFTER.match(text, s)):
            words.append((s, tail.end()))  # "the Basmannyi court", "Kherson regional administration"
            return _phrase(words, text, None)
        else:
            return _phrase(words, text, low)
        if (b < len(tok) and tok[b:] == "," and text[words[0][0]].isascii()
                and _EN_BODY_HEAD.fullmatch(text, *words[0]) and _FIELDS_THEN_AND.match(text, s + len(tok))):
            continue  # "Ministry of Ecology, Geology and Natural Resources": fields listed, the last after "and"
        if b < len(tok) and not (tok[b:] in ("’", "'") and core.endswith("s") and is_cap(core)):
            return _phrase(words, text, None)  # (but "Belarus’ Ministry of …" goes on)
    return _phrase(words, text, None)


def _phrase(words: list[tuple[int, int]], text: str, nxt: str | None) -> tuple[int, int, str | None] | None:
    words = strip_stops(words, text, STOP_CAPS)
    if not words:
        return None
    # "пресс-службы полиции": a Russian body named in lowercase needs a complement, not "министерства" alone
    body = len(words) >= 2 and text[words[0][0] : words[0][1]].casefold().startswith(_RU_LOWER_OK)
    if not body and not any(is_cap(text[s:e]) for s, e in words):
        return None
    return words[0][0], words[-1][1], nxt


_DESCRIBED_BY = re.compile(r"-(?:based|backed|run|owned|affiliated|funded|controlled|linked|led)\Z", re.IGNORECASE)


def cap_phrase_before(text: str, pos: int, max_words: int = 8) -> tuple[int, int] | None:
    """A capitalised name ending at pos (spaces before pos skipped), e.g. "Russian Defense Ministry"."""
    lo = max(0, pos - 100)  # eight words at most; a bounded look-back keeps every call O(1)
    toks = token_list(text, text.rfind("\n", lo, pos) + 1 or lo, pos)
    words: list[tuple[int, int]] = []
    i = len(toks) - 1
    head = i
    for k in range(i - 2, max(-1, i - 5), -1):  # "Russia's ministry of defense": the head before "of"
        if toks[k][2].casefold() in _EN_ORG_HEADS and toks[k + 1][2] == "of" \
                and all(t[2].isalpha() and t[2].islower() for t in toks[k + 2 : i + 1]) \
                and any(t[2] not in ("the", "a", "an") for t in toks[k + 2 : i + 1]):
            # (a complement after "of", not an article alone: "searched the office of the [Telegram channel X]")
            head = k
            break
    if toks and toks[head][2].casefold() in _EN_ORG_HEADS:  # "the Kazakh energy ministry": a lowercase English head
        back = [j for j in range(head - 1, max(-1, head - 4), -1)  # up to two lowercase words between
                if is_cap(toks[j][2]) and toks[j][2].casefold() not in STOP_CAPS]  # not "The ministry said"
        if back and all(re.sub(r"['’]s\Z", "", t[2]).isalpha() for t in toks[back[0] : head]):  # "Russia's"
            words = [(toks[j][0], toks[j][1]) for j in range(back[0], i + 1)]
            i = back[0] - 1
    while i >= 0 and len(words) < max_words:
        s, _e, tok = toks[i]
        a, b = core_span(tok)
        core = tok[a:b]
        listed = (b < len(tok) and tok[b:] == "," and is_cap(core) and core.isascii()
                  and len(words) >= 2 and text[words[1][0] : words[1][1]] == "and"  # one field, then "and"
                  and any(_EN_BODY_HEAD.fullmatch(toks[j][2]) for j in range(max(0, i - 4), i)))
        if (b < len(tok) and not listed) or not core:
            break  # ("Ministry of Digital Development, Innovations and …": a field of the list, the body's head before)
        if is_cap(core):
            words.insert(0, (s + a, s + b))
        elif core.casefold() in _CONNECT and words:
            words.insert(0, (s, s + b))
        elif (core[0] in _CYR_LOWER and b == len(tok)
              and (body_start := _cyrillic_body_start(toks, i)) is not None):
            # «Запорізька обласна військова адміністрація», «Головне управління Національної поліції в Київській
            # області»: adjectives, the body's head, its complements and where it is, from a capital
            words[:0] = [(toks[j][0], toks[j][1]) for j in range(body_start, i + 1)]
            i = body_start
        elif (core == "and" and words and i >= 1 and is_cap(toks[i - 1][2]) and is_cap(text[words[0][0] : words[0][1]])
              and text[words[0][0]].isascii()
              and (_EN_BODY_HEAD.fullmatch(text, *words[-1])
                   or any(_EN_BODY_HEAD.fullmatch(toks[j][2].rstrip(",")) for j in range(max(0, i - 6), i)))):
            words.insert(0, (s, s + b))  # "Ministry of Culture and Information said", "Securities and Exchange …"
        elif (i >= 1 and "а" <= core[0] <= "я" and _CAP_ADJECTIVE.match(toks[i - 1][2])
              and (not words or (len(core) > 2 and core.casefold() not in _RU_FUNCTION
                                 and not _RU_VERB_END.search(core.casefold())
                                 and not text[words[0][0]].isascii()))  # «… України», «… ЗСУ»; not "… Baza"
              and not (i >= 2 and toks[i - 2][2].casefold().startswith(_RU_HEADS))):  # «Оперштаб Белгородской …»
            # "Степные вести пишут"; «Національна поліція України повідомила»: an adjective and its noun, then
            # what they hold
            words = [(toks[i - 1][0], toks[i - 1][1]), (s + a, s + b), *words]
            j = i - 2
            while j >= 0 and i - j <= 3 and _ACRONYM_TOKEN.fullmatch(toks[j][2]):
                words.insert(0, (toks[j][0], toks[j][1]))  # «УВД Минской области», «ГУ МВД Ростовской области»
                j -= 1
            break
        elif "а" <= core[0] <= "я":  # lowercase tail of a Russian name ("Министерство обороны"): find its head
            back = [j for j in range(i - 1, max(-1, i - 4), -1) if toks[j][2].casefold().startswith(_RU_HEADS)]
            if not back or any(t[2][-1] in ".!?," for t in toks[back[0] : i]):
                break  # («… в своих банкоматах. Об этом ТАСС»: a head in the sentence or clause before is not its)
            words[:0] = [(toks[j][0], toks[j][1]) for j in range(back[0], i + 1)]
            i = back[0]
        else:
            break
        if a:
            break
        i -= 1
    while words and (text[words[0][0] : words[0][1]].casefold() in _CONNECT
                     or _DESCRIBED_BY.search(text, words[0][0], words[0][1])):
        words = words[1:]  # "the U.S.-based Institute for the Study of War": where it is, not its name
    words = strip_stops(words, text, STOP_CAPS)
    return (words[0][0], words[-1][1]) if words else None


_ACRONYM_TOKEN = re.compile(r"[А-ЯЁІЇЄҐ]{2,6}")
_CYR_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")
_BODY_HEADS_CYR = _RU_HEADS + ("поліці", "комітет", "комісі", "інспекці", "командуванн", "агенці", "міськрад",
                               "облрад")
# An adjective in any case, Russian or Ukrainian: its suffix, then its ending («обласна», «Київської», «прикордонна»)
_CYR_ADJECTIVE = re.compile(r"[А-ЯЁІЇЄҐа-яёіїєґ'’-]{2,}(?:н|ськ|цьк|зьк|ов|ев|ів|льн|чн)(?:ий|ій|ый|ой|ая|яя|ое|ее|ые|"
                            r"ие|ого|ому|ых|их|ої|ою|ую|а|е|і|у)")
_PLACE_PREPOSITION = frozenset("в у во по з із".split())


def _cyrillic_body_start(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where a Cyrillic body's name that ends at token i starts: the farthest head noun within six tokens, with only
    its complements after it (words, capitals, «в/у/по» before a capital), then the adjectives before it, the
    first of them capitalised; None when no such name ends there."""
    def clean(j: int) -> bool:
        a, b = core_span(toks[j][2])
        return a == 0 and b == len(toks[j][2])
    head = None
    for j in range(i, max(-1, i - 7), -1):
        tok = toks[j][2]
        if not clean(j):
            break
        if tok.casefold() in _PLACE_PREPOSITION and not (j < i and is_cap(toks[j + 1][2])):
            break
        if f"{tok.casefold()} ".startswith(_BODY_HEADS_CYR):
            head = j
    if head is None:
        return None
    k = head
    while k > 0 and clean(k - 1) and _CYR_ADJECTIVE.fullmatch(toks[k - 1][2]):
        k -= 1
    return k if is_cap(toks[k][2]) and k < i else None


def skip_space_back(text: str, j: int, blanks: str = " \t\xa0") -> int:
    """Move j back over the spaces and tabs (and no-break spaces, unless `blanks` says otherwise) just before it."""
    while j > 0 and text[j - 1] in blanks:
        j -= 1
    return j


# Words that start (or end) a channel rather than cite it, ending where the channel word starts: "launched his
# own", «завел свой», «создал новый», «видалив свій».
FOUNDED_BEFORE = re.compile(
    r"(?<![\w-])(?:созда[лв][а-яё]*|завел[а-яё]*|завёл|запустил[а-яё]*|вед[её]т|launched|created|established|"
    r"started|set[ \t]+up|runs|run|"
    # «удалил свой Telegram-канал», "deleted his Telegram channel": losing one cites nothing either
    r"удалил[а-яё]*|закрыл[а-яё]*|видалив|видалила|закрив|закрила|deleted|closed|shut[ \t]+down|"
    # "has 160,000 subscribers on its official Telegram channel": its audience, nothing said there
    r"(?:subscribers|followers|подписчик[а-яё]*|підписник[а-яії]*)[ \t]+(?:on|in|в|у|на))[ \t]+"
    r"(?:сам[а-яё]*[ \t]+)?(?:(?:свой|свою|своё|свій|своє|своем|своём|своєму|собственный|власний|новый|новий|his|"
    r"her|their|its|"
    r"a|an|own|new|personal|official)[ \t]+)+\Z",
    re.IGNORECASE,
)


# A type noun and the name it introduced: «изданию «Страна.ua»», "the news portal Klimenko Time", "the
# monitoring group Belarusian Hajun". Russian nouns inflect, so theirs match by stem.
_RU_TYPE_NOUN = re.compile(r"издани|видан|портал|агентств|газет|сми")
_GENERIC_MEDIUM = frozenset({"издани", "видан", "сми"})
_ANY_MEDIUM = r"издани|видан|портал|агентств|газет|телеканал|радиостанци|журнал"


def named_earlier(text: str, noun: str, pos: int, reach: int = 800) -> tuple[int, int, str] | None:
    """The name a noun introduced before pos, for a later bare mention of it ("телеграм-канал издания",
    "the portal said", "the group reported"): (start, end, name) of the nearest «издание «X»» / "the portal X"
    within reach."""
    ru = _RU_TYPE_NOUN.match(noun.casefold())
    stem = ru.group() if ru else noun.casefold()[:5]
    # «издание», «СМИ»: any medium the text named before, whatever its kind («телеканала «Вести Луганска»»)
    stem = _ANY_MEDIUM if stem in _GENERIC_MEDIUM else re.escape(stem)
    pattern = re.compile(rf"(?<![\w-])(?:{stem})[\w-]*[ \t\xa0]+", re.IGNORECASE)
    for m in reversed(list(pattern.finditer(text, max(0, pos - reach), pos))):
        q = quoted_at(text, m.end())
        if q is not None and (name := clean_name(q[2])) and q[1] <= pos:
            return q[0], q[1], name
        p = cap_phrase_after(text, m.end(), max_words=5)
        if p is not None and p[1] <= pos and not person_word(text[p[0] : p[1]].split()[0]):
            return p[0], p[1], text[p[0] : p[1]]  # (not «редактором издания Андреем Дынько»: a person)
    return None


# The months in the genitive, Ukrainian and Russian: a date («18 января», «11 листопада»)
MONTHS = (r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|"
           r"марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря")
