"""Session 20, Russian and Ukrainian outlets: constructions of the language, each with made-up variants (other
names, other case endings, other verbs, other word order), and the look-alikes that must stay out."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


def outlets(text: str) -> list[str]:
    return [c.name or "" for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


def cited(text: str, name: str) -> bool:
    return any(name.casefold() in found.casefold() for found in outlets(text))


# «По предварительным данным X», «За попередніми даними X»: an adjective of how sure or how new the figures are
@pytest.mark.parametrize(("text", "name"), [
    ("По предварительной информации ГАИ, водитель уснул за рулем.", "ГАИ"),
    ("По предварительным данным ГИБДД, водитель уснул за рулем.", "ГИБДД"),
    ("По последним данным МЧС, пострадавших нет.", "МЧС"),
    ("По уточненным данным областного Минздрава, заболевших стало больше.", "Минздрава"),
    ("По новым оценкам ООН, беженцев стало больше.", "ООН"),
    ("По официальным сведениям Росстата, цены выросли.", "Росстата"),
    ("За попередніми даними ДСНС, постраждалих немає.", "ДСНС"),
    ("За оновленими даними Генштабу, ворог втратив 20 дронів.", "Генштабу"),
    ("За попередньою інформацією поліції Київщини, водій заснув.", "поліції"),
    ("За офіційними даними МОЗ, хворих побільшало.", "МОЗ"),
])
def test_figures_qualified(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "По всей видимости, водитель уснул за рулем.",
    "По другим данным, водитель уснул за рулем.",
    "По словам очевидцев, водитель уснул за рулем.",
    "За попередніми даними, постраждалих немає.",
])
def test_figures_qualified_no_source(text: str) -> None:
    assert outlets(text) == []


# A ministry named by its fields, listed with commas: «Министерство сельского хозяйства, торговли и …»
@pytest.mark.parametrize(("text", "name"), [
    ("По данным Министерства сельского хозяйства, торговли, пищевой и перерабатывающей промышленности Тверской "
     "области, урожай собран.", "Министерства сельского хозяйства, торговли, пищевой и перерабатывающей промышленности "
                               "Тверской области"),
    ("Як повідомило Міністерство енергетики, вугільної промисловості та захисту довкілля, шахти працюють.",
     "Міністерство енергетики, вугільної промисловості та захисту довкілля"),
    ("За даними Міністерства освіти і науки України, школи відкриті.", "Міністерства освіти і науки України"),
])
def test_ministry_fields_kept_whole(text: str, name: str) -> None:
    assert name in outlets(text)


# When it was said, between the verb and the name: «сообщает в понедельник, 6 июля, агентство ТАСС»
@pytest.mark.parametrize(("text", "name"), [
    ("Об этом сообщает в понедельник, 6 июля, информационное агентство ТАСС.", "ТАСС"),
    ("Об этом сообщило в воскресенье агентство Интерфакс.", "Интерфакс"),
    ("Об этом пишет сегодня «Коммерсантъ».", "Коммерсантъ"),
    ("Про це пише сьогодні Reuters.", "Reuters"),
    ("Про це повідомило у середу, 3 березня, агентство Укрінформ.", "Укрінформ"),
])
def test_time_between_verb_and_name(text: str, name: str) -> None:
    assert cited(text, name)


# What the outlet found out or tells: «Как выяснила «Медиазона»», «розповідає 24 Канал»
@pytest.mark.parametrize(("text", "name"), [
    ("Как выяснила «Медиазона», приговор вынесен.", "Медиазона"),
    ("Как выяснила «Новая газета», приговор вынесен.", "Новая газета"),
    ("Как узнала «Фонтанка», приговор вынесен.", "Фонтанка"),
    ("Как выяснили «Ведомости», сделка сорвалась.", "Ведомости"),
    ("Як з'ясувало \"Суспільне\", вирок ухвалено.", "Суспільне"),
    ("Як дізналося Суспільне, вирок ухвалено.", "Суспільне"),
    ("Про це розповідає 24 Канал.", "24 Канал"),
    ("Про це розповідає ТСН у своєму сюжеті.", "ТСН"),
    ("Об этом рассказывает «Фонтанка».", "Фонтанка"),
])
def test_found_out_or_tells(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "Он рассказывает о своей жизни.",
    "Как выяснил Иван Петров, дом продан.",
    "Про це розповідає Олена Петренко.",
])
def test_found_out_by_a_person(text: str) -> None:
    assert outlets(text) == []


# A company by its type word: «в авиакомпании S7», «в компанії "Київстар"»
@pytest.mark.parametrize(("text", "name"), [
    ("Как сообщили в авиакомпании «Аэрофлот», рейсы задерживаются.", "Аэрофлот"),
    ("Как сообщили в авиакомпании S7, рейсы задерживаются.", "S7"),
    ("Як повідомили в компанії Київстар, збій усунуто.", "Київстар"),
    ("В компании «Газпром» сообщили о новых поставках.", "Газпром"),
])
def test_company_typed(text: str, name: str) -> None:
    assert cited(text, name)


def test_company_head_is_a_person() -> None:
    assert outlets("Очільник компанії нагадав, що тарифи не зміняться.") == []


# The same read back from the verb after it: «Міністерство розвитку громад, територій та інфраструктури України
# повідомило» (the capitalised words before the verb are the last field's only)
@pytest.mark.parametrize(("text", "name"), [
    ("Міністерство розвитку громад, територій та інфраструктури України повідомило про ремонт.",
     "Міністерство розвитку громад, територій та інфраструктури України"),
    ("Министерство науки, высшего образования и культуры Республики Казахстан сообщило о конкурсе.",
     "Министерство науки, высшего образования и культуры Республики Казахстан"),
])
def test_ministry_fields_before_verb(text: str, name: str) -> None:
    assert name in outlets(text)


# An adverb of manner between the name and its verb: «Газпром» официально заявил
@pytest.mark.parametrize(("text", "name"), [
    ("«Газпром» официально заявил о снижении поставок.", "Газпром"),
    ("Правительство Молдовы категорически заявило, что слухи ложные.", "Правительство Молдовы"),
    ("Мінфін офіційно повідомив про нові облігації.", "Мінфін"),
])
def test_adverb_before_verb(text: str, name: str) -> None:
    assert name in outlets(text)


# An interview or a talk opening the sentence: «В беседе с «Известиями» эксперт отметил», «У розмові з "Суспільним"»
@pytest.mark.parametrize(("text", "name"), [
    ("В беседе с «Известиями» эксперт отметил рост цен.", "Известиями"),
    ("В интервью РБК министр рассказал о планах.", "РБК"),
    ("У розмові з «Суспільним» експерт зазначив зростання цін.", "Суспільним"),
    ("Він зазначив це у розмові з РБК-Україна.", "РБК-Україна"),
    ("У інтерв'ю Укрінформу міністр розповів про плани.", "Укрінформу"),
])
def test_talk_opening_sentence(text: str, name: str) -> None:
    assert cited(text, name)


# Counting and earlier statements: «Как подсчитала «Верстка»», «Ранее Минобороны заявляло»
@pytest.mark.parametrize(("text", "name"), [
    ("Как подсчитала «Верстка», погибли 100 человек.", "Верстка"),
    ("Как подсчитали «Важные истории», погибли 100 человек.", "Важные истории"),
    ("Як підрахувало «Суспільне», загинули 100 людей.", "Суспільне"),
    ("Как ранее заявляло Минобороны России, атаки отражены.", "Минобороны России"),
])
def test_counted_or_stated_before(text: str, name: str) -> None:
    assert cited(text, name)


def test_counted_by_a_person() -> None:
    assert outlets("Как подсчитал Иван Петров, погибли 100 человек.") == []
