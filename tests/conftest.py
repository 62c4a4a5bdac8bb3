"""Shared fixtures: a local origin server, an archive folder, the CLI run in-process, the filled and served archive."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner

from archiver.cli import cli
from tests.pg_server import PostgresServer, postgres_bin
from tests.s3_server import S3Server, moto_server_command
from tests.servers import OriginServer

if TYPE_CHECKING:
    from tests.test_serve_archive import Filled, Served

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def origin() -> Iterator[OriginServer]:
    with OriginServer() as server:
        yield server


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster on 127.0.0.1 for the session (tests/pg_server.py); skips without the binaries."""
    if not (os.environ.get("ARCHIVER_TEST_PG_DSN") or postgres_bin()):
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg")
    with PostgresServer() as server:
        yield server


@pytest.fixture(scope="session")
def s3() -> Iterator[S3Server]:
    """moto's S3 server on 127.0.0.1 for the session (tests/s3_server.py); skips without moto[server]."""
    if moto_server_command() is None:
        pytest.skip("moto_server is not installed (pip install 'moto[server]')")
    pytest.importorskip("boto3")
    with S3Server() as server:
        yield server


@pytest.fixture
def archive_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    for name in ("ARCHIVER_ARCHIVE", "ARCHIVER_ALLOW_PRIVATE", "ARCHIVER_TELEGRAM_URL", "ARCHIVER_DATABASE_URL",
                 "ARCHIVER_STORAGE_URL", "ARCHIVER_S3_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ARCHIVER_DEBUG", "1")  # bugs surface as tracebacks in tests, not one-line errors
    if os.environ.get("ARCHIVER_TEST_DATABASE") == "postgresql":  # the suite again over PostgreSQL
        server = request.getfixturevalue("postgres")
        monkeypatch.setenv("ARCHIVER_DATABASE_URL", server.create_database())
    return tmp_path / "archive"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


@pytest.fixture
def run(archive_dir: Path):  # type: ignore[no-untyped-def]
    """run(*args, input=None, private=True) -> Run: `archiver --archive DIR [--allow-private] ...`."""

    def invoke(
        *args: str, input: str | bytes | None = None, private: bool = True, settings: dict[str, Any] | None = None
    ) -> Run:
        argv = ["--archive", str(archive_dir)]
        if private:
            argv.append("--allow-private")
        for key, value in {"host_delay": 0, **(settings or {})}.items():
            argv += ["--set", f"{key}={value}"]
        result = CliRunner().invoke(cli, argv + list(args), input=input, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    """The archive the serve tests run against (see tests/test_serve_archive.py), filled once per module."""
    from tests.test_serve_archive import filled_archive

    yield from filled_archive(tmp_path_factory)


@pytest.fixture(scope="module")
def served(filled: Filled) -> Iterator[Served]:
    """`archiver serve` on 127.0.0.1:0 over the filled archive, once per module."""
    from tests.test_serve_archive import serving

    yield from serving(filled.settings)


@pytest.fixture
def tg(run, mirror):  # type: ignore[no-untyped-def]
    """run() pointed at the module's `mirror` fixture (a local t.me), with no Telegram delays."""

    def invoke(*args: str, **kw: Any) -> Run:
        settings = {"telegram_url": mirror.base_url, "telegram_delay": 0, "telegram_backoff": 0}
        return run(*args, settings=settings, **kw)  # type: ignore[no-any-return]

    return invoke
