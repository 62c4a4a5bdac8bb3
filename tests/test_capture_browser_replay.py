"""Issue 15: a browser capture, exported as WACZ, replays in pywb with the text only its script put there.

Needs pywb (scripts/install-oracles.sh) and Chromium + Playwright; skipped without them. The origin is shut
down before replay, so the text can only come from the archive. The replay is read in Chromium.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from pathlib import Path

import pytest

from archiver.capture.browser import browser_problem, chromium_path
from archiver.settings import Settings
from tests.servers import OriginServer, Response
from tests.test_capture_browser import APP_JS, SCRIPT_TEXT, SHELL
from tests.test_pywb import PYWB, free_port
from tests.test_serve_archive import fetch

PROBLEM = browser_problem(Settings())
pytestmark = [
    pytest.mark.browser,
    pytest.mark.pywb,
    pytest.mark.skipif(PYWB is None, reason="pywb not installed (bash scripts/install-oracles.sh .oracles)"),
    pytest.mark.skipif(PROBLEM is not None, reason=str(PROBLEM)),
]


def _collection(home: Path, wacz: Path) -> None:
    """A pywb collection loaded from the WACZ itself (its indexes/index.cdx), as a reader would."""
    assert PYWB is not None
    wb = str(PYWB / "wb-manager")
    subprocess.run([wb, "init", "coll"], cwd=home, capture_output=True, timeout=60, check=True)
    added = subprocess.run([wb, "add", "--unpack-wacz", "coll", str(wacz)], cwd=home, capture_output=True,
                           text=True, timeout=60, check=False)
    assert added.returncode == 0 and "does not contain any indices" not in added.stderr + added.stdout, added.stderr


def _text_in_replay(url: str) -> list[str]:
    """The #root text of every frame of url once it has settled, as Chromium shows it."""
    from playwright.async_api import async_playwright

    async def read() -> list[str]:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=chromium_path(Settings()), args=["--no-sandbox"])
            page = await browser.new_page()
            await page.goto(url, wait_until="networkidle", timeout=30_000)
            texts = [await frame.evaluate("() => document.getElementById('root')?.textContent || ''")
                     for frame in page.frames]
            await browser.close()
            return texts

    return asyncio.run(read())


def test_pywb_replays_the_script_loaded_text_from_the_wacz(run, archive_dir: Path, tmp_path: Path) -> None:
    with OriginServer() as origin:
        origin.set_route("/app", SHELL)
        origin.set_route("/app.js", Response(200, APP_JS, (("Content-Type", "application/javascript"),)))
        body = json.dumps({"text": SCRIPT_TEXT}).encode()
        origin.set_route("/data.json", Response(200, body, (("Content-Type", "application/json"),)))
        page = origin.url("/app")
        [row] = run("capture", "--browser", "--json", page).json_lines()
    assert row["ok"] and row["mode"] == "browser"
    wacz = tmp_path / "capture.wacz"
    assert run("export", "wacz", str(wacz)).exit_code == 0
    home = tmp_path / "pywb"
    home.mkdir()
    _collection(home, wacz)
    port = free_port()
    with open(home / "wayback.log", "w") as log:
        process = subprocess.Popen([str(PYWB / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=home,
                                   stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}/coll"
        deadline = time.monotonic() + 30
        while not _answers(f"{base}/cdx?url={page}&output=json"):
            assert process.poll() is None and time.monotonic() < deadline, (home / "wayback.log").read_text()[-2000:]
            time.sleep(0.2)
        stamp = row["captured_at"][:19].replace("-", "").replace(":", "").replace("T", "")
        texts = _text_in_replay(f"{base}/{stamp}/{page}")
        assert SCRIPT_TEXT in texts
    finally:
        process.terminate()
        process.wait(timeout=10)


def _answers(url: str) -> bool:
    try:
        return fetch(url).status == 200
    except OSError:
        return False
