"""`archiver schedule ...`, `archiver crawl`, `archiver history`: scheduled re-checks and what they found."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option, log_line, warn
from archiver.cli.root import cli, command_line, open_archive
from archiver.cli.scale import queued_due


@cli.group()
def schedule() -> None:
    """Re-check sources on a schedule: a URL, @channel, a t.me post, or an ingested article's sources."""


@schedule.command("add")
@click.argument("target")
@click.option("--every", default=None, help="interval, e.g. 30m, 6h, 1d (due at once, then every interval)")
@click.option("--cron", default=None, help='cron expression in UTC, e.g. "0 */6 * * *"')
@click.option("--max-pages", "pages", type=int, default=1, show_default=True,
              help="Telegram channels: stop after this many feed pages per check")
@click.option("--pages", "old_pages", type=int, default=None, hidden=True, help="deprecated: --max-pages")
@click.option("--no-media", is_flag=True, help="Telegram: do not fetch photos and videos")
@json_option
@click.pass_context
@handle_errors
def schedule_add(ctx: click.Context, target: str, every: str | None, cron: str | None, pages: int,
                 old_pages: int | None, no_media: bool, as_json: bool) -> None:
    """Schedule TARGET: a URL, @channel, a t.me channel or post URL, or an article already ingested."""
    from archiver.schedule.schedules import add_schedule

    if old_pages is not None:  # the option's name before it matched `telegram capture --max-pages`
        warn("--pages is deprecated; use --max-pages (the same limit `archiver telegram capture` takes)")
        pages = old_pages

    row, created = add_schedule(open_archive(ctx), target, every=every, cron=cron, pages=pages, media=not no_media)
    if as_json:
        emit_json({**row, "created": created})
    else:
        verb = "scheduled" if created else "already scheduled"
        click.echo(f"{verb} #{row['id']} {row['kind']} {row['target']} {_when(row)}; next due {row['next_due_at']}")


def _when(row: dict[str, Any]) -> str:
    return f"every {row['every']}" if row["every"] else f"cron {row['cron']!r}"


@schedule.command("list")
@json_option
@click.pass_context
@handle_errors
def schedule_list(ctx: click.Context, as_json: bool) -> None:
    """List schedules, when they are next due and their source's latest status."""
    from archiver.schedule.schedules import list_schedules

    for row in list_schedules(open_archive(ctx, create=False)):
        if as_json:
            emit_json(row)
        else:
            state = "running" if row["running"] else "due" if row["due"] else f"next {row['next_due_at']}"
            status = f"  [{row['latest_status']}]" if row.get("latest_status") else ""
            click.echo(f"#{row['id']:<4} {row['kind']:16} {row['target']}  {_when(row)}, {state}{status}")


@schedule.command("remove")
@click.argument("schedule_id", type=int)
@click.pass_context
@handle_errors
def schedule_remove(ctx: click.Context, schedule_id: int) -> None:
    """Remove schedule ID (what it captured stays in the archive)."""
    from archiver.schedule.schedules import remove_schedule

    if not remove_schedule(open_archive(ctx, create=False), schedule_id):
        fail(f"no schedule #{schedule_id}", 1)
    click.echo(f"removed #{schedule_id}")


@schedule.command("runs")
@click.option("--limit", type=int, default=20, show_default=True)
@json_option
@click.pass_context
@handle_errors
def schedule_runs(ctx: click.Context, limit: int, as_json: bool) -> None:
    """The latest crawl runs: when, by which process, what they found."""
    from archiver.index.schedule import list_runs

    for row in list_runs(open_archive(ctx, create=False).index, limit):
        if as_json:
            emit_json(row)
        else:
            click.echo(_run_line(row))


def _run_line(row: dict[str, Any]) -> str:
    found = ", ".join(f"{row[k]} {k}" for k in ("first", "unchanged", "changed", "deleted", "unavailable", "restored")
                      if row[k])
    return (f"run #{row['id']} {row['status']} {row['started_at']} → {row['ended_at'] or '-'}: {row['schedules']} "
            f"schedules, {row['checked']} checks ({row['ok']} ok, {row['failed']} failed)"
            f"{'; ' + found if found else ''}")


@contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """SIGTERM / SIGINT set the event (finish what runs, start nothing new); a second one acts as usual."""
    stop = threading.Event()
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

    def handler(signum: int, _frame: Any) -> None:
        stop.set()
        signal.signal(signum, previous[signal.Signals(signum)])

    for sig in previous:
        signal.signal(sig, handler)
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@cli.command()
@click.option("--due", "due", is_flag=True, help="run the schedules that are due, once (for cron / a systemd timer)")
@click.option("--forever", is_flag=True, help="keep running; sleep until the next schedule is due")
@click.option("--id", "ids", type=int, multiple=True, help="run schedule ID now, due or not (repeatable)")
@click.option("--max-runs", type=int, default=None, help="--forever: stop after this many runs")
@click.option("--poll", type=float, default=60.0, show_default=True, help="--forever: longest sleep, seconds")
@click.option("--queue", is_flag=True, help="--due: queue a job per due schedule for `archiver worker` instead")
@json_option
@click.pass_context
@handle_errors
def crawl(ctx: click.Context, due: bool, forever: bool, ids: tuple[int, ...], max_runs: int | None, poll: float,
          queue: bool, as_json: bool) -> None:
    """Re-check scheduled sources: unchanged payloads become revisit records, changes full responses.

    Stops cleanly on SIGTERM / SIGINT (checks under way finish, the rest stay due). Exit 1 if a check failed.
    """
    from archiver.schedule.crawl import CheckResult, crawl_forever
    from archiver.schedule.crawl import crawl as run_once

    if sum((due, forever, bool(ids))) != 1:
        fail("give one of --due, --forever or --id ID", 2)
    if max_runs is not None and (not forever or max_runs < 1):
        fail("--max-runs N (N >= 1) goes with --forever", 2)
    if queue and not due:
        fail("--queue goes with --due", 2)
    archive = open_archive(ctx, create=False)
    if queue:
        return queued_due(archive, as_json)
    if ids:
        from archiver.index.schedule import list_schedules

        unknown = sorted(set(ids) - {row["id"] for row in list_schedules(archive.index)})
        if unknown:
            fail(f"no schedule #{unknown[0]} (see `archiver schedule list`)", 1)
    failed = 0
    with _stop_on_signals() as stop:
        if forever:
            rows = crawl_forever(archive, stop, max_runs=max_runs, poll=max(0.05, poll), command=command_line(),
                                 on_wait=_waiting_log())
        else:
            rows = run_once(archive, "due" if due else "now", only=list(ids) or None, stop=stop,
                            command=command_line())
        for row in rows:
            if isinstance(row, CheckResult):
                failed += not row.ok
                if as_json:
                    emit_json(row.to_dict())
                else:
                    click.echo(_check_line(row))
            elif as_json:
                emit_json(row)
            else:
                click.echo(_run_line(row))
            if forever and not isinstance(row, CheckResult):
                log_line(f"crawl: run #{row['id']} {row['status']}: {row['checked']} checks "
                         f"({row['ok']} ok, {row['failed']} failed)")
    ctx.exit(1 if failed else 0)


def _waiting_log() -> Callable[[str | None], None]:
    """crawl --forever, before each sleep: say on stderr when the next run is due (once per due time)."""
    said: list[str | None] = ["(not yet)"]

    def on_wait(due: str | None) -> None:
        if due != said[0]:
            said[0] = due
            log_line(f"crawl: waiting; next run due {due}" if due else
                     "crawl: waiting; nothing is scheduled (archiver schedule add TARGET --every 6h)")

    return on_wait


def _check_line(row: Any) -> str:
    state = row.event or ("ok" if row.ok else "FAILED")
    status = row.status if row.status is not None else "-"
    note = " revisit" if row.revisit else ""
    detail = f"  {row.detail}" if row.detail else ""
    error = f"  ({row.error})" if row.error and not row.detail else ""
    return f"{state:11} {status}{note}  {row.target}  [#{row.schedule_id}]{detail}{error}"


@cli.command()
@click.argument("target")
@json_option
@click.pass_context
@handle_errors
def history(ctx: click.Context, target: str, as_json: bool) -> None:
    """Each source's events in time order: first, unchanged, changed, deleted, unavailable, restored.

    TARGET: a URL (any form of it, SURT match), @channel (its posts too), a t.me post URL, or an ingested
    article (the sources it cites; for a cited channel, the channel's own events).
    """
    from archiver.schedule.timeline import iter_history_rows

    found = 0
    source = None
    for row in iter_history_rows(open_archive(ctx, create=False), target):
        found += 1
        if as_json:
            emit_json(row)
            continue
        if row["source"] != source:
            source = row["source"]
            click.echo(source + (f"   (cited by {row['article']})" if row.get("article") else ""))
        status = row["status"] if row["status"] is not None else ""
        revisit = " revisit" if row.get("record_type") == "revisit" else ""
        line = f"  {row['at']}  {row['event']:11} {status}{revisit}".rstrip()
        click.echo(f"{line}  {row['detail']}" if row["detail"] else line)
    if not found:
        fail(f"nothing archived for {target!r}", 1)
