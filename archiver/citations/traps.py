"""Findings that look like citations and are not: photo credits, the outlet's own channel, TV channels.

Applied to every rule's output at the end, so each rule need not know these traps, in any language listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Match
from .sentences import SentenceIndex
from .speech import EN_VERBS, RU_VERBS

# "Фото: телеграм-канал «Baza»", "Photo: Telegram channel of …", "Скриншот: …": a picture's credit, not a source.
_CREDIT_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:фото|photo|фотография|скриншот|screenshot|кадр(?:[ \t]+из[ \t]+видео)?|видео|video|иллюстрация|"
    r"illustration|image|сурет|фотографія|джерело\s+фото|источник\s+фото)(?:[ \t]+(?:credits?|courtesy))?"
    r"[ \t]*(?:[:©—–/-]|\n)",  # ("Photo credit:", "Image courtesy:")
    re.IGNORECASE,
)
# «Фото пресс-службы МЧС и Telegram-канала «X»»: a short line opening with «Фото», no colon, no full stop (not
# "Screenshot from the Telegram channel …", which the sample articles' own annotation counts as a citation)
_CREDIT_LINE_BARE = re.compile(r"(?:^|\n)[ \t]*фото[ \t]+[^\n]{3,90}?(?<![.!?])(?<![.!?][»\"”])[ \t]*(?=\n|\Z)",
                               re.IGNORECASE)
_CREDIT_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:фото|photo|сурет|скриншот|screenshot|image)[ \t]*[:©][ \t]*\Z",
                                  re.IGNORECASE)
# «Читать на сайте Life.ru», «Подробнее об этом читайте в материале X», «Читайте також на порталі "Y"»: an
# invitation to read more elsewhere, not the source of what is reported
_READ_AT = re.compile(r"(?<![\w-])(?:читать|читайте|читати)(?:[ \t]+(?:также|також|подробнее|детальніше|докладніше|"
                      r"полностью|повністю))?(?:[ \t]+(?:(?:на|в|у)[ \t]+(?:сайте|сайті|портале|порталі|материале|"
                      r"матеріалі)))?[ \t]*\Z", re.IGNORECASE)
# «Фото из телеграм-канала «X».», «Скриншот с видео телеграм-канала X», «Фото з Telegram-каналу X»: a sentence of
# its own that says only where a picture came from (a verb in it, «Кадры из видео, опубликованного в …», cites)
_CREDIT_FROM = re.compile(r"(?:^|(?<=[.!?…»\"”/])|(?<=[.!?…»\"”/][ \t]))[ \t]*(?:фото|видео|відео|скриншот|кадры?|"
                          r"кадри)(?:[ \t]+(?:из|с|з)[ \t]+(?:видео|відео))?[ \t]+(?:из|с|со|з|із)[ \t]+"
                          r"(?:(?:видео|відео)[ \t]+)?\Z", re.IGNORECASE | re.MULTILINE)
_SENTENCE_ENDS = re.compile(r"[ \t»\"”]*(?:[.!?]|\n|\Z)")
# "в нашем телеграм-канале", "our Telegram channel": the publisher promoting itself.
# («Наш Telegram: t.me/x», "Our Telegram channel: …": a label, then the link)
_OWN = re.compile(r"(?<![\w-])(?:наш|наше|нашем|нашего|наши|нашей|our)[ \t]+(?:[\w-]+[ \t]*(?:channel[ \t]*)?)?"
                  r"(?:[:—–-][ \t]*)?\Z", re.IGNORECASE)
# Kazakh promotion: a polite imperative after the channel in its sentence («… t.me/X Telegram-арнасына
# жіберіңіз», «… арнасына жазылыңыз»), or «біздің» ("our") before it
_KK_POLITE_IMPERATIVE = re.compile(r"[а-яәіңғүұқөһ]{2,}(?:ыңыз|іңіз|ңыз|ңіз)(?![\w-])")
_KK_OUR = re.compile(r"(?<![\w-])біздің[ \t]+(?:[\w-]+[ \t]*)?(?:[:—–-][ \t]*)?\Z", re.IGNORECASE)
_TELEGRAM_WORD = re.compile(r"telegram|телеграм|тг-|tg-", re.IGNORECASE)
# "Подпишитесь на канал X в Telegram", "Follow us on Telegram": a promotion, not a source.
_SUBSCRIBE = r"подпи[сш](?:ывайтесь|ывайся|итесь|ись)|підпис(?!ник|ант)\w*|підпиш\w*|subscribe"
_PROMO = re.compile(
    # (not "if you follow my posts (t.me/…)": someone else's channel, quoted)
    rf"(?<![\w-])(?:{_SUBSCRIBE}|follow(?![ \t]+(?:my|his|her|their)(?![\w-]))|"
    r"join|присоединяйтесь|присоединяйся|приєднуйтесь|приєднуйся|долучайтеся|долучайся|вступайте|"
    r"читайте|следите|слідкуйте|stay[ \t]+tuned|"
    # «Мы в Telegram: t.me/…», «Наш канал в Telegram: …», "We are on Telegram": the publisher's own channel
    r"(?:мы|ми|we(?:[ \t]+are|['’]re)?)[ \t]+(?:в|у|on|in)[ \t]+(?:telegram|телеграм\w*)|"
    r"наш[а-яі]*[ \t]+(?:телеграм-?)?канал\w*|"
    # «Больше новостей — в телеграм-канале X», «Оперативну інформацію публікуємо у телеграм-каналі»: the publisher's
    r"(?:больше|більше|more)(?:[ \t]+[\w-]+){0,4}?[ \t]+(?:новост\w*|новин\w*|news|видео|відео|материал\w*|матеріал\w*)"
    r"|публикуем|публікуємо|we[ \t]+(?:publish|post)"
    # "Only verified information is available on X Telegram channel and Viber": where to read the publisher's feed
    r"|(?:information|news|updates)[ \t]+(?:is|are)[ \t]+(?:only[ \t]+|also[ \t]+)?available)"
    r"(?![\w-])[^.!?\n]{0,70}\Z",
    re.IGNORECASE,
)
# «Самое интересное – в Telegram-канале «X». Подписывайтесь!»: the call to subscribe right after the sentence
# (a bare call, or to that channel: not «Подписывайтесь на нас в Дзене», the publisher's own)
_PROMO_NEXT = re.compile(rf"[ \t]*(?:{_SUBSCRIBE}|присоединяйтесь|приєднуйтеся|приєднуйтесь|долучайтеся|join[ \t]+us)"
                         r"(?:[ \t]*[!.…]|[ \t]+(?:на[ \t]+(?:канал|него|неё|нього|неї)|to[ \t]+(?:the|this|it)))",
                         re.IGNORECASE)
# «Все главные новости — в телеграм-канале X», «Головне — у Telegram-каналі X»: no verb, a pointer to a feed to follow
# (not «Подробности — в телеграм-канале министерства», «Видео — в Telegram-канале X»: where this story's details are)
_POINTER = re.compile(r"(?<![\w-])(?:новост|новин|главное|головне)[\w-]*"
                      r"(?:[ \t]+[\w-]+){0,3}[ \t]*[—–][ \t]*(?:в|у|на)[ \t]+(?:[\w-]+[ \t]+)?\Z", re.IGNORECASE)
# "… can be reached securely on Signal at … or via Telegram, Keybase and Wire @name": how to write to the author
_CONTACT = re.compile(r"(?<![\w-])(?:can[ \t]+be[ \t]+(?:reached|contacted)|(?:contact|reach)[ \t]+"
                      r"(?:me|us|him|her|them))(?![\w-])", re.IGNORECASE)
# A quoted channel name with no Telegram word in sight, in a sentence about television.
_TV = re.compile(
    r"(?<![\w-])(?:эфир\w*|телеканал\w*|сюжет\w*|вещани\w*|лицензи\w*|телевиден\w*|ТВ|TV|aired|broadcast\w*)(?![\w-])",
    re.IGNORECASE,
)

# «В Telegram-канале X более 900 тыс. подписчиков», "X's channel has 1.2 million subscribers": its audience, not
# what it said (a verb of saying in the clause makes it a citation again).
_AUDIENCE = re.compile(
    r"(?:[^!?\n.,;:]|тыс\.|млн\.|\d[.,]\d){0,40}?(?<![\w-])"  # ("1.3m subscribers", «1,5 млн подписчиков»)
    r"(?:подписчик\w*|підписник\w*|subscribers|followers|жазылушы\w*)(?![\w-])",
    re.IGNORECASE,
)
_SAYING = re.compile(r"(?<![\w-])(?:сообщ|пиш|написа|заяви|рассказ|повідом|пише|said|says|wrote|writes|report|"
                     r"posted|publish|опубликова|опублікува|счита|полага|отмеча|уверен|вважа|зазнача|"
                     # (any verb of saying of the shared list: «отметил», «зазначив», «подчеркнул»)
                     # (an opinion is what it said too; "commenting on them on his channel with 2.7m subscribers")
                     rf"believ|think|argu|note|claim|comment|{RU_VERBS})", re.IGNORECASE)

# "the founder of Telegram channel X … was detained", «админ телеграм-канала «X» задержан»: a person by their
# channel; a citation only if the sentence says something came from it.
_ROLE_OF = re.compile(r"(?<![\w-])(?:founder|creator|admin|administrator|owner|author|editor(?:-in-chief)?|"
                      r"редактор\w*|главред\w*|основател\w*|создател\w*|"
                      r"админ\w*|администратор\w*|владел\w*|автор\w*|засновни\w*|власни\w*|"
                      # «В редакции Telegram-канала Mash прошли обыски»: the channel's office, a place
                      r"редакци[ия]|редакції|редакцію|newsroom|offices)"
                      # "the founder of Telegram channel X": the word Telegram before the channel's span
                      r"(?:[ \t]+of)?[ \t]+(?:the[ \t]+|a[ \t]+)?(?:Telegram[ \t]+)?\Z", re.IGNORECASE)
# "Nexta Telegram Channel Founder Detained", "the X channel's founder": in English the role may follow the channel
_ROLE_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:co-?)?(?:founder|creator|admin|administrator|owner|editor-in-chief)s?"
                         r"(?![\w-])", re.IGNORECASE)


# «X телеграм-арнасының бас редакторы»: in Kazakh whose role it is follows the channel in the genitive
_ROLE_OF_KK = re.compile(r"[ \t]+(?:бас[ \t]+)?(?:редактор|автор|әкімші|иесі|құрылтайшы|негізін[ \t]+қалаушы)",
                         re.IGNORECASE)


# «Канал «X» администрируется с территории …», «Telegram-канали «X» та «Y» є російськими проєктами»: what the
# channel is, not what it said (a verb of saying in the sentence makes it a citation again).
_WHAT_IT_IS = re.compile(
    r"(?:[ \t]*(?:,|та|и|і|and)?[ \t]*[«\"“„][^»\"”\n]{1,40}[»\"”])*[ \t]*(?:—[ \t]*(?:это|це)|є|являются|является|"
    r"администрируется|администрируются|адмініструється|управляется|керується|принадлежит|належить)(?![\w-])",
    re.IGNORECASE,
)


# "a Telegram channel named “X”", «Telegram-канал под названием "X"», «із назвою»: a channel introduced by its name
_NAMED_INTRO = re.compile(r"(?<![\w-])(?:named|called|titled|entitled|под[ \t]+названием|с[ \t]+названием|"
                          r"під[ \t]+назвою|(?:з|із)[ \t]+назвою)[ \t]*[«\"“„'‘]", re.IGNORECASE)


# «Хакеры взломали Telegram-канал X», «суд заблокировал …», "Nexta … were designated extremist": something done to
# the channel, not something it said (a verb of saying in the sentence makes it a citation again).
_ACTED_ON_BEFORE = re.compile(
    r"(?<![\w-])(?:взлома\w*|заблокир\w*|блокир\w*|заблокува\w*|блокува\w*|зламал\w*|запрети\w*|запрещ\w*|"
    r"заборони\w*|забороня\w*|hack(?:ed|s)?|block(?:ed|s)?|ban(?:ned|s)?|shut[ \t]+down|took[ \t]+over|"
    r"declared[ \t]+extremist|(?:признал\w*|признани\w*|визна\w*)[ \t]+(?:экстремист|екстреміст)\w*|"
    # «правоохранители внесли Telegram-канал X в перечень», «внесла до переліку»: put on a list
    r"внес(?:ли|ла|ло)?|внесен\w*|"
    r"запусти\w*|создал[аио]?|створи(?:в|ла|ло|ли)|launched|created|"  # a channel started: no source yet
    # «решил удалить свой телеграм-канал», "deleted his Telegram channel": a channel closed, nothing said there
    r"удал(?:ил|ить|ять|яет|ен)\w*|закры(?:л|ть|вает)\w*|видали\w*|видаля\w*|закри(?:в|ла|ли|ти)|deleted|removed|"
    # "designated the anti-war Telegram news channel X a “foreign agent”", "Russia Labels Telegram Channel X"
    r"designat(?:ed|es|ing)|label(?:l?ed|s|l?ing)|brand(?:ed|s|ing))"
    r"(?![\w-])[^.!?\n,;:]{0,40}\Z", re.IGNORECASE)  # (a whole word: "The hacker group X" acted on nothing)
_ACTED_ON_AFTER = re.compile(
    r"[^.!?\n;:]{0,60}?(?<![\w-])(?:(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:hacked|blocked|banned|designated|"
    r"(?:found|declared|recogni[sz]ed)[ \t]+(?:as[ \t]+)?(?:an?[ \t]+)?extremist|"
    r"added[ \t]+to[ \t]+the[ \t]+list|shut[ \t]+down|taken[ \t]+down)|"
    # a headline drops the auxiliary: "Website run by Belsat TV, its Telegram channel … declared extremist"
    r"(?:declared|designated|recogni[sz]ed)[ \t]+(?:as[ \t]+)?(?:an?[ \t]+)?extremist|"
    r"взломан\w*|заблокирован\w*|заблоковано|"
    r"заблокован\w*|зламан\w*|признан\w*[ \t]+экстремист\w*|визнан\w*[ \t]+екстремістськ\w*|"
    r"внесен\w*[ \t]+в[ \t]+(?:список|реестр|перечень)|"
    # the object first, the doer after: «Телеграм-канал X взломали хакеры», «канал Y заблокували»
    r"взлома(?:ли|л|ла)|заблокирова(?:ли|л|ла)|злама(?:ли|в|ла)|заблокува(?:ли|в|ла)|"
    # «Генпрокуратура признала продукцию Telegram-сообщества X экстремистской»: the status after the channel
    r"экстремистск\w*|екстремістськ\w*|"
    # «Telegram-канал X прекратил работу», «начал работу в 2022 году», «перестал обновляться»: the channel's own
    # life, nothing said there (a verb of saying in the sentence still cites it: the caller's test)
    r"(?:прекрати|прекраща|приостанови|возобнови|начал|начина|припини|припиня|розпоча|розпочина|відновив|відновил)"
    r"\w*[ \t]+(?:свою[ \t]+)?(?:работу|деятельность|существование|вещание|роботу|діяльність|існування)|"
    r"перестал\w*[ \t]+(?:работать|обновляться|выходить)|перестав\w*[ \t]+(?:працювати|оновлюватися)|"
    r"(?:stopped|ceased|resumed|began|started)[ \t]+(?:operating|operations|working|publishing|posting))"
    r"(?![\w-])", re.IGNORECASE)


def drop_traps(text: str, sentences: SentenceIndex, matches: list[Match]) -> list[Match]:
    return [m for m in matches
            if not (url_trap(text, m) if m.kind == "url" else _is_trap(text, sentences, m, matches))]


# What a link on its line is, said before it: "Subscribe: https://…", "Follow Reuters on Facebook: …", «Читайте
# также: …», «© / www.…», "Author:": a promotion, the publisher's other stories, a credit or a byline, no source.
_LINK_NOT_CITED = re.compile(
    # ("Follow us", "Follow Example News on Facebook"; not "Follow the link to the report:")
    rf"(?<![\w-])(?:{_SUBSCRIBE}|follow[ \t]+(?:us|me|our)|follow[ \t][^\n:]{{1,40}}?[ \t]on|join[ \t]+us|"
    r"keep[ \t]+up[ \t]+with|stay[ \t]+(?:tuned|updated)|"
    r"присоединяйтесь|приєднуйтесь|приєднуйтеся|долучайтеся|следите[ \t]+за|слідкуйте[ \t]+за|стежте[ \t]+за|"
    r"жазылыңыз|(?:читайте|читати|смотрите|дивіться|read|see|also[ \t]+read)[ \t]+(?:также|також|also)|"
    r"сондай-ақ[ \t]+оқыңыз|©)(?![\w-])[^\n]{0,80}\Z"
    r"|(?<![\w-])(?:author|автор)[ \t]*:\s*\Z"  # a byline's link, on its line or the next
    # «Мы в MAX», «Ми у Viber», "We are on X": the publisher's own page, on its line or the next
    r"|(?<![\w-])(?:мы|ми|we(?:[ \t]+are|['’]re)?)[ \t]+(?:в|у|on|in)[ \t]+[^\s.,;]{2,20}[ \t]*[:—–-]?\s*\Z"
    # «Ссылка на новость:», "Link to the news:": the page's own address, given for sharing
    r"|(?<![\w-])(?:ссылка[ \t]+на[ \t]+новость|посилання[ \t]+на[ \t]+новину|link[ \t]+to[ \t]+(?:the[ \t]+)?news)"
    r"[ \t]*:?\s*\Z",
    re.IGNORECASE,
)


# A reprint notice's words: «при перепечатке», «при использовании материалов», «обов'язкове», "reproduction", «міндетті»
_REPRINT = re.compile(r"(?<![\w-])(?:перепечат\w*|использовании[ \t]+материал\w*|копировани\w*|передрук\w*|"
                      r"використанні[ \t]+матеріал\w*|копіюванн\w*|reproduc\w*|republish\w*|reprint\w*|"
                      r"көшір\w*|обязательн\w*|обов['’]язков\w*|міндетті)(?![\w-])", re.IGNORECASE)
_HOME_PAGE = re.compile(r"(?:[a-z]+://)?[^/?#\s]+/?", re.IGNORECASE)  # a site's address alone, no page
# A line that opens saying it is an advertisement («Реклама. ООО …», «На правах реклами», "Sponsored:", «Жарнама»)
_AD_LINE = re.compile(r"[^\w\n]{0,3}(?:реклама|на[ \t]+правах[ \t]+реклам[ыи]|партн[её]рск\w*[ \t]+материал\w*|"
                      r"партнерськ\w*[ \t]+матеріал\w*|advertisement|advertising|sponsored|жарнама\w*)(?![\w-])",
                      re.IGNORECASE)
# "… in Rostov. Photo: Anton Naumlyuk, http://…": a credit mid-line, its name, then the link
_CREDIT_BEFORE_LINK = re.compile(r"(?<![\w-])(?:фото|photo|фотографія|сурет|скриншот|screenshot|image|"
                                 r"иллюстрация|illustration)(?:[ \t]+credits?)?[ \t]*[:©][^\n.!?:]{0,50}\Z",
                                 re.IGNORECASE)


# The line heading a list of the publisher's own pages («… читайте з офіційних джерел на зручних майданчиках:»,
# "Follow us:", «Подписывайтесь на нас:»), each next line a network and its link
_LIST_HEAD = re.compile(
    rf"(?<![\w-])(?:{_SUBSCRIBE}|follow|join|читайте|читати|стежте|слідкуйте|следите|присоединяйтесь|"
    r"приєднуйтесь|жазылыңыз)(?![\w-])[^\n]*"
    # (where: its pages, its networks, «нас»; not «Полный текст читайте по ссылке:», a source's link)
    r"(?<![\w-])(?:соцсет\w*|соцмереж\w*|майданчик\w*|платформ\w*|сторінк\w*|страниц\w*|мессенджер\w*|"
    r"месенджер\w*|social|networks?|pages?|нас|нами|us|желілер\w*)(?![\w-])[^\n]*:[ \t]*\Z",
    re.IGNORECASE,
)


def _lines_above(text: str, line_start: int, most: int) -> Iterator[tuple[int, int]]:
    """(start, end) of up to `most` lines above the line starting at line_start, nearest first (end at the newline)."""
    end = line_start - 1
    for _ in range(most):
        if end < 0:
            return
        start = text.rfind("\n", 0, end) + 1
        yield start, end
        end = start - 1


def _in_promo_list(text: str, line_start: int) -> bool:
    """The link's line is one of a few "network – link" lines under a _LIST_HEAD line."""
    for start, end in _lines_above(text, line_start, 6):
        line = text[start:end]
        if _LIST_HEAD.search(line):
            return True
        if len(line) > 120 or "://" not in line and "www." not in line:
            return False  # a line of prose: no list above
    return False


_AD_MARK = re.compile(r"[?&]erid=")  # the token Russian law requires on an advertisement's link


def url_trap(text: str, m: Match) -> bool:
    """A link in a picture's credit ("Фото: Name, http://…", «Источник фото: …») or on a line that says what
    else it is (_LINK_NOT_CITED)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if _CREDIT_LINE.match(text, max(0, line_start - 1)) and m.start - line_start < 120:
        return True
    if _CREDIT_BEFORE_LINK.search(text, max(line_start, m.start - 80), m.start):
        return True
    if m.start - line_start < 60 and _in_promo_list(text, line_start):
        return True
    if _AD_LINE.match(text, line_start) or _AD_MARK.search(m.url or text[m.start : m.end]):
        return True  # «Реклама: https://…», "Sponsored: …": the line says it sells; "?erid=…": Russia's ad label
    if _HOME_PAGE.fullmatch(m.url or "") and _REPRINT.search(text, max(line_start, m.start - 120), m.end + 40):
        return True  # «при перепечатке ссылка на https://site.ru обязательна»: the publisher's own site, asked for
    # («Читайте также: … Источник: https://…»: the source's own label is nearer)
    return m.rule != "url.source_line" and bool(_LINK_NOT_CITED.search(text, max(0, m.start - 120), m.start))


def _is_trap(text: str, sentences: SentenceIndex, m: Match, matches: list[Match]) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    if _CREDIT_LINE.match(text, max(0, line_start - 1)) and m.start - line_start < 120:
        return True
    if _CREDIT_LINE_BARE.match(text, max(0, line_start - 1)):
        return True
    if _CREDIT_RIGHT_BEFORE.search(text, max(line_start, m.start - 25), m.start):
        return True  # "… Тоқаев пен Ердоған. Фото: t.me/aqorda_resmi": a caption's credit after its sentence
    if _in_agency_credit(text, m):
        return True
    if _CREDIT_FROM.search(text, max(line_start, m.start - 60), m.start) and _SENTENCE_ENDS.match(text, m.end):
        return True  # «… ИА «Регионмедиаконсалтинг». Фото из телеграм-канала «X».»: a picture's credit, mid-line
    if m.kind == "outlet" and _READ_AT.search(text, max(line_start, m.start - 60), m.start):
        return True
    if m.kind == "telegram":
        if promoted(text, sentences, m):
            return True
        if (m.handle or "").casefold().endswith("bot"):
            return True  # t.me/…_bot: Telegram requires a bot's username to end in "bot"; a bot is no channel
        if m.rule == "tg.prose.implied_channel" and _TV.search(sentences.around(m.start, m.end)):
            return True
        if m.handle is None and _in_what_was_reported(text, sentences, m):
            return True
        word = _TELEGRAM_WORD.search(text, m.start, m.end)
        if m.handle is None and word is not None and word.start() > m.start and _ROLE_OF.search(
                text, max(m.start, word.start() - 30), word.start()) and m.rule != "tg.prose.author_of":
            # «СБУ рассказала о задержании администраторов Telegram-каналов»: the channels' people, no place (the
            # author_of rule reads "X, author of the Telegram channel Y, wrote": the channel speaking)
            return True
        if m.handle is None and word is not None and _SUBSCRIBE_TO.search(text, max(0, word.start() - 50),
                                                                          word.start()):
            return True  # (whoever urged it: «закликав підписатися на його телеграм-канал» says nothing there)
        # (a handle is kept: "У канала @gusev36 150 подписчиков" still tells which channel to keep)
        if m.handle is None and _described(text, m) and not _says_there(text, sentences, m, matches):
            return True
    return False


# A wire photo's credit in brackets: "(Telegram @Vladlentatarskybooks/via REUTERS)", "(Handout/AFP)".
_AGENCY_CREDIT = re.compile(r"/[ \t]*(?:via[ \t]+[\w .-]+|[A-Z]{2,}[\w .-]*|Getty[ \t]+Images)?[ \t]*\Z")


def _in_agency_credit(text: str, m: Match) -> bool:
    opening = text.rfind("(", max(0, m.start - 40), m.start + 1)
    closing = text.find(")", m.end, m.end + 60)
    if opening == -1 or closing == -1 or "\n" in text[opening:closing] or ")" in text[opening:m.start]:
        return False
    return bool(_AGENCY_CREDIT.search(text, m.end, closing))


# «закликав переглянути офіційний Telegram-канал X», «радимо стежити за телеграм-каналом «X»», «довіряти лише
# телеграм-каналу ОВА»: the channel as what to read or follow, advice, not what something came from
_TO_FOLLOW = re.compile(
    r"(?<![\w-])(?:переглянути|переглядати|стежити|слідкувати|читати|підписатися|підписуватися|довіряти|"
    r"отримувати[ \t]+(?:інформацію|новини)[ \t]+(?:з|із)|следить|читать|подписаться|доверять|"
    r"получать[ \t]+(?:информацию|новости)[ \t]+(?:из|с))(?![\w-])"
    # (the channel the verb's object: not «відео можна переглянути в Telegram-каналі X», where it was posted)
    r"(?:(?!(?<![\w-])(?:в|у|во|на)[ \t])[^.!?\n,;:«»\"]){0,30}\Z", re.IGNORECASE)
# a line of a list of the publisher's networks: a label at most, then the link («Telegram https://t.me/…»)
_LINK_LINE = re.compile(r"[ \t]*(?:[\w.-]{1,20}[ \t]*[:—–-]?[ \t]*)?(?:https?://|t\.me/|www\.)\S+[ \t]*\Z")


def _in_promoted_list(text: str, m: Match) -> bool:
    """A link in a list of links under a call ending in a colon («Підписуйтесь на нас у соцмережах:» / «Telegram
    https://t.me/…» / «Facebook https://…»): the publisher's channels."""
    end = text.find("\n", m.end)
    end = len(text) if end == -1 else end
    line_start = text.rfind("\n", 0, m.start) + 1
    if not _LINK_LINE.match(text, line_start, end):
        return False
    for lo, hi in _lines_above(text, line_start, 8):  # up the list, blank lines and other links skipped, to the
        line = text[lo:hi].strip()  # line that opens it
        if line and not _LINK_LINE.match(text, lo, hi):
            return line.endswith(":") and _PROMO.search(text, lo, lo + len(text[lo:hi].rstrip()) - 1) is not None
    return False


def _channel_word_at(text: str, m: Match) -> int:
    """Where the word Telegram stands in m's span (what is said about the channel is read before it), else m's start."""
    word = _TELEGRAM_WORD.search(text, m.start, m.end)
    return word.start() if word else m.start


def promoted(text: str, sentences: SentenceIndex, m: Match) -> bool:
    """A Telegram channel the publisher promotes («Больше новостей — в нашем телеграм-канале», "Follow us on
    Telegram"), not one it cites."""
    at = _channel_word_at(text, m)
    lo, hi = sentences.bounds(m.start, m.end)
    return bool(_OWN.search(text, max(0, at - 25), at) or _PROMO.search(text, max(0, m.start - 80), m.start)
                or _TO_FOLLOW.search(text, max(0, m.start - 60), m.start)
                or (m.rule == "tg.link" and _in_promoted_list(text, m))
                or _POINTER.search(text, max(0, at - 80), at)
                or _PROMO_NEXT.match(text, hi) or _CONTACT.search(text, lo, hi)
                or _KK_POLITE_IMPERATIVE.search(text, m.end, hi) or _KK_OUR.search(text, max(0, at - 25), at)
                # («… арнамызға жазылыңыз: t.me/X»: a bare link after the call)
                or (m.rule == "tg.link" and _KK_POLITE_IMPERATIVE.search(text, lo, m.start) is not None))


def _says_there(text: str, sentences: SentenceIndex, m: Match, matches: list[Match]) -> bool:
    """A verb of saying in m's sentence that no other source's citation holds: «Главред телеграм-канала X признал
    вину, сообщили РИА Новости» — the verb is RIA's, nothing came from X."""
    lo, hi = sentences.bounds(m.start, m.end)
    others = [(o.start, o.end) for o in matches if o is not m and o.kind != "url" and lo <= o.start < hi]
    named = text.find(m.name, m.start, m.end) if m.name else -1
    at = _channel_word_at(text, m)
    if (act := _ACTED_ON_BEFORE.search(text, max(lo, at - 60), at)) is not None:
        # («Суд признал экстремистским телеграм-канал X»: «признал» is the act; «Сообщается о признании
        # экстремистским канала X»: a verb before the act reports the act, not what the channel said)
        others.append((lo, act.end()))
    if named != -1:  # (nor the channel's own name: «War Notes», "Daily Reports" say nothing)
        others.append((named, named + len(m.name or "")))
    status = _EXTREMIST.search(text, lo, hi) is not None  # «признали экстремистским»: a status given, not words
    return any(not any(s <= v.start() < e for s, e in others) and not (status and _GIVES_STATUS.match(v.group()))
               for v in _SAYING.finditer(text, lo, hi))


_EXTREMIST = re.compile(r"экстремист|екстреміст|extremist", re.IGNORECASE)
_GIVES_STATUS = re.compile(r"призна|визна", re.IGNORECASE)


def _described(text: str, m: Match) -> bool:
    """A channel told about, not cited: by who runs it, what it is, its audience, or introduced by its name ("a
    Telegram channel named “X”", «в Telegram-канале под названием "X"»); a verb of saying in the sentence makes
    it a citation again (the caller's test)."""
    at = _channel_word_at(text, m)  # «X решил удалить свой телеграм-канал»: the act comes before the channel word,
    # inside a span that opens with its owner
    return bool(_ROLE_OF.search(text, max(0, m.start - 30), m.start) or _ROLE_OF_KK.match(text, m.end)
                or _ROLE_AFTER.match(text, m.end)
                or _WHAT_IT_IS.match(text, m.end)
                or _AUDIENCE.match(text, m.end) or _NAMED_INTRO.search(text, m.start, m.end)
                or _ACTED_ON_BEFORE.search(text, max(0, at - 60), at) or _ACTED_ON_AFTER.match(text, m.end)
                or _TOPIC.search(text, max(0, at - 30), at))


# «В частности, речь идет о Telegram-канале X», «йдеться про телеграм-канал X»: what the text is about
_TOPIC = re.compile(r"(?<![\w-])(?:речь[ \t]+ид[её]т[ \t]+об?|йдеться[ \t]+про|мова[ \t]+йде[ \t]+про)[ \t]+\Z",
                    re.IGNORECASE)


# «пригласила подписчиков подписаться на ее Телеграм-канал», "urged fans to subscribe to his Telegram channel": a
# channel advertised, nothing said there (promotions in the imperative are promoted()'s)
_SUBSCRIBE_TO = re.compile(r"(?<![\w-])(?:подпи[сш]\w*|підпи[сш]\w*|subscrib\w*)[ \t]+(?:на|to|в|у)[ \t]+"
                           r"(?:[\w-]+[ \t]+){0,2}\Z", re.IGNORECASE)


# «Аналитик предупредила, что в мессенджере Telegram нашли опасный бот», "researchers shared with Reuters that
# hackers accessed accounts on Telegram": Telegram inside the clause a verb of saying reports (after «что», «що»,
# "that"), what was said, not where it was said
# (at most three words between: "told the Guardian that", «заявил журналистам, что»; not an article's noun, which
# makes "that" a relative pronoun: "posted a video that showed … on his Telegram channel" cites)
_SAID_THAT = re.compile(rf"(?<![\w-])(?:{EN_VERBS}|{RU_VERBS}|claim\w*|found|believ\w*|warn\w*|told|tell\w*)"
                        r"(?![\w-])(?:[ \t]+(?!(?:a|an)[ \t])(?!the[ \t]+(?-i:[a-z]))[\w.'’-]+){0,3}?"
                        r"(?:,[ \t]*(?:что|що)|[ \t]+that)(?![\w-])", re.IGNORECASE)
# ... unless that clause cites in turn («…, что телеграм-канал X сообщил», "that, according to its channel, …")
_CITES_IN_CLAUSE = re.compile(rf"(?<![\w-])(?:{EN_VERBS}|{RU_VERBS}|writing|posting|saying|adding|noting|"
                              r"commenting|stating|according[ \t]+to|citing|по[ \t]+(?:данным|словам|"
                              r"информации)|за[ \t]+(?:даними|словами|інформацією)|со[ \t]+ссылкой|з[ \t]+посиланням)"
                              r"(?![\w-])", re.IGNORECASE)


def _in_what_was_reported(text: str, sentences: SentenceIndex, m: Match) -> bool:
    lo, hi = sentences.bounds(m.start, m.end)
    word = _TELEGRAM_WORD.search(text, m.start, hi)
    if word is None:
        return False
    found = list(_SAID_THAT.finditer(text, lo, word.start()))
    said = found[-1] if found else None  # the last "said that" before the Telegram word: the clause it sits in
    return (said is not None and _CITES_IN_CLAUSE.search(text, said.end(), hi) is None
            and _SAYING.search(text, said.end(), hi) is None  # (any form: «…, сообщают телеграм-каналы»)
            and not _PLACE_SET_OFF.search(text, said.end(), word.start()))


# "X said that …, in his post on Telegram": a place set off by a comma goes with the verb of saying again
_PLACE_SET_OFF = re.compile(r",[ \t]*(?:in|on|via|в|у|на)[ \t][^,]{0,40}\Z", re.IGNORECASE)
