"""``archiver resolve``: candidates for Telegram channels named in prose, and accepting one as an alias."""

from __future__ import annotations

import click

from archiver.cli.output import emit_json, fail, handle_errors, json_option
from archiver.cli.root import cli, command_line, open_archive
from archiver.resolve.directory import Candidate

_KIND = {"not_found": "no such name", "user": "a person", "group": "a group", "bot": "a bot", "unknown": "unreadable"}


def _show(candidate: Candidate, as_json: bool) -> None:
    if as_json:
        emit_json(candidate.to_dict())
        return
    evidence = candidate.evidence
    verdict = "verified" if candidate.verified else _KIND.get(evidence.get("kind", ""), "no match")
    where = evidence.get("landing_page") or evidence.get("seen_in") or evidence.get("alias") or ""
    click.echo(f"{candidate.name[:30]:30} @{candidate.handle:24} {candidate.score:5.2f} {verdict:12} "
               f"{candidate.how:12} {(candidate.title or '')[:30]:30} {where}")


@cli.command()
@click.argument("names", nargs=-1)
@click.option("--pending", is_flag=True, help="every Telegram name of a stored citation that is still unresolved")
@click.option("--accept", "accept", nargs=2, metavar="NAME HANDLE", default=None,
              help="record NAME -> HANDLE in the alias registry, with its landing page as evidence")
@json_option
@click.pass_context
@handle_errors
def resolve(ctx: click.Context, names: tuple[str, ...], pending: bool, accept: tuple[str, str] | None,
            as_json: bool) -> None:
    """Candidate handles for Telegram channels NAMEd in prose, best first.

    The alias registry and the directory of names the archive has seen answer first, with no request;
    otherwise candidate handles are checked by capturing their t.me landing pages (kept as evidence) and
    comparing each title with NAME. Exit 1 when a name has no candidate at all.
    """
    from archiver.flow.resolving import accept as accept_alias
    from archiver.flow.resolving import pending_names, review

    if accept is not None:
        if names or pending:
            fail("--accept takes NAME HANDLE on its own", 2)
        _show(accept_alias(open_archive(ctx), accept[0], accept[1], command_line()), as_json)
        return
    if not names and not pending:
        fail("give at least one NAME, or --pending", 2)
    archive = open_archive(ctx)
    wanted = list(dict.fromkeys([*names, *(pending_names(archive) if pending else [])]))
    candidates = review(archive, wanted, command_line())
    for candidate in candidates:
        _show(candidate, as_json)
    missing = [name for name in wanted if not any(c.name == name for c in candidates)]
    for name in missing:
        click.echo(f"no candidate for {name!r}: add one with archiver resolve --accept NAME HANDLE", err=True)
    ctx.exit(1 if missing else 0)
