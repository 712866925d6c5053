"""Actors: countries, organisations, groups and people, and their canonical names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import (
    ActorSpan,
    canonical_actor,
    country_adjective,
    find_actors,
    is_capital,
    is_country,
    is_organisation_name,
    proper_names,
    resolve_document_actors,
    scan_actors,
)


def names(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The North Korean navy sailed.", "North Korea"),
        ("Russian troops advanced.", "Russia"),
        ("Ukrainian drones hit a depot.", "Ukraine"),
        ("American officials flew in.", "United States"),
        ("The US sent envoys.", "United States"),
        ("The U.S. sent envoys.", "United States"),
        ("The United States sent envoys.", "United States"),
        ("Talks with the Russian Federation stalled.", "Russia"),
        ("The Democratic People's Republic of Korea replied.", "North Korea"),
        ("Officials in Viet Nam agreed.", "Vietnam"),
        ("A Bolivian minister resigned.", "Bolivia"),
        ("Lao officials agreed.", "Laos"),
    ],
)
def test_countries_and_demonyms_have_one_canonical_name(text, expected):
    assert (expected, "country") in names(text)


@pytest.mark.parametrize(
    ("capital", "country"),
    [
        ("Pyongyang", "North Korea"),
        ("Moscow", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Beijing", "China"),
        ("Seoul", "South Korea"),
        ("Tokyo", "Japan"),
        ("Washington", "United States"),
    ],
)
def test_capital_used_as_actor_names_its_country(capital, country):
    assert names(f"{capital} rejected the offer on Monday.") == [(country, "country")]
    assert names(f"Talks were held in {capital} on Monday.") == []
    assert names(f"The envoy flew to {capital}.") == []


def test_possessive_capital_is_an_actor():
    (actor,) = find_actors("Delegates criticised Moscow's decision.")
    assert (actor.text, actor.name) == ("Moscow", "Russia")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO ministers met.", [("NATO", "organisation")]),
        ("The UN voted.", [("United Nations", "organisation")]),
        ("Shares rose, Reuters reported.", [("Reuters", "organisation")]),
        ("The ICBM flew far.", []),
        ("GDP grew while the CEO spoke on TV.", []),
        ("Hamas fighters withdrew.", [("Hamas", "group")]),
    ],
    ids=["nato", "un", "reuters", "icbm-stoplist", "stoplist", "group"],
)
def test_acronyms_and_known_organisations(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A delegation of the Second Economic Committee arrived.", "Second Economic Committee"),
        ("The Ministry of Foreign Affairs protested.", "Ministry of Foreign Affairs"),
        ("Analysts at the Danube Institute for Policy disagreed.", "Danube Institute for Policy"),
        ("The Russian Defence Ministry said nothing.", "Russian Defence Ministry"),
    ],
)
def test_organisations_by_their_shape(text, expected):
    assert (expected, "organisation") in names(text)


def test_acronym_in_brackets_resolves_to_the_organisation():
    text = "The Baltic Shipping Council (BSC) met. Later the BSC voted."
    found = [(a.text, a.name) for a in find_actors(text)]
    assert found == [
        ("Baltic Shipping Council", "Baltic Shipping Council"),
        ("BSC", "Baltic Shipping Council"),
        ("BSC", "Baltic Shipping Council"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Jong Un arrived.", "Kim Jong Un"),
        ("Kim Jong-un arrived.", "Kim Jong Un"),
        ("Officials met Maria Fernanda Lopez.", "Maria Fernanda Lopez"),
        ("They welcomed President Okonkwo on Monday.", "Okonkwo"),
        ("Okonkwo said the plan failed.", "Okonkwo"),
    ],
    ids=["spaced", "hyphenated", "three-part", "titled", "subject-of-verb"],
)
def test_person_names(text, expected):
    assert (expected, "person") in names(text)


def test_hyphenated_and_spaced_names_share_a_canonical_name():
    assert canonical_actor("Kim Jong-un") == canonical_actor("Kim Jong Un") == "Kim Jong Un"
    assert canonical_actor("Jean-Pierre Dubois") == "Jean-Pierre Dubois"


def test_short_form_resolves_to_the_full_name_within_a_document():
    text = "Kim Jong-un inspected a plant. Later, Kim met workers. Dubois was absent."
    found = [(a.text, a.name) for a in find_actors(text)]
    assert found == [("Kim Jong-un", "Kim Jong Un"), ("Kim", "Kim Jong Un")]


def test_months_weekdays_and_sentence_starters_are_not_people():
    assert names("On Monday In March The Council met. However Nobody Came.") == []
    assert names("Breaking News Today") == []


def test_title_case_headline_keeps_only_names_confirmed_by_the_body():
    text = (
        "Lee Sun Hee Orders Massive Harbour Upgrade Plan\n"
        "Governor Lee Sun Hee announced the plan on Monday."
    )
    found = [(a.text, a.name, a.kind) for a in find_actors(text)]
    assert ("Lee Sun Hee", "Lee Sun Hee", "person") in found
    assert all("Massive" not in a[0] and "Harbour" not in a[0] for a in found)


def test_regions_and_wars_are_not_actors():
    assert names("Tension rose on the Korean Peninsula and across Northeast Asia.") == []
    assert names("Veterans of the Korean War gathered.") == []


def test_resolution_prefers_the_most_frequent_full_name():
    spans = [
        ActorSpan(0, 9, "Ana Silva", "Ana Silva", "person"),
        ActorSpan(20, 30, "Rui Silva", "Rui Silva", "person"),
        ActorSpan(40, 50, "Rui Silva", "Rui Silva", "person"),
        ActorSpan(60, 65, "Silva", "Silva", "name"),
    ]
    assert resolve_document_actors(spans)["Silva"] == "Rui Silva"


def test_unconfirmed_lone_name_is_dropped():
    spans = scan_actors("Officials visited Busan yesterday.")
    assert any(s.kind == "name" for s in spans)
    assert find_actors("Officials visited Busan yesterday.") == []


@pytest.mark.parametrize("sentence", [
    "The fruit passes through the nearby port of San Antonio.",
    "Truckers blocked the San Antonio port road for six hours.",
    "Protests spread to the outskirts of Puerto Montt.",
])
def test_a_name_the_words_around_call_a_place_is_no_actor(sentence):
    assert [s.text for s in scan_actors(sentence) if "San" in s.text or "Puerto" in s.text] == []


def test_a_lone_name_after_in_before_a_verb_is_a_place_not_a_person():
    assert names("Police in Lyon arrested two men.") == []
    assert names("Police said Okafor arrested two men.") == [("Okafor", "person")]


def test_capitals_are_known_as_capitals():
    assert (is_capital("Lima"), is_capital("Peru"), is_capital("Atlantis")) == (True, False, False)


def test_country_adjective():
    assert country_adjective("Russia") == "Russian"
    assert country_adjective("North Korea") == "North Korean"
    assert country_adjective("United States") == "American"
    assert country_adjective("Atlantis") == "Atlantis"


@given(st.text(alphabet=st.sampled_from("ab AB.K-'’\nUSNorth Korea"), max_size=80))
def test_actor_spans_slice_inside_the_text(text):
    for actor in find_actors(text):
        assert 0 <= actor.start < actor.end <= len(text)
        assert text[actor.start : actor.end] == actor.text
        assert actor.kind in ("person", "organisation", "country", "group")


@given(st.text(max_size=200), st.integers(0, 50), st.integers(0, 250))
def test_find_actors_never_raises_and_stays_in_range(text, start, end):
    end = min(end, len(text))
    for actor in find_actors(text, start, end):
        assert start <= actor.start <= actor.end <= max(end, start)


@pytest.mark.parametrize(
    "text",
    [
        "SAN ANTONIO, Chile - Drivers met NATO envoys.",
        "OSLO \u2014 Drivers met NATO envoys.",
        "Intro line.\nPORT MORESBY, Papua New Guinea \u2013 Drivers met NATO envoys.",
        "QUITO -- Drivers met NATO envoys.",
    ],
    ids=["caps-comma-country", "one-word-em-dash", "second-paragraph", "double-hyphen"],
)
def test_dateline_is_where_the_story_was_filed_not_an_actor(text):
    assert names(text) == [("NATO", "organisation")]


def test_capitals_inside_a_sentence_are_not_a_dateline():
    assert ("Peru", "country") in names("Drivers from Peru - and NATO - met.")


def test_short_form_of_a_company_resolves_to_its_full_name():
    spans = scan_actors("Brindle Terminals cut jobs. Later Brindle said it would appeal.")
    names_ = resolve_document_actors(spans)
    assert names_.get("Brindle") == "Brindle Terminals"


def test_place_before_an_institution_is_not_its_short_form():
    spans = scan_actors("The Tarnow Court of Appeals ruled. Crowds gathered in Tarnow.")
    assert resolve_document_actors(spans).get("Tarnow") != "Tarnow Court of Appeals"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers marched in Lyon on Saturday.", {"lyon"}),
        ("In Marseille, farmers marched.", {"marseille"}),
        ("Talks in Lima ended on Monday.", {"lima"}),
        ("Lima said talks ended.", set()),
        ("Minister Anna Berg visited the Kestrel dam.", {"kestrel"}),
        ("Members of the Harrow Dockers' Union voted.", set()),
        ("Chile voted in March.", set()),
    ],
    ids=["city", "after-preposition-at-start", "capital-as-place", "capital-as-actor",
         "run-of-names-left-out", "end-of-a-longer-name", "country-and-month"],
)
def test_proper_names_are_lone_names_of_places_and_things(text, expected):
    skip = [a.name for a in find_actors(text)]
    assert proper_names(text, skip) == expected


def test_proper_names_stay_inside_the_window():
    text = "Farmers marched in Lyon while others met in Nantes."
    assert proper_names(text, (), 0, 25) == {"lyon"}


def test_plural_demonyms_name_their_country():
    assert names("Peruvians voted, and Ghanaians watched.") == [
        ("Peru", "country"),
        ("Ghana", "country"),
    ]


def test_country_and_organisation_names():
    assert is_country("Chile") and not is_country("Chilean")
    assert is_organisation_name("Orsk Court of Appeals")
    assert not is_organisation_name("Anna Berg")


class _FakeEntity:
    def __init__(self, text, start, label):
        self.text, self.label_ = text, label
        self.start_char, self.end_char = start, start + len(text)


class _FakeNLP:
    """Stands in for a spaCy pipeline: finds the entities it was given, by their words."""

    def __init__(self, entities):
        self.entities = entities

    def __call__(self, text):
        class Doc:
            ents = [_FakeEntity(t, text.index(t), label) for t, label in self.entities if t in text]

        return Doc()


def test_spacy_entities_are_added_where_the_rules_found_nothing(monkeypatch):
    import timeline.actors as actors

    nlp = _FakeNLP(
        [("Acme", "ORG"), ("Canada", "GPE"), ("Springfield", "GPE"), ("Lena", "PERSON")]
    )
    monkeypatch.setattr(actors, "spacy_pipeline", lambda: nlp)
    text = "Later, Acme and Lena met officials from Canada in Springfield."
    found = {(a.text, a.name, a.kind) for a in actors.scan_actors(text)}
    assert ("Acme", "Acme", "organisation") in found
    assert ("Lena", "Lena", "person") in found
    assert ("Canada", "Canada", "country") in found
    assert not any(a[0] == "Springfield" for a in found)  # a place, not an actor we track
    spans = actors.scan_actors(text)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_without_spacy_the_rules_alone_decide(monkeypatch):
    import timeline.actors as actors

    monkeypatch.setattr(actors, "spacy_pipeline", lambda: None)
    assert [a.name for a in actors.find_actors("Canada said so.")] == ["Canada"]
