"""Participants of event mentions: who or what took part, by role, where the sentence says so."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.events import extract_events
from timeline.model import Document

PUBLISHED = date(2024, 5, 17)
ROLES = {"agent", "patient", "recipient", "partner", "location"}


def mentions(text: str):
    doc = Document(id="doc1", path="doc1.txt", text=text, published=PUBLISHED)
    return extract_events(doc, [])


def participants(text: str, trigger: str | None = None) -> tuple[tuple[str, str], ...]:
    """The participants of the one mention (or of the mention with ``trigger``)."""
    found = mentions(text)
    if trigger is not None:
        found = [m for m in found if m.trigger == trigger]
    assert len(found) == 1, [(m.trigger, m.title) for m in found]
    return found[0].participants


A, P, R, W, L = "agent", "patient", "recipient", "partner", "location"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Premier Okafor toured two steel mills in Gdansk.",
            None,
            ((A, "Okafor"), (P, "two steel mills"), (L, "Gdansk")),
        ),
        (
            "North Korean leader Kim Jong Un visited a tractor plant.",
            None,
            ((A, "Kim Jong Un"), (P, "tractor plant")),
        ),
        (
            "Russian forces shelled the port of Odesa.",
            None,
            ((A, "Russian forces"), (P, "port of Odesa")),
        ),
        (
            "Premier Okafor visited China and Russia.",
            None,
            ((A, "Okafor"), (P, "China"), (P, "Russia")),
        ),
        (
            "Chile signed a fisheries agreement with Peru.",
            None,
            ((A, "Chile"), (P, "fisheries agreement"), (W, "Peru")),
        ),
        (
            "Premier Okafor held talks with Japan in Geneva.",
            None,
            ((A, "Okafor"), (W, "Japan"), (L, "Geneva")),
        ),
        (
            "Chancellor Brandt met President Okafor in Oslo.",
            None,
            ((A, "Brandt"), (W, "Okafor"), (L, "Oslo")),
        ),
        (
            "Premier Okafor met union leader Tomas Ferreira.",
            None,
            ((A, "Okafor"), (W, "Tomas Ferreira")),
        ),
        (
            "Peru signed an agreement with Chile and Ecuador.",
            None,
            ((A, "Peru"), (P, "agreement"), (W, "Chile"), (W, "Ecuador")),
        ),
        (
            "France sold 12 jets to India.",
            None,
            ((A, "France"), (P, "12 jets"), (R, "India")),
        ),
        (
            "Iran supplied Russia with drones.",
            None,
            ((A, "Iran"), (P, "drones"), (R, "Russia")),
        ),
        (
            "Premier Okafor flew to Nairobi.",
            None,
            ((A, "Okafor"), (L, "Nairobi")),
        ),
        (
            "Farmers marched through Lyon on Saturday.",
            None,
            ((A, "Farmers"), (L, "Lyon")),
        ),
        (
            "In Lyon, police arrested two men.",
            None,
            ((A, "police"), (P, "two men"), (L, "Lyon")),
        ),
        (
            "Police in Lyon arrested two men.",
            None,
            ((A, "Police"), (P, "two men"), (L, "Lyon")),
        ),
        (
            "The treaty that Chile signed with Peru took effect.",
            None,
            ((A, "Chile"), (P, "treaty"), (W, "Peru")),
        ),
        (
            "Premier Okafor met the engineers and ordered them to inspect the dam.",
            "ordered",
            ((A, "Okafor"), (P, "engineers")),
        ),
        (
            "Premier Okafor met the engineers and ordered them to inspect the dam.",
            "inspect",
            ((A, "engineers"), (P, "dam")),
        ),
    ],
    ids=[
        "agent-object-place",
        "titled-actor",
        "adjective-subject",
        "two-objects",
        "signed-with",
        "talks-with",
        "met-person",
        "titled-partner",
        "two-partners",
        "sold-to",
        "supplied-with",
        "flew-to",
        "through",
        "opening-place",
        "place-in-subject",
        "relative-object",
        "them-resolved",
        "ordered-to",
    ],
)
def test_verb_participants(text, trigger, expected):
    assert participants(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was struck by the ministry.", ((A, "ministry"),)),
        ("Three people were arrested in Lyon.", ((P, "Three people"), (L, "Lyon"))),
        ("The bridge was bombed by Russia.", ((A, "Russia"), (P, "bridge"))),
        (
            "The factory was closed by regulators in Valparaíso.",
            ((A, "regulators"), (P, "factory"), (L, "Valparaíso")),
        ),
        ("Two soldiers were killed near Donetsk.", ((P, "Two soldiers"), (L, "Donetsk"))),
    ],
    ids=["by-phrase", "patient-place", "by-actor", "by-and-place", "near"],
)
def test_passive_participants(text, expected):
    assert participants(text) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Russia's invasion of Ukraine began in 2022.",
            "began",
            ((A, "Russia"), (P, "Ukraine")),
        ),
        (
            "The Chinese blockade of Taiwan alarmed Japan.",
            "blockade",
            ((A, "China"), (P, "Taiwan")),
        ),
        (
            "The Russian attack on Kharkiv killed four people.",
            "attack",
            ((A, "Russia"), (P, "Kharkiv")),
        ),
        ("Japan imposed sanctions on Russia.", "sanctions", ((A, "Japan"), (P, "Russia"))),
        (
            "Premier Okafor's visit to Japan ended on Friday.",
            "ended",
            ((A, "Okafor"), (P, "Japan")),
        ),
        (
            "Talks between Chile and Peru resumed on Monday.",
            "Talks",
            ((W, "Chile"), (W, "Peru")),
        ),
    ],
    ids=["possessor-of", "adjective-of", "attack-on", "sanctions-on", "visit-to", "between"],
)
def test_event_noun_participants(text, trigger, expected):
    assert participants(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An earthquake struck Peru.", ((L, "Peru"),)),
        ("A strong earthquake struck 40 km north of Lima.", ((L, "40 km north of Lima"),)),
        ("A new container port opened north of Lima.", ((L, "north of Lima"),)),
        ("Troops were deployed in the U.S. on Friday.", ((P, "Troops"), (L, "United States"))),
    ],
    ids=["struck-country", "distance-direction", "direction", "country-canonical"],
)
def test_locations(text, expected):
    assert participants(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The strike began on Monday.",
        "Talks collapsed.",
        "The dispute began after the contract expired.",
    ],
    ids=["strike-began", "talks-collapsed", "dispute-began"],
)
def test_a_sentence_that_names_no_participant_gives_none(text):
    assert all(m.participants == () for m in mentions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile signed the accord in March.", ((A, "Chile"), (P, "accord"))),  # a date
        ("Chile signed the accord at the Peruvian embassy.", ((A, "Chile"), (P, "accord"))),
        ("Norway invested in Acme last year.", ((A, "Norway"),)),  # what, not where
        ("Premier Okafor signed the decree at Reuters.", ((A, "Okafor"), (P, "decree"))),
        ("Reuters reported that Chile signed the accord.", ((A, "Chile"), (P, "accord"))),
        ("The ministry signed it on Friday.", ((A, "ministry"),)),  # "it" stands for nothing
    ],
    ids=["date", "adjective", "invested-in", "organisation", "reporter", "pronoun"],
)
def test_no_invented_place_reporter_or_pronoun(text, expected):
    assert participants(text) == expected


def test_participants_are_deterministic_and_keep_role_order():
    text = "Premier Okafor held talks with Japan in Geneva."
    first, second = participants(text), participants(text)
    assert first == second
    order = ["agent", "patient", "recipient", "partner", "location"]
    assert [order.index(r) for r, _ in first] == sorted(order.index(r) for r, _ in first)


PIECES = [
    "Kim ", "Russia ", "Moscow's ", "Peru ", "the ", "a ", "port ", "factory ", "in ", "at ",
    "Lyon ", "with ", "to ", "of ", "by ", "was ", "were ", "toured ", "signed ", "met ",
    "arrested ", "sold ", "invasion ", "talks ", "held ", "near ", "north ", "it ", "them ",
    "and ", ", ", ". ", "on ", "Friday ", "earthquake ", "struck ", "40 km ", "said ",
]
_WORD = re.compile(r"\w+")


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_participants_never_invent_words(text):
    """Every name is a role of the closed set and either an actor's canonical name or words of
    the text; none is empty or long."""
    canonical = {a.name for a in find_actors(text)}
    words = set(_WORD.findall(text))
    for mention in mentions(text):
        for role, name in mention.participants:
            assert role in ROLES
            assert name and len(name.split()) <= 9
            assert name in canonical or set(_WORD.findall(name)) <= words, (role, name, text)


def test_participants_keep_capitals_that_headline_titles_lower():
    """Found by the property test: a title-cased line lowers "Lyon" in titles, not in roles."""
    for mention in mentions("Russia Russia Lyon toured "):
        for _, name in mention.participants:
            assert "lyon" not in name
