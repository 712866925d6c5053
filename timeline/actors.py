"""Actors: the people, organisations, countries and groups that events are about.

Built-in and fast: one regular expression finds runs of capitalised words; each run is cut into
known names (countries from ``pycountry`` and ``data/countries.txt``, with demonyms and capitals;
organisations from ``data/organisations.txt``), organisation-shaped phrases ("Second Economic
Committee"), acronyms and person names. Within one document, short forms resolve to the full name
("Kim" -> "Kim Jong Un"), see :func:`resolve_document_actors`.

>>> [(a.text, a.name, a.kind) for a in find_actors("North Korean leader Kim Jong-un met Putin.")]
[('North Korean', 'North Korea', 'country'), ('Kim Jong-un', 'Kim Jong Un', 'person')]
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import pycountry

from .datafiles import data_lines
from .lexicon import CUES, event_noun, event_verb, load_sections, verb_form

logger = logging.getLogger(__name__)

__all__ = [
    "ActorSpan",
    "canonical_actor",
    "country_adjective",
    "document_actors",
    "find_actors",
    "is_capital",
    "is_country",
    "is_media",
    "is_organisation_name",
    "proper_names",
    "resolve_document_actors",
    "scan_actors",
]

KINDS = ("person", "organisation", "country", "group")


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """An actor mentioned at ``text[start:end]``; ``name`` is its canonical name.

    ``kind`` is ``"person"``, ``"organisation"``, ``"country"`` or ``"group"``; :func:`scan_actors`
    also returns ``"name"`` for a capitalised word that is a person only if the document names
    that person in full elsewhere (a lone "Kim", a name in a title-cased headline).
    """

    start: int
    end: int
    text: str
    name: str
    kind: str


# ----------------------------------------------------------------------------------------------
# Tables

_WORDS = load_sections("actor_words.txt")
_ORG_WORDS = _WORDS["org"]
_PLACE_WORDS = _WORDS["place"]
_TITLE_WORDS = _WORDS["title"]
_COMPANY_WORDS = _WORDS["company"]
_FUNCTION = _WORDS["function"]
_COMMON = _WORDS["common"] | _FUNCTION
_PERSON_TITLES = _TITLE_WORDS - frozenset(
    "foreign defense defence interior finance state supreme first lady vice deputy".split()
)
_NONACTORS = load_sections("nonactors.txt")
_REPORTING = CUES["reporting"]
_STOP_ACRONYMS = frozenset(w.upper() for w in _NONACTORS["acronyms"])
_LOCATIVE = frozenset(
    "in at to from near into outside inside around across via toward towards through within "
    "between throughout visited visit visiting reached entered left".split()
)
# "the port of X", "the outskirts of X": X is a place
_PLACE_OF = _PLACE_WORDS | frozenset(
    "town village capital outskirts suburbs streets centre center heart north south east west "
    "state island province republic kingdom".split())
_CONNECTORS = frozenset("of the and de du da del der van von bin bint al for".split())
_NAME_PARTICLES = frozenset("de du da del der van von bin bint al".split())
_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|i|ch|ss|ek|ai|ic|ot|ut|ao|ar)$")

# surface -> (canonical, kind, is_capital)
_GAZETTEER: dict[str, tuple[str, str, bool]] = {}
_ADJECTIVE: dict[str, str] = {}
_MEDIA: set[str] = set()


def _add(surface: str, canonical: str, kind: str, capital: bool = False) -> None:
    _GAZETTEER.setdefault(surface, (canonical, kind, capital))


def _build_gazetteer() -> None:
    for line in data_lines("countries.txt"):
        canonical, *aliases = (part.strip() for part in line.split("|"))
        _add(canonical, canonical, "country")
        for alias in aliases:
            capital = alias.startswith("@")
            alias = alias.lstrip("@")
            _add(alias, canonical, "country", capital)
            if (
                canonical not in _ADJECTIVE
                and not capital
                and " " not in alias.replace("North ", "").replace("South ", "")
                and not alias.isupper()
                and _ADJECTIVE_END.search(alias)
            ):
                _ADJECTIVE[canonical] = alias
    for country in pycountry.countries:
        names = [getattr(country, key, None) for key in ("common_name", "name", "official_name")]
        names = [n for n in names if n]
        known = next((_GAZETTEER[n][0] for n in names if n in _GAZETTEER), None)
        canonical = known or names[0].split(",")[0].split(" (")[0]
        for name in names:
            _add(name, canonical, "country")
    for line in data_lines("organisations.txt"):
        kind, _, names = line.partition(":")
        canonical, *aliases = (part.strip() for part in names.split("|"))
        kind = kind.strip()
        if kind == "media":
            _MEDIA.add(canonical)
            kind = "organisation"
        for alias in (canonical, *aliases):
            _add(alias, canonical, kind)
    for line in data_lines("nonactors.txt"):
        if line.startswith("["):
            continue
        for phrase in line.split("|"):
            phrase = phrase.strip()
            if phrase and " " in phrase or phrase.istitle():
                _GAZETTEER[phrase] = ("", "", False)


_build_gazetteer()
# First word of each gazetteer name -> the most words a name starting with it has.
_GAZ_FIRST: dict[str, int] = {}
for _surface in _GAZETTEER:
    _first = _surface.split()[0]
    _GAZ_FIRST[_first] = max(_GAZ_FIRST.get(_first, 0), len(_surface.split()))

# A capitalised token: a dotted acronym ("U.S."), or a word starting with a capital, possibly
# hyphenated or possessive ("Jong-un", "Korea's"), or an "al-" name.
_TOKEN = (
    r"(?:[A-Z]\.){2,}"
    r"|[A-Z]\.(?=[ \u00a0][A-Z])"  # a middle initial: "Jonathan S. Linen"
    r"|(?:al-|Al-)?[A-Z\u00c0-\u00de][\w\u00c0-\u024f]*(?:[-'\u2019][\w\u00c0-\u024f]+)*"
)
_RUN = re.compile(
    rf"(?<![\w-])(?:{_TOKEN})(?:[ \u00a0](?:(?:of|the|and|de|du|da|del|der|van|von|bin|al|for)"
    rf"[ \u00a0])*(?:{_TOKEN}))*"
)
_PIECE = re.compile(rf"{_TOKEN}|[a-z]+")
_PREV_WORD = re.compile(r"([A-Za-z]+)[^\w\n]{0,3}$")
_NEXT_WORD = re.compile(r"^\s{0,2}([a-z]+)")
_PAREN_ACRONYM = re.compile(r"\s?\(([A-Z][A-Z0-9&.]{1,7})\)")
# A dateline opening a paragraph: "LIMA —", "SAN ANTONIO, Chile —", "VALPARAÍSO, Chile - ".
# It names where the story was filed, not a party to it.
_CAPS = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.]+"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*{_CAPS}(?:[ ]{_CAPS})*(?:,(?:[ ][A-Z][\w.]*)+)?[ \t]*(?:\u2014|\u2013|--|-)[ \t]"
)


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "\u2019s")):
        return word[:-2]
    if word.endswith(("s'", "s\u2019")):
        return word[:-1]
    return word


def _person_name(text: str) -> str:
    """Spelling-independent form of a person's name: "Kim Jong-un" and "Kim Jong Un" agree."""
    parts = []
    for word in _strip_possessive(text).replace("\u00a0", " ").split():
        pieces = word.split("-")
        if len(pieces) > 1 and all(p[:1].islower() for p in pieces[1:]) and pieces[0][:1].isupper():
            parts.extend(p[:1].upper() + p[1:] for p in pieces)
        else:
            parts.append(word)
    return " ".join(parts)


@lru_cache(maxsize=65536)
def canonical_actor(name: str) -> str:
    """The canonical name of an actor, without document context.

    >>> [canonical_actor(n) for n in ("Russian Federation", "Pyongyang", "U.S.", "Kim Jong-un")]
    ['Russia', 'North Korea', 'United States', 'Kim Jong Un']
    """
    name = " ".join(_strip_possessive(name.strip()).split())
    entry = _GAZETTEER.get(name) or _GAZETTEER.get(name.title())
    if entry is not None and entry[0]:
        return entry[0]
    return _person_name(name)


def is_media(name: str) -> bool:
    """True for a news organisation ("KCNA", "Reuters"): usually a report's source, not a party.

    >>> is_media("KCNA"), is_media("NATO")
    (True, False)
    """
    return name in _MEDIA


def is_organisation_name(name: str) -> bool:
    """True when a name is shaped like an organisation's ("Valparaíso Court of Appeals").

    >>> is_organisation_name("Valparaíso Court of Appeals"), is_organisation_name("Ana Ruiz")
    (True, False)
    """
    return any(w in _ORG_WORDS or w in _COMPANY_WORDS for w in name.lower().split())


def is_country(name: str) -> bool:
    """True when ``name`` is a country's canonical name.

    >>> is_country("Chile"), is_country("Valparaíso Court of Appeals")
    (True, False)
    """
    entry = _GAZETTEER.get(name)
    return entry is not None and entry[1] == "country" and entry[0] == name


def is_capital(surface: str) -> bool:
    """True when ``surface`` is a capital city that can stand for its country ("Moscow said").

    >>> is_capital("Lima"), is_capital("Peru")
    (True, False)
    """
    entry = _GAZETTEER.get(surface)
    return entry is not None and entry[2]


def country_adjective(country: str) -> str:
    """The adjective of a canonical country name, or the name itself ("Russia" -> "Russian")."""
    return _ADJECTIVE.get(country, country)


def _is_title_case_line(text: str, pos: int, cache: dict[int, bool]) -> bool:
    """True inside a headline-style line where most words are capitalised."""
    start = text.rfind("\n", 0, pos) + 1
    if start not in cache:
        end = text.find("\n", pos)
        line = text[start : end if end >= 0 else len(text)].rstrip()
        words = re.findall(r"[A-Za-z][\w'-]*", line)
        long_words = [w for w in words if len(w) > 3]
        capitalised = sum(1 for w in long_words if w[0].isupper())
        cache[start] = (
            len(long_words) >= 3
            and capitalised >= 0.7 * len(long_words)
            and not line.endswith((".", "!", "?", '"', "\u201d"))
        )
    return cache[start]


def _common(word: str) -> bool:
    low = word.lower()
    return (
        low in _COMMON
        or _is_title(low)
        or verb_form(low) is not None
        or (event_noun(low) is not None)
    )


def scan_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorSpan]:
    """Every actor-like span in ``text[start:end]``, before document-level resolution.

    Includes ``kind="name"`` candidates (see :class:`ActorSpan`); most callers want
    :func:`find_actors`.
    """
    end = len(text) if end is None else end
    spans: list[ActorSpan] = []
    line_cache: dict[int, bool] = {}
    datelines = [m.span() for m in _DATELINE.finditer(text, start, end)]
    for run in _RUN.finditer(text, start, end):
        if datelines and any(s <= run.start() < e for s, e in datelines):
            continue
        word = run.group()
        if " " not in word and "\u00a0" not in word:  # one word: the common case, kept cheap
            if word.lower() in _COMMON and word not in _GAZETTEER:
                continue
            pieces = [(run.start(), run.end(), word)]
        else:
            offset = run.start()
            pieces = [
                (m.start() + offset, m.end() + offset, m.group()) for m in _PIECE.finditer(word)
            ]
        headline = _is_title_case_line(text, run.start(), line_cache)
        for span in _segment(text, pieces, headline):
            if not spans or span.start >= spans[-1].end:  # "(BSC)" may come twice
                spans.append(span)
    nlp = spacy_pipeline()
    if nlp is not None:
        spans = _add_entities(spans, _spacy_entities(nlp, text, start, end))
    return spans


# ----------------------------------------------------------------------------------------------
# spaCy, when the user has installed it with an English model (never downloaded by us)

_SPACY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "country"}
_SPACY_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
_spacy_state: dict[str, object] = {}


def spacy_pipeline():
    """spaCy's English pipeline if spaCy and one of its English models are installed, else None.

    Set ``TIMELINE_SPACY=0`` to keep to the built-in rules (the default when no model is there).
    """
    if "nlp" not in _spacy_state:
        _spacy_state["nlp"] = None
        if os.environ.get("TIMELINE_SPACY", "1") != "0" and importlib.util.find_spec("spacy"):
            try:
                import spacy

                name = next((m for m in _SPACY_MODELS if spacy.util.is_package(m)), None)
                if name is not None:
                    _spacy_state["nlp"] = spacy.load(name, exclude=["lemmatizer", "textcat"])
            except Exception as err:  # noqa: BLE001 - a broken install must not stop a build
                logger.warning("spaCy is installed but could not be loaded (%s); using rules", err)
    return _spacy_state["nlp"]


def _spacy_entities(nlp, text: str, start: int, end: int) -> list[ActorSpan]:
    """People, organisations, countries (and, as ``"place"``, other places) that spaCy finds."""
    found = []
    for ent in nlp(text[start:end]).ents:
        kind = _SPACY_KINDS.get(ent.label_)
        if kind is None:
            continue
        name = canonical_actor(ent.text)
        if kind == "country" and not is_country(name):
            kind = "place"  # a city or region: not an actor, but it tells a name is no person
        found.append(ActorSpan(start + ent.start_char, start + ent.end_char, ent.text, name, kind))
    return found


def _add_entities(spans: list[ActorSpan], entities: list[ActorSpan]) -> list[ActorSpan]:
    """Merge spaCy's entities into the rule-based spans, in text order.

    The rules' firm finds stay; an uncertain ``"name"`` candidate takes the entity's kind, or is
    dropped when spaCy calls it a place; entities the rules missed are added (places excepted).
    """
    kept: list[ActorSpan] = []
    for span in spans:
        over = [e for e in entities if e.start < span.end and span.start < e.end]
        if span.kind == "name" and over:
            typed = next((e for e in over if e.kind != "place"), None)
            if typed is None:
                continue
            span = replace(span, kind=typed.kind)
        kept.append(span)
    taken = [(s.start, s.end) for s in spans]
    extra = [
        e
        for e in entities
        if e.kind != "place" and not any(e.start < b and a < e.end for a, b in taken)
    ]
    return sorted([*kept, *extra], key=lambda s: s.start)


def _segment(text: str, pieces: list[tuple[int, int, str]], headline: bool) -> list[ActorSpan]:
    """Cut one run of capitalised words into actors: gazetteer, organisations, acronyms, persons."""
    n = len(pieces)
    taken: list[ActorSpan | None] = [None] * n
    marked = [False] * n
    out: list[ActorSpan] = []
    i = 0
    while i < n:  # gazetteer, longest match first
        longest = _GAZ_FIRST.get(pieces[i][2]) or _GAZ_FIRST.get(_strip_possessive(pieces[i][2]))
        if not longest:
            i += 1
            continue
        for j in range(min(n, i + longest), i, -1):
            if pieces[j - 1][2].islower():
                continue
            surface = " ".join(p[2] for p in pieces[i:j])
            entry = _GAZETTEER.get(surface) or _GAZETTEER.get(_strip_possessive(surface))
            if entry is None:
                continue
            canonical, kind, capital = entry
            s, e = pieces[i][0], pieces[j - 1][1]
            if surface != _strip_possessive(surface):
                e -= 2
            if canonical and not (capital and _locative_before(text, s)):
                taken[i] = ActorSpan(s, e, text[s:e], canonical, kind)
            for k in range(i, j):
                marked[k] = True
            i = j - 1
            break
        i += 1
    # Organisation-shaped phrases: capitalised words up to an organisation word, then "of X".
    for k in range(n):
        word = pieces[k][2]
        if marked[k] or word.lower() not in _ORG_WORDS or not word[0].isupper():
            continue
        left = k
        while left > 0 and not marked[left - 1] and pieces[left - 1][2][0].isupper():
            if pieces[left - 1][2].lower() in _FUNCTION:
                break
            left -= 1
        if (
            left > 0
            and taken[left - 1] is not None
            and taken[left - 1].kind == "country"
            and (taken[left - 1].text in _ADJECTIVE.values())
        ):
            left -= 1  # "Russian Defence Ministry"
        right = k
        while right + 1 < n and not marked[right + 1]:
            nxt = pieces[right + 1][2]
            if nxt.lower() in _ORG_WORDS and nxt[0].isupper():
                right += 1
            elif nxt in ("of", "for") and right + 2 < n and pieces[right + 2][2][0].isupper():
                right += 1  # "Ministry of Foreign Affairs", "Bank of Japan"
                while (
                    right + 1 < n
                    and pieces[right + 1][2][0].isupper()
                    and (pieces[right + 1][2].lower() not in _PERSON_TITLES)
                ):
                    right += 1
                    taken[right] = None
            else:
                break
        if left == k == right:
            continue  # a lone "Party" or "Agency" is no name
        s, e = pieces[left][0], pieces[right][1]
        surface = _strip_possessive(text[s:e])
        e = s + len(surface)
        kind = "name" if headline else "organisation"
        span = ActorSpan(s, e, surface, surface, kind)
        acronym = _PAREN_ACRONYM.match(text, e)
        for m in range(left, right + 1):
            marked[m] = True
            taken[m] = None
        taken[left] = span
        if acronym and not headline:
            a_s, a_e = acronym.span(1)
            out.append(ActorSpan(a_s, a_e, acronym.group(1), surface, "organisation"))
    # Acronyms and person names among what is left.
    k = 0
    while k < n:
        if marked[k]:
            k += 1
            continue
        word = pieces[k][2]
        core = _strip_possessive(word)
        if _is_acronym(core):
            if (
                core not in _STOP_ACRONYMS
                and not headline_caps(text, pieces[k][0])
                and not (_dateline(text, pieces, k))
            ):
                s = pieces[k][0]
                taken[k] = ActorSpan(s, s + len(core), core, core.replace(".", ""), "organisation")
            marked[k] = True
            k += 1
            continue
        if not _nameable(core):
            k += 1
            continue
        first = k
        while (
            k + 1 < n
            and not marked[k + 1]
            and (
                _nameable(_strip_possessive(pieces[k + 1][2]))
                or pieces[k + 1][2] in _NAME_PARTICLES
                and k + 2 < n
            )
            and not _is_acronym(pieces[k + 1][2])
            and not pieces[k][2].endswith(("'s", "\u2019s"))
        ):
            k += 1
        last = k
        k += 1
        while last > first and pieces[last][2].islower():
            last -= 1
        count = last - first + 1
        s, e = pieces[first][0], pieces[last][1]
        surface = _strip_possessive(text[s:e])
        e = s + len(surface)
        words = surface.lower().split()
        if any(w in _PLACE_WORDS or w in _ORG_WORDS for w in words) or count > 4:
            continue
        if _place_around(text, s, e):
            continue  # "the port of San Antonio", "San Antonio port road": a place
        titled = _title_before(text, pieces, first)
        if headline:
            kind = "name"
        elif titled and count <= 4:
            kind = "person"
        elif count >= 2:
            kind = "person"
        elif (
            not surface.endswith("s")
            and _verb_after(text, e, _sentence_initial(text, s))
            and not _locative_before(text, s)  # "police in Lyon arrested": a place
        ):
            kind = "person"
        else:
            kind = "name"
        taken[first] = ActorSpan(s, e, surface, _person_name(surface), kind)
    out.extend(span for span in taken if span is not None)
    out.sort(key=lambda a: a.start)
    return out


def proper_names(
    text: str, skip: Iterable[str] = (), start: int = 0, end: int | None = None
) -> frozenset[str]:
    """Lower-cased lone capitalised words in ``text[start:end]`` that name no known actor, title
    or date.

    What is left names places and things ("Lyon", "Kestrel", "Odesa", a capital after "in"):
    two reports of one happening do not name different ones. Runs of capitalised words ("Elena
    Varas", "Harlow Fresh Imports") are names of actors or things and are left out, as are the
    first word of a sentence and the words of ``skip`` (the sentence's actors).

    >>> sorted(proper_names("Farmers marched in Lyon on Saturday, Reuters said.", ["Reuters"]))
    ['lyon']
    """
    end = len(text) if end is None else end
    skipped = {w.casefold() for name in skip for w in name.split()}
    found = set()
    for m in _RUN.finditer(text):
        if m.start() < start or m.start() >= end:
            continue
        word, at = m.group(), m.start()
        first, _, rest = word.partition(" ")
        if rest and _common(first):  # "In Marseille", "The Hague" stays whole
            word, at = rest, at + len(first) + 1
        if " " in word or "\u00a0" in word or _sentence_initial(text, at):
            continue
        if text[max(0, at - 2) : at].rstrip() in ("'", "\u2019"):
            continue  # "Dockworkers' Union": the end of a longer name
        word = _strip_possessive(word)
        low = word.casefold()
        if (
            low in skipped
            or _common(word)
            or _is_title(word)
            or word in _GAZETTEER
            and not (_GAZETTEER[word][2] and _locative_before(text, at))
            or word.isupper()
            or "." in word
        ):
            continue
        found.add(low)
    return frozenset(found)


def _dateline(text: str, pieces: list[tuple[int, int, str]], k: int) -> bool:
    """True for the capitals of a dateline ("SAN ANTONIO, Chile -"), which name a place."""
    if any(
        0 <= i < len(pieces) and pieces[i][2].isupper() and len(pieces[i][2]) >= 3
        for i in (k - 1, k + 1)
    ):
        return len(pieces[k][2]) >= 3
    start = pieces[k][0]
    return _sentence_initial(text, start) and text[pieces[k][1] : pieces[k][1] + 1] == ","


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 7 and letters.isupper() and letters.isalnum()


def headline_caps(text: str, pos: int) -> bool:
    """True inside an all-capitals line, where upper-case words are not acronyms."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


_NOT_NAME_SUFFIXES = ("-based", "-led", "-backed", "-owned", "-run", "-born", "-made", "-style")


def _nameable(word: str) -> bool:
    if not word or not word[0].isupper() or _common(word):
        return False
    if word.lower().endswith(_NOT_NAME_SUFFIXES) or word.lower().startswith(("i'", "i\u2019")):
        return False  # "Atlanta-based", "Saudi-led", "I'm"
    return not any(ch.isdigit() for ch in word)


def _locative_before(text: str, start: int) -> bool:
    """True when a capital follows "in", "to", "from"...: a place, not an actor."""
    m = _PREV_WORD.search(text, max(0, start - 20), start)
    if m and m.group(1).lower() == "the":
        m = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
    return bool(m and m.group(1).lower() in _LOCATIVE)


def _place_around(text: str, start: int, end: int) -> bool:
    """True when the words around a name say it is a place: "the port of San Antonio", "the
    town of Kestrel", "San Antonio port road"."""
    before = _PREV_WORD.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() == "of":
        noun = _PREV_WORD.search(text, max(0, before.start() - 25), before.start())
        if noun and noun.group(1).lower() in _PLACE_OF:
            return True
    after = _NEXT_WORD.match(text[end:end + 20])
    return bool(after and after.group(1).lower() in _PLACE_WORDS and after.group(1).islower())


def _title_before(text: str, pieces: list[tuple[int, int, str]], first: int) -> bool:
    if first > 0 and _is_title(pieces[first - 1][2]):
        return True
    m = _PREV_WORD.search(text, max(0, pieces[first][0] - 25), pieces[first][0])
    return bool(m and _is_title(m.group(1)))


def _is_title(word: str) -> bool:
    low = word.lower()
    return low in _TITLE_WORDS or low.endswith("s") and low[:-1] in _TITLE_WORDS


def _verb_after(text: str, end: int, initial: bool) -> bool:
    """True when a reporting verb (or, mid-sentence, an event verb) follows: "Okonkwo said"."""
    m = _NEXT_WORD.match(text[end : end + 20])
    if not m:
        return False
    form = verb_form(m.group(1))
    if form is None or not form.tags & {"past", "s"}:
        return False
    return form.lemma in _REPORTING or not initial and event_verb(m.group(1)) is not None


def _sentence_initial(text: str, start: int) -> bool:
    """True at the start of the text, a line or a sentence."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"'\u201c(")
    return not before or before[-1] in ".!?\n"


def resolve_document_actors(spans: Iterable[ActorSpan]) -> dict[str, str]:
    """Map each actor name of one document to its canonical name; unconfirmed names are left out.

    Short forms resolve to the full name they abbreviate ("Kim" -> "Kim Jong Un", "Trump" ->
    "Donald Trump"); when several full names share the short form, the most frequent wins.
    ``kind="name"`` candidates stay only when they resolve.

    >>> spans = [ActorSpan(0, 11, "Kim Jong Un", "Kim Jong Un", "person"),
    ...          ActorSpan(30, 33, "Kim", "Kim", "name"), ActorSpan(40, 44, "Ahn", "Ahn", "name")]
    >>> resolve_document_actors(spans)
    {'Kim Jong Un': 'Kim Jong Un', 'Kim': 'Kim Jong Un'}
    """
    spans = list(spans)
    full: Counter[str] = Counter(s.name for s in spans if s.kind == "person" and " " in s.name)
    known = {s.name for s in spans if s.kind != "name"}
    organisations: Counter[str] = Counter(
        s.name for s in spans if s.kind == "organisation" and len(s.name.split()) == 2
    )
    # "the Baltic Shipping Council (BSC)": later bare uses of BSC are the council
    mapping: dict[str, str] = {
        s.text: s.name
        for s in spans
        if s.kind == "organisation" and s.text != s.name and _is_acronym(s.text)
    }
    for span in spans:
        if span.name in mapping:
            continue
        if " " not in span.name and span.kind in ("person", "name"):
            candidates = [f for f in full if span.name in (f.split()[0], f.split()[-1])]
            if candidates:
                mapping[span.name] = max(candidates, key=lambda f: (full[f], -len(f)))
                continue
            # "Costanera" after "Costanera Terminals": the organisation, not a person
            orgs = [
                f
                for f in organisations
                if f.split()[0] == span.name and f.split()[-1].lower() in _COMPANY_WORDS
            ]
            if orgs:
                mapping[span.name] = max(orgs, key=lambda f: (organisations[f], -len(f)))
                continue
        if span.kind != "name" or span.name in known:
            mapping[span.name] = span.name
    return mapping


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorSpan]:
    """The actors named in ``text[start:end]``, with short forms resolved within that text.

    Parameters
    ----------
    text
        The text (typically a document's whole text, so offsets are document offsets).
    start, end
        The part of ``text`` to read.

    Returns
    -------
    list of ActorSpan
        In text order; ``kind`` is one of ``"person"``, ``"organisation"``, ``"country"``,
        ``"group"``.

    Examples
    --------
    >>> text = "Moscow said talks in Moscow went well. Analysts doubt the ICBM claim by NATO."
    >>> [(a.text, a.name) for a in find_actors(text)]
    [('Moscow', 'Russia'), ('NATO', 'NATO')]
    """
    return document_actors(text, [(start, len(text) if end is None else end)])


def document_actors(text: str, regions: list[tuple[int, int]]) -> list[ActorSpan]:
    """The actors of the given regions of one document, resolved over all of them together.

    Short forms take the full name the document gives ("Kim" -> "Kim Jong Un"), and a description
    the document gave to one person ("the North Korean leader") names that person.
    """
    spans = [a for s, e in regions for a in scan_actors(text, s, e)]
    mapping = resolve_document_actors(spans)
    kinds = {s.name: s.kind for s in spans if s.kind != "name"}
    resolved = []
    for span in spans:
        name = mapping.get(span.name)
        if name is None:
            continue
        kind = kinds.get(name, "person") if span.kind == "name" else span.kind
        resolved.append(replace(span, name=name, kind=kind))
    return _with_descriptions(text, regions, resolved)


# "North Korean leader Kim Jong Un": a title (with the words before it) right before a name.
_TITLES_PATTERN = "|".join(re.escape(t) for t in sorted(_PERSON_TITLES, key=len, reverse=True))
_DESCRIPTION = re.compile(r"((?:[A-Z][\w'\u2019-]+ ){0,3}(?i:" + _TITLES_PATTERN + r"))\s+$")


def _with_descriptions(
    text: str, regions: list[tuple[int, int]], actors: list[ActorSpan]
) -> list[ActorSpan]:
    """Resolve "the North Korean leader" to the person the document introduced with that title.

    Only a description given to one person in the document counts; the description's span then
    names that person (replacing the country its adjective would otherwise give).
    """
    described: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind != "person":
            continue
        match = _DESCRIPTION.search(text, max(0, actor.start - 60), actor.start)
        if match and " " in match.group(1).strip():
            described.setdefault(match.group(1).strip().lower(), set()).add(actor.name)
    unique = {d: next(iter(n)) for d, n in described.items() if len(n) == 1}
    if not unique:
        return actors
    choices = "|".join(re.escape(d) for d in sorted(unique, key=len, reverse=True))
    pattern = re.compile(r"\bthe (" + choices + r")\b", re.IGNORECASE)
    found = [
        ActorSpan(m.start(1), m.end(1), m.group(1), unique[m.group(1).lower()], "person")
        for s, e in regions
        for m in pattern.finditer(text, s, e)
    ]
    if not found:
        return actors
    kept = [a for a in actors if not any(f.start < a.end and a.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda a: a.start)
