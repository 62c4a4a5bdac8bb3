"""Write a WACZ 1.1.1 package (webrecorder specs) of the whole archive or a selection of it.

    archive/<name>.warc.gz      STORED; whole closed files, or the selected gzip members copied byte for
                                byte into a file of the same name (its own warcinfo first)
    indexes/index.cdx           sorted CDXJ of those files (as cdxj-indexer writes it; named *.cdx as the
                                WACZ spec example and py-wacz do: pywb's --unpack-wacz looks for no other)
    pages/pages.jsonl           header line, then one page per 2xx HTML response or revisit
    reports/citations.json      article -> sources -> captures, status, Robust Link (one directory deep:
    reports/citations.html      py-wacz's validator only compares the last two path components)
    fixity/manifest.json        the archive's signed manifest, its Ed25519 signature, public key and RFC 3161
    fixity/manifest.sig         token when there is one (they describe the archive's whole files), and
    fixity/manifest.tsr         fixity/<name>.warc.gz.tsr: the token of each WARC file exported whole
    datapackage.json            profile data-package, wacz_version 1.1.1, every file with sha256 and bytes
    datapackage-digest.json     sha256 of datapackage.json, signed (wacz-auth, archiver.export.signing)

The package is written next to OUT under a temporary name and renamed when complete.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from archiver import SOFTWARE
from archiver.archive import Archive
from archiver.errors import ArchiveError, UsageError
from archiver.export.cdxj import iter_cdxj, iter_sorted
from archiver.export.report import citation_report, render_html, report_articles
from archiver.export.selection import FilePart, Selection, copy_part, plan_parts, selected_fetches
from archiver.export.signing import sign_hash, signature_bytes
from archiver.fixity.keys import PUBLIC_NAME, key_dir, load_or_create_wacz_key
from archiver.fixity.manifest import MANIFEST, SIGNATURE, TOKEN
from archiver.fixity.timestamps import token_path
from archiver.fixity.tsp import TimestampError, request_token
from archiver.index.articles import article_by_source
from archiver.index.fulltext import HTML_MIMES, update_fulltext

WACZ_VERSION = "1.1.1"
ZIP64_AT = 1 << 31


@dataclass
class WaczSummary:
    path: str
    warcs: int = 0
    records: int = 0
    pages: int = 0
    articles: int = 0
    bytes: int = 0
    selection: str = ""
    public_key: str = ""  # base64 SPKI of the key that signed datapackage-digest.json
    time_signature: str | None = None  # "ok", or why the signature has no RFC 3161 token
    resources: list[dict[str, Any]] = field(default_factory=list)


class _Package:
    """A zip being written, keeping the resource list (name, path, sha256, bytes) as files go in."""

    def __init__(self, handle: BinaryIO, created: datetime) -> None:
        self.zip = zipfile.ZipFile(handle, "w", allowZip64=True)
        self.date_time = created.timetuple()[:6]
        self.resources: list[dict[str, Any]] = []

    def add_stream(self, path: str, source: BinaryIO, size: int, stored: bool, listed: bool = True) -> str:
        info = zipfile.ZipInfo(path, date_time=self.date_time)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        digest = hashlib.sha256()
        with self.zip.open(info, "w", force_zip64=size >= ZIP64_AT) as out:
            while chunk := source.read(1024 * 1024):
                digest.update(chunk)
                out.write(chunk)
        if listed:
            name = re.sub(r"[^-a-z0-9._]", "-", Path(path).name.lower())
            self.resources.append({"name": name, "path": path, "hash": f"sha256:{digest.hexdigest()}",
                                   "bytes": size})
        return digest.hexdigest()

    def add_file(self, path: str, source: Path, stored: bool) -> None:
        with open(source, "rb") as handle:
            self.add_stream(path, handle, source.stat().st_size, stored)

    def add_bytes(self, path: str, data: bytes, listed: bool = True) -> str:
        with tempfile.SpooledTemporaryFile() as spool:
            spool.write(data)
            spool.seek(0)
            return self.add_stream(path, cast(BinaryIO, spool), len(data), stored=False, listed=listed)


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _pages(archive: Archive, fetch_ids: set[int] | None) -> list[dict[str, Any]]:
    rows = archive.index.query(
        """SELECT c.fetch_id, c.url, c.captured_at, c.record_id, c.mime, d.title
           FROM captures c LEFT JOIN text_links l ON l.capture_id = c.id LEFT JOIN text_docs d ON d.id = l.doc_id
           WHERE c.record_type IN ('response', 'revisit') AND c.status BETWEEN 200 AND 299
           ORDER BY c.captured_at, c.id""")
    pages = []
    for row in rows:
        if (row["mime"] or "").lower() not in HTML_MIMES or (
            fetch_ids is not None and row["fetch_id"] not in fetch_ids
        ):
            continue
        page_id = re.sub(r"[^0-9a-f]", "", row["record_id"].split(":")[-1].lower())
        pages.append({"id": page_id, "url": row["url"], "ts": row["captured_at"], "title": row["title"] or row["url"]})
    return pages


def _warc_lines(package: _Package, parts: list[FilePart], work: Path, summary: WaczSummary) -> Iterator[str]:
    """Add each part as archive/<name>, yielding its CDXJ lines (sorted later, spilling to disk if large)."""
    for part in parts:
        source = part.path
        if part.ranges is not None or not source.exists():  # a range, or a file in object storage
            source = work / part.name
            with open(source, "wb") as out:
                copy_part(part, out)
        for line in iter_cdxj(source, part.name):
            summary.records += 1
            yield line
        package.add_file(f"archive/{part.name}", source, stored=True)
        if source != part.path:
            source.unlink()


def _fixity(package: _Package, archive_dir: Path, parts: list[FilePart]) -> None:
    """The archive's manifest (signature, public key, token) and the tokens of the WARCs exported whole."""
    if (archive_dir / MANIFEST).is_file() and (archive_dir / SIGNATURE).is_file():
        for name, path in ((MANIFEST, archive_dir / MANIFEST), (SIGNATURE, archive_dir / SIGNATURE),
                           (TOKEN, archive_dir / TOKEN), (PUBLIC_NAME, key_dir(archive_dir) / PUBLIC_NAME)):
            if path.is_file():
                package.add_file(f"fixity/{name}", path, stored=False)
    for part in parts:
        token = token_path(archive_dir, f"warcs/{part.name}")
        if part.ranges is None and token.is_file():
            package.add_file(f"fixity/{token.name}", token, stored=False)


def _sign(archive: Archive, digest: str, created: datetime, summary: WaczSummary) -> dict[str, Any]:
    """signedData over the digest; with timestamps on, an RFC 3161 token over the signature too."""
    version = SOFTWARE.partition("/")[2]
    signed = sign_hash(load_or_create_wacz_key(archive.settings.archive), f"sha256:{digest}", _rfc3339(created),
                       SOFTWARE, version)
    summary.public_key = signed["publicKey"]
    settings = archive.settings
    if settings.timestamp != "off" and settings.tsa_list:
        errors = []
        for url in settings.tsa_list:
            try:
                reply, _ = request_token(hashlib.sha256(signature_bytes(signed)).digest(), url)
            except TimestampError as exc:
                errors.append(str(exc))
                continue
            signed["timeSignature"] = base64.b64encode(reply).decode("ascii")
            break
        summary.time_signature = "; ".join(errors) if errors and "timeSignature" not in signed else "ok"
    return signed


def _datapackage(package: _Package, selection: Selection, title: str | None, created: datetime,
                 main: dict[str, Any] | None, sign: Callable[[str], dict[str, Any]]) -> None:
    data: dict[str, Any] = {
        "profile": "data-package", "wacz_version": WACZ_VERSION,
        "title": title or f"archiver export: {selection.describe()}",
        "description": f"Sources cited by articles, captured with provenance by {SOFTWARE}. "
                       f"Selection: {selection.describe()}.",
        "created": _rfc3339(created), "modified": _rfc3339(created), "software": SOFTWARE,
    }
    if main:
        data["mainPageUrl"], data["mainPageDate"] = main["url"], main["ts"]
    data["resources"] = package.resources
    digest = package.add_bytes(
        "datapackage.json", json.dumps(data, ensure_ascii=False, indent=2).encode(), listed=False
    )
    package.add_bytes("datapackage-digest.json", json.dumps(
        {"path": "datapackage.json", "hash": f"sha256:{digest}", "signedData": sign(digest)}, indent=2).encode(),
        listed=False)


def export_wacz(archive: Archive, out: Path, selection: Selection, title: str | None = None,
                replay_base: str | None = None, clock: Callable[[], datetime] | None = None) -> WaczSummary:
    """Write the WACZ for selection to out; raise UsageError when the selection holds no capture."""
    created = (clock or archive.clock)()
    # 1. what goes in: WARC parts, the fetches selected, the articles named
    update_fulltext(archive.index, archive.settings.archive)  # page titles come from the text index
    parts = plan_parts(archive.settings.archive, archive.index, selection)
    if not parts:
        raise UsageError(f"nothing archived matches the selection ({selection.describe()})")
    fetch_ids = None if selection.everything else selected_fetches(archive.index, selection)
    article_ids = [row["id"] for row in (article_by_source(archive.index, a) for a in selection.articles) if row]
    summary = WaczSummary(path=str(out), warcs=len(parts), selection=selection.describe())
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".wacz-") as tmp:
        work = Path(tmp)
        partial = work / "package.wacz"
        with open(partial, "wb") as handle:
            package = _Package(handle, created)
            # 2. the WARCs, then their sorted CDXJ
            index_path = work / "index.cdxj"
            with open(index_path, "w", encoding="utf-8") as index_out:
                index_out.writelines(iter_sorted(_warc_lines(package, parts, work, summary)))
            package.add_file("indexes/index.cdx", index_path, stored=False)
            # 3. pages
            pages = _pages(archive, fetch_ids)
            summary.pages = len(pages)
            header = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
            jsonl = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in [header, *pages])
            package.add_bytes("pages/pages.jsonl", jsonl.encode("utf-8"))
            # 4. the citation report, as JSON and HTML
            covered = report_articles(archive.index, article_ids, fetch_ids)
            report = citation_report(archive.index, archive.settings.archive, covered, fetch_ids, replay_base,
                                     _rfc3339(created), selection.describe())
            summary.articles = len(report["articles"])
            package.add_bytes("reports/citations.json", json.dumps(report, ensure_ascii=False, indent=1).encode())
            package.add_bytes("reports/citations.html", render_html(report).encode("utf-8"))
            _fixity(package, archive.settings.archive, parts)
            # 5. datapackage.json (main page: a selected article's own capture, else the first page) and its digest
            cited = {a["url"] for a in report["articles"] if a["url"]} if article_ids else set()
            main = next((p for p in pages if p["url"] in cited), pages[0] if pages else None)
            summary.resources = list(package.resources)
            _datapackage(package, selection, title, created, main,
                         lambda digest: _sign(archive, digest, created, summary))
            package.zip.close()
        try:
            os.replace(partial, out)
        except OSError as exc:
            raise ArchiveError(f"cannot write {out}: {exc.strerror}") from exc
    summary.bytes = out.stat().st_size
    return summary
