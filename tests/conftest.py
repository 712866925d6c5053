"""Shared fixtures: paths to the examples and to ``../shared`` (absent in a user's clone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI explores the same examples every run (a red build must be reproducible); local runs explore
# new ones each time, which is how the property tests find new bugs.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files from the current output"
    )


@pytest.fixture
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``../shared`` folder of the development machine; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (it is only on development machines)")
    return SHARED


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
