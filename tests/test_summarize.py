"""Timeline summarisation on small timelines built by hand (documents and temporal expressions)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.cli import main
from timeline.export import from_dict, load, to_dict
from timeline.model import (
    DocStatus,
    Document,
    Event,
    EventMention,
    Granularity,
    RelationType,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
    stable_id,
)
from timeline.summarize import (
    SCHEMA,
    Summary,
    SummaryDate,
    SummarySentence,
    Weights,
    headline,
    query_pattern,
    summarize,
    summarize_inputs,
    summarize_timeline,
)
from timeline.text import sentence_spans


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


# --- the summary as a Timeline -------------------------------------------------------------------


def _day_span(day: date) -> TimeSpan:
    return TimeSpan(day, day, Granularity.DAY, day.isoformat())


def _chosen(doc: Document, index: int, score: float = 0.5) -> SummarySentence:
    start, end = sentence_spans(doc.text)[index]
    return SummarySentence(doc.id, index, start, end, doc.text[start:end], score)


@pytest.fixture
def dam() -> tuple[Timeline, Summary]:
    """A built timeline (documents, timexes, one event) and a summary of it made by hand.

    March 3: n1's sentence naming it. March 10: n1's sentence with an event but no date, and n2's
    opening sentence with neither. n3 is cited by nothing; "bad" could not be read.
    """
    n1, n1_timexes = _article("n1", MARCH[10], [
        ("The river dam near Tulln failed on March 3 after days of heavy rain.", "March 3",
         MARCH[3]),
        ("Rescue crews reached the stranded villages by boat.", None, None),
    ])
    n2, _ = _article("n2", MARCH[10], [("Volunteers filled sandbags along the riverbank.",
                                         None, None)])
    n3, n3_timexes = _article("n3", MARCH[12], [("Schools reopened on Wednesday.", "Wednesday",
                                                 MARCH[12])])
    bad = Document(id="bad", path="bad.html", status=DocStatus.ERROR, error="bad.html: unreadable")
    start, end = sentence_spans(n1.text)[1]
    trigger = n1.text.index("reached")
    reached = EventMention(
        id="m1", document="n1", sentence=1, start_char=start, end_char=end,
        text=n1.text[start:end], trigger="reached", trigger_start=trigger,
        trigger_end=trigger + len("reached"), title="Rescue crews reached villages",
        actors=("rescue crews",), time=_day_span(MARCH[10]), time_source="reported",
    )
    event = Event(id="e1", title=reached.title, mentions=(reached,), time=reached.time,
                  actors=reached.actors)
    tl = Timeline(documents=[n1, n2, n3, bad], timexes=n1_timexes + n3_timexes, events=[event])
    summary = Summary((
        SummaryDate(MARCH[3], (_chosen(n1, 0, 0.9),), 6.0),
        SummaryDate(MARCH[10], (_chosen(n1, 1, 0.7), _chosen(n2, 0, 0.4)), 1.5),
    ))
    return tl, summary


def test_to_timeline_gives_one_event_per_date_in_calendar_order(dam):
    tl, summary = dam
    key = summary.to_timeline(tl)
    assert [e.time for e in key.events] == [_day_span(MARCH[3]), _day_span(MARCH[10])]
    assert [len(e.mentions) for e in key.events] == [1, 2]
    assert [e.confidence for e in key.events] == [1.0, 0.25]  # date score / best date score
    assert [(r.source, r.target, r.type, r.confidence, r.evidence) for r in key.relations] == [
        (key.events[0].id, key.events[1].id, RelationType.BEFORE, 1.0, "key dates in order")
    ]


def test_to_timeline_ids_are_stable_and_follow_the_chosen_sentences(dam):
    tl, summary = dam
    first, again = summary.to_timeline(tl), summary.to_timeline(tl)
    assert [e.id for e in first.events] == [e.id for e in again.events]
    assert first.events[0].id == stable_id("summary", "2025-03-03", "n1:0")
    assert first.events[1].id == stable_id("summary", "2025-03-10", "n1:1", "n2:0")
    fewer = Summary((replace_sentences(summary.dates[1], summary.dates[1].sentences[:1]),))
    assert fewer.to_timeline(tl).events[0].id != first.events[1].id


def replace_sentences(entry: SummaryDate, sentences) -> SummaryDate:
    return SummaryDate(entry.date, tuple(sentences), entry.score)


def test_to_timeline_mentions_point_at_their_sentences(dam):
    tl, summary = dam
    texts = {d.id: d.text for d in tl.documents}
    key = summary.to_timeline(tl)
    chosen = [s for d in summary.dates for s in d.sentences]
    mentions = key.mentions
    assert [(m.document, m.sentence, m.start_char, m.end_char) for m in mentions] == [
        (s.document, s.sentence_index, s.start_char, s.end_char) for s in chosen
    ]
    for m in mentions:
        assert texts[m.document][m.start_char:m.end_char] == m.text
        assert texts[m.document][m.trigger_start:m.trigger_end] == m.trigger
        assert m.start_char <= m.trigger_start < m.trigger_end <= m.end_char
        assert m.title and m.time == key.event(
            next(e.id for e in key.events if m in e.mentions)).time


@pytest.mark.parametrize(
    ("position", "trigger", "time_source", "has_timex", "actors"),
    [
        (0, "March 3", "text", True, ()),
        (1, "reached", "reported", False, ("rescue crews",)),
        (2, "Volunteers", "reported", False, ()),
    ],
    ids=["date-words", "source-event-trigger", "first-word"],
)
def test_to_timeline_trigger_is_the_date_words_else_an_event_trigger_else_the_first_word(
    dam, position, trigger, time_source, has_timex, actors
):
    tl, summary = dam
    mention = summary.to_timeline(tl).mentions[position]
    assert (mention.trigger, mention.time_source, mention.actors) == (trigger, time_source, actors)
    assert (mention.timex is not None) == has_timex
    if has_timex:
        assert (mention.trigger_start, mention.trigger_end) == (
            mention.timex.start_char, mention.timex.end_char)


def test_to_timeline_keeps_cited_and_failed_documents_and_the_cited_timexes(dam):
    tl, summary = dam
    key = summary.to_timeline(tl)
    assert [d.id for d in key.documents] == ["n1", "n2", "bad"]
    assert [t.text for t in key.timexes] == ["March 3"]
    assert key.events[1].actors == ("rescue crews",)


def test_to_timeline_round_trips_through_json(dam, tmp_path):
    tl, summary = dam
    key = summary.to_timeline(tl)
    assert from_dict(json.loads(json.dumps(to_dict(key)))) == key
    key.to_json(tmp_path / "key.json")
    assert load(tmp_path / "key.json") == key


def test_to_timeline_of_an_empty_summary_still_lists_failed_inputs(dam):
    tl, _ = dam
    key = Summary().to_timeline(tl)
    assert (key.events, key.relations, [d.id for d in key.documents]) == ([], [], ["bad"])


def test_to_timeline_rejects_a_summary_of_another_timeline(dam):
    _, summary = dam
    with pytest.raises(ValueError, match="'n1'.*source timeline"):
        summary.to_timeline(Timeline())


def test_to_timeline_title_falls_back_to_the_date_when_the_sentence_has_no_words():
    doc = Document(id="p", path="p.txt", text="...\n", published=MARCH[2])
    key = Summary((SummaryDate(MARCH[2], (_chosen(doc, 0),), 1.0),)).to_timeline(
        Timeline(documents=[doc]))
    assert key.events[0].title == "2025-03-02"
    assert key.events[0].mentions[0].trigger == "..."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dam near Tulln failed on March 3.", "The dam near Tulln failed on March 3"),
        ("the dam near Tulln failed on March 3 after days of heavy rain and a storm surge.",
         "The dam near Tulln failed on March 3"),
        ("Officials evacuated four villages on the eastern bank; the army sent boats, trucks and "
         "two helicopters to help.", "Officials evacuated four villages on the eastern bank"),
        ("Ana Lee, the city's mayor, visited the flooded villages by boat on Tuesday morning "
         "with rescuers.", "Ana Lee, the city's mayor, visited the flooded villages by boat\u2026"),
        ("The ferry strike that began on March 3 left islanders without fresh supplies.",
         "The ferry strike that began on March 3 left islanders without fresh supplies"),
        ("Rain  fell\n for   days.", "Rain fell for days"),
        ("In a statement on Friday, the water authority said the dam had failed.",
         "The water authority said the dam had failed"),
        ("After three days of heavy rain over the valley, the old dam near Tulln failed and "
         "flooded villages along the river bank.",
         "The old dam near Tulln failed and flooded villages along the river bank"),
        ("In short, the dam failed.", "The dam failed"),
        ("On March 3, 2025, the dam failed.", "The dam failed"),
        ("In March, it failed.", "In March, it failed"),
        ("", ""),
    ],
    ids=["short-kept-whole", "cut-before-clause", "cut-at-semicolon", "aside-not-cut",
         "one-word-over-kept-whole", "whitespace-collapsed", "opening-phrase-left-out",
         "long-opening-phrase-left-out", "opening-aside-left-out", "opening-date-left-out",
         "too-little-left-kept",
         "empty"],
)
def test_headline_trims_at_a_clause_boundary(sentence, expected):
    assert headline(sentence) == expected


_WORDS = st.lists(
    st.sampled_from(["In", "on", "March", "3,", "2025,", "the", "dam", "failed", "after", "rain;",
                     "crews,", "\u2014", "said", "of", ".", "which", "Ana", "Lee,", "a"]),
    max_size=30,
)


@given(_WORDS)
def test_headline_keeps_the_sentence_words_in_order_and_is_short(words):
    title = headline(" ".join(words))
    kept = title.rstrip("\u2026").split()
    assert len(kept) <= 14
    assert " ".join(kept).lower() in " ".join(words).lower()


def test_headline_is_never_longer_than_twelve_words_and_never_empty_for_words():
    long = " ".join(f"word{i}" for i in range(40)) + "."
    title = headline(long)
    assert title.endswith("\u2026") and len(title.split()) == 12


def test_summarize_timeline_is_the_summary_as_a_timeline(flood):
    key = summarize_timeline(flood, max_dates=3, sentences_per_date=2, since=MARCH[1])
    summary = summarize(flood, 3, 2, since=MARCH[1])
    assert key == summary.to_timeline(flood)
    assert [e.time.start for e in key.events] == [d.date for d in summary.dates]


def test_summary_timeline_renders_a_report(dam, tmp_path):
    tl, summary = dam
    path = tmp_path / "key.html"
    summary.to_timeline(tl).to_html(path, plotlyjs="cdn")
    page = path.read_text(encoding="utf-8")
    assert "The river dam near Tulln failed on March 3" in page


# --- the command line ----------------------------------------------------------------------------


FERRY = {
    "early1": ("2025-03-03", "Ferry workers walked out on Monday, March 3, stranding commuters."),
    "early2": ("2025-03-05", "The ferry strike that began on March 3 left islanders without "
                             "fresh supplies."),
    "early3": ("2025-03-06", "Union leaders said the March 3 walkout by ferry crews would go on."),
    # Published early, about a late date: left out by --since however well it fits.
    "early4": ("2025-03-07", "The city council announced that the bridge should open again on "
                             "March 24."),
    "late1": ("2025-03-24", "The old harbour bridge reopened to traffic on March 24 after "
                            "repairs."),
    "late2": ("2025-03-26", "Drivers crowded the harbour bridge after it reopened on March 24 "
                            "this week."),
    # Published late, about an early date: left out by --until.
    "late3": ("2025-03-25", "At a meeting on Tuesday, sailors looked back on the March 3 "
                            "strike."),
}


@pytest.fixture
def ferry_corpus(tmp_path):
    """Early March articles about a ferry strike; late March ones about a bridge reopening."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (published, body) in FERRY.items():
        (folder / f"{name}.md").write_text(f"---\npublished: {published}\n---\n{body}\n",
                                           encoding="utf-8")
    return folder


def test_cli_summarize_without_a_window_picks_the_early_date(ferry_corpus, tmp_path):
    out = tmp_path / "all.json"
    assert main(["summarize", str(ferry_corpus), "--max-dates", "1", "--json", str(out)]) == 0
    assert [d["date"] for d in json.loads(out.read_text(encoding="utf-8"))["dates"]] == [
        "2025-03-03"]


@pytest.mark.parametrize(
    ("window", "since", "until"),
    [
        (["--since", "2025-03-20"], MARCH[20], date.max),
        (["--until", "2025-03-10"], date.min, MARCH[10]),
        (["--since", "2025-03-20", "--until", "2025-03-25", "--query", "bridge"], MARCH[20],
         MARCH[25]),
    ],
    ids=["since", "until", "since-until-query"],
)
def test_cli_summarize_since_until_limit_articles_and_dates(
    ferry_corpus, tmp_path, capsys, window, since, until
):
    out = tmp_path / "summary.json"
    status = main(["summarize", str(ferry_corpus), "--max-dates", "3",
                   "--sentences-per-date", "4", *window, "--json", str(out)])
    assert status == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA and data["dates"]
    published = {body: date.fromisoformat(day) for day, body in FERRY.values()}
    shown = [sentence for entry in data["dates"] for sentence in entry["summary"]]
    assert all(since <= date.fromisoformat(entry["date"]) <= until for entry in data["dates"])
    assert all(since <= published[sentence] <= until for sentence in shown)
    printed = capsys.readouterr().out
    assert all(entry["date"] in printed for entry in data["dates"])


def test_cli_summarize_report_is_of_the_key_dates(ferry_corpus, tmp_path):
    report = tmp_path / "report.html"
    assert main(["summarize", str(ferry_corpus), "--max-dates", "2", "-o", str(report)]) == 0
    tl, summary = summarize_inputs([ferry_corpus], 2, events=True)
    expected = tmp_path / "expected.html"
    summary.to_timeline(tl).to_html(expected)
    assert report.read_text(encoding="utf-8") == expected.read_text(encoding="utf-8")
