"""`archiver serve`: the Memento API, replay and the provenance web UI over the archive."""

from __future__ import annotations

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option
from archiver.cli.root import cli, open_archive


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on (anything but loopback exposes the archive to that network)")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free port")
@click.option("--quiet", is_flag=True, help="no request log on stderr")
@json_option
@click.pass_context
@handle_errors
def serve(ctx: click.Context, host: str, port: int, quiet: bool, as_json: bool) -> None:
    """Serve the archive over HTTP: web UI, Memento TimeGate/TimeMaps, replay of captures.

    Prints the URL it listens on to stderr (with --json, also {"url": ...} on stdout). Stop with Ctrl-C.
    """
    from archiver.serve.app import make_server

    archive = open_archive(ctx, create=False)
    try:
        server = make_server(archive, host, port, quiet=quiet)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", 1)
    click.echo(f"archiver: serving {archive.settings.archive} at {server.url}", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"archiver: warning: listening on {host}: anyone who can reach this machine can read the "
                   "archive (there is no login)", err=True)
    if as_json:
        emit_json({"url": server.url, "host": server.server_name, "port": server.server_port})
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("archiver: stopped", err=True)
    finally:
        server.server_close()
