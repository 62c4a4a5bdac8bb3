"""Resolution flow, written once: alias registry -> directory (no network) -> candidate handles verified on t.me.

1. the alias registry and the directory of names the archive has seen (archiver.resolve, index.directory)
2. for a name neither knows: candidate handles (resolve.candidates), each verified by capturing its t.me
   landing page through the Telegram capture (politeness applies; the page and its parse go into the WARC
   as evidence) and comparing the page's title with the cited name (resolve.translit.title_score)
3. a candidate is accepted only by resolve.directory.choose; otherwise the name waits for
   ``archiver resolve --pending`` with its best candidates

A landing page captured within ``freshness_hours`` is reused, not fetched again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from archiver.archive import Archive
from archiver.errors import ArchiverError, UsageError, one_line
from archiver.flow import aliases as alias_registry
from archiver.flow.telegram import capture_landing
from archiver.index import articles as idx
from archiver.index import telegram as tgidx
from archiver.index.directory import directory_entries, update_directory
from archiver.resolve.candidates import handle_candidates
from archiver.resolve.directory import MATCH, Candidate, Directory, choose
from archiver.resolve.names import best_match, normalize_name
from archiver.resolve.resolver import Alias, Resolution, cited_name, resolve, telegram_feed
from archiver.resolve.translit import title_score
from archiver.warc.provenance import Reason
from archiver.warc.records import warc_date


@dataclass(frozen=True)
class Landing:
    """What t.me/<handle> showed: kind (channel | user | group | bot | not_found | unknown | failed) and title."""

    handle: str
    kind: str
    title: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)


Prober = Callable[[Archive, str, Reason], Landing]


def probe_landing(archive: Archive, handle: str, reason: Reason) -> Landing:
    """Capture the landing page of handle (the real network, or the mirror at telegram_url)."""
    result, page = capture_landing(archive, handle, reason)
    evidence = {"landing_page": f"https://t.me/{handle}", "fetched_from": result.url, "fetch_id": result.fetch_id,
                "captured_at": result.captured_at, "warc_file": result.warc_file, "offset": result.offset,
                "record_id": result.record_id}
    if page is None or page.channel is None:
        error = result.error or f"HTTP {result.status}: not a t.me page"
        return Landing(handle, "failed" if result.status is None else "unknown", None, evidence | {"error": error})
    channel = page.channel
    return Landing(channel.username or handle, channel.kind, channel.title, evidence | {"kind": channel.kind})


def load_aliases(archive: Archive) -> list[Alias]:
    return [Alias(r["name"], r["handle"], r["note"]) for r in idx.list_aliases(archive.index)]


class NameResolver:
    """Resolves the citations of one run; each name is verified on t.me at most once per run."""

    def __init__(self, archive: Archive, command: str, prober: Prober = probe_landing) -> None:
        self.archive, self.command, self.prober = archive, command, prober
        self.threshold = archive.settings.resolve_threshold
        update_directory(archive.index)
        self.aliases = load_aliases(archive)
        self.directory = Directory(directory_entries(archive.index))
        self._verified: dict[str, list[Candidate]] = {}
        self.offline: str | None = None  # set when t.me could not be reached: no more probes this run

    def resolve(self, citation: Any, probe: bool = True) -> Resolution:
        resolution = resolve(citation, self.aliases, self.directory, self.threshold)
        cited = cited_name(citation)
        if resolution.status != "unresolved" or cited is None or not probe:
            return resolution
        label, value = cited
        found = self.candidates(value)
        pick = choose(value, found, self.threshold)
        if pick is not None:
            how = {"method": "candidate" if pick.how == "landing_page" else pick.how, "matched": label,
                   "cited_as": value, "handle": pick.handle, "title": pick.title, "score": pick.score, **pick.evidence}
            return Resolution(telegram_feed(pick.handle), pick.handle, "resolved", how)
        how = {"method": "none", "cited_as": value, "candidates": [c.to_dict() for c in found[:5]]}
        if self.offline:
            how["not_verified"] = f"t.me could not be reached: {self.offline}"
        return Resolution(None, None, "unresolved", how)

    def candidates(self, name: str, probe: bool = True) -> list[Candidate]:
        """Every candidate for name, best first: registry, directory, then verified landing pages."""
        found = self._alias_candidates(name) + self.directory.lookup(name)
        key = normalize_name(name)
        if probe and key and key not in self._verified:
            known = {c.handle.lower() for c in found if c.verified and c.score >= self.threshold}
            self._verified[key] = [] if known else self._verify(name)
        best: dict[str, Candidate] = {}
        for candidate in found + self._verified.get(key, []):
            kept = best.get(candidate.handle.lower())
            if kept is None or (candidate.verified, candidate.score) > (kept.verified, kept.score):
                best[candidate.handle.lower()] = candidate
        return sorted(best.values(), key=lambda c: (not c.verified, -c.score, c.handle.lower()))

    def _alias_candidates(self, name: str) -> list[Candidate]:
        table = {alias.name: alias for alias in self.aliases}
        match = best_match(name, table.keys())
        if not match:
            return []
        alias = table[match[0]]
        return [Candidate(name, alias.handle, alias.name, match[1], True, "alias",
                          {"alias": alias.name, "note": alias.note})]

    def _verify(self, name: str) -> list[Candidate]:
        out: list[Candidate] = []
        for handle in handle_candidates(name, limit=self.archive.settings.resolve_probes):
            landing = self.landing(name, handle)
            if landing is None:
                break
            score = title_score(name, landing.title) if landing.title else 0.0
            verified = landing.kind == "channel" and score >= MATCH
            out.append(Candidate(name, landing.handle, landing.title, score, verified, "landing_page",
                                 landing.evidence))
            if verified and score >= self.threshold:
                break  # politeness: a verified exact title ends the search (choose still decides)
        return out

    def landing(self, name: str, handle: str) -> Landing | None:
        """A fresh observation of handle from the index, else a capture of its landing page; None when offline."""
        fresh_since = warc_date(self.archive.clock() - timedelta(hours=self.archive.settings.freshness_hours))
        row = tgidx.latest_channel(self.archive.index, handle)
        if row is not None and row["observed_at"] >= fresh_since:
            return Landing(row["handle"], row["kind"], row["title"],
                           {"seen_in": row["page_url"], "fetch_id": row["fetch_id"], "captured_at": row["observed_at"],
                            "kind": row["kind"], "reused": True})
        if self.offline:
            return None
        reason = Reason("resolve", command=self.command, extra={"resolving": name, "candidate_handle": handle})
        try:
            landing = self.prober(self.archive, handle, reason)
        except ArchiverError as exc:
            self.offline = one_line(exc)
            return None
        if landing.kind == "failed":
            self.offline = landing.evidence.get("error") or "t.me could not be reached"
            return None
        return landing


def pending_names(archive: Archive) -> list[str]:
    """The names of stored Telegram citations still unresolved, each once, in the order first cited."""
    rows = idx.unresolved_citations(archive.index)
    names = [row["name"] or row["owner"] for row in rows if row["kind"] == "telegram"]
    return list(dict.fromkeys(name for name in names if name))


def review(archive: Archive, names: Iterable[str], command: str, prober: Prober = probe_landing) -> list[Candidate]:
    """Candidates for each name, best first per name (verified on t.me where the archive knows nothing)."""
    resolver = NameResolver(archive, command, prober)
    return [candidate for name in names for candidate in resolver.candidates(name)]


def accept(archive: Archive, name: str, handle: str, command: str, prober: Prober = probe_landing) -> Candidate:
    """Record NAME -> HANDLE in the alias registry, with what its landing page showed as the note."""
    cleaned = alias_registry.clean_handle(handle)
    resolver = NameResolver(archive, command, prober)
    landing = resolver.landing(name, cleaned)
    if landing is None:
        raise ArchiverError(f"could not check t.me/{cleaned}: {resolver.offline}")
    if landing.kind == "not_found":
        raise UsageError(f"t.me/{cleaned} shows no channel, group or user (a 'Contact' page): check the handle")
    score = title_score(name, landing.title) if landing.title else 0.0
    evidence = landing.evidence
    note = (f"accepted with archiver resolve: t.me/{landing.handle} is a {landing.kind} titled {landing.title!r} "
            f"(score {score}; landing page captured {evidence.get('captured_at')}, fetch {evidence.get('fetch_id')})")
    stored, _replaced = alias_registry.add(archive, name, landing.handle, note)
    return Candidate(name, stored, landing.title, score, landing.kind == "channel" and score >= MATCH, "alias",
                     evidence | {"note": note})
