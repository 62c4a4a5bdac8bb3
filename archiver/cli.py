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


class _ArchiverGroup(click.Group):
    def make_context(self, info_name, args, parent=None, **extra):  # type: ignore[no-untyped-def]
        argv = list(args)
        ctx = super().make_context(info_name, args, parent=parent, **extra)
        ctx.meta["archiver.argv"] = argv  # for provenance: the command line as given
        return ctx


@click.group(cls=_ArchiverGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
    argv = click.get_current_context().meta.get("archiver.argv", sys.argv[1:])
    return "archiver " + " ".join(shlex.quote(a) for a in argv)


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
    results = capture_urls(archive, urls, Reason("command-line", command=command_line()), route_telegram=True)
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
    """What the archive holds for TARGET: a URL, an article, @channel, a t.me post URL or a channel name.

    URLs are canonicalised as SURT; results come closest to --at first, else newest first.
    """
    from archiver.lookup.captures import parse_when
    from archiver.lookup.render import render_lookup
    from archiver.lookup.targets import lookup_target

    when = parse_when(at) if at else None
    archive = open_archive(ctx)
    mode, rows = lookup_target(archive, target, when)
    for row in rows:
        if as_json:
            emit_json(row)
        else:
            click.echo(render_lookup(mode, row))
    if not rows:
        click.echo(f"nothing archived for {target}", err=True)
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


@cli.group()
def telegram() -> None:
    """Telegram channels and posts through t.me's public web preview (no login)."""


@telegram.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@json_option
@handle_errors
def telegram_parse(files: tuple[str, ...], as_json: bool) -> None:
    """Parse saved t.me pages (feed, post embed, landing page): one JSON line per post or page."""
    from archiver.telegram_parse import parse_files

    failed = 0
    for row in parse_files(files):
        if "error" in row:
            failed += 1
            click.echo(f"archiver: error: {row['error']}", err=True)
        elif as_json:
            emit_json(row)
        elif row.get("type") == "page":
            click.echo(f"{row['file']}: {row['kind']} {row.get('username') or ''} {row.get('title') or ''}".rstrip())
        else:
            state = " (deleted)" if row["deleted"] else ""
            click.echo(f"{row['url']}  {row['date']}{state}  {' '.join(row['text'].split())[:80]}")
    sys.exit(1 if failed else 0)


@telegram.command("capture")
@click.argument("channel")
@click.option("--since", default=None, help="walk the feed back to this ISO 8601 date")
@click.option("--until", default=None, help="only posts up to this date count (and get their media)")
@click.option("--post", "posts", multiple=True, type=int, help="capture this post id (repeatable)")
@click.option("--no-media", is_flag=True, help="do not fetch photos and videos")
@click.option("--max-pages", type=int, default=None, help="stop after this many feed pages")
@json_option
@click.pass_context
@handle_errors
def telegram_capture(ctx: click.Context, channel: str, since: str | None, until: str | None, posts: tuple[int, ...],
                     no_media: bool, max_pages: int | None, as_json: bool) -> None:
    """Capture CHANNEL (a handle, @handle or t.me URL) into the archive, with each post's structured JSON."""
    from archiver.capture.telegram import parse_telegram_ref
    from archiver.lookup.captures import parse_when
    from archiver.telegram import capture_telegram

    ref = parse_telegram_ref(channel)
    if ref is None:
        fail(f"{channel!r} is not a public Telegram channel or post (handle, @handle or t.me URL)", 2)
    archive = open_archive(ctx)
    outcome = capture_telegram(
        archive, ref, Reason("telegram", command=command_line()),
        since=parse_when(since) if since else None, until=parse_when(until) if until else None,
        post_ids=posts, media=not no_media, max_pages=max_pages,
    )
    if as_json:
        emit_json(outcome.to_dict())
    else:
        click.echo(f"@{outcome.handle}: {outcome.kind}; {outcome.pages} pages, {outcome.posts} posts "
                   f"({outcome.deleted} deleted), media {outcome.media_captured} captured, {outcome.media_failed} failed")
        for error in outcome.errors:
            click.echo(f"    {error}")
    ctx.exit(0 if outcome.ok else 1)


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
