"""The last-resort rule: a sentence with Telegram as the place, a verb of saying and someone named in it, that no
other rule read (made-up sentences)."""

from __future__ import annotations

from archiver.citations import Citation, article_from_text, extract_citations


def telegram(text: str) -> list[Citation]:
    return [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]


def test_the_person_a_sentence_names_owns_what_it_said_on_telegram() -> None:
    # (the place set off from the verb by commas: no rule before the last resort reads it)
    text = ("Ramzan Kadyrov, who has ruled Chechnya since 2007 and rarely stays silent, then addressed his critics, "
            "angrily, on Telegram.")
    [cited] = telegram(text)
    assert cited.owner == "Ramzan Kadyrov" and cited.rule == "tg.fallback.sentence_person"


def test_no_last_resort_where_a_rule_already_cited_or_no_one_said_anything() -> None:
    assert [c.rule for c in telegram("Governor Roman Starovoit said on Telegram that the fire was out.")] == [
        "tg.prose.own_channel"]
    assert telegram("Ivan Petrov has used Telegram for years.") == []
    assert telegram("The police warned about fraud groups on Telegram, Ivan Petrov said.") == []
    # channels in the plural after the place: where things happen, not where someone said something
    assert telegram("The Primer Security Service said it launched an investigation into activities on Telegram "
                    "channels.") == []


def test_the_last_resort_says_how_unsure_it_is() -> None:
    [cited] = telegram("Ramzan Kadyrov, who has ruled Chechnya since 2007 and rarely stays silent, then addressed "
                       "his critics, angrily, on Telegram.")
    assert cited.confidence == 0.5


def test_a_surname_the_article_gave_in_full_is_the_person_it_names() -> None:
    text = "Mayor Vitali Klitschko visited the hospital. This was announced by Klitschko in Telegram."
    assert [(c.owner, c.rule) for c in telegram(text)] == [("Vitali Klitschko", "tg.fallback.sentence_person")]


def test_a_surname_alone_far_from_telegram_names_no_channel() -> None:
    text = ("Alexei Mikhalchik runs the bureau. Mikhalchik said the arrest appears connected to an investigation "
            "into an official accused of leaking documents that later appeared on a Telegram channel.")
    assert telegram(text) == []


def test_a_bodys_name_runs_on_in_lowercase_up_to_the_place() -> None:
    text = "Це було повідомлено Центром протидії фейкам при ОДА у Telegram."
    assert [c.name for c in telegram(text)] == ["Центром протидії фейкам при ОДА"]
    assert [c.name for c in telegram("Це було повідомлено Центром у Telegram.")] == ["Центром"]
