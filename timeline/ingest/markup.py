"""HTML fragments to plain text with paragraph breaks (feed entries, pages trafilatura skips)."""

from __future__ import annotations

import re

from lxml import etree, html

__all__ = ["html_to_text", "looks_like_html"]

_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header "
    "footer figure figcaption dt dd hr".split()
)
_SKIP = frozenset("script style noscript template nav aside form button select iframe svg".split())
_TAG = re.compile(
    r"</?(?:p|div|br|span|a|strong|em|b|i|h[1-6]|li|ul|ol|blockquote|figure)\b[^>]*>", re.I
)
_ANY_SPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BREAKS = re.compile(r"\s*\n\s*")


def looks_like_html(text: str) -> bool:
    """True when a record's text is HTML markup rather than plain text (some scrapers store it).

    >>> looks_like_html("<p>The dam opened.</p><p>Farmers cheered.</p>"), looks_like_html("a < b")
    (True, False)
    """
    return len(_TAG.findall(text, 0, 5000)) >= 2


def _flat(text: str) -> str:
    """Line breaks inside HTML text are spaces; only block elements break lines."""
    return _ANY_SPACE.sub(" ", text)


def _walk(element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in _SKIP:
        if element.tail:
            out.append(_flat(element.tail))
        return
    block = tag.lower() in _BLOCKS
    if block:
        out.append("\n")
    if element.text and tag:
        out.append(_flat(element.text))
    for child in element:
        _walk(child, out)
    if block:
        out.append("\n")
    if element.tail:
        out.append(_flat(element.tail))


def html_to_text(markup: str | html.HtmlElement) -> str:
    """The text of an HTML fragment or tree, one line per paragraph, scripts and menus dropped.

    >>> html_to_text("<p>The dam <b>opened</b>.</p><nav>Home</nav><p>Farmers&nbsp;cheered.</p>")
    'The dam opened.\\nFarmers cheered.'
    >>> html_to_text("plain words, no tags")
    'plain words, no tags'
    """
    if isinstance(markup, str):
        if "<" not in markup and "&" not in markup:
            return _BREAKS.sub("\n", _SPACES.sub(" ", markup)).strip()
        try:
            tree = html.fragment_fromstring(markup, create_parent="div")
        except (etree.ParserError, ValueError):
            return markup.strip()
    else:
        tree = markup
    out: list[str] = []
    _walk(tree, out)
    text = _SPACES.sub(" ", "".join(out))
    return _BREAKS.sub("\n", text).strip()
