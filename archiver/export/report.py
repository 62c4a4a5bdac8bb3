"""The citation report: article -> each source it cites -> its captures, with status and a Robust Link.

Built from the index as plain data (JSON), then rendered as one self-contained HTML page from that same
data. A Robust Link (robustlinks.mementoweb.org) keeps ``href`` on the live URL and adds
``data-originalurl`` and ``data-versiondate``; ``data-versionurl`` (our URI-M) only when a replay base
is known, as ``<replay_base>/<14-digit timestamp>/<url>`` (the pywb / Wayback pattern).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from archiver import SOFTWARE
from archiver.index.db import Index
from archiver.lookup.evidence import recovered_copy, warc_timestamp


def _timestamp14(warc_date: str) -> str:
    return "".join(ch for ch in warc_date if ch.isdigit())[:14]


def robust_link(url: str, captured_at: str, replay_base: str | None, text: str | None = None,
                version_url: str | None = None) -> dict[str, Any]:
    attrs = {"href": url, "data-originalurl": url, "data-versiondate": captured_at[:19] + "Z"}
    if version_url:
        attrs["data-versionurl"] = version_url
    elif replay_base:
        attrs["data-versionurl"] = f"{replay_base.rstrip('/')}/{_timestamp14(captured_at)}/{url}"
    markup = " ".join(f'{name}="{html.escape(value)}"' for name, value in attrs.items())
    return {**attrs, "html": f"<a {markup}>{html.escape(text or url)}</a>"}


def _captures(index: Index, archive_dir: Path, citation_id: int, fetch_ids: set[int] | None,
              replay_base: str | None) -> list[dict[str, Any]]:
    rows = index.query(
        """SELECT f.id AS fetch_id, f.url, f.final_url, f.started_at, f.ok, f.status, f.error, cc.how,
                  c.record_id, c.captured_at, c.record_type, c.payload_sha256, c.warc_file
           FROM citation_captures cc JOIN fetches f ON f.id = cc.fetch_id
                LEFT JOIN captures c ON c.id = f.final_capture_id
           WHERE cc.citation_id = ? ORDER BY f.started_at DESC""",
        (citation_id,),
    )
    out = []
    for row in rows:
        row["ok"] = bool(row["ok"])
        row["in_package"] = fetch_ids is None or row["fetch_id"] in fetch_ids
        row["timestamp"] = warc_timestamp(archive_dir, row["warc_file"])
        row["warc_file"] = row["warc_file"].rsplit("/", 1)[-1] if row["warc_file"] else None
        row["recovered"] = copy = recovered_copy(index, row["fetch_id"])
        if copy:  # the other archive's memento is the version to link to
            row["robust_link"] = robust_link(copy["original_url"], copy["memento_at"], None,
                                             version_url=copy["memento_url"])
        elif row["captured_at"]:
            row["robust_link"] = robust_link(row["url"], row["captured_at"], replay_base)
        out.append(row)
    return out


def citation_report(index: Index, archive_dir: Path, article_ids: list[int], fetch_ids: set[int] | None,
                    replay_base: str | None, created: str, selection: str) -> dict[str, Any]:
    articles = []
    for article_id in article_ids:
        [article] = index.query("SELECT id, source, url, title, sha256, ingested_at FROM articles WHERE id = ?",
                                (article_id,))
        citations = []
        for row in index.query('SELECT * FROM citations WHERE article_id = ? ORDER BY start, "end"', (article_id,)):
            citations.append({
                "id": row["id"], "kind": row["kind"], "name": row["name"], "text": row["text"],
                "start": row["start"], "end": row["end"], "context": row["context"],
                "target_url": row["target_url"], "status": row["status"],
                "captures": _captures(index, archive_dir, row["id"], fetch_ids, replay_base),
            })
        articles.append({**article, "citations": citations})
    return {"created": created, "software": SOFTWARE, "selection": selection, "articles": articles}


def report_articles(index: Index, selected: list[int], fetch_ids: set[int] | None) -> list[int]:
    """The articles a report covers: those selected, else those citing anything in the package."""
    if selected:
        return selected
    rows = index.query(
        """SELECT DISTINCT c.article_id, cc.fetch_id FROM citations c
           JOIN citation_captures cc ON cc.citation_id = c.id ORDER BY c.article_id""")
    return list(dict.fromkeys(r["article_id"] for r in rows if fetch_ids is None or r["fetch_id"] in fetch_ids))


_STYLE = ("body{font:15px/1.4 system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em}"
          "table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ccc;padding:.3em;"
          "vertical-align:top;text-align:left}.failed{color:#a00}.muted{color:#666}")


def _cell_captures(captures: list[dict[str, Any]]) -> str:
    if not captures:
        return '<span class="muted">not captured</span>'
    lines = []
    for capture in captures:
        state = f"HTTP {capture['status']}" if capture["ok"] else f"failed: {capture['error'] or capture['status']}"
        link = capture.get("robust_link", {}).get("html", html.escape(capture["url"]))
        where = "" if capture["in_package"] else ' <span class="muted">(not in this package)</span>'
        css = "" if capture["ok"] else ' class="failed"'
        when = capture["captured_at"] or capture["started_at"]
        if capture.get("recovered"):
            state += f" · {capture['recovered']['label']} (not our capture of the original)"
            when = capture["recovered"]["memento_at"]
        stamp = capture["timestamp"]["label"] if capture["timestamp"]["state"] != "none" else ""
        stamp = f' · <span class="muted">{html.escape(stamp)}</span>' if stamp else ""
        lines.append(f"<div{css}>{link} · {html.escape(when)} · {html.escape(state)}{stamp}{where}</div>")
    return "".join(lines)


def render_html(report: dict[str, Any]) -> str:
    esc = html.escape
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>Citation report</title>", f"<style>{_STYLE}</style></head><body>",
        "<h1>Citation report</h1>",
        f'<p class="muted">{esc(report["software"])} · {esc(report["created"])} · {esc(report["selection"])}</p>',
    ]
    for article in report["articles"]:
        parts.append(f"<h2>{esc(article['title'] or article['source'])}</h2>")
        parts.append(f'<p class="muted">{esc(article["url"] or article["source"])} · '
                     f'sha256 {esc(article["sha256"])}</p>')
        parts.append("<table><tr><th>cited as</th><th>source</th><th>status</th><th>captures</th></tr>")
        for citation in article["citations"]:
            parts.append(
                f"<tr><td>{esc(citation['text'])}</td><td>{esc(citation['target_url'] or citation['name'] or '')}</td>"
                f"<td>{esc(citation['status'])}</td><td>{_cell_captures(citation['captures'])}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
