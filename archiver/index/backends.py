"""Which index a settings object names: the archive's SQLite file (default) or a PostgreSQL database."""

from __future__ import annotations

from archiver.errors import UsageError
from archiver.index.db import Index
from archiver.settings import Settings


def open_index(settings: Settings) -> Index:
    if not settings.uses_postgresql:
        return Index(settings.index_path)
    try:  # an optional dependency (pip install 'provenance-archiver[scale]'), loaded only when asked for
        from archiver.index.postgres import PostgresIndex
    except ImportError as exc:
        raise UsageError("database_url names PostgreSQL, which needs psycopg: "
                         "pip install 'provenance-archiver[scale]'") from exc
    return PostgresIndex(settings.database_url)
