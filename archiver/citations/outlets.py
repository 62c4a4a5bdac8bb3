"""Outlets named as a source ("according to X", "X reported", "по данным X").

Strong rules (the wording itself marks a source) accept any quoted or capitalised name that does not look
like a person. Weak rules ("X said") also need the name to look like an organisation or be already known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .acronyms import spelled_before
from .bodies import (
    ADJECTIVE_ALONE,
    body_meant,
    find_bodies_by_reference,
    find_bodies_said,
    find_credits,
    find_english_bodies,
    find_kazakh_press_services,
    find_press_services,
    find_sites_of_bodies,
    find_staff_sources,
    find_statements_of,
)
from .kazakh import (
    ACCORDING_WORDS,
    DEP_START,
    DEP_VERBS,
    KZ_NOT_NAMES,
    find_kazakh_interviews,
    find_kazakh_lowercase_bodies,
    find_kazakh_opening_bodies,
    find_kazakh_published_in,
    find_kazakh_quoted_bodies,
    find_kazakh_references,
    find_kazakh_referring_reporters,
    find_kazakh_reporting_links,
    find_kazakh_said_from,
    find_kazakh_said_in,
    find_kazakh_sources,
    find_kazakh_statements,
    find_kazakh_those_at,
    referred_after,
)
from .known_channels import is_known_channel
from .known_outlets import is_known_outlet_in_any_case
from .model import Match
from .morph import finite_verb_of, person_word, place_word, text_language
from .people import (
    PEOPLE_PLURALS,
    has_first_name,
    has_org_word,
    is_demonym,
    is_known_outlet,
    is_nationality,
    is_org_like,
    is_role_word,
    is_title,
    looks_like_person,
    person_at_end,
)
from .per_text import per_text
from .phrases import (
    DESCRIPTION_ASIDE,
    MONTHS,
    REGION_LOCATIVE,
    STOP_CAPS,
    cap_phrase_after,
    cap_phrase_before,
    clean_name,
    quoted_at,
    quoted_before,
    skip_space_back,
)
from .prescan import finditer, opening_scout, scouted
from .speech import SAYING_LEMMAS, SAYING_STEMS

_TYPE_EN = (r"(?:(?:news|information|state|media|online|business)\s+)?"
            r"(?:agency|newspaper|outlet|publication|website|site|"
            r"portal|magazine|broadcaster|daily|tabloid|weekly|TV\s+channel|television(?:\s+channel)?|radio(?:\s+station)?|"
            r"organi[sz]ation|think[- ]tank)")
_TYPE_RU = (r"(?:(?:информ)?агентств|(?:интернет-)?издани|газет|журнал|портал|сайт|телеканал|радиостанци|видан|"
            r"агенці)[а-яёії]*")
# «в авиакомпании S7», «в компанії "Київстар"»: a company's type word before its name (not after one: «Очільник
# компанії нагадав» is its head)
_TYPE_COMPANY = r"(?:(?:авиа|авіа)?компан[иі]|серв[иі]с)[а-яёії]*"  # («за даними сервісу Opendatabot»)
# Between trigger and name: "the", "a report by", and a type noun with up to two adjectives before it
# ("according to the German news agency dpa", "как утверждает украинское издание «Страна.ua»").
_PLACE_POSSESSIVE = r"(?:country|city|region|republic|nation|capital|province|oblast|state)['’]s"
_LEAD = re.compile(
    # «сообщает в понедельник, 6 июля, агентство ТАСС», «пише сьогодні Reuters»: when, between the verb and the name
    r"[ \t\xa0]*(?:(?:(?:в|во|у)[ \t]+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|"
    r"вівторок|середу|четвер|п['’]ятницю|суботу|неділю)(?:,[ \t]*\d{1,2}[ \t]+[а-яії]{3,9},)?"
    r"|сегодня|вчера|накануне|сьогодні|вчора|напередодні)[ \t\xa0]+)?"
    # «сообщила и администрация …», «повідомила також ОВА»: "too", between the verb and the name
    r"(?:(?:и|й|і|также|тоже|також|теж)[ \t\xa0]+)?"
    r"(?:(?:(?:[Aa]|[Tt]he)[ \t]+(?:report|statement|study|survey|article|investigation|post)s?|"
    r"(?:the[ \t]+)?(?:information|data|figures|estimates))[ \t]+(?:by|from|of|in)[ \t]+)?(?:[Tt]he[ \t\xa0]+)?"
    # "reports the country's Interior Ministry": whose body, the place named before ("the city's", "the region's")
    rf"(?:{_PLACE_POSSESSIVE}[ \t]+(?=[A-Z]))?"
    # "quoted by Syria’s state-run SANA news agency": a country's, then how the outlet is run
    # «з посиланням на Facebook Генштабу ЗСУ»: whose page on the platform
    r"(?:(?:Twitter|Facebook|Instagram|YouTube|Threads|X)[ \t]+(?=[А-ЯЁІЇЄҐ]))?"
    r"(?:[A-Z][a-z]+['’]s[ \t]+(?=(?:state-run|state-owned|state|official|independent|pro-[\w-]+)[ \t])"
    r"(?:[a-z-]+[ \t]+){1,2}(?=[A-Z]))?"
    # «со ссылкой на заявление «Роскосмоса»», «з посиланням на заяву "Укренерго"»: whose statement
    r"(?:(?:заявлени[еяю]|сообщени[еяю]|публикаци[юи]|заяв[уиа]|повідомлення|публікаці[юї]|допис|"
    r"коментар[ьяі]?|комментари[йяю]|"  # «з посиланням на коментар пресслужби Національної поліції»
    r"исследовани[еяю]|дослідженн[яюі])[ \t\xa0]+"
    r"(?=[«\"„“A-ZА-ЯЁІЇЄ]|пресс-служб|прес-служб|пресслужб))?"
    # "told the state-run TASS news agency"
    r"(?:(?:state-run|state-owned|state|independent|pro-Kremlin|opposition|local|regional|latest|official|"
    r"preliminary|recent|new)[ \t]+(?:(?:media|news[ \t]+agency|broadcaster|TV|television)[ \t]+)?(?=[A-Z]))?"
    # "сообщают российский «Интерфакс»": an adjective of country before the name
    r"(?:(?:российск|украинск|казахстанск|американск|британск|немецк|французск|белорусск|узбекск|кыргызск|"
    r"украинськ|казахстанськ|російськ|американськ|британськ)[а-яёії]*[ \t\xa0]+(?=[«\"„“A-ZА-ЯЁІЇЄ]))?"
    # «повідомили представники Координаційного штабу …», «сообщили представители Минобороны»: the body they speak for
    # ("according to representatives of EMERCOM of Russia": the same in English)
    r"(?:(?:представники?|представниц[яі]|представител[ьи]|представителя)[ \t\xa0]+(?=[«\"„“А-ЯЁІЇЄ])"
    r"|representatives?[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z]))?"
)
# Before a list only: "reported by Russian agencies RBC and Interfax" ("Several Uzbek media outlets have reported"
# names none).
_TYPES_PLURAL = ("agencies", "newspapers", "outlets")  # (what the look-back below ends with: tried only then)
_TYPES_EN = rf"(?:(?:news|media)\s+)?(?:{'|'.join(_TYPES_PLURAL)})"
_TYPED = re.compile(rf"(?:[\w'’-]+[ \t]+){{0,2}}?(?:{_TYPE_EN}|{_TYPES_EN}|{_TYPE_RU}|{_TYPE_COMPANY})[ \t\xa0]+")
_TYPE_KK = r"(?:сайты|порталы|агенттігі|басылымы|газеті|арнасы|компаниясы|корпорациясы)[а-яәіңғүұқөһ]*"
_TYPE_INSIDE = re.compile(rf"(?<=[ \t]){_TYPE_RU}[ \t]+(?=\S)")
_TYPE_BEFORE = re.compile(rf"(?:{_TYPE_EN}|{_TYPE_RU}|{_TYPE_KK})\Z")
# A plural type word after a list of names: "The RIA Novosti and Interfax news agencies cited" (the list is checked
# before it: "Several Uzbek media outlets have reported" names none)
_TYPES_BEFORE = re.compile(rf"(?<=[\w)])[ \t]+{_TYPES_EN}\Z")
_LISTED_BEFORE = re.compile(r"[ \t]and[ \t]+[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,2}\Z")
# What a named body is, in lowercase words between its name and the verb: "the ISW research group said",
# "Kazhydromet national weather service warns" (a press service is the body's own: "Akorda press service said").
_DESCRIBED_HEADS = ("group", "company", "firm", "watchdog", "monitor", "provider", "operator", "service")
_DESCRIBED_AS = re.compile(r"(?<=[\w)\"”»])[ \t]+(?:[a-z]+[ \t]+){0,2}"
                           rf"(?:{'|'.join(_DESCRIBED_HEADS)})(?<!press[ \t]service)\Z")
_DESCRIPTOR_LEAD = re.compile(r"(?<![\w-])(?:provider|company|firm|group|watchdog|monitor|operator|organi[sz]ation|"
                              r"outlet|broadcaster|newspaper|agency|"
                              # "the daily Zhas Alash quoted", "the portal Zakon said": any word for a publication
                              r"(?<=[Tt]he[ \t])(?:daily|weekly)|publication|portal|tabloid|magazine|website)[ \t]+\Z")
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<in>in|(?:" + "|".join(f"(?<={w} )" for w in "district region oblast suburb outskirts residents "
                                           "citizens people mayor".split()) + r")of)"
    r"|at|from|near|across|inside)[ \t]+\Z")  # "residents of the … district of Almaty reported": not Almaty
_LONE_ADJECTIVE = re.compile(r"(?:^|(?<=[\s.,;:!?—–-]))[А-ЯЁІЇЄҐ][а-яёіїєґ']+"
                             r"(?:ское|ский|ская|ские|цкое|цкий|цкая|ське|ський|ська|ські|цьке|цький|цька)[ \t]+\Z")
_GLUED = re.compile(r"[a-z](?=[А-ЯЁІЇЄҐ][а-яёіїєґ])|[а-яёіїєґ](?=[A-Z][a-z])|[a-z](?=The[ \t])"
                    r"|[А-ЯЁІЇЄҐ]{2}(?=[а-яёіїєґ]{4})")
# A website named by its address ("lenta.ru", "www.example.com.ua", «сайт.рф»): on a source line the address
# alone is the citation's text, so that it reads as the link it also is («Источник и фото - ria.ru»).
_SITE_ADDRESS = re.compile(r"(?:www\.)?(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,24}")
# "- steppeherald.kz", "(nazva.ua)" ending a source line after the outlet's name: its site's address
_SITE_AFTER = re.compile(r"[ \t]*(?:[-–—/|][ \t]*|\()(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\)?"
                         r"[ \t.]*(?=\n|\Z)", re.IGNORECASE)
_MIXED_BRAND = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+[A-Z][a-z]+(?![\w-])")
_OR_ALIAS = re.compile(r",[ \t]+or[ \t]+[A-ZА-ЯЁ][A-ZА-ЯЁ&-]{1,8},\Z")
_HEAD_OF_BEFORE = re.compile(r"(?<![\w-])(?:head|leader|chief|founder|owner|director|commander|chairman|member|"
                             r"spokes(?:man|woman|person))s?[ \t]+of[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
_CITING_RU = r"(?:со[ \t]+ссылкой|(?:з|із|зі)[ \t]+посиланням)"  # «со ссылкой», «із посиланням»: citing whom
# "X, citing Y, reported", «X со ссылкой на Y сообщило»: an aside naming whom the source cites
_CITING_ASIDE = re.compile(rf"(?:,[ \t]+|[ \t]+)(?:citing|quoting|referring[ \t]+to|ссылаясь|посилаючись|"
                           rf"{_CITING_RU})(?![\w-])")
_OF_BEFORE = re.compile(r"(?<![\w-])of[ \t]+(?:the[ \t]+)?\Z")
_PERSON_NOT_TYPED = re.compile(r"(?:service|company|agency|group|firm|operator|broadcaster|newspaper|outlet)\Z")
_ASIDE = re.compile(r",[ \t]+(?:citing|quoting|referring|со[ \t]+ссылкой|which[ \t]+(?:first[ \t]+)?(?:reported|broke|"
                    r"obtained|published|revealed))[^,\n]{1,70},\Z"  # "The FT, which first reported the story, said"
                    # "Microsoft, which tracks the group as X, confirmed", "Rusal, also under Y's control, said",
                    # "The Committee, in response to the verdict, stated": what it is, between it and its verb
                    r"|,[ \t]+(?:which|controlled|owned|run|also|in[ \t]+response|based|headquartered)[ \t]"
                    r"[^,\n]{1,70},\Z"
                    # «The Financial Times со ссылкой на двух командиров сообщила», «Astra із посиланням на
                    # місцевих жителів пише»: whom the outlet cites, between it and its verb, no commas
                    rf"|[ \t]+{_CITING_RU}[ \t]+на[ \t]+[^,.!?\n]{{1,60}}\Z")
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_CITING_RU_WORD = re.compile(r"ссылкой|посиланням")  # what the aside without a comma holds (_CITING_RU)
_ADVERBS = re.compile(
    r"(?:[ \t]+(?:also|later|earlier|previously|recently|further|first|then|has|have|had|также|ранее|уже|також|"
    r"раніше|сегодня|вчера|накануне|сьогодні|вчора|напередодні|"
    # «Пресс-служба Кремля ненадолго опубликовала», «МВД вновь заявило», «ДСНС згодом повідомила»: when or how often
    r"ненадолго|ненадовго|впервые|вперше|вновь|снова|знову|сразу|одразу|затем|потім|позже|пізніше|згодом|вскоре|"
    r"незабаром|тоже|теж|даже|навіть|"
    rf"\d{{1,2}}[ \t]+(?:{MONTHS})|"
    # "The Voronezh City Hall on Friday night reported", "Reuters has already reported": when, in English
    r"already|again|reportedly|officially|publicly|formally|yesterday|today|late|early|"
    rf"on[ \t]+(?:{_WEEKDAYS})(?:[ \t]+(?:night|morning|evening|afternoon))?|"
    # «Правительство Молдовы категорически опровергает», «Мінрегіон офіційно спростував»: an adverb of manner
    r"[а-яёіїєґ]{3,}(?:чески|чно|йно|льно|нно|тно|ьно)))+\Z"  # «НАБУ 11 листопада заявило», «РБК сегодня сообщило»
)
# «МВД не подтвердило»: "not" right before the verb (the spaces before the verb skipped)
_NOT_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:не|ні|not)\Z", re.IGNORECASE)
_DATE_NEXT = re.compile(rf"[ \t]+\d{{1,2}}[ \t]+(?:{MONTHS})(?![\w-])")
_FOLLOW_OK = frozenset(
    """and or on in at that which who as from to for by with the a an this it its their his her there was is were are
    has have had also last earlier yesterday today citing quoting reported reports said says wrote writes stated
    notes noted cited quoted shows show showed indicates newspaper agency outlet website site portal daily magazine
    tabloid weekly channel broadcaster news report reports release investigation analysis data study survey
    estimates think-tank research expect expects believe believes predict predicts forecast forecasts say warn warns
    found finds documented figures statistics television tv radio regarding concerning about over after""".split()
)
# (with «Сети», «мережі»: «В Сети опубликовали» says where, not who)
_GENERIC = frozenset("сми змі media source sources question answer author editor internet интернет интернете інтернеті "
                     "сети сеть мережі мережа там тут здесь "
                     # pronouns written with a capital at a sentence's start: «Им пишут подписчики»
                     "им ему ей нам вам им їм йому їй".split())
# A type word alone, unquoted («Агентство пишет»: the agency named before); quoted, «Агентство» is a name
_TYPE_ALONE = frozenset("агентство издание газета портал видання агенція журнал ведомство відомство tv newspaper "
                        "agency radio".split())  # ("…-run al-Masirah TV on Wednesday said": the name cut to its type)
_EN_VERBS = (r"(?:is|are)\s+reporting|"  # "The New York Times is reporting"
             r"reported|reports|said|says|say|wrote|writes|stated|states|commented|comments|noted|notes|pointed\s+out|"
             r"points\s+out|announced|announces|claimed|claims|revealed|reveals|published|publishes|added|adds|"
             r"informed|confirmed|confirms|emphasi[sz]ed|stressed|clarified|indicated|warned|posted|quoted|quotes|cites|saying|"
             r"(?:has\s+|have\s+)?issued(?=\s+(?:a|an|another)\s+(?:[\w-]+\s+)?(?:statement|press\s+release|"
             r"warning|alert|advisory))|"  # ("has issued a heat alert": what it warns of)
             r"(?:has|have)\s+learn(?:ed|t)|learn(?:ed|t)(?=\s+from\s)|cited|assessed|verified|confirmed|"
             # what a body or an outlet does besides saying: "The Foreign Ministry condemns", "Report informs"
             # (not "urged", "accused": an act the article reports, rarely what it reports from)
             r"informs|condemned|condemns|estimated|estimates|recorded|documented|specified|explained|explains|"
             r"showed|shows|warns|conveys|conveyed|recalled|recalls|mentioned|responded|reminded|reminds|reiterated|"
             r"acknowledged|insisted|assured|"  # ("Kazinform conveys": a translated «передает»)
             r"forecasts|forecast|forecasted|predicts|predicted|"  # "Kazhydromet forecasts storms": what it says
             # a denial is a statement too, when what it says or the claim it denies follows ("the SBU declared it
             # had …", "the Foreign Ministry rejected the claim"; not "declared an emergency", "rejected the appeal")
             r"(?:denied|denies|declared|declares)(?=\s+(?:that|it|they|there)\b)|"
             r"(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)(?=\s+(?:the|these|those|such|"
             r"media|press)?\s*(?:claims?|reports?|allegations?|accusations?|rumou?rs|speculations?|"
             # «опровергло информацию»: "denied (the) information / news that …", as translations put it
             r"information|news)\b)")
# "Kazakhstan's Interior Ministry told the agency", "the ministry told Reuters": the trigger is empty so the span
# stops before "told", which "told Reuters" (outlet.told) takes
_TOLD = re.compile(r"(?<=[\w)'’])(?=[ \t]+told\s+(?:the\s+)?[A-Za-z])")
# «Ранее сетевое издание «Чита.ру» со ссылкой на источники …», «Суспільне із посиланням на коментар»: a name
# citing someone is a source, whatever verb comes later (empty, as _TOLD: the span is the name's)
_CITING_NEXT = re.compile(rf"(?<=[\w)»\"”'’])(?=[ \t]+{_CITING_RU}[ \t]+на(?![\w-]))")
_RU_SOURCE_VERBS = (r"сообщает|сообщают|сообщило|сообщили|пишет|пишут|переда[её]т|передают|информирует|уточняет|"
                    r"указывает|поясняет|подч[её]ркивает|"
                    r"утверждает|повідомляє|повідомляють|пише|пишуть|передає|передають|інформує|цитирует|сообщил|"
                    r"цитируют|цитує|цитують|"  # «Його цитує пресслужба партії»: who quotes it reports it
                    r"сообщила|сообщило|прокомментировал[аио]?|прокоментува[влаи]+|повідомив|повідомила|повідомило")
_RU_SOURCE_VERBS = _RU_SOURCE_VERBS + r"|інформують|інформувало|повідомляло|повідомляли|повідомили"
# «Як зазначає Bloomberg», «как отмечает Reuters»: the present of noting and stressing, as «пишет»
_RU_SOURCE_VERBS += r"|зазначає|зазначають|наголошує|пояснює|уточнює|стверджує|відзначає|отмечает|отмечают"
# «Об этом заявила пресс-служба суда», «заявил «Газпром»»: the body stating it (a person stating it is left out)
_RU_SOURCE_VERBS += r"|заявила|заявило|заявили|заявил|заявив|заявляє|заявляет"
# «…, напоминает ТАСС», «нагадує Укрінформ»: the outlet recalling its earlier report
_RU_SOURCE_VERBS += r"|напоминает|напоминают|нагадує|нагадують"
# «Как писал «Коммерсантъ»», «как ранее сообщало ИА …», «як писала «Українська правда»»: an earlier report
_RU_SOURCE_VERBS += r"|писал[аио]?|сообщал[аио]?|передавал[аио]?|писав|писала|писало|писали|повідомляв|передавав"
# «Как выяснила «Медиазона»», «як з'ясувало "Суспільне"», «розповідає 24 Канал»: what the outlet found out, told
_RU_SOURCE_VERBS += (r"|выяснил[аио]?|выяснили|узнал[аио]?|узнали|подсчитал[аио]?|подсчитали|підрахува(?:в|ла|ло|ли)|"
                     r"заявлял[аио]?|заявляли|з['’]ясувал[аио]?|з['’]ясував|дізнал(?:ася|ося|ися)|"
                     r"дізнався|рассказывает|рассказывают|розповідає|розповідають")
# «Сообщает ТАСС.», «Повідомляє Укрінформ.»: the verb opening the sentence
_RU_SOURCE_VERBS_OPENING = "|".join(v[0].upper() + v[1:] for v in _RU_SOURCE_VERBS.split("|"))
_RU_VERBS = (_RU_SOURCE_VERBS
             + r"|сообщила?|сообщал[аио]?|заявил[аио]?|заявляет|отмечает|отметил[аио]?|опубликовал[аио]?"
               r"|нагадує|зазначає|повідомив|повідомила|заявив|заявила"
               r"|(?:про)?информировал[аио]?|уведомил[аио]?|(?:про)?інформува[влои]+|поінформува[влои]+"
               r"|повідомили|зазначили|розповіли|наголосили")  # «Повітряні сили повідомили»
# A verb of saying after whoever said it, by its stem (the forms above are a few of it): «Служба безпеки України
# підтвердила», «Правительство региона опровергло», «Повітряні сили попередили» (each word checked by _saying_form)
_SAYING_AFTER = re.compile(rf"(?<![\w-])(?:{SAYING_STEMS})[а-яёіїєґ'’]*(?![\w-])")
# A finite form by its ending, past («повідомив», «спростувала», «опровергло») or present («інформує»,
# «запевняють»): the Russian dictionary then reads the word, a Ukrainian one has its ending alone
# («опроверг»: a past with no ending)
_FINITE_ENDING = re.compile(r"(?:[иіа]в|л[аио]?|є|ють|ять|ить|уть|ать|ует|ает|ет|ит|ут|ют|ят|(?<=ер)г)(?:ся|сь)?\Z")
# Lemmas of SAYING_LEMMAS's kind a body or an outlet says with besides them
_BODY_SAYING = SAYING_LEMMAS | frozenset(
    """подтвердить подтверждать опровергнуть опровергать выяснить выяснять узнать узнавать обнародовать разъяснить
    разъяснять объяснить объяснять прогнозировать передать передавать цитировать уведомить уведомлять
    подсчитать""".split())


_PREPOSITION_LEFT = re.compile(r"(?<![\w-])(?:на|в|во|у|с|со|о|об|по|за|к|от|для|з|із|зі|до|про|від|при)[ \t]+\Z",
                               re.IGNORECASE)
# A type word in the nominative, the subject's own («Видання Bloomberg зазначило»; not «на сайте X рассказали»)
_TYPE_LEFT = re.compile(r"(?:(?:информ|інформ)?агентство|(?:интернет-)?издание|газета|журнал|портал|сайт|телеканал|"
                        r"радиостанция|радіостанція|видання|агенція)[ \t]+\Z", re.IGNORECASE)
_NO_SUBJECT = re.compile(r"(?:\A|[,.;:!?(\n—–-])[ \t]*\Z")
_PLURAL_PAST = re.compile(r"ли\Z")  # («В МВД сообщили»: the body, the verb impersonal)
# A group on a social network, not a body: «Информационное сообщество «…» опровергло», «Спільнота "…" повідомила»
_GROUP_HEAD = re.compile(r"(?:[А-ЯЁІЇЄҐа-яёіїєґ]+[ \t]+)?(?:[Сс]ообществ|[Сс]пільнот|[Пп]абли[кц]|[Гг]рупп|[Гг]руп)")


_ZAYAVILI_V = re.compile(
    r"(?<![\w-])(?:заявили|сообщили|рассказали|отметили|уточнили|пояснили|подтвердили|добавили|ответили|указали|озвучили|"
    r"повідомили|зазначили|розповіли|уточнили|пояснили|підтвердили|додали|(?:про)?информировали|"
    r"(?:про)?інформували|поінформували|наголосили|подчеркнули|сказали|написали|"
    r"наголошують|зазначають|повідомляють|пишуть|пишут|пояснюють|заявляють|отмечают|заявляют|поясняют|сообщают|"
    r"подчеркивают|утверждают|утверждали|стверджують|стверджували|кажуть|говорят|опровергли|спростували)"
    # («повідомили на запит журналістів у Міністерстві оборони», «ответили на запрос РБК в мэрии»: whose
    # request, between the verb and the body)
    r"(?:\s+(?:на|у\s+відповідь\s+на|в\s+ответ\s+на)\s+(?:запит|запрос)(?:\s+[^\s,.;:!?]+){1,3}?)?"
    r"\s+(?:в|во|у)(?![\w-])")
_TOLD_KNOWN = re.compile(
    r"(?<![\w-])(?:заявил[аи]?|рассказал[аи]?|сказал[аи]?|пояснил[аи]?|подтвердил[аи]?|ответил[аи]?|заявив|заявила|"
    r"розповів|розповіла|сказав|пояснив|пояснила|підтвердив|підтвердила)(?=[ \t]+[A-ZА-ЯЁІЇЄҐ])")
_NEXT_NAME = re.compile(r"[ \t]+([^\s.,;:!?)»\"]+)")
_SAID_IN = re.compile(rf"(?<![\w-])(?P<verb>(?:{SAYING_STEMS})[а-яёіїєґ'’]*(?:ли|ют|ят|ут|уть|ють|ять))"
                      rf"[ \t]+(?:в|во|у)(?![\w-])")
_SAID_THIS = re.compile(
    r"(?<![\w-])(?:[Оо]б[ \t]+этом|[Пп]ро[ \t]+це|[Ээ]ту[ \t]+информацию|[Цц]ю[ \t]+інформацію|[Ии]нформацию|"
    r"[Іі]нформацію|[Ээ]то|[Цц]е|[Кк]ак|[Яя]к)[ \t]+"
    r"(?:(?:также|ранее|уже|тоже|позже|официально|також|раніше|вже|теж|пізніше|офіційно)[ \t]+)?"
    rf"(?P<verb>(?:{SAYING_STEMS})[а-яёіїєґ'’]*)(?![\w-])")
# The same opening the clause after a comma or a dash: «…, уточнила пресс-служба МВД», «», — підкреслили в ДСНС»
_SAID_AFTER_COMMA = re.compile(rf"(?<=[,—–][ \t])(?P<verb>(?:{SAYING_STEMS})[а-яёіїєґ'’]*)(?![\w-])")


_WHAT_FIRST = re.compile(r"(?<![\w-])(?:[Оо]б[ \t]+этом|[Пп]ро[ \t]+це|[Ээ]то|[Цц]е)[ \t]+\Z")
_GROUP_BEFORE = re.compile(r"(?:сообществ|спільнот|пабли[кц]|групп|груп)[а-яёіїєґ]*[ \t]+\Z", re.IGNORECASE)


def _subject_of(text: str, start: int, end: int, name: str, verb: str) -> bool:
    """Whether the name before a verb of saying (outlet.verb_after by its stem) can be who said it: a body named in
    words, its head an organisation's noun («Служба безпеки України підтвердила», «Повітряні сили ЗСУ попередили»;
    one word, «ДСНС», «SHAMAN», is as often an alias or a person: the listed verbs only, unless a type word says
    what it is, «Видання Bloomberg зазначило», or it is quoted, «"Коммерсантъ" выяснил»), not a group on a social
    network, not a headline («Управление МВД опровергло информацию о …» over the story), not a preposition's object
    («на День ВДВ озвучил»)."""
    # «агентство ТАСС», «Видання Bloomberg» (the capitalised type word opening the name)
    typed = _TYPE_LEFT.search(text, max(0, start - 30), start) or _TYPE_LEFT.match(name.split(" ", 1)[0] + " ")
    # «"Коммерсантъ" выяснил», ««Медуза» узнала»: a quoted name, one verb agreeing (plural, «"…" объяснили», is
    # impersonal)
    # (not after «Об этом», «Про це»: «Об этом «Фонтанке» рассказал собеседник»: whom it was told, its subject after)
    quoted = text[start : start + 1] in ("«", '"', "“", "„") and not _PLURAL_PAST.search(verb) \
        and not _WHAT_FIRST.search(text, max(0, start - 10), start)
    if _in_headline(text, start, end) or not (typed or quoted or " " in name and has_org_word(name)) \
            or _GROUP_HEAD.match(name) or _GROUP_BEFORE.search(text, max(0, start - 30), start):
        return False
    return bool(_PLURAL_PAST.search(verb)) or not _PREPOSITION_LEFT.search(text, max(0, start - 5), start)


def _saying_form(text: str, verb: re.Match[str], group: int | str = 0) -> bool:
    """A finite verb of saying, past or present: by the Russian dictionary's lemma, or in Ukrainian text (the words
    around it) by its ending alone («нагадали» is a Ukrainian «reminded», a Russian dictionary's «нагадить»)."""
    word = verb.group(group)
    if _RU_VERBS_FULL.fullmatch(word):
        return True
    if not _FINITE_ENDING.search(word):
        return False  # «сообщения», «заявлений»: no verb's ending (most words of the stems, told so cheaply)
    if text_language(text[max(0, verb.start(group) - 150) : verb.end(group) + 50]) == "uk":
        return True
    return finite_verb_of(word, _BODY_SAYING) is not False


_RU_VERBS_FULL = re.compile(_RU_VERBS)
_RU_SOURCE_VERBS_FULL = re.compile(_RU_SOURCE_VERBS)
_MEDIA_GENITIVE = (r"(?:агентства|издания|газеты|телеканала|портала|сайта|радиостанции|видання|газети|телеканалу|"
                   r"порталу|сайту|пресс-служб[ыи]|прес-служби|пресслужби)(?![\w-])")
_W = r"(?<![\w-])"  # word start that treats hyphenated words as one
_E = r"(?![\w-])"

# (rule id, trigger, where the name stands relative to the trigger, strong?)
_RULES: tuple[tuple[str, re.Pattern[str], str, bool], ...] = (
    ("outlet.according_to", re.compile(
        r"\b(?:[Aa]ccording\s+to|[Aa]s\s+per|[Pp]er(?=\s+(?:[Tt]he\s+[A-Z]|[A-Z]{2,}\b)))\b"), "after", True),
    # "As informs Ukrinform, …", "As writes Kommersant": «Как сообщает …» translated word for word, the verb first
    ("outlet.according_to", re.compile(r"\bAs\s+(?:informs|reports|writes|notes|transmits|conveys|specifies|"
                                       r"clarifies)(?=\s+(?:the\s+)?[A-Z])"), "after", True),
    ("outlet.staff_of", re.compile(
        # (analysts, economists or experts in the plural, "Economists at Morgan Stanley expect": the bank's research;
        # one of them, "chief economist at Citi", speaks for himself)
        r"\b(?:(?:editor-in-chief|chief\s+editor|[Ee]ditor|[Cc]orrespondent|[Jj]ournalist|[Cc]olumnist|[Rr]eporter)s?|"
        r"(?:[Aa]nalyst|[Ee]xpert|[Rr]esearcher|[Ee]conomist|[Ss]trategist)s)\s+(?:of|at|for|from)\b"
        rf"|{_W}(?:главн\w+\s+редактор|главред|корреспондент|кореспондент|обозревател|оглядач|колумнист)[а-яёі]*{_E}"
        # «аналітики ISW», «исследователи «Левада-центра»», «аналитики Bloomberg Economics»: a body's analysts (their
        # names, a person's, are left out by the name's own test)
        rf"|{_W}(?:[Аа]налитик|[Аа]налітик|[Ии]сследовател|[Дд]ослідник)[а-яёі]*(?=\s+[«\"„“]?[A-ZА-ЯЁІЇЄҐ])"
        # «Журналисты «Медиазоны» узнали»: the outlet's staff, its name quoted
        # «підтвердили журналістам «Суспільного»», «рассказали журналистам «Известий»»: who was told
        rf"|{_W}(?:журналістам|журналистам|кореспондентам|корреспондентам)(?=\s+[«\"„“])"
        rf"|{_W}[Жж]урналист[ыи](?=\s+[«\"„“][^»\"”\n]{{1,40}}[»\"”]\s+(?:узнали|выяснили|сообщили|обнаружили|"
        rf"подсчитали|дізналися|з['’]ясували|повідомили|встановили|установили)(?![\w-]))"),
     "after", True),
    # «сказал собеседник агентства РИА Новости», «источник РБК», «представитель пресс-службы ГУ МВД»: a speaker
    # for an outlet or a press service, who is no source by name
    ("outlet.source_of", re.compile(
        rf"{_W}(?:(?:собеседник|источник|співрозмовни|джерел)[а-яёіїєґ]*(?=\s+[«\"„“A-ZА-ЯЁІЇЄҐ]|\s+{_MEDIA_GENITIVE})"
        rf"|(?:представител|сотрудник|представник|співробітник)[а-яёіїєґ]*(?=\s+{_MEDIA_GENITIVE}))"),
     "after", True),
    # "Kazinform learned from the Prosecutor General’s Office": who told the outlet is a source too
    # (the trigger is "from" alone: "learned" belongs to the outlet's own "X learned")
    ("outlet.learned_from", re.compile(r"(?:(?<=\blearned )|(?<=\blearnt )|(?<=\bheard )|(?<=found out ))from\b"),
     "after", True),
    ("outlet.data_from", re.compile(r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates)\s+(?:from|of|by)\b"),
     "after", True),
    ("outlet.website", re.compile(r"\b(?:website|web\s+site|site|portal)\s+of\b"), "after", True),
    ("outlet.website", re.compile(r"[ \t](?:official\s+)?(?:website|web\s?site|portal)\b"), "before", True),
    ("outlet.website", re.compile(
        rf"{_W}(?:[Нн]а|[Сс]|[Іі]з|[Зз])\s+(?:официальном\s+|офіційному\s+)?сайт[аеі]{_E}"), "after", True),
    ("outlet.on_air", re.compile(
        # (capitalised too, opening the sentence: «В беседе с «Известиями» эксперт отметил»)
        rf"{_W}(?:[Вв]|[Уу])\s+(?:прямом\s+|прямому\s+)?(?:эфире|ефірі|етері|комментарии|коментарі|интервью|інтерв['’]ю|"
        rf"беседе\s+с|разговоре\s+с|розмові\s+з|бесіді\s+з)"
        rf"{_E}"), "after", True),
    ("outlet.statement", re.compile(
        r"\b(?:[Aa]|[Tt]he)\s+(?:official\s+)?(?:statement|message|announcement|version)\s+"
        r"(?:(?:issued|released|published)\s+)?(?:of|from|by)\b"), "after", True),
    ("outlet.statement", re.compile(
        r"[ \t](?:statement|press\s+release|communiqu[eé])\s+(?:said|says|stated|states|reads|read|noted)\b"),
     "before", True),
    # "The Defence Ministry quickly issued a statement", "the Israeli National Cyber Directorate issued a warning"
    ("outlet.statement", re.compile(
        r"[ \t](?:(?:quickly|later|also|then|has|had|swiftly)\s+)?(?:issued|released|published|put\s+out)\s+"
        r"(?:a|an)\s+(?:(?:official|brief|short|joint|separate|new)\s+)?(?:statement|warning|press\s+release|"
        r"communiqu[eé]|alert|denial|clarification"
        # "Kazhydromet has issued a storm warning", "issued a heat alert", "a travel advisory": what it warns of first
        r"|(?:[a-z-]+\s+){1,2}(?:warning|alert|advisory))\b"), "before", True),
    ("outlet.statement", re.compile(
        # («в свежей официальной сводке Минобороны», «у новому дописі …»: how recent it is, first)
        rf"{_W}(?:в|из|у|із|з|зі)\s+(?:(?:свеж|нов|последн|очередн|свіж|останн|чергов)[а-яёії]*\s+)?"
        rf"(?:(?:спільн|совместн|официальн|офіційн|оперативн)[а-яёії]*\s+)?"
        rf"(?:заявлени|сообщени|пресс-релиз|публикаци|материал|доклад|отч[её]т|заяв|повідомлен|звіт|матеріал|"
        # «йдеться в дописі Київського обласного ТЦК», «у відповіді НБУ на запит»: a post, an answer
        rf"допис|відповід|ответ[еа]|"
        rf"публікаці|статт|сводк|зведенн|оперативн[а-яёії]+\s+(?:інформаці|информаци))[а-яёії]*{_E}"),
     "after", True),
    ("outlet.piece_of", re.compile(
        rf"{_W}(?:материал|публикаци|стать|расследовани|репортаж|колонк)[а-яё]*(?=\s+[«\"„“])"), "after", True),
    ("outlet.kz_dep", re.compile(
        rf"{DEP_START}(?:деп|dep)\s+{DEP_VERBS}"
        # «…, дейді malim.kz»: "says" alone, a site's address after it (a person after it is far likelier)
        r"|(?<![\w-])дейді(?=\s+[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|kg|uz|org|net|info|news|media)(?![\w-]))"),
     "after", True),
    ("outlet.reported_by", re.compile(
        r"\b(?:reported|published|cited|quoted|confirmed|exposed|revealed|released|compiled|issued|provided|"
        r"announced|made|shared|posted|broadcast(?:ed)?|aired|carried|detailed|stated|noted|explained|indicated|conveyed|"
        # "documents obtained by Vlast", "a letter seen by Orda": a document a publication has ("a photo obtained by
        # Reuters" is a picture's credit)
        r"(?<!photo )(?<!photos )(?<!image )(?<!images )(?<!picture )(?<!photograph )obtained|"
        # "a poll conducted by the Levada Center" (a survey's only: "an attack carried out by the army" is no source)
        r"(?:" + "|".join(f"(?<={w} )" for w in "poll polls survey surveys study research analysis assessment "
                          "report".split()) + r")(?:conducted|carried\s+out|prepared|produced)|"
        r"(?:" + "|".join(f"(?<={w} )" for w in "document documents letter copy report footage video email emails "
                          "memo records draft contract text".split()) + r")(?:seen|reviewed|verified))"
        r"(?:\s+(?:earlier|later|first|also|previously))?\s+by\b"), "after", True),  # "carried earlier by RIA"
    ("outlet.report_by", re.compile(
        # (a word describing it between: "a new report by", "a Farsi report by")
        r"\b(?:[Aa]|[Tt]he|[Aa]n)\s+(?:[A-Za-z-]+\s+)?(?:report|study|survey|investigation|analysis|"
        r"poll|assessment|review)\s+(?:by|from)\b|\b(?:reports|reporting)\s+(?:by|from)\b"), "after", True),
    ("outlet.stalo_izvestno", re.compile(rf"{_W}стало\s+(?:известно|відомо){_E}"), "after", True),
    # English translated word for word from Russian: "As it became known to Kursiv" («как стало известно»), "This is
    # reported RIA News" («Об этом сообщает РИА Новости», its "by" lost), "Reports Kursiv." («Сообщает …»)
    ("outlet.stalo_izvestno", re.compile(r"\bbecame\s+known\s+to\b"), "after", True),
    ("outlet.verb_before", re.compile(r"\b(?:[Tt]his|[Ii]t)\s+(?:is|was)\s+(?:reported|informed|announced|stated)"
                                      r"(?=\s+(?!by\b|in\b|on\b|at\b|to\b|that\b)(?:[Tt]he\s+)?[A-Z«\"“])"),
     "after", True),
    # «Об этом сообщает X со ссылкой на …», translated word for word: "This reports X with reference to a report"
    ("outlet.verb_before", re.compile(r"(?:(?<=^)|(?<=[.!?…»\"”][ \t]))(?:This|It)[ \t]+(?:reports|writes|informs)"
                                      r"(?=[ \t]+[A-Z«\"“][^\n.!?,]{0,40}?[ \t]+(?:with[ \t]+reference[ \t]+to|"
                                      r"citing|referring[ \t]+to|quoting)[ \t])", re.MULTILINE), "after", True),
    ("outlet.verb_before", re.compile(r"(?:(?<=^)|(?<=[.!?…»\"”][ \t]))(?:Reports|Informs|Writes|Reported)"
                                      r"(?=[ \t]+[A-Z«\"“][^\n.!?]{0,40}[.!?](?:\s|\Z))", re.MULTILINE), "after", True),
    # «сообщили в министерстве», translated: "This was reported in the Ministry of Energy", "As stated in the press
    # service of X" (a body's name only: "reported in Almaty" says where)
    ("outlet.zayavili_v", re.compile(r"\b(?:(?:[Tt]his|[Ii]t)\s+(?:is|was|has\s+been)|[Aa]s)\s+(?:reported|announced|"
                                     r"stated|informed|said|told|noted|explained|clarified)\s+(?:in|at)\b"),
     "after", False),
    # «документ, оказавшийся в распоряжении РИА Новости», «є в розпорядженні "Суспільного"»: who has the document
    ("outlet.at_disposal", re.compile(rf"{_W}(?:в|у)\s+(?:распоряжении|розпорядженні){_E}"), "after", True),
    ("outlet.source_line",
     re.compile(r"(?m)(?:^\W{0,3}|[ \t])(?:[Ss]ources?|Источники?|Дереккөз|Джерело|Первоисточник|Першоджерело|"
                # "(With information from Europa Press)": a story put together from an agency's, closing it
                r"(?<=^\()(?:With|Based[ \t]+on)[ \t]+information[ \t]+from(?=[ \t]+[A-Z])|"
                # «По материалам ТАСС», "Based on materials from TASS": a line opening so, a name after it
                r"(?<=^)(?:По[ \t]+материалам|За[ \t]+матеріалами"
                r"|(?:Based[ \t]+on|With)[ \t]+materials[ \t]+(?:from|of)"
                # "Republished with permission from X", "Reprinted from X": a story taken whole from X
                r"|(?:Republished|Reprinted)(?:[ \t]+with[ \t]+permission)?[ \t]+from)"
                r"(?=[ \t]*:?[ \t]+[«\"A-ZА-ЯЁІЇЄҐ]))"
                # «Источник и фото - lenta.ru», "Source - Kursiv": the line opening with it, a dash for the colon
                r"(?:[ \t]*:|(?<=^Источник)[ \t]+и[ \t]+фото[ \t]*[:—–-]|(?<=^Источник)[ \t]*[—–-]"
                r"|(?<=^Source)[ \t]*[—–-]|(?<=^Sources)[ \t]*[—–-]"
                r"|(?<=материалам)|(?<=матеріалами)|(?<=materials[ \t]from)|(?<=materials[ \t]of)"
                r"|(?<=[ \t]from))"),
     "after", True),
    ("outlet.po_dannym", re.compile(
        # («По предварительной информации ГАИ», «по последним данным», «За попередніми даними»: how sure or new)
        rf"{_W}(?:[Пп]о\s+(?:[а-яё]{{3,}}(?:ым|им|ой|ей)\s+)?(?:данным|информации|сведениям|сообщени[юя]м?|оценкам?|оценке|"
        rf"подсч[её]там|расч[её]там|прогнозу|прогнозам)"
        rf"|[Зз]а\s+(?:[а-яіїєґ'’]{{3,}}(?:ими|іми|ою)\s+)?(?:даними|інформацією|повідомленням|оцінками|оцінкою|"
        rf"прогнозом|прогнозами|підрахунками|розрахунками)"
        rf"|[Зз]гідно\s+(?:з|із)\s+(?:даними|інформацією|прогнозом|прогнозами|повідомленням|підрахунками)"
        rf"|[Вв]ідповідно\s+до\s+(?:даних|інформації)"
        rf"|[Пп]о\s+словам\s+представителей|[Зз]а\s+словами\s+(?:представників|речника|речниці)){_E}"
        r"(?:[ \t]*:(?=[ \t]))?"),  # «За інформацією: Суспільне Тернопіль.»
     "after", True),
    # (capitalised too: opening a sentence)
    ("outlet.ssylka", re.compile(rf"{_W}(?:[Сс]о\s+ссылкой|(?:[Зз]|[Іі]з|[Зз]і)\s+посиланням|[Сс]сылаясь|[Сс]ославшись|"
                                 rf"[Пп]осилаючись|[Пп]ославшись)\s+на{_E}"), "after", True),
    ("outlet.zayavili_v", _ZAYAVILI_V, "after", True),
    # «напомнили в Роспотребнадзоре», «попередили в Укренерго», «запевняють у ДСНС»: any verb of saying by its stem,
    # impersonal (plural), before the body
    ("outlet.zayavili_v", _SAID_IN, "after", True),
    # «рассказали РБК в пресс-службе», «розповіли "Суспільному" в поліції»: who the body told is cited too
    ("outlet.told_plural", re.compile(
        rf"{_W}(?:рассказали|сообщили|пояснили|подтвердили|заявили|уточнили|ответили|сказали|розповіли|повідомили|"
        rf"підтвердили|заявили|сказали|пояснили)"
        # («сообщили агентству ЛЕТА в Государственной канцелярии»: what the outlet is, before its name)
        r"(?=\s+(?:(?:агентству|изданию|газете|телеканалу|порталу|радиостанции|виданню|агенції|газеті)\s+)?"
        r"[«\"„“]?[A-ZА-ЯЁІЇЄҐ][^\n.,;:!?]{0,40}?[»\"“”]?\s+(?:в|во|у)\s)"),
     "after", True),
    # «Шварев заявил «Русской службе BBC», что …», «розповів "Суспільному" про …»: one person told the outlet in
    # quotes (a quoted name closing the sentence, «— заявил «Газпром».», is who spoke: not this rule's)
    ("outlet.told_singular", re.compile(
        rf"{_W}(?:заявил[аи]?|рассказал[аи]?|сказал[аи]?|пояснил[аи]?|признал(?:ся|ась|ись)|подтвердил[аи]?|"
        rf"ответил[аи]?|заявив|заявила|розповів|розповіла|сказав|пояснив|пояснила|підтвердив|підтвердила|"
        rf"зізнався|зізналася)"
        r"(?=\s+[«\"„“][A-ZА-ЯЁІЇЄҐ][^\n«»\"“”„]{0,40}[»\"“”]\s*(?:,|\s(?:что|що|о|об|про|в|у|на)\s))"),
     "after", True),
    # «Про це він розповів Суспільному», «сказала Интерфаксу»: one person told a well-known outlet, unquoted, named in
    # any case (checked in find_outlets)
    ("outlet.told_singular", _TOLD_KNOWN, "after", True),
    # «Об этом «Ленте.ру» рассказали в пресс-службе», «Об этом ТАСС сообщили в …»: the outlet told, before the verb
    ("outlet.told_plural", re.compile(
        r"(?:(?<=[»\"“”] )|(?<=[ \t][А-ЯЁІЇЄҐA-Z]{3}[ \t])|(?<=[ \t][А-ЯЁІЇЄҐA-Z]{4}[ \t]))"
        r"(?:рассказали|сообщили|пояснили|подтвердили|заявили|уточнили|ответили|сказали|розповіли|"
        r"повідомили|підтвердили|пояснили)(?=\s+(?:в|во|у)\s)"), "before", True),
    # «Как следует из данных Росстата», «свидетельствуют данные Центробанка»
    ("outlet.po_dannym", re.compile(
        rf"{_W}(?:[Сс]ледует[ \t]+из[ \t]+данных|[Сс]огласно[ \t]+данным|свидетельствуют[ \t]+данные|"
        rf"показывают[ \t]+данные|"
        rf"приводятся[ \t]+данные|з[ \t]+даних|свідчать[ \t]+дані){_E}"), "after", True),
    ("outlet.verb_before", re.compile(rf"{_W}(?:{_RU_SOURCE_VERBS}|{_RU_SOURCE_VERBS_OPENING}){_E}"), "after", True),
    # «Об этом предупредило МЧС», «Эту информацию опроверг Кремль», «Як уточнила пресслужба ДСНС», «Про це попередило
    # Укренерго»: what was said (or «как»), any verb of saying by its stem, then who said it
    ("outlet.verb_before", _SAID_THIS, "after", True),
    ("outlet.verb_before", _SAID_AFTER_COMMA, "after", True),
    # «приводит ТАСС слова представителя суда», «наводить РБК-Україна дані»: whose words or figures the text gives
    ("outlet.verb_before", re.compile(
        rf"{_W}(?:[Пп]риводит|[Пп]риводят|[Нн]аводить|[Нн]аводять)"
        r"(?=\s+[«\"„“]?[A-ZА-ЯЁІЇЄҐ][^\s«»\"“”]*(?:\s+[A-ZА-ЯЁІЇЄҐ][^\s«»\"“”]*)?[»\"“”]?\s+"
        r"(?:слова|данные|цитату|выдержки|дані|цитату|оценку|оцінку)(?![\w-]))"), "after", True),
    # «Его слова приводит ТАСС.», «Ответ ведомства приводит RT.»: what it gives stands before the verb, the outlet
    # closes the sentence
    ("outlet.verb_before", re.compile(
        rf"{_W}(?:[Пп]риводит|[Пп]риводят|[Нн]аводить|[Нн]аводять)"
        r"(?=\s+(?:(?:сообщение|госагентство|агентство|издание|видання)\s+)?(?:[«\"„“][^»\"”\n]{1,40}[»\"”]"
        r"|[A-ZА-ЯЁІЇЄҐ][^\s«»\"“”]*(?:\s+[A-ZА-ЯЁІЇЄҐ][^\s«»\"“”]*)?)[ \t]*(?:[.;!?]|\n|\Z))"), "after", True),
    # «Про це повідомляють місцеві Telegram-канали та Київська міська військова адміністрація»: a body listed after
    # the channels the verb names, unnamed (the span is the body's: the channels' is a Telegram citation)
    ("outlet.listed_with_channels", re.compile(
        # («з посиланням на телеграм-канали та пропагандистське агентство ТАСС»: whom a source cites, listed so)
        rf"{_W}(?:{_RU_SOURCE_VERBS}|{_RU_SOURCE_VERBS_OPENING}|розповіли|написали|рассказали|{_CITING_RU}[ \t]+на)"
        r"[ \t]+"
        r"(?:[а-яёіїєґ'’]+[ \t]+){0,2}(?:[Tt]elegram|[Тт]елеграм)[- ]?(?:канали|каналы|паблики|пабліки)"
        r"[ \t]+(?:та|і|й|и)(?![\w-])"), "after", True),
    ("outlet.kz_according", re.compile(rf"[ \t](?:{ACCORDING_WORDS}){_E}"), "before", True),
    ("outlet.verb_after", re.compile(rf"{_W}(?:{_RU_VERBS}|{_EN_VERBS}){_E}"), "before", False),
    ("outlet.verb_after", _SAYING_AFTER, "before", False),
    ("outlet.verb_after", _TOLD, "before", False),
    ("outlet.citing_next", _CITING_NEXT, "before", False),
    ("outlet.told_to", re.compile(
        rf"{_W}(?:агентству|газете|изданию|телеканалу|порталу|радиостанции|виданню|газеті)"
        rf"(?=\s+[«\"„“])"), "after", True),
    ("outlet.citing", re.compile(r"\b(?:citing|cites|cited(?!\s+by\b)|quoting|quotes|[Rr]eferring\s+to|"
                                 r"[Ww]ith\s+reference\s+to)\b"), "after", True),  # (opening a sentence too)
    ("outlet.said_by", re.compile(r"\b(?:said|says|reported|reports|announced|added|noted|stated)(?=\s+the\s+[A-Z])"),
     "after", False),
    # ", notes Bloomberg.", '," writes The Guardian': the verb first, the outlet closing the clause
    ("outlet.said_by", re.compile(
        r"(?<=[,”\"–—] )(?:notes|noted|observes|observed|writes|wrote|reports|reported|says|said|adds|added|explains|"
        r"recalls|recalled|reminds|"  # "…, recalls TASS.": a translated «напоминает ТАСС»
        rf"explained|claims|claimed|states|stated|informs|points\s+out)(?=\s+(?:[Tt]he\s+(?:{_PLACE_POSSESSIVE}\s+)?)?"
        # (a type word, a quoted name or a site's domain too: "writes the website kp.ru", 'writes “Reedus”')
        r"(?:(?:news\s+)?(?:website|site|portal|newspaper|agency|outlet|publication|magazine)\s+)?"
        r"(?:[A-Z“\"«]|[a-z0-9-]+\.[a-z]{2,}\b)[^\n,.;:!?]{0,40}(?:[,.;:!?]|\Z))"),
     "after", False),
    # "…, reports Primer-Inform.": a reporting verb and a name that closes the sentence, the report's source
    # whatever the name reads as (a person's is still left out)
    ("outlet.said_by", re.compile(
        r"(?<=[,”\"–—] )(?:writes|wrote|reports|reported|informs)(?=\s+(?:[A-Z“\"«])[^\n,.;:!?]{0,40}[.;](?:\s|\Z))"),
     "after", True),
    # "In an interview with Der Spiegel, the chancellor said": a name after it is the outlet (a person's is not)
    ("outlet.told", re.compile(r"\b[Ii]n\s+an?\s+(?:exclusive\s+|recent\s+)?interview\s+with\b"), "after", True),
    # "LETA was told at the State Police", "Kloop was informed by the press service": the outlet that asked (a known
    # or organisation's name only)
    ("outlet.was_told", re.compile(r"\bwas\s+(?:told|informed)\b"), "before", False),
    # "LETA was told at the State Police", "Primerinform was informed by the Revenue Service": who told it, a source
    # too (a person there is left out by the name's own test)
    ("outlet.told_by", re.compile(r"\b(?:was|were|been)\s+(?:told|informed)\s+(?:at|by|in)\b"), "after", True),
    # "The news was published in the Financial Times": a known or organisation's name only
    # ("The statement, republished in the state newspaper X after appearing in the Y publication")
    ("outlet.published_in", re.compile(r"\b(?:(?:re)?published|appeared|appearing|reported)\s+in\b"), "after", False),
    ("outlet.told", re.compile(r"\b(?:told|tells?)\b|\binformed(?=\s+\S+\s+that\b)|\binterview\s+(?:with|to)\b"
                               r"|\b[Ii]n\s+(?:an?\s+)?(?:e-?mail(?:ed)?|written)?\s*(?:statement|comments?|remarks|e-?mail)\s+"
                               r"to\b"
                               r"|\b(?:stated|said|confirmed|explained|announced)\s+to\b"
                               r"|\b[Ss]peaking\s+(?:to|with)\b"
                               # "Asked by Kursiv, the akim said", "In response to a request from Kursiv": who asked
                               r"|\b(?:[Ww]hen\s+)?[Aa]sked\s+by\b"
                               r"|\b[Ii]n\s+(?:response|reply)\s+to\s+(?:a|an)\s+(?:request|inquiry|enquiry|query|"
                               r"question)\s+(?:from|by)\b"),
     "after", False),
)
_APPOSITIVE = re.compile(  # the type noun must head the phrase: not "the editor of a news website"
    r",\s+(?:a|an|the)\s+(?:(?!of\b|for\b|at\b|in\b|with\b)[\w'’-]+\s+){0,4}?(?:media\s+outlet|outlet|agency|newspaper|publication|website|"
    r"portal|magazine|broadcaster|daily|tabloid|weekly|(?:TV|television)\s+channel|research\s+(?:body|group|institute|"
    r"cent(?:re|er))|think[- ]tank|watchdog|organi[sz]ation|(?:news|media)\s+(?:group|site))(?=[\s,.;:)]|\Z)"
)
_CLAUSE_END = re.compile(
    r"(?:[ \t]+(?:on|last|this|earlier|late|early)(?:[ \t]+[A-Za-z]+){1,2}|[ \t]+(?:today|yesterday|earlier))?"
    r"[ \t]*[.;]"
)
_IN_TELEGRAM = r"[ \t]+(?:в|у|in|on)[ \t]+(?:Telegram|[Тт]елеграм[а-яі]*)(?![\w-])"
_IN_TELEGRAM_NEXT = re.compile(rf"(?P<tail>[ \t]+[a-z][\w-]*)?{_IN_TELEGRAM}")  # ("Tbilisi life в Telegram")
_OUTLET_LIST_SEP = re.compile(
    # («со ссылкой на «X» в Telegram, Y в Telegram и «Z» в Telegram»: where each one said it, between them)
    rf"(?:{_IN_TELEGRAM})?"
    r"[ \t]*(?:,[ \t]*(?:и[ \t]+|and[ \t]+|та[ \t]+)?|[ \t]+(?:и|and|та)[ \t]+)(?:the[ \t]+)?"
)
_REPORTING_VERB = re.compile(r"reported|wrote|writes|published|informs|сообщает|пишет|переда[её]т|пишут|"
                             r"сообщило|повідомляє|пише|передає|"
                             r"(?:has|have)\s+learn(?:ed|t)", re.IGNORECASE)  # "Vlast has learned that": a newsroom
# ("Vlast said, citing officials": the comma straight after the verb, no blank before it)
_IN_A_STATEMENT = re.compile(
    r"[ \t]+(?:in|on)[ \t]+(?:a|an|its|their)[ \t]+(?:statement|press[ \t]+release|report)\b"
    # "Air Astana said on its website / in a post on its Facebook page": its own, an organisation's
    r"|[ \t]+(?:in[ \t]+a[ \t]+(?:post|message|statement)[ \t]+)?on[ \t]+(?:its|their)[ \t]+(?:official[ \t]+)?"
    r"(?:website|web[ \t]?site|site|portal|page|Facebook|Instagram|Twitter|X|account|social)(?![\w-])"
    r"|(?:[ \t]*,)?[ \t]*(?:citing|quoting|with[ \t]+reference[ \t]+to|referring[ \t]+to)\b"
)
# An office after a country's or a body's name: «РФ президенті», «ҚР Сыртқы істер министрі»: a person spoke
# (not «өкілі»: a representative speaks for the body, which is the source)
_KZ_OFFICE_AFTER = re.compile(r"[ \t]+(?:президенті|премьер-министрі|министрі|басшысы|әкімі|төрағасы|спикері|"
                              r"хатшысы|губернаторы|мэрі|елшісі)(?![\w-])")
_KZ_TYPE_AFTER = re.compile(
    r"[ \t]+(?:баспасөз[ \t]+қызметі|ақпарат(?:тық)?[ \t]+агенттігі|сайты|порталы|басылымы)(?![\w-])")
_PLACE_TAIL = re.compile(r"(?<=[a-z])[ \t]+(?:region|oblast|district|province)\Z")
_ACRONYM_AFTER = re.compile(r"[ \t]+\([A-ZА-ЯЁ][A-ZА-ЯЁ&./-]{1,9}\)\Z")  # ("(RFE/RL)")
_SHORT_NAME_AFTER = re.compile(r"(?<=[a-z])[ \t]+\([A-Z][a-z]{3,}[\w.-]{0,12}\)\Z")  # (not "(MoD)", "(DoJ)")
_LIST_TAIL_BEFORE = re.compile(r"(?:,|[ \t]and)[ \t]+\Z")
_NUMBERED_OUTLET = re.compile(r"\d{1,3}(?:\+\d)?[ \t]+(?:[Кк]анал(?:у|а|ом|е|і)?|Україна|Украина|ТВ|TV|"
                              r"[Нн]овост(?:и|ей|ям)|[Нн]овини|[Nn]ews)(?![\w-])")  # «53 новости», "29 News"
_DEMONYM_BODY = re.compile(
    r"(?:British|American|US|U\.S\.|Russian|Ukrainian|Kazakh|German|French|Israeli|Turkish|Chinese)[ \t]+"
    r"(?:intelligence|military|government|army|navy|police|defen[cs]e ministry|foreign ministry)\b"
)
# A lowercase noun after a nationality's body: its own head ("… intelligence service"), or people it has (or their
# channels and reports: PEOPLE_PLURALS and these)
_DEMONYM_BODY_TAIL = re.compile(r"[ \t]+(?:(?P<head>service|agency|directorate|command|ministry)|(?P<noun>[a-z]+))"
                                r"(?![\w-])")
_NOT_A_BODY_TAIL = frozenset("channels reports commentators insiders".split())
_LOWER_ADJECTIVES = re.compile(
    r"(?:[а-яё]+(?:ом|ой|ого|ый|ий|ая|ое|ем|ей|его|ых|ые|ие)[ \t]+){1,2}(?=(?:управлени|министерств|ведомств|"
    r"администраци|правительств|пресс-служб|штаб|департамент|комитет|полици|прокуратур|мэри|акимат)"
    r"(?![а-яё]*(?:ый|ий|ой|ая|ое|ые|ие)(?![\w-]))[а-яё]*"  # a noun, not «правительственный»
    # «по данным регионального СКР», «краевого Минздрава», «региональная Госавтоинспекция»: a level of government
    # before a capitalised body
    r"|(?!СМИ)(?:[А-ЯЁ]{2,6}|Мин[а-яё]+|Гос[а-яё]+|Рос(?!тислав)[а-яё]+)(?![\w-]))"
)
# A body named in lowercase words (Ukrainian above all: the Russian parser widens Russian ones): adjectives, the
# body's noun, its complements in the genitive or capitals, and where it is («в Закарпатській області»).
_LOWER_BODY = re.compile(
    r"(?:(?!глав|голов|начальн|керівн|речни|представ|заступ|директор|сотрудни|співробітни)"  # a person of the body
    r"[а-яёіїєґ'’]{3,}(?:ий|ій|ый|ой|ая|а|е|ого|ої|ому|ій|ей|ом|им|их|іх|ых|і)[ \t]+){0,3}"
    # («в облпрокуратуре», «у міськадміністрації»: a level of government written as the word's prefix)
    r"(?:(?:обл|гор|рай|край)администраци|"
    r"(?:обл|гор|рай|край|міськ)?(?:відділ|управлінн|міністерств|прокуратур|поліці|адміністраці|"
    r"департамент|служб|пресслужб|прес-служб|"
    r"пресс-служб|пресс-центр|прес-центр|"  # «По сообщению пресс-центра правительства Воронежской области»
    r"штаб|командуванн|міськрад|мери|уряд|комітет|інспекці|відомств))[а-яёіїєґ]*"
    # (a masculine noun's genitive too, «пресс-службе университета», not a verb: «… сказала»)
    r"(?:[ \t]+(?:[а-яёіїєґ'’-]{3,}(?:и|і|ї|у|ю|ого|ої|их|іх|ів|ей|ов|ы|ту|ку|ства|[^л\W]а)|[А-ЯЁІЇЄҐ][\w'’-]*)"
    r"(?![\w-])){0,4}"
    r"(?:[ \t]+(?:в|у)[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+[ \t]+(?:област[а-яі]*|район[а-яі]*)(?![\w-]))?"
)
_PLACE_ENDS = re.compile(r"[ \t](?:области|края|округа|республики|області|краю)(?=[ \t])")
_PRESS_ALONE = re.compile(r"(?:пресс-служб|пресс-центр|прес-центр)[а-яё]*")
_TRAILING_FUNCTION = frozenset("и в на а но или and or the of in".split())
_TELEGRAM_WORD = re.compile(r"(?:telegram|телеграм|(?:тг|tg)(?:[-‑ ]?канал|к(?![\w-])))", re.IGNORECASE)
_INNER_POSSESSIVE = re.compile(r"\w['’]s\s+(?P<rest>\S+)\Z")  # "Center's Tsekhanovska": one word after
_TLDS = r"(?:kz|ru|com|org|net|ua|by|uz|kg|info|news|media|ge|az|am|tj|tm|md|tv|io|co|uk|de|fr|pl|lv|lt|ee|me)"
_DOMAIN_NAME = re.compile(rf"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.{_TLDS}(?![\w-]|\.\w)", re.IGNORECASE)
# "…, primeminister.kz reports.": a site's address, in lowercase, right before the verb
_DOMAIN_BEFORE = re.compile(rf"(?<![\w.@/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.{_TLDS}\Z")
# Something done to a website, or a false one, in its clause before it: the site is no source
_SITE_ACTED_ON = re.compile(
    r"(?<![\w-])(?:DDoS|attack\w*|hack\w*|block\w*|fake|imitat\w*|impersonat\w*|affected|cloned?|атак\w*|взлом\w*|"
    r"зламал\w*|заблокир\w*|заблокува\w*|фейков\w*|поддельн\w*|підробн\w*|имитир\w*)(?![\w-])[^.!?\n;]{0,60}\Z",
    re.IGNORECASE)
_CYRILLIC_CAP = re.compile(r"[А-ЯЁІЇЄҐ]")
_WRITES = re.compile(r"пише|пишет|пишуть|пишут|писал[аио]?|писав|писала|писали|сообщает|сообщил[аио]?|повідомляє|"
                     r"повідомив|повідомила|повідомило|повідомили|сообщили|передает|передає|информирует|інформує")
_SPEECH_VERBS_EN = re.compile(r"said|says|commented|comments|noted|notes|added|adds|stated|states|claimed|claims")

# --- rules -----------------------------------------------------------------------------------------------


def find_outlets(text: str, known: Iterable[str] = ()) -> list[Match]:
    """Outlet citations; `known` names (e.g. channels found elsewhere) also pass the weak rules."""
    found = [*_appositives(text), *find_press_services(text), *find_kazakh_press_services(text),
             *find_kazakh_sources(text), *find_kazakh_references(text), *find_kazakh_opening_bodies(text),
             *find_kazakh_quoted_bodies(text), *find_kazakh_interviews(text),
             *find_kazakh_said_in(text), *find_kazakh_said_from(text), *find_kazakh_referring_reporters(text),
             *find_kazakh_published_in(text), *find_kazakh_reporting_links(text), *find_kazakh_statements(text),
             *find_kazakh_those_at(text),
             *find_kazakh_lowercase_bodies(text),
             *find_bodies_said(text), *find_english_bodies(text), *find_credits(text), *find_staff_sources(text),
             *find_bodies_by_reference(text), *find_sites_of_bodies(text),
             *find_statements_of(text), *_quoting_outlets(text), *_possessive_reports(text), *_state_media(text),
             *_attributive_documents(text)]
    weak: list[Match] = []
    for rule, pattern, where, strong in _RULES:
        for trig in _trigger_matches(pattern, text):
            if pattern is _SAYING_AFTER and (_RU_VERBS_FULL.fullmatch(trig.group()) or _NO_SUBJECT.search(
                    text, max(0, trig.start() - 3), trig.start()) or not _saying_form(text, trig)):
                continue  # (a form of the list's: the rule before has it; a clause's first word: no subject before)
            if pattern in (_SAID_THIS, _SAID_AFTER_COMMA) and (_RU_SOURCE_VERBS_FULL.fullmatch(trig.group("verb"))
                                          or not _saying_form(text, trig, "verb")):
                continue  # (a form of the list's: the rule before has it)
            if pattern is _SAID_IN and (_ZAYAVILI_V.match(trig.group()) or not _saying_form(text, trig, "verb")):
                continue  # (a form of outlet.zayavili_v's list: that rule has it)
            if pattern is _TOLD_KNOWN and not ((word := _NEXT_NAME.match(text, trig.end())) is not None
                                                and is_known_outlet_in_any_case(word.group(1))):
                continue  # («сказал Путину»: a person told, whoever; only a well-known outlet's name is taken so)
            got = _after(text, trig.end()) if where == "after" else _before(text, trig.start())
            if got is None and rule == "outlet.learned_from" and (body := _LOWER_BODY_EN.match(text, trig.end())):
                got = body.start("name"), body.end("name"), body.group("name"), None, True  # "from the city akimat"
            if got is None and rule == "outlet.zayavili_v" and (body := _LOWER_BODY_UK.match(text, trig.end())) \
                    and has_org_word(body.group("name").rsplit(" ", 1)[-1]):
                got = body.start("name"), body.end("name"), body.group("name"), None, True  # «у міській раді»
            if rule == "outlet.kz_dep":  # «деп хабарлады Павлодар облысының футбол федерациясы.»: the clause's end
                got = _kazakh_clause(text, trig.end()) or got
            if rule == "outlet.source_line":  # "Source: Ukrainian pravda": the line's rest is the name, as written
                got = _line_rest(text, trig.end(), got)
            if got is None or (where == "before" and _NEGATED.search(text, max(0, trig.start() - 8),
                                                                     _word_start(trig))):
                continue  # «Повітряні Сили не писали про …»: what a source did not say
            s, e, name, _nxt, marked = got
            if where == "before" and (slash := name.rfind("/ ")) != -1 and text[s : e] == name:
                # "Shafaq News/ The Islamic Resistance in Iraq announced": the agency's line head, then who spoke
                name = re.sub(r"\AThe[ \t]+", "", name[slash + 2 :])
                s = e - len(name)
                got = (s, e, name, _nxt, marked)
            if not _acceptable(text, got, rule, trig.group(), trig.end()) or (
                    pattern is _SAYING_AFTER and not _subject_of(text, s, e, name, trig.group())) or (
                    pattern in (_SAID_THIS, _SAID_AFTER_COMMA) and not marked and not is_org_like(name)
                    and (any(person_word(w) for w in name.split()) or pattern is _SAID_AFTER_COMMA)):
                # («Об этом рассказала Мария»: a person, by the dictionary; «…, написав Саакашвілі»: after a comma, an
                # organisation's name only)
                continue
            if rule == "outlet.zayavili_v" and _ASKING.search(text, max(0, trig.start() - 12), trig.start()):
                continue  # «Что говорят в Хмельницком ТЦК», «Що кажуть в ОВА?»: a heading that asks, no source yet
            if rule == "outlet.zayavili_v" and not marked and " " not in name and not name.isupper() \
                    and place_word(name):
                continue  # «сообщили в Москве», «заявили в Киеве»: where, not who (not «в НАБУ»: an acronym)
            if rule == "outlet.citing_next" and any(m.start <= s and e <= m.end for m in found):
                continue  # «сообщает ТАСС со ссылкой на …»: the verb's rule has the name, with its own span
            if rule == "outlet.website" and _SITE_ACTED_ON.search(text, max(0, min(got[0], trig.start()) - 60),
                                                                  min(got[0], trig.start())):
                continue  # "DDoS attacks on the website of the Ministry", «фейковый сайт …»: no source named
            if rule == "outlet.kz_according" and _KZ_REFERRING.search(name):
                continue  # «Примерия әкімдігіне сілтеме жасап хабарлауынша»: whom it refers to, kz_reference's own
            if rule == "outlet.kz_dep":
                s, e, name = _kazakh_name(text, s, e)
                if looks_like_person(name) and not is_org_like(name) or _KZ_OFFICE_AFTER.match(text, e):
                    continue  # «деп жазды Нұрлан Сабыров Facebook парақшасында», «деп атап өтті РФ президенті»
            if where == "after" and text[s] not in "«\"“„" and (glued := _GLUED.search(name)) is not None \
                    and not _MIXED_BRAND.match(name, name.rfind(" ", 0, glued.start()) + 1):
                # "Ryazan-news.netРязанцы", "BazaThe FSB": two words run together where a line break was lost
                # (not a brand in two scripts: «агентство АрміяInform»)
                name = name[: glued.start() + 1]
                e = s + len(name) if text.startswith(name, s) else e
            # the name's span alone when the verb belongs to the body that told, named after it (told_plural,
            # told_by: "LETA was told at the State Police" cites LETA by the verb too), or to the channels listed
            # before it (listed_with_channels), or when an aside stands between ("X, citing Y, reported": Y's span
            # is its own) ("Anadolu cited a report of 24KG": "cited" is Anadolu's verb, 24KG's span its own)
            alone = (rule in ("outlet.told_plural", "outlet.told_by", "outlet.listed_with_channels")
                     or (rule == "outlet.source_line" and _SITE_ADDRESS.fullmatch(name) is not None)
                     or (rule, trig.group()) == ("outlet.citing", "cited")
                     or rule == "outlet.verb_after" and trig.group() in ("cites", "quotes")  # "X cites Y": Y's own
                     or (where == "before" and _CITING_ASIDE.search(text, e, trig.start())))
            match = (Match("outlet", s, e, rule, name=name) if alone
                     else Match("outlet", min(s, trig.start()), max(e, trig.end()), rule, name=name))
            if where == "after" and (strong or marked):
                found += _listed_after(text, e, rule)
            if where == "before" and marked and (first := _QUOTED_AND_BEFORE.search(text, max(0, s - 50), s)):
                # «Ранее «РБК-Украина» и «Суспильне» сообщали»: the first of two quoted names too
                found.append(Match("outlet", first.start("name"), first.end("name"), rule, name=first.group("name")))
            elif where == "before" and (first := _OUTLET_AND_BEFORE.search(text, max(0, s - 60), s)) is not None \
                    and (is_known_outlet(first.group("name")) or first.group("type")
                         # "…, Vlast and Orda reported.": both close the sentence as its sources
                         or _clause_final(text, first.start("name"), trig.end())
                         and not looks_like_person(first.group("name"))):
                # "broadcaster DVB and Khit Thit Media reported": a known or typed outlet first in the list
                found.append(Match("outlet", first.start("name"), first.end("name"), rule, name=first.group("name")))
            if rule == "outlet.told_plural":
                found += _told_where(text, e)
            # (a name _subject_of took is a body's or a typed outlet's; «Видання Reuters повідомило»: a type word in
            # the nominative opening the name says it is an outlet)
            if strong or marked or pattern is _SAYING_AFTER or (rule == "outlet.verb_after" and (
                    _reported_by_name(text, s, e, trig)
                    or " " in name and _TYPE_LEFT.match(name.split(" ", 1)[0] + " "))) \
                    or (rule == "outlet.told" and _told_in_interview(text, trig, e)):
                found.append(match)
            else:
                weak.append(match)
    established = {n.casefold() for n in known} | {m.name.casefold() for m in found if m.name}
    said_to_be = _organisations_named(text) if weak else frozenset()
    found += [m for m in weak if m.name and (m.name.casefold() in established or is_org_like(m.name)
                                              or is_known_channel(m.name) or m.name.casefold() in said_to_be)]
    # «сообщает пресс-служба ведомства»: the body named before
    return [replace(m, name=meant) if m.name and (meant := body_meant(text, m.start, m.name)) != m.name else m
            for m in found]


# «», — цитирует Пескова «Интерфакс».», «— приводит слова футболиста Sport24 со ссылкой на …»: after a quotation
# the verb comes first, then whom it quotes, then the outlet closing the clause
_QUOTES_WHOM = re.compile(r"(?<=[—–] )(?:цитирует|цитируют|цитує|цитують|(?:приводит|приводят|наводить|наводять)"
                          r"[ \t]+слова)(?![\w-])")
_QUOTING_CLAUSE_END = re.compile(r"[ \t]*(?:[.;!?](?=\s|\Z)|,|\n\n|\Z|[ \t]+(?:со[ \t]+ссылкой|(?:з|із)[ \t]+"
                                 r"посиланням|citing)(?![\w-]))")
_SCRIPT_CHANGE = re.compile(r"[а-яёіїєґ](?=[ \t]+[A-Za-z])")


def _quoting_outlets(text: str) -> Iterator[Match]:
    """The outlet closing a clause that opens with «цитирует» and whom it quotes: «— цитирует его РИА Новости.»,
    «— цитирует Чебана unimedia.info.» (whom it quotes alone, «— цитирует Пескова.», names no outlet)."""
    for trig in finditer(_QUOTES_WHOM, text):
        end = _QUOTING_CLAUSE_END.search(text, trig.end(), trig.end() + 90)
        if end is None:
            continue
        stop = end.start()
        domain = _DOMAIN_NAME.search(text, max(trig.end(), stop - 40), stop)
        if domain is not None and domain.end() == stop and text[domain.start() - 1].isspace():
            got: tuple[int, int, str, str | None, bool] | None = (domain.start(), stop, domain.group(), None, True)
        else:
            got = _before(text, stop)
        if got is None:
            continue
        start, name = got[0], got[2]
        if (script := _SCRIPT_CHANGE.search(name)) is not None:  # «Колоскова Metaratings»: whom, then the outlet
            start, name = start + script.end() + 1, name[script.end() + 1 :].lstrip()
        whom = text[trig.end() : start].split()
        if not whom or len(whom) > 6 or "\n\n" in text[trig.end() : start]:
            continue  # nobody quoted between: «— цитирует Пескова.» is the quoted one
        if not got[4] and looks_like_person(name, text[max(0, start - 40) : start]):
            continue
        yield Match("outlet", start, got[1], "outlet.quoting", name=name)


# "Kursiv's report said", "The Washington Post's investigation found", "Orda's latest data show": whose report it
# is, named before it (the literal "'s" first: a scan as fast as a literal's)
# (the "'s" in a look-behind: the report's words are what the pre-scan looks for, a possessive is on every line)
_WHOSE_REPORT = re.compile(
    r"(?<=['’]s[ \t])(?:(?:latest|new|recent|own|annual|monthly|weekly|official|preliminary|earlier|separate)[ \t]+)?"
    r"(?:report|reporting|investigation|article|analysis|story|survey|study|data|figures|estimates?|publication|"
    r"statement|assessment|review|poll|calculations|sources?)[ \t]+(?:also[ \t]+|further[ \t]+|earlier[ \t]+)?"
    r"(?:said|says|found|finds|showed|shows|show|revealed|reveals|noted|notes|stated|states|indicated|indicates|"
    r"suggested|suggests|claimed|claims|reported|reads|read|estimated|estimates|concluded|added)(?![\w-])")


# "A Levada Center poll showed", "according to a Levada poll", "the latest Kursiv survey shows": a name standing
# before the document it published (the document word and the verb first: a rare pair, a fast scan)
_DOCUMENTS = r"poll|survey|report|study|analysis|investigation|assessment|review|estimate|estimates|figures|data"
_DOCUMENT_SAYS = re.compile(
    rf"(?<![\w-])(?:{_DOCUMENTS})"
    r"(?:[ \t]+also)?[ \t]+(?:said|says|showed|shows|show|found|finds|revealed|reveals|indicated|indicates|"
    r"suggested|suggests|noted|notes|stated|states|concluded)(?![\w-])")
_ACCORDING_TO_A = re.compile(r"(?<![\w-])[Aa]ccording[ \t]to[ \t]an?[ \t](?=[A-Z])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he)[ \t]+(?:(?:latest|new|recent|annual|monthly|weekly|"
                             r"separate|fresh|joint)[ \t]+)?\Z")
_DOCUMENT_NEXT = re.compile(rf"[ \t]+(?:{_DOCUMENTS})(?![\w-])")
_NOT_AUTHORS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                         "june july august september october november december "
                         # what language it is in: "a Farsi report by ISNA"
                         "farsi persian arabic english russian ukrainian kazakh hebrew turkish".split())


def _attributive_documents(text: str) -> Iterator[Match]:
    """ "A Levada Center poll showed …", "according to a Levada poll": the name before the document, an article
    before it (whose poll: not "the Monday report said", nor a person's)."""
    for m in [*finditer(_DOCUMENT_SAYS, text), *finditer(_ACCORDING_TO_A, text)]:
        if m.re is _DOCUMENT_SAYS:  # "… poll showed": the name before the document word
            p = cap_phrase_before(text, m.start())
            doc_end = m.end()
        else:  # "according to a Levada poll": the name, then the document word
            after = cap_phrase_after(text, m.end())
            nxt = _DOCUMENT_NEXT.match(text, after[1]) if after is not None else None
            if after is None or nxt is None:
                continue
            p, doc_end = (after[0], after[1]), nxt.end()
        if p is None or not _ARTICLE_BEFORE.search(text, max(0, p[0] - 20), p[0]):
            continue
        name = text[p[0] : p[1]]
        if name.casefold() in _NOT_AUTHORS or name.casefold() in STOP_CAPS or is_demonym(name) \
                or looks_like_person(name, text[max(0, p[0] - 40) : p[0]]) \
                or " " not in name and _surname_elsewhere(text, name):
            continue  # "a Russian report said": whose, a nationality only
        if not _in_headline(text, p[0], doc_end):  # "Levada poll shows support for war" over the story
            yield Match("outlet", p[0], doc_end, "outlet.document_of", name=name)


def _possessive_reports(text: str) -> Iterator[Match]:
    """ "Kursiv's report said …": the name whose report, investigation or data says something (not a person's:
    "Smith's report found" is left out, as a person is by every rule)."""
    for m in finditer(_WHOSE_REPORT, text):
        whose = m.start() - 3  # where the "'s " is
        p = cap_phrase_before(text, whose)
        if p is None or p[1] != whose:
            continue
        name = text[p[0] : p[1]]
        if name.casefold() in STOP_CAPS or looks_like_person(name, text[max(0, p[0] - 40) : p[0]]) \
                or is_demonym(name) or _PERSON_TITLE.match(name) or _OFFICE_ALONE.fullmatch(name) \
                or " " not in name and _surname_elsewhere(text, name):
            continue  # ("John Smith said …" … "Smith's report said": his)
        if not _in_headline(text, p[0], m.end()):
            yield Match("outlet", p[0], m.end(), "outlet.whose_report", name=name)


# "Iran's state media reported", "according to Chinese state television", "Russian state TV said": a country's state
# media, the source (the literal first; whose they are before it, how they are cited around it)
_STATE_MEDIA = re.compile(r"state(?<![\w-]state)(?:[- ](?:run|owned|controlled))?[ \t]+(?:media|television|TV|radio|"
                          r"broadcaster|news[ \t]+agency)(?![\w-])")
_WHOSE_STATE = re.compile(r"(?<![\w-])(?:[Tt]he[ \t]+)?(?P<whose>[A-Z][a-z]+(?:['’]s)?)[ \t]+\Z")
_STATE_CITED_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]ccording[ \t]+to|[Cc]iting|[Qq]uoting|told|(?:reported|cited|"
                                 r"quoted|broadcast|aired|published|shown)[ \t]+(?:by|on)|[Pp]er)[ \t]+\Z")
_STATE_SAID_AFTER = re.compile(rf"[ \t]+(?:also[ \t]+|later[ \t]+|earlier[ \t]+)?(?:{_EN_VERBS})(?![\w-])")


def _state_media(text: str) -> Iterator[Match]:
    for m in finditer(_STATE_MEDIA, text):
        whose = _WHOSE_STATE.search(text, max(0, m.start() - 30), m.start())
        if whose is None:
            continue
        country = whose.group("whose")
        if not (country.endswith(("'s", "’s")) and not looks_like_person(country[:-2]) or is_nationality(country)
                or is_demonym(country)):
            continue  # "Smith's state media contacts": whose, a country's only
        start = whose.start("whose")
        if (before := _STATE_CITED_BEFORE.search(text, max(0, whose.start() - 20), whose.start())) is not None:
            yield Match("outlet", before.start(), m.end(), "outlet.state_media", name=text[start : m.end()])
        elif (after := _STATE_SAID_AFTER.match(text, m.end())) is not None \
                and not _in_headline(text, start, after.end()):
            yield Match("outlet", start, after.end(), "outlet.state_media", name=text[start : m.end()])


_ASKING = re.compile(r"(?:^|\n)[ \t]*(?:Что|Що)[ \t]+\Z")
_NEGATED = re.compile(r"(?<![\w-])(?:не|ні|not|never)[ \t]+\Z", re.IGNORECASE)


def _word_start(trig: re.Match[str]) -> int:
    return trig.start() + len(trig.group()) - len(trig.group().lstrip())


_ORG_NOUNS = (r"company|firm|group|operator|corporation|giant|holding|exporter|producer|carrier|airline|bank|"
              r"monopoly|manufacturer|retailer|developer|broadcaster|agency|watchdog|regulator|provider|supplier|"
              r"(?<=weather )service|bureau|inspectorate|authority")  # ("the national weather service Kazhydromet")


_CAPS = r"[A-Z][\w&+.'’-]*(?:[ \t]+[A-Z][\w&+.'’-]*){0,3}"
# The rare words first, then the name beside them (a pattern opening with a capitalised run, tried at every
# capital letter, cost 0.1 s a MB).
_ORG_NOUN = re.compile(rf"(?<![\w-])(?:{_ORG_NOUNS})(?![\w-])")
_NAME_NEXT = re.compile(rf"[ \t]+(?P<name>{_CAPS})")  # "the gas company Gazprom"
_NAME_THEN_DESCRIBED = re.compile(  # "Gazprom, the state gas giant"
    rf"(?<![\w-])(?P<name>{_CAPS}),?[ \t]+(?:a|the|Russia['’]s|its)[ \t]+(?:[\w-]+[ \t]+){{0,3}}\Z")
_OWNS = re.compile(r"['’]s[ \t]+(?:press[ \t]+(?:service|office)|spokes\w+|CEO|chief[ \t]+executive|board|shares|"
                   r"management|headquarters)(?![\w-])")  # "Gazprom's press service"
_NAME_ENDING = re.compile(rf"(?<![\w-])(?P<name>{_CAPS})\Z")


def _organisations_named(text: str) -> frozenset[str]:
    """Names the article itself calls an organisation's ("the gas company Gazprom", "Gazprom, the state gas
    giant", "Gazprom's press service / shares / CEO"), lowercased, with the shorter runs they end or open with:
    what lets "Gazprom said" cite Gazprom. Titles are left out ("the President's press service")."""
    runs: list[list[str]] = []
    for noun in finditer(_ORG_NOUN, text):
        if (after := _NAME_NEXT.match(text, noun.end())) is not None:
            words = after.group("name").split()
            runs += [words[:k] for k in range(1, len(words) + 1)]
        if (before := _NAME_THEN_DESCRIBED.search(text, max(0, noun.start() - 120), noun.start())) is not None:
            words = before.group("name").split()
            runs += [words[k:] for k in range(len(words))]
    for owns in finditer(_OWNS, text):
        if (owner := _NAME_ENDING.search(text, max(0, owns.start() - 80), owns.start())) is not None:
            words = owner.group("name").split()
            runs += [words[k:] for k in range(len(words))]
    return frozenset(" ".join(run).casefold().rstrip(".’'-") for run in runs if not is_title(run[0]))


def _trigger_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), faster: the words every match opens with, found in the folded text (prescan.py), or
    else the pattern without its word-start assertion, find where a match can start. Same matches, same order."""
    if (scout := _SCOUTS.get(pattern)) is not None:
        return scouted(pattern, text, scout, text)
    return finditer(pattern, text)


def _scout(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    for lead in (_W, r"\b"):
        rest = pattern.pattern[len(lead) :]
        # only a single leading assertion before one group of alternatives ("\btold\b|\binterview" has more)
        if pattern.pattern.startswith(lead) and (rest.startswith("(?:") or "|" not in rest) and "|\\b" not in rest:
            return re.compile(rest, pattern.flags)
    return None


# Measured on the corpus as one article (2.6 MB): the opening words take 1-24 ms a rule where the pattern's own
# scan took 10-190 ms; the pattern without its assertion is slower (a whole alternation tried at every letter), so
# it is the scout only where the words cannot be read.
_SCOUTS = {p: sc for _rule, p, _where, _strong in _RULES if opening_scout(p) is None and (sc := _scout(p)) is not None}
# The empty match before " told" starts where the blanks before "told" do (a word character precedes them); the
# first blank of a run only, or a run of 200,000 blanks is searched from each of its blanks in turn
_SCOUTS[_TOLD] = re.compile(r"[ \t](?<![ \t]{2})[ \t]*told\s")
_SCOUTS[_CITING_NEXT] = re.compile(r"[ \t](?<![ \t]{2})[ \t]*(?:со|з|із|зі)[ \t]+(?:ссылкой|посиланням)")


_IN_BODY = re.compile(r"[»\"“”]?[ \t]+(?:в|во|у)[ \t]+")


def _told_where(text: str, end: int) -> list[Match]:
    """ «розповіли "Суспільному" в Нацполіції»: the body that told it, after the outlet it told."""
    at = _IN_BODY.match(text, end)
    got = _name_at(text, at.end(), False) if at else None
    if got is None or not _acceptable(text, got, "outlet.zayavili_v", ""):
        return []
    return [Match("outlet", got[0], got[1], "outlet.zayavili_v", name=got[2])]


_LIST_WORD = re.compile(r"(?<![\w-])(?:и|and|та)(?![\w-])")
_AUXILIARY_NEXT = re.compile(r"[ \t]+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
                             r"does|did)(?![\w-])")
_CLAUSE_GOES_ON = re.compile(r"[ \t]+(?!(?:и|і|та|and|or|или|або)(?![\w-]))[a-zа-яёіїєґ]")  # a word, not a list's


_OUTLET_AND_BEFORE = re.compile(r"(?:(?<![\w-])(?P<type>broadcaster|newspaper|agency|outlet|website|portal|daily|"
                                # ("The RIA Novosti and …": the article is no part of the first name)
                                r"channel)[ \t]+)?(?<![\w-])(?!The[ \t])(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+"
                                r"(?:[A-Z][\w.&'’-]*|dello|della|de|di|del)){0,3})[ \t]+and[ \t]+\Z")
_QUOTED_AND_BEFORE = re.compile(r"[«\"“](?P<name>[A-ZА-ЯЁІЇЄҐ][^«»\"“”\n]{1,40})[»\"”][ \t]+(?:и|і|та|and|&)[ \t]+\Z")


def _listed_after(text: str, end: int, rule: str) -> list[Match]:
    """ "сообщают «Интерфакс», РИА Новости и ТАСС": the names listed after the first one."""
    more: list[Match] = []
    while len(more) < 4 and (sep := _OUTLET_LIST_SEP.match(text, end)) is not None:
        got = _name_at(text, sep.end(), False)
        there = _IN_TELEGRAM_NEXT.match(text, got[1]) if got is not None else None  # a channel: said where
        if got is not None and there is not None and there.group("tail"):  # "Tbilisi life в Telegram"
            got = (got[0], there.end("tail"), text[got[0] : there.end("tail")], None, got[4])
        if (got is None or not got[2] or looks_like_person(got[2])
                or not (got[4] or there is not None or is_org_like(got[2]) or rule == "outlet.source_line")
                or not (got[4] or got[2][:1].isupper())):  # "… Deep State и отдельные военные ВСУ": no name
            break
        if "," in sep.group() and not _LIST_WORD.search(sep.group()) and (
                got[2][:1].islower() and _CLAUSE_GOES_ON.match(text, got[1]) or _AUXILIARY_NEXT.match(text, got[1])):
            # «Як повідомляє УНН, уряд ухвалив рішення», "According to the ISW, the Kremlin is including …": a new
            # clause's subject, not one more source
            break
        more.append(Match("outlet", got[0], got[1], rule, name=got[2]))
        end = got[1]
    return more


# A broadcaster named by its channel number before its verb ("Channel 12 reported", "Kan 11 said", "Rossiya 24 said")
_NUMBERED_CHANNEL_BEFORE = re.compile(r"(?<![\w-])(?:Channel|Kan|Kanal|Canal|Rossiya|Russia|Moscow|Ukraine|Khabar)"
                                      r"[ \t]+\d{1,3}\Z")
_LEARNED_FROM = re.compile(r"(?:has|have)\s+learn(?:ed|t)\s+from(?![\w-])")
_AS_SAYING = re.compile(r"[ \t]+[^.!?\n;]{1,80}?[ \t]as[ \t]+say(?:ing|s)(?![\w-])")
_AS_BEFORE = re.compile(r"(?<![\w-])[Aa]s[ \t]+(?:[Tt]he[ \t]+)?\Z")
_THAT_AFTER = re.compile(r"[ \t]+(?:that|quoting|citing|referring)(?![\w-])|[ \t]*[,:]")


def _reported_by_name(text: str, start: int, end: int, verb: re.Match[str]) -> bool:
    """Forms where "X said" names a source though X does not look like an organisation: "…, Vlast reported.",
    "Vlast reported that", "Kursiv said in a statement", "Курсив пишет, что" (X not a person by the dictionary)."""
    if _clause_final(text, start, verb.end()):
        return True
    name = text[start:end]
    if any(person_word(w) for w in name.split()) or looks_like_person(name, text[max(0, start - 40) : start]):
        return False
    if _REPORTING_VERB.fullmatch(verb.group()):
        return True
    if verb.group() in ("quoted", "quotes", "cited") and _AS_SAYING.match(text, verb.end()):
        return True  # "Kursiv quoted the akim as saying": what a publication does (a person is left out above)
    if verb.group() == "reports":  # a verb as "As X reports", "X reports that / quoting": "Some reports said" a noun
        return bool(_AS_BEFORE.search(text, max(0, start - 12), start) or _THAT_AFTER.match(text, verb.end()))
    return bool(_IN_A_STATEMENT.match(text, verb.end()))


# "told Kursiv in an interview", "told Vlast on condition of anonymity": whom one talks to so is a publication
_INTERVIEW_NEXT = re.compile(r"[ \t,]+(?:in[ \t]+an?[ \t]+(?:(?:exclusive|recent|phone|telephone|video|written|"
                             # (not "in a statement": "told Parliament in a statement", an audience)
                             r"emailed|e-mailed)[ \t]+)?(?:interview|comments?)"
                             r"|on[ \t]+condition[ \t]+of[ \t]+anonymity|by[ \t]+(?:phone|telephone|e-?mail))(?![\w-])")
# '…,” he told Kursiv.', '…,” the akim told Orda on Monday.': the speaker of a quotation, who told a publication
_QUOTE_THEN_TOLD = re.compile(r"[,.!?][”\"»’'][ \t]+(?:he|she|they|it|the[ \t]+[a-z]+"
                              r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?:[ \t]+(?:also|later|then))?[ \t]+\Z")


def _told_in_interview(text: str, trig: re.Match[str], end: int) -> bool:
    """ "X told Kursiv in an interview", '"…," he told Kursiv.': the name told is a publication's, though it reads as
    nothing in particular (a person's is left out by the name's own test)."""
    if _ASKED_BY.match(trig.group()):
        return True  # "In comments to Kursiv", "Speaking to Kursiv,", "Asked by Kursiv", "confirmed to Kursiv"
    if trig.group() not in ("told", "tells", "tell"):
        return False
    if _INTERVIEW_NEXT.match(text, end):
        return True
    if _SOURCES_TOLD.search(text, max(0, trig.start() - 80), trig.start()) \
            or _SPOKESMAN_TOLD.search(text, max(0, trig.start() - 100), trig.start()):
        return True  # "Sources told Kursiv", "two people familiar with the matter told Kursiv": a newsroom's sources;
        # "a spokesman for the Energy Ministry told Kursiv": a body's voice, to a publication
    return bool(_QUOTE_THEN_TOLD.search(text, max(0, trig.start() - 40), trig.start())
                and _CLAUSE_END.match(text, end))


# Forms of being asked or answering that only a publication is the other side of (a person's name is left out by
# the name's own tests)
_ASKED_BY = re.compile(r"(?:[Ii]n\s+(?:an?\s+)?(?:e-?mail(?:ed)?|written)?\s*(?:comments?|remarks|e-?mail)\s+to"
                       r"|confirmed\s+to|[Ss]peaking\s+(?:to|with)|(?:[Ww]hen\s+)?[Aa]sked\s+by"
                       r"|[Ii]n\s+(?:response|reply)\s+to\s+.*)\Z", re.DOTALL)
_SPOKESMAN_TOLD = re.compile(r"(?<![\w-])(?:spokes(?:man|woman|person)|representative|official|source)s?[ \t]+"
                             r"(?:for|of|in|at|from)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*[ \t]+"
                             r"(?:(?:[A-Z][\w'’-]*|of|the|and|for)[ \t]+){0,7}"
                             r"(?:also[ \t]+|later[ \t]+)?\Z")
_SOURCES_TOLD = re.compile(r"(?<![\w-])(?:sources?|insiders?|familiar[ \t]+with[ \t]+(?:the[ \t]+)?(?:matter|"
                           r"situation|plans?|talks|case|investigation))(?:[ \t]+(?:also|later|have|had|has))?"
                           r"[ \t]+\Z", re.IGNORECASE)


def _clause_final(text: str, start: int, verb_end: int) -> bool:
    """ "…, Vlast reported on Tuesday." — the news form that names a source after what it reported."""
    return text[max(0, start - 2) : start] in (", ", ",\xa0") and bool(_CLAUSE_END.match(text, verb_end))


# A company described between its name and its verb of saying: "Rostelecom, Russia’s largest virtual service
# provider, said" (without the verb it is only described: "…, Russia's largest provider, is big")
_APPOSITIVE_SAYING = re.compile(
    rf",[ \t]+(?:a|an|the|[A-Z][a-z]+['’]s)[ \t]+(?:(?!of\b|for\b|at\b|in\b|with\b)[\w'’-]+[ \t]+){{0,4}}?"
    rf"(?:{_ORG_NOUNS})(?=[ \t]*,[ \t]+(?:{_EN_VERBS})(?![\w-]))"
)


def _appositives(text: str) -> Iterable[Match]:
    """ "Anadolu, a Turkish media outlet, commented"; "Rostelecom, Russia's largest provider, said" """
    for m in [*_APPOSITIVE.finditer(text), *finditer(_APPOSITIVE_SAYING, text)]:
        if "telegram" in m.group().casefold():
            continue
        got = _before(text, m.start())
        if got is not None and text[got[1] : m.start()].strip():
            continue  # "… in central Ukraine on Monday, the news portal X said": the name must close right at the comma
        if got is not None and not looks_like_person(got[2], text[max(0, got[0] - 40) : got[0]]):
            yield Match("outlet", got[0], m.end(), "outlet.appositive", name=got[2])


def _kazakh_name(text: str, start: int, end: int) -> tuple[int, int, str]:
    """ "деп хабарлайды Taspanews ҚР …": the name ends where the script changes; "деп жазды ТЖМ баспасөз
    қызметі": a type noun after the name belongs to it."""
    when = _KZ_WHEN_FIRST.match(text, start)
    if when is not None and when.end() < end:
        start = when.end()  # «деп хабарлады жұма күні Примерград білім басқармасы»: when it said it, then who
    referred = referred_after(text, start)
    if referred is not None and referred < end:
        end = skip_space_back(text, referred)  # the source it refers to is a citation of its own
    words = list(re.finditer(r"\S+", text[start:end]))
    for before, after in zip(words, words[1:], strict=False):
        if before.group().isascii() != after.group().isascii() and not after.group()[0].islower():
            end = start + before.end()  # (not before the name's lowercase head: «FlyArystan әуе компаниясының»)
            break
    if text[start:end].endswith(" баспасөз"):  # the name took half of "баспасөз қызметі": the type takes it whole
        end -= len(" баспасөз")
    typed = _KZ_TYPE_AFTER.match(text, end)
    if typed is not None:
        end = typed.end()
    return start, end, text[start:end]


# A day or a time of day right after «деп хабарлады», before who said it: «жұма күні», «бүгін таңертең», «12 мамырда»
_KZ_WHEN_FIRST = re.compile(
    r"(?:(?:дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)(?:[ \t]+күні)?|бүгін(?:[ \t]+таңертең)?|кеше|"
    r"таңертең|кешке|\d{1,2}[ \t]+[а-яәіңғүұқөһ]+(?:да|де|та|те))[ \t]+(?=\S)", re.IGNORECASE)
# Kazakh puts the verb first and who said it last: after «деп хабарлады» the source runs to the clause's end.
_KZ_CLAUSE = re.compile(r"[ \t]+(?P<name>[^\s.!?;:,\n][^.!?;:,\n]{1,80}?)[ \t]*(?=[.!?;:,]|\n|\Z)")
_KZ_NOT_A_BODY = re.compile(r"өкіл|сілтеме|silteme|ókil", re.IGNORECASE)
_KZ_REFERRING = re.compile(r"(?:сілтеме|silteme)[ \t]+(?:жасап|жасай|jasap|jasaı)", re.IGNORECASE)
# «… компаниясының өкілдері» closing the clause: a body's representatives, unnamed, speak for it
_KZ_ITS_REPRESENTATIVES = re.compile(r"(?:ның|нің|дың|дің|тың|тің)[ \t]+(?:ресми[ \t]+)?(?:өкілі|өкілдері)\Z")
_KZ_BODY_WORD = re.compile(r"(?:қызмет|департамент|комитет|министрлі|әкімді|прокуратура|полиция|федерация|агенттіг|"
                           r"компани|портал|басылым|сайт|басқарма|орталығ|кәсіпорн|ведомств|штаб|инспекция|бюро|"
                           # a town's or district's department («қаласының білім бөлімі»), an embassy, an office
                           r"бөлім|елшілі|мекеме)",
                           re.IGNORECASE)


_KZ_ACRONYM = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}[.,;]?")


def _kazakh_clause(text: str, pos: int) -> tuple[int, int, str, str | None, bool] | None:
    """The words after «деп хабарлады» up to the clause's end, when they name a body ("… облысының футбол
    федерациясы"): six words at most, an organisation's word among them."""
    m = _KZ_CLAUSE.match(text, pos)
    if m is None or len(m.group("name").split()) > 6 or (_KZ_NOT_A_BODY.search(m.group("name"))
                                                           and not _KZ_ITS_REPRESENTATIVES.search(m.group("name"))):
        return None  # (a representative speaks, or the source refers to another: the other rules' cases)
    words = list(re.finditer(r"\S+", m.group("name")))
    # (an acronym closing it is a body's too: «деп хабарлады қалалық ТЖД», the city's emergency department)
    last = max((k for k, w in enumerate(words) if _KZ_BODY_WORD.search(w.group()) or _KZ_ACRONYM.fullmatch(w.group())),
               default=None)
    if last is None or last == 0:
        return None  # no body, or a body's word alone («деп хабарлады полиция»): named before, if anywhere
    end = m.start("name") + words[last].end()  # "… баспасөз қызметі жұма күні": not the day it said it
    return m.start("name"), end, text[m.start("name") : end], None, True


# A word for one person speaking, wherever it stands in the name: «Представник ЗСУ повідомив», «Голова ОВА
# Чернігівщини», «Журналист опубликовал», "Bird CEO Travis VanderZanden said", "CEO of FTX stated"
_PERSON_SPEAKING = re.compile(
    r"(?:представ[иі]тел|представник|речни[кц]|спікер|голов[аиу]|глав[аыу]|журналист|журналіст|керівни|руководител|"
    r"начальни|певец|певиц|співа[кч]|директор|міністр|министр|губернатор|очільни|прокурор|ceo|director|"
    r"spokes(?:man|woman|person))[а-яёіїєґ]*", re.IGNORECASE)
_ROLE_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?P<role>[a-zа-яёіїєґ-]+)(?:[ \t]+of(?:[ \t]+the)?)?[ \t]+\Z")
_TITLED_PERSON_NEXT = re.compile(r"[ \t]+(?:Acting[ \t]+)?(?:President|Head|Director|Chairman|CEO|Spokes(?:man|woman|"
                                 r"person))[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]")
_ADDED = re.compile(r"add(?:s|ed)\Z")
_DATA_CITED_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]ccording[ \t]+to|[Aa]s[ \t]+per|[Bb]ased[ \t]+on|[Cc]iting|"
                                r"[Qq]uoting|[Pp]er|"
                                # "This is evidenced by data from X", "as shown by figures from X": what bears it out
                                r"(?:evidenced|shown|borne[ \t]+out|confirmed|supported|indicated)[ \t]+by)"
                                r"[ \t]+[^.!?\n;]{0,50}\Z")
_DATA_SHOW_AFTER = re.compile(r"[ \t,]+(?:also[ \t]+)?(?:show|shows|showed|indicate|indicates|indicated|suggest|"
                              r"suggests|say|says|said|reveal|reveals|revealed)(?![\w-])")
# (the office's last word before the holder's name, where the body's name stopped short of it)
_FULL_NAME_NEXT = re.compile(r"[ \t]+(?:(?:Governor|Minister|Commissioner|Ombudsman|Mayor|Chief|Head|Director|"
                             r"Spokes(?:man|woman|person))[ \t]+)?"
                             r"(?P<person>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?![\w'’-])")
_CLAIMED = re.compile(r"claim(?:s|ed)\Z")
_BY_NEXT = re.compile(r"[ \t]*by(?![\w-])")
# (the attack its object, no clause with a verb of its own between: "Mash claimed the refinery had come under attack"
# reports it)
_AN_ATTACK_NEXT = re.compile(r"[ \t]*(?:responsibility(?![\w-])|(?![ \t]|that(?![\w-])|to(?![\w-]))"
                             r"(?:(?<![\w-])(?!(?:had|has|have|was|were|is|are|would|will)(?![\w-]))[^.,;:!?\n]|"
                             r"(?<=[\w-])[^.,;:!?\n]){0,40}?(?<![\w-])(?:attacks?|strikes?)(?![\w-]))")
_TO_A_LIST = re.compile(r"[^.!?\n]{0,240}?[ \t]to[ \t]+(?:(?:the|its|a|an|their)[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?"
                        r"(?:list|register|registry|database|roster|blacklist)(?![\w-])")
_OFFICE_ALONE = re.compile(r"(?:(?:Vice|Deputy|First|Prime|Foreign|Acting)[ \t]+){0,2}(?:Minister|President|Governor|"
                           r"Mayor|Ambassador|Spokes(?:man|woman|person)|Chairman|Director|Premier|Senator|Speaker)")
_TITLE_THEN_NAME = re.compile(r"(?<![\w-])(?:Speaker|Leader|Minister|President|Governor|Mayor|Chairman|Chairwoman|"
                              r"Senator|Spokes(?:man|woman|person)|Ambassador|Commander|Secretary|Director|Premier|"
                              r"Chancellor|Ombudsman|Prosecutor|General|Akim|Head|Chief)"
                              r"[ \t]+(?P<rest>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})\Z")
_ADJECTIVE_ALONE = re.compile(rf"{ADJECTIVE_ALONE.pattern}|Prime|Vice|Deputy|Acting")
_PERSON_TITLE = re.compile(r"(?:Governor|Mayor|President|Prime[ \t]+Minister|Minister|Senator|"
                           r"General(?![ \t]+(?:Staff|Command|Directorate|Prosecutor|Assembly|Administration))|"
                           r"Colonel|Deputy|"
                           r"Head|Chairman|Ambassador|Spokes(?:man|woman|person)|Mr|Mrs|Ms|Dr)\.?[ \t]+[A-Z]")


# "confirmed by State Duma Deputy Mikhail Delyagin", "by Senate Majority Leader John Thune": a body's name, then an
# office in it and the holder's name (or the office closing the name, then the holder): the person is the source
_OFFICE_WORDS = (r"(?:[Dd]eputy|[Ss]peaker|[Cc]hair(?:man|woman|person)?|[Mm]ember|[Ss]pokes(?:man|woman|person)|"
                 r"[Ll]eader|[Hh]ead|[Cc]hief|[Mm]inister|[Ss]ecretary|[Ss]enator|[Ll]awmaker|MP|[Gg]overnor|[Mm]ayor|"
                 r"[Pp]resident|[Aa]dvis[eo]r|[Dd]irector|[Cc]ommander)")
_HOLDER = r"[ \t]+(?P<who>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})(?![\w-])"
_OFFICE_AND_HOLDER_NEXT = re.compile(rf"[ \t]+{_OFFICE_WORDS}{_HOLDER}")
_HOLDER_NEXT = re.compile(_HOLDER)
_OFFICE_LAST = re.compile(rf"(?<![\w-]){_OFFICE_WORDS}\Z")


def _holder_follows(text: str, end: int, name: str) -> bool:
    """A person named right after the body's name, by an office in it ("State Duma Deputy Mikhail Delyagin")."""
    holder = _OFFICE_AND_HOLDER_NEXT.match(text, end) or (_HOLDER_NEXT.match(text, end) if _OFFICE_LAST.search(name)
                                                          else None)
    return holder is not None and looks_like_person(holder.group("who"))


_AGED = re.compile(r"\d{1,3}[- ]year[- ]old(?![\w-])|\d{1,3}-(?:летн|річн)", re.IGNORECASE)


def _acceptable(text: str, got: tuple[int, int, str, str | None, bool], rule: str, trigger: str,
                trigger_end: int = -1) -> bool:
    start, end, name, nxt, quoted = got
    if _AGED.match(name or ""):
        return False  # "a 50-year-old MP stated": a person by age and title
    if rule == "outlet.verb_after" and is_nationality(name or ""):
        return False  # "The Kyrgyz border guard service said": the capitalised word alone is whose, no name
    if name and name.isascii() and _holder_follows(text, end, name):
        return False  # "confirmed by State Duma Deputy Mikhail Delyagin": the deputy, not the Duma
    if nxt is None and _THE_BEFORE.search(text, max(0, start - 4), start) and is_known_outlet(f"the {name}"):
        return True  # "The Guardian reported": the paper, though "Guardian" reads as a demonym or a surname ("-ian")
    # "Iran's Mizan news agency", "the Vedomosti business daily", "the Kazhydromet weather service"
    typed_after = bool(_TYPE_NEXT.match(text, end) or _BODY_NEXT.match(text, end))
    inner = _INNER_POSSESSIVE.search(name)
    person_after_possessive = inner is not None and not is_org_like(inner.group("rest")) and not typed_after
    if name and name[0].islower() and text[start] in "«\"“„'‘":
        return False  # 'в сообщениях «по всем вопросам»': a quotation, not a name
    if name and (is_demonym(name) or name.split()[-1].casefold() in _TRAILING_FUNCTION):
        return False  # "Russian newspaper says"; 'службу "02" и заявила'
    if name.casefold() in _TYPE_ALONE and text[start] not in "«\"“„'‘" and rule != "outlet.source_line":
        return False
    if not name or name.casefold() in _GENERIC or _TELEGRAM_WORD.search(name) or person_after_possessive \
            or name.casefold() in KZ_NOT_NAMES:  # «Оның мәліметінше»: "according to him"; «Министрлік дерегінше»
        return False  # "Telegram-канал"; "Media Center's Tsekhanovska points out": a person speaks
    if rule == "outlet.source_line" and _SITE_AFTER.match(text, end):
        nxt = None  # "Source: Steppe Herald - steppeherald.kz": the site's address after the name, no noun it modifies
    told_org = rule == "outlet.told" and is_org_like(name)  # "Sources told CNN the plan …": what they said follows
    if nxt is not None and nxt.isascii() and (nxt not in _FOLLOW_OK or is_demonym(name)) and not told_org \
            and not (typed_after and not is_demonym(name) and not is_nationality(name)) \
            and not _DATE_NEXT.match(text, end):  # (a date may follow: «Гоблин сообщил РБК 4 августа»)
        return False  # "according to NATO models", "the German news agency": the word only modifies a noun
    if rule == "outlet.verb_after" and quoted and text[end - 1] in "\"”“'’":
        # A quotation before "said" is speech; a title-cased name quoted before "writes" is a source.
        title_case = all(w[0].isupper() for w in name.split() if len(w) > 3)
        # «“Кримський вітер” пише»: Russian and Ukrainian write a title in sentence case, its first word capital
        sentence_case = bool(_CYRILLIC_CAP.match(name)) and len(name.split()) <= 4 and _WRITES.fullmatch(trigger)
        # ('the “DPR Headquarters” said', 'the "Kazakh Railways" company said': an article before the quotation, or
        # a type word between it and the verb, makes it a name)
        named = bool(_THE_BEFORE.search(text, max(0, start - 4), start)
                     or trigger_end > end and re.search(r"[a-z]", text[end : trigger_end - len(trigger)]))
        if (_SPEECH_VERBS_EN.fullmatch(trigger) and not named) or text[end - 2] in ",.!?" \
                or not (title_case or sentence_case):
            return False
    if not quoted and ((held := _TITLE_THEN_NAME.search(name)) is not None and not has_org_word(held.group("rest"))
                       or _ADJECTIVE_ALONE.fullmatch(name)):
        # "Parliament Speaker Mohammad Bagher Ghalibaf said", "Senate Majority Leader Chuck Schumer said": an office,
        # then its holder's full name; "Presidential spokesman …", "According to Prime Minister …": the name cut to
        # the adjective or the office's first word
        return False
    if _PERSON_TITLE.match(name) or _OFFICE_ALONE.fullmatch(name):
        # "Governor Mikhail Vedernikov of Pskov Region emphasized": a person by title; "According to the Vice
        # Minister": by office alone
        return False
    if rule == "outlet.according_to" and (name.endswith(" Acting") or _TITLED_PERSON_NEXT.match(text, end)):
        return False  # "According to Energoatom Acting President Petro Kotin": its head speaks, a person
    if (nxt is None or nxt[:1].isupper()) and (person := _FULL_NAME_NEXT.match(text, end)) is not None \
            and has_first_name(person.group("person")) and not is_org_like(person.group("person")):
        return False  # "According to Regional Governor Vladimir Uyba": an office, its holder named after it
    if rule == "outlet.verb_after" and trigger_end > 0 and _LEARNED_FROM.match(text, trigger_end - len(trigger)):
        return False  # "Kazinform has learnt from the ministry": the publisher itself, whom it learnt from is cited
    if rule == "outlet.verb_after" and _ADDED.search(trigger) and _TO_A_LIST.match(text, end):
        return False  # "The KGB has added the blogger to its terrorism list": an act the article reports
    verb_end = trigger_end if rule == "outlet.verb_after" and trigger else -1
    if verb_end > end and (_BY_NEXT.match(text, verb_end)
                           or _CLAIMED.search(trigger) and _AN_ATTACK_NEXT.match(text, verb_end)):
        # "attacks on US forces claimed by the group": a participle, the name is what was claimed; "ISIS claimed
        # responsibility", "the group claimed several drone attacks": an attack owned, not a report
        return False
    if rule == "outlet.verb_after" and _HEADLINE_VERB.fullmatch(trigger) and _in_headline(text, start, end):
        return False  # "Kremlin says the app has violated the law" over the story: the story cites, not its headline
    if rule == "outlet.website" and trigger.isascii() and not _website_cited(text, start, end):
        return False  # "the attack affected the corporation's US website": a site acted on or named, no source
    if rule == "outlet.data_from" and not trigger[:1].isupper() \
            and not _DATA_CITED_BEFORE.search(text, max(0, start - 70), start) \
            and not _DATA_SHOW_AFTER.match(text, end):
        return False  # "documents that contain data from the IDF", "there is no data from the ministry": data as a
        # thing, no source ("according to preliminary data from …", "Data from X show" cite it)
    if not quoted and (name.casefold() in PEOPLE_PLURALS or name.endswith("s") and is_demonym(name[:-1])):
        return False  # "Witnesses reported", «Очевидцы сообщили», "according to the Ukrainians": people, no body
    if rule == "outlet.verb_after" and not quoted and not _PRESS_FIRST.match(name) \
            and any(_PERSON_SPEAKING.fullmatch(w) for w in name.split()):  # («Пресс-служба губернатора»: his office)
        return False  # «Представник ЗСУ повідомив»: one of the body speaks, the body is no source named
    if rule == "outlet.verb_after" and not quoted and (role := _ROLE_RIGHT_BEFORE.search(text, max(0, start - 30),
                                                                                      start)) is not None \
            and _PERSON_SPEAKING.fullmatch(role.group("role")):
        return False  # «очільник Волинської ОВА повідомив», "the head of the … administration said": its head speaks
    of = name.find(" of ")
    if of > 0 and looks_like_person(name[:of]) and not is_org_like(name[:of]):
        return False  # "Vyacheslav Gladkov of the Belgorod Region has reported": a person and their place
    if not quoted and " " not in name and _surname_elsewhere(text, name):
        return False  # «Останні прокоментував Вілкул» … «Олександр Вілкул»: the person's surname
    if rule in ("outlet.staff_of", "outlet.said_by") and text[start : start + 1] in ("«", '"', "“", "„"):
        # «Журналисты «Медиазоны» узнали»: a quoted name after the staff is their outlet's; '…, informs “Evening
        # Moscow”.': a quoted name closing the clause after its verb is a title, whatever words it holds
        return True
    if rule == "outlet.staff_of" and trigger[-1:] in ("и", "ы"):
        return not looks_like_person(name)  # «аналітики Opendatabot»: the staff many, whose they are (no title)
    # ('"Azov" regiment': a quoted name its body's word follows is that body's, whatever its ending)
    return (quoted and typed_after) or not looks_like_person(name, text[max(0, start - 40) : start])


_PRESS_FIRST = re.compile(r"(?:пресс-служб|прес-служб|пресслужб|пресс-центр|прес-центр|[Аа]ппарат|[Оо]фис|[Оо]фіс)",
                          re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+\Z")
# A word citing what a website says, in the sentence that names it: "according to the website of X", "X said on its
# website", "posted on the X website"
_SITE_CITED = re.compile(r"(?<![\w-])(?:according|per|said|says|say|stated|states|reported|reports|published|posted|"
                         r"wrote|writes|write|reads|read|cited|citing|quoted|quoting|announced|noted|notes|informs|"
                         r"informed|learned|learnt|statement|message|report)(?![\w-])", re.IGNORECASE)


_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n")


def _website_cited(text: str, start: int, end: int) -> bool:
    """A word of citing in the sentence around an English "website of X" / "X website" (90 characters before it,
    60 after)."""
    lo = max(0, start - 90)
    before = text[lo:start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
    after = _SENTENCE_BREAK.split(text[end : end + 60], maxsplit=1)[0]
    return bool(_SITE_CITED.search(before[cut + 1 :]) or _SITE_CITED.search(after))


_HEADLINE_VERB = re.compile(r"says|say|confirms|reveals|reports|reported|warns|claims|announces|states|writes|denies|"
                            r"rejects|declares")
_SENTENCE_END = frozenset(".!?\"”»:;)…'’")


def _in_headline(text: str, start: int, end: int) -> bool:
    """The line holding [start, end) is a headline: short, with no mark closing it as a sentence would, a line of
    text after it. (The newlines are looked for near the span only: a line longer than a headline's is none, and a
    text of one long line read whole at each call was quadratic.)"""
    before = text.rfind("\n", max(0, start - 111), start)
    if before < 0 and start > 111:
        return False
    line_start = before + 1
    line_end = text.find("\n", end, end + 400)
    line = text[line_start:line_end].rstrip()
    return line_end >= 0 and len(line) <= 110 and line[-1:] not in _SENTENCE_END


_CASE_ENDINGS = ("ові", "еві", "ого", "ому", "ом", "ем", "а", "я", "у", "ю")


def _surname_elsewhere(text: str, name: str) -> bool:
    """The one-word name stands somewhere in the text after a first name ("Олександр Вілкул")."""
    if is_org_like(name):
        return False
    pairs = _words_before(text)
    # «За даними Геруса» … «Андрій Герус»: the surname in another case
    stems = [name[: -len(e)] for e in _CASE_ENDINGS if name.endswith(e) and len(name) - len(e) >= 3]
    bases = [name, *stems, *(stem + "о" for stem in stems)]  # («Шевченка»: «Шевченко»)
    return any(looks_like_person(f"{first} {base}") for base in bases for first in pairs.get(base, ()))


# (the look-behind after the capital: the engine skips to capitals instead of trying it at every position)
_NAME_PAIR = re.compile(r"([A-ZА-ЯЁІЇЄҐ](?<![\w'’-].)[\w’'-]+)(?=[ \t]+([A-ZА-ЯЁІЇЄҐ][\w’'-]+)(?![\w-]))")


@per_text()
def _words_before(text: str) -> dict[str, tuple[str, ...]]:
    """Each capitalised word with the capitalised words right before it, in one pass over the text (pairs overlap:
    "Іван Петрович Сидоренко"); only the pairs of the names asked about are then read as a person's."""
    before: dict[str, list[str]] = {}
    for m in _NAME_PAIR.finditer(text):
        before.setdefault(m.group(2), []).append(m.group(1))
    return {word: tuple(dict.fromkeys(firsts)) for word, firsts in before.items()}


# A source line's rest: a capitalised word and up to three more, to the line's end or a semicolon.
_LINE_REST = re.compile(r"[ \t]*(?P<name>[A-ZА-ЯЁІЇЄҐ][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3}?)[ \t]*(?=;|\n|\Z)")


# A Cyrillic title in sentence case, the rest of its words lowercase («Нове слово», «Вечерний курьер»)
_SENTENCE_CASE_TAIL = re.compile(r"(?:[ \t]+[а-яёіїєґәғқңөұүһ][а-яёіїєґәғқңөұүһ'’-]+){1,2}")


# ... or a single word in lowercase, a site's name as its address spells it ("Source: korrespondent")
_LOWER_LINE_REST = re.compile(r"[ \t]*(?P<name>[a-z][a-z0-9-]{2,30})[ \t]*(?=\n|\Z)")


# ... or the line's rest before the site's address that ends it («Джерело: Нове слово — novesl.com.ua")
_REST_BEFORE_SITE = re.compile(r"[ \t]*(?P<name>[A-ZА-ЯЁІЇЄҐ][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3}?)"
                               rf"(?={_SITE_AFTER.pattern})", re.IGNORECASE)


# "Source: Blasts hit ministry … | Russia-Ukraine war News | Al Jazeera": a page's title, its site's name last
_PAGE_TITLE_REST = re.compile(r"[^\n|]{3,200}[ \t]\|(?:[^\n|]{1,60}[ \t]\|)?[ \t]+(?P<name>[^\n|]{2,40}?)"
                              r"[ \t]*(?:$|\Z)", re.MULTILINE)


def _line_rest(text: str, pos: int, got: tuple[int, int, str, str | None, bool] | None
               ) -> tuple[int, int, str, str | None, bool] | None:
    """What a source line names when the whole rest of the line is a short name whose first word alone is no
    name ("Ukrainian" of "Source: Ukrainian pravda"): the rest as written ("Source: ISW report" stays "ISW"). A
    name its site's address follows is the whole stretch before the address, as written («Нове слово — nsl.ua»)."""
    if (piped := _PAGE_TITLE_REST.match(text, pos)) is not None and text[piped.start("name")].isupper():
        return piped.start("name"), piped.end("name"), piped.group("name"), None, True
    if got is None and (word := _LOWER_LINE_REST.match(text, pos)) is not None:
        return word.start("name"), word.end("name"), word.group("name"), None, True  # "Source: korrespondent"
    if (named := _REST_BEFORE_SITE.match(text, pos)) is not None and text[named.start("name")].isupper():
        return named.start("name"), named.end("name"), named.group("name"), None, True
    rest = _LINE_REST.match(text, pos)
    if rest is None:
        return got
    if got is not None and (got[0] != rest.start("name") or got[1] >= rest.end("name")
                            or not (is_demonym(got[2]) or _sentence_case(text, got, rest.end("name")))):
        return got
    return rest.start("name"), rest.end("name"), rest.group("name"), None, True


# «– зазначили у міській раді.», «повідомили в обласній військовій адміністрації»: a body in lowercase Ukrainian
# words, its adjectives in the locative (-ій, -ому: no Russian ending), closing the clause
_LOWER_BODY_UK = re.compile(r"[ \t]+(?P<name>(?:[а-яіїєґ'’-]+(?:ій|ому)[ \t]+){1,2}[а-яіїєґ'’-]+)"
                            r"(?=[ \t]*(?:[.,;:!?\n]|\Z))")
# "the local mayor's office", "the regional education department", "the city akimat": a body in lowercase words, up to
# three before its head noun
_LOWER_BODY_EN = re.compile(r"[ \t]+(?P<name>the[ \t]+(?:[a-z]+(?:['’]s)?[ \t]+){0,3}"
                            r"(?:office|department|ministry|akimat|administration|service|police|committee|agency|"
                            r"authorities|court|prosecutor['’]s[ \t]+office|headquarters|inspectorate)s?)(?![\w-])")


def _sentence_case(text: str, got: tuple[int, int, str, str | None, bool], end: int) -> bool:
    """A title whose first word alone was read, the rest lowercase («Нове» of «Нове слово»), to the line's end."""
    return " " not in got[2] and not got[2].isupper() and _SENTENCE_CASE_TAIL.fullmatch(text, got[1], end) is not None


def _after(text: str, pos: int) -> tuple[int, int, str, str | None, bool] | None:
    i = _LEAD.match(text, pos).end()  # type: ignore[union-attr]  # all-optional pattern always matches
    typed = _TYPED.match(text, i)
    if typed is not None and typed.group()[:1].isupper() and is_known_outlet(" ".join(typed.group().split()[-2:])):
        typed = None  # «пишет Новая газета Европа»: the type word is the name's own («Новая газета»)
    got = (_name_at(text, typed.end(), True) if typed else None) or _name_at(text, i, False)
    if got is not None and not got[4] and _TYPE_NEXT.match(text, got[1]):
        return got[:4] + (True,)  # "told the Moldpres news agency": the type word after the name says what it is
    return got


# A body's head noun after its name, up to two lowercase words between ("the Kazhydromet weather service"; its
# press service is its own name's part: "the Akorda press service")
_BODY_NEXT = re.compile(r"[ \t]+(?:(?!press[ \t])[a-z]+[ \t]+){0,2}"
                        r"(?:service|agency|company|bureau|committee|authority|department|"
                        r"cent(?:re|er)|institute|operator|monitor|watchdog|regulator|corporation|inspectorate|"
                        r"regiment|brigade|battalion|legion)(?![\w-])")  # ('Source: "Azov" regiment')
# A name's type word after it, one lowercase word allowed between ("the Vedomosti business daily")
_TYPE_NEXT = re.compile(rf"[ \t]+(?:[a-z]+[ \t]+)?{_TYPE_EN}(?![\w-])")


_MINISTRY_HEAD = re.compile(r"(?:Міністерств|Министерств|Комітет|Комитет|Департамент|Управлін|Управлени)\w*[ \t]+"
                            r"[а-яёіїєґ]")
# («Министерства сельского хозяйства, торговли, пищевой и перерабатывающей промышленности»: fields listed with commas
# before the last one)
_AND_FIELD = re.compile(r"(?:,[ \t]+[а-яёіїєґ'’-]+(?:[ \t]+[а-яёіїєґ'’-]+)?){0,4}"
                        r"[ \t]+(?:і|й|и|та)[ \t]+(?![а-яёіїєґ'’-]*(?:ли|ла|ло|л|в|ть|ться|ся|сь)(?![\w'’-]))"
                        r"[а-яёіїєґ'’-]+(?:[ \t]+[а-яёіїєґ'’-]+)?"
                        r"(?:[ \t]+[А-ЯЁІЇЄҐ][\w'’-]*){0,3}"
                        r"(?:[ \t]+(?:области|края|района|області|краю|району)(?![\w-]))?")


# A ministry's field in the genitive, lowercase, after its head noun (one or two words, a capitalised complement
# after them: «Міністерство внутрішніх справ України»)
_FIELD_AFTER = re.compile(r"(?:[ \t]+(?:по[ \t]+делам[ \t]+|з[ \t]+питань[ \t]+)?[а-яёіїєґ'’-]{3,}"
                          r"(?:и|і|ї|у|ю|ого|ої|их|іх|ів|ей|ов|ы|ства|[^л\W]а)(?![\w'’-])){1,3}"
                          r"(?:[ \t]+[А-ЯЁІЇЄҐ][\w'’-]*){0,2}")


# The same read backwards, from the last field's name before a verb: «Міністерство регіонального розвитку,
# будівництва та ЖКГ України спростувало» (the name found was «ЖКГ України»)
_FIELDS_BEFORE = re.compile(r"(?<![\w-])(?:Міністерств|Министерств|Комітет|Комитет|Департамент|Управлін|Управлени)"
                            r"[а-яёіїєґ]*(?:[ \t]+[а-яёіїєґ'’-]+){1,3}"
                            r"(?:,[ \t]+[а-яёіїєґ'’-]+(?:[ \t]+[а-яёіїєґ'’-]+)?){0,4}"
                            r"[ \t]+(?:і|й|и|та)[ \t]+(?:[а-яёіїєґ'’-]+[ \t]+){0,2}\Z")


def _name_at(text: str, i: int, typed: bool) -> tuple[int, int, str, str | None, bool] | None:
    q = quoted_at(text, i)
    if q is not None:
        name = clean_name(q[2])
        return (q[0], q[1], name, None, True) if name else None
    lead = _LOWER_ADJECTIVES.match(text, i)  # "в региональном управлении МЧС"
    if lead is not None:
        p = cap_phrase_after(text, lead.end())
        start = lead.end() if text[lead.end()].isupper() and len(lead.group().split()) == 1 else i  # «СКР»
        if p is not None:
            return start, p[1], text[start : p[1]], p[2], typed
    body = _DEMONYM_BODY.match(text, i)  # "according to British intelligence"
    if body is not None:
        tail = _DEMONYM_BODY_TAIL.match(text, body.end())
        if tail is not None and tail.group("noun") in PEOPLE_PLURALS | _NOT_A_BODY_TAIL:
            return None  # "according to Ukrainian government sources", "Russian military bloggers": people
        end = tail.end() if tail is not None and tail.group("head") else body.end()  # "… intelligence service"
        return i, end, text[i:end], None, True
    numbered = _NUMBERED_OUTLET.match(text, i)
    if numbered is not None:  # «в коментарі 24 Каналу», «пишет 5 канал», «112 Україна»
        return i, numbered.end(), numbered.group(), None, True
    domain = _DOMAIN_NAME.match(text, i)
    if domain is not None:  # "деп хабарлады turkystan.kz", "Читать на govoritmoskva.ru"
        return i, domain.end(), domain.group(), None, True
    # (fourteen words: "the Press Center of the Border Troops of the State Committee for National Security of
    # Tajikistan" is a name of twelve, which the default nine cut off before a word no source is followed by)
    p = cap_phrase_after(text, i, max_words=14)
    if p is None:
        lower = _LOWER_BODY.match(text, i)  # «інформує відділ комунікації поліції», «повідомляє обласна прокуратура»
        if lower is not None and _PRESS_ALONE.fullmatch(lower.group()):
            return None  # «заявили в пресс-службе»: whose, the sentence before says (another rule's)
        if lower is not None and (place := _PLACE_ENDS.search(lower.group())) is not None:
            # «пресс-центра правительства Воронежской области обязанности …»: the name ends with its place
            return i, i + place.end(), lower.group()[: place.end()], None, True
        return (i, lower.end(), lower.group(), None, True) if lower else None
    end = _without_role(text, p[0], _without_person(text, p[0], p[1]))
    ministry = _MINISTRY_HEAD.match(text, p[0])
    if ministry is not None and " " not in text[p[0] : end] and (field := _FIELD_AFTER.match(text, end)) is not None:
        end = field.end()  # «Міністерство інфраструктури», «Комитет по делам молодежи»: its field, lowercase
    joined = _AND_FIELD.match(text, end) if ministry is not None else None
    if joined is not None:  # «Міністерство освіти і науки України»: a second field joined to the first
        end = joined.end()
    if text[end - 2 : end] in ("'s", "’s"):  # "the DFR Lab's report"
        end -= 2
    if _ACRONYM.search(text, p[0], end) and (branch := _REGIONAL_BRANCH.match(text, end)) is not None:
        end = branch.end()  # «ГУ ДСНС у Львівській області»: a body's regional branch, its place part of its name
        return p[0], end, text[p[0] : end], _NEXT_WORD.match(text, end).group(1) or None, typed  # type: ignore[union-attr]
    return p[0], end, text[p[0] : end], p[2], typed


# «у Львівській області», «в Тверской области», «в Бучанському районі» after a body's name: its regional branch
_REGIONAL_BRANCH = re.compile(rf"[ \t]+(?:в|у)[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ій|ой|ей|ом|им)[ \t]+{REGION_LOCATIVE}")
_ACRONYM = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ]{2,}(?![\w-])")  # ДСНС, МЧС, ГУНП: a body's acronym in the name
_NEXT_WORD = re.compile(r"[ \t]*(\w*)")


def _without_role(text: str, start: int, end: int) -> int:
    """Cut who speaks off a body's name: «повідомила Суспільному речниця ВАКС» -> «Суспільному»; not the office a
    body serves, named right after it («Офіс генерального прокурора», «Аппарат уполномоченного»)."""
    if _OFFICE_OF.match(text, start):
        return end
    for m in re.finditer(r"\S+", text[start:end]):
        if m.start() > 0 and is_role_word(m.group()):
            return skip_space_back(text, start + m.start())
    return end


# A body named by whose office it is: the role after it is its name's, not someone speaking
_OFFICE_OF = re.compile(r"(?:Офіс|Офис|Апарат|Аппарат|Секретаріат|Секретариат|Канцеляри[яї]|Приймальн\w*|"
                        r"Приемн\w*)[ \t]+[а-яёіїєґ]")


def _without_person(text: str, start: int, end: int) -> int:
    """Cut a person's name off an outlet's: "RT Маргарита Симоньян" -> "RT"."""
    person = person_at_end(text, start, end)
    if person is None:
        return end
    head = text[start : person[0]].split()
    if len(head) == 1 and is_title(head[0]):
        return end  # "President Volodymyr Zelenskyy": a person by title, nothing to cut off
    return person[0]


def _before(text: str, pos: int) -> tuple[int, int, str, str | None, bool] | None:
    pos = skip_space_back(text, pos)
    if (alias := _OR_ALIAS.search(text, max(0, pos - 20), pos)) is not None:
        full = cap_phrase_before(text, alias.start())  # "Ukraine's Main Intelligence Directorate, or HUR, said"
        # (an acronym for it marks an organisation's name)
        if full is not None and " " in text[full[0] : full[1]] and not looks_like_person(text[full[0] : full[1]]):
            return full[0], pos - 1, text[full[0] : full[1]], None, True
    if text[max(0, pos - 1) : pos] == "," and _TYPE_BEFORE.search(text, max(0, pos - 31), pos - 1):
        pos -= 1  # "the Courier newspaper, said"
    adverbs = _ADVERBS.search(text, max(0, pos - 40), pos)
    j = skip_space_back(text, adverbs.start() if adverbs else pos)
    if _NOT_RIGHT_BEFORE.search(text, max(0, j - 4), j):
        return None  # «В МХТ … не комментируют», «МВД не подтвердило»: what was not said cites nothing
    if (numbered := _NUMBERED_CHANNEL_BEFORE.search(text, max(0, j - 20), j)) is not None:
        return numbered.start(), j, numbered.group(), None, True  # "Israel's Channel 12 reported", "Kan 11 said"
    # (an aside closes with its comma right before the verb, or is whom a name cites: neither, and the two
    # patterns are not tried at every position of the 80 characters before it)
    comma = text[j - 1 : j] == ","
    aside = _ASIDE.search(text, max(0, j - 80), j) if comma or _CITING_RU_WORD.search(text, max(0, j - 80), j) \
        else None  # "Politico, citing two officials, said"
    if aside is not None:
        j = aside.start()
    elif comma and (described := DESCRIPTION_ASIDE.search(text, max(0, j - 90), j)) is not None:
        j = described.start()  # "The X Institute, one of the country's oldest think tanks, said": the name before it
    typed = _TYPE_BEFORE.search(text, max(0, j - 30), j) or (
        _DESCRIBED_AS.search(text, max(0, j - 40), j) if text.endswith(_DESCRIBED_HEADS, 0, j) else None)
    if typed is None and text.endswith(_TYPES_PLURAL, 0, j) \
            and (plural := _TYPES_BEFORE.search(text, max(0, j - 30), j)) is not None \
            and _LISTED_BEFORE.search(text, max(0, plural.start() - 60), plural.start()):
        typed = plural
    if typed and _LONE_ADJECTIVE.search(text, max(0, typed.start() - 25), typed.start()):
        return None  # «Польское издание отмечает», «Польське видання наголошує»: an adjective, no name
    if typed and (quoted_before(text, skip_space_back(text, typed.start())) is not None
                  or cap_phrase_before(text, typed.start()) is not None
                  or _ACRONYM_AFTER.search(text, max(0, typed.start() - 14), typed.start())):
        j = skip_space_back(text, typed.start())  # "the Courier newspaper said"
    else:
        typed = None  # "Ukraine's military intelligence agency said": the type noun is the name's own head
    q = quoted_before(text, j)
    if q is not None:
        name = clean_name(q[2])
        return (q[0], q[1], name, None, True) if name else None
    if (site := _DOMAIN_BEFORE.search(text, max(0, j - 60), j)) is not None:
        return site.start(), j, site.group(), None, True
    if text[max(0, j - 2) : j] in ("'s", "’s"):
        j -= 2
    place = _PLACE_TAIL.search(text, max(0, j - 12), j)  # "the … Department of Almaty region said"
    if place is not None and (placed := cap_phrase_before(text, place.start())) is not None \
            and " of " in text[placed[0] : placed[1]] and has_org_word(text[placed[0] : placed[1]]):
        return placed[0], j, text[placed[0] : j], None, True
    short = _ACRONYM_AFTER.search(text, max(0, j - 14), j)  # "Radio Free Asia (RFA) reported"
    aliased = None
    if short is None:  # "the Ukrainian National News Agency (Ukrinform) quoted": its short name, in title case
        short = aliased = _SHORT_NAME_AFTER.search(text, max(0, j - 20), j)
    p = cap_phrase_before(text, short.start() if short else j)
    if aliased is not None and p is not None and (looks_like_person(text[p[0] : p[1]])
                                                   or _LIST_TAIL_BEFORE.search(text, max(0, p[0] - 6), p[0])):
        return None  # "Bagrat Galstyan (Srbazhan) said": a person's nickname; "…, Information Technology and Mass
        # Media (Roskomnadzor) said": the last of a name's fields, the rest of it cut off
    spelled = spelled_before(text, short.start(), short.group().strip(" \t()")) if short else None
    if p is not None and spelled is not None and spelled < p[0]:
        p = (spelled, p[1])  # "State Service of Special Communications and Information Protectorate (SSSCIP)"
    if p is not None and (inner := _TYPE_INSIDE.search(text, p[0], p[1])) is not None:
        p, typed = (inner.end(), p[1]), inner  # «Російське видання Приклад пише»: the name after its type
    if p is None or _without_person(text, p[0], p[1]) != p[1] and not (typed and typed.group().isascii()
                                                                        and _PERSON_NOT_TYPED.search(typed.group())):
        # ("the Magen David Adom emergency service said": a service, whatever its words read as)
        return None  # "RT editor Margarita Simonyan said": the person speaks, not the outlet
    if len(words := text[p[0] : p[1]].split()) >= 3 and is_title(words[0]) and words[1] == "of" \
            and looks_like_person(words[-1]) and not is_org_like(words[-1]):
        return None  # "Governor of Sevastopol Razvozhaev reported": a person by office and surname
    if _HEAD_OF_BEFORE.search(text, max(0, p[0] - 40), p[0]):
        return None  # "the exiled head of the Wagner Group posted": its head speaks, a person
    if (fields := _FIELDS_BEFORE.search(text, max(0, p[0] - 160), p[0])) is not None:
        p = (fields.start(), p[1])
    end = j if short else p[1]
    if (prep := _PREPOSITION_BEFORE.search(text, max(0, p[0] - 8), p[0])) is not None:
        # "militias in Iraq issued a statement": the place of whoever spoke; "the Government Media Office in
        # Gaza reported": a body's name that ends with its place
        body = cap_phrase_before(text, prep.start()) if prep.group("in") else None
        if body is None or not has_org_word(text[body[0] : body[1]]):
            return None
        return body[0], end, text[body[0] : end], None, True
    if (of := _OF_BEFORE.search(text, max(0, p[0] - 8), p[0])) is not None:
        body = cap_phrase_before(text, of.start())  # "the Ministry of Defense of the Russian Federation announced"
        if body is not None and has_org_word(text[body[0] : body[1]]):
            p = (body[0], p[1])
    lead = _DESCRIPTOR_LEAD.search(text, max(0, p[0] - 30), p[0])  # "Cloud backbone provider Cloudflare said"
    citing = aside is not None and _CITING_ASIDE.match(aside.group()) is not None  # "X, citing sources, said": media
    return p[0], end, text[p[0] : end], None, bool(typed) or short is not None or lead is not None or citing
