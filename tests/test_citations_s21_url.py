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
        # the publisher's own pages listed under a line that asks to read or follow them
        "Новини першими читайте на наших майданчиках:\nфейсбук – https://www.facebook.com/primer.oda\n"
        "ютуб – https://www.youtube.com/@primer",
        "Следите за нами в соцсетях:\nВКонтакте: https://vk.com/primer\nОдноклассники: https://ok.ru/primer",
        "Follow us:\nFacebook – https://facebook.com/example\nX – https://x.com/example",
        # «Мы в MAX», «Ми у Viber», "We are on X": the publisher's own page, the link on its line or the next
        "Текст новости.\nМы в МАХ\nhttps://max.ru/id12345_primer",
        "Ми у Viber: https://invite.viber.com/?g2=AQBprimer",
        "We're on Facebook - https://facebook.com/examplenews",
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
        # a colon line that is no promotion heads no list
        ("Наши источники сообщили:\n— https://primer.ru/news/2", "https://primer.ru/news/2"),
        ("Об этом сообщил министр:\nhttps://primer.ru/news/1", "https://primer.ru/news/1"),
        ("Мы в шоке.\nhttps://primer.ru/news/3", "https://primer.ru/news/3"),
        # following or reading a link to a source is no promotion
        ("Follow the link to read the full report: https://example.org/report/2023", "https://example.org/report/2023"),
        ("Follow the link below:\nhttps://example.org/report/7", "https://example.org/report/7"),
        ("Полный текст доклада читайте по ссылке:\nhttps://primer.org/report/2023", "https://primer.org/report/2023"),
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


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # a link glued to its sentence's full stop after a Cyrillic word or a closing quote
        ("— сказал министр финансов Иван Примеров.www.primer-news.ru/news/6290001", "www.primer-news.ru/news/6290001"),
        ("Об этом заявила Анна Образцова.https://primer.ru/online/55", "https://primer.ru/online/55"),
        ("Так написал губернатор: «Все спокойно».www.primer.kz/ru/news/12", "www.primer.kz/ru/news/12"),
        # a domain with a path, no scheme: pointed at («Подробнее:», "Read more:", «за посиланням», «толығырақ» …)
        ("Подробнее: primer.ru/society/12/05/2023/abc", "primer.ru/society/12/05/2023/abc"),
        ("Подробности — «example.io/news/2023/05/12/abc»", "example.io/news/2023/05/12/abc"),
        ("Read more: example.com/news/world-europe-123", "example.com/news/world-europe-123"),
        ("The full report is available at example.org/en/documents/eur50/123/2023/en/.",
         "example.org/en/documents/eur50/123/2023/en/"),
        ("Отчет доступен по ссылке: example.org/ru/report/2023/1234.", "example.org/ru/report/2023/1234"),
        ("Детальніше за посиланням: primer.com.ua/news/2023/05/12/7401234/", "primer.com.ua/news/2023/05/12/7401234/"),
        ("Повний текст: primer.ua/articles/55", "primer.ua/articles/55"),
        ("Толығырақ: kaz.primer.kz/kazakhstan_news/abc-512345/", "kaz.primer.kz/kazakhstan_news/abc-512345/"),
        ("Мақаланың түпнұсқасы: primer.kz/6012345-abc.html", "primer.kz/6012345-abc.html"),
        ("He said so last week (see example.com/news/123).", "example.com/news/123"),
        # or alone on its line, with or without a dash before it
        ("Текст новости.\nprimer.ru/politika/17012345\nДругой абзац.", "primer.ru/politika/17012345"),
        ("Текст новости.\n— primer.ru/20230512/abc-1871234.html", "primer.ru/20230512/abc-1871234.html"),
        ("Text.\nsub.example.co.uk/a/b?x=1#frag.", "sub.example.co.uk/a/b?x=1#frag"),
    ],
)
def test_links_without_scheme(text: str, url: str) -> None:
    assert urls(text) == ["http://" + url if "://" not in url else url]


@pytest.mark.parametrize(
    "text",
    [
        "Сайт primer.ru/events/president опубликовал указ.",  # named in the sentence: the site, no link given
        "Текст.\npic.twitter.com/ouPpV0Fpej",  # an embedded tweet's picture
        "Write to info@example.com/news today.",
        "Текст.\n1.5/2 литра",
        "Читайте также: primer.ru/news/2023/05/12/other-story",
        "Мы опубликовали это на example.www.primer.com/a",  # a host name before the full stop: not a sentence's end
    ],
)
def test_links_without_scheme_not_cited(text: str) -> None:
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "url", "written"),
    [
        # the rest of the path alone at the next line's start, ending it or closed by a bracket
        ("Источник: https://www.primer.ru/politics/\n12/05/2023/645e1", "https://www.primer.ru/politics/12/05/2023/645e1",
         "https://www.primer.ru/politics/\n12/05/2023/645e1"),
        ("they demanded (https://m.example.com/\n    wall1_45621)that I", "https://m.example.com/wall1_45621",
         "https://m.example.com/\n    wall1_45621"),
        ("Джерело: https://primer.ua/news/abc-\ndef-ghi\nДалі текст.", "https://primer.ua/news/abc-def-ghi",
         "https://primer.ua/news/abc-\ndef-ghi"),
        # a space typed after the scheme
        ("my post (https:// m.example.com/wall1_45621) from April", "https://m.example.com/wall1_45621",
         "https:// m.example.com/wall1_45621"),
        # not a path's rest: a date, a sentence's first word
        ("Reuters\nhttps://www.example.com/world/2023-01-07/\n1/8/23", "https://www.example.com/world/2023-01-07/",
         "https://www.example.com/world/2023-01-07/"),
        ("Источник: https://primer.ru/\n2023 год был трудным.", "https://primer.ru/", "https://primer.ru/"),
        ("See https://example.com/\nThe president said so.", "https://example.com/", "https://example.com/"),
    ],
)
def test_broken_links(text: str, url: str, written: str) -> None:
    found = [(c.url, c.text) for c in extract_citations(article_from_text(text)) if c.kind == "url"]
    assert found == [(url, written)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a website named by its address on a source line: the address alone is the citation's text
        ("Текст новости.\nИсточник и фото - primer.ru", "primer.ru"),
        ("Текст новини.\nДжерело: primer-news.com.ua", "primer-news.com.ua"),
        ("News text.\nSource: www.example-news.com", "www.example-news.com"),
        ("Жаңалық мәтіні.\nДереккөз: Primer.kz", "Primer.kz"),
    ],
)
def test_site_address_on_source_line(text: str, written: str) -> None:
    found = [(c.kind, c.text) for c in extract_citations(article_from_text(text))]
    assert ("outlet", written) in found


def test_named_source_line_keeps_its_label() -> None:
    found = [(c.kind, c.text) for c in extract_citations(article_from_text("Текст новости.\nИсточник: Примерпресс"))]
    assert found == [("outlet", "Источник: Примерпресс")]


def kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind, c.text, c.url) for c in extract_citations(article_from_text(text)) if c.kind != "telegram"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a website's address alone, no scheme, no path: the site named as the source, an outlet with its address
        ("«Пожежу локалізовано», – пишуть: www.primer-radio.org", "www.primer-radio.org"),
        ("Текст новости.\n\nИсточник www.primer.ru", "www.primer.ru"),
        ("The drone was shot down, reports www.example-news.com", "www.example-news.com"),
    ],
)
def test_site_address_is_an_outlet(text: str, written: str) -> None:
    found = [(c.kind, c.name, c.url) for c in extract_citations(article_from_text(text)) if c.kind != "telegram"]
    assert found == [("outlet", written, "http://" + written)]


def test_site_address_on_a_source_line_is_one_outlet() -> None:
    assert kinds("News text.\nSource: www.example-news.com") == [
        ("outlet", "www.example-news.com", "http://www.example-news.com")]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # a page's path or a scheme keeps it a link
        ("Источник: www.primer.ru/news/12", "http://www.primer.ru/news/12"),
        ("Источник: https://primer.ru", "https://primer.ru"),
    ],
)
def test_links_stay_links(text: str, url: str) -> None:
    assert [c[2] for c in kinds(text) if c[0] == "url"] == [url]


def test_credit_address_is_no_outlet() -> None:
    assert kinds("Вид на площадь © / www.examplepress.com") == []


@pytest.mark.parametrize("dots", ["...", "…"])
def test_link_cut_short_keeps_its_dots_as_written(dots: str) -> None:
    text = f"Подробнее: http://www.example.com/2019/03/14/abc{dots}\nДальше текст."
    found = [(c.url, c.text) for c in extract_citations(article_from_text(text)) if c.kind == "url"]
    assert found == [("http://www.example.com/2019/03/14/abc", f"http://www.example.com/2019/03/14/abc{dots}")]


def test_html_anchors_to_lists_of_stories_cite_nothing() -> None:
    html = ('<article><p>Об этом сообщил <a href="https://primer.ru/politika/123">Примерпресс</a>.</p>'
            '<p>Теги: <a href="/tag/war">война</a> <a href="/rubrics/kyiv/">Киев</a> '
            '<a href="https://primer.ru/search?q=x">поиск</a> <a href="/category/news">Новости</a></p></article>')
    found = [c.url for c in extract_citations(article_from_html(html, base_url="https://site.example/n/1"))
             if c.kind == "url"]
    assert found == ["https://primer.ru/politika/123"]


def test_rubric_in_a_story_address_is_still_a_story() -> None:
    assert urls("Джерело: https://www.primer.ua/rubric-ato/3700000.html") == [
        "https://www.primer.ua/rubric-ato/3700000.html"]
