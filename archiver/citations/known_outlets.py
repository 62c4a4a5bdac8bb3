"""Well-known news outlets, named as news text writes them: what lets "…, notes Sputnik Belarus" or "RBC-Ukraine
said" cite an outlet when the wording alone (a weak rule: "X said") would not.

A reader knows these names; the rules see only capitalised words. The list is general knowledge of the
region's and the world's news media (wire agencies, papers, broadcasters, large online outlets), Latin and
Cyrillic spellings; not names taken from the corpus. Words that are also common nouns («Спутник», «Звезда»,
«Хабар» — Kazakh for "news" —, "Focus", "Time") are left out: at a sentence's start they would read as outlets.
"""

from __future__ import annotations

import re

_NAMES = """
tass | тасс | ria novosti | риа новости | риа | interfax | интерфакс | rbc | рбк | kommersant | коммерсантъ |
коммерсант | vedomosti | ведомости | izvestia | izvestiya | известия | meduza | медуза | fontanka | фонтанка |
novaya gazeta | новая газета | rt | russia today | sputnik | ren tv | рен тв | ntv | нтв | rossiya-24 | россия-24 |
россия 24 | regnum | регнум | moskovsky komsomolets | московский комсомолец | komsomolskaya pravda |
комсомольская правда | argumenty i fakty | аргументы и факты | aif | аиф | rossiyskaya gazeta | российская газета |
the bell | mediazona | медиазона | echo of moscow | эхо москвы | tv rain | forbes | форбс | the insider |
ukrinform | укрінформ | укринформ | unian | уніан | униан | ukrainska pravda | ukrainian pravda |
українська правда | украинская правда | suspilne | суспільне | суспильне | rbc-ukraine | рбк-україна |
рбк-украина | hromadske | громадське | nv | нв | новое время | новий час | censor.net | цензор.нет | tsn | тсн |
24 канал | channel 24 | espreso | еспресо | unn | унн | interfax-ukraine | інтерфакс-україна | интерфакс-украина |
glavcom | главком | dzerkalo tyzhnia | дзеркало тижня | зеркало недели | obozrevatel | обозреватель |
kyiv independent | kyiv post | economichna pravda | економічна правда | radio svoboda | радіо свобода |
радио свобода | radio liberty | rfe/rl | радио азаттык | current time | настоящее время | deutsche welle | dw |
bbc | би-би-си | бі-бі-сі | ббс | voice of america | голос америки | euronews | евроньюс | cnn | associated press |
ap | afp | agence france-presse | france-presse | reuters | рейтер | рейтерс | bloomberg | блумберг |
the new york times | new york times | nyt | the washington post | washington post | the wall street journal |
wall street journal | wsj | financial times | the financial times | ft | the guardian | the economist | politico |
axios | bellingcat | al jazeera | аль-джазира | anadolu | xinhua | синьхуа | kyodo | yonhap | dpa | ansa | efe |
irna | tasnim | mehr | fars | trt | cnbc | abc news | nbc news | cbs news | sky news | the times | the telegraph |
daily mail | the independent | der spiegel | spiegel | bild | le monde | la repubblica | corriere della sera | el pais |
kazinform | казинформ | қазақпарат | kazakhstan today | kaztag | казтаг | tengrinews | тенгриньюс | informburo |
информбюро | khabar | khabar 24 | хабар 24 | ktk | ктк | azattyq | азаттык | азаттық | egemen qazaqstan |
егемен қазақстан | kun.uz | gazeta.uz | daryo | akipress | акипресс | 24.kg | kaktus media | kloop | клооп |
report | apa | trend | azertac | armenpress | belta | белта | nasha niva | наша ніва | наша нива | onliner |
al-monitor | middle east eye | arab news | haaretz | times of israel | the times of israel | jerusalem post |
the jerusalem post | al arabiya | eurasianet | kaktus.media | zakon.kz | vlast.kz | orda.kz | tengrinews.kz | isna |
nhk | tehran times | press tv | lb.ua | liga.net | zaxid.net | news.am | report.az | civil.ge | interpressnews |
kabar | asia-plus | khovar
"""


def name_set(listed: str) -> frozenset[str]:
    """The names of an "a | b | c" list, lowered (known_channels.py keeps its list so too)."""
    return frozenset(n.strip() for n in listed.casefold().replace("\n", " ").split("|") if n.strip())


def key(name: str) -> str:
    """A name as the lists are looked up: lowered, «ё» as «е», quotes and runs of blanks as one blank."""
    return re.sub(r"[\s«»\"“”„']+", " ", name.casefold().replace("ё", "е")).strip()


KNOWN = name_set(_NAMES)
_SPLIT = re.compile(r"[ \t-]+")


def is_known_outlet(name: str) -> bool:
    """A well-known outlet, or one with its edition after it ("Sputnik Belarus", «РБК-Україна», "BBC Russian")."""
    k = key(name)
    if k in KNOWN:
        return True
    words = _SPLIT.split(k)
    return 1 < len(words) <= 3 and words[0] in KNOWN and all(w[:1].isalpha() for w in words[1:])


# Case endings of Russian and Ukrainian nouns and what the nominative ends with instead: «Суспільному» -> «Суспільне»,
# «Укрінформу» -> «Укрінформ», «Известиям» -> «Известия», «Медузе» -> «Медуза»
_ENDINGS = (("ому", "е"), ("ому", "ий"), ("ям", "я"), ("ям", "и"), ("ам", "ы"), ("ам", "а"), ("у", ""), ("ю", "ь"),
            ("е", "а"), ("і", "а"), ("ові", ""), ("а", ""), ("ом", ""), ("ой", "ая"), ("ій", "а"))


def is_known_outlet_in_any_case(name: str) -> bool:
    """A well-known outlet's one-word name in another case than the list's nominative («Суспільному»,
    «Интерфаксу», «Известиям»), or as listed."""
    if is_known_outlet(name):
        return True
    if " " in name.strip():
        return False
    return any(name.endswith(ending) and is_known_outlet(name[: len(name) - len(ending)] + nominative)
               for ending, nominative in _ENDINGS)
