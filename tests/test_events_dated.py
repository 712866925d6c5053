"""Events of text in languages other than English: one mention per dated clause."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.events import extract_events
from timeline.model import Block, Document, Modality
from timeline.temporal import tag_document

PUBLISHED = date(2025, 3, 6)


def mentions(text: str, language: str, **kw) -> list:
    doc = Document(id=language, path=f"{language}.txt", text=text, published=PUBLISHED,
                   language=language, **kw)
    return extract_events(doc, tag_document(doc))


@pytest.mark.parametrize(
    ("language", "text", "title", "day"),
    [
        ("es", "El martes 4 de marzo de 2025 la Corte declaró legal la huelga.",
         "Corte declaró legal la huelga", date(2025, 3, 4)),
        ("fr", "Le 3 mars 2025, le gouvernement a présenté son budget à Paris.",
         "Gouvernement a présenté son budget à Paris", date(2025, 3, 3)),
        ("de", "Am 3. März 2025 hat die Regierung in Berlin den Haushalt beschlossen.",
         "Hat die Regierung in Berlin den Haushalt beschlossen", date(2025, 3, 3)),
        ("zh", "2025年3月5日，北京市政府宣布了新的交通计划。", "北京市政府宣布了新的交通计划",
         date(2025, 3, 5)),
        ("ja", "2025年3月5日、政府は新しい計画を発表した。", "政府は新しい計画を発表した",
         date(2025, 3, 5)),
        ("es", "Después de que el contrato venciera el 3 de marzo de 2025, los obreros pararon.",
         "Contrato venciera", date(2025, 3, 3)),
    ],
    ids=["es", "fr", "de-ordinal-day", "zh", "ja", "es-subordinator"],
)
def test_a_dated_clause_is_an_event_titled_in_its_own_words(language, text, title, day):
    [m] = mentions(text, language)
    assert (m.title, m.time.start, m.time_source) == (title, day, "text")
    assert m.text == text and m.confidence == 0.3 and m.modality is Modality.ASSERTED
    assert m.trigger == "" and m.timex is not None  # no word names the happening: no class


def test_each_dated_clause_of_a_sentence_is_its_own_event_and_a_later_date_is_planned():
    text = ("Los trabajadores marcharon ayer por el centro, y el sindicato anunció una nueva "
            "marcha para el viernes 7 de marzo.")
    found = mentions(text, "es")
    assert [(m.title, m.time.start, m.modality) for m in found] == [
        ("Trabajadores marcharon por el centro", date(2025, 3, 5), Modality.ASSERTED),
        ("Sindicato anunció una nueva marcha", date(2025, 3, 7), Modality.PLANNED)]


def test_a_sentence_that_is_only_a_date_or_has_none_gives_no_event():
    assert mentions("Lima, 5 de marzo de 2025.\n\nEl sindicato protestó.", "es") == []


def test_english_blocks_are_read_by_the_rules_and_others_by_their_dated_clauses():
    english = "Chile signed the accord on Monday."
    spanish = "El lunes 3 de marzo de 2025 Perú firmó el acuerdo."
    text = f"{english}\n{spanish}"
    blocks = (Block(0, len(english), "en"), Block(len(english) + 1, len(text), "es"))
    found = mentions(text, "en", blocks=blocks)
    assert [(m.trigger, m.time.start) for m in found] == [
        ("signed", date(2025, 3, 3)), ("", date(2025, 3, 3))]
    assert found[1].title == "Perú firmó el acuerdo" and found[1].confidence == 0.3


def test_a_duration_gives_no_event():
    assert mentions("Die Regierung hat den Haushalt drei Wochen lang beraten.", "de") == []


def test_dated_clauses_starting_alike_are_not_one_kind_and_do_not_merge():
    from timeline.link import link
    from timeline.render.data import event_kind

    found = mentions("Los trabajadores marcharon el lunes 3 de marzo de 2025 en Valparaíso.", "es")
    found += [replace(m, document="es2", id=m.id + "b") for m in mentions(
        "Los exportadores protestaron el lunes 3 de marzo de 2025 en Valparaíso.", "es")]
    events, _ = link(found)
    assert len(events) == 2 and [event_kind(e) for e in events] == [None, None]
