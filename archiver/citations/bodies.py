"""Official bodies and credit lines named as sources.

"according to the press office of the airport", "Kazinform has learnt from the ministry's press service",
"В акимате Алматинской области заявили", datelines ("ALMATY (Reuters) –", "ASTANA, March 3 – Example News")
and closing credits ("… publication. — Московский Комсомолец.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .kazakh import ACCORDING_WORDS, BY_DATA, DEP_START, DEP_VERBS, kazakh_body_meant
from .model import Match
from .morph import person_word, place_word
from .people import is_known_outlet, is_nationality, is_org_like, is_title, looks_like_person
from .phrases import LATIN_CAP_WORD, MONTHS, REGION_LOCATIVE, STOP_CAPS, quoted_at
from .prescan import finditer, line_starts, lines_around, matches_at
from .pronouns import nearest_body
from .speech import SAYING_STEMS

_PRESS_EN = re.compile(r"\b[Pp]ress\s+(?:service|office|cent(?:er|re))\b")
_OF_TAIL = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[a-z][\w-]*[ \t]+){0,2}(?:akimat|ministry|administration|government|city|"
    r"region|department|office|committee|agency|court|police|embassy|mayor['’]s[ \t]+office)\b"
    r"|[A-Za-z][\w-]*(?:['’]s)?)"  # ("of Kyrgyzstan’s Cabinet of Ministers")
    r"(?:[ \t]+(?:of|and|for|the|[A-Z][a-z]+|(?:region|city|district|oblast|airport|company|club|university|"
    r"hospital|council|court|police)(?![\w-])))*"
)
_CUE_BEFORE = re.compile(
    # ("with reference to", "with a link to": the English of «со ссылкой на», translated word for word)
    r"(?:(?:according\s+to|referring\s+to|reference\s+to|link\s+to|from|quoting|citing|by|told|per|via|learnt|learned"
    r"|(?:statement|message|announcement|release|report|post)\s+of"  # "in the message of the press service of X"
    r"|(?:reported|announced|stated|informed|said|told|noted|explained)\s+in)"  # "As reported in the press service"
    r"\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,4}"
    # "…, reports the press service of X.", '…," informs the press service': the verb first, closing the clause
    r"|[,”\"]\s+(?:reports|reported|informs|informed|says|said|writes|wrote|notes|noted|states|stated|adds|added|"
    r"announced|explains|explained|clarifies|clarified)\s+(?:the\s+)?)\Z",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(r"[ \t,]+(?:said|says|reported|reports|told|announced|noted|informed|stated|added|confirmed)\b")
_KK_WORD = r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіÁáÓóÚúÝýǴǵ-]"
_KK_GENITIVE = r"(?:ның|нің|дың|дің|тың|тің|nyń|niń|dyń|diń|tyń|tiń)"
_KK_NOT_NAME = r"(?:туралы|бұл|деп|осы|ол|және|мен|хабарла\w*|dep|bul|týraly|habarla\w*)"
_PRESS_KK = re.compile(r"баспасөз[ \t]+қызмет[а-яәғқңөұүһі]*|baspasóz[ \t]+qyzmet\w*")
# The body whose press service it is, ending right before it: "Астана қаласы әкімдігінің ".
# "… әкімдігінің баспасөз қызметі" (genitive), or a chain of possessed nouns, "облысы полиция департаменті баспасөз
# қызметі" (the izafet: each noun carries the possessive ending -ы/-і/-сы/-сі), from a capitalised word.
_KK_BODY = re.compile(
    rf"(?<!\w)(?:(?!{_KK_NOT_NAME}[ \t]){_KK_WORD}+[ \t]+){{0,3}}{_KK_WORD}+{_KK_GENITIVE}[ \t]+\Z"
    rf"|(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{_KK_WORD}*(?:[ \t]+(?!{_KK_NOT_NAME}[ \t]){_KK_WORD}+){{0,3}}"
    rf"[ \t]+{_KK_WORD}+(?:ы|і|сы|сі)[ \t]+\Z"
    # "ҚР ТЖМ баспасөз қызметінің": acronyms, no case ending to show the izafet («"ҚТЖ" АҚ …»: a quoted name first)
    r"|(?:[«\"“][^«»\"“”\n]{2,40}[»\"”][ \t]+)?(?<![\w-])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}[ \t]+){1,3}\Z"
)
# (and "by its data": «… баспасөз қызметінің мәліметіне сүйенсек», «… мәліметі бойынша»)
_KK_CUE_AFTER = re.compile(
    rf"[ \t]+(?:хабарла\w*|мәлімде\w*|{ACCORDING_WORDS}|{BY_DATA}|мәлім[ \t]+ет\w*|habarla\w*|málimde\w*)")
_KK_WORDS_ONLY = re.compile(rf"(?:{_KK_WORD}+[ \t]+){{1,4}}")
_KK_CUE_BEFORE = re.compile(rf"{DEP_START}(?:деп|dep)[ \t]+{DEP_VERBS}[ \t,]*")
_BYLINE_END = re.compile(r"[ \t.]*(?:\n|\Z|Source|https?://)")
_BODY_HEADS = (
    "акимат", "министерств", "мэри", "пресс-служб", "ведомств", "администраци", "правительств", "управлени",
    "прокуратур", "полици", "посольств", "штаб", "фонд", "інститут", "міністерств", "пресслужб", "відомств",
    "оперштаб", "минздрав", "мінздоров", "минюст", "мінюст", "минфин", "мінфін", "комитет", "комітет", "департамент",
    "адміністраці", "уряд", "поліці", "мері", "міськрад", "облрад", "горсовет", "облсовет",
)
# A verb of saying, impersonal (plural): «заявили», «повідомили», and any other by its stem: «запевняють»,
# «наголошують», «предупреждают» (not «отмечают», «відзначають» in the present: a holiday celebrated as often,
# «в Україні відзначають»)
_SAID_PLURAL = (
    r"(?:заявили|сообщили|отметили|рассказали|пояснили|подтвердили|уточнили|ответили|"
    r"добавили|считают|отреагировали|прокомментировали|вважають|повідомили|зазначили|нагадали|заявляють|"
    r"подчеркнули|напомнили|предупредили|опровергли|объяснили|заверили|признали|наголосили|пояснили|"
    r"підтвердили|попередили|спростували|розповіли|уточнили|додали|відповіли|прокоментували|"
    r"опубликовали|обнародовали|оприлюднили|опублікували|кажуть|говорять|говорят"  # («В ОВА кажуть, що …»)
    rf"|(?!отмеча|відзнача)(?:{SAYING_STEMS})[а-яёіїєґ'’]*(?:ли|ють|ять|уть|ют|ят|ут))(?![\w-])"
)
_BODY_SAID = re.compile(
    # («У фонді "Повернись живим" розповіли»: a quoted name after the body's noun)
    r"(?<![\w-])(?:[Вв]о?|[Уу])[ \t]+(?P<name>[^\s,.;:!?«»\"]+(?:[ \t]+(?:[^\s,.;:!?«»\"]+|[«\"][^«»\"\n]{1,40}[»\"]))"
    r"{0,5}?)[ \t]+"
    rf"(?:также[ \t]+|тоже[ \t]+)?{_SAID_PLURAL}"
)
# The verb alone, found first: a match never crosses a line, so only the lines with one are scanned for it (the
# pattern's own scout, «в »/«у » before any word, stops at every other word of Russian prose)
_SAID_PLURAL_WORD = re.compile(rf"(?<![\w-]){_SAID_PLURAL}")
# (never across a sentence's end: "– RIA Novosti. The talks ended." names RIA Novosti only; "U.S. News and World
# Report" goes on)
_SENTENCE_THEN = r"\.[ \t]+[A-ZА-ЯЁ][a-zа-яё]*[ \t]+(?!(?:and|of|the|for|in|on|и|в)[ \t])[a-zа-яё]"
# (the look-behind after the first blank, so the engine skips to blanks instead of trying it at every position)
_CREDIT = re.compile(r"(?m)[ \t](?<=\S[ \t])[ \t]*[—–][ \t]+"
                     rf"(?P<name>[A-ZА-ЯЁ«\"](?:(?!{_SENTENCE_THEN})[^\n!?—–]){{1,40}}?)\.?[ \t]*$")
# "… at 03:25 a.m. on Sunday. [TASS]": the agency in brackets closing a paragraph
_BRACKET_CREDIT = re.compile(
    r"(?m)[ \t](?<=[.!?…»\"”][ \t])[ \t]*\[(?!(?i:photo|video|audio|updated?|map|ad|advertisement|infographic|"
    r"graphic|chart|read|фото|видео|відео|реклама|обновл|оновл|читайте)\b)(?P<name>[A-ZА-ЯЁ][\w .-]{1,25}?)\][ \t]*$"
)
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "… the violating websites (Mizan News Agency, February 8th 2017).": an outlet and a date in brackets after a sentence
_DATED_CREDIT = re.compile(
    r"\((?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,4}),[ \t]+"
    rf"(?:(?:{_EN_MONTHS})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+(?:{_EN_MONTHS})[ \t]+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2})\)")
_OUTLET_WORD = re.compile(r"(?:News|Agency|Times|Post|Press|Daily|Gazette|Journal|Herald|Tribune)\Z|\.com\Z")
# A line opening a link to other articles: their headlines' credits are theirs
_RELATED = re.compile(r"(?i)[ \t]*(?:read[ \t]+(?:more|also)|related|see[ \t]+also|читайте[ \t]+(?:также|також)|"
                      r"похожие[ \t]+новости|схожі[ \t]+новини|по[ \t]+теме|на[ \t]+тему|еще[ \t]+по[ \t]+теме)[: \t]")
# "… were hurt. (TASS)", «… пострадали. (ТАСС)»: a known agency in round brackets closing a paragraph
_PAREN_CREDIT = re.compile(r"(?m)[ \t](?<=[.!?…»\"”][ \t])[ \t]*\((?P<name>[^()\n]{2,25})\)[ \t]*$")
# "… on the media reports.-Bernama", "… expelled from Russia./BGNES": the agency glued to the story's last sentence,
# closing the line
_GLUED_CREDIT = re.compile(r"(?m)[-/](?<=[.!?”\"].)(?P<name>[A-Z][A-Za-z.-]{1,25})[ \t]*$")
# A feed's footer naming the site the story came from: "The post … appeared first on Public news service.", "… Read
# Full Article at RT.com" (the rest of the line, as written)
_FEED_FOOTER = re.compile(r"(?m)(?:appeared[ \t]+first[ \t]+on|first[ \t]+appeared[ \t]+(?:on|in)"
                          r"|Read[ \t]+[Ff]ull[ \t]+(?:[Aa]rticle|[Ss]tory)[ \t]+at)"
                          r"[ \t]+(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[\w.&'’-]+){0,3}?)\.?[ \t]*$")
# A line that is a well-known outlet's name alone, or its reporter's initials and it ("Ukrinform" under the headline,
# "MA/Press TV" closing the story): the story's agency ("By Reuters" is a byline, left out)
# "Час Чернігівський, АрміяInform, Лівий берег, Укрінформ, NV, UKR.NET": a line of four or more short capitalised
# names and nothing else, two of them well-known outlets (not a list of cities)
_NAMES_LINE = re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁІЇЄҐ][^\n,!?:;]{0,30}(?:,[ \t]+[A-ZА-ЯЁІЇЄҐ][^\n,!?:;]{0,30}){3,}[ \t]*$")
_LIST_ITEM = re.compile(r"[A-ZА-ЯЁІЇЄҐ][^\n,!?:;]{0,30}?(?=[ \t]*(?:,|$))", re.MULTILINE)
_OUTLET_LINE = re.compile(r"(?m)^[ \t]*(?:[A-Z]{1,3}/)?(?P<name>[A-Z][\w.&' -]{1,28}?)[ \t]*$")
# A quoted name or a quotation's end right before the dash: «Химки» — ЦСКА, «…», – Президент РК.
_QUOTED_BEFORE = re.compile(r"(?:«[^«»\n]{1,40}»|[^.!?…\s]»,?|[^.!?…\s][\"”],)[ \t]*\Z")
# Every dateline pattern opens with "(?m)^[ \t]*" and a capital: they are tried only at the lines that open so
DATELINE_OPENING = r"[ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"
_DATELINES = (
    re.compile(r"(?m)^[ \t]*(?:[A-ZА-ЯЁ][A-ZА-ЯЁ0-9 ,.'-]{2,40}?(?:[,.][ \t]+[A-Za-zА-Яа-яё]+\.?[ \t]+\d{1,2})?"
               r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}"  # "June 7 (Reuters) -": the place left out
               r"|[A-Z][a-z]{2,20},[ \t]+[A-Z][a-z]{2,20}"  # "Tashkent, Uzbekistan (UzDaily.com) —"
               # "TALLINN, Estonia (AP) —", "ST. PETERSBURG, Fla. (AP) —": a city in capitals, its country or state
               r"|[A-Z][A-Z .'-]{2,30},[ \t]+[A-Z][a-z]{1,20}\.?(?:[ \t]+[A-Z][a-z]{1,20})?)"
               r"[ \t]*\((?P<name>[^()\n]{2,40})\)[ \t]*[—–-]"),  # "ALMATY, March 3 (Reuters) -"
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,30}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ -]{0,30},[ \t]+"
               r"(?:[A-Za-zА-Яа-яё]+\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Za-zА-Яа-яёәғқңөұүһі]+\.?)[ \t]*[—–,-][ \t]*"
               r"(?P<name>[A-ZА-ЯЁ«\"][^\n.!?—–]{1,40}?)"
               r"(?=\.[ \t]|\.?$|[ \t]+[—–-][ \t])"),  # "ASTANA, March 3 – Kazinform – The …"
    # "Astana, 3 March – Zhas Alash – The …": a city in title case, a date, and a name of capitalised words set
    # between two dashes (what follows a single dash may be the story's first sentence)
    re.compile(r"(?m)^[ \t]*[A-Z][a-z]{2,20}(?:[ \t-][A-Z][a-z]{2,20})?[,.][ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|"
               r"\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?[.,]?[ \t]+[—–-][ \t]+"
               r"(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3})[ \t]+[—–-][ \t]"),
    # "АҚТӨБЕ. KAZINFORM -": a city in capitals, a period, the agency
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,30}\.[ \t]+(?P<name>[A-ZА-ЯЁ][\w-]{2,})[ \t]*[—–-]"),
    # "Москва. 23 августа. INTERFAX.RU - …": a city, a date, the agency
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁ][a-zа-яё-]{2,30}\.[ \t]+\d{1,2}[ \t]+[A-Za-zА-Яа-яё]+\.[ \t]+"
               r"(?P<name>[A-ZА-ЯЁ][\w.-]{1,30}?)[ \t]+[—–-][ \t]"),
    # "Нұр-Сұлтан, BAQ.KZ.": a city, then an agency in capitals
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]{2,20},[ \t]+"
               r"(?P<name>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]+(?:\.[A-Z]{2,4})?)\.[ \t]"),
    # «ИА SakhaNews. В аэропорту …», «ИА «Регнум» — …»: a line opening with an information agency's abbreviation
    re.compile(r"(?m)^[ \t]*(?:ИА|ИАА|МИА|ІА|Информационное[ \t]+агентство|Інформаційне[ \t]+агентство)[ \t]+"
               r"(?P<name>«[^»\n]{2,40}»|[A-ZА-ЯЁІЇЄҐ][\w.-]{1,30}(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w.-]{1,30}){0,2}?)"
               r"[ \t]*(?:[.:—–-][ \t]|\.?$)"),
    # "Shafaq News/ The Islamic Resistance …": the agency opening the line, a slash after it
    re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,2})/[ \t]+(?=[A-Z])"),
    # "KHARTOUM | Xinhua | Sudan's army …": the city, then the agency, set apart by bars
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,30}[ \t]+\|[ \t]+(?P<name>[A-ZА-ЯЁ][\w.&'’-]*(?:[ \t]+[A-ZА-ЯЁ]"
               r"[\w.&'’-]*){0,2})[ \t]+\|"),
    # "MOSCOW, May 4 [TASS].": the agency in brackets
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ -]{2,30},[ \t]+(?:[A-Za-zА-Яа-яё]+\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+"
               r"[A-Za-zА-Яа-яё]+)\.?[ \t]*\[(?P<name>[A-ZА-ЯЁ][\w .-]{1,20}?)\]"),
    # "MOSCOW (UrduPoint News / Sputnik - 04th May, 2023)": the publisher itself, then the agency it took the story
    # from, the source
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ -]{2,30}[ \t]*\([ \t]*[^()\n/]{2,30}?[ \t]*/[ \t]*"
               r"(?P<name>[^()\n/]{2,30}?)[ \t]*[—–-][ \t]*\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}"
               r"[ \t]*\)"),
    # "KIEV, October 10. /TASS/.", "МОСКВА, 10 октября. /ТАСС/."
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ -]{2,30},[ \t]+(?:[A-Za-zА-Яа-яё]+\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+"
               r"[A-Za-zА-Яа-яё]+)\.?[ \t]*/(?P<name>[A-Za-zА-ЯЁа-яё][\w-]{1,20})/"),  # ("/tass/." too)
    # «Бишкек, 20.01.26. /Кабар/.»: a city, a date in figures, the agency between slashes («/Айпери Кожоева –
    # Кабар/.»: its reporter's name and a dash before it)
    re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁ][\w-]{2,30},[ \t]+\d{1,2}\.\d{1,2}\.\d{2,4}\.?[ \t]*"
               r"/(?:[А-ЯЁA-Z][\w-]+(?:[ \t]+[А-ЯЁA-Z][\w-]+){1,2}[ \t]+[—–-][ \t]+)?"
               r"(?P<name>[A-Za-zА-ЯЁа-яё][\w-]{1,20})/"),
)
# «КИЇВ. 3 травня. УНН.», «Минск, 3 мая /Корр. БЕЛТА/.», «Астана, 3 мамыр, ҚазАқпарат.»: a city, a day and a month in
# any of the languages, then the agency (a known one, capitals or a domain: not «Сегодня» opening the text)
_CITY_DATE_AGENCY = re.compile(
    r"(?m)^[ \t]*[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][\w'’-]{2,30}(?:[ \t]+(?:область|край|округ|район|облысы|області))?"  # a region
    r"[,.][ \t]+(?:\d{1,2}[ \t]+(?:[а-яёіїєґәғқңөұүһ]{3,12}|[A-Z][a-z]{2,8})"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?"  # ("Astana. October 3. KazTAG -", "…, 3 March 2024, …")
    r"\.?[,.]?[ \t]*"  # ("Chisinau, 28 February /MOLDPRES/")
    r"(?:[—–-][ \t]*)?(?:/(?:[Кк]орр\.[ \t]+)?)?(?P<name>[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][\w.-]{1,25}?"
    # («ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК - …»: an agency's regional service, in capitals after a dash)
    r"(?:[ \t]+[—–-][ \t]+[A-ZА-ЯЁ]{2,}(?:[ \t]+[A-ZА-ЯЁ]{2,})?(?=[ \t]+[—–-][ \t]))?)"
    r"/?[ \t]*(?:[.:—–-][ \t]|\.[ \t]*$)")
# "February 26, BPN. A Belarusian …", "March 3, 2024. KAZINFORM – …": the date, then the agency (no city)
_DATE_AGENCY = re.compile(rf"(?m)^[ \t]*(?:{_EN_MONTHS})[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?[,.][ \t]+"
                          r"(?P<name>[A-Z][\w.-]{1,25}?)[ \t]*(?:[.:—–-][ \t])")
# "(MENAFN- UkrinForm) The court …": a syndicator's credit, the outlet it took the story from after the dash
_SYNDICATED = re.compile(r"\(MENAFN[ \t]*[-–—][ \t]*(?P<name>[A-Z][^()\n]{1,40}?)[ \t]*\)")
# "KAZINFORM", «ҚазТАГ» (two capitals together, not first), "Trend.az"
_CAPITAL = "A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ"
_AGENCY_LIKE = re.compile(rf"[{_CAPITAL}]{{2,}}[\w-]*|[{_CAPITAL}][\w-]*?[{_CAPITAL}]{{2,}}[\w-]*|"
                          r"[A-Za-z][\w-]*\.[a-z]{2,4}")
# "… MINSK, December 29 – RIA Novosti. The press secretary …": a city in capitals, the date, a dash, the agency,
# run on after a headline (not at a line's start); a well-known agency only
_CAPS_CITY_DATE_AGENCY = re.compile(
    rf"(?<![\w-])[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})?,[ \t]+(?:{_EN_MONTHS})[ \t]+\d{{1,2}}[ \t]+[—–-][ \t]+"
    r"(?P<name>[A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+){0,2}?)"
    r"(?=[.:][ \t]|[ \t]+[—–-][ \t])")
_MONTH_DAY_DASH = re.compile(rf",[ \t]+(?:{_EN_MONTHS})[ \t]+\d{{1,2}}[ \t]+[—–-][ \t]")
_TIME_THEN_AGENCY = re.compile(r"\d:\d\d(?:,|[ \t]+[—–-])[ \t]+(?:ИА|РИА|ІА)[ \t]")
# «18 марта 2026, 08:11, ИА Амител», «Москва, 9 марта, 2021, 15:01 — ИА Регнум.»: a line of its own, the date, the
# time, then the agency (the city first, or a dash before the agency, as some write it)
_DATE_TIME_AGENCY = re.compile(rf"(?m)^[ \t]*(?:[А-ЯЁІЇЄҐ][\w-]+,[ \t]+)?\d{{1,2}}[ \t]+(?:{MONTHS}),?[ \t]+"
                               r"\d{4},[ \t]+\d{1,2}:\d{2}(?:,|[ \t]+[—–-])[ \t]+"
                               r"(?P<name>(?:ИА|РИА|ІА)[ \t]+[«\"]?[А-ЯЁA-Z][\w-]+(?:\.[\w-]+)*(?:[ \t]+[\w-]+)?[»\"]?)"
                               r"\.?[ \t]*$")
# "NUR-SULTAN. KAZINFORM - The Ministry …": the city, a full stop, the agency in capitals
_CITY_STOP_AGENCY = re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ -]{2,30}\.(?:[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{1,2}\.)?"
                               r"[ \t]+(?P<name>[A-ZА-ЯЁ][A-ZА-ЯЁ.-]{2,20})"
                               # ("ASTANA. KAZINFORM Anti-terrorist …": no dash, the story's first word after it)
                               r"(?:[ \t]*(?P<dash>[—–-])[ \t]|[ \t]+(?=[A-ZА-ЯЁ][a-zа-яё]))")
# «астана. KAZINFORM - …»: the city in lowercase, as Kazakh in the Arabic script reads through its Cyrillic shadow
# (that script has no capitals), the agency in Latin capitals after it
_LOWER_CITY_OPENING = r"[ \t]*[а-яәғқңөұүһі]{3}"
_LOWER_CITY_AGENCY = re.compile(r"[ \t]*[а-яәғқңөұүһі]{3,20}(?:[ \t-]+[а-яәғқңөұүһі]{3,20})?\.[ \t]+"
                                r"(?P<name>[A-Z][A-Z.-]{2,20})[ \t]*[—–-][ \t]")
# A line opening with the agency alone: "(Reuters) - Russian forces …", "Tengrinews.kz – A call center …"
_AGENCY_OPENS_LINE = re.compile(
    r"(?m)^[ \t]*(?:\((?P<paren>[A-Z][\w.&' -]{1,30})\)"
    r"|(?P<domain>[A-Za-z][\w-]*\.(?i:kz|ru|ua|uz|kg|by|az|am|ge|com|news|info))"
    r"|(?P<known>[A-Z][\w.&'’-]{1,30}(?:[ \t]+[A-Z][\w.&'’-]{1,20}){0,2}))"  # "Al-Monitor - The arrest …": known
    # («YAKUTIA.INFO. Глава республики …»: a site's name in capitals, a full stop for the dash)
    # ("Reuters | Updated: 29-05-2023 | Created: …": a byline's parts set apart by bars; one bar alone, "BBC News |
    # Русская служба", is a title's)
    r"(?:[ \t]*[—–-]|(?<=[A-Z])\.|[ \t]+\|(?=[^|\n]+\|))[ \t]+(?=[A-ZА-ЯЁІЇЄҐ«\"“])")
# «ТАСС, 17 мая. …», "Interfax, March 3. …": a line opening with the agency and the date (a city there is no
# source: only a known outlet is taken)
_AGENCY_FIRST = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-ZА-ЯЁ][\w.-]{1,20}(?:[ \t]+[A-ZА-ЯЁ][\w.-]{1,20})?),[ \t]+"
    r"(?:\d{1,2}[ \t]+[а-яё]{3,8}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})\.[ \t]")
# "ABC News correspondent Ian Pannell reports", "State Border Guard Service spokesperson Andrii Demchenko said":
# whose staff speaks is the source.
_STAFF_SAYS = re.compile(
    r"(?<![\w-])(?:correspondent|reporter|spokesperson|spokesman|spokeswoman|press[ \t]+secretary|analyst)[ \t]+"
    r"(?:(?P<person>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+)?"  # ("a Kazinform correspondent reports")
    r"(?:also[ \t]+)?(?:said|says|reports|reported|told|noted|notes|added|stated|wrote|writes)(?![\w-])"
)


def find_press_services(text: str) -> Iterator[Match]:
    """English "press service/office" phrases cited as a source (a cue before or after, or a byline line)."""
    for m in finditer(_PRESS_EN, text):
        start = _extend_left(text, m.start())
        tail = _OF_TAIL.match(text, m.end())
        end = tail.end() if tail else m.end()
        while text[start:end].endswith((" of", " and", " for", " the")):
            end = text.rfind(" ", start, end)
        line_start = text.rfind("\n", 0, start) + 1
        alone = bool(re.search(r"(?:\A|[.!?][ \t]*)\Z", text[line_start:start])) and bool(_BYLINE_END.match(text, end))
        cued = alone or _CUE_BEFORE.search(text, max(0, start - 60), start) or _CUE_AFTER.match(text, end)
        if cued and start == m.start() and end == m.end():
            continue  # "…," the press center noted': whose, the text before says (no owner named here)
        if cued:
            yield Match("outlet", start, end, "outlet.press_service", name=text[start:end])


def find_kazakh_press_services(text: str) -> Iterator[Match]:
    """ "Астана әкімдігінің баспасөз қызметі хабарлады", "… деп хабарлады облыс әкімдігінің баспасөз қызметі" """
    for m in _PRESS_KK.finditer(text):  # a literal start: the scan is fast, the look-back bounded
        body = _KK_BODY.search(text, max(0, m.start() - 120), m.start())
        if body is None:
            continue
        start = body.start()
        # "деп толықтырды Жамбыл облысы әкімдігінің …": the body's words may have swallowed the verb, or stopped short
        # of a long name ("деп жауап берді Еңбек және халықты әлеуметтік қорғау министрлігінің"): it starts after it
        before = [c for c in _KK_CUE_BEFORE.finditer(text, max(0, start - 80), m.start())
                  if c.end() >= start or _KK_WORDS_ONLY.fullmatch(text, c.end(), start)]
        if before:
            start = before[-1].end()
        if before or _KK_CUE_AFTER.match(text, m.end()):
            yield Match("outlet", start, m.end(), "outlet.press_service", name=text[start : m.end()])


def _extend_left(text: str, pos: int) -> int:
    """Back over "the Ministry’s", "Kazakh energy ministry's", capitalised words (up to four)."""
    start = pos
    for _ in range(4):
        m = re.search(r"([\w’'-]+)[ \t]+\Z", text[max(0, start - 40) : start])
        if m is None:
            break
        word = m.group(1)
        possessive = word.endswith(("’s", "'s"))
        if not (possessive or (word[0].isupper() and word.casefold() not in STOP_CAPS)):
            break
        start -= len(m.group())
    return start


# "according to a TASS source in emergency services": a well-known outlet's source (translated «источник ТАСС»)
_OUTLETS_SOURCE = re.compile(r"(?<![\w-])(?:an?|one)[ \t]+(?P<name>[A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+)?)[ \t]+"
                             r"sources?(?![\w-])")


def find_staff_sources(text: str) -> Iterator[Match]:
    """ "ABC News correspondent Ian Pannell reports": the outlet or body whose staff member speaks; "a TASS source":
    a well-known outlet whose source speaks."""
    for m in finditer(_OUTLETS_SOURCE, text):
        if is_known_outlet(m.group("name")):
            yield Match("outlet", m.start("name"), m.end(), "outlet.staff_says", name=m.group("name"))
    for m in finditer(_STAFF_SAYS, text):
        end = m.start() - 1  # the space before the staff word
        if end < 1 or text[end] not in " \t":
            continue
        start = _extend_left(text, m.start())
        name = text[start:end]
        if start >= end or name.casefold().startswith(("the ", "a ")) and " " not in name[4:].strip():
            continue
        if name.casefold().startswith("the "):
            start, name = start + 4, name[4:]
        if looks_like_person(name) or all(w.casefold() in STOP_CAPS for w in name.split()) \
                or ADJECTIVE_ALONE.fullmatch(name) or is_nationality(name) or is_title(re.sub(r"['’]s\Z", "", name)):
            continue  # ("Presidential spokesman X said", "a Russian correspondent said": whose, an adjective says;
            # "the President's press secretary X said": a person's, no body's)
        yield Match("outlet", start, end, "outlet.staff_says", name=name)


# An English adjective of an office or a level of government alone ("Presidential", "Regional", "Federal"): no name
ADJECTIVE_ALONE = re.compile(r"[A-Z][a-z]+(?:ial|ional|eral|ipal)")


# A body by its common noun alone, or its press service so («В ведомстве уточнили», «У відомстві додали»,
# «сообщает пресс-служба ведомства»): the one named before
_BODY_BY_NOUN = re.compile(r"(?:(?:пресс-служб|пресслужб|прес-служб)[а-яії]*[ \t]+)?"
                           r"(?:ведомств|відомств|министерств|міністерств|штаб)[а-яії]*", re.IGNORECASE)


def body_meant(text: str, pos: int, name: str) -> str:
    """The organisation named nearest before pos, when `name` calls it by its common noun alone («пресс-служба
    ведомства», «министрліктің баспасөз қызметі»); else `name`."""
    if _BODY_BY_NOUN.fullmatch(name) and (body := nearest_body(text, pos)) is not None:
        return text[body[0] : body[1]]
    return kazakh_body_meant(text, pos, name) or name

_DATE_TAIL = re.compile(rf"[ \t]+\d{{1,2}}[ \t]+(?:{MONTHS})\Z")  # when it was said, not who said it
_ONLINE = frozenset("сети сеть интернете інтернеті мережі соцсетях соцмережах".split())  # where it went up


# A body's region after it, in the locative: «ДСНС у Львівській області», «МЧС в Свердловской области»
_IN_REGION_TAIL = re.compile(rf"[ \t]+(?:у|в|по)[ \t]+[А-ЯЁІЇЄҐ][\w'’-]+[ \t]+{REGION_LOCATIVE}\Z")


def find_bodies_said(text: str) -> Iterator[Match]:
    """ "В акимате Алматинской области заявили", "В Інституті вивчення війни вважають" """
    verbs = (verb.start() for verb in finditer(_SAID_PLURAL_WORD, text))
    for m in (m for lo, hi in lines_around(text, verbs) for m in finditer(_BODY_SAID, text, lo, hi)):
        name, end = m.group("name"), m.end("name")
        if (when := _DATE_TAIL.search(name)) is not None and when.start() > 0:
            name, end = name[: when.start()], end - len(name) + when.start()  # «В Росавиации 18 января сообщили»
        first = name.split()[0]
        if not (first[0].isupper() or first.casefold().startswith(_BODY_HEADS)):
            continue
        if name.casefold().startswith(("telegram", "телеграм")):
            continue  # «у Telegram повідомили»: where, not who
        if " " not in name and (place_word(name) or person_word(name) or name.casefold() in _ONLINE):
            continue  # "в Москве заявили", «в Сети опубликовали» name no source
        region = _IN_REGION_TAIL.search(name)  # «У ДСНС у Львівській області повідомили»: where the body is
        if looks_like_person(name) or any(w.casefold() in STOP_CAPS for w in name[: region.start() if region else None]
                                          .split()):
            continue
        if name.rsplit(None, 1)[-1].casefold() in ("не", "ні"):
            continue  # «В МХТ состояние актёра не комментируют»: what was not said cites nothing
        yield Match("outlet", m.start("name"), end, "outlet.body_said", name=name)


# The credit patterns open with the first blank of a run before a dash, "[" or "(" (their look-behind wants a
# non-blank before it): tried only there, not at every blank of the text
_DASH, _BRACKET, _PAREN = re.compile(r"[—–]"), re.compile(r"\["), re.compile(r"\(")


def _blanks_before(text: str, mark: re.Pattern[str]) -> Iterator[int]:
    """Where the run of blanks before each match of `mark` starts, ascending (none before it: not yielded)."""
    last = -1
    for m in mark.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if last < start < m.start():
            last = start
            yield start


def find_credits(text: str) -> Iterator[Match]:
    """Datelines and closing credit lines."""
    lines = list(line_starts(text, DATELINE_OPENING))
    found = [(m, "outlet.dateline") for pattern in _DATELINES for m in matches_at(pattern, text, lines)]
    found += [(m, "outlet.dateline") for m in matches_at(_CITY_STOP_AGENCY, text, lines)
              if m.group("dash") or is_known_outlet(m.group("name"))]
    found += [(m, "outlet.dateline") for m in matches_at(_LOWER_CITY_AGENCY, text,
                                                          line_starts(text, _LOWER_CITY_OPENING))]
    found += [(m, "outlet.dateline") for m in _SYNDICATED.finditer(text)]  # (a literal opening: a fast scan)
    # (each pattern only when its rare middle is there: a scan of the whole text cost 20 ms a MB)
    if _MONTH_DAY_DASH.search(text):
        found += [(m, "outlet.dateline") for m in finditer(_CAPS_CITY_DATE_AGENCY, text)
                  if is_known_outlet(m.group("name"))]
    if _TIME_THEN_AGENCY.search(text):
        found += [(m, "outlet.dateline") for m in finditer(_DATE_TIME_AGENCY, text)]
    found += [(m, "outlet.dateline") for m in matches_at(_AGENCY_FIRST, text, lines)
              if is_known_outlet(m.group("name"))]  # "ТАСС, 17 мая.": an agency, not a city
    found += [(m, "outlet.dateline") for pattern in (_CITY_DATE_AGENCY, _DATE_AGENCY)
              for m in matches_at(pattern, text, lines)
              if is_known_outlet(m.group("name")) or _AGENCY_LIKE.fullmatch(m.group("name"))]
    for m in matches_at(_AGENCY_OPENS_LINE, text, line_starts(text, r"[ \t]*[(A-Za-z]")):
        name = m.group("paren") or m.group("domain") or m.group("known")
        if m.group("domain") or is_known_outlet(name):
            yield Match("outlet", m.start(m.lastgroup or "paren"), m.end(m.lastgroup or "paren"), "outlet.dateline",
                        name=name)
    found += [(m, "outlet.credit") for m in matches_at(_CREDIT, text, _blanks_before(text, _DASH))]
    found += [(m, "outlet.credit") for m in matches_at(_BRACKET_CREDIT, text, _blanks_before(text, _BRACKET))]
    found += [(m, "outlet.credit") for m in matches_at(_PAREN_CREDIT, text, _blanks_before(text, _PAREN))
              if is_known_outlet(m.group("name"))]
    found += [(m, "outlet.credit") for m in _GLUED_CREDIT.finditer(text)]
    for m in matches_at(_OUTLET_LINE, text, line_starts(text, r"[ \t]*[A-Z]")):
        if m.group("name").isascii() and is_known_outlet(m.group("name")):
            yield Match("outlet", m.start("name"), m.end("name"), "outlet.credit", name=m.group("name"))
    for line in finditer(_NAMES_LINE, text):  # an aggregator's closing list of whose stories it drew on
        items = [(i.start(), i.end()) for i in _LIST_ITEM.finditer(text, line.start(), line.end())]
        if sum(is_known_outlet(text[a:b]) for a, b in items) >= 2:
            yield from (Match("outlet", a, b, "outlet.credit", name=text[a:b]) for a, b in items)
    for m in finditer(_FEED_FOOTER, text):
        name = m.group("name").rstrip(".")  # (the sentence's full stop: "RT.com" keeps its inner one)
        yield Match("outlet", m.start("name"), m.start("name") + len(name), "outlet.credit", name=name)
    found += [(m, "outlet.credit") for m in _DATED_CREDIT.finditer(text)
              if is_known_outlet(m.group("name")) or _OUTLET_WORD.search(m.group("name"))]
    for m, rule in found:
        name = m.group("name").strip()
        q = quoted_at(name, 0)
        if q is not None:
            name = q[2]
        agency, comma, byline = name.partition(", ")
        if comma and looks_like_person(byline):
            name = agency  # "ASHKENT, April 23 — RIA Novosti, Abu-Ali Niyazmatov.": the agency, then its reporter
        words = name.split()
        if not words or len(words) > 5 or any(person_word(w) for w in words if not w.isupper()):
            continue  # (a word in capitals is an agency's: «ПРАЙМ», not a first name)
        if rule == "outlet.credit" and name.isascii() and looks_like_person(name):
            continue  # a signed quotation, "— John Smith."
        if rule == "outlet.credit" and not all(w[0].isupper() or w[0] in "«\"" for w in words[:2]):
            continue
        after_sentence = m.start() > 0 and text[m.start() - 1] in ".!?…»\""
        if rule == "outlet.credit" and not (after_sentence or is_org_like(name)):
            continue  # "… со ссылкой на Пескова — Взгляд.UA." is a credit; "— Иван Петров" without one is not
        if rule == "outlet.credit" and _QUOTED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # «Химки» — ЦСКА: a pairing (a match, a route); «…уровней», – Президент РК: who said it
        if rule == "outlet.credit" and _RELATED.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # "READ MORE: … – Politico", «Схожі новини …»: another article's headline, not this one's source
        s = m.start("name") + m.group("name").find(name)
        yield Match("outlet", s, s + len(name), rule, name=name)


# "…, the ministry said in a statement": a body named earlier ("Russia's Justice Ministry", "the Ministry of
# Defence of Ukraine"), now by its head noun alone.
_THE_BODY_SAID = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<noun>ministry|agency|committee|department|court|administration|embassy|"
    r"inspectorate|directorate|prosecutor['’]s[ \t]+office)[ \t]+(?:also[ \t]+|later[ \t]+|has[ \t]+)?"
    r"(?:said|says|reported|reports|stated|announced|added|noted|confirmed|explained|clarified)(?![\w-])"
)


def find_bodies_by_reference(text: str) -> Iterator[Match]:
    """ "the ministry said": the nearest body named before with that head noun, within a few paragraphs."""
    for m in finditer(_THE_BODY_SAID, text):
        noun = m.group("noun").split()[0].rstrip("'’s")
        earlier = body_named_before(text, noun, m.start())
        if earlier is not None:
            yield Match("outlet", m.start(), m.end("noun"), "outlet.body_by_reference", name=earlier)


# Before a lowercase word: no function word ("the Russian defence ministry", not "Russian troops at the ministry")
_NOT_FUNCTION = r"(?!(?:the|a|an|of|at|in|on|to|by|for|with|from|and|or|that|which|its|their|his|her)(?![\w-]))"


def body_named_before(text: str, noun: str, pos: int) -> str | None:
    """ "Russia's Justice Ministry", "Ministry of Defence of Ukraine": a capitalised name with the noun as its
    head or its first word, the nearest one before pos (1,500 characters at most)."""
    head = noun[:1].upper() + noun[1:]
    pattern = re.compile(
        rf"(?:{LATIN_CAP_WORD}[ \t]+){{0,4}}{head}(?![\w-])"
        rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*){{0,4}})?"
        # "the Russian defence ministry", "Ukraine's energy ministry": a capitalised word, then the noun in lowercase
        rf"|{LATIN_CAP_WORD}[ \t]+(?:{_NOT_FUNCTION}[a-z][\w-]*[ \t]+){{0,2}}{noun}(?![\w-])"
    )
    found = list(pattern.finditer(text, max(0, pos - 1500), pos))
    for m in reversed(found):
        name = re.sub(r"\A(?:The|A|In|On|At|By|As|According)[ \t]+", "", m.group())
        if name.casefold() != noun.casefold():
            return name
    return None


# An official body described in lowercase, as English news names it: "the health ministry", "the country's
# defence ministry", "the regional police department", "Ukraine's energy ministry", "the ministry of defense",
# "the air force", "the Israeli military" ("its air force": whose, the sentence before says).
_EN_HEADS = (r"ministry|department|police|agency|administration|air[ \t]+force|military[ \t]+intelligence|military|"
             r"army|exchange|"
             r"bureau|committee|commission|inspectorate|akimat|city[ \t]+hall|"
             r"headquarters")  # "the statistics bureau said"
_EN_BODY = (r"(?P<body>(?:[Tt]he[ \t]+|[A-Z][\w-]*['’]s[ \t]+)?(?:[a-z][\w-]*['’]s[ \t]+)?"
            # "The Krasnodar region's operational headquarters": whose, a region by its name
            r"(?:(?<=[Tt]he )[A-Z][\w-]*[ \t]+(?:region|oblast|province|district|city|republic|krai)['’]s[ \t]+)?"
            # "Ukrainian military intelligence stated": whose, by an adjective of nationality
            r"(?:(?<![\w-])(?P<nation>Ukrainian|Russian|Belarusian|Kazakh|Kyrgyz|Uzbek|Israeli|Iranian|Turkish|Georgian|"
            r"Armenian|Azerbaijani|Moldovan|Polish|British|American|French|German|Chinese)[ \t]+)?"
            # (no function word among the adjectives: "According to police" is police, not "to police")
            r"(?:(?!(?:the|a|its|their|to|by|from|with|and|of|in|on|at|for|that|as)\b)[a-z][\w-]*[ \t]+){0,3}"
            # ("the mayor's office said", "the governor's office": an office by whose it is)
            rf"(?:{_EN_HEADS}|(?:prosecutor|governor|mayor|akim|president|prime[ \t]+minister)['’]s[ \t]+office|"
            r"press[ \t]+(?:service|office)|emergency[ \t]+service)"
            r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*(?:[ \t]+(?:affairs|situations|matters))?|"
            # "the interior ministry of Transnistria", "the akimat of Almaty region"
            r"[A-Z][\w'’-]*(?:[ \t]+(?:region|oblast|district|province))?))?)")
# "The interior ministry of Transnistria, a separatist Russia-backed territory in ex-Soviet Moldova, said"
_APPOSITION = r"(?:,[ \t]+(?:an?|the)[ \t]+[^,;:.!?\n\"“”«»]{3,80},)?"
_EN_BODY_SAID = re.compile(
    rf"(?<![\w-]){_EN_BODY}(?P<cue>{_APPOSITION}[ \t]+(?:also[ \t]+)?(?:said|says|reported|reports|stated|claimed|"
    r"announced|confirmed|noted|added|told|wrote|warned)(?![\w-]))?"
)
_EN_BODY_HEAD = re.compile(rf"(?<![\w-])(?:{_EN_HEADS}|office|service)s?(?![\w-])")  # the last word of any of them
_ACCORDING_BEFORE = re.compile(r"[Aa]ccording[ \t]+to[ \t]+\Z")
_ALONE_A_BODY = frozenset(("police", "the police"))
_PLAIN_SAYING = re.compile(r"(?:said|says|reported|reports|stated|added|noted|confirmed)\Z")
_CLAUSE_START = re.compile(r"(?:\A|[.!?\n][ \t\"“]*|,[ \t]+|—[ \t]*)\Z")
# "…, said the regional prosecutor's office.": the verb first after a comma or a quotation, the body closing the clause
_INVERTED_SAYING_BEFORE = re.compile(r"(?:,[\"”]?|[\"”])[ \t]+(?P<verb>(?:also[ \t]+)?(?:said|reported|stated|"
                                     r"announced|confirmed|noted|added|wrote|warned))[ \t]+\Z")
_NOUN_GOES_ON = re.compile(r"[ \t]+(?!(?:in|on|at|to|for|of|and|or|but|that|which|who|as|by|from|with|the|a|an|is|"
                           r"was|were|are|has|had|have|also|said|says|reported|reports)(?![\w-]))[a-z]")
_CLAUSE_ENDS_NEXT = re.compile(r"[ \t]*(?:[.,;:!?]|\n|\Z|[ \t]+(?:in[ \t]+a[ \t]+statement|on[ \t]+[A-Z]))")


def find_english_bodies(text: str) -> Iterator[Match]:
    """ "According to the health ministry, …", "The regional police department said", "…, the ministry of defense
    reported." — an official body described in lowercase words, where it is the source: after "according to",
    or opening its clause before a verb of saying."""
    seen: set[int] = set()
    for head in finditer(_EN_BODY_HEAD, text):  # the head noun first: the pattern at every word cost 0.1 s a MB
        lo = text.rfind(" ", 0, max(0, head.start() - 90)) + 1  # from a word's start
        m = next((b for b in _EN_BODY_SAID.finditer(text, lo, head.end() + 150)
                  if b.start("body") <= head.start() < b.end("body")), None)
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        start = m.start("body")
        according = _ACCORDING_BEFORE.search(text, max(0, start - 14), start)
        said = m.group("cue") is not None
        verb_before = None if said else _INVERTED_SAYING_BEFORE.search(text, max(0, start - 16), start)
        inverted = verb_before is not None and _CLAUSE_ENDS_NEXT.match(text, m.end("body")) is not None
        if not (according or inverted or (said and _CLAUSE_START.search(text, max(0, start - 3), start))):
            continue
        if m.group("nation") and not said and _NOUN_GOES_ON.match(text, m.end("body")):
            continue  # "according to Russian military bloggers": the nationality and the body describe who speaks
        name = m.group("body")
        if len(name.split()) - name.casefold().startswith("the ") < 2 and not (
                name.casefold() in _ALONE_A_BODY and (according or _PLAIN_SAYING.search(m.group("cue") or ""))):
            continue  # "the ministry": a body named before, by its noun alone ("…, police said": police it is; what
            # "the police warned about" is about is for the sentence's other sources)
        told = said and m.group("cue").endswith("told")  # "the ministry's press service told Sputnik": Sputnik's own
        opening = verb_before.start("verb") if inverted else according.start() if according else start  # type: ignore[union-attr]
        yield Match("outlet", opening, m.end("cue") if said and not told else m.end("body"),
                    "outlet.body_described", name=name[4:] if name.startswith(("the ", "The ")) else name)


# «Как сообщается на сайте суда», «Как сообщает официальный сайт мэрии», «з посиланням на сайт уряду»: a body's
# website, the body by its common noun (capitalised names after «сайте» are outlet.website's)
_SITE_OF_BODY = re.compile(
    r"(?<![\w-])(?:(?:официальн|офіційн)[а-яії]*[ \t]+)?(?:веб-)?сайт[аеіу]?[ \t]+"
    r"(?:суда|мэрии|мерії|администрации|адміністрації|правительства|уряду|министерства|міністерства|ведомства|"
    r"відомства|прокуратуры|прокуратури|полиции|поліції|акимата|аэропорта|аеропорту|горсовета|міськради|облсовета|"
    r"облради|парламента|парламенту|суду)(?![\w-])",
    re.IGNORECASE)
_SAID_ON_SITE = re.compile(r"(?:сообща|говори|опубликова|размещ|повідомл|йдеться|ідеться|пише|пишет|информир|"
                           r"інформу|оприлюдн|посиланням|ссылкой|приводятся|наводяться)[а-яёії]*[ \t]+"
                           r"(?:(?:на|в|у|із|з)[ \t]+)?\Z", re.IGNORECASE)


def find_sites_of_bodies(text: str) -> Iterator[Match]:
    for m in finditer(_SITE_OF_BODY, text):
        if _SAID_ON_SITE.search(text, max(0, m.start() - 40), m.start()):
            yield Match("outlet", m.start(), m.end(), "outlet.website", name=m.group())


# «В сообщении Минтранса говорится», «У заяві пресслужби ОВА зазначається»: whose statement it is, named before the
# impersonal verb (the order after the verb, «говорится в сообщении X», is a rule of outlets.py)
_STATEMENT_OF = re.compile(
    r"(?<![\w-])[ВвУу][ \t]+(?:сообщении|заявлении|релизе|пресс-релизе|обращении|публикации|повідомленні|заяві|"
    r"релізі|пресрелізі|зверненні|публікації)[ \t]+(?P<name>[^,.;:!?\n«»\"]{2,80}?|[«\"][^»\"\n]{2,40}[»\"])[ \t]+"
    r"(?:говорится|отмечается|указывается|сказано|подчеркивается|уточняется|йдеться|ідеться|зазначається|"
    r"наголошується|підкреслюється|уточнюється)(?![\w-])")


def find_statements_of(text: str) -> Iterator[Match]:
    for m in finditer(_STATEMENT_OF, text):
        name = m.group("name").strip("«»\"")
        if name.split()[0] in ("на", "в", "у", "из", "от", "з", "із", "від"):
            continue  # «В сообщении на сайте мэрии говорится»: where it was, the website's rule
        if (name[:1].isupper() or is_org_like(name)) and not looks_like_person(name):  # not «этом»
            yield Match("outlet", m.start("name"), m.end("name"), "outlet.statement", name=name)

