"""Telegram channels cited without a name: "Several Telegram channels reported", «Телеграм-каналы публикуют
кадры», «Про це повідомляють місцеві телеграм-канали», «— сообщается в телеграм-канале».

The article leans on Telegram as its source but names no channel, so there is nothing to resolve or capture;
the citation is still one a reader marks (who said it: "Telegram channels"). Only a verb of saying or publishing
next to the channel word makes it one: «в телеграм-канале 200 тыс. подписчиков» or "follow our Telegram
channel" says nothing there. Named channels are found by the other rules first and win any overlap.
"""

from __future__ import annotations

import re

from .model import Match
from .morph import adjective, names_a_body_or_place
from .people import has_org_word
from .prescan import finditer, lowered
from .speech import CITING_ON, KK_SPREAD, REPORTS_ONE

_TELEGRAM = r"(?:[TТ][eе]legram|телеграм|телеграмм)"
_ALSO = r"(?:уже|вже|также|тоже|також|теж)[ \t]+"  # «Telegram-канали також повідомляють»
_CHANNELS_RU = rf"{_TELEGRAM}[- \u2011]?(?:каналы|канали|паблики|паблік\w*|каналах|каналі|канале)"
_SAYS_RU = (r"сообщают|пишут|публикуют|сообщили|написали|опубликовали|распространяют|распространили|утверждают|"
            r"повідомляють|пишуть|розповіли|повідомили|публікують|поширюють|поширили|стверджують|писали")
_SAID_THERE_RU = (r"сообщается|говорится|опубликовано|публиковано|опубликован[аоы]?|написано|пишут|сообщают|"
                  r"повідомляється|йдеться|ідеться|опубліковано|пишуть|повідомляють")
# «Російські Telegram-канали з посиланням на слова очевидців пишуть»: whom they cite, between them and their verb
_CITING_ASIDE = rf"{CITING_ON}[ \t]+[^,.;:!?\n]{{1,50}}?[ \t]+"
_HOW_MANY = r"(?:низка|ряд|кілька|декілька|несколько|многие|багато)"
_MANY_CHANNELS = rf"{_TELEGRAM}[- \u2011]?(?:каналів|каналов|пабліків|пабликов)"
_SAYS_ONE_RU = (r"сообщил|написал|опубликовал|распространил|утверждает|сообщает|пишет|публикует|выложил|"
                r"повідомив|написав|опублікував|поширив|стверджує|повідомляє|пише|публікує|виклав")
# «телеграм-канал, связанный с X, опубликовал»: what the one channel is, set off by commas, before its verb
_ASIDE_RU = r",[ \t]+[^,.;:!?\n«»\"]{1,60}(?:«[^«»\n]{1,40}»[^,.;:!?\n«»\"]{0,30})?,[ \t]+"
# «В телеграм-каналах появились сообщения / появилась информация / з'явилися кадри»
_APPEARED = (r"(?:появил(?:ись|ась|ось|ся)|з['’]явил(?:ися|ася|ося|ись))[ \t]+"
             r"(?:сообщени[яе]|информаци[яи]|видео|кадры|фото|повідомлення|інформація|відео|кадри)")
# Any plural adjective before the channels («новостные», «местных», «провластні», «місцевих»): which kind of
# channel does not matter, only that no name follows.
_ADJECTIVE = r"[а-яёіїєґ]+(?:ые|ие|ых|их|і|іх)[ \t]+"
_UNNAMED_RU = re.compile(
    # «Телеграм-каналы публикуют кадры», «місцеві телеграм-канали розповіли», «новостные telegram-каналы сообщили»
    # (an adjective before them is no part of the span: an optional word opening the pattern slows every scan)
    rf"(?<![\w-]){_TELEGRAM}[- \u2011]?(?:каналы|канали|паблики|пабліки)[ \t]+(?:{_CITING_ASIDE})?(?:{_ALSO})?"
    rf"(?:{_SAYS_RU})(?![\w-])"
    # «телеграм-канал, близкий к X, опубликовал», «один из телеграм-каналов сообщил»: one channel, no name, told
    # by what it is or that it is one of many (a bare «Телеграм-канал сообщил» mostly points back to a channel
    # named before; a name after the channel word, «Телеграм-канал Mash сообщил», is another rule's)
    rf"|(?<![\w-])(?:{_TELEGRAM}[- \u2011]?канал{_ASIDE_RU}"
    rf"|(?:один|одна)[ \t]+(?:из|із|з)[ \t]+{_MANY_CHANNELS}(?:{_ASIDE_RU}|[ \t]+))"
    rf"(?:{_ALSO})?(?:{_SAYS_ONE_RU})(?![\w-])"
    # «Про це повідомляють місцеві Telegram-паблік», «сообщается в телеграм-канале»
    rf"|(?<![\w-])(?:{_SAYS_RU}|{_SAID_THERE_RU})[ \t]+(?:(?:в|у|на)[ \t]+)?(?:{_ADJECTIVE}){{0,2}}{_CHANNELS_RU}"
    rf"(?![\w-])"
    # «Про це повідомили російські пропагандистські канали у Telegram», «каналы в Telegram сообщили»
    rf"|(?<![\w-])(?:{_SAYS_RU})[ \t]+(?:{_ADJECTIVE}){{0,2}}(?:каналы|канали|паблики|пабліки)[ \t]+(?:в|у)[ \t]+"
    rf"{_TELEGRAM}(?![\w-])"
    rf"|(?<![\w-])(?:каналы|канали|паблики|пабліки)[ \t]+(?:в|у)[ \t]+{_TELEGRAM}[ \t]+(?:{_ALSO})?"
    rf"(?:{_SAYS_RU})(?![\w-])"
    # «Про це повідомляє низка місцевих Telegram-каналів», «Несколько телеграм-каналов сообщили»: how many
    rf"|(?<![\w-])(?:{_SAYS_RU}|{REPORTS_ONE})[ \t]+{_HOW_MANY}[ \t]+(?:{_ADJECTIVE}){{0,2}}{_MANY_CHANNELS}(?![\w-])"
    rf"|(?<![\w-]){_HOW_MANY}[ \t]+(?:{_ADJECTIVE}){{0,2}}{_MANY_CHANNELS}[ \t]+(?:{_ALSO})?"
    rf"(?:{_SAYS_RU}|{REPORTS_ONE})(?![\w-])"
    # «У місцевих телеграм-каналах писали», «в телеграм-каналах сообщают»
    rf"|(?<![\w-])(?:[ВвУу]|[Нн]а)[ \t]+(?:{_ADJECTIVE})?{_TELEGRAM}[- \u2011]?(?:каналах|паблик[а-я]*|пабліках)[ \t]+"
    rf"(?:{_ALSO})?(?:{_SAYS_RU}|{_SAID_THERE_RU}|{_APPEARED})(?![\w-])"
    # «По данным местных телеграм-каналов», «со ссылкой на российские Telegram-каналы», «За даними моніторингових
    # телеграм-каналів»
    rf"|(?<![\w-])(?:[Пп]о[ \t]+(?:данным|информации|сведениям)|[Зз]а[ \t]+(?:даними|інформацією)|ссылкой[ \t]+на|"
    rf"посилання(?:м|ми)[ \t]+на|[Сс]огласно)[ \t]+"
    # («з посиланням на повідомлення телеграм-каналів»: their posts)
    r"(?:(?:повідомлення|повідомлень|публікації|публікацію|сообщения|сообщений|публикации|публикацию)[ \t]+)?"
    rf"(?:{_ADJECTIVE}){{0,2}}{_TELEGRAM}[- \u2011]?"
    # («По информации Telegram-канала, …»: one channel, no name after it (a name is another rule's))
    rf"(?:каналов|каналів|каналы|канали|пабликов|пабліків|канала|каналу)(?![\w-])"
    # «В одном из Telegram-каналов написали», «в одному з російських Telegram-каналів повідомили»: one of many
    rf"|(?<![\w-])[ВвУу][ \t]+(?:одном|одному)[ \t]+(?:из|з|із)[ \t]+(?:{_ADJECTIVE}){{0,2}}{_MANY_CHANNELS}[ \t]+"
    rf"(?:{_SAYS_RU}|{_SAID_THERE_RU})(?![\w-])",  # (not «появились сообщения с угрозами»: what appeared there)
    re.IGNORECASE,
)
# Kazakh: «Telegram-арнасына сілтеме жасап» (citing a Telegram channel), «Telegram-арналары хабарлады / жазды»,
# «телеграм арналарының хабарлауынша» — with no name before the channel word.
_UNNAMED_KK = re.compile(
    rf"(?<![\w-]){_TELEGRAM}[- \u2011]?(?:арнасына|арналарына)[ \t]+сілтеме[ \t]+жаса\w*"
    rf"|(?<![\w-]){_TELEGRAM}[- \u2011]?(?:арналары|арналарының)(?:[ \t]+[^\s.,;:!?]+){{0,3}}?[ \t]+"
    rf"(?:хабарлады|хабарлайды|жазды|жазады|хабарлауынша|жазуынша)(?![\w-])"
    # «Telegram-арналарда … деген ақпарат тарады»: what spread or appeared in Telegram channels, as «в телеграм-
    # каналах появились сообщения» (what it was stands between: up to a dozen words of the clause)
    rf"|(?<![\w-]){_TELEGRAM}[- \u2011]?(?:арналарда|арналарында|парақшаларда)(?:[ \t]+[^\s.!?]+){{0,12}}?[ \t]+"
    rf"{KK_SPREAD}",
    re.IGNORECASE,
)
_UNNAMED_EN = re.compile(
    # "Several Telegram channels reported", "A pro-Kremlin Telegram channel said", "Russian Telegram accounts claimed"
    r"(?<![\w-])(?:[Aa]n?|[Ss]everal|[Ss]ome|[Mm]any|[Ll]ocal|[Aa]nonymous|[Oo]ther|[Mm]ultiple|[Nn]umerous)"
    r"(?:[ \t]+[\w-]+){0,2}?[ \t]+Telegram[ \t]+(?:news[ \t]+)?(?:channels?|accounts?|outlets?)[ \t]+"
    r"(?:(?:have|has|also|later|had)[ \t]+)?(?:said|reported|claimed|wrote|published|posted|shared|cited|"
    r"speculated|suggested|alleged)(?![\w-])"
    # "…, pro-government Telegram channels reported": attributing what the sentence said, any words before the
    # plural (named ones win); not a remark on what channels do ("Russian Telegram channels reported many things")
    r"|(?<=,[ \t])(?:[\w-]+[ \t]+){0,2}?Telegram[ \t]+(?:news[ \t]+)?(?:channels|accounts)[ \t]+"
    r"(?:(?:have|also|later|had)[ \t]+)?"
    r"(?:said|reported|claimed|wrote|published|posted|shared|cited|report|say|claim|write)(?![\w-])"
    # "Russian Telegram channels report that reeds are on fire", "Pro-government Russian Telegram channels have
    # published a two-minute video": opening the sentence, what follows is what they said or showed
    r"|(?:(?<=[.!?][ \t])|(?<=\n)|\A)(?:[\w-]+[ \t]+){0,2}?Telegram[ \t]+(?:news[ \t]+)?(?:channels|accounts)[ \t]+"
    r"(?:in[ \t]+[A-Z][\w-]+[ \t]+)?(?:(?:have|also|later|had)[ \t]+)?"  # ("… channels in Belarus said on May 3 that")
    r"(?:(?:said|reported|claimed|wrote|report|say|claim|write)(?=(?:[ \t]+on[ \t]+[A-Z][a-z]+[ \t]+\d{1,2})?"
    r"[ \t]+that\b|[ \t]*:)"
    r"|(?:published|posted|shared|circulated)(?=[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:video|footage|photos?|images?|recording|pictures?)\b))"
    # "A video published by anonymous Telegram news channels"
    r"|(?<![\w-])(?:published|posted|shared|circulated|circulating|reported|spread)[ \t]+(?:by|on)[ \t]+"
    r"(?:(?:several|some|many|local|"
    r"anonymous|other|multiple|pro-[\w-]+|Russian|Ukrainian|military)[ \t]+){1,2}(?i:telegram)[ \t]+(?:news[ \t]+)?"
    r"(?:channels|accounts)(?![\w-])"
    # "Pro-Russian military bloggers reported on Telegram", "Russian war bloggers on Telegram said"
    r"|(?<![\w-])(?:bloggers|milbloggers|war[ \t]+correspondents)[ \t]+(?:(?:have|also|later|had)[ \t]+)?"
    r"(?:(?:said|reported|claimed|wrote|posted)[ \t]+on[ \t]+Telegram|on[ \t]+Telegram[ \t]+"
    r"(?:(?:have|also|later|had)[ \t]+)?(?:said|reported|claimed|wrote|posted))(?![\w-])"
    # "According to Ukrainian Telegram channels", "citing local Telegram channels"
    r"|(?<![\w-])(?:[Aa]ccording[ \t]+to|[Cc]iting|[Qq]uoting)[ \t]+(?:[\w-]+[ \t]+){0,2}?Telegram[ \t]+(?:news[ \t]+)?"
    r"(?:channels|accounts)(?![\w-])"
    # "according to a local Telegram channel": one, unnamed (a name after it is another rule's)
    r"|(?<![\w-])(?:[Aa]ccording[ \t]+to|[Cc]iting|[Qq]uoting)[ \t]+(?:an?|one)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"Telegram[ \t]+(?:news[ \t]+)?(?:channel|account)(?![\w-])"
)
# More English shapes, none with a name: a verb of publishing after the channels ("pro-war Telegram channels
# issued a barrage of statements", "an anti-HTS Telegram channel published a post"), the channel that published
# it ("the Telegram channel that published the video reported"), where it circulated ("circulating on March 13
# on pro-Russian Telegram channels"), a statement released there, a channel "in Telegram".
_UNNAMED_EN_MORE = re.compile(
    r"(?<![\w-])Telegram[ \t]+channels?[ \t]+(?:(?:have|has|also)[ \t]+)?"  # (the words before it are no part)
    r"(?:issued|released|published|posted|shared|circulated)[ \t]+"
    r"(?:an?|the|several|many|numerous|dozens|statements|videos?|footage|photos?|posts?)(?![\w-])"
    r"|(?<![\w-])[Tt]he[ \t]+Telegram[ \t]+channel[ \t]+that[ \t]+[^.,;:!?\n]{1,40}?[ \t]+"
    r"(?:reported|said|wrote|claimed)(?![\w-])"
    r"|(?<![\w-])(?:circulating|circulated|spread|appeared)(?:[ \t]+on[ \t]+[A-Z][a-z]+[ \t]+\d{1,2})?[ \t]+on[ \t]+"
    r"(?:[\w-]+[ \t]+){1,2}?Telegram[ \t]+channels(?![\w-])"
    r"|(?<![\w-])(?:[Aa]ccording[ \t]+to|[Cc]iting)[ \t]+an?[ \t]+(?:statement|post|message|video)[ \t]+"
    r"(?:released|published|posted|shared)[ \t]+on[ \t]+Telegram(?![\w-])"
    r"|(?<![\w-])(?:reported|published|posted)[ \t]+by[ \t]+(?:an?[ \t]+|one[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"channels?[ \t]+(?:in|on)[ \t]+Telegram(?![\w-])"
    # "A channel on messaging service Telegram, considered close to the rebels, has identified …", "A Telegram
    # channel close to the army claimed": one channel as the subject, what it is between it and its verb
    r"|(?<![\w-])(?:[Aa]n?|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:Telegram[ \t]+channels?|channels?[ \t]+(?:on|in)[ \t]+"
    r"(?:(?:the[ \t]+)?(?:instant[ \t]+)?messaging[ \t]+(?:service|app|platform)[ \t]+)?Telegram)"
    r"(?:[ \t]*,[^,.;:!?\n]{1,60},|[ \t]+(?:close|linked|tied|affiliated|connected|loyal)[ \t]+(?:to|with)"
    r"[ \t]+[^,.;:!?\n]{1,40}?)[ \t]+(?:(?:has|have|had|also|later)[ \t]+)?"
    r"(?:said|reported|claimed|wrote|published|posted|shared|identified|named|announced|alleged)(?![\w-])"
)
_CHANNEL_LAST = re.compile(r"(?:канал\w*|паблік\w*|паблики|channels|accounts)\Z", re.IGNORECASE)
# What follows the channel word when the channel is named after all: a quotation, a capitalised name, a handle.
_NAME_NEXT = re.compile(r"[ \t]*(?:[«\"“„@]|[A-ZА-ЯЁІЇЄҐ]|t\.me|https?://)")


_TELEGRAM_WORD = re.compile(r"[tт][eе][lл][eе][gг][rр]")  # in the folded text: a case-blind scan is slower
_REACH = 160  # the longest match reaches this far from its Telegram word, either side


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around each Telegram word, merged: the patterns run only there (a scan of the whole
    text with a case-blind pattern that opens with a look-behind is slow, and most text has no Telegram word)."""
    spans: list[tuple[int, int]] = []
    for m in _TELEGRAM_WORD.finditer(lowered(text)):
        lo, hi = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def find_unnamed_channels(text: str) -> list[Match]:
    found = []
    windows = _windows(text)
    for pattern, hint in _SCANS:
        for m in (m for lo, hi in windows if hint is None or hint.search(text, lo, hi)
                  for m in finditer(pattern, text, lo, hi)):
            if _CHANNEL_LAST.search(m.group()) and _NAME_NEXT.match(text, m.end()):
                continue  # «сообщается в телеграм-канале «Рыбарь»»: named, another rule's
            found.append(Match("telegram", m.start(), m.end(), "tg.prose.unnamed"))
    return found


# The case-blind patterns open with a look-behind the engine tries at every position of a window: their opening
# words are found first in the folded text (prescan.finditer). Every English match holds one of _EN_HINT's words:
# a window without any is not scanned.
_EN_MORE_HINT = re.compile(r"(?i:telegram)[ \t]+channel|on[ \t]+(?:[\w-]+[ \t]+){0,3}Telegram|in[ \t]+Telegram")
_EN_HINT = re.compile(r"(?i:telegram)[ \t]+(?:news[ \t]+)?(?:channel|account|outlet)|bloggers|correspondents")
_SCANS = [(_UNNAMED_RU, None), (_UNNAMED_EN, _EN_HINT), (_UNNAMED_EN_MORE, _EN_MORE_HINT), (_UNNAMED_KK, None)]


# Channels as the article's subject: its first line or an unnamed-channels citation before ("Телеграм-каналы
# публикуют кадры. Так, "ЧП Донецк" опубликовал видео").
_CHANNELS_TOPIC = re.compile(rf"{_TELEGRAM}[- \u2011]?(?:каналы|канали|каналов|каналів|channels)", re.IGNORECASE)
_QUOTES = "«\"“„'"
_EXAMPLE_REACH = 1500


def examples_of_channels(text: str, telegram: list[Match], outlets: list[Match]) -> list[Match]:
    """Quoted names speaking after the article has said its sources are Telegram channels: each is one of them
    (an agency or a body keeps being an outlet)."""
    title_end = text.find("\n", len(text) - len(text.lstrip()))
    topic = _CHANNELS_TOPIC.search(text, 0, title_end if title_end != -1 else len(text)) is not None
    unnamed = [c.start for c in telegram if c.rule == "tg.prose.unnamed"]
    found = []
    for m in outlets:
        if not m.name or not m.rule.startswith(("outlet.verb_", "outlet.said")):
            continue
        at = text.find(m.name, m.start, m.end)
        quoted = at > 0 and text[at - 1] in _QUOTES
        after_unnamed = any(0 < m.start - cited <= _EXAMPLE_REACH for cited in unnamed)
        if m.rule == "outlet.verb_before" and _SUBJECT_PRONOUN_BEFORE.search(text, max(0, m.start - 30), m.start):
            continue  # «вони тепер пишуть «Zа победу»»: the verb has its subject; the quotation is what they write
        if (quoted and (topic or after_unnamed) and not has_org_word(m.name)
                and not _body_or_place(m.name)):
            found.append(Match("telegram", m.start, m.end, "tg.prose.example_of_channels", name=m.name))
    return found


# a personal pronoun as the verb's subject, an adverb at most between («вони тепер пишуть», «он уже написал»)
_SUBJECT_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?:вони|він|вона|воно|ми|они|он|она|оно|мы)[ \t]+"
                                     r"(?:[а-яёіїєґ'’]+[ \t]+)?\Z", re.IGNORECASE)


def _body_or_place(name: str) -> bool:
    """A quoted name that is a body's or a place's, not a channel's: the name itself («"Газпром"») or adjectives before
    it («"Единая Россия"»); a channel names itself after one («"ЧП Донецк"», «"Типичный Екатеринбург"» is a place
    with an adjective too, and stays out)."""
    *before, last = name.split()
    return names_a_body_or_place(last) and all(adjective(word) for word in before)
