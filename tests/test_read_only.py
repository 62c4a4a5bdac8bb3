"""Issue 19: read-only commands open the archive without building a fetcher (no connection pool, no gate)."""

from __future__ import annotations

from pathlib import Path

import pytest

import archiver.archive
from archiver.archive import Archive
from archiver.settings import Settings
from tests.servers import OriginServer


class _NoFetcher:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("a read-only command built a fetcher")


def test_opening_an_archive_builds_no_fetcher(tmp_path: Path) -> None:
    with Archive(Settings(archive=tmp_path / "archive")) as archive:
        assert "fetcher" not in vars(archive) and "gate" not in vars(archive)
        archive.fetcher  # noqa: B018  (built on first use)
        assert "fetcher" in vars(archive)


def test_read_only_commands_never_build_a_fetcher(run, origin: OriginServer, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    url = origin.url("/html")
    assert run("capture", url).exit_code == 0
    article = tmp_path / "article.txt"
    article.write_text(f"Original source: {url}\n")
    monkeypatch.setattr(archiver.archive, "HttpFetcher", _NoFetcher)
    for args in (("lookup", url), ("history", url), ("verify",), ("export", "cdxj", str(tmp_path / "out.cdxj")),
                 ("citations", str(article)), ("lookup", "--text", "page"), ("schedule", "list")):
        result = run(*args)
        assert result.exit_code == 0, (args, result.stderr)
