"""What a public Telegram username is: the one rule that citations, resolve, aliases and capture all use.

Usernames are Latin letters, digits and underscores, starting with a letter, at most 32 long. Telegram
asks 5 of new ones, but 4-character usernames exist (collectibles, sold on Fragment) and open like any
other, so 4 is the shortest accepted. The first path segments that are t.me's own services are never
usernames. This lives in the first stage that needs it; the later ones import it from here.
"""

from __future__ import annotations

import re

HANDLE_PATTERN = r"[A-Za-z][A-Za-z0-9_]{3,31}"
_HANDLE = re.compile(HANDLE_PATTERN)

# t.me paths that are services, not usernames (short ones such as "c", "s", "iv" fail the length anyway).
RESERVED = frozenset(
    "joinchat addstickers addemoji addtheme addlist share proxy socks login setlanguage invoice boost contact "
    "confirmphone giftcode www".split()
)


def is_valid_handle(value: str) -> bool:
    """True for a syntactically valid public username (not a t.me service path)."""
    return bool(_HANDLE.fullmatch(value)) and value.lower() not in RESERVED
