"""TimeML in and out: read gold TIMEX3 annotations, write ours, and score them TempEval-3 style.

The reader works character by character over the raw file (a regular expression finds the tags)
rather than through an XML parser, so that offsets into ``TimeMLDocument.text`` are exactly the
characters of the ``<TEXT>`` element with its tags taken out, entities and line endings as they are
in the file. The writer keeps everything outside ``<TEXT>`` byte for byte and, inside it, writes
those same characters with our ``<TIMEX3>`` tags (TempEval-3 Task A output).

Scoring follows TempEval-3 Task A: extents match *relaxed* (they overlap) or *strict* (identical);
each gold timex is matched at most once, strict matches first, then the greatest overlap. Type
and value are judged over relaxed matches; an attribute's F1 is its accuracy times relaxed F1.
The document creation time sits in ``<DCT>``, outside ``<TEXT>``, so it is never scored.
"""

from __future__ import annotations

import html
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError

__all__ = [
    "Scores",
    "TimeMLDocument",
    "Disagreement",
    "TimeMLTimex",
    "VALUE_PATTERN",
    "annotate_dir",
    "disagreements",
    "annotate_file",
    "format_scores",
    "read_timeml",
    "score",
    "timeml_files",
]

logger = logging.getLogger(__name__)

_TAG = re.compile(r"<(/?)([A-Za-z][\w.-]*)([^>]*)>")
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TEXT_OPEN = re.compile(r"<TEXT(?:\s[^>]*)?>")
_TEXT_CLOSE = re.compile(r"</TEXT\s*>")
_DCT = re.compile(r"<DCT(?:\s[^>]*)?>(.*?)</DCT\s*>", re.S)
_CREATION = re.compile(r"""<TIMEX3\b[^>]*functionInDocument\s*=\s*["']CREATION_TIME["'][^>]*>""")
_ENTITY = re.compile(r"&#?\w+;")
SUFFIXES = (".tml", ".tml.TE3input", ".TE3input")

# The shape of a TIMEX3 value: dates and times (X for an unknown digit, BC years, weeks, quarters,
# halves, seasons, parts of the day), durations (P3Y, PT5H, P2DE, PXCE), sets such as XXXX-WXX-1,
# and the PRESENT_REF / PAST_REF / FUTURE_REF of vague expressions.
_DATE_VALUE = (r"(?:BC)?[\dX]{2,4}(?:-(?:[\dX]{2}(?:-[\dX]{2})?|W[\dX]{2}(?:-(?:[1-7X]|WE))?|"
               r"Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
               r"(?:T(?:[\dX]{2}(?::\d{2}(?::\d{2})?)?(?:[+-]\d{2}(?::?\d{2})?)?|MO|AF|EV|NI|DT))?")
VALUE_PATTERN = re.compile(
    rf"{_DATE_VALUE}|T\d{{2}}:\d{{2}}|P(?=[\dXT])(?:[\dX.]+(?:DE|CE|WE|[YMWDQLEC]))*"
    r"(?:T(?:[\dX.]+[HMS])+)?|"
    r"XXXX-(?:WXX-[1-7](?:T(?:MO|AF|EV|NI))?|XX-XXT(?:MO|AF|EV|NI)|\d{2}(?:-\d{2})?|SP|SU|FA|WI|"
    r"Q[1-4])|PRESENT_REF|PAST_REF|FUTURE_REF")


@dataclass(frozen=True, slots=True)
class TimeMLTimex:
    """A TIMEX3 element: its character span in ``TimeMLDocument.text`` and its attributes."""

    start: int
    end: int
    text: str
    tid: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """A TimeML file: the text of its ``<TEXT>`` element, its creation date and its TIMEX3s."""

    path: str
    text: str
    dct: date | None
    timexes: list[TimeMLTimex] = field(default_factory=list)


def _attributes(tag_body: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(tag_body)}


def _parse_dct(value: str) -> date | None:
    """The date of a DCT value: ``1998-01-08``, ``19980108``, ``1998-01-08T12:00``."""
    digits = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value.strip())
    if not digits:
        return None
    try:
        return date(int(digits.group(1)), int(digits.group(2)), int(digits.group(3)))
    except ValueError:
        return None


def _read_raw(path: str | os.PathLike) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except OSError as err:
        raise InputError(f"cannot read TimeML file ({err.strerror})", path=str(path)) from err
    except UnicodeDecodeError as err:
        message = f"not UTF-8 ({err.reason}). Save the file as UTF-8."
        raise InputError(message, path=str(path)) from err


def _text_bounds(raw: str, path: str) -> tuple[int, int]:
    """Raw offsets of the content of the ``<TEXT>`` element."""
    opening = _TEXT_OPEN.search(raw)
    closing = _TEXT_CLOSE.search(raw, opening.end()) if opening else None
    if not opening or not closing:
        message = "no <TEXT>...</TEXT> element. A TimeML file keeps its text in one."
        raise InputError(message, path=path)
    return opening.end(), closing.start()


def _strip(raw: str, begin: int, stop: int, path: str) -> tuple[str, list[TimeMLTimex]]:
    """The text between ``begin`` and ``stop`` without tags, and the TIMEX3 elements in it."""
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    found: list[tuple[int, int, dict[str, str]]] = []
    position = begin
    for match in _TAG.finditer(raw, begin, stop):
        piece = raw[position:match.start()]
        pieces.append(piece)
        length += len(piece)
        position = match.end()
        closing, name, body = match.group(1), match.group(2), match.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            if body.rstrip().endswith("/"):
                continue  # an empty (non-text-consuming) TIMEX3
            open_timexes.append((length, _attributes(body)))
        elif open_timexes:
            start, attrs = open_timexes.pop()
            found.append((start, length, attrs))
        else:
            logger.warning("%s: </TIMEX3> without an opening tag at offset %d", path, match.start())
    piece = raw[position:stop]
    pieces.append(piece)
    text = "".join(pieces)
    timexes = [
        TimeMLTimex(
            start=s, end=e, text=text[s:e], tid=a.get("tid", ""), type=a.get("type", ""),
            value=a.get("value", ""), mod=a.get("mod") or None,
        )
        for s, e, a in sorted(found, key=lambda f: (f[0], f[1]))
    ]
    return text, timexes


def _dct(raw: str) -> date | None:
    element = _DCT.search(raw)
    if element:
        timex = re.search(r"<TIMEX3\b([^>]*)>", element.group(1))
        if timex and "value" in (attrs := _attributes(timex.group(1))):
            return _parse_dct(attrs["value"])
        return _parse_dct(re.sub(r"<[^>]*>", "", element.group(1)))
    creation = _CREATION.search(raw)
    if creation:
        return _parse_dct(_attributes(creation.group(0)).get("value", ""))
    return None


def read_timeml(path: str | os.PathLike) -> TimeMLDocument:
    """Read a TimeML file (``*.tml`` or ``*.tml.TE3input``).

    Parameters
    ----------
    path
        The file.

    Returns
    -------
    TimeMLDocument
        ``text`` is the content of ``<TEXT>`` with every tag removed, character for character;
        ``timexes`` the TIMEX3 elements inside it (the DCT is not among them) with offsets into
        ``text``; ``dct`` the value of the DCT timex, or None.

    Raises
    ------
    InputError
        The file cannot be read or has no ``<TEXT>`` element.
    """
    raw = _read_raw(path)
    begin, stop = _text_bounds(raw, str(path))
    text, timexes = _strip(raw, begin, stop, str(path))
    return TimeMLDocument(path=str(path), text=text, dct=_dct(raw), timexes=timexes)


# --------------------------------------------------------------------------------------- writing


def _escape(value: str) -> str:
    return html.escape(value, quote=True)


def _used_tids(raw: str) -> set[str]:
    return set(re.findall(r"""\btid\s*=\s*["']([^"']+)["']""", raw))


def _inside_entity(text: str, offset: int, entities: list[tuple[int, int]]) -> bool:
    return any(s < offset < e for s, e in entities)


def render_text(text: str, timexes: list, used_tids: set[str] | None = None) -> str:
    """``text`` with a ``<TIMEX3>`` element around each timex (``timeline.model.Timex`` objects).

    Overlapping timexes keep the first; a timex whose edge falls inside an entity is skipped.

    >>> from timeline.model import Timex, TimexType
    >>> t = Timex("d", 4, 11, "Tuesday", TimexType.DATE, "2025-03-04")
    >>> render_text("See Tuesday & more", [t])
    'See <TIMEX3 tid="t1" type="DATE" value="2025-03-04">Tuesday</TIMEX3> & more'
    """
    used = set(used_tids or ())
    entities = [(m.start(), m.end()) for m in _ENTITY.finditer(text)]
    out: list[str] = []
    position = 0
    counter = 0
    for timex in sorted(timexes, key=lambda t: (t.start_char, -t.end_char)):
        start, end = timex.start_char, timex.end_char
        if start < position or end <= start or end > len(text):
            continue
        if _inside_entity(text, start, entities) or _inside_entity(text, end, entities):
            continue
        counter += 1
        while f"t{counter}" in used:
            counter += 1
        kind = getattr(timex.type, "value", timex.type)
        attrs = f'tid="t{counter}" type="{_escape(str(kind))}" value="{_escape(timex.value)}"'
        if timex.mod:
            attrs += f' mod="{_escape(timex.mod)}"'
        out.append(text[position:start])
        out.append(f"<TIMEX3 {attrs}>{text[start:end]}</TIMEX3>")
        position = end
    out.append(text[position:])
    return "".join(out)


def annotate_file(in_path: str | os.PathLike, out_path: str | os.PathLike,
                  narrative: bool | None = None) -> int:
    """Tag the ``<TEXT>`` of a TimeML file with our temporal tagger and write it to ``out_path``.

    Existing TIMEX3 (and any other) tags inside ``<TEXT>`` are removed; the text itself and
    everything outside ``<TEXT>`` are written unchanged. The DCT is the publication date;
    ``narrative`` as in :func:`timeline.tag`.

    Returns
    -------
    int
        The number of TIMEX3 elements written.

    Raises
    ------
    InputError
        The input cannot be read or has no ``<TEXT>`` element.
    """
    from .temporal import tag

    raw = _read_raw(in_path)
    begin, stop = _text_bounds(raw, str(in_path))
    text, _ = _strip(raw, begin, stop, str(in_path))
    timexes = tag(text, published=_dct(raw), document=Path(in_path).name, narrative=narrative)
    outside = raw[:begin] + raw[stop:]
    body = render_text(text, timexes, used_tids=_used_tids(outside))
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        handle.write(raw[:begin] + body + raw[stop:])
    return body.count("<TIMEX3 ")


def timeml_files(folder: str | os.PathLike) -> list[Path]:
    """The TimeML files (``*.tml``, ``*.tml.TE3input``) directly inside ``folder``, sorted."""
    root = Path(folder)
    if not root.is_dir():
        message = "not a folder of TimeML files. Give a folder of *.tml files."
        raise InputError(message, path=str(root))
    return sorted(p for p in root.iterdir() if p.is_file() and p.name.endswith(SUFFIXES))


def annotate_dir(in_dir: str | os.PathLike, out_dir: str | os.PathLike,
                 narrative: bool | None = None,
                 failures: list[tuple[str, str]] | None = None) -> list[str]:
    """Annotate every TimeML file of ``in_dir`` into ``out_dir`` (same names); returns the paths.

    ``narrative`` as in :func:`timeline.tag`: True for histories, False for news, None to decide
    per file. A file that cannot be read or tagged does not stop the others: it is logged and,
    when ``failures`` is given, appended to it as ``(path, problem)``.
    """
    written = []
    for path in timeml_files(in_dir):
        target = Path(out_dir) / path.name
        try:
            annotate_file(path, target, narrative=narrative)
        except (InputError, OSError, ValueError) as err:
            logger.warning("%s: %s", path, err)
            if failures is not None:
                failures.append((str(path), str(err)))
            continue
        written.append(str(target))
    return written


# --------------------------------------------------------------------------------------- scoring


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """TempEval-3 Task A counts, pooled over files, and the figures derived from them."""

    files: int = 0
    gold: int = 0
    system: int = 0
    relaxed: int = 0  # one-to-one matches with overlapping extents
    strict: int = 0  # of which the extents are identical
    type_correct: int = 0
    value_correct: int = 0

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(a + b for a, b in zip(_counts(self), _counts(other), strict=True)))

    def as_dict(self) -> dict[str, float]:
        names = ["relaxed_precision", "relaxed_recall", "relaxed_f1", "strict_precision",
                 "strict_recall", "strict_f1", "type_accuracy", "value_accuracy", "type_f1",
                 "value_f1"]
        counts = dict(zip(["files", "gold", "system", "relaxed", "strict", "type_correct",
                           "value_correct"], _counts(self), strict=True))
        return {**counts, **{name: getattr(self, name) for name in names}}


def _counts(scores: Scores) -> tuple[int, ...]:
    return (scores.files, scores.gold, scores.system, scores.relaxed, scores.strict,
            scores.type_correct, scores.value_correct)


def match(gold: list[TimeMLTimex], system: list[TimeMLTimex]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, system index)`` of overlapping timexes.

    Identical extents are paired first, then the pairs with the greatest overlap.

    >>> g = [TimeMLTimex(0, 10, "", "t1", "DATE", "x"), TimeMLTimex(12, 15, "", "t2", "DATE", "y")]
    >>> s = [TimeMLTimex(5, 13, "", "t1", "DATE", "x"), TimeMLTimex(12, 15, "", "t2", "DATE", "y")]
    >>> match(g, s)
    [(0, 0), (1, 1)]
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = g.start == s.start and g.end == s.end
                candidates.append((not exact, -overlap, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def score_documents(gold: TimeMLDocument, system: TimeMLDocument) -> Scores:
    """The Task A counts for one pair of documents."""
    if gold.text != system.text:
        logger.warning("%s: system text differs from the gold text", system.path)
    relaxed = strict = type_ok = value_ok = 0
    for i, j in match(gold.timexes, system.timexes):
        g, s = gold.timexes[i], system.timexes[j]
        relaxed += 1
        strict += g.start == s.start and g.end == s.end
        type_ok += g.type == s.type
        value_ok += g.value == s.value
    return Scores(1, len(gold.timexes), len(system.timexes), relaxed, strict, type_ok, value_ok)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One place where a system file and the gold differ, for reading errors one by one.

    ``kind`` is ``missed`` (gold with no overlapping system timex), ``spurious`` (the reverse),
    ``extent`` (overlap but different bounds, attributes equal), ``type`` or ``value``.
    """

    file: str
    kind: str
    gold: TimeMLTimex | None
    system: TimeMLTimex | None
    context: str

    def as_row(self) -> dict[str, str]:
        """One row of ``--errors``, keyed by :data:`DISAGREEMENT_FIELDS`."""
        g, s = self.gold, self.system
        return dict(zip(DISAGREEMENT_FIELDS, (
            self.file, self.kind, g.text if g else "", s.text if s else "", g.type if g else "",
            s.type if s else "", _with_mod(g), _with_mod(s), self.context), strict=True))


DISAGREEMENT_FIELDS = ("file", "kind", "gold_text", "system_text", "gold_type", "system_type",
                       "gold_value", "system_value", "context")


def _with_mod(timex: TimeMLTimex | None) -> str:
    if timex is None:
        return ""
    return f"{timex.value} {timex.mod}" if timex.mod else timex.value


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def document_disagreements(gold: TimeMLDocument, system: TimeMLDocument) -> list[Disagreement]:
    """Every missed, spurious, mis-bounded, mis-typed and mis-valued timex of one document."""
    name = Path(gold.path).name
    found = []
    pairs = match(gold.timexes, system.timexes)
    paired_gold = {i for i, _ in pairs}
    paired_system = {j for _, j in pairs}
    for i, g in enumerate(gold.timexes):
        if i not in paired_gold:
            found.append(Disagreement(name, "missed", g, None, _context(gold.text, g.start, g.end)))
    for j, s in enumerate(system.timexes):
        if j not in paired_system:
            found.append(Disagreement(name, "spurious", None, s,
                                      _context(gold.text, s.start, s.end)))
    for i, j in pairs:
        g, s = gold.timexes[i], system.timexes[j]
        kind = ("value" if g.value != s.value else "type" if g.type != s.type
                else "extent" if (g.start, g.end) != (s.start, s.end) else None)
        if kind:
            found.append(Disagreement(name, kind, g, s, _context(gold.text, g.start, g.end)))
    return sorted(found, key=lambda d: (d.gold or d.system).start)


def disagreements(gold_dir: str | os.PathLike,
                  system_dir: str | os.PathLike) -> list[Disagreement]:
    """:func:`document_disagreements` for the files of two folders, paired as in :func:`score`."""
    systems = {_key(p): p for p in timeml_files(system_dir)}
    found: list[Disagreement] = []
    for path in timeml_files(gold_dir):
        gold = read_timeml(path)
        other = systems.get(_key(path))
        system = _read_system(other, gold) if other else TimeMLDocument(str(path), gold.text,
                                                                         gold.dct)
        found.extend(document_disagreements(gold, system))
    return found


def _key(path: Path) -> str:
    name = path.name
    return name[: -len(".TE3input")] if name.endswith(".TE3input") else name


def score(gold_dir: str | os.PathLike, system_dir: str | os.PathLike) -> Scores:
    """Score the TimeML files of ``system_dir`` against the gold files of the same name.

    A gold file without a system file counts as tagged with nothing.

    Raises
    ------
    InputError
        Either folder is missing.
    """
    systems = {_key(p): p for p in timeml_files(system_dir)}
    total = Scores()
    for path in timeml_files(gold_dir):
        gold = read_timeml(path)
        found = systems.get(_key(path))
        if found is None:
            logger.warning("%s: no system file for it in %s", path.name, system_dir)
            system = TimeMLDocument(str(path), gold.text, gold.dct, [])
        else:
            system = _read_system(found, gold)
        total = total + score_documents(gold, system)
    return total


def _read_system(path: Path, gold: TimeMLDocument) -> TimeMLDocument:
    """A system file, or (with a warning naming it) an empty one when it cannot be read: a
    broken output counts as tagging nothing instead of stopping the scoring."""
    try:
        return read_timeml(path)
    except InputError as err:
        logger.warning("%s: unreadable system file, scored as empty: %s", path, err)
        return TimeMLDocument(str(path), gold.text, gold.dct, [])


def format_scores(scores: Scores | dict[str, Scores]) -> str:
    """A plain-text table of one or several named :class:`Scores`.

    >>> print(format_scores(Scores(1, 4, 4, 3, 2, 3, 2)).splitlines()[2])
    all       1     4     4  0.750  0.750  0.750  0.500  0.500  0.500   1.000  0.667  0.500
    """
    rows = scores if isinstance(scores, dict) else {"all": scores}
    width = max(8, *(len(name) + 1 for name in rows))
    header = (f"{'corpus':<{width}}{'files':>6}{'gold':>6}{'sys':>6}  {'rel-P':>5}  {'rel-R':>5}  "
              f"{'rel-F':>5}  {'str-P':>5}  {'str-R':>5}  {'str-F':>5}  {'type-A':>6}  "
              f"{'val-A':>5}  {'val-F':>5}")
    lines = [header, "-" * len(header)]
    for name, s in rows.items():
        lines.append(
            f"{name:<{width}}{s.files:>6}{s.gold:>6}{s.system:>6}  {s.relaxed_precision:.3f}  "
            f"{s.relaxed_recall:.3f}  {s.relaxed_f1:.3f}  {s.strict_precision:.3f}  "
            f"{s.strict_recall:.3f}  {s.strict_f1:.3f}   {s.type_accuracy:.3f}  "
            f"{s.value_accuracy:.3f}  {s.value_f1:.3f}"
        )
    return "\n".join(lines)
