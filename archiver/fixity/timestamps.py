"""Trusted timestamps of the archive's files, and the queue of those still waiting for one.

    ARCHIVE/manifest.tsr                      token over manifest.json (the signed manifest's exact bytes)
    ARCHIVE/timestamps/<warc name>.tsr        token over a closed WARC file (setting timestamp = capture)
    ARCHIVE/timestamps/queue.json             files whose stamping failed: {path: {queued_at, attempts,
                                              last_error}}, retried by the next stamping run

A token is requested over the file's sha256 when it is stamped: a file that changes afterwards no
longer matches its token, which is the point. Nothing here ever blocks a capture: an authority that
cannot be reached (an offline laptop) leaves the file in the queue, and ``archiver timestamp`` or the
next capture tries again.
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archiver.errors import ArchiverError, one_line
from archiver.fixity.manifest import MANIFEST, TOKEN, file_sha256, write_atomic
from archiver.fixity.tsp import Post, TimestampError, Token, http_post, read_token, request_token

TOKEN_DIR = "timestamps"
QUEUE = "queue.json"


def token_path(archive_dir: Path, relative: str) -> Path:
    """Where the token of an archive file (path relative to the archive folder) is kept."""
    if relative == MANIFEST:
        return archive_dir / TOKEN
    return archive_dir / TOKEN_DIR / f"{Path(relative).name}.tsr"


@contextmanager
def _queue(archive_dir: Path) -> Iterator[dict[str, dict[str, Any]]]:
    """The queue, read and written back under an exclusive lock (several processes may close WARCs)."""
    folder = archive_dir / TOKEN_DIR
    folder.mkdir(exist_ok=True)
    with open(folder / ".queue.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = folder / QUEUE
        try:
            entries: dict[str, dict[str, Any]] = json.loads(path.read_text("utf-8")) if path.exists() else {}
        except ValueError:
            entries = {}  # a queue is only a reminder: rebuilt from the files still without a token
        before = json.dumps(entries, sort_keys=True)
        yield entries
        if json.dumps(entries, sort_keys=True) != before:
            write_atomic(path, json.dumps(entries, indent=1, sort_keys=True).encode("utf-8"))


def queued(archive_dir: Path) -> dict[str, dict[str, Any]]:
    path = archive_dir / TOKEN_DIR / QUEUE
    try:
        return dict(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError):
        return {}


@dataclass(frozen=True)
class Stamped:
    path: str  # relative to the archive folder
    ok: bool
    token: Token | None = None
    tsa_url: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "ok": self.ok, "tsa_url": self.tsa_url, "error": self.error,
                **({"token": self.token.to_dict()} if self.token else {})}


def stamp_file(archive_dir: Path, relative: str, tsa_urls: tuple[str, ...], now: str,
               post: Post = http_post) -> Stamped:
    """Ask each authority in turn for a token over the file's sha256; queue the file when none answers."""
    digest = bytes.fromhex(file_sha256(archive_dir / relative))
    errors = []
    for url in tsa_urls:
        try:
            reply, token = request_token(digest, url, post)
        except TimestampError as exc:
            errors.append(one_line(exc))
            continue
        target = token_path(archive_dir, relative)
        target.parent.mkdir(exist_ok=True)
        write_atomic(target, reply)
        with _queue(archive_dir) as entries:
            entries.pop(relative, None)
        return Stamped(relative, True, token, url)
    error = "; ".join(errors) or "no timestamp authority configured (setting tsa_urls)"
    with _queue(archive_dir) as entries:
        entry = entries.setdefault(relative, {"queued_at": now, "attempts": 0})
        entry["attempts"] += 1
        entry["last_error"] = error
    return Stamped(relative, False, error=error)


def unstamped_warcs(archive_dir: Path) -> list[str]:
    """Closed WARC files without a token yet."""
    return [f"warcs/{path.name}" for path in sorted((archive_dir / "warcs").glob("*.warc.gz"))
            if not token_path(archive_dir, f"warcs/{path.name}").exists()]


def stamp_due(archive_dir: Path, mode: str, tsa_urls: tuple[str, ...], now: str, post: Post = http_post,
              also: tuple[str, ...] = ()) -> list[Stamped]:
    """Stamp what is due: the queue, the paths in also, and (mode capture) every closed WARC without a token."""
    due = dict.fromkeys([*queued(archive_dir), *also])
    if mode == "capture":
        due.update(dict.fromkeys(unstamped_warcs(archive_dir)))
    out = []
    for relative in due:
        if not (archive_dir / relative).is_file():
            with _queue(archive_dir) as entries:
                entries.pop(relative, None)  # gone (a manifest signed again is queued anew)
            continue
        out.append(stamp_file(archive_dir, relative, tsa_urls, now, post))
    return out


def timestamp_state(archive_dir: Path, relative: str, check_file: bool = True) -> dict[str, Any]:
    """stamped (with what the token says; mismatch when check_file finds the file changed), queued, or none."""
    token_file = token_path(archive_dir, relative)
    if token_file.exists():
        try:
            token = read_token(token_file.read_bytes())
        except (OSError, ArchiverError) as exc:
            return {"state": "unreadable", "error": one_line(exc)}
        path = archive_dir / relative
        matches = not check_file or (path.is_file() and file_sha256(path) == token.sha256)
        return {"state": "stamped" if matches else "mismatch", "token": str(token_file), **token.to_dict()}
    entry = queued(archive_dir).get(relative)
    if entry:
        return {"state": "queued", **entry}
    return {"state": "none"}

