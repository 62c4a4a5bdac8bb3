"""What backs a capture as evidence, for the pages and reports that show it: whether it is a copy
recovered from a web archive (and which, as of when), and the trusted-timestamp state of its WARC file
(its own RFC 3161 token, or a time-stamped signed manifest listing the file)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from archiver.fixity.manifest import MANIFEST
from archiver.fixity.timestamps import timestamp_state
from archiver.index.db import Index
from archiver.index.recovered import recovered_label, recovered_of_fetch
from archiver.warc.store import OPEN_SUFFIX


def recovered_copy(index: Index, fetch_id: int | None) -> dict[str, Any] | None:
    copy = recovered_of_fetch(index, fetch_id) if fetch_id is not None else None
    return {**copy, "label": recovered_label(copy)} if copy else None


def _listed_in_manifest(archive_dir: Path, relative: str) -> bool:
    try:
        files = json.loads((archive_dir / MANIFEST).read_text("utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return any(entry.get("path") == relative for entry in files)


def warc_timestamp(archive_dir: Path, warc_file: str | None) -> dict[str, Any]:
    """{state, label, ...}: stamped (its own token), via-manifest, queued, pending (still open) or none.

    Files are not re-hashed here (pages must stay fast): `archiver manifest --check` and
    `openssl ts -verify` do that."""
    if not warc_file:
        return {"state": "none", "label": "no trusted timestamp"}
    if warc_file.endswith(OPEN_SUFFIX):
        return {"state": "pending", "label": "WARC file still open: stamped when it closes (if timestamps are on)"}
    relative = f"warcs/{Path(warc_file).name}"
    own = timestamp_state(archive_dir, relative, check_file=False)
    if own["state"] == "stamped":
        return {**own, "label": f"RFC 3161 timestamp of its WARC file: {own['gen_time']}"
                                + (f" by {own['tsa']}" if own.get("tsa") else "")}
    if _listed_in_manifest(archive_dir, relative):
        manifest = timestamp_state(archive_dir, MANIFEST, check_file=False)
        if manifest["state"] == "stamped":
            return {**manifest, "state": "via-manifest",
                    "label": f"listed in the signed manifest, RFC 3161 timestamp {manifest['gen_time']}"}
    if own["state"] == "queued":
        return {**own, "label": f"timestamp requested {own['queued_at']}, queued ({own.get('last_error')})"}
    return {"state": "none", "label": "no trusted timestamp (our clock's word only)"}
