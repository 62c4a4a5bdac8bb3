"""Schema v5: full-text search over captured text, verification manifests (issue 6). Filled in by that work."""

from __future__ import annotations

import sqlite3


def v5(db: sqlite3.Connection) -> None:
    pass
