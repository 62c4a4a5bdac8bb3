"""Commands for running past one machine: the index in PostgreSQL (see archiver.index.postgres)."""

from __future__ import annotations

import click

from archiver.cli.output import emit_json, handle_errors, json_option
from archiver.cli.root import cli
from archiver.errors import UsageError
from archiver.index.db import Index
from archiver.settings import DATABASE_SCHEMES, Settings


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
        emit_json({"target": summary.target, "rows": summary.rows, "tables": summary.tables})
    else:
        click.echo(f"copied {summary.rows} rows into the PostgreSQL index; "
                   f"now set database_url (ARCHIVER_DATABASE_URL) to use it")
