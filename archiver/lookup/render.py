"""Readable lines for ``archiver lookup`` rows (the JSON rows are the contract; this is for people)."""

from __future__ import annotations

from typing import Any


def _short(text: str | None, width: int = 100) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_lookup(mode: str, row: dict[str, Any]) -> str:
    if mode == "article":
        captures = row["captures"]
        state = row["status"]
        own = [c for c in captures if c.get("how") != "recovered"]
        if own:
            latest = own[0]
            if not latest["ok"]:
                reason = latest["error"] or f"HTTP {latest['status']}"
                state += f", failed {latest['started_at']}: {reason}"
            else:
                verb = "reused a capture from" if latest["how"] == "linked" else "captured"
                state += f", {verb} {latest['started_at']} (HTTP {latest['status']})"
        for copy in (c for c in captures if c.get("recovered")):
            state += f", {copy['recovered']['label']}"
        if row.get("latest_status"):
            state += f", latest: {row['latest_status']}"
        name = row["name"] or row["url"] or (f"channel of {row['owner']}" if row["owner"] else "")
        return (f"{row['citation_kind']:8} {_short(name, 40):40} {row['target_url'] or '-'}  [{state}]\n"
                f"    “{_short(row['text'])}”")
    if mode == "telegram":
        flags = " ".join(f for f, on in (("deleted", row["deleted"]), ("edited", row["edited"])) if on)
        if row.get("latest_status"):
            flags += f" [latest: {row['latest_status']}]"
        views = f"{row['views']} views" if row["views"] is not None else ""
        return (f"{row['url']}  {row['date'] or '-'}  {views} {flags}\n    {_short(row['text'])}\n"
                f"    captured {row['captured_at']}  [{row['warc_file']}@{row['offset']}]")
    if mode == "text":
        return f"{row.get('captured_at', '')}  {row.get('url', '')}\n    {_short(row.get('snippet'), 160)}"
    status = row["status"] if row["status"] is not None else "-"
    if row.get("recovered"):
        copy = row["recovered"]
        return (f"{copy['memento_at']}  {status}  {copy['label']} (not our capture of the origin)\n"
                f"    copy of {copy['original_url']}  at {copy['memento_url']}  (fetched {row['captured_at']}, "
                f"[{row['warc_file']}@{row['offset']}])")
    kind = " revisit" if row["record_type"] == "revisit" else ""
    line = f"{row['captured_at']}  {status}{kind}  {row['url']}  [{row['warc_file']}@{row['offset']}]"
    if row.get("latest_status"):
        line += f"  latest: {row['latest_status']}"
    activity = (row.get("provenance") or {}).get("prov:wasGeneratedBy", {})
    reason = activity.get("reason", {})
    if reason:
        line += f"\n    why: {reason.get('kind')}  {reason.get('command', '')}"
    if reason.get("capture_mode"):
        line += f"\n    mode: {reason['capture_mode']} ({reason.get('capture_mode_why', '')})"
    if row.get("screenshot"):
        shot = row["screenshot"]
        line += f"\n    screenshot: {shot['url']}  [{shot['warc_file']}@{shot['offset']}]"
    for citation in (row.get("provenance") or {}).get("citations", []):
        line += f"\n    cited by {citation['article']['source']}: “{_short(citation['text'], 80)}”"
    return line
