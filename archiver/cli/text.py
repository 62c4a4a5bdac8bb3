"""Commands over the captured text: quotation checks and the full-text index.

    archiver quotes ARTICLE
    archiver index-text [--rebuild]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from archiver.cli.output import emit_json, handle_errors, json_option
from archiver.cli.root import cli, open_archive

if TYPE_CHECKING:
    pass


@cli.command("quotes")
@click.argument("article")
@json_option
@click.pass_context
@handle_errors
def quotes_command(ctx: click.Context, article: str, as_json: bool) -> None:
    """Check each quotation in an ingested ARTICLE against the captured text of the sources it cites.

    Exit 1 when a quotation is not found in any cited source, or the article has no quotations.
    """
    from archiver.lookup.quotes import MIN_WORDS, check_quotes

    archive = open_archive(ctx, create=False)
    checked = check_quotes(archive, article)
    rows = checked.rows
    for row in rows:
        if as_json:
            emit_json(row)
            continue
        quote = " ".join(row["quote"].split())
        where = ""
        if row["capture"] and row["status"] != "not_found":
            where = f"\n    in {row['capture']['url']} captured {row['capture']['captured_at']}"
        click.echo(f"{row['status'].upper():9} {row['score']:.2f}  “{quote[:100]}”{where}")
    if not rows:
        click.echo(f"no quotations of {MIN_WORDS}+ words in {article}", err=True)
    if not as_json and (short := checked.too_short):
        spans = "quoted span" if short == 1 else "quoted spans"
        click.echo(f"not checked: {short} {spans} under {MIN_WORDS} words (names, titles)", err=True)
    ctx.exit(1 if not rows or any(r["status"] == "not_found" for r in rows) else 0)


@cli.command("index-text")
@click.option("--rebuild", is_flag=True, help="forget the full-text index and read every capture again")
@json_option
@click.pass_context
@handle_errors
def index_text_command(ctx: click.Context, rebuild: bool, as_json: bool) -> None:
    """Bring the full-text index up to date (searches and quote checks also do this first)."""
    from archiver.index.fulltext import rebuild_fulltext, update_fulltext

    archive = open_archive(ctx, create=False)
    if rebuild:
        rebuild_fulltext(archive.index)
    added = update_fulltext(archive.index, archive.settings.archive)
    if as_json:
        emit_json({"indexed": added})
    else:
        click.echo(f"indexed {added} captures and posts")
