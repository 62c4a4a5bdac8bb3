"""Acronyms an article defines, so that a source cited by its acronym carries the name it stands for (made-up
text)."""

from __future__ import annotations

from archiver.citations import article_from_text, extract_citations
from archiver.citations.acronyms import defined_acronyms


def test_the_words_whose_initials_spell_the_acronym() -> None:
    text = ("The Northern Defense Forces (NDF) and Министерство по чрезвычайным ситуациям (МЧС) met the "
            "Hayat Tahrir al-Sham (HTS) envoy near Hezbollah positions (XYZ).")
    assert defined_acronyms(text) == {"NDF": "Northern Defense Forces", "МЧС": "Министерство по чрезвычайным ситуациям",
                                      "HTS": "Hayat Tahrir al-Sham"}


def test_a_source_cited_by_its_acronym_is_normalised_to_its_name() -> None:
    text = ("The Northern Defense Forces (NDF) said it hit targets. Later the NDF wrote on Telegram that the strikes "
            "went on.")
    [cited] = [c for c in extract_citations(article_from_text(text)) if c.kind == "telegram"]
    assert (cited.name, cited.name_normalized) == ("NDF", "Northern Defense Forces")
