"""The README stays true: every CLI command is documented and the two set-up commands are there."""

from __future__ import annotations

import argparse
from pathlib import Path

from timeline.cli import parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")


def _commands(p: argparse.ArgumentParser, prefix: str = "timeline") -> list[str]:
    found = []
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix} {name}")
                found.extend(_commands(sub, f"{prefix} {name}"))
    return found


def test_readme_documents_every_cli_command():
    missing = [c for c in _commands(parser()) if c not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_readme_has_the_two_setup_commands_and_ci_runs_the_test_one():
    assert "pip install -e . && timeline build examples/ -o report.html" in README
    test_command = 'pip install -e ".[test]" && pytest'
    assert test_command in README and test_command in CI


def test_readme_has_no_unfilled_sections():
    assert "ACCURACY_AND_SPEED" not in README and "KNOWN_LIMITS" not in README
