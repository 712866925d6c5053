"""Who did it, how sure the text is, and when: agent, modality and the dating timex.

The agent is read from the noun phrase right before the verb group ("North Korean leader Kim Jong
Un has ordered" -> Kim Jong Un; "Russian forces shelled" -> Russia); a verb joined to an earlier
one by "and" shares its agent; "he"/"she" is the last person named, "it"/"the country" the last
country or organisation; "ordered officials to build" makes the officials the builders.
"""

from __future__ import annotations

from ..actors import ActorSpan
from ..lexicon import verb_form
from ..model import Modality, Timex, TimexType
from ._base import (
    AUX,
    BE,
    BELIEF,
    CLAUSE_BREAK,
    DETERMINERS,
    FUTURE,
    HAVE,
    HYP_ADJ,
    HYP_WORDS,
    MODALS_HYP,
    NEG_VERBS,
    NEGATION,
    NOUNS,
    PERSON_PRONOUNS,
    PLAN_GOVERNORS,
    PLANNED_ADJ,
    PRONOUNS,
    QUOTES,
    RELATIVES,
    REPORTING,
    STOP_PREP,
    SUBORDINATORS,
    TIME_WORDS,
    Sentence,
    Trigger,
    adverb,
    possessive,
    reporting,
    time_word,
    verbal,
)
from ._titles import previous_plural, title_word

OBJECT_PRONOUNS = frozenset("them him her it us me you this that".split())
_COUNTRY_NOUNS = frozenset("country nation regime state government".split())
_ORG_NOUNS = frozenset("company firm operator group carrier airline bank".split())
_SUBJECT_PREPS = frozenset("of for in on with at from to".split())
_DATE_PREPS = {
    "on": 40, "in": 30, "during": 40, "since": 30, "at": 30, "over": 30, "between": 20, "from": 15
}
_GOAL_PREPS = frozenset("for by".split())
# Words that open a comma-bounded aside after a subject ("The plant, which ...", "Workers, on
# strike since May, ...").
_ASIDES = RELATIVES | frozenset("a an the on in at after now still already".split())
_RAISING = PLAN_GOVERNORS | BELIEF | {"likely", "unlikely", "able", "going"}


def find_agent(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> None:
    """Set ``trig.agent`` (an actor) or ``trig.subject`` (a plain noun phrase) and co-agents."""
    toks = sent.toks
    if trig.noun:
        _noun_agent(sent, trig)
        return
    if trig.passive:
        for j in range(trig.last + 1, min(len(toks), trig.last + 6)):
            if toks[j].low == "by" and j + 1 < len(toks) and sent.actor_at[j + 1] is not None:
                trig.agent = sent.actor_at[j + 1]
                break
        k0 = aux_start(sent, trig.first)
        span = subject_np(sent, k0, True)
        trig.subject = _phrase(sent, span)
        trig.extra["patient"] = span  # who or what it was done to, for the participants
        before = sent.low(k0 - 1)
        if trig.subject is None and before in PERSON_PRONOUNS:
            patient = antecedent_of(sent, k0 - 1)  # "he had been killed": the person was
            trig.subject = patient.name if patient is not None else None
            trig.extra["patient"] = patient
        elif trig.subject is None and before in ("and", "or", "but"):
            earlier = [t for t in triggers if not t.noun and t.last < trig.first]
            if earlier and earlier[-1].passive:  # "was filed ... and must be approved"
                trig.subject = earlier[-1].subject
                trig.extra["patient"] = earlier[-1].extra.get("patient")
        return
    if trig.governor is not None and _object_as_agent(sent, trig):
        return
    # "agreed in principle to buy": the subject of "agreed" buys
    start = trig.governor if trig.governor is not None else trig.first
    k0 = aux_start(sent, start)
    j = k0 - 1
    if j < 0:
        return
    if _pronoun_subject(sent, trig, j):
        return
    if toks[j].low in ("and", "or", "but", "then"):
        _joined_agent(sent, trig, triggers)
        return
    gerund = trig.tense == "ing" and sent.low(sent.prev_word(trig.first)) not in AUX
    head = subject_np(sent, k0, not gerund)  # "reports of Kim touring": Kim tours
    if head is not None:  # "investors who bought the bonds lost": the investors lost
        i = head[0] - 1
        if sent.low(i) in DETERMINERS:
            i -= 1
        if i > 0 and verbal(sent.low(i)) and sent.low(sent.prev_word(i)) in RELATIVES:
            head = subject_np(sent, sent.prev_word(i) + 1) or head
    if head is None and toks[j].low == ",":
        _joined_agent(sent, trig, triggers)  # "toured the plant, inspected ..."
        return
    if head is not None:
        actors = [sent.actor_at[i] for i in range(head[0], head[1]) if sent.actor_at[i]]
        if actors:
            set_agent(sent, trig, actors[-1])
            if sent.actor_at[head[1] - 1] is None:  # "Abacha's supporters", "Russian forces"
                trig.subject = _phrase(sent, head)
                trig.extra["subject_first"] = True
                trig.extra["subject_span"] = (head[0], aux_start(sent, trig.first))
            return
        trig.subject = _phrase(sent, head)
        trig.extra["subject_span"] = (head[0], aux_start(sent, trig.first))
        stand_in = _stand_in(sent, trig.subject)
        if stand_in is not None:  # "The firm withdrew": the firm named before
            trig.agent, trig.subject = stand_in, None
        return
    _scan_back(sent, trig, triggers)


def _object_as_agent(sent: Sentence, trig: Trigger) -> bool:
    """ "ordered officials to build": the officials build. True when that settled the agent."""
    toks, gov = sent.toks, trig.governor
    to = next((j for j in range(gov + 1, trig.first) if toks[j].low == "to"), None)
    if to is None or to == gov + 1:
        return False
    actor = next((sent.actor_at[j] for j in range(gov + 1, to) if sent.actor_at[j]), None)
    if actor is not None:
        set_agent(sent, trig, actor)
        return True
    if toks[gov].low in ("likely", "unlikely", "able"):
        return False
    between = toks[gov + 1 : to]
    if any(t.low in STOP_PREP or not t.text[0].isalnum() for t in between):
        return False  # "agreed in principle to": no object
    words = [t.text for t in between if t.low not in DETERMINERS]
    if words == ["them"]:  # "met the engineers and ordered them to inspect": the engineers
        plural = previous_plural(sent, gov)
        words = [plural] if plural else words
    if 0 < len(words) <= 3 and words[0].lower() not in OBJECT_PRONOUNS:
        trig.subject = " ".join(words)
        return True
    return False


def _joined_agent(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> None:
    """The second verb of "toured ... and ordered" shares the first one's agent."""
    earlier = [t for t in triggers if not t.noun and t.last < trig.first and t is not trig]
    if earlier:
        first = earlier[-1]
        trig.agent, trig.subject = first.agent, first.subject
        trig.extra["coagents"] = first.extra.get("coagents", ())
        if first.agent is None and first.subject is None and "skip" in first.extra:
            trig.extra["skip"] = True
        return
    _scan_back(sent, trig, triggers)


def _scan_back(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> None:
    """The nearest actor before the verb in its clause (a last resort)."""
    toks = sent.toks
    j = trig.first - 1
    while j >= 0 and trig.first - j <= 30:
        tok = toks[j]
        if sent.actor_at[j] is not None:
            set_agent(sent, trig, sent.actor_at[j])
            return
        if tok.text in CLAUSE_BREAK or tok.low in RELATIVES or tok.low in SUBORDINATORS:
            break
        if (
            reporting(tok.low)
            and sent.prev_word(trig.first) >= 0
            and (toks[sent.prev_word(trig.first)].low not in ("and", ","))
        ):
            break  # "KCNA said the plant opened": the reporter is not the agent
        j -= 1


def _stand_in(sent: Sentence, subject: str | None) -> ActorSpan | None:
    """The actor that "the country"/"the government" or "the company"/"the firm" stands for:
    the last one of the fitting kind named before, or None."""
    low = subject.lower() if subject else ""
    if low in _COUNTRY_NOUNS:
        kinds = ("country", "group")
    elif low in _ORG_NOUNS:
        kinds = ("organisation",)
    else:
        return None
    last = sent.ctx.last_agent
    if last is not None and last.kind in kinds:
        return last
    found = [sent.ctx.last_of_kind.get(kind) for kind in kinds]
    return next((a for a in found if a is not None), None)


def _noun_antecedent(sent: Sentence, j: int) -> str | None:
    """ "pressure on the government to act before it signs": the nearest "the government" or
    "the company" before "it" in its sentence, when no actor comes between."""
    for i in range(j - 1, 0, -1):
        if sent.actor_at[i] is not None:
            return None
        low = sent.toks[i].low
        if (low in _COUNTRY_NOUNS or low in _ORG_NOUNS) and sent.low(i - 1) == "the":
            return low
    return None


def _pronoun_subject(sent: Sentence, trig: Trigger, j: int) -> bool:
    """Resolve a pronoun subject at token ``j``; True when the search for an agent ends there."""
    low = sent.toks[j].low
    noun = _noun_antecedent(sent, j) if low == "it" else None
    if noun is not None:
        trig.agent = _stand_in(sent, noun)
        trig.subject = None if trig.agent is not None else noun.capitalize()
        return True
    if low in PERSON_PRONOUNS or low == "it":
        antecedent = antecedent_of(sent, j)
        if antecedent is not None:
            trig.agent = antecedent
        else:
            trig.extra["skip"] = True
        return True
    if low == "they":
        trig.extra["skip"] = True
        return True
    if low in ("i", "we", "you"):
        trig.extra["skip"] = True  # speech, or a generic "you": not a reported event
        return True
    return False


def antecedent_of(sent: Sentence, j: int) -> ActorSpan | None:
    """What "he"/"she" (a person) or "it" (a country or organisation) at token ``j`` refers to.

    The first fitting actor earlier in the sentence, else the last one named before it.
    """
    person = sent.toks[j].low in PERSON_PRONOUNS
    for i in range(j):  # the first one: more often the subject than the nearest
        actor = sent.actor_at[i]
        if actor is not None and (actor.kind == "person") == person:
            return actor
    return sent.ctx.last_person if person else sent.ctx.last_agent


def set_agent(sent: Sentence, trig: Trigger, actor: ActorSpan) -> None:
    """Set the agent and collect actors coordinated with it ("the US, Japan and South Korea")."""
    trig.agent = actor
    k = sent.token_at(actor.start) - 1
    coagents: list[ActorSpan] = []
    while k >= 1 and sent.toks[k].low in (",", "and"):
        k -= 1
        if sent.toks[k].low in (",", "and"):
            k -= 1
        other = sent.actor_at[k] if k >= 0 else None
        if other is None or other.kind != actor.kind or other.name == actor.name:
            break
        coagents.insert(0, other)
        k = sent.token_at(other.start) - 1
    if coagents:
        trig.extra["coagents"] = tuple(coagents)


def aux_start(sent: Sentence, k: int) -> int:
    """The first token of the verb group before ``k`` ("is expected to be" in "... unveiled")."""
    j = k - 1
    while j >= 0:
        low = sent.toks[j].low
        if low in AUX or adverb(low) or low == "to" or low in NEGATION and low != "no":
            j -= 1
        elif low in _RAISING and sent.low(j + 1) == "to":
            j -= 1
        elif low in NEG_VERBS and (sent.low(j + 1) == "to" or j + 1 == k):
            j -= 1  # "denied attacking", "refused to sign": the subject comes before
        elif sent.timex_at[j] is not None or _timeish(sent, j):
            i = j  # "The company earlier this year adopted"; not "targets for 2026 should"
            while i > 0 and (sent.timex_at[i - 1] is not None or _timeish(sent, i - 1)):
                i -= 1
            if sent.low(i - 1) in _SUBJECT_PREPS:
                break
            j = i - 1
        else:
            break
    return j + 1


def _timeish(sent: Sentence, j: int) -> bool:
    """A word of a time phrase: "earlier", "this year" (both words), "last week"."""
    if not sent.toks[j].text[0].isalnum():
        return False  # "since Monday, rejected": the comma ends the time phrase
    return time_word(sent, j) or time_word(sent, j - 1) and sent.low(j) not in TIME_WORDS


def subject_np(sent: Sentence, k: int, skip_pp: bool = True) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before ``k`` (its head, past one "of"-PP).

    A relative pronoun points to its antecedent ("investors who bought" -> investors) and a
    comma-bounded relative or appositive clause is stepped over ("The plant, which makes tyres,
    will be closed" -> plant). ``skip_pp=False`` keeps the nearest phrase ("reports of Kim
    touring": Kim tours).
    """
    toks = sent.toks
    j = k - 1
    if j >= 0 and toks[j].low in RELATIVES:
        j -= 1
        if j >= 0 and toks[j].text == ",":
            j -= 1
    elif j >= 0 and toks[j].text == ",":
        opening = next((i for i in range(j - 1, max(-1, j - 30), -1) if toks[i].text == ","), None)
        if opening is None or sent.low(opening + 1) not in _ASIDES:
            return None
        j = opening - 1
    end = j + 1
    start = end
    skips = 2 if skip_pp else 0
    fallback = None
    while j >= 0 and end - j <= 7:
        tok = toks[j]
        low = tok.low
        if tok.text in QUOTES:
            j -= 1
            continue
        if low in DETERMINERS and not possessive(low) and sent.low(j - 1) in _SUBJECT_PREPS:
            j -= 1  # "talks at the ministry": step onto the preposition
            low = sent.low(j)
        if low in _SUBJECT_PREPS and start < end and skips and j > 0:
            skips -= 1  # "production targets for 2026": the head is "production targets"
            fallback = fallback or (start, end)
            end = start = j
            j -= 1
            while j > 0 and sent.low(j) in _QUANTIFIERS and sent.low(j - 1) in _SUBJECT_PREPS:
                j -= 2  # "cranes at both of the berths"
                end = start = j + 1
            continue
        if (
            not (tok.text[0].isalnum() or tok.text == "$")
            or low in DETERMINERS
            and not possessive(low)
            or low in STOP_PREP
            or low in ("and", "or", "but", "it", "this", "there", "of")
            or low in PRONOUNS
            or low in OBJECT_PRONOUNS
            or low in _WH_WORDS
            or _thinking(low)
            or verbal(low)
            and sent.actor_at[j] is None
            and sent.low(j - 1) not in DETERMINERS  # "The split will raise": a noun
            and not possessive(low)
            and not (start == end and low.endswith("s") and low not in AUX)
        ):  # "New modernization plans are expected": "plans" is the head noun here
            break
        if low in POSSESSIVE_PRONOUNS:
            break
        if start < end and low.endswith("ed") and low not in _ED_ADJECTIVES and low.isalpha():
            break  # "the deal followed talks": an unknown verb, not a modifier
        start = j
        j -= 1
    while start < end and (sent.timex_at[start] is not None or toks[start].text in QUOTES):
        start += 1
    if start >= end:
        return fallback
    last = toks[end - 1].low
    form = verb_form(last)
    if (
        form is not None
        and "ing" in form.tags
        and last not in NOUNS
        and (sent.actor_at[end - 1] is None)
    ):
        return None  # "Wondering ...": a gerund, not a subject
    return start, end


_ED_ADJECTIVES = frozenset(
    "armed united planned proposed expected disputed detained wanted skilled advanced "
    "limited red bed need speed seed feed".split()
)
_NO_PREPS = frozenset("at with for in on of by to under from without".split())
_QUANTIFIERS = frozenset("both all each some most none many several one two three".split())
_WH_WORDS = frozenset("how what why where when whether".split())


_THINKING = frozenset("seem appear believe think hope want wish fear suppose assume".split())


def _thinking(low: str) -> bool:
    """A form of a verb of saying or thinking ("seem", "said"): never inside a subject."""
    form = verb_form(low)
    return form is not None and (
        form.lemma in _THINKING or (form.lemma in REPORTING and bool(form.tags & {"past", "s"}))
    )


POSSESSIVE_PRONOUNS = frozenset("its his her their our my your".split())


def _phrase(sent: Sentence, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    words = [title_word(sent, i) for i in range(span[0], span[1]) if sent.timex_at[i] is None]
    return " ".join(words) or None


def _noun_agent(sent: Sentence, trig: Trigger) -> None:
    toks, k = sent.toks, trig.first
    for j in range(k - 1, max(-1, k - 4), -1):
        if sent.actor_at[j] is not None:
            trig.agent = sent.actor_at[j]
            return
        if toks[j].low in ("his", "her") and sent.ctx.last_person is not None:
            trig.agent = sent.ctx.last_person
            return
        if (
            toks[j].low in STOP_PREP
            or toks[j].low == "of"
            or toks[j].text in ",;:"
            or (verbal(toks[j].low))
        ):
            break
    for j in range(k + 1, min(len(toks), k + 8)):
        if toks[j].low == "by" and j + 1 < len(toks) and sent.actor_at[j + 1] is not None:
            trig.agent = sent.actor_at[j + 1]
            return


def find_modality(sent: Sentence, trig: Trigger) -> None:
    """Asserted, planned, hypothetical or negated, from the words before the trigger."""
    toks = sent.toks
    first = trig.first
    window = []
    for j in range(first - 1, max(-1, first - 7), -1):
        if toks[j].text in CLAUSE_BREAK or toks[j].text == "," and j < first - 3:
            break
        if sent.timex_at[j] is None:  # not the month in "on May 2 killed"
            window.append(toks[j].low)
    near = window[:4]
    clause_start = max((i for i in range(first) if toks[i].text in ",;"), default=-1)
    conditional = any(t.low in ("if", "unless") for t in toks[clause_start + 1 : first]) or (
        clause_start >= 0 and toks[0].low in ("if", "unless")
    )
    if trig.noun:
        adjectives = set(window[:3])
        if "no" in window[:2] or "without" in window[:3] or any(w in NEG_VERBS for w in window):
            trig.modality = Modality.NEGATED
        elif adjectives & HYP_ADJ or any(w in MODALS_HYP for w in window) or conditional:
            trig.modality = Modality.HYPOTHETICAL
        elif adjectives & PLANNED_ADJ or any(w in FUTURE for w in window):
            trig.modality = Modality.PLANNED
        return
    if any(w in NEGATION and w != "no" for w in near) or any(w in NEG_VERBS for w in window):
        trig.modality = Modality.NEGATED
        return
    almost = _almost(window)
    if almost and trig.lemma not in _AMOUNT_VERBS:
        trig.modality = Modality.NEGATED  # "the signing was almost postponed": it was not
        trig.modal_word = almost
        return
    if "no" in window:  # "no permanent dockworker will be laid off" (not "at no cost")
        i = window.index("no")
        if i + 1 >= len(window) or window[i + 1] not in _NO_PREPS:
            trig.modality = Modality.NEGATED
            return
    modal = next((w for w in near if w in MODALS_HYP), None)
    gov = toks[trig.governor].low if trig.governor is not None else None
    belief = any(w in BELIEF for w in window)
    if (
        modal
        or conditional
        or any(w in HYP_WORDS for w in window)
        or gov in ("likely", "unlikely")
        or belief
    ):
        trig.modality = Modality.HYPOTHETICAL
        if modal in ("will", "would") or modal is None:
            modal = "likely" if "likely" in window or gov == "likely" else None
        trig.modal_word = modal
        trig.extra["belief"] = belief
        return
    if any(w in FUTURE for w in near) or gov is not None:
        trig.modality = Modality.PLANNED
    elif (trig.tense == "present" or _perfect(sent, trig, present=True)) and any(
        t.low in _AHEAD for t in toks[clause_start + 1 : first]
    ):  # "before it signs the protocol", "once each congress has approved it": not yet
        trig.modality = Modality.PLANNED


_AHEAD = frozenset("before until once unless".split())
# "prices nearly doubled": an amount that came close to a mark still changed
_AMOUNT_VERBS = frozenset("double triple quadruple halve rise fall grow drop climb".split())


def _almost(window: list[str]) -> str | None:
    """"almost" or "nearly" when it is the adverb of the verb (the words before it, nearest
    first, auxiliaries skipped): "was almost postponed", "nearly collapsed"."""
    word = next((w for w in window if w not in BE and w not in HAVE), None)
    return word if word in ("almost", "nearly") else None


def choose_timex(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> Timex | None:
    """The date in the sentence nearest the trigger; "for/by <date>" after a past act is a goal.

    Expressions introduced by on/in/during/since/at are preferred; one separated from the
    trigger by another trigger costs more; a planned or hypothetical event does not take the
    date of the statement that reports it ("during the visit, Kim said they will build...").
    """
    if "timex" in trig.extra:
        return trig.extra["timex"]  # the date that made a participle an event of its own
    best, best_cost = None, None
    t_start, t_end = sent.toks[trig.first].start, sent.toks[trig.last].end
    for timex in sent.timexes:
        if timex.span is None or timex.type not in (TimexType.DATE, TimexType.TIME):
            continue
        k = sent.token_at(timex.start_char)
        prep = sent.low(k - 1)
        if prep in ("early", "late", "mid", "the"):
            prep = sent.low(k - 2)
        if prep in _GOAL_PREPS and trig.tense in ("past", "present", "pp") and not trig.passive:
            continue  # a target period, not when the act happened
        gap = timex.start_char - t_end if timex.start_char >= t_end else t_start - timex.end_char
        bonus = _DATE_PREPS.get(prep, 0)
        if prep == "since" and trig.tense == "past" and not trig.passive and not _perfect(
                sent, trig):
            continue  # "on strike since Monday, rejected ...": a state's start, not the act's
        cost = max(gap, 0) - bonus
        lo, hi = sorted((trig.first, k))
        if trig.governor is not None and k < trig.governor:
            continue  # "on Monday he prepared to submit it": Monday dates the preparing
        if trig.modality in (Modality.PLANNED, Modality.HYPOTHETICAL) and any(
            sent.toks[i].low == "that" or reporting(sent.toks[i].low) for i in range(lo + 1, hi)
        ):
            continue  # the date of the statement, not of what it announces
        if any(lo < o.first < hi for o in triggers if o is not trig):
            cost += 150
        if _clause_between(sent, lo, hi):
            continue  # "blocked ... on Tuesday over the pact that Chile signed last week"
        if best_cost is None or cost < best_cost:
            best, best_cost = timex, cost
    if best is None:
        shared = _shared_subject_verb(sent, trig, triggers)
        if shared is not None:  # "ruled on Tuesday that ..., but ordered the union to ...":
            return choose_timex(sent, shared, triggers)  # one subject, one day
    return best


def _shared_subject_verb(sent: Sentence, trig: Trigger, triggers: list[Trigger]
                         ) -> Trigger | None:
    """The earlier verb a past verb is coordinated with when "but" or "and" leaves its subject
    out ("The court ruled on Tuesday ..., but ordered ..."), if the two have the same agent."""
    j = _before_adverbs(sent, trig)
    if trig.noun or trig.tense != "past" or sent.low(j) not in ("but", "and") or (
            trig.agent is None and trig.subject is None):
        return None
    earlier = [t for t in triggers if t.first < j and not t.noun and t.tense == "past"
               and t.agent is trig.agent and t.subject == trig.subject]
    return earlier[-1] if earlier else None


def _perfect(sent: Sentence, trig: Trigger, present: bool = False) -> bool:
    """Whether the verb is a perfect ("has shut the port since May": the shutting began then);
    with ``present``, a present perfect only ("has approved", not "had approved")."""
    return sent.low(_before_adverbs(sent, trig)) in (_PRESENT_HAVE if present else HAVE)


def _before_adverbs(sent: Sentence, trig: Trigger) -> int:
    """The index of the word before the verb and the adverbs right before it ("had quietly")."""
    j = trig.first - 1
    while j >= 0 and adverb(sent.low(j)):
        j -= 1
    return j


_PRESENT_HAVE = frozenset("has have 've".split())


_CONTRAST = frozenset("but while whereas although though yet".split())


def _clause_between(sent: Sentence, lo: int, hi: int) -> bool:
    """True when a clause opens between tokens ``lo`` and ``hi`` (a relative pronoun or "that",
    a semicolon, ", but" or ", while"): a date on the other side of it belongs to the other
    clause's verb ("had worked on it since 2025, but the signing was postponed")."""
    toks = sent.toks
    return any(
        (toks[i].low in RELATIVES and sent.timex_at[i] is None and not toks[i].quoted)
        or toks[i].text == ";"
        or (toks[i].text == "," and i + 1 < hi and toks[i + 1].low in _CONTRAST)
        for i in range(lo + 1, hi)
    )
