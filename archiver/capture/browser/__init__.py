"""Browser-grade capture: pages that only exist after their scripts run.

recorder.py answers every request Chromium makes with the project's own fetcher (guard, limits, exact
bytes); session.py drives Chromium through Playwright (load, settle, scroll, screenshot, rendered DOM);
shell.py tells from a page's HTML whether it is a script shell that needs the browser (auto mode).
Writing the records and indexing them is the orchestration's job (archiver.flow.browser_capture).
"""

from __future__ import annotations

import importlib.util
import os
import shutil

from archiver.settings import Settings


def chromium_path(settings: Settings) -> str | None:
    """The Chromium binary to drive: browser_path, else chromium on PATH (nothing is ever downloaded)."""
    path = settings.browser_path or shutil.which("chromium") or shutil.which("chromium-browser")
    return path if path and os.access(path, os.X_OK) else None


def browser_problem(settings: Settings) -> str | None:
    """Why a browser capture cannot run here, in one line with the fix; None when it can."""
    if importlib.util.find_spec("playwright") is None:
        return "browser capture needs Playwright: pip install 'provenance-archiver[browser]'"
    if chromium_path(settings) is None:
        return "browser capture needs Chromium: apt-get install chromium (or set browser_path)"
    return None
