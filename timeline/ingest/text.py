"""Plain text and Markdown articles, with optional YAML front matter.

``Document.text`` is the body after the front matter, as written: Markdown markup is kept so that
character offsets stay true to the file. Penn Treebank tokenised text (Timeline17) is the one
exception: it is rewritten to ordinary punctuation first, since no reader wants ``-LRB-``.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from ..model import Document
from .frontmatter import split_front_matter
from .ptb import detokenize, looks_tokenized
from .records import decode, make_document

__all__ = ["read_text"]

logger = logging.getLogger(__name__)

_ATX_TITLE = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_TITLE_LINE_CHARS = 120


def _title(body: str, markdown: bool) -> str | None:
    """A title from the text: a leading ``# Title`` in Markdown, or a short first line.

    The first line of a plain text counts as its title only when more text follows and it
    does not end like a sentence (a headline above the story).
    """
    if markdown:
        match = _ATX_TITLE.match(body)
        return match.group(1).strip() if match else None
    first, _, rest = body.strip().partition("\n")
    first = first.strip()
    if rest.strip() and 0 < len(first) <= _TITLE_LINE_CHARS and first[-1] not in '.!?:;,"”’)':
        return first
    return None


def read_text(path: str, data: bytes, published: date | None, markdown: bool) -> list[Document]:
    """Read a .txt or .md file: one Document."""
    text = decode(data, path)
    warnings: list[str] = []
    fields, offset = split_front_matter(text, path, warnings)
    body = text[offset:]
    if looks_tokenized(body):
        logger.debug("%s: Penn Treebank tokenised; detokenising", path)
        body = detokenize(body)
    return [
        make_document(
            path,
            body,
            fields,
            published=published,
            date_path=path,
            title=_title(body, markdown),
            warnings=warnings,
        )
    ]
