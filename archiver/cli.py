"""The command line: each command parses options, calls one library function, prints its data.

Global options go before the command: ``archiver [--archive DIR] [--allow-private] COMMAND ...``.
Exit codes: 0 success, 1 some item failed or nothing matched, 2 usage error.
"""

from __future__ import annotations

import shlex
import sys
from typing import Any

import click

from archiver import __version__
from archiver.archive import Archive
from archiver.cli_support import emit_json, fail, handle_errors, json_option, with_progress
from archiver.settings import Settings, load_settings, setting_help
from archiver.warc.provenance import Reason


def _settings_help() -> str:
    return "; ".join(f"{name} (default {default!r})" for name, (default, _) in setting_help().items())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
@click.option("--archive", "archive_dir", type=click.Path(file_okay=False), default=None,
              help="archive folder (default ./archive; env ARCHIVER_ARCHIVE)")
@click.option("--allow-private", is_flag=True, default=None,
              help="allow loopback/private targets (env ARCHIVER_ALLOW_PRIVATE=1)")
@click.option("--set", "assignments", multiple=True, metavar="KEY=VALUE",
              help="override a setting (see `archiver settings`)")
@click.pass_context
@handle_errors
def cli(ctx: click.Context, archive_dir: str | None, allow_private: bool | None, assignments: tuple[str, ...]) -> None:
    """Preserve the sources that articles cite: WARC 1.1 captures with provenance."""
    overrides: dict[str, Any] = {"archive": archive_dir, "allow_private": allow_private}
    for item in assignments:
        key, sep, value = item.partition("=")
        if not sep:
            fail(f"--set takes KEY=VALUE, got {item!r}", 2)
        overrides[key.strip()] = value
    ctx.obj = load_settings(overrides)


def open_archive(ctx: click.Context) -> Archive:
    settings: Settings = ctx.obj
    archive = Archive(settings)
    ctx.call_on_close(archive.close)
    return archive


def command_line() -> str:
    return "archiver " + " ".join(shlex.quote(a) for a in sys.argv[1:])


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@json_option
@click.pass_context
@handle_errors
def capture(ctx: click.Context, urls: tuple[str, ...], as_json: bool) -> None:
    """Capture URLs into the archive's WARC files, with provenance, and index them."""
    from archiver.pipeline import capture_urls

    archive = open_archive(ctx)
    failed = 0
    results = capture_urls(archive, urls, Reason("command-line", command=command_line()))
    for result in with_progress(results, len(urls), "capturing", as_json):
        failed += not result.ok
        if as_json:
            emit_json(result.to_dict())
        elif result.ok:
            note = " (unchanged: revisit)" if result.revisit else ""
            click.echo(f"captured {result.url} -> {result.status} {result.final_url}{note}  [{result.warc_file}@{result.offset}]")
        else:
            where = f"  [{result.warc_file}@{result.offset}]" if result.warc_file else ""
            click.echo(f"FAILED   {result.url}: {result.error}{where}")
    ctx.exit(1 if failed else 0)


@cli.command()
@click.argument("target")
@click.option("--at", "at", default=None, help="ISO 8601 date: closest capture first")
@json_option
@click.pass_context
@handle_errors
def lookup(ctx: click.Context, target: str, at: str | None, as_json: bool) -> None:
    """Every capture of a URL (canonicalised as SURT), closest to --at first, else newest first."""
    from archiver.lookup.captures import lookup_url, parse_when

    when = parse_when(at) if at else None
    archive = open_archive(ctx)
    rows = lookup_url(archive, target, when)
    for row in rows:
        if as_json:
            emit_json(row)
        else:
            status = row["status"] if row["status"] is not None else "-"
            kind = " revisit" if row["record_type"] == "revisit" else ""
            click.echo(f"{row['captured_at']}  {status}{kind}  {row['url']}  [{row['warc_file']}@{row['offset']}]")
            prov = row.get("provenance") or {}
            activity = prov.get("prov:wasGeneratedBy", {})
            if activity:
                click.echo(f"    why: {activity.get('reason', {}).get('kind')}  {activity.get('reason', {}).get('command', '')}")
    if not rows:
        click.echo(f"no captures of {target}", err=True)
    ctx.exit(0 if rows else 1)


@cli.command()
@click.argument("articles", nargs=-1)
@click.option("--unresolved", is_flag=True, help="only Telegram citations no handle is known for (from the index when no ARTICLE is given)")
@json_option
@click.pass_context
@handle_errors
def citations(ctx: click.Context, articles: tuple[str, ...], unresolved: bool, as_json: bool) -> None:
    """Find the sources ARTICLE cites (a path, an http(s) URL, or - for stdin)."""
    from archiver.citations_report import iter_citation_rows, stored_unresolved

    if not articles and not unresolved:
        fail("give at least one ARTICLE (path, URL or -), or --unresolved", 2)
    archive = open_archive(ctx)
    rows = stored_unresolved(archive) if not articles else iter_citation_rows(archive, articles, command_line())
    failed = 0
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
            name = row["name"] or (f"(channel of {row['owner']})" if row["owner"] else "")
            where = row["url"] or "unresolved" if row["kind"] == "telegram" else row["url"] or ""
            click.echo(f"{row['kind']:8} {name[:40]:40} {where}  @{row['start']}-{row['end']} [{row['rule']}]")
    ctx.exit(1 if failed else 0)


@cli.command()
@click.argument("articles", nargs=-1)
@json_option
@click.pass_context
@handle_errors
def ingest(ctx: click.Context, articles: tuple[str, ...], as_json: bool) -> None:
    """The main job: find what ARTICLEs cite, capture every resolvable source, record who cited what."""
    from archiver.ingest import ingest as run_ingest

    archive = open_archive(ctx)
    failed = 0
    for summary in with_progress(run_ingest(archive, articles, command_line()), len(articles), "ingesting", as_json):
        failed += bool(summary.error) or summary.failed > 0
        if as_json:
            emit_json(summary.to_dict())
        elif summary.error:
            click.echo(f"FAILED   {summary.article}: {summary.error}")
        else:
            click.echo(
                f"{summary.article}: {summary.citations} citations, {summary.captured} captured, "
                f"{summary.linked} linked to recent captures, {summary.failed} failed, "
                f"{summary.unresolved} unresolved, {summary.not_capturable} named only"
            )
            for source in summary.sources:
                if not source.get("ok"):
                    click.echo(f"    failed: {source['target']}: {source.get('error') or source.get('status')}")
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

    add(open_archive(ctx), name, handle, note)
    click.echo(f"{name} -> @{handle.lstrip('@')}")


@aliases.command("list")
@json_option
@click.pass_context
@handle_errors
def aliases_list(ctx: click.Context, as_json: bool) -> None:
    """List the registry."""
    from archiver.index.articles import list_aliases

    for row in list_aliases(open_archive(ctx).index):
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

    if not remove(open_archive(ctx), name):
        fail(f"no alias named {name!r}", 1)
    click.echo(f"removed {name}")


@cli.command("settings")
@json_option
@click.pass_obj
def show_settings(settings: Settings, as_json: bool) -> None:
    """Show every setting, its value and what it does."""
    for name, (default, help_text) in setting_help().items():
        value = getattr(settings, name)
        if as_json:
            emit_json({"name": name, "value": value, "default": default, "help": help_text})
        else:
            click.echo(f"{name} = {value!s}    # {help_text}")


def main(args: list[str] | None = None) -> None:
    cli.main(args=args, prog_name="archiver")
