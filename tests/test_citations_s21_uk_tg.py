"""Ukrainian text citing Telegram channels (session 21): constructions seen on fresh pages, each with made-up
variants (other names, verbs, cases and word order) and made-up false cases where a false positive is the risk."""

from __future__ import annotations

import pytest

from tests.citations_found import names, owners, telegram


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кадрові зміни будуть гучними, повідомляє канал Telegram \"Порадник\". Рішення вже ухвалили.", "Порадник"),
        ("Про це пише канал у Telegram «Сторож Дніпра».", "Сторож Дніпра"),
        ("Як стверджує канал у телеграмі «Вежа», обмін відбудеться в п'ятницю.", "Вежа"),
        ("Відео поширив паблік у телеграмі «Поділля онлайн», пізніше його видалили.", "Поділля онлайн"),
        ("За даними каналу в Telegram Rivne Today, вибухи чули вночі.", "Rivne Today"),
        ("Об этом сообщает канал в Telegram «Карта боёв».", "Карта боёв"),
    ],
)
def test_a_channel_word_then_telegram_then_its_name(text: str, expected: str) -> None:
    # «канал (у) Telegram «X»»: «Telegram-канал «X»» with the words turned round
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Поліція затримала адміністратора каналу в Telegram «Чат Ірпеня».",
        "Він створив канал у Telegram «Наш район» ще у 2020 році.",
        "Слідчі встановили власника каналу в Telegram «Хвиля».",
    ],
)
def test_a_channel_the_news_is_about_is_not_cited(text: str) -> None:
    assert telegram(text) == []


def test_a_list_joined_by_and_is_not_one_bodys_full_name() -> None:
    text = ("Джерела в СБУ, Мінцифри та ОП кажуть, що рішення ще немає. Водночас у телеграм-каналі Мінцифри "
            "спростували ці чутки.")
    assert names(text) == ["Мінцифри"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Як інформує видання, про це повідомляється у телеграмі Кличка.", "Кличка"),
        ("Звернення опубліковано в телеграмі Буданова ввечері.", "Буданова"),
        ("Про це йдеться у Telegram Шмигаля.", "Шмигаля"),
    ],
)
def test_stated_in_the_telegram_of_a_person(text: str, expected: str) -> None:
    # «повідомляється / йдеться / опубліковано у телеграмі X»: whose Telegram it is, in the genitive
    found = telegram(text)
    assert found and expected in (found[0].owner or found[0].name or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Про це йдеться у телеграм-каналі міністра оборони Олексія Резнікова.", "Олексія Резнікова"),
        ("Про це йдеться у телеграмі міністра закордонних справ Дмитра Кулеби.", "Дмитра Кулеби"),
        ("Відео з'явилося в Telegram-каналі голови Одеської ОВА Олега Кіпера.", "Олега Кіпера"),
    ],
)
def test_an_office_with_its_complement_then_its_holder(text: str, expected: str) -> None:
    # «у телеграмі міністра оборони X»: what the office is of between the office and the name
    assert expected in owners(text)


def test_an_office_then_another_clause_names_no_holder() -> None:
    assert "Іван Петренко" not in owners("Про це йдеться у телеграм-каналі голови, повідомив Іван Петренко.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Відео опублікував у своєму Telegram-каналі засновник руху «Чоловіча держава» Олег Ковтун.", "Олег Ковтун"),
        ("Запис оприлюднив у своєму телеграм-каналі лідер партії «Народний фронт» Сергій Коваль.", "Сергій Коваль"),
        ("Фото виклав у своєму Telegram-каналі командир батальйону «Вовки» Іван Сірко.", "Іван Сірко"),
    ],
)
def test_a_quoted_name_among_the_titles_of_who_posted(text: str, expected: str) -> None:
    # the person after their own channel, what they head («руху «X»») among the titles before the name
    assert expected in owners(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Про це в Telegram повідомив голова Харківської обласної військової адміністрації Олег Синєгубов та "
         "заступник голови Офісу президента Кирило Тимошенко.", ["Олег Синєгубов", "Кирило Тимошенко"]),
        ("Про це у Telegram написала речниця ДСНС Світлана Онищук і перший заступник міністра внутрішніх справ Богдан "
         "Білик.", ["Світлана Онищук", "Богдан Білик"]),
    ],
)
def test_a_second_person_with_a_long_office_after_and(text: str, expected: list[str]) -> None:
    assert owners(text) == expected


def test_and_then_no_person_names_no_second_channel() -> None:
    found = owners("Про це в Telegram повідомив голова ОВА Іван Петренко та його заступники, які виїхали на місце.")
    assert found == ["Іван Петренко"]


@pytest.mark.parametrize(
    "text",
    [
        "Він закликав переглянути офіційний Telegram-канал Повітряних сил, зазначивши, що аеродроми під обстрілами.",
        "Радимо стежити за телеграм-каналом «Львів Цифровий».",
        "Мер порадив отримувати інформацію з офіційного Telegram-каналу міської ради.",
        "Прохання довіряти лише телеграм-каналу ОВА, а не чуткам.",
    ],
)
def test_a_channel_to_follow_or_read_is_advice_not_a_source(text: str) -> None:
    assert telegram(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Відео можна переглянути в Telegram-каналі Суспільне Херсон.", "Суспільне Херсон"),
        ("Запис розмови можна прочитати у телеграм-каналі «Вартовий».", "Вартовий"),
    ],
)
def test_where_a_video_can_be_watched_is_where_it_was_posted(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Підписуйтесь на нас у соцмережах:\n\nTelegram https://t.me/poltava_misto\n\nFacebook "
        "https://www.facebook.com/poltava",
        "Читайте наші новини тут:\nTelegram: https://t.me/odesa_today\nViber: https://invite.viber.com/odesa",
    ],
)
def test_a_link_in_the_publishers_list_of_networks_is_promotion(text: str) -> None:
    assert telegram(text) == []


def test_a_link_under_a_source_line_is_still_cited() -> None:
    assert [c.handle for c in telegram("Джерело:\nhttps://t.me/poltava_misto")] == ["poltava_misto"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На це звернув увагу львівський журналіст Тарас Гнатюк в Telegram-каналі, передає видання.", "Тарас Гнатюк"),
        ("Увагу на це звернула блогерка Марія Литвин у Telegram.", "Марія Литвин"),
    ],
)
def test_pointing_something_out_is_saying_it(text: str, expected: str) -> None:
    # «звернув увагу» ("pointed out"), as the Russian «обратил внимание»
    assert expected in owners(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Володимир Сальдо визнав, що евакуація триває. Це випливає з його повідомлення у Телеграм.",
         "Володимир Сальдо"),
        ("Мер Олег Петренко не приховує втоми. Про це свідчить його звернення у Telegram.", "Олег Петренко"),
        ("Губернатор Олег Петров выступил. В его обращении в Telegram говорится о помощи.", "Олег Петров"),
    ],
)
def test_his_message_on_telegram_is_his_channel(text: str, expected: str) -> None:
    # «з його повідомлення / у її зверненні у Telegram»: what was said, then where; the person named before
    assert expected in owners(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сили оборони півдня у своєму телеграм-каналі повідомили про знищення складу.", "Сили оборони півдня"),
        ("Повітряні сили ЗСУ у Telegram попередили про загрозу балістики.", "Повітряні сили ЗСУ"),
        ("Національна поліція України в Telegram повідомила про затримання.", "Національна поліція України"),
        ("Про це Сили спеціальних операцій у Telegram написали вчора.", "Сили спеціальних операцій"),
    ],
)
def test_a_body_opening_the_clause_then_on_telegram_then_its_verb(text: str, expected: str) -> None:
    # the forces («Сили …», «… сили») are a body as the police or a ministry are; the verb may follow the place
    assert expected in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ситуацію прокоментував у Telegram мер Львова Андрій Садовий.", "Андрій Садовий"),
        ("Подію описав у своєму телеграм-каналі журналіст Андрій Цаплієнко.", "Андрій Цаплієнко"),
    ],
)
def test_the_object_opening_the_sentence_is_not_who_posted(text: str, expected: str) -> None:
    found = telegram(text)
    assert expected in owners(text) and not any(c.name in ("Ситуацію", "Подію") for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Після деокупації Telegram-канали перейменували себе. Замість «Zа Харків» вони тепер пишуть «Zа Донбас».",
        "Телеграм-канали змінюють назви. Раніше вони писали «Русский Херсон», тепер він пише «Таврія Z».",
    ],
)
def test_a_quotation_after_a_pronoun_subjects_verb_is_no_channel(text: str) -> None:
    # «вони пишуть «X»»: the verb has its subject; the quotation is what they write, not who writes
    assert not any(c.name and c.name.startswith(("Zа", "Таврія")) for c in telegram(text))


def test_a_quoted_name_after_the_verb_in_a_text_about_channels_is_still_one() -> None:
    assert "Народна правда" in names("Телеграм-канали поширюють фейки. Так, пише «Народна правда», що обмін зірвано.")
