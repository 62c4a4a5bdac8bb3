"""Docs kept honest: the CLI reference is generated from --help, and the README names every command."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from archiver.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _reference():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_cli_reference_is_up_to_date() -> None:
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == _reference().render(), "docs/cli.md is stale: run python scripts/cli_reference.py"


def test_readme_names_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"archiver {name}" not in readme]
    assert missing == []


def test_every_command_has_help() -> None:
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"## archiver {name}" in reference
