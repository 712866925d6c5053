"""RSS and Atom feeds (feedparser): one Document per entry.

Text comes from the entry's content, else its summary, with HTML turned into plain text. The
publication date is the entry's own ``published`` (else ``updated``) date, read from the raw value
first so the day is the one the outlet wrote (feedparser's parsed form is in UTC). The feed's
own dates and its path are never used for an entry: a feed file is fetched at one time and holds
entries from many days. Each entry's ``Document.path`` is ``<file>#<n>``, n counted from 1.
"""

from __future__ import annotations

import io
import logging
from datetime import date

from ..errors import InputError
from ..model import Document, stable_id
from .dates import parse_date
from .markup import html_to_text
from .records import make_document

__all__ = ["looks_like_feed", "read_feed"]

logger = logging.getLogger(__name__)

_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")


def looks_like_feed(data: bytes) -> bool:
    """True when the first element of an XML document is an RSS or Atom root.

    >>> looks_like_feed(b'<?xml version="1.0"?><rss version="2.0"><channel>')
    True
    >>> looks_like_feed(b"<?xml version='1.0'?><TimeML><DOCID>x</DOCID>")
    False
    """
    head = data[:4096].lower()
    return any(root in head for root in _ROOTS)


def _entry_text(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    raw = max(contents, key=len) if contents else entry.get("summary", "")
    return html_to_text(raw or "")


def _entry_date(entry):
    """The entry's date: its raw published/updated value, else feedparser's parsed (UTC) one."""
    for key in ("published", "updated", "created"):
        day = parse_date(entry.get(key))
        if day is not None:
            return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return entry.get("published") or entry.get("updated")  # unreadable: reported downstream


def read_feed(path: str, data: bytes, published: date | None) -> list[Document]:
    """Read an RSS/Atom file: one Document per entry."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            raise InputError(f"not a readable RSS/Atom feed ({reason})", path)
        return [make_document(path, "", {}, published=published)]
    if parsed.get("bozo"):
        logger.warning(
            "%s: feed is not well-formed (%s); read what could be", path, parsed.bozo_exception
        )
    feed_title = parsed.feed.get("title")
    documents = []
    for number, entry in enumerate(parsed.entries, 1):
        own_source = entry.get("source", {}).get("title") if entry.get("source") else None
        guid = entry.get("id") or entry.get("link")
        fields = {
            "title": html_to_text(entry.get("title", "")) or None,
            "published": _entry_date(entry),
            "source": own_source or feed_title,
            "url": entry.get("link"),
            "language": entry.get("language") or parsed.feed.get("language"),
        }
        documents.append(
            make_document(
                path,
                _entry_text(entry),
                fields,
                index=number,
                shown_path=f"{path}#{number}",
                published=published,
                date_path=None,
                where=f"{path}#{number}",
                own_id=stable_id("feed", guid) if guid else None,
            )
        )
    return documents
