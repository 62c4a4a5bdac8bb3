"""Issue 19: one rule for Telegram usernames, so what `aliases add` accepts the capture and the citations accept too."""

from __future__ import annotations

import pytest

from archiver.capture.telegram.urls import parse_telegram_ref
from archiver.citations.links import find_handles, telegram_link
from archiver.errors import UsageError
from archiver.flow.aliases import clean_handle

CASES = {
    "abc": False,  # too short
    "abcd": True,  # 4: collectible usernames exist
    "durov": True,
    "a" + "b" * 31: True,  # 32
    "a" + "b" * 32: False,  # 33
    "1abcd": False,  # starts with a digit
    "joinchat": False,  # t.me services
    "contact": False,
    "addlist": False,
    "Rybar_Channel": True,
}


def _alias_accepts(handle: str) -> bool:
    try:
        clean_handle(handle)
    except UsageError:
        return False
    return True


@pytest.mark.parametrize(("handle", "valid"), sorted(CASES.items()))
def test_every_stage_agrees_on_what_a_username_is(handle: str, valid: bool) -> None:
    assert _alias_accepts(handle) is valid
    assert (parse_telegram_ref(f"https://t.me/{handle}") is not None) is valid
    assert (telegram_link(f"https://t.me/{handle}") or (None, ""))[0] == (handle if valid else None)
    found = [m.handle for m in find_handles(f"Subscribe: @{handle} today")]
    assert found == ([handle] if valid else [])
