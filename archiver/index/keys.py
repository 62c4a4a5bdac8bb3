"""The one spelling of a URL's index key: its SURT (as pywb and cdxj-indexer key their CDXJ lines).

Every table that finds captures by URL, the CDXJ export and every lookup use this function, so a URL
always meets its own captures. A URL that surt cannot parse keys as itself, lower-cased, as the index
has always stored such keys (changing it would strand rows already written).
"""

from __future__ import annotations

from functools import lru_cache

import surt as surtlib


@lru_cache(maxsize=4096)  # pure, and asked for the same URL several times per capture
def url_key(url: str) -> str:
    try:
        return str(surtlib.surt(url))
    except Exception:  # noqa: BLE001  (surt raises assorted errors on odd URLs)
        return url.lower()
