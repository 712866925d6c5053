"""Tests for non-English temporal expressions (timeline.temporal.multilingual)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.model import Anchor, Granularity, TimexType
from timeline.temporal._ml_patterns import tables
from timeline.temporal.multilingual import _parse_fallback, plausible, tag_multilingual

PUBLISHED = date(2025, 12, 27)  # a Saturday

# (language, text, expression, value, granularity, span start, span end, anchor)
ABSOLUTE = [
    ("de", "Am 3. März 2025 begann es.", "3. März 2025", "2025-03-03", "day", None, None),
    (
        "de",
        "Im März 2025 stiegen die Preise.",
        "März 2025",
        "2025-03",
        "month",
        "2025-03-01",
        "2025-03-31",
    ),
    ("de", "Am 03.03.2025 kam er.", "03.03.2025", "2025-03-03", "day", None, None),
    ("de", "Im Jahr 2024 war es anders.", "2024", "2024", "year", "2024-01-01", "2024-12-31"),
    ("fr", "Le 3 mars 2025, il a parlé.", "3 mars 2025", "2025-03-03", "day", None, None),
    (
        "fr",
        "Le 1er mai 2024 à 14h30.",
        "1er mai 2024 à 14h30",
        "2024-05-01T14:30",
        "time",
        None,
        None,
    ),
    (
        "es",
        "Ocurrió el 3 de marzo de 2025 en Lima.",
        "3 de marzo de 2025",
        "2025-03-03",
        "day",
        None,
        None,
    ),
    (
        "es",
        "En febrero de 2024 hubo elecciones.",
        "febrero de 2024",
        "2024-02",
        "month",
        "2024-02-01",
        "2024-02-29",
    ),
    ("it", "Il 3 marzo 2025 a Roma.", "3 marzo 2025", "2025-03-03", "day", None, None),
    ("pt", "Em 3 de março de 2025, no Rio.", "3 de março de 2025", "2025-03-03", "day", None, None),
    ("nl", "Op 3 maart 2025 in Gent.", "3 maart 2025", "2025-03-03", "day", None, None),
    ("ru", "3 марта 2025 года в Москве.", "3 марта 2025 года", "2025-03-03", "day", None, None),
    ("ru", "в 2024 году", "2024 году", "2024", "year", "2024-01-01", "2024-12-31"),
    ("ja", "2025年に始まった。", "2025年", "2025", "year", "2025-01-01", "2025-12-31"),
    ("ja", "2025年12月26日に発表した。", "2025年12月26日", "2025-12-26", "day", None, None),
    ("ja", "2025年3月3日午後3時に", "2025年3月3日午後3時", "2025-03-03T15:00", "time", None, None),
    ("zh", "2025年3月，公司成立。", "2025年3月", "2025-03", "month", "2025-03-01", "2025-03-31"),
    ("zh", "于2024年12月26日宣布", "2024年12月26日", "2024-12-26", "day", None, None),
    ("ko", "2025년 3월 3일 서울에서", "2025년 3월 3일", "2025-03-03", "day", None, None),
    ("ar", "في 3 مارس 2025 في القاهرة", "3 مارس 2025", "2025-03-03", "day", None, None),
    ("de", "Termin: 2025-03-03.", "2025-03-03", "2025-03-03", "day", None, None),
]


def _ids(rows):
    return [f"{row[0]}:{row[2]}" for row in rows]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value", "granularity", "first", "last"),
    ABSOLUTE,
    ids=_ids(ABSOLUTE),
)
def test_absolute_dates_are_read_with_offsets_value_and_span(
    language, text, expression, value, granularity, first, last
):
    for published in (PUBLISHED, None):
        (timex,) = tag_multilingual(text, language, published, document="d1")
        assert (timex.start_char, timex.end_char) == (
            text.index(expression),
            text.index(expression) + len(expression),
        )
        assert timex.text == expression
        assert timex.value == value
        assert timex.anchor is Anchor.ABSOLUTE
        assert timex.span.granularity is Granularity(granularity)
        assert timex.type is (TimexType.TIME if granularity == "time" else TimexType.DATE)
        assert timex.language == language and timex.document == "d1"
        day = value[:10]
        assert timex.span.start == date.fromisoformat(first or day)
        assert timex.span.end == date.fromisoformat(last or day)


# (language, text, expression, value with PUBLISHED, granularity, unanchored value)
RELATIVE = [
    ("de", "Das geschah gestern.", "gestern", "2025-12-26", "day", "XXXX-XX-XX"),
    ("de", "Er kam vor 3 Tagen an.", "vor 3 Tagen", "2025-12-24", "day", "XXXX-XX-XX"),
    ("de", "Das war letzte Woche.", "letzte Woche", "2025-W51", "week", "XXXX-WXX"),
    ("fr", "Il est parti hier.", "hier", "2025-12-26", "day", "XXXX-XX-XX"),
    ("fr", "Il est arrivé il y a 3 jours.", "il y a 3 jours", "2025-12-24", "day", "XXXX-XX-XX"),
    ("ja", "3日前に発表した。", "3日前", "2025-12-24", "day", "XXXX-XX-XX"),
    ("fr", "Le 3 mars, rien.", "3 mars", "2026-03-03", "day", "XXXX-03-03"),
    ("es", "Llegó ayer por la tarde.", "ayer", "2025-12-26", "day", "XXXX-XX-XX"),
    ("es", "Ocurrió la semana pasada.", "la semana pasada", "2025-W51", "week", "XXXX-WXX"),
    ("it", "È successo ieri.", "ieri", "2025-12-26", "day", "XXXX-XX-XX"),
    ("ru", "Это было вчера.", "вчера", "2025-12-26", "day", "XXXX-XX-XX"),
    ("ja", "昨日、発表した。", "昨日", "2025-12-26", "day", "XXXX-XX-XX"),
    ("ja", "12月26日に発表した。", "12月26日", "2025-12-26", "day", "XXXX-12-26"),
    ("zh", "去年经济增长。", "去年", "2024", "year", "XXXX"),
    ("zh", "昨天发生了地震。", "昨天", "2025-12-26", "day", "XXXX-XX-XX"),
    ("ko", "어제 발표했다.", "어제", "2025-12-26", "day", "XXXX-XX-XX"),
    ("de", "Am Freitag trafen sie sich.", "Freitag", "2025-12-26", "day", "XXXX-WXX-5"),
]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value", "granularity", "unanchored"),
    RELATIVE,
    ids=_ids(RELATIVE),
)
def test_relative_dates_anchor_to_published_or_stay_unanchored(
    language, text, expression, value, granularity, unanchored
):
    (timex,) = tag_multilingual(text, language, PUBLISHED)
    assert timex.text == expression and text[timex.start_char : timex.end_char] == expression
    assert timex.value == value
    assert timex.anchor is Anchor.PUBLISHED
    assert timex.span.granularity is Granularity(granularity)
    (bare,) = tag_multilingual(text, language, None)
    assert (bare.start_char, bare.end_char) == (timex.start_char, timex.end_char)
    assert bare.value == unanchored
    assert bare.anchor is Anchor.UNANCHORED and bare.span is None
    assert bare.confidence < timex.confidence


def test_last_week_spans_monday_to_sunday_of_the_previous_iso_week():
    (timex,) = tag_multilingual("la semana pasada", "es", PUBLISHED)
    assert (timex.span.start, timex.span.end) == (date(2025, 12, 15), date(2025, 12, 21))


def test_yearless_date_takes_the_nearest_occurrence_to_publication():
    (early,) = tag_multilingual("le 3 mars", "fr", date(2025, 4, 1))
    (late,) = tag_multilingual("le 3 mars", "fr", date(2025, 12, 27))
    assert (early.value, late.value) == ("2025-03-03", "2026-03-03")


# Texts in which nothing should be found (or not the trap word).
FALSE_POSITIVES = [
    ("de", "Es kamen 2024 Menschen und 3 Hunde."),
    ("de", "Am Morgen war es kalt."),
    ("de", "Das dauert noch 2 Jahrzehnte."),  # "Morgen" = morning here, not tomorrow
    ("es", "Esta mañana llovió."),  # "mañana" = morning here
    ("es", "Hubo 3 muertos y 12 heridos."),
    ("fr", "Il a 3 enfants et 2025 euros."),
    ("fr", "Le marsupial dort."),  # month name inside a word
    ("es", "Marcharon a la Plaza de Mayo."),  # a name: Spanish months are lower case
    ("pt", "Foi a segunda vez."),  # "segunda" = second, not Monday
    ("ja", "3日間の会議だった。"),  # a duration (for three days), not the 3rd
    ("ja", "価格は2025円だった。"),
    ("zh", "共有2025人参加。"),
    ("xx", "3 mars 2025 and yesterday"),  # no such locale: nothing, no error
]


@pytest.mark.parametrize(("language", "text"), FALSE_POSITIVES, ids=[t for _, t in FALSE_POSITIVES])
def test_false_positives_are_filtered_out(language, text):
    assert tag_multilingual(text, language, PUBLISHED) == []


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("Am 3", False),
        ("2024", False),
        ("Freitag", False),
        ("3. März", True),
        ("gestern", True),
        ("Jahr 2024", True),
        ("und", False),
    ],
)
def test_plausible_requires_a_digit_with_a_month_or_year_word_or_a_relative_word(
    candidate, expected
):
    assert plausible(candidate, tables("de")) is expected


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("es", "El lunes 3 de marzo hubo paro.", "lunes 3 de marzo", "2025-03-03"),
        ("ru", "в понедельник, 3 марта", "понедельник, 3 марта", "2025-03-03"),
        (
            "de",
            "Freitag, den 3. März 2025 um 9:15",
            "Freitag, den 3. März 2025 um 9:15",
            "2025-03-03T09:15",
        ),
    ],
    ids=["es-weekday-picks-year", "ru-weekday-picks-year", "de-weekday-date-time"],
)
def test_a_weekday_before_a_date_is_part_of_it_and_picks_the_year(
    language, text, expression, value
):
    # 3 March is a Monday in 2025 but a Tuesday in 2026, the nearer one to PUBLISHED.
    (timex,) = tag_multilingual(text, language, PUBLISHED)
    assert (timex.text, timex.value) == (expression, value)


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("de", "Montag, 3. März 2025, 14 Uhr", "Montag, 3. März 2025, 14 Uhr", "2025-03-03T14:00"),
        ("fr", "le 2025-03-03T10:00 précis", "2025-03-03T10:00", "2025-03-03T10:00"),
        ("fr", "le 03-03-2025 au soir", "03-03-2025", "2025-03-03"),
        ("de", "Im Mai wird gewählt.", "Mai", "2026-05"),
        ("es", "a fines de marzo", "fines de marzo", "2026-03"),
        ("it", "a marzo e nel 2024", "marzo", "2026-03"),
        ("fr", "à la mi-mars", "mi-mars", "2026-03"),
    ],
    ids=["de-uhr", "iso-T", "dash-numeric", "de-im-Mai", "es-de-marzo", "it-a-marzo", "fr-mi-mars"],
)
def test_times_numeric_forms_and_bare_months(language, text, expression, value):
    timex = tag_multilingual(text, language, PUBLISHED)[0]
    assert (timex.text, timex.value) == (expression, value)


@pytest.mark.parametrize(
    ("language", "text", "expression"),
    [
        ("es", "el marzo 3 de 2025", "marzo 3 de 2025"),
        ("de", "März 3, 2025 kam er", "März 3, 2025"),
    ],
)
def test_dateparser_pass_adds_what_the_patterns_miss_with_low_confidence(
    language, text, expression
):
    for published in (PUBLISHED, None):
        (timex,) = tag_multilingual(text, language, published)
        assert (timex.text, timex.value, timex.anchor) == (
            expression,
            "2025-03-03",
            Anchor.ABSOLUTE,
        )
        assert timex.confidence < 0.5


def test_dateparser_pass_can_be_switched_off():
    assert tag_multilingual("el marzo 3 de 2025", "es", PUBLISHED, search=False) == []


def test_dateparser_pass_tells_relative_from_absolute_by_parsing_against_two_bases():
    es = tables("es")
    relative = _parse_fallback("la semana pasada", es, PUBLISHED)
    assert (relative.shift, relative.unit) == (-1, "week")
    unanchored = _parse_fallback("la semana pasada", es, None)
    assert (unanchored.shift, unanchored.unit) == (None, "week")
    absolute = _parse_fallback("3 de marzo de 2025", es, None)
    assert (absolute.year, absolute.month, absolute.day, absolute.unit) == (2025, 3, 3, None)


# Published on Saturday 27 December 2025.
DIRECTED = [
    ("fr", "le 3 mars dernier", "3 mars dernier", "2025-03-03"),
    ("fr", "lundi prochain", "lundi prochain", "2025-12-29"),
    ("fr", "samedi dernier", "samedi dernier", "2025-12-20"),
    ("es", "el pasado 3 de marzo", "pasado 3 de marzo", "2025-03-03"),
    ("es", "el próximo lunes", "próximo lunes", "2025-12-29"),
    ("de", "im kommenden März", "kommenden März", "2026-03"),
    ("de", "im vergangenen Dezember", "vergangenen Dezember", "2024-12"),
    ("it", "sabato scorso", "sabato scorso", "2025-12-20"),
    ("de", "vor drei Tagen", "vor drei Tagen", "2025-12-24"),
    ("fr", "il y a trois jours", "il y a trois jours", "2025-12-24"),
    ("es", "hace tres días", "hace tres días", "2025-12-24"),
    ("pt", "há duas semanas", "há duas semanas", "2025-W50"),
]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"), DIRECTED, ids=[row[2] for row in DIRECTED]
)
def test_direction_words_and_number_words_are_read(language, text, expression, value):
    (timex,) = tag_multilingual(text, language, PUBLISHED)
    assert (timex.text, timex.value, timex.anchor) == (expression, value, Anchor.PUBLISHED)


def test_repeated_expressions_get_their_own_offsets():
    text = "hier, puis hier encore, et le 3 mars 2025 puis le 3 mars 2025."
    found = tag_multilingual(text, "fr", PUBLISHED)
    assert [t.text for t in found] == ["hier", "hier", "3 mars 2025", "3 mars 2025"]
    starts = [t.start_char for t in found]
    assert starts == sorted(set(starts))
    assert all(text[t.start_char : t.end_char] == t.text for t in found)


def test_only_the_block_is_read_and_offsets_index_the_full_text():
    text = "Published 3 March 2025. Am 4. März 2025 und gestern. Then 5 mars 2025."
    start = text.index("Am")
    end = text.index(" Then")
    found = tag_multilingual(text, "de", PUBLISHED, start=start, end=end)
    assert [t.text for t in found] == ["4. März 2025", "gestern"]
    assert all(start <= t.start_char < t.end_char <= end for t in found)
    assert all(text[t.start_char : t.end_char] == t.text for t in found)


def test_results_are_sorted_and_do_not_overlap():
    text = "Am 3. März 2025 um 14:30 Uhr, im März 2025, gestern und am Freitag."
    found = tag_multilingual(text, "de", PUBLISHED)
    assert [t.text for t in found] == [
        "3. März 2025 um 14:30 Uhr",
        "März 2025",
        "gestern",
        "Freitag",
    ]
    assert all(a.end_char <= b.start_char for a, b in zip(found, found[1:], strict=False))


def test_locale_variants_and_region_codes_fall_back_to_the_language():
    assert [t.value for t in tag_multilingual("3 de março de 2025", "pt-BR", None)] == [
        "2025-03-03"
    ]
    assert [t.value for t in tag_multilingual("2025年3月", "zh-Hant", None)] == ["2025-03"]


_PIECES = list("0123456789 .,/-:年月日号년월일時昨天去年") + (
    "März| de |mars|hier|gestern|Uhr|Freitag|lundi|dernier|prochain|vergangenen |vor |drei |Tagen"
    "|marzo|pasado |hace |tres |días|Jahr |im |году|1er|T"
).split("|")
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=_TEXTS,
    language=st.sampled_from(["de", "fr", "es", "ja", "zh", "ko", "ru", "it", "pt-BR", "qq"]),
    published=st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31))),
    bounds=st.tuples(st.integers(-5, 70), st.one_of(st.none(), st.integers(-5, 70))),
)
def test_never_raises_and_offsets_always_slice_the_text(text, language, published, bounds):
    start, end = bounds
    found = tag_multilingual(text, language, published, start=start, end=end)
    for timex in found:
        assert 0 <= timex.start_char < timex.end_char <= len(text)
        assert text[timex.start_char : timex.end_char] == timex.text
        assert timex.span is None or timex.span.start <= timex.span.end
        assert (timex.span is None) == (timex.anchor is Anchor.UNANCHORED)
    assert all(a.end_char <= b.start_char for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(
    ("language", "text", "expression", "mod", "start", "end"),
    [
        ("es", "La obra termina a fines de marzo.", "fines de marzo", "END", 22, 31),
        ("es", "Empieza a principios de abril.", "principios de abril", "START", 1, 10),
        ("es", "Llegará a mediados de mayo.", "mediados de mayo", "MID", 11, 21),
        ("de", "Das Projekt endet Ende März.", "Ende März", "END", 22, 31),
        ("de", "Es beginnt Anfang April.", "Anfang April", "START", 1, 10),
        ("fr", "Le projet se termine fin mars.", "fin mars", "END", 22, 31),
        ("fr", "Il commence début avril.", "début avril", "START", 1, 10),
    ],
    ids=["es-fines", "es-principios", "es-mediados", "de-Ende", "de-Anfang", "fr-fin",
         "fr-debut"],
)
def test_part_of_month_words_give_a_mod_and_a_third_of_the_month(
        language, text, expression, mod, start, end):
    (timex,) = tag_multilingual(text, language, PUBLISHED)
    assert (timex.text, timex.mod) == (expression, mod)
    assert (timex.span.start.day, timex.span.end.day) == (start, end)
    assert timex.span.granularity is Granularity.MONTH


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "Los sindicatos convocaron una marcha para el viernes.", "2026-01-02"),
        ("es", "Los sindicatos marcharán el viernes.", "2026-01-02"),
        ("es", "Los sindicatos marcharon el viernes.", "2025-12-26"),
        ("de", "Die Gewerkschaft wird am Freitag demonstrieren.", "2026-01-02"),
        ("fr", "Le syndicat manifestera vendredi.", "2026-01-02"),
    ],
    ids=["es-para-el", "es-future-verb", "es-past", "de-wird", "fr-future-verb"],
)
def test_future_cues_send_a_weekday_to_the_coming_one(language, text, value):
    (timex,) = tag_multilingual(text, language, PUBLISHED)
    assert timex.value == value


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [("de", "Der Streik dauerte drei Wochen.", [("drei Wochen", "P3W")]),
     ("de", "Seit 5 Monaten wartet er, das Kind ist 10 Jahre alt.", [("5 Monaten", "P5M")]),
     ("fr", "La grève a duré trois semaines ; il a 10 ans.", [("trois semaines", "P3W")]),
     ("fr", "Un contrat de 5 ans.", [("5 ans", "P5Y")]),
     ("es", "La huelga duró 48 horas; tiene 10 años.", [("48 horas", "PT48H")]),
     ("it", "Lo sciopero è durato due mesi.", [("due mesi", "P2M")]),
     ("pt", "A greve durou três semanas.", [("três semanas", "P3W")]),
     ("nl", "De staking duurde drie weken; hij is 10 jaar oud.", [("drie weken", "P3W")])],
    ids=["de", "de-age", "fr-age", "fr", "es-hours-age", "it", "pt", "nl-age"],
)
def test_durations_are_read_and_ages_are_not(language, text, expected):
    found = tag_multilingual(text, language, PUBLISHED)
    assert [(t.text, t.value) for t in found] == expected
    assert all(t.type is TimexType.DURATION and t.span is None for t in found)


def test_an_ago_expression_stays_a_date_not_a_duration():
    found = tag_multilingual("Vor drei Jahren begann der Streik.", "de", PUBLISHED)
    assert [(t.text, t.value, t.type) for t in found] == [
        ("Vor drei Jahren", "2022", TimexType.DATE)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [("de", "Im Sommer 2024 streikten sie, letzten Winter auch. Herr Sommer schwieg.",
      [("Sommer 2024", "2024-SU"), ("letzten Winter", "2024-WI")]),
     ("fr", "En été 2024 ils ont fait grève ; cet automne, ils recommenceront.",
      [("été 2024", "2024-SU"), ("automne", "2025-FA")]),
     ("es", "En el verano de 2024 hubo huelga y el invierno pasado también.",
      [("verano de 2024", "2024-SU"), ("invierno pasado", "2024-WI")]),
     ("nl", "In de zomer van 2024 staakten ze.", [("zomer van 2024", "2024-SU")])],
    ids=["de", "fr", "es", "nl"],
)
def test_seasons_with_a_year_or_a_word_that_makes_them_one(language, text, expected):
    found = tag_multilingual(text, language, date(2025, 3, 5))
    assert [(t.text, t.value) for t in found] == expected
    assert all(t.span is not None and t.span.granularity is Granularity.SEASON for t in found)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [("es", "La empresa anunció a mediados de 2024 el plan.", ("mediados de 2024", "2024", "MID")),
     ("fr", "La loi entre en vigueur début 2025.", ("début 2025", "2025", "START")),
     ("fr", "Le port rouvre mi-2024.", ("mi-2024", "2024", "MID")),
     ("de", "Ende 2024 kam die Einigung.", ("Ende 2024", "2024", "END")),
     ("it", "Il porto riapre a fine 2024.", ("fine 2024", "2024", "END"))],
    ids=["es-mediados", "fr-debut", "fr-mi", "de-ende", "it-fine"],
)
def test_a_part_of_a_year_gives_the_year_with_its_mod(language, text, expected):
    found = tag_multilingual(text, language, date(2026, 3, 5))
    assert [(t.text, t.value, t.mod) for t in found] == [expected]
