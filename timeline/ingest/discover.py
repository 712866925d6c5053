"""Turn the user's inputs (files, folders, glob patterns) into the list of files to read."""

from __future__ import annotations

import glob
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

from .tables import KNOWN_SUFFIXES, NOT_ARTICLES

__all__ = ["discover", "is_pattern", "known_type"]

logger = logging.getLogger(__name__)

_GLOB_CHARS = re.compile(r"[*?\[]")
_LITERAL_SUFFIX = re.compile(r"\.[A-Za-z0-9]+$")


def is_pattern(path: str) -> bool:
    return bool(_GLOB_CHARS.search(path))


def known_type(path: str | os.PathLike) -> bool:
    """True when the file's suffix names a format ingest reads."""
    return Path(path).suffix.lower() in KNOWN_SUFFIXES


def _hidden(name: str) -> bool:
    return name.startswith(".") or name == "__pycache__"


def _not_an_article(name: str) -> bool:
    """A folder's README or LICENSE describes the folder; it is not one of its articles."""
    return Path(name).stem.lower() in NOT_ARTICLES


def _folder(folder: str) -> list[str]:
    """The readable files under ``folder``, recursively, sorted, hidden ones skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in files:
            if _hidden(name) or _not_an_article(name):
                continue
            if known_type(name):
                found.append(os.path.join(root, name))
            else:
                logger.debug("skipping %s: not a format ingest reads", os.path.join(root, name))
    return sorted(found, key=lambda p: Path(p).parts)


def _pattern(pattern: str) -> list[str]:
    """Files matching a glob; of unknown type only when the pattern names that suffix itself."""
    named_suffix = _LITERAL_SUFFIX.search(pattern) is not None
    found = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            found.extend(_folder(match))
        elif known_type(match) or named_suffix:
            found.append(match)
    return found


def discover(inputs: Iterable[str | os.PathLike]) -> list[str]:
    """The files to read for ``inputs``: files, folders (recursive) and glob patterns.

    Folders give their files of known type, sorted, skipping hidden files and folders and
    the folder's own README, LICENSE or CHANGELOG. A file
    named explicitly is always listed, whatever its type, and so is a path that does not exist
    or a pattern that matches nothing: :func:`read_file` then reports it, so no input vanishes.
    A file reached twice is listed once.

    Parameters
    ----------
    inputs
        Paths (``str`` or ``os.PathLike``) of files or folders, or glob patterns
        (``"feeds/*.xml"``, ``"archive/**/*.html"``).

    Returns
    -------
    list[str]
        Paths as strings, in the order given, each folder's files sorted.

    Examples
    --------
    >>> discover(["no/such/file.txt"])
    ['no/such/file.txt']
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    listed: list[str] = []
    seen: set[str] = set()
    for item in inputs:
        path = os.fspath(item)
        if os.path.isdir(path):
            files = _folder(path)
        elif os.path.exists(path) or not is_pattern(path):
            files = [path]
        else:
            files = _pattern(path) or [path]
        for file in files:
            key = os.path.normcase(os.path.abspath(file))
            if key not in seen:
                seen.add(key)
                listed.append(file)
    return listed
