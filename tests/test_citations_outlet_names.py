"""An outlet's name stops before adverbs of time and manner, and a verb said with «не» cites nothing."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


@pytest.mark.parametrize(
    "text, name",
    [
        ("Пресс-служба Кремля ненадолго опубликовала заявление.", "Пресс-служба Кремля"),
        ("Пресслужба Кремля ненадовго опублікувала заяву.", "Пресслужба Кремля"),
        ("Министерство обороны вновь заявило о потерях.", "Министерство обороны"),
        ("Міністерство оборони згодом повідомило про втрати.", "Міністерство оборони"),
    ],
)
def test_the_name_stops_before_an_adverb(text: str, name: str) -> None:
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == [name]


@pytest.mark.parametrize("text", ["В МХТ состояние актёра не комментируют.", "МВД не подтвердило эту информацию.",
                                  "У Міноборони не коментують ситуацію."])
def test_a_negated_verb_cites_nothing(text: str) -> None:
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == []
