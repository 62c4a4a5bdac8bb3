"""Load a page in headless Chromium, every request answered by a Recorder; settle, scroll, screenshot.

Chromium is Debian's (``browser_path``, else ``chromium`` on PATH: nothing is downloaded), driven by
Playwright. A capture thread keeps one browser (``Chromium``) and gives each capture a new browser
context, a fresh in-memory profile, so no cookie, cache or storage passes from one capture to the
next. Nothing the page does reaches the network except through the recorder: the browser's proxy is a
port on 127.0.0.1 that refuses connections, bypassed for no host (not even loopback), so a request
that escapes routing (a redirect Chromium follows on its own, WebRTC, a prefetch) fails; WebSockets
are closed before they connect; service workers and downloads are refused.

Bounds: ``browser_timeout`` covers loading, settling and scrolling; the screenshot and the DOM each
get up to half as long again (at most SNAPSHOT_TIMEOUT), so a page that never settles (or loops on
alerts: Playwright dismisses each) still leaves what was loaded, a picture if the renderer answers,
and the limit named.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import TypeVar

from playwright.async_api import (
    Browser,
    BrowserContext,
    FloatRect,
    Page,
    Playwright,
    ViewportSize,
    async_playwright,
)
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from archiver.capture.browser import browser_problem, chromium_path
from archiver.capture.browser.recorder import Recorder
from archiver.errors import FetchError
from archiver.settings import Settings

VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
QUIET = 0.5  # seconds with no request in flight before a page counts as settled
SCROLL_PAUSE_MS = 150  # between screens while scrolling, for lazy content to start loading
SNAPSHOT_TIMEOUT = 10.0  # most seconds each for the screenshot and the DOM, past the page's own time limit
CLOSE_TIMEOUT = 10.0  # seconds for a context, browser or driver to close before it is abandoned or killed
LAUNCH_TIMEOUT = 30.0
T = TypeVar("T")
_SCROLL = """async ([limit, pause]) => {
  const bottom = () => Math.min(document.documentElement.scrollHeight, limit);
  for (let y = 0; y < bottom(); y += window.innerHeight) {
    window.scrollTo(0, y);
    await new Promise((done) => setTimeout(done, pause));
  }
  window.scrollTo(0, 0);
}"""


@dataclass
class Rendered:
    """What the browser made of the page (the requests themselves are the recorder's)."""

    url: str  # where the page ended up
    screenshot: bytes | None = None  # PNG
    dom: bytes | None = None  # the rendered DOM, serialised as HTML (UTF-8)
    limit: str | None = None  # the time limit, if the page did not settle in time
    problems: list[str] = field(default_factory=list)
    browser: str = ""  # Chromium's version


def chromium_args(dead_proxy: int) -> list[str]:
    args = [
        f"--proxy-server=http://127.0.0.1:{dead_proxy}",
        "--proxy-bypass-list=<-loopback>",  # drop Chromium's implicit bypass of loopback
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-domain-reliability", "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
        "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
        "--mute-audio", "--disable-gpu", "--hide-scrollbars",
    ]
    if os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to start its sandbox as root
    return args


class Chromium:
    """One Playwright driver and one Chromium, kept by one capture thread for its captures.

    Each capture gets a new browser context: Chromium's fresh, in-memory profile (no cookie, cache or
    storage from another capture; routing also turns the HTTP cache off). Starting the driver and the
    browser costs ~1.3 s of CPU, which a context does not. After a capture that reached a limit or went
    wrong, the browser is closed and the next capture launches a new one, so a hung renderer cannot
    touch the next page. Its event loop runs only inside render() and close(), on the calling thread.
    """

    def __init__(self, settings: Settings) -> None:
        path = chromium_path(settings)
        if path is None:
            raise FetchError(browser_problem(settings) or "no Chromium")
        self.settings = settings
        self.path = path
        self._loop = asyncio.new_event_loop()
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._dead = socket.socket()  # bound, never listening: the proxy that refuses every connection
        self._dead.bind(("127.0.0.1", 0))

    def render(self, recorder: Recorder, url: str) -> Rendered:
        """Load url in a new context with recorder answering every request; never longer than the limits."""
        settings = self.settings
        hard_limit = LAUNCH_TIMEOUT + settings.browser_timeout + 2 * snapshot_timeout(settings) + CLOSE_TIMEOUT
        try:
            rendered = self._loop.run_until_complete(asyncio.wait_for(self._render(recorder, url), hard_limit))
        except TimeoutError as exc:
            self._retire()
            raise FetchError(f"the browser did not finish within {hard_limit:g} s") from exc
        except PlaywrightError as exc:
            self._retire()
            raise FetchError(f"the browser failed: {_message(exc)}") from exc
        if rendered.limit or rendered.problems:
            self._retire()
        return rendered

    def close(self) -> None:
        self._retire()
        if self._playwright is not None:
            with contextlib.suppress(TimeoutError, PlaywrightError):
                self._loop.run_until_complete(asyncio.wait_for(self._playwright.stop(), CLOSE_TIMEOUT))
            self._playwright = None
        self._loop.close()
        self._dead.close()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def _render(self, recorder: Recorder, url: str) -> Rendered:
        browser = await self._ready()
        context = await browser.new_context(
            viewport=VIEWPORT, service_workers="block", accept_downloads=False, java_script_enabled=True
        )
        try:
            return await _load(context, browser.version, recorder, url, self.settings)
        finally:
            with contextlib.suppress(TimeoutError, PlaywrightError):
                await asyncio.wait_for(context.close(), CLOSE_TIMEOUT)

    async def _ready(self) -> Browser:
        if self._playwright is None:
            self._playwright = await async_playwright().start()
        if self._browser is None or not self._browser.is_connected():
            self._browser = await self._playwright.chromium.launch(
                executable_path=self.path, args=chromium_args(self._dead.getsockname()[1]),
                timeout=LAUNCH_TIMEOUT * 1000, handle_sigint=False, handle_sigterm=False, handle_sighup=False,
            )
        return self._browser

    def _retire(self) -> None:
        """Close the browser (the next capture launches another); if it does not close in time, the
        driver is stopped too, which kills it."""
        browser, self._browser = self._browser, None
        if browser is None:
            return
        try:
            self._loop.run_until_complete(asyncio.wait_for(browser.close(), CLOSE_TIMEOUT))
        except (TimeoutError, PlaywrightError):
            playwright, self._playwright = self._playwright, None
            if playwright is not None:
                with contextlib.suppress(TimeoutError, PlaywrightError):
                    self._loop.run_until_complete(asyncio.wait_for(playwright.stop(), CLOSE_TIMEOUT))


async def _load(context: BrowserContext, version: str, recorder: Recorder, url: str, settings: Settings) -> Rendered:
    await context.route("**/*", recorder.handle)
    await context.route_web_socket("**/*", recorder.refuse_socket)
    page = await context.new_page()
    rendered = Rendered(url=url, browser=version)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.browser_timeout
    try:
        await page.goto(url, wait_until="load", timeout=_ms(deadline - loop.time()))
        await _settle(recorder, deadline)
        await asyncio.wait_for(page.evaluate(_SCROLL, [settings.browser_max_height, SCROLL_PAUSE_MS]),
                               max(0.001, deadline - loop.time()))
        await _settle(recorder, deadline)
    except (PlaywrightTimeout, TimeoutError):
        rendered.limit = f"time limit: the page did not settle within {settings.browser_timeout:g} s"
    except PlaywrightError as exc:
        rendered.problems.append(_message(exc))
    rendered.url = page.url
    wait = snapshot_timeout(settings)
    rendered.screenshot = await _snapshot(rendered, "screenshot", _screenshot(page, settings.browser_max_height), wait)
    dom = await _snapshot(rendered, "DOM", page.content(), wait)
    rendered.dom = dom.encode("utf-8") if dom is not None else None
    return rendered


async def _settle(recorder: Recorder, deadline: float) -> None:
    """Wait until no request has been in flight for QUIET seconds; TimeoutError at the deadline."""
    loop = asyncio.get_running_loop()
    while recorder.quiet_for() < QUIET:
        if loop.time() >= deadline:
            raise TimeoutError("the page kept making requests")
        await asyncio.sleep(0.05)


async def _screenshot(page: Page, max_height: int) -> bytes:
    height = await page.evaluate("() => document.documentElement.scrollHeight")
    height = max(1, min(int(height or 1), max_height))
    clip: FloatRect = {"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height}
    return await page.screenshot(full_page=True, clip=clip, type="png")  # bounded by _snapshot


def snapshot_timeout(settings: Settings) -> float:
    """Seconds each for the screenshot and the DOM: half the page's time limit, at most SNAPSHOT_TIMEOUT."""
    return min(SNAPSHOT_TIMEOUT, max(1.0, settings.browser_timeout / 2))


async def _snapshot(rendered: Rendered, what: str, step: Awaitable[T], wait: float) -> T | None:
    """step's value, or None with the problem noted when the renderer does not answer within wait seconds."""
    try:
        return await asyncio.wait_for(step, wait)
    except (TimeoutError, PlaywrightTimeout):
        rendered.problems.append(f"no {what}: the page did not answer within {wait:g} s")
    except PlaywrightError as exc:
        rendered.problems.append(f"no {what}: {_message(exc)}")
    return None


def _ms(seconds: float) -> float:
    return max(1.0, seconds * 1000)


def _message(exc: PlaywrightError) -> str:
    return (exc.message or str(exc)).splitlines()[0]
