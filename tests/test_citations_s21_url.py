"""Links given as sources, session 21: what is and is not a source link, in general forms (made-up sentences,
none copied from the corpus or the pages read)."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_html, article_from_text, extract_citations


def urls(text: str) -> list[str | None]:
    return [c.url for c in extract_citations(article_from_text(text)) if c.kind == "url"]


def telegram_urls(text: str) -> list[str | None]:
    return [c.url for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]


@pytest.mark.parametrize(
    "text",
    [
        # a picture's credit, at the line's start or after the caption, with the photographer's name before it
        "Фото: https://www.facebook.com/primer.news",
        "Фото: Петр Примеров, http://www.primer.ru/content/article/123.html",
        "Фотографія: Марія Приклад / https://primer.ua/photo/55",
        "Источник фото: https://primer.ru/gallery/7",
        "Спасатели на месте пожара. Photo: Jane Example, https://www.example.org/content/article/4455.html",
        "The minister at the summit. Image credit: John Sample / https://example.com/pictures/12",
        "Вид на площадь © / www.examplepress.com",
        "Сурет: https://primer.kz/media/1",
        # a picture or a video file, a button to share the story
        "https://primer.kz/content/uploads/2023/03/abc-def.jpeg",
        "Смотрите: https://example.com/media/clip.mp4",
        "https://example.org/img/photo.PNG?w=800",
        "Поделиться: https://www.facebook.com/sharer/sharer.php?u=https://primer.ru/news/1",
        "Tweet this: https://twitter.com/intent/tweet?text=abc&url=https://example.com/a",
        "Надіслати: https://vk.com/share.php?url=https://primer.ua/1",
        # promotion: subscribe, follow, join, keep up with
        "Подписывайтесь на наш канал в Дзене: https://dzen.ru/primer",
        "Follow Example News on Facebook: https://www.facebook.com/examplenews",
        "👉 Subscribe: http://example.com/examplesubscribe",
        "Keep up with the latest news from around the world: https://www.example.com/",
        "Підписуйтесь на нас у Viber: https://invite.viber.com/?g2=AQB",
        "Следите за новостями в VK: https://vk.com/primer_news",
        # the publisher's other stories, an author's page
        "Читайте также: https://primer.ru/news/2023/05/12/other-story",
        "Читайте також: https://primer.ua/news/2023/05/12/inshe",
        "Read also: https://example.com/world/2023/other-story",
        "Автор: https://primer.ru/author/ivanov/",
        "Author:\nhttps://example.com/authors/jsmith",
    ],
)
def test_links_that_cite_nothing(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # the source's own label is nearer than "read also"
        ("Читайте также: В городе открыли мост. Источник: https://primer.ru/online/4455",
         "https://primer.ru/online/4455"),
        # a photo word in the story does not make its link a credit
        ("Фотографии с места событий опубликовал сайт мэрии: https://primer.ru/news/77",
         "https://primer.ru/news/77"),
        ("The photo was first published by the ministry (https://example.gov/news/5).", "https://example.gov/news/5"),
        # a picture's name inside a page's address is not a picture
        ("Source: https://example.com/2023/05/photo.jpg-story-of-the-day", "https://example.com/2023/05/photo.jpg-story-of-the-day"),
    ],
)
def test_links_that_still_cite(text: str, url: str) -> None:
    assert urls(text) == [url]


def test_telegram_share_button_is_no_channel() -> None:
    assert telegram_urls("Поделиться: https://t.me/share/url?url=https%3A%2F%2Fprimer.ru%2Fnews%2F1") == []


def test_anchor_to_a_picture_is_no_source() -> None:
    html = ('<article><p>Текст новости.<a href="https://primer.ru/upload/big.jpg"><img src="small.jpg"></a></p>'
            '<p>Джерело: <a href="https://primer.ua/news/5">primer.ua</a></p></article>')
    found = [c.url for c in extract_citations(article_from_html(html)) if c.kind == "url"]
    assert found == ["https://primer.ua/news/5"]
