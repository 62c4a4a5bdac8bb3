"""Commands for the main flow: capture, lookup, citations, ingest, aliases."""

from __future__ import annotations

import click

from archiver.cli.output import counter, emit_json, error, fail, handle_errors, json_option, say, with_progress
from archiver.cli.root import cli, command_line, open_archive
from archiver.cli.scale import queue_option, queued
from archiver.warc.provenance import Reason


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--browser", is_flag=True,
              help="through headless Chromium: the page's scripts run, every request it makes is recorded, "
                   "with a screenshot and the rendered DOM (same as --set capture_mode=browser)")
@queue_option
@json_option
@click.pass_context
@handle_errors
def capture(ctx: click.Context, urls: tuple[str, ...], browser: bool, queue: bool, as_json: bool) -> None:
    """Capture URLs into the archive's WARC files, with provenance, and index them."""
    from archiver.flow.capture_list import capture_urls
    from archiver.flow.telegram import capture_telegram_url

    if browser:
        ctx.obj = ctx.obj.with_(capture_mode="browser")
    archive = open_archive(ctx)
    if queue:
        return queued(archive, "capture", urls, as_json)
    capture_one = None
    if archive.settings.capture_mode != "http":
        from archiver.flow.browser_capture import BrowserCapture

        capture_one = BrowserCapture()
        ctx.call_on_close(capture_one.close)
    failed = 0
    reason = Reason("command-line", command=command_line())
    results = capture_urls(archive, urls, reason, router=capture_telegram_url, capture=capture_one)
    for result in with_progress(results, len(urls), "capturing", as_json):
        failed += not result.ok
        if as_json:
            emit_json(result.to_dict())
        elif result.ok:
            note = " (unchanged: revisit)" if result.revisit else ""
            note += f" via {result.mode}" if result.mode else ""
            note += f"; {result.limit}" if result.limit else ""
            say(f"captured {result.url} -> {result.status} {result.final_url}{note}"
                f"  [{result.warc_file}@{result.offset}]")
        else:
            where = f" (failure recorded in {result.warc_file}@{result.offset})" if result.warc_file else ""
            error(f"cannot capture {result.url}: {result.error or f'HTTP {result.status}'}{where}")
    ctx.exit(1 if failed else 0)


@cli.command()
@click.argument("target", required=False)
@click.option("--at", "at", default=None, metavar="DATE", help="ISO 8601 date: closest capture first")
@click.option("--text", "text", default=None, help="captures whose text contains this quotation (full-text search)")
@json_option
@click.pass_context
@handle_errors
def lookup(ctx: click.Context, target: str | None, at: str | None, text: str | None, as_json: bool) -> None:
    """What the archive holds for TARGET: a URL, an article, @channel, a t.me post URL or a channel name.

    URLs are canonicalised as SURT; results come closest to --at first, else newest first.
    With --text QUOTE instead of TARGET: the captures whose text contains QUOTE, with snippets.
    """
    from archiver.lookup.captures import parse_when
    from archiver.lookup.render import render_lookup
    from archiver.lookup.targets import lookup_target

    if bool(target) == bool(text):
        fail("give a TARGET or --text QUOTE (one of them)", 2)
    when = parse_when(at) if at else None
    archive = open_archive(ctx, create=False)
    if text:
        from archiver.lookup.text import search_text

        mode, rows = "text", search_text(archive, text)
    else:
        mode, rows = lookup_target(archive, target or "", when)
    for row in rows:
        if as_json:
            emit_json(row)
        else:
            click.echo(render_lookup(mode, row))
    if not rows:
        click.echo(f"nothing archived for {target or text!r}", err=True)
    ctx.exit(0 if rows else 1)


@cli.command()
@click.argument("articles", nargs=-1)
@click.option("--unresolved", is_flag=True,
              help="only Telegram citations no handle is known for (from the index when no ARTICLE is given)")
@json_option
@click.pass_context
@handle_errors
def citations(ctx: click.Context, articles: tuple[str, ...], unresolved: bool, as_json: bool) -> None:
    """Find the sources ARTICLE cites (a path, an http(s) URL, or - for stdin)."""
    from archiver.flow.citations_report import iter_citation_rows, stored_unresolved

    if not articles and not unresolved:
        fail("give at least one ARTICLE (path, URL or -), or --unresolved", 2)
    settings = ctx.obj
    fetches = any(a.lower().startswith(("http://", "https://")) for a in articles)
    # Reading local articles needs no archive: don't create one just to list citations.
    has_archive = settings.index_path.is_file() or settings.warc_dir.is_dir()
    archive = open_archive(ctx) if fetches or has_archive or not articles else None
    if archive is not None and not articles:
        rows = stored_unresolved(archive)
    else:
        rows = iter_citation_rows(archive, articles, command_line(), settings)
    failed = 0
    current = None
    for row in rows:
        if row.get("error"):
            failed += 1
            click.echo(f"archiver: error: {row['error']}", err=True)
            continue
        if row.get("warning"):
            click.echo(f"archiver: warning: {row['warning']}", err=True)
            continue
        if unresolved and row["kind"] != "telegram" or unresolved and row["handle"]:
            continue
        if as_json:
            emit_json(row)
        else:
            if len(articles) != 1 and row["article"] != current:
                current = row["article"]
                click.echo(f"{current}:")
            name = row["name"] or (f"(channel of {row['owner']})" if row["owner"] else "")
            where = row["url"] or "unresolved" if row["kind"] == "telegram" else row["url"] or ""
            click.echo(f"{row['kind']:8} {name[:40]:40} {where}  @{row['start']}-{row['end']} [{row['rule']}]")
    ctx.exit(1 if failed else 0)


@cli.command()
@click.argument("articles", nargs=-1)
@queue_option
@json_option
@click.pass_context
@handle_errors
def ingest(ctx: click.Context, articles: tuple[str, ...], queue: bool, as_json: bool) -> None:
    """The main job: find what ARTICLEs cite, capture every resolvable source, record who cited what.

    ARTICLE is a path, an http(s) URL or - for stdin. A source captured within freshness_hours is reused
    (linked), not fetched again. Every run first retries the stored Telegram citations that were unresolved,
    using aliases and channel names learned since: with no ARTICLE, `archiver ingest` does only that (after
    `archiver aliases add` or `archiver resolve --accept NAME HANDLE`).
    """
    from archiver.flow.ingest import ingest as run_ingest
    from archiver.flow.resolving import pending_names

    archive = open_archive(ctx)
    if queue:
        return queued(archive, "ingest", articles, as_json)
    failed = seen = 0
    with counter("capturing sources", as_json) as on_source:
        for summary in run_ingest(archive, articles, command_line(), on_source=on_source):
            seen += 1
            failed += bool(summary.error) or summary.failed > 0
            if as_json:
                emit_json(summary.to_dict())
            elif summary.error:
                error(summary.error if summary.article in summary.error else f"{summary.article}: {summary.error}")
            else:
                say(
                    f"{summary.article}: {summary.citations} citations, {summary.captured} captured, "
                    f"{summary.linked} reused (captured within freshness_hours), {summary.failed} failed, "
                    f"{summary.unresolved} unresolved, {summary.not_capturable} named only"
                )
                if summary.citations_capped:
                    say(f"    {summary.citations_capped}")
                for source in summary.sources:
                    if not source.get("ok"):
                        say(f"    failed: {source['target']}: {source.get('error') or source.get('status')}")
                for url in summary.gone:
                    say(f"    gone: {url} (deleted since it was first captured)")
                for source in summary.sources:
                    if copy := source.get("recovered"):
                        say(f"    {copy['label']}: {source['target']} -> {copy['memento_url']}")
                for name in dict.fromkeys(summary.unresolved_names):
                    say(f"    unresolved Telegram channel: {name}")
    if not articles and not seen:
        click.echo("nothing to do: no ARTICLE given, and no stored unresolved citation matches an alias or a known "
                   "name yet", err=True)
    waiting = len(pending_names(archive))
    if waiting:
        names = "names await" if waiting > 1 else "name awaits"
        click.echo(f"{waiting} Telegram channel {names} review: "
                   "archiver resolve --pending", err=as_json)
    ctx.exit(1 if failed else 0)


@cli.group()
def aliases() -> None:
    """The registry mapping Telegram channel names as cited to handles."""


@aliases.command("add")
@click.argument("name")
@click.argument("handle")
@click.option("--note", default=None, help="evidence: where the mapping comes from")
@click.pass_context
@handle_errors
def aliases_add(ctx: click.Context, name: str, handle: str, note: str | None) -> None:
    """Map NAME (as articles cite it) to a Telegram HANDLE."""
    from archiver.flow.aliases import add

    stored, replaced = add(open_archive(ctx), name, handle, note)
    click.echo(f"{name} -> @{stored}" + (f" (replaces @{replaced})" if replaced else ""))


@aliases.command("list")
@json_option
@click.pass_context
@handle_errors
def aliases_list(ctx: click.Context, as_json: bool) -> None:
    """List the registry."""
    from archiver.index.articles import list_aliases

    for row in list_aliases(open_archive(ctx, create=False).index):
        if as_json:
            emit_json(row)
        else:
            note = f"  ({row['note']})" if row["note"] else ""
            click.echo(f"{row['name']} -> @{row['handle']}{note}")


@aliases.command("remove")
@click.argument("name")
@click.pass_context
@handle_errors
def aliases_remove(ctx: click.Context, name: str) -> None:
    """Remove NAME from the registry."""
    from archiver.flow.aliases import remove

    if not remove(open_archive(ctx, create=False), name):
        fail(f"no alias named {name!r}", 1)
    click.echo(f"removed {name}")
