"""Events in languages the English rules cannot read: each dated clause, in the writer's words.

The verbs, negation and roles of a Spanish or Chinese sentence are not parsed (no model ships
with timeline), but the tagger dates their temporal expressions, and a clause that carries a date
is a statement of what happened, or will happen, then. Rather than leave such an article off the
timeline, each dated clause becomes a mention: its title is the clause without the date, as
written; its time, the date; its confidence low (0.3), so that filters can set these apart; its
trigger empty (no event class, so it merges with nothing). The sentence stays on the mention for
the reader to judge. A date after publication marks the
mention planned; nothing else about modality is guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..actors import ActorSpan
from ..model import Document, EventMention, Modality, Timex, TimexType, stable_id
from ._titles import headline

__all__ = ["dated_clauses"]

CONFIDENCE = 0.3
MAX_PER_SENTENCE = 3
TITLE_WORDS = 12  # words of a title in a language written with spaces
TITLE_CHARS = 40  # characters of a title in one written without (Chinese, Japanese)
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s|[，；：、（）]")
_EDGES = " \t\r\n,;:.!?\"'«»“”‘’()[]-\u2013\u2014，；：、。！？（）「」『』"
_SPACED = re.compile(r"\s")
# Articles, prepositions and conjunctions of the languages the tagger reads with spaces: those
# right before a date belong to it ("el martes", "à partir du", "seit dem"), and a clause does
# not start a title with them ("que declaró": "declaró").
FUNCTION_WORDS = frozenset("""
    y e pero et mais und aber ed ma
    el la los las lo un una en de del al a para por desde hasta hacia entre sobre que cuando
    le les l du des au aux à dans depuis pour sur vers avant après qui quand
    der die das dem den des ein eine im am um vom zum zur ab bis seit vor nach in an als wenn dass
    il gli i nel nella dal alla di da per su tra fra che dopo prima
    o os as no na nos nas do dos das em ao pelo pela
    """.split()) | frozenset(  # subordinators: "Después de que el contrato venciera" starts a
    # title at "el contrato venciera"
    """después antes tras mientras aunque porque luego lorsque puisque alors bien
    nachdem bevor während weil obwohl sobald mentre poiché sebbene depois enquanto embora
    """.split())


def dated_clauses(doc: Document, regions: Sequence[tuple[int, int]],
                  spans: Sequence[tuple[int, int]], timexes: Sequence[Timex],
                  actors: Sequence[ActorSpan]) -> list[EventMention]:
    """One mention per clause that carries a calendar date, in the given regions' sentences.

    ``spans`` are the document's sentences (their index is the mention's ``sentence``),
    ``timexes`` its temporal expressions in text order, ``actors`` those of the regions.
    """
    text = doc.text
    dated = [t for t in timexes if t.span is not None and t.type in (TimexType.DATE, TimexType.TIME)
             and not t.value.endswith("_REF")]  # "ahora", "jetzt": no date of their own
    starts = [t.start_char for t in dated]
    actor_starts = [a.start for a in actors]
    mentions: list[EventMention] = []
    for index, s, e in _sentences(spans, dated):
        if not any(rs <= s and e <= re_ for rs, re_ in regions):
            continue
        here = [t for t in dated[bisect_left(starts, s):bisect_left(starts, e)] if t.end_char <= e]
        used: set[tuple[int, int]] = set()
        made = 0
        for timex in here:
            clause = _clause(text, s, e, timex.start_char, timex.end_char)
            if clause in used:
                continue  # "del 3 al 5 de marzo": one clause, dated by its first expression
            used.add(clause)
            title = _title(text, clause, here)
            if not title and clause[1] < e:  # "Le 3 mars 2025, le gouvernement a présenté ..."
                clause = _clause(text, s, e, clause[1] + 1, clause[1] + 1)
                used.add(clause)
                title = _title(text, clause, here)
            if not title:
                continue  # the sentence is the date alone ("Lima, 5 de marzo de 2026")
            a, b = clause
            inside = actors[bisect_left(actor_starts, a):bisect_left(actor_starts, b)]
            names = [x.name for x in inside if x.end <= b]
            mentions.append(_mention(doc, index, s, e, clause, title, timex, names))
            made += 1
            if made == MAX_PER_SENTENCE:
                break
    return mentions


def _sentences(spans: Sequence[tuple[int, int]], dated: Sequence[Timex]
               ) -> list[tuple[int, int, int]]:
    """(index, start, end) of the sentences, a sentence that a date runs over joined to the next
    ("Am 3. März": the splitter took the German ordinal's full stop for a sentence end)."""
    starts = [s for s, _ in spans]
    joined = set()  # sentences whose end a date runs over
    for t in dated:
        i = bisect_right(starts, t.start_char) - 1
        if 0 <= i < len(spans) - 1 and t.end_char > spans[i][1]:
            joined.add(i)
    out: list[tuple[int, int, int]] = []
    for index, (s, e) in enumerate(spans):
        if index - 1 in joined and out:
            out[-1] = (out[-1][0], out[-1][1], e)
        else:
            out.append((index, s, e))
    return out


def _clause(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence ``text[s:e]`` around ``text[start:end]`` between clause
    punctuation, without the punctuation and spaces at its edges."""
    begin = s
    for match in _CLAUSE_END.finditer(text, s, start):
        begin = match.end()
    stop = e
    found = _CLAUSE_END.search(text, end, e)
    if found:
        stop = found.start()
    while begin < stop and text[begin] in _EDGES:
        begin += 1
    while stop > begin and text[stop - 1] in _EDGES:
        stop -= 1
    return begin, stop


def _title(text: str, clause: tuple[int, int], timexes: list[Timex]) -> str:
    """The clause without its temporal expressions, cut to a headline's length."""
    a, b = clause
    pieces, at = [], a
    for t in sorted((t for t in timexes if a <= t.start_char < b), key=lambda t: t.start_char):
        before = text[at:max(at, t.start_char)]
        pieces.append(_drop_trailing_function_words(before))
        at = max(at, t.end_char)
    pieces.append(text[at:b])
    if not _SPACED.search(text[a:b]):  # Chinese, Japanese: no words to count
        title = "".join("".join(pieces).split()).strip(_EDGES)
        return "" if len(title) < 2 else title[:TITLE_CHARS] + (
            "…" if len(title) > TITLE_CHARS else "")
    tokens = " ".join(pieces).split()
    while tokens and tokens[0].lower() in FUNCTION_WORDS:
        tokens.pop(0)
    title = " ".join(tokens).strip(_EDGES)
    tokens = title.split()
    if len(tokens) < 2:
        return ""
    return " ".join(tokens[:TITLE_WORDS]) + ("…" if len(tokens) > TITLE_WORDS else "")


def _drop_trailing_function_words(piece: str) -> str:
    words = piece.split()
    while words and words[-1].lower() in FUNCTION_WORDS:
        words.pop()
    return " ".join(words)


def _mention(doc: Document, index: int, s: int, e: int, clause: tuple[int, int], title: str,
             timex: Timex, names: list[str]) -> EventMention:
    a, b = clause
    ahead = doc.published is not None and timex.span is not None and (
        timex.span.start > doc.published)
    return EventMention(
        id=stable_id(doc.id, a),
        document=doc.id,
        sentence=index,
        start_char=s,
        end_char=e,
        text=doc.text[s:e],
        trigger="",  # no word of the clause can be singled out as the one naming the happening
        trigger_start=a,
        trigger_end=a,
        title=headline(title),
        actors=tuple(dict.fromkeys(names)),
        timex=timex,
        time=timex.span,
        time_source="text",
        modality=Modality.PLANNED if ahead else Modality.ASSERTED,
        confidence=CONFIDENCE,
    )
