"""From what a reader found (text plus metadata fields) to a finished :class:`Document`.

Every reader ends here, so the rules are the same for every format: where the publication date
comes from, how the id is made, when a document is empty, and how its language blocks are cut.
"""

from __future__ import annotations

import codecs
import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import DocStatus, Document, stable_id
from .dates import date_from_path, parse_date
from .language import language_blocks, normalize_language
from .tables import (
    DATE_FIELDS,
    ID_FIELDS,
    LANGUAGE_FIELDS,
    SOURCE_FIELDS,
    TITLE_FIELDS,
    URL_FIELDS,
)

__all__ = [
    "decode",
    "failed_document",
    "field",
    "make_document",
    "publication_date",
    "source_from_url",
]

logger = logging.getLogger(__name__)


def decode(data: bytes, where: str) -> str:
    """Bytes of a text file as a string with ``\\n`` line ends; binary files are refused.

    UTF-8 is expected; Windows-1252 (then Latin-1) is the fallback, with a warning, since old
    newspaper archives are often in it.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    elif b"\x00" in data[:8192]:
        raise InputError(
            "looks like a binary file, not text. Convert it to UTF-8 text (or HTML) first.", where
        )
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            encoding = "cp1252"
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                encoding = "latin-1"
                text = data.decode(encoding)
            logger.warning("%s: not UTF-8; read as %s", where, encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def field(fields: Mapping[str, object], names: tuple[str, ...]) -> object:
    """The first non-empty value among ``names`` (keys already lower-cased)."""
    for name in names:
        value = fields.get(name)
        if value is not None and value != "" and value != []:
            return value
    return None


def _as_text(value: object) -> str | None:
    """A metadata value as a one-line string; a {"name": ...} object gives its name."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title")
    if value is None or isinstance(value, (list, tuple, dict)):
        return None
    text = " ".join(str(value).split())
    return text or None


def source_from_url(url: str | None) -> str | None:
    """The outlet named by a URL's host, without ``www.``.

    >>> source_from_url("https://www.bbc.co.uk/news/world-123")
    'bbc.co.uk'
    """
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def publication_date(
    value: object,
    path: str | None,
    default: date | None,
    where: str,
    warnings: list[str] | None = None,
) -> tuple[date | None, str | None]:
    """The publication date and where it came from: metadata, else the path, else the default.

    A metadata date that cannot be read is logged and skipped, so the next source is used: the
    article itself is still good, and ``published_from`` shows the date is not its own.
    """
    if value is not None and value != "":
        found = parse_date(value)
        if found is not None:
            return found, "metadata"
        problem = (
            f"publication date {value!r} is not a calendar day that can be read for certain "
            "(write it as YYYY-MM-DD); the path or the default date was used instead"
        )
        logger.warning("%s: %s", where, problem)
        if warnings is not None:
            warnings.append(problem)
    if path is not None:
        found = date_from_path(path)
        if found is not None:
            return found, "path"
    if default is not None:
        return (default.date() if isinstance(default, datetime) else default), "default"
    return None, None


def make_document(
    path: str,
    text: str,
    fields: Mapping[str, object],
    *,
    index: int = 0,
    shown_path: str | None = None,
    published: date | None = None,
    date_path: str | None = None,
    where: str | None = None,
    title: str | None = None,
    own_id: str | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """Assemble a Document from a reader's text and lower-cased metadata ``fields``.

    ``path`` is the file, ``shown_path`` what the user sees (``articles.jsonl#12`` for a record),
    ``date_path`` the path searched for a date (None to skip that rule), ``title`` a title the
    reader found in the text itself when the fields give none.
    """
    where = where or shown_path or path
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    url = _as_text(field(fields, URL_FIELDS))
    warnings = list(warnings or [])
    day, day_from = publication_date(
        field(fields, DATE_FIELDS), date_path, published, where, warnings
    )
    record_id = own_id or _as_text(field(fields, ID_FIELDS))
    given_language = normalize_language(field(fields, LANGUAGE_FIELDS))
    document = Document(
        id=record_id or stable_id(path, index, text),
        path=shown_path or path,
        text=text,
        title=_as_text(field(fields, TITLE_FIELDS)) or title,
        published=day,
        published_from=day_from,
        language=given_language,
        source=_as_text(field(fields, SOURCE_FIELDS)) or source_from_url(url),
        url=url,
        warnings=tuple(warnings),
    )
    if not text:
        return replace(document, status=DocStatus.EMPTY)
    language, blocks = language_blocks(text, given_language)
    return replace(document, language=language, blocks=blocks)


def failed_document(path: str, shown_path: str, index: int, error: InputError) -> Document:
    """A record that cannot be read: kept, with status ERROR and the message saying why."""
    return Document(
        id=stable_id(path, index, "error"),
        path=shown_path,
        status=DocStatus.ERROR,
        error=str(error),
    )
