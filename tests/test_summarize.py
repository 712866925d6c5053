"""Timeline summarisation on small timelines built by hand (documents and temporal expressions)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from timeline.model import Document, Granularity, Timeline, TimeSpan, Timex, TimexType
from timeline.summarize import (
    SCHEMA,
    Summary,
    Weights,
    query_pattern,
    summarize,
    summarize_inputs,
)


def _article(doc_id: str, published: date, sentences: list[tuple[str, str | None, date | None]]):
    """A document of the given sentences and a day timex for each (sentence, phrase, day)."""
    text, timexes = "", []
    for sentence, phrase, day in sentences:
        start = len(text)
        text += sentence + "\n"
        if phrase is not None:
            begin = start + sentence.index(phrase)
            span = TimeSpan(day, day, Granularity.DAY, day.isoformat())
            timexes.append(Timex(doc_id, begin, begin + len(phrase), phrase, TimexType.DATE,
                                 day.isoformat(), span=span))
    doc = Document(id=doc_id, path=f"{doc_id}.txt", text=text, published=published)
    return doc, timexes


def _timeline(*articles) -> Timeline:
    return Timeline(documents=[a[0] for a in articles], timexes=[t for a in articles for t in a[1]])


MARCH = {d: date(2025, 3, d) for d in range(1, 32)}


@pytest.fixture
def flood() -> Timeline:
    """March 3 is named by three later articles; March 10 has one article of its own."""
    return _timeline(
        _article("a", MARCH[10], [
            ("The river dam near Tulln failed on March 3 after days of heavy rain.",
             "March 3", MARCH[3]),
            ("Rescue crews worked through the night on Monday to reach stranded villages.",
             "Monday", MARCH[10]),
        ]),
        _article("b", MARCH[12], [
            ("Engineers said the dam failure on March 3 flooded twelve villages overnight.",
             "March 3", MARCH[3]),
            ("Insurers expect claims to run into the hundreds of millions of euros this year.",
             None, None),
        ]),
        _article("c", MARCH[14], [
            ("Since the dam burst on March 3, more than four thousand residents have left.",
             "March 3", MARCH[3]),
        ]),
        _article("d", MARCH[20], [
            ("Parliament opened an inquiry into dam safety on Thursday after the March floods.",
             "Thursday", MARCH[20]),
        ]),
    )


def test_summarize_chooses_the_date_other_days_refer_to(flood):
    summary = summarize(flood, max_dates=1)
    assert [d.date for d in summary.dates] == [MARCH[3]]
    assert "March 3" in summary.dates[0].sentences[0].text


def test_summarize_returns_dates_in_calendar_order_and_no_more_than_asked(flood):
    summary = summarize(flood, max_dates=2)
    days = [d.date for d in summary.dates]
    assert len(days) == 2 and days == sorted(days)


def test_summarize_sentence_offsets_slice_the_document_text(flood):
    texts = {d.id: d.text for d in flood.documents}
    for day in summarize(flood, max_dates=4, sentences_per_date=2).dates:
        for s in day.sentences:
            assert texts[s.document][s.start_char:s.end_char] == s.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("inquiry", {MARCH[20]}),
        (["insurers", "claims"], {MARCH[12], MARCH[11]}),
        ("volcano", set()),
    ],
    ids=["one-word", "word-list", "no-match"],
)
def test_summarize_query_keeps_only_sentences_with_a_query_word(flood, query, expected):
    summary = summarize(flood, max_dates=5, query=query)
    assert {d.date for d in summary.dates} <= expected | {MARCH[3]}
    pattern = query_pattern(query)
    for day in summary.dates:
        assert all(pattern.search(s.text) for s in day.sentences)
    if not expected:
        assert summary.dates == ()


def test_summarize_since_until_limit_articles_and_dates(flood):
    summary = summarize(flood, max_dates=5, since=MARCH[11], until=MARCH[31])
    days = {d.date for d in summary.dates}
    assert MARCH[3] not in days  # outside the window, however salient
    sources = {s.document for d in summary.dates for s in d.sentences}
    assert "a" not in sources  # published before `since`
    assert days and all(MARCH[11] <= d <= MARCH[31] for d in days)


def test_summarize_avoids_redundant_sentences():
    duplicate = "The central bank raised its main interest rate to four percent on May 6."
    tl = _timeline(
        _article("x", date(2025, 5, 7), [(duplicate, "May 6", date(2025, 5, 6))]),
        _article("y", date(2025, 5, 8), [(duplicate, "May 6", date(2025, 5, 6))]),
        _article("z", date(2025, 5, 9), [
            ("Markets fell sharply after the decision on May 6, with bank shares leading losses.",
             "May 6", date(2025, 5, 6)),
        ]),
    )
    summary = summarize(tl, max_dates=1, sentences_per_date=2)
    texts = [s.text for s in summary.dates[0].sentences]
    assert len(texts) == 2 and len(set(texts)) == 2


def test_summarize_cuts_wire_datelines_from_shown_sentences():
    text = "GENEVA, May 2 (Reuters) - Health officials confirmed forty new cases on Friday."
    tl = _timeline(_article("w", date(2009, 5, 2), [(text, "Friday", date(2009, 5, 1))]))
    shown = summarize(tl, max_dates=1).dates[0].sentences[0]
    assert shown.text.startswith("Health officials")
    assert tl.documents[0].text[shown.start_char:shown.end_char] == shown.text


def test_summarize_caps_one_documents_repeated_references():
    listings = [(f"Tonight at {h} the channel shows another film about the city.",
                 "Tonight", MARCH[5]) for h in range(6, 12)]
    sources = [
        _article(f"r{i}", MARCH[9 + i], [
            (f"Reports say the bridge shut on March 2 for repairs, part {i}.", "March 2", MARCH[2]),
        ])
        for i in range(3)
    ]
    tl = _timeline(_article("tv", MARCH[5], listings), *sources)
    assert [d.date for d in summarize(tl, max_dates=1).dates] == [MARCH[2]]


def test_summary_to_dict_follows_the_schema(flood, tmp_path):
    summary = summarize(flood, max_dates=2, sentences_per_date=2)
    data = summary.to_dict()
    assert set(data) == {"schema", "dates"} and data["schema"] == SCHEMA
    for entry in data["dates"]:
        assert set(entry) == {"date", "summary", "sources"}
        date.fromisoformat(entry["date"])
        assert len(entry["summary"]) == len(entry["sources"])
        for source in entry["sources"]:
            assert set(source) == {"document", "sentence", "start_char", "end_char"}
    path = tmp_path / "summary.json"
    summary.to_json(path)
    assert json.loads(path.read_text(encoding="utf-8")) == data


def test_summarize_rejects_zero_dates(flood):
    with pytest.raises(ValueError, match="max_dates"):
        summarize(flood, max_dates=0)


def test_summarize_of_an_empty_timeline_is_empty():
    assert summarize(Timeline(), max_dates=3) == Summary(())


def test_weights_change_the_date_ranking(flood):
    # Counting only publication bursts, the day with its own article (March 10) can win.
    only_published = Weights(references=0, other_day=0, documents=0, published=1)
    assert summarize(flood, 1, weights=only_published).dates[0].date != MARCH[3]


def test_summarize_inputs_reads_files(tmp_path):
    for day, body in [("2025-03-10", "The dam failed on March 3 after heavy rain, officials said."),
                      ("2025-03-12", "Engineers blamed the March 3 dam failure on poor upkeep.")]:
        folder = tmp_path / day
        folder.mkdir()
        (folder / "a.txt").write_text(body + "\n", encoding="utf-8")
    tl, summary = summarize_inputs([tmp_path], max_dates=1)
    assert len(tl.documents) == 2
    assert [d.date for d in summary.dates] == [MARCH[3]]
