"""The root command group and what every command needs: settings, the opened archive, the command line.

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
from archiver.cli.output import fail, handle_errors
from archiver.errors import ArchiveError
from archiver.settings import Settings, load_settings, setting_help


def _settings_help() -> str:
    return "; ".join(f"{name} (default {default!r})" for name, (default, _) in setting_help().items())


class _ArchiverGroup(click.Group):
    def make_context(self, info_name, args, parent=None, **extra):  # type: ignore[no-untyped-def]
        argv = list(args)
        ctx = super().make_context(info_name, args, parent=parent, **extra)
        ctx.meta["archiver.argv"] = argv  # for provenance: the command line as given
        return ctx

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # type: ignore[no-untyped-def]
        """click's own errors (a mistyped option, a missing argument) in our one-line style: ``archiver: error:
        MESSAGE (see: archiver COMMAND --help)`` on stderr, exit 2 — as the commands' own errors read."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "archiver"
            message = " ".join(exc.format_message().split()).rstrip(".")
            fail(f"{message} (see: {where} --help)", exc.exit_code)
        except click.ClickException as exc:
            fail(" ".join(exc.format_message().split()), exc.exit_code)
        except click.Abort:
            fail("interrupted", 130)
        sys.exit(code if isinstance(code, int) else 0)


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


def open_archive(ctx: click.Context, create: bool = True) -> Archive:
    """The archive named by the settings; commands that only read refuse a folder holding none,
    so a mistyped --archive says so instead of answering from a new, empty archive."""
    settings: Settings = ctx.obj
    if not (create or settings.uses_postgresql or settings.index_path.is_file() or settings.warc_dir.is_dir()):
        raise ArchiveError(
            f"no archive at {settings.archive} (no index or WARC files there); check --archive or ARCHIVER_ARCHIVE"
        )
    archive = Archive(settings)
    ctx.call_on_close(archive.close)
    return archive


def command_line() -> str:
    argv = click.get_current_context().meta.get("archiver.argv", sys.argv[1:])
    return "archiver " + " ".join(shlex.quote(a) for a in argv)
