"""The main job, written once: read articles -> extract citations -> resolve -> capture -> index links.

Each article and each source is its own item: a failure is recorded and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from archiver.archive import Archive
from archiver.citations.blocks import capped_citations
from archiver.errors import ArchiverError, one_line
from archiver.flow.articles import load_article
from archiver.flow.capture import CaptureResult, capture_url, map_in_context
from archiver.flow.resolving import NameResolver, Prober, probe_landing
from archiver.flow.telegram import capture_telegram_url
from archiver.flow.web_copies import looks_gone, page_of, recover_copy, save_page_now
from archiver.index import articles as idx
from archiver.index.keys import url_key
from archiver.lookup.sources import latest_status
from archiver.resolve.resolver import Resolution
from archiver.warc.provenance import Reason
from archiver.warc.records import warc_date

Capturer = Callable[[Archive, str, Reason], CaptureResult]
OnSource = Callable[[int, int, str], None]  # (sources done, sources in all, the one just done)


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
    citations_stopped_at: int | None = None  # where max_citations_per_article stopped the search (None: never)
    citations_capped: str | None = None  # that, said in words
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
    archive: Archive, sources: Iterable[str], command: str, capturer: Capturer = capture_source,
    prober: Prober = probe_landing, on_source: OnSource | None = None,
) -> Iterator[ArticleSummary]:
    """prober captures a candidate handle's t.me landing page (see archiver.flow.resolving); on_source hears of
    each cited source as its capture (or reuse) ends, for progress."""
    now = lambda: warc_date(archive.clock())  # noqa: E731
    resolver = NameResolver(archive, command, prober)
    summaries: list[ArticleSummary] = []
    pending: dict[str, _Pending] = {}
    # 0. stored citations that were unresolved may resolve now that the registry or the directory has grown
    #    (no candidates are verified on t.me for them here: that is `archiver resolve --pending`)
    for row in idx.unresolved_citations(archive.index):
        resolution = resolver.resolve(_StoredCitation(row), probe=False)
        if resolution.status != "resolved" or not resolution.target_url:
            continue
        idx.save_citation(archive.index, row["article_id"], row, asdict(resolution))
        article = {"source": row["article"], "url": row["article_url"], "sha256": row["article_sha256"],
                   "title": row["article_title"]}
        entry = pending.setdefault(resolution.target_url, _Pending(resolution.target_url))
        entry.citations.append((row["id"], _citation_provenance(row, article, resolution)))
        if not summaries:
            summaries.append(ArticleSummary(article="(citations from earlier ingests, resolved by new aliases "
                                                    "or names the archive has seen since)"))
        summaries[0].citations += 1
        summaries[0].sources.append({"citation_id": row["id"], "target": resolution.target_url})
    # 1. read, extract, resolve and record every article
    for source in sources:
        summary = ArticleSummary(article=source)
        summaries.append(summary)
        try:
            loaded = load_article(archive, source, Reason("article", command=command),
                                  archive.settings.max_article_bytes, story_only=archive.settings.article_story_only)
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
        capped = capped_citations(loaded.article, archive.settings.max_citations_per_article)
        summary.citations_stopped_at, summary.citations_capped = capped.stopped_at, capped.note()
        for citation in capped.citations:
            data = citation.to_dict()
            resolution = resolver.resolve(citation)
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
    outcomes = _capture_pending(archive, pending, command, capturer, now, on_source)
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
    archive: Archive, pending: dict[str, _Pending], command: str, capturer: Capturer, now: Callable[[], str],
    on_source: OnSource | None = None,
) -> dict[str, dict[str, Any]]:
    """Capture (or link) every pending source, settings.workers at a time; per-host politeness still holds."""
    fresh_since = warc_date(archive.clock() - timedelta(hours=archive.settings.freshness_hours))

    def one(entry: _Pending) -> dict[str, Any]:
        recent = idx.recent_fetch(archive.index, url_key(entry.target), fresh_since)
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
        if archive.settings.web_archives and looks_gone(result, lambda: page_of(archive, result)):
            outcome["recovered"] = recover_copy(archive, entry.target, archive.clock(), reason)
        elif archive.settings.save_page_now and result.ok:
            outcome["saved"] = save_page_now(archive, entry.target, reason)
        return outcome

    outcomes: dict[str, dict[str, Any]] = {}
    if on_source is not None and pending:
        on_source(0, len(pending), "")
    with ThreadPoolExecutor(max_workers=max(1, archive.settings.workers)) as pool:
        for entry, outcome in zip(pending.values(), map_in_context(pool, one, pending.values()), strict=True):
            outcomes[entry.target] = outcome
            if on_source is not None:
                on_source(len(outcomes), len(pending), entry.target)
            for citation_id, _ in entry.citations:
                if outcome["fetch_id"] is not None:
                    how = "linked" if outcome["how"] == "linked" else "captured"
                    idx.link_capture(archive.index, citation_id, outcome["fetch_id"], how, now())
                if outcome.get("recovered"):
                    idx.link_capture(archive.index, citation_id, outcome["recovered"]["fetch_id"], "recovered", now())
                idx.set_citation_status(archive.index, citation_id, "captured" if outcome["ok"] else "failed")
    return outcomes

