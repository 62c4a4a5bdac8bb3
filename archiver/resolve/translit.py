"""Latin spellings of a name in the common transliteration systems, and a transliteration-aware score.

Russian Cyrillic goes through iuliia's schemas (Wikipedia, Telegram's own, ICAO passports, Yandex Maps, Moscow
metro, scholarly): one name, the spellings people actually use for it ("Юрий" -> Yury, Yuriy, Iurii, Jurij).
anyascii then folds whatever is left (Kazakh and Ukrainian letters, diacritics, ligatures) to ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import iuliia
from anyascii import anyascii

from archiver.resolve.names import name_similarity

SCHEMAS = (iuliia.WIKIPEDIA, iuliia.TELEGRAM, iuliia.ICAO_DOC_9303, iuliia.YANDEX_MAPS, iuliia.MOSMETRO,
           iuliia.SCIENTIFIC)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TITLE_PARTS = re.compile(r"\s+[|/•·—–-]\s+|\s*[|•·]\s*|[(\[\]),]")  # "Военные хроники | Military Chronicles"


@lru_cache(maxsize=4096)
def latin_spellings(name: str) -> tuple[str, ...]:
    """The name in Latin letters, once per distinct spelling; the most common system first."""
    text = unicodedata.normalize("NFKC", name).strip()
    if not _CYRILLIC.search(text):
        return (anyascii(text),)
    spellings = [anyascii(schema.translate(text)) for schema in SCHEMAS] + [anyascii(text)]
    return tuple(dict.fromkeys(s.replace("'", "").replace("`", "") for s in spellings))


def _parts(title: str) -> list[str]:
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p and p.strip()]
    return [title, *parts] if len(parts) > 1 else [title]


def title_score(cited: str, title: str) -> float:
    """0..1: how well a channel's title matches the name an article cited, in any script or spelling.

    A title made of parts ("Военные хроники | Military Chronicles") matches when one part does.
    """
    best = 0.0
    for part in _parts(title):
        for a in latin_spellings(cited):
            for b in latin_spellings(part):
                best = max(best, name_similarity(a, b))
                if best == 1.0:
                    return best
    return best
