"""Which storage a settings object names: None for the archive folder alone, else S3-compatible storage."""

from __future__ import annotations

from archiver.errors import UsageError
from archiver.settings import Settings
from archiver.storage import RemoteStorage


def open_storage(settings: Settings) -> RemoteStorage | None:
    if not settings.storage_url:
        return None
    try:  # an optional dependency (pip install 'provenance-archiver[scale]'), loaded only when asked for
        from archiver.storage.s3 import S3Storage
    except ImportError as exc:
        raise UsageError("storage_url names S3, which needs boto3: pip install 'provenance-archiver[scale]'") from exc
    return S3Storage(settings.storage_url, settings.s3_endpoint_url)
