"""The English tagger on context seen in real reports: publication dates given as strings, times
of day followed by their date, anaphora that can only resolve coarsely, counted nouns after a
number, tense cues, and dates written with "last year"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.errors import TimelineError
from timeline.model import Anchor, Document, Granularity, TimexType
from timeline.temporal import PublicationDateError, as_date, tag, tag_document
from timeline.temporal.anchor import tense_at

SATURDAY = date(2025, 12, 27)


def found(text: str, published=SATURDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(
    "published",
    ["2025-12-27", "2025-12-27T08:30:00+01:00", datetime(2025, 12, 27, 8, 30), SATURDAY],
    ids=["iso-date", "iso-datetime", "datetime", "date"],
)
def test_tag_accepts_a_date_a_datetime_or_an_iso_string(published):
    assert found("The quake struck on Friday.", published) == [("Friday", "2025-12-26")]


@pytest.mark.parametrize("bad", ["27/12/2025", "yesterday", 20251227, 3.5],
                         ids=["slashes", "word", "int", "float"])
def test_a_bad_publication_date_raises_a_clear_error(bad):
    with pytest.raises(PublicationDateError, match=repr(bad).replace(".", r"\.")) as err:
        tag("The quake struck on Friday.", bad)
    assert isinstance(err.value, ValueError) and isinstance(err.value, TimelineError)


def test_tag_document_accepts_a_string_publication_date():
    doc = Document(id="d", path="p", text="The quake struck on Friday.", published="2025-12-27")
    (timex,) = tag_document(doc)
    assert timex.value == "2025-12-26"
    with pytest.raises(PublicationDateError):
        tag_document(Document(id="d", path="p", text="On Friday.", published="soon"))


def test_as_date_passes_none_through():
    assert as_date(None) is None


def test_a_time_followed_by_on_and_a_date_takes_that_date_not_the_previous_one():
    text = ("A strong quake hit on September 6. The quake struck at 3:42 a.m. local time on "
            "September 5, officials said.")
    timexes = tag(text, date(2024, 9, 10))
    clock = next(t for t in timexes if t.text.startswith("3:42"))
    assert (clock.type, clock.value) == (TimexType.TIME, "2024-09-05T03:42")
    assert clock.span.start == date(2024, 9, 5)
    assert ("September 5", "2024-09-05") in [(t.text, t.value) for t in timexes]


def test_a_time_followed_by_on_and_a_weekday_part_takes_that_day():
    text = "The first quake hit on September 6. Another struck at 10 p.m. on Tuesday night."
    values = found(text, date(2024, 9, 12))
    assert ("10 p.m.", "2024-09-10T22:00") in values
    assert ("Tuesday night", "2024-09-10TNI") in values


def test_a_time_right_before_its_day_stays_one_expression():
    assert found("The offer expires at 5 p.m. EST, Nov. 6.", date(1989, 10, 30)) == [
        ("5 p.m. EST, Nov. 6", "1989-11-06T17:00")]


@pytest.mark.parametrize("words", ["The same day", "That day"])
def test_a_same_day_anaphor_after_a_quarter_keeps_the_quarter_with_low_confidence(words):
    text = f"Sales rose in the fourth quarter. {words}, shares fell."
    quarter, anaphor = tag(text, SATURDAY)
    assert anaphor.text == words
    assert anaphor.value == quarter.value == "2025-Q4"
    assert anaphor.anchor is Anchor.PREVIOUS
    assert anaphor.confidence <= 0.4 < quarter.confidence
    assert anaphor.span == quarter.span and anaphor.span.granularity is Granularity.QUARTER


@pytest.mark.parametrize(
    "sentence",
    ["The navy ordered 2026 containers.", "They fired 2026 missiles at the port.",
     "Officials counted 1998 ballots by hand."],
    ids=["containers", "missiles", "ballots"],
)
def test_a_number_before_a_plural_noun_is_a_count_not_a_year(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The 2026 elections were close.", "2026"), ("Prices rose in 2026 and fell later.", "2026"),
     ("By 2026 officials hope to finish.", "2026")],
    ids=["determiner", "preposition", "by"],
)
def test_a_year_before_a_noun_stays_a_year_after_a_determiner_or_preposition(sentence, value):
    assert [v for _, v in found(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The union will march on Friday.", "2026-01-02"),
        ("The union marched on Friday.", "2025-12-26"),
        ("The minister is to visit Taiwan Wednesday.", "2025-12-31"),
        ("The offer had been due to expire Friday.", "2025-12-26"),
        ("Earnings fell after the market closed Wednesday, lower-than-expected.", "2025-12-24"),
        ("The father could arrive as soon as Tuesday, officials said.", "2025-12-30"),
        ("Protesters said they were planning a march on Sunday.", "2025-12-28"),
        ("The team planned to leave the capital on Thursday.", "2026-01-01"),
        ("The offensive began as previously planned Friday night.", "2025-12-26TNI"),
        ("``We are going to sign it Tuesday,'' said the minister.", "2025-12-30"),
        ("Officials expect a decision on Monday.", "2025-12-29"),
        ("Police said the man would appear in court on Monday.", "2025-12-29"),
        ("The governor said in the capital Wednesday that the army will step in.", "2025-12-24"),
        ("The board decided late on Friday to go ahead with the plan.", "2025-12-26"),
        ("He rebuffed the offer on Tuesday, saying inspectors will not visit.", "2025-12-23"),
        ("The court heard allegations Thursday that he was detained.", "2025-12-25"),
        ("The work will be presented on Monday, the museum said.", "2025-12-29"),
        ("The truce will be extended and on Sunday, the leaders of the armed group gave their "
         "answer.", "2025-12-21"),
        ("Scientists are studying samples sent to them on Thursday in the hope of learning more.",
         "2025-12-25"),
        ("The institute said, announcing it on Monday, that it was expected to spread.",
         "2025-12-22"),
        ("The doctor said it was just a flu until Friday, when the alarm spread.", "2025-12-26"),
        ("I didn't hear about the outbreak until Friday.", "2025-12-26"),
        ("Flights were to continue until Tuesday.", "2025-12-30"),
        ("Keys, who arrived from Singapore on Thursday to attend and planned to leave, spoke.",
         "2025-12-25"),
        ("The vote is on Tuesday, officials said.", "2025-12-30"),
        ("The fair, which runs through Friday, drew crowds.", "2026-01-02"),
        ("The country goes to the polls on Thursday.", "2026-01-01"),
        ("Singh and Abe, with whom he will hold talks Friday, have been trying to mend ties.",
         "2026-01-02"),
        ("The country has a new cabinet on Friday, which faces the task of reform.",
         "2025-12-26"),
        ("Sunday's concert, which will be broadcast live, is sold out.", "2025-12-28"),
        ("Voters head to the polls on Tuesday.", "2025-12-30"),
        ("He and Arafat meet separately Tuesday with the envoy.", "2025-12-30"),
        ("It was hard for the firm to meet demand on Tuesday.", "2025-12-23"),
        ("Doors open on Tuesday.", "2025-12-30"),
        ("The doors were open on Tuesday.", "2025-12-23"),
        ("Markets await Tuesday's jobs report.", "2025-12-30"),
    ],
    ids=["will", "past", "is-to", "had-been-due", "hyphenated-expected", "as-soon-as",
         "were-planning", "planned-to", "as-planned", "quote-then-said", "expect",
         "said-would", "said-day-that-will", "go-ahead", "comma-saying", "irregular-past",
         "comma-reporting-clause", "and-on-day-comma-opens-a-clause", "in-the-hope-of",
         "comma-that", "was-until", "did-not-until", "were-to-until", "arrived-then-planned",
         "is-on", "runs-through", "goes-to-the-polls", "with-whom-clause",
         "which-clause-after", "possessive-which-clause", "head-to", "meet-separately",
         "to-meet-demand", "doors-open-on", "were-open",
         "await"],
)
def test_a_bare_weekday_follows_the_tense_of_its_sentence(sentence, value):
    assert [v for _, v in found(sentence)] == [value]


def test_a_time_the_present_assigns_with_its_day_is_ahead():
    assert found("Kickoff is at 8 p.m. on Tuesday.") == [
        ("8 p.m.", "2025-12-30T20:00"), ("Tuesday", "2025-12-30")]


def test_a_second_predicate_after_and_lends_the_date_no_tense():
    assert found("The strike began at midnight on Tuesday and will last two days.") == [
        ("midnight", "2025-12-23T24:00"), ("Tuesday", "2025-12-23"), ("two days", "P2D")]


def test_a_day_named_by_it_is_is_not_a_day_assigned():
    # "the vote is on Tuesday" looks ahead; "it is Sunday" only names a day
    assert found("I start tomorrow, promise; it is Sunday.", date(2025, 12, 24))[-1] == (
        "Sunday", "2025-12-21")


def test_a_past_verb_acting_on_what_a_month_dates_looks_back_a_year():
    text = "Talks stalled after Hamas won the legislative elections in January."
    assert found(text, date(2006, 11, 22)) == [("January", "2006-01")]
    text = "Attacks that killed almost 40 people during January's election were foiled."
    assert found(text, date(2006, 11, 22)) == [("January", "2006-01")]
    assert found("He signed a deal to buy the planes in January.", date(2006, 11, 22)) == [
        ("January", "2007-01")]


def test_a_past_verb_acting_on_the_weekend_outweighs_a_farther_will():
    text = "The bank said it will lend more and governments agreed at the weekend to a fund."
    assert found(text, date(2009, 5, 4)) == [("the weekend", "2009-W18-WE")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Hamas has ruled since its historic win in the January polls.", ("January", "2006-01")),
     ("Protests grew since the king assumed total control in February.", ("February", "2006-02")),
     ("Since the vote is in January, parties are campaigning.", ("January", "2007-01")),
     ("Since taking office in January, he has signed 200 orders.", ("January", "2006-01"))],
    ids=["since-win-in-the-month", "since-he-did-in-month", "since-giving-a-reason",
         "since-doing-in-month"],
)
def test_a_month_in_a_since_phrase_has_passed(sentence, expected):
    assert found(sentence, date(2006, 12, 12)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Iran in February stopped applying the protocol.", ("February", "2006-02")),
     ("The last hajj in January was marred by a stampede.", ("January", "2006-01")),
     ("Brent crude for delivery in January gained 45 cents.", ("January", "2007-01")),
     ("The talks in March are expected to resume.", ("March", "2007-03"))],
    ids=["subject-in-month-stopped", "in-month-was", "delivery-month", "expected-ahead"],
)
def test_a_past_verb_right_after_in_month_looks_back(sentence, expected):
    assert found(sentence, date(2006, 12, 23)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The chairwoman was removed by a rival congress in June.", ("June", "2006-06")),
     ("The right wing, which took power in Israel in June, faces a vote.", ("June", "2006-06")),
     ("The envoy said he hoped to table a report in June.", ("June", "2007-06")),
     ("She said the province could pass to local control in June.", ("June", "2007-06")),
     ("The minister was looking forward to the visit in June.", ("June", "2007-06")),
     ("Crude for delivery in June fell 40 cents.", ("June", "2007-06")),
     ("He was barred from standing in June's election.", ("June", "2007-06")),
     ("The desk is among items which are being sold in June, his family said.",
      ("June", "2007-06")),
     ("Talks resumed. In June, the rebels said they had seized the port.", ("June", "2006-06")),
     ("Talks resumed. In June, the rebels will hand over the port.", ("June", "2007-06")),
     ("He said he was confident of victory in June.", ("June", "2007-06")),
     ("She warned of a showdown in June.", ("June", "2007-06")),
     ("Talks resumed. In June, the firm said, it expects profits to rise.", ("June", "2007-06")),
     ("The firm slashed 1,800 jobs, 8 percent of its workforce, in June.", ("June", "2006-06"))],
    ids=["passive-past", "relative-past", "hoped-to", "could", "looking-forward", "delivery",
         "possessive", "present-passive", "opening-in-past", "opening-in-future",
         "said-was-confident-of", "warned-of", "opening-in-said-aside", "after-an-aside"],
)
def test_a_month_told_in_the_past_after_in_has_happened(sentence, expected):
    # said in April: last June is ten months back, the next one two months ahead
    assert found(sentence, date(2007, 4, 20)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The inquiry into the February bombing of the embassy resumed.", ("February", "2006-02")),
     ("Investigators traced February's killing of the mayor to a militia.",
      ("February", "2006-02")),
     ("Parties are campaigning for the February poll.", ("February", "2007-02")),
     ("Police foiled a plot for a February attack on the mall.", ("February", "2007-02")),
     ("Aid still flows to towns hit by the Feb. 26 earthquake.", ("Feb. 26", "2006-02-26"))],
    ids=["the-month-bombing", "months-killing", "the-month-poll-is-ahead", "plot-for-an-attack",
         "month-day-quake"],
)
def test_a_month_naming_what_cannot_be_scheduled_has_passed(sentence, expected):
    assert found(sentence, date(2006, 12, 12)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The elite boycotted the January 30 election for a parliament.",
      ("January 30", "2005-01-30")),
     ("The agency that organized the January poll counted 30,000 voters.", ("January", "2005-01")),
     ("They postponed the January vote.", ("January", "2006-01")),
     ("The opposition called the January poll a farce.", ("January", "2006-01")),
     ("They alleged the January poll will be rigged.", ("January", "2006-01")),
     ("The government announced the January 15 vote.", ("January 15", "2006-01-15"))],
    ids=["boycotted", "organized", "postponed", "called", "alleged-will", "announced"],
)
def test_a_past_verb_acting_on_the_dated_event_looks_back(sentence, expected):
    assert found(sentence, date(2005, 12, 12)) == [expected]


def test_a_range_of_years_named_in_passing_does_not_date_the_months_after_it():
    text = ("The talks will cover troops killed in the Korean War of 1950-53 and missile exports "
            "in New York in May.")
    assert found(text, date(1997, 4, 24))[-1] == ("May", "1997-05")


def test_months_earlier_than_a_month_just_named_count_from_that_month():
    text = "Factory prices rose 0.8 percent in February from 12 months earlier."
    assert found(text, date(1997, 4, 16))[-1] == ("12 months earlier", "1996-02")


def test_a_few_hours_later_is_the_day_counted_from():
    text = "The team arrived at 7 a.m. on Monday. Several hours later, it was told to play."
    assert found(text, date(2006, 11, 29))[-1] == ("Several hours later", "2006-11-27")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The tariff, which took effect on Jan. 1, cut imports.", ("Jan. 1", "2006-01-01")),
     ("The tariff will take effect on Jan. 1.", ("Jan. 1", "2007-01-01")),
     ("The law, passed last year, takes effect in January.", ("January", "2007-01"))],
    ids=["took-effect", "will-take-effect", "takes-effect"],
)
def test_a_past_set_phrase_before_the_date_looks_back(sentence, expected):
    assert found(sentence, date(2006, 11, 16))[-1] == expected


def test_a_time_after_the_next_day_is_on_that_day():
    text = "The truce agreed on Oct. 9 began the next day at noon."
    assert found(text, date(2025, 11, 12))[-1] == ("noon", "2025-10-10T12:00")


def test_the_day_after_a_range_of_days_follows_its_last_day():
    text = "He spoke about the events of 1 and 2 April. He said more the following day."
    assert found(text, date(2009, 4, 27))[-1] == ("the following day", "2009-04-03")


def test_a_would_in_reported_speech_after_the_day_does_not_move_it_ahead():
    text = "The minister, speaking at the summit on Monday, said talks would resume."
    assert found(text, date(2025, 11, 12)) == [("Monday", "2025-11-10")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The elections were pushed back to June.", [("June", "2026-06")]),
     ("The talks are set for March.", [("March", "2026-03")]),
     ("Voters went for May in the end.", []),
     ("The new term starts in September.", [("September", "2026-09")]),
     ("The term did not start in September.", [("September", "2025-09")]),
     ("The season normally ends in September.", [("September", "2025-09")])],
    ids=["pushed-back-to", "set-for-month", "for-may-a-name", "starts-in", "did-not-start-in",
         "normally-ends-in"],
)
def test_a_month_put_off_to_or_set_for_lies_ahead(sentence, expected):
    assert found(sentence, date(2025, 11, 12)) == expected


def test_the_end_of_the_month_told_in_the_past_is_the_month_told():
    text = ("On Oct. 7, gunmen stormed the village. Two days later, troops arrived. By the end "
            "of the month, the town was empty.")
    assert found(text, date(2025, 11, 12))[-1] == ("the end of the month", "2025-10")
    text = "On Nov. 3 the plan was announced. It will be done by the end of the month."
    assert found(text, date(2025, 11, 12))[-1] == ("the end of the month", "2025-11")


def test_a_participle_clause_after_the_subject_ends_at_its_comma():
    text = "The deal, reached in the early hours of Sunday after long talks, ends a dispute."
    assert found(text, date(2025, 11, 12))[0] == ("Sunday", "2025-11-09")


def test_a_since_phrase_may_hold_figures():
    text = "The index is up 0.2 percent, the most since a 0.2 percent rise in February."
    assert found(text, date(2006, 11, 16)) == [("February", "2006-02")]


def test_a_since_clause_looks_back_whatever_the_main_clause_plans():
    text = ("His role since he took over from his brother on July 31 will be made clearer at "
            "the meeting.")
    assert found(text, date(2006, 12, 21)) == [("July 31", "2006-07-31")]


def test_since_an_event_on_a_day_looks_back_even_when_the_day_ahead_is_nearer():
    text = ("Sony has sold about 31 million copies of his albums worldwide since his death on "
            "25 June, the report said.")
    assert found(text, date(2026, 3, 16)) == [("25 June", "2025-06-25")]


def test_this_season_still_ahead_is_this_years_even_in_a_past_tense_sentence():
    text = "Officials said they were expecting more cases this autumn."
    assert found(text, date(2009, 6, 11)) == [("this autumn", "2009-FA")]
    assert found("Sales fell this winter.", date(2009, 6, 11)) == [("this winter", "2008-WI")]
    text = "Stocks helped to offset worries about fuel supplies this winter."
    assert found(text, date(2005, 11, 23)) == [("this winter", "2005-WI")]


def test_a_season_named_with_another_follows_it():
    assert found("Flu spreads in autumn and winter.", date(2009, 4, 28)) == [
        ("autumn", "2009-FA"), ("winter", "2009-WI")]
    assert found("Sales fell in winter and spring.", date(2009, 4, 28)) == [
        ("winter", "2008-WI"), ("spring", "2009-SP")]
    assert found("Flu peaks in the fall and winter.", date(2009, 6, 30)) == [
        ("the fall", "2009-FA"), ("winter", "2009-WI")]


@pytest.mark.parametrize("sentence", ["Demand will rise in the future because of growth.",
                                      "There may be in the future an opportunity.",
                                      "Cures may in the future lead to new drugs."])
def test_the_future_as_a_noun_stays_a_time(sentence):
    assert found(sentence) == [("the future", "FUTURE_REF")]


def test_a_new_clause_after_and_does_not_lend_its_tense():
    text = "Novartis expects a vaccine to be ready by autumn and Baxter has said it is ready."
    assert found(text, date(2009, 6, 30)) == [("autumn", "2009-FA")]


def test_weekdays_before_last_week_are_days_of_that_week():
    text = "The girl attended school on Wednesday to Friday last week."
    assert found(text, date(2009, 4, 30)) == [
        ("Wednesday", "2009-04-22"), ("Friday", "2009-04-24"), ("last week", "2009-W17")]


def test_a_month_or_season_after_by_is_a_deadline_ahead():
    assert found("Deals are in place for 90m doses by December.", date(2009, 5, 28)) == [
        ("December", "2009-12")]
    assert found("Supplies should be ready by winter.", date(2009, 5, 28)) == [
        ("winter", "2009-WI")]
    assert found("By March, sales had doubled.", date(2009, 5, 28)) == [("March", "2009-03")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Immunity to an outbreak predicted for the autumn can be built.", ("the autumn", "2009-FA")),
     ("Flu is destined to hit us this winter.", ("this winter", "2009-WI"))],
    ids=["predicted-for", "infinitive-of-an-irregular-past"],
)
def test_a_forecast_season_lies_ahead(sentence, expected):
    assert found(sentence, date(2009, 5, 6)) == [expected]


def test_a_weekday_written_with_its_day_picks_the_year_it_fits():
    text = "The gig, recorded on Tuesday 17 August, airs tonight."
    assert found(text, date(2010, 8, 1))[0] == ("Tuesday 17 August", "2010-08-17")


def test_a_season_paired_with_a_dated_season_takes_its_year():
    assert found("They spent the spring and early summer of 1943 preparing.")[0] == (
        "the spring", "1943-SP")


def test_a_season_approached_lies_ahead_but_going_alone_is_no_plan():
    text = "Resources are stretched as we head into the winter months."
    assert found(text, date(2009, 6, 11)) == [("the winter", "2009-WI")]
    assert found("Stocks were high going into the winter.", date(2009, 6, 11)) == [
        ("the winter", "2008-WI")]


def test_a_season_after_would_in_a_saying_lies_ahead():
    text = "A decision, she said, would be made in the early autumn."
    assert found(text, date(2009, 6, 30)) == [("early autumn", "2009-FA")]


def test_a_participle_after_a_determiner_is_an_adjective_not_a_past_tense():
    text = "It is possible the virus has mutated. In autumn the mutated form could spread."
    assert found(text, date(2009, 6, 23)) == [("autumn", "2009-FA")]


def test_a_participle_after_are_is_not_a_past_tense():
    assert found("Elections are held on July 20.", date(1997, 4, 2)) == [
        ("July 20", "1997-07-20")]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [("He was arrested on Oct. 3 last year.", "Oct. 3 last year", "2024-10-03"),
     ("It was signed on 1 August this year.", "1 August this year", "2025-08-01"),
     ("It opens on March 2 next year.", "March 2 next year", "2026-03-02")],
    ids=["mdy-last", "dmy-this", "mdy-next"],
)
def test_a_month_day_with_last_or_this_year_is_one_date(sentence, expression, value):
    assert found(sentence) == [(expression, value)]


def test_the_previous_weekday_counts_back_from_the_day_just_named():
    text = "Stocks closed lower on Friday, down 4.5% from the previous Friday."
    assert found(text, date(1989, 10, 30)) == [
        ("Friday", "1989-10-27"), ("the previous Friday", "1989-10-20")]


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [("Kidnappings rose in recent years.", TimexType.DURATION, "PXY"),
     ("Prices may fall in the coming months.", TimexType.DATE, "FUTURE_REF")],
    ids=["recent-years", "coming-months"],
)
def test_vague_stretches_follow_timeml_types(sentence, kind, value):
    (timex,) = tag(sentence, SATURDAY)
    assert (timex.type, timex.value) == (kind, value)


def test_a_clock_time_far_from_the_last_day_named_falls_on_the_publication_day():
    filler = "Rescue teams searched the rubble and officials counted the damage. " * 5
    text = f"A strong quake hit on September 6. {filler}A second quake struck at 10 p.m."
    values = found(text, date(2024, 9, 10))
    assert values[-1] == ("10 p.m.", "2024-09-10T22:00")
    near = found("A strong quake hit on September 6. Another struck at 10 p.m.", date(2024, 9, 10))
    assert near[-1] == ("10 p.m.", "2024-09-06T22:00")


@pytest.mark.parametrize(
    ("sentence", "part"),
    [("The quake hit on Friday morning, September 5, officials said.", "Friday morning"),
     ("The quake hit late on Friday night on September 5.", "Friday night")],
    ids=["comma", "on"],
)
def test_a_weekday_part_followed_by_its_date_takes_that_date(sentence, part):
    values = dict(found(sentence, date(2025, 9, 20)))
    assert values[part].startswith("2025-09-05T")
    assert values["September 5"] == "2025-09-05"


@pytest.mark.parametrize(
    "words, value, start, end",
    [
        ("the second week of February", "2026-W07", "2026-02-09", "2026-02-15"),
        ("the first week of March", "2026-W10", "2026-03-02", "2026-03-08"),
        ("the last week of January", "2026-W05", "2026-01-26", "2026-02-01"),
    ],
    ids=["second-feb", "first-march", "last-january"],
)
def test_weeks_of_a_month_count_from_the_week_of_its_first_thursday(words, value, start, end):
    (found,) = tag(f"The strike began in {words}.", published=date(2026, 3, 4))
    assert (found.text, found.value) == (words, value)
    assert (found.span.start.isoformat(), found.span.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [("He was shot last Dec. 30 at his home.", "Dec. 30", "2024-12-30"),
     ("They meet again next March 3 in Rome.", "March 3", "2026-03-03"),
     ("The carrier has been on patrol since March and was scheduled to return.", "March",
      "2025-03")],
    ids=["last-month-day", "next-month-day", "since-month"],
)
def test_a_stated_direction_decides_the_year_of_a_month_or_month_day(sentence, expression,
                                                                     value):
    assert found(sentence) == [(expression, value)]


HISTORY = ("The invasion began on March 20, 2003. Baghdad fell within weeks.\n\n"
           + "The army met little resistance in the south and moved fast along the rivers. " * 5
           + "\n\nOn April 9 crowds pulled down a statue. That spring the looting spread.")


def test_a_history_read_as_narrative_follows_the_story_not_the_publication_date():
    published = date(2009, 12, 19)
    as_news = dict(found(HISTORY, published))
    assert as_news["April 9"] == "2009-04-09"  # six years on, news would mean this April
    as_story = {t.text: t.value for t in tag(HISTORY, published, narrative=True)}
    assert as_story["April 9"] == "2003-04-09"
    assert as_story["That spring"] == "2003-SP"


WAR = ("In 1939, 1940, 1941, 1942 and 1943 the war raged. On April 9 the minister spoke. "
       + "The armies moved across the plains and the rivers, and the cities emptied. " * 70)


def test_a_history_returns_from_an_aside_years_ahead():
    text = ("The invasion began on March 20, 2003. On April 9 Baghdad fell and a statue was torn "
            "down. In November 2008, protesters burned an effigy in the same square. On April 15 "
            "the coalition declared the invasion over. By the end of 2003 the insurgency grew.")
    dates = {t.text: t.value for t in tag(text, date(2009, 12, 1), narrative=True)}
    assert dates["November 2008"] == "2008-11"
    assert dates["April 15"] == "2003-04-15"


def test_a_history_is_not_moved_by_the_end_an_until_clause_names():
    text = ("In September 1944 the army reached Belgrade. A few days later an assault began "
            "that lasted until the fall of Budapest in February 1945. By the start of July the "
            "forces in Burma had repelled the attack.")
    dates = {t.text: t.value for t in tag(text, date(2009, 12, 1), narrative=True)}
    assert dates["the start of July"] == "1944-07"


def test_narrative_false_reads_news_even_when_the_text_names_old_years():
    text = WAR
    published = date(2009, 12, 19)
    assert dict(found(text, published))["April 9"] == "1943-04-09"  # judged a story
    assert {t.text: t.value for t in tag(text, published, narrative=False)}["April 9"] == (
        "2009-04-09")


OLD_YEARS = ("Rallies marked the revolution of 1917. "
             "It was a holiday until 1991, 1992, 1996 and 1941. ")


def test_news_that_recalls_history_dates_its_weekdays_from_the_publication_day():
    """A news story judged a history still reports this week's Monday, not a Monday of 1917."""
    text = OLD_YEARS + "Crowds marched on November 7, 1917. Thousands rallied on Monday."
    monday = date(2005, 11, 7)
    assert dict(found(text, monday))["Monday"] == "2005-11-07"
    as_story = {t.text: t.value for t in tag(text, monday, narrative=True)}
    assert as_story["Monday"] == "1917-11-12"  # a history read day by day keeps its days


def test_today_brings_news_back_from_the_history_it_recalled():
    text = OLD_YEARS + "Troops left on November 7, 1917. Today it is a working day. " \
        "The president signed a law on July 21 cancelling the holiday."
    assert dict(found(text, date(2005, 11, 7)))["July 21"] == "2005-07-21"


def test_a_long_report_that_says_this_week_is_news_however_many_old_years_it_names():
    """Many old years make a long text look like a history; "this week" and one weekday say
    it is news, so a bare month is this year's, not that of the last old year named."""
    filler = "The farms grew fast and the towns around them grew with them. " * 80
    text = ("Officials met this week and again on Wednesday night. In 1918 a flu killed "
            "millions, in 1957 and 1968 others followed, and in 1998 a bird flu appeared. "
            "The company sold 26 million pigs in 2006. " + filler
            + "When half the town fell ill in March, people blamed the farm.")
    assert len(text) > 5_000
    assert dict(found(text, date(2009, 5, 2)))["March"] == "2009-03"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("In 2019 it began. The year before, prices fell.", ("The year before", "2018")),
     ("The port closed on Dec. 3. The day after, ships waited.", ("The day after", "2025-12-04"))],
    ids=["year-before", "day-after"],
)
def test_the_unit_before_or_after_counts_from_the_last_date_named(sentence, expected):
    assert found(sentence)[-1] == expected


def test_the_day_before_an_event_is_not_dated():
    assert found("Talks ended the day before the vote.") == []


@pytest.mark.parametrize(
    ("sentence", "expected", "span"),
    [("Shelling went on. It is the second day of the offensive.",
      ("the second day", "2025-12-27"), (date(2025, 12, 27), date(2025, 12, 27))),
     ("The siege began in March 2003. On the third day, the walls fell.",
      ("the third day", "2003-03-XX"), (date(2003, 3, 1), date(2003, 3, 31))),
     ("In 1998 he was elected. On his first day in office he resigned.",
      ("first day", "1998-XX-XX"), (date(1998, 1, 1), date(1998, 12, 31))),
     ("Troops fought until the end of the final day.",
      ("the end of the final day", "XXXX-XX-XX"), None)],
    ids=["present-is-today", "story-month", "possessive-not-in-extent", "no-reference"],
)
def test_a_counted_day_lies_in_the_period_the_story_has_reached(sentence, expected, span):
    timex = tag(sentence, SATURDAY)[-1]
    assert (timex.text, timex.value) == expected
    assert (timex.span and (timex.span.start, timex.span.end)) == span


@pytest.mark.parametrize("sentence", ["The first-day sales rose.", "Each first day brings work.",
                                      "Every first night is hard."],
                         ids=["hyphenated", "each", "every"])
def test_a_counted_day_needs_the_or_an_owner(sentence):
    assert [t.text for t in tag(sentence, SATURDAY) if "day" in t.text or "night" in t.text] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Sales rose in March.", "2025-03"),
     ("Prices nearly doubled in early March.", "2025-03"),
     ("He was elected on Nov. 3.", "2025-11-03"),
     ("The sale, to be completed in March, needs approval.", "2026-03"),
     ("The offer will close in March.", "2026-03")],
    ids=["rose", "doubled-early", "elected", "to-be-completed", "will"],
)
def test_a_past_verb_acting_on_a_month_outweighs_a_nearer_month_ahead(sentence, value):
    # published on 27 December: the nearest March is the coming one, the verb says the last one
    assert found(sentence)[-1][1] == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("On Feb. 29, 1992 it began. A year later it ended.", ("A year later", "1993-02-28")),
     ("On March 3, 1990 it began. Two years earlier it had failed.",
      ("Two years earlier", "1988-03-03"))],
    ids=["leap-day", "two-years"],
)
def test_years_counted_from_a_day_keep_its_month_and_day(sentence, expected):
    assert found(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("On March 3, 1990 it began. A decade earlier it had failed.",
      ("A decade earlier", "198")),
     ("In 1965 he spoke, as he had almost two decades earlier.",
      ("almost two decades earlier", "194")),
     ("The bridge opened two decades ago.", ("two decades ago", "200")),
     ("The bridge opened a century ago.", ("a century ago", "19"))],
    ids=["from-a-day", "from-a-year", "ago", "century"],
)
def test_decades_and_centuries_counted_name_a_decade_or_century(sentence, expected):
    assert found(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("In 480 BC they fought. A decade earlier, they had lost.",
      ("A decade earlier", "BC0490")),
     ("In 480 BC they fought. The next day they fled.", ("The next day", "BC0480-XX-XX"))],
    ids=["decade", "next-day"],
)
def test_a_story_before_christ_keeps_its_era_for_decades_and_days(sentence, expected):
    assert found(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("In 1950 the war began. During this period refugees fled.", "1950"),
     ("Net income in the third quarter rose 5%. During this period, costs fell.", "2025-Q3")],
    ids=["story-year", "reported-quarter"],
)
def test_this_period_is_the_time_just_named(sentence, value):
    assert found(sentence)[-1] == ("this period", value)


def test_the_quarter_is_the_one_reported_not_one_compared_with():
    text = ("Investment rose 8.8 percent in the third quarter, the same as in the second quarter. "
            "Spending on software rose 10.8 percent during the quarter.")
    assert found(text, date(2025, 11, 30))[-1] == ("the quarter", "2025-Q3")


def test_this_quarter_told_in_the_past_is_the_quarter_reported():
    text = ("Output grew 4.2 percent in the third quarter, down from the 10.8 percent pace seen "
            "in the second quarter. Exports rose 0.8 percent in this quarter.")
    assert found(text, date(2025, 11, 30))[-1] == ("this quarter", "2025-Q3")
    assert found("Sales will rise this quarter.", date(2025, 11, 30)) == [
        ("this quarter", "2025-Q4")]


def test_a_date_put_first_takes_the_tense_of_the_main_clause_however_far():
    sentence = ("In January, a week after the anniversary of the court's decision on the port "
                "dispute, a bomb in the harbour district killed a guard.")
    assert found(sentence, published=date(1998, 8, 25))[0] == ("January", "1998-01")


@pytest.mark.parametrize(
    "sentence",
    ["Net rose in the latest quarter. Sales were $5 million, up from $4 million a year earlier.",
     "Sales fell 8% in the quarter. Revenue was $85 million, from $93 million a year earlier."],
    ids=["the-latest-quarter", "the-quarter"],
)
def test_a_year_earlier_after_a_reported_quarter_is_that_quarter_a_year_before(sentence):
    published = date(1989, 10, 26)  # results for the third quarter are out
    assert found(sentence, published=published)[-1] == ("a year earlier", "1988-Q3")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("It began on May 10, 1940. On that same day, Germany invaded.",
      ("that same day", "1940-05-10")),
     ("In 1940 it began. That same year, Germany invaded.", ("That same year", "1940"))],
    ids=["day", "year"],
)
def test_that_same_unit_is_the_unit_just_named(sentence, expected):
    assert found(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Only a few days earlier, he fled.", ("a few days earlier", "PAST_REF")),
     ("The ship sank a few weeks later.", ("a few weeks later", "FUTURE_REF"))],
    ids=["earlier", "later"],
)
def test_a_vague_count_before_or_after_is_a_vague_past_or_future(sentence, expected):
    # how TimeBank and WikiWars annotators mark five of these eight ("a few days" alone: three)
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [("The index is within reach of the record set on Aug. 6.", None),
     ("The vote is set for Aug. 6.", "future"),
     ("The rights are set to expire on Aug. 6.", "future")],
    ids=["participle", "set-for", "set-to"],
)
def test_set_looks_ahead_only_before_to_or_for(sentence, tense):
    from timeline.temporal.anchor import tense_at

    start = sentence.index("Aug. 6")
    assert tense_at(sentence, start, start + 6) == tense


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("In April and June 1955, the cabinet fell twice.", ("April", "1955-04")),
     ("Talks ran from March to May 2024.", ("March", "2024-03")),
     ("Polls closed between Jan. 3 and Feb. 5, 2020.", ("Jan. 3", "2020-01-03")),
     ("Ships waited from November to February 2024.", ("November", "2023-11")),
     ("In August/September 1956, the leaders met.", ("August", "1956-08")),
     ("Between January and October, exports rose.", ("January", "2025-01"))],
    ids=["and", "to", "month-day", "across-new-year", "slash", "between-and"],
)
def test_a_month_paired_with_a_dated_month_takes_its_year(sentence, expected):
    assert found(sentence)[0] == expected


def test_this_year_in_a_history_is_the_year_the_story_has_reached():
    text = "In 2004 the war went on. Another major event of this year was a scandal."
    assert [(t.text, t.value) for t in tag(text, SATURDAY, narrative=True)][-1] == (
        "this year", "2004")
    assert found(text)[-1] == ("this year", "2025")  # read as news: the publication year
    recalled = OLD_YEARS + "In January, 2004, leaders met. The pact, due this year, is late."
    assert found(recalled)[-1] == ("this year", "2025")  # news that recalls history, too


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("They had worked on it since early 2025, but the strike ended the previous weekend.",
      ("the previous weekend", "2025-W51-WE")),
     ("In June 2024 talks began. The following week they failed.",
      ("The following week", "2024-W23")),
     ("It takes effect in the second half of 2026. The strike ended the previous weekend.",
      ("the previous weekend", "2025-W51-WE"))],
    ids=["year-named-in-passing", "month", "half-year"],
)
def test_a_week_counted_from_a_year_counts_from_publication_in_news(sentence, expected):
    # a week or weekend cannot be counted from "early 2025"; from "June 2024" it can, roughly
    assert found(sentence)[-1] == expected


def test_a_part_of_a_day_range_is_the_part_of_its_first_day():
    text = "Another attempt during the night of 3-4 May 1904 failed."
    assert found(text) == [("the night of 3", "1904-05-03TNI"), ("4 May 1904", "1904-05-04")]


def test_the_morning_after_a_year_is_no_day_of_that_year():
    """"the morning" after "in 1994" must not become 1 January 1994: in news it is the morning
    of the report; in a history, a morning of no known day."""
    text = "The 1994 quake in Northridge was worse. Aftershocks may follow through the morning."
    assert dict(found(text))["the morning"] == "2025-12-27TMO"
    as_story = {t.text: t.value for t in tag(text, SATURDAY, narrative=True)}
    assert as_story["the morning"] == "XXXX-XX-XXTMO"


@pytest.mark.parametrize("zone", ["ET", "EST", "PT", "GMT", "CET"])
def test_a_time_zone_after_a_clock_time_neither_ends_the_sentence_nor_parts_time_and_day(zone):
    assert found(f"Trading resumes at 9:30 a.m. {zone} on Monday.") == [
        (f"9:30 a.m. {zone}", "2025-12-29T09:30"), ("Monday", "2025-12-29")]


def test_a_tense_cue_is_read_across_a_hard_wrapped_line():
    text = ("The ministry said its new minister will sign the trade protocol with Peru and\n"
            "Ecuador on Friday, after talks with the unions of the three largest ports.\n")
    assert dict(found(text))["Friday"] == "2026-01-02"


def test_a_date_in_the_background_of_a_past_perfect_is_not_the_day_that_follows_refer_to():
    text = ("The court ruled on Tuesday. The judges found that the union had given notice before "
            "the walkout began on February 9. The minister arrived the same day.")
    assert dict(found(text, date(2026, 3, 4)))["the same day"] == "2026-03-03"
    text = "In 2008 there had been a decrease in attacks. In May, the army launched an offensive."
    as_story = {t.text: t.value for t in tag(text, date(2010, 1, 1), narrative=True)}
    assert as_story["May"] == "2008-05"  # the year of a main clause's past perfect is the story's


def test_a_date_after_since_is_named_in_passing_and_the_day_is_the_report_s():
    text = "The yen fell to 116.18, its lowest since Sept. 25, and was 116.49 during the day."
    assert dict(found(text, date(2006, 11, 24)))["the day"] == "2006-11-24"


def test_the_same_weekday_without_a_tense_cue_is_the_day_it_was_before():
    text = ("Up to 27,000 runners are expected to take part in Sunday's race. "
            "Neither the police nor the organisers of Sunday's race would comment.")
    assert [v for _, v in found(text)] == ["2025-12-28", "2025-12-28"]


def test_an_abbreviation_does_not_end_the_sentence_a_tense_is_read_from():
    text = "In June, a week after the Roe vs. Wade anniversary, a bombing killed a guard."
    j = text.index("June")
    assert tense_at(text, j, j + 4) == "past"
    text = "The talks that began at 10 p.m. Talks resumed Friday."
    j = text.index("Friday")
    assert tense_at(text, j, j + 6) == "past"  # "p.m." before a capital still ends a sentence


def test_a_short_report_or_one_that_names_weekdays_is_news_that_recalls_history():
    published = date(2009, 12, 19)
    short = "In 1939, 1940, 1941, 1942 and 1943 the war raged. On April 9 the minister spoke."
    assert dict(found(short, published))["April 9"] == "2009-04-09"
    dated_by_weekday = WAR.replace("the minister spoke.",
                                   "the minister spoke on Friday, and again on Monday.")
    assert dict(found(dated_by_weekday, published))["April 9"] == "2009-04-09"


def test_a_year_planned_ahead_of_a_story_day_does_not_move_the_story():
    history = (
        "The war in Vietnam went on for years. In 1968 the offensive began. In 1969 talks opened "
        "in Paris. In 1970 the fighting spread. In 1972 a new offensive came. In 1973 a treaty "
        "was signed. " * 8
        + "On 10 March 1975 the army attacked Ban Me Thuot, and the road to the coast would be "
        "exposed for a campaign planned in 1976. The garrison collapsed on 11 March.")
    found = {t.text: t.value for t in tag(history, date(2009, 12, 19), narrative=True)}
    assert found["11 March"] == "1975-03-11"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Security was tightened after the Sept. 11 attacks.", [("Sept. 11", "2001-09-11")]),
    ("Since the September 11th terrorist attacks, the agency has grown.",
     [("September 11th", "2001-09-11")]),
    ("Survivors of 9/11 gathered at the site.", [("9/11", "2001-09-11")]),
    ("He was born on Sept. 11.", [("Sept. 11", "2004-09-11")]),
    ("Officials feared another 9/11.", []),
    ("Prices rose 9/11 percent.", []),
])
def test_the_attacks_of_september_11_name_their_day_in_any_later_year(sentence, expected):
    found = tag(sentence, published=date(2005, 6, 10))
    assert [(t.text, t.value) for t in found] == expected


def test_nine_eleven_before_the_attacks_is_not_their_day():
    assert tag("The fair opens 9/11.", published=date(1999, 6, 1)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("For nearly seven decades, the gears went into watches. Today, most end up in robots.",
     "PRESENT_REF"),
    ("Millbrook had 5,800 residents in 1970; today it has about 3,100.", "PRESENT_REF"),
    ("The minister arrived in 1998. Today, she met the president.", "2024-01-17"),
    ("It happened once in the 1990s. Today she is crying again.", "2024-01-17"),
    ("This week he visits ports built between 1450 and 1600. Today he is in Lisbon.",
     "2024-01-17"),
])
def test_today_set_against_years_long_past_is_the_present_age(text, expected):
    found = [t for t in tag(text, published=date(2024, 1, 17)) if t.text.lower() == "today"]
    assert [t.value for t in found] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chipmakers firmed after the chip maker on Thursday raised its revenue forecast for the "
     "year.", "2024-10-17"),
    ("Heavy snow is forecast for Thursday.", "2024-10-24"),
    ("The governor declared a state of emergency Tuesday ahead of the storm.", "2024-10-15"),
    ("Ahead of Sunday's vote, troops deployed.", "2024-10-13"),
    ("Troops will deploy ahead of Sunday's vote.", "2024-10-20"),
])
def test_a_forecast_noun_or_what_the_day_came_ahead_of_lends_it_no_future(sentence, expected):
    day = [t for t in tag(sentence, published=date(2024, 10, 18)) if t.text.endswith("day")]
    assert [t.value for t in day] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("But at 10 a.m. Saturday, 26 months after the last visitors filed out, the doors will "
     "open again.", "2025-06-14T10:00"),
    ("At 9 p.m. Wednesday, after hours of talks, the parties signed the deal.",
     "2025-06-11T21:00"),
])
def test_a_time_and_day_opening_a_sentence_take_the_main_clause_tense(sentence, expected):
    assert tag(sentence, published=date(2025, 6, 13))[0].value == expected


def test_a_fiscal_year_that_ended_is_a_duration_and_its_end_has_passed():
    found = tag("For the fiscal year that ended on June 30, sales rose 4 percent.",
                published=date(2025, 5, 30))
    assert [(t.text, t.value) for t in found] == [("the fiscal year", "P1Y"),
                                                    ("June 30", "2024-06-30")]


def test_the_three_months_ended_a_quarter_end_are_the_quarter_compared():
    text = ("It forecast higher sales for the current quarter. Net income rose in the three "
            "months ended Dec. 31, from $214 million in the year-earlier period.")
    found = dict((t.text, t.value) for t in tag(text, published=date(2024, 2, 8)))
    assert found["the current quarter"] == "2024-Q1"
    assert found["the year-earlier period"] == "2022-Q4"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I will be in the market on Saturdays.", [("Saturdays", "XXXX-WXX-6")]),
    ("There was an early Happy Mondays session.", []),
    ("A memorial mass is held every Aug. 17.", [("every Aug. 17", "XXXX-08-17")]),
    ("Freezing rain that crossed the province overnight coated power lines.",
     [("overnight", "2019-10-10TNI")]),
    ("The overnight rate rose.", []),
    ("Bergvik host Fjellstad at Nordre Stadion on Sunday.", [("Sunday", "2019-10-13")]),
    ("In Sunday's play, both pairs lost.", [("Sunday", "2019-10-06")]),
    ("Kids who couldn't play the guitar formed bands on Sunday.", [("Sunday", "2019-10-06")]),
])
def test_repeated_days_adverbs_and_plural_presents(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, published=date(2019, 10, 11))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I am thinking about getting through the next fortnight.", [("the next fortnight", "P2W")]),
    ("Over the past fortnight, prices rose.", [("the past fortnight", "P2W")]),
    ("The company raised its full-year 2014 earnings forecast.", [("full-year 2014", "2014")]),
    ("Supporters said they would push for a property-tax levy on the November ballot.",
     [("November", "2011-11")]),
    ("It would become a two-way fight because observers late Wednesday night were predicting "
     "a loss.", [("late Wednesday night", "2011-03-16TNI")]),
    ("A group has called a meeting for 7 p.m. Tuesday at the branch.",
     [("7 p.m. Tuesday", "2011-03-22T19:00")]),
])
def test_fortnights_full_years_and_what_is_set_or_would_come(sentence, expected):
    found = [(t.text, t.value) for t in tag(sentence, published=date(2011, 3, 17))]
    assert found == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Militants were killed by troops overnight, medics said.", "2019-10-10TNI"),
    ("Temperatures will fall sharply overnight.", "2019-10-11TNI"),
])
def test_overnight_told_in_the_past_is_the_night_before_the_report(sentence, expected):
    assert [t.value for t in tag(sentence, published=date(2019, 10, 11))] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The department will report sales of newly built homes for July on Friday.",
     [("July", "2019-07"), ("Friday", "2019-08-23")]),
    ("She expects sales to hold near this pace through the fall, but warned that rates are low.",
     [("the fall", "2019-FA")]),
    ("She will join the coaching staff in January and said she hopes to coach.",
     [("January", "2020-01")]),
    ("U.S. markets will be closed Nov. 25 for Thanksgiving.",
     [("Nov. 25", "2019-11-25"), ("Thanksgiving", "2019-11-28")]),
])
def test_a_saying_or_participle_after_the_date_lends_it_no_tense(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, published=date(2019, 8, 22))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The coalition could lose its majority in Sunday's vote.", "2024-10-27"),
    ("Treviso could drop to the bottom of the table on Sunday.", "2024-10-27"),
    ("He could not attend on Sunday.", "2024-10-20"),
    ("Shoppers crowded the stores on Sunday to buy whatever they could carry.", "2024-10-20"),
])
def test_could_before_a_day_looks_ahead_unless_negated_or_after_it(sentence, expected):
    assert [t.value for t in tag(sentence, published=date(2024, 10, 23))] == [expected]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("The bridge will not open until mid-2018 at the earliest, the agency conceded Tuesday.",
     date(2014, 7, 9), "2014-07-08"),
    ("Details of the charges will be officially released Monday.", date(2010, 2, 5),
     "2010-02-08"),
    ("It is a memory. On Wednesday, the names of the 62 will be read aloud.",
     date(2024, 12, 15), "2024-12-18"),
    ("It expects power back for 90 percent of affected customers by 11 p.m. Wednesday.",
     date(2019, 11, 18), "2019-11-20T23:00"),
])
def test_the_verb_that_governs_a_day_and_a_deadline_by_it(sentence, published, expected):
    found = [t.value for t in tag(sentence, published=published) if t.value[:2] == "20"]
    assert found[-1] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The examination will run from 4th November to 22nd November.",
     [("4th November", "2024-11-04"), ("22nd November", "2024-11-22")]),
    ("The museum will open in November.", [("November", "2024-11")]),
    ("A downward revision Friday to December's figures cut the total.",
     [("Friday", "2023-12-01"), ("December", "2023-12")]),
])
def test_what_will_happen_on_a_date_is_ahead_and_a_range_ends_in_its_year(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, published=date(2023, 12, 7))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dozens of districts will start late or stay closed Wednesday.", "2024-01-17"),
    ("A holiday crowd is worth more than a crowded June.", "2024-06"),
])
def test_a_participle_after_a_verb_or_article_governs_no_date(sentence, expected):
    assert [t.value for t in tag(sentence, published=date(2024, 1, 16))] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The college canceled classes through Thursday.", ["2010-02-11"]),
    ("The market rallied through Friday.", ["2010-02-05"]),
    ("The festival returns to Riverside Park Saturday and Sunday.", ["2010-02-13", "2010-02-14"]),
])
def test_through_a_day_runs_ahead_and_returns_is_a_schedule(sentence, expected):
    assert [t.value for t in tag(sentence, published=date(2010, 2, 9))] == expected
