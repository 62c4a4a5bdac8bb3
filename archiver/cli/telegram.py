"""`archiver telegram ...`: parse saved t.me pages, capture channels and posts."""

from __future__ import annotations

import sys

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option, progress
from archiver.cli.root import cli, command_line, open_archive
from archiver.warc.provenance import Reason


@cli.group()
def telegram() -> None:
    """Telegram channels and posts through t.me's public web preview (no login)."""


@telegram.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@json_option
@handle_errors
def telegram_parse(files: tuple[str, ...], as_json: bool) -> None:
    """Parse saved t.me pages (feed, post embed, landing page): one JSON line per post or page."""
    from archiver.flow.telegram_parse import parse_files

    failed = 0
    for row in parse_files(files):
        if "error" in row:
            failed += 1
            click.echo(f"archiver: error: {row['error']}", err=True)
        elif as_json:
            emit_json(row)
        elif row.get("type") == "page":
            click.echo(f"{row['file']}: {row['kind']} {row.get('username') or ''} {row.get('title') or ''}".rstrip())
        else:
            state = " (deleted)" if row["deleted"] else ""
            click.echo(f"{row['url']}  {row['date']}{state}  {' '.join(row['text'].split())[:80]}")
    sys.exit(1 if failed else 0)


@telegram.command("capture")
@click.argument("channel")
@click.option("--since", default=None, metavar="DATE", help="walk the feed back to this ISO 8601 date")
@click.option("--until", default=None, metavar="DATE", help="only posts up to this date count (and get their media)")
@click.option("--post", "posts", multiple=True, type=int, help="capture this post id (repeatable)")
@click.option("--no-media", is_flag=True, help="do not fetch photos and videos")
@click.option("--max-pages", type=int, default=None, help="stop after this many feed pages")
@json_option
@click.pass_context
@handle_errors
def telegram_capture(ctx: click.Context, channel: str, since: str | None, until: str | None, posts: tuple[int, ...],
                     no_media: bool, max_pages: int | None, as_json: bool) -> None:
    """Capture CHANNEL (a handle, @handle or t.me URL) into the archive, with each post's structured JSON."""
    from archiver.capture.telegram import parse_telegram_ref
    from archiver.flow.telegram import capture_telegram
    from archiver.lookup.captures import parse_when

    ref = parse_telegram_ref(channel)
    if ref is None:
        fail(f"{channel!r} is not a public Telegram channel or post (handle, @handle or t.me URL)", 2)
    archive = open_archive(ctx)
    with progress(None, f"@{ref.handle}", as_json) as advance:
        outcome = capture_telegram(
            archive, ref, Reason("telegram", command=command_line()),
            since=parse_when(since) if since else None, until=parse_when(until) if until else None,
            post_ids=posts, media=not no_media, max_pages=max_pages, on_progress=advance,
        )
    if as_json:
        emit_json(outcome.to_dict())
    else:
        click.echo(f"@{outcome.handle}: {outcome.kind}; {outcome.pages} pages, {outcome.posts} posts "
                   f"({outcome.deleted} deleted), media {outcome.media_captured} captured, "
                   f"{outcome.media_failed} failed")
        for error in outcome.errors:
            click.echo(f"    {error}")
    ctx.exit(0 if outcome.ok else 1)
