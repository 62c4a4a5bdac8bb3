"""Kazakh sources before their verb: "Tengrinews.kz порталы жариялады", "ҚазАқпарат тілшісінің хабарлауынша",
"Ұлттық статистика бюросының дерегінше" (a capitalised name, a body's lowercase words, an optional type noun).

Kazakh puts the source before the verb and inflects the type noun, not the name, so the name is the run of
words that starts with a capital and ends before the type noun or the verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .known_channels import is_known_channel
from .known_outlets import is_known_outlet
from .model import Match
from .people import looks_like_person
from .phrases import quoted_before
from .prescan import finditer, matches_at, sentence_starts

_KK = r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9.'’-]"
# The verbs after «деп» ("…, деп хабарлады X", "деп толықтырды", "деп жауап берді", "деп атап өтті"): the source
# follows them.
# "According to X", with X before: «Kazinform мәліметінше», «ҚР ІІМ хабарлауынша»
ACCORDING_WORDS = r"мәліметінше|хабарлауынша|дерегінше|жазуынша"
# «Kurs.kz мәліметі бойынша», «"КТК" телеарнасының дерегіне сүйенсек»: "by X's data", "relying on X's data" (or on
# its sources, its report, its statement: «Primer агенттігінің дереккөздеріне сүйенсек»), as strong as "according to"
BY_DATA = (r"(?:мәліметі|дерегі|хабары|мәліметтері|деректері|хабарламасы|есебі)[ \t]+бойынша|(?:мәліметіне|дерегіне|"
           r"хабарына|ақпаратына|деректеріне|мәліметтеріне|дереккөздеріне|дереккөзіне|хабарламасына|мәлімдемесіне|"
           r"ақпараттарына|есебіне)[ \t]+(?:сүйенсек|сәйкес|сүйене[ \t]+отырып)")
# Where «деп» / «деді» start a word: not inside one, but a quotation's closing dash may be glued to them («…»,-деп
# хабарлады», «жабылды,-деп жазды»): a hyphen after punctuation or a blank is that dash, not a word's hyphen
DEP_START = r"(?:(?<![\w-])|(?<=[^\w\s-]-)|(?<=\s-))"
DEP_VERBS = r"(?:хабарла|жаз|толықтыр|мәлімде|түсіндір|жауап[ \t]+бер|атап[ \t]+өт|habarla|jaz)[\wәіңғүұқөһ]*"
# "according to X" forms name a source by themselves; "X reported" only with a type noun ("X порталы жариялады"):
# without one the subject is as often a person ("Президент … сөгіс жариялады").
_VERB = re.compile(
    rf"(?<![\w-])(?:(?P<according>{ACCORDING_WORDS}|{BY_DATA}"
    # «Қазгидромет хабарлағандай»: "as X reported", as strong as "according to X"
    r"|хабарлағандай|мәлімдегендей|жазғандай)"
    r"|хабарлады|хабарлайды|жариялады|жазды|жазады|растады|мәлімдеді|"
    # (other tenses, and "spread", "made known", "noted": «Primer.kz сайты таратты», «… басылымы хабарлаған»)
    r"таратты|таратады|жариялайды|мәлімдейді|хабарлаған|жазған|жариялаған|мәлімдеген|мәлім[ \t]+етті|"
    r"атап[ \t]+өтті|"
    r"хабарлап[ \t]+отыр|жазып[ \t]+отыр)(?![\w-])"  # «sports.kz сайты хабарлап отыр»: is reporting
)
# A body's head noun in the nominative with its possessive ending ("министрлігі", "әкімдігі", "департаменті"): the
# subject is the body, as a type noun makes it an outlet. An object may stand between it and the verb
# ("… департаменті жол жабылғанын хабарлады").
_BODY_NOUNS = (r"(?:министрлігі|әкімдігі|әкімшілігі|департаменті|комитеті|басқармасы|прокуратурасы|полициясы|"
               r"агенттігі|инспекциясы|штабы|соты|орталығы|компаниясы|кәсіпорны|бюросы|қоры|банкі|кеңесі|"
               r"елшілігі|үкіметі|"  # a country's embassy or government: «Ресей елшілігі», «Германия үкіметі»
               r"бөлімі|"  # a town's or district's department: «қалалық білім бөлімі», «аудандық полиция бөлімі»
               # a compound name's head keeps no possessive ending: «Бас прокуратура», «Ұлттық банк», «Жоғарғы сот»
               r"прокуратура|банк|сот)")
_BODY_GENITIVE = re.compile(rf"\S*{_BODY_NOUNS}(?:ның|нің)")
_BODY_NOUN = re.compile(_BODY_NOUNS)  # also the owner of "… министрлігі Telegram-арнасында" (the izafet)
_BODY_HEAD = re.compile(
    rf"[ \t]+{_BODY_NOUNS}"
    # (not a noun the body's name qualifies: «… департаменті қызметкерлерінің жұмысын …», its staff's work)
    r"(?![ \t]+[а-яәіңғүұқөһ-]+(?:сының|сінің|ының|інің))"
    # (what it said, up to five words ending in the accusative: «… департаменті көпірдің уақытша жабылатынын ресми
    # түрде мәлімдеді»; "officially" is cut before)
    r"(?P<object>(?:[ \t]+[а-яәіңғүұқөһ-]+){0,4}?[ \t]+[а-яәіңғүұқөһ-]+(?:ын|ін|н|ны|ні|ды|ді|ты|ті))?\Z"
)
# Dative, locative, ablative and accusative endings: "брифингте", "парақшасында", "Тоғжановқа" are not a subject.
_OBLIQUE = re.compile(r"(?:да|де|та|те|нда|нде|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|ны|ні|ды|ді|ты|ті)\Z")
_TYPE = re.compile(
    r"[ \t]+(?:тілшісі|сайты|порталы|агенттігі|басылымы|газеті|телеарнасы|баспасөз[ \t]+қызметі|"
    r"ақпарат[ \t]+агенттігі)"
    r"(?:ның|нің|н)?\Z"
)
_QUOTED_END = re.compile(r"[«\"“][^«»\"“”\n]{2,40}[»\"”][ \t]?\Z")
# Words that open a Kazakh sentence without naming anyone: "this", "the information", "also".
_OPENERS = frozenset("бұл осы ол оның олардың ақпаратты сондай-ақ ал алайда мұны бұны жөнінде туралы".split())
_CAP = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


# Legal forms after a company's quoted name: joint-stock company, LLP, state enterprise, national company…
_LEGAL_FORM = re.compile(r"АҚ|ЖШС|РМК|ЖАҚ|МКК|КЕАҚ|ШЖҚ|ҰК|АО|ТОО|ЖК|МКҚК|РМҚК")
_OFFICIALLY = re.compile(r"[ \t]+ресми(?:[ \t]+түрде)?\Z")  # «ресми түрде мәлімдеді»: "officially stated"
_INITIALS = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}(?:-(?:ның|нің|дың|дің|тың|тің))?")
_ACRONYMS = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}){0,2}")


def _outlet_right_before(body: str) -> int | None:
    """Where a well-known outlet, a site's domain or a body's initials end the clause before the verb («Бұл туралы
    Kazinform хабарлады», «… Tengrinews.kz хабарлайды»); a bare capitalised name there is as often a person's."""
    words = [m.start() for m in re.finditer(r"\S+", body)][-3:]
    for i, s in enumerate(words):  # the longest name first
        if (is_known_outlet(body[s:]) or (i == len(words) - 1 and _DOMAIN.fullmatch(body[s:].casefold()))
                or _ACRONYMS.fullmatch(body, s)):  # «Бұл туралы ҚР ДСМ хабарлады»: a body's initials
            return s
    return None


_TYPE_REFERRING = re.compile(r"[ \t]*\S+[ \t]+(?:сілтеме[ \t]+(?:жасап|жасай)|сілтей)(?:[ \t]+отырып)?")
_REFERRING_END = re.compile(r"[ \t]+(?:сілтеме[ \t]+(?:жасап|жасай)|сілтей)(?:[ \t]+отырып)?\Z")
# «"Қамшы" порталы жергілікті басылымдарға сілтеме жасай отырып»: sources in lowercase, an adjective before them
# (not a type noun: «Baza арнасына» is a name and its type, not for this)
_REFERRED_LOWERCASE = re.compile(
    r"(?<=[ \t])(?!(?:порталы|сайты|агенттігі|басылымы|газеті|тілшісі)[ \t])(?:[а-яәіңғүұқөһ]+[ \t]+)?"
    r"(?!(?:арнасы|порталы|сайты|агенттігі|басылымы|газеті|радиосы|телеарнасы)(?:на|не))"
    r"[а-яәіңғүұқөһ]+(?:ға|ге|қа|ке|на|не)[ \t]*\Z")


def find_kazakh_sources(text: str) -> Iterator[Match]:
    for verb in finditer(_VERB, text):
        lo = max(0, verb.start() - 120)
        # (not inside "Tengrinews.kz"; a dash set off by blanks ends a clause too: «астана. KAZINFORM - …»)
        clause = re.split(r"[.,;:!?](?=\s)|[\n«»\"]|(?<=[ \t])[—–-](?=[ \t])", text[lo : verb.start()])[-1]
        if text[verb.start() - len(clause) - 1 : verb.start() - len(clause)] in "»\"" and _TYPE_REFERRING.fullmatch(
                clause.rstrip()):  # «Orda.kz «Примерия 24» арнасына сілтеме жасап жазды»: the quoted name referred to
            clause = re.split(r"[.,;:!?](?=\s)|\n", text[lo : verb.start()])[-1]
        start = verb.start() - len(clause)
        body = _OFFICIALLY.sub("", clause.rstrip())  # «ФК-ның ресми хабарлауынша»: "officially", no name's word
        end = verb.end()
        if (referring := _REFERRING_END.search(body)) is not None:
            # «Бұл туралы Egemen.kz CTS-ке сілтеме жасап хабарлайды»: the source it refers to stands between
            at = start + referring.start() + 1  # (the blank before «сілтеме» ends the name)
            referred = _REFERRED.search(text, max(0, at - 60), at)
            lowercase = _REFERRED_LOWERCASE.search(body, 0, referring.start() + 1)
            cut = _referred(referred)[0] - start if referred is not None else lowercase.start() if lowercase else -1
            # «Primer агенттігі тілшісінің Примерия әкімдігіне сілтеме жасап хабарлауынша»: the correspondent's word
            # ends the reporter, whom it refers to follows
            reporter = next(reversed(list(_REPORTER.finditer(body, 0, referring.start()))), None)
            cut = reporter.end() if reporter is not None and (cut <= 0 or reporter.end() < cut) else cut
            if cut <= 0:
                continue
            body = body[:cut].rstrip()
            end = start + len(body)  # (the source referred to is a citation of its own)
        typed = _TYPE.search(body)
        if typed is not None and "баспасөз" in typed.group():
            continue  # a press service: bodies.find_kazakh_press_services names it whole
        head = _BODY_HEAD.search(body) if typed is None else None
        if head is not None and len((head.group("object") or "").split()) > 3 and verb.group().startswith(
                ("жарияла", "тарат")):
            head = None  # «… компаниясы ұшуларды қайта бастау шартын жариялады»: announced a decision, no report
        if typed is not None:
            body = body[: typed.start()]
            quoted_name = _QUOTED_END.search(text, max(0, start - 60), start + 1) if not body.strip() else None
            if quoted_name is not None:  # «"КТК" телеарнасының дерегіне сүйенсек»: the quoted name, then its type
                yield Match("outlet", quoted_name.start(), end, "outlet.kz_before_verb",
                            name=quoted_name.group().strip().strip("«»\"“”"))
                continue
        elif head is not None:
            body = body[: head.start() + re.match(r"[ \t]+\S+", head.group()).end()]  # type: ignore[union-attr]
        elif verb.group("according") is None:
            named = _outlet_right_before(body)
            quoted = _QUOTED_END.search(text, max(0, start - 60), start + 1) if named is not None and (
                _LEGAL_FORM.fullmatch(body[named:].strip())) and not body[:named].strip() else None
            if quoted is not None:  # «Бұл туралы «Примертрансгаз» АҚ хабарлады»: the quoted name and its legal form
                yield Match("outlet", quoted.start(), end, "outlet.kz_before_verb",
                            name=text[quoted.start() : start + len(body.rstrip())])
                continue
            if named is not None:  # «Бұл туралы Kazinform хабарлады»: no type word, but no person's name either
                yield Match("outlet", start + named, end, "outlet.kz_before_verb", name=body[named:])
            continue
        words = [(m.start(), m.end()) for m in re.finditer(rf"{_KK}+", body)]
        # «Ақтөбе облыстық денсаулық сақтау басқармасының хабарлауынша»: a body's head in the genitive ends a long
        # name, its capital further back
        words = words[-7:] if words and _BODY_GENITIVE.fullmatch(body, *words[-1]) else words[-4:]
        oblique = head is None and words and _OBLIQUE.search(body[words[-1][0] : words[-1][1]])
        if not words or oblique or "telegram" in body.casefold():
            continue
        first = next((i for i, (s, e) in enumerate(words) if (_CAP.match(body, s) or _DOMAIN.fullmatch(body, s, e))
                      and body[s:e].casefold() not in _OPENERS), None)  # "stopfake.kz сайты": a domain, any case
        initials = _INITIALS.fullmatch(body, *words[0]) is not None
        quoted = _QUOTED_END.search(text, max(0, start - 60), start + 1) if head is not None or initials else None
        if quoted is not None and not text[start + 1 : start + words[0][0]].strip():
            # «"Қазақстан темір жолы" ұлттық компаниясы мәлімдеді»: the quoted name, then what it is (or its legal
            # form's initials: «"Примерспорт" ФК-ның хабарлауынша»)
            yield Match("outlet", quoted.start(), end, "outlet.kz_before_verb",
                        name=text[quoted.start() : start + words[-1][1]])
            continue
        if first is None and head is not None:  # «Бұл туралы облыс прокуратурасы мәлімдеді»: a body in lowercase
            first = next((i for i, (s, e) in enumerate(words) if body[s:e].casefold() not in _OPENERS), None)
        if first is None:
            continue
        s, e = words[first][0], words[-1][1]
        if body[s:e].casefold() in KZ_NOT_NAMES or body[s:e].casefold() in _COMMON_BODIES:
            # «Министрлік дерегінше», «Ведомствоның мәліметінше»: a body by its common noun alone, the one named before
            meant = _body_named_before(text, start + s, body[s:e].casefold())
            if meant is not None:
                yield Match("outlet", start + s, end, "outlet.kz_before_verb", name=meant)
            continue
        if head is None and typed is None and looks_like_person(body[s:e]):
            continue  # «Сергей Гайдай хабарлағандай»: a person said it
        yield Match("outlet", start + s, end, "outlet.kz_before_verb", name=body[s:e])


# A body by its common noun alone, or a pronoun, before «мәліметінше» / «дерегінше»: named elsewhere, if at all
KZ_NOT_NAMES = frozenset("компания министрлік ведомство мекеме агенттік комитет әкімдік департамент басқарма оның "
                         "олардың бұның мұның".split())


# A body's common noun, nominative or genitive, and how the head noun of the body it stands for begins ("": any)
_COMMON_BODIES = {"министрлік": "министрлі", "министрліктің": "министрлі", "ведомство": "", "ведомствоның": "",
                  "мекеме": "", "мекеменің": "", "әкімдік": "әкімді", "әкімдіктің": "әкімді",
                  "департамент": "департамент", "департаменттің": "департамент", "комитет": "комитет",
                  "комитеттің": "комитет", "басқарма": "басқарма", "басқарманың": "басқарма"}
# A body named in the nominative: «Мәскеу облыстық Денсаулық сақтау министрлігі», «Қорғаныс министрлігі»
_BODY_NAMED = re.compile(rf"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s,.;:!?«»\"]*(?:[ \t]+[^\s,.;:!?«»\"]+){{0,4}}?[ \t]+"
                         rf"(?P<head>{_BODY_NOUNS})(?![\w-])")


_COMMON_BODY_SERVICE = re.compile(r"(?P<noun>[^\s]+)[ \t]+баспасөз[ \t]+қызмет[а-яәіңғүұқөһ]*")


# «"…", - деді министрліктен», «деп атап өтеді ведомстводан», «деді ҚР ІІМ баспасөз қызметінен»: "said (they) from
# the ministry", as «сообщили в министерстве»; a body's word in the ablative closes the clause
_SAID_FROM = re.compile(
    rf"{DEP_START}(?:деді|деп[ \t]+(?:{DEP_VERBS}|нақтыла[\wәіңғүұқөһ]*))[ \t]+"
    r"(?P<name>(?:[^\s.,;:!?«»\"]+[ \t]+){0,5}?[^\s.,;:!?«»\"]+?(?:дан|ден|тан|тен|нан|нен))"
    r"(?=[ \t]*(?:[.,;:!?\n]|\Z))")
# (a common noun of _COMMON_BODIES in the nominative, then the ablative ending)
_COMMON_NOUNS = "|".join(noun for noun in _COMMON_BODIES if noun in KZ_NOT_NAMES)
_BODY_FROM = re.compile(rf"(?:{_COMMON_NOUNS})(?:дан|ден|тен|тан|нан)")
_BODY_HEAD_FROM = re.compile(rf"(?:{_BODY_NOUNS}|қызметі)(?:нен|нан)")


# «"…", - деді департамент өкілі», «деп түсіндірді министрлік өкілдері»: the representative of a body named before
# by its common noun
_REPRESENTATIVE = r"(?:өкілі|өкілдері|басшысы|баспасөз[ \t]+хатшысы|мамандары|қызметкерлері)"
_SAID_BY_REPRESENTATIVE = re.compile(
    rf"{DEP_START}(?:деді|дейді|деп[ \t]+{DEP_VERBS})[ \t]+(?P<noun>{_COMMON_NOUNS})(?:[ \t]+{_REPRESENTATIVE}(?![\w-])"
    # («деп мәлімдеді ведомство.»: the body itself, ending the clause)
    r"|(?=[ \t]*(?:[.,;:!?\n]|\Z)))", re.IGNORECASE)
# «"…", – дейді Примерия әкімдігінің өкілі»: a named body's representative after the verb
_SAID_BY_NAMED_REPRESENTATIVE = re.compile(
    r"(?<![\w-])(?:деді|дейді)[ \t]+(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s,.;:!?«»\"]*(?:[ \t]+[^\s,.;:!?«»\"]+){0,5}?"
    rf"[ \t]+{_BODY_NOUNS}(?:ның|нің))[ \t]+{_REPRESENTATIVE}(?![\w-])")


def find_kazakh_said_from(text: str) -> Iterator[Match]:
    for m in finditer(_SAID_BY_NAMED_REPRESENTATIVE, text):
        yield Match("outlet", m.start("name"), m.end(), "outlet.kz_said_from", name=m.group("name"))
    for m in finditer(_SAID_BY_REPRESENTATIVE, text):
        meant = _body_named_before(text, m.start(), m.group("noun").casefold())
        if meant is not None:
            yield Match("outlet", m.start("noun"), m.end(), "outlet.kz_said_from", name=meant)
    for m in finditer(_SAID_FROM, text):
        name = m.group("name")
        if " " not in name and _BODY_FROM.fullmatch(name.casefold()):  # the body named before: «ведомстводан»
            meant = _body_named_before(text, m.start(), name.casefold()[:-3])
            if meant is not None:
                yield Match("outlet", m.start("name"), m.end("name"), "outlet.kz_said_from", name=meant)
        elif _CAP.match(name) and _BODY_HEAD_FROM.fullmatch(name.split()[-1]):  # «ҚР ІІМ ТЖК баспасөз қызметінен»
            yield Match("outlet", m.start("name"), m.end("name"), "outlet.kz_said_from", name=name)


def kazakh_body_meant(text: str, pos: int, name: str) -> str | None:
    """The body «министрліктің баспасөз қызметі» ("the ministry's press service") speaks for: the one named before
    pos, as «Министрлік дерегінше»; None when `name` names its body."""
    service = _COMMON_BODY_SERVICE.fullmatch(name.casefold())
    if service is None or service.group("noun") not in _COMMON_BODIES:
        return None
    return _body_named_before(text, pos, service.group("noun"))


_COMMON_BODY_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_COMMON_BODIES)})(?:[ \t]+(?:өзінің|өз|ресми|ресмі))*[ \t]*\Z", re.IGNORECASE)


def common_body_before_channel(text: str, pos: int) -> tuple[int, int, str] | None:
    """«ведомствоның Telegram-арнасы», «Министрлік өз телеграм-арнасында»: a body by its common noun right before
    the channel word at pos, as (start, end, name): the body named before it, else the noun itself."""
    m = _COMMON_BODY_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    noun = m.group().split()[0]
    return m.start(), m.start() + len(noun), _body_named_before(text, m.start(), noun.casefold()) or noun


def _body_named_before(text: str, pos: int, noun: str) -> str | None:
    """The body named nearest before pos (within 600 characters) whose head noun is the common noun's, or None."""
    found = None
    for m in _BODY_NAMED.finditer(text, max(0, pos - 600), pos):
        if m.group("head").startswith(_COMMON_BODIES[noun]):
            found = m
    if found is None:
        return None
    words = found.group().split()
    # «KAZINFORM – Ресейдің …», «Қазіргі уақытта Төтенше жағдай министрлігінің»: no dash nor a place or time in the
    # locative, dative or ablative inside a body's name
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if not any(c.isalpha() for c in w) or _WHERE_OR_WHEN.search(w)),
              default=0)
    words = words[cut:]
    while len(words) > 2 and (words[0].casefold() in _OPENERS or not _CAP.match(words[0])):
        words = words[1:]  # «Бұл туралы Қорғаныс министрлігі»: "about this", opening the sentence
    return " ".join(words)


_WHERE_OR_WHEN = re.compile(r"(?:да|де|та|те|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен)\Z")


# A body opening its sentence as the subject, its verb of saying further on: «Экология министрлігі әлеуметтік
# желілерде таралған бейнероликке қатысты мәлімдеме жасады», «Алматы қалалық полиция департаменті … пікір білдірді».
_OPENING_BODY_VERB = (
    r"(?<![\w-])(?:хабарлады|хабарлайды|хабарлаған|мәлімдеді|мәлімдеген|растады|мәлімдеме[ \t]+жасады|"
    r"пікір[ \t]+білдір(?:ді|ген|еді)|түсіндірді|ескертті|мәлім[ \t]+етті|жариялады|жоққа[ \t]+шығарды|"
    r"түсініктеме[ \t]+берді|айтты|атап[ \t]+өтті|дейді|деді|"
    # appealing to the public: «ТЖД баспасөз қызметі … тұрғындарына мынадай үндеу таратты»
    r"үндеу[ \t]+таратты|үндеу[ \t]+жасады|мәлімдейді)(?![\w-])"
)
_OPENING_BODY = re.compile(
    rf"(?:(?<=\n)|(?<=[.!?][ \t])|\A)(?:(?:Сондай-ақ|Сонымен[ \t]+қатар|Ал|Алайда|Айта[ \t]+кетейік),[ \t]+)?"
    # when or why, before the subject: «Өз кезегінде …», «Осыған байланысты …», «Бұған дейін …», «Оқиғаға қатысты …»
    rf"(?:(?:Өз[ \t]+кезегінде|Осыған[ \t]+байланысты|Бұған[ \t]+дейін"
    rf"|(?:[^\s,.;:]+[ \t]+){{0,2}}[^\s,.;:]+(?:ға|ге|қа|ке|а|е)[ \t]+қатысты),?[ \t]+)?"
    rf"(?!(?:Бұл|Осы|Ол|Сондай-ақ|Алайда|Ал|Мұны|Бұны)[ \t])"
    rf"(?:(?:Ақпаратты|Мәліметті|Хабарды|Деректі|Фактіні)[ \t]+)?"  # the object first: «Ақпаратты … растады»
    rf"(?P<name>(?:ҚР[ \t]+|[«\"]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s,.;:]*[ \t]+)"
    # (a long name too, «Тауарлар мен … бақылау комитеті», but no dash nor a word of place or time in it)
    rf"(?:(?![а-яәіңғүұқөһё]\S*(?:да|де|та|те)[ \t])[^\s,.;:—–]+[ \t]+){{0,8}}?"
    # (or a body's initials after a region in the genitive: «Қарағанды облысының ПД»)
    rf"(?:{_BODY_NOUNS}|баспасөз[ \t]+қызметі|(?:(?<=ның[ \t])|(?<=нің[ \t]))[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{{2,5}})"
    # its press service, or their representatives, speaking: «Облыс әкімдігі баспасөз қызметінің өкілдері …»
    rf"(?:[ \t]+баспасөз[ \t]+қызметі(?:нің[ \t]+(?:өкілі|өкілдері))?(?![\w-]))?)(?![\w-])"
    rf"(?P<rest>[^.!?\n]{{0,200}}?){_OPENING_BODY_VERB}"
)
# Where those verbs stand: a sentence start is tried only when one follows it in its line before a full stop (no
# match holds either), which most sentences of a Russian or English text never have.
_OPENING_BODY_VERBS = re.compile(_OPENING_BODY_VERB)


_AGENCY_DASH = re.compile(r"[A-Z][A-Z.-]{2,20}[ \t]*[—–-][ \t]+")
# «"Қазақстан темір жолы" компаниясының өкілдері пікір білдірді»: a quoted name, its type noun in the genitive,
# then it or its representatives speaking ("according to" after it is outlets' kz_according).
_QUOTED_BODY_SAYS = re.compile(
    rf"[«\"“](?P<name>[^«»\"“”\n]{{2,60}})[»\"”][ \t]+(?P<type>(?:{_BODY_NOUNS}|басылымы|порталы|сайты|"
    r"корпорациясы|ұйымы)(?:ның|нің))[ \t]+(?:(?:өкіл(?:і|дері)|басшылығы)[ \t]+(?:[^\s.!?]+[ \t]+){0,4}?)?"
    r"(?:пікір[ \t]+білдір(?:ді|ген|еді)|мәлімде(?:ді|ген)|хабарла(?:ды|ған)|"
    r"түсініктеме[ \t]+бер(?:ді|ген))(?![\w-])"
)


# «"Примерия 24" телеарнасы арнайы жобасында жариялады», «"Примертранс" компаниясы бұл ақпаратты растады»: a quoted
# name and its type noun, the subject, its verb of saying a few words on in the same clause
_QUOTED_TYPE_SAYS = re.compile(
    rf"[«\"“](?P<name>[^«»\"“”\n]{{2,60}})[»\"”][ \t]+(?:[а-яәіңғүұқөһ]+[ \t]+)?(?:{_BODY_NOUNS}|телеарнасы|газеті|"
    r"порталы|сайты|басылымы|радиосы|журналы|корпорациясы|ұйымы|партиясы)(?![\w-])"
    # (not the object of a postposition: «"X" газеті үшін мақала жазды», "wrote for the paper")
    r"(?![ \t]+(?:үшін|туралы|арқылы|бойынша|сияқты|секілді|жөнінде|қарсы|жайлы|жайында)(?![\w-]))"
    r"(?P<rest>(?:[ \t]+[^\s.,;:!?«»\"“”]+){0,6}?)[ \t]+(?:жариялады|хабарлады|мәлімдеді|растады|мәлім[ \t]+етті|"
    r"жазды|хабарлайды|жазады|жоққа[ \t]+шығарды|түсініктеме[ \t]+берді|мәлімдеме[ \t]+жасады|пікір[ \t]+білдірді)"
    r"(?![\w-])")


# «"ПримерЖол" Жетісу облысындағы трассаның жабылғаны туралы мәлім етті»: a quoted name of a few capitalised words
# opening its sentence, the subject (no case ending after it, no type noun), its verb of saying in the clause
_QUOTED_SUBJECT = re.compile(
    r"[«\"“](?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^«»\"“”\n.,!?]{1,40})[»\"”]"
    r"(?P<rest>(?:[ \t]+[^\s.,;:!?«»\"“”-]+){1,8}?)[ \t]+(?:мәлім[ \t]+етті|хабарлады|мәлімдеді|растады|"
    r"жоққа[ \t]+шығарды|түсініктеме[ \t]+берді|ескертті|хабарлайды|мәлімдейді)(?![\w-])")
_SUBJECT_REST_NOT = re.compile(r"(?<![\w-])(?:деп|деді|дейді|сілтеме)(?![\w-])|\A[ \t]+(?:[а-яәіңғүұқөһ-]+[ \t]+)?"
                               rf"(?:{_BODY_NOUNS}|телеарнасы|газеті|порталы|сайты|басылымы|партиясы)(?![\w-])")


def find_kazakh_quoted_bodies(text: str) -> Iterator[Match]:
    for m in _QUOTED_SUBJECT.finditer(text):
        if m.start() > 0 and text[m.start() - 1] != "\n" and not (
                m.start() > 1 and text[m.start() - 1] in " \t" and text[m.start() - 2] in ".!?"):
            continue  # (opening its sentence or line only)
        if len(m.group("name").split()) <= 4 and not _SUBJECT_REST_NOT.search(m.group("rest")) and not (
                _SAID_ON_TELEGRAM.search(m.group("rest"))):
            yield Match("outlet", m.start(), m.end("name") + 1, "outlet.kz_quoted_subject", name=m.group("name"))
    for m in finditer(_QUOTED_BODY_SAYS, text):
        yield Match("outlet", m.start(), m.end(), "outlet.kz_quoted_body", name=m.group("name"))
    for m in finditer(_QUOTED_TYPE_SAYS, text):
        # («… Telegram-арнасында жазды»: the channel rules'; «… X-ке сілтеме жасап хабарлады»: the reference rules')
        if not _SAID_ON_TELEGRAM.search(m.group("rest")) and "сілтеме" not in m.group("rest"):
            yield Match("outlet", m.start(), m.end(), "outlet.kz_quoted_body", name=m.group("name"))


# Every match of _OPENING_BODY opens a sentence with a capital or a quote («ҚР …», "Сондай-ақ, …", «"Қазатом…" …»)
OPENING_BODY_START = r"[«\"A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"


# The body's own channel or page where it said it («Telegram-арнасында», «Telegram парақшасында», «Telegram-да
# хабарлады»), not Telegram channels where the rumour it denies spread («Telegram-арналарда тараған …»)
_SAID_ON_TELEGRAM = re.compile(r"telegram(?:[- \t]*(?:арнасы|парақшасы|каналы|аккаунты)|[- \t]*(?:да|та)[ \t]*\Z)",
                               re.IGNORECASE)


# A body named in lowercase by its place and head noun, the subject of a verb of saying later in its clause, anywhere in
# the sentence: «18 қаңтарға қараған түні қала әкімдігінің баспасөз қызметі … түсініктеме берді», «Дегенмен қалалық
# полиция бұл ақпарат шындыққа жанаспайтынын мәлім етті»
_LOWER_BODY = re.compile(
    r"(?<![\w-])(?P<name>(?:қала|облыс|аудан|ауыл|облыстық|қалалық|аудандық|өңірлік|жергілікті|республикалық)"
    rf"[а-яәіңғүұқөһ]*[ \t]+(?:[а-яәіңғүұқөһ]+[ \t]+){{0,3}}?(?:{_BODY_NOUNS}|полиция|баспасөз[ \t]+қызметі))(?![\w-])")
# Words opening a Kazakh sentence before its subject: however, but, then, also, so, today …
_DISCOURSE_OPENERS = frozenset("дегенмен алайда бірақ кейін сосын ақыры сонымен соңында әйтсе сондай-ақ ал кеше бүгін "
                               "жақында қазір бұған осыған кешке таңертең түнде түсте кейінірек ертеде".split())
_CLAUSE_EDGE_KK = re.compile(r"[.,;:!?\n«»\"]|\s[—–-]\s")


def find_kazakh_lowercase_bodies(text: str) -> Iterator[Match]:
    for verb in finditer(_OPENING_BODY_VERBS, text):
        edges = [e.end() for e in _CLAUSE_EDGE_KK.finditer(text, max(0, verb.start() - 150), verb.start())]
        lo = edges[-1] if edges else max(0, verb.start() - 150)
        body = _LOWER_BODY.search(text, lo, verb.start())
        before = text[lo : body.start()].split() if body is not None else []
        if body is None or (before and _CAP.match(before[-1]) and before[-1].casefold() not in _DISCOURSE_OPENERS):
            continue  # (a capitalised word right before: «Алматы қалалық полиция …», the capitalised rules')
        yield Match("outlet", body.start(), body.end(), "outlet.kz_lowercase_body", name=body.group("name"))


def find_kazakh_opening_bodies(text: str) -> Iterator[Match]:
    verbs = [v.start() for v in finditer(_OPENING_BODY_VERBS, text)]
    if not verbs:
        return
    starts = (s for s in sentence_starts(text, OPENING_BODY_START)
              if (k := bisect_left(verbs, s)) < len(verbs)
              and text.find(".", s, verbs[k]) < 0 and text.find("\n", s, verbs[k]) < 0)
    for m in matches_at(_OPENING_BODY, text, starts):
        if _SAID_ON_TELEGRAM.search(m.group("rest")):
            continue  # «… министрлігі Telegram-арнасында хабарлады»: the channel rules take it
        start, name = m.start("name"), m.group("name")
        if (dateline := _AGENCY_DASH.match(name)) is not None and dateline.end() < len(name):
            start, name = start + dateline.end(), name[dateline.end() :]  # «KAZINFORM - …»: the dateline's agency
        first = name.split(maxsplit=1)
        if len(first) == 2 and first[0].casefold() in _DISCOURSE_OPENERS:  # «Кейін қала әкімдігінің …»: "then"
            start, name = start + name.index(first[1]), first[1]
        yield Match("outlet", start, m.end("name"), "outlet.kz_opening_body", name=name)


# "Stan.kz-ке сілтеме жасап", "rbc.ru порталына сілтеме жасап": "with reference to X", as «со ссылкой на X».
_REFERRING = re.compile(
    r"(?<![\w-])(?:(?:сілтеме|silteme)[ \t]+(?:жасап|жасай|jasap|jasaı)|сілтей[ \t]+отырып)(?![\w-])")
# («Primer Baza арнасына»: a channel, a TV channel's or a known Telegram one's, as extract tells)
_REFERRED_TYPE = (r"[ \t]+(?:ақпарат(?:тық)?[ \t]+)?(?:порталы|сайты|агенттігі|басылымы|газеті|радиосы|телеарнасы|"
                  r"арнасы|portaly|saıty)(?:на|не|na|ne)")
_REFERRED = re.compile(
    r"(?<![\w.-])(?!(?i:telegram|телеграм))"  # («ТЖМ Telegram арнасына»: the Telegram rules' own)
    # (the case ending after a hyphen, or a dash set off by a blank: «Primer.kz –ке»)
    r"(?P<name>[A-Za-zА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'’-]*?|\d[\w-]*\.[a-z]{2,6})"
    r"(?:(?:-|[ \t]?–)(?:ке|қа|ге|ға|на|не|а|е|ka|ke|ga|ge)"
    rf"|{_REFERRED_TYPE})[ \t]+\Z"
    # «Deutsche Welle агенттігіне», «“Примерия дауысы” радиосына»: a name of words, or quoted, with its type word
    # (in one alphabet: "Qazinfo ТАСС агенттігіне" is the reporter, then the agency)
    r"|(?<![\w.-])(?P<words>(?:[A-Z][a-z]+[ \t]+){1,2}[A-Z][\w'’-]*|(?:[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+[ \t]+){1,2}"
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*)"
    rf"{_REFERRED_TYPE}[ \t]+\Z|[«\"“](?P<quoted>[^«»\"“”\n]{{2,40}})[»\"”]{_REFERRED_TYPE}[ \t]+\Z"
)


def _referred(m: re.Match[str]) -> tuple[int, str]:
    """Where the name _REFERRED found starts, and the name (without its quotes)."""
    group = next(g for g in ("name", "words", "quoted") if m.group(g) is not None)
    start, name = m.start(group) - (group == "quoted"), m.group(group)
    while group == "words" and " " in name and is_known_outlet(name.split()[0]):
        skip = name.index(name.split(maxsplit=1)[1])  # "Kazinform Reuters агенттігіне": the reporter, then the agency
        start, name = start + skip, name[skip:]
    if group == "words" and " " in name and is_known_channel(name.rsplit(" ", 1)[1]):
        skip = name.rindex(" ") + 1  # "Primernews Mash арнасына": the reporter, then a known Telegram channel
        start, name = start + skip, name[skip:]
    return start, name


def referred_after(text: str, pos: int) -> int | None:
    """Where a source "X-ке сілтеме жасап" starts, if one follows pos closely: "деп хабарлайды Qazinfo ТАСС
    ақпарат агенттігіне сілтеме жасап" names the reporter, then whom it refers to."""
    ref = _REFERRING.search(text, pos, pos + 60)
    if ref is None:
        return None
    m = _REFERRED.search(text, max(0, ref.start() - 60), ref.start())
    return _referred(m)[0] if m is not None and _referred(m)[0] >= pos else None


def find_kazakh_references(text: str) -> Iterator[Match]:
    """ "… деп хабарлайды Caravan.kz порталы Stan.kz-ке сілтеме жасап": X, whom the report refers to."""
    for ref in finditer(_REFERRING, text):
        m = _REFERRED.search(text, max(0, ref.start() - 60), ref.start())
        start, name = _referred(m) if m is not None else (ref.start(), "")
        if m is None or not (_CAP.match(name) or "." in name or m.group("quoted")):
            press = _REFERRED_PRESS.search(text, max(0, ref.start() - 90), ref.start())
            body = _REFERRED_BODY.search(text, max(0, ref.start() - 90), ref.start()) if press is None else None
            if body is not None:  # «Примерия әкімдігіне сілтеме жасап»: a body in the dative
                words = body.group("name").split()
                # («Primer тілшісінің облыстық полиция департаментіне …»: the reporter's correspondent, then the body)
                words = words[max((k + 1 for k, w in enumerate(words[:-1]) if _REPORTER.fullmatch(w)), default=0):]
                while len(words) > 1 and (words[0].casefold() in _OPENERS | _DISCOURSE_OPENERS or words[0].isascii()):
                    words = words[1:]  # (a sentence's opening word; the reporter's Latin name before the body)
                name = " ".join(words)
                yield Match("outlet", body.end("name") - len(name), ref.end(), "outlet.kz_reference", name=name)
                continue
            if press is not None:
                start, name = press.start("name"), press.group("name").strip("«»\"“”")
                if press.group("acronym") and "." in name:  # «BAQ.KZ ТЖМ баспасөз қызметіне»: the site reports
                    start, name = press.start("acronym"), press.group("acronym")
                # «Ақорданың / ТЖМ / «Примергидромет» РМК баспасөз қызметіне»: the service, as written
                quoted = _QUOTED_END.search(text, max(0, start - 45), start)  # «"Қазгидромет" РМК-ның»
                start = quoted.start() if quoted and (GENITIVE_END.search(name) or name.isupper()) else start
                name = text[start : ref.start()].rstrip()
                yield Match("outlet", start, ref.end(), "outlet.kz_reference", name=name)
            continue
        yield Match("outlet", start, ref.end(), "outlet.kz_reference", name=name)


# «деп хабарлайды … баспасөз қызметіне сілтеме жасаған didarbek.kz ақпараттық агенттігі»: the reporter that refers,
# closing the clause after the participle
_REFERRING_REPORTER = re.compile(
    r"(?<![\w-])сілтеме[ \t]+жасаған[ \t]+(?P<name>(?:[^\s,;:!?«»]+[ \t]+){0,3}?[^\s,;:!?«»]+?)"
    r"(?=[ \t]*(?:[,;:!?\n]|\.(?:\s|\Z)|\Z))")
_DEP_BEFORE = re.compile(rf"{DEP_START}деп[ \t]+{DEP_VERBS}[ \t][^.!?\n]*\Z")


# «…, деп хабарлайды http://PRIMER.KZ»: the site that reports written as its address; its domain names it
_DEP_LINK = re.compile(r"(?P<link>https?://(?:www\.)?"
                       r"(?P<name>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6})/?)(?=[ \t]*(?:[.,;:!?\n]|\Z))")
_DEP_RIGHT_BEFORE = re.compile(rf"{DEP_START}деп[ \t]+{DEP_VERBS}[ \t]+\Z")


# «Primerberg-ке сүйенсек», «Primer.kz-ке сүйене отырып»: "relying on X", a Latin name with its dative after a hyphen
_RELYING = re.compile(r"-(?:ке|қа|ге|ға|на|не|а|е)[ \t]+(?:сүйенсек|сүйене[ \t]+отырып)(?![\w-])")
_RELYING_ON = re.compile(r"(?<![\w.-])(?P<name>[A-Z][\w.&'’]*(?:[ \t]+[A-Z][\w.&'’]*){0,2})\Z")


def find_kazakh_reporting_links(text: str) -> Iterator[Match]:
    for m in _DEP_LINK.finditer(text) if "://" in text else ():
        if _DEP_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            yield Match("outlet", m.start("link"), m.end("link"), "outlet.kz_dep_link", name=m.group("name"))
    for rel in _RELYING.finditer(text):  # (the rare words first, the name read back from them)
        if (on := _RELYING_ON.search(text, max(0, rel.start() - 60), rel.start())) is not None:
            yield Match("outlet", on.start(), rel.end(), "outlet.kz_relying_on", name=on.group("name"))


def find_kazakh_referring_reporters(text: str) -> Iterator[Match]:
    for m in finditer(_REFERRING_REPORTER, text):
        name = m.group("name")
        if (_CAP.match(name) or _DOMAIN.match(name)) and _DEP_BEFORE.search(text, max(0, m.start() - 200), m.start()):
            yield Match("outlet", m.start("name"), m.end("name"), "outlet.kz_reference", name=name)


# «Примерия әкімдігіне / полициясына / Ішкі істер министрлігіне сілтеме жасап»: a body referred to, in the dative
_REFERRED_BODY = re.compile(
    r"(?<![\w-])(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s,.;:!?«»\"]*(?:[ \t]+[^\s,.;:!?«»\"]+){0,5}?[ \t]+"
    r"(?:министрлігі|әкімдігі|әкімшілігі|департаменті|комитеті|басқармасы|прокуратурасы|полициясы|инспекциясы|"
    r"штабы|соты|орталығы|компаниясы|бюросы|қоры|банкі|кеңесі|елшілігі|үкіметі|агенттігі)(?:на|не))[ \t]+\Z")


# A reporter's correspondent: «Primer тілшісінің …» ends the reporter's name (a person, never part of a body's)
_REPORTER = re.compile(r"(?<![\w-])тілшіс(?:і|інің)(?![\w-])")


# «"Қазгидромет" РМК баспасөз қызметіне сілтеме жасап»: a body's press service referred to, its form after its name
_REFERRED_PRESS = re.compile(
    r"(?P<name>[«\"“][^»\"”\n]{2,40}[»\"”]|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]+"
    # «Ұлттық банктің баспасөз қызметіне»: a name of lowercase words after the capital, its last in the genitive
    r"|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][а-яәіңғүұқөһ]+(?:[ \t]+[а-яәіңғүұқөһ]+){0,2}(?:ның|нің|дың|дің|тың|тің))"
    r"(?:[ \t]+(?P<acronym>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}))?[ \t]+"
    r"баспасөз[ \t]+қызметіне[ \t]+\Z"
)


# "…, делінген Қостанай полициясының хабарламасында", "делінген облыстық прокуратура ұсынған ақпаратта": "it says
# in X's message", "in the information X provided".
_SAID_IN = re.compile(
    r"(?<![\w-])делінген[ \t]+(?P<name>[^\s.,;:!?]+(?:[ \t]+[^\s.,;:!?]+){0,5}?)[ \t]+(?:ұсынған[ \t]+|таратқан[ \t]+)?"
    r"(?:хабарламасында|мәлімдемесінде|мәліметінде|ақпаратта|ақпаратында|жазбасында|хатында"
    # «делінген ТЖМ таратқан хабарламада»: after a participle the noun may take no possessive ending
    r"|(?:(?<=ұсынған[ \t])|(?<=таратқан[ \t]))(?:хабарламада|мәлімдемеде))(?![\w-])"
)


# «Примерия қорғаныс министрлігі де бүгінгі мәлімдемесінде», «… департаменті ресми хабарламасына сәйкес»: a body, in
# the nominative, and "in its statement": the body said it
_ITS_STATEMENT = re.compile(r"(?<=[ \t])(?:мәлімдемесінде|хабарламасында|(?:мәлімдемесіне|хабарламасына)[ \t]+сәйкес)"
                            r"(?![\w-])")
_BODY_BEFORE_STATEMENT = re.compile(
    rf"(?<![\w-])(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s,.;:!?«»\"]*(?:[ \t]+[^\s,.;:!?«»\"]+){{0,5}}?[ \t]+{_BODY_NOUNS})"
    r"(?:[ \t]+(?:да|де|та|те))?(?:[ \t]+[а-яәіңғүұқөһ]+){0,2}?[ \t]+\Z")


# «Примерград қаласының білім бөліміндегілер … хабарлады», «Министрліктегілер бұл ақпаратты растады»: "those at the
# body" (the locative, -гі, the plural) said it, as «в министерстве сообщили»; a verb of saying later in the clause
_THOSE_AT = re.compile(
    rf"(?<![\w-])(?:(?P<head>(?:{_BODY_NOUNS}|қызметі)(?:нда|нде))|(?P<noun>{_COMMON_NOUNS})(?:та|те|да|де))"
    r"(?:ғылар|гілер)(?:[ \t]+(?:да|де|та|те))?(?![\w-])", re.IGNORECASE)
_THOSE_AT_NAME = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s,.;:!?«»\"]*(?:[ \t]+[^\s,.;:!?«»\"]+){0,5}?[ \t]+\Z")
_THOSE_AT_SAID = re.compile(r"[^.!?\n]{0,200}?(?<![\w-])(?:хабарлады|мәлімдеді|растады|айтты|түсіндірді|"
                            r"мәлім[ \t]+етті|атап[ \t]+өтті|жоққа[ \t]+шығарды|түсініктеме[ \t]+берді|хабарлайды|"
                            r"мәлімдейді)(?![\w-])")


def find_kazakh_those_at(text: str) -> Iterator[Match]:
    if "ғылар" not in text and "гілер" not in text:
        return  # (the plural after the locative, in every form the pattern reads)
    for m in finditer(_THOSE_AT, text):
        if _THOSE_AT_SAID.match(text, m.end()) is None:
            continue
        if m.group("noun"):  # «министрліктегілер»: the body named before
            meant = _body_named_before(text, m.start(), m.group("noun").casefold())
            if meant is not None:
                yield Match("outlet", m.start(), m.end(), "outlet.kz_those_at", name=meant)
            continue
        named = _THOSE_AT_NAME.search(text, max(0, m.start() - 80), m.start())
        if named is None:
            continue
        words = list(re.finditer(r"\S+", text[named.start() : m.start()]))
        while len(words) > 1 and words[0].group().casefold() in _OPENERS | _DISCOURSE_OPENERS:
            words = words[1:]  # («Ал Примерград …»: the sentence's opening word)
        start = named.start() + words[0].start()
        name = f"{text[start : m.start()]}{m.group('head')[:-3]}"  # the body as named: «… білім бөлімі»
        yield Match("outlet", start, m.end(), "outlet.kz_those_at", name=name)


def find_kazakh_statements(text: str) -> Iterator[Match]:
    for m in finditer(_ITS_STATEMENT, text):
        body = _BODY_BEFORE_STATEMENT.search(text, max(0, m.start() - 120), m.start())
        if body is None:
            continue
        words = body.group("name").split()
        while len(words) > 2 and words[0].casefold() in _OPENERS | {"туралы", "жөнінде"}:
            words = words[1:]  # «Бұл туралы …»: the sentence's opening words
        name = " ".join(words)
        yield Match("outlet", body.end("name") - len(name), m.end(), "outlet.kz_statement", name=name)


def find_kazakh_said_in(text: str) -> Iterator[Match]:
    for m in finditer(_SAID_IN, text):
        name = m.group("name")  # a name or a body, not "бұл"; nor a body's common noun alone («банк хабарламасында»)
        if _CAP.search(name) or (_BODY_NOUN.search(name) and " " in name.strip()):
            yield Match("outlet", m.start("name"), m.end(), "outlet.kz_said_in", name=m.group("name"))


# «Primer.kz сайтында жарияланған», «"Примерия" газетінде жазылған», «… басылымындағы мақалада айтылғандай»: what was
# published in an outlet, named before its type noun in the locative, a passive verb of publishing after it
_PUBLISHED_IN = re.compile(
    r"(?<=[ \t])(?:сайтында|порталында|басылымында|газетінде|журналында|сайтындағы|порталындағы|басылымындағы|"
    r"газетіндегі|журналындағы)(?![\w-])")
_PUBLISHED_IN_NAME = re.compile(
    r"(?:[«\"“](?P<quoted>[^«»\"“”\n]{2,40})[»\"”]|(?<![\w.-])(?P<name>(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'’&-]*[ \t]+){0,2}"
    r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'’&-]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}))(?:[ \t]+ақпарат(?:тық)?)?[ \t]+\Z")
_PUBLISHED_VERB = re.compile(r"(?:[ \t]+[^\s.,;:!?«»\"]+){0,4}?[ \t]+(?:жарияла|жазыл|айтыл|хабарлан|келтіріл|мәлімдел)"
                             r"[а-яәіңғүұқөһ]*(?![\w-])")


def find_kazakh_published_in(text: str) -> Iterator[Match]:
    for m in finditer(_PUBLISHED_IN, text):
        if _PUBLISHED_VERB.match(text, m.end()) is None:
            continue
        named = _PUBLISHED_IN_NAME.search(text, max(0, m.start() - 60), m.start())
        if named is not None and named.group("quoted"):
            yield Match("outlet", named.start(), m.end(), "outlet.kz_published_in", name=named.group("quoted"))
            continue
        left = m.start() - 1
        if (body := common_body_before_channel(text, left)) is not None:  # «ведомствоның ресми сайтында»
            yield Match("outlet", body[0], m.end(), "outlet.kz_published_in", name=body[2])
            continue
        if named is not None and not GENITIVE_END.search(named.group("name")):
            words = [w for w in re.finditer(r"\S+", named.group("name"))]
            while words and words[0].group().casefold() in _OPENERS:  # «Бұл Primer.kz …»: the opening word
                words = words[1:]
            span = (named.start("name") + words[0].start(), named.end("name")) if words else None
        else:  # «Примерия Денсаулық сақтау министрлігінің сайтында»: a body's or an outlet's site
            span = owner_before_channel(text, left)
            last = text[span[0] : span[1]].split()[-1] if span is not None else ""
            if span is not None and GENITIVE_END.search(last) and not (
                    _BODY_GENITIVE.fullmatch(last) or _OWNER_TYPE.fullmatch(last.casefold())):
                span = None  # «Ерлан Примеровтың сайтында»: a person's own site
        if span is not None and not looks_like_person(text[span[0] : span[1]]):
            yield Match("outlet", span[0], m.end(), "outlet.kz_published_in", name=text[span[0] : span[1]])


CHANNEL_ADJECTIVES = ("ресми", "жеке", "ресмі")  # official, personal: before the channel word, no name
GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)\Z")  # a word in the genitive: whose, not who
OWN = ("өзінің", "өз")  # one's own (the second its short form): after a body's nominative, the body's channel
_PRONOUN_GENITIVES = frozenset("өзінің оның олардың біздің менің сенің сіздің өздерінің".split())
_NOT_IN_NAME = frozenset("деп хабарлайды хабарлады жазды мәлімдеді сілтеме жасап туралы бұл осы және".split())


# When it was said, between the owner and its channel: «… қызметі 23 қазан күні Telegram-арнасында», «… кеше …»
# (or what about: «Примерия әкімдігі бұл туралы Telegram-арнасында хабарлады»)
_WHEN_BEFORE = re.compile(
    r"[ \t]+(?:\d{1,2}[ \t]+(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|"
    r"желтоқсан)(?:[ \t]+күні)?|кеше|бүгін|бүгін[ \t]+таңертең|кеше[ \t]+кешке|(?:бұл|осы)[ \t]+(?:туралы|жөнінде|"
    r"жайында|жайлы))[ \t]*\Z"
)
WHEN_OR_ABOUT_BEFORE = _WHEN_BEFORE


def owner_before_channel(text: str, pos: int) -> tuple[int, int] | None:
    """Whose "Telegram-арнасы" it is: the words before pos, "Алматы әкімдігінің" (a genitive noun group from its
    first capitalised word), a body's service ("РЖД баспасөз қызметі") or a plain name, "Ustanovka 98"; None when
    none stands there."""
    if (when := _WHEN_BEFORE.search(text, max(0, pos - 40), pos)) is not None:
        pos = when.start()
    words = [(m.start(), m.end()) for m in re.finditer(rf"{_KK}+", text[max(0, pos - 120) : pos])]
    base = max(0, pos - 120)
    words = [(base + a, base + b) for a, b in words]
    for _ in range(2):  # «министрлігі ресми Telegram парақшасы»: official, not a name; «министрлігі өз …»: its own
        last = text[words[-1][0] : words[-1][1]].casefold() if words else ""
        # (its own after a body's noun, its initials or a Latin name: «министрлігі өз», «ІІМ өзінің», «Primer өз»)
        own = last in OWN and len(words) > 1 and (_BODY_NOUN.fullmatch(text, words[-2][0], words[-2][1]) is not None
                                                  or _INITIALS.fullmatch(text, words[-2][0], words[-2][1]) is not None
                                                  or text[words[-2][0] : words[-2][1]].isascii())
        if (last in CHANNEL_ADJECTIVES or own) and not text[words[-1][1] : pos].strip():
            pos, words = words[-1][0], words[:-1]
    if not words or text[words[-1][1] : pos].strip(" \t-"):
        return None
    head = text[words[-1][0] : words[-1][1]]
    if head.casefold() in _PRONOUN_GENITIVES:
        return None  # "өзінің Telegram арнасында Тина Канделаки": the owner is named after
    typed = _OWNER_TYPE.fullmatch(head.casefold()) is not None  # «"Ақ жол" партиясы», «Orda.kz басылымының»
    if not GENITIVE_END.search(head) and not _BODY_NOUN.fullmatch(head) and head.casefold() != "қызметі" and not typed:
        # a name in Latin letters as written: "Ustanovka 98 telegram арнасында"
        latin: list[tuple[int, int]] = []
        for s, e in reversed(words[-4:]):
            if not (text[s:e].isascii() or _INITIALS.fullmatch(text, s, e)) or text[
                    e : (latin[0][0] if latin else e)].strip():  # (a body's initials too: «ҚР ІІМ өзінің …»)
                break
            latin.insert(0, (s, e))
        while latin and not text[latin[0][0]].isupper():
            latin = latin[1:]
        return (latin[0][0], latin[-1][1]) if latin else None
    kept: list[tuple[int, int]] = []
    quoted = None
    for s, e in reversed(words[-7:]):
        word = text[s:e]
        gap = text[e : (kept[0][0] if kept else words[-1][1])]
        if kept and _QUOTE_CLOSE.fullmatch(gap) and _OWNER_TYPE_WORDS.search(text, kept[0][0], words[-1][1]):
            # «"Қазақстан темір жолы" ұлттық компаниясының»: a quoted name before its type noun, whole
            quoted = quoted_before(text, e + 1)
            break
        if word.casefold() in _NOT_IN_NAME or word[-1] in ".!?" or gap.strip() \
                or (kept and word.isascii() != text[kept[0][0] : kept[0][1]].split("-")[0].isascii()
                    and word[:1].isupper()  # («Primer Today-дің»: a Latin name, its case ending in Cyrillic)
                    and GENITIVE_END.search(head) and not _OWNER_TYPE_WORDS.match(text, kept[0][0])):
            break  # (a Latin name before a Cyrillic genitive is another clause's, unless a type noun follows it)
        kept.insert(0, (s, e))
    if quoted is not None:
        return quoted[0], kept[-1][1]
    if kept and _COMMON_BODY_SERVICE.fullmatch(text[kept[0][0] : kept[-1][1]].casefold()) and (
            text[kept[0][0] : kept[0][1]].casefold() in _COMMON_BODIES):
        return kept[0][0], kept[-1][1]  # «ведомствоның баспасөз қызметі»: the body named before, see kazakh_body_meant
    lowercase = [w for w in kept if not _CAP.match(text, w[0])]
    while kept and (not _CAP.match(text, kept[0][0]) or (
            text[kept[0][0] : kept[0][1]].casefold() in _DISCOURSE_OPENERS and len(kept) > 1)):
        kept = kept[1:]  # (and «Кейін әкімнің»: "then", opening the sentence)
    if not kept and len(lowercase) >= 2 and _BODY_HEAD_WORD.fullmatch(text, *lowercase[-1]) and not any(
            text[a:b].casefold() in _SENTENCE_OPENERS for a, b in lowercase):
        # «облыс әкімдігі», «қалалық полиция департаментінің» (a body in lowercase, and every name in the Arabic
        # script, which has no capitals): the words of the body's noun group
        return lowercase[0][0], lowercase[-1][1]
    # «Бұған дейін Тоқаевтың», «Ақпарат Ақорданың»: words opening the sentence, not the owner's
    while len(kept) > 1 and text[kept[0][0] : kept[0][1]].casefold() in _SENTENCE_OPENERS and (
            _CAP.match(text, kept[1][0]) or text[kept[1][0] : kept[1][1]].casefold() in _SENTENCE_OPENERS):
        kept = kept[1:]
    if not kept or (len(kept) == len(words[-7:]) and len(kept) > 6):
        return None
    return kept[0][0], kept[-1][1]


# Type nouns after a body's or an outlet's name, nominative with the possessive or genitive: «"Ақ жол" партиясы»,
# «Orda.kz басылымының», «"Қазақстан темір жолы" ұлттық компаниясының»
_OWNER_TYPES = (r"(?:партиясы|басылымы|порталы|сайты|газеті|журналы|телеарнасы|радиосы|ұйымы|корпорациясы|"
                r"қауымдастығы|қозғалысы|холдингі|компаниясы|агенттігі|одағы|федерациясы|клубы|министрлігі|"
                r"әкімдігі|департаменті|комитеті|басқармасы|қоры|кеңесі|орталығы|қызметі|кәсіпорны)")
_BODY_HEAD_WORD = re.compile(rf"(?:{_BODY_NOUNS}|қызметі)(?:ның|нің)?")
_OWNER_TYPE = re.compile(rf"{_OWNER_TYPES}(?:ның|нің|н)?")
_OWNER_TYPE_WORDS = re.compile(rf"(?:[а-яәіңғүұқөһ-]+[ \t]+){{0,2}}{_OWNER_TYPES}(?:ның|нің|н)?(?![\w-])")
_QUOTE_CLOSE = re.compile(r"[»\"”][ \t]+")
_SENTENCE_OPENERS = _OPENERS | frozenset("бұған дейін кеше бүгін ақпарат ақпаратты мәлімет мәліметті өз кезегінде "
                                         "сонымен қатар алайда жақында".split())


# «"Хабар 24" телеарнасына берген сұхбатында», «Азаттыққа берген сұхбатында»: the outlet an interview was given to.
# The rare words are found first, the name read back from them in a short window (a pattern opening with a
# capitalised word would be tried, and backtrack, at every capital of a long run of them).
_INTERVIEW = re.compile(r"(?<=[ \t])берген[ \t]+(?:сұхбатында|сұхбатта|түсініктемесінде|интервьюінде|интервьюде)"
                        r"(?![\w-])")
_INTERVIEWER = re.compile(
    r"(?:[«\"“](?P<quoted>[^»\"”\n]{2,40})[»\"”](?:[ \t]+(?:телеарнасына|басылымына|порталына|сайтына|агенттігіне|"
    r"радиосына|газетіне))?|(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]{1,40}?(?:ға|ге|қа|ке|на|не))[ \t]+\Z"
)
# «Қазгидромет мамандары … ескерту жариялады»: a body's specialists or staff saying it, in the same clause
_STAFF = re.compile(r"(?<=[ \t])(?:мамандары|қызметкерлері|синоптиктері|сарапшылары)[ \t]")
_STAFF_OF = re.compile(r"(?<![\w-])(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]{1,40}(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]{1,40})?)"
                       r"[»\"”]?[ \t]+\Z")  # «"Қазгидромет" синоптиктері»: the name in quotes too
_STAFF_SAID = re.compile(r"[^.!?\n]{0,80}?(?:хабарлады|жариялады|мәлімдеді|ескертті|түсіндірді)(?![\w-])")


# A capitalised word right before the interviewer's (a first name), and the dative ending the stem is read without
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+[ \t]+\Z")
_DATIVE_END = re.compile(r"-?(?:ға|ге|қа|ке|на|не)\Z")


def _person_interviewed(text: str, start: int, word: str) -> bool:
    """«журналист Ерлан Примерұлына берген сұхбатында»: the interview was given to a person (a first name or a title
    before, or a surname's ending), no outlet."""
    stem = _DATIVE_END.sub("", word)
    before = text[max(0, start - 40) : start]
    first = _NAME_BEFORE.search(before)
    return looks_like_person(stem, before) or (
        first is not None and looks_like_person(f"{first.group().strip()} {stem}"))


def find_kazakh_interviews(text: str) -> Iterator[Match]:
    for m in finditer(_INTERVIEW, text):  # (opening with a look-behind: its words found first)
        who = _INTERVIEWER.search(text, max(0, m.start() - 90), m.start())
        if who is not None:
            name = who.group("quoted") or who.group().rstrip()
            if not who.group("quoted") and _person_interviewed(text, who.start(), name):
                continue
            yield Match("outlet", who.start(), m.end(), "outlet.kz_interview", name=name)
    for m in finditer(_STAFF, text):
        body = _STAFF_OF.search(text, max(0, m.start() - 90), m.start())
        if body is not None and body.group("name").casefold() not in KZ_NOT_NAMES and _STAFF_SAID.match(text, m.end()):
            yield Match("outlet", body.start(), body.end("name"), "outlet.kz_staff", name=body.group("name"))
