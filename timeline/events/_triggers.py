"""Triggers: which verbs and nouns of a sentence state a happening.

A verb form counts by its shape and its neighbour: a past form after a subject ("Kim toured"), a
passive ("was seized"), a present form after a subject, a base form after "will", a modal, "did"
or a "to" governed by "ordered"/"plans"... ("ordered them to build"), an "-ing" form after "is"
or a named actor ("reports of Kim touring"). A light verb ("held", "carried out") with an event
noun object takes the noun as its trigger. An event noun counts when an actor owns it ("Moscow's
invasion", "the Russian invasion"), when it has an actor or a date attached ("the invasion of
Ukraine", "the summit on Tuesday"), and it is not the object of a verb already taken.
"""

from __future__ import annotations

from ..actors import country_adjective
from ..lexicon import (
    event_class,
    event_noun,
    event_verb,
    load_sections,
    phrasal_class,
    verb_form,
)
from ..model import Granularity, Timex
from ._base import (
    AUX,
    BE,
    DETERMINERS,
    FUTURE,
    HAVE,
    IMPACT,
    KEEP_PREP,
    LIGHT,
    MODALS_HYP,
    NEG_VERBS,
    NOUNS,
    PARTICLES,
    PLAN_GOVERNORS,
    PLANNED_ADJ,
    PRONOUNS,
    RELATIVES,
    REPORT_EVENTS,
    REPORTING,
    STOP_PREP,
    SUBORDINATORS,
    Sentence,
    Trigger,
    adverb,
    possessive,
    time_word,
    verbal,
)

_NOUN_PREPS = KEEP_PREP | {"in", "on", "at", "by"}
_PERIOD_NOUNS = frozenset("year quarter month week period half day session".split())


def verb_triggers(sent: Sentence) -> list[Trigger]:
    """Event verbs (and light verb + event noun pairs) that state a happening."""
    found: list[Trigger] = []
    toks = sent.toks
    for k, tok in enumerate(toks):
        any_form = verb_form(tok.low)
        if any_form is None or tok.quoted or sent.actor_at[k] is not None:
            continue
        form = event_verb(tok.low)
        last = k
        if k + 1 < len(toks) and toks[k + 1].low in PARTICLES:
            if phrasal_class(any_form.lemma, toks[k + 1].low):
                form, last = any_form, k + 1
        noun = None
        if any_form.lemma in LIGHT:
            noun = _light_noun(sent, last)
            if noun is None and "pp" in any_form.tags:
                noun = _passive_light_noun(sent, k)
        if any_form.lemma in IMPACT and noun is None:
            noun = _subject_noun(sent, k)  # "an earthquake struck": the earthquake
        if form is None and noun is None:
            continue
        trig = _read_verb(sent, k, form or any_form, found)
        if trig is not None:
            trig.last = max(trig.last, last)
            if noun is not None:
                trig.extra["noun"] = noun
            found.append(trig)
    return found


def _light_noun(sent: Sentence, k: int) -> int | None:
    """The event noun a light verb at ``k`` introduces ("held talks", "reached a deal")."""
    for j in range(k + 1, min(len(sent.toks), k + 5)):
        tok = sent.toks[j]
        if tok.low in NOUNS and (tok.text.islower() or sent.headline_case):
            return j
        if not tok.text[0].isalnum() or tok.low in STOP_PREP or sent.actor_at[j] is not None:
            return None
        if verbal(tok.low) and tok.low not in DETERMINERS:
            return None
    return None


def _subject_noun(sent: Sentence, k: int) -> int | None:
    """The event noun right before an impact verb at ``k`` ("the earthquake shook ...")."""
    j = sent.prev_word(k)
    if j < 0:
        return None
    tok = sent.toks[j]
    if tok.low not in NOUNS or not (tok.text.islower() or j == 0):
        return None
    return j if event_class(tok.low) in _IMPACT_CLASSES else None  # not "the deal hit a snag"


_IMPACT_CLASSES = frozenset("disaster attack explode".split())


def _passive_light_noun(sent: Sentence, k: int) -> int | None:
    """The event noun a passive light verb at ``k`` has as subject ("the deal was struck")."""
    be = sent.prev_word(k)
    j = sent.prev_word(be)
    if be < 0 or sent.low(be) not in BE or j < 0:
        return None
    tok = sent.toks[j]
    return j if tok.low in NOUNS and (tok.text.islower() or j == 0) else None


def _read_verb(sent: Sentence, k: int, form, found: list[Trigger]) -> Trigger | None:
    """Decide from the words around it whether a verb form states an event, and its tense."""
    toks, tags = sent.toks, form.tags
    p = sent.prev_word(k)
    prev = toks[p].low if p >= 0 else ""
    nxt = sent.low(k + 1)
    if prev in DETERMINERS or possessive(prev) or (nxt == "of" and not tags & {"past", "pp"}):
        return None  # "the attack", "Moscow's invasion", "visits of": a noun
    verbs = [t for t in found if not t.noun]
    earlier = verbs[-1] if verbs else None
    # "toured the plant and ordered ...", "toured the plant, inspected ...": the verb continues
    # a clause whose first verb was already taken.
    joined = prev in ("and", "or", "but", ",", "then") and earlier is not None
    if prev in ("and", "or", ",") and earlier is None and not tags & {"base"}:
        if not (prev == "," and "past" in tags and _after_aside(sent, p)):
            return None  # "new routes and reduced service": a participle, not a clause
    if tags & {"past", "pp"}:
        return _read_participle(sent, k, form, p, prev, nxt, earlier, joined)
    if "s" in tags:
        if p < 0:
            return Trigger(k, k, form.lemma, False, "present") if sent.headline_case else None
        if _subjectlike(sent, p) or joined and earlier.tense == "present":
            return Trigger(k, k, form.lemma, False, "present")
        return None
    if "base" in tags:
        if prev in FUTURE or prev in MODALS_HYP or prev in ("did", "does", "do", "not", "n't"):
            return Trigger(k, k, form.lemma, False, "base")
        if prev == "to":
            if sent.low(sent.prev_word(p)) in NEG_VERBS:  # "refused to sign"
                return Trigger(k, k, form.lemma, False, "base")
            governor = _governor(sent, p)
            if governor is not None:
                return Trigger(k, k, form.lemma, False, "base", governor=governor)
            return None
        if joined and prev == "and" and earlier.tense == "base":
            return Trigger(k, k, form.lemma, False, "base", governor=earlier.governor)
        if prev in ("they", "we", "i", "you") or (
            p >= 0
            and sent.actor_at[p] is not None
            and toks[p].low.endswith("s")
            and not possessive(toks[p].low)
        ):
            return Trigger(k, k, form.lemma, False, "present")
        return None
    if "ing" in tags:
        if prev in BE or prev in NEG_VERBS:  # "is visiting", "denied visiting"
            return Trigger(k, k, form.lemma, False, "ing")
        if p >= 0 and sent.actor_at[p] is not None and toks[p].end == sent.actor_at[p].end:
            return Trigger(k, k, form.lemma, False, "ing")  # "reports of Kim touring"
        if joined and prev == "and" and earlier.tense == "ing":
            return Trigger(k, k, form.lemma, False, "ing")
    return None


def _read_participle(sent, k, form, p, prev, nxt, earlier, joined) -> Trigger | None:
    tags = form.tags
    if (
        nxt == "by"
        and prev not in BE
        and prev not in HAVE
        and p >= 0
        and (sent.actor_at[p] is None and prev not in PRONOUNS)
    ):
        return None  # "the question raised by ...": a participle after a noun
    if (
        earlier is not None
        and earlier.passive
        and "pp" in tags
        and prev not in HAVE
        and any(t.text == "," for t in sent.toks[earlier.last + 1 : k])
        and p >= 0
        and sent.actor_at[p] is None
        and prev not in PRONOUNS
    ):  # "new factories need to be built, old ones renovated": the passive carries on
        return Trigger(k, k, form.lemma, False, "pp", passive=True, governor=earlier.governor)
    if prev in BE or prev == "being":
        if "pp" not in tags:
            return None
        # "is expected to be unveiled" looks ahead; "the plan was filed" does not
        governor = _governor(sent, p - 1) if prev == "be" and sent.low(p - 1) == "to" else None
        return Trigger(k, k, form.lemma, False, "pp", passive=True, governor=governor)
    if _reduced_relative(sent, p, k):
        own = _own_date(sent, k) if "pp" in tags and not _aux_follows(sent, k + 1) else None
        if own is not None:  # "the contract agreed over the weekend": a dated act of its own
            trig = Trigger(k, k, form.lemma, False, "pp", passive=True)
            trig.extra["timex"] = own
            return trig
        return None
    if prev == "," and not (joined and earlier.tense == "past" and not earlier.passive):
        if "past" in tags and _after_aside(sent, p):
            return Trigger(k, k, form.lemma, False, "past")  # "Workers, on strike since May, voted"
        return None  # "The model, adopted over objections, ...": a participle clause
    if prev in _OBJECT_PREPS or prev in _PERIOD_NOUNS and not time_word(sent, p - 1):
        return None  # "a loyalist of ousted premier X", "the fiscal year ended Jan. 31"
    if prev in HAVE or "past" in tags:
        return Trigger(k, k, form.lemma, False, "past")
    return None


_OBJECT_PREPS = (
    (STOP_PREP | {"of"}) - SUBORDINATORS - frozenset("that which who whom so but or".split())
)


def _reduced_relative(sent: Sentence, p: int, k: int) -> bool:
    """True for "criticised the force dispatched to ...": a participle after an object."""
    toks = sent.toks
    j = p
    while j >= 0 and sent.actor_at[j] is None:
        low = toks[j].low
        if low in ("and", ",", "or") and j > 0 and toks[j - 1].text[0].isalnum() and j < p:
            j -= 1  # "grapes, blueberries and cherries sold in ..."
            continue
        if not toks[j].text[0].isalnum() or low in DETERMINERS or verbal(low):
            break
        if low in STOP_PREP or low in ("and", "or", "of"):
            break
        j -= 1
    if j == p:
        return False
    if j >= 0 and toks[j].low in DETERMINERS and not possessive(toks[j].low):
        j -= 1
    no_object = sent.low(k + 1) in STOP_PREP or sent.low(k + 1) == "of"
    if no_object and _aux_follows(sent, k + 1) and (j < 0 or toks[j].low in ("whether", "if")):
        return True  # "(whether) the concessions granted in the 1990s should be renewed"
    if j < 0:
        return False
    low = toks[j].low
    earlier_verb = any(
        verb_form(t.low) is not None and t.low not in AUX and t.low not in NOUNS for t in toks[:j]
    )
    if low in _OBJECT_PREPS and earlier_verb or sent.low(j - 1) == "to" and toks[j].text.isalpha():
        return True  # "seize assets of people accused of", "to accept the contract agreed with"
    form = verb_form(low)
    if sent.low(sent.prev_word(j)) in ("who", "which", "that"):
        return False  # "investors who bought the bonds lost": "lost" is the main verb
    return verbal(low) and low not in AUX and form is not None and form.lemma not in REPORTING


def _own_date(sent: Sentence, k: int) -> Timex | None:
    """The day or week that follows the participle at ``k`` within its short phrase, if any
    ("agreed with the union over the weekend"; not "sold in shops between December and May")."""
    for j in range(k + 1, min(len(sent.toks), k + 7)):
        timex = sent.timex_at[j]
        if timex is not None:
            span = timex.span
            return timex if span is not None and span.granularity.rank <= _WEEK else None
        tok = sent.toks[j]
        if not tok.text[0].isalnum() or verbal(tok.low) or tok.low in ("that", "which", "who"):
            return None
    return None


_WEEK = Granularity.WEEK.rank


def _after_aside(sent: Sentence, comma: int) -> bool:
    """True when ``comma`` closes an aside after a bare subject ("Workers, on strike since May,"):
    no verb before the opening comma or inside the aside, which starts with a preposition."""
    toks = sent.toks
    opening = next((i for i in range(comma - 1, 0, -1) if toks[i].text == ","), None)
    if opening is None or sent.low(opening + 1) not in _ASIDE_STARTS:
        return False
    return not any(
        verbal(t.low) or t.quoted for t in toks[:comma] if t.low not in _ASIDE_STARTS
    )


_ASIDE_STARTS = frozenset("on in at after now still already".split())


def _aux_follows(sent: Sentence, k: int) -> bool:
    """True when an auxiliary or modal comes before the next comma: the clause's own verb."""
    for j in range(k, min(len(sent.toks), k + 10)):
        low = sent.toks[j].low
        if low in (",", ";", "and", "but") or low in RELATIVES or sent.toks[j].quoted:
            return False
        if low in AUX and low not in ("'s", "'d") and sent.timex_at[j] is None:
            return True  # (not the month in "on May 15")
    return False


def _subjectlike(sent: Sentence, p: int) -> bool:
    tok = sent.toks[p]
    actor = sent.actor_at[p]
    if (
        actor is not None
        and actor.kind == "country"
        and actor.text != actor.name
        and (actor.text == country_adjective(actor.name))
    ):
        return False  # "French ships", "Russian attacks": an adjective before a noun
    if actor is not None or tok.low in PRONOUNS or tok.low in ("that", "which"):
        return not possessive(tok.low)
    if possessive(tok.low) or tok.low in DETERMINERS or tok.low in STOP_PREP:
        return False
    # "the company acquires Mobil": a noun after a determiner, then an object ("artillery
    # shells", "the junk funds, ..." are nouns)
    nxt = sent.next_word(p + 2)
    starts_object = nxt < len(sent.toks) and (
        sent.low(nxt) in DETERMINERS
        or sent.actor_at[nxt] is not None
        or sent.toks[nxt].text[0].isdigit()
        or sent.toks[nxt].text == "$"
    )
    return (
        tok.text[:1].isalnum()
        and verb_form(tok.low) is None
        and not tok.low.isdigit()
        and sent.low(p - 1) in DETERMINERS
        and not tok.low.endswith("s")
        and starts_object
    )


def _governor(sent: Sentence, to_index: int) -> int | None:
    """The word that sends a "to"-infinitive into the future ("ordered them to"), if any."""
    for j in range(to_index - 1, max(-1, to_index - 6), -1):
        low = sent.toks[j].low
        if low in PLAN_GOVERNORS:
            if (
                low.endswith("s")
                and j > 0
                and not (
                    sent.actor_at[j - 1] is not None
                    or sent.low(j - 1) in PRONOUNS
                    or sent.low(j - 1) in ("who", "which", "that")
                    or j + 1 == to_index and _agent_noun(sent, j - 1)
                )
            ):
                return None  # "buy orders in the morning to start": a noun, not "X orders"
            return j
        if low in (",", ";", ".") or sent.toks[j].quoted:
            break
    return None


_AGENT_NOUNS = load_sections("actor_words.txt")
_AGENT_NOUNS = _AGENT_NOUNS["title"] | _AGENT_NOUNS["org"]


def _agent_noun(sent: Sentence, j: int) -> bool:
    """True for "the minister" or "the ministry" at ``j``: a subject that can plan ("the
    minister plans to visit"), unlike "the expansion" in "the expansion plans to ...")."""
    return sent.low(j) in _AGENT_NOUNS and sent.low(j - 1) in DETERMINERS


def noun_triggers(sent: Sentence, verbs: list[Trigger]) -> list[Trigger]:
    """Event nouns that name a happening of their own (not the object of a verb taken)."""
    found: list[Trigger] = []
    toks = sent.toks
    taken = {t.extra.get("noun") for t in verbs}
    for k, tok in enumerate(toks):
        if tok.low not in NOUNS or k in taken:
            continue
        if tok.quoted or sent.actor_at[k] is not None or sent.timex_at[k] is not None:
            continue
        if any(v.first <= k <= v.last for v in verbs):
            continue
        if tok.text[0].isupper() and k > 0 and not sent.headline_case:
            continue  # part of a name ("Party Congress")
        if _modifier(sent, k) or _object_of(sent, k, verbs) is not None:
            continue  # "attack helicopter"; "ordered an expansion": part of the verb's event
        if _noun_is_anchored(sent, k):
            found.append(Trigger(k, k, event_noun(tok.low) or tok.low, True, "noun"))
    return found


def _modifier(sent: Sentence, k: int) -> bool:
    """True when the noun modifies the next word ("attack helicopter", "election campaign")."""
    nxt = sent.toks[k + 1] if k + 1 < len(sent.toks) else None
    if nxt is None or not nxt.text.isalpha() or not nxt.text.islower():
        return False
    low = nxt.low
    return not (
        low in STOP_PREP
        or low in AUX
        or low in DETERMINERS
        or low in ("of", "and", "or")
        or verbal(low)
        or adverb(low)
    )


def _object_of(sent: Sentence, k: int, verbs: list[Trigger]) -> Trigger | None:
    """The verb trigger whose object phrase contains token ``k``, if any."""
    for verb in verbs:
        if verb.last < k <= verb.last + 8:
            between = sent.toks[verb.last + 1 : k]
            if all(t.low not in STOP_PREP and t.text not in ",;:" for t in between):
                return verb
    return None


def _noun_is_anchored(sent: Sentence, k: int) -> bool:
    """An event noun counts when an actor owns it or a date or named actor pins it down."""
    toks = sent.toks
    for j in range(k - 1, max(-1, k - 4), -1):
        if sent.actor_at[j] is not None or toks[j].low in ("his", "her", "their"):
            return True
        if toks[j].low in PLANNED_ADJ:
            return True
        if sent.timex_at[j] is not None and possessive(toks[j].low):
            return True  # "Monday's earthquake", "last weekend's floods"
        if (
            toks[j].low in STOP_PREP
            or toks[j].low == "of"
            or toks[j].text in ",;:"
            or (verbal(toks[j].low))
        ):
            break  # "Iraqi prisoners of war": the war is not Iraq's
    if k + 1 < len(toks) and toks[k + 1].low in _NOUN_PREPS:
        for j in range(k + 2, min(len(toks), k + 6)):
            if sent.actor_at[j] is not None or sent.timex_at[j] is not None:
                return True
            if toks[j].text in ",;:" or toks[j].low in STOP_PREP:
                break
    return False


def report_trigger(sent: Sentence) -> list[Trigger]:
    """A report is the event when the sentence names no other ("KCNA reported the test")."""
    for k, tok in enumerate(sent.toks):
        form = verb_form(tok.low)
        if tok.quoted or form is None or form.lemma not in REPORT_EVENTS:
            continue
        p = sent.prev_word(k)
        if "past" in form.tags and p >= 0 and sent.actor_at[p] is not None:
            trig = Trigger(k, k, form.lemma, False, "past")
            trig.extra["report"] = True
            return [trig]
    return []
