"""Schema v4: schedules, crawl runs and source events (issue 5). Filled in by the schedule work."""

from __future__ import annotations

import sqlite3


def v4(db: sqlite3.Connection) -> None:
    pass
