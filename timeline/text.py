"""Text utilities shared by the stages: sentence spans over a document's text.

A regular-expression splitter rather than a model: it must be fast (tens of thousands of articles),
deterministic, and need no download. It returns character spans, never copies, so every later
annotation stays an offset into the text as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

__all__ = ["is_abbreviation", "sentence_spans", "sentences", "unwrap"]

# Words that end with a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep rev hon pres maj cpl
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc bros dept univ assn est approx vs etc cf al fig no nos vol pp p ed eds
    u.s u.k u.n e.u a.m p.m e.g i.e d.c n.y l.a u.s.a ph.d
    """.split()
)

# A sentence ends at . ! ? (or CJK 。！？) and any closing quotes/brackets, before whitespace.
_END = re.compile(r"""([.!?]+|[。！？]+)(["'”’)\]]*)(?=\s|$)|[。！？]""")
_NEWLINES = re.compile(r"\n\s*\n|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


# Hard-wrapped paragraphs: a line at least this share of the paragraph's widest line, in a
# paragraph wrapped at a width in this range, was broken by the writer's editor, not the writer
# (lines of paragraphs, as web pages and feeds give them, are longer).
WRAPPED_SHARE = 0.75
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 40, 200
_LINE = re.compile(r"[^\n]*\n?")
_HEADING = re.compile(r"[ \t]*(?:#|\|)")  # a Markdown heading or table row stays a line of its own
_ITEM = re.compile(r"[ \t]*(?:[#>|*•+-]|\d{1,2}[.)])[ \t]")  # ... and so does a list item or quote


def unwrap(text: str) -> str:
    r"""``text`` with the line breaks inside hard-wrapped paragraphs made spaces.

    Plain text and Markdown are often wrapped at a fixed width ("... marched through the\n
    city ..."); read as written, every line would end a sentence and cut events in half. A break
    is a wrap when its line is nearly as wide as the paragraph's widest line: a short headline
    above the body, a list item, a heading and the last line of a paragraph keep theirs. The
    result has the length of ``text``, so offsets into one are offsets into the other.

    >>> unwrap("The court ruled on Tuesday that the strike by the dock\nworkers is lawful.")
    'The court ruled on Tuesday that the strike by the dock workers is lawful.'
    >>> unwrap("Port strike ends\nThe court ruled on Tuesday that the strike is lawful.")
    'Port strike ends\nThe court ruled on Tuesday that the strike is lawful.'
    """
    if "\n" not in text:
        return text
    out = list(text)
    paragraph: list[tuple[int, str]] = []  # (offset of the line's newline, line without it)
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        body = line.rstrip("\n").rstrip("\r")
        if body.strip():
            paragraph.append((match.start() + len(body), body))
            if line.endswith("\n"):
                continue
        _unwrap_paragraph(paragraph, out)
        paragraph = []
    _unwrap_paragraph(paragraph, out)
    return "".join(out)


def _unwrap_paragraph(lines: list[tuple[int, str]], out: list[str]) -> None:
    if len(lines) < 2:
        return
    width = max(len(body.rstrip()) for _, body in lines)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return
    for (end, body), (_, following) in pairwise(lines):
        if len(body.rstrip()) < WRAPPED_SHARE * width or _HEADING.match(body) or (
                _ITEM.match(following)):
            continue
        if out[end] == "\r":  # "\r\n"
            out[end], end = " ", end + 1
        out[end] = " "


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # A single capital initial ("J. Smith") or a dotted acronym ("U.S.").
    return len(word) == 1 and word.isalpha() or ("." in word and len(word) <= 6)


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    begin = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if match.group(1) and match.group(1) == "." and is_abbreviation(text, match.start()):
            # "Mr. Smith" continues; "... in the U.S. The" ends only before a capitalised word
            # that is not a name after a title: keep going, it is the rarer error.
            continue
        following = text[stop:end].lstrip()
        if following and following[0].islower():
            continue  # "e.g. this" or an ellipsis inside a sentence
        yield begin, stop
        begin = stop
    if begin < end:
        yield begin, end


def sentence_spans(text: str, *, unwrapped: bool = False) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, stripped of surrounding whitespace.

    Line breaks end a sentence (headlines, list items and paragraphs have no full stop), except
    inside a hard-wrapped paragraph (see :func:`unwrap`; ``unwrapped``: the caller has already
    unwrapped ``text``).

    >>> text = "Kim visited the plant on Friday. Mr. Ahn said so.\\nA headline"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Kim visited the plant on Friday.', 'Mr. Ahn said so.', 'A headline']
    """
    if not unwrapped:
        text = unwrap(text)  # a hard-wrapped line does not end its sentence
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line_break in [*_NEWLINES.finditer(text), None]:
        line_end = line_break.start() if line_break else len(text)
        for s, e in _split_line(text, line_start, line_end):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
        if line_break:
            line_start = line_break.end()
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (for display; stages use :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text)]
