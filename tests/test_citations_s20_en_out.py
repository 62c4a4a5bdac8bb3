"""English outlet citations (session 20): constructions of English news style, each with made-up variants."""

from __future__ import annotations

import pytest

from tests.citations_found import outlets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was closed, Kursiv said, citing local officials.", ["Kursiv"]),
        ("Vlast said, citing two officials, that the refinery was hit.", ["Vlast"]),
        ("Zhas Alash stated, quoting the akim, that the road would reopen.", ["Zhas Alash"]),
        ("Orda noted, with reference to the ministry, that prices rose.", ["Orda"]),
    ],
)
def test_a_name_saying_something_citing_someone_is_an_outlet(text: str, expected: list[str]) -> None:
    # "X said, citing Y": the comma straight after the verb
    assert expected[0] in outlets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peskov said, quoting the president, that it was fine.",
        "Dmitry Peskov noted, citing the constitution, that the vote was legal.",
    ],
)
def test_a_person_citing_someone_is_no_outlet(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhas Alash quoted the mayor as saying the refinery was targeted.", "Zhas Alash"),
        ("Kursiv quoted a ministry official as saying prices would rise.", "Kursiv"),
        ("Vlast quotes the akim as saying that the road will reopen.", "Vlast"),
    ],
)
def test_a_name_quoting_someone_as_saying_is_an_outlet(text: str, expected: str) -> None:
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Peskov quoted the president as saying the war would end.",
        "John Smith quoted the mayor as saying the refinery was targeted.",
    ],
)
def test_a_person_quoting_someone_is_no_outlet(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The daily Zhas Alash quoted the mayor as saying the refinery was targeted.", "Zhas Alash"),
        ("The weekly Kursiv said the refinery was targeted.", "Kursiv"),
        ("The publication Kursiv said the refinery was targeted.", "Kursiv"),
        ("The portal Zakon said the refinery was targeted.", "Zakon"),
        ("The tabloid Orda said the refinery was targeted.", "Orda"),
    ],
)
def test_a_name_after_a_word_for_a_publication_is_an_outlet(text: str, expected: str) -> None:
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The operation was carried out on Monday evening, police said.",
        "The operation was carried out on Monday evening, the police said.",
        "The man was detained, police reported on Tuesday.",
        "According to police, the man was drunk.",
        "According to the police, the man was drunk.",
    ],
)
def test_police_saying_something_is_a_body_cited(text: str) -> None:
    assert outlets(text) == ["police"]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier that day, police also raided the apartment.",
        "In Almaty, police detained two men.",
        "The police searched the premises on Monday.",
        "The man told police he was drunk.",
    ],
)
def test_police_acting_is_no_source(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Armenian Foreign Ministry rejected the claim as disinformation.", "Armenian Foreign Ministry"),
        ("The Kazakh Foreign Ministry denied the reports.", "Kazakh Foreign Ministry"),
        ("The SBU declared it had initiated a treason case.", "SBU"),
        ("The Ministry of Defence denied that its troops had crossed the border.", "Ministry of Defence"),
        ("The Interior Ministry refuted the rumors.", "Interior Ministry"),
        ("The Kremlin denies these allegations.", "Kremlin"),
    ],
)
def test_a_body_denying_a_claim_is_a_source(text: str, expected: str) -> None:
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court rejected the appeal.",
        "The Emergencies Ministry declared a federal emergency in the region.",
        "Peskov denied that the talks had failed.",
        "Moscow denies any wrongdoing.",
        "The Health Ministry rejected the proposal.",
        "Foreign Ministry denies reports of talks\nThe talks went on for hours on Monday, people close to them said.",
    ],
)
def test_a_denial_as_an_act_a_person_or_a_headline_cites_nothing(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhas Alash's report said the refinery was targeted.", "Zhas Alash"),
        ("Kursiv's investigation found that the refinery was targeted.", "Kursiv"),
        ("The Washington Post's report said the refinery was targeted.", "Washington Post"),
        ("Orda’s latest data show that prices rose.", "Orda"),
    ],
)
def test_whose_report_says_it_is_the_source(text: str, expected: str) -> None:
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith's report said the refinery was targeted.",
        "President Tokayev's statement said the refinery was closed.",
        "The report said the refinery was targeted.",
    ],
)
def test_a_persons_report_is_no_outlet(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's state media reported that the operation was carried out.", "Iran's state media"),
        ("Russia's state TV said the operation was carried out.", "Russia's state TV"),
        ("The operation was carried out, according to Chinese state television.", "Chinese state television"),
        ("The footage was aired by Russian state television on Monday.", "Russian state television"),
        ("Belarusian state-run media reported the operation was carried out.", "Belarusian state-run media"),
        ("He told Russian state television that the operation was carried out.", "Russian state television"),
    ],
)
def test_a_countrys_state_media_cited(text: str, expected: str) -> None:
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russian state media is a tool of the Kremlin.",
        "He works for Russian state television.",
        "The Kremlin uses Russian state media to spread lies.",
        "Iran's state media landscape is grim.",
    ],
)
def test_state_media_only_mentioned_cite_nothing(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling went on, the “DPR Territorial Defense Headquarters” said.",
         "DPR Territorial Defense Headquarters"),
        ('The "Kazakh Railways" company said the line was closed.', "Kazakh Railways"),
        ("Vlast, an independent news site, reported the operation was carried out.", "Vlast"),
    ],
)
def test_a_quoted_name_with_an_article_or_a_type_word_is_no_quotation(text: str, expected: str) -> None:
    assert outlets(text) == [expected]


def test_a_quotation_before_said_is_still_speech() -> None:
    assert outlets('"We will rebuild the bridge," said the akim.') == []
    assert outlets('"The Bridge Is Closed" said nothing new.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Astana. October 3. KazTAG - The refinery was targeted.", "KazTAG"),
        ("Almaty, March 3, 2024. KAZINFORM - The refinery was targeted.", "KAZINFORM"),
        ("Shymkent, 3 March – Zhas Alash – The refinery was targeted.", "Zhas Alash"),
        ("Karaganda, Oct. 3 - Orda News - The mine was closed.", "Orda News"),
    ],
)
def test_a_dateline_with_the_city_in_title_case(text: str, expected: str) -> None:
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Astana, March 3 - The president said that prices rose.",
        "Almaty. 3 March. Today the refinery was targeted.",
    ],
)
def test_a_date_line_with_no_agency_cites_nothing(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The road is closed," he told Kursiv.', "Kursiv"),
        ('"The road is closed," the akim told Orda on Monday.', "Orda"),
        ("“The road is closed,” she told Zhas Alash.", "Zhas Alash"),
        ("The akim told Kursiv in an interview that the road was closed.", "Kursiv"),
        ("A ministry official told Vlast on condition of anonymity that the road was closed.", "Vlast"),
    ],
)
def test_told_after_a_quotation_or_in_an_interview_is_an_outlet(text: str, expected: str) -> None:
    assert outlets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        '"The road is closed," he told Putin.',
        "Putin told Vucic that he was following his activities.",
        'Joe Biden visited Kyiv. "The road is closed," he told Biden.',
        "Donald Trump met the president. The president told Trump in an interview that the deal was off.",
    ],
)
def test_told_a_person_is_no_outlet(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vlast has learned that the road was closed.", ["Vlast"]),
        ("The road was closed, Vlast has learnt.", ["Vlast"]),
        ("Documents obtained by Vlast show that the road was closed.", ["Vlast"]),
        ("The road was closed, according to a document seen by Vlast.", ["Vlast"]),
        ("The road was closed, according to a letter reviewed by Orda.", ["Orda"]),
        ("The road was closed, Vlast and Orda reported.", ["Vlast", "Orda"]),
    ],
)
def test_what_a_newsroom_learned_or_holds(text: str, expected: list[str]) -> None:
    assert sorted(outlets(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire was seen by residents across the city.", []),
        ("The case was reviewed by the court.", []),
        ("The blogger is pictured in an undated photo obtained by Reuters.", []),
        ("Kazinform has learnt from the Zhetysu akimat that the road was closed.", ["Zhetysu akimat"]),
        ("The road was closed, Joe Smith and Orda reported.", ["Orda"]),
    ],
)
def test_no_newsroom_cited_by_seeing_a_photo_or_learning_from_someone(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices will rise, said Ivan Petrov, chief economist at Examplebank.",
        "Aliya Karimova, an analyst at the Example Policy Institute, said the talks would fail.",
    ],
)
def test_an_expert_at_an_institution_speaks_for_himself(text: str) -> None:
    assert outlets(text) == []


def test_a_correspondent_of_an_outlet_or_analysts_of_a_firm_still_name_it() -> None:
    assert outlets("Jane Doe, correspondent for the Example Herald, said the bridge was closed.") == [
        "Example Herald"]
    assert outlets("Analysts at Example Research believe the talks will fail.") == ["Example Research"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan Temir Zholy said on its website that the line was closed.", ["Kazakhstan Temir Zholy"]),
        ("Example Airways said in a post on its Facebook page that flights were cancelled.", ["Example Airways"]),
        ("Flights were cancelled, reports the press service of Example Airways.",
         ["press service of Example Airways"]),
        ("Flights were cancelled, informs the press service of the Ministry of Transport.",
         ["press service of the Ministry of Transport"]),
        ("This is stated in the message of the press service of the Ministry of Transport.",
         ["press service of the Ministry of Transport"]),
    ],
)
def test_a_body_on_its_own_website_or_its_press_service_after_the_verb(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Petrov said on his website that the road was closed.",
        "The ministry reported the press service was closed for renovation.",
    ],
)
def test_a_persons_website_or_a_press_service_as_a_subject_cites_nothing_new(text: str) -> None:
    assert [n for n in outlets(text) if n != "ministry"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Parliament Speaker Mohammad Bagher Ghalibaf said the ban would stay.",
        "Senate Majority Leader Chuck Schumer said the ban would stay.",
        "Presidential spokesman Ruslan Zheldibay said the ban would stay.",
        "Regional spokesman Ivan Petrov said the ban would stay.",
        "According to Prime Minister Olzhas Bektenov, the ban would stay.",
    ],
)
def test_an_office_and_its_holder_are_no_outlet(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Akorda spokesman Ruslan Zheldibay said the ban would stay.", ["Akorda"]),
        ("Interior Ministry spokesman Ruslan Zheldibay said the ban would stay.", ["Interior Ministry"]),
        ("The State Revenue Committee said the ban would stay.", ["State Revenue Committee"]),
    ],
)
def test_a_body_before_its_spokesman_or_alone_is_still_cited(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road was closed, according to the Kazhydromet weather service.", ["Kazhydromet"]),
        ("Kazhydromet, the national weather service, warned of storms.", ["Kazhydromet"]),
        ("The national weather service Kazhydromet warned of storms.", ["Kazhydromet"]),
        ("Kazhydromet has issued a storm warning for Almaty.", ["Kazhydromet"]),
        ("The Emergencies Committee issued a heat alert for the south.", ["Emergencies Committee"]),
        ("Prices rose 5%, the statistics bureau said.", ["statistics bureau"]),
        ("The road was closed, the city akimat said.", ["city akimat"]),
        ("The national weather service Kazhydromet forecasts storms.", ["Kazhydromet"]),
        ("The gas company Gazprom predicts a colder winter.", ["Gazprom"]),
    ],
)
def test_a_service_bureau_or_committee_named_as_the_source(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the Akorda press service, the law was signed.", "Akorda press service"),
        ("According to NATO models, the army was rebuilt.", None),
    ],
)
def test_a_press_service_keeps_its_body_and_a_plain_noun_after_a_name_stops_it(text: str,
                                                                               expected: str | None) -> None:
    assert outlets(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road was closed, Azattyq radio said.", ["Azattyq"]),
        ("The road was closed, Radio Free Europe/Radio Liberty (RFE/RL) reported.",
         ["Radio Free Europe/Radio Liberty (RFE/RL)"]),
    ],
)
def test_a_radio_and_an_acronym_with_a_slash(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is reported Example News.", ["Example News"]),
        ("This was reported Kursiv with reference to the ministry.", ["Kursiv"]),
        ("This was reported in the Ministry of Energy.", ["Ministry of Energy"]),
        ("This was announced in the Ministry of Energy.", ["Ministry of Energy"]),
        ("This was reported in the press service of the akimat.", ["press service of the akimat"]),
        ("As reported in the press service of the Ministry of Energy, the road is closed.",
         ["press service of the Ministry of Energy"]),
        ("The road is closed. Reports Kursiv.", ["Kursiv"]),
        ("The road is closed, Kursiv informs.", ["Kursiv"]),
        ("As it became known to Kursiv, the road is closed.", ["Kursiv"]),
        ("With reference to Kursiv, the road is closed.", ["Kursiv"]),
    ],
)
def test_english_translated_word_for_word(text: str, expected: list[str]) -> None:
    # «Об этом сообщает …», «сообщили в министерстве», «как стало известно …», «со ссылкой на …» in English
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "This was reported in Almaty on Monday.",
        "As reported in March, the road is closed.",
        "As stated in the law, the road is closed.",
        "It was reported that the road is closed.",
        "Referring to Putin, he said it would end.",
        "As it became known to the public, the road is closed.",
    ],
)
def test_translated_forms_with_no_source_named(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bridge closed after strike\nUkrinform\nThe bridge was closed on Monday.", ["Ukrinform"]),
        ("Bridge closed after strike\n\nAFP\n\nThe bridge was closed on Monday.", ["AFP"]),
        ("The bridge was closed on Monday.\n\nMA/Press TV", ["Press TV"]),
    ],
)
def test_a_line_that_is_a_known_outlet_alone_credits_it(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bridge closed after strike\nBy Reuters\nThe bridge was closed on Monday.",
        "Bridge closed after strike\nPolitics\nThe bridge was closed on Monday.",
        "Bridge closed after strike\nJohn Smith\nThe bridge was closed on Monday.",
    ],
)
def test_a_byline_a_section_or_an_author_line_credits_nothing(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("February 26, BPN. A blast was heard near the airfield.", ["BPN"]),
        ("March 3, 2024. KAZINFORM – A blast was heard near the airfield.", ["KAZINFORM"]),
        ("June 5, Example News - A blast was heard near the airfield.", []),  # no agency's look, not known
        ("May 9, Victory Day. The parade was held.", []),
    ],
)
def test_a_date_then_an_agency_opening_a_line(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three were hurt, the Magen David Adom emergency service said on Friday.", ["Magen David Adom"]),
        ("Kazhydromet, Kazakhstan's national weather service, has issued a heat alert.", ["Kazhydromet"]),
        ("Experts refuted claims published by The Economist regarding the drones.", ["Economist"]),
    ],
)
def test_a_service_whose_name_reads_as_a_persons_an_alert_a_claim_regarding(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


def test_a_person_before_a_role_is_still_a_person() -> None:
    assert outlets("RT editor Margarita Simonyan said the war was good.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Levada Center poll showed that most people support the war.", ["Levada Center"]),
        ("According to a Levada Center poll, most people support the war.", ["Levada Center"]),
        ("Most people support the war, a Levada poll showed.", ["Levada"]),
        ("Most people support the war, the latest Levada Center survey shows.", ["Levada Center"]),
        ("Most people support the war, according to a poll conducted by the Levada Center.", ["Levada Center"]),
        ("A recent survey carried out by Demoscope found that most people support the war.", ["Demoscope"]),
    ],
)
def test_a_name_before_or_behind_its_poll_or_report(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Monday report said prices rose.",
        "A Russian report said prices rose.",
        "A new study showed that prices rose.",
        "According to a John Smith report, prices rose.",
        "The dish was produced by Tasty Foods.",
        "The attack was carried out by the Example Brigade.",
    ],
)
def test_a_day_a_nationality_a_person_or_a_maker_is_no_author_of_a_report(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road was closed.\nSource - Kursiv", ["Kursiv"]),
        ("The road was closed.\nSources: Kursiv, Vlast", ["Kursiv", "Vlast"]),
        ("The road was closed.\nWith materials from Kursiv", ["Kursiv"]),
        ("The road was closed.\nRepublished with permission from Vlast.", ["Vlast"]),
        ("The road was closed.\nReprinted from Vlast.", ["Vlast"]),
        ("The road was closed.\nThe article first appeared on Vlast.", ["Vlast"]),
    ],
)
def test_english_source_and_reprint_lines(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The road was closed.\nReporting by John Smith; Editing by Jane Doe",
        "The road was closed. The source - a resident - said it would reopen.",
        "The road was closed. A car first appeared on the bridge at noon.",
    ],
)
def test_no_source_line_in_bylines_or_prose(text: str) -> None:
    assert outlets(text) == []


def test_a_persons_report_by_a_surname_named_in_full_before() -> None:
    assert outlets("John Smith visited Astana. Smith's report said the bridge was closed.") == []
    assert outlets("John Smith visited Astana. A Smith report said the bridge was closed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Emergency Situations Department of Almaty region said the road was closed.",
         ["Emergency Situations Department of Almaty region"]),
        ("The akimat of Almaty region reported that the road was closed.", ["akimat of Almaty region"]),
        ("The road was closed, the governor's office said.", ["governor's office"]),
        ("The road was closed, the Almaty mayor's office said.", ["Almaty mayor's office"]),
    ],
)
def test_a_body_ending_with_its_region_or_an_office_by_whose_it_is(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Almaty region said the road was closed.",
        "Ivan Petrov of Almaty region said the road was closed.",
        "The mayor's office was closed for renovation.",
    ],
)
def test_people_of_a_region_or_an_office_as_a_place_cite_nothing(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Speaking to Kursiv, the akim said the road was closed.", ["Kursiv"]),
        ("In comments to Kursiv, the akim said the road was closed.", ["Kursiv"]),
        ("Asked by Kursiv about the road, the akim said it was closed.", ["Kursiv"]),
        ("When asked by Orda, the akim said the road was closed.", ["Orda"]),
        ("In response to a request from Vlast, the akim said the road was closed.", ["Vlast"]),
        ("Sources told Kursiv that the road was closed.", ["Kursiv"]),
        ("A source told Kursiv that the road was closed.", ["Kursiv"]),
        ("The akim confirmed to Kursiv that the road was closed.", ["Kursiv"]),
        ("Kursiv cited sources as saying that the road was closed.", ["Kursiv"]),
        ("Kursiv's sources said the road was closed.", ["Kursiv"]),
    ],
)
def test_the_publication_asked_or_told(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters, the akim said the road was closed.",
        "Asked by reporters about the road, the akim said it was closed.",
        "Speaking to Putin, Lukashenko said the road was closed.",
        "The sources told reporters the road was closed.",
        "In response to a question from a journalist, the akim said it was closed.",
    ],
)
def test_reporters_or_a_person_asking_are_no_publication(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road was closed, the Kursiv business newspaper reported.", ["Kursiv"]),
        ("The road was closed, the independent Kazakh outlet Vlast reported.", ["Vlast"]),
        ("According to the pro-Kremlin outlet Readovka, the road was closed.", ["Readovka"]),
        ("The road was closed, Zona, an opposition outlet, reported.", ["Zona"]),
    ],
)
def test_an_outlet_described_by_its_kind(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amnesty International said the detentions were unlawful.", ["Amnesty International"]),
        ("Example Airways said flights were cancelled.", ["Example Airways"]),
        ("Kazakhstan Temir Zholy JSC said flights were cancelled.", ["Kazakhstan Temir Zholy JSC"]),
        ("The Anti-Corruption Coalition said the vote was unfair.", ["Anti-Corruption Coalition"]),
        ("John Fundy said the vote was fair.", []),
        ("Ivan Watchman said the vote was fair.", []),
    ],
)
def test_an_organisations_generic_last_word_makes_it_one(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Levada poll shows support for the war\nMost people backed it, the article went on.",
        "Iran's state media reports calm in Tehran\nThe streets were quiet on Monday.",
        "Kursiv's investigation finds fraud at the port\nThe port was closed on Monday.",
    ],
)
def test_a_headline_over_the_story_cites_nothing(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The refinery was closed, a spokesperson for the Energy Ministry told Kursiv.", ["Energy Ministry", "Kursiv"]),
        ("The refinery was closed, a source in the Ministry of Energy told Kursiv.", ["Ministry of Energy", "Kursiv"]),
        ("The World Health Organization warned of a new wave.", ["World Health Organization"]),
        ("The refinery was closed, the city hall said.", ["city hall"]),
    ],
)
def test_a_bodys_voice_told_a_publication_and_more_body_words(text: str, expected: list[str]) -> None:
    assert sorted(n or "" for n in outlets(text)) == sorted(expected)


def test_a_spokesman_telling_a_person_names_no_publication() -> None:
    assert outlets("A spokesman for the Kremlin told Putin about it.") == ["Kremlin"]
