"""The Telegram rules' scouted scans only speed the whole-text scans up: same matches as the patterns' own
finditer, on made-up text (letters case folding equates, hostile runs) and on real text in four languages."""

from __future__ import annotations

from pathlib import Path

from archiver.citations import said_on, telegram
from archiver.citations.prescan import finditer, lowered, opening_scout, scouted, search

CORPUS = Path(__file__).parent / "data" / "corpus"

MADE_UP = (
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


def _corpus_pieces() -> list[str]:
    """Real text in four languages: a stretch of each language's excerpts, run together."""
    pieces: dict[str, str] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        lang = path.stem.split("_")[0]
        if len(pieces.get(lang, "")) < 60_000:
            pieces[lang] = pieces.get(lang, "") + path.read_text(encoding="utf-8") + "\n"
    return list(pieces.values())


def _texts() -> list[str]:
    return [MADE_UP, MADE_UP.upper(), MADE_UP.lower(), *_corpus_pieces()]


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
        for pattern in (said_on._BLOGGER, said_on._BY, said_on._STATEMENT_VERB):
            assert opening_scout(pattern) is not None
            assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_verbs_in_a_window_are_found_as_by_the_pattern() -> None:
    assert opening_scout(said_on._VERB) is not None
    for text in _texts():
        for pos in range(0, len(text), 37):  # windows of 90 characters ending anywhere, as _verb_before reads
            lo = max(0, pos - 90)
            found = finditer(said_on._VERB, text, lo, pos)
            assert [m.span() for m in found] == [m.span() for m in said_on._VERB.finditer(text, lo, pos)]


def test_places_are_found_as_by_the_pattern() -> None:
    for text in _texts():
        assert [m.span() for m in said_on.telegram_places(text)] == [m.span() for m in said_on._PLACE.finditer(text)]


def test_window_searches_find_what_their_patterns_find() -> None:
    searches = [(telegram._OWN, 60), (telegram._RU_VERB_RIGHT_BEFORE, 30), (said_on._TRAP, 240)]
    made_up = MADE_UP + " Губернатор НАПИСАЛ в своем ᲄелеграм-канале. Он сообщил  в  Telegram. Durov was blocked"
    for text in [made_up, *_corpus_pieces()]:
        for pattern, width in searches:
            assert opening_scout(pattern) is not None
            for pos in range(0, len(text), 23):
                found = search(pattern, text, max(0, pos - width), pos)
                expected = pattern.search(text, max(0, pos - width), pos)
                assert (found and found.span()) == (expected and expected.span()), (pattern.pattern[:40], pos)
