"""The trigger lexicon: event verbs and nouns, their inflections and their synonym classes.

Reports of one happening use different words ("toured", "visited", "an inspection"); the link stage
compares :func:`event_class` values, so those all read as ``"visit"``. Word lists live in
``timeline/data/*.txt``; this module holds only the rules: a small inflection routine generates
every form of every listed lemma once, at import, into one dictionary, so looking a word up is a
single hash probe.

>>> event_class("toured"), event_class("Invasion"), event_class("instructed")
('visit', 'invade', 'order')
>>> lemma("sought"), lemma("planned"), lemma("carries")
('seek', 'plan', 'carry')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from .datafiles import data_lines

__all__ = [
    "VerbForm",
    "event_class",
    "event_noun",
    "event_verb",
    "is_event_word",
    "lemma",
    "load_sections",
    "load_table",
    "past_participle",
    "past_tense",
    "phrasal_class",
    "third_person",
    "verb_form",
    "verb_forms_of",
]

_VOWELS = frozenset("aeiou")


def load_table(name: str) -> dict[str, str]:
    """A ``"key: word word ..."`` data file as ``{word: key}`` (first listing wins)."""
    table: dict[str, str] = {}
    for line in data_lines(name):
        key, _, words = line.partition(":")
        for word in words.split():
            table.setdefault(word.lower(), key.strip())
    return table


@cache
def load_sections(name: str) -> Mapping[str, frozenset[str]]:
    """A data file of ``[section]`` headers followed by words, as ``{section: words}``.

    Read once per process: several modules share ``actor_words.txt``.
    """
    sections: dict[str, set[str]] = {}
    current = ""
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, set())
        else:
            sections.setdefault(current, set()).update(w.lower() for w in line.split())
    return MappingProxyType({key: frozenset(words) for key, words in sections.items()})


# ----------------------------------------------------------------------------------------------
# Inflection


def _cvc(stem: str) -> bool:
    """True when a stem ends consonant-vowel-consonant, where English may double the consonant."""
    return (
        len(stem) >= 3
        and stem[-1] not in _VOWELS
        and stem[-1] not in "wxy"
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    )


def third_person(lemma: str) -> str:
    """The 3rd-person singular present of a verb lemma (for headline titles).

    >>> [third_person(v) for v in ("tour", "carry", "launch", "go", "be", "test-fire")]
    ['tours', 'carries', 'launches', 'goes', 'is', 'test-fires']
    """
    if lemma in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[lemma]
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    return lemma + "s"


def _regular_past(lemma: str) -> list[str]:
    if lemma.endswith("e"):
        return [lemma + "d"]
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return [lemma[:-1] + "ied"]
    forms = [lemma + "ed"]
    if _cvc(lemma):  # both spellings: "planned" and "visited"; the wrong one never occurs
        forms.append(lemma + lemma[-1] + "ed")
    if lemma.endswith("c"):
        forms.append(lemma + "ked")
    return forms


def _ing(lemma: str) -> list[str]:
    if lemma.endswith("ie"):
        return [lemma[:-2] + "ying"]
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return [lemma[:-1] + "ing"]
    forms = [lemma + "ing"]
    if _cvc(lemma):
        forms.append(lemma + lemma[-1] + "ing")
    return forms


def past_tense(lemma: str) -> str:
    """The simple past of a verb lemma.

    >>> past_tense("order"), past_tense("meet"), past_tense("carry")
    ('ordered', 'met', 'carried')
    """
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if "-" in lemma:
        head, _, tail = lemma.rpartition("-")
        return f"{head}-{past_tense(tail)}"
    forms = _regular_past(lemma)
    return (
        forms[-1] if len(forms) > 1 and (_syllables(lemma) == 1 or lemma in _DOUBLING) else forms[0]
    )


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word))


# Verbs of more than one syllable that double their last consonant (stress on the last syllable).
_DOUBLING = frozenset(
    "commit occur admit submit control patrol prefer refer transfer compel expel equip regret "
    "permit omit deter rebel propel acquit abet embed confer incur recur defer".split()
)


def past_participle(lemma: str) -> str:
    """The past participle of a verb lemma ("build" -> "built", "test" -> "tested")."""
    if lemma in _IRREGULAR_PP_ALL:
        return _IRREGULAR_PP_ALL[lemma][0]
    if "-" in lemma:
        head, _, tail = lemma.rpartition("-")
        return f"{head}-{past_participle(tail)}"
    return past_tense(lemma)


def _plural(noun: str) -> list[str]:
    if noun.endswith("is"):
        return [noun[:-2] + "es"]
    if noun.endswith("s"):
        return [noun] if noun.endswith(("ks", "ns", "ions")) else [noun + "es"]
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return [noun[:-1] + "ies"]
    if noun.endswith(("x", "z", "ch", "sh")):
        return [noun + "es"]
    return [noun + "s"]


@dataclass(frozen=True, slots=True)
class VerbForm:
    """What a word form is as a verb: its lemma and the forms it can be.

    ``tags`` holds some of ``"base"``, ``"s"`` (3rd person present), ``"past"``, ``"pp"`` (past
    participle) and ``"ing"``.
    """

    lemma: str
    tags: frozenset[str]

    @property
    def finite_past(self) -> bool:
        return "past" in self.tags


def _verb_forms(lemmas: dict[str, str]) -> dict[str, VerbForm]:
    tags: dict[str, dict[str, set[str]]] = {}

    def add(form: str, lemma: str, tag: str) -> None:
        tags.setdefault(form, {}).setdefault(lemma, set()).add(tag)

    for lemma in lemmas:
        add(lemma, lemma, "base")
        add(third_person(lemma), lemma, "s")
        for form in _ing(lemma):
            add(form, lemma, "ing")
        if lemma in _IRREGULAR_PAST_ALL:
            for past in _IRREGULAR_PAST_ALL[lemma]:
                add(past, lemma, "past")
            for participle in _IRREGULAR_PP_ALL[lemma]:
                add(participle, lemma, "pp")
        else:
            for form in _regular_past(lemma):
                add(form, lemma, "past")
                add(form, lemma, "pp")
    table: dict[str, VerbForm] = {}
    for form, by_lemma in tags.items():
        # An irregular reading wins ("found" is find, not found): prefer the lemma whose tags
        # include an irregular past, else the shortest lemma.
        lemma = min(by_lemma, key=lambda lem: (lem not in _IRREGULAR_PAST_ALL, len(lem)))
        table[form] = VerbForm(lemma, frozenset(by_lemma[lemma]))
    return table


# ----------------------------------------------------------------------------------------------
# Tables, built once at import

_IRREGULAR_PAST_ALL: dict[str, list[str]] = {}
_IRREGULAR_PP_ALL: dict[str, list[str]] = {}
for _line in data_lines("irregular_verbs.txt"):
    _lem, _past, _pp = _line.split()
    _IRREGULAR_PAST_ALL.setdefault(_lem, []).append(_past)
    _IRREGULAR_PP_ALL.setdefault(_lem, []).append(_pp)
_IRREGULAR_PAST = {lem: forms[0] for lem, forms in _IRREGULAR_PAST_ALL.items()}
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}

VERB_CLASS: dict[str, str] = load_table("event_verbs.txt")
NOUN_CLASS: dict[str, str] = load_table("event_nouns.txt")
PHRASAL_CLASS: dict[str, str] = {
    phrase.strip().lower(): cls.strip()
    for phrase, _, cls in (line.partition(":") for line in data_lines("phrasal_verbs.txt"))
}
CUES: dict[str, frozenset[str]] = load_sections("cues.txt")

_OTHER_VERBS = {lem: lem for lem in _IRREGULAR_PAST_ALL}
_OTHER_VERBS.update(
    {
        w: w
        for key in ("reporting", "mental", "light_verbs", "impact_verbs")
        for w in CUES.get(key, ())
    }
)
_OTHER_VERBS.update({p.split()[0]: p.split()[0] for p in PHRASAL_CLASS})
_ALL_VERBS = {**_OTHER_VERBS, **VERB_CLASS}
_VERB_FORMS: dict[str, VerbForm] = _verb_forms(_ALL_VERBS)
_NOUN_FORMS: dict[str, str] = {}
_NOUN_FORMS.update({_noun: _noun for _noun in NOUN_CLASS})
for _noun in NOUN_CLASS:
    for _form in _plural(_noun):
        _NOUN_FORMS.setdefault(_form, _noun)

EVENT_VERB_FORMS: dict[str, VerbForm] = {
    form: vf for form, vf in _VERB_FORMS.items() if vf.lemma in VERB_CLASS
}
EVENT_NOUN_FORMS: dict[str, str] = _NOUN_FORMS
# Every lower-case word that can start a trigger: a quick test that a sentence may hold an event.
TRIGGER_WORDS: frozenset[str] = (
    frozenset(EVENT_VERB_FORMS)
    | frozenset(_NOUN_FORMS)
    | frozenset(
        form
        for form, vf in _VERB_FORMS.items()
        if any(p.startswith(vf.lemma + " ") for p in PHRASAL_CLASS)
    )
)

# Endings after which a stripped "-ed"/"-ing" needs its "e" back ("escalated" -> "escalate").
_E_RESTORE = re.compile(
    r"(?:at|iz|is|v|c|[^aeioulnr]g|[aeu]ng|ud|id|ur|as|os|us|ir|et|ot|ut|bl|tl|dl|pl)$"
)


def _guess_lemma(word: str) -> str:
    """A best guess at the lemma of a word outside the lexicon (regular inflection only)."""
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz" + "aeiou":
                return stem[:-1]
            if _E_RESTORE.search(stem):
                return stem + "e"
            return stem
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lower-cased lemma of a word: the verb or noun it is a form of.

    Listed verbs and nouns are looked up; other words get a rule-based guess.

    >>> [lemma(w) for w in ("Toured", "went", "invasions", "talks", "escalated", "walking")]
    ['tour', 'go', 'invasion', 'talks', 'escalate', 'walk']
    """
    w = word.lower().strip()
    w = w.replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _VERB_FORMS:
        return _VERB_FORMS[w].lemma
    if w in _NOUN_FORMS:
        return _NOUN_FORMS[w]
    if "-" in w:
        head, _, tail = w.rpartition("-")
        if tail in _VERB_FORMS:
            return f"{head}-{_VERB_FORMS[tail].lemma}"
        if tail in _NOUN_FORMS:
            return f"{head}-{_NOUN_FORMS[tail]}"
    return _guess_lemma(w)


@lru_cache(maxsize=65536)
def event_class(word: str) -> str:
    """The synonym class of a trigger word, so that one happening told in different words matches.

    Unknown words give their lemma.

    >>> [event_class(w) for w in ("visited", "inspected", "tour", "directive", "invaded", "sang")]
    ['visit', 'visit', 'visit', 'order', 'invade', 'sing']
    """
    w = word.lower().strip()
    if " " in w:  # "carried out", "held talks", "held a summit"
        words = w.split()
        if words[-1] in _NOUN_FORMS:
            return NOUN_CLASS[_NOUN_FORMS[words[-1]]]
        phrasal = PHRASAL_CLASS.get(f"{lemma(words[0])} {words[1]}")
        return phrasal or event_class(words[0])
    form = _VERB_FORMS.get(w)
    if form is not None and form.lemma in VERB_CLASS:
        return VERB_CLASS[form.lemma]
    noun = _NOUN_FORMS.get(w)
    if noun is not None:
        return NOUN_CLASS[noun]
    lem = lemma(w)
    return VERB_CLASS.get(lem) or NOUN_CLASS.get(lem) or lem


def event_verb(word: str) -> VerbForm | None:
    """The verb reading of ``word`` if it is a form of a listed event verb, else None.

    >>> form = event_verb("toured")
    >>> form.lemma, sorted(form.tags)
    ('tour', ['past', 'pp'])
    >>> event_verb("said") is None
    True
    """
    form = EVENT_VERB_FORMS.get(word)
    if form is None and not word.islower():
        form = EVENT_VERB_FORMS.get(word.lower())
    return form


def verb_form(word: str) -> VerbForm | None:
    """The verb reading of any known verb form (event, reporting, mental or irregular verbs)."""
    form = _VERB_FORMS.get(word)
    if form is None and not word.islower():
        form = _VERB_FORMS.get(word.lower())
    return form


def verb_forms_of(lemmas: frozenset[str] | set[str]) -> frozenset[str]:
    """Every known form of the given verb lemmas ("report" -> "reports", "reported", ...)."""
    return frozenset(form for form, vf in _VERB_FORMS.items() if vf.lemma in lemmas)


def event_noun(word: str) -> str | None:
    """The singular of ``word`` if it is a listed event noun, else None.

    >>> event_noun("Invasions"), event_noun("talks"), event_noun("factory")
    ('invasion', 'talks', None)
    """
    noun = _NOUN_FORMS.get(word)
    if noun is None and not word.islower():
        noun = _NOUN_FORMS.get(word.lower())
    return noun


def phrasal_class(verb_lemma: str, particle: str) -> str | None:
    """The class of a phrasal verb ("step" + "down" -> "resign"), or None if not listed."""
    return PHRASAL_CLASS.get(f"{verb_lemma} {particle.lower()}")


def is_event_word(word: str) -> bool:
    """True for forms of listed event verbs and event nouns."""
    return event_verb(word) is not None or event_noun(word) is not None
