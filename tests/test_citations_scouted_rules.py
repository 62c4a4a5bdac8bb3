"""The rules' scans that find a rare piece first (links, unnamed channels, cue sentences, the Telegram prose and
"said on Telegram" rules) find what the patterns' own scans find: on made-up text (letters case folding equates,
hostile runs of blanks) and on real text in four languages."""

from __future__ import annotations

import re

from archiver.citations import cues, links, said_on, telegram, unnamed
from archiver.citations.prescan import finditer, lowered, matches_at, opening_scout, scouted, search
from tests.corpus_text import corpus_pieces, whole_corpus

_MADE_UP_LINKS = (
    "See https://t.me/rybar/123, HTTP://Example.com. www.site.org and WWW.X.RU; tg://resolve?domain=abc "
    "name.t.me/x, ab.t.me/x, ru.telegram.me/x TELEGRAM.DOG/y x.t.me t.me/ :// a://b ftp://f.ru/ "
    "стопкоронавирус.рф мвд.рф/news МВД.РФ mvs.gov.укр a.b.рф.рус.рф -x.рф @x.рф /y.рф сайт.ᲃрб ıt.me/x "
    "İwww.x.com xx_yy.t.me/z aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.t.me/x https://ab://cd "
    "@handle, e@mail.ru, @@double, x@y, @a.b @name- @name.x (@tweet) Oct 1, 2023"
)


def test_links_found_as_by_the_patterns_scan() -> None:
    for text in (_MADE_UP_LINKS, _MADE_UP_LINKS.upper(), whole_corpus()):
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
    for text in (made_up, made_up.upper(), made_up.lower(), whole_corpus()):
        assert [m.start() for m in unnamed._TELEGRAM_WORD.finditer(lowered(text))] == [
            m.start() for m in old_word.finditer(text)]
        windows = unnamed._windows(text)
        for pattern, hint in unnamed._SCANS:
            found = [m.span() for lo, hi in windows if hint is None or hint.search(text, lo, hi)
                     for m in finditer(pattern, text, lo, hi)]
            assert found == [m.span() for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
            assert hint is not None or opening_scout(pattern) is not None


def test_cue_sentences_are_scouted_for_telegram_words() -> None:
    assert cues._TELEGRAM_SCOUT is not None  # without it every sentence is searched, as before
    text = "Об этом ᲄелеграм-канал сообщил. Ничего. ТГ-канал пишет. Tg."
    at = [m.start() for m in cues._TELEGRAM_SCOUT.finditer(lowered(text))]
    for start, end in ((0, 31), (31, 40), (40, 57), (57, len(text))):
        assert cues._has_word(at, start, end) == bool(cues._TELEGRAM_CUE.search(text[start:end]))


_MADE_UP_TELEGRAM = (
    "ТЕЛЕГРАМ-КАНАЛ «X», ᲄелеграм-канале «Y», телегам, ТГ-канал, тгк, тлг-канале, TG channel, Telegram channels "
    "Ilya у  себя в канале отмечает. У\tСЕБЯ В TELEGRAM писал. Канала «Z», channel \"W\", KANAL, ChAnNeL. "
    "xtelegram telegramx телеграмма телеграме. İstanbul ıtelegram ſ. " + " " * 2000 + "у" + " " * 2000 + "себя"
    '\n"In a post on Telegram, the ministry said. "On Telegram, X wrote. In his Telegram post on Sunday, Ivan Petrov '
    'said. Source: Hanna Maliar on Telegram\n \tДжерело: мер Одеси Петро Коваленко у Telegram Source: X on Telegram\n'
    'Источник: Иван Петров / Telegram\nthe Justice League India channel on Telegram, the "Direct Action Z" '
    "channel. Russian milblogger Yuri Podolyaka wrote; военкор Александр Коц написал. A Telegram post by the "
    "regional governor Ivan Petrov. йдеться в повідомленні в телеграмі. ГОВОРИТСЯ в сообщении МВД в Telegram. "
    "ЗАЯВИЛ в Telegram, NOTED on Telegram, сказав у Телеграмі, wrote\ton Telegram. " + "\t" * 2000 + "In"
    " в  своем \tтелеграм-канале, on its official Telegram channel, in a post on the encrypted messaging app Telegram"
    " в telegram в telegram, во Telegram, наTelegram, to Telegram page, xin Telegram, in 5 Telegram, в ᲄелеграмі"
    " from the Telegram app through his Telegram statement. на" + " " * 2000 + "телеграме" + " telegram" * 300
)


def _texts() -> list[str]:
    return [_MADE_UP_TELEGRAM, _MADE_UP_TELEGRAM.upper(), _MADE_UP_TELEGRAM.lower(), *corpus_pieces()]


def test_scouted_prose_scans_find_what_their_patterns_find() -> None:
    for text in _texts():
        for pattern in (telegram._TRIGGER, telegram._IMPLIED):
            assert opening_scout(pattern) is not None
            assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
        found = scouted(telegram._AT_OWN, text, telegram._AT_OWN_SCOUT, lowered(text))
        assert [m.span() for m in found] == [m.span() for m in telegram._AT_OWN.finditer(text)]


def test_a_twin_letter_is_still_found() -> None:
    text = "в ᲄелеграм-канале «Север»"  # "ᲄ": a Cyrillic "т" the engine's case folding matches
    assert [m.span() for m in telegram._TRIGGER.finditer(text)] == [
        m.span() for m in finditer(telegram._TRIGGER, text)] != []


def test_scouted_said_on_scans_find_what_their_patterns_find() -> None:
    for text in _texts():
        assert [m.span() for m in said_on._intros(text)] == [m.span() for m in said_on._PLACE_FIRST.finditer(text)]
        assert [m.span() for m in said_on._source_lines(text)] == [
            m.span() for m in said_on._SOURCE_LINE.finditer(text)]
        found = scouted(said_on._NAMED_CHANNEL, text, said_on._NAMED_CHANNEL_SCOUT, text)
        assert [m.span() for m in found] == [m.span() for m in said_on._NAMED_CHANNEL.finditer(text)]
        for pattern in (said_on._BLOGGER, said_on._STATEMENT_VERB):
            assert opening_scout(pattern) is not None
            assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_verbs_in_a_window_are_found_as_by_the_pattern() -> None:
    assert opening_scout(said_on.POSTING_VERB) is not None
    for text in _texts():
        for pos in range(0, len(text), 37):  # windows of 90 characters ending anywhere, as _verb_before reads
            lo = max(0, pos - 90)
            found = finditer(said_on.POSTING_VERB, text, lo, pos)
            assert [m.span() for m in found] == [m.span() for m in said_on.POSTING_VERB.finditer(text, lo, pos)]


def test_places_are_found_as_by_the_pattern() -> None:
    for text in _texts():
        assert [m.span() for m in said_on.telegram_places(text)] == [m.span() for m in said_on._PLACE.finditer(text)]


def test_window_searches_find_what_their_patterns_find() -> None:
    searches = [(telegram._OWN, 60), (telegram._RU_VERB_RIGHT_BEFORE, 30), (said_on._TRAP, 240)]
    made_up = (_MADE_UP_TELEGRAM + " Губернатор НАПИСАЛ в своем ᲄелеграм-канале. Он сообщил  в  Telegram. Durov was "
               "blocked")
    for text in [made_up, *corpus_pieces()]:
        for pattern, width in searches:
            assert opening_scout(pattern) is not None
            for pos in range(0, len(text), 23):
                found = search(pattern, text, max(0, pos - width), pos)
                expected = pattern.search(text, max(0, pos - width), pos)
                assert (found and found.span()) == (expected and expected.span()), (pattern.pattern[:40], pos)
