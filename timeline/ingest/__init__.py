"""The ingest stage: files in, :class:`~timeline.model.Document` objects out.

One reader per format, chosen by file suffix and, where the suffix is ambiguous, by content:

==========================  ==============================================================
``.txt .text .md``          plain text / Markdown, optional YAML front matter (:mod:`.text`)
``.html .htm .xhtml``       web pages via trafilatura and htmldate (:mod:`.html`)
``.jsonl .ndjson``          JSON Lines, one article per line (:mod:`.jsonl`)
``.json``                   one article, an array of them, or JSON Lines (:mod:`.jsonl`)
``.xml .rss .atom .feed``   RSS/Atom feeds, one article per entry (:mod:`.feed`)
==========================  ==============================================================

The publication date of a document is, in order: its own metadata (``published_from =
"metadata"``), a date in its path (``"path"``), the ``published`` argument (``"default"``), or
None. Never today's date, never a file's modification time. A metadata date that cannot be read
for certain is logged as a warning and the next source is used (the article stays readable).

``Document.path`` is the file as given; for a record of a JSON Lines file it is ``file#<line>``,
for a JSON array ``file#<position>`` and for a feed ``file#<entry>`` (counted from 1). Every
document gets ``blocks`` covering its text by language, foreign edges marked as boilerplate
(:mod:`.language`).
"""

from __future__ import annotations

import logging
import os
import re
from datetime import date, datetime
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .discover import discover, is_pattern
from .feed import looks_like_feed, read_feed
from .html import read_html
from .jsonl import read_json, read_jsonl
from .records import make_document
from .tables import (
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    KNOWN_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TEXT_SUFFIXES,
)
from .text import read_text

__all__ = ["discover", "read_file"]

logger = logging.getLogger(__name__)

_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")


def _sniff(data: bytes) -> str:
    """The format of a file without a telling suffix, from its first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return ".json"
    if head.startswith(b"<"):
        return ".xml" if looks_like_feed(data) else ".html"
    return ".txt"


def read_file(path: str | os.PathLike, published: date | None = None) -> list[Document]:
    """Read one file into Documents: one for an article, one per record of a JSONL file or feed.

    Parameters
    ----------
    path
        The file to read; its suffix chooses the reader (see the module docstring).
    published
        The publication date for documents whose metadata and path carry none.

    Returns
    -------
    list[Document]
        At least one document. A bad record inside a file gives a document with status ERROR
        (the others are read); a file or record without text gives status EMPTY.

    Raises
    ------
    InputError
        When the whole file cannot be read: missing, a folder, an unsupported type, not
        decodable, not valid JSON, not a feed. The message names the file and says how to fix it.

    Examples
    --------
    >>> read_file("no/such/article.txt")
    Traceback (most recent call last):
    timeline.errors.InputError: no/such/article.txt: no such file or directory
    """
    name = os.fspath(path)
    if isinstance(published, datetime):
        published = published.date()
    elif isinstance(published, str):
        published = date.fromisoformat(published)
    file = Path(name)
    if not file.exists():
        hint = " (no file matches this pattern)" if is_pattern(name) else ""
        raise InputError(f"no such file or directory{hint}", name)
    if file.is_dir():
        raise InputError("is a folder; pass it to discover() or build() to read its files", name)
    suffix = file.suffix.lower()
    if not _SUFFIX.fullmatch(suffix):
        suffix = ""  # "Mr. Smith" has no suffix: sniff the content
    if suffix and suffix not in KNOWN_SUFFIXES:
        known = " ".join(sorted(KNOWN_SUFFIXES))
        raise InputError(
            f"unsupported file type '{suffix}'. Readable types: {known}. "
            "Convert the file or rename it if it is one of these.",
            name,
        )
    try:
        data = file.read_bytes()
    except OSError as err:
        raise InputError(f"cannot be read ({err.strerror or err})", name) from err
    if not data.strip():
        return [make_document(name, "", {}, published=published, date_path=name)]
    if not suffix:
        suffix = _sniff(data)
    logger.debug("reading %s as %s", name, suffix)
    try:
        return _read(name, suffix, data, published)
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001 - one bad file must not stop a batch
        logger.exception("reading %s failed", name)
        raise InputError(f"could not be read ({type(err).__name__}: {err})", name) from err


def _read(name: str, suffix: str, data: bytes, published: date | None) -> list[Document]:
    if suffix in TEXT_SUFFIXES:
        return read_text(name, data, published, markdown=suffix in MARKDOWN_SUFFIXES)
    if suffix in HTML_SUFFIXES:
        return read_html(name, data, published)
    if suffix in JSONL_SUFFIXES:
        return read_jsonl(name, data, published)
    if suffix in JSON_SUFFIXES:
        return read_json(name, data, published)
    if suffix == ".xml" and not looks_like_feed(data):
        raise InputError(
            "is XML but not an RSS or Atom feed. Save web pages as .html; other XML "
            "formats are not read.",
            name,
        )
    return read_feed(name, data, published)
