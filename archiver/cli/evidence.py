"""Commands that make captures hold up as evidence: trusted timestamps and signed WACZ packages.

    archiver timestamp [--json]                      stamp what is due, show the queue
    archiver verify-wacz FILE [--public-key PEM] [--tsa-ca PEM]   signature, hashes, tokens of a WACZ
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option
from archiver.cli.root import cli, open_archive
from archiver.warc.records import warc_date

if TYPE_CHECKING:
    from archiver.archive import Archive


def stamp_manifest(archive: Archive, now: str) -> dict[str, Any]:
    """Stamp manifest.json (and whatever else is due); the manifest's outcome with a line for people."""
    from archiver.fixity.manifest import MANIFEST
    from archiver.fixity.timestamps import stamp_due

    settings = archive.settings
    outcomes = stamp_due(settings.archive, settings.timestamp, settings.tsa_list, now, also=(MANIFEST,))
    mine = next(o for o in outcomes if o.path == MANIFEST)
    if mine.ok and mine.token:
        line = f"timestamped by {mine.tsa_url} at {mine.token.gen_time}: {settings.archive / 'manifest.tsr'}"
    else:
        line = f"timestamp queued (will be retried by `archiver timestamp`): {mine.error}"
    return {**mine.to_dict(), "others": [o.to_dict() for o in outcomes if o.path != MANIFEST], "line": line}


def check_manifest_token(archive_dir: Path, tsa_ca: Path | None) -> dict[str, Any]:
    """The manifest token's state; with tsa_ca, openssl's verdict on it; a Problem when it fails."""
    from archiver.fixity.manifest import MANIFEST, TOKEN
    from archiver.fixity.timestamps import timestamp_state
    from archiver.fixity.tsp import verify_with_openssl
    from archiver.fixity.verify import Problem

    state = timestamp_state(archive_dir, MANIFEST)
    out: dict[str, Any] = {"state": state, "problem": None}
    if state["state"] == "none":
        out["line"] = "no timestamp"
    elif state["state"] == "queued":
        out["line"] = f"timestamp queued since {state['queued_at']} ({state.get('last_error')})"
    elif state["state"] != "stamped":
        out["problem"] = Problem(TOKEN, None, f"time-stamp {state['state']}: {state.get('error') or 'digest differs'}")
        out["line"] = f"timestamp {state['state'].upper()}"
    else:
        out["line"] = f"timestamped {state['gen_time']}"
    if tsa_ca and state["state"] in ("stamped", "mismatch"):
        ok, said = verify_with_openssl(archive_dir / MANIFEST, archive_dir / TOKEN, tsa_ca)
        state["openssl"] = {"ok": ok, "output": said}
        if ok:
            out["line"] += " (openssl ts -verify: OK)"
        else:
            out["problem"] = Problem(TOKEN, None, f"openssl ts -verify failed: {said}")
            out["line"] += " (openssl ts -verify: FAILED)"
    elif tsa_ca and state["state"] in ("none", "queued"):
        out["problem"] = Problem(TOKEN, None, "--tsa-ca given but the manifest has no time-stamp")
    return out


@cli.command("timestamp")
@json_option
@click.pass_context
@handle_errors
def timestamp_command(ctx: click.Context, as_json: bool) -> None:
    """Ask tsa_urls for the RFC 3161 tokens still due (the queue; with timestamp = capture, every closed
    WARC file without one). Exit 1 when some stay queued."""
    from archiver.fixity.timestamps import queued, stamp_due

    archive = open_archive(ctx, create=False)
    settings = archive.settings
    if not settings.tsa_list:
        fail("no timestamp authority: set tsa_urls (e.g. --set tsa_urls=https://tsa.example/)", 2)
    outcomes = stamp_due(settings.archive, settings.timestamp, settings.tsa_list, warc_date(archive.clock()))
    for outcome in outcomes:
        if as_json:
            emit_json(outcome.to_dict())
        elif outcome.ok and outcome.token:
            click.echo(f"stamped  {outcome.path}  {outcome.token.gen_time}  by {outcome.tsa_url}")
        else:
            click.echo(f"QUEUED   {outcome.path}  {outcome.error}", err=True)
    left = queued(settings.archive)
    if as_json:
        emit_json({"stamped": sum(o.ok for o in outcomes), "queued": len(left)})
    else:
        click.echo(f"{sum(o.ok for o in outcomes)} stamped, {len(left)} still queued")
    ctx.exit(1 if left else 0)


@cli.command("verify-wacz")
@click.argument("file", type=click.Path(dir_okay=False, exists=True))
@click.option("--public-key", type=click.Path(dir_okay=False, exists=True), default=None,
              help="also require the signature to be made with this PEM public key "
                   "(the archive's keys/wacz-ecdsa-p384.pub.pem)")
@click.option("--tsa-ca", type=click.Path(dir_okay=False, exists=True), default=None,
              help="also verify each RFC 3161 token with openssl against this TSA CA certificate (PEM)")
@json_option
@click.pass_context
@handle_errors
def verify_wacz_command(ctx: click.Context, file: str, public_key: str | None, tsa_ca: str | None,
                        as_json: bool) -> None:
    """Check a WACZ: its wacz-auth signature, every resource's sha256, the manifest and any RFC 3161 tokens
    inside. Exit 1 naming each failed check. Needs no archive."""
    from archiver.export.verify_wacz import verify_wacz

    result = verify_wacz(Path(file), Path(public_key) if public_key else None, Path(tsa_ca) if tsa_ca else None)
    for row in result.rows:
        if as_json:
            emit_json(row)
        else:
            click.echo(f"{'ok  ' if row['ok'] else 'FAIL'}  {row['check']}: {row['detail']}")
    if as_json:
        emit_json({"path": result.path, "ok": result.ok, "checks": len(result.rows)})
    else:
        click.echo(f"{file}: {'valid' if result.ok else 'NOT valid'}")
    ctx.exit(0 if result.ok else 1)
