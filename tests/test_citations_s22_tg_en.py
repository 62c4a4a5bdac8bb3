"""English citations (session 22, fresh pages citing Telegram channels): constructions, each with made-up variants."""

from __future__ import annotations

import pytest

from tests.citations_found import names, owners


def who(text: str) -> list[str]:
    return [name or owner or "" for name, owner in zip(names(text), owners(text), strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Late on Friday, the Zorvan Brigade militia, one of the network's strongest factions, vowed revenge "
         "for its fallen commander in a message on Telegram.", "Zorvan Brigade"),
        ("The Kestrel Front, a group close to the army, thanked its supporters in a post on Telegram.",
         "Kestrel Front"),
        ("The Harven Guard militia, one of Dorland's oldest armed units, denied the claims on Telegram.",
         "Harven Guard"),
    ],
)
def test_a_description_set_off_by_commas_leaves_the_name_before_it_the_speaker(text: str, expected: str) -> None:
    # "X, one of …, vowed … in a message on Telegram": the verb's subject is the name before the aside
    assert expected in who(text)
