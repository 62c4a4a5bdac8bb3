"""Record boundaries of per-record-gzip WARCs at every size class, cut at every kind of place (issue 18).

Records inflate to 1 KB, 300 KB, 3 MB and 30 MB, some compressible (HTML-like text) and some not
(random bytes), so that members end both inside one read and many inflate windows after the first.
Crash recovery must keep exactly the complete records before a cut; ``verify``'s scan must read a
healthy file cleanly and still catch a flipped byte.
"""

from __future__ import annotations

import io
import logging
import random
import zlib
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders

from archiver.fixity.scan import iter_scanned
from archiver.warc import records as rec
from archiver.warc.members import GzipMembers, TruncatedMember
from archiver.warc.recover import complete_prefix, recover_directory
from archiver.warc.store import WarcStore

KB, MB = 1024, 1024 * 1024
SIZES = [1 * KB, 300 * KB, 3 * MB, 30 * MB]


def _body(size: int, compressible: bool, seed: int) -> bytes:
    rng = random.Random(seed)
    if not compressible:
        return rng.randbytes(size)
    words = [b"<p>", b"</p>", b"citation", b"channel", b"telegram", b"source", b"archive", b"\n", b"2026"]
    out = bytearray()
    while len(out) < size:
        out += rng.choice(words) + b" "
    return bytes(out[:size])


def _write_warc(folder: Path, bodies: list[bytes]) -> Path:
    store = WarcStore(folder, gzip_level=1)
    date = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    for n, body in enumerate(bodies):
        url = f"https://example.org/{n}"

        def build(warcinfo_id: str, body: bytes = body, url: str = url) -> list:  # type: ignore[type-arg]
            import hashlib

            head = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            return [rec.response_record(url, date, head, io.BytesIO(body), len(body),
                                        hashlib.sha256(body).hexdigest(), "192.0.2.1", None, warcinfo_id)]

        store.append(build)
    store.close()
    [path] = (folder / "warcs").glob("*.warc.gz")
    return path


def _offsets(data: bytes) -> list[int]:
    """Member boundaries found the slow, obviously right way: inflate each member whole."""
    offsets = [0]
    while offsets[-1] < len(data):
        inflater = zlib.decompressobj(zlib.MAX_WBITS + 16)
        inflater.decompress(data[offsets[-1]:])
        offsets.append(len(data) - len(inflater.unused_data))
    return offsets


@cache
def mixed_warc() -> tuple[bytes, tuple[int, ...]]:
    """A WARC with records of every size class, compressible and not, small ones between large ones."""
    import tempfile

    bodies = []
    for i, size in enumerate(SIZES):
        bodies.append(_body(size, compressible=True, seed=i))
        bodies.append(_body(1 * KB, compressible=False, seed=100 + i))
        if size <= 3 * MB:
            bodies.append(_body(size, compressible=False, seed=200 + i))
    folder = Path(tempfile.mkdtemp(prefix="archiver-members-"))
    data = _write_warc(folder, bodies).read_bytes()
    return data, tuple(_offsets(data))


def _walk(data: bytes, read_size: int, inflate_size: int) -> list[tuple[int, int]]:
    members = GzipMembers(io.BytesIO(data), read_size=read_size, inflate_size=inflate_size)
    found = []
    while not members.at_end():
        start = members.offset
        produced = sum(len(piece) for piece in members.inflate())
        found.append((start, produced))
    return found


@pytest.mark.parametrize(("read_size", "inflate_size"), [(256 * KB, 256 * KB), (256 * KB, MB), (4096, 1000),
                                                         (MB, 64 * KB)])
def test_members_end_where_they_end_at_every_size(read_size: int, inflate_size: int) -> None:
    data, offsets = mixed_warc()
    found = _walk(data, read_size, inflate_size)
    assert [start for start, _ in found] == list(offsets[:-1])
    for (start, produced), end in zip(found, offsets[1:], strict=True):
        assert produced == len(zlib.decompress(data[start:end], zlib.MAX_WBITS + 16))


def test_a_member_cut_short_says_so() -> None:
    data, offsets = mixed_warc()
    members = GzipMembers(io.BytesIO(data[: offsets[1] - 3]))
    with pytest.raises(TruncatedMember):
        list(members.inflate())


def test_recovery_keeps_every_complete_record_of_every_size() -> None:
    data, offsets = mixed_warc()
    assert complete_prefix(io.BytesIO(data)) == len(data)
    # at every boundary, and inside the gzip header, the deflate stream and the trailer of the next member
    for start, end in zip(offsets, offsets[1:], strict=False):
        for cut in {start, start + 3, start + 12, (start + end) // 2, end - 5, end - 1}:
            assert complete_prefix(io.BytesIO(data[:cut])) == start, (start, cut)


def test_recovery_of_an_open_file_keeps_large_records(tmp_path: Path) -> None:
    """The crash case of issue 18: a .open file cut inside a record after a 3 MB and a 30 MB record."""
    data, offsets = mixed_warc()
    warcs = tmp_path / "warcs"
    warcs.mkdir()
    cut = (offsets[-3] + offsets[-2]) // 2
    (warcs / "a.warc.gz.open").write_bytes(data[:cut])
    [recovered] = recover_directory(warcs)
    assert recovered.kept_bytes == offsets[-3]
    assert recovered.path.read_bytes() == data[: offsets[-3]]
    with recovered.path.open("rb") as fh:
        assert sum(1 for _ in ArchiveIterator(fh)) == len(offsets) - 3


def test_verify_scan_is_clean_on_healthy_records_of_every_size() -> None:
    data, offsets = mixed_warc()
    scanned = list(iter_scanned(io.BytesIO(data)))
    assert [(r.offset, r.length, r.problems) for r in scanned] == [
        (start, end - start, []) for start, end in zip(offsets, offsets[1:], strict=False)]


def test_verify_scan_catches_a_flipped_byte_in_a_large_record() -> None:
    data, offsets = mixed_warc()
    big = offsets.index(max(offsets[:-1], key=lambda o: offsets[offsets.index(o) + 1] - o))
    start, end = offsets[big], offsets[big + 1]
    inflated = bytearray(zlib.decompress(data[start:end], zlib.MAX_WBITS + 16))
    inflated[len(inflated) // 2] ^= 1  # one bit of the payload, re-deflated so the gzip stream stays valid
    member = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    damaged = data[:start] + member.compress(bytes(inflated)) + member.flush() + data[end:]
    scanned = list(iter_scanned(io.BytesIO(damaged)))
    bad = [r for r in scanned if r.problems]
    assert [r.offset for r in bad] == [start]
    assert "block digest mismatch" in bad[0].problems[0]
    assert len(scanned) == len(offsets) - 1  # every record after it still found


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_recovery_at_random_cuts_keeps_exactly_the_complete_records(data: st.DataObject) -> None:
    whole, offsets = mixed_warc()
    cut = data.draw(st.integers(0, len(whole)))
    kept = complete_prefix(io.BytesIO(whole[:cut]))
    assert kept == max(o for o in offsets if o <= cut)


def test_an_open_file_that_cannot_be_read_never_stops_the_archive_opening(run, origin, archive_dir: Path,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    """A stale '.open' entry recovery cannot open (here a folder of that name) is left alone, with a warning;
    every command still works and the other stale files are still closed."""
    data, offsets = mixed_warc()
    assert run("capture", origin.url("/html")).exit_code == 0
    warcs = archive_dir / "warcs"
    (warcs / "broken.warc.gz.open").mkdir()
    (warcs / "cut.warc.gz.open").write_bytes(data[: offsets[2] + 10])
    with caplog.at_level(logging.WARNING, logger="archiver.warc.recover"):
        listed = run("schedule", "list")
    assert listed.exit_code == 0, listed.stderr
    assert "left broken.warc.gz.open as it is" in caplog.text
    assert (warcs / "cut.warc.gz").read_bytes() == data[: offsets[2]]
    assert run("lookup", origin.url("/html")).exit_code == 0
    verified = run("verify", "--json")  # verify names the entry as a problem and checks everything else
    assert verified.exit_code == 1
    problems = verified.json_lines()[:-1]
    assert [(p["file"], p["problem"].split(":")[0]) for p in problems] == [
        ("warcs/broken.warc.gz.open", "cannot be read")]
