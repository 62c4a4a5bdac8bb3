"""Issue 15 without a browser: the script-shell reading behind auto mode, mode choice, settings, a missing browser."""

from __future__ import annotations

import pytest

from archiver.capture.browser.shell import script_shell
from archiver.capture.http import HttpFetcher
from archiver.flow.browser_capture import choose_mode
from archiver.settings import load_settings
from tests.servers import OriginServer, Response

PROSE = "<p>" + "The ministry said on Tuesday that the bridge would reopen next month. " * 10 + "</p>"


@pytest.mark.parametrize(("html", "sign"), [
    ('<html><body><div id="root"></div><script src="/static/js/main.js"></script></body></html>',
     'empty framework root <div id="root">'),
    ('<html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{}</script>'
     '<script src="/_next/main.js"></script></body></html>', 'empty framework root <div id="__next">'),
    ("<html><body><app-root></app-root><script src='main.js'></script></body></html>",
     "empty framework root <app-root>"),
    ("<html ng-app='news'><body><div ng-view></div></body></html>", "empty framework root <html>"),
    ("<html><body><noscript>You need to enable JavaScript to run this app.</noscript>"
     "<div class='x'></div><script src='/a.js'></script></body></html>", "<noscript> asks for JavaScript"),
    ("<html><body><h1>News</h1><script>" + "var a=1;" * 500 + "</script></body></html>",
     "4 characters of visible text, 1 scripts (0 external, 4000 bytes inline)"),
])
def test_script_shells_are_recognised(html: str, sign: str) -> None:
    verdict = script_shell(html.encode())
    assert verdict.shell, verdict.why
    assert verdict.why.startswith("script shell: ") and sign in verdict.why


@pytest.mark.parametrize("html", [
    f"<html><head><script src='/analytics.js'></script></head><body>{PROSE}</body></html>",
    f'<html><body><div id="root">{PROSE}</div><script src="/hydrate.js"></script></body></html>',  # server-rendered
    "<html><body><p>OK</p></body></html>",  # little text, but no script could add any
])
def test_pages_with_their_text_are_not_shells(html: str) -> None:
    verdict = script_shell(html.encode())
    assert not verdict.shell and verdict.why.startswith("server-rendered: ")


def test_choose_mode_reads_the_fetched_page(origin: OriginServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    origin.set_route("/shell", b'<html><body><div id="app"></div><script src="/app.js"></script></body></html>')
    origin.set_route("/pdf", Response(200, b"%PDF-1.4", (("Content-Type", "application/pdf"),)))
    fetcher = HttpFetcher(load_settings({"archive": tmp_path, "allow_private": True}))
    fetches = []

    def mode(path: str, setting: str, hosts: str = "") -> tuple[bool, str]:
        fetches.append(fetcher.fetch(origin.url(path)))
        return choose_mode(fetches[-1], setting, hosts)

    try:
        assert mode("/html", "auto")[0] is False
        assert mode("/shell", "auto") == (True, "auto: script shell: empty framework root <div id=\"app\">; "
                                                "0 characters of visible text, 1 scripts (1 external, 0 bytes inline)")
        assert fetches[-1].final is not None and fetches[-1].final.body.tell() == 0  # left ready to be written
        assert mode("/pdf", "browser") == (False, "not HTML (application/pdf): nothing for a browser to run")
        assert mode("/notfound", "browser") == (True, "capture_mode = browser")
        assert mode("/html", "auto", "other.example, 127.0.0.1") == (
            True, "auto: host 127.0.0.1 is listed in browser_hosts")
    finally:
        for fetch in fetches:
            fetch.close()
        fetcher.close()


def test_capture_mode_setting_is_checked(run) -> None:  # type: ignore[no-untyped-def]
    result = run("capture", "http://example.org/", settings={"capture_mode": "firefox"})
    assert result.exit_code == 2 and "capture_mode must be one of http, browser, auto" in result.stderr


def test_without_a_browser_browser_mode_fails_clearly_and_auto_mode_stays_on_http(run, origin: OriginServer) -> None:  # type: ignore[no-untyped-def]
    origin.set_route("/shell", b'<html><body><div id="app"></div><script src="/app.js"></script></body></html>')
    missing = {"browser_path": "/no/such/chromium"}
    failed = run("capture", "--browser", "--json", origin.url("/shell"), settings=missing)
    [row] = failed.json_lines()
    assert failed.exit_code == 1 and not row["ok"] and row["error"].startswith("browser capture needs ")
    assert row["warc_file"] is None  # refused before anything was fetched or written
    auto = run("capture", "--json", origin.url("/shell"), settings={**missing, "capture_mode": "auto"})
    [row] = auto.json_lines()
    assert auto.exit_code == 0 and row["ok"] and row["mode"] == "http"
    assert row["why"].startswith("auto: script shell: ") and "; but browser capture needs " in row["why"]
