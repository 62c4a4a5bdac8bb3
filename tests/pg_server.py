"""A throwaway PostgreSQL cluster for tests: Debian's binaries, ``initdb`` into a temp folder, 127.0.0.1 only.

    with PostgresServer() as pg:          # skips (pytest.skip) when no PostgreSQL binaries are installed
        url = pg.create_database()        # a fresh, empty database per call

PostgreSQL refuses to run as root, so as root the cluster belongs to (and runs as) the ``postgres``
user. ``ARCHIVER_TEST_PG_DSN`` (a server already running, e.g. on a machine that starts one) is used
instead of starting a cluster when set.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from types import TracebackType


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    def __init__(self) -> None:
        self.dsn = os.environ.get("ARCHIVER_TEST_PG_DSN", "")
        self._tmp: str | None = None
        self._as: list[str] = []

    def _run(self, *argv: str) -> None:
        subprocess.run([*self._as, *argv], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if self.dsn:
            return
        bin_dir = postgres_bin()
        if bin_dir is None:
            raise RuntimeError("no PostgreSQL binaries (apt-get install postgresql)")
        self._tmp = tempfile.mkdtemp(prefix="archiver-pg-")
        if os.geteuid() == 0:  # initdb and postgres refuse root: run them as the postgres user
            user = pwd.getpwnam("postgres")
            os.chown(self._tmp, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        data, port = f"{self._tmp}/data", _free_port()
        self._run(str(bin_dir / "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-p {port} -k {self._tmp} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self._run(str(bin_dir / "pg_ctl"), "-D", data, "-o", options, "-l", f"{self._tmp}/log", "-w", "start")
        self._pg_ctl = [str(bin_dir / "pg_ctl"), "-D", data]
        self.dsn = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def create_database(self) -> str:
        """A new empty database on the server; its URL."""
        import psycopg  # only when a test asks for PostgreSQL (the default suite needs no psycopg)

        name = f"archiver_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.dsn.rsplit("/", 1)[0] + f"/{name}"

    def stop(self) -> None:
        if self._tmp is None:
            return
        subprocess.run([*self._as, *self._pg_ctl, "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(self._tmp, ignore_errors=True)
        self._tmp = None

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
