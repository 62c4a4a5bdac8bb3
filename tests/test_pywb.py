"""pywb as an optional replay oracle: our WARCs, copied into a pywb collection, replay like our own server.

pywb pins old packages, so it lives in its own venv: ``$ARCHIVER_ORACLES/pywb/bin/`` (CI) or
``.oracles/pywb/bin/`` in the checkout (``bash scripts/install-oracles.sh .oracles``). Skipped without it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.test_serve_archive import (
    PAGE_V1,
    PAGE_V2,
    Filled,
    Served,
    fetch,
)

REPO = Path(__file__).resolve().parents[1]


def pywb_bin() -> Path | None:
    root = os.environ.get("ARCHIVER_ORACLES")
    folder = Path(root) / "pywb" / "bin" if root else REPO / ".oracles" / "pywb" / "bin"
    return folder if (folder / "wayback").is_file() and (folder / "wb-manager").is_file() else None


PYWB = pywb_bin()
pytestmark = [
    pytest.mark.pywb,
    pytest.mark.skipif(PYWB is None, reason="pywb not installed (bash scripts/install-oracles.sh .oracles, "
                                            "or set ARCHIVER_ORACLES)"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def wayback(filled: Filled, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """pywb's wayback over a collection holding the archive's WARCs; yields the collection's URL."""
    assert PYWB is not None
    home = tmp_path_factory.mktemp("pywb")
    warcs = sorted(str(p) for p in (filled.settings.archive / "warcs").glob("*.warc.gz"))
    assert warcs, "the archive has no closed WARC files"
    for command in ([str(PYWB / "wb-manager"), "init", "coll"], [str(PYWB / "wb-manager"), "add", "coll", *warcs]):
        done = subprocess.run(command, cwd=home, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
    port = free_port()
    base = f"http://127.0.0.1:{port}/coll"
    with open(home / "wayback.log", "w") as log:
        process = subprocess.Popen([str(PYWB / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=home,
                                   stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if fetch(f"{base}/cdx?url={quote(filled.page, safe='')}&output=json").status == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"wayback did not start: {(home / 'wayback.log').read_text()[-2000:]}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_pywb_replays_a_captured_page_as_stored(wayback: str, served: Served, filled: Filled) -> None:
    for ts, body in (("20260101120000", PAGE_V1), ("20260120120000", PAGE_V2)):
        theirs = fetch(f"{wayback}/{ts}id_/{filled.page}")
        ours = fetch(f"{served.base}/web/{ts}id_/{filled.page}")
        assert theirs.status == ours.status == 200
        assert theirs.body == ours.body == body
        assert theirs.headers["Memento-Datetime"] == ours.headers["Memento-Datetime"]


def test_pywb_replays_a_revisit_as_the_original_content(wayback: str, served: Served, filled: Filled) -> None:
    theirs = fetch(f"{wayback}/20260110120000id_/{filled.page}")
    assert theirs.status == 200 and theirs.body == PAGE_V1
    assert theirs.headers["Memento-Datetime"] == "Sat, 10 Jan 2026 12:00:00 GMT" == \
        fetch(f"{served.base}/web/20260110120000id_/{filled.page}").headers["Memento-Datetime"]


def test_provenance_records_do_not_shadow_the_page_in_pywb(wayback: str, filled: Filled) -> None:
    lines = fetch(f"{wayback}/cdx?url={quote(filled.page, safe='')}&output=json").text.splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    assert [row["mime"] for row in rows] == ["text/html", "warc/revisit", "text/html"]
    provenance = fetch(f"{wayback}/20260101120000id_/urn:provenance:{filled.page}")
    assert provenance.status == 200 and json.loads(provenance.body)["target"] == filled.page


def test_pywb_loads_and_replays_our_wacz(filled: Filled, tmp_path: Path) -> None:
    """`wb-manager add --unpack-wacz` finds our index (indexes/*.cdx) and replays the page from it (issue 19)."""
    assert PYWB is not None
    from archiver.export.selection import Selection
    from archiver.export.wacz import export_wacz

    wacz = tmp_path / "out.wacz"
    export_wacz(filled.archive(), wacz, Selection())
    home = tmp_path / "pywb"
    home.mkdir()
    for command in ([str(PYWB / "wb-manager"), "init", "coll"],
                    [str(PYWB / "wb-manager"), "add", "--unpack-wacz", "coll", str(wacz)]):
        done = subprocess.run(command, cwd=home, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "does not contain" not in done.stderr, done.stderr[-2000:]
    assert (home / "collections/coll/indexes/index.cdxj").stat().st_size > 0
    port = free_port()
    base = f"http://127.0.0.1:{port}/coll"
    with open(home / "wayback.log", "w") as log:
        process = subprocess.Popen([str(PYWB / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=home,
                                   stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                replay = fetch(f"{base}/20260101120000id_/{filled.page}")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"wayback did not start: {(home / 'wayback.log').read_text()[-2000:]}")
                time.sleep(0.1)
        assert replay.status == 200 and replay.body == PAGE_V1
    finally:
        process.terminate()
        process.wait(timeout=10)
