"""archiver export: the archive, or part of it, as a WACZ package or a CDXJ index.

    archiver export wacz OUT.wacz [--article A]... [--url U]... [--since D] [--until D]
    archiver export cdxj [OUT]
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option
from archiver.cli.root import cli, open_archive
from archiver.warc.records import warc_date

if TYPE_CHECKING:
    pass


@cli.group()
def export() -> None:
    """Export the archive, or part of it: a WACZ package or a CDXJ index."""


@export.command("wacz")
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--article", "articles", multiple=True,
              help="only the sources this ingested article cites (path, URL or sha256)")
@click.option("--url", "urls", multiple=True, help="only captures of this URL (SURT match; repeatable)")
@click.option("--since", default=None, metavar="DATE", help="only captures from this ISO 8601 date on")
@click.option("--until", default=None, metavar="DATE", help="only captures up to this ISO 8601 date")
@click.option("--title", default=None, help="the package's title")
@click.option("--replay-base", default=None,
              help="replay URL prefix for Robust Links' data-versionurl (e.g. https://host/coll)")
@json_option
@click.pass_context
@handle_errors
def export_wacz_command(ctx: click.Context, out: str, articles: tuple[str, ...], urls: tuple[str, ...],
                        since: str | None, until: str | None, title: str | None, replay_base: str | None,
                        as_json: bool) -> None:
    """Write a WACZ 1.1.1 package (WARCs, CDXJ, pages, citation report) of everything or a selection."""
    from archiver.export.selection import Selection
    from archiver.export.wacz import export_wacz
    from archiver.lookup.captures import parse_when

    selection = Selection(articles, urls, warc_date(parse_when(since)) if since else None,
                          warc_date(parse_when(until)) if until else None)
    summary = export_wacz(open_archive(ctx, create=False), Path(out), selection, title=title, replay_base=replay_base)
    if as_json:
        emit_json({k: v for k, v in vars(summary).items() if k != "resources"})
    else:
        click.echo(f"wrote {summary.path}: {summary.warcs} WARC files, {summary.records} index lines, "
                   f"{summary.pages} pages, {summary.articles} articles, {summary.bytes} bytes ({summary.selection})")


@export.command("cdxj")
@click.argument("out", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@json_option
@click.pass_context
@handle_errors
def export_cdxj_command(ctx: click.Context, out: str, as_json: bool) -> None:
    """Write the sorted CDXJ index of every closed WARC file to OUT (default stdout), as cdxj-indexer would."""
    from archiver.export.cdxj import closed_warcs, write_cdxj
    from archiver.storage.copies import iter_local_copies

    if as_json and out == "-":
        fail("with --json, give OUT (the index itself cannot share stdout with the JSON summary)", 2)
    archive = open_archive(ctx, create=False)
    paths: list[Path] = closed_warcs(archive.settings.archive)
    stored = sorted(set(archive.remote.names()) - {f"warcs/{p.name}" for p in paths}) if archive.remote else []
    files = itertools.chain(paths, iter_local_copies(archive.remote, stored) if archive.remote else ())
    if out == "-":
        count = write_cdxj(files, sys.stdout)
    else:
        with open(out, "w", encoding="utf-8") as handle:
            count = write_cdxj(files, handle)
    still_open = len(list(archive.settings.warc_dir.glob("*.open")))
    if still_open:
        click.echo(f"archiver: note: {still_open} WARC file(s) still being written were left out", err=True)
    if as_json:
        emit_json({"output": out, "files": len(paths) + len(stored), "lines": count})
    elif out != "-":
        click.echo(f"wrote {out}: {count} lines from {len(paths) + len(stored)} WARC files")
