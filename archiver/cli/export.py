"""Commands over what is archived: export (WACZ, CDXJ), quotation checks, full-text index, fixity.

    archiver export wacz OUT.wacz [--article A]... [--url U]... [--since D] [--until D]
    archiver export cdxj [OUT]
    archiver quotes ARTICLE
    archiver index-text [--rebuild]
    archiver verify
    archiver manifest --sign [--timestamp] | --check [--public-key FILE] [--tsa-ca PEM]
    archiver keys public [OUT]
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option, progress
from archiver.cli.root import cli, open_archive
from archiver.warc.records import warc_date

if TYPE_CHECKING:
    from archiver.fixity.verify import Problem


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
