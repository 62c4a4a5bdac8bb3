"""What every command shares: the --json contract, progress on a terminal, errors as one line."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from archiver.errors import ArchiverError, UsageError, one_line

T = TypeVar("T")


def json_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="one JSON object per line on stdout; no progress")(func)


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"archiver: error: {message}", err=True)
    sys.exit(code)


def log_line(message: str) -> None:
    """What a long-running command is doing, on stderr (stdout stays the results)."""
    click.echo(message, err=True)


def error(message: str) -> None:
    """One item failed (the command goes on): one line on stderr, in the style of fail()."""
    click.echo(f"archiver: error: {message}", err=True)


def warn(message: str) -> None:
    """A line on stderr that does not stop the command."""
    click.echo(f"archiver: warning: {message}", err=True)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one line on stderr and an exit code (2 usage, 1 otherwise)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            fail(one_line(exc), 2)
        except ArchiverError as exc:
            fail(one_line(exc), 1)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly, as Unix tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc).lower():
                fail("the archive is read-only here, and this command needs to write to it", 1)
            fail(f"the archive's index is unreadable ({one_line(exc)}); the WARC files are not touched", 1)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except OSError as exc:
            if exc.filename is None:
                _internal_error(exc)
            # a file the user named cannot be made or read (no such folder, name too long, permissions)
            fail(f"{str(exc.filename)[:300]}: {exc.strerror or one_line(exc)}", 1)
        except Exception as exc:
            _internal_error(exc)

    return wrapper


def _internal_error(exc: Exception) -> NoReturn:
    """A bug: say so in one line; ARCHIVER_DEBUG=1 shows the traceback."""
    if os.environ.get("ARCHIVER_DEBUG"):
        raise exc
    fail(f"internal error ({exc.__class__.__name__}: {one_line(exc)}); rerun with ARCHIVER_DEBUG=1 and report it", 1)


_live: list[Progress] = []  # the bar being drawn, if any


def say(line: str) -> None:
    """Print a result line on stdout; above the progress bar when both share the terminal."""
    if _live and sys.stdout.isatty():
        _live[-1].console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        click.echo(line)


def _no_progress(description: str = "") -> None:
    """advance() when no bar is drawn."""


@contextmanager
def progress(total: int | None, label: str, quiet: bool) -> Iterator[Callable[[str], None]]:
    """Yield advance(description); draws a bar on a terminal's stderr unless quiet."""
    if quiet or not sys.stderr.isatty() or (total is not None and total < 2):
        yield _no_progress
        return
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, transient=True, console=Console(stderr=True), redirect_stdout=False) as bar:
        task = bar.add_task(label, total=total)

        def advance(description: str = "") -> None:
            bar.update(task, advance=1, description=description[:60] or label)

        _live.append(bar)
        try:
            yield advance
        finally:
            _live.pop()


def with_progress(items: Iterable[T], total: int | None, label: str, quiet: bool) -> Iterator[T]:
    with progress(total, label, quiet) as advance:
        for item in items:
            yield item
            advance(label)


@contextmanager
def counter(label: str, quiet: bool) -> Iterator[Callable[[int, int, str], None]]:
    """Yield on_item(done, total, item): a bar on a terminal's stderr (unless quiet) for work whose total is
    known only once it starts, such as the sources of the articles being ingested."""
    if quiet or not sys.stderr.isatty():
        yield lambda done, total, item: None
        return
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, transient=True, console=Console(stderr=True), redirect_stdout=False) as bar:
        task = bar.add_task(label, total=None)

        def on_item(done: int, total: int, item: str) -> None:
            bar.update(task, completed=done, total=total, description=f"{label} {item}"[:60])
            bar.refresh()

        _live.append(bar)
        try:
            yield on_item
        finally:
            _live.pop()
