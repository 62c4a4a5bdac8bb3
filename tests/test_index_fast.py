"""The index's hot paths: add_fetch writes every field of its rows, and the revisit lookup finds the right one."""

from __future__ import annotations

import sqlite3
from dataclasses import astuple, fields, replace
from pathlib import Path
from typing import Any

import pytest

from archiver.index.db import _IDENTICAL_RESPONSES, CaptureRow, FetchRow, Index


def _capture(hop: int, record_id: str, **changes: Any) -> CaptureRow:
    row = CaptureRow(
        hop, "http://example.com/a", "com,example)/a", f"2024-01-0{hop + 1}T00:00:00.000000Z", "response", 200,
        "text/html", "abc", 10, None, "192.0.2.1", "a.warc.gz", 100 * hop, 50, record_id, f"<req-{record_id}>",
    )
    return replace(row, **changes)


@pytest.fixture
def index(tmp_path: Path) -> Index:
    return Index(tmp_path / "index.sqlite")


def test_add_fetch_writes_every_field(index: Index) -> None:
    fetch = FetchRow(
        "http://example.com/a", "com,example)/a", "http://example.com/b", "2024-01-01T00:00:00Z",
        "2024-01-01T00:00:01Z", True, 200, None, None, "manual", "a.warc.gz", 300, 40, "<meta>",
    )
    captures = [_capture(0, "<r0>", status=301), _capture(1, "<r1>", refers_to_record_id="<old>")]
    fetch_id, capture_ids = index.add_fetch(fetch, captures)

    names = [f.name for f in fields(FetchRow)]
    stored = index.db.execute(f"SELECT {', '.join(names)}, final_capture_id FROM fetches WHERE id = ?", (fetch_id,))
    *values, final_capture_id = stored.fetchone()
    assert values == [int(fetch.ok) if name == "ok" else getattr(fetch, name) for name in names]
    assert final_capture_id == capture_ids[-1]
    assert index.db.execute("SELECT typeof(ok) FROM fetches").fetchone()[0] == "integer"

    names = [f.name for f in fields(CaptureRow)]
    rows = index.db.execute(f"SELECT fetch_id, {', '.join(names)} FROM captures ORDER BY id").fetchall()
    assert [tuple(row) for row in rows] == [(fetch_id, *astuple(c)) for c in captures]


def test_add_fetch_without_captures_leaves_no_final(index: Index) -> None:
    fetch = FetchRow("http://example.com/x", "com,example)/x", None, "t", None, False, None, "refused", None, "manual")
    fetch_id, capture_ids = index.add_fetch(fetch, [])
    assert capture_ids == []
    assert index.db.execute("SELECT final_capture_id FROM fetches WHERE id = ?", (fetch_id,)).fetchone()[0] is None


def test_failed_hook_rolls_back_its_rows_and_keeps_the_capture(index: Index) -> None:
    """The capture's records are already in a WARC: a hook that fails costs its own rows, never theirs
    (issue 18); its exception still reaches the caller."""
    fetch = FetchRow("http://example.com/a", "com,example)/a", None, "t", None, True, 200, None, None, "manual")

    def hook(db: sqlite3.Connection, fetch_id: int) -> None:
        db.execute("INSERT INTO aliases (name, normalized, handle, added_at) VALUES ('n', 'n', 'h', 't')")
        raise RuntimeError("hook failed")

    with pytest.raises(RuntimeError):
        index.add_fetch(fetch, [_capture(0, "<r0>")], hook)
    assert index.db.execute("SELECT count(*) FROM fetches").fetchone()[0] == 1
    assert index.db.execute("SELECT count(*) FROM captures").fetchone()[0] == 1
    assert index.db.execute("SELECT count(*) FROM aliases").fetchone()[0] == 0


def test_identical_response_is_the_latest_complete_response(index: Index) -> None:
    fetch = FetchRow("http://example.com/a", "com,example)/a", None, "t", None, True, 200, None, None, "manual")
    index.add_fetch(fetch, [_capture(0, "<old>")])
    index.add_fetch(fetch, [_capture(1, "<new>")])
    index.add_fetch(fetch, [_capture(2, "<cut>", truncated="length")])
    index.add_fetch(fetch, [_capture(3, "<revisit>", record_type="revisit")])
    index.add_fetch(fetch, [_capture(4, "<other>", payload_sha256="def")])

    assert index.identical_response("com,example)/a", "abc") == (
        "<new>", "http://example.com/a", "2024-01-02T00:00:00.000000Z"
    )
    assert index.identical_response("com,example)/a", "xyz") is None
    assert index.identical_response("com,example)/b", "abc") is None


def test_identical_responses_use_their_index(index: Index) -> None:
    one = _IDENTICAL_RESPONSES.format("?", "?")  # identical_response's query
    rows = index.db.execute("EXPLAIN QUERY PLAN " + one, ("s", "p")).fetchall()
    plan = " ".join(str(tuple(row)) for row in rows)
    assert "captures_by_surt_payload" in plan
    assert "TEMP B-TREE" not in plan  # for one key the index gives the order too
    many = _IDENTICAL_RESPONSES.format("?,?", "?,?")
    rows = index.db.execute("EXPLAIN QUERY PLAN " + many, ("s", "t", "p", "q")).fetchall()
    assert "captures_by_surt_payload" in " ".join(str(tuple(row)) for row in rows)


def test_identical_responses_answer_key_by_key(index: Index) -> None:
    """The latest complete response for each key, None where nothing matches."""
    fetch = FetchRow("http://example.com/a", "com,example)/a", None, "t", None, True, 200, None, None, "manual")
    index.add_fetch(fetch, [_capture(0, "<old>")])
    index.add_fetch(fetch, [_capture(1, "<new>")])
    index.add_fetch(fetch, [_capture(2, "<cut>", truncated="length")])
    index.add_fetch(fetch, [_capture(3, "<other>", payload_sha256="def")])
    index.add_fetch(fetch, [_capture(4, "<b>", surt="com,example)/b", payload_sha256="def")])
    keys = [("com,example)/a", "abc"), ("com,example)/a", "def"), ("com,example)/b", "abc"),
            ("com,example)/b", "def"), ("com,example)/c", "abc"), ("com,example)/a", "abc")]
    answers = index.identical_responses(keys)
    assert {key: answer and answer[0] for key, answer in answers.items()} == {
        ("com,example)/a", "abc"): "<new>",
        ("com,example)/a", "def"): "<other>",
        ("com,example)/b", "abc"): None,
        ("com,example)/b", "def"): "<b>",
        ("com,example)/c", "abc"): None,
    }
