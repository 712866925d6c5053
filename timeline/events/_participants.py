"""Who or what took part in an event, by role, where its sentence says so.

Built on what the agent rules already found (:mod:`._roles`) and on the object phrases of the
titles (:mod:`._titles`), plus a short look at the prepositional phrases of the event's clause:

- ``agent``: the actor or subject phrase that acted ("Kim Jong Un toured"), the owner of an event
  noun ("Russia's invasion"), the by-phrase of a passive ("was struck by the ministry");
- ``patient``: the object of the verb ("toured munitions factories"), the subject of a passive
  ("three people were arrested"), "of X" after an event noun ("invasion of Ukraine"), "on/against
  X" after an attack or a sanction;
- ``recipient``: "to X" after a sale, delivery or award ("sold jets to India");
- ``partner``: "with X" (or "between X and Y") after a meeting, talks, an agreement or a signing,
  and the met party itself ("met Putin");
- ``location``: a name after "in/at/near/outside/inside" in the event's clause ("in Lyon"), a
  direction from one ("40 km north of Lima"), a destination ("flew to Lima"), a sentence-opening
  "In Lyon, ...".

Actors are given by their canonical names, other phrases as written, at most six words and no
leading article. Nothing is guessed: a role the sentence does not fill is left out, and pronouns
that the agent rules could not resolve are not participants.
"""

from __future__ import annotations

from ..actors import ActorSpan, is_capital
from ..lexicon import event_class, load_sections, verb_form
from ._base import (
    ASPECTUAL,
    AUX,
    CLAUSE_BREAK,
    DETERMINERS,
    MONTHS,
    NOUNS,
    PRONOUNS,
    QUOTES,
    RELATIVES,
    STOP_PREP,
    SUBORDINATORS,
    Sentence,
    Trigger,
    adverb,
    reporting,
    time_word,
)
from ._titles import object_words, relative_antecedent, resolve_object, title_word

Participants = tuple[tuple[str, str], ...]

_CUES = load_sections("roles.txt")
LOCATIVE = _CUES["locative"]
DIRECTIONS = _CUES["directions"]
UNITS = _CUES["distance_units"]
PARTNER_CLASSES = _CUES["partner_classes"]
RECIPIENT_CLASSES = _CUES["recipient_classes"]
DESTINATION_CLASSES = _CUES["destination_classes"]
VISIT_CLASSES = _CUES["visit_classes"]
AGAINST_CLASSES = _CUES["against_classes"]
DISASTER_CLASSES = _CUES["disaster_classes"]
IN_OBJECT_VERBS = _CUES["in_object_verbs"]
TITLES = load_sections("actor_words.txt")["title"]  # "leader", "minister": before a name

MAX_WORDS = 6
ROLE_ORDER = ("agent", "patient", "recipient", "partner", "location")
_OBJECT_PRONOUNS = frozenset("it them him her us me you this that these those itself".split())
_NAME_LINKS = frozenset("of de del da do la le los las al".split())  # "Gulf of Aden"


def find_participants(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> Participants:
    """The ``(role, name)`` pairs of one trigger, in role order, each pair once."""
    roles: list[tuple[str, str]] = []
    cls = event_class(sent.toks[trig.extra["noun"]].low if "noun" in trig.extra else trig.lemma)
    stop = _clause_end(sent, trig, triggers)
    if trig.noun:
        _noun_roles(sent, trig, trig.first, cls, min(stop, trig.first + 12), roles)
    else:
        _verb_roles(sent, trig, cls, stop, triggers, roles)
    if not any(role == "location" for role, _ in roles):
        roles.extend(("location", name) for name in _location_before(sent, trig, triggers))
    seen: set[tuple[str, str]] = set()
    unique = [r for r in roles if r[1] and not (r in seen or seen.add(r))]
    return tuple(sorted(unique, key=lambda r: ROLE_ORDER.index(r[0])))


# --- verbs ---------------------------------------------------------------------------------------


def _verb_roles(
    sent: Sentence,
    trig: Trigger,
    cls: str,
    stop: int,
    triggers: list[Trigger],
    roles: list[tuple[str, str]],
) -> None:
    noun = trig.extra.get("noun")
    told = noun if noun is not None and noun < trig.first else None  # "an earthquake struck"
    if told is None and cls in ASPECTUAL:
        told = _event_noun_in_subject(sent, trig)  # "Russia's invasion of Ukraine began"
    light = noun is not None and noun > trig.last  # "held talks": the object is the event
    obj = None if trig.passive or light else _object(sent, trig, triggers, stop)
    if told is not None:  # the noun names the event: its owner and "of X" are the roles
        _noun_roles(sent, trig, told, event_class(sent.toks[told].low), trig.first, roles)
    elif not (cls in ASPECTUAL and obj is None and trig.agent is None):
        roles.extend(("agent", name) for name in _agents(sent, trig))
    # (but "the dispute began": the subject of a bare aspectual verb is the event, no agent)
    if trig.passive:
        roles.extend(("patient", name) for name in _passive_patient(sent, trig))
        roles.extend(("agent", name) for name in _by_agent(sent, trig, stop))
    after = trig.last + 1
    if light:  # "held talks with Putin": the phrases after the noun
        _noun_roles(sent, trig, noun, cls, stop, roles, own_agent=False)
        return
    if obj is not None:
        disaster = told is not None and event_class(sent.toks[told].low) in DISASTER_CLASSES
        roles.extend(_object_roles(sent, obj[0], stop, obj[1], cls, disaster))
    elif not trig.passive and trig.agent is not None and sent.low(after) not in DETERMINERS:
        words = relative_antecedent(sent, trig.agent)  # "the protocol that Chile signed"
        roles.extend(("patient", " ".join(words[-MAX_WORDS:])) for _ in words[:1])
    roles.extend(_phrases(sent, after, stop, cls, trig))


def _object_roles(
    sent: Sentence, start: int, stop: int, words: list[str], cls: str, disaster: bool
) -> list[tuple[str, str]]:
    """Roles of a verb's object: the patient, but the place a disaster struck, the party met
    ("met Putin") and, in "supplied Russia with shells", the recipient and then the patient."""
    if "with" in words:  # object_words keeps "with" only after an actor
        cut = words.index("with")
        names = _names(sent, start, stop, words[:cut])
        rest = [" ".join(words[cut + 1 :])] if cut + 1 < len(words) else []
        if cls in RECIPIENT_CLASSES:
            return [("recipient", n) for n in names] + [("patient", n) for n in rest]
        if cls in PARTNER_CLASSES:
            return [("patient", n) for n in names] + [("partner", n) for n in rest]
        return [("patient", n) for n in names]
    names = _names(sent, start, stop, words)
    if disaster:
        return [("location", n) for n in names]  # "an earthquake struck Peru": where
    actors = {a.name for a in sent.actor_at[start:stop] if a is not None}
    if cls in PARTNER_CLASSES and all(n in actors for n in names):
        return [("partner", n) for n in names]  # "met Putin": the other party
    return [("patient", n) for n in names]


def _as_written(sent: Sentence, words: list[str]) -> list[str]:
    """Words with the case they have in the sentence: title rules lower a headline's capitals
    ("Lyon" -> "lyon"), a participant keeps them."""
    written: dict[str, str] = {}
    for tok in sent.toks[1:]:  # the first word is capitalised whatever it is
        written.setdefault(tok.low, tok.text)
    return [written.get(w, w) if w.islower() else w for w in words]


def _agents(sent: Sentence, trig: Trigger) -> list[str]:
    """The agent rules' result: actors by name, else the subject phrase (not of a passive)."""
    if trig.agent is not None and not trig.extra.get("subject_first"):
        return [a.name for a in trig.extra.get("coagents", ())] + [trig.agent.name]
    if trig.subject and not trig.passive:
        words = trig.subject.split()
        if len(words) == 1 and words[0].lower() in PRONOUNS | _OBJECT_PRONOUNS:
            return []
        return [" ".join(_as_written(sent, words[-MAX_WORDS:]))]  # the head noun comes last
    if trig.agent is not None:
        return [trig.agent.name]
    return []


def _event_noun_in_subject(sent: Sentence, trig: Trigger) -> int | None:
    """The event noun in the subject of an aspectual verb ("the invasion began"), if any."""
    span = trig.extra.get("subject_span")
    if span is None or trig.passive:
        return None
    return next(
        (i for i in range(*span) if sent.toks[i].low in NOUNS and sent.actor_at[i] is None), None
    )


def _passive_patient(sent: Sentence, trig: Trigger) -> list[str]:
    """The subject of a passive: "Three people were arrested"; not the event noun itself."""
    patient = trig.extra.get("patient")
    if isinstance(patient, ActorSpan):
        return [patient.name]
    if patient is None:
        return []
    lo, hi = patient
    noun = trig.extra.get("noun")
    if noun is not None and lo <= noun < hi:
        return []  # "the deal was struck": the deal is the event
    words = [title_word(sent, i) for i in range(lo, hi) if _word(sent, i)]
    return _names(sent, lo, hi, words[-MAX_WORDS:])


def _by_agent(sent: Sentence, trig: Trigger, stop: int) -> list[str]:
    """ "was struck by the ministry": a by-phrase that is not an actor (actors are agents
    already), nor a number or a date ("cut by 5%", "by Friday")."""
    if trig.agent is not None:
        return []
    for j in range(trig.last + 1, min(stop, trig.last + 8)):
        if sent.toks[j].low != "by":
            continue
        k = j + 1
        while k < stop and sent.low(k) in DETERMINERS:
            k += 1
        if k >= stop or not sent.toks[k].text[0].isalpha():
            return []
        words = object_words(sent, k, MAX_WORDS, keep_pp=False)
        return _names(sent, k, stop, words) if words else []
    return []


def _object(
    sent: Sentence, trig: Trigger, triggers: list[Trigger], stop: int
) -> tuple[int, list[str]] | None:
    """The direct object right after the verb: its first token and its words, or None (a
    preposition, a date, a clause, a pronoun that stands for nothing in the sentence)."""
    k = sent.next_word(trig.last + 1)
    while k < stop and (
        sent.low(k) in DETERMINERS and sent.low(k) not in ("that", "which")
        or sent.toks[k].text in QUOTES
    ):
        k += 1
    if k >= stop:
        return None
    tok = sent.toks[k]
    if tok.low in ("it", "them"):  # "ordered them to ...": the officials named before
        words = resolve_object(sent, trig, triggers, [tok.low])
        return (k, words) if words and words[0] not in ("it", "them") else None
    if not (tok.text[0].isalnum() or tok.text[0] == "$") or tok.low in _OBJECT_PRONOUNS:
        return None
    if tok.low in PRONOUNS or tok.low in SUBORDINATORS or tok.low in LOCATIVE:
        return None
    starts = frozenset(t.first for t in triggers if t is not trig)
    words = object_words(sent, k, MAX_WORDS, starts=starts, keep_pp=False)
    if not words or words[0].lower() in ("to", "and", "or", "by", "with", "of"):
        return None
    lows = [w.lower() for w in words]
    if any(w in DIRECTIONS and nxt == "of" for w, nxt in zip(lows, lows[1:], strict=False)):
        return None  # "opened north of Lima": where, read by _phrases
    return k, words


# --- event nouns ---------------------------------------------------------------------------------


def _noun_roles(
    sent: Sentence,
    trig: Trigger,
    k: int,
    cls: str,
    stop: int,
    roles: list[tuple[str, str]],
    own_agent: bool = True,
) -> None:
    """Roles around an event noun at ``k``: its owner, "of X", and the phrases after it."""
    if own_agent and trig.agent is not None:
        roles.extend(("agent", a.name) for a in (*trig.extra.get("coagents", ()), trig.agent))
    after = k + 1
    if sent.low(after) == "of":
        start = after + 1
        while start < stop and sent.low(start) in DETERMINERS:
            start += 1
        if start < stop and sent.timex_at[start] is None and not time_word(sent, start):
            words = object_words(sent, start, MAX_WORDS, keep_pp=False)
            if words:
                roles.extend(("patient", n) for n in _names(sent, start, stop, words))
    roles.extend(_phrases(sent, after, stop, cls, trig))


# --- prepositional phrases -----------------------------------------------------------------------


def _phrases(sent: Sentence, start: int, stop: int, cls: str, trig: Trigger):
    """``(role, name)`` pairs from the prepositional phrases in ``[start, stop)``."""
    toks = sent.toks
    j = start
    while j < stop:
        low = toks[j].low
        if low in LOCATIVE and not (low == "in" and trig.lemma in IN_OBJECT_VERBS):
            place = _place(sent, j + 1, stop)
            if place is not None:
                yield "location", place[1]
                j = place[0]
                continue
        elif low in DIRECTIONS and sent.low(j + 1) == "of":
            place = _place(sent, j + 2, stop)
            if place is not None:
                yield "location", _direction(sent, j, place[1])
                j = place[0]
                continue
        elif low in ("with", "between") and cls in PARTNER_CLASSES:
            yield from (("partner", n) for n in _pp_names(sent, j + 1, stop))
        elif low == "to" and cls in RECIPIENT_CLASSES:
            yield from (("recipient", n) for n in _pp_names(sent, j + 1, stop))
        elif low == "to" and cls in VISIT_CLASSES:
            yield from (("patient", n) for n in _pp_names(sent, j + 1, stop))
        elif low == "to" and cls in DESTINATION_CLASSES:
            place = _place(sent, j + 1, stop)
            if place is not None:
                yield "location", place[1]
        elif low == "against" or low == "on" and cls in AGAINST_CLASSES and trig.noun:
            yield from (("patient", n) for n in _pp_names(sent, j + 1, stop))
        j += 1


def _pp_names(sent: Sentence, k: int, stop: int) -> list[str]:
    """The object of a preposition as names; none for a date, a pronoun or a verb."""
    while k < stop and sent.low(k) in DETERMINERS:
        k += 1
    if k >= stop or sent.timex_at[k] is not None or time_word(sent, k):
        return []
    if sent.low(k) in _OBJECT_PRONOUNS or sent.low(k) in PRONOUNS:
        return []
    words = object_words(sent, k, MAX_WORDS, keep_pp=False)
    if not words or not words[0][0].isalnum():
        return []
    return _names(sent, k, stop, words)


def _place(sent: Sentence, k: int, stop: int) -> tuple[int, str] | None:
    """A capitalised place name from token ``k`` ("the Gulf of Aden") and where it ends; None
    for a date, a person or an organisation, or a lower-case phrase."""
    toks = sent.toks
    if sent.low(k) == "the":
        k += 1
    start = j = k
    while j < stop and j - start < MAX_WORDS:
        tok = toks[j]
        if tok.text in QUOTES:
            break
        capital = tok.text[0].isupper() and tok.text[0].isalpha()
        link = tok.low in _NAME_LINKS and j > start and j + 1 < stop
        if link and not toks[j + 1].text[0].isupper():
            break
        if not (capital or link) or sent.timex_at[j] is not None or tok.low in MONTHS:
            break
        if time_word(sent, j):
            break
        j += 1
    if j == start or sent.headline_case and sent.actor_at[start] is None:
        return None
    if _modifier_of_next(sent, j):
        return None  # "at the Peruvian foreign ministry": not Peru
    actors = {id(sent.actor_at[i]): sent.actor_at[i] for i in range(start, j) if sent.actor_at[i]}
    if any(a.kind not in ("country", "group") for a in actors.values()):
        return None  # "at Reuters", "in Kim's": not a place
    if len(actors) == 1:
        actor = next(iter(actors.values()))
        whole = all(sent.actor_at[i] is actor for i in range(start, j))
        if whole and actor.kind == "country" and not is_capital(actor.text):
            return j, actor.name  # "in the U.S." -> United States; "in Lima" stays Lima
    words = [toks[i].text for i in range(start, j)]
    words[-1] = _strip_possessive(words[-1])
    return j, " ".join(words)


def _modifier_of_next(sent: Sentence, j: int) -> bool:
    """True when token ``j`` is a lower-case word that a capitalised run before it modifies."""
    if j >= len(sent.toks):
        return False
    tok = sent.toks[j]
    low = tok.low
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and not (
            low in STOP_PREP
            or low in DETERMINERS
            or low in ("and", "or", "of", "nor", "but")
            or low in AUX
            or adverb(low)
            or time_word(sent, j)
            or verb_form(low) is not None
        )
    )


def _direction(sent: Sentence, j: int, place: str) -> str:
    """ "40 km north of Lima": the distance too, when the sentence gives it."""
    words = [sent.toks[j].text, "of", place]
    if j >= 2 and sent.low(j - 1) in UNITS and sent.toks[j - 2].text[0].isdigit():
        words = [sent.toks[j - 2].text, sent.toks[j - 1].text, *words]
    return " ".join(words)


def _location_before(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> list[str]:
    """A place named before the trigger in its own clause ("Police in Lyon arrested"), or by a
    sentence-opening "In Lyon, ..." that no report or relative clause separates from it."""
    toks = sent.toks
    lasts = {t.last for t in triggers if t is not trig}
    lo = 0
    for j in range(trig.first - 1, -1, -1):
        tok = toks[j]
        if (
            tok.text in CLAUSE_BREAK
            or tok.text == ","
            or tok.low in RELATIVES
            or tok.low in SUBORDINATORS
            or j in lasts
            or reporting(tok.low)
        ):
            lo = j + 1
            break
    found = []
    for j in range(lo, trig.first):
        if toks[j].low in LOCATIVE:
            place = _place(sent, j + 1, trig.first)
            if place is not None:
                found.append(place[1])
    if found or lo == 0 or not toks or toks[0].low not in LOCATIVE:
        return found
    place = _place(sent, 1, len(toks))
    if place is None or sent.low(place[0]) != ",":
        return []
    if any(
        t.low in RELATIVES or t.low in SUBORDINATORS or reporting(t.low)
        for t in toks[place[0] : trig.first]
    ):
        return []
    return [place[1]]


# --- shared --------------------------------------------------------------------------------------


def _clause_end(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> int:
    """The token index where the trigger's clause ends: a clause break, comma, relative pronoun,
    subordinator, report ("..., police said") or the next trigger."""
    toks = sent.toks
    start = max(trig.last, trig.extra.get("noun", trig.last)) + 1
    nxt = min((t.first for t in triggers if t.first >= start), default=len(toks))
    for j in range(start, min(nxt, len(toks))):
        tok = toks[j]
        if (
            tok.text in CLAUSE_BREAK
            or tok.text in ",."
            or tok.low in RELATIVES
            or tok.low in SUBORDINATORS
            or reporting(tok.low)
        ):
            return j
    return min(nxt, len(toks))


def _word(sent: Sentence, i: int) -> bool:
    """A token that reads as a word of a phrase (not a quotation mark or a date)."""
    tok = sent.toks[i]
    return tok.text not in QUOTES and sent.timex_at[i] is None


def _names(sent: Sentence, start: int, stop: int, words: list[str]) -> list[str]:
    """A phrase as participant names: the actors' canonical names when the phrase is only
    actors ("China and Russia"), else the phrase as written without a leading article."""
    words = _as_written(sent, words)
    while words and words[0].lower() in DETERMINERS and len(words) > 1:
        words = words[1:]
    phrase = rest = " ".join(words)
    actors: list[ActorSpan] = []
    for i in range(start, min(stop, start + len(words) + 4)):
        actor = sent.actor_at[i]
        if actor is not None and actor.text in phrase and (not actors or actors[-1] is not actor):
            actors.append(actor)
    for actor in actors:
        if actor.text not in rest:
            break
        rest = rest.replace(actor.text, " ", 1)
    else:
        if actors and not set(rest.split()) - {"and", "or", "&", ","}:
            return list(dict.fromkeys(a.name for a in actors))
    last = actors[-1] if actors else None
    if last is not None and last.kind != "name" and phrase.endswith(last.text):
        before = phrase[: -len(last.text)].split()
        for actor in actors[:-1]:  # "Russian President Vladimir Putin"
            before = [w for w in before if w not in actor.text.split()]
        if before and all(w.islower() or w.lower() in TITLES for w in before):
            return [last.name]  # "union leader Rodrigo Almonte", "key ally Russia"
    return [phrase] if words else []


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word
