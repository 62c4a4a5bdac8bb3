"""The command line: each command parses options, calls one library function, prints its data.

Global options go before the command: ``archiver [--archive DIR] [--allow-private] COMMAND ...``.
Exit codes: 0 success, 1 some item failed or nothing matched, 2 usage error.
Commands live in one module per area and register themselves on the root group.
"""

from __future__ import annotations

import click

from archiver.cli import (  # noqa: F401  (register commands)
    commands,
    evidence,
    export,
    fixity,
    resolve,
    scale,
    schedule,
    serve,
    telegram,
    text,
)
from archiver.cli.output import emit_json, json_option
from archiver.cli.root import cli
from archiver.settings import Settings, setting_help


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
