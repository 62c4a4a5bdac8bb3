"""The main job, written once: read articles -> extract citations -> resolve -> capture -> index links.

Each article and each source is its own item: a failure is recorded and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from archiver.archive import Archive
from archiver.articles import load_article
from archiver.capture.decode import decode_body
from archiver.capture.webarchive import find_memento, parse_web_archives, says_not_found
from archiver.citations import extract_citations
from archiver.errors import ArchiverError, one_line
from archiver.index import articles as idx
from archiver.index.recovered import RecoveredRow, add_recovered
from archiver.lookup.sources import GONE_STATUSES, latest_status
from archiver.pipeline import CaptureResult, capture_url, surt_key
from archiver.resolve.resolver import Alias, Resolution, resolve
from archiver.telegram import capture_telegram_url
from archiver.warc.provenance import Reason
from archiver.warc.read import read_payload
from archiver.warc.records import warc_date

Capturer = Callable[[Archive, str, Reason], CaptureResult]
API_LIMIT = 5 * 1024 * 1024  # bytes read of a web archive's API answer
PAGE_LIMIT = 256 * 1024  # bytes of a captured page read to see whether it says "not found"


def capture_source(archive: Archive, url: str, reason: Reason) -> CaptureResult:
    """t.me links through the Telegram capture (first feed page or the post, with media), others over HTTP."""
    return capture_telegram_url(archive, url, reason) or capture_url(archive, url, reason)


@dataclass
class ArticleSummary:
    article: str
    title: str | None = None
    sha256: str | None = None
    citations: int = 0
    captured: int = 0
    linked: int = 0
    failed: int = 0
    unresolved: int = 0
    not_capturable: int = 0
    error: str | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    unresolved_names: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # cited sources whose latest status is "deleted"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Pending:
    """One capturable source and every citation (across articles) that points at it."""

    target: str
    citations: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (citation id, provenance)


class _StoredCitation:
    """A citation row from the index, read like a freshly extracted Citation."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.kind, self.name, self.owner = row["kind"], row["name"], row["owner"]
        self.url, self.handle = row["url"], row["handle"]


def load_aliases(archive: Archive) -> list[Alias]:
    return [Alias(r["name"], r["handle"], r["note"]) for r in idx.list_aliases(archive.index)]


def _citation_provenance(citation: dict[str, Any], article: dict[str, Any], resolution: Resolution) -> dict[str, Any]:
    return {
        "article": article,
        "kind": citation["kind"],
        "name": citation["name"],
        "owner": citation["owner"],
        "text": citation["text"],
        "start": citation["start"],
        "end": citation["end"],
        "context": citation["context"],
        "rule": citation["rule"],
        "resolution": resolution.how,
    }


def ingest(
    archive: Archive, sources: Iterable[str], command: str, capturer: Capturer = capture_source
) -> Iterator[ArticleSummary]:
    now = lambda: warc_date(archive.clock())  # noqa: E731
    aliases = load_aliases(archive)
    summaries: list[ArticleSummary] = []
    pending: dict[str, _Pending] = {}
    # 0. stored citations that were unresolved may resolve now that the registry has grown
    for row in idx.unresolved_citations(archive.index):
        resolution = resolve(_StoredCitation(row), aliases)
        if resolution.status != "resolved" or not resolution.target_url:
            continue
        idx.save_citation(archive.index, row["article_id"], row, asdict(resolution))
        article = {"source": row["article"], "url": row["article_url"], "sha256": row["article_sha256"],
                   "title": row["article_title"]}
        entry = pending.setdefault(resolution.target_url, _Pending(resolution.target_url))
        entry.citations.append((row["id"], _citation_provenance(row, article, resolution)))
        if not summaries:
            summaries.append(ArticleSummary(article="(citations from earlier ingests, resolved by new aliases)"))
        summaries[0].citations += 1
        summaries[0].sources.append({"citation_id": row["id"], "target": resolution.target_url})
    # 1. read, extract, resolve and record every article
    for source in sources:
        summary = ArticleSummary(article=source)
        summaries.append(summary)
        try:
            loaded = load_article(archive, source, Reason("article", command=command))
        except ArchiverError as exc:
            summary.error = one_line(exc)
            continue
        summary.title, summary.sha256 = loaded.article.title, loaded.sha256
        article_id = idx.upsert_article(
            archive.index,
            idx.ArticleRow(loaded.source, loaded.url, loaded.sha256, loaded.article.title, loaded.article.text,
                           loaded.format, loaded.fetch_id),
            now(),
        )
        for citation in extract_citations(loaded.article):
            data = citation.to_dict()
            resolution = resolve(citation, aliases)
            citation_id = idx.save_citation(archive.index, article_id, data, asdict(resolution))
            summary.citations += 1
            if resolution.status == "unresolved":
                summary.unresolved += 1
                summary.unresolved_names.append(citation.name or f"channel of {citation.owner}")
            elif resolution.status == "not_capturable":
                summary.not_capturable += 1
            elif resolution.target_url:
                entry = pending.setdefault(resolution.target_url, _Pending(resolution.target_url))
                article = {"source": loaded.source, "url": loaded.url, "sha256": loaded.sha256,
                           "title": loaded.article.title}
                entry.citations.append((citation_id, _citation_provenance(data, article, resolution)))
                summary.sources.append({"citation_id": citation_id, "target": resolution.target_url})
    # 2. capture each source once (or link a fresh capture), 3. link citations to it
    outcomes = _capture_pending(archive, pending, command, capturer, now)
    statuses = {target: latest_status(archive, target) for target in outcomes}
    for summary in summaries:
        for cited in summary.sources:
            outcome = outcomes.get(cited["target"], {})
            cited.update(outcome, latest_status=statuses.get(cited["target"]))
            if cited["latest_status"] == "deleted" and cited["target"] not in summary.gone:
                summary.gone.append(cited["target"])
            if outcome.get("how") == "linked":
                summary.linked += 1
            elif outcome.get("ok"):
                summary.captured += 1
            else:
                summary.failed += 1
        yield summary


def _capture_pending(
    archive: Archive, pending: dict[str, _Pending], command: str, capturer: Capturer, now: Callable[[], str]
) -> dict[str, dict[str, Any]]:
    """Capture (or link) every pending source, settings.workers at a time; per-host politeness still holds."""
    fresh_since = warc_date(archive.clock() - timedelta(hours=archive.settings.freshness_hours))

    def one(entry: _Pending) -> dict[str, Any]:
        recent = idx.recent_fetch(archive.index, surt_key(entry.target), fresh_since)
        if recent:
            return {"ok": True, "how": "linked", "fetch_id": recent["id"], "status": recent["status"], "error": None,
                    "recovered": None}
        reason = Reason("ingest", command=command, citations=tuple(provenance for _, provenance in entry.citations))
        try:
            result = capturer(archive, entry.target, reason)
        except ArchiverError as exc:
            return {"ok": False, "how": "failed", "fetch_id": None, "status": None, "error": one_line(exc),
                    "recovered": None}
        outcome: dict[str, Any] = {"ok": result.ok, "how": "captured" if result.ok else "failed",
                                   "fetch_id": result.fetch_id, "status": result.status, "error": result.error,
                                   "recovered": None}
        if archive.settings.web_archives and looks_gone(result, lambda: _page(archive, result)):
            outcome["recovered"] = recover_copy(archive, entry.target, archive.clock(), reason)
        return outcome

    outcomes: dict[str, dict[str, Any]] = {}
    with ThreadPoolExecutor(max_workers=max(1, archive.settings.workers)) as pool:
        for entry, outcome in zip(pending.values(), pool.map(one, pending.values()), strict=True):
            outcomes[entry.target] = outcome
            for citation_id, _ in entry.citations:
                if outcome["fetch_id"] is not None:
                    how = "linked" if outcome["how"] == "linked" else "captured"
                    idx.link_capture(archive.index, citation_id, outcome["fetch_id"], how, now())
                if outcome.get("recovered"):
                    idx.link_capture(archive.index, citation_id, outcome["recovered"]["fetch_id"], "recovered", now())
                idx.set_citation_status(archive.index, citation_id, "captured" if outcome["ok"] else "failed")
    return outcomes


def looks_gone(result: CaptureResult, page: Callable[[], bytes] = bytes) -> bool:
    """HTTP 404/410, no answer at all (DNS failure, refused connection; not a target we refused), or a
    2xx page whose title or heading says it is not found (page() reads the stored response)."""
    if result.status in GONE_STATUSES:
        return True
    if result.status is None:
        return not result.ok and not (result.error or "").startswith("refused")
    return 200 <= result.status < 300 and not result.revisit and says_not_found(page())


def _page(archive: Archive, result: CaptureResult) -> bytes:
    if result.warc_file is None or result.offset is None:
        return b""
    try:
        return read_payload(archive.settings.archive, result.warc_file, result.offset, PAGE_LIMIT)
    except ArchiverError:
        return b""


def _get(archive: Archive, url: str) -> tuple[int | None, bytes]:
    """A web archive's API answer, fetched by the archive's fetcher (same guard and politeness), not stored."""
    with archive.gate.slot(url):
        fetch = archive.fetcher.fetch(url)
    try:
        final = fetch.final
        if fetch.blocked or final is None:
            return None, b""
        return final.status, decode_body(final.body, final.response_head.get_header("Content-Encoding"), API_LIMIT)
    finally:
        fetch.close()


def recover_copy(archive: Archive, url: str, when: datetime, reason: Reason) -> dict[str, Any] | None:
    """Store the memento of url closest to (preferably before) when from the first web archive holding one:
    a capture of the memento URL whose provenance names the original URL, the archive and the memento's
    datetime, indexed as a recovered copy of url. None when web_archives is empty or none has a copy."""
    archives = parse_web_archives(archive.settings.web_archives)
    memento = find_memento(archives, url, when, lambda api: _get(archive, api)) if archives else None
    if memento is None:
        return None
    row = RecoveredRow(url, surt_key(url), memento.archive, memento.memento_url,
                       str(memento.to_dict()["memento_datetime"]), warc_date(archive.clock()))

    def index_recovered(db: Any, fetch_id: int, final: Any, _extras: Any) -> None:
        if final is not None and final.status is not None and 200 <= final.status < 300:
            add_recovered(db, fetch_id, row)

    extra = {"recovered_from": memento.to_dict()}
    result = capture_url(archive, memento.memento_url, Reason("recovered", reason.command, reason.citations,
                                                              extra=extra), index_hook=index_recovered)
    if not result.ok or result.status is None or not 200 <= result.status < 300 or result.fetch_id is None:
        return None
    return {"fetch_id": result.fetch_id, "label": f"recovered from {row.archive}, as of {row.memento_at}",
            **memento.to_dict()}
