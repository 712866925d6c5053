"""HTML pages: the article's main text (trafilatura), its metadata and its publication date.

The date comes from the page's own markup only: the publication meta tags first (read strictly
here), then htmldate in its fast mode, which looks at the URL, headers, JSON-LD and ``<time>``
elements. Its extensive mode is off on purpose: that mode falls back to a copyright year ("©
2024" read as 2024-01-01) or to any date in the running text, which would make a false date look
like metadata. trafilatura's ``filedate`` (today's date) is never used. The language is detected
from the text, not taken from ``<html lang>``, which is often a site template's default.
"""

from __future__ import annotations

import logging
from datetime import date

from ..errors import InputError
from ..model import Document
from .dates import parse_date
from .markup import html_to_text
from .records import make_document, source_from_url
from .tables import DATE_META

__all__ = ["read_html"]

logger = logging.getLogger(__name__)

_DATE_PARAMS = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%d",
    "deferred_url_extractor": True,
}


def _meta(tree) -> dict[tuple[str, str], str]:
    """The page's ``<meta>`` tags as {(attribute, lower-cased name): content}."""
    found: dict[tuple[str, str], str] = {}
    for element in tree.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            name = element.get(attribute)
            if name:
                found.setdefault((attribute, name.strip().lower()), content)
    return found


def _meta_date(meta: dict[tuple[str, str], str]) -> date | None:
    for attribute, name in DATE_META:
        value = meta.get((attribute, name.lower()))
        if value:
            day = parse_date(value)
            if day is not None:
                return day
    return None


def _fallback_text(tree) -> str:
    """The page's visible text without menus, used when trafilatura finds no main text."""
    body = tree.find(".//body")
    return html_to_text(body if body is not None else tree)


def read_html(path: str, data: bytes, published: date | None) -> list[Document]:
    """Read an HTML page: one Document with its main text, title, outlet, URL and date."""
    import trafilatura
    from trafilatura.utils import load_html

    if not data.strip():
        return [make_document(path, "", {}, published=published, date_path=path)]
    try:
        tree = load_html(data)
    except (ValueError, TypeError) as err:
        raise InputError(f"cannot be parsed as HTML ({err})", path) from err
    if tree is None:
        raise InputError("cannot be parsed as HTML (is it really a web page?)", path)
    meta = _meta(tree)
    extracted = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    # getattr(None, name, None) is None: trafilatura returns None when it finds no article.
    text = getattr(extracted, "text", None) or _fallback_text(tree)
    url = getattr(extracted, "url", None) or meta.get(("property", "og:url"))
    fields = {
        "title": getattr(extracted, "title", None) or meta.get(("property", "og:title")),
        "published": _meta_date(meta) or getattr(extracted, "date", None),
        "source": getattr(extracted, "sitename", None)
        or meta.get(("property", "og:site_name"))
        or source_from_url(url),
        "url": url,
    }
    return [make_document(path, text, fields, published=published, date_path=path)]
