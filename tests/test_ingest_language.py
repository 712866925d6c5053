"""Document language, per-paragraph language blocks and boilerplate marking."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.ingest import read_file
from timeline.ingest.language import detect_language, language_blocks, normalize_language

ENGLISH = [
    "Ferry Service Returns to the Islands",
    "The island ferry service resumed on Tuesday after a three-week suspension caused by "
    "engine repairs, the operator said in a statement.",
    "Passengers queued from dawn at the harbour, and the first crossing left on time with "
    "every seat taken, according to the harbour master.",
    "The operator said a second vessel would join the route in the spring, doubling the "
    "number of daily crossings during the summer season.",
]
JAPANESE_TAIL = [
    "この記事は自動で作成された要約です。内容に誤りがある場合がありますので、原文をご確認ください。",
    "関連記事",
    "北海道で大雪が降り、多くの道路が通行止めになりました。交通機関にも大きな影響が出ています。",
    "新しい橋の建設計画について、市議会で活発な議論が行われました。",
]
GERMAN = (
    "Der Bürgermeister sagte am Montag, dass die neue Fähre im nächsten Frühjahr zusätzlich "
    "eingesetzt werden soll, wenn das Wetter es erlaubt."
)


def labelled(text: str, blocks) -> list[tuple[str | None, bool, str]]:
    return [(b.language, b.boilerplate, text[b.start : b.end]) for b in blocks]


def assert_cover(text: str, blocks) -> None:
    """Blocks are in order, non-empty, contiguous, and cover the whole text."""
    assert blocks[0].start == 0 and blocks[-1].end == len(text)
    for block, following in zip(blocks[:-1], blocks[1:], strict=True):
        assert block.start < block.end == following.start


def test_one_language_document_is_one_block():
    text = "\n".join(ENGLISH)
    language, blocks = language_blocks(text)
    assert language == "en"
    assert len(blocks) == 1 and not blocks[0].boilerplate
    assert_cover(text, blocks)


def test_japanese_tail_under_an_english_article_is_boilerplate():
    text = "\n".join(ENGLISH + JAPANESE_TAIL)
    language, blocks = language_blocks(text)
    assert language == "en"
    assert_cover(text, blocks)
    assert [(lang, boiler) for lang, boiler, _ in labelled(text, blocks)] == [
        ("en", False),
        ("ja", True),
    ]
    assert text[blocks[1].start :].startswith("この記事")  # "関連記事" (no kana) is Japanese too


def test_a_short_kanji_heading_takes_the_language_of_the_japanese_lines_near_it():
    text = "\n".join(ENGLISH + ["関連記事"] + JAPANESE_TAIL[2:])
    _, blocks = language_blocks(text)
    assert [(b.language, b.boilerplate) for b in blocks] == [("en", False), ("ja", True)]
    assert text[blocks[1].start :].startswith("関連記事")


def test_a_short_kanji_only_text_is_chinese_without_japanese_near_it():
    assert language_blocks("北京大学")[0] == "zh"


def test_foreign_leading_lines_are_boilerplate():
    text = "\n".join(JAPANESE_TAIL[:1] + ENGLISH)
    _, blocks = language_blocks(text)
    assert [(b.language, b.boilerplate) for b in blocks] == [("ja", True), ("en", False)]


def test_a_foreign_paragraph_in_the_middle_is_kept_with_its_language():
    text = "\n".join(ENGLISH[:2] + [GERMAN] + ENGLISH[2:])
    language, blocks = language_blocks(text)
    assert language == "en"
    assert [(b.language, b.boilerplate) for b in blocks] == [
        ("en", False),
        ("de", False),
        ("en", False),
    ]
    assert text[blocks[1].start : blocks[1].end].strip() == GERMAN


def test_a_mostly_foreign_edge_is_not_boilerplate():
    # A bilingual release: the Japanese half is content, not furniture.
    text = "\n".join(ENGLISH[1:3] + JAPANESE_TAIL * 2)
    language, blocks = language_blocks(text)
    assert language == "en"
    assert [(b.language, b.boilerplate) for b in blocks] == [("en", False), ("ja", False)]


def test_english_furniture_lines_are_boilerplate_and_article_sentences_are_not():
    lines = ENGLISH + ["Advertisement", "Share this article", "Read more:"]
    text = "\n".join(lines)
    _, blocks = language_blocks(text)
    furniture = [text[b.start : b.end].strip() for b in blocks if b.boilerplate]
    assert furniture == ["Advertisement\nShare this article\nRead more:"]
    assert all(line not in " ".join(furniture) for line in ENGLISH)


def test_a_related_articles_list_at_the_end_is_boilerplate():
    headlines = ["Harbour fees to rise next year", "New pier opens on the north shore"]
    text = "\n".join(ENGLISH + ["Related articles"] + headlines)
    _, blocks = language_blocks(text)
    assert blocks[-1].boilerplate
    assert text[blocks[-1].start :].startswith("Related articles")
    assert not blocks[0].boilerplate and ENGLISH[-1] in text[blocks[0].start : blocks[0].end]


def test_sentences_that_start_like_furniture_are_not_boilerplate():
    lines = ENGLISH + [
        "Read more about the ferry in the operator's annual report, the council said.",
        "Copyright lawyers for the operator declined to comment on Tuesday.",
    ]
    text = "\n".join(lines)
    _, blocks = language_blocks(text)
    assert not any(b.boilerplate for b in blocks)


def test_metadata_language_is_the_main_language():
    text = "\n".join(ENGLISH)
    assert language_blocks(text, "en")[0] == "en"
    language, blocks = language_blocks(text, "fr")  # wrong metadata: nothing is dropped
    assert language == "fr" and not any(b.boilerplate for b in blocks)


def test_detect_language_needs_enough_text():
    assert detect_language(ENGLISH[1]) == "en"
    assert detect_language("Ok.") is None
    assert detect_language(JAPANESE_TAIL[0]) == "ja"


def test_normalize_language():
    assert [normalize_language(v) for v in ("en-US", "DE", "Japanese", "deu", "", 3)] == [
        "en",
        "de",
        "ja",
        "de",
        None,
        None,
    ]


def test_document_read_from_a_file_carries_its_blocks(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text("\n".join(ENGLISH + JAPANESE_TAIL), encoding="utf-8")
    [doc] = read_file(path)
    assert doc.language == "en"
    assert [(b.language, b.boilerplate) for b in doc.blocks] == [("en", False), ("ja", True)]


def test_seed_000_japanese_tail_is_boilerplate_and_english_body_is_not(shared):
    seeds = sorted((shared / "seeds").glob("000_*.txt"))
    if not seeds:
        import pytest

        pytest.skip("seed 000 is not in ../shared")
    [doc] = read_file(seeds[0])
    assert doc.language == "en"
    assert_cover(doc.text, doc.blocks)
    body = [b for b in doc.blocks if not b.boilerplate]
    tail = [b for b in doc.blocks if b.boilerplate]
    assert [b.language for b in body] == ["en"] and body[0].start == 0
    assert tail and all(b.language == "ja" for b in tail) and tail[-1].end == len(doc.text)
    assert all(not ("\u3040" <= c <= "\u30ff") for c in doc.text[body[0].start : body[0].end])


def test_seed_001_trailing_statement_lines_are_boilerplate(shared):
    seeds = sorted((shared / "seeds").glob("001_*.txt"))
    if not seeds:
        import pytest

        pytest.skip("seed 001 is not in ../shared")
    [doc] = read_file(seeds[0])
    assert doc.language == "en"
    assert [(b.language, b.boilerplate) for b in doc.blocks] == [("en", False), ("en", True)]
    assert doc.text[doc.blocks[1].start :].startswith("Original:")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ENGLISH + JAPANESE_TAIL + [GERMAN, "Advertisement", "", "  "]),
            st.text(max_size=80),
        ),
        max_size=8,
    )
)
def test_blocks_always_cover_the_text_in_order(lines):
    text = "\n".join(lines).strip()
    _, blocks = language_blocks(text)
    if not text.strip():
        assert blocks == ()
    else:
        assert_cover(text, blocks)


@pytest.mark.parametrize(
    "line, english",
    [
        ("The court rejected the company's request and the dockers went back to work.", True),
        ("Le tribunal a rejeté la demande de la société et les dockers ont repris.", False),
        ("El tribunal rechazó la solicitud de la empresa y los estibadores volvieron.", False),
        ("Das Gericht hat den Antrag des Unternehmens abgelehnt und die Arbeiter kehrten.", False),
        ("De rechtbank heeft het verzoek van het bedrijf afgewezen en is terug.", False),
        ("Il tribunale ha respinto la richiesta della società e i portuali sono tornati.", False),
        ("Kim Jong Un, Vladimir Putin, Xi Jinping.", False),
    ],
    ids=["en", "fr", "es", "de", "nl", "it", "names"],
)
def test_plainly_english_lines_skip_the_classifier_only_when_unmistakable(line, english):
    from timeline.ingest.language import _plainly_english

    assert _plainly_english(line) is english
