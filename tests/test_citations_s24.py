"""Session 24: constructions seen on fresh pages, each written for any wording. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.citations_found import owners


@pytest.mark.parametrize(
    ("text", "who", "not_who"),
    [
        # a prepositional phrase among the titles after the verb: its object is not who wrote
        ("Об этом в своём телеграм-канале пишет близкий к Шойгу военкор Петров.", "Петров", "Шойгу"),
        ("Об этом в своём телеграм-канале пишет близкий к Шойгу военкор Иван Петров.", "Иван Петров", "Шойгу"),
        ("Про це у своєму телеграм-каналі пише близький до Медведчука блогер Олег Сидоренко.", "Олег Сидоренко",
         "Медведчука"),
    ],
)
def test_a_prepositional_object_before_the_subject_is_not_the_owner(text: str, who: str, not_who: str) -> None:
    assert who in owners(text)
    assert not_who not in owners(text)
