"""Sentence spans and hard-wrapped paragraphs (timeline.text)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.text import sentence_spans, sentences, unwrap

WRAPPED = (
    "The Valparaíso Court of Appeals ruled on Tuesday that the strike by the Pacific\n"
    "Dockworkers' Union is lawful, rejecting a petition by Costanera Terminals, but ordered\n"
    "the union to keep a minimum crew working so that perishable cargo can leave the port.\n"
)


def test_a_hard_wrapped_paragraph_is_one_sentence():
    assert sentences(WRAPPED) == [WRAPPED.strip()]


def test_a_wrapped_paragraph_keeps_the_sentences_its_full_stops_end():
    text = ("The judges found that the union had given notice. The walkout began on\n"
            "February 9 and has cost exporters 40 million dollars so far, growers say.\n")
    assert sentences(text) == [
        "The judges found that the union had given notice.",
        "The walkout began on\nFebruary 9 and has cost exporters 40 million dollars so far, "
        "growers say."]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Port strike ends\n" + WRAPPED, "Port strike ends"),  # a short headline above the body
        ("# Port strike ends after five weeks of talks in Valparaiso and Lima\n" + WRAPPED,
         "# Port strike ends after five weeks of talks in Valparaiso and Lima"),
        ("- the first item of a list that runs on for a while here\n- the second item\n",
         "- the first item of a list that runs on for a while here"),
        ("| date | what happened on that day in the port of Valparaiso |\n| 3 March | ruling |\n",
         "| date | what happened on that day in the port of Valparaiso |"),
        ("Short lines\nof a poem\nstay lines\n", "of a poem"),
    ],
    ids=["headline", "markdown-heading", "list-items", "table-rows", "narrow-lines"],
)
def test_a_line_that_is_no_wrap_keeps_its_break(text, line):
    assert line in sentences(text)


def test_lines_as_long_as_paragraphs_are_paragraphs_not_wraps():
    first = "A web page gives each paragraph on one line, " * 6 + "with no full stop"
    second = "and the next paragraph begins on the next line, " * 6 + "as feeds write them."
    assert sentences(f"{first}\n{second}") == [first.strip(), second.strip()]


def test_windows_line_ends_are_unwrapped_too():
    text = WRAPPED.replace("\n", "\r\n")
    assert len(sentences(text)) == 1


@given(st.text(alphabet=st.sampled_from("ab .\n\r-#|1"), max_size=400))
def test_unwrap_keeps_every_offset_and_changes_only_line_breaks(text):
    out = unwrap(text)
    assert len(out) == len(text)
    assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, out, strict=True))
    assert unwrap(out) == out  # a paragraph once joined stays as it is
    for start, end in sentence_spans(text):
        assert 0 <= start < end <= len(text) and text[start:end].strip()


_LINES = st.lists(st.text(alphabet=st.sampled_from("ab .-#|1"), min_size=0, max_size=120),
                  min_size=1, max_size=12)


@given(_LINES, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_unwrap_of_wrapped_looking_lines_keeps_offsets_and_is_stable(lines, newline):
    text = newline.join(lines)
    out = unwrap(text)
    assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, out, strict=True))
    assert unwrap(out) == out
    assert sentence_spans(out, unwrapped=True) == sentence_spans(text)
