"""JSON Lines / JSON records, HTML pages and RSS/Atom feeds."""

from __future__ import annotations

import json
from datetime import date

import pytest

from timeline.errors import InputError
from timeline.ingest import read_file
from timeline.model import DocStatus

STORY = "The orchard cooperative harvested its first apples on Wednesday, two weeks early."


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# JSON Lines and JSON -------------------------------------------------------------------------


def test_jsonl_gives_one_document_per_record_with_its_fields(tmp_path):
    records = [
        {
            "id": "a1",
            "title": "Harvest",
            "text": STORY,
            "published": "2022-08-17",
            "source": "Farm Weekly",
            "url": "https://farm.example/a1",
            "language": "en",
        },
        {"content": STORY, "date": "August 18, 2022"},
        {"Body": STORY, "publishedAt": "2022-08-19T06:00:00Z", "source": {"name": "Orchard News"}},
    ]
    path = write(tmp_path, "news.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    docs = read_file(path)
    assert [d.path for d in docs] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [d.published for d in docs] == [date(2022, 8, 17), date(2022, 8, 18), date(2022, 8, 19)]
    assert docs[0].id == "a1" and docs[0].title == "Harvest" and docs[0].source == "Farm Weekly"
    assert docs[2].source == "Orchard News"
    assert all(d.text == STORY and d.status is DocStatus.OK for d in docs)
    assert len({d.id for d in docs}) == 3


def test_a_bad_jsonl_line_is_an_error_document_and_the_rest_are_read(tmp_path):
    lines = [json.dumps({"text": STORY}), '{"text": "broken" "x"}', "", json.dumps({"text": STORY})]
    path = write(tmp_path, "articles.jsonl", "\n".join(lines))
    docs = read_file(path)
    assert [d.status for d in docs] == [DocStatus.OK, DocStatus.ERROR, DocStatus.OK]
    assert docs[1].error == (
        f"{path}:2: not valid JSON (Expecting ',' delimiter). Each line must be one JSON object."
    )
    assert docs[1].path == f"{path}#2" and docs[2].path == f"{path}#4"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply to read"),
        ("[1, 2]", "expected a JSON object, found a list"),
        ('{"text": 42}', "the article text must be a string, found int"),
    ],
    ids=["too-deep", "not-an-object", "text-not-a-string"],
)
def test_jsonl_records_that_are_not_articles_are_errors(tmp_path, line, message):
    path = write(tmp_path, "a.jsonl", line)
    [doc] = read_file(path)
    assert doc.status is DocStatus.ERROR and f"{path}:1: {message}" in doc.error


def test_a_record_whose_text_is_html_is_read_as_plain_text(tmp_path):
    record = {"body": "<p>The orchard opened.</p>\n<p>Growers <b>cheered</b>.</p>"}
    [doc] = read_file(write(tmp_path, "a.jsonl", json.dumps(record)))
    assert doc.text == "The orchard opened.\nGrowers cheered."


def test_a_record_without_text_is_empty_not_an_error(tmp_path):
    path = write(tmp_path, "a.jsonl", json.dumps({"title": "Only a title"}))
    [doc] = read_file(path)
    assert doc.status is DocStatus.EMPTY and doc.title == "Only a title"


@pytest.mark.parametrize(
    ("payload", "count"),
    [
        ({"text": STORY}, 1),
        ([{"text": STORY}, {"text": STORY}], 2),
        ({"status": "ok", "articles": [{"content": STORY}, {"description": STORY}]}, 2),
    ],
    ids=["object", "array", "news-api-response"],
)
def test_json_files_hold_one_record_an_array_or_a_wrapped_list(tmp_path, payload, count):
    docs = read_file(write(tmp_path, "a.json", json.dumps(payload)))
    assert len(docs) == count and all(d.text == STORY for d in docs)


def test_json_file_that_is_really_json_lines_is_read_as_such(tmp_path):
    docs = read_file(write(tmp_path, "a.json", json.dumps({"text": STORY}) + "\n" + "{oops\n"))
    assert [d.status for d in docs] == [DocStatus.OK, DocStatus.ERROR]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"text": ', "not valid JSON"),
        ('["h1n1", "swine"]', "holds JSON str values, not article objects"),
        ("42", "holds JSON int values"),
    ],
    ids=["invalid", "array-of-strings", "number"],
)
def test_json_files_without_articles_are_input_errors_naming_the_file(tmp_path, text, message):
    path = write(tmp_path, "keywords.json", text)
    with pytest.raises(InputError, match=message) as info:
        read_file(path)
    assert str(info.value).startswith(path)


# HTML ----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Orchard harvest starts early | Farm Weekly</title>
<meta property="og:site_name" content="Farm Weekly">
<meta property="og:title" content="Orchard harvest starts early">
<meta property="article:published_time" content="2022-08-17T07:30:00+02:00">
<link rel="canonical" href="https://www.farmweekly.example/orchard-harvest">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li>
<li><a href="/subscribe">Subscribe to our print edition</a></li></ul></nav></header>
<main><article><h1>Orchard harvest starts early</h1>
<p>The orchard cooperative harvested its first apples on Wednesday, two weeks earlier than
in any season its members can remember.</p>
<p>Growers said the warm spring of 2022 and steady rain in June had ripened the fruit fast,
and they expect the picking to last until the end of September.</p>
<p>The cooperative plans to hire forty seasonal workers and will open its farm shop on
Saturday, its chair told reporters at the packing hall.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Tractor prices climb again</a></li></ul></aside>
<footer>Copyright 2024 Farm Weekly. All rights reserved.</footer>
</body></html>"""


def test_html_main_text_without_navigation_and_metadata_from_the_page(tmp_path):
    [doc] = read_file(write(tmp_path, "orchard.html", PAGE))
    assert "harvested its first apples on Wednesday" in doc.text
    assert "forty seasonal workers" in doc.text
    for furniture in ("Subscribe to our print edition", "Markets", "Tractor prices", "Copyright"):
        assert furniture not in doc.text
    assert doc.title == "Orchard harvest starts early"
    assert doc.source == "Farm Weekly"
    assert doc.url == "https://www.farmweekly.example/orchard-harvest"
    assert (doc.published, doc.published_from) == (date(2022, 8, 17), "metadata")
    assert doc.language == "en"


def test_html_date_from_a_time_element_when_no_meta_tag(tmp_path):
    page = PAGE.replace(
        '<meta property="article:published_time" content="2022-08-17T07:30:00+02:00">', ""
    )
    page = page.replace("<h1>", '<time datetime="2022-08-16">16 August</time><h1>')
    [doc] = read_file(write(tmp_path, "orchard.html", page))
    assert (doc.published, doc.published_from) == (date(2022, 8, 16), "metadata")


def test_html_without_a_date_takes_none_not_the_copyright_year_or_a_date_in_the_text(tmp_path):
    page = (
        "<html><head><title>Council news</title></head><body><p>The council met on 3 May 2019 "
        "to discuss the bridge. Members voted to repair it before winter, and the work is "
        "expected to take four months.</p><footer>\u00a9 2024 Valley Times</footer></body></html>"
    )
    [doc] = read_file(write(tmp_path, "council.html", page))
    assert doc.published is None and doc.published_from is None
    assert "3 May 2019" in doc.text


def test_html_without_a_date_of_its_own_uses_its_path_then_the_default(tmp_path):
    page = "<html><body><p>The council met to discuss the bridge repairs.</p></body></html>"
    (tmp_path / "2019-05-04").mkdir()
    [dated] = read_file(
        write(tmp_path, "2019-05-04/council.html", page), published=date(2000, 1, 1)
    )
    [default] = read_file(write(tmp_path, "council.htm", page), published=date(2000, 1, 1))
    assert (dated.published, dated.published_from) == (date(2019, 5, 4), "path")
    assert (default.published, default.published_from) == (date(2000, 1, 1), "default")
    assert "council met" in default.text


# Feeds ---------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Farm Weekly</title><link>https://farmweekly.example</link>
<lastBuildDate>Sat, 20 Aug 2022 10:00:00 GMT</lastBuildDate>
<item><title>Harvest starts</title><link>https://farmweekly.example/harvest</link>
<guid>fw-1</guid><pubDate>Wed, 17 Aug 2022 23:30:00 -0500</pubDate>
<description>&lt;p&gt;The cooperative harvested its first apples.&lt;/p&gt;&lt;p&gt;Growers
cheered.&lt;/p&gt;</description></item>
<item><title>Undated note</title><link>https://farmweekly.example/note</link>
<description>The shop opens soon.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Orchard News</title>
<updated>2022-08-20T10:00:00Z</updated><id>urn:orchard</id>
<entry><title>Prices</title><id>urn:orchard:1</id><link href="https://orchard.example/1"/>
<updated>2022-08-18T09:00:00Z</updated>
<content type="html">&lt;p&gt;Apple prices fell on Thursday.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_become_documents_dated_by_their_own_date(tmp_path):
    path = write(tmp_path, "2022-08-20-farm.xml", RSS)
    first, second = read_file(path, published=date(1999, 1, 1))
    assert first.text == "The cooperative harvested its first apples.\nGrowers cheered."
    assert (first.title, first.source, first.url) == (
        "Harvest starts",
        "Farm Weekly",
        "https://farmweekly.example/harvest",
    )
    assert (first.published, first.published_from) == (date(2022, 8, 17), "metadata")
    assert first.path == f"{path}#1" and second.path == f"{path}#2"
    # Neither the feed's own date nor the date in the file name dates an undated entry.
    assert (second.published, second.published_from) == (date(1999, 1, 1), "default")


def test_atom_entry_uses_content_and_updated_date(tmp_path):
    [doc] = read_file(write(tmp_path, "orchard.atom", ATOM))
    assert doc.text == "Apple prices fell on Thursday."
    assert doc.published == date(2022, 8, 18) and doc.source == "Orchard News"


def test_feed_ids_are_stable_per_entry_guid(tmp_path):
    a = read_file(write(tmp_path, "a.rss", RSS))
    b = read_file(write(tmp_path, "b.rss", RSS))
    assert a[0].id == b[0].id  # the same entry fetched twice
    assert a[0].id != a[1].id


def test_a_file_that_is_not_a_feed_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not a readable RSS/Atom feed"):
        read_file(write(tmp_path, "broken.rss", "this is a note, not a feed"))
