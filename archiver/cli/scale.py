"""Commands for running past one machine: the index in PostgreSQL, queued jobs and their workers."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from archiver.archive import Archive
from archiver.cli.output import emit_json, handle_errors, json_option, say
from archiver.cli.root import cli, open_archive
from archiver.errors import UsageError
from archiver.index import jobs
from archiver.index.db import Index
from archiver.settings import DATABASE_SCHEMES, Settings


def queue_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--queue", is_flag=True,
                        help="queue one job per item for `archiver worker` instead of running them here")(func)


def queued(archive: Archive, kind: str, targets: Sequence[str], as_json: bool) -> None:
    """Queue targets as jobs and say so (the --queue of capture and ingest)."""
    from archiver.flow.worker import queue_jobs

    if "-" in targets:
        raise UsageError("--queue cannot take - (stdin): workers read articles from paths or URLs")
    absolute = [t if "://" in t else str(Path(t).resolve()) for t in targets]
    for target, job_id in zip(absolute, queue_jobs(archive, kind, absolute), strict=True):
        if as_json:
            emit_json({"job": job_id, "kind": kind, "target": target, "status": "queued"})
        else:
            say(f"queued job {job_id}: {kind} {target}")


def queued_due(archive: Archive, as_json: bool) -> None:
    """crawl --due --queue: a job per due schedule that has none pending."""
    from archiver.flow.worker import queue_due

    job_ids = queue_due(archive)
    for job_id in job_ids:
        if as_json:
            emit_json({"job": job_id, "kind": "crawl", "status": "queued"})
    if not as_json:
        say(f"queued {len(job_ids)} crawl job(s)")


@cli.command("worker")
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(1, 256),
              help="jobs run at once by this worker (threads)")
@click.option("--burst", is_flag=True, help="exit once no job is queued and none is running anywhere")
@json_option
@click.pass_context
@handle_errors
def worker(ctx: click.Context, concurrency: int, burst: bool, as_json: bool) -> None:
    """Run queued capture and ingest jobs, alongside any number of other workers."""
    from archiver.flow.worker import Worker

    archive = open_archive(ctx)
    runner = Worker(archive, concurrency, burst)
    if threading.current_thread() is threading.main_thread():  # SIGTERM: finish the jobs under way, then stop
        signal.signal(signal.SIGTERM, lambda *_: runner.stop.set())
    report = runner.run()
    data = {"worker": report.name, "pid": os.getpid(), "done": report.done, "failed": report.failed,
            "handed_off": report.handed_off}
    if as_json:
        emit_json(data)
    else:
        say(f"worker {report.name}: {report.done} done, {report.failed} failed, {report.handed_off} handed off")


@cli.command("jobs")
@click.option("--status", type=click.Choice(jobs.STATUSES), default=None, help="only jobs in this state")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000), help="newest jobs listed")
@json_option
@click.pass_context
@handle_errors
def list_jobs(ctx: click.Context, status: str | None, limit: int, as_json: bool) -> None:
    """Show the queue: jobs queued, running (and stale), done and failed."""
    archive = open_archive(ctx, create=False)
    found = jobs.counts(archive.index, archive.clock(), archive.settings.job_stale_after)
    rows = jobs.list_jobs(archive.index, status, limit)
    if as_json:
        emit_json({"counts": found})
        for row in rows:
            emit_json(row)
        return
    say(", ".join(f"{count} {name}" for name, count in found.items()))
    for row in rows:
        say(f"{row['id']:>6} {row['status']:<8} {row['kind']:<8} {row['target']}"
            + (f"  ({row['error']})" if row["error"] else ""))


@cli.command("migrate-index")
@click.option("--to", "target_url", required=True, metavar="postgresql://…",
              help="an empty PostgreSQL database to copy the index into")
@json_option
@click.pass_obj
@handle_errors
def migrate_index(settings: Settings, target_url: str, as_json: bool) -> None:
    """Copy the archive's SQLite index into PostgreSQL (then set database_url to it)."""
    if not target_url.startswith(DATABASE_SCHEMES[1:]):
        raise UsageError("--to takes a postgresql:// URL")
    if not settings.index_path.is_file():
        raise UsageError(f"no SQLite index at {settings.index_path} to copy")
    from archiver.index.copy import copy_index  # needs psycopg, an optional dependency
    from archiver.index.postgres import PostgresIndex

    source, target = Index(settings.index_path), PostgresIndex(target_url)
    try:
        summary = copy_index(source, target, on_table=None if as_json else
                             lambda table, rows: click.echo(f"{table}: {rows} rows", err=True))
    finally:
        source.close()
        target.close()
    if as_json:
        emit_json({"rows": summary.rows, "tables": summary.tables})
    else:
        click.echo(f"copied {summary.rows} rows into the PostgreSQL index; "
                   f"now set database_url (ARCHIVER_DATABASE_URL) to use it")
