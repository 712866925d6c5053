"""Languages of a document and of its paragraphs, and the blocks that are page furniture.

Each line is judged on its own: CJK, Hangul and kana by Unicode ranges (cheap and certain), other
scripts by py3langid when the line is long enough for a confident answer. Lines too short to
judge take the language of the line before them. A run of lines in another language at the very
start or end of a document (a Japanese disclaimer and "related articles" list under an English
article) is marked ``boilerplate``; the same language in the middle is a quotation and is kept,
tagged with its own language, so the temporal stage reads its dates in that language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Block
from .tables import BOILERPLATE_LINES, RELATED_HEADINGS

__all__ = ["detect_language", "language_blocks", "normalize_language"]

MIN_CHARS = 30  # shorter lines (headings, bylines) take their neighbours' language
MIN_CONFIDENCE = 0.9
# Overruling the main language within the same script needs more evidence (short English
# lines are easily taken for Dutch or Latin).
SAME_SCRIPT_CHARS = 80
SAME_SCRIPT_CONFIDENCE = 0.98
# Foreign text at an edge is boilerplate only while it is smaller than this share of the text
# in the main language (a bilingual release keeps both halves).
MAX_EDGE_SHARE = 0.5
RELATED_LINE_CHARS = 250  # the lines of a "related articles" list are headlines
CLASSIFY_CHARS = 400  # enough to be sure of a paragraph's language; keeps long ones cheap

_HAN_ONLY = "han"
_LINE = re.compile(r"[^\n]+")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's bundled model with normalised probabilities (loaded once per process)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _script(text: str) -> str | None:
    """'ja', 'ko' or 'zh' when the line is mostly CJK, 'latin' when Latin letters dominate."""
    han, kana, hangul = (
        len(_HAN.findall(text)),
        len(_KANA.findall(text)),
        len(_HANGUL.findall(text)),
    )
    cjk = han + kana + hangul
    latin = len(_LATIN.findall(text))
    if cjk >= 2 and cjk >= latin / 4:
        if hangul > han + kana:
            return "ko"
        return "ja" if kana else "zh"
    return "latin" if latin else None


def normalize_language(value: object) -> str | None:
    """An ISO 639-1 code from a metadata value ("en-US", "EN", "English"); None if unknown.

    >>> normalize_language("en-US"), normalize_language("Japanese"), normalize_language("??")
    ('en', 'ja', None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("_", "-")
    primary = text.split("-")[0].lower()
    if len(primary) == 2 and primary.isalpha():
        return primary
    try:
        import pycountry

        found = pycountry.languages.lookup(primary if len(primary) == 3 else text)
    except (LookupError, ImportError):
        return None
    return getattr(found, "alpha_2", None) or getattr(found, "alpha_3", None)


def _classify(text: str) -> tuple[str, float]:
    language, confidence = _identifier().classify(text[:CLASSIFY_CHARS])
    return language, confidence


def detect_language(text: str) -> str | None:
    """The main language of ``text`` (ISO 639-1), or None when there is too little to judge.

    >>> detect_language("The council said the new dam would open on Thursday after long delays.")
    'en'
    """
    script = _script(text)
    if script in ("ja", "ko", "zh"):
        return script
    if len(text.strip()) < 10:
        return None
    language, confidence = _identifier().classify(text[:5000])
    return language if confidence >= 0.5 else None


# Words frequent in English and rare in the other Latin-script languages: a line dense with them
# is English without asking the classifier (most lines of most corpora, so it saves most of the
# time this stage takes).
_ENGLISH_MARKERS = frozenset(
    "the of and to was for that with by from said has have were which are will his their "
    "this its at been would after they who had".split()
)
_WORD = re.compile(r"[A-Za-z]+")


def _plainly_english(line: str) -> bool:
    words = _WORD.findall(line.lower())
    hits = [w for w in words if w in _ENGLISH_MARKERS]
    return len(words) >= 6 and len(hits) >= 0.2 * len(words) and len(set(hits)) >= 3


def _judge(line: str, main: str | None) -> str | None:
    """The language of one line, or None when it is too short or unclear to tell."""
    script = _script(line)
    if script == "latin" and len(line) >= MIN_CHARS and _plainly_english(line):
        return "en"
    if script == "zh" and len(line) < MIN_CHARS:
        return _HAN_ONLY  # a few kanji/hanzi: Japanese or Chinese, as the lines near it
    if script in ("ja", "ko", "zh"):
        return script
    if len(line) < MIN_CHARS or script is None:
        return None
    language, confidence = _classify(line)
    if confidence < MIN_CONFIDENCE:
        return None
    if main and language != main and script == "latin" and main not in ("ja", "ko", "zh"):
        if len(line) < SAME_SCRIPT_CHARS or confidence < SAME_SCRIPT_CONFIDENCE:
            return None
    return language


def language_blocks(text: str, language: str | None = None) -> tuple[str | None, tuple[Block, ...]]:
    """The main language of ``text`` and its blocks: contiguous, in order, covering the text.

    ``language`` (from metadata) is taken as the main language when given.

    >>> english = "The council said the dam would open on Thursday after long delays."
    >>> main, blocks = language_blocks(english + "\\n関連記事\\n大雪が降りました。")
    >>> main, [(b.start, b.end, b.language, b.boilerplate) for b in blocks]
    ('en', [(0, 67, 'en', False), (67, 81, 'ja', True)])
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    if not lines:
        return language, ()
    guesses = [_judge(text[s:e].strip(), language) for s, e in lines]
    main = language or _majority(guesses, lines) or detect_language(text)
    if language is None and main is not None:
        guesses = [
            _judge(text[s:e].strip(), main) if g not in (None, main) else g
            for g, (s, e) in zip(guesses, lines, strict=True)
        ]
    languages = _fill(_resolve_han(guesses), main)
    furniture = _furniture(text, lines, languages, main)
    return main, _merge(text, lines, languages, furniture)


def _resolve_han(guesses: list[str | None]) -> list[str | None]:
    """A short Han-only line takes the CJK language of the nearest CJK line ("関連記事")."""
    cjk = [i for i, g in enumerate(guesses) if g in ("ja", "ko", "zh")]
    resolved = list(guesses)
    for i, guess in enumerate(guesses):
        if guess == _HAN_ONLY:
            nearest = min(cjk, key=lambda j: (abs(j - i), j > i), default=None)
            resolved[i] = guesses[nearest] if nearest is not None else "zh"
    return resolved


def _majority(guesses: list[str | None], lines: list[tuple[int, int]]) -> str | None:
    weight: dict[str, int] = {}
    for guess, (start, end) in zip(guesses, lines, strict=True):
        if guess and guess != _HAN_ONLY:
            weight[guess] = weight.get(guess, 0) + end - start
    return max(weight, key=weight.__getitem__) if weight else None


def _fill(guesses: list[str | None], main: str | None) -> list[str | None]:
    """Undecided lines take the language of the line before (or after, at the start)."""
    first = next((g for g in guesses if g), main)
    filled, previous = [], first
    for guess in guesses:
        previous = guess or previous
        filled.append(previous)
    return filled


def _furniture(
    text: str, lines: list[tuple[int, int]], languages: list[str | None], main: str | None
) -> list[bool]:
    """Which lines are boilerplate: foreign edges, furniture lines, a trailing related list."""
    marks = [bool(BOILERPLATE_LINES.match(text[s:e].strip())) for s, e in lines]
    in_main = [i for i, lang in enumerate(languages) if lang == main]
    if main is not None and in_main:
        main_chars = sum(lines[i][1] - lines[i][0] for i in in_main)
        for edge in (range(0, in_main[0]), range(in_main[-1] + 1, len(lines))):
            chars = sum(lines[i][1] - lines[i][0] for i in edge)
            if 0 < chars < MAX_EDGE_SHARE * main_chars:
                for i in edge:
                    marks[i] = True
    for i, (start, end) in enumerate(lines):
        if start > len(text) // 2 and RELATED_HEADINGS.match(text[start:end].strip()):
            rest = lines[i + 1 :]
            if all(e - s <= RELATED_LINE_CHARS for s, e in rest):
                for j in range(i, len(lines)):
                    marks[j] = True
            break
    return marks


def _merge(
    text: str,
    lines: list[tuple[int, int]],
    languages: list[str | None],
    furniture: list[bool],
) -> tuple[Block, ...]:
    """Blocks from line labels; the whitespace between lines joins the block before it."""
    blocks: list[Block] = []
    for index, (start, _) in enumerate(lines):
        label = (languages[index], furniture[index])
        if blocks and (blocks[-1].language, blocks[-1].boilerplate) == label:
            continue
        begin = 0 if not blocks else start
        if blocks:
            blocks[-1] = Block(blocks[-1].start, start, blocks[-1].language, blocks[-1].boilerplate)
        blocks.append(Block(begin, len(text), *label))
    return tuple(blocks)
