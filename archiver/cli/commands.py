"""Commands for the main flow: capture, lookup, citations, ingest, aliases."""

from __future__ import annotations

import shlex

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option, say, with_progress
from archiver.cli.root import cli, command_line, open_archive
from archiver.cli.scale import queue_option, queued
from archiver.warc.provenance import Reason


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@queue_option
@json_option
@click.pass_context
@handle_errors
def capture(ctx: click.Context, urls: tuple[str, ...], queue: bool, as_json: bool) -> None:
    """Capture URLs into the archive's WARC files, with provenance, and index them."""
    from archiver.pipeline import capture_urls

    archive = open_archive(ctx)
    if queue:
        return queued(archive, "capture", urls, as_json)
    failed = 0
    results = capture_urls(archive, urls, Reason("command-line", command=command_line()), route_telegram=True)
    for result in with_progress(results, len(urls), "capturing", as_json):
        failed += not result.ok
        if as_json:
            emit_json(result.to_dict())
        elif result.ok:
            note = " (unchanged: revisit)" if result.revisit else ""
            say(f"captured {result.url} -> {result.status} {result.final_url}{note}"
                f"  [{result.warc_file}@{result.offset}]")
        else:
            where = f"  [{result.warc_file}@{result.offset}]" if result.warc_file else ""
            say(f"FAILED   {result.url}: {result.error}{where}")
    ctx.exit(1 if failed else 0)


@cli.command()
@click.argument("target", required=False)
@click.option("--at", "at", default=None, help="ISO 8601 date: closest capture first")
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
    from archiver.citations_report import iter_citation_rows, stored_unresolved

    if not articles and not unresolved:
        fail("give at least one ARTICLE (path, URL or -), or --unresolved", 2)
    settings = ctx.obj
    fetches = any(a.lower().startswith(("http://", "https://")) for a in articles)
    # Reading local articles needs no archive: don't create one just to list citations.
    has_archive = settings.index_path.is_file() or settings.warc_dir.is_dir()
    archive = open_archive(ctx) if fetches or has_archive or not articles else None
    if archive is None:
        rows = iter_citation_rows(None, articles, command_line())
    else:
        rows = stored_unresolved(archive) if not articles else iter_citation_rows(archive, articles, command_line())
    failed = 0
    current = None
    for row in rows:
        if row.get("error"):
            failed += 1
            click.echo(f"archiver: error: {row['error']}", err=True)
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
    """The main job: find what ARTICLEs cite, capture every resolvable source, record who cited what."""
    from archiver.ingest import ingest as run_ingest

    archive = open_archive(ctx)
    if queue:
        return queued(archive, "ingest", articles, as_json)
    failed = seen = 0
    for summary in with_progress(run_ingest(archive, articles, command_line()), len(articles), "ingesting", as_json):
        seen += 1
        failed += bool(summary.error) or summary.failed > 0
        if as_json:
            emit_json(summary.to_dict())
        elif summary.error:
            say(f"FAILED   {summary.article}: {summary.error}")
        else:
            say(
                f"{summary.article}: {summary.citations} citations, {summary.captured} captured, "
                f"{summary.linked} linked to recent captures, {summary.failed} failed, "
                f"{summary.unresolved} unresolved, {summary.not_capturable} named only"
            )
            for source in summary.sources:
                if not source.get("ok"):
                    say(f"    failed: {source['target']}: {source.get('error') or source.get('status')}")
            for url in summary.gone:
                say(f"    gone: {url} (deleted since it was first captured)")
            for name in dict.fromkeys(summary.unresolved_names):
                say(f"    unresolved Telegram channel: {name}  (archiver aliases add {shlex.quote(name)} HANDLE)")
    if not articles and not seen:
        click.echo("nothing to do: no ARTICLE given, and no stored unresolved citation matches an alias yet", err=True)
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
    from archiver.aliases import add

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
    from archiver.aliases import remove

    if not remove(open_archive(ctx, create=False), name):
        fail(f"no alias named {name!r}", 1)
    click.echo(f"removed {name}")
