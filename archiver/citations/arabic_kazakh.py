"""Kazakh written in the Arabic script (töte jazu, as Kazakh sites in China publish it), read through a Cyrillic
shadow, as latin_kazakh does for the Latin alphabets.

The script is phonemic, so each letter has one Cyrillic counterpart; only the vowels а/ә, о/ө, ұ/ү, ы/і share a
letter and the word says which: a hamza (ٴ or ء, dropped from the shadow) or a letter only front-vowel words
have (ە, ك, گ) makes the whole word front («ءوزىنىڭ» өзінің), otherwise it is back («حابارلايدى» хабарлайды).
Latin words, links and numbers stay as written ("دەپ حابارلايدى Egemen.kz" -> "деп хабарлайды Egemen.kz"). The
script has no capitals, so names written in it come out lowercase; the rules still find what a cue word or quotes
mark.
"""

from __future__ import annotations

import re

from .shadow import Shadow, ShadowWriter

# Letters of Kazakh's Arabic alphabet that Arabic and Persian lack (Uyghur shares some; its lines are spelled too,
# harmlessly: the rules look for Kazakh words)
_KAZAKH_ARABIC = re.compile("[\u06c7\u06cb\u06ad\u06d5\u0674\u06c6\u0676\u0677\u0678]")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile("[\u0600-\u06ff]+")
_HAMZAS = "\u0674\u0621"  # ٴ (the standard high hamza) and ء (used for it on many sites)
_FRONT_LETTERS = re.compile("[\u06d5\u0647\u0643\u06a9\u06af\u0674\u0621\u0676\u0677\u0678]")  # ە ه ك ک گ, hamzas
_CONSONANTS = {
    "\u0628": "б", "\u067e": "п", "\u062a": "т", "\u062c": "ж", "\u0686": "ч", "\u062d": "х", "\u062f": "д",
    "\u0631": "р", "\u0632": "з", "\u0633": "с", "\u0634": "ш", "\u0639": "ғ", "\u0641": "ф", "\u0642": "қ",
    "\u0643": "к", "\u06a9": "к", "\u06af": "г", "\u06ad": "ң", "\u0644": "л", "\u0645": "м", "\u0646": "н",
    "\u06c6": "в", "\u06cb": "у", "\u064a": "й", "\u06be": "һ", "\u06d5": "е", "\u0647": "е",
    "\u060c": ",", "\u061b": ";", "\u061f": "?",
}
_CYRILLIC_VOWELS = frozenset("аәеиоөұүыіэюя")
# Russian loanwords break vowel harmony where the script cannot show it (an ە makes the whole word front): the stems
# the rules read, spelled back as Kazakh Cyrillic writes them («تەلەگرام» is телеграм, not телегрәм)
_LOANWORDS = {"телегрәм": "телеграм", "редәктөр": "редактор", "депәртәмент": "департамент", "көмитет": "комитет",
              "гәзет": "газет", "қізмет": "қызмет", "бәспәсөз": "баспасөз", "денсәуліқ": "денсаулық"}
_LOANWORD = re.compile(r"\A(?:" + "|".join(_LOANWORDS) + ")")
# The four letters for two vowels each: (back, front)
_VOWELS = {"\u0627": ("а", "ә"), "\u0648": ("о", "ө"), "\u06c7": ("ұ", "ү"), "\u0649": ("ы", "і"), "\u06cc": ("ы", "і"),
           "\u0676": ("ө", "ө"), "\u0677": ("ү", "ү"), "\u0678": ("і", "і")}


def arabic_shadow(text: str) -> Shadow | None:
    """The text with its Arabic-script Kazakh lines spelled in Cyrillic; None when it has none (one scan for the
    letters only Kazakh uses). A hamza is dropped, so offsets map through the ``Shadow``."""
    if not _KAZAKH_ARABIC.search(text):
        return None
    shadow = ShadowWriter(text)
    for line in _LINE.finditer(text):
        if len(_KAZAKH_ARABIC.findall(line.group())) < 2:
            continue
        for word in _WORD.finditer(text, line.start(), line.end()):
            shadow.copy_to(word.start())
            front = bool(_FRONT_LETTERS.search(word.group()))
            spelled: list[str] = []
            for k, letter in enumerate(word.group()):
                if letter in _HAMZAS:
                    shadow.dropped(word.start() + k + 1)
                elif letter in _VOWELS:
                    spelled.append(_VOWELS[letter][front])
                elif letter == "\u064a":  # й after a vowel, и after a consonant («مادەنيەت» мәдениет)
                    spelled.append("й" if spelled and spelled[-1] in _CYRILLIC_VOWELS else "и")
                else:
                    spelled.append(_CONSONANTS.get(letter, letter))
            shadow.write(_LOANWORD.sub(lambda m: _LOANWORDS[m.group()], "".join(spelled)), upto=word.end())
    return shadow.finish()
