"""Telegram channels named in prose: 'the Telegram channel "X"', 'телеграм-канал «X»', '«X» Telegram-арнасы'.

Every rule hangs off a Telegram word ("Telegram channel", "телеграм-канале", "ТГ-канал", "Telegram-арнасы",
or bare "Telegram" after "wrote on"), so "logistics channels" or "канал связи" can never match.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .kazakh import (
    ACCORDING_WORDS,
    CHANNEL_ADJECTIVES,
    DEP_START,
    DEP_VERBS,
    GENITIVE_END,
    OWN,
    WHEN_OR_ABOUT_BEFORE,
    common_body_before_channel,
    kazakh_body_meant,
    owner_before_channel,
)
from .model import Match
from .morph import (
    finite_verb,
    is_media_object,
    lemma,
    modifies,
    names_a_body_or_place,
    oblique_first_name,
    person_noun_genitive,
    person_word,
    thing_not_subject,
)
from .people import (
    KAZAKH_LETTER,
    PEOPLE_PLURALS,
    has_first_name,
    is_demonym,
    is_nationality,
    is_org_like,
    is_role_word,
    is_title,
    looks_like_person,
    object_of_preposition,
    person_after,
    person_at_end,
    person_before,
    sentence_person,
)
from .phrases import (
    CLAUSE_STOP,
    FOUNDED_BEFORE,
    LATIN_CAP_WORD,
    LATIN_NAME,
    cap_phrase_after,
    cap_phrase_before,
    clean_name,
    is_cap,
    named_earlier,
    quoted_at,
    quoted_before,
    skip_space_back,
)
from .prescan import finditer, lowered, scouted, search
from .pronouns import (
    PRONOUN_AFTER,
    SENT_TO,
    antecedent,
    body_before_noun,
    full_name_before,
    holder_of,
    owner_of_pronoun,
    pronoun_match,
    pronoun_owner,
    quotation_start,
)
from .speech import CITING_THROUGH, EN_VERBS, KK_SPREAD, REPORTS_ONE, RU_VERBS, SAYING_LEMMAS

# (the word may mix scripts: «Тelegram», "Теlegram" with a Cyrillic Т or е, as pages write it)
_TRIGGER = re.compile(
    r"(?<![\w-])(?P<word>[tт][eе]l[eе]r?gr[aа]m|телеграмм?|телегам|tg|тг|тлг)"
    # («Telegram желісіндегі парақшасында»: its page on the Telegram network)
    # («Telegram-дағы ресми арнасында»: its official channel on Telegram)
    r"(?:(?:[-‑][ \t]?|[-‑]?(?:дағы|дегі)[ \t](?:(?:ресми|жеке|өз)[ \t])?|[ \t](?:желісіндегі|мессенджеріндегі)[ \t]|"
    r"[ \t])?"
    # "Telegram feed", "Telegram news channel", "Telegram news outlet": a medium on Telegram
    r"(?P<noun>(?:news[ \t]+)?(?:channels?|outlets?)|accounts?|feeds?|pages?|"
    r"(?:аккаунт|акаунт)(?:е|і|а|у|ом)?|"  # «в своем Telegram-аккаунте»
    # «Telegram-паблик «X»», «у своєму телеграм-блозі», «на Telegram-странице ведомства»: a channel by another name
    r"(?:паблик|паблік)(?:е|а|у|ом|і|и|ов|ів)?|блог(?:е|а|у|ом|и|ов|ів)?|блоз[еі]|"
    r"страниц(?:а|е|у|ы|ей)|сторінк(?:а|и|у|ою)|сторінці|"
    r"(?<=[a-z] )(?:followers|subscribers|audience)|"  # "told his Telegram followers": his channel's readers
    r"sources|канал(?:ында|ына|ынан|ының|ы|а|у|ом|е|ов|ам|ами|ах|і|ів|и)?|"  # (Kazakh «телеграм каналында» too)
    r"(?<=[тТ][гГ])[кК](?:а|е|у|ом|и|ов)?"  # «тгк»: a "TG channel"
    r"|спільнот(?:а|и|і|у|ою)|сообществ(?:о|а|е|у|ом)"  # «у телеграм-спільноті «Київ зараз»»: a public channel
    r"|арна[а-яәіңғүұқөһ]*|парақша[а-яәіңғүұқөһ]*"
    # «Telegram-дағы жазбасында / постында / видеосында»: in its post on Telegram
    r"|(?<=дағы[ \t])(?:жазба|пост|видео)[а-яәіңғүұқөһ]*|(?<=дегі[ \t])(?:жазба|пост|видео)[а-яәіңғүұқөһ]*)"
    # (Kazakh «Telegram-да»: on Telegram; «Telegram-дағы «X» арнасы», «Телеграмдағы»: the X channel on Telegram;
    # Ukrainian «з телеграму»)
    r"|(?P<bare>е|ме|і|у|[-‑](?:да|де)|[-‑]?(?:дағы|дегі))?)(?![\w-])",
    re.IGNORECASE,
)
_VERB = re.compile(
    rf"[ \t]+(?:(?:also|later|then|также|ранее|уже)[ \t]+)?(?:{EN_VERBS}|{RU_VERBS})(?![\w-])", re.IGNORECASE
)
_VERB_THEN = re.compile(r"(?:[ \t]+\d{1,2}[ \t]+[а-яёіїє]+|[ \t]+(?:вчера|сегодня|вчора|сьогодні))?"  # «… 18 травня»
                        rf"[ \t]+(?:{EN_VERBS}|{RU_VERBS})(?:[ \t]+[a-zа-яёіїєґ'’-]+){{0,2}}?[ \t]+(?=[A-ZА-ЯЁІЇЄҐ])")
# ", пресс-секретарь ФАВТ " before a person's name: a second office in apposition, an acronym at most after it
_APPOSED_ROLE = re.compile(r"[ \t]*,[ \t]+(?:[a-zа-яёіїєґ-]+[ \t]+){1,3}(?:[A-ZА-ЯЁІЇЄҐ][\w-]*[ \t]+){0,2}?"
                           r"(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+[ \t]+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+)")
_INCLUDING = re.compile(
    r"[ \t]*,?[ \t]*(?:including|such[ \t]+as|like|в[ \t]+том[ \t]+числе|например|среди[ \t]+них)[ \t]+"
)
_CALLED = re.compile(r"[ \t\xa0]*(?::[ \t]*|(?:called|named|titled|под[ \t]+названием)[ \t]+"
                     # whose channel, in the genitive, before its quoted name: «телеграм-каналі міської влади "X"»
                     r"|(?:[а-яёіїєґ'’-]+[ \t]+){0,2}(?:влади|властей|мэрии|мерії|администрации|адміністрації|"
                     r"міськради|горсовета|управления|управління|министерства|міністерства|ведомства|відомства|"
                     r"полиции|поліції|прокуратуры|прокуратури)[ \t]+(?=[«\"“„]))?")
_LIST_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|и[ \t]+|та[ \t]+|і[ \t]+)?|[ \t]+(?:and|&|и|та|і|й)[ \t]+)")
_OF = re.compile(r"[ \t\xa0]+(?:(?:of|called|named)[ \t]+(?:the[ \t]+)?)?")  # 'channel called The People of …
_ROLE = re.compile(
    r"(?P<pre>,[ \t]*|[ \t]+|^)(?:the[ \t]+)?(?<![\w-])(?:(?:author|creator|founder|owner|administrator|admin|editor|"
    r"host)s?|(?:автор|создател|основател|владел|администратор|ведущ|редактор)[а-яё]*)"
    r"[ \t]+(?:[a-zа-яё-]+[ \t]+){0,3}\Z",
    re.IGNORECASE | re.MULTILINE,
)
_OWN = re.compile(
    rf"(?<![\w-])(?:(?P<verb>{EN_VERBS}|{RU_VERBS})[ \t]+(?:(?:this|that|it|об[ \t]+этом|это)[ \t]+)?)?"
    r"(?P<prep>in|on|в|во|на|у)[ \t]+(?:(?:a|an|the)[ \t]+)?"
    r"(?P<poss>(?:his|her|their|its|сво[её]м|своей|своєму|своїй|собственном|собственной|власному|власній|своих|"
    # ("About this in my / your Telegram channel reported the Governor …": «Об этом в своем …» machine-translated)
    r"своїх|(?<=[Aa]bout this in )(?:my|your))[ \t]+)?"
    r"(?:(?:own|official|personal|официальном|личном|офіційному|особистому)[ \t]+)?"
    # «на своїй сторінці в Telegram», «У дописі в Telegram …»
    r"(?:(?:сторінці|странице|акаунті|аккаунте|дописі|пості|посте|публікації|публикации|зверненні|обращении|"
    r"відеозверненні|видеообращении|сторінках|страницах)[ \t]+(?:в|у|во)[ \t]+)?\Z",
    re.IGNORECASE,
)
_ADVERBS = re.compile(r"(?:[ \t]+(?:also|later|earlier|then|has|had|также|ранее|уже))+\Z", re.IGNORECASE)
_DOMAIN_BEFORE = re.compile(r"(?<![\w.-])[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,4}\Z")
_LOWER_HEADS = r"police|administration|ministry|government|council|department|service|office|court|authorities"
_LOWER_HEAD_AFTER = re.compile(rf"(?:[ \t]+[a-z]+){{0,2}}?[ \t]+(?:{_LOWER_HEADS}|governor['’]s[ \t]+office)(?![\w-])")
_EN_TYPE_BEFORE = re.compile(r"[ \t]+(?:edition|outlet|portal|website|newspaper|agency|publication|media)\Z")
_OFFICE_THEN = re.compile(r"[ \t]+(?:regional[ \t]+|region['’]s[ \t]+)?(?:leader|governor|mayor|head|president|"
                          r"minister|spokes(?:man|woman|person)|chief|commander|ombudsman|deputy)[ \t]+(?=[A-Z])")
# An English participle opening the sentence before the place: "Writing on his Telegram channel, X said".
_PARTICIPLE = re.compile(r"(?:(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"”][ \t])|\A)(?:Writing|Posting|Speaking|Commenting|"
                         r"Sharing|Responding|Replying|Reacting|Reporting)\Z")
_TO_COMMA = re.compile(r"(?:[ \t]+(?:channel|account|page|post|on[ \t]+\w+day))?[ \t]*,[ \t]*")
_OFFICE_BEFORE_NAME = re.compile(r"the[ \t]+(?:[a-z][\w-]*[ \t]+){1,4}(?=[A-Z])")
_PAST_VERB = re.compile(r"[ \t]+[a-z]{3,}ed(?![\w-])")
_ASIDE = re.compile(r",[^,\n]{1,60},[ \t]*\Z")
_APPOSITIVE = re.compile(r",[ \t]*(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,3}\Z")
_WHOSE = re.compile(r"(?<![\w-])whose(?![\w-])")
_ACCORDING_TO_BEFORE = re.compile(r"(?<![\w-])[Aa]ccording[ \t]+to[ \t]+\Z")
_CHANNEL_ON = re.compile(
    r"(?P<q>[\"»”'’])(?P<post>[ \t]+(?:channel|канал[а-яё]*))?[ \t]+(?:в|во|on|in)[ \t]+\Z", re.IGNORECASE
)
_CHANNEL_WORD = re.compile(r"(?:channel|канал[а-яё]*)[ \t]+\Z", re.IGNORECASE)
_CHANNEL_ADJECTIVE = re.compile(r"[ \t]+(?:official|main|own|new|verified|personal)\Z")
_NAMED_BETWEEN_COMMAS = re.compile(
    rf",[ \t]+(?:[«\"“](?P<quoted>[^»\"”\n]{{2,40}})[»\"”]|(?P<name>{LATIN_NAME})),"
    r"(?=[ \t]+(?!(?:which|who|whose|that|where|when|and|but|however|though|although|in|on|at)\b)[a-z])")
# "via its Telegram channel, ProOrsk, which has been …": one word, no person's, named between commas before a
# relative clause, after someone's own channel ("the Telegram channel, Moscow, which denies it" names no channel)
_ONE_NAME_THEN_WHICH = re.compile(rf",[ \t]+(?P<name>{LATIN_CAP_WORD}),[ \t]+(?:which|where)(?![\w-])")
_OWN_CHANNEL_BEFORE = re.compile(r"(?<![\w-])(?:its|his|her|their)[ \t]+(?:own[ \t]+|official[ \t]+)?Telegram[ \t]+"
                                 r"channel\Z")
_LOWER_BODY_OF = re.compile(rf"[ \t]+of[ \t]+the[ \t]+(?P<name>(?:[a-z]+[ \t]+){{0,2}}?(?:{_LOWER_HEADS}|command))"
                            r"(?![\w-])")
_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")
_TIED_TO = re.compile(r"[ \t]+(?:associated|affiliated|linked|tied|connected)[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?")
# «Telegram-канал 112», «канала 360», not «канал 14 марта»
_NUMBER_NAME = re.compile(r"[ \t]+(?P<name>\d{2,4}(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w-]*)?)"  # («112 Украина»)
                          r"(?=[ \t]*(?:[.,;:!?»\")]|\n|\Z)|[ \t]+(?:сообщ|пиш|пише|заяв)"
                          # ("The Russian Telegram channel 112 later claimed": when, between)
                          r"|(?:[ \t]+(?:later|earlier|also|then|first|has|had))?"
                          r"[ \t]+(?:reported|reports|said|says|wrote|writes|claimed|claims|posted|published)"
                          r"(?![\w-]))")
_IN_BEFORE = re.compile(r"(?<![\w-])(?:в|во|на|у|in|on)[ \t]+\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"»”]?\s|\n")
_CAPITAL = re.compile(r"(?<![\w«\"'’-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+")
_NOT_A_NAME = re.compile(r"(?:telegram|телеграм|tg\b|тг\b|youtube|twitter|facebook|instagram|vk\b)", re.IGNORECASE)
_HEADLINE_VERB = re.compile(rf"(?=[A-Z])(?i:{EN_VERBS}|reveals?|shows?|blames?|accuses?|denies|warns?)(?![\w-])")
# A headline's subject and verb before the channel it acts on: "Russia Labels Telegram News Channel Astra …",
# "Kremlin Bans Telegram Channel X": the last word of the run before the channel is the verb, the name comes after
_HEADLINE_SUBJECT_VERB = re.compile(r"[ \t](?:Labels|Designates|Declares|Brands|Bans|Blocks|Lists|Names|Raids|Fines|"
                                    r"Sues|Hacks|Targets|Shuts|Outlaws)\Z")
_VERB_BEFORE = re.compile(  # "— написал Павел Сидоренко", "повідомив голова ОВА Олег Кравченко"
    rf"(?<![\w-])(?:{EN_VERBS}|{RU_VERBS})(?:[ \t]+[^\s.,;:!?]+){{0,3}}?[ \t]+\Z", re.IGNORECASE
)
# A person named only by office: "написал губернатор в своем Telegram-канале", "the governor wrote on his …".
_ROLE_OWNER = re.compile(
    r"(?<![\w-])(?P<who>(?:the[ \t]+)?(?:губернатор|мэр|глава[ \t]+региона|министр|президент|премьер-министр|"
    r"пресс-секретарь|governor|mayor|minister|president|spokes(?:man|woman|person)|prime[ \t]+minister|"
    # (Ukrainian: «— повідомив мер у Telegram», «написав очільник ОВА у своєму телеграм-каналі»)
    r"мер|міністр|міністерка|прем['’]єр-міністр|прем['’]єр-міністерка|речни(?:к|ця)|"
    r"очільни(?:к|ця)(?:[ \t]+(?:ОВА|ОДА|МВА))?|"
    r"голова[ \t]+(?:ОВА|ОДА|МВА|області|громади)))"
    rf"(?:[ \t]+(?:also|later|then|также|ранее|уже))?(?:[ \t]+(?:{EN_VERBS}|{RU_VERBS}))?[ \t]*\Z",
    re.IGNORECASE,
)
# "his Telegram channel", "свой телеграм-канал", "her own Telegram", "свой канал в Telegram": an owner-only mention.
_POSSESSIVE = re.compile(
    r"(?<![\w-])(?:his|her|their|its|сво[йеёюяиєї][а-яёієї]*|его|её|його|її|өзінің)[ \t]+"
    r"(?:(?:own|official|personal|new|официальн[а-яё]*|личн[а-яё]*|нов[а-яё]*)[ \t]+)?"
    r"(?:(?:канал[а-яё]*|channel|account|page|аккаунт[а-яё]*|страниц[а-яё]*)[ \t]+(?:в|во|on|in)[ \t]+)?\Z",
    re.IGNORECASE,
)
# "Telegram-канал политолога Ербола Едилова" (a person by role), "телеграм-канале мэрии Южно-Сахалинска" (a body).
_ROLE_AFTER = re.compile(
    # «российской группировки войск «Днепр»», «незаконного збройного формування "ДНР"»
    r"[ \t]+(?:(?P<body>(?:(?-i:[а-яёіїєґ]+)(?:ой|ого|ей|их|ої|іх)[ \t]+){0,2}"
    r"(?:мэри|администраци|правительств|министерств|ведомств|парти|издани|газет|акимат|управлени|"
    r"пресс-служб|посольств|штаб|департамент|комитет|движени|фонд|группировк|бригад|батальон|полк|дивизи|корпус|"
    r"полици|прокуратур|федераци|ассоциаци|клуб|медиакоманд|компани|агентств|служб|инспекци|центр|"
    # (Ukrainian: «руху "Атеш"», «угруповання "Схід"»)
    r"формуванн|угрупованн|рух|адміністраці|міністерств|відомств|видання|управлінн|комітет|батальйон|поліці|"
    r"компані|агенці|пресслужб|прес-служб)"
    r"[а-яёіїєґ]*(?:[ \t]+(?-i:[а-яёіїєґ]+)(?=[ \t]+[«\"„“]))?)"
    r"|(?P<person>политолог|політолог|блогер|блогерш|депутат|нардеп|журналист|журналіст|губернатор|мэр|мер|глав|"
    r"голов|министр|міністр|военкор|эксперт|експерт|"
    r"сенатор|певиц|певц|актер|актёр|актрис|основател|бизнесмен|экс-[а-яё]+)[а-яё]*)[ \t]+",
    re.IGNORECASE,
)
_TYPE_AFTER = re.compile(r"[ \t]+(?P<type>издани[а-яё]*|видання|портал[а-яё]*|агентств[а-яё]*|газет[а-яё]*|СМИ)"
                         r"(?=[,.;:!?)]|[ \t]+[а-яёії])")
# A bare channel word ("канала «X»", 'the channel "X"'); TV and YouTube channels are not Telegram's.
_IMPLIED = re.compile(r"(?<![\w-])(?:канал(?:ы|а|у|ом|е|ов|ам|ами|ах)?|channels?)(?![\w-])", re.IGNORECASE)
_NOT_TELEGRAM_CHANNEL = re.compile(
    r"(?:TV|television|YouTube|ютуб|телевизионн\w*|тв|радио)[ \t-]*\Z|(?:telegram|телеграмм?|tg|тг)[ \t-]*\Z",
    re.IGNORECASE,
)
# "the Izvestia channel in the MAX messenger", «канал «Известия» в мессенджере Max»: a channel on another network
_ELSEWHERE_AFTER = re.compile(
    r"[^.!?\n]{0,60}?(?<![\w-])(?:(?:in|on)[ \t]+(?:the[ \t]+)?"
    r"|(?:в|у|на)[ \t]+(?:мессенджере[ \t]+|месенджері[ \t]+)?)"
    r"(?:MAX|Max|Максе?|VK|ВК|ВКонтакте|WhatsApp|Viber|Signal|Дзене?|Dzen|YouTube|ютубе)(?![\w-])")
_TELEGRAM_NAMED = re.compile(r"telegram|телеграм|(?<![\w-])(?:tg|тг)(?![\w-])", re.IGNORECASE)
_CAP_NAME_AFTER = re.compile(r"[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})(?![\w'’-])")
_NAME_THEN_CHANNEL = re.compile(r"(?:(?<![\w-])[Tt]he|\w['’]s)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
                                rf"(?P<name>{LATIN_NAME})[ \t]+\Z")
_CITING_THE = re.compile(r"(?<![\w-])(?:according[ \t]+to|citing|quoting|by|from|on)[ \t]+the[ \t]+\Z",
                         re.IGNORECASE)
_QUOTE_NEXT = re.compile(r"[ \t\xa0]*(?::[ \t]*)?[«\"“„']")
# "издание «Фонтанка» в Telegram", 'the newspaper "X" on Telegram': an outlet publishing there.
_OUTLET_ON = re.compile(
    r"(?:издани[а-яё]*|газет[а-яё]*|агентств[а-яё]*|портал[а-яё]*|видання|ресурс[а-яё]*|проект[а-яё]*|проєкт[а-яі]*|"
    r"outlet|newspaper|agency|portal|"
    r"website|resource)"
    r"[ \t]+(?P<q>[«\"“„])",
    re.IGNORECASE,
)
_OUTLET_UNQUOTED = re.compile(
    r"(?<![\w-])(?:издани[а-яё]*|портал[а-яё]*|видання|ресурс[а-яё]*|сайт[а-яё]*|outlet|portal|website|resource)[ \t]+"
    r"(?P<name>[A-ZА-ЯЁІЇЄҐ][\w.-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w.-]*)?|[a-z0-9-]+(?:\.[a-z0-9-]+)+)\Z"
)
_IN_OWN = re.compile(
    r"[ \t]+(?:(?:в|во|у|on|in)[ \t]+)?(?:(?:сво[её]м|своей|своєму|its|their)[ \t]+)?\Z", re.IGNORECASE
)
_POST_THEN = re.compile(r"[ \t]+(?:post|statement|message|video|address)s?[ \t]*,?[ \t]*", re.IGNORECASE)
_UNQUOTED_ON = re.compile(
    r"(?<![\w-])(?:канал[а-яё]*|channel)[ \t]+(?P<name>[A-ZА-ЯЁ][\w.-]*(?:[ \t]+[A-ZА-ЯЁ][\w.-]*)?)"
    r"[ \t]+(?:в|во|on|in)[ \t]+\Z"
)
_BODY_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:the|its|their|[\w]+['’]s)[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"(?P<head>government|ministry|embassy|army|police|"
    r"administration|party|council|parliament|court|military|presidency)(?:['’]s)?[ \t]*\Z"
)
_LOWER_HANDLE = re.compile(r"[a-z][a-z0-9_]{3,31}(?![\w@/-]|\.\w)")
# A body named with its genitive complement, ending where the verb or the place begins: «Національна поліція
# України», «командування Повітряних сил ЗСУ», «Служба безпеки України».
_BODY_ENDING = re.compile(
    r"(?<![\w'’-])(?:[а-яёіїєґ-]+(?:ый|ий|ой|ая|яя|ое|ее|ій|на|не)[ \t]+|(?:[А-ЯЁІЇЄҐ][\w'’-]*[ \t]+){0,2})"
    r"(?i:поліці|полици|командуванн|командовани|служб|міністерств|министерств|управлінн|управлени|департамент|прокуратур|адміністраці|администраци|комітет|комитет|штаб|"
    r"пресслужб|пресс-служб|прес-служб|"
    r"(?-i:Сил|сил)(?=[аиі]?[ \t]))[а-яёіїєґ]*"  # («Сили оборони півдня», «Повітряні сили ЗСУ»: the forces)
    r"(?:[ \t]+(?:[А-ЯЁІЇЄҐ][\w'’-]*|[а-яёіїєґ'’-]+|[«\"“][^»\"”\n]{1,40}[»\"”])){0,3}\Z"  # («пресслужба АТ "X"»)
)
# The body's last words before "в Telegram" naming the place of the post: «в канале», «на сторінці», «у дописі»
_WHERE_IT_WROTE = re.compile(r"[ \t]+(?:в|во|у|на)[ \t]+(?:канал|страниц|сторінц|пост|допис|публікаці|публикаци|"
                             r"аккаунт|акаунт|блог|сообщени|повідомленн)[а-яёіїєґ]*\Z", re.IGNORECASE)
_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐа-яёіїєґ]")
_RU_VERB_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?:{RU_VERBS})[ \t]+\Z", re.IGNORECASE)
# A medium's name right after the bare word, ending the clause: Latin capitals («Exilenova+») or a quotation.
_NAME_RIGHT_AFTER = re.compile(r"[ \t]+(?:(?P<name>[A-Z][\w-]*(?:\.\w+)*(?:[ \t]+[A-Z][\w-]*){0,2}\+?)"
                               r"|[«\"“](?P<quoted>[^»\"”\n]{2,40})[»\"”])(?=[ \t]*[.,;:!?]|\n|\Z)")
# «Про це повідомляється в Telegram "Укренерго"», «сообщается в Telegram «Россетей»»: the statement's place, then whose
_IMPERSONAL_IN = re.compile(r"(?<![\w-])(?:повідомляється|сообщается|говорится|йдеться|ідеться|зазначається|"
                            # (or a passive participle: «опубліковано в телеграмі Зеленського»)
                            r"отмечается|опубліковано|оприлюднено|розміщено|опубликовано|размещено)"
                            r"[ \t]+(?:в|у|на)[ \t]+\Z", re.IGNORECASE)
# «з телеграму Exilenova+», «за даними телеграму «X»», «из Telegram Mash»: taken from the channel named next
_TAKEN_FROM = re.compile(r"(?<![\w-])(?:з|із|зі|из|от|від|(?:за|згідно[ \t]+з)[ \t]+даними|по[ \t]+данным|"
                         r"согласно[ \t]+данным)[ \t]+\Z", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"(?<![\w-])(?:Sources?|Источники?|Джерело)[ \t]*:[^\n.]*\Z")
_ON_BARE = re.compile(r"(?<![\w-])(?:на|в|у)[ \t]+\Z", re.IGNORECASE)
_REPORTS_BARE = re.compile(rf"(?<![\w-])(?:{REPORTS_ONE})[ \t]+\Z", re.IGNORECASE)
# the person's office in the genitive right after the word ("начальника", "голови"; not who wrote: "голова")
_ROLE_NEXT = re.compile(r"[ \t]+(?:[а-яёіїєґ]+(?:ого|его|ой|ей|ої)[ \t]+){0,2}"  # «городского председателя»
                        r"(?!(?:голова|глава)[ \t])[а-яёіїєґ-]+(?:а|я|и|і|ы)[ \t]")
# What a name rule found: names (start, end, name), the rule id, and the owner's span.
_Found = tuple[list[tuple[int, int, str]], str, tuple[int, int] | None]


# The messenger's name in quotes, «написал в своем «Телеграме»»: the bare word to every rule
_QUOTED_TELEGRAM = re.compile(r"«((?:телеграмм?|telegram)(?:е|а|у|ом)?)»", re.IGNORECASE)


def unquote_telegram(text: str) -> str:
    """The text with the quotes around the word Telegram blanked («в «Телеграме»» as «в  Телеграме »), the same
    length, so what the rules find there is where it is in the text as written."""
    if "«" not in text or ("елеграм" not in text and "elegram" not in text and "ЕЛЕГРАМ" not in text):
        return text
    return _QUOTED_TELEGRAM.sub(r" \1 ", text)


def find_telegram_prose(text: str) -> list[Match]:
    """Telegram channels (by name) and channel owners (by person) named in the text."""
    found: list[Match] = []
    about_telegram = False
    for m in finditer(_TRIGGER, text):
        about_telegram = True
        if m.group("noun"):
            found += _from_channel_word(text, m)
        elif m.group("word").casefold() not in ("tg", "тг"):
            found += _from_bare_word(text, m)
    if about_telegram:  # an article that speaks of Telegram: «канала «X»» alone is a Telegram channel
        found += _implied_channels(text)
        found += _at_own_place(text)
        if search(_CHANNELS_TALKED_OF, text) is not None:
            found += _quoted_speakers(text)
    return found


# An article about Telegram channels names them as speakers, no channel word beside: «"Адекват", например, заметил»,
# «А "Доктор прописал" обратил внимание», «сообщил провластный «Беларусский силовик»»
_CHANNELS_TALKED_OF = re.compile(r"(?<![\w-])(?:телеграмм?|telegram|tg|тг)[- ]?канал", re.IGNORECASE)
_QUOTED_CAPITAL = re.compile(r"[«\"“](?P<name>[A-ZА-ЯЁ][^»\"”“\n]{1,40})[»\"”]")
# the quoted name opening its sentence (or after «А», «Также» …), then its verb, an aside («, например,») between
_OPENS_SENTENCE = re.compile(r"(?:\n|[.!?…][»\"”]?[ \t]+|(?<![\w-])(?:А|И|Также|Так|Зато|Однако|Також|Натомість|"
                             r"Проте)[ \t]+)\Z")
_ITS_VERB = re.compile(r"(?:[ \t]*,[ \t]*[а-яёіїєґ]+(?:[ \t]+[а-яёіїєґ]+)?[ \t]*,)?[ \t]+"
                       r"(?:также[ \t]+|уже[ \t]+|також[ \t]+|вже[ \t]+)?(?P<verb>[а-яёіїєґ]+)(?![\w-])")
# or the verb first, one or two adjectives, the name ending the clause: «сообщил провластный «X».»
_VERB_THEN_ADJECTIVES = re.compile(r"(?<![\w-])(?P<verb>[а-яёіїєґ]+)[ \t]+(?:[а-яёіїєґ]+(?:ый|ий|ой|ая|яя|ое|ие|ые|ій)"
                                   r"[ \t]+)"
                                   r"{1,2}\Z", re.IGNORECASE)
_SAYING_STEM = re.compile(rf"(?:{RU_VERBS}|стверджу[а-яіїє]*|вважа[а-яіїє]*|зауважи?[а-яіїє]*)", re.IGNORECASE)
_ENDS_CLAUSE = re.compile(r"[ \t]*[.,;:!?]|\n|\Z")


def _quoted_speakers(text: str) -> list[Match]:
    found = []
    for m in _QUOTED_CAPITAL.finditer(text):
        start, end = m.start(), m.end()
        verb = _ITS_VERB.match(text, end)
        if (verb is not None and (start == 0 or _OPENS_SENTENCE.search(text, max(0, start - 12), start))):
            end = verb.end()
        elif _ENDS_CLAUSE.match(text, end) and (verb := _VERB_THEN_ADJECTIVES.search(text, max(0, start - 60),
                                                                                      start)) is not None:
            start = verb.start()
        else:
            continue
        name = clean_name(m.group("name"))
        said = verb.group("verb")  # (a Ukrainian verb by its stem: the dictionary is Russian)
        if (not (lemma(said) in SAYING_LEMMAS or _SAYING_STEM.fullmatch(said)) or name is None or is_org_like(name)
                or looks_like_person(name) or len(name.split()) > 4
                or any(names_a_body_or_place(w) for w in name.split())):
            continue  # («"Газпром" сообщил», «"Единая Россия" заявила» are bodies, outlets' rules read them)
        found.append(Match("telegram", start, end, "tg.prose.quoted_speaker", name=name))
    return found


# «Илья Лифанцев у себя в канале отмечает»: "at one's own place", the channel being their own.
_AT_OWN = re.compile(r"(?<![\w-])у[ \t]+себя[ \t]+в[ \t]+(?:(?:telegram|телеграм|тг|tg)[- ]?)?(?:канале|телеграме|"
                     r"telegram|блоге)(?![\w-])", re.IGNORECASE)
_AT_OWN_SCOUT = re.compile(r"у[ \t]+себя")  # in the folded text (its opening words, "у ", are everywhere)


def _at_own_place(text: str) -> list[Match]:
    found = []
    for m in scouted(_AT_OWN, text, _AT_OWN_SCOUT, lowered(text)):
        j = skip_space_back(text, m.start())
        who = person_before(text, j) if j == m.start() - 1 or text[j : m.start()].isspace() else None
        if who is not None and looks_like_person(text[who[0] : who[1]]):
            found.append(Match("telegram", who[0], m.end(), "tg.prose.own_channel", owner=text[who[0] : who[1]]))
    return found


_CITING_PHRASE_BEFORE = re.compile(r"(?<![\w-])(?:[Пп]о[ \t]+(?:данным|информации)|[Зз]а[ \t]+(?:даними|інформацією)|"
                                   rf"{CITING_THROUGH})[ \t]+\Z")
_CYRILLIC_NAME_AFTER = re.compile(r"[ \t]+(?P<name>[A-ZА-ЯЁІЇЄҐ][\w.'’-]+(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w.'’-]+){0,2})"
                                  r"(?=[ \t]*[,.;:!?)]|\n|\Z)")


def _implied_channels(text: str) -> list[Match]:
    """ "по данным канала «Северный ветер»" in an article that speaks of Telegram elsewhere. """
    found = []
    for m in finditer(_IMPLIED, text):
        if (elsewhere := _ELSEWHERE_AFTER.match(text, m.end())) and not _TELEGRAM_NAMED.search(elsewhere.group()):
            continue
        if not _QUOTE_NEXT.match(text, m.end()):
            cited = _CITING_PHRASE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            unquoted = _CYRILLIC_NAME_AFTER.match(text, m.end()) if cited is not None else None
            if unquoted is not None:  # «За даними каналу Николаевский Ванек,»: named without quotes
                found.append(Match("telegram", m.start(), unquoted.end("name"), "tg.prose.implied_channel",
                                   name=unquoted.group("name")))
                continue
            named = _CAP_NAME_AFTER.match(text, m.end()) if m.group() == "channel" else None
            if named is not None and _CITING_THE.search(text, max(0, m.start() - 20), m.start()):
                # "according to the channel Operativnye Svodki (Operational Reports)"
                found.append(Match("telegram", m.start(), named.end("name"), "tg.prose.implied_channel",
                                   name=named.group("name")))
            english = m.group() == "channel"
            before = _NAME_THEN_CHANNEL.search(text, max(0, m.start() - 60), m.start()) if english else None
            if (before is not None and not _TELEGRAM_NAMED.search(before.group("name"))  # "the TG channel": no name
                    and not all(is_nationality(w) or is_demonym(w) for w in before.group("name").split())
                    and (_VERB.match(text, m.end()) or _CITING_THE.search(text, max(0, before.start() - 20),
                                                                           before.start() + 4))):
                # "The DTM channel said", "Colleagues from the DTM channel noted": a channel named by its name alone
                found.append(Match("telegram", before.start("name"), m.end(), "tg.prose.implied_channel",
                                   name=before.group("name")))
            continue
        if _NOT_TELEGRAM_CHANNEL.search(text, max(0, m.start() - 25), m.start()):
            continue
        names = _quoted_names(text, m.end())
        if names and is_cap(names[0][2]) and _cited_in_clause(text, m.start(), names[-1][1]):
            found += _matches(text, [(m.start(), m.end())], names, None, "tg.prose.implied_channel")
    return found


# Something said or taken from it, in the clause of the bare word: «опубликовал канал «X»», «в повідомленні каналу
# «X»», «по данным канала «X»», «Підписники каналу «X» повідомили»
_CITED = re.compile(rf"(?<![\w-])(?:{RU_VERBS}|{REPORTS_ONE}|{EN_VERBS}|according|citing|quoting|сообщается|"
                    r"говорится|йдеться|ідеться|повідомленн\w*|сообщени\w*|публикаци\w*|публікаці\w*|дописі|посте|данным|даними|информации|"
                    r"інформацією|ссылкой|посиланням|ссылаясь|посилаючись)(?![\w-])", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[,;:()\n]|[.!?](?=\s)|\s[—–-]\s")


def _cited_in_clause(text: str, start: int, end: int) -> bool:
    """The bare word «канал» names a Telegram channel as a source only in a clause that cites it: «Так, імовірний
    власник каналу «X» отримав бронювання», a list of channels, or «появится новый канал «X»» cite nothing."""
    edges = [e.end() for e in _CLAUSE_EDGE.finditer(text, max(0, start - 160), start)]
    lo = edges[-1] if edges else max(0, start - 160)
    after = _CLAUSE_EDGE.search(text, end, end + 160)
    return _CITED.search(text, lo, after.start() if after else min(len(text), end + 160)) is not None


# The channel's people or a fake before it: the channel is what the news is about, not where it comes from
_CHANNEL_AS_OBJECT = re.compile(
    r"(?<![\w-])(?:авторов|администратор[а-яё]*|адміністратор[а-яіїє]*|админ(?:ов|ы|а|ам)?|адмін(?:ів|и|а|ам)?|"
    r"владел[а-яё]*|власни[а-яіїє]*|создател[а-яё]*|"
    # its head or editor («Руководитель телеграм-канала издания «X» рассказал в интервью»), who reads it («украинцы
    # читают ТГ-канал «X»»): the news is about the channel
    r"руководител[а-яё]*|керівни[а-яіїє]*|(?:главн[а-яё]+[ \t]+|шеф-)?редактор[а-яё]*|главред[а-яё]*|"
    r"(?:про)?чита(?:ют|ет|ли|л|ла|ть|ешь|ем)|читают|"
    r"основател[а-яё]*|засновни[а-яіїє]*|authors|admins?|administrators?|owners?|creators?|founders?|"
    r"фейков[а-яёіїє]*|поддельн[а-яё]*|фальшив[а-яё]*|підробн[а-яіїє]*|fake)[ \t]+"
    # "the administrator of the Moscow Calling Telegram channel": its name between
    r"(?:(?:[а-яёіїєґa-z'’-]+[ \t]+){0,2}|of[ \t]+(?:the[ \t]+)?(?-i:[A-Z][\w'’-]*[ \t]+){1,3})\Z", re.IGNORECASE)


def _from_channel_word(text: str, m: re.Match[str]) -> list[Match]:
    start, end = m.start(), m.end()
    if FOUNDED_BEFORE.search(text, max(0, start - 50), start):
        return []  # «создал свой Telegram-канал», "launched his own Telegram channel": having one cites nothing
    if SENT_TO.search(text, max(0, start - 80), start):
        return []  # "messages were sent to RFE/RL's Telegram account": the channel as the addressee
    if _CHANNEL_AS_OBJECT.search(text, max(0, start - 50), start):
        return []  # «авторов Telegram-канала «X» задержали», «фейковом Telegram-канале»: the news is about it
    noun = m.group("noun").casefold().removeprefix("news").lstrip()  # ("Telegram news channel": the channel)
    if noun.startswith("арнамыз"):
        return []  # "our Telegram channel": the publisher's promo line
    if noun.startswith(("арна", "парақша")) and _KK_OPENED.match(text, end):
        return []  # «Оқушы Telegram-арна ашып»: opening a channel cites nothing
    if noun in _KK_ACCUSATIVE and not _KK_CITING_AFTER.match(text, end):
        return []  # «"X" Telegram-арнасын бұғаттады»: the channel blocked, read, found: the news is about it
    # «министрлігінің телеграм каналы»: Kazakh «каналы» is "its channel", one, where Russian «каналы» is plural
    kazakh = noun.startswith(_KAZAKH_CHANNEL) or (
        noun == "каналы" and KAZAKH_LETTER.search(text, max(0, start - 60), min(len(text), end + 60)) is not None)
    plural = noun.endswith("s") or noun in ("каналов", "каналам", "каналами", "каналах", "канали", "каналів", "паблики",
                                            "пабліки", "пабликов", "пабліків", "блоги", "блогов", "блогів") or (
        noun == "каналы" and not kazakh) or noun.startswith(("арналар", "парақшалар", "каналдар"))
    # («Telegram парақшасы»: its page)
    english_or_kazakh = kazakh or noun.startswith(("channel", "account", "feed", "page", "outlet"))
    left = skip_space_back(text, start)
    parts: list[tuple[int, int]] = [(start, end)]
    names: list[tuple[int, int, str]] = _quoted_names(text, end)
    rule, owner = "tg.prose.quoted_after", None
    role = _ROLE.search(text, max(0, start - 80), start)
    if role is not None:
        owner = person_before(text, role.start()) if role.group("pre") else None
        if owner is None and names:
            owner = person_after(text, _skip_fwd(text, names[-1][1]))
    if not names:
        q = quoted_before(text, left)
        if q is not None and (name := clean_name(q[2])) and not (plural and name[:1].islower()):
            # (not «якобы «домовые» телеграм-каналы»: a lowercase word in quotes before channels says what kind)
            names, rule = [(q[0], q[1], name)], "tg.prose.quoted_before"
        elif kazakh and (body := common_body_before_channel(text, left)) is not None:
            names, rule = [body], "tg.prose.kazakh_owner"  # «ведомствоның Telegram-арнасы»: the body named before
        elif kazakh and (called := _KK_CALLED_BEFORE.search(text, max(0, start - 80), start)) is not None and (
                _KK_WROTE.match(text, end) or _KK_ACCORDING_AFTER.match(text, end)):  # (said; not "was blocked")
            group = "quoted" if called.group("quoted") else "name"  # «Примерград атты Telegram-арна»: "named X"
            names, rule = [(called.start(), called.end(group) + (group == "quoted"), called.group(group))
                           ], "tg.prose.kazakh_called"
        elif kazakh and (speaker := _kazakh_speaker_before_quote(text, start)) is not None:
            # «Примерия әкімдігі: «…», – деп жазды Telegram-арнасында»: who spoke, named before the quotation
            # (the span the mention, «деп жазды Telegram-арнасында», the quotation between may be long)
            who_name, at = text[speaker[0] : speaker[1]], _KK_DEP_RIGHT_BEFORE.search(text, max(0, start - 40), start)
            mention = at.start() if at is not None else start
            if looks_like_person(who_name):
                return [Match("telegram", mention, end, "tg.prose.speaker_before_quote", owner=who_name)]
            return [Match("telegram", mention, end, "tg.prose.speaker_before_quote", name=who_name)]
        elif kazakh and (held := _kazakh_role_holder(text, left)) is not None:
            # «қала басшысының арнасы»: the span is the mention, the office its name when capitalised, its holder
            # (named before) the owner
            return [Match("telegram", held[0], end, "tg.prose.kazakh_role_owner", name=held[1],
                          owner=text[held[2][0] : held[2][1]] if held[2] else None)]
        elif kazakh and (kk := owner_before_channel(text, left)) is not None:
            # "әкімдігінің арнасы"; «ведомствоның баспасөз қызметі»: the body named before
            names, rule = [(kk[0], kk[1], kazakh_body_meant(text, kk[0], text[kk[0] : kk[1]]) or text[kk[0] : kk[1]])
                           ], "tg.prose.kazakh_owner"
            if _kazakh_person_genitive(text[kk[0] : kk[1]]):  # «Ерлан Примеровтың Telegram-арнасы»: a person's
                names, owner = [], kk
            if (nominative := _KK_BODY_BY_NOUN.get(text[kk[0] : kk[1]].casefold())) is not None and (
                    named := _kazakh_body_named_before(text, nominative, kk[0]) or body_before_noun(text, kk[0])):
                names = [(kk[0], kk[1], named)]  # «Компанияның Telegram-каналында»: the company named before
        elif kazakh and (kk_he := _KAZAKH_PRONOUN.search(text, max(0, start - 20),
                                                                                  start)) is not None:
            # «Бұл туралы ол Telegram-арнасында жазды»: "he", the person named before (before the quotation in
            # «"… Польшада", – деп жазды ол Telegram-каналында»: a name inside it is what was said)
            who = antecedent(text, quotation_start(text, kk_he.start()))
            return [pronoun_match(text, kk_he.start(), end, who or kk_he.span("pron"))]
        elif kazakh and (kk := _kazakh_own(text, left)) is not None:
            owner, rule = kk, "tg.prose.own_channel"  # "Василий Голубев өзінің Telegram арнасында"
        elif noun.startswith(("арна", "парақша", "канал")) and (kk := _kazakh_subject(text, left, end, noun)):
            owner, rule = kk, "tg.prose.own_channel"  # «Асайын Байханов Telegram-дағы каналында жазды»
        elif english_or_kazakh and not plural:
            names, rule, owner = _name_before(text, left, start, owner)
            if len(names) == 1 and names[0][2].casefold() in _KK_ROLES and (
                    holder := holder_of(text, names[0][2], names[0][0])) is not None:
                names, owner = [], holder  # «Блогер Telegram-арнасында»: the blogger named before
            if kazakh and len(names) == 1 and (_KK_ADJECTIVE.fullmatch(names[0][2])
                                               or names[0][2].casefold() in _KK_CHANNEL_DESCRIBED):
                names = []  # «Ресейлік Telegram-арнасы», «Жалған Telegram-арна»: "a Russian / a fake channel", no name
            elif kazakh and len(names) == 1 and (origin := _KK_ORIGIN_FIRST.match(names[0][2])) is not None:
                # «Украиналық Примерзрада Telegram-арнасы»: "the Ukrainian X channel", the adjective opening the
                # sentence is no part of the name
                s0, e0, nm = names[0]
                names = [(s0 + origin.end(), e0, nm[origin.end() :])]
        if names and noun.startswith(("арналар", "парақшалар")):  # «Mash, Shot және "Известия" телеграм арналары»
            names += _listed_before(text, names[0][0])  # (the nearest first: its span joins the channel word)
        if not names and not owner and not (_KK_PLURAL_OBLIQUE.fullmatch(noun) and _KK_SPREAD_AFTER.match(text, end)):
            # (not «Telegram-арналарда Примерград туралы … ақпарат тарады»: what spread "in Telegram channels", the
            # capital after it opens what it was; the unnamed rule cites the channels)
            names, rule, owner = _name_after(text, end, owner)
            if names and noun.startswith(("арна", "парақша")):
                names = _kazakh_name_after(text, names)
            place = _KAZAKH_LOCATIVE.search(text, *owner) if owner and noun.startswith(("арна", "парақша")) else None
            if owner is not None and place is not None and " " in text[owner[0] : place.start()]:
                owner = (owner[0], place.start())  # «… Айгүл Примерова Алматыда жазды»: the place ends the name
            if names and noun in ("каналы", "канали", "channels"):  # "Telegram-каналы Baza, Mash и SHOT сообщили";
                # not "редакции каналов X и Y" (a genitive: channels mentioned, rarely cited)
                listed = names + _list_from(text, _LIST_SEP.match(text, names[-1][1]))
                said = (_VERB.match(text, listed[-1][1])
                        or _VERB_BEFORE.search(text, max(0, start - 60), start))
                # a list is cited when a verb of saying goes with it («пишуть телеграм-канали X та Y»), else the
                # channels are only named («телеграм-канали X, Y, Z координуються Кремлем»): the first alone
                # (English: "reported by the Telegram channels X and Y", "Source: … channels X and Y" only)
                source = _SOURCE_BEFORE.search(text, max(0, start - 40), start)
                names = listed if said or source or (len(listed) <= 3 and noun != "channels") else names
        if not names and not owner:
            names, rule, owner = _role_after(text, end)
        if not names and not owner and (by_adjective := _owner_by_adjective(text, start)) is not None:
            # (named sentences before: the citation is the mention, as for a pronoun)
            return [Match("telegram", by_adjective[0], end, "tg.prose.owner_adjective", name=by_adjective[1])]
        if not names and plural:
            names, rule = _listed_names(text, end), "tg.prose.listed"
    own = _own_channel(text, start, end)
    if owner is None and own is not None and (own.poss or not names):
        owner = (own.start, own.end)
        rule = rule if names else "tg.prose.own_channel"
    if role is not None and owner is not None:
        rule = "tg.prose.author_of"
    if not names and owner is None and (outlet := _outlet_before(text, start)) is not None:
        names, rule = [outlet], "tg.prose.outlet_on"  # "Издание «Фонтанка» в своём Telegram-канале"
    if not names and owner is None and (subject := _quoted_after_verb(text, start)) is not None:
        names, rule = [subject], "tg.prose.quoted_subject"
    if not names and owner is None and (poss := _POSSESSIVE.search(text, max(0, start - 40), start)):
        alias = _GOES_BY.search(text, max(0, start - 300), start) if poss.group().startswith(("their", "its")) else None
        if alias is not None and not _SENTENCE_END.search(text, alias.end(), start):
            # "The group responsible, which goes by Malek Team, began releasing … on their Telegram channel": the
            # span is the mention, as for a pronoun
            return [Match("telegram", poss.start(), end, "tg.prose.possessive_alias", name=alias.group("name"))]
        owner, rule = sentence_person(text, start, end), "tg.prose.possessive_owner"
        if owner is not None and _BODY_SPEAKS_BETWEEN.search(text, owner[1], start):
            owner = None  # "… over the Sea of Azov, the ministry said on its Telegram channel": the ministry's
        elif owner is not None and thing_not_subject(text[owner[0] : owner[1]]):
            owner = None  # «Обращение опубликовано в его Telegram-канале»: what was posted, not whose
        if owner is not None and (of := _OBJECT_OF.search(text, max(0, owner[0] - 40), owner[0])) and (
                of.group("title") is None or is_title(of.group("title"))) and (
                he := _HE_BEFORE.search(text, _clause_start(text, owner[0]), owner[0])):
            # "he has supported the statements of Vladimir Putin, commenting on them on his Telegram channel": his
            # is the subject's, not the name after "of"
            owner = owner_of_pronoun(text, he.span(), (he.start(),))
    if not names and owner is None and (pron := pronoun_owner(text, start)) is not None:
        return [pronoun_match(text, pron[0], end, pron[1])]
    after = PRONOUN_AFTER.match(text, end) if not names and owner is None else None
    poss = (_POSSESSIVE.search(text, max(0, start - 40), start) or _IN_BEFORE.search(text, max(0, start - 10), start)
            if after is not None else None)
    if after is not None and poss is not None:  # "В своем Telegram-канале он указал", «в Telegram-канале, он отметил»
        who = owner_of_pronoun(text, after.span("pron"), (start,))
        return [pronoun_match(text, poss.start(), after.end("pron"), who)]
    if not names and owner is None:
        return []
    if rule == "tg.prose.possessive_owner" and plural and owner is not None and (
            both := _PERSON_AND.search(text, max(0, owner[0] - 80), owner[0])) and looks_like_person(both["name"]):
        # "Mikhail Vedernikov of Pskov and Alexander Drozdenko of Leningrad announced the alert via their official
        # Telegram channels": each one's channel (the first one's span his name, up to "and")
        return [*_matches(text, parts, names, owner, rule),
                Match("telegram", both.start("name"), both.end("who"), rule, owner=both["name"])]
    if owner is not None and owner[1] <= left and _SENTENCE_END.search(text, owner[1], start):
        # the owner named sentences before («… Кадыров. Ролик появился на Telegram-канале чеченского лидера»): the
        # citation is the mention, as for a pronoun
        return [Match("telegram", start, end, rule, owner=text[owner[0] : owner[1]])]
    if owner is not None and not names and _ITS_BEFORE.search(text, max(0, start - 30), start):
        names, owner = [(owner[0], owner[1], text[owner[0] : owner[1]])], None  # "X said on its …": a group's
    return _matches(text, parts, names, owner, rule)


# "its (own) Telegram channel": a group's or a body's, never a person's
_ITS_BEFORE = re.compile(r"(?<![\w-])its[ \t]+(?:(?:own|official)[ \t]+)?\Z", re.IGNORECASE)


_HE_BEFORE = re.compile(r"(?<![\w'’-])(?:he|she)(?![\w'’-])")
# "the statements of (President) Vladimir Putin": a name as the object of a preposition, a title at most between
# A new clause whose subject is a body by its noun, then its verb, between a name and the possessive: "its" is the
# body's, not the name's
_BODY_SPEAKS_BETWEEN = re.compile(
    r",[ \t]+(?:the|its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:ministry|agency|committee|department|court|"
    r"administration|embassy|directorate|service|company|group|government|council|army|military|police|office|"
    rf"command|headquarters|authorities|movement|brigade|militia)[ \t]+(?:also[ \t]+|later[ \t]+)?(?:{EN_VERBS})"
    r"(?![\w-])")
_OBJECT_OF = re.compile(r"(?<![\w-])(?:of|to|with|by|for|from|about|against)[ \t]+(?:the[ \t]+)?"
                        r"(?:(?P<title>[A-Z][a-z]+)[ \t]+)?\Z")


# «официальный правительственный ТГ-канал», «урядовий телеграм-канал»: whose by an adjective of the body
_BODY_ADJECTIVE = re.compile(r"(?<![\w-])(?P<adj>правительственн|урядов|министерск|міністерськ|кремлевск|кремлівськ)"
                             r"[а-яёіїє]*[ \t]+\Z", re.IGNORECASE)
_BODY_OF_ADJECTIVE = {"правительственн": "правительств", "урядов": "уряд", "министерск": "министерств",
                      "міністерськ": "міністерств", "кремлевск": "кремл", "кремлівськ": "кремл"}


def _owner_by_adjective(text: str, start: int) -> tuple[int, str] | None:
    """The body an adjective before the channel word stands for, named in full before within 600 characters
    («Правительство Молдовы … со ссылкой на официальный правительственный ТГ-канал»)."""
    adjective = _BODY_ADJECTIVE.search(text, max(0, start - 40), start)
    if adjective is None:
        return None
    noun = _BODY_OF_ADJECTIVE[adjective.group("adj").casefold()]
    named = [m for m in _noun_then_name(noun + "о").finditer(text, max(0, adjective.start() - 600), adjective.start())]
    if not named:
        return None
    return adjective.start(), named[-1].group()  # (where the mention starts, the body's name)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding pos starts: after the last stop, comma, colon, bracket or dash before it
    (CLAUSE_STOP), within 300 characters."""
    stops = [m.end() for m in CLAUSE_STOP.finditer(text, max(0, pos - 300), pos)]
    return stops[-1] if stops else max(0, pos - 300)


# Two people owning "their" channels: the first one named before "and" ("Mikhail Vedernikov of Pskov and …")
_PERSON_AND = re.compile(r"(?<![\w'’-])(?P<who>(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
                         r"(?:[ \t]+of[ \t]+[A-Z][\w'’-]+)?)[ \t]+and[ \t]+\Z")

_KAZAKH_GENITIVE_NEXT = re.compile(
    r"(?:[ \t]+[а-яәіңғүұқөһё]+){0,2}?[ \t]+[\wәіңғүұқөһ]+(?:ның|нің|дың|дің|тың|тің)(?![\w-])")
_KAZAKH_LOCATIVE = re.compile(r"[ \t]*[\w-]+(?:да|де|та|те|дағы|дегі|тағы|тегі)\Z")


def _kazakh_name_after(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Capitalised words after «арнасында» that are no name: a place in the locative ends the name («Тина
    Канделаки Қазақстанда» -> «Тина Канделаки»; «Дондағы Ростовта» alone -> none), and a word that opens a
    genitive phrase («арналар Оңтүстік әскери округтің») is a district's, not a channel's name."""
    start, end, name = names[-1]
    place = _KAZAKH_LOCATIVE.search(name)
    if place is not None:
        name = name[: place.start()]
        end = start + len(name)
    if not name or _KAZAKH_GENITIVE_NEXT.match(text, end):
        return names[:-1]
    return names[:-1] + [(start, end, name)]


_LIST_SEP_BEFORE = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:және|мен|пен|бен|and|и|та)[ \t]+)\Z")


def _listed_before(text: str, start: int) -> list[tuple[int, int, str]]:
    """The names listed before the one at start, nearest first: «Mash, Shot және "Известия" телеграм арналары»."""
    names: list[tuple[int, int, str]] = []
    while len(names) < 6 and (sep := _LIST_SEP_BEFORE.search(text, max(0, start - 12), start)) is not None:
        q = quoted_before(text, sep.start())
        p = cap_phrase_before(text, sep.start(), max_words=3) if q is None else None
        span = (q[0], q[1]) if q is not None else p
        name = clean_name(q[2]) if q is not None else text[p[0] : p[1]] if p else None
        if span is None or not name:
            break
        names.append((span[0], span[1], name))
        start = span[0]
    return names


# "which goes by Malek Team", "known as Cyber Army", "calling itself X": a group's name given in passing
_GOES_BY = re.compile(r"(?<![\w-])(?:goes[ \t]+by|go[ \t]+by|known[ \t]+as|calls[ \t]+itself|calling[ \t]+itself)[ \t]+"
                      r"(?:the[ \t]+)?(?P<name>[A-Z][\w'’.()-]*(?:[ \t]+[A-Z][\w'’.()-]*){0,3})")
# A body by its common noun in the genitive, «Компанияның Telegram-каналында»: the body named before, with the
# noun in the nominative after its name («Air Astana әуе компаниясы»)
_KK_BODY_BY_NOUN = {"компанияның": "компаниясы", "ведомствоның": "ведомствосы", "мекеменің": "мекемесі",
                    "ұйымның": "ұйымы", "министрліктің": "министрлігі", "әкімдіктің": "әкімдігі", "банктің": "банкі",
                    "клубтың": "клубы", "партияның": "партиясы"}
_KK_NAME = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.&'’-]*(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.&'’-]*){0,3}"


def _kazakh_body_named_before(text: str, nominative: str, pos: int) -> str | None:
    """The name before the nearest «<Name> [<word>] компаниясы» within 600 characters before pos."""
    found = None
    for m in re.finditer(rf"(?<![\w-])(?P<name>{_KK_NAME})[ \t]+(?:[а-яәғқңөұүһі-]+[ \t]+)?{nominative}(?![\w-])",
                         text[max(0, pos - 600) : pos]):
        words = m.group("name").split()
        while len(words) > 1 and words[0].casefold() in _KK_OPENERS:
            words = words[1:]  # «Бүгін Air Astana»: "today", opening the sentence
        found = " ".join(words)
    return found


# An office or a role alone before a Kazakh channel word («Блогер Telegram-арнасында»): whoever the text named with it
_KK_ROLES = frozenset("блогер журналист саясаткер спикер әкім министр депутат губернатор мэр президент сарапшы".split())
_KK_OPENERS = frozenset("бүгін кеше алайда сондай-ақ ал осы бұл қазір ертең жақында сонымен мұнымен".split())
# «ол» ("he"), «оның» ("his"), «олардың» ("their") before the channel word: the person named before
_KAZAKH_PRONOUN = re.compile(rf"(?<![\w-])(?P<pron>[Оо]л|[Оо]ның|[Оо]лардың)[ \t]+"
                             rf"(?:(?:{'|'.join(OWN + CHANNEL_ADJECTIVES)})[ \t]+)?\Z")
# («Михаил Козачков та өз телеграм каналында»: "also", a particle between the person and "own")
_KAZAKH_OWN = re.compile(rf"(?<![\w-])(?:(?:та|те|да|де)[ \t]+)?(?:{'|'.join(OWN)})[ \t]*\Z", re.IGNORECASE)


# An office in the genitive before the channel word: «облыс әкімінің», «қала басшысының ресми», «министрдің»
_KK_ROLE_GENITIVE = re.compile(
    r"(?<![\w-])(?:(?:қала|облыс|аудан|ауыл|мемлекет|ел|үкімет)[а-яәіңғүұқөһ]*[ \t]+)?"
    r"(?P<role>(?:басшы|әкім|министр|президент|мэр|губернатор|депутат|хатшы|спикер|блогер|журналист|"
    r"сарапшы|төраға|директор|бастығ|елші|премьер-министр|қолбасшы|жетекші|сенатор|саясаткер|тележүргізуші|"
    r"өкіл)[а-яәіңғүұқөһ]{0,4}(?:ның|нің|дың|дің|тың|тің))(?:[ \t]+(?:ресми|ресмі|жеке|өз))*[ \t]*\Z")


# The office in the nominative, the subject: «Примерия президенті өз Telegram-арнасында», «Мемлекет басшысы …»
_KK_ROLE_NOMINATIVE = re.compile(
    r"(?<![\w-])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*[ \t]+){0,3}(?:(?i:қала|облыс|аудан|ауыл|мемлекет|ел|үкімет)"
    r"[а-яәіңғүұқөһ]*[ \t]+|(?<=[ \t])[а-яәіңғүұқөһ]+[ \t]+(?=істер[ \t]))?"  # («Сыртқы істер министрі»)
    r"(?:істер[ \t]+)?(?P<role>(?i:басшысы|әкімі|министрі|президенті|мэрі|губернаторы|депутаты|хатшысы|спикері|"
    r"төрағасы|директоры|бастығы|елшісі|премьер-министрі|қолбасшысы|жетекшісі|өкілі|блогер|журналист|сарапшы|"
    r"сенатор|саясаткер|тележүргізуші|депутат|премьер-министр|министр|президент))"
    r"(?:[ \t]+(?:ресми|ресмі|жеке|өз|өзінің))*[ \t]*\Z")


def _kazakh_role_holder(text: str, left: int) -> tuple[int, str | None, tuple[int, int] | None] | None:
    """Whose channel «облыс әкімінің Telegram-арнасы» is: the person named with that office before (or, the office
    no help, the person named last before it), as (where the office's words start, those words as a name when they
    are capitalised, the person); None when no office stands there or no person is named. An office in the
    nominative («Примерия президенті өз Telegram-арнасында») is its holder named before, else the office itself
    (the person unnamed: the words are the name)."""
    role = _KK_ROLE_GENITIVE.search(text, max(0, left - 50), left)
    if role is None:
        said = _KK_ROLE_NOMINATIVE.search(text, max(0, left - 90), left)
        if said is None:
            return None
        at = said.start()
        while (word := re.match(r"\S+[ \t]+", text[at : said.start("role")])) and word.group().strip().casefold() in (
                _KK_OPENERS | {"туралы", "кейін", "жөнінде", "жайында"}):
            at += word.end()  # «Бұл туралы …», «Кейін …»: words opening the sentence
        who = holder_of(text, said.group("role"), at)
        if who is not None and looks_like_person(text[who[0] : who[1]]):
            return at, None, who
        if _KK_SAID_BEFORE.search(text, max(0, left - 60), left):
            return None  # «"…", – деп жазды саясаткер Telegram-каналында»: who wrote, _kazakh_subject reads back
        return at, text[at : said.end("role")], None
    phrase = owner_before_channel(text, left)
    at = phrase[0] if phrase is not None else role.start()
    who = holder_of(text, role.group("role"), at) or antecedent(text, quotation_start(text, at))
    if who is None or not looks_like_person(text[who[0] : who[1]]):
        return None
    return at, (text[phrase[0] : phrase[1]] if phrase is not None else None), who


# «Примерград атты / деген / деп аталатын Telegram-арна»: the channel "called X", its name before the word for it
_KK_CALLED_BEFORE = re.compile(
    r"(?:[«\"“](?P<quoted>[^«»\"“”\n]{2,40})[»\"”]|(?<![\w-])(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'’-]*"
    r"(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'’-]*){0,2}))[ \t]+(?:атты|деген|деп[ \t]+аталатын)[ \t]+\Z")
_KK_ACCORDING_AFTER = re.compile(rf"[ \t]+(?:{ACCORDING_WORDS})(?![\w-])")
_KK_DEP_RIGHT_BEFORE = re.compile(rf"{DEP_START}деп[ \t]+{DEP_VERBS}(?:[ \t]+(?:өз|өзінің|ресми|ресмі))?[ \t]*\Z")
_SPEAKER_GAP = re.compile(r"[ \t]*[:—–-]?[ \t]*\Z")


def _kazakh_speaker_before_quote(text: str, start: int) -> tuple[int, int] | None:
    """Who said the quotation that «деп жазды» right before the channel word closes, when its clause names them
    before it («Примерия әкімдігі: «…», – деп жазды Telegram-арнасында»): a body, an outlet or a person."""
    dep = _KK_DEP_RIGHT_BEFORE.search(text, max(0, start - 40), start)
    if dep is None:
        return None
    opening = quotation_start(text, dep.start())
    if opening >= dep.start():
        return None
    gap = _SPEAKER_GAP.search(text, max(0, opening - 5), opening)
    j = gap.start() if gap is not None else opening
    if j == 0 or text[j - 1] in ".!?\n":
        return None  # the quotation opens its sentence: who said it comes after, if anywhere
    body = owner_before_channel(text, j)
    if body is not None and not GENITIVE_END.search(text, body[0], body[1]):
        return body
    who = person_before(text, j)
    return who if who is not None and looks_like_person(text[who[0] : who[1]]) else None


def _kazakh_own(text: str, left: int) -> tuple[int, int] | None:
    """The person right before «өзінің» ("his own") that stands before the channel word, or None."""
    own = _KAZAKH_OWN.search(text, max(0, left - 12), left)
    if own is None:
        return None
    j = skip_space_back(text, own.start())
    who = person_before(text, j) if text[j : own.start()].isspace() else None
    return who if who is not None and looks_like_person(text[who[0] : who[1]]) else None


# The channel word in Kazakh: «арна», «парақша», and «канал» in Kazakh cases («өз телеграм каналында»)
_KAZAKH_CHANNEL = ("арна", "парақша", "каналында", "каналына", "каналынан", "каналының", "жазба", "пост", "видео")
# Adjectives describing a channel, no name: fake, anonymous, unknown, local, popular, large
_KK_CHANNEL_DESCRIBED = frozenset("жалған анонимді жасырын белгісіз жергілікті танымал ірі әйгілі бірқатар кейбір "
                                  "көптеген бір".split())
# An adjective of origin before a capitalised name («Ресейлік Baza», «Украиналық Примерзрада»); not one that opens a
# body's own name («Ұлттық», «Халықаралық», «Мемлекеттік», «Республикалық», «Орталық»)
_KK_ORIGIN_FIRST = re.compile(
    r"(?!(?:Ұлттық|Халықаралық|Мемлекеттік|Республикалық|Орталық|Облыстық|Қалалық|Аудандық)[ \t])"
    r"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?:лық|лік|дық|дік|тық|тік)[ \t]+(?=[A-ZА-ЯӘҒҚҢӨҰҮҺІ])")
_KK_ADJECTIVE = re.compile(r"\w+(?:лық|лік|дық|дік|тық|тік)", re.IGNORECASE)  # «Ресейлік», «жергілікті»: of a place
# The channel word in the accusative (the object of the verb), unless what it wrote is taken from it
# The Kazakh channel words in the plural and a case («арналарда», «парақшаларға», «каналдардан»): channels in general
_KK_PLURAL_OBLIQUE = re.compile(r"(?:арналар|парақшалар|каналдар)(?:да|ға|дан|ды|дың|ында|ына|ынан|ын|ының)")
_KK_SPREAD_AFTER = re.compile(rf"(?:[ \t]+[^\s.!?]+){{0,12}}?[ \t]+{KK_SPREAD}")
_KK_ACCUSATIVE = frozenset("арнасын арнаны парақшасын парақшаны каналын каналды арналарын арналарды жазбасын "
                           "постын видеосын".split())
_KK_CITING_AFTER = re.compile(r"[ \t]+(?:сілтеме|дереккөз|дәйек)")
_KK_OPENED = re.compile(r"[ \t]+(?:ашып|ашқан|ашты|құрып|құрған|құрды)(?![\w-])")
_KK_OFFICIAL = re.compile(r"[ \t]+(?:ресми|ресмі|жеке)[ \t]*\Z")
# A verb of writing or saying in the clause after the channel word, in any tense or form: «жазды», «жазады»,
# «хабарлайды», «жариялаған», «бөлісті», «мәлімдеме жасады», «пікір білдірді», «үндеу жолдады»
_KK_WROTE = re.compile(
    r"[ \t]+(?:[^\s.,;:!?]+[ \t]+){0,3}?(?:(?:жаз(?!ба)|жария|хабарла|мәлімде|бөліс|айт|ескерт|раста|түсіндір|"
    r"толықтыр|жоққа[ \t]+шығар|мәлім[ \t]+ет|пікір[ \t]+білдір|түсініктеме[ \t]+бер|үндеу[ \t]+(?:жаса|жолда|тарат)|"
    r"мәлімдеме[ \t]+жаса)[а-яәіңғүұқөһ]*|деді|дейді)(?![\w-])")


# «… – деп жазды саясаткер Telegram-каналында», «деп жазды Тина Канделаки өзінің Telegram-арнасында»: the verb
# before who wrote (Kazakh puts who said it after «деп …»), one word for an office or a name
_KK_SAID_BEFORE = re.compile(
    DEP_START + r"деп[ \t]+(?:жазды|жазған|хабарлады|мәлімдеді|айтты|атап[ \t]+өтті|түсіндірді|толықтырды)[ \t]+"
    r"(?P<who>(?!(?:өзінің|өз|ресми)(?![\w-]))[а-яәіңғүұқөһ]+|[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+(?:[ \t]+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+){0,2})"
    r"(?:[ \t]+(?:өзінің|өз|ресми))*[ \t]*\Z"
)


_KK_CASE_ENDING = re.compile(r"(?:дың|дің|тың|тің|ның|нің|ға|ге|қа|ке|на|не|да|де|та|те|нан|нен|дан|ден|тан|тен|"
                             r"ны|ні|ды|ді|ты|ті)\Z")


def _kazakh_subject(text: str, left: int, end: int, noun: str) -> tuple[int, int] | None:
    """A person named in the nominative right before "Telegram-дағы каналында" / "Telegram-арнасында", with a verb of
    writing after it: the one who wrote there (the locative says where; the genitive rules say whose)."""
    if not noun.casefold().endswith(("нда", "нде")):
        return None
    said = _KK_SAID_BEFORE.search(text, max(0, left - 60), left)  # «"…", – деп жазды X Telegram-каналында»
    if said is None and not _KK_WROTE.match(text, end):
        return None
    if said is not None and said.group("who").islower():  # «деп жазды саясаткер …»: an office, its holder before
        start = quotation_start(text, said.start())  # (not a name inside the quotation)
        who = holder_of(text, said.group("who"), start) or antecedent(text, start)
        for _ in range(3):  # «… Украина президенті Владимир Зеленскийдің кеткенін»: whom the subject named
            if who is None or " " in text[who[0] : who[1]] and not _KK_CASE_ENDING.search(text, who[0], who[1]):
                break
            who = antecedent(text, who[0])
        # (a name in another case, «Зеленскийдің», is no one who wrote; nor a word alone, «Украина»)
        return who if who is not None and " " in text[who[0] : who[1]] and not _KK_CASE_ENDING.search(
            text, who[0], who[1]) else None
    if (about := WHEN_OR_ABOUT_BEFORE.search(text, max(0, left - 30), left + 1)) is not None:
        left = about.start()  # «Ерлан Примеров бұл туралы Telegram-арнасында жазды»: what about, between
    official = _KK_OFFICIAL.search(text, max(0, left - 12), left)  # «Канделаки ресми Telegram-арнасында»
    who = person_before(text, skip_space_back(text, official.start()) if official else left)
    name = text[who[0] : who[1]] if who is not None else ""
    if who is not None and " " in name and not looks_like_person(name):  # «Жақында Канделаки»: "recently", then
        last = name.rsplit(" ", 1)[1]
        who, name = (who[1] - len(last), who[1]), last
    if who is not None and " " not in name and _named_in_full(text, name):
        return who  # «Тина Канделаки … Канделаки ресми Telegram-арнасында жазба жариялады»
    return who if who is not None and " " in name and looks_like_person(name) else None


def _named_in_full(text: str, surname: str) -> bool:
    """A capitalised word the article also writes after another capitalised word («Тина Канделаки»): a person
    named in full before by a first name no list knows."""
    return _after_a_capital(surname).search(text) is not None


@lru_cache(maxsize=256)
def _after_a_capital(surname: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+[ \t]+{re.escape(surname)}(?![\w-])")


# «в телеграм-канале ведомства.», «у телеграмі перевізника»: a body named before, by a common noun for it
_BODY_NOUN_AFTER = re.compile(
    r"[ \t]+(?:[а-яёіїє]+(?:ого|его|ої|ього)[ \t]+)?"  # («надзорного ведомства»)
    r"(?P<noun>ведомства|відомства|учреждения|установи|министерства|міністерства|компании|компанії|"
    r"перевозчика|перевізника|организации|організації|предприятия|підприємства|службы|служби|правительства|уряду|"
    r"клуба|клубу|команды|команди|медиакоманды|банка|банку|"
    # a city's or a region's offices by their common nouns («в телеграм-канале мэрии», «… администрации уточнили»)
    r"мэрии|мерії|администрации|адміністрації|прокуратуры|прокуратури|полиции|поліції|управления|управління|"
    r"департамента|департаменту|комитета|комітету|оперштаба|штабу|минздрава|МЧС|ДСНС)"
    # the clause ends, or only the day follows («на телеграм-канале правительства в среду, 6 октября»), or the verb
    # of what was said there («в Telegram-канале ведомства уточнили»)
    r"(?=[ \t]*(?:[,.;:!?)]|\n|\Z)|[ \t]+(?:в|у)[ \t]+(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
    rf"воскресенье|понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)(?![\w-])|[ \t]+(?:{RU_VERBS})(?![\w-]))",
    re.IGNORECASE)
# «в тлг-канале кубанской полиции,»: a body described by its adjectives, no name after it: the description names it
_DESCRIBED_BODY_AFTER = re.compile(
    r"[ \t]+(?P<body>(?:[а-яёіїє]+(?:ой|ого|ей|их|ої|ього)[ \t]+){1,2}(?:полици|поліці|прокуратур|администраци|"
    r"адміністраці|мэри|мері|министерств|міністерств|управлени|управлінн|правительств|хозяйств|господарств|"
    r"департамент|комитет|комітет)[а-яёіїє]*"
    # «… столичного департамента транспорта»: what it runs, a noun in the genitive (not a verb: «… сообщили»)
    r"(?:[ \t]+(?![а-яёіїє]+л[иао]?(?![\w-]))[а-яёіїє]{4,}[аяыи](?![\w-]))?"
    # «… городского хозяйства столицы.»: the place it serves
    r"(?:[ \t]+(?:столицы|области|края|региона|города|района|республики|столиці|області|краю|регіону|міста|району))?)"
    # («… подмосковной полиции уточнили», «… областного правительства в 0:17»)
    rf"(?=[ \t]*(?:[,.;:!?)]|\n|\Z)|[ \t]+(?:{RU_VERBS})(?![\w-])|[ \t]+(?:в|о|об|у)[ \t]+\d)")
# Up to two adjectives, then the noun that may name a person (the dictionary decides: «чеченского лидера»).
_PERSON_NOUN_AFTER = re.compile(r"[ \t]+(?:[а-яё]+(?:ого|его|ой|ей)[ \t]+){0,2}(?P<noun>[а-яё]{3,})(?![\w-])")
_AND = re.compile(r"[ \t](?:та|і|й|и|and)[ \t]")


def _name_in_clause(text: str, pos: int) -> tuple[int, int] | None:
    """The first person named after pos before the clause ends, within a few words («директора департамента
    футбола «Матч ТВ» Сергея Акулинина»)."""
    stop = CLAUSE_STOP.search(text, pos, pos + 100)
    hi = stop.start() if stop else min(len(text), pos + 100)
    for cap in _CAPITAL.finditer(text, pos, hi):
        who = person_after(text, cap.start())
        if who is not None and (person_word(text[who[0] : who[1]].split()[0])
                                or looks_like_person(text[who[0] : who[1]])):  # (a Ukrainian name: «Олексія …»)
            return who
    return None


def _quoted_after_verb(text: str, pos: int) -> tuple[int, int, str] | None:
    """ «которое опубликовал «Северный ветер» в своем телеграм-канале»: the verb's subject, quoted, right before
    «(в своём) Telegram(-канале)»: (start, end, name)."""
    gap = _IN_OWN.search(text, max(0, pos - 20), pos)
    if gap is None or "сво" not in gap.group().casefold():
        return None  # (without «своём» the outlets' rules read «повідомив "X" у телеграм-каналі»)
    q = quoted_before(text, gap.start())
    if q is None or not q[2][:1].isupper() or not search(_RU_VERB_RIGHT_BEFORE, text, max(0, q[0] - 30), q[0]):
        return None
    name = clean_name(q[2])
    return (q[0], q[1], name) if name else None


def _outlet_before(text: str, pos: int) -> tuple[int, int, str] | None:
    """An outlet's name, quoted or a capitalised word or a domain after its type word, right before "(в своём)
    Telegram(-канале)": (start, end, name)."""
    gap = _IN_OWN.search(text, max(0, pos - 20), pos)
    if gap is None:
        return None
    bare = _OUTLET_UNQUOTED.search(text, max(0, gap.start() - 60), gap.start())  # «ресурс dtp.kiev.ua в Telegram»
    if bare is not None:
        return bare.start("name"), bare.end("name"), bare.group("name")
    q = quoted_before(text, gap.start())
    parent = quoted_before(text, skip_space_back(text, q[0]) + 1) if q is not None else None
    if q is None or not (_OUTLET_ON.search(text, max(0, q[0] - 30), q[0] + 1) or (
            # «проєкт "Радіо Свобода" "Крим.Реалії" у Telegram»: the parent's name between the type word and it
            parent is not None and _OUTLET_ON.search(text, max(0, parent[0] - 30), parent[0] + 1))):
        return None
    name = clean_name(q[2])
    return (q[0], q[1], name) if name else None


def _same_noun_named_before(text: str, noun: str, pos: int) -> tuple[int, int] | None:
    """The same body noun with its name before pos, within 600 characters («пресс-центра правительства Воронежской
    области» for a later «правительства»): the noun and the capitalised words (and region words) after it."""
    found = [m for m in _noun_then_name(noun.casefold()).finditer(text, max(0, pos - 600), pos)
             if m.group()[:1].islower()]
    return found[-1].span() if found else None


@lru_cache(maxsize=64)
def _noun_then_name(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(noun[:-1])}[а-яёіїєґ]{{0,3}}(?:[ \t]+(?-i:[А-ЯЁІЇЄҐ])[\w-]+)+"
                      rf"(?:[ \t]+(?:области|края|района|республики|округа|області|району))?", re.IGNORECASE)


def _body_named_before(text: str, end: int) -> _Found | None:
    """«в телеграм-канале ведомства.»: the body named before by its noun («правительства Воронежской области …
    телеграм-канале правительства»), else the nearest body or quoted name («"Эгриси" … телеграм-канале
    медиакоманды»), else the noun itself: «в Telegram-канале учреждения» still cites the institution's channel."""
    noun = _BODY_NOUN_AFTER.match(text, end)
    if noun is None:
        return None
    at = noun.start("noun")
    same = _same_noun_named_before(text, noun.group("noun"), at)
    name = text[same[0] : same[1]] if same else (body_before_noun(text, at) or noun.group("noun"))
    return [(at, noun.end("noun"), name)], "tg.prose.channel_of_body_before", None


def _role_after(text: str, end: int) -> _Found:
    m = _ROLE_AFTER.match(text, end)
    if m is None and (role := _PERSON_NOUN_AFTER.match(text, end)) and person_noun_genitive(role.group("noun")):
        # «канале директора департамента футбола «Матч ТВ» Сергея X»; «на Telegram-канале чеченского лидера», the
        # leader named before
        who = (_name_in_clause(text, role.end()) or holder_of(text, role.group("noun"), end)
               or full_name_before(text, end))
        if who is not None:
            return [], "tg.prose.channel_of_person", who
    if m is None and (described := _DESCRIBED_BODY_AFTER.match(text, end)) is not None:
        return [(*described.span("body"), described.group("body"))], "tg.prose.channel_of_body", None
    if m is None and (before := _body_named_before(text, end)) is not None:
        return before
    if m is None:
        bare = _TYPE_AFTER.match(text, end)  # «как передает телеграм-канал издания, …»: the outlet named before
        earlier = named_earlier(text, bare.group("type"), bare.start()) if bare else None
        if bare is None or earlier is None:
            return [], "", None
        return [(bare.start("type"), bare.end("type"), earlier[2])], "tg.prose.channel_of_outlet", None
    q = quoted_at(text, m.end())
    if m.group("person"):
        who = person_after(text, m.end())
        name = text[who[0] : who[1]] if who else ""
        region = _REGION_NOUN.match(text, who[1]) if who is not None else None
        if region is not None and (modifies(name.split()[-1], region.group("noun"))
                                   or " " not in name and name.endswith(("ої", "ого"))):  # («Харківської»)
            # «губернатора Курской области»: the office's region, not a surname; its holder named before, else
            # the office as written
            holder = holder_of(text, m.group("person"), m.start())
            return [], "tg.prose.channel_of_person", holder or (m.start() + len(m.group()) - len(m.group().lstrip()),
                                                                region.end())
        if who is not None and (person_word(name.split()[0]) or looks_like_person(name)):
            return [], "tg.prose.channel_of_person", who
        if who is None and not _OWN_WORD_THEN_CHANNEL.search(text, max(0, end - 40), end) and (
                later := _name_in_clause(text, m.end())) is not None and _OFFICE_COMPLEMENT.fullmatch(
                text, m.end(), later[0]):
            return [], "tg.prose.channel_of_person", later  # «у телеграмі міністра оборони Олексія Резнікова»
        if q is not None and (quoted := clean_name(q[2])):  # «Telegram-канале губернатора "Цивилев.Live"»
            return [(q[0], q[1], quoted)], "tg.prose.channel_of_person", None
        # «… главы Чечни»: the head of Chechnya named before (not after «в своём Telegram-канале»: the office is
        # who wrote, another rule's)
        own = _OWN_WORD_THEN_CHANNEL.search(text, max(0, end - 40), end)
        holder = holder_of(text, m.group("person"), m.start()) if own is None else None
        return ([], "tg.prose.channel_of_person", holder) if holder is not None else ([], "", None)
    if q is not None and clean_name(q[2]):
        return [(m.start() + 1, q[1], text[m.start() + 1 : q[1]].strip())], "tg.prose.channel_of_body", None
    p = cap_phrase_after(text, m.end(), max_words=4)
    if p is None or _NOT_A_NAME.match(text[p[0] : p[1]]):
        if (described := _DESCRIBED_BODY_AFTER.match(text, end)) is not None:  # «… подмосковной полиции уточнили»
            return [(*described.span("body"), described.group("body"))], "tg.prose.channel_of_body", None
        return _body_named_before(text, end) or ([], "", None)  # «на телеграм-канале правительства в среду»
    start = m.start() + len(m.group()) - len(m.group().lstrip())
    return [(start, p[1], text[start : p[1]])], "tg.prose.channel_of_body", None


# what the office is of, in the genitive, between it and its holder's name: «(міністра) оборони», «(голови) Одеської
# ОВА», «(министра) иностранных дел»; no verb of saying («голови повідомив …»: another clause's subject)
_OFFICE_COMPLEMENT = re.compile(rf"(?:(?!(?:{RU_VERBS})(?![\w-]))[^\s.,;:!?«»\"]+[ \t]+){{1,3}}", re.IGNORECASE)
_REGION_NOUN = re.compile(r"[ \t]+(?P<noun>области|края|округа|района|республики|області|краю|округу|району)(?![\w-])")
_OWN_WORD_THEN_CHANNEL = re.compile(r"(?<![\w-])(?:сво[её]м|своей|своєму|своїй|личном|особистому)[ \t]+\S+\Z",
                                    re.IGNORECASE)
_GENITIVE_SURNAME = re.compile(r"\A[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ського|цького|зького|енка|ова|ева|єва|іна|ина)\Z")
_CITING_BEFORE = re.compile(rf"(?<![\w-]){CITING_THROUGH}[ \t]+\Z", re.IGNORECASE)
# The word as the last of a list the citing words open: «з посиланням на “Суспільне” та Telegram Повітряних сил»
_LISTED_AFTER_CITING = re.compile(rf"(?<![\w-]){CITING_THROUGH}[ \t]+[^.!?;\n]{{1,80}}?[ \t](?:та|і|й|и|and)[ \t]+\Z",
                                  re.IGNORECASE)


def _whose_telegram(text: str, m: re.Match[str], stated_in: bool = False) -> list[Match] | None:
    """The name right after "Telegram" in «з посиланням на Telegram X»: a person («Зеленського») owns the channel, a
    body («Повітряних сил ЗСУ») names it. `stated_in`: after «повідомляється у», «опубліковано в», where a
    capitalised Cyrillic word no body's is whose Telegram it is, whatever its ending («у телеграмі Кличка»)."""
    if not text.startswith(" ", m.end()):
        return None
    quoted = quoted_at(text, m.end() + 1)  # «з посиланням на Telegram "Укрзалізниці"»: a body's name in quotes
    if quoted is not None and quoted[0] == m.end() + 1 and (name := clean_name(quoted[2])) and is_cap(name):
        return _matches(text, [(m.start(), quoted[1])], [(quoted[0] + 1, quoted[1] - 1, name)], None,
                        "tg.prose.channel_of_body")
    p = cap_phrase_after(text, m.end() + 1, max_words=4)
    if p is None or p[0] != m.end() + 1 or _NOT_A_NAME.match(text[p[0] : p[1]]):
        return None
    name = text[p[0] : p[1]]
    if looks_like_person(name) or all(person_word(w) for w in name.split()) or _GENITIVE_SURNAME.search(name):
        return _matches(text, [(m.start(), m.end())], [], (p[0], p[1]), "tg.prose.channel_of_person")
    if is_org_like(name):
        return _matches(text, [(m.start(), m.end())], [(p[0], p[1], name)], None, "tg.prose.channel_of_body")
    if stated_in and _CYRILLIC_CAP_WORDS.fullmatch(name):
        return _matches(text, [(m.start(), m.end())], [], (p[0], p[1]), "tg.prose.channel_of_person")
    return None


_CYRILLIC_CAP_WORDS = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)?")


# «Telegram-дағы «Orda.kz» арнасы», «Telegram желісіндегі Baza парақшасында»: "the X channel on Telegram", its name
# between the place and the channel word
_KK_NAMED_ON = re.compile(
    r"(?:(?<=да)|(?<=де)|(?<=дағы)|(?<=дегі)|[ \t]+(?:желісіндегі|мессенджеріндегі))[ \t]+"
    r"(?:[«\"“](?P<quoted>[^«»\"“”\n]{2,40})[»\"”]|(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}))"
    r"[ \t]+(?:арна|парақша|канал)[а-яәіңғүұқөһ]*(?![\w-])")


def _kazakh_on_telegram(text: str, m: re.Match[str]) -> list[Match]:
    """Who wrote "on Telegram" («Telegram-да»), right before it: «ол» (the person named before), a person, a body by
    its common noun («ведомство»), or a body's or an outlet's name in the nominative."""
    left = skip_space_back(text, m.start())
    if (channel := _KK_QUOTED_CHANNEL_BEFORE.search(text, max(0, m.start() - 60), m.start())) is not None:
        return _matches(text, [(channel.start(), m.end())], [(channel.start("name") - 1, channel.end("name") + 1,
                                                             channel.group("name"))], None, "tg.prose.quoted_before")
    he = _KAZAKH_PRONOUN.search(text, max(0, m.start() - 20), m.start())
    if he is not None and he.group("pron").casefold() == "ол":
        who = antecedent(text, quotation_start(text, he.start()))
        return [pronoun_match(text, he.start(), m.end(), who or he.span("pron"))]
    who = person_before(text, left)
    if who is not None and looks_like_person(text[who[0] : who[1]]):
        return _matches(text, [(m.start(), m.end())], [], who, "tg.prose.own_channel")
    if (body := common_body_before_channel(text, left)) is not None:
        return _matches(text, [(m.start(), m.end())], [body], None, "tg.prose.kazakh_owner")
    kk = owner_before_channel(text, left)
    if kk is not None and not GENITIVE_END.search(text, kk[0], kk[1]):
        return _matches(text, [(m.start(), m.end())], [(kk[0], kk[1], text[kk[0] : kk[1]])], None,
                        "tg.prose.kazakh_owner")
    return []


_KK_VIA = re.compile(r"[ \t]+арқылы(?![\w-])")


def _kazakh_person_genitive(name: str) -> bool:
    """A person's name of two or three words, its last in the genitive («Ерлан Примеровтың», «Мария Примерованың»)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not GENITIVE_END.search(words[-1]):
        return False
    bare = " ".join([*words[:-1], words[-1][:-3].rstrip("-")])
    return looks_like_person(bare) and not is_org_like(bare)
# «"…", – деп хабарлайды Примерия әкімдігі Telegram-да»: a verb of saying opening the clause, who said it after it
_KK_DEP_IN_CLAUSE = re.compile(rf"{DEP_START}(?:деп[ \t]+{DEP_VERBS}|деді)[ \t]+[^.,;:!?\n«»\"]*\Z")
# «"Примерград" арнасы Telegram-да»: the channel's quoted name and its noun before "on Telegram"
_KK_QUOTED_CHANNEL_BEFORE = re.compile(r"[«\"“](?P<name>[^«»\"“”\n]{2,40})[»\"”][ \t]+(?:арнасы|парақшасы|каналы)"
                                       r"[ \t]+\Z")


# «канал Telegram «X»», «каналі у телеграмі «X»», «паблік у Telegram «X»»: the channel word, then the network, then
# its name (the word order «Telegram-канал «X»» turned round)
_CHANNEL_WORD_BEFORE = re.compile(r"(?<![\w-])(?:канал[а-яёії]*|паблік[а-яі]*|паблик[а-яё]*)[ \t]+"
                                  r"(?:(?:в|у|во|на)[ \t]+)?\Z", re.IGNORECASE)


def _channel_then_named(text: str, m: re.Match[str]) -> list[Match] | None:
    """ «повідомляє канал Telegram "Інформатор"», «пише канал у телеграмі «Вертикаль»»: the name quoted right after
    the network's word (or in Latin capitals, ending the clause: «канал у Telegram Exilenova+»)."""
    channel = _CHANNEL_WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if channel is None or channel.group().casefold().startswith(("каналы", "канали", "каналів", "каналов")):
        return None  # (channels in the plural: a kind of source, not one named)
    if FOUNDED_BEFORE.search(text, max(0, channel.start() - 50), channel.start()) or _CHANNEL_AS_OBJECT.search(
            text, max(0, channel.start() - 50), channel.start()):
        return None  # «створив канал у Telegram «X»», «адміністратора каналу в Telegram «X»»: the news is about it
    pos = m.end() + len(text[m.end() : m.end() + 3]) - len(text[m.end() : m.end() + 3].lstrip(" \t\xa0"))
    q = quoted_at(text, pos) if pos > m.end() else None
    if q is not None and (name := clean_name(q[2])):
        return _matches(text, [(channel.start(), q[1])], [(q[0], q[1], name)], None, "tg.prose.channel_named_next")
    named = _NAME_RIGHT_AFTER.match(text, m.end())
    if named is not None and named.group("name"):
        return _matches(text, [(channel.start(), named.end())], [(named.start("name"), named.end("name"),
                                                                    named.group("name"))],
                        None, "tg.prose.channel_named_next")
    return None


def _from_bare_word(text: str, m: re.Match[str]) -> list[Match]:
    """ "канал «X» в Telegram", "X wrote on Telegram", "Захарова написала в Telegram" """
    if (kk := _KK_NAMED_ON.match(text, m.end())) is not None:
        group = "quoted" if kk.group("quoted") else "name"
        return _matches(text, [(m.start(), kk.end())], [(kk.start(group), kk.end(group), kk.group(group))], None,
                        "tg.prose.kazakh_named_on")
    via = _KK_VIA.match(text, m.end())  # «Примерия әкімдігі Telegram арқылы хабарлады»: via Telegram
    if ((m.group("bare") or "").lstrip("-‑") in ("да", "де") or via is not None) and (
            _KK_WROTE.match(text, via.end() if via else m.end())
            or _KK_DEP_IN_CLAUSE.search(text, max(0, m.start() - 100), m.start())):
        kk_found = _kazakh_on_telegram(text, m)  # «Рамзан Қадыров Telegram-да жазды»: who wrote on Telegram
        if kk_found:
            return kk_found
    on_bare = _ON_BARE.search(text, max(0, m.start() - 4), m.start()) is not None
    # «Про це повідомляє Telegram глави ОВА Андрія Райковича»: Telegram itself the subject, whose it is after it
    reports_bare = _REPORTS_BARE.search(text, max(0, m.start() - 16), m.start()) is not None
    listed = _LISTED_AFTER_CITING.search(text, max(0, m.start() - 110), m.start()) is not None
    if on_bare or reports_bare or listed:
        _, rule, who = _role_after(text, m.end())  # «з посиланням на Telegram начальника ОВА В'ячеслава Чауса»
        if (rule == "tg.prose.channel_of_person" and who is not None and who[0] > m.end()
                and _ROLE_NEXT.match(text, m.end())):
            return _matches(text, [(m.start(), m.end())], [], who, rule)
        stated_in = _IMPERSONAL_IN.search(text, max(0, m.start() - 30), m.start()) is not None
        whose = _whose_telegram(text, m, stated_in) if (
            stated_in or listed or _CITING_BEFORE.search(text, max(0, m.start() - 30), m.start())) else None
        if whose is not None:  # «з посиланням на Telegram Зеленського», «… на Telegram Повітряних сил ЗСУ»
            return whose
    after = PRONOUN_AFTER.match(text, m.end())  # «В посте, опубликованном в Telegram, он заявил»
    if after is not None and on_bare and not after.group("pron").isascii():
        who = antecedent(text, m.start()) or after.span("pron")
        return [pronoun_match(text, m.start(), after.end("pron"), who)]
    if ((search(_RU_VERB_RIGHT_BEFORE, text, max(0, m.start() - 30), m.start())
         or _IMPERSONAL_IN.search(text, max(0, m.start() - 30), m.start())
         or _TAKEN_FROM.search(text, max(0, m.start() - 30), m.start()))
            and (named := _NAME_RIGHT_AFTER.match(text, m.end())) is not None):
        group = "name" if named.group("name") else "quoted"  # «пишет Telegram Mash», «пише Telegram «Труха»»
        return _matches(text, [(m.start(), m.end())], [(named.start(), named.end(), named.group(group))], None,
                        "tg.prose.name_after")
    on = _CHANNEL_ON.search(text, max(0, m.start() - 120), m.start())
    if on is not None:
        q = quoted_before(text, on.start("q") + 1)
        channel = q is not None and (on.group("post") or _CHANNEL_WORD.search(text, max(0, q[0] - 40), q[0]))
        if q is not None and channel and (name := clean_name(q[2])):
            return _matches(text, [(q[0], m.end())], [(q[0], q[1], name)], None, "tg.prose.channel_on")
    post = _POST_THEN.match(text, m.end())  # "In a Telegram post, Ramzan Kadyrov said"
    who = person_after(text, post.end()) if post else None
    if who is not None and _VERB.match(text, who[1]):
        return _matches(text, [(m.start(), post.end())], [], who, "tg.prose.post_by")  # type: ignore[union-attr]
    if (named_next := _channel_then_named(text, m)) is not None:  # «повідомляє канал у Telegram «Інсайдер»»
        return named_next
    unquoted = _UNQUOTED_ON.search(text, max(0, m.start() - 60), m.start())  # "канал Mash в Telegram"
    if unquoted is not None and not _NOT_A_NAME.match(unquoted.group("name")):
        found = (unquoted.start("name"), unquoted.end("name"), unquoted.group("name"))
        return _matches(text, [(unquoted.start(), m.end())], [found], None, "tg.prose.channel_on")
    outlet = _outlet_before(text, m.start())
    if outlet is not None:
        return _matches(text, [(outlet[0], m.end())], [outlet], None, "tg.prose.outlet_on")
    subject = _quoted_after_verb(text, m.start())
    if subject is not None:
        return _matches(text, [(subject[0], m.end())], [subject], None, "tg.prose.quoted_subject")
    own = _own_channel(text, m.start(), m.end())
    if (own is None or not (own.poss or own.verb)) and (pron := pronoun_owner(text, m.start())) is not None:
        return [pronoun_match(text, pron[0], m.end(), pron[1])]
    if own is None or not (own.poss or own.verb):
        poss = _POSSESSIVE.search(text, max(0, m.start() - 60), m.start())
        who = sentence_person(text, m.start(), m.end()) if poss else None
        if who is None:
            return []
        return _matches(text, [(poss.start(), m.end())], [], who, "tg.prose.possessive_owner")  # type: ignore[union-attr]
    # (an office's holder named sentences before: the mention starts at the office word, «написав президент …»)
    mention = m.start() if own.mention is None else min(own.mention, m.start())
    if _ITS_BEFORE.search(text, max(0, m.start() - 30), m.start()):  # "X wrote on its Telegram": a group's
        return _matches(text, [(mention, m.end())], [(own.start, own.end, text[own.start : own.end])], None,
                        "tg.prose.own_channel")
    return _matches(text, [(mention, m.end())], [], (own.start, own.end), "tg.prose.own_channel")


def _matches(text: str, parts: list[tuple[int, int]], names: list[tuple[int, int, str]],
             owner: tuple[int, int] | None, rule: str) -> list[Match]:
    names = [n for n in names if not is_nationality(n[2])]  # "the Telegram channel of the Chechen leader": no name
    if not names and owner is None:
        return []
    if owner is not None and not names:
        org = cap_phrase_before(text, owner[1])  # "Kazakhstan's Ministry of Emergency Situations said on Telegram"
        person = text[owner[0] : owner[1]]
        if (org is not None and org[0] < owner[0] and is_org_like(text[org[0] : org[1]])
                and not person_word(person.split()[0]) and not looks_like_person(person)):
            names, owner = [(org[0], org[1], text[org[0] : org[1]])], None
        elif (_BODY_ENDING.fullmatch(person) and not looks_like_person(person)) or _PRESS_OF.match(person):
            names, owner = [(owner[0], owner[1], person)], None  # «Служба безпеки України», "press service of …"
    who = text[owner[0] : owner[1]] if owner else None
    far = owner is not None and bool(parts) and _SENTENCE_END.search(text, owner[1], min(s for s, _ in parts))
    spans = parts + ([owner] if owner and not far else []) + [n[:2] for n in names[:1]]  # (far: named before)
    first = Match("telegram", min(s for s, _ in spans), max(e for _, e in spans), rule,
                  name=names[0][2] if names else None, owner=who)
    return [first] + [Match("telegram", s, e, rule, name=n, owner=who) for s, e, n in names[1:]]


def _quoted_names(text: str, pos: int) -> list[tuple[int, int, str]]:
    """ "X" / «X», «Y» и «Z» right after pos. """
    i = _CALLED.match(text, pos).end()  # type: ignore[union-attr]  # all-optional pattern always matches
    names: list[tuple[int, int, str]] = []
    while len(names) < 10 and (q := quoted_at(text, i)) is not None and (name := clean_name(q[2])):
        if names and not is_cap(name):
            break  # 'channel "Rybar", "the most popular blog", said': an aside, not another channel
        names.append((q[0], q[1], name))
        sep = _LIST_SEP.match(text, q[1])
        if sep is None:
            break
        i = sep.end()
    return names


def _listed_names(text: str, pos: int) -> list[tuple[int, int, str]]:
    """ "Telegram channels, including WarGonzo and "Grey Zone"," """
    return _list_from(text, _INCLUDING.match(text, pos))


def _list_from(text: str, lead: re.Match[str] | None) -> list[tuple[int, int, str]]:
    """The names listed from where lead ends ("including …", or the separator after a first name)."""
    names: list[tuple[int, int, str]] = []
    i = lead.end() if lead else -1
    while lead and len(names) < 10:
        q = quoted_at(text, i)
        if q is not None:
            name = clean_name(q[2])
            found = (q[0], q[1], name) if name else None
        else:
            p = cap_phrase_after(text, i, max_words=4)
            found = (p[0], p[1], text[p[0] : p[1]]) if p and not _NOT_A_NAME.match(text[p[0] : p[1]]) else None
        if found is None:
            break
        names.append(found)
        sep = _LIST_SEP.match(text, found[1])
        if sep is None:
            break
        i = sep.end()
    return names


# Words that say whose side a channel is on, before its name or in place of one: "Kremlin-linked", "pro-Russian"
# ("an anti-HTS Telegram channel": against whom; "English-language")
_STANCE = re.compile(r"(?:(?:[Pp]ro-[\w-]+|[Aa]nti-[\w-]+|[\w.]+-(?:linked|affiliated|backed|aligned|controlled|"
                     r"friendly|leaning|run|owned|based|connected|supported|language|speaking))(?:[ \t]+|\Z))+")


def _name_before(text: str, j: int, start: int, owner: tuple[int, int] | None) -> _Found:
    """ "the Russian Defense Ministry Telegram channel", "Rybar, a popular Telegram channel", "X's channel" """
    appositive = _APPOSITIVE.search(text, max(0, start - 60), start)
    if appositive is not None:
        q = quoted_before(text, appositive.start())
        name = clean_name(q[2]) if q else None
        if q and name:
            return [(q[0], q[1], name)], "tg.prose.appositive", owner
        p = cap_phrase_before(text, appositive.start())
        if p is not None and _ACCORDING_TO_BEFORE.search(text, max(0, p[0] - 16), p[0]) \
                and looks_like_person(text[p[0] : p[1]]):
            return [], "", owner  # "According to Melikov, a Telegram channel … is controlled from outside": the
            # comma closes "According to" a person, no person is a channel
        if p is not None and _WHOSE.search(appositive.group()) and looks_like_person(text[p[0] : p[1]]):
            return [], "tg.prose.appositive", owner or p  # "Governor X, a man whose Telegram channel …": his
        if p is not None:
            return [(p[0], p[1], text[p[0] : p[1]])], "tg.prose.appositive", owner
    adjective = _CHANNEL_ADJECTIVE.search(text, max(0, j - 30), j)  # "the Guard's official Telegram channel"
    if adjective is not None and text[max(0, adjective.start() - 2) : adjective.start()] in ("'s", "’s"):
        j = adjective.start()
    possessive = text[max(0, j - 2) : j] in ("'s", "’s")
    p = cap_phrase_before(text, j - 2 if possessive else j)
    if p is None:
        body = _BODY_BEFORE.search(text, max(0, j - 60), j)  # "the country's government Telegram channel"
        if body is not None:
            return [(body.start(), body.end("head"), body.group()[: body.end("head") - body.start()])], \
                "tg.prose.name_before", owner
        return [], "", owner
    stance = _STANCE.match(text, p[0], p[1])  # "the Kremlin-linked Telegram channel Readovka": no name before
    if stance is not None:
        if stance.end() >= p[1]:
            return [], "", owner
        p = (stance.end(), p[1])
    phrase = text[p[0] : p[1]]
    if (_NOT_A_NAME.match(phrase) or _ARTICLE_LAST.search(phrase) or _HEADLINE_VERB.fullmatch(phrase)
            or _HEADLINE_SUBJECT_VERB.search(phrase)):
        # ("By The Order Of A Telegram Channel": a headline's article, "a" channel; "Reports Telegram-channel
        # Baza": a verb opening the sentence, the name after; "Russia Labels Telegram News Channel X": likewise)
        return [], "", owner
    if looks_like_person(phrase) and not is_org_like(phrase):
        return [], "tg.prose.possessive", owner or p
    if not possessive and is_demonym(phrase):
        return [], "", owner  # "Russian Telegram channel": an adjective, not a name
    return [(p[0], p[1], phrase)], "tg.prose.possessive" if possessive else "tg.prose.name_before", owner


# A part of a body after the place it serves: "Kursk branch of state media VGTRK", "Moscow office of Yabloko"
_BRANCH_OF = re.compile(r"[ \t]+(?:regional[ \t]+|local[ \t]+)?(?:branch|office|wing|division|bureau|chapter|cell|unit|"
                        r"department|section|affiliate)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}(?=[A-Z])")
# A club's or a company's form before its quoted name: «ФК «Спартак»», «ПАО «Аэрофлот»», «ТОВ «Укрнафта»»
_LEGAL_FORM = re.compile(r"ФК|ХК|БК|ПФК|ПАО|ОАО|ЗАО|ООО|АО|ГК|АТ|ПАТ|ПрАТ|ТОВ|ГУП|МУП|ФГУП|НКО|АНО")
_ARTICLE_LAST = re.compile(r"(?<![\w'’-])(?:A|An|The)\Z")
_ROLE_WORD_THEN = re.compile(r"(?:the[ \t]+)?(?P<role>[a-z]+)[ \t]+(?=[A-Z])")


# A Latin-script title after a Cyrillic channel word, lowercase words and all, up to the clause's end or the next
# Cyrillic word: «телеграм-канал From Karelia with freedom», «Telegram-канал Moscow by night сообщил» (a number
# after the first word is no part of it: «SHAMAN 23 марта заявил»)
_LATIN_TITLE = re.compile(r"[ \t]+(?P<name>[A-Z][A-Za-z0-9'’&-]*(?:[ \t]+[A-Za-z][A-Za-z0-9'’&-]*){1,5})"
                          r"(?=[ \t]*(?:[,.;:!?)»\"”]|\n|\Z)|[ \t]+[а-яёА-ЯЁ])")


def _name_after(text: str, end: int, owner: tuple[int, int] | None) -> _Found:
    """ "the Telegram channel Rybar", "of the Russian Defense Ministry", "телеграм-канале Минобороны",
    "a Telegram channel associated with Wagner", "Telegram-канал 112" """
    number = _NUMBER_NAME.match(text, end)
    if number is not None:
        return [number.span("name") + (number.group("name"),)], "tg.prose.name_after", owner
    named = _NAMED_BETWEEN_COMMAS.match(text, end)
    which = (_ONE_NAME_THEN_WHICH.match(text, end)
             if named is None and _OWN_CHANNEL_BEFORE.search(text, max(0, end - 40), end) else None)
    if which is not None and not looks_like_person(which.group("name")):
        return [(which.start("name"), which.end("name"), which.group("name"))], "tg.prose.name_after", owner
    if named is not None:  # "A pro-Kremlin Telegram channel, Two Majors, wrote"
        group = "quoted" if named.group("quoted") else "name"
        return [(named.start(group), named.end(group), named.group(group))], "tg.prose.name_after", owner
    of = _TIED_TO.match(text, end) or _OF.match(text, end)
    if of is None:
        return [], "", owner
    role = _ROLE_WORD_THEN.match(text, of.end())  # "the Telegram channel of insider Ivan Karpov"
    if role is not None and is_role_word(role.group("role")) and (who := person_after(text, role.end())):
        return [], "tg.prose.name_after", owner or who
    lower_body = _LOWER_BODY_OF.match(text, end)
    if lower_body is not None:  # "citing the Telegram channel of the regional administration"
        of_whom = _OF_THE.match(text, lower_body.end())  # "of the press service of the Ministry of Defence"
        whole = cap_phrase_after(text, of_whom.end(), max_words=6) if of_whom is not None else None
        stop = whole[1] if whole is not None else lower_body.end("name")
        return [(lower_body.start("name"), stop, text[lower_body.start("name") : stop])], "tg.prose.name_after", owner
    latin = _LATIN_TITLE.match(text, end) if text[end - 1 : end].isalpha() and not text[end - 1].isascii() else None
    if latin is not None and " " in latin.group("name"):  # «телеграм-канал From Karelia with freedom, …»
        return [(latin.start("name"), latin.end("name"), latin.group("name"))], "tg.prose.name_after", owner
    p = cap_phrase_after(text, of.end(), max_words=5)
    if p is None:
        handle = _LOWER_HANDLE.match(text, of.end())  # "Telegram-канал mediazzzona": a username as the name
        if handle is not None and text[end - 1].isalpha() and not text[end - 1].isascii():
            return [(handle.start(), handle.end(), handle.group())], "tg.prose.name_after", owner
        return [], "", owner
    if _LEGAL_FORM.fullmatch(text[p[0] : p[1]]) and text.startswith(" ", p[1]) and (
            q := quoted_at(text, p[1] + 1)) is not None:
        p = (p[0], q[1], p[2])  # «Telegram-канал ФК «Спартак»», «ПАО «Аэрофлот»»: the form and the quoted name
    head = _LOWER_HEAD_AFTER.match(text, p[1])  # "of the Kharkiv police", "of the Belgorod regional administration"
    branch = _BRANCH_OF.match(text, p[1])
    whole = cap_phrase_after(text, branch.end(), max_words=5) if branch is not None else None
    if whole is not None:
        p = (p[0], whole[1], p[2])  # "of the Kursk branch of state media VGTRK": the branch, whose it is
    elif head is not None:
        p = (p[0], head.end(), p[2])
    phrase = text[p[0] : p[1]]
    if _NOT_A_NAME.match(phrase) or _HEADLINE_VERB.match(phrase) or _STANCE.fullmatch(phrase) or phrase == "СМИ":
        # («телеграм-канале СМИ»: "the media's", the outlet named before: _role_after)
        # "Pro-Russian Telegram Channel Claims Russian Advances": a headline's verb, no name; "channels affiliated
        # with Iran-backed militias": whose side, no name
        return [], "", owner
    office = _OFFICE_THEN.match(text, p[1])  # "of Chechen leader Ramzan Kadyrov": the place's office, its holder
    holder = person_after(text, office.end()) if office else None
    if holder is not None:
        return [], "tg.prose.name_after", owner or holder
    if looks_like_person(phrase):
        return [], "tg.prose.name_after", owner or (p[0], p[1])
    return [(p[0], p[1], phrase)], "tg.prose.name_after", owner


# "the press service of the governor": a body speaking for the office after it
_PRESS_OF = re.compile(r"(?P<body>[Pp]ress[ \t]+(?:service|office|secretariat)[ \t]+of[ \t]+)(?:the[ \t]+)?"
                       r"(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:\Z|(?=[a-z]))")


class _Own(NamedTuple):
    """Who wrote in their own channel (where they are named), whether a possessive or a verb says so, and where the
    office word that stands for them is when they are named sentences before."""

    start: int
    end: int
    poss: bool
    verb: bool
    mention: int | None = None


_ACRONYM_AFTER_NAME = re.compile(r"(?<=[\w'’])[ \t]+\([A-ZА-ЯЁІЇЄҐ]{2,8}\)\Z")


# another network before Telegram, the place's preposition before it: «у Facebook та Telegram», «в VK и Telegram»
_OTHER_NETWORK_BEFORE = re.compile(r"(?:Facebook|Instagram|Twitter|Threads|VK|ВК|«?ВКонтакте»?|Viber|YouTube|Фейсбуці|"
                                   r"Інстаграмі|Инстаграме)[ \t]*(?:,[ \t]*|[ \t]+(?:та|і|й|и|and)[ \t]+)\Z")


def _own_channel(text: str, start: int, end: int) -> _Own | None:
    """The person who wrote in their own channel."""
    if (network := _OTHER_NETWORK_BEFORE.search(text, max(0, start - 30), start)) is not None:
        start = network.start()
    own = search(_OWN, text, max(0, start - 60), start)
    if own is None:
        return None
    poss, verb = bool(own.group("poss")), bool(own.group("verb"))
    j = skip_space_back(text, own.start())
    if (acronym := _ACRONYM_AFTER_NAME.search(text, max(0, j - 12), j)) is not None:
        j = skip_space_back(text, acronym.start())  # «Київська міська державна адміністрація (КМДА) у Телеграм»
    if verb and own.group("verb").casefold().endswith(("ся", "сь")) and text[j - 1 : j] == ",":
        return None  # «… в школы ЛНР, сообщается в телеграм-канале»: an impersonal verb, no one before it wrote
    adverbs = _ADVERBS.search(text, max(0, j - 30), j)
    j = adverbs.start() if adverbs else j
    typed = _EN_TYPE_BEFORE.search(text, max(0, j - 20), j)  # "The Orda.kz edition on the Telegram channel reported"
    if typed is not None and not verb and _VERB.match(text, end):
        domain = _DOMAIN_BEFORE.search(text, max(0, typed.start() - 60), typed.start())
        named = domain.span() if domain else cap_phrase_before(text, typed.start())
        if named is not None:
            return _Own(named[0], named[1], poss, True)
    aside = _ASIDE.search(text, max(0, j - 70), j)  # "Maria Zakharova, the ministry spokeswoman, wrote"
    if _PARTICIPLE.search(text, max(0, j - 14), j):
        # "Writing on his Telegram channel, Ramzan Kadyrov claimed": who wrote stands after the comma
        return _after_participle(text, end, poss)
    who = person_before(text, j)
    body = _BODY_ENDING.search(text, max(0, j - 90), j)  # «командування Повітряних сил ЗСУ», not «України» alone
    by_body = False
    if (body is not None and _CYRILLIC_WORD.match(text, body.start())
            and (who is None or (body.start() < who[0] and not looks_like_person(text[who[0] : who[1]])))):
        who, by_body = body.span(), True
        if (where := _WHERE_IT_WROTE.search(text, who[0], who[1])) is not None:
            who = (who[0], where.start())  # «пресс-служба МЧС в канале в Telegram»: where it wrote, not its name
    if who is None and text[max(0, j - 1) : j] == ",":  # "the governor, Vyacheslav Gladkov, said on Telegram"
        who = person_before(text, j - 1)
        if who is not None and object_of_preposition(text, who[0]):
            return None  # "an advisor to the head of … in Ukraine's Crimea, claimed": not who claimed
        if who is not None and oblique_first_name(text[who[0] : who[1]].split()[0]):
            return None  # «… резиденцию президента Владимира Путина, заявила в своем канале …»: not the subject
    if who is None and aside is not None:  # "Maria Zakharova, the ministry spokeswoman, wrote"
        who = person_before(text, aside.start())
    if who is not None and object_of_preposition(text, who[0]):
        return None  # "an ally of President X wrote": X is not who wrote (said_on finds the subject)
    opening = own.start() == 0 or text[skip_space_back(text, own.start(), " \t\xa0\n") - 1] in ".!?\n…"
    if who is None and not poss and opening and (fronted := _fronted_subject(text, end)) is not None:
        return _Own(fronted[0], fronted[1], poss, True)  # «У дописі в Telegram Олег Синєгубов зазначив»
    if who is None and poss:  # "In his Telegram channel, Zvintseuk wrote"
        after = person_after(text, _skip_fwd(text, end))
        if after is not None and _VERB.match(text, after[1]):
            return _Own(after[0], after[1], poss, True)
        verb_first = _VERB_THEN.match(text, end)  # "в своём канале сообщил глава Чечни Рамзан Кадыров"
        after = person_after(text, _past_preposition_object(text, verb_first)) if verb_first else None
        if after is not None and not looks_like_person(text[after[0] : after[1]]):
            # «сообщил представитель Росавиации, пресс-секретарь ФАВТ Артем Кореняко»: the person the roles name
            apposed = _APPOSED_ROLE.match(text, after[1])
            person = person_after(text, apposed.end()) if apposed else None
            apposed_name = text[person[0] : person[1]] if person else ""
            if person is not None and (looks_like_person(apposed_name) or person_word(apposed_name.split()[0])):
                after = person
        if after is not None:
            return _Own(after[0], after[1], poss, True)
        if (fronted := _fronted_subject(text, end)) is not None:
            return _Own(fronted[0], fronted[1], poss, True)
        if verb and (subject := _subject_after(text, end, poss)) is not None:
            return subject  # «Аналогічні дані опублікував на своїй сторінці в Telegram журналіст, Андрій X»
    if who is None and not verb and (said := _VERB.match(text, end)) is not None:
        # «Про це у Telegram опублікував уповноважений Верховної Ради … Дмитро X.», «на своїй сторінці в телеграмі
        # написав перший заступник голови облради Юрій X»: the name closing the clause
        closing = _person_closing_clause(text, said.end())
        if closing is not None:
            return _Own(closing[0], closing[1], poss, True)
    if who is not None and not verb and _VERB_BEFORE.search(text, max(0, who[0] - 70), who[0]):
        verb = True  # "— написал Павел Филипчук в Telegram", «повідомляє аналітичний проєкт DeepState в …»
    if who is not None and not verb and _VERB.match(text, end) and _CYRILLIC_WORD.match(text, who[0]):
        words = text[who[0] : who[1]].split()
        if len(words) >= 3 and words[0].isupper():  # «голова ОВА Світлана Онищук»: the office's acronym is no name
            who = (text.index(words[1], who[0] + len(words[0])), who[1])
        # «Михайло Федоров у Telegram розповів», «Повітряні сили ЗСУ у Telegram повідомили»: the verb after
        verb = by_body or looks_like_person(text[who[0] : who[1]])
    role = _ROLE_OWNER.search(text, max(0, j - 40), j) if who is None else None
    if role is not None and not (poss or verb) and _VERB_BEFORE.search(text, max(0, role.start() - 40), role.start()):
        verb = True  # «— повідомив мер у Telegram», «Об этом сообщил губернатор в Telegram»: the verb before the office
    if who is None and (poss or verb) and role is not None:
        press = _PRESS_OF.search(text, max(0, role.start("who") - 40), role.start("who"))
        if press is not None:  # "The press service of the Belgorod governor said on Telegram": the service
            return _Own(press.start("body"), role.end("who"), poss, verb)
        named = holder_of(text, role.group("who"), role.start())  # "мэр города Михаил Миненков … заключил мэр"
        if named is not None:
            return _Own(named[0], named[1], poss, verb, role.start("who"))
        return _Own(role.start("who"), role.end("who"), poss, verb)  # "написал губернатор в своем Telegram-канале"
    if who is None or not (poss or verb) or text[who[0] : who[1]].casefold() in PEOPLE_PLURALS:
        return None  # ("Officials said on Telegram": nobody named)
    if (thing_not_subject(text[who[0] : who[1]]) if " " not in text[who[0] : who[1]]
            else is_media_object(text[who[0] : who[1]].split()[-1])):  # «Відео», «Аналогічні дані»
        # «Відео оприлюднив у Телеграмі …»: the object opens the sentence, who comes after
        return _subject_after(text, end, poss) if verb else None
    return _Own(who[0], who[1], poss, verb)


_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[а-яёіїєґ'’-]+)")


def _fronted_subject(text: str, end: int) -> tuple[int, int] | None:
    """ «В своем Telegram Мария Захарова назвала …», «У своєму Telegram мер Києва Віталій Кличко написав …»: the
    place opens the sentence, then the person (an office before the name) and any verb in a finite form."""
    titles = _TITLES_THEN.match(text, end)
    who = person_after(text, titles.end()) if titles else None
    if who is None:
        return None
    words = text[who[0] : who[1]].split()
    if len(words) == 3 and not has_first_name(words[0]) and has_first_name(words[1]):
        who = (text.index(words[1], who[0] + len(words[0])), who[1])  # «Києва Віталій Кличко»: the place is no name
    name = text[who[0] : who[1]]
    verb = _NEXT_WORD.match(text, who[1])
    if " " not in name or not looks_like_person(name) or verb is None or not finite_verb(verb.group("word")):
        return None
    return who


# «пишет близкий к Суркову политолог …»: the words between the verb and a capital end with a preposition, so the
# capital opens that preposition's object, not the subject
_PREPOSITION_ENDS = re.compile(r"(?<![\w-])(?:к|ко|о|об|при|для|от|с|со|по|из|за|против|до|без|в|во|у|на|від|про|з|із|"
                               r"зі|to|of|with|for|from|at|about|against)[ \t]+\Z", re.IGNORECASE)
_CAPITALS = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’-]*){0,2}")


def _past_preposition_object(text: str, verb_then: re.Match[str]) -> int:
    """Where the subject after a verb starts: past a prepositional object and the titles after it («пишет близкий
    к Суркову политолог Чеснаков»), else right where the verb's words end."""
    if not _PREPOSITION_ENDS.search(text, verb_then.start(), verb_then.end()):
        return verb_then.end()
    obj = _CAPITALS.match(text, verb_then.end())
    titles = _TITLES_THEN.match(text, obj.end()) if obj else None
    return titles.end() if titles and titles.end() > obj.end() else len(text)  # type: ignore[union-attr]


def _person_closing_clause(text: str, pos: int) -> tuple[int, int] | None:
    """The person whose name ends the clause that starts at pos, titles before it («уповноважений … Дмитро X»);
    None when two are listed (said_on reads those)."""
    stop = CLAUSE_STOP.search(text, pos, pos + 160)
    if stop is None or _AND.search(text, pos, stop.start()):
        return None
    closing = person_at_end(text, pos, stop.start())
    if closing is None:
        return None
    start = closing[1]
    if not has_first_name(text[start : stop.start()]):  # «Мелітополя Іван Федоров»: the name, not the place
        start = text.index(" ", start) + 1
    return start, stop.start()


# «… у Telegram-каналі український журналіст і блогер Денис X.»: lowercase titles, then the name; a quoted name
# among the titles («засновник руху «Чоловіча держава» Влас X»: what the person heads)
_TITLES_THEN = re.compile(r"(?:[ \t]+(?:[a-zа-яёіїєґ'’-]+|[«\"“][^«»\"“”\n]{1,40}[»\"”])){0,5}?,?[ \t]+"
                          r"(?=[A-ZА-ЯЁІЇЄҐ])")  # ("…, Андрій X")
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.,;:!?)]|\n|\Z)")


def _subject_after(text: str, end: int, poss: bool) -> _Own | None:
    """ "Його опублікував у Telegram-каналі журналіст Денис X.": the object opened the sentence; the person named
    right after the channel, the clause ending with the name, is who posted it."""
    titles = _TITLES_THEN.match(text, end)
    who = person_after(text, titles.end()) if titles else None
    name = text[who[0] : who[1]] if who else ""
    if who is None or not _CLAUSE_ENDS.match(text, who[1]) or " " not in name or not looks_like_person(name):
        return None
    return _Own(who[0], who[1], poss, True)


def _after_participle(text: str, end: int, poss: bool) -> _Own | None:
    """ "Writing on Telegram, Medvedev called …", "Posting on Telegram, the regional governor Alexander Bogomaz
    said": the person after the comma (an office before the name allowed), followed by a verb."""
    comma = _TO_COMMA.match(text, end)
    if comma is None:
        return None
    office = _OFFICE_BEFORE_NAME.match(text, comma.end())
    after = person_after(text, office.end() if office else comma.end())
    if after is None or not (_VERB.match(text, after[1]) or _PAST_VERB.match(text, after[1])):
        return None
    return _Own(after[0], after[1], poss, True)


def _skip_fwd(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\xa0,":
        i += 1
    return i

