"""Processes that open a new archive's index at the same moment all get it (two crawls from cron, say).

SQLite answers "database is locked" at once, busy timeout or not, to a connection that meets another one
switching the new file to WAL; before the fix about one round in seven of six simultaneous opens failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

_OPEN_AT = """
import sys, time
from pathlib import Path
from archiver.index.db import Index
start = float(sys.argv[2])
while time.time() < start:
    pass
Index(Path(sys.argv[1])).close()
"""


def test_simultaneous_first_opens_all_succeed(tmp_path: Path) -> None:
    failures = []
    for attempt in range(12):
        path = tmp_path / f"round{attempt}" / "index.sqlite3"
        start = time.time() + 0.6  # every process is started and waiting by then
        processes = [subprocess.Popen([sys.executable, "-c", _OPEN_AT, str(path), str(start)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(6)]
        for process in processes:
            _, err = process.communicate(timeout=120)
            if process.returncode != 0:
                failures.append(err.strip().splitlines()[-1])
    assert failures == []
