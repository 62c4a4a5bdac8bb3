"""Fixity: re-reading every record, the signed manifest and its key.

    archiver verify [--remove-orphans]
    archiver manifest --sign [--timestamp] | --check [--public-key FILE] [--tsa-ca PEM]
    archiver keys public [OUT]
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option, progress
from archiver.cli.root import cli, open_archive
from archiver.warc.records import warc_date

if TYPE_CHECKING:
    from archiver.fixity.verify import Problem


@cli.command("verify")
@click.option("--remove-orphans", is_flag=True,
              help="delete stored WARC objects no index row points into (left by crashes; older than an hour)")
@json_option
@click.pass_context
@handle_errors
def verify_command(ctx: click.Context, remove_orphans: bool, as_json: bool) -> None:
    """Re-read every WARC: recompute digests, check every index pointer. Exit 1 naming each bad file@offset."""
    from archiver.fixity.verify import record_event, verify_archive, warc_files

    archive = open_archive(ctx, create=False)
    started = warc_date(archive.clock())
    with progress(len(warc_files(archive.settings.archive)), "verifying", as_json) as advance:
        report = verify_archive(archive.settings.archive, archive.settings.index_path, on_file=advance,
                                index=archive.index)
    record_event(archive.index, "verify", started, warc_date(archive.clock()), report.files, report.records,
                 report.problems)
    if remove_orphans and archive.remote is not None:
        from archiver.storage.upload import remove_orphans as remove

        removed = set(remove(archive.remote, report.orphans, archive.clock()))
        report.orphans = [f"{name} (removed)" if name in removed else name for name in report.orphans]
    state = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    _report_fixity(report.problems, report.summary(), as_json,
                   f"verified {report.files} WARC files, {report.records} records, {report.bytes} bytes: {state}"
                   + "".join(f"\norphan (no index row points into it): {name}" for name in report.orphans))
    ctx.exit(0 if report.ok else 1)


@cli.command("manifest")
@click.option("--sign", is_flag=True, help="hash every closed WARC, write manifest.json and manifest.sig")
@click.option("--check", is_flag=True, help="verify manifest.sig and every listed file's sha256")
@click.option("--public-key", type=click.Path(dir_okay=False, exists=True), default=None,
              help="check with this PEM public key (default: the archive's keys/manifest-ed25519.pub.pem)")
@click.option("--timestamp", "stamp", is_flag=True,
              help="with --sign: also get an RFC 3161 token over manifest.json (manifest.tsr) from tsa_urls "
                   "(implied by the setting timestamp = manifest or capture)")
@click.option("--tsa-ca", type=click.Path(dir_okay=False, exists=True), default=None,
              help="with --check: also verify manifest.tsr with openssl against this TSA CA certificate (PEM)")
@json_option
@click.pass_context
@handle_errors
def manifest_command(ctx: click.Context, sign: bool, check: bool, public_key: str | None, stamp: bool,
                     tsa_ca: str | None, as_json: bool) -> None:
    """A signed (Ed25519) list of the closed WARC files and their sha256, for third-party fixity checks."""
    from archiver.cli.evidence import check_manifest_token, stamp_manifest
    from archiver.fixity.manifest import check_manifest, sign_manifest
    from archiver.fixity.verify import record_event, warc_files

    if sign == check:
        fail("give exactly one of --sign or --check", 2)
    settings = ctx.obj
    stamp = sign and (stamp or settings.timestamp != "off")
    if stamp and not settings.tsa_list:
        fail("--timestamp needs a timestamp authority: set tsa_urls (e.g. --set tsa_urls=https://tsa.example/)", 2)
    archive = open_archive(ctx, create=False)
    started = warc_date(archive.clock())
    with progress(len(warc_files(archive.settings.archive)), "hashing", as_json) as advance:
        if sign:
            summary = sign_manifest(archive.settings.archive, started, on_file=advance)
        else:
            result = check_manifest(archive.settings.archive, Path(public_key) if public_key else None, advance)
    if sign:
        record_event(archive.index, "manifest-sign", started, warc_date(archive.clock()), summary["files"], 0, [],
                     {"key_id": summary["key_id"]})
        if stamp:
            summary["timestamp"] = stamp_manifest(archive, started)
        if as_json:
            emit_json(summary)
        else:
            click.echo(f"signed {summary['files']} WARC files ({summary['bytes']} bytes) into {summary['manifest']}; "
                       f"public key {summary['public_key']} (key id {summary['key_id'][:16]}…)")
            if stamp:
                click.echo(summary["timestamp"]["line"])
        return
    token = check_manifest_token(archive.settings.archive, Path(tsa_ca) if tsa_ca else None)
    if token.get("problem"):
        result.problems.append(token["problem"])
    record_event(archive.index, "manifest-check", started, warc_date(archive.clock()), result.files, 0,
                 result.problems)
    state = "OK" if result.ok else f"{len(result.problems)} problem(s)"
    newer = f"; {len(result.unlisted)} newer file(s) not in it" if result.unlisted else ""
    _report_fixity(result.problems, {**result.summary(), "timestamp": token["state"]}, as_json,
                   f"manifest {result.created or ''}: signature {'valid' if result.signature_ok else 'INVALID'}, "
                   f"{result.files} files checked: {state}{newer}; {token['line']}")
    ctx.exit(0 if result.ok else 1)


def _report_fixity(problems: list[Problem], summary: dict[str, Any], as_json: bool, text: str) -> None:
    """One line (or JSON object) per fixity problem, then the summary: a JSON object, or the text line."""
    for problem in problems:
        if as_json:
            emit_json(vars(problem))
        else:
            click.echo(problem.line())
    if as_json:
        emit_json(summary)
    else:
        click.echo(text)


@cli.group()
def keys() -> None:
    """The archive's Ed25519 signing key (made on first use; private key stays in ARCHIVE/keys, mode 0600)."""


@keys.command("public")
@click.argument("out", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.pass_context
@handle_errors
def keys_public(ctx: click.Context, out: str) -> None:
    """Write the public key (PEM) to OUT (default stdout): what a third party needs to check manifests."""
    from archiver.fixity.keys import archive_public_key, public_pem

    pem = public_pem(archive_public_key(open_archive(ctx, create=False).settings.archive))
    if out == "-":
        click.echo(pem.decode("ascii"), nl=False)
    else:
        Path(out).write_bytes(pem)
