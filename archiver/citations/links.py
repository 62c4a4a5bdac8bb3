"""Links written in the text or carried by HTML anchors: web URLs, Telegram links and @handles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

from .handles import HANDLE_PATTERN, is_valid_handle
from .model import Match
from .per_text import per_text
from .phrases import clean_name, is_cap
from .prescan import finditer, lowered, matches_at

# The lookbehind keeps matching to the start of a word run, so no run is rescanned (linear time). A full stop
# may stand before it when a word in Cyrillic ends there, no host name: a link glued to its sentence
# («… сказал министр Примеров.www.example.ru/news/1»).
_LINK = re.compile(
    r"(?<![\w@/-])(?<![A-Za-z0-9_.@/-]\.)(?<!\A\.)(?:(?:https?|ftp|tg)://|www\.|(?:[a-z0-9_]{3,32}\.)?(?:t\.me|telegram\.(?:me|dog))(?=/))"
    r"[^\s<>\"«»“”‘’\[\]{}|\\^`\x00-\x1f\x7f]*",  # control characters end a URL too
    re.IGNORECASE,
)
# A site under a Cyrillic top-level domain written without scheme or "www." («стопкоронавирус.рф»,
# «мвд.рф/news», «mvs.gov.укр»): no outlet is called that way. A bare Latin one ("Lenta.ru", even
# "vk.com/id1" or "pic.twitter.com/x") is left to outlets.py: mostly names, profiles and embeds, not sources.
_DOMAIN = re.compile(
    r"(?<![\w.@/:-])(?:[^\W_](?:[\w-]*[^\W_])?\.)+(?:рф|укр|қаз|бел|срб|рус)(?![\w-])"
    r"[^\s<>\"«»“”‘’\[\]{}|\\^`\x00-\x1f\x7f]*",
    re.IGNORECASE,
)
# What every match of _LINK / _DOMAIN holds, found first in the lowered text: both patterns open with a
# look-behind the engine tries at every position, these plain characters it skips straight to.
# ("с" stands for "ᲃ" too, which the case-blind "с" of _DOMAIN matches.)
_LINK_ANCHOR = re.compile(r":(?=//)|w(?=ww\.)|t(?=\.me/|elegram\.(?:me|dog)/)")
_DOMAIN_ANCHOR = re.compile(r"\.(?=рф|укр|қаз|бел|[сᲃ]рб|ру[сᲃ])")
_RUN = re.compile(r"[\w.-]*")  # a domain's characters, read backwards from its top-level domain
# The look-behind comes after the "@" (the same test, one character further back): a pattern opening with "@"
# is searched by skipping straight to each "@", one opening with a look-behind is tried at every position.
# (not an attribute in code: "meta[@name=…]", "@content=")
_HANDLE = re.compile(rf"@(?<![\w@.+/:=?&#\[-]@)({HANDLE_PATTERN})(?![\w@=]|\.[A-Za-z0-9]|-\w)")
# "on Twitter @name", "в инстаграме @name": a handle, but not a Telegram one.
_OTHER_NETWORK = re.compile(
    r"(?:twitter|instagram|tiktok|threads|youtube|facebook|x\.com|твиттер\w*|инстаграм\w*|ютуб\w*)[^\n.@]{0,25}\Z",
    re.IGNORECASE,
)
# An embedded tweet's signature, "— Name (@handle) October 31, 2023", as Russian and Ukrainian pages show it
# ("(@durov) 28 апреля 2018 г.", «28 квітня 2018 р.»), or a byline's ("Name (@handle) Published May 04, 2023"):
# a Twitter account, not Telegram.
_TWEET_SIGNATURE = re.compile(
    r"\)[ \t]+(?:(?:Published|Updated|Posted)[ \t]+(?:on[ \t]+)?)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+\d{4}"
    r"|\d{1,2}[ \t]+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|"
    r"лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)[ \t]+\d{4})"
)
# «чат-бот Телеграм: @Police102Poltava», "the bot @x": a bot to write to, no channel cited
_BOT_BEFORE = re.compile(r"(?<![\w-])(?:чат-?бот\w*|бот(?:а|у|ом)?|chat-?bots?|bots?)(?![\w-])[^\n.@]{0,25}\Z",
                         re.IGNORECASE)
_WEB_CHAT = re.compile(r"@([A-Za-z0-9_]+)\Z")
_TG_HOST = re.compile(r"(?:www\.)?(?:([a-z0-9_]{3,32})\.)?(?:t\.me|telegram\.me|telegram\.dog)\Z")
# The words that label a line as the source: "Source:", «Первоисточник:», «Дереккөз:» (before a link, "via" and
# «оригинал» too)
_SOURCE_LABEL = r"original\s+source|sources?|источники?|первоисточник|першоджерело|джерело|дереккөз|көзі"
_SOURCE_LINE = re.compile(
    rf"(?:^|[^\w])(?:{_SOURCE_LABEL}|via|оригинал)"
    r"\s*[:：—–-]\s*\Z",
    re.IGNORECASE | re.MULTILINE,
)
# "Source: example.com/news/1": a Latin domain written without scheme or "www.", given a path, on a source line. A
# bare Latin domain elsewhere is left to outlets.py (see _DOMAIN); after «Источник:» with a page's path it is a
# link to that page.
_SOURCE_PATH = re.compile(
    rf"(?<![\w])(?:{_SOURCE_LABEL}|via|оригинал)"
    r"\s*[:：—–-]\s*(?P<link>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}/"
    r"[^\s<>\"«»“”‘’\[\]{}|\\^`\x00-\x1f\x7f]*)",
    re.IGNORECASE,
)
# A Latin domain with a page's path, no scheme, no "www." («tass.ru/politika/123»): found where ".tld/" stands,
# read from the start of its run, and kept only where the line points at it: after «Подробнее:», "Read more:",
# «по ссылке», «за посиланням», «сілтеме бойынша», "available at" … or alone on its line.
_PATH_ANCHOR = re.compile(r"\.[a-z]{2,24}/(?=[^\s/])")
_BARE_PATH = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}/[^\s<>\"«»“”‘’\[\]{}|\\^`\x00-\x1f\x7f]*",
                        re.IGNORECASE)
_POINTED = re.compile(
    r"(?:(?<![\w-])(?:подробнее|подробности|детальніше|докладніше|толығырақ|read[ \t]+more|more|details|see|"
    r"(?:full|whole)[ \t]+(?:story|text|report|article|statement)|полн(?:ый|ая)[ \t]+(?:текст|версия)|"
    r"повн(?:ий|а)[ \t]+(?:текст|версія)|(?:по|за)[ \t]+(?:ссылке|посиланням)|сілтеме(?:[ \t]+бойынша)?|"
    r"ссылк[аи](?:[ \t]+на[ \t]+[\w-]+)?|посилання(?:[ \t]+на[ \t]+[\w-]+)?|link|via|h/t|hat[ \t]+tip|"
    r"оригинал(?:[ \t]+(?:статьи|материала))?|оригінал(?:[ \t]+(?:статті|матеріалу))?|(?:мақаланың[ \t]+)?түпнұсқасы|"
    r"(?:is|are)[ \t]+available[ \t]+(?:at|on)|can[ \t]+be[ \t]+(?:found|read)[ \t]+(?:at|on|here)|"
    # a report credited to the page: "originally published at", "first appeared on", «пише», «деп хабарлайды»
    r"(?:originally|first)[ \t]+(?:published|appeared|posted|ran)(?:[ \t]+(?:at|on|in|by))?|according[ \t]+to|citing|"
    r"reports|reported|writes|wrote|пише|пишет|писал[аи]?|сообщает|сообщил[аи]?|повідомляє|повідомив|повідомили|"
    r"передает|передає|по[ \t]+данным|за[ \t]+даними|со[ \t]+ссылкой[ \t]+на|з[ \t]+посиланням[ \t]+на|"
    r"хабарлайды|хабарлады|жазады)(?![\w-])"
    r"[ \t]*[:：—–-]?[ \t]*|^[ \t]*(?:[-–—•▪►>→👉]+[ \t]*)?)[«\"“(\[]?\Z",
    re.IGNORECASE | re.MULTILINE,
)
_LINE_END = re.compile(r"[ \t»\".,;!)]*(?:\n|\Z)")
# A claim, then the page it comes from in brackets: "… rose (example.kz/news/1).", "… [via example.ua/a/2]",
# «… (дереккөз: example.kz/a)». The bracket closes right after the address.
_BRACKET_BEFORE = re.compile(r"(?<=[^\s(\[])[ \t]+[(\[](?:(?:via|h/t|sources?|источник|джерело|дереккөз|көзі)"
                             r"[ \t]*[:：—–-]?[ \t]*)?\Z", re.IGNORECASE)
# "Source: Steppe Herald - steppeherald.kz", «Джерело: Назва (nazva.ua)»: a source line naming an outlet, then its
# site's address with no path (the name is the outlet, outlets.py reads it; the address is a link to that site).
# Only a line that opens with the label: "open source - example.com" in prose is no source line.
_SOURCE_SITE = re.compile(
    rf"(?<![\w])(?:{_SOURCE_LABEL})"
    r"[ \t]*[:：][ \t]*[^\W\d_][^\n]{0,59}?[ \t](?:[-–—/|][ \t]*|\()"
    r"(?P<link>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})\)?[ \t.]*(?=\n|\Z)",
    re.IGNORECASE,
)
_LINE_OPENING = re.compile(r"\W{0,3}")  # what may stand before a source line's label: a bullet, a dash, a bracket
_NO_PATH = re.compile(r"(?:t\.me|telegram\.(?:me|dog))/?\Z", re.IGNORECASE)  # the host alone
# Links that point at no page a source said anything on: a picture or a video file ("…/uploads/x.jpeg"), a
# button to share the story ("facebook.com/sharer/…", "t.me/share/url?url=…"), an author's page ("…/author/x/"),
# a tag's or a rubric's list ("…/tag/war").
_NOT_A_PAGE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic|mp4|webm)(?:[?#]|\Z)"
    r"|\A(?:[a-z]+://)?(?:[\w-]+\.)*(?:(?:facebook|fb)\.com/shar|(?:twitter|x)\.com/(?:intent|share)|"
    r"(?:t\.me|telegram\.me)/share/|vk\.com/share|connect\.ok\.ru/(?:offer|dk)|wa\.me/\?|api\.whatsapp\.com/send|"
    r"linkedin\.com/share|pinterest\.com/pin/create|reddit\.com/submit)"
    r"|/authors?/[^/?#]+/?(?:[?#]|\Z)"
    r"|/(?:tags?|category|categories|rubrics?|topics?|search|label)(?:/|\?)",  # a site's list of stories, no story
    re.IGNORECASE,
)
_TRAIL = ".,;:!?\"'»”’…*"
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_GENERIC_ANCHORS = frozenset("here link source this здесь ссылка источник тут".split())


def trim_url(raw: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets from the end of a URL."""
    counts = {ch: raw.count(ch) for ch in "()[]{}"}
    end = len(raw)
    while end:
        ch = raw[end - 1]
        if ch in _TRAIL:
            end -= 1
        elif ch in _CLOSERS and counts[ch] > counts[_CLOSERS[ch]]:
            counts[ch] -= 1
            end -= 1
        else:
            break
    return raw[:end]


def telegram_link(raw: str) -> tuple[str | None, str] | None:
    """(handle or None, normalised URL) when raw is a Telegram link, else None.

    Public channels and posts become https://t.me/s/<handle> and https://t.me/<handle>/<id> (so do Telegram Web's
    addresses of a chat, web.telegram.org/k/#@<handle>); private links (t.me/c/…, t.me/+hash, t.me/joinchat/…)
    keep their written form with no handle.
    """
    url = raw if "://" in raw else "https://" + raw
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() == "tg":
        domain = parse_qs(parts.query).get("domain", [""])[0]
        return (domain, f"https://t.me/s/{domain}") if is_valid_handle(domain) else (None, url)
    if (parts.hostname or "").lower() == "web.telegram.org" and parts.fragment:  # Telegram Web: the chat is there
        at = _WEB_CHAT.search(parts.fragment)  # "k/#@dtek_ua", "z/#/im?p=@dtek_ua"; a bare id has no handle
        return (at.group(1), f"https://t.me/s/{at.group(1)}") if at and is_valid_handle(at.group(1)) else (None, url)
    host = _TG_HOST.match(parts.hostname or "")
    if host is None:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if host.group(1) and host.group(1) != "www":  # name.t.me redirects to t.me/name
        segments.insert(0, host.group(1))
    if segments[:1] == ["s"]:
        segments = segments[1:]
    first = segments[0] if segments else ""
    if first.startswith("+") or not is_valid_handle(first):
        return None, url
    ids = [s for s in segments[1:] if s.isdigit()]
    return first, (f"https://t.me/{first}/{ids[-1]}" if ids else f"https://t.me/s/{first}")


def _is_source_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - 60), start) + 1 or max(0, start - 60)
    return bool(_SOURCE_LINE.search(text, line_start, start))


# A link broken where it was written: the rest of its path alone at the next line's start ("…/politics/\n
# 12/05/2023/645e1"), ending that line or closed by a bracket or a stop (a word after a space would start a
# sentence), or a space typed after the scheme ("https:// example.com/a").
_CONTINUED = re.compile(r"\n[ \t]*([A-Za-z0-9%_./?=&#-]*[0-9%_/?=&#-][A-Za-z0-9%_./?=&#-]*)"
                        r"(?=[ \t]*(?:\n|\Z)|[).,;»\"”])")
_AFTER_SCHEME = re.compile(r" ((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?:/[^\s<>\"«»“”‘’\[\]{}|\\^`]*)?)",
                           re.IGNORECASE)
_CUT_SHORT = re.compile(r"\.{3}|…")
_DATE_LIKE = re.compile(r"[\d/.:-]{1,10}")
_BREAKS_AFTER = ("/", "-", "_", "=", "?", "&", "%")


def _broken(text: str, m: re.Match[str]) -> tuple[str, int]:
    """The link m starts (its pieces joined) and how long it is as written."""
    raw = trim_url(m.group())
    if raw.lower() in ("http://", "https://") and (after := _AFTER_SCHEME.match(text, m.end())):
        joined = trim_url(raw + after.group(1))
        return joined, len(raw) + 1 + len(joined) - len(raw)
    if raw == m.group() and raw.endswith(_BREAKS_AFTER) and "://" in raw and (rest := _CONTINUED.match(text, m.end())):
        tail = trim_url(rest.group(1))
        if not _DATE_LIKE.fullmatch(tail):  # ("…/2023-01-07/\n1/8/23": the date the next line gives)
            return raw + tail, rest.start(1) + len(tail) - m.start()
    # a link cut short where it was shown ("http://example.com/2019/03/14/abc..."): the dots are part of it as written
    cut = _CUT_SHORT.match(m.group(), len(raw))
    return raw, len(raw) + (cut.end() - len(raw) if cut else 0)


def find_links(text: str) -> list[Match]:
    """URLs written in the text; Telegram links come out as kind "telegram"."""
    found = []
    for m in matches_at(_LINK, text, sorted(set(_link_starts(text)))):
        raw, written = _broken(text, m)
        if "." not in raw.split("://", 1)[-1] and not raw.lower().startswith("tg:") or _NOT_A_PAGE.search(raw):
            continue  # "https://" or "www" alone, a host without a domain; a picture, a share button
        start, end = m.start(), m.start() + written
        source = "source_line" if _is_source_line(text, start) else ""
        tg = telegram_link(raw)
        if tg is not None and _NO_PATH.search(raw):
            continue  # "Telegram (https://t.me/" cut at the line's end: no channel named
        if tg is not None:
            handle, url = tg
            found.append(Match("telegram", start, end, "tg.link" + (".source_line" if source else ""),
                               handle=handle, url=url))
        elif not raw.lower().startswith(("tg:", "t.me", "telegram.")):
            scheme = "" if "://" in raw else "http://"  # "www.example.com" as written, made fetchable
            rule = "url." + (source or ("www" if scheme else "bare"))
            found.append(Match("url", start, end, rule, url=scheme + raw))
    for m in matches_at(_DOMAIN, text, sorted(set(_domain_starts(text)))):
        raw = trim_url(m.group())
        start, end = m.start(), m.start() + len(raw)
        if any(f.start < end and start < f.end for f in found) or telegram_link(raw) is not None \
                or _NOT_A_PAGE.search(raw):
            continue
        rule = "url.source_line" if _is_source_line(text, start) else "url.domain"
        found.append(Match("url", start, end, rule, url="http://" + raw))
    for m in finditer(_SOURCE_PATH, text):
        raw = trim_url(m.group("link"))
        start, end = m.start("link"), m.start("link") + len(raw)
        if raw.endswith("/") and raw.count("/") == 1 or any(f.start < end and start < f.end for f in found) \
                or _NOT_A_PAGE.search(raw):
            continue  # "example.com/" is the domain alone; "www." and schemes were read above
        if telegram_link(raw) is None:
            found.append(Match("url", start, end, "url.source_line", url="http://" + raw))
    for m in finditer(_SOURCE_SITE, text):
        start, end = m.start("link"), m.end("link")
        if not _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) \
                or any(f.start < end and start < f.end for f in found) or telegram_link(m.group("link")) is not None:
            continue
        found.append(Match("url", start, end, "url.source_line", url="http://" + m.group("link")))
    for start in sorted(set(_path_starts(text))):
        bare = _BARE_PATH.match(text, start)
        if bare is None:
            continue
        raw = trim_url(bare.group())
        end = start + len(raw)
        if any(f.start < end and start < f.end for f in found) or telegram_link(raw) is not None \
                or _NOT_A_PAGE.search(raw) or raw.lower().startswith("pic.twitter.com"):
            continue  # (an embedded tweet's picture)
        bracketed = text[end : end + 1] in (")", "]") and _BRACKET_BEFORE.search(text, max(0, start - 30), start)
        before = _POINTED.search(text, max(0, start - 60), start)
        if not bracketed and (before is None or before.group().strip(" \t-–—•▪►>→👉«\"“([") == ""
                              and not _LINE_END.match(text, end)):
            continue  # neither pointed at, nor alone on its line, nor in brackets after what it is the source of
        found.append(Match("url", start, end, "url.pointed", url="http://" + raw))
    return found


def _path_starts(text: str) -> Iterator[int]:
    """Where a _BARE_PATH can start: the start of the run of [\\w.-] ending in ".tld/" (not inside a longer link or
    an address: no "/", ":", "@" before it)."""
    rev, n = _reversed(text), len(text)
    for m in _PATH_ANCHOR.finditer(lowered(text)):
        at = m.start()
        run = _RUN.match(rev, n - at)
        start = at - (run.end() - (n - at)) if run else at
        if start < at and (start == 0 or text[start - 1] not in "/:@.-_" and not text[start - 1].isalnum()):
            yield start


def _link_starts(text: str) -> Iterator[int]:
    """Where a _LINK match can start: a scheme before "://", "www.", a Telegram host or a name and "." before it."""
    low = lowered(text)
    for m in _LINK_ANCHOR.finditer(low):
        at = m.start()
        if low[at] == ":":
            yield from range(max(0, at - 5), at - 1)  # "https", "http", "ftp", "tg"
        else:
            yield at
            if low[at] == "t":
                yield from range(max(0, at - 33), max(0, at - 3))  # "[a-z0-9_]{3,32}." before the host


def _domain_starts(text: str) -> Iterator[int]:
    """Where a _DOMAIN match can start: where the run of [\\w.-] ending in a top-level domain starts (its
    look-behind allows no other place); a run that holds several domains is read once."""
    rev, n = _reversed(text), len(text)
    last, last_start = -1, 0
    for m in _DOMAIN_ANCHOR.finditer(lowered(text)):
        at = m.start()
        run = _RUN.match(rev, n - at, n - last - 1)  # no further back than the last dot
        back = run.end() - (n - at) if run else 0  # (an empty run always matches)
        start = last_start if last >= 0 and at - back == last + 1 else at - back
        last, last_start = at, start
        yield start


@per_text()
def _reversed(text: str) -> str:
    return text[::-1]


def find_handles(text: str) -> list[Match]:
    """@handle mentions (not e-mail addresses, not parts of URLs, not accounts said to be on another network)."""
    return [
        Match("telegram", m.start(), m.end(), "tg.handle", handle=m.group(1), url=f"https://t.me/s/{m.group(1)}")
        for m in _HANDLE.finditer(text)
        if is_valid_handle(m.group(1))
        and not _OTHER_NETWORK.search(text, max(0, m.start() - 40), m.start())
        and not _BOT_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not _TWEET_SIGNATURE.match(text, m.end())
    ]


def find_anchor_links(text: str, links: tuple[tuple[str, int, int], ...]) -> list[Match]:
    """Citations from HTML <a href> anchors; the span is the anchor's text."""
    found = []
    for href, start, end in links:
        if not isinstance(href, str) or not (0 <= start <= end <= len(text)):
            continue  # an Article built by hand may carry anything
        href = href.strip()
        if href.startswith("//"):
            href = "https:" + href
        if _NOT_A_PAGE.search(href):
            continue
        tg = telegram_link(href) if href.lower().startswith(("http:", "https:", "tg:")) else None
        if tg is not None:
            handle, url = tg
            found.append(Match("telegram", start, end, "tg.anchor", name=_anchor_name(text[start:end]),
                               handle=handle, url=url))
        elif href.lower().startswith(("http://", "https://", "ftp://")):
            rule = "url.source_line" if _is_source_line(text, start) else "url.anchor"
            found.append(Match("url", start, end, rule, url=href))
    return found


def _anchor_name(anchor_text: str) -> str | None:
    """Anchor text that names a channel («Рыбарь», Two Majors), not a URL, a handle or a verb ("пишет")."""
    name = clean_name(anchor_text.strip("«»\"“”„'‘’ "))
    if not name or not is_cap(name) or "/" in name or name.startswith("@") or name.casefold() in _GENERIC_ANCHORS:
        return None
    return name
