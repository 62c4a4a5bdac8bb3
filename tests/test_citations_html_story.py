"""A news page read for citations gives its story, not the teasers, promos and comments around it."""

from __future__ import annotations

from archiver.citations import article_from_html, extract_citations

_STORY = (
    "<h1>В регионе ввели режим ЧС</h1>"
    "<p>Режим чрезвычайной ситуации введён в области, сообщил губернатор в своём Telegram-канале. "
    "По данным МЧС, пострадавших нет. Об этом также сообщает ТАСС.</p>"
    "<p>Жителей просят не выходить из домов без необходимости и следить за сообщениями экстренных служб.</p>"
)
_AROUND = (
    '<div class="header-menu"><a href="/news">Новости</a> <a href="/politics">Политика</a></div>'
    '<div class="related-news"><h3>Читайте также</h3>'
    "<p>РИА Новости сообщило о новых выборах</p><p>Telegram-канал Mash опубликовал видео с места ДТП</p></div>"
    '<div class="b-share__list">Поделиться: ВКонтакте Telegram</div>'
    '<div class="subscribe-block">Подписывайтесь на наш Telegram-канал «Новости региона»</div>'
    '<section id="comments"><p>Иван: а Интерфакс пишет иначе</p></section>'
)


def _found(html: str, **options: bool) -> set[str]:
    return {c.text for c in extract_citations(article_from_html(html, **options))}


def test_the_largest_article_is_the_story_and_teasers_around_it_are_not_read() -> None:
    page = (f"<html><body>{_AROUND}<main><article>{_STORY}{_AROUND}</article>"
            "<article><h2>Другая новость</h2><p>Интерфакс сообщил о пожаре.</p></article></main>"
            f"<aside><p>Лента.ру сообщает о снегопаде</p></aside>{_AROUND}</body></html>")
    story = article_from_html(page)
    assert "режим ЧС" in story.text and "Читайте также" not in story.text and "Другая новость" not in story.text
    found = _found(page)
    assert any("ТАСС" in t for t in found) and any("МЧС" in t for t in found)
    assert not any(name in t for t in found for name in ("Mash", "РИА", "Интерфакс", "Лента", "Новости региона"))
    whole = _found(page, story_only=False)  # the whole page, as before: the teasers read as citations
    assert any("Mash" in t for t in whole) and any("Интерфакс" in t for t in whole)


def test_a_page_without_article_or_main_drops_only_the_marked_blocks() -> None:
    page = f"<html><body><div class='content'>{_STORY}</div>{_AROUND}</body></html>"
    found = _found(page)
    assert any("ТАСС" in t for t in found) and not any("Mash" in t or "Интерфакс" in t for t in found)


def test_a_story_wrapper_whose_class_looks_like_boilerplate_is_still_read() -> None:
    # "comments-enabled" on the story's own wrapper: it holds the story, so it is not a comments block
    page = f"<html><body><div class='story comments-enabled'>{_STORY}</div><div class='ad'>Реклама</div></body></html>"
    assert any("ТАСС" in t for t in _found(page))


def test_a_short_article_element_is_a_teaser_not_the_story() -> None:
    page = (f"<html><body><div>{_STORY}</div><article><p>Интерфакс сообщил о пожаре.</p></article>"
            "</body></html>")
    assert any("ТАСС" in t for t in _found(page))


def test_links_keep_their_offsets_in_the_story_text() -> None:
    page = ("<html><body><div class='menu'><a href='https://example.org/menu'>Меню</a></div><article>"
            f"{_STORY}<p>Источник: <a href='https://example.org/report'>отчёт ведомства</a></p></article>"
            "</body></html>")
    story = article_from_html(page)
    [(href, start, end)] = story.links
    assert href == "https://example.org/report" and story.text[start:end] == "отчёт ведомства"


def test_the_citations_command_reads_the_story_and_a_setting_reads_the_whole_page(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article>{_STORY}</article>{_AROUND}</body></html>", encoding="utf-8")
    story = run("citations", "--json", str(page)).stdout
    whole = run("citations", "--json", str(page), settings={"article_story_only": "false"}).stdout
    assert "ТАСС" in story and "Mash" not in story
    assert "ТАСС" in whole and "Mash" in whole


def test_deeply_nested_marked_blocks_are_measured_in_one_pass() -> None:
    # Measuring each marked block's text on its own read a nested page again at every level: 5,000 levels took
    # 15 s of CPU. One pass takes a fraction of a second; a quadratic slip would blow the budget.
    import time

    depth = 5000
    page = "<html><body>" + "<div class='ad'>x " * depth + "</div>" * depth + "</body></html>"
    started = time.process_time()
    article_from_html(page)
    assert time.process_time() - started < 5


def test_the_element_marked_article_body_wins_over_larger_teasers() -> None:
    teaser = "<article><p>" + "Интерфакс сообщил о пожаре на складе. " * 12 + "</p></article>"
    page = (f"<html><body><div class='page'><h1>Заголовок</h1><div itemprop='articleBody'>{_STORY}</div></div>"
            f"<div class='list'>{teaser}{teaser}</div></body></html>")
    found = _found(page)
    assert any("ТАСС" in t for t in found) and not any("Интерфакс" in t for t in found)
