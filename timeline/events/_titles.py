"""Headline-style titles: "Kim Jong Un tours munitions factories", "Russian invasion of Ukraine".

Subject (the agent's canonical name, or a short noun phrase), the verb in the present tense (or
"to visit" when planned, "may visit" when hypothetical, "does not visit" when negated) and a
trimmed object: up to a preposition, comma, date or the next verb, at most about eight words,
articles and possessive pronouns dropped, keeping one short phrase that names an actor ("with
Putin", "to China").
"""

from __future__ import annotations

from ..actors import country_adjective
from ..lexicon import past_participle, third_person, verb_form
from ..model import Modality
from ._base import (
    AUX,
    COLLECTIVE_PLURALS,
    DETERMINERS,
    KEEP_PREP,
    POSSESSIVES,
    QUOTES,
    REPORTING,
    STOP_PREP,
    Sentence,
    Trigger,
    adverb,
    time_word,
)

_TITLE_DROP = frozenset({"a", "an", "the"}) | POSSESSIVES
_GOVERNING_VERBS = frozenset("order instruct urge direct command call summon".split())
_ING_ADJECTIVES = frozenset(
    "ruling leading governing upcoming ongoing opposing neighbouring neighboring founding "
    "outgoing incoming planned proposed expected disputed united armed".split()
)
_SKIP_CHARS = frozenset("'\u2018\u2019[]") | QUOTES


def title_word(sent: Sentence, j: int) -> str:
    """A word as it reads in a sentence-case title (headline capitals lowered, names kept)."""
    tok = sent.toks[j]
    if sent.headline_case and sent.actor_at[j] is None and not tok.text.isupper():
        return tok.low
    return tok.text


def trigger_span(sent: Sentence, trig: Trigger) -> tuple[int, int]:
    """Character span of the trigger: the event noun of a light verb ("held talks" -> talks)."""
    noun = trig.extra.get("noun")
    if noun is not None:
        return sent.toks[noun].start, sent.toks[noun].end
    return sent.toks[trig.first].start, sent.toks[trig.last].end


def object_words(
    sent: Sentence,
    start: int,
    limit: int = 8,
    governed: bool = False,
    starts=frozenset(),
    keep_pp: bool = True,
) -> list[str]:
    """A trimmed object phrase from token ``start``: up to a preposition, comma, date or verb.

    ``governed`` keeps a "to"-infinitive ("orders officials to build factories"); ``starts`` are
    the token indexes where other triggers begin (a coordinated "and ordered" ends the phrase).
    """
    toks = sent.toks
    words: list[str] = []
    first_actor = sent.actor_at[start] if start < len(toks) else None
    j = start
    while j < len(toks) and len(words) < limit:
        tok = toks[j]
        low = tok.low
        if tok.text in _SKIP_CHARS:
            j += 1
            continue
        if sent.timex_at[j] is not None and _adjectival_timex(sent, j):
            words.append(title_word(sent, j))  # "the fourth-quarter production volume"
            j += 1
            continue
        if (
            sent.timex_at[j] is not None
            or not (tok.text[0].isalnum() or tok.text[0] in "$%")
            or low in REPORTING
            or time_word(sent, j)
            and sent.actor_at[j] is None
        ):
            break
        nxt = sent.next_word(j + 1)
        if low in ("and", "or") and nxt < len(toks):
            form = verb_form(toks[nxt].low)
            if nxt in starts or form is not None and "past" in form.tags:
                break
        if low == "to" and governed and nxt < len(toks) and verb_form(toks[nxt].low):
            words.append("to")
            governed = False  # one infinitive; a second "to" is a purpose clause
            j = nxt
            continue
        if low in STOP_PREP and low != "of":
            if (
                low == "with"
                and first_actor is not None
                and all(sent.actor_at[i] is first_actor for i in range(start, j))
            ):  # "provided North Korea with financial aid"
                rest = object_words(sent, j + 1, min(3, limit - len(words) - 1))
                words.extend(["with", *rest] if rest else [])
            elif keep_pp:
                words.extend(_keep_pp(sent, j, limit - len(words)))
            break
        if adverb(low) and sent.actor_at[j] is None and tok.text.islower():
            j += 1
            continue
        form = verb_form(low)
        participle = form.tags & {"past", "pp"} if form else low.endswith("ed") and len(low) > 4
        if words and (participle or low in AUX) and sent.actor_at[j] is None and words[-1] != "to":
            break  # "systems linked to ...": a participle clause
        if tok.text == "%" and words:
            words[-1] += "%"
        elif low not in _TITLE_DROP:
            words.append(title_word(sent, j))
        j += 1
    while words and words[-1].lower() in STOP_PREP | {"of", "and", "or", "$"} | _TITLE_DROP:
        words.pop()
    return words


def _adjectival_timex(sent: Sentence, j: int) -> bool:
    """True for a date that modifies the next noun ("fourth-quarter output", "2026 targets")."""
    timex = sent.timex_at[j]
    k = j
    while k < len(sent.toks) and sent.timex_at[k] is timex:
        k += 1
    if k >= len(sent.toks) or sent.low(j - 1) in STOP_PREP:
        return False
    nxt = sent.toks[k]
    return (
        nxt.text.isalpha()
        and nxt.text.islower()
        and not (
            nxt.low in STOP_PREP
            or nxt.low in AUX
            or nxt.low in ("and", "or", "of")
            or verb_form(nxt.low) is not None
        )
    )


def _keep_pp(sent: Sentence, j: int, room: int) -> list[str]:
    """A short prepositional phrase worth keeping in a title: "to China", "with Putin"."""
    toks = sent.toks
    if toks[j].low not in KEEP_PREP:
        return []
    # the noun phrase after the preposition
    end = j + 1
    while (
        end < len(toks)
        and end - j <= 8
        and toks[end].text[0].isalnum()
        and not (
            toks[end].low in STOP_PREP
            or sent.timex_at[end] is not None
            or verb_form(toks[end].low) is not None
            and sent.actor_at[end] is None
        )
    ):
        end += 1
    actors = [sent.actor_at[i] for i in range(j + 1, end) if sent.actor_at[i] is not None]
    named = any(toks[i].text[:1].isupper() for i in range(j + 1, end))  # "to port of San Antonio"
    if not actors and not named:
        return []
    words = [title_word(sent, i) for i in range(j + 1, end) if toks[i].low not in _TITLE_DROP]
    if len(words) + 1 <= room:
        return [toks[j].low, *words]
    if not actors:
        return []
    if sent.actor_at[end - 1] is not None:  # "with Iraqi deputy premier Tariq Aziz"
        return [toks[j].low, actors[-1].name]
    return []


def subject_text(trig: Trigger) -> tuple[str | None, bool]:
    """The title's subject and whether it takes a singular verb."""
    if trig.agent is not None and not trig.extra.get("subject_first"):
        names = [a.name for a in trig.extra.get("coagents", ())] + [trig.agent.name]
        if len(names) == 1:
            return names[0], True
        return f"{', '.join(names[:-1])} and {names[-1]}", False
    if trig.subject:
        last = trig.subject.split()[-1].lower()
        plural = last in COLLECTIVE_PLURALS or (
            last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "\u2019s"))
        )
        return trig.subject, not plural
    return None, True


def verb_title(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> str:
    """ "Kim Jong Un tours munitions factories", "Officials to build new factories"."""
    verb = trig.lemma
    particle = " ".join(t.low for t in sent.toks[trig.first + 1 : trig.last + 1])
    governed = trig.lemma in _GOVERNING_VERBS
    starts = frozenset(t.first for t in triggers if t is not trig)
    words = object_words(sent, trig.last + 1, 10 if governed else 8, governed, starts)
    words = resolve_object(sent, trig, triggers, words)
    if (not words or sent.low(trig.last + 1) in STOP_PREP) and trig.agent is not None:
        antecedent = relative_antecedent(sent, trig.agent)
        if antecedent:  # "the protocol that Chile signed with Peru": Chile signs the protocol
            words = antecedent + words
    if not words:  # "arrived in Valparaíso", "flew to Lima": where, when nothing else is said
        words = place_phrase(sent, sent.next_word(trig.last + 1))
    subject, singular = subject_text(trig)
    if subject is None and not trig.passive:  # "a plan to sell its offices": offices to be sold
        words = object_words(sent, trig.last + 1, 6, False, starts, keep_pp=False)
    obj = " ".join(words)
    modal = trig.modal_word or "may"
    modal = "likely to" if modal == "likely" else modal
    if trig.passive or subject is None:
        pp = sent.toks[trig.first].low if trig.passive else past_participle(verb)
        pp = " ".join(p for p in (pp, particle) if p)
        patient = (trig.subject if trig.passive else None) or obj
        by = f" by {subject}" if trig.agent is not None else _by_phrase(sent, trig)
        head = f"{patient} " if patient else ""
        if trig.modality is Modality.PLANNED:
            return f"{head}to be {pp}{by}"
        if trig.modality is Modality.HYPOTHETICAL and trig.extra.get("belief"):
            return f"{head}believed to have been {pp}{by}"  # "Howes believed to have been killed"
        if trig.modality is Modality.HYPOTHETICAL:
            return f"{head}{modal} be {pp}{by}"
        if trig.modality is Modality.NEGATED:
            return f"{head}{trig.modal_word or 'not'} {pp}{by}"  # "... almost postponed"
        return f"{head}{pp}{by}"
    phrase = " ".join(p for p in (verb, particle) if p)
    if trig.modality is Modality.PLANNED:
        predicate = f"to {phrase}"
    elif trig.modality is Modality.HYPOTHETICAL and trig.extra.get("belief"):
        done = trig.tense in ("past", "pp") or sent.low(trig.first - 1) == "have"
        past = " ".join(p for p in (past_participle(verb), particle) if p)
        predicate = f"believed to have {past}" if done else f"believed to {phrase}"
    elif trig.modality is Modality.HYPOTHETICAL:
        predicate = f"{modal} {phrase}"
    elif trig.modality is Modality.NEGATED and trig.modal_word:  # "Plant nearly collapses"
        head = third_person(verb) if singular else verb
        predicate = " ".join(p for p in (trig.modal_word, head, particle) if p)
    elif trig.modality is Modality.NEGATED:
        predicate = f"{'does' if singular else 'do'} not {phrase}"
    else:
        head = third_person(verb) if singular else verb
        predicate = " ".join(p for p in (head, particle) if p)
    return " ".join(p for p in (subject, predicate, obj) if p)


def resolve_object(
    sent: Sentence, trig: Trigger, triggers: list[Trigger], words: list[str]
) -> list[str]:
    """An object phrase with a leading "it" or "them" replaced by what it stands for: "approved
    a draft ... to submit it" (the draft), "met officials and ordered them to" (the officials).
    An "it" that stays unresolved is dropped; "them" is kept."""
    if words[:1] == ["it"]:
        starts = frozenset(t.first for t in triggers if t is not trig)
        earlier = [t for t in triggers if t.last < trig.first and not t.noun and t is not trig]
        previous = object_words(sent, earlier[-1].last + 1, 4, False, starts) if earlier else []
        return previous + words[1:]
    if words[:1] == ["them"]:
        plural = previous_plural(sent, trig.first)
        return [plural] + words[1:] if plural else words
    return words


def relative_antecedent(sent: Sentence, agent) -> list[str]:
    """The noun phrase an object relative clause is about ("talks, which X convened" -> talks)."""
    from ._roles import subject_np  # a cycle at import time otherwise

    j = sent.token_at(agent.start) - 1
    while j >= 0 and sent.toks[j].text[:1].isupper() and sent.actor_at[j] is None and j > 0:
        j -= 1  # "which Minister Elena Varas": step over the title
    if j < 0 or sent.low(j) not in ("that", "which"):
        return []
    span = subject_np(sent, j + 1)
    if span is None:
        return []
    return [title_word(sent, i) for i in range(*span) if sent.toks[i].low not in _TITLE_DROP]


def _by_phrase(sent: Sentence, trig: Trigger) -> str:
    """ " by court" for "must be approved by the court" (a short agent that is not an actor)."""
    if sent.low(trig.last + 1) != "by":
        return ""
    words = object_words(sent, trig.last + 2, 3)
    return f" by {' '.join(words)}" if words else ""


def previous_plural(sent: Sentence, k: int) -> str | None:
    """The nearest plural noun before token ``k`` in the sentence, for "them"."""
    for j in range(k - 1, -1, -1):
        tok = sent.toks[j]
        if (
            tok.low.endswith("s")
            and len(tok.low) > 3
            and tok.text.islower()
            and not tok.quoted
            and verb_form(tok.low) is None
            and tok.low not in AUX
            and sent.low(j - 1) not in STOP_PREP - {"with", "of"}
        ):
            return tok.text
    return None


def noun_title(sent: Sentence, trig: Trigger) -> str:
    """ "Russian invasion of Ukraine", "Kim Jong Un's visit to major military enterprises"."""
    toks, k = sent.toks, trig.first
    noun = title_word(sent, k)
    agent = trig.agent
    modifiers: list[str] = []
    j = k - 1
    while j >= 0 and len(modifiers) < 3:
        tok = toks[j]
        if sent.actor_at[j] is not None or tok.low in DETERMINERS or tok.low in STOP_PREP:
            break
        if (
            not tok.text[0].isalnum()
            or verb_form(tok.low) is not None
            or tok.low in ("his", "her", "their", "its", "and", "or")
            or sent.timex_at[j] is not None
            or (tok.low.endswith(("ing", "ed")) and tok.low not in _ING_ADJECTIVES)
        ):
            break
        modifiers.insert(0, title_word(sent, j))
        j -= 1
    if agent is not None and agent.kind == "country":
        owner = country_adjective(agent.name)
    elif agent is not None:
        owner = agent.name if agent.kind in ("organisation", "group") else f"{agent.name}'s"
    else:
        owner = ""
    tail: list[str] = []
    nxt = sent.low(k + 1)
    if nxt == "to" and k + 2 < len(toks) and verb_form(toks[k + 2].low) is not None:
        nxt = ""  # "the truce to undermine ...": a purpose, not what the truce is about
    if nxt in KEEP_PREP or nxt == "in" and k + 2 < len(toks) and sent.actor_at[k + 2]:
        tail = [nxt, *object_words(sent, k + 2, 5)]
        if "and" in tail:  # "invasion of Kuwait and subsequent ...": the named part is enough
            tail = tail[: tail.index("and")]
        if len(tail) == 1:
            tail = []
    if not tail and not owner and not modifiers:  # "talks in Santiago", not just "Talks"
        tail = place_phrase(sent, k + 1)
    return " ".join(p for p in (owner, *modifiers, noun, *tail) if p)


def place_phrase(sent: Sentence, j: int) -> list[str]:
    """ "in Santiago", "to Lima": a preposition of place and a capitalised name, or nothing."""
    toks = sent.toks
    if sent.low(j) not in ("in", "to", "at", "from") or j + 1 >= len(toks):
        return []
    k = j + 1
    if sent.low(k) == "the":
        k += 1
    words = []
    while k < len(toks) and len(words) < 3 and toks[k].text[:1].isupper():
        if sent.timex_at[k] is not None or time_word(sent, k):
            break
        words.append(toks[k].text)
        k += 1
    return [sent.low(j), *words] if words else []


def headline(title: str) -> str:
    title = " ".join(title.split())
    return title[:1].upper() + title[1:] if title else title
