"""The provenance document stored in each capture's metadata record.

Terms come from W3C PROV-O where they fit: the capture ``prov:wasGeneratedBy`` an activity with
``prov:startedAtTime``/``prov:endedAtTime``, ``prov:wasAssociatedWith`` the software; each citing article
``prov:wasQuotedFrom`` the source, with the quoted span.
"""

from __future__ import annotations

import platform
import socket
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

from archiver import SOFTWARE

CONTEXT = {"prov": "http://www.w3.org/ns/prov#", "schema": "https://schema.org/"}


@dataclass(frozen=True)
class Reason:
    """Why a capture happened."""

    kind: str  # command-line | ingest | schedule | telegram | resolve (a candidate handle's landing page)
    command: str | None = None
    citations: tuple[dict[str, Any], ...] = ()
    schedule: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        if self.command:
            data["command"] = self.command
        if self.schedule:
            data["schedule"] = self.schedule
        data.update(self.extra)
        return data


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def software_versions() -> dict[str, Any]:
    return {
        "software": SOFTWARE,
        "requests": _version("requests"),
        "httptools": _version("httptools"),
        "warcio": _version("warcio"),
        "python": platform.python_version(),
        "host": socket.gethostname(),
    }


_VERSIONS: dict[str, Any] | None = None


def provenance_document(
    target: str,
    reason: Reason,
    started: str,
    ended: str,
    chain: list[dict[str, Any]],
    final: dict[str, Any],
) -> dict[str, Any]:
    global _VERSIONS
    if _VERSIONS is None:
        _VERSIONS = software_versions()
    document: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "prov:Entity",
        "target": target,
        "prov:wasGeneratedBy": {
            "@type": "prov:Activity",
            "reason": reason.to_dict(),
            "prov:startedAtTime": started,
            "prov:endedAtTime": ended,
            "prov:wasAssociatedWith": _VERSIONS,
        },
        "redirect_chain": chain,
        "final": final,
    }
    if reason.citations:
        document["citations"] = [
            {"@type": "prov:Entity", "prov:wasQuotedFrom": target, **citation} for citation in reason.citations
        ]
    return document
