"""Session 20, Russian and Ukrainian outlets: constructions of the language, each with made-up variants (other
names, other case endings, other verbs, other word order), and the look-alikes that must stay out."""

from __future__ import annotations

import pytest

from archiver.citations import article_from_text, extract_citations


def outlets(text: str) -> list[str]:
    return [c.name or "" for c in extract_citations(article_from_text(text)) if c.kind == "outlet"]


def cited(text: str, name: str) -> bool:
    return any(name.casefold() in found.casefold() for found in outlets(text))


# «По предварительным данным X», «За попередніми даними X»: an adjective of how sure or how new the figures are
@pytest.mark.parametrize(("text", "name"), [
    ("По предварительной информации ГАИ, водитель уснул за рулем.", "ГАИ"),
    ("По предварительным данным ГИБДД, водитель уснул за рулем.", "ГИБДД"),
    ("По последним данным МЧС, пострадавших нет.", "МЧС"),
    ("По уточненным данным областного Минздрава, заболевших стало больше.", "Минздрава"),
    ("По новым оценкам ООН, беженцев стало больше.", "ООН"),
    ("По официальным сведениям Росстата, цены выросли.", "Росстата"),
    ("За попередніми даними ДСНС, постраждалих немає.", "ДСНС"),
    ("За оновленими даними Генштабу, ворог втратив 20 дронів.", "Генштабу"),
    ("За попередньою інформацією поліції Київщини, водій заснув.", "поліції"),
    ("За офіційними даними МОЗ, хворих побільшало.", "МОЗ"),
])
def test_figures_qualified(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "По всей видимости, водитель уснул за рулем.",
    "По другим данным, водитель уснул за рулем.",
    "По словам очевидцев, водитель уснул за рулем.",
    "За попередніми даними, постраждалих немає.",
])
def test_figures_qualified_no_source(text: str) -> None:
    assert outlets(text) == []


# A ministry named by its fields, listed with commas: «Министерство сельского хозяйства, торговли и …»
@pytest.mark.parametrize(("text", "name"), [
    ("По данным Министерства сельского хозяйства, торговли, пищевой и перерабатывающей промышленности Тверской "
     "области, урожай собран.", "Министерства сельского хозяйства, торговли, пищевой и перерабатывающей промышленности "
                               "Тверской области"),
    ("Як повідомило Міністерство енергетики, вугільної промисловості та захисту довкілля, шахти працюють.",
     "Міністерство енергетики, вугільної промисловості та захисту довкілля"),
    ("За даними Міністерства освіти і науки України, школи відкриті.", "Міністерства освіти і науки України"),
])
def test_ministry_fields_kept_whole(text: str, name: str) -> None:
    assert name in outlets(text)


# When it was said, between the verb and the name: «сообщает в понедельник, 6 июля, агентство ТАСС»
@pytest.mark.parametrize(("text", "name"), [
    ("Об этом сообщает в понедельник, 6 июля, информационное агентство ТАСС.", "ТАСС"),
    ("Об этом сообщило в воскресенье агентство Интерфакс.", "Интерфакс"),
    ("Об этом пишет сегодня «Коммерсантъ».", "Коммерсантъ"),
    ("Про це пише сьогодні Reuters.", "Reuters"),
    ("Про це повідомило у середу, 3 березня, агентство Укрінформ.", "Укрінформ"),
])
def test_time_between_verb_and_name(text: str, name: str) -> None:
    assert cited(text, name)


# What the outlet found out or tells: «Как выяснила «Медиазона»», «розповідає 24 Канал»
@pytest.mark.parametrize(("text", "name"), [
    ("Как выяснила «Медиазона», приговор вынесен.", "Медиазона"),
    ("Как выяснила «Новая газета», приговор вынесен.", "Новая газета"),
    ("Как узнала «Фонтанка», приговор вынесен.", "Фонтанка"),
    ("Как выяснили «Ведомости», сделка сорвалась.", "Ведомости"),
    ("Як з'ясувало \"Суспільне\", вирок ухвалено.", "Суспільне"),
    ("Як дізналося Суспільне, вирок ухвалено.", "Суспільне"),
    ("Про це розповідає 24 Канал.", "24 Канал"),
    ("Про це розповідає ТСН у своєму сюжеті.", "ТСН"),
    ("Об этом рассказывает «Фонтанка».", "Фонтанка"),
])
def test_found_out_or_tells(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "Он рассказывает о своей жизни.",
    "Как выяснил Иван Петров, дом продан.",
    "Про це розповідає Олена Петренко.",
])
def test_found_out_by_a_person(text: str) -> None:
    assert outlets(text) == []


# A company by its type word: «в авиакомпании S7», «в компанії "Київстар"»
@pytest.mark.parametrize(("text", "name"), [
    ("Как сообщили в авиакомпании «Аэрофлот», рейсы задерживаются.", "Аэрофлот"),
    ("Как сообщили в авиакомпании S7, рейсы задерживаются.", "S7"),
    ("Як повідомили в компанії Київстар, збій усунуто.", "Київстар"),
    ("В компании «Газпром» сообщили о новых поставках.", "Газпром"),
])
def test_company_typed(text: str, name: str) -> None:
    assert cited(text, name)


def test_company_head_is_a_person() -> None:
    assert outlets("Очільник компанії нагадав, що тарифи не зміняться.") == []


# The same read back from the verb after it: «Міністерство розвитку громад, територій та інфраструктури України
# повідомило» (the capitalised words before the verb are the last field's only)
@pytest.mark.parametrize(("text", "name"), [
    ("Міністерство розвитку громад, територій та інфраструктури України повідомило про ремонт.",
     "Міністерство розвитку громад, територій та інфраструктури України"),
    ("Министерство науки, высшего образования и культуры Республики Казахстан сообщило о конкурсе.",
     "Министерство науки, высшего образования и культуры Республики Казахстан"),
])
def test_ministry_fields_before_verb(text: str, name: str) -> None:
    assert name in outlets(text)


# An adverb of manner between the name and its verb: «Газпром» официально заявил
@pytest.mark.parametrize(("text", "name"), [
    ("«Газпром» официально заявил о снижении поставок.", "Газпром"),
    ("Правительство Молдовы категорически заявило, что слухи ложные.", "Правительство Молдовы"),
    ("Мінфін офіційно повідомив про нові облігації.", "Мінфін"),
])
def test_adverb_before_verb(text: str, name: str) -> None:
    assert name in outlets(text)


# An interview or a talk opening the sentence: «В беседе с «Известиями» эксперт отметил», «У розмові з "Суспільним"»
@pytest.mark.parametrize(("text", "name"), [
    ("В беседе с «Известиями» эксперт отметил рост цен.", "Известиями"),
    ("В интервью РБК министр рассказал о планах.", "РБК"),
    ("У розмові з «Суспільним» експерт зазначив зростання цін.", "Суспільним"),
    ("Він зазначив це у розмові з РБК-Україна.", "РБК-Україна"),
    ("У інтерв'ю Укрінформу міністр розповів про плани.", "Укрінформу"),
])
def test_talk_opening_sentence(text: str, name: str) -> None:
    assert cited(text, name)


# Counting and earlier statements: «Как подсчитала «Верстка»», «Ранее Минобороны заявляло»
@pytest.mark.parametrize(("text", "name"), [
    ("Как подсчитала «Верстка», погибли 100 человек.", "Верстка"),
    ("Как подсчитали «Важные истории», погибли 100 человек.", "Важные истории"),
    ("Як підрахувало «Суспільне», загинули 100 людей.", "Суспільне"),
    ("Как ранее заявляло Минобороны России, атаки отражены.", "Минобороны России"),
])
def test_counted_or_stated_before(text: str, name: str) -> None:
    assert cited(text, name)


def test_counted_by_a_person() -> None:
    assert outlets("Как подсчитал Иван Петров, погибли 100 человек.") == []


# A body named in words, its head an organisation's noun, before any verb of saying by its stem (the Russian
# dictionary's lemma, the Ukrainian ending): «Служба безпеки України підтвердила», «Правительство региона опровергло»
@pytest.mark.parametrize(("text", "name"), [
    ("Служба безпеки України підтвердила затримання агента.", "Служба безпеки України"),
    ("Вчора Служба безпеки підтвердила інформацію про затримання.", "Служба безпеки"),
    ("Повітряні сили ЗСУ попередили про загрозу балістики.", "Повітряні сили ЗСУ"),
    ("Національна поліція спростувала чутки про мобілізацію.", "Національна поліція"),
    ("Державна прикордонна служба уточнила кількість перетинів.", "Державна прикордонна служба"),
    ("Міністерство оборони Росії оприлюднило відео удару.", "Міністерство оборони Росії"),
    ("Генеральний штаб ЗСУ уточнив дані про втрати.", "Генеральний штаб ЗСУ"),
    ("Правительство региона опровергло слухи об эвакуации.", "Правительство региона"),
    ("Министерство обороны России подтвердило удар по складу.", "Министерство обороны России"),
    ("Следственный комитет России уточнил детали дела.", "Следственный комитет России"),
    ("Главное управление МЧС по Москве предупредило о сильном ветре.", "Главное управление МЧС"),
    ("Федеральная налоговая служба напомнила о сроках уплаты.", "Федеральная налоговая служба"),
    ("Міністерство регіонального розвитку, будівництва та ЖКГ України спростувало цю інформацію.",
     "Міністерство регіонального розвитку, будівництва та ЖКГ України"),
])
def test_body_then_verb_by_stem(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    # a headline over the story: the story cites, not its headline
    "Министерство обороны опровергло информацию о потерях\nВедомство заявило, что данные ложные.",
    "Командир роты Иван Петров подтвердил потери.",
    "Вечером на День Министерства культуры озвучил планы министр.",
    "Минюст объявил Telegram-канал иноагентом.",
    "Повітряні сили оголосили тривогу.",
    "Иван Петров, глава пресс-службы, опроверг слухи.",
    "Молодь Києва повідомила про вибух.",  # no organisation's noun
])
def test_body_then_verb_by_stem_not_cited(text: str) -> None:
    assert outlets(text) == []


# Whose request, between the verb and the body: «повідомили на запит журналістів у Міністерстві оборони»
@pytest.mark.parametrize(("text", "name"), [
    ("Про це повідомили на запит журналістів у Міністерстві оборони.", "Міністерстві оборони"),
    ("Про це повідомили на запит Петренка в Міністерстві оборони.", "Міністерстві оборони"),
    ("Об этом сообщили на запрос РБК в мэрии Москвы.", "мэрии"),
    ("Как ответили в ответ на запрос «Известий» в Минтрансе, проект готов.", "Минтрансе"),
    ("Це підтвердили у відповідь на запит «Суспільного» в Нацполіції.", "Нацполіції"),
])
def test_request_between_verb_and_body(text: str, name: str) -> None:
    assert cited(text, name)


# One word before a verb of saying by its stem, a type word saying what it is: «Видання Bloomberg зазначило»
@pytest.mark.parametrize(("text", "name"), [
    ("Видання Bloomberg зазначило, що угоду скасовано.", "Bloomberg"),
    ("Агентство Reuters уточнило, що угоду скасовано.", "Reuters"),
    ("Издание Politico уточнило, что сделка сорвалась.", "Politico"),
    ("При этом агентство Bloomberg подчеркнуло, что сделка сорвалась.", "Bloomberg"),
])
def test_typed_name_then_verb_by_stem(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "Иван Петров уточнил, что сделка сорвалась.",
    "ДСНС опублікувала статистику пожеж.",  # one word, no type word: an alias as often (the listed verbs only)
])
def test_one_word_then_verb_by_stem_not_cited(text: str) -> None:
    assert outlets(text) == []


# What was said (or «как»), any verb of saying by its stem, then who said it: «Об этом предупредило МЧС»
@pytest.mark.parametrize(("text", "name"), [
    ("Об этом рассказала пресс-служба МВД.", "пресс-служба МВД"),
    ("Об этом предупредило МЧС.", "МЧС"),
    ("Информацию подтвердило Минобороны России.", "Минобороны России"),
    ("Эту информацию опроверг Кремль.", "Кремль"),
    ("Об этом уточнила пресс-служба Кремля.", "пресс-служба Кремля"),
    ("Об этом проинформировала Росавиация.", "Росавиация"),
    ("Об этом напомнил Роспотребнадзор.", "Роспотребнадзор"),
    ("Как уточнила Росавиация, рейсы задерживаются.", "Росавиация"),
    ("Про це попередило Укренерго.", "Укренерго"),
    ("Про це розповіла пресслужба ДСНС.", "ДСНС"),
    ("Це підтвердив Генштаб ЗСУ.", "Генштаб ЗСУ"),
    ("Цю інформацію спростувала СБУ.", "СБУ"),
    ("Про це також попередила Укрзалізниця.", "Укрзалізниця"),
    ("Як уточнили «Суспільне», рух відновлено.", "Суспільне"),
])
def test_said_this_then_who(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "Об этом рассказала Мария.",
    "Об этом рассказал Иван Петров.",
    "Об этом предупредил Песков.",
    "Про це розповіла Олена Петренко.",
    "Об этом объявил клуб.",
    "Как рассказали очевидцы, взрыв был громким.",
])
def test_said_this_by_a_person(text: str) -> None:
    assert outlets(text) == []


# Any verb of saying by its stem, impersonal, before the body: «напомнили в Роспотребнадзоре»
@pytest.mark.parametrize(("text", "name"), [
    ("Об этом напомнили в Роспотребнадзоре.", "Роспотребнадзоре"),
    ("Об этом предупредили в МЧС региона.", "МЧС"),
    ("Про це попередили в Укренерго.", "Укренерго"),
    ("Про це нагадали у Пенсійному фонді.", "Пенсійному фонді"),
    ("Як запевняють у ДСНС, загрози немає.", "ДСНС"),
    ("Как разъяснили в Минтрудe, выплаты продолжатся.", "Минтруд"),
])
def test_said_in_body_by_stem(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "Трансфер анонсировали в «Зените».",
    "Об этом напомнили в Москве.",
    "Об этом заявили в Киеве.",  # where, not who (the listed verbs too)
    "Как сообщили в Вашингтоне, переговоры продолжатся.",
])
def test_said_in_no_body(text: str) -> None:
    assert outlets(text) == []


# The body first, then any verb of saying by its stem, impersonal: «У Миколаївській ОВА запевняють»
@pytest.mark.parametrize(("text", "name"), [
    ("Проте в Миколаївській ОВА запевняють, що вибухи не в місті.", "Миколаївській ОВА"),
    ("У МОЗ наголошують, що вакцин достатньо.", "МОЗ"),
    ("У Повітряних силах ЗСУ попереджали про загрозу балістики.", "Повітряних силах ЗСУ"),
    ("В Минздраве предупреждают о росте заболеваемости.", "Минздраве"),
    ("В Роспотребнадзоре напомнили о правилах.", "Роспотребнадзоре"),
    ("У Нацбанку спростовують чутки про девальвацію.", "Нацбанку"),
    ("В Укрэнерго разъясняют, что отключений не будет.", "Укрэнерго"),
])
def test_body_then_impersonal_verb_by_stem(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "30 серпня в Україні відзначають День авіації.",
    "В Москве рассказывают о новых правилах.",
])
def test_body_then_impersonal_verb_no_body(text: str) -> None:
    assert outlets(text) == []


# A line opening with an information agency's abbreviation, a dateline: «ИА SakhaNews. В аэропорту …»
@pytest.mark.parametrize(("text", "name"), [
    ("ИА SakhaNews. В аэропорту Якутска приземлился самолет.", "SakhaNews"),
    ("ИА «Регнум» — В аэропорту Минска приземлился самолет.", "Регнум"),
    ("ІА Вчасно. У Києві приземлився літак.", "Вчасно"),
    ("ИА Красная Весна: самолет приземлился.", "Красная Весна"),
    ("Текст заметки.\nИА «Приморье»", "Приморье"),
])
def test_agency_opening_line(text: str, name: str) -> None:
    assert name in outlets(text)


def test_agency_word_mid_line_is_no_dateline() -> None:
    assert outlets("Он работал в ИА Новости до 2010 года.") == []


# One person told a well-known outlet, its name unquoted in any case: «Про це він розповів Суспільному»
@pytest.mark.parametrize(("text", "name"), [
    ("Про це він розповів Суспільному.", "Суспільному"),
    ("Про це вона сказала Укрінформу.", "Укрінформу"),
    ("Об этом он рассказал Интерфаксу.", "Интерфаксу"),
    ("Об этом она заявила Известиям в понедельник.", "Известиям"),
    ("Об этом он сказал Медузе, попросив не называть его имени.", "Медузе"),
    ("При этом экономист сказала Bloomberg, что ставки вырастут.", "Bloomberg"),
])
def test_told_known_outlet_any_case(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "Об этом он рассказал Путину.",
    "Про це він розповів Зеленському на зустрічі.",
    "Об этом она сказала Марии.",
])
def test_told_a_person(text: str) -> None:
    assert outlets(text) == []


# «в етері» (a spelling of «в ефірі»), a typed outlet before a listed verb, a body's analysts
@pytest.mark.parametrize(("text", "name"), [
    ("Про це він сказав в етері NV.", "NV"),
    ("Видання Reuters повідомило про це з посиланням на джерела.", "Reuters"),
    ("Агентство Bloomberg сообщило, что сделка сорвалась.", "Bloomberg"),
    ("Як зазначають аналітики ISW, росіяни наступають.", "ISW"),
    ("По мнению аналитиков Bloomberg Economics, ставка вырастет.", "Bloomberg Economics"),
    ("Исследователи «Левада-центра» отмечают рост тревожности.", "Левада-центра"),
])
def test_aired_typed_analysts(text: str, name: str) -> None:
    assert cited(text, name)


def test_analyst_by_name() -> None:
    assert outlets("Аналитик Иван Петров считает, что ставка вырастет.") == []


# A quoted one-word name before a verb of saying by its stem, the verb agreeing with it: «"Коммерсантъ" выяснил»
@pytest.mark.parametrize(("text", "name"), [
    ("«Коммерсантъ» выяснил, что сделка сорвалась.", "Коммерсантъ"),
    ("«Медуза» уточнила, что сделка сорвалась.", "Медуза"),
    ("\"Укренерго\" попередило про відключення.", "Укренерго"),
    ("«Нафтогаз» спростував чутки про борги.", "Нафтогаз"),
    ("Ранее «Аэрофлот» опроверг слухи о банкротстве.", "Аэрофлот"),
])
def test_quoted_name_then_verb_by_stem(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "«Переименование» объяснили тем, что название устарело.",  # plural: impersonal, they explained
    "Сообщество «Наш город» опровергло слухи.",  # a group on a social network
])
def test_quoted_name_then_verb_by_stem_not_cited(text: str) -> None:
    assert outlets(text) == []


# Ukrainian forecasts, counts and «згідно з»: «За прогнозом Укргідрометцентру», «Згідно з даними ООН»; a service
@pytest.mark.parametrize(("text", "name"), [
    ("За прогнозом Укргідрометцентру, буде холодно.", "Укргідрометцентру"),
    ("За прогнозами Укргідрометцентру, буде холодно.", "Укргідрометцентру"),
    ("Згідно з прогнозом Укргідрометцентру, буде холодно.", "Укргідрометцентру"),
    ("За підрахунками ООН, біженців побільшало.", "ООН"),
    ("Згідно із даними НБУ, інфляція зросла.", "НБУ"),
    ("За даними сервісу Opendatabot, бізнесів побільшало.", "Opendatabot"),
    ("Согласно данным сервиса Flightradar24, самолет развернулся.", "Flightradar24"),
    ("Як підрахували в Opendatabot, бізнесів побільшало.", "Opendatabot"),
    ("Как подсчитали в Росстате, цены выросли.", "Росстате"),
    ("Аналітики Opendatabot підрахували, що бізнесів побільшало.", "Opendatabot"),
])
def test_forecasts_counts_services(text: str, name: str) -> None:
    assert cited(text, name)


# A press service named by whose it is, an office's holder: the service speaks, not the person
@pytest.mark.parametrize(("text", "name"), [
    ("Пресс-служба губернатора опровергла информацию о взрыве.", "Пресс-служба губернатора"),
    ("Пресслужба президента повідомила про зустріч.", "Пресслужба президента"),
    ("Пресс-служба главы региона сообщила о встрече.", "Пресс-служба главы региона"),
])
def test_press_service_of_an_office(text: str, name: str) -> None:
    assert cited(text, name)


def test_office_holder_speaking() -> None:
    assert outlets("Глава региона Иван Петров сообщил о встрече.") == []


# A clause after a comma or a dash, any verb of saying by its stem, then an organisation's name
@pytest.mark.parametrize(("text", "name"), [
    ("Пожар потушен, уточнила пресс-служба МВД.", "пресс-служба МВД"),
    ("«Угрозы нет», — подчеркнули в Минэнерго.", "Минэнерго"),
    ("Пострадавших нет, добавило МЧС.", "МЧС"),
    ("Загрози немає, — запевнила пресслужба ДСНС.", "ДСНС"),
    ("Рух відновлено, уточнило Міністерство інфраструктури.", "Міністерство інфраструктури"),
])
def test_clause_after_comma_then_who(text: str, name: str) -> None:
    assert cited(text, name)


@pytest.mark.parametrize("text", [
    "Он вернулся домой, рассказал Иван Петров.",
    "Дом сгорел, подтвердил губернатор.",
    "Ми переможемо, — написав Саакашвілі.",
])
def test_clause_after_comma_a_person(text: str) -> None:
    assert outlets(text) == []


# A ministry's field in the genitive, lowercase, kept with its head: «Міністерство інфраструктури»
@pytest.mark.parametrize(("text", "name"), [
    ("Про це повідомило Міністерство внутрішніх справ України.", "Міністерство внутрішніх справ України"),
    ("За даними Міністерства охорони здоров'я, хворих побільшало.", "Міністерства охорони здоров'я"),
    ("Як повідомляє Міністерство юстиції, реєстр оновлено.", "Міністерство юстиції"),
])
def test_ministry_field_lowercase(text: str, name: str) -> None:
    assert name in outlets(text)
