"""Strict checks from day one: ruff and mypy pass on the tree (configured in pyproject.toml)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run_tool(module: str, *args: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]')")
    done = subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        pytest.fail(f"{module} {' '.join(args)} reported problems:\n{done.stdout}{done.stderr}", pytrace=False)


def test_ruff() -> None:
    paths = [name for name in ("archiver", "tests", "scripts", "benchmarks") if (ROOT / name).is_dir()]
    _run_tool("ruff", "check", "--no-cache", *paths)


def test_mypy() -> None:
    _run_tool("mypy", "archiver")
