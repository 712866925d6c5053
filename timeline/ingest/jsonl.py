"""JSON Lines and JSON articles: one article per record.

A record's text is its ``text`` (or ``content``, ``body``...) field; ``title``, ``published`` (or
``date``, ``publishedAt``...), ``source``, ``url``, ``language`` and ``id`` are read when present
(names compared case-insensitively); text stored as HTML markup is turned into plain text. A
``.json`` file may hold one record, an array of records, an object with its records under
``articles`` (news API responses), or JSON Lines.

Each record's ``Document.path`` is ``<file>#<n>``: the line number in a JSON Lines file, the
record's position (from 1) in a JSON array. A line that is not valid JSON gives one Document with
status ERROR and the message; the other records are read as usual.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from ..errors import InputError
from ..model import Document
from .markup import html_to_text, looks_like_html
from .records import decode, failed_document, field, make_document
from .tables import RECORD_LIST_FIELDS, TEXT_FIELDS

__all__ = ["read_json", "read_jsonl"]

_JSONL_HINT = "Each line must be one JSON object."
_JSON_HINT = (
    "A .json file must hold one JSON object, an array of objects, or one object per line "
    "(JSON Lines)."
)


def _record(path: str, record: object, number: int, published: date | None, hint: str) -> Document:
    """One record to a Document; a record that is not an article object gives an ERROR one.

    ``number`` is the line or position of the record, 0 when it is the whole file.
    """
    shown = f"{path}#{number}" if number else path
    line = number or None
    if not isinstance(record, dict):
        kind = type(record).__name__.replace("dict", "object").replace("str", "string")
        error = InputError(f"expected a JSON object, found a {kind}. {hint}", path, line)
        return failed_document(path, shown, number, error)
    fields = {str(key).lower(): value for key, value in record.items()}
    text = field(fields, TEXT_FIELDS)
    if text is None:
        text = ""
    if not isinstance(text, str):
        error = InputError(
            f"the article text must be a string, found {type(text).__name__}", path, line
        )
        return failed_document(path, shown, number, error)
    if looks_like_html(text):
        text = html_to_text(text)
    return make_document(
        path,
        text,
        fields,
        index=number,
        shown_path=shown,
        published=published,
        date_path=path,
        where=f"{path}:{number}" if number else path,
    )


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield number, line


def read_jsonl(path: str, data: bytes, published: date | None) -> list[Document]:
    """Read a JSON Lines file: one Document per non-blank line, bad lines as ERROR Documents."""
    documents = []
    for number, line in _lines(decode(data, path)):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            error = InputError(f"not valid JSON ({err.msg}). {_JSONL_HINT}", path, number)
            documents.append(failed_document(path, f"{path}#{number}", number, error))
            continue
        except RecursionError:
            error = InputError(f"JSON nested too deeply to read. {_JSONL_HINT}", path, number)
            documents.append(failed_document(path, f"{path}#{number}", number, error))
            continue
        documents.append(_record(path, record, number, published, _JSONL_HINT))
    return documents or [_empty(path, published)]


def read_json(path: str, data: bytes, published: date | None) -> list[Document]:
    """Read a .json file: an object, an array of objects, or JSON Lines after all."""
    text = decode(data, path)
    if not text.strip():
        return [_empty(path, published)]
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and text.lstrip().startswith("{"):
            return read_jsonl(path, data, published)
        raise InputError(
            f"not valid JSON ({err.msg} at line {err.lineno}, column {err.colno}). {_JSON_HINT}",
            path,
        ) from err
    if isinstance(value, dict):
        fields = {str(key).lower(): item for key, item in value.items()}
        nested = field(fields, RECORD_LIST_FIELDS)
        if field(fields, TEXT_FIELDS) is None and isinstance(nested, list):
            value = nested
        else:
            return [_record(path, value, 0, published, _JSON_HINT)]
    if not isinstance(value, list) or (value and not any(isinstance(v, dict) for v in value)):
        kind = type(value[0] if isinstance(value, list) else value).__name__
        raise InputError(f"holds JSON {kind} values, not article objects. {_JSON_HINT}", path)
    documents = [_record(path, item, n, published, _JSON_HINT) for n, item in enumerate(value, 1)]
    return documents or [_empty(path, published)]


def _empty(path: str, published: date | None) -> Document:
    """A file without records still appears in the output, as an EMPTY document."""
    return make_document(path, "", {}, published=published, date_path=path)
