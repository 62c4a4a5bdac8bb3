"""Issue 19: what the command line says — progress while sources are captured, logs while crawl --forever
waits, failures that read as failures (once, on stderr), reused captures called reused, one error style,
DATE metavars, one name for the feed-page limit, and `ingest` with no ARTICLE explained.
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from archiver.cli import cli
from tests.servers import OriginServer, Response

ERROR_LINE = re.compile(r"^archiver: error: \S.*$")
DEAD = "http://127.0.0.1:1/never-answers"  # port 1: connection refused


def one_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and ERROR_LINE.match(lines[0]), stderr
    return lines[0]


def article_citing(tmp_path: Path, urls: list[str], name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.write_text("A story\n\n" + "\n".join(f"Source {i}: {url}" for i, url in enumerate(urls)) + "\n",
                    encoding="utf-8")
    return path


# -- one error style ------------------------------------------------------------------------------
@pytest.mark.parametrize("args, named", [
    (("ingest", "--nope"), "--nope"),
    (("lookup", "--at"), "--at"),
    (("no-such-command",), "no-such-command"),
    (("schedule", "add", "x", "--max-pages", "many"), "--max-pages"),
])
def test_click_usage_errors_are_one_line_in_our_style_with_exit_2(run, args: tuple[str, ...], named: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    line = one_error(result.stderr)
    assert named in line and "--help" in line
    assert "Usage:" not in result.stderr and "Error:" not in result.stderr and result.stdout == ""


# -- help -----------------------------------------------------------------------------------------
def _options(command: click.Command, path: str = "archiver") -> list[tuple[str, click.Option]]:
    found = [(path, p) for p in command.params if isinstance(p, click.Option)]
    for name, sub in getattr(command, "commands", {}).items():
        found += _options(sub, f"{path} {name}")
    return found


def test_date_options_show_date_as_their_metavar() -> None:
    dated = [(path, option) for path, option in _options(cli) if option.name in ("at", "since", "until")]
    assert len(dated) >= 5
    for path, option in dated:
        assert option.metavar == "DATE", f"{path} --{option.name}"
    help_text = cli.commands["lookup"].get_help(click.Context(cli.commands["lookup"], info_name="lookup"))
    assert "--at DATE" in help_text and "TEXT" not in help_text.split("--at", 1)[1].split("\n", 1)[0]


def test_one_name_for_the_feed_page_limit(run, tmp_path: Path) -> None:
    names = {opt for _, option in _options(cli) if not option.hidden for opt in option.opts}
    assert "--max-pages" in names and "--pages" not in names
    added = run("schedule", "add", "@milchronicles", "--every", "6h", "--max-pages", "3", "--json")
    assert added.exit_code == 0, added.stderr
    assert added.json_lines()[0]["pages"] == 3
    old = run("schedule", "add", "@rybar", "--every", "6h", "--pages", "2", "--json")
    assert old.exit_code == 0 and old.json_lines()[0]["pages"] == 2  # the old name still works
    assert "--pages is deprecated; use --max-pages" in old.stderr


def test_ingest_help_explains_running_it_with_no_article(run) -> None:
    text = " ".join(run("ingest", "--help").stdout.split())
    assert "with no ARTICLE" in text and "unresolved" in text and "archiver resolve --accept" in text


# -- failures read as failures, once, on stderr ---------------------------------------------------
def test_a_directory_given_as_an_article_says_it_is_a_directory(run, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for command in ("ingest", "citations"):
        result = run(command, str(folder))
        assert result.exit_code in (1, 2)
        line = one_error(result.stderr)
        assert "is a directory" in line and "no such file" not in line
        assert line.count(str(folder)) == 1 or line.count(str(folder)) == 2 and f"{folder}/*" in line


def test_a_failed_article_is_one_error_line_on_stderr_naming_it_once(run, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("ingest", str(missing))
    assert result.exit_code == 1 and result.stdout == ""
    line = one_error(result.stderr)
    assert line.count(str(missing)) == 1 and "FAILED" not in line


def test_a_failed_capture_is_an_error_on_stderr_not_a_result(run, origin: OriginServer) -> None:
    result = run("capture", DEAD, origin.url("/html"))
    assert result.exit_code == 1
    assert result.stdout.startswith("captured ") and DEAD not in result.stdout
    line = one_error(result.stderr)
    assert line.startswith(f"archiver: error: cannot capture {DEAD}: ") and line.count(DEAD) == 1


def test_lookup_calls_a_failed_fetch_failed_and_a_reused_capture_reused(run, origin: OriginServer,
                                                                        tmp_path: Path) -> None:
    origin.set_route("/cli/reused", Response(200, b"<html><body>kept</body></html>"))
    first = article_citing(tmp_path, [origin.url("/cli/reused")], "first.txt")
    second = article_citing(tmp_path, [origin.url("/cli/reused"), DEAD], "second.txt")
    assert run("ingest", str(first)).exit_code == 0
    result = run("ingest", str(second))
    assert result.exit_code == 1
    assert "0 captured, 1 reused" in result.stdout and "1 failed" in result.stdout
    lines = run("lookup", str(second)).stdout
    dead = next(line for line in lines.splitlines() if DEAD in line)
    assert "failed " in dead and "Connection refused" in dead
    assert "captured" not in dead.split("[", 1)[1] and "HTTP None" not in lines
    reused = next(line for line in lines.splitlines() if origin.url("/cli/reused") in line)
    assert "reused a capture from" in reused


# -- progress and logs ----------------------------------------------------------------------------
def _run_on_a_terminal(args: list[str], timeout: float = 60) -> tuple[int, str, str]:
    """Run archiver with stderr on a pseudo-terminal (stdout a pipe): (exit code, stdout, terminal output)."""
    main, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "archiver", *args], stdout=subprocess.PIPE, stderr=terminal,
                               stdin=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})
    os.close(terminal)
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    os.close(main)
    assert process.stdout is not None
    with process.stdout:
        out = process.stdout.read().decode()
    return process.wait(10), out, seen.decode(errors="replace")


def test_ingest_shows_progress_per_source_on_a_terminal_and_none_with_json(
        origin: OriginServer, tmp_path: Path) -> None:
    urls = []
    for i in range(20):
        origin.set_route(f"/cli/progress/{i}", Response(200, f"<html><body>source {i}</body></html>".encode()))
        urls.append(origin.url(f"/cli/progress/{i}"))
    article = article_citing(tmp_path, urls)
    base = ["--archive", str(tmp_path / "archive"), "--allow-private", "--set", "host_delay=0"]
    code, out, terminal = _run_on_a_terminal([*base, "ingest", str(article)])
    assert code == 0, terminal
    assert "20 captured" in out
    assert "capturing sources" in terminal and "20/20" in terminal, terminal
    code, out, terminal = _run_on_a_terminal([*base, "--set", "freshness_hours=0", "ingest", "--json", str(article)])
    assert code == 0 and '"captured": 20' in out
    assert terminal.strip() == "", terminal  # --json: quiet


def test_crawl_forever_logs_each_run_and_when_the_next_is_due(run, origin: OriginServer) -> None:
    origin.set_route("/cli/crawled", Response(200, b"<html><body>crawled</body></html>"))
    assert run("schedule", "add", origin.url("/cli/crawled"), "--every", "1s").exit_code == 0
    result = run("crawl", "--forever", "--max-runs", "2", "--poll", "5", "--json")
    assert result.exit_code == 0, result.stderr
    runs = [row for row in result.json_lines() if row["kind"] == "run"]
    log = result.stderr.splitlines()
    assert [line for line in log if line.startswith("crawl: run #")] == [
        f"crawl: run #{row['id']} done: 1 checks (1 ok, 0 failed)" for row in runs]
    waiting = [line for line in log if line.startswith("crawl: waiting; next run due 20")]
    assert len(waiting) == 1 and log.index(waiting[0]) == 1  # between the two runs, said once
