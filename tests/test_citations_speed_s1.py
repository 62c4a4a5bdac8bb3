"""The scans that look for a rare piece first (links.py, unnamed.py, cues.py) find what the patterns' own scans
find, on made-up and real text."""

from __future__ import annotations

import re
from pathlib import Path

from archiver.citations import cues, links, unnamed
from archiver.citations.prescan import lowered, matches_at

CORPUS = Path(__file__).parent / "data" / "corpus"
_MADE_UP = (
    "See https://t.me/rybar/123, HTTP://Example.com. www.site.org and WWW.X.RU; tg://resolve?domain=abc "
    "name.t.me/x, ab.t.me/x, ru.telegram.me/x TELEGRAM.DOG/y x.t.me t.me/ :// a://b ftp://f.ru/ "
    "стопкоронавирус.рф мвд.рф/news МВД.РФ mvs.gov.укр a.b.рф.рус.рф -x.рф @x.рф /y.рф сайт.ᲃрб ıt.me/x "
    "İwww.x.com xx_yy.t.me/z aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.t.me/x https://ab://cd "
    "@handle, e@mail.ru, @@double, x@y, @a.b @name- @name.x (@tweet) Oct 1, 2023"
)


def _corpus() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt")))


def test_links_found_as_by_the_patterns_scan() -> None:
    for text in (_MADE_UP, _MADE_UP.upper(), _corpus()):
        for pattern, starts in ((links._LINK, links._link_starts), (links._DOMAIN, links._domain_starts)):
            found = [m.span() for m in matches_at(pattern, text, sorted(set(starts(text))))]
            assert found == [m.span() for m in pattern.finditer(text)], pattern.pattern[:40]
        old_handle = re.compile(rf"(?<![\w@.+/:=?&#-])@({links.HANDLE_PATTERN})(?![\w@]|\.[A-Za-z0-9]|-\w)")
        assert [m.span() for m in links._HANDLE.finditer(text)] == [m.span() for m in old_handle.finditer(text)]


def test_unnamed_channels_found_as_by_the_patterns_scan() -> None:
    old_word = re.compile(r"[TТtт][eеEЕ][lлLЛ][eеEЕ][gгGГ][rрRР]", re.IGNORECASE)
    made_up = ("Телеграм-каналы пишут, ТЕЛЕГРАМ-КАНАЛЫ ПИШУТ; ᲃᲂᲂбщают в ᲄелеграм-канале, В TELEGRAM-КАНАЛАХ "
               "сообщают, По ДАННЫМ местных телеграм-каналов, İ Telegram-арналары жазды, Several Telegram channels "
               "reported, tеlеgram-каналы пишут, , pro Telegram channels said; bloggers on Telegram said ")
    for text in (made_up, made_up.upper(), made_up.lower(), _corpus()):
        assert [m.start() for m in unnamed._TELEGRAM_WORD.finditer(lowered(text))] == [
            m.start() for m in old_word.finditer(text)]
        windows = unnamed._windows(text)
        for pattern, scout, hint in unnamed._SCANS:
            found = [m.span() for lo, hi in windows if hint is None or hint.search(text, lo, hi)
                     for m in unnamed._scan(pattern, scout, text, lo, hi)]
            assert found == [m.span() for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
            assert hint is not None or scout is not None


def test_cue_sentences_are_scouted_for_telegram_words() -> None:
    assert cues._TELEGRAM_SCOUT is not None  # without it every sentence is searched, as before
    text = "Об этом ᲄелеграм-канал сообщил. Ничего. ТГ-канал пишет. Tg."
    at = [m.start() for m in cues._TELEGRAM_SCOUT.finditer(lowered(text))]
    for start, end in ((0, 31), (31, 40), (40, 57), (57, len(text))):
        assert cues._has_word(at, start, end) == bool(cues._TELEGRAM_CUE.search(text[start:end]))
