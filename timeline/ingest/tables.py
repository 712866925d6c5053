"""Data tables of the ingest stage, kept apart from the logic that uses them."""

from __future__ import annotations

import re

# File suffixes (lower case) and the reader each selects.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".feed"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

# File names (without suffix, lower case) that describe a folder rather than being an article in
# it; skipped in folder scans, read when named explicitly.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing", "copying"})

# Record fields, in order of preference. Keys are compared case-insensitively.
TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "description", "summary")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = (
    "published",
    "date",
    "published_at",
    "publishedat",
    "pubdate",
    "date_published",
    "datepublished",
    "publication_date",
)
SOURCE_FIELDS = ("source", "outlet", "site_name", "sitename", "publisher")
URL_FIELDS = ("url", "link", "canonical_url")
LANGUAGE_FIELDS = ("language", "lang")
ID_FIELDS = ("id", "doc_id", "document_id", "guid", "uuid")
# A JSON object holding its articles in a list under one of these keys (news API responses).
RECORD_LIST_FIELDS = ("articles", "documents", "records", "items", "data", "results")

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# HTML meta tags that state the publication date, most reliable first.
DATE_META = (
    ("property", "article:published_time"),
    ("property", "og:article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datePublished"),
    ("name", "article:published_time"),
    ("name", "pubdate"),
    ("name", "publish-date"),
    ("name", "publication_date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.created"),
    ("name", "dc.date"),
    ("name", "date"),
)

# Penn Treebank bracket tokens and their characters.
PTB_BRACKETS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}

# Whole lines that are page furniture, never article sentences (matched case-insensitively).
BOILERPLATE_LINES = re.compile(
    r"""^(?:
        related(?:\ (?:articles?|stories|content|coverage|news|posts|reading|topics))?
        | more\ (?:on\ this\ (?:story|topic)|stories|from\ [\w\ ]{1,30})
        | (?:you\ may\ )?also\ read | see\ also | read\ (?:more|next|also|the\ full\ story)
        | share\ (?:this|on\ \w+)(?:\ (?:article|story|page|post))?
        | advertisement | sponsored(?:\ content)? | skip\ to\ (?:main\ )?content
        | (?:sign\ up|subscribe)\ (?:for|to)\ (?:our|the)\ [\w\ ]{1,20}newsletters?
        | follow\ us\ on\ [\w\ ,]{1,40}
        | all\ rights\ reserved | (?:copyright\ )?©?\ ?(?:19|20)\d\d\b.{0,60}reserved
        | (?:copyright\ ©|copyright\ \(c\)|copyright|©|\(c\))
          \ ?(?:19|20)\d\d(?:[-–]\d{2,4})?\ [^.]{0,60}
        | statement:\ this\ article\ represents\ the\ views\ of\ the\ author
        | original:\ \S+ | source:\ https?://\S+ | https?://\S+
    )[.!:]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Headings after which the rest of a document is a list of links to other articles.
RELATED_HEADINGS = re.compile(
    r"^(?:related(?:\ (?:articles?|stories|content|coverage|news|posts|reading))?"
    r"|more\ stories|more\ on\ this\ (?:story|topic)|you\ may\ also\ like|read\ next)[.:]?$",
    re.IGNORECASE | re.VERBOSE,
)
