"""Text and Markdown articles: front matter, titles, Penn Treebank de-tokenisation."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.ingest import read_file
from timeline.ingest.frontmatter import split_front_matter
from timeline.ingest.ptb import detokenize, looks_tokenized
from timeline.model import DocStatus

BODY = "The ferry service resumed on Tuesday.\nPassengers queued from dawn."


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_front_matter_fields_fill_the_document_and_text_is_the_body(tmp_path):
    text = (
        "---\ntitle: Ferry resumes\npublished: 2024-02-06\nsource: Island Post\n"
        "url: https://islandpost.example/ferry\nlanguage: en-GB\nid: ferry-42\n---\n" + BODY
    )
    [doc] = read_file(write(tmp_path, "ferry.md", text))
    assert doc.text == BODY
    assert (doc.title, doc.source, doc.url, doc.id) == (
        "Ferry resumes",
        "Island Post",
        "https://islandpost.example/ferry",
        "ferry-42",
    )
    assert (doc.published, doc.published_from, doc.language) == (date(2024, 2, 6), "metadata", "en")


def test_front_matter_date_key_and_quoted_string_dates_are_read(tmp_path):
    text = "---\nDate: 'February 6, 2024'\n---\n" + BODY
    [doc] = read_file(write(tmp_path, "ferry.txt", text))
    assert doc.published == date(2024, 2, 6)


def test_source_falls_back_to_the_url_host(tmp_path):
    text = "---\nurl: https://www.islandpost.example/ferry\n---\n" + BODY
    [doc] = read_file(write(tmp_path, "ferry.txt", text))
    assert doc.source == "islandpost.example"


def test_broken_front_matter_is_cut_from_the_body_and_reported(tmp_path, caplog):
    text = "---\ntitle: [unclosed\n---\n" + BODY
    [doc] = read_file(write(tmp_path, "ferry.md", text))
    assert doc.text == BODY and doc.title is None and doc.status is DocStatus.OK
    assert "front matter is not valid YAML" in caplog.text


def test_markdown_without_closing_delimiter_keeps_its_rule(tmp_path):
    text = "---\n" + BODY
    [doc] = read_file(write(tmp_path, "ferry.md", text))
    assert doc.text == text


def test_markdown_heading_becomes_the_title_and_stays_in_the_text(tmp_path):
    [doc] = read_file(write(tmp_path, "ferry.md", "# Ferry resumes\n\n" + BODY))
    assert doc.title == "Ferry resumes"
    assert doc.text.startswith("# Ferry resumes")


def test_a_front_matter_title_wins_over_the_heading(tmp_path):
    [doc] = read_file(write(tmp_path, "ferry.md", "---\ntitle: Given\n---\n# Heading\n" + BODY))
    assert doc.title == "Given"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ferry service back\n" + BODY, "Ferry service back"),
        (BODY, None),  # the first line is a sentence
        ("Ferry service back", None),  # nothing follows it
    ],
    ids=["headline", "sentence", "single-line"],
)
def test_plain_text_title_is_a_short_first_line(tmp_path, text, title):
    [doc] = read_file(write(tmp_path, "ferry.txt", text))
    assert doc.title == title


@given(st.text(max_size=300))
def test_split_front_matter_never_crashes_and_the_body_offset_is_inside_the_text(text):
    for candidate in (text, "---\n" + text, "---\n" + text + "\n---\nbody"):
        fields, offset = split_front_matter(candidate)
        assert isinstance(fields, dict)
        assert 0 <= offset <= len(candidate)


# Penn Treebank -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("The mayor -LRB- a Green -RRB- said so .", "The mayor (a Green) said so."),
        ("He said `` we 're ready '' , adding : no .", 'He said "we\'re ready", adding: no.'),
        ("They do n't know ; it ca n't wait !", "They don't know; it can't wait!"),
        (
            "The town 's bridge cost $ 5 million , or 3 % .",
            "The town's bridge cost $5 million, or 3%.",
        ),
        ("` The picture is evolving ' , she said .", "'The picture is evolving', she said."),
        ("the players ' union -LSB- sic -RSB-", "the players' union [sic]"),
        ("Disease Control\\/Reuters", "Disease Control/Reuters"),
    ],
    ids=[
        "brackets",
        "double-quotes",
        "negation",
        "possessive-money",
        "single-quotes",
        "plural-possessive",
        "escaped-slash",
    ],
)
def test_detokenize(tokens, text):
    assert detokenize(tokens) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained -LRB- a lot -RRB- .", True),
        ("Cases rose , officials said .\nSchools closed , too .", True),
        ("Cases rose, officials said.\nSchools closed, too. A flat at No. 10 , then.", False),
        ("She said ''no'' twice.", False),
    ],
    ids=["bracket-token", "spaced-punctuation", "ordinary", "quotes-inside-words"],
)
def test_looks_tokenized(text, expected):
    assert looks_tokenized(text) is expected


@given(st.text(alphabet="ab1 ,.;:!?%$()[]\n", max_size=80))
def test_detokenize_only_removes_spaces_when_there_are_no_tokens_to_replace(text):
    assert "".join(detokenize(text).split()) == "".join(text.split())
    assert detokenize(text).count("\n") <= text.count("\n")


def test_tokenised_text_file_is_detokenised_keeping_one_sentence_a_line(tmp_path):
    tokens = "Schools closed on Monday , officials said .\nThe WHO -LRB- UN -RRB- warned .\n"
    [doc] = read_file(write(tmp_path, "7.htm.txt", tokens))
    assert doc.text == "Schools closed on Monday, officials said.\nThe WHO (UN) warned."


def test_real_timeline17_files_are_detokenised_and_dated_from_their_folder(shared):
    folder = shared / "corpora" / "t17-dev" / "H1N1_bbc" / "InputDocs" / "2009-04-27"
    files = sorted(folder.glob("*.htm.txt"))
    if not files:
        pytest.skip("Timeline17 H1N1_bbc is not in ../shared")
    for path in files:
        [doc] = read_file(path)
        assert (doc.published, doc.published_from) == (date(2009, 4, 27), "path")
        if doc.status is DocStatus.OK:
            assert "-LRB-" not in doc.text and "``" not in doc.text and " , " not in doc.text
            assert doc.language == "en"


def test_real_timeline17_empty_files_are_empty(shared):
    empty = [
        p
        for p in sorted((shared / "corpora" / "t17-dev").glob("*/InputDocs/*/*.txt"))
        if p.stat().st_size == 0
    ]
    if not empty:
        pytest.skip("no empty Timeline17 file in ../shared")
    [doc] = read_file(empty[0])
    assert doc.status is DocStatus.EMPTY and doc.error is None
