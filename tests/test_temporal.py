"""The English temporal tagger: recognition, TimeML values, spans, anchoring, precision, speed."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Anchor, Block, Document, Granularity, Timex, TimexType
from timeline.temporal import tag, tag_document
from timeline.temporal.normalize import span_of
from timeline.timeml import VALUE_PATTERN

PUB = date(2025, 3, 5)  # a Wednesday


def only(text: str, published: date | None = PUB) -> Timex:
    found = tag(text, published)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# (sentence, expected text, value, mod, granularity or None)
CASES = [
    ("The deal closed on March 3, 2025.", "March 3, 2025", "2025-03-03", None, "day"),
    ("The deal closed on 3 March 2025.", "3 March 2025", "2025-03-03", None, "day"),
    ("The deal closed on 3 March.", "3 March", "2025-03-03", None, "day"),
    ("Markets rallied on March 3 after the vote.", "March 3", "2025-03-03", None, "day"),
    ("It was signed Mar. 3 in Geneva.", "Mar. 3", "2025-03-03", None, "day"),
    ("The file is dated 2025-03-03.", "2025-03-03", "2025-03-03", None, "day"),
    ("The form was dated 03/04/2025.", "03/04/2025", "2025-03-04", None, "day"),
    ("Output rose in March 2025.", "March 2025", "2025-03", None, "month"),
    ("Output rose in 2024.", "2024", "2024", None, "year"),
    ("Prices soared in the 1990s.", "the 1990s", "199", None, "decade"),
    ("It was popular in the '90s.", "the '90s", "199", None, "decade"),
    ("Steam power changed the 19th century.", "the 19th century", "18", None, "century"),
    ("Sales in fiscal 1998 rose.", "fiscal 1998", "1998", None, "year"),
    ("The Persians invaded in 480 BC.", "480 BC", "BC0480", None, None),
    ("The meeting starts at 3 p.m.", "3 p.m.", "2025-03-05T15:00", None, "time"),
    ("The post went up at 00:10 am.", "00:10 am", "2025-03-05T00:10", None, "time"),
    ("Mixing took place around mid-March.", "mid-March", "2025-03", "MID", "month"),
    ("No decision until mid-May.", "mid-May", "2025-05", "MID", "month"),
    ("The meeting started at 15:00 GMT.", "15:00 GMT", "2025-03-05T15:00", None, "time"),
    ("They met at noon.", "noon", "2025-03-05T12:00", None, "time"),
    ("She called this morning.", "this morning", "2025-03-05TMO", None, "time"),
    ("Shots were heard Tuesday night.", "Tuesday night", "2025-03-04TNI", None, "time"),
    ("The offer expires at 5 p.m. EST March 9.", "5 p.m. EST March 9", "2025-03-09T17:00", None,
     "time"),
    ("The minister said on Friday that talks failed.", "Friday", "2025-02-28", None, "day"),
    ("The minister will visit on Friday.", "Friday", "2025-03-07", None, "day"),
    ("The firm said it will redeem preferred shares Friday.", "Friday", "2025-03-07", None, "day"),
    ("Spending rose 2% in February.", "February", "2025-02", None, "month"),
    ("The minister spoke Wednesday.", "Wednesday", "2025-03-05", None, "day"),
    ("The minister spoke today.", "today", "2025-03-05", None, "day"),
    ("He arrived yesterday.", "yesterday", "2025-03-04", None, "day"),
    ("He leaves tomorrow.", "tomorrow", "2025-03-06", None, "day"),
    ("The vote is tonight.", "tonight", "2025-03-05TNI", None, "time"),
    ("Sales fell last week.", "last week", "2025-W09", None, "week"),
    ("Sales will rise next month.", "next month", "2025-04", None, "month"),
    ("Profits rose this year.", "this year", "2025", None, "year"),
    ("Profits fell last year.", "last year", "2024", None, "year"),
    ("The company was founded three years ago.", "three years ago", "2022", None, "year"),
    ("It happened nearly four years ago.", "nearly four years ago", "2021", "APPROX", "year"),
    ("It began two days ago.", "two days ago", "2025-03-03", None, "day"),
    ("The deal will close a week from now.", "a week from now", "2025-W11", None, "week"),
    ("The talks ended two weeks ago.", "two weeks ago", "2025-W08", None, "week"),
    ("Growth will pick up in early 2026.", "early 2026", "2026", "START", "year"),
    ("Snow fell in late March.", "late March", "2025-03", "END", "month"),
    ("Elections are due in mid-2024.", "mid-2024", "2024", "MID", "year"),
    ("Output rose in the last quarter of 2025.", "the last quarter of 2025", "2025-Q4", None,
     "quarter"),
    ("Output rose in the fourth quarter.", "the fourth quarter", "2024-Q4", None, "quarter"),
    ("Output will rise in the fourth quarter.", "the fourth quarter", "2025-Q4", None, "quarter"),
    ("Output rose in the second half of 2025.", "the second half of 2025", "2025-H2", None, "half"),
    ("Rain is expected this spring.", "this spring", "2025-SP", None, "season"),
    ("Crops failed last summer.", "last summer", "2024-SU", None, "season"),
    ("They meet in the first week of May.", "the first week of May", "2025-W18", None, "week"),
    ("It closes at the end of the year.", "the end of the year", "2025", "END", "year"),
    ("Troops landed at 0600 hours.", "0600 hours", "2025-03-05T06:00", None, "time"),
    ("It began on the night of 9 November 1938.", "the night of 9 November 1938",
     "1938-11-09TNI", None, "time"),
    ("Shops close on Christmas Eve.", "Christmas Eve", "2025-12-24", None, "day"),
    ("They met on Easter Sunday 2024.", "Easter Sunday 2024", "2024-03-31", None, "day"),
    ("Traders sold ahead of the weekend.", "the weekend", "2025-W10-WE", None, "week"),
    ("The deal should close by year-end.", "year-end", "2025", None, "year"),
    ("The stock fell in the 1988 period.", "the 1988 period", "1988-Q4", None, "quarter"),
    ("Prices rose in Q3 2024.", "Q3 2024", "2024-Q3", None, "quarter"),
    ("Results beat forecasts in Q4.", "Q4", "2024-Q4", None, "quarter"),
    ("The probe ends by the end of Q1 next year.", "the end of Q1 next year", "2026-Q1", "END",
     "quarter"),
    ("Margins held in H2 of 2024.", "H2 of 2024", "2024-H2", None, "half"),
    ("He was sent off once in 12 seasons of rugby.", "12 seasons", "P12Y", None, None),
    ("Two helicopters crashed last February.", "last February", "2024-02", None, "month"),
    ("Sales stayed high up to last February.", "last February", "2025-02", None, "month"),
    ("Prices fell last December.", "last December", "2024-12", None, "month"),
    ("The ice formed 10 to 15 years ago.", "10 to 15 years ago", "2010", None, "year"),
    ("The lake dried up 20-40 years ago.", "20-40 years ago", "1985", None, "year"),
    ("Prices doubled over the past two or so years.", "the past two or so years", "P2Y", "APPROX",
     None),
    ("The plant opened six months earlier than planned.", "six months earlier", "P6M", None, None),
    ("From March the rain fell.", "March", "2025-03", None, "month"),
    ("Talks end next month.", "next month", "2025-04", None, "month"),
    ("Revenue in FY2024 rose.", "FY2024", "2024", None, "year"),
    ("Output falls in early-2025.", "early-2025", "2025", "START", "year"),
    ("Rates rise by end-2024.", "end-2024", "2024", "END", "year"),
    ("It opens the week of March 10.", "the week of March 10", "2025-W11", None, "week"),
    ("He left the day before yesterday.", "the day before yesterday", "2025-03-03", None, "day"),
    ("They march each July.", "each July", "XXXX-07", None, None),
    ("The vote is on the 15th.", "the 15th", "2025-03-15", None, "day"),
    ("He arrived later in the day.", "the day", "2025-03-05", None, "day"),
    ("He left some time ago.", "some time ago", "PAST_REF", None, None),
    ("It will pay off in the long term.", "the long term", "FUTURE_REF", None, None),
    ("Now the work begins.", "Now", "PRESENT_REF", None, "day"),
    ("In the past, trade was slow.", "the past", "PAST_REF", None, None),
    ("He recently resigned.", "recently", "PAST_REF", None, None),
    ("He was recently a judge.", "recently", "PAST_REF", None, None),
    ("In the future, trade will grow.", "the future", "FUTURE_REF", None, None),
    ("Officials are currently reviewing it.", "currently", "PRESENT_REF", None, "day"),
]


@pytest.mark.parametrize(
    "sentence, text, value, mod, granularity", CASES, ids=[c[1] + "|" + c[0][:20] for c in CASES]
)
def test_tag_normalises_against_the_publication_date(sentence, text, value, mod, granularity):
    timex = only(sentence)
    assert (timex.text, timex.value, timex.mod) == (text, value, mod)
    assert sentence[timex.start_char:timex.end_char] == text
    if granularity is None:
        assert timex.span is None
    else:
        assert timex.span is not None and timex.span.granularity is Granularity(granularity)
        assert timex.span.value == value


DURATIONS = [
    ("The war lasted three years.", "three years", "P3Y", None),
    ("Talks took two weeks.", "two weeks", "P2W", None),
    ("The flight takes five hours.", "five hours", "PT5H", None),
    ("Within half an hour the water rose.", "half an hour", "PT30M", None),
    ("For much of the past half-century it was forgotten.", "the past half-century", "P50Y",
     None),
    ("They slept seven hours and 10 minutes a night.", "seven hours and 10 minutes", "PT7H10M",
     None),
    ("She won in 2 hours, 9 minutes, 48 seconds.", "2 hours, 9 minutes, 48 seconds",
     "PT2H9M48S", None),
    ("He served three years and six months.", "three years and six months", "P3Y6M", None),
    ("It took a decade.", "a decade", "P10Y", None),
    ("Rescuers have 48 hours.", "48 hours", "PT48H", None),
    ("Prices rose over the past three months.", "the past three months", "P3M", None),
    ("She waited for more than four hours.", "more than four hours", "PT4H", "MORE_THAN"),
    ("Growth slowed in recent months.", "recent months", "PXM", None),
    ("It lasted several years.", "several years", "PXY", None),
    ("It takes 3-4 days.", "3-4 days", "P4D", None),
    ("He was killed within a week of his capture.", "a week", "P1W", None),
    ("He waited two and a half years.", "two and a half years", "P2Y6M", None),
]


@pytest.mark.parametrize("sentence, text, value, mod", DURATIONS, ids=[d[1] for d in DURATIONS])
def test_durations_have_no_span_and_no_anchor(sentence, text, value, mod):
    timex = only(sentence)
    assert (timex.text, timex.value, timex.mod, timex.type) == (text, value, mod,
                                                                TimexType.DURATION)
    assert timex.span is None and timex.anchor is Anchor.NONE


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It lasted two weeks and three days.", [("two weeks", "P2W"), ("three days", "P3D")]),
    ("Governments lasted one year, 68 days or two months.",
     [("one year", "P1Y"), ("68 days", "P68D"), ("two months", "P2M")]),
    ("He watched football for 20 years, five days a week.",
     [("20 years", "P20Y"), ("five days", "P5D")]),
    ("Ponting hit a half-century before lunch.", []),
    ("The peso hit two-and-a-half-year highs.", []),
])
def test_amounts_side_by_side_that_are_not_one_duration_stay_apart(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == expected


SETS = [
    ("The committee meets every week.", "every week", "P1W"),
    ("The paper appears weekly.", "weekly", "P1W"),
    ("Storms hit every winter.", "every winter", "XXXX-WI"),
    ("The club meets each Monday.", "each Monday", "XXXX-WXX-1"),
    ("Monitors report every 72 hours.", "every 72 hours", "PT72H"),
    ("Every six months there is a new deadline.", "Every six months", "P6M"),
    ("The comet returns every few decades.", "every few decades", "PXDE"),
]


@pytest.mark.parametrize("sentence, text, value", SETS, ids=[s[1] for s in SETS])
def test_sets_are_recognised(sentence, text, value):
    timex = only(sentence)
    assert (timex.text, timex.value, timex.type) == (text, value, TimexType.SET)


ANAPHORA = [
    ("On May 2, 2024 the ship sank. The same day, rescuers arrived.", "The same day",
     "2024-05-02"),
    ("On May 2, 2024 the ship sank. The next day, rescuers arrived.", "The next day",
     "2024-05-03"),
    ("In 1939 the war began. That year, Poland fell.", "That year", "1939"),
    ("The siege began on September 17, 1939. Two days later the city fell.", "Two days later",
     "1939-09-19"),
    ("The plant closed on Friday. A day later it reopened.", "A day later", "2025-03-01"),
    ("In June 2024 the plan began. That month, it stalled.", "That month", "2024-06"),
    ("Output rose in the fourth quarter of 2024. The same day, prices fell.", "The same day",
     "2024-Q4"),
]


@pytest.mark.parametrize("sentence, text, value", ANAPHORA, ids=[a[1] for a in ANAPHORA])
def test_anaphoric_expressions_take_the_last_date_mentioned(sentence, text, value):
    timex = [t for t in tag(sentence, PUB) if t.text == text][0]
    assert timex.value == value
    assert timex.anchor is Anchor.PREVIOUS


def test_history_reads_month_days_in_the_year_of_the_story():
    text = ("The war lasted from 1939 to 1945; its roots lay in 1919 and 1933. Germany attacked "
            "in 1939. On September 17, the Soviets invaded. By early October it fell.")
    values = [(t.text, t.value, t.mod) for t in tag(text, date(2009, 12, 19))][5:]
    assert values == [("September 17", "1939-09-17", None), ("early October", "1939-10", "START")]


def test_news_reads_month_days_in_the_publication_year_despite_other_years():
    text = "Sales have doubled since 1980. In September, the firm announced a plan."
    assert [t.value for t in tag(text, date(1989, 10, 30))] == ["1980", "1989-09"]


NOT_DATES = [
    "Officials may visit the site.",
    "Protesters march through the city.",
    "They planned the march on the capital.",
    "It was the second time he lost.",
    "They bathed in a hot spring.",
    "The team springs into action.",
    "The army has 2026 missiles.",
    "About 1500 troops were sent.",
    "She paid $2025 for it.",
    "Flight 1990 landed safely.",
    "He stayed in Room 2010.",
    "The plant is ISO 9001 certified.",
    "It still runs Windows 2000.",
    "Jan Smith chaired the panel.",
    "He is 52 years old.",
    "Sales rose 12% to 2.46 billion guilders.",
    "The stock pays $1.76 a year.",
    "The prices fall when supply rises.",
    "The Winter Olympics opened.",
    "The Sun reported the story.",
    "The Seven Years' War ended.",
    "She stayed at the Four Seasons.",
    "The bus runs 12 trips per day.",
    "They met on the 3rd floor.",
    "Overnight rates rose; overnight trading was thin.",
    "It was the day of the vote.",
    "They scored twice in the second half.",
    "The House passed the bill 2013 to 1998.",
    "Now, he says, the plan has failed.",
    "For now, the border stays shut.",
    "Previously, imports were taxed.",
    "It is a tragedy in today's world.",
    "All are children aged three to 11 years old.",
    "The list included former Midnight Oil star Peter Garrett.",
    "The minister told the financial daily.",
    "The article ran in People's Daily.",
    "It appeared in the Communist Party daily Granma.",
    "Crowds gathered for the new year festival.",
    "It has become a 'Christmas tree' bill.",
    "The children hunted Easter eggs.",
    "He was voted European Player of the Year.",
    "She married the future Prime Minister.",
    "Output must follow the future needs of the army.",
    "Deaths from H1 N1 are rarer than feared.",
    "He told the Sunday Times the deal was off.",
    "The station's Sunday Worship comes from Birmingham.",
    "The key lies in the H1 protein.",
    "Pick the day of the week.",
    "Censors watch the quarter of a billion users.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_false_positives_are_rejected(sentence):
    assert tag(sentence, PUB) == []


def test_a_year_before_season_is_the_year_not_a_count_of_seasons():
    assert [(t.text, t.value) for t in tag("They quit after the 2006 season.", PUB)] == [
        ("2006", "2006")]


def test_a_century_before_christ_may_drop_the_last_full_stop():
    found = [(t.text, t.value) for t in tag("born in the 11th Century B.C -- 221 B.C.", PUB)]
    assert found[0] == ("the 11th Century B.C", "BC10")


def test_any_number_of_seconds_is_a_duration():
    assert [(t.text, t.value) for t in tag("Eight seconds pass; nine seconds from death.", PUB)] \
        == [("Eight seconds", "PT8S"), ("nine seconds", "PT9S")]


def test_a_week_back_home_is_a_stay_not_a_week_ago():
    assert [(t.text, t.value) for t in tag("She packed after a week back home.", PUB)] == [
        ("a week", "P1W")]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("TALKS RESUME NEXT WEEK", [("NEXT WEEK", "2025-W11")]),
        ("ATTACK ON FRIDAY, FEBRUARY 28, 2025", [("FRIDAY, FEBRUARY 28, 2025", "2025-02-28")]),
        ("OFFICIALS MAY VISIT THE NASA SITE", []),
    ],
    ids=["relative", "date", "modal"],
)
def test_headlines_in_capitals_are_read(headline, expected):
    assert [(t.text, t.value) for t in tag(headline, PUB)] == expected


def test_confidence_is_lower_for_a_bare_year_than_a_full_date():
    year, full = tag("In 2024, and on March 3, 2024.", PUB)
    assert 0 <= year.confidence < full.confidence <= 1


def test_relative_expressions_without_publication_date_stay_unanchored():
    found = tag("He left yesterday and returns next month, on March 3.", None)
    assert [(t.text, t.value, t.anchor, t.span) for t in found] == [
        ("yesterday", "XXXX-XX-XX", Anchor.UNANCHORED, None),
        ("next month", "XXXX-XX", Anchor.UNANCHORED, None),
        ("March 3", "XXXX-03-03", Anchor.UNANCHORED, None),
    ]


def test_without_publication_date_a_story_keeps_its_own_year_and_days():
    text = "The invasion began on 22 June 1941. On Monday, Minsk was bombed; on 28 June it fell."
    assert [(t.value, t.anchor) for t in tag(text, None)] == [
        ("1941-06-22", Anchor.ABSOLUTE), ("1941-06-23", Anchor.PREVIOUS),
        ("1941-06-28", Anchor.PREVIOUS)]


def test_texts_counting_years_before_christ_read_bare_years_as_bc():
    text = "The Persians came in 490 BC. In 480, Xerxes invaded. The 5th century BC saw it."
    assert [t.value for t in tag(text, None)] == ["BC0490", "BC0480", "BC04"]
    assert [t.value for t in tag("Profits rose by 300, to 500. In 480, one was left.", PUB)] == []


def test_absolute_dates_need_no_publication_date():
    timex = only("It ended on 8 May 1945.", None)
    assert timex.value == "1945-05-08" and timex.anchor is Anchor.ABSOLUTE


@pytest.mark.parametrize(
    "value, mod, start, end",
    [
        ("2026", "START", date(2026, 1, 1), date(2026, 4, 30)),
        ("2026", "END", date(2026, 9, 1), date(2026, 12, 31)),
        ("2025-W11", None, date(2025, 3, 10), date(2025, 3, 16)),
        ("2025-WI", None, date(2025, 12, 1), date(2026, 2, 28)),
        ("2025-H1", None, date(2025, 1, 1), date(2025, 6, 30)),
        ("2025-03-03T15:00", None, date(2025, 3, 3), date(2025, 3, 3)),
        ("199", None, date(1990, 1, 1), date(1999, 12, 31)),
    ],
)
def test_span_of_values(value, mod, start, end):
    span = span_of(value, mod)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("value", ["P3Y", "PRESENT_REF", "XXXX-XX-XX", "BC0480", "2025-02-30"])
def test_span_of_non_dates_is_none(value):
    assert span_of(value) is None


def test_tag_document_skips_boilerplate_and_routes_other_languages(monkeypatch):
    calls = []

    def fake(text, language, published, document="", start=0, end=None):
        calls.append((language, start, end))
        return []

    module = types.ModuleType("timeline.temporal.multilingual")
    module.tag_multilingual = fake
    monkeypatch.setitem(sys.modules, "timeline.temporal.multilingual", module)
    text = "Talks began on Friday. 関連記事 2024年3月1日. Related: March 3, 2024."
    doc = Document(id="d", path="p", text=text, published=PUB, blocks=(
        Block(0, 22, "en"), Block(23, 41, "ja"), Block(42, len(text), None, boilerplate=True)))
    found = tag_document(doc)
    assert [(t.text, t.document) for t in found] == [("Friday", "d")]
    assert calls == [("ja", 23, 41)]


def test_tag_routes_a_non_english_language(monkeypatch):
    module = types.ModuleType("timeline.temporal.multilingual")
    module.tag_multilingual = lambda text, language, published, document="", start=0, end=None: [
        language]
    monkeypatch.setitem(sys.modules, "timeline.temporal.multilingual", module)
    assert tag("hier", PUB, language="fr") == ["fr"]
    assert tag("yesterday", PUB, language="en")[0].value == "2025-03-04"


def test_tag_document_without_blocks_uses_the_whole_text():
    doc = Document(id="d", path="p", text="It rained yesterday.", published=PUB, language="en")
    assert [t.value for t in tag_document(doc)] == ["2025-03-04"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["May", "3", "2024", "the", "1990s", "p.m.", "last", "week", "ago",
                                 "two", "years", "Friday", "night", "early", "of", "Q3", "-", "/",
                                 ",", ".", ":", "'", "12", "BC", "that", "day", "quarter", "fourth",
                                 "every", "mid-", "spring", "next", "later", "in", " ", "\n",
                                 "autumn", "1999-2001", "480", "earlier", "half"]),
                max_size=25).map(" ".join),
       st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
def test_offsets_slice_the_text_and_spans_are_ordered(text, published):
    for timex in tag(text, published):
        assert VALUE_PATTERN.fullmatch(timex.value), timex
        assert text[timex.start_char:timex.end_char] == timex.text
        assert timex.text.strip() == timex.text and timex.text
        assert 0 <= timex.confidence <= 1
        if timex.span is not None:
            assert timex.span.start <= timex.span.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_tag_never_raises_on_arbitrary_text(text):
    tag(text, PUB)
    tag(text, None)


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        ("It began nearly four years ago.", date(2021, 12, 27), date(2022, 12, 27)),
        ("It began about four years ago.", date(2020, 12, 27), date(2022, 12, 27)),
        ("It began more than two years ago.", date(2022, 12, 27), date(2023, 12, 27)),
    ],
    ids=["nearly", "about", "more-than"],
)
def test_approximate_ago_spans_cover_what_the_words_allow(sentence, start, end):
    timex = only(sentence, date(2025, 12, 27))
    assert (timex.span.start, timex.span.end) == (start, end)


def test_tag_reads_long_dense_text_in_order_without_overlaps():
    # every token starts a candidate; speed and linearity are measured by
    # benchmarks/temporal_speed.py (no timing is asserted in tests)
    words = "the 1 12 1998 March Friday last next year years ago - / : , 3 p.m. of in early weeks"
    text = " ".join(words.split() * 500)
    found = tag(text, PUB)
    assert len(found) > 1000
    assert all(a.end_char <= b.start_char for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(
    "words, published, value",
    [
        ("this winter", date(2025, 1, 15), "2024-WI"),
        ("last winter", date(2025, 1, 15), "2023-WI"),
        ("next winter", date(2025, 1, 15), "2025-WI"),
        ("last summer", date(2025, 12, 20), "2025-SU"),
        ("next summer", date(2025, 7, 15), "2026-SU"),
    ],
)
def test_seasons_count_winter_from_december(words, published, value):
    assert only(f"It happened {words}.", published).value == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Sales rose in 1998-99.", [("1998", "1998"), ("99", "1999")]),
     ("The Eastern Theater, 1861-1863, saw", [("1861", "1861"), ("1863", "1863")]),
     ("the war of 1939-45 ended", [("1939", "1939"), ("45", "1945")]),
     ("the Ionian Revolt (499-493 BC) began", [("499", "BC0499"), ("493 BC", "BC0493")]),
     ("figures for 2001-09 show", [("2001-09", "2001-09")]),
     ("the 2024-25 season opens", [("the 2024-25 season", "2024")]),  # one season
     ("the House voted 2013-1998 on it", [])],
    ids=["season", "four-digits", "two-digits", "bc", "iso-month", "sports-season", "not-a-range"],
)
def test_a_range_of_years_is_two_expressions_as_timeml_marks_it(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("They crossed into Europe in April 480 BC.", [("April 480 BC", "BC0480-04", None)]),
     ("A congress met in late autumn of 481 BC.", [("late autumn of 481 BC", "BC0481-FA", "END")]),
     ("In April 1945 the war ended.", [("April 1945", "1945-04", None)])],
    ids=["month-bc", "season-bc", "month-year"],
)
def test_months_and_seasons_of_years_before_christ_keep_their_era(sentence, expected):
    assert [(t.text, t.value, t.mod) for t in tag(sentence, PUB)] == expected


def test_years_later_after_a_season_is_a_year_not_a_broken_season():
    found = tag("In the spring of 2001 the war began. Two years later it ended.", PUB)
    assert [(t.text, t.value) for t in found] == [("the spring of 2001", "2001-SP"),
                                                  ("Two years later", "2003")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("In 2003, the army crossed the border. On April 9 the capital fell.", "2003-04-09"),
     ("Profits have doubled since 1980. On April 9 the firm will open a plant.", "2025-04-09"),
     ("His 1987 car was found at the airport in December.", "2024-12"),
     ("In 2003, troops crossed the border. On April 9 the capital fell.", "2003-04-09"),
     ("She went missing in 1977. The donors in February pledged aid.", "2025-02"),
     ("Prices showed their sharpest fall since September 1986 in March.", "2025-03"),
     ("Iraq invaded Kuwait in August 1990, and sanctions followed. The bomb went off in June.",
      "2024-06")],
    ids=["in-year-sets-the-story", "since-year-in-passing", "modifier-year-in-passing",
         "year-then-comma-then-counted-noun", "year-ending-a-sentence-in-passing",
         "since-month-year-in-passing", "month-year-in-passing"],
)
def test_a_past_year_just_written_dates_the_month_days_that_follow(sentence, value):
    assert tag(sentence, PUB)[-1].value == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("January nineteen ninety-seven. Again.", ("January nineteen ninety-seven", "1997-01")),
     ("the level we saw in the winter of nineteen ninety-four.",
      ("the winter of nineteen ninety-four", "1994-WI"))],
    ids=["month", "season"],
)
def test_a_month_or_season_of_a_year_in_words_keeps_the_month_or_season(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("It raged on April 6-7, 1915.", [("April 6", "1915-04-06"), ("7, 1915", "1915-04-07")]),
     ("On 6-7 February 1920 they fled.", [("6", "1920-02-06"), ("7 February 1920", "1920-02-07")]),
     ("They gave up on May 4 and 5, 1865.", [("May 4", "1865-05-04"), ("5, 1865", "1865-05-05")]),
     ("In 1865, surrendering on May 4 and 5 were the last armies.",
      [("1865", "1865"), ("May 4", "1865-05-04"), ("5", "1865-05-05")]),
     ("Rates rose between May 4 and 5 percent.", [("May 4", "2025-05-04")]),
     ("It met from 11 to 13 December 2024.",
      [("11", "2024-12-11"), ("13 December 2024", "2024-12-13")]),
     ("It meets from Nov. 15 to 16 in Busan.", [("Nov. 15", "2025-11-15"), ("16", "2025-11-16")]),
     ("Rates rose from May 4 to 5 percent.", [("May 4", "2025-05-04")])],
    ids=["mdy-range", "dmy-range", "and-day-with-year", "and-day", "not-a-day", "dmy-from-to",
         "mdy-from-to", "not-a-day-to"],
)
def test_each_day_of_a_range_of_days_is_its_own_expression(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("In 1940 the war stalled. In August of that year, an offensive began.",
      ("August of that year", "1940-08")),
     ("In 1955 it began. On January 24 of the same year, Congress passed it.",
      ("January 24 of the same year", "1955-01-24")),
     ("In 1957 it failed. In May of the following year it passed.",
      ("May of the following year", "1958-05"))],
    ids=["month", "month-day", "following"],
)
def test_of_that_year_takes_the_year_of_the_last_date_named(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)][-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("In 1975 Saigon fell; Laos was overrun that same spring.", ("that same spring", "1975-SP")),
     ("He stepped down (1880) after his first term.", ("1880", "1880"))],
    ids=["that-same-season", "parenthesised-year"],
)
def test_stories_name_seasons_and_years_in_passing(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)][-1] == expected


@pytest.mark.parametrize("sentence", ["They sent 1200-1500 troops.", "after the fall of Saigon",
                                      "the fall in prices"])
def test_counts_and_the_fall_of_a_city_are_not_dates(sentence):
    assert tag(sentence, PUB) == []


def test_a_story_before_christ_reads_its_months_seasons_and_years_in_its_own_era():
    story = ("The treaty was signed in 445 BC. Just 14 years later war came. In June 479 BC the "
             "battle came. Over the winter there was tension. In mid-August they arrived. "
             "The following year the league formed. In 1066 the Normans came. In May the king "
             "died.")
    found = [(t.text, t.value, t.mod) for t in tag(story, PUB)]
    assert found == [("445 BC", "BC0445", None), ("14 years later", "BC0431", None),
                     ("June 479 BC", "BC0479-06", None), ("the winter", "BC0479-WI", None),
                     ("mid-August", "BC0479-08", "MID"), ("The following year", "BC0478", None),
                     ("1066", "1066", None), ("May", "1066-05", None)]
    assert all(t.span is None for t in tag(story, PUB) if t.value.startswith("BC"))


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("The campaign runs from now to Election Day.", date(1998, 10, 26), "1998-11-03"),
     ("Stores close on Labor Day.", date(2025, 8, 20), "2025-09-01"),
     ("Traffic peaked before Memorial Day.", date(2024, 6, 3), "2024-05-27"),
     ("Markets were shut on Good Friday.", date(2025, 4, 25), "2025-04-18"),
     ("Offices close for Martin Luther King Jr. Day.", date(1998, 1, 10), "1998-01-19")],
    ids=["election-day", "labor-day", "memorial-day", "good-friday", "mlk-day"],
)
def test_movable_public_holidays_fall_on_their_day(sentence, published, expected):
    assert [t.value for t in tag(sentence, published) if "Day" in t.text or "Friday" in t.text] == [
        expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("In London at mid-afternoon yesterday, shares were up.",
      ("mid-afternoon yesterday", "2025-03-04TAF", "MID")),
     ("By mid afternoon, the operation was over.", ("mid afternoon", "2025-03-05TAF", "MID")),
     ("They met the morning yesterday.", ("the morning yesterday", "2025-03-04TMO", None))],
    ids=["mid-yesterday", "mid", "the-morning-yesterday"],
)
def test_the_middle_of_a_part_of_the_day(sentence, expected):
    assert [(t.text, t.value, t.mod) for t in tag(sentence, PUB)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [("Exports should recover this fall.", date(2025, 3, 5), "2025-FA"),
     ("This summer was the hottest on record.", date(2025, 11, 20), "2025-SU"),
     ("Democrats plan to push the bill this spring.", date(2009, 12, 19), "2010-SP"),
     ("``They are not going to be left alone this summer,'' said Rice.", date(1998, 3, 22),
      "1998-SU")],
    ids=["this-fall-in-march", "this-summer-in-november", "planned-spring", "quote-then-said"],
)
def test_this_season_is_the_one_of_the_publication_year_unless_the_tense_says(sentence,
                                                                              published, value):
    assert [t.value for t in tag(sentence, published)] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("It began a year and a half ago.", ("a year and a half ago", "2023-09")),
     ("It began two and a half years ago.", ("two and a half years ago", "2022-09")),
     ("It began a month and a half ago.", ("a month and a half ago", "2025-W04")),
     ("A minute and a half later, a pilot called.", ("A minute and a half", "PT1M30S"))],
    ids=["year-and-a-half", "two-and-a-half-years", "month-and-a-half", "minutes-stay-duration"],
)
def test_half_units_ago_count_in_the_next_finer_unit(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Selling could grow in the weeks ahead.", [("the weeks ahead", "FUTURE_REF")]),
    ("Police deployed in the days ahead of the vote.", [])])
def test_the_weeks_ahead_is_the_future_but_ahead_of_is_not(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == expected


@pytest.mark.parametrize(
    "sentence",
    ["He spoke on CBS's ''60 Minutes.''", 'She watched "48 Hours" on TV.'],
    ids=["owner", "quoted"],
)
def test_a_programme_named_like_a_duration_is_not_one(sentence):
    assert [t.text for t in tag(sentence, PUB) if t.type is TimexType.DURATION] == []


def test_a_quoted_title_with_an_apostrophe_s_keeps_its_duration():
    assert [t.text for t in tag('the "Ten Year\'s Civil War" began', PUB)] == ["Ten Year"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Talks will resume in the new year.", [("the new year", "2026")]),
     ("Shops close over New Year.", [("New Year", "2026-01-01")]),
     ("He celebrated the New Year in Paris.", [("New Year", "2025-01-01")]),
     ("Fireworks were banned on New Year's Eve.", [("New Year's Eve", "2024-12-31")]),
     ("Crowds gathered for the Lunar New Year.", [])],
    ids=["the-new-year", "nearest-holiday", "past-holiday", "past-eve", "lunar"],
)
def test_the_new_year_and_new_years_day_read_from_late_december(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2025, 12, 27))] == expected


@pytest.mark.parametrize(
    "sentence",
    ["The talks will end soon.", "Return the boy as soon as possible.",
     "Troops stay for the foreseeable future.", "He was formerly a judge.",
     "As previously reported, prices rose.", "Output grows 8% annually."],
    ids=["soon", "asap", "foreseeable", "formerly", "previously", "annually"],
)
def test_words_annotators_rarely_mark_are_left_out(sentence):
    # how rarely each is marked is counted in the comments on the recogniser's "vague" and
    # "setadv" rules
    assert tag(sentence, PUB) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Logged at 2025-03-14T10:00Z by the sensor.", ("2025-03-14T10:00Z", "2025-03-14T10:00")),
     ("Sent 2025-03-14T10:00:00+01:00 from Berlin.",
      ("2025-03-14T10:00:00+01:00", "2025-03-14T10:00:00")),
     ("The decree of 14.03.2025 took effect.", ("14.03.2025", "2025-03-14")),
     ("The decree of 14/03/2025 took effect.", ("14/03/2025", "2025-03-14")),
     ("The decree of 3/14/2025 took effect.", ("3/14/2025", "2025-03-14")),
     ("The decree of 03/04/2025 took effect.", ("03/04/2025", "2025-03-04")),
     ("Coal ends by the end of the decade.", ("the end of the decade", "202")),
     ("In 1944 the war went on. That decade saw much.", ("That decade", "194"))],
    ids=["iso-zulu", "iso-offset", "dotted", "day-first-slash", "month-first-slash",
         "ambiguous-slash-month-first", "the-decade", "that-decade"],
)
def test_numeric_dates_and_decades(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)][-1] == expected


def test_a_dotted_version_number_is_not_a_date():
    assert tag("Version 1.2.2019 fixed the bug.", PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Talks To Resume Next Week\n\nThe union said talks would resume.",
      [("Next Week", "2025-W11")]),
     ("He appeared on ABC's This Week on Sunday.", [("Sunday", "2025-03-02")])],
    ids=["headline", "programme-in-running-text"],
)
def test_capitals_mark_a_name_in_running_text_but_not_in_a_title_case_headline(text, expected):
    assert [(t.text, t.value) for t in tag(text, PUB)] == expected


@pytest.mark.parametrize(
    ("headline", "value"),
    [("Port Reopens On Monday After Strike", "2025-03-03"),
     ("Port To Reopen On Monday", "2025-03-10"),
     ("Union Will Vote On Friday", "2025-03-07")],
    ids=["present-is-past-news", "to-is-ahead", "will-is-ahead"],
)
def test_a_headline_in_the_present_reports_the_past(headline, value):
    (timex,) = tag(headline + "\n\nThe body follows.", PUB)  # published Wednesday 5 March
    assert timex.value == value


def test_only_a_short_line_can_be_a_headline():
    from timeline.temporal.anchor import in_headline

    headline = "Talks To Resume Next Week"
    assert in_headline(headline + "\n\nBody.", 3)
    long_line = " ".join(["Talks To Resume Next Week"] * 20)  # 500 characters, no line break
    assert not in_headline(long_line, 250)


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [("Protesters prayed as Easter week began.", date(2000, 4, 17), "2000-W16"),
     ("Shops close for Holy Week.", date(2025, 3, 5), "2025-W16")],
    ids=["easter-week-begun", "holy-week-ahead"],
)
def test_easter_week_is_the_week_that_ends_on_easter_sunday(sentence, published, value):
    assert [t.value for t in tag(sentence, published)] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The parade is held on the Fourth of July.", "2025-07-04"),
     ("Pubs will be full on St. Patrick's Day.", "2025-03-17"),
     ("Unions will rally on May Day.", "2025-05-01"),
     ("Florists expect a rush before Mother's Day.", "2025-05-11"),
     ("Veterans will parade on Remembrance Day.", "2025-11-11")],
    ids=["fourth-of-july", "st-patricks", "may-day", "mothers-day", "remembrance"],
)
def test_more_fixed_and_movable_holidays(sentence, value):
    assert [t.value for t in tag(sentence, PUB)] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The plan covers the year 2007 and beyond.", [("the year 2007", "2007")]),
     ("He noted the year of 2006 will mark an anniversary.", [("the year of 2006", "2006")]),
     ("It cuts the budget for the 2007-2013 period.", [("2007", "2007"), ("2013", "2013")])],
    ids=["the-year-2007", "the-year-of-2006", "range-then-period"],
)
def test_a_year_named_with_the_year_or_ending_a_range_is_that_year(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("The budget would be re-introduced on April 30.", date(1997, 4, 21), "1997-04-30"),
     ("The streets are virtually deserted, despite the Christmas season.", date(2006, 12, 18),
      "2006-12-25"),
     ("Attacks have surged in the past weeks.", date(2005, 12, 16), "PAST_REF")],
    ids=["hyphenated-participle-after-be", "participle-after-adverb-and-are", "the-past-weeks"],
)
def test_news_phrasings_read_from_other_wires(sentence, published, expected):
    assert [t.value for t in tag(sentence, published)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("The score will be officially presented and played by clavichordist Florian Birsak on "
      "Friday, it said.", date(2006, 12, 27), "2006-12-29"),
     ("The poll, to be published in the paper Friday, puts Labour ahead.", date(1997, 4, 3),
      "1997-04-04"),
     ("He suffered an injury in the win over Mainz on Sunday and whether he can play will be "
      "known soon.", date(2006, 11, 15), "2006-11-12")],
    ids=["passive-after-will-be-and-coordinated", "to-be-published", "and-whether-is-a-new-clause"],
)
def test_tense_read_from_passives_and_past_a_new_question(sentence, published, expected):
    assert [t.value for t in tag(sentence, published)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("There will be daily flights for refugees who volunteered for repatriation, with a "
      "Christmas break.", date(2006, 12, 19), "2006-12-25"),
     ("Bombs exploded on Christmas Eve.", date(2005, 12, 16), "2004-12-24"),
     ("Extremists attacked churches on Christmas Eve in 2000.", date(2005, 12, 16), "2000-12-24")],
    ids=["weak-cue-keeps-the-coming-holiday", "past-act-on-the-holiday", "year-after-in"],
)
def test_a_holiday_days_away_is_not_sent_a_year_back_by_a_stray_past_verb(sentence, published,
                                                                          expected):
    assert [t.value for t in tag(sentence, published)][0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("That is very important to the future of our peoples.", []),
     ("The quarter was terrible, and the future looks anything but encouraging.",
      [("The quarter", "2024-Q4")]),
     ("He spoke at the Conference on the Future Economic Development of Guangdong.", []),
     ("Prices will rise in the future.", [("the future", "FUTURE_REF")]),
     ("In the past, trade was slow.", [("the past", "PAST_REF")])],
    ids=["future-of", "future-as-subject", "future-in-a-name", "in-the-future", "in-the-past"],
)
def test_the_future_of_something_is_its_fate_not_a_time(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("The statements will be handed to the ministers for discussion on Tuesday and Wednesday.",
      date(2005, 11, 13), ["2005-11-15", "2005-11-16"]),
     ("Statements were made Friday and Thursday by the lawyer.", date(1998, 2, 6),
      ["1998-02-06", "1998-02-05"]),
     ("The poll was carried out between Friday and Tuesday.", date(1997, 4, 23),
      ["1997-04-18", "1997-04-22"]),
     ("The survey of voters on Sunday, Monday and Tuesday indicated a shift.", date(1997, 4, 23),
      ["1997-04-20", "1997-04-21", "1997-04-22"]),
     ("The conference, being held Thursday through Saturday, was organised by the union.",
      date(2005, 12, 15), ["2005-12-15", "2005-12-17"])],
    ids=["and-ahead", "and-back", "between-and", "comma-list", "through-from-today"],
)
def test_weekdays_named_together_lie_together(sentence, published, expected):
    assert [t.value for t in tag(sentence, published)] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("Gas had accumulated on Sunday morning after the fans stopped working due to a power "
      "failure.", date(2006, 11, 6), "2006-11-05TMO"),
     ("Labour stayed 16 points ahead in a survey of voters on Sunday.", date(1997, 4, 23),
      "1997-04-20"),
     ("The minister is due in Paris on Monday.", date(2006, 11, 8), "2006-11-13")],
    ids=["due-to-a-cause", "points-ahead", "due-in-paris"],
)
def test_due_and_ahead_look_ahead_only_when_they_schedule(sentence, published, expected):
    assert [t.value for t in tag(sentence, published)] == [expected]


def test_a_weekday_named_again_with_the_is_the_day_it_was():
    text = ("The talks kicked off on Monday amid tension. After the Monday talks, the speaker, "
            "who hosts the talks, said the parties will meet again.")
    assert [t.value for t in tag(text, date(2006, 11, 7))] == ["2006-11-06", "2006-11-06"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("From January to October, trade amounted to 350 billion dollars.",
      [("January", "2006-01"), ("October", "2006-10")]),
     ("Trade totaled 24 billion dollars in the first nine months of this year, up 18 percent on "
      "the previous year.", [("the first nine months", "P9M"), ("this year", "2006"),
                             ("the previous year", "2005")]),
     ("Trade grew 35 percent in the first 10 months of this year from the same period last "
      "year. Plastic imports fell 2.3 percent from a year earlier.",
      [("the first 10 months", "P10M"), ("this year", "2006"),
       ("the same period last year", "2005"), ("a year earlier", "2005")]),
     ("The franc was at 1.2177 late Wednesday. The pound was at 1.9612, against 1.9647 a day "
      "earlier.", [("late Wednesday", "2006-11-08"), ("a day earlier", "2006-11-07")]),
     ("Accused of abuses during his 1973-1990 regime, he was put under house arrest in late "
      "October.", [("1973", "1973"), ("1990", "1990"), ("late October", "2006-10")])],
    ids=["month-range-shares-its-year", "this-year-then-the-previous-year",
         "same-period-no-quarter", "a-day-earlier-than-the-day-named",
         "range-in-passing"],
)
def test_comparisons_and_ranges_in_wire_reports(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2006, 11, 10))] == expected


def test_a_day_before_a_double_dash_and_would_ahead_of_the_saying():
    text = "They said a memorial would take place on August 31 -- ten years after her death."
    assert [(t.text, t.value) for t in tag(text, date(2006, 12, 12))] == [
        ("August 31", "2007-08-31"), ("ten years", "P10Y")]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("On Thursday, Democrats would elect their House leaders.", date(2006, 11, 14),
      "2006-11-16"),
     ("The alliance would be the focus of her bilateral talk on Saturday with Bush.",
      date(2006, 11, 17), "2006-11-18"),
     ("Under the terms announced Friday, holders would receive a dividend.", date(1989, 10, 30),
      "1989-10-27")],
    ids=["fronted-day-then-would", "would-eight-words-before", "past-cue-beats-would-after"],
)
def test_would_in_news_looks_ahead_of_the_saying(sentence, published, expected):
    assert [t.value for t in tag(sentence, published)] == [expected]


def test_a_clock_time_in_the_past_is_not_put_on_a_day_still_to_come():
    text = ("The leaders would meet again on Tuesday morning, media reported. After the meeting, "
            "which began at 11:00 a.m., the speaker left.")
    assert [t.value for t in tag(text, date(2006, 11, 6))] == ["2006-11-07TMO",
                                                               "2006-11-06T11:00"]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("TDH, which evacuated 5 employees Sunday, has suspended its operations until January.",
      date(2006, 12, 18), ["2006-12-17", "2007-01"]),
     ("Boehner, who succeeded Tom DeLay of Texas as the House majority leader in February, "
      "defeated Pence.", date(2006, 11, 17), ["2006-02"]),
     ("Prodi, who narrowly beat Berlusconi in April's general election, is struggling.",
      date(2006, 11, 19), ["2006-04"])],
    ids=["relative-clause-ends-at-its-comma", "eleven-words-back", "who-beat"],
)
def test_a_date_in_a_relative_clause_takes_that_clause_tense(sentence, published, expected):
    assert [t.value for t in tag(sentence, published)] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("On Thursday, Ichiro Ozawa, who heads the main opposition party, promised support.",
      date(1997, 4, 6), "1997-04-03"),
     ("The government signed the peace agreement with the main rebel faction in the Nigerian "
      "capital Abuja on May 5.", date(2006, 11, 12), "2006-05-05")],
    ids=["who-clause-is-an-aside", "no-cue-leans-to-the-past"],
)
def test_who_clauses_and_dates_without_a_cue(sentence, published, expected):
    assert [t.value for t in tag(sentence, published)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Visitors came to Albania in the past summer.", [("the past summer", "2006-SU")]),
     ("Prices will rise in the coming winter.", [("the coming winter", "2006-WI")])],
    ids=["the-past-summer", "the-coming-winter"],
)
def test_the_past_and_the_coming_season(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2006, 11, 6))] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("Pundits said the fall could end all talk of further rate rises.", date(2006, 12, 4), []),
     ("The minister called the transaction the deal of the century.", date(2006, 12, 15), []),
     ("Jobs grew in the run-up to the Christmas and New Year holidays, the report said.",
      date(2005, 11, 17), [("Christmas", "2005-12-25"), ("New Year", "2006-01-01")]),
     ("OPEC is mindful that the coming winter months will raise demand.", date(2006, 12, 14),
      [("the coming winter", "2006-WI")])],
    ids=["the-fall-as-a-decline", "deal-of-the-century", "new-year-six-weeks-away",
         "the-coming-winter-begun"],
)
def test_seasons_centuries_and_holidays_read_as_wires_use_them(sentence, published, expected):
    assert [(t.text, t.value) for t in tag(sentence, published)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The bomb went off at about 9:05 a.m. (3:05 GMT) Tuesday, killing two policemen.",
      [("about 9:05 a.m.", "2005-11-29T09:05"), ("3:05 GMT", "2005-11-29T03:05"),
       ("Tuesday", "2005-11-29")]),
     ("The crossing opened at 10:00 a.m. local time (02:00 GMT) on Tuesday.",
      [("10:00 a.m. local time", "2005-11-29T10:00"), ("02:00 GMT", "2005-11-29T02:00"),
       ("Tuesday", "2005-11-29")])],
    ids=["bracketed-gmt-then-day", "bracketed-gmt-then-on-day"],
)
def test_a_local_time_with_its_gmt_in_brackets_takes_the_day_after_both(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2005, 12, 1))] == expected


def test_the_first_time_of_a_range_takes_the_day_after_both():
    text = "The outage lasted from about 11 a.m. to 3 p.m. on Tuesday."
    assert [(t.text, t.value) for t in tag(text, date(2005, 12, 1))] == [
        ("about 11 a.m.", "2005-11-29T11:00"), ("3 p.m.", "2005-11-29T15:00"),
        ("Tuesday", "2005-11-29")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The March accession will let the three countries join.", [("March", "1999-03")]),
     ("Students urge a boycott of the May elections.", [("May", "1999-05")]),
     ("The March on Washington drew crowds.", []),
     ("It may rain, and the march ended.", [])],
    ids=["the-march-accession", "the-may-elections", "the-march-on", "verb-and-noun"],
)
def test_may_and_march_before_a_noun_after_the_are_months(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(1999, 2, 10))] == expected


def test_since_the_month_is_past():
    text = "It was the largest one-day fall since the May curbs."
    assert [(t.text, t.value) for t in tag(text, date(1997, 4, 13))] == [
        ("one-day", "P1D"), ("May", "1996-05")]


def test_a_clock_time_in_a_named_zone_takes_the_date_after_on():
    text = "At 5:34 AM Baghdad time on March 20, 2003 the invasion began."
    assert [(t.text, t.value) for t in tag(text, date(2009, 12, 19))] == [
        ("5:34 AM", "2003-03-20T05:34"), ("March 20, 2003", "2003-03-20")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The vote is a week from Friday.", [("a week from Friday", "2025-11-14")]),
     ("The law lapses a year from today.", [("a year from today", "2026-11-05")]),
     ("It rose in 2024's fourth quarter.", [("2024's fourth quarter", "2024-Q4")]),
     ("Exports fell in 2025's first half.", [("2025's first half", "2025-H1")])],
    ids=["a-week-from-friday", "a-year-from-today", "year-s-quarter", "year-s-half"],
)
def test_days_counted_from_a_named_day_and_a_year_s_quarter(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2025, 11, 5))] == expected


@given(st.integers(min_value=1, max_value=30), st.sampled_from(["day", "week", "month", "year"]),
       st.sampled_from(["today", "tomorrow", "Monday", "Friday"]),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31)))
def test_a_span_counted_from_a_day_lies_after_that_day(n, unit, base, published):
    text = f"It ends {n} {unit}s from {base}."
    [t] = tag(text, published)
    assert t.span is not None and t.span.start > published


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Black Friday sales rose.", [("Black Friday", "2025-11-28")]),
     ("Cyber Monday deals came.", [("Cyber Monday", "2025-12-01")]),
     ("Ash Wednesday fell early.", [("Ash Wednesday", "2025-03-05")]),
     ("Super Tuesday results came in.", []),
     ("The Bloody Sunday inquiry reported.", [])],
    ids=["black-friday", "cyber-monday", "ash-wednesday", "super-tuesday", "bloody-sunday"],
)
def test_named_days_are_holidays_or_names_not_this_week_s_weekday(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2025, 11, 5))] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The trial will begin Jan. 10 and last six weeks.",
      [("Jan. 10", "2026-01-10"), ("six weeks", "P6W")]),
     ("Prices rose over the last six weeks.", [("the last six weeks", "P6W")])],
    ids=["last-as-a-verb", "last-as-a-determiner"],
)
def test_last_before_a_duration_is_a_verb_after_and_or_a_modal(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2025, 11, 5))] == expected


def test_the_week_ending_a_day_is_that_day_s_week_and_the_day_is_its_own_expression():
    # as TimeBank marks "the quarter ended Sept. 30": two expressions
    text = "Claims for the week ending Nov. 1 showed a drop."
    assert [(t.text, t.value) for t in tag(text, date(2025, 11, 5))] == [
        ("the week", "2025-W44"), ("Nov. 1", "2025-11-01")]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("An emergency plan was set in action on Sunday because of fears of infection.",
      date(2006, 12, 19), [("Sunday", "2006-12-17")]),
     ("His escape has been kept secret by the military until Tuesday.", date(2005, 11, 2),
      [("Tuesday", "2005-11-01")]),
     ("Expatriates have until Thursday to cast their ballot.", date(2005, 12, 13),
      [("Thursday", "2005-12-15")]),
     ("Two bills have been postponed until the next session in the fall.", date(1997, 4, 2),
      [("the fall", "1997-FA")]),
     ("The Quartet will monitor the deal clinched on Tuesday.", date(2005, 11, 16),
      [("Tuesday", "2005-11-15")]),
     ("Gazprom is threatening to cut supplies at 10:00 am (0700 GMT) Monday.",
      date(2006, 12, 29), [("10:00 am", "2007-01-01T10:00"), ("Monday", "2007-01-01")]),
     ("It is better than four or five years ago.", date(2006, 12, 29),
      [("four or five years ago", "2001")]),
     ("The boy king governed Egypt from 1354 to 1345 B.C.", date(1997, 4, 22),
      [("1354", "BC1354"), ("1345 B.C.", "BC1345")]),
     ("Liverpool play Arsenal in the last quarter-final.", date(2006, 12, 21), []),
     ("Growth slowed in the third quarter. Prices rose 0.1 percent in October from a year "
      "earlier.", date(2006, 12, 14),
      [("the third quarter", "2006-Q3"), ("October", "2006-10"), ("a year earlier", "2005-10")])],
    ids=["was-set-in-action", "kept-secret-until", "have-until", "postponed-until",
         "participle-on-the-day", "threatening-to", "four-or-five-years-ago", "bc-range-with-to",
         "quarter-final", "month-after-quarter"],
)
def test_third_sample_of_wire_disagreements(sentence, published, expected):
    assert [(t.text, t.value) for t in tag(sentence, published)] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [("Profit fell from 202 million in the same period of 1996.", date(1997, 4, 24),
      [("the same period of 1996", "1996")]),
     ("Sales rose in the third quarter from 2 million in the same period of 2005.",
      date(2006, 11, 4),
      [("the third quarter", "2006-Q3"), ("the same period of 2005", "2005-Q3")]),
     ("Net rose in the third quarter from 2 million in the corresponding period last year.",
      date(2006, 11, 4),
      [("the third quarter", "2006-Q3"), ("the corresponding period last year", "2005-Q3")]),
     ("Sales rose in September from the same month a year earlier.", date(2006, 11, 4),
      [("September", "2006-09"), ("the same month a year earlier", "2005-09")]),
     ("Wen told his French hosts Tuesday that more effort was needed.", date(2005, 12, 7),
      [("Tuesday", "2005-12-06")]),
     ("The tournament starts on Sunday.", date(2005, 12, 7), [("Sunday", "2005-12-11")])],
    ids=["same-period-of-a-year", "same-period-after-a-quarter", "period-last-year",
         "month-a-year-earlier", "hosts-as-a-noun", "starts-as-a-verb"],
)
def test_same_period_of_a_year_and_scheduled_presents_that_are_nouns(sentence, published,
                                                                       expected):
    assert [(t.text, t.value) for t in tag(sentence, published)] == expected


def test_a_month_day_without_a_cue_takes_the_year_of_the_day_just_named():
    text = ("China installed bishop Ma on April 30 in Anhui province, and bishop Liu in Yunnan "
            "province on May 3 despite objections.")
    assert [t.value for t in tag(text, date(2006, 12, 1))] == ["2006-04-30", "2006-05-03"]


_VOCABULARY = ["the", "same", "period", "of", "from", "Friday", "a", "week", "2005", "1996", "'90s",
               "May", "3", "last", "year", "ago", "fourth", "quarter", "2024's", "at", "5:30",
               "p.m.", "(0800", "GMT)", "Christmas", "Eve", "in", "early", "the", "past", "summer",
               "two", "or", "three", "days", "later", "Q3", "FY2025", "BC", "480", "-", ",", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=25))
def test_the_trigger_gates_never_change_which_candidates_are_found(words):
    """A gate (one pattern per trigger word, the alternation of its rules) may only skip places
    where none of the rules can match."""
    from timeline.temporal import recognize

    text = " ".join(words)
    gated = recognize.find_candidates(text)
    saved = dict(recognize.GATES)
    recognize.GATES.clear()
    try:
        ungated = recognize.find_candidates(text)
    finally:
        recognize.GATES.update(saved)
    assert [(c.kind, c.start, c.end) for c in gated] == [(c.kind, c.start, c.end) for c in ungated]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sales should recover in the second half.", [("the second half", "2024-H2")]),
    ("The company would hire selectively in the second half.", [("the second half", "2024-H2")]),
    ("Profit for the second quarter rose 5 percent.", [("the second quarter", "2023-Q2")]),
    ("Davies scored early in the second half.", []),
    ("Sales follow the trend of the last half of the '80s.", [("the '80s", "198")]),
])
def test_a_half_without_a_year_is_a_half_year_only_in_a_business_sentence(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2024, 2, 8))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Preorders open at 9 a.m. Pacific time Wednesday.",
     [("9 a.m. Pacific time Wednesday", "2024-05-22T09:00")]),
    ("Updated 3:45 p.m. EAT, Jan. 17, 2024", [("3:45 p.m. EAT, Jan. 17, 2024",
                                               "2024-01-17T15:45")]),
    ("Management will hold a call at 11 a.m. Eastern time today.",
     [("11 a.m. Eastern time today", "2024-05-21T11:00")]),
    ("Final round (all matches Sunday, 3 p.m.)", [("Sunday, 3 p.m.", "2024-05-19T15:00")]),
    ("The talks ended at 10 p.m. The next day they resumed.",
     [("10 p.m.", "2024-05-21T22:00"), ("The next day", "2024-05-22")]),
])
def test_a_time_with_its_zone_and_day_is_one_expression(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2024, 5, 21))] == expected


def test_a_half_of_the_year_is_this_years_and_a_quarter_to_deliver_by_is_ahead():
    text = ("It could help capture spending in the second half of the year. If they deliver by "
            "the third quarter, it changes.")
    assert [t.value for t in tag(text, date(2024, 5, 21))] == ["2024-H2", "2024-Q3"]


def test_a_year_earlier_than_a_month_in_its_sentence_is_that_month_a_year_back():
    found = tag("Retail sales rose 17.7 percent in September from a year earlier.",
                date(2011, 11, 1))
    assert [(t.text, t.value) for t in found] == [("September", "2011-09"),
                                                  ("a year earlier", "2010-09")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The office is open until 5 o'clock.", [("5 o'clock", "2019-07-12T17:00")]),
    ("By 8 o'clock the room is crowded.", [("8 o'clock", "2019-07-12T08:00")]),
    ("Raiders struck at one o'clock Friday morning.",
     [("one o'clock Friday morning", "2019-07-12T01:00")]),
    ("Watch the six o'clock news.", []),
    ("Voting began Nov. 3, 5 p.m.", [("Nov. 3, 5 p.m.", "2018-11-03T17:00")]),
    ("TIMELINE Thursday, Oct. 2 - 11:15 a.m.: she buys a map.",
     [("Thursday, Oct. 2", "2019-10-02"), ("11:15 a.m.", "2019-10-02T11:15")]),
    ("Heaters with codes from 1232 to 1438 are affected.", []),
    ("He held office between 1991 and 1996.", [("1991", "1991"), ("1996", "1996")]),
    ("She set off alone on a day hike last week.", [("last week", "2019-W27")]),
    ("She outraised him in each of the past two reporting periods.", []),
    ("The launch, originally set for 2:14 a.m. EDT Saturday, has been reset to 1:52 a.m. EDT "
     "Sunday.", [("2:14 a.m. EDT Saturday", "2019-07-13T02:14"),
                 ("1:52 a.m. EDT Sunday", "2019-07-14T01:52")]),
])
def test_clock_hours_timetables_and_numbers_that_are_not_years(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2019, 7, 12))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Freezing rain crossed the province overnight. The utility said at 3 p.m. that 62,000 "
     "customers were in the dark.", [("overnight", "2010-12-26TNI"),
                                     ("3 p.m.", "2010-12-27T15:00")]),
    ('The museum bought "Low Tide, Six O\'Clock," a large canvas.', []),
])
def test_overnight_leaves_the_report_s_day_and_a_title_is_no_time(text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2010, 12, 27))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Term One: 08/01/2024 - 05/04/2024. Term Two: 29/04/2024 - 02/08/2024.",
     ["2024-01-08", "2024-04-05", "2024-04-29", "2024-08-02"]),
    ("The offences were committed on 02/03/2014. The case was adjourned to 4th April.",
     ["2014-03-02", "2024-04-04"]),
    ("The form was dated 03/04/2025.", ["2025-03-04"]),
    ("Consumer prices rose 4.5 percent in August from a year ago.", ["2023-08", "2022-08"]),
])
def test_numeric_dates_follow_the_text_s_day_first_habit_and_a_year_ago_its_month(text,
                                                                                   expected):
    assert [t.value for t in tag(text, date(2024, 1, 10))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bookings up to 3rd September had sold out.", [("3rd September", "2011-09-03", None)]),
    ("Revenue rose 16 percent over last year.", [("last year", "2010", None)]),
    ("It happened at about 11.45 p.m.", [("about 11.45 p.m.", "2011-08-29T23:45", "APPROX")]),
    ("Prices rose for over a week.", [("over a week", "P1W", "MORE_THAN")]),
])
def test_more_or_less_qualifies_an_amount_and_a_point_only_approximately(sentence, expected):
    found = [(t.text, t.value, t.mod) for t in tag(sentence, date(2011, 8, 29))]
    assert found == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They won three of 11 away games in the 2009-10 season.", [("the 2009-10 season", "2009")]),
    ("Output fell in the 2015/16 financial year.", [("the 2015/16 financial year", "2015")]),
    ("He served from 1939-45.", [("1939", "1939"), ("45", "1945")]),
])
def test_a_season_across_two_years_is_one_expression(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2011, 8, 29))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry capsized within a quarter of an hour.", [("a quarter of an hour", "PT15M")]),
    ("It was stuck open for nine hours earlier this year.",
     [("nine hours", "PT9H"), ("earlier this year", "2014")]),
    ("He died 50 years ago.", [("50 years ago", "1964")]),
    ("Updated 15:45 CEST", [("15:45 CEST", "2014-07-09T15:45")]),
    ("The claims were contested in October 2006. The families settled the following March.",
     [("October 2006", "2006-10"), ("the following March", "2007-03")]),
])
def test_fractions_following_months_and_earlier_this_year(text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2014, 7, 9))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It adds 20 minutes or more to journeys.", [("20 minutes or more", "PT20M", "EQUAL_OR_MORE")]),
    ("It will cut service from seven round trips a day to five.", []),
    ("Patients took the drug six times a day.", [("six times a day", "P1D", None)]),
])
def test_or_more_rates_and_frequencies(sentence, expected):
    assert [(t.text, t.value, t.mod) for t in tag(sentence, date(2019, 5, 31))] == expected


@pytest.mark.parametrize("sentence", ["It adds 20 minutes when the weekend closures coincide.",
                                      "I read it in the weekend paper."])
def test_weekend_before_a_noun_of_its_kind_is_no_date(sentence):
    assert [t.text for t in tag(sentence, date(2019, 5, 31)) if "weekend" in t.text] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Three years ago this week, the unit had 14 beds.", [("Three years ago this week",
                                                           "2020-W11")]),
    ("He died 50 years ago this month.", [("50 years ago this month", "1973-03")]),
])
def test_years_ago_this_week_is_this_week_so_many_years_back(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, date(2023, 3, 11))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('The minister said he would meet "informally" with the rebels on Friday.', "2024-06-14"),
    ("We should open the windows a little more during the winter.", "2024-WI"),
    ("Sales should recover in the second half.", "2024-H2"),
])
def test_would_and_should_look_ahead_through_the_shared_tense_reading(sentence, expected):
    assert [t.value for t in tag(sentence, date(2024, 6, 11))] == [expected]
