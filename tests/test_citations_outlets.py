"""Outlets named as sources, and the person/organisation heuristics that keep people out."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations
from archiver.citations.outlets import _before
from archiver.citations.people import is_org_like, looks_like_person


def outlets(text: str) -> list[str | None]:
    return [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


@pytest.mark.parametrize(
    "text",
    [
        "according to political scientist Vadim Trukhachev, the West",
        "according to Vadim Trukhachev, the West",
        "according to Trukhachev, the West",
        "and Starmer said: \"We are preparing for war.\"",
        "He said. They reported. The author reminds. The publication notes that. \"...Moscow,\"the resource writes.",
        "it has begun arming itself according to NATO models.",
        "according to Russian media, nothing happened; according to US officials, everything did.",
        "\"We are preparing for war,\" said Starmer.",
        'Zina Kandelaki, chief producer of "MatchTV," commented',
        "According to the message, the signing ceremony was held in London.",
        "по словам Дмитрия Пескова, по данным СМИ, как сообщил Песков, пишет автор.",
        "Question: Are the British really luring Kazakhstan?",
        "Про це повідомили нові дані. Як повідомляє наш кореспондент, рух перекрито.",
        "Про це повідомив голова управління освіти.",
        "The ministry said the figures were wrong.",  # no ministry named before: nobody to point back to
        "Журналіст Ігор Бурбас повідомив про вибухи.",  # a title, then a person
        "Vyacheslav Gladkov of the Belgorod Region has reported two injured.",  # a person and their place
        "Експерт Тарас Загородній пише, що ціни зростуть.",
        # the verb before a person is a quotation's speaker
        "The bridge is closed, notes Ivan Petrov.",
        "\"We will win,\" writes John Smith, and nobody is ready.",
        "The plan is dead, says Peskov.",
        # one person of a body speaks: no outlet is cited by the body's name
        "Представник ЗСУ повідомив, що обстріл тривав годину.",
        "Директор ДБР повідомив, що справу відкрито.",
        "Також очільник Примерської ОВА повідомив, що ніхто не постраждав.",  # its head speaks, lowercase before
        "Нагадаємо, раніше вранці глава Примерської ОВА Марченко заявив про атаку.",
        "Also, the spokesman of the Primer Defense Ministry said that nobody was hurt.",
        # people by a plural noun: no body named
        "Witnesses reported explosions near the bridge.",
        "Очевидцы сообщили о взрывах.",
        "Мешканці повідомили про вибухи.",
        "Міністр МВС повідомив про обстріл.",
        "Об этом сообщает агентство со ссылкой на официальный правительственный ТГ-канал.",  # an adjective, no body
        "Голова ОВА Чернігівщини повідомив про нові руйнування.",
        "Представители МВД края прокомментировали задержание.",
        "Журналист опубликовал видео с места событий.",
        "Acme CEO John Carter said the deal was off.",
        "The CEO of Acme stated that the deal was off.",
        # something done to a website, or a false one: the site is no source
        "The hackers sent DDoS attacks to the website of the Primer Ministry of Internal Affairs.",
        "The watchdog has blocked a fake website of the Primer Election Commission.",
        # an office, its holder named right after it: a person speaks
        "According to Regional Governor Ivan Primerov, the fire is out.",
        "According to Primerian Commissioner for Human Rights Olena Prykladna, two were freed.",
        # a website named, or acted on, with nothing cited from it
        "The attack affected the email, the chat platform and the corporation's Primer website.",
        "The Primer Observer website is blocked on the territory of Primeria.",
        # data as a thing, no source
        "The hackers leaked documents that contain data from the Primer Defense Forces.",
        "There is also no data from the Primer Ministry of Health on the number of victims.",
        # a nationality's people, in the plural: no body named
        "According to the Primerians, the bridge was never built.",
        "According to the Ukrainians, the bridge was never built.",
        # an attack claimed is owned, not reported; a name before a participle is what was claimed
        "The Primer Resistance Front claimed responsibility for the attack.",
        "The Primer Resistance Front has claimed several drone attacks on the base.",
        "It was one of the attacks on Primer Forces claimed by the group.",
    ],
)
def test_not_outlets(text: str) -> None:
    assert outlets(text) == []


def test_person_and_organisation_heuristics() -> None:
    assert looks_like_person("Vadim Trukhachev") and looks_like_person("Пескова") and looks_like_person("Zelensky")
    assert looks_like_person("Smith", "political scientist ")
    assert not looks_like_person("Central Asia Times") and not looks_like_person("Reuters")
    assert is_org_like("TASS") and is_org_like("Lenta.ru") and is_org_like("Минобороны России")
    assert not is_org_like("US") and not is_org_like("Mikhail Zvintseuk")
    # a brand written as one word with capitals inside, not a surname with a prefix
    assert is_org_like("TechCrunch") and is_org_like("BuzzFeed News")
    assert not is_org_like("McCarthy") and not is_org_like("Ursula von DerLeyen") and not is_org_like("DeSantis")


def test_an_outlet_that_learned_from_a_body_cites_both() -> None:
    text = "Steppe News Agency learned from the Prosecutor General’s Office that the case was closed."
    assert outlets(text) == ["Steppe News Agency", "Prosecutor General’s Office"]
    assert outlets("He learned from his father how to fish.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan's Interior Ministry told the agency that the suspect was detained.",
         ["Kazakhstan's Interior Ministry"]),
        ("The Ministry of Internal Affairs of Kazakhstan told Interfax that ten were held.",
         ["Ministry of Internal Affairs of Kazakhstan", "Interfax"]),
        ("John Smith told reporters he was fine.", []),
    ],
)
def test_a_body_that_told_someone_and_whom_it_told(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected
    assert all(not c.text.endswith(" ") for c in extract_citations(article_from_text(text)))


def test_a_name_citing_sources_is_an_outlet() -> None:
    assert outlets("Kyiv Courier, citing sources in the government, said the minister would resign.") == [
        "Kyiv Courier"]
    assert outlets("Ivan Petrov, citing his own data, said it was fine.") == []


def test_a_body_with_a_plural_verb() -> None:
    assert outlets("Zelenskiy's office say the talks will go on.") == ["Zelenskiy's office"]


def test_a_dateline_of_city_date_and_agency() -> None:
    assert outlets("Москва. 23 августа. INTERFAX.RU - Президент не собирался уезжать.") == ["INTERFAX.RU"]
    assert outlets("Москва. 23 августа. Президент не собирался уезжать.") == []


def test_a_person_by_title_after_statement_of_is_no_outlet() -> None:
    text = ("He confirmed the plan despite the statement of President Volodymyr Zelenskyy that Ukraine would not "
            "negotiate.")
    assert outlets(text) == []


def test_a_person_by_office_of_a_place_and_surname_is_no_outlet() -> None:
    assert outlets("Governor of Tver Ivanov reported on the work of air defence in the city.") == []
    assert outlets("The Ministry of Defence of Ruritania reported strikes.") == ["Ministry of Defence of Ruritania"]


def test_a_body_speaking_is_still_an_outlet() -> None:
    assert outlets("Головне управління розвідки повідомило про удар.") != []
    assert outlets("The General Staff said the strike hit a depot.") != []


def test_a_body_that_published_it_is_cited() -> None:
    assert outlets("У Центрі протидії дезінформації РНБО оприлюднили перелік фейків.") == [
        "Центрі протидії дезінформації РНБО"]
    assert outlets("В Министерстве обороны опубликовали кадры удара.") == ["Министерстве обороны"]
    # the parser may leave the capitalised words after the head out of its subtree: up to the verb, they are the name
    assert outlets("В Минкомсвязи Северной Народной Республики (СНР) заявили, что газеты вышли.") == [
        "Минкомсвязи Северной Народной Республики (СНР)"]
    assert outlets("В Сети опубликовали видео с места пожара.") == []  # where, not who


def test_a_name_never_reaches_into_the_sentence_before() -> None:
    # «банкоматах» opens like «банк»: a body's head word, but in the sentence before, not this name's
    text = ("Банк не вводил ограничений по приему купюр в своих банкоматах. Об этом ТАСС сообщили в пресс-службе "
            "кредитной организации.")
    assert all("." not in name for name in outlets(text))
    assert "пресс-службе кредитной организации" in outlets(text)


@pytest.mark.parametrize("text", ["Подробности сообщает телеграм-канал «Пул Первого».",
                                  "Подробиці повідомляє видання «Вісті Півдня»."])
def test_details_opening_a_sentence_are_no_outlet(text: str) -> None:
    assert "Подробности" not in outlets(text) and "Подробиці" not in outlets(text)


@pytest.mark.parametrize(
    "text", ["Российское издание Пример пишет, что взрывы слышны.", "Російське видання Пример пише, що вибухи чути."]
)
def test_an_outlet_after_its_type_opening_the_sentence_is_named_alone(text: str) -> None:
    assert outlets(text) == ["Пример"]


@pytest.mark.parametrize("text", ["According to the Vice Minister, the debt rose.",
                                  "The Deputy Prime Minister said the debt rose."])
def test_an_office_alone_is_a_person_not_an_outlet(text: str) -> None:
    assert outlets(text) == []


def test_known_outlets_are_names_not_common_nouns() -> None:
    from archiver.citations.known_outlets import is_known_outlet

    assert is_known_outlet("Sputnik Belarus") and is_known_outlet("«РБК-Україна»") and is_known_outlet("ТАСС")
    assert not is_known_outlet("Спутник") and not is_known_outlet("Хабар") and not is_known_outlet("Reuters 2")


def test_a_surname_in_another_case_is_the_person_named_before() -> None:
    text = ("Про це написав експерт Андрій Прикладенко. За даними Прикладенка, заняття скасували. "
            "За даними Укренерго, світла немає.")
    assert outlets(text) == ["Укренерго"]


# One form of citing an outlet per group: the text, then the outlets it names (none: what looks like one
# and is not). Each group's heading says what it shows.
OUTLET_FORMS = [
    # english outlets
    ("According to Reuters, the talks failed.", ["Reuters"]),
    ("(according to DK World News)", ["DK World News"]),
    ("According to the newspaper Izvestia, the plan is ready.", ["Izvestia"]),
    ("according to the Kommersant newspaper, the deal", ["Kommersant"]),
    ("as Reuters reported on Monday", ["Reuters"]),
    ("The Moscow Times also reported that", ["Moscow Times"]),
    ("TASS said the visit was short.", ["TASS"]),
    ("RIA Novosti reported.", ["RIA Novosti"]),
    # a possessor before the outlet's type; a long name with "of the"; a statement or warning issued
    ("According to Israel’s newspaper The Jerusalem Post, the attack failed.", ["Jerusalem Post"]),
    ("The talks were held, according to the State Border Guard Service of the Kyrgyz Republic.",
     ["State Border Guard Service of the Kyrgyz Republic"]),
    ("The Defence Ministry quickly issued a statement denying the claim.", ["Defence Ministry"]),
    ("On Monday, the Israeli National Cyber Directorate issued a warning.", ["Israeli National Cyber Directorate"]),
    # what the body is, before its name or between it and the verb; a body's name ending with its place
    ("Cloud backbone provider Cloudflare said the outage was over.", ["Cloudflare"]),
    ("The U.S.-based Institute for the Study of War (ISW) research group said the offensive stalled.",
     ["Institute for the Study of War (ISW)"]),
    ("The Government Media Office in Gaza reported 20 dead.", ["Government Media Office in Gaza"]),
    ("The Akorda press service reports that the talks were held.", ["Akorda press service"]),
    # a place after "in" is where whoever spoke is, not who: "militias in Iraq issued a statement"
    ("Armed militias in Iraq issued a statement on Sunday.", []),
    ("The health ministry in Gaza reported 20 dead.", []),
    # "General Staff" is no person's title; "verified"
    ("The General Staff of the Armed Forces announced the figures.", ["General Staff of the Armed Forces"]),
    ("The US Central Command verified the strike.", ["US Central Command"]),
    # broadcast by a station, the word "television" after its name
    ("Hezbollah denied it in a statement broadcasted by Al Jadeed television.", ["Al Jadeed"]),
    # an interview with an outlet; an aside about the outlet before its verb; published in; cited, assessed
    ("In an interview with Der Spiegel, the chancellor said the plan was fair.", ["Der Spiegel"]),
    ("In an interview with Olaf Scholz, the paper asked about the plan.", []),
    ("The Financial Times, which first reported the story, said the deal was worth $2bn.", ["Financial Times"]),
    ("The news was published in the Financial Times on Monday.", ["Financial Times"]),
    ("Russia's state news agency RIA Novosti cited a source as saying the deal was done.", ["RIA Novosti"]),
    ("The Institute for the Study of War assessed that the offensive had stalled.",
     ["Institute for the Study of War"]),
    # a nation's military or air force: a body that speaks, named by its nation and a lowercase head
    ("The Israeli military claimed that the strike targeted militants.", ["Israeli military"]),
    ("The Ukrainian air force said it downed 20 drones.", ["Ukrainian air force"]),
    ("Anadolu, a Turkish media outlet, commented that. Anadolu pointed out that", ["Anadolu", "Anadolu"]),
    ("a statement of the Russian Foreign Ministry said", ["Russian Foreign Ministry"]),
    ("The Kazakh Defense Ministry statement said that", ["Kazakh Defense Ministry"]),
    ("Matteo Meloni, editor-in-chief of SpecialEurasia News Agency, said", ["SpecialEurasia News Agency"]),
    ("Data from DK World News shows that", ["DK World News"]),
    ("the message was removed from the Kazakhstan Ministry of Defense website.",
     ["Kazakhstan Ministry of Defense"]),
    ("the website of the Kremlin says", ["Kremlin"]),
    ("the figures were first reported by Bloomberg.", ["Bloomberg"]),
    ("As detailed by the Russian agency TASS, the fire was caused by a drone.", ["TASS"]),
    ("As stated by Reuters, the talks stalled.", ["Reuters"]),
    ("This is stated in the official message of \u201cNorthsoft\u201d.", ["Northsoft"]),
    ("According to the official version of the Ministry of Health, the plant was closed.", ["Ministry of Health"]),
    ("a source told RIA Novosti.", ["RIA Novosti"]),
    ("Source: Reuters", ["Reuters"]),
    ("Politico, citing two officials, said the decision was made.", ["Politico"]),
    ("According to a report by the Institute for the Study of War (ISW), troops advanced.",
     ["Institute for the Study of War"]),
    ("Mr. Johnson, the editor of Kazakh news website Vlast.kz, said that", ["Vlast.kz"]),
    ("according to the German news agency dpa, and according to Reuters news agency, x", ["Reuters"]),
    ("In an interview with CNN, the minister said", ["CNN"]),
    ("The closure was announced to Interfax by the head of the district.", ["Interfax"]),
    ("As informs Ukrinform, the strike hit a warehouse.", ["Ukrinform"]),  # «Как сообщает …» word for word
    ("As writes Kommersant, the deal was signed.", ["Kommersant"]),
    ("As the minister notes, the deal was signed.", []),
    ("The telegram channel \"Secret Chancellery\" writes about this.", []),  # a channel, not an outlet
    ("Example News correspondent Jane Doe reports that the bridge is closed.", ["Example News"]),
    ("A Ukrainian correspondent said the bridge is closed.", []),  # whose staff: a nationality, no outlet
    ("A 50-year-old MP stated that the bridge is closed.", []),  # a person by age and title
    ("The Kyrgyz border guard service said two were wounded.", []),  # not "Kyrgyz", the word of whose it is
    ("State Border Service spokesperson Ivan Petrenko said the queue had grown.", ["State Border Service"]),
    ("Ivan Petrenko was detained, his lawyer told the state-run TASS news agency.", ["TASS"]),
    ("AFP quoted police sources as saying that two men were arrested.", ["AFP"]),
    ("LVIV, May 5. /TASS/. Blasts were heard in the city.", ["TASS"]),
    ("Example News/ The Border Guard Service announced a closure.", ["Example News", "Border Guard Service"]),
    ("According to Belarus’ Ministry of Foreign Affairs, the talks failed.",
     ["Belarus’ Ministry of Foreign Affairs"]),
    ("Governor Ivan Petrov of Kursk Region emphasized that the roads were open.", []),
    # lists: a plural type noun before them, "the" inside them
    ("This was reported by Russian agencies RBC and Interfax.", ["RBC", "Interfax"]),
    ("The news was reported by Reuters and the Associated Press.", ["Reuters", "Associated Press"]),
    ("According to the latest UN figures, 8 million have fled.", ["UN"]),
    ("According to official Rosstat data, prices rose.", ["Rosstat"]),
    # a site by its domain (any common country code), "referring to", "issued a statement"
    ("APA reports citing ipress.ge.", ["APA", "ipress.ge"]),
    ("This was reported by espresso.tv.", ["espresso.tv"]),
    ("Kazinform reports referring to the Emergency Situations Ministry’s press service.",
     ["Kazinform", "Emergency Situations Ministry’s press service"]),
    ("Sources told CNN the plan had been dropped.", ["CNN"]),
    ("The Russian Defense Ministry has issued a terse statement denying the reports.",
     ["Russian Defense Ministry"]),
    ("The press service of the Akim of the Karaganda region reported the closure.",
     ["press service of the Akim of the Karaganda region"]),
    # a body named before, now by its head noun
    ("Ivan Petrov was fined by Russia's Justice Ministry on Friday. He is a 'foreign agent', the ministry said "
     "in a statement.", ["Russia's Justice Ministry"]),
    ("The Ministry of Defence of Ukraine is in charge. The ministry said two drones were downed.",
     ["Ministry of Defence of Ukraine"]),
    # the verb before the outlet, closing the clause (common in translations: "writes The Guardian")
    ("The company is short of cash, notes Example Daily.", ["Example Daily"]),
    ("Prices will rise, writes The Sample Times, and nobody is ready.", ["Sample Times"]),
    ("\"The bridge is closed,\" reports Example Radio.", ["Example Radio"]),
    # a wire dateline without the place
    ("June 7 (Example Wire) - A pipeline was damaged.", ["Example Wire"]),
    # learned by, reports from, said to
    ("Example Daily has learned that the deal fell through.", ["Example Daily"]),
    ("The plan was leaked, according to reports from Sample Post.", ["Sample Post"]),
    ("Ivan Petrov said in an email to Example Daily that he disagreed.", ["Example Daily"]),
    ("Two officials tell the Sample Times that the plan is dead.", ["Sample Times"]),
    ("The round is led by Sequoia, ExampleCrunch has learned.", ["ExampleCrunch"]),
    # russian and kazakh outlets
    ("Как сообщает ТАСС, документ подписан.", ["ТАСС"]),
    ("Об этом сообщает РИА Новости со ссылкой на источник.", ["РИА Новости"]),
    ("По данным Минобороны России, удар отражён.", ["Минобороны России"]),
    ("По данным Министерства обороны Республики Казахстан, учения начнутся",
     ["Министерства обороны Республики Казахстан"]),
    ("По информации издания «Ведомости», сделка закрыта.", ["Ведомости"]),
    ("Как пишет «Коммерсантъ», в Астане промолчали.", ["Коммерсантъ"]),
    ("«Коммерсантъ» пишет, что визит отменён.", ["Коммерсантъ"]),
    ("передаёт Интерфакс.", ["Интерфакс"]),
    ("Об этом заявили в МИД России.", ["МИД России"]),
    ("Об этом сообщили в пресс-службе Кремля.", ["пресс-службе Кремля"]),
    ("говорится в сообщении Минобороны.", ["Минобороны"]),
    ("опубликовано на сайте Министерства обороны.", ["Министерства обороны"]),
    ("со ссылкой на Reuters.", ["Reuters"]),
    ("главный редактор RT Маргарита Симоньян заявила", ["RT"]),
    ("Министерство обороны сообщило о перехвате.", ["Министерство обороны"]),
    ("ҚазАқпарат хабарлауынша, құжатқа қол қойылды.", ["ҚазАқпарат"]),
    ("Как стало известно «Известиям», сделка сорвалась.", ["Известиям"]),
    ("Как утверждает украинское издание «Страна.ua», Киев недоволен.", ["Страна.ua"]),
    ("Лента.ру пишет, что переговоры продолжаются.", ["Лента.ру"]),
    ("Видео жойылған, деп хабарлайды Caravan.kz порталы Stan.kz-ке сілтеме жасап.",
     ["Caravan.kz порталы", "Stan.kz"]),
    ("Жаңалық жарияланды, деп хабарлайды BAQ.KZ.", ["BAQ.KZ"]),
    ("Про це передають Патріоти України.", ["Патріоти України"]),
    ("Ситуацию прокомментировала пресс-служба областного правительства.",
     ["пресс-служба областного правительства"]),
    # «ссылаясь на» / «сославшись на» / «посилаючись на»: the same as «со ссылкой на»
    ("Об аварии сообщил сайт, ссылаясь на Polisia.kz.", ["Polisia.kz"]),
    ("Газета, сославшись на Росстат, пишет о росте цен.", ["Росстат"]),
    ("Видання, посилаючись на Генштаб ЗСУ, повідомило про втрати.", ["Генштаб ЗСУ"]),
    # a Ukrainian body in lowercase words after the verb (the Russian parser does not read Ukrainian)
    ("Про це інформує відділ комунікації поліції в Закарпатській області.",
     ["відділ комунікації поліції в Закарпатській області"]),
    ("Про це повідомляє обласна прокуратура.", ["обласна прокуратура"]),
    # what the outlet gives before «приводит», the outlet closing the sentence
    ("Мост закроют в мае. Ответ ведомства приводит PT.", ["PT"]),
    ("Мост закроют в мае. Ответ ведомства приводит Примерник.", ["Примерник"]),
    ("Мост закроют в мае. Его слова приводят «Примерные вести».", ["Примерные вести"]),
    # a Ukrainian feminine adjective in «-ова», «-на» is one more adjective before the noun
    ("Про це повідомляє Примерська обласна прокуратура.", ["Примерська обласна прокуратура"]),
    ("Про це повідомила Примерська міська військова адміністрація.", ["Примерська міська військова адміністрація"]),
    # a post, an answer, a fresh report as the statement
    ("Про це йдеться у відповіді Примербанку на запит журналістів.", ["Примербанку"]),
    ("Це фейк, – йдеться в дописі Примерського обласного ТЦК та СП.", ["Примерського обласного ТЦК та СП"]),
    ("Об этом говорится в свежей официальной сводке Минобороны Примерии.", ["Минобороны Примерии"]),
    # «цитує»: who quotes the words is a source as one that reports them
    ("Його цитує пресслужба партії.", ["пресслужба партії"]),
    ("Міністерство, якого цитує агентство «Примерпост», заявило про атаку.", ["Примерпост"]),
    ("Про це повідомили в обласній військовій адміністрації.", ["обласній військовій адміністрації"]),
    ("Як повідомило управління патрульної поліції, рух перекрито.", ["управління патрульної поліції"]),
    # two adjectives before the noun; a neuter adjective
    ("Інформацію підтвердили в Державній прикордонній службі.", ["Державній прикордонній службі"]),
    ("Про це повідомило Державне бюро розслідувань.", ["Державне бюро розслідувань"]),
    # the outlet a body told, and the body
    ("Як розповіли \"Суспільному\" в поліції області, затримано двох.", ["Суспільному", "поліції області"]),
    ("Як розповіли \"Суспільному\" в Нацполіції, затримано двох.", ["Суспільному", "Нацполіції"]),
    ("Как сообщили агентству ПРИМА в Государственной канцелярии, встреча отменена.",
     ["ПРИМА", "Государственной канцелярии"]),
    ("Как рассказали РБК в пресс-службе компании, сделка закрыта.", ["РБК", "пресс-службе компании"]),
    ("Об этом «Ленте.ру» рассказали в пресс-службе ведомства.", ["Ленте.ру", "пресс-службе ведомства"]),
    ("Банк не вводил ограничений. Об этом ТАСС сообщили в пресс-службе банка.", ["ТАСС", "пресс-службе банка"]),
    ("Как следует из данных Росстата, цены выросли.", ["Росстата"]),
    ("Об этом свидетельствуют данные Центробанка.", ["Центробанка"]),
    # a level of government in lowercase before a capitalised body: «регионального СКР», not local media
    ("По данным регионального СКР, мужчина задержан.", ["СКР"]),
    ("По данным краевого Минздрава, заболевших стало больше.", ["Минздрава"]),
    # more verbs after «В X …» and more «По …» cues
    ("В Минэкономразвития подчеркнули, что рост замедлится.", ["Минэкономразвития"]),
    ("По расчетам Росстата, цены выросли на 6,5 процента.", ["Росстата"]),
    ("У Міністерстві освіти спростували цю інформацію.", ["Міністерстві освіти"]),
    # the verb opening the sentence; Ukrainian plurals
    ("Сообщает ТАСС.", ["ТАСС"]),
    ("Повідомляє сайт Sportanalytic.com.", ["Sportanalytic.com"]),
    ("Про це інформують Новини.LIVE.", ["Новини.LIVE"]),
    # a date between the body and its verb; a bureau is a body
    ("НАБУ 11 листопада заявило про підозру.", ["НАБУ"]),
    ("Державне бюро розслідувань повідомляло про це раніше.", ["Державне бюро розслідувань"]),
    # an outlet's staff with its quoted name: who they told, or what its journalists found out
    ("Об этом он рассказал корреспонденту «Чемпионата».", ["Чемпионата"]),
    ("Журналисты «Медиазоны» узнали подробности дела.", ["Медиазоны"]),
    ("Полиция задержала журналистов «Дождя».", []),  # journalists as the story's people
    # a region's adjective after the body's head; a study's author
    ("Оперштаб Белгородской области опубликовал список.", ["Оперштаб Белгородской области"]),
    ("За даними дослідження «Української правди», люди читають новини.", ["Української правди"]),
    # «в оперативній інформації X», «станом на …» is no part of the name; «сили» is no verb
    ("Про це йдеться в оперативній інформації Генерального штабу ЗСУ станом на 6:00.", ["Генерального штабу ЗСУ"]),
    ("Про це повідомляє Генеральний штаб Збройних сил України.", ["Генеральний штаб Збройних сил України"]),
    # a day between the outlet and its verb; present-tense «наголошують у»; «через» ends a name
    ("РБК сегодня сообщило о сделке.", ["РБК"]),
    ("Про це пишуть у ЦПД.", ["ЦПД"]),
    ("Об этом сообщили в Министерстве обороны РФ через их официальный сайт.", ["Министерстве обороны РФ"]),
    # «Офіс» heads a body's name; the journalists who were told name their outlet
    ("Як зазначили в Офісі генпрокурора, справу передано до суду.", ["Офісі генпрокурора"]),
    ("Інформацію підтвердили журналістам «Суспільного».", ["Суспільного"]),
    # a Ukrainian feminine adjective and its noun: an outlet's name
    ("Економічна правда пише, що уряд розглядає зміни.", ["Економічна правда"]),
    # reporting forms that need their context
    # "reports" is a verb after "As X" or before "that / quoting", a noun elsewhere
    ("As The Independent reports, the bridge will close.", ["Independent"]),
    ("The Daily Courier reports that the bridge will close.", ["Daily Courier"]),
    ("Preliminary reports suggest a gas leak.", []),
    # "with X saying": an organisation's participle of saying; people "saying" stay people
    ("The strike was confirmed, with the Latvian Ministry of Defence saying two jets were hit.",
     ["Latvian Ministry of Defence"]),
    ("Residents in Kyiv were saying goodbye.", []),
    # a closing credit, not a pairing of quoted names or a quotation's speaker
    ("Жительница разместила публикацию. — Московский Комсомолец.", ["Московский Комсомолец"]),
    ("Сезон стартует 8 августа матчем «Химки» — ЦСКА.", []),
    ("Там пишут, что мост закрыт.", []),  # "there", not a name
    # told / informed an outlet; an acronym pair, a country-code domain; "issued a press release"
    ("A representative of the team told RFE/RL that the talks failed.", ["RFE/RL"]),
    ("The hotel administration informed News.am that the event was cancelled.", ["News.am"]),
    ("The police informed residents that the road was closed.", []),
    ("The Human Rights Committee issued a press release about the arrests.", ["Human Rights Committee"]),
    ("«Это мое указание акимам всех уровней», – Президент РК.", []),
    # whose statement it is: «со ссылкой на заявление «X»», «з посиланням на заяву "X"»
    ("Об этом сообщает ТАСС со ссылкой на заявление «Росавиации».", ["ТАСС", "Росавиации"]),
    ("Unconfirmed reports said the bridge had closed.", []),
    # a Kazakh source written as a lowercase domain before its type noun, and «жазды» (wrote)
    ("Бұл туралы example.kz сайты хабарлады.", ["example.kz"]),
    ("Бұл туралы newsline.media порталы жазды.", ["newsline.media"]),
    ("Бұл туралы Президент жазды.", []),
    # people are cut off bodies and kept out
    # who speaks for the body ends its name: the outlet is whom she told
    ("Про це повідомила Громадському речниця суду Ірина Коваль.",
     ["Громадському"]),
    # a surname alone, named in full elsewhere in the text, is a person
    ("Ситуацію прокоментував Бабак.\n\nРаніше мер Сергій Бабак закликав зберігати спокій.", []),
    # more russian and ukrainian source forms
    # a speaker for an outlet or a press service
    ("Об этом рассказал собеседник издания «Верстка».", ["Верстка"]),
    ("Как сообщил источник Reuters, переговоры сорваны.", ["Reuters"]),
    ("Об этом сообщил представитель пресс-службы областного суда.", ["пресс-службы областного суда"]),
    ("Представитель Кремля Дмитрий Песков сказал, что ответа нет.", []),
    ("Источник в правительстве подтвердил это.", []),
    # more verbs: «проинформировало», «информировали в …»
    ("Министерство энергетики Казахстана ранее проинформировало о ремонте.",
     ["Министерство энергетики Казахстана"]),
    ("Об этом информировали в Минтрансе Крыма.", ["Минтрансе Крыма"]),
    # «у матеріалі видання», «у статті»
    ("Про це йдеться у статті видання «Дзеркало тижня».", ["Дзеркало тижня"]),
    # earlier reports and where names end
    # an earlier report, the verb in the past
    ("Как писал «Коммерсантъ», сделка сорвалась.", ["Коммерсантъ"]),
    ("Как ранее писали «Ведомости», сделка сорвалась.", ["Ведомости"]),
    ("Как сообщало ИА «Северный курьер», пожар потушен.", ["ИА «Северный курьер»"]),
    ("Як писала «Українська правда», угоду зірвано.", ["Українська правда"]),
    ("Раніше повідомляв Укрінформ, що міст відкрили.", ["Укрінформ"]),
    # when it said it is no part of the name
    ("Как передавала Федеральная Служба Новостей ранее, мост открыт.", ["Федеральная Служба Новостей"]),
    # a list goes on with names only, not "some soldiers"
    ("О потере района сообщал Deep State и отдельные военные ВСУ.", ["Deep State"]),
    # a sentence that ends right before a quotation ends the name
    ("Про це передає Укрінформ.«Армія РФ наступає», — сказав він.", ["Укрінформ"]),
    # outlets that condemn show or inform
    ("The Georgian Foreign Ministry condemns the move.", ["Georgian Foreign Ministry"]),
    ("Reuters news agency showed live images of the fire.", ["Reuters"]),
    ("Caspian Daily informs that the ferry was delayed.", ["Caspian Daily"]),
    # an act reported, not a report: no source
    ("The Interior Ministry urged drivers to stay home.", []),
    # datelines and bracketed credits
    ("ASTANA, March 3 – Kazinform – The ministry said the road was open.", ["Kazinform"]),
    ("MOSCOW, May 4 [TASS]. The ministry said the road was open.", ["TASS"]),
    ("MOSCOW. May 13 (Interfax) - The ministry said the road was open.", ["Interfax"]),  # a period after the city
    ("ҚАРАҒАНДЫ, 12 шілде — Kazinform. Жол ашылды.", ["Kazinform"]),  # Kazakh letters in the city and the month
    ("MOSCOW (Daily Mirror Asia / Sputnik - 04th May, 2023) The road was open.", ["Sputnik"]),
    ("The district was shelled at 03:25 a.m. on Sunday. [Interfax]\nNext, the mayor spoke.", ["Interfax"]),
    ("The district was shelled on Sunday. [Photo]\nNext, the mayor spoke.", []),
    ("CHISINAU, January 24. /tass/. The road was open.", ["tass"]),  # the agency in lowercase between slashes
    ("МОСКВА, 19 окт — ПРАЙМ. Цены выросли.", ["ПРАЙМ"]),  # a word in capitals: an agency, not a first name
    ("АҚТӨБЕ. KAZINFORM - Облыста қар жауды.", ["KAZINFORM"]),
    ("Tashkent, Uzbekistan (UzDaily.com) — The court ruled.", ["UzDaily.com"]),  # a place in title case, a country
    # outlets whose names start with a number
    ("Про це в коментарі 24 Каналу розповіла речниця ДСНС.", ["24 Каналу"]),
    ("Об этом пишет 5 канал со ссылкой на очевидцев.", ["5 канал"]),
    ("Как сообщает 112 Україна, пожар потушен.", ["112 Україна"]),
    ("Сирены проверят в среду.\nИсточник: 53 новости", ["53 новости"]),
    ("Об этом сообщили 24 человека.", []),
    # whoever has the document is the source
    ("Об этом говорится в документе, оказавшемся в распоряжении РИА Новости.", ["РИА Новости"]),
    ("Письмо есть в распоряжении «Коммерсанта».", ["Коммерсанта"]),
    ("Лист є в розпорядженні \"Суспільного\".", ["Суспільного"]),
    ("В распоряжении редакции оказался документ.", []),
    # ukrainian bodies named by an adjective and a noun
    ("Повітряні сили повідомили про запуск ракет.", ["Повітряні сили"]),
    ("Повітряні сили ЗСУ повідомили про запуск ракет.", ["Повітряні сили ЗСУ"]),
    ("Національна поліція України повідомила про затримання.", ["Національна поліція України"]),
    ("У ДСНС зазначили, що пожежу загашено.", ["ДСНС"]),
    ("Про це повідомила також Волинська обласна військова адміністрація.",
     ["Волинська обласна військова адміністрація"]),  # "too" between the verb and the name
    ("Про це стало відомо з повідомлення Волинської обласної військової адміністрації.",
     ["Волинської обласної військової адміністрації"]),  # «з»: from, as «із» and Russian «из»
    ("Минздрав России отчитался о вакцинации.", ["Минздрав России"]),  # a reflexive verb of reporting
    ("У ДСНС у Волинській області зазначили, що пожежу загашено.", ["ДСНС у Волинській області"]),  # its region
    # where it was said is no body
    ("У Telegram повідомили про вибух.", []),
    # an adverb opening the sentence is no part of a body's name
    ("Позднее в МВД сообщили, что задержанных нет.", ["МВД"]),
    # a place after of is not who reported
    ("Residents of the Turksib district of Almaty reported that gas was cut.", []),
    ("The Ministry of Defense of the Russian Federation announced the drills.",
     ["Ministry of Defense of the Russian Federation"]),
    # institutes and directorates keep their lowercase words
    ("Как отмечают в Институте изучения войны, Россия наступает.", ["Институте изучения войны"]),
    ("Про це повідомило Головне управління Національної поліції.", ["Головне управління Національної поліції"]),
    # noting outlets and unnamed foreign outlets
    ("Як зазначає Bloomberg, ціни зросли.", ["Bloomberg"]),
    ("Как отмечает Reuters, цены выросли.", ["Reuters"]),
    ("Как отмечает эксперт Иван Петров, цены выросли.", []),
    # an adjective of a country before the type noun names nothing
    ("Польське видання наголошує, що ціни зросли.", []),
    ("Польское издание отмечает, что цены выросли.", []),
    # two words run together where a line break was lost
    ("Об этом пишут на сайте Ryazan-news.netРязанцы жалуются на дороги.", ["Ryazan-news.net"]),
    ("According to the publication VedomostiThe FSB, nobody was detained.", ["Vedomosti"]),
    ("Как сообщает «Яндекс.Карты», пробок нет.", ["Яндекс.Карты"]),
    ("Про це інформує \"Еспресо.Захід\".", ["Еспресо.Захід"]),
    # a type word alone is no name unless quoted or a source line
    ("Ранее об этом сообщил ТАСС. Агентство пишет, что задержанных нет.", ["ТАСС"]),
    ("Как пишет «Агентство», задержанных нет.", ["Агентство"]),
    ("Источник: Агентство", ["Агентство"]),
    # a number inside a latin name but not a date
    ("Kazinform has learnt from Khabar 24 TV channel that the road is shut.", ["Khabar 24 TV"]),
    ("According to Kazinform 24 people were killed.", []),
    ("Сообщили в пресс-службе правительства области 25 февраля.", ["пресс-службе правительства области"]),
    # a body or the person at its head
    # the head of a body speaks: a person, not the body
    ("After a week of silence, the exiled head of the Northern Group posted a voice message.", []),
    ("The head of the Regional State Administration said the roads were clear.", []),
    # a railway, an exchange, a group, a corps: organisations by their word
    ("Northern Railways said that four cars derailed.", ["Northern Railways"]),
    ("The Moscow Exchange said trading would resume on Monday.", ["Moscow Exchange"]),
    ("According to Northatom Acting President Petro Kotin, the staff left.", []),
    ("According to Northatom, the staff left.", ["Northatom"]),
    # per an acronym and a website opening the sentence
    ("The plan was dropped, per NPR.", ["NPR"]),
    ("Prices rose 5 per Cent in May.", []),
    ("На сайте Следственного комитета сообщается, что дело возбуждено.", ["Следственного комитета"]),
    ("На сайті \"Укрінформ\" повідомляється, що фестиваль відбудеться.", ["Укрінформ"]),
    # an official body described in lowercase
    ("According to the country's health ministry, 12 people died.", ["country's health ministry"]),
    ("The regional police department said 12 people died.", ["regional police department"]),
    ("12 people died, the health ministry said.", ["health ministry"]),
    ("The ministry of defense said it was ready.", ["ministry of defense"]),
    # a body by its noun alone is one named before; a body merely visited is no source
    ("The ministry said it was ready.", []),
    ("He visited the health ministry on Monday.", []),
    # the body told another outlet: that outlet is cited too
    ("The ministry's press service told Example News that talks went on.",
     ["ministry's press service", "Example News"]),
    # according to the information of, with reference to, and a state-run agency
    ("The plan failed, according to the information of the Defense Intelligence of Examplia.",
     ["Defense Intelligence of Examplia"]),
    ("Prices rose, according to data from Rosstat.", ["Rosstat"]),
    ("The plane landed, with reference to the Ministry of Foreign Affairs of Examplia.",
     ["Ministry of Foreign Affairs of Examplia"]),
    ("Five died, said a statement quoted by Examplia’s state-run EXA news agency.", ["EXA"]),
    # a statement issued by a general command, and a body's page on a platform
    ("The statement issued by the General Command of the Armed Forces said five died.",
     ["General Command of the Armed Forces"]),
    ("The General Prosecutor's Office said the case was closed.", ["General Prosecutor's Office"]),
    ("Про це повідомляють із посиланням на Twitter Нацгвардії України.", ["Нацгвардії України"]),
    ("Про це повідомляє УНІАН з посиланням на Facebook Генштабу ЗСУ.", ["УНІАН", "Генштабу ЗСУ"]),
    # a ministry of two fields joined by and
    ("Про це йдеться з посиланням на Міністерство освіти і науки України.",
     ["Міністерство освіти і науки України"]),
    ("Как сообщили в Министерстве науки и высшего образования России, приём начат.",
     ["Министерстве науки и высшего образования России"]),
    # a verb after the conjunction ends the name
    ("На сайте Министерства юстиции и заявили о начале проверки.", ["Министерства юстиции"]),
    # a bare name said when the article says it is an organisation
    ("Gazprom, the state gas giant, cut supplies. Gazprom said exports fell.", ["Gazprom"]),
    ("Shares of the retailer Examplix fell. Examplix said sales were strong.", ["Examplix"]),
    # nothing in the article says what it is: a country, a person or a group stays out
    ("Ukraine said the strike failed.", []),
    ("The President's press service was silent. President said nothing.", []),
    # a source line with a dash for the colon
    ("Погибших нет.\nИсточник и фото - lenta.ru", ["lenta.ru"]),
    ("Погибших нет.\nИсточник — ТАСС", ["ТАСС"]),
    # a dash after 'источник' inside a sentence is no source line
    ("Как сказал источник - это не конец.", []),
    # an outlet recalling or given a comment
    ("Villages were evacuated – recalls TASS.", ["TASS"]),
    ("Ранее ввели режим ЧС, напоминает ТАСС.", ["ТАСС"]),
    ("In a comment to “Example Truth. Life”, the director confirmed it.", ["Example Truth. Life"]),
    # a person recalling is no outlet
    ("Он напоминает, что денег нет.", []),
    # one person told the outlet in quotes
    ("Создатель канала Иван Петров заявил «Русской службе Примера», что автора задержали.",
     ["Русской службе Примера"]),
    ("Він розповів \"Суспільному\" про плани.", ["Суспільному"]),
    # a quoted name closing the sentence is who spoke, not whom the person told
    ("Автора задержали, заявил «Пример».", ["Пример"]),
    # whom the outlet cites stands between it and its verb
    ("Американское издание The Example Times (ET) со ссылкой на двух командиров сообщило, что денег нет.",
     ["Example Times (ET)"]),
    ("Російське видання Приклад із посиланням на місцевих жителів пише, що вибухи чути.", ["Приклад"]),
    ("Izvestia, citing sources close to retailers and market participants, wrote that prices rose.", ["Izvestia"]),
    # a person citing someone is no outlet
    ("Иван Петров со ссылкой на источники сообщил, что денег нет.", []),
    # whose words or figures the text gives
    ("Суд арестовал его, приводит ТАСС слова защиты.", ["ТАСС"]),
    ("Приводит РБК-Україна дані аналітиків.", ["РБК-Україна"]),
    ("Это приводит к росту цен.", []),
    # well-known outlets pass the weak rules
    ("Their names are on the list, notes Sputnik Belarus.", ["Sputnik Belarus"]),
    ("RBC-Ukraine said the plant was hit.", ["RBC-Ukraine"]),
    ("Report informs that prices rose.", ["Report"]),
    # a name the rules cannot tell from a company's or a person's stays out when not known
    ("Their names are on the list, notes Examplia Belarus.", []),
    # a body stating it after the verb
    ("Суд оштрафовал магазин. Об этом заявила объединенная пресс-служба судов города.",
     ["объединенная пресс-служба судов города"]),
    ("«Денег нет», — заявил Иван Петров.", []),
    # adding someone to a list is an act not a report
    ("Example KGB adds creators of an opposition channel to terrorism list", []),
    ("The Example Security Committee (KGB) has added the blogger, the creator of two channels, to a list of "
     "individuals involved in terrorist activities.", []),
    ("The Example Security Committee (KGB) added that the list was final.", ["Example Security Committee (KGB)"]),
    # names with an alias a description or a state medium
    ("Ukraine's Main Intelligence Directorate, or HUR, said the ship sank.",
     ["Ukraine's Main Intelligence Directorate"]),
    ("Examplecom, Russia’s largest virtual service provider, said the outage ended.", ["Examplecom"]),
    ("Examplecom, Russia’s largest provider, is big.", []),
    ("Roskomnadzor later told state media RIA Novosti that it was fine.", ["Roskomnadzor", "RIA Novosti"]),
    ("The press service of Minsk airport told reporters that flights resumed.",
     ["press service of Minsk airport"]),
    ("Flights stopped, the press service of Kyrgyzstan’s Cabinet of Ministers said.",
     ["press service of Kyrgyzstan’s Cabinet of Ministers"]),
    ("Как утверждают в УМВД, нарушений не было.", ["УМВД"]),
    ("По сообщению пресс-центра правительства Примерной области обязанности исполняет заместитель.",
     ["пресс-центра правительства Примерной области"]),
    ("В пресс-центре заявили в среду, что дороги открыты.", []),  # whose press centre: said before, if at all
    ("Roads closed.\nSource: Ukrainian examplа", ["Ukrainian examplа"]),  # the line's rest, a lowercase word in it
    ("Roads closed.\nSource: ISW report", ["ISW"]),  # a name read in full stays as read
    ("TALLINN, Estonia (AP) — A journalist was detained.", ["AP"]),
    ("ST. PETERSBURG, Fla. (AP) — A storm hit the coast.", ["AP"]),
    ("В Минобороны ранее пообещали ответить на обстрелы.", ["Минобороны"]),
    ("«Қазгидромет» синоптиктері ауа райы болжамын жариялады.", ["Қазгидромет"]),
    ("ТАСС, 17 мая. Транспорт остановился.", ["ТАСС"]),  # the agency, then the date
    ("МОСКВА, 17 мая. Транспорт остановился.", []),  # a city, no source
    ("Examplal, also under Ivanov’s control, said in a statement that output fell.", ["Examplal"]),  # an aside
    ("The Primer Olympic Committee, in response to the verdict, stated that it disagreed.",
     ["Primer Olympic Committee"]),
    ("Ivan Petrov, also known as Vanya, said the war goes on.", []),  # a person, aside or not
    ("The State Service of Special Examples and Information Primers (SSSEIP) said the attack failed.",
     ["State Service of Special Examples and Information Primers (SSSEIP)"]),  # the acronym spells how far back
    ("Цю інформацію озвучили в Повітряних силах Збройних сил Примерії.",
     ["Повітряних силах Збройних сил Примерії"]),  # whose forces: the same shape again
    # Ukrainian «з»: a preposition after a body's head word belongs to its name, after any other name it does not
    ("Про це повідомляє Державна служба з надзвичайних ситуацій.", ["Державна служба з надзвичайних ситуацій"]),
    ("Про це повідомляє Примерне з посиланням на ОВА.", ["Примерне", "ОВА"]),
    # a body named by the office it serves keeps that office in its name
    ("Про це повідомляє Офіс генерального прокурора.", ["Офіс генерального прокурора"]),
    ("Об этом сообщает Аппарат уполномоченного по правам человека.", ["Аппарат уполномоченного по правам человека"]),
    ("Об этом сообщает Офис президента Примерии.", ["Офис президента Примерии"]),
    # the verb first, then a type word, a quoted name or a domain closing the clause
    ("In 2022, the air warmed up to +31.7 degrees, writes the website primer.ru.", ["primer.ru"]),
    ("In 2022, the air warmed up, writes the newspaper Primer Daily.", ["Primer Daily"]),
    ("In 2022, the air warmed up, writes “Primerus”.", ["Primerus"]),
    ("The snow will not melt, informs “Evening Primer”.", ["Evening Primer"]),  # a title, though it reads as a name
    # an English name's lowercase head after it, one word between at most, no function word
    ("The sentence was upheld, according to the Primerny court in Moscow.", ["Primerny court"]),
    ("According to Primer regional administration, two people died.", ["Primer regional administration"]),
    # a broadcaster by its channel number
    ("Primerland's Channel 12 reported that the talks stalled.", ["Channel 12"]),
    ("Public broadcaster Kan 11 said the talks stalled.", ["Kan 11"]),
    ("ДТП произошли утром, сообщает региональная Госавтоинспекция.", ["Госавтоинспекция"]),  # a level before it
    ("Об этом рассказал известный Ростислав Примеров.", []),  # a person, whatever his name opens with
    # after a bare comma, a lowercase body opens the next clause; with «и» / «та» / "and" it is one more
    ("Як повідомляє УНН, уряд ухвалив рішення.", ["УНН"]),
    ("Про це повідомляє УНН, поліція та ДСНС.", ["УНН", "поліція", "ДСНС"]),
    # two acronyms joined by "and" that name one body are one name; others are two
    ("Про це повідомили в Житомирському обласному ТЦК та СП.", ["Житомирському обласному ТЦК та СП"]),
    ("Об этом сообщили в департаменте по делам ГО и ЧС Примерска.", ["департаменте по делам ГО и ЧС Примерска"]),
    ("Про це повідомили в НАБУ та САП.", ["НАБУ", "САП"]),
    # a body by its common noun alone is the body named before
    ("Пожар потушили, сообщили в ГУ МЧС по Примерской области. В ведомстве уточнили, что никто не пострадал.",
     ["ГУ МЧС по Примерской области", "ГУ МЧС по Примерской области"]),
    ("Пожежу загасили, повідомили в ДСНС. У відомстві додали, що ніхто не постраждав.", ["ДСНС", "ДСНС"]),
    # an English body joins two fields with "and": after a head opening it, or before one closing it
    ("According to the Primer Securities and Exchange Commission, the fund raised $1 billion.",
     ["Primer Securities and Exchange Commission"]),
    ("The Ministry of Culture and Information said the plan was approved.", ["Ministry of Culture and Information"]),
    ("According to the Committee for Culture and Sports, the stadium is closed.", ["Committee for Culture and Sports"]),
    ("The Ministry of Defence and the General Staff said the attack failed.", ["General Staff"]),
    # a nationality's body: with its own head noun, or no body at all before people it has
    ("However, according to the Ukrainian intelligence service, the video was a ploy.",
     ["Ukrainian intelligence service"]),
    ("But according to Russian military bloggers, the attack surprised Russia.", []),
    ("According to Ukrainian government sources, a grain silo was damaged.", []),
    ("According to British intelligence and the Pentagon, the army lost 100 tanks.",
     ["British intelligence", "Pentagon"]),
    # citing opening the sentence; Ukrainian «стало відомо», as Russian «стало известно»; a head before a comma
    ("Со ссылкой на ТАСС сообщается, что мост закрыт.", ["ТАСС"]),
    ("З посиланням на Укрінформ повідомляється, що міст закрито.", ["Укрінформ"]),
    ("Як стало відомо ДСНС, міст закрито.", ["ДСНС"]),
    ("Ссылаясь на Минобороны, агентство пишет, что мост закрыт.", ["Минобороны"]),
    # a Cyrillic body before its verb: adjectives from a capital, its head, its complements and where it is
    ("Запорізька обласна військова адміністрація повідомила про обстріл.",
     ["Запорізька обласна військова адміністрація"]),
    ("Державна прикордонна служба повідомила про затримання.", ["Державна прикордонна служба"]),
    ("Головне управління Національної поліції в Примерській області повідомило про затримання.",
     ["Головне управління Національної поліції в Примерській області"]),
    ("Міська рада Примерська повідомила про відключення.", ["Міська рада Примерська"]),
    ("Про це повідомили Сили оборони півдня Примерії.", ["Сили оборони півдня Примерії"]),  # «сили» heads it
    ("Про це повідомило Міністерство у справах ветеранів.", ["Міністерство у справах ветеранів"]),
    ("Акимат Примерской области сообщил об отключении.", ["Акимат Примерской области"]),  # «акимат» a body's word
    # its press service by the body's common noun: the body named before, whole
    ("Следственный комитет Примерии возбудил дело, сообщает пресс-служба ведомства.",
     ["Следственный комитет Примерии"]),
    # English bodies of up to eight words, their lowercase head after a capital, where they are based left out
    ("The Main Intelligence Directorate of Primeria's Defense Ministry said the ship was hit.",
     ["Main Intelligence Directorate of Primeria's Defense Ministry"]),
    ("The Primer police department said two people were detained.", ["Primer police department"]),
    ("The U.S.-based Institute for the Study of Primers said Russia advanced.", ["Institute for the Study of Primers"]),
    ("State-run TASS said the blast was heard.", ["TASS"]),
    # a word ending the sentence before is no part of a body's name
    ("PRIMERPRESS. The Russian Federal Agency for Air Transport grounded the plane. Later the agency said that it was "
     "safe.", ["Russian Federal Agency"]),
    ("Также об этом пишет Новая газета Европа.", ["Новая газета Европа"]),  # «газета» is the name's own word
    ("Об этом пишет российская газета «Коммерсант».", ["Коммерсант"]),
    # datelines with the month in any of the languages; «По материалам …» as a source line
    ("КИЇВ. 3 травня. УНН. Міст закрито.", ["УНН"]),
    ("Минск, 3 мая /Корр. БЕЛТА/. Мост закрыт.", ["БЕЛТА"]),
    # the reporter's name and a dash before the agency between the slashes
    ("Примерск, 21.08.23. /Иван Примеров — Примерпресс/. Мост закрыт.", ["Примерпресс"]),
    ("Примерск, 27.12.24. /Айгуль Примерова – Примерпресс/. Мост закрыт.", ["Примерпресс"]),
    ("Астана, 3 мамыр, ҚазАқпарат. Көпір жабылды.", ["ҚазАқпарат"]),
    ("Москва, 3 мая. Сегодня в городе закрыли мост.", []),
    ("Мост закрыт.\nПо материалам ТАСС", ["ТАСС"]),
    ("Мост закрыт, пострадавших нет. (ТАСС)", ["ТАСС"]),  # a known agency in brackets closing the paragraph
    ("Мост закрыт, пострадавших нет. (МВД)", []),
    # Ukrainian «повідомили» before the bodies, as Russian «сообщили»
    ("Про це повідомили НАБУ та САП.", ["НАБУ", "САП"]),
    ("Про це повідомили Повітряні сили.", ["Повітряні сили"]),
    ("Про це повідомили Олег Примеренко та Іван Коваль.", []),
    # a reporting verb, then a name closing the sentence: its source, though the name reads as nothing in particular
    ("The road was closed on Monday, reports Primer-Inform.", ["Primer-Inform"]),
    ("The road was closed on Monday, writes Ivan Petrov.", []),
    # bylines set apart by bars
    ("Primerburg mayor says the road is open\nReuters | Updated: 29-05-2023 06:09 IST | Created: 29-05-2023 06:09 "
     "IST\nThe road was open.", ["Reuters"]),
    ("PRIMERBURG | Primerinform | The road was open on Sunday.", ["Primerinform"]),
    ("BBC News | Primer service\nThe road was open.", []),  # one bar: a title's parts
    # a body in lowercase words: its forces too
    ("The air force said it was checking the reports.", ["air force"]),
    ("Primeria was attacked overnight, and its air force said it shot down all drones.", []),
    # a plural type word after a list of names
    ("The Reuters and Primer Wire news agencies cited officials as saying the road was closed.",
     ["Reuters", "Primer Wire"]),
    ("Several Primerian media outlets have reported the closure.", []),
    # what is claimed with a verb of its own is reported
    ("The Primer Resistance Front claimed the base had come under attack.", ["Primer Resistance Front"]),
    # after a comma, a name with a verb of its own opens a new clause: not one more source in the list
    ("According to the Primer Institute, the Kremlin is preparing a new offensive.", ["Primer Institute"]),
    # a person named after a comma is no holder of the body's office
    ("According to the Primer Ministry, Ivan Primerov was detained.", ["Primer Ministry"]),
    # a headline over the story is no citation of its own: the story's sentence is
    ("Primer Ministry says the road is closed\nThe road was closed on Monday, the Primer Ministry said.",
     ["Primer Ministry"]),
    ("Primer Group says it hit the base\nThe base was hit.", []),
    # a source line naming a site by its address's word, in lowercase
    ("The road was closed.\n\nSource: primerinform", ["primerinform"]),
    ("The road was closed.\nSource: all roads in Primerburg are closed\n", []),
    # an agency glued to the story's last sentence
    ("The road was closed on Monday.-Primerpress\n", ["Primerpress"]),
    ("The road was closed on Monday./PRIMA", ["PRIMA"]),
    ("The well-Known road was closed on Monday and/Or later.\n", []),
    # a credit line opening with the English of «По материалам»
    ("The road was closed.\nBased on materials from Primerinform", ["Primerinform"]),
    # a ministry's fields listed with commas, the last after "and"
    ("The Ministry of Primer Development, Innovations and Aerospace Industry has announced the plan.",
     ["Ministry of Primer Development, Innovations and Aerospace Industry"]),
    ("Seals are safe, according to the Ministry of Ecology, Geology and Primer Resources, Primerinform reports.",
     ["Ministry of Ecology, Geology and Primer Resources", "Primerinform"]),
    ("According to the Ministry of Primer Affairs, Ivan Petrov and Olga Petrova were detained.",
     ["Ministry of Primer Affairs"]),
    # a name and its short name in brackets, in title case
    ("Yesterday, the Primerian National News Agency (Primerinform) quoted the mayor as saying the road was closed.",
     ["Primerian National News Agency (Primerinform)"]),
    ("Ivan Primerov (Primerchik) said the road was closed.", []),  # a person's nickname
    # what the body is, in lowercase words before its verb, is no part of its name (its press service is)
    ("Meanwhile, Primerhydromet national weather service warns of rising water.", ["Primerhydromet"]),
    ("The Primer Region press service said the road was open.", ["Primer Region press service"]),
    # whom an outlet cited is a source beside it
    ("The arrests were confirmed, Primer Agency cited a report of Primerian news agency 24PR.",
     ["Primer Agency", "24PR"]),
    ("The film was cited by Primerinform as the best.", ["Primerinform"]),
    # the body its representatives speak for
    ("According to representatives of the Primer Emergency Committee, the grass caught fire.",
     ["Primer Emergency Committee"]),
    # a feed's footer names the site the story came from
    ("The road was closed.\nThe post Road closed appeared first on Primer news service.", ["Primer news service"]),
    ("The road was closed in Primerburg Read Full Article at Primer.com\nThe bridge was open.", ["Primer.com"]),
    # a website cited
    ("The rules changed, according to the website of the Primer Ministry of Justice.", ["Primer Ministry of Justice"]),
    ("The list was posted on the Primer Observer website on Monday.", ["Primer Observer"]),
    # data cited as a source
    ("According to preliminary data from the Primer Ministry of Interior, the building was hit.",
     ["Primer Ministry of Interior"]),
    ("Data from the Primer Statistics Committee show that prices rose.", ["Primer Statistics Committee"]),
    ("Prices rose, data from the Primer Statistics Committee showed.", ["Primer Statistics Committee"]),
    # a dateline's agency, then its reporter after a comma
    ("PRIMERBURG, April 23 — Primer News, Ivan Primerov. Houses were flooded.", ["Primer News"]),
    # a syndicator's credit names the outlet it took the story from
    ("(MENAFN- Primerinform) The court sentenced two men.", ["Primerinform"]),
    # a long official name is read whole, not cut at its ninth word
    ("The bridge was closed, reported the Press Center of the Border Troops of the State Committee for National "
     "Security of Primeria.", ["Press Center of the Border Troops of the State Committee for National Security of "
                              "Primeria"]),
]


@pytest.mark.parametrize(("text", "expected"), OUTLET_FORMS)
def test_outlets_named_in_each_form(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two were hurt.\nREAD MORE: West backed attack on Primer – Politico", []),
        ("Двоє поранених.\nЧитайте також: У Примерській області тривають бої – ОВА\n", []),
        ("Two were hurt, the governor said. – Reuters", ["Reuters"]),  # this article's own credit
    ],
)
def test_a_related_articles_headline_credit_is_not_this_articles_source(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister invited him to Primerstan, Primerinform News Agency conveys.", "Primerinform News Agency"),
        ("The Primer Hydrometeorological Service warns of strong wind in the region.",
         "Primer Hydrometeorological Service"),
    ],
)
def test_a_body_that_warns_or_an_agency_that_conveys_is_a_source(text: str, name: str) -> None:
    assert name in [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Primer Ministry of Internal Affairs recalled that fines apply.", "Primer Ministry of Internal Affairs"),
        ("The Primer Olympic Committee (POC) responded to claims on Monday.",
         "Primer Olympic Committee (POC)"),
        ("The Primer Disaster Management Agency (PDMA) mentioned that twelve died.",
         "Primer Disaster Management Agency (PDMA)"),
    ],
)
def test_a_body_that_recalls_responds_or_mentions_is_a_source(text: str, name: str) -> None:
    assert name in [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


def test_a_court_that_declares_is_not_a_source() -> None:
    # "declared" is what a court or a ruler does, an act reported, not a statement quoted
    text = "The Central District Court of Primer declared the channel extremist."
    assert [c for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == []


def test_a_mark_after_a_space_ends_the_outlets_name_as_a_mark_does() -> None:
    # "сообщает РБК ." (the mark set apart) reads as "сообщает РБК."
    text = ("Самолет приземлился, согласно данным сервиса FlightPrimer. Лайнер относится к авиации ФСБ, сообщает "
            "Примерное агентство РПА .\nРанее прилетели борты.")
    assert "РПА" in [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Forces advance, bloggers say\n(Reuters) - Russian forces have advanced further.", "Reuters"),
        ("Primerinfo.kz – A fraudulent call center was dismantled in Primerstan.", "Primerinfo.kz"),
    ],
)
def test_a_line_opening_with_the_agency_alone_is_a_dateline(text: str, name: str) -> None:
    assert [(c.rule, c.name) for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == [
        ("outlet.dateline", name)]


def test_a_parenthesis_opening_a_line_is_no_dateline_unless_an_agency() -> None:
    assert extract_citations(article_from_text("(Photo) - The bridge was closed on Monday.")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Как сообщается на сайте суда, приговор вступил в силу.", "сайте суда"),
        ("Как сообщает официальный сайт мэрии, дороги откроют в среду.", "официальный сайт мэрии"),
    ],
)
def test_a_bodys_website_named_by_its_common_noun(text: str, name: str) -> None:
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == [name]


def test_a_bodys_website_that_says_nothing_is_no_source() -> None:
    assert extract_citations(article_from_text("Сайт суда не работал два дня.")) == []


def test_a_dateline_with_an_english_month_and_the_agency_in_slashes() -> None:
    text = "Primerville, 28 February /PRIMERPRES/ - The government approved the plan."
    assert ("outlet.dateline", "PRIMERPRES") in [(c.rule, c.name) for c in extract_citations(article_from_text(text))]


def test_a_dateline_with_a_full_stop_after_the_city() -> None:
    text = "PRIMER-CITY. PRIMERINFORM - The Ministry announced new rules."
    assert ("outlet.dateline", "PRIMERINFORM") in [(c.rule, c.name) for c in extract_citations(article_from_text(text))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two quoted names before the verb: both
        ("Ранее «Примерньюс» и «Вторые вести» сообщали, что мост закрыт.", {"Примерньюс", "Вторые вести"}),
        # whose statement, named before the impersonal verb
        ("В сообщении Минтранса говорится, что мост закрыт.", {"Минтранса"}),
        ("В заявлении пресс-службы МВД отмечается, что мост закрыт.", {"пресс-службы МВД"}),
        ("У заяві «Примеренерго» зазначається, що світла немає.", {"Примеренерго"}),
    ],
)
def test_russian_outlet_forms_from_a_table(text: str, names: set[str]) -> None:
    assert {c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"} == names


@pytest.mark.parametrize("text", ["В сообщении говорится, что мост закрыт.", "В этом сообщении говорится о мосте."])
def test_a_statement_of_no_one_named(text: str) -> None:
    assert extract_citations(article_from_text(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Primer News, citing the Primer Ministry of Transport, reported that the bridge was closed.",
         {"Primer News", "Primer Ministry of Transport"}),
        ("The bridge is closed, a Primerinform correspondent reports.", {"Primerinform"}),
        ("ASTANA. March 3. PRIMERINFORM - The bridge is closed.", {"PRIMERINFORM"}),
    ],
)
def test_english_outlet_forms_from_a_table(text: str, names: set[str]) -> None:
    assert {c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"} == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Мінтранс уточнює, що міст закрито.", "Мінтранс"),  # a ministry's short name
        ("Відповідно до даних Мінтрансу, міст закрито.", "Мінтрансу"),
        ("Міст закрито, кажуть у Мінтрансі.", "Мінтрансі"),
        ("За словами представників Мінтрансу, міст закрито.", "Мінтрансу"),
    ],
)
def test_ukrainian_outlet_forms_from_a_table(text: str, name: str) -> None:
    assert name in [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


@pytest.mark.parametrize(
    "text",
    [
        # a first name no list knows, an office before the name: a person speaking, by surname or in full
        "Serbian President Aleksandar Vucic met the envoy. \"We agreed,\" Vucic wrote on Monday.",
        "The talks went well, RBC reports with reference to his press secretary Aidos Ukibay. Aidos Ukibay wrote "
        "that the visit will go ahead.",
        "The governor of Luhansk, Serhyi Haidai, spoke. Haidai said the town was shelled.",
    ],
)
def test_a_person_named_with_an_office_is_no_outlet_later(text: str) -> None:
    assert [n for n in outlets(text) if n != "RBC"] == []


def test_the_before_a_surname_makes_no_person() -> None:
    from archiver.citations.extract import _a_person

    assert _a_person("Aidos Ukibay", frozenset({"ukibay"})) and not _a_person("The Bulletin", frozenset({"bulletin"}))


@pytest.mark.parametrize("text", ["The Guardian reported that the port closed.",
                                  "The port closed, The Guardian reported."])
def test_a_known_paper_whose_name_reads_as_a_demonym(text: str) -> None:
    assert outlets(text) == ["Guardian"]  # ("Guardian": "-ian" as in "Russian"; "the" is no part of the name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (whoever told it is a source too)
        ("Interfax was told at the State Police that the case was opened.", ["Interfax", "State Police"]),
        ("Interfax was told by Ivan Petrov that the case was opened.", ["Interfax"]),
        ("Kloop was informed by the press service that the road was closed.", ["Kloop"]),
        ("John Smith was told to leave the building.", []),  # a person, no outlet
    ],
)
def test_an_outlet_that_was_told(text: str, expected: list[str]) -> None:
    assert [n for n in outlets(text) if n != "press service"] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He told the Primerpres news agency that he would run.", "Primerpres"),
        ("An army spokesman tells Primeria's Zoran news agency that it was a test.", "Primeria's Zoran"),
        ("Prices rose, according to the Primosti business daily.", "Primosti"),
    ],
)
def test_a_type_word_after_a_name_makes_it_an_outlet(text: str, name: str) -> None:
    # the name alone reads as nothing in particular; "news agency" or "daily" after it says what it is
    assert name in [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


def test_a_nationality_before_a_type_word_is_no_outlet() -> None:
    # the nationality alone is no name; the country's state television as a whole is (outlet.state_media)
    text = "The video was also published by the Chechen state television channel."
    assert [c.name for c in extract_citations(article_from_text(text)) if c.kind == "outlet"] == [
        "Chechen state television"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Мост откроют в мае», — цитирует Петренко «Примеринформ».", ["Примеринформ"]),
        ("«Мост откроют в мае», — цитирует сообщение ведомства Примерпресс.", ["Примерпресс"]),
        ("«Мост откроют в мае», — приводит слова губернатора Primernews со ссылкой на пресс-службу.", ["Primernews"]),
        ("«Мост откроют в мае», — цитирует Петренко primersk.ru.", ["primersk.ru"]),
        ("«Мост откроют в мае», — цитирует Ивана Петренко.", []),  # whom it quotes alone: no outlet
    ],
)
def test_the_outlet_closing_a_clause_after_whom_it_quotes(text: str, expected: list[str]) -> None:
    assert [n for n in outlets(text) if n not in ("пресс-службу",)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ранее сетевое издание «Примерск.ру» со ссылкой на источники и анонимный Telegram-канал, который, по "
         "некоторым данным, связан с мэрией, сообщило об отставке.", ["Примерск.ру"]),
        ("15 сентября украинское издание Primerval со ссылкой на представителя разведки, чье имя не называется, "
         "заявило о взрыве.", ["Primerval"]),
        ("Про вибух писали місцеві ЗМІ, а також «Примерні вісті» із посиланням на коментар поліції.",
         ["Примерні вісті"]),
        ("Іван Петренко з посиланням на джерела заявив про вибух.", []),  # a person citing someone
    ],
)
def test_a_name_citing_someone_is_a_source(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # «Сил» alone, the genitive plural, heads a body's name (a word that only opens with it, «Силовики», not)
        ("Про це йдеться у повідомленні Сил оборони Примерщини у фейсбуці.", "Сил оборони Примерщини"),
        ("Представництво президента України в Криму повідомляє про затримання Івана Примеренка.",
         "Представництво президента України в Криму"),
    ],
)
def test_a_body_headed_by_forces_or_a_representation_keeps_its_lowercase_words(text: str, name: str) -> None:
    assert outlets(text) == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Про це повідомляють місцеві Telegram-канали та Примерська міська військова адміністрація.",
         ["Примерська міська військова адміністрація"]),
        ("Цю інформацію розповіли місцеві телеграм-канали та «Примерне».", ["Примерне"]),
        ("Про це пише Примерінформ з посиланням на телеграм-канали та пропагандистське агентство «Примерпрес».",
         ["Примерінформ", "Примерпрес"]),
        ("Об этом сообщают местные телеграм-каналы и пресс-служба Примерской мэрии.",
         ["пресс-служба Примерской мэрии"]),
    ],
)
def test_a_body_listed_after_unnamed_channels_is_an_outlet(text: str, expected: list[str]) -> None:
    # the channels are a Telegram citation of their own, the body after them an outlet
    assert outlets(text) == expected


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Міст закрили вранці.\nЩо кажуть в ОВА?\nЗа словами Примеренка, рух відновлять увечері.", "Що кажуть в ОВА?"),
        ("Мост закрыли утром.\n\nЧто говорят в Примерском ТЦК\n\nВ ведомстве уточнили, что ремонт завершат к вечеру.",
         "Что говорят в Примерском ТЦК"),
    ],
)
def test_a_heading_asking_what_a_body_says_cites_nothing(text: str, heading: str) -> None:
    lo = text.index(heading)
    cited = [c for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]
    assert [c.text for c in cited if lo <= c.start < lo + len(heading)] == []


@pytest.mark.parametrize(("text", "verb"), [("Об этом МВД не сообщило.", "сообщило"), ("Про це МВС не повідомило.",
                                                                                       "повідомило")])
def test_the_name_before_a_negated_verb_is_no_source(text: str, verb: str) -> None:
    # what was not said cites nothing
    assert _before(text, text.index(verb)) is None
    said = text.replace(" не ", " ")
    assert _before(said, said.index(verb)) is not None
