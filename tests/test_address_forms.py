"""Issue 18 (8): IPv6 forms that carry an IPv4 address are judged by that address."""

from __future__ import annotations

import pytest

from archiver.capture.guard import address_is_public, check_url
from archiver.errors import BlockedTarget


@pytest.mark.parametrize("address", [
    "2002:7f00:1::1",  # 6to4 of 127.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254 (cloud metadata)
    "2002:a00:1::",  # 6to4 of 10.0.0.1
    "2002:c0a8:101:1::5",  # 6to4 of 192.168.1.1
    "::ffff:127.0.0.1",  # IPv4-mapped
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",  # Teredo
])
def test_ipv6_forms_of_private_ipv4_are_refused(address: str) -> None:
    assert not address_is_public(address)
    with pytest.raises(BlockedTarget, match="^refused "):
        check_url(f"http://[{address}]/", allow_private=False)


@pytest.mark.parametrize("address", ["2002:808:808::1", "2606:4700:4700::1111", "8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert address_is_public(address)
