"""Index queries for schedules, crawl runs, and the rows a source's history is derived from.

Claiming is one ``BEGIN IMMEDIATE`` transaction: runs whose process is gone are marked ``interrupted``
and lose their claims, then the due schedules nobody holds are claimed. A schedule is advanced to its
next due time only when its checks finished, so a killed crawl leaves it due for the next one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from archiver.index.db import Connection, Index

Alive = Callable[[dict[str, Any]], bool]  # is this running run's process still there?

COUNTERS = ("checked", "ok", "failed", "first", "unchanged", "changed", "deleted", "unavailable", "restored")


# -- schedules ---------------------------------------------------------------------------------------
def add_schedule(index: Index, values: dict[str, Any]) -> tuple[int, bool]:
    """Insert a schedule unless the same target is already scheduled the same way; (id, created)."""
    with index.transaction() as db:
        row = db.execute(
            """SELECT id FROM schedules WHERE kind = ? AND key = ? AND every_seconds IS ? AND cron IS ?
                   AND pages = ? AND media = ?""",
            (values["kind"], values["key"], values["every_seconds"], values["cron"], values["pages"],
             values["media"]),
        ).fetchone()
        if row:
            return int(row["id"]), False
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = db.execute(f"INSERT INTO schedules ({columns}) VALUES ({marks})", list(values.values()))
        return int(cursor.lastrowid or 0), True


def list_schedules(index: Index) -> list[dict[str, Any]]:
    return index.query("SELECT * FROM schedules ORDER BY id")


def remove_schedule(index: Index, schedule_id: int) -> bool:
    with index.transaction() as db:
        return bool(db.execute("DELETE FROM schedules WHERE id = ?", (schedule_id,)).rowcount > 0)


def next_due_at(index: Index) -> str | None:
    rows = index.query("SELECT min(next_due_at) AS due FROM schedules WHERE claimed_by IS NULL")
    return rows[0]["due"] if rows else None


# -- runs --------------------------------------------------------------------------------------------
def start_run(index: Index, started_at: str, mode: str, pid: int, host: str, lock: str) -> int:
    with index.transaction() as db:
        cursor = db.execute(
            "INSERT INTO crawl_runs (started_at, status, mode, pid, host, lock) VALUES (?, 'running', ?, ?, ?, ?)",
            (started_at, mode, pid, host, lock),
        )
        return int(cursor.lastrowid or 0)


def _release_dead(db: Connection, alive: Alive, own: int | None) -> list[int]:
    dead = []
    for run in db.execute("SELECT * FROM crawl_runs WHERE status = 'running' AND id IS NOT ?", (own,)).fetchall():
        if not alive(dict(run)):
            db.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE id = ?", (run["id"],))
            db.execute("UPDATE schedules SET claimed_by = NULL WHERE claimed_by = ?", (run["id"],))
            dead.append(int(run["id"]))
    return dead


def release_dead_runs(index: Index, alive: Alive) -> list[int]:
    """Mark ``interrupted`` the running runs whose process is gone, and free their schedules."""
    with index.transaction() as db:
        return _release_dead(db, alive, None)


def claim_due(
    index: Index, run_id: int, now: str, alive: Alive, only: Iterable[int] | None = None
) -> list[dict[str, Any]]:
    """Interrupt dead runs, then claim for run_id the due (or the ``only``) schedules nobody holds."""
    wanted = list(only) if only is not None else None
    with index.transaction() as db:
        _release_dead(db, alive, run_id)
        if wanted is None:
            rows = db.execute(
                "SELECT * FROM schedules WHERE claimed_by IS NULL AND next_due_at <= ? ORDER BY next_due_at, id",
                (now,),
            ).fetchall()
        else:
            marks = ", ".join("?" for _ in wanted) or "NULL"
            rows = db.execute(
                f"SELECT * FROM schedules WHERE claimed_by IS NULL AND id IN ({marks}) ORDER BY id", wanted
            ).fetchall()
        for row in rows:
            db.execute("UPDATE schedules SET claimed_by = ? WHERE id = ?", (run_id, row["id"]))
        db.execute("UPDATE crawl_runs SET schedules = schedules + ? WHERE id = ?", (len(rows), run_id))
    return [dict(row) for row in rows]


def finish_schedule(index: Index, schedule_id: int, run_id: int, checked_at: str, next_due: str) -> None:
    with index.transaction() as db:
        db.execute(
            """UPDATE schedules SET claimed_by = NULL, last_run_id = ?, last_checked_at = ?, next_due_at = ?
               WHERE id = ? AND claimed_by = ?""",
            (run_id, checked_at, next_due, schedule_id, run_id),
        )


def count(index: Index, run_id: int, counters: dict[str, int]) -> None:
    names = [name for name in counters if name in COUNTERS]
    if not names:
        return
    assignments = ", ".join(f"{name} = {name} + ?" for name in names)
    with index.transaction() as db:
        db.execute(f"UPDATE crawl_runs SET {assignments} WHERE id = ?", [counters[n] for n in names] + [run_id])


def end_run(index: Index, run_id: int, ended_at: str, status: str, error: str | None = None) -> dict[str, Any]:
    with index.transaction() as db:
        db.execute("UPDATE schedules SET claimed_by = NULL WHERE claimed_by = ?", (run_id,))
        db.execute(
            "UPDATE crawl_runs SET ended_at = ?, status = ?, error = ? WHERE id = ?", (ended_at, status, error, run_id)
        )
        return dict(db.execute("SELECT * FROM crawl_runs WHERE id = ?", (run_id,)).fetchone())


def list_runs(index: Index, limit: int = 20) -> list[dict[str, Any]]:
    return index.query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT ?", (limit,))


# -- the rows histories are derived from --------------------------------------------------------------
def url_fetches(index: Index, surt: str) -> list[dict[str, Any]]:
    """Every capture attempt of a URL (as asked for), oldest first, with its final record."""
    return index.query(
        """SELECT f.id AS fetch_id, f.url, f.final_url, f.started_at, f.ok, f.status, f.error, f.truncated,
                  c.record_type, c.payload_sha256, c.payload_length, c.mime, c.warc_file, c.offset, c.record_id,
                  c.refers_to_record_id, c.captured_at
           FROM fetches f LEFT JOIN captures c ON c.id = f.final_capture_id
           WHERE f.surt = ? ORDER BY f.started_at, f.id""",
        (surt,),
    )


def post_rows(index: Index, handle: str, post_id: int | None = None) -> list[dict[str, Any]]:
    """Observations of one post (or every post of a channel), oldest first."""
    if post_id is None:
        return index.query(
            "SELECT * FROM telegram_posts WHERE handle_key = ? ORDER BY observed_at, id", (handle.lower(),)
        )
    return index.query(
        "SELECT * FROM telegram_posts WHERE handle_key = ? AND post_id = ? ORDER BY observed_at, id",
        (handle.lower(), post_id),
    )


def feed_pages(index: Index, handle: str) -> list[dict[str, Any]]:
    """One row per post shown on each captured feed page of a channel (with the album ids it covers)."""
    return index.query(
        """SELECT fetch_id, observed_at, post_id, json_extract(data, '$.album') AS album
           FROM telegram_posts WHERE handle_key = ? AND page_url LIKE '%/s/%' AND fetch_id IS NOT NULL
           ORDER BY observed_at, fetch_id""",
        (handle.lower(),),
    )


def page_fetches(index: Index, surts: Iterable[str]) -> list[dict[str, Any]]:
    """Fetches of Telegram pages with what they yielded: post rows parsed, and the channel seen."""
    keys = list(dict.fromkeys(surts))
    marks = ", ".join("?" for _ in keys)
    return index.query(
        f"""SELECT f.id AS fetch_id, f.url, f.started_at, f.ended_at, f.ok, f.status, f.error,
                   EXISTS (SELECT 1 FROM telegram_posts p WHERE p.fetch_id = f.id) AS parsed,
                   ch.kind AS channel_kind, ch.title, ch.description, ch.has_preview, ch.observed_at
            FROM fetches f LEFT JOIN telegram_channels ch ON ch.fetch_id = f.id
            WHERE f.surt IN ({marks}) ORDER BY f.started_at, f.id""",
        keys,
    )
