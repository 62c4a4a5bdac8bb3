"""English Telegram citations in more shapes (session 20): made-up sentences, each a construction varied."""

from __future__ import annotations

import pytest

from archiver.citations import Citation, article_from_text, extract_citations


def telegram(text: str) -> list[Citation]:
    citations = extract_citations(article_from_text(text))
    for c in citations:
        assert text[c.start : c.end] == c.text and c.text in c.context and c.rule
    return [c for c in citations if c.kind == "telegram"]


def names(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.owner) for c in telegram(text)]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # how many posts, and what kind, between the article and the place
        ("His lawyer, Maxim Pashkov, appeared to confirm it in several Telegram posts.", None, "Maxim Pashkov"),
        ("Maxim Pashkov confirmed the death in a series of Telegram posts.", None, "Maxim Pashkov"),
        ("Maxim Pashkov denied the reports in two Telegram posts on Monday.", None, "Maxim Pashkov"),
        ("Maxim Pashkov said in multiple Telegram posts that he was fine.", None, "Maxim Pashkov"),
        ("Maxim Pashkov said in a lengthy Telegram post that he was fine.", None, "Maxim Pashkov"),
        ("Maxim Pashkov said in a new Telegram post that he was fine.", None, "Maxim Pashkov"),
        ("Olga Sidorova broke her silence in a long message on Telegram.", None, "Olga Sidorova"),
        ("In a series of Telegram posts, Ivan Fedorov said the charges were absurd.", None, "Ivan Fedorov"),
        ("Ivan Fedorov mocked the charges in a series of posts on Telegram.", None, "Ivan Fedorov"),
        # what a post does besides saying
        ("Maxim Pashkov described the attack in a Telegram post.", None, "Maxim Pashkov"),
        ("Maxim Pashkov criticised the decision in a Telegram message.", None, "Maxim Pashkov"),
        ("Maxim Pashkov criticized the decision in a post on Telegram.", None, "Maxim Pashkov"),
        ("Ivan Fedorov praised the soldiers in two Telegram posts on Monday.", None, "Ivan Fedorov"),
        ("Ivan Fedorov asked residents in a brief Telegram message to stay home.", None, "Ivan Fedorov"),
        ("Ivan Fedorov called the attack a war crime in a Telegram post.", None, "Ivan Fedorov"),
        ("Ivan Fedorov seemed to confirm the news in a Telegram post.", None, "Ivan Fedorov"),
        # "its channel on Telegram": the channel, then the network
        ("Amaq made the claim on its channel on the Telegram messaging app.", "Amaq", None),
        ("Amaq posted the claim on its channel on Telegram.", "Amaq", None),
        ("Ramzan Kadyrov wrote on his channel on the messaging app Telegram that the troops advanced.", None,
         "Ramzan Kadyrov"),
        ("Ramzan Kadyrov wrote on his account on Telegram that the troops advanced.", None, "Ramzan Kadyrov"),
        # a feed, a page, a news channel
        ("Tasnim's Telegram feed said that the strike hit.", "Tasnim", None),
        ("The Tasnim Telegram feed said that the strike hit.", "Tasnim", None),
        ("According to Tasnim's Telegram feed, the strike hit.", "Tasnim", None),
        ("The Telegram feed of the Tasnim News Agency said that the strike hit.", "Tasnim News Agency", None),
        ("The English-language Telegram feed of Iran's Tasnim News Agency ran seven posts.",
         "Iran's Tasnim News Agency", None),
        ("The Baza Telegram news channel reported that the shelter was hit.", "Baza", None),
        ("According to the Baza Telegram news channel, the shelter was hit.", "Baza", None),
        ("The Baza news channel on Telegram reported that the shelter was hit.", "Baza", None),
        ("A photo published by the Ostorozhno, Novosti news channel on Telegram showed the shelter.",
         "Ostorozhno, Novosti", None),
        # a branch of a body: the whole, not the place alone
        ("At 10 p.m., the official Telegram channel of the Kursk branch of state media VGTRK responded.",
         "Kursk branch of state media VGTRK", None),
        ("The Telegram channel of the Moscow branch of Yabloko wrote that the candidate withdrew.",
         "Moscow branch of Yabloko", None),
        ("The Telegram channel of the Kharkiv office of the Red Cross said aid arrived.",
         "Kharkiv office of the Red Cross", None),
        # "the group's Telegram channel": the group named in the clause, or before with the same noun
        ("Abu Ubaydah, a spokesman for Hamas' armed wing, the al-Qassam Brigades, said in a statement on the "
         "group's Telegram channel.", "al-Qassam Brigades", None),
        # a group opening a sentence with two verbs, "its own Telegram account"
        ("The group Cyber Front Z rented the cafe and later released a statement from its own Telegram account.",
         "Cyber Front Z", None),
        ("The hacker group Anonymous Sudan boasted about the attack on its Telegram channel.", "Anonymous Sudan",
         None),
        ("Hacker group Anonymous Sudan took responsibility on its Telegram channel.", "Anonymous Sudan", None),
        # "its" channel: a group's, whatever its name looks like
        ("Primer Front said on its Telegram channel that it hit the sites.", "Primer Front", None),
        ("Primer Front wrote on its Telegram that it hit the sites.", "Primer Front", None),
        ("Killnet Collective boasted about the attack on its own Telegram channel.", "Killnet Collective", None),
        # a pronoun after an opening phrase: the person named before
        ("Ivan Fedorov was arrested. After his arrest, he broke his silence in a long message on Telegram.", None,
         "Ivan Fedorov"),
        ("Ivan Fedorov was arrested. Hours later, he said in a Telegram post that he was innocent.", None,
         "Ivan Fedorov"),
        ("Maria Petrova was fired. In response, she posted on Telegram that she would sue.", None, "Maria Petrova"),
        # a sentence glued to the place, as pages that drop the space after a link write it
        ("Ivan Fedorov was arrested. He broke his silence in a long message on TelegramWhile he said he was fine.",
         None, "Ivan Fedorov"),
    ],
)
def test_more_english_shapes(text: str, name: str | None, owner: str | None) -> None:
    assert names(text) == [(name, owner)]


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Fedorov was arrested over a Telegram post criticising the war.",
        "Ivan Fedorov was fined for several Telegram posts criticising the war.",
        "Ivan Fedorov called for a ban on Telegram.",
        "The court rejected the appeal over several Telegram posts.",
        "Ivan Fedorov was arrested. After the attack on Telegram, he said he was innocent.",
        # what others sent to a channel is nothing it said
        "RFE/RL's Uzbek Service has been flooded with messages, most of them sent to its Telegram account on April 24.",
        "Readers sent hundreds of complaints to her Telegram account.",
        "The messages were forwarded to his Telegram channel by readers.",
    ],
)
def test_no_english_channel_cited(text: str) -> None:
    assert names(text) == []


def test_the_group_named_before_with_the_same_noun() -> None:
    # (its earlier "said" is then that channel's too: one source)
    text = "The Bereg group said the fighters left. A statement on the group's Telegram channel said they left."
    assert [(c.name, c.text) for c in telegram(text)][-1] == ("Bereg", "the group's Telegram channel")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a press service speaking for an office or a body: the service, the whole of it
        ("The press service of the Belgorod governor said on Telegram that 20 drones were downed.",
         "press service of the Belgorod governor"),
        ("The press service of the governor wrote on its Telegram channel that 20 drones were downed.",
         "press service of the governor"),
        ("The press service of the mayor of Moscow said on Telegram that 20 drones were downed.",
         "press service of the mayor of Moscow"),
        ("The Telegram channel of the press service of the Ministry of Emergency Situations said 20 drones "
         "were downed.",
         "press service of the Ministry of Emergency Situations"),
        # a participle or preposition opening the sentence is no part of the name
        ("Citing Rybar's Telegram channel, the agency said the village fell.", "Rybar"),
        ("Quoting Rybar's Telegram channel, the agency said the village fell.", "Rybar"),
        ("Per Rybar's Telegram channel, the village fell.", "Rybar"),
    ],
)
def test_whole_names_before_and_after_the_channel(text: str, name: str) -> None:
    assert names(text) == [(name, None)]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # English translated from Russian: the verb first, the place between who and the verb
        ("Reports Telegram-channel Baza.", "Baza", None),
        ("Writes Telegram channel Baza.", "Baza", None),
        ("This was announced on Telegram by the governor of the Belgorod region Vyacheslav Gladkov.", None,
         "Vyacheslav Gladkov"),
        ("This was posted on Telegram by the mayor of the city Ivan Fedorov.", None, "Ivan Fedorov"),
        ("The Ministry of Emergency Situations in Telegram reported that no one was hurt.",
         "Ministry of Emergency Situations", None),
        ("The Kyiv City Military Administration on Telegram said that no one was hurt.",
         "Kyiv City Military Administration", None),
        ("Ivan Fedorov in Telegram wrote that no one was hurt.", None, "Ivan Fedorov"),
    ],
)
def test_translated_word_orders(text: str, name: str | None, owner: str | None) -> None:
    assert names(text) == [(name, owner)]


@pytest.mark.parametrize(
    "text",
    [
        "Users on Telegram said the app was slow.",
        "Russians on Telegram wrote that the app was slow.",
        "Channels in Telegram reported that the app was slow.",
        "Some in Telegram said the app was slow.",
    ],
)
def test_people_on_telegram_are_no_source(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # a post by someone, then the place
        ("In a post by Ivan Fedorov on Telegram, the city was described as calm.", None, "Ivan Fedorov"),
        ("The city was calm, according to a post by Ivan Fedorov on Telegram.", None, "Ivan Fedorov"),
        ("A video posted by Ivan Fedorov on Telegram showed the city.", None, "Ivan Fedorov"),
        ("A statement by the Russian Defence Ministry on Telegram said the city was calm.",
         "Russian Defence Ministry", None),
        # someone's Telegram, bare, cited
        ("The city was calm, according to Ivan Fedorov's Telegram.", None, "Ivan Fedorov"),
        ("Citing Ivan Fedorov's Telegram, the agency said the city was calm.", None, "Ivan Fedorov"),
        # against whom a channel is: no name ("an anti-HTS Telegram channel")
        ("On Monday, an anti-HTS Telegram channel published a post saying four fighters were killed.", None, None),
        ("An anti-war Telegram channel reported that the plant was hit.", None, None),
    ],
)
def test_posts_by_someone_and_channels_by_stance(text: str, name: str | None, owner: str | None) -> None:
    assert names(text) == [(name, owner)]


@pytest.mark.parametrize(
    "text",
    [
        "In Russia's Telegram segment, the news spread fast.",
        "Russia's Telegram ban failed.",
        "A video by Russian soldiers on Telegram showed the city.",
        "Similar messages were sent to RFE/RL's Telegram account by the parents of some students.",
        "Dozens of complaints were forwarded to the ministry's official Telegram channel.",
    ],
)
def test_no_source_in_these_either(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # a group by its nationality and a noun, introduced before with "a": as introduced
        ('An Iraqi coalition of pro-Iran armed groups claimed the attack. "We hit the target," the Iraqi coalition '
         "said in a statement on Telegram.", "Iraqi coalition of pro-Iran armed groups", None),
        ("A Syrian group said it shot down a drone. The Syrian group wrote on Telegram that it was Israeli.",
         "Syrian group", None),
        ("An Iraqi militia claimed the attack. Later the Iraqi militia said on its Telegram channel that it fired "
         "drones.", "Iraqi militia", None),
        # a medium on Telegram called an outlet
        ("The Telegram outlet Baza reported that the man was detained.", "Baza", None),
        ("Baza, a Telegram outlet close to the security services, reported that the man was detained.", "Baza", None),
        ("The Russian Telegram news outlet Baza reported that the man was detained.", "Baza", None),
        # uploaded / released to Telegram by someone
        ("The video was uploaded to Telegram by Rybar.", "Rybar", None),
        ("The video was released on Telegram by the Ukrainian Navy.", "Ukrainian Navy", None),
        # a source line whose channel name holds a colon
        ("The bridge was closed.\nSource: Crimean Bridge: Operational Information on Telegram\n",
         "Crimean Bridge: Operational Information", None),
    ],
)
def test_groups_as_introduced_outlets_and_source_lines(text: str, name: str | None, owner: str | None) -> None:
    assert names(text) == [(name, owner)]


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi coalition said in a statement on Telegram that it hit the target.",  # never introduced: no name
        "Several Telegram outlets were blocked last year.",
        "The Telegram outlet was blocked last year.",
    ],
)
def test_nothing_named_here(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own after the verb: the bare place is that clause's
        "Ivan Fedorov said he had read about it on Telegram.",
        "Police said the suspect was recruited via Telegram.",
        "Investigators said the group had coordinated the attack through Telegram.",
        "Ivan Fedorov said he would respond on Telegram.",
        # what a post shows, opening the sentence, is not who posted it
        "Footage shared widely on Telegram showed the explosion.",
        "Videos shared on Telegram showed the explosion.",
    ],
)
def test_a_place_that_is_not_where_it_was_said(text: str) -> None:
    assert names(text) == []


def test_a_post_after_the_reported_clause_is_still_where_it_was_said() -> None:
    assert names("Ivan Fedorov said it was a war crime in a post on Telegram.") == [(None, "Ivan Fedorov")]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Russian forces advanced, according to Russian milblogger Yuri Podolyaka on Telegram.", "Yuri Podolyaka"),
        ("Citing war correspondent Yuri Podolyaka, the agency wrote on Telegram that forces advanced.",
         "Yuri Podolyaka"),
        ("The village fell.\nSource: Kharkiv Oblast Military Administration head Oleh Syniehubov on Telegram\n",
         "Oleh Syniehubov"),
        ("The village fell.\nSource: Zaporizhzhia Oblast Governor Ivan Fedorov on Telegram\n", "Ivan Fedorov"),
    ],
)
def test_bloggers_cited_and_offices_in_source_lines(text: str, owner: str) -> None:
    assert (None, owner) in names(text)


_GLADKOV = "Vyacheslav Gladkov, the governor of Belgorod, spoke on Monday. "


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # a participle after a comma: the sentence's subject, a person or a body
        ("Foreign Ministry spokeswoman Maria Zakharova mocked the talks, writing on Telegram that they were over.",
         None, "Maria Zakharova"),
        ("Maria Zakharova mocked the talks on Monday, saying on Telegram that they were over.", None,
         "Maria Zakharova"),
        ("Kyiv Mayor Vitali Klitschko confirmed the blast, writing on Telegram that two were hurt.", None,
         "Vitali Klitschko"),
        ("The Ukrainian Air Force confirmed the attack, saying on Telegram that 20 drones were downed.",
         "Ukrainian Air Force", None),
        # an office standing for its holder, named before it as "X, the governor of Y"
        (_GLADKOV + "The regional governor wrote on Telegram that a drone hit a house.", None, "Vyacheslav Gladkov"),
        (_GLADKOV + "According to the governor's Telegram channel, a drone hit a house.", None, "Vyacheslav Gladkov"),
        (_GLADKOV + "The governor's Telegram channel said a drone hit a house.", None, "Vyacheslav Gladkov"),
        (_GLADKOV + "His Telegram channel said a drone hit a house.", None, "Vyacheslav Gladkov"),
    ],
)
def test_subjects_and_offices_named_before(text: str, name: str | None, owner: str | None) -> None:
    assert names(text) == [(name, owner)]


def test_people_hearing_something_are_no_subject() -> None:
    assert names("People in Kyiv heard the blasts, writing on Telegram about the noise.") == []


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        # another network named with Telegram, before or after it
        ("Ukrenergo said on its website and Telegram channel that power was cut.", "Ukrenergo", None),
        ("Ukrenergo said on Facebook and Telegram that power was cut.", "Ukrenergo", None),
        ("Ukrenergo said in a statement on its Telegram and Facebook pages that power was cut.", "Ukrenergo", None),
        ("Ivan Fedorov wrote on X and Telegram that power was cut.", None, "Ivan Fedorov"),
        ("Ivan Fedorov posted the video on his Instagram and Telegram accounts.", None, "Ivan Fedorov"),
    ],
)
def test_telegram_beside_another_network(text: str, name: str | None, owner: str | None) -> None:
    assert names(text) == [(name, owner)]


def test_activities_on_telegram_channels_are_no_place_of_saying() -> None:
    text = "The Security Service has identified the citizens involved in said activities on Telegram channels."
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Houthi-run Saba news agency said on Telegram that the ship was hit.", "Saba news agency"),
        ("The Kremlin-backed Readovka outlet said on Telegram that the man was detained.", "Readovka"),
        ("Ukraine's national police said on Telegram that the suspect was detained.", "Ukraine's national police"),
        ("Hamas's armed wing said on Telegram that the hostages died.", "Hamas's armed wing"),
        ("The hostages died, Hamas’s military wing said on Telegram.", "Hamas’s military wing"),
        ("The Odesa regional prosecutor's office said on Telegram that the suspect was detained.",
         "Odesa regional prosecutor's office"),
    ],
)
def test_bodies_without_whose_side_they_are_on(text: str, name: str) -> None:
    assert names(text) == [(name, None)]


@pytest.mark.parametrize("text", ["Officials said on Telegram that power was cut.",
                                  "Residents wrote on Telegram that power was cut.",
                                  "Local authorities said on Telegram that power was cut."])
def test_plural_people_name_no_channel(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Hamas, which runs Gaza, said in a statement on Telegram that the talks failed.", "Hamas", None),
        ("Ukrenergo, which runs the grid, said on Telegram that power was cut.", "Ukrenergo", None),
        ("Vitali Klitschko, whose city was hit, wrote on Telegram that two were hurt.", None, "Vitali Klitschko"),
    ],
)
def test_a_relative_clause_between_who_and_the_verb(text: str, name: str | None, owner: str | None) -> None:
    assert names(text) == [(name, owner)]
