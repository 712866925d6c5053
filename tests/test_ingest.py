"""The ingest entry points: discover() and read_file(), and the publication-date rules."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.ingest import discover, read_file
from timeline.ingest.dates import date_from_path, parse_date
from timeline.model import DocStatus

ARTICLE = "The harbour authority closed the old pier on Monday after storm damage was found.\n"


def write(path, text: str = ARTICLE) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


# discover ------------------------------------------------------------------------------------


def test_discover_reads_folders_recursively_sorted_skipping_hidden_unknown_and_readme(tmp_path):
    for name in [
        "b.txt",
        "a.md",
        "sub/c.html",
        "sub/deeper/d.jsonl",
        ".hidden.txt",
        ".git/e.txt",
        "README.md",
        "sub/LICENSE.txt",
        "notes.csv",
        "image.png",
    ]:
        write(tmp_path / name)
    found = [os.path.relpath(p, tmp_path) for p in discover([tmp_path])]
    assert found == [
        "a.md",
        "b.txt",
        os.path.join("sub", "c.html"),
        os.path.join("sub", "deeper", "d.jsonl"),
    ]


def test_discover_lists_an_explicitly_named_readme(tmp_path):
    readme = write(tmp_path / "README.md")
    assert discover([readme]) == [readme]


def test_discover_lists_an_explicit_file_of_unknown_type_so_the_reader_reports_it(tmp_path):
    csv = write(tmp_path / "table.csv")
    assert discover([csv]) == [csv]
    with pytest.raises(InputError, match=r"table\.csv: unsupported file type '\.csv'.*\.txt"):
        read_file(csv)


def test_discover_keeps_a_missing_path_and_read_file_names_it(tmp_path):
    missing = str(tmp_path / "gone" / "story.txt")
    assert discover([missing]) == [missing]
    with pytest.raises(InputError, match="gone/story.txt: no such file or directory") as info:
        read_file(missing)
    assert info.value.path == missing


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("feeds/*.xml", ["feeds/a.xml", "feeds/b.xml"]),
        ("**/*.txt", ["feeds/old/c.txt", "top.txt"]),
        ("feeds/*", ["feeds/a.xml", "feeds/b.xml", "feeds/old/c.txt"]),
        ("feeds/*.csv", ["feeds/list.csv"]),  # the pattern names the type: the reader reports it
    ],
    ids=["suffix", "recursive", "folders-expanded", "named-unknown-suffix"],
)
def test_discover_expands_glob_patterns(tmp_path, monkeypatch, pattern, expected):
    for name in ["feeds/a.xml", "feeds/b.xml", "feeds/list.csv", "feeds/old/c.txt", "top.txt"]:
        write(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    assert discover([pattern]) == [os.path.normpath(p) for p in expected]


def test_discover_keeps_a_pattern_that_matches_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert discover(["feeds/*.rss"]) == ["feeds/*.rss"]
    with pytest.raises(InputError, match="no file matches this pattern"):
        read_file("feeds/*.rss")


def test_discover_lists_a_file_reached_twice_once(tmp_path):
    path = write(tmp_path / "a.txt")
    assert discover([path, tmp_path]) == [path]


# read_file ------------------------------------------------------------------------------------


def test_read_file_of_an_empty_file_gives_one_empty_document(tmp_path):
    for name in ["empty.txt", "empty.html", "empty.jsonl", "empty.xml", "blank.md"]:
        path = write(tmp_path / name, "" if name != "blank.md" else "\n  \n")
        [doc] = read_file(path)
        assert doc.status is DocStatus.EMPTY, name
        assert doc.error is None and doc.blocks == ()


def test_read_file_of_a_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        read_file(tmp_path)


def test_read_file_refuses_a_binary_file_with_a_clear_message(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02")
    with pytest.raises(InputError, match=r"scan\.txt: looks like a binary file"):
        read_file(path)


def test_read_file_sniffs_a_file_without_suffix(tmp_path):
    path = write(tmp_path / "README", json.dumps({"text": ARTICLE, "title": "Pier"}))
    [doc] = read_file(path)
    assert doc.title == "Pier" and doc.text == ARTICLE.strip()


def test_read_file_of_xml_that_is_not_a_feed_is_an_input_error(tmp_path):
    path = write(tmp_path / "doc.xml", "<?xml version='1.0'?><TimeML><TEXT>x</TEXT></TimeML>")
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        read_file(path)


def test_read_file_reads_windows_1252_text(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("The caf\u00e9 opened \u2013 finally.".encode("cp1252"))
    [doc] = read_file(path)
    assert doc.text == "The caf\u00e9 opened \u2013 finally."


def test_an_unexpected_reader_failure_becomes_an_input_error_naming_the_file(tmp_path, monkeypatch):
    import timeline.ingest as ingest

    def broken(*args, **kwargs):
        raise ValueError("parser exploded")

    monkeypatch.setattr(ingest, "read_text", broken)
    path = write(tmp_path / "a.txt")
    with pytest.raises(
        InputError, match=r"a\.txt: could not be read \(ValueError: parser exploded"
    ):
        read_file(path)


def test_read_file_ids_are_stable_and_differ_between_files(tmp_path):
    a, b = write(tmp_path / "a.txt"), write(tmp_path / "b.txt")
    assert read_file(a)[0].id == read_file(a)[0].id
    assert read_file(a)[0].id != read_file(b)[0].id


# publication dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("InputDocs/2011-03-15/x.txt", date(2011, 3, 15)),
        ("nyt_20130321_x.txt", date(2013, 3, 21)),
        ("news/2013/03/21/x.html", date(2013, 3, 21)),
        ("2013_03_21.md", date(2013, 3, 21)),
        ("archive/1999.12.31-final.txt", date(1999, 12, 31)),
        ("2009-04-27/2011-01-05.txt", date(2011, 1, 5)),  # the nearest to the file wins
        ("reports/12345678.txt", None),  # an id, not a date
        ("ids/20131399.txt", None),  # month 13
        ("ids/201303211234.txt", None),  # a longer number
        ("doc_1234-56-78.txt", None),
        ("v2/20/13/x.txt", None),
        ("a/2013/x.txt", None),  # a year alone is not a day
        ("item_18500321.txt", None),  # only 19xx and 20xx
        ("build20130321.txt", None),  # glued to letters: a build number
    ],
)
def test_date_from_path(path, expected):
    assert date_from_path(path) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-03", date(2025, 3, 3)),
        ("2025-03-03T23:30:00-05:00", date(2025, 3, 3)),  # the day as written
        ("2025-03-03 08:00", date(2025, 3, 3)),
        ("2025/3/3", date(2025, 3, 3)),
        ("20250303", date(2025, 3, 3)),
        ("Mon, 03 Mar 2025 10:00:00 +0000", date(2025, 3, 3)),
        ("March 3, 2025", date(2025, 3, 3)),
        ("Monday, March 3rd, 2025 at 10:00", date(2025, 3, 3)),
        ("3 March 2025", date(2025, 3, 3)),
        ("3 Sept. 2025", date(2025, 9, 3)),
        (date(2025, 3, 3), date(2025, 3, 3)),
        ("2025-02-30", None),
        ("2025-03", None),
        ("2025", None),
        ("yesterday", None),
        ("03/04/2025", None),  # day/month order unknown
        (20250303, None),
        (None, None),
    ],
)
def test_parse_date_is_strict(value, expected):
    assert parse_date(value) == expected


@given(st.text(max_size=60))
def test_parse_date_never_crashes_and_gives_a_day_or_none(value):
    assert parse_date(value) is None or isinstance(parse_date(value), date)


@given(st.lists(st.text(alphabet="0123456789-_./abc", max_size=14), max_size=5))
def test_date_from_path_never_crashes_and_only_reads_19xx_or_20xx(parts):
    found = date_from_path("/".join(parts) or ".")
    assert found is None or 1900 <= found.year <= 2099


def test_publication_date_prefers_metadata_then_path_then_default(tmp_path):
    default = date(2001, 1, 1)
    with_meta = write(
        tmp_path / "2009-04-27" / "a.md", f"---\npublished: 2009-04-25\n---\n{ARTICLE}"
    )
    path_only = write(tmp_path / "2009-04-27" / "b.txt")
    neither = write(tmp_path / "undated" / "c.txt")
    found = [read_file(p, published=default)[0] for p in (with_meta, path_only, neither)]
    assert [(d.published, d.published_from) for d in found] == [
        (date(2009, 4, 25), "metadata"),
        (date(2009, 4, 27), "path"),
        (default, "default"),
    ]


def test_publication_date_is_none_without_any_source_never_today(tmp_path):
    path = write(tmp_path / "undated.txt", f"Today the pier closed.\n{ARTICLE}")
    os.utime(path, (1_600_000_000, 1_600_000_000))
    [doc] = read_file(path)
    assert doc.published is None and doc.published_from is None
    assert doc.published != date.today()


def test_unreadable_metadata_date_falls_back_and_warns(tmp_path, caplog):
    path = write(tmp_path / "2010-05-06" / "a.md", f"---\ndate: sometime in May\n---\n{ARTICLE}")
    [doc] = read_file(path)
    assert doc.status is DocStatus.OK
    assert (doc.published, doc.published_from) == (date(2010, 5, 6), "path")
    assert "sometime in May" in caplog.text and "a.md" in caplog.text
