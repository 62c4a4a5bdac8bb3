"""Kazakh written in the Latin alphabet (2018: á ǵ ı ń ó ú ý; 2021: ä ǧ ı ŋ ö ū ü ş), read through a Cyrillic shadow.

Kazakh news sites publish the same text in both scripts ("dep habarlaıdy Egemen.kz", "baspasóz qyzmeti málim
etkendeı"). Rather than a second copy of every Kazakh rule, such lines are spelled letter for letter in
Cyrillic ("деп хабарлайды", "баспасөз қызметі мәлім еткендей"); every offset found in the shadow maps back to the
original, and the citation's text, name and context are taken from the original.
Links, domains and handles stay as written, so they are still found as links and names ("Egemen.kz").
"""

from __future__ import annotations

import re

from .shadow import Shadow, ShadowWriter

# Letters of the two Latin alphabets (2018, 2021) that English and Russian text lacks; a line is Kazakh when it
# has two of them and a common Kazakh word (a Spanish or German name has the letters, not the words).
_KAZAKH_LATIN = re.compile(r"[áǵńóúýäǧğŋñöūüşÁǴŃÓÚÝÄǦĞŊÑÖŪÜŞ]")
_ALPHABET_2021 = re.compile(r"[äǧğŋñöūüşÄǦĞŊÑÖŪÜŞ]")
_KAZAKH_WORD = re.compile(
    r"(?<![\w-])(?:dep|men|jáne|jäne|týraly|turaly|bul|būl|osy|boıynsha|boiynşa|degen|úshin|üşin|sondaı-aq|"
    r"sondai-aq|bolyp|eken|qazir|sııaqty|siiaqty|habarla\w*|málim\w*|mälım\w*|"
    r"boldy|bolady|bolǵan|bolğan|emes|dedi|aıtty|aitty)(?![\w-])",  # was, is, not, said
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]+")
_KEEP = re.compile(r"\S*(?:://|www\.|@)\S*|[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,4})(?![\w])(?:/\S*)?", re.IGNORECASE)
_LOWER_2018 = dict(zip("abcdefghijklmnopqrstuvwxyzáǵńóúýı", "абцдефгхіжклмнопқрстұвухызәғңөүуи", strict=True))
_LOWER_2021 = dict(zip("abcdefghijklmnopqrstuvwxyzäǧğŋñöūüşçı", "абцдефгхижклмнопқрстувухызәғғңңөұүшчі", strict=True))
_DIGRAPHS = {"sh": "ш", "ch": "ч", "gh": "ғ"}  # "habarlaýynsha" хабарлауынша, "qorghanys" қорғаныс
_DIGRAPH = re.compile(r"[sScCgG][hH]")
_Y_AFTER_VOWEL = re.compile(r"(?<=[аеоиуыәөұүіэАЕОИУЫӘӨҰҮІЭ])и")
_TABLE_2018 = str.maketrans(_LOWER_2018 | {k.upper(): v.upper() for k, v in _LOWER_2018.items() if k != "ı"})
_TABLE_2021 = str.maketrans(_LOWER_2021 | {k.upper(): v.upper() for k, v in _LOWER_2021.items() if k not in "iı"}
                            | {"I": "І", "İ": "И"})


def cyrillic_shadow(text: str) -> Shadow | None:
    """The text with its Latin-script Kazakh lines spelled in Cyrillic; None when it has none (the common case:
    one scan for the letters that only Kazakh uses). A digraph ("sh", "ch", "gh") becomes one letter, so offsets
    map through the ``Shadow``."""
    if not _KAZAKH_LATIN.search(text):
        return None
    shadow = ShadowWriter(text)
    for line in _LINE.finditer(text):
        if len(_KAZAKH_LATIN.findall(line.group())) < 2 or not _KAZAKH_WORD.search(line.group()):
            continue  # "José Álvarez" in an English line
        shadow.copy_to(line.start())
        table = _TABLE_2021 if _ALPHABET_2021.search(line.group()) else _TABLE_2018
        for keep in _KEEP.finditer(text, line.start(), line.end()):
            _spell(shadow, keep.start(), table)
            shadow.copy_to(keep.end())  # links, domains and handles as written
        _spell(shadow, line.end(), table)
    return shadow.finish()


def _spell(shadow: ShadowWriter, end: int, table: dict[int, str]) -> None:
    """Spell the original from where the writer stands to end in Cyrillic: letter for letter, then each
    digraph's two letters made one."""
    start = shadow.done
    chunk = shadow.original[start:end]
    spelled = _Y_AFTER_VOWEL.sub("й", chunk.translate(table))  # "habarlaıdy" хабарлайды, "Sergeı" Сергей
    done = 0
    for pair in _DIGRAPH.finditer(chunk):
        letter = _DIGRAPHS[pair.group().casefold()]
        shadow.write(spelled[done : pair.start()] + (letter.upper() if pair.group()[0].isupper() else letter))
        shadow.dropped(start + pair.end())  # the digraph's second letter
        done = pair.end()
    shadow.write(spelled[done:], upto=end)
