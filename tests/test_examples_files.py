"""Checks on the example articles themselves: formats, metadata, length, the phrases they show.

These read the files directly (pyyaml, json, ElementTree), not through ``timeline``, so they say
whether the examples are what the README promises even when the pipeline is broken. The end-to-end
tests on the examples live elsewhere.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
PATH_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
TAG = re.compile(r"<[^>]+>")
ARTICLE_SUFFIXES = {".md", ".txt", ".html", ".jsonl", ".xml"}


def _articles_on_disk() -> list[Path]:
    return sorted(
        p for p in EXAMPLES.rglob("*") if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md"
    )


def _front_matter(path: Path) -> dict:
    match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    assert match, f"{path.name}: no front matter block"
    return yaml.safe_load(match.group(1))


def _rss_items(path: Path) -> list[ET.Element]:
    return ET.parse(path).getroot().findall("./channel/item")


def _html_article_text(path: Path) -> str:
    page = path.read_text(encoding="utf-8")
    body = re.search(r"<article>(.*?)</article>", page, re.S).group(1)
    return html.unescape(TAG.sub(" ", body))


def _article_texts() -> dict[str, str]:
    """Every article's body, keyed by ``file`` or ``file#n`` for multi-article files."""
    texts: dict[str, str] = {}
    for path in _articles_on_disk():
        name = path.relative_to(EXAMPLES).as_posix()
        if path.suffix == ".md":
            texts[name] = FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
        elif path.suffix == ".txt":
            texts[name] = path.read_text(encoding="utf-8")
        elif path.suffix == ".html":
            texts[name] = _html_article_text(path)
        elif path.suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8").splitlines()
            for n, line in enumerate(lines, 1):
                texts[f"{name}#{n}"] = json.loads(line)["text"]
        elif path.suffix == ".xml":
            for n, item in enumerate(_rss_items(path), 1):
                texts[f"{name}#{n}"] = html.unescape(TAG.sub(" ", item.findtext("description")))
    return texts


TEXTS = _article_texts()
ALL_TEXT = " ".join(" ".join(text.split()) for text in TEXTS.values())


def test_examples_readme_says_the_articles_are_invented():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert "invented" in readme.lower()


def test_examples_hold_at_least_seven_articles_from_three_outlets():
    assert len(TEXTS) >= 7
    outlets = {_front_matter(p)["source"] for p in EXAMPLES.rglob("*.md") if p.name != "README.md"}
    outlets |= {json.loads(x)["source"] for p in EXAMPLES.rglob("*.jsonl") for x in p.open()}
    outlets |= {ET.parse(p).getroot().findtext("./channel/title") for p in EXAMPLES.rglob("*.xml")}
    assert len(outlets) >= 3, outlets


@pytest.mark.parametrize("suffix", sorted(ARTICLE_SUFFIXES))
def test_examples_include_every_input_format(suffix):
    assert any(p.suffix == suffix for p in _articles_on_disk())


@pytest.mark.parametrize("name", sorted(TEXTS), ids=sorted(TEXTS))
def test_example_article_is_short_news_length(name):
    words = len(TEXTS[name].split())
    assert 150 <= words <= 450, f"{name}: {words} words"


def _markdown_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.rglob("*.md") if p.name != "README.md")


@pytest.mark.parametrize("path", _markdown_files(), ids=lambda p: p.name)
def test_markdown_front_matter_parses_with_the_fields_ingest_reads(path):
    meta = _front_matter(path)
    assert isinstance(meta["published"], date)  # yaml reads an unquoted ISO date as a date
    assert meta["title"] and meta["source"]
    assert meta["url"].startswith("https://example.org/")


def test_at_least_two_markdown_files_have_front_matter():
    assert len(_markdown_files()) >= 2


def test_one_example_is_not_in_english():
    languages = {_front_matter(p).get("language", "en") for p in _markdown_files()}
    assert languages - {"en"}


@pytest.mark.parametrize(
    "path", sorted(EXAMPLES.rglob("*.txt")), ids=lambda p: p.relative_to(EXAMPLES).as_posix()
)
def test_plain_text_example_has_no_front_matter_and_a_date_in_its_path(path):
    assert not path.read_text(encoding="utf-8").startswith("---")
    found = PATH_DATE.search(path.relative_to(EXAMPLES).as_posix())
    assert found, "the publication date must come from the path"
    date(*map(int, found.groups()))  # a real calendar date


def test_html_example_has_publication_meta_and_boilerplate():
    page = next(EXAMPLES.rglob("*.html")).read_text(encoding="utf-8")
    meta = re.search(r'property="article:published_time" content="([^"]+)"', page)
    assert meta
    datetime.fromisoformat(meta.group(1).replace("Z", "+00:00"))
    for boilerplate in ("<nav>", "<footer", "cookie", "Related articles"):
        assert boilerplate in page


@pytest.mark.parametrize("path", sorted(EXAMPLES.rglob("*.jsonl")), ids=lambda p: p.name)
def test_jsonl_example_lines_are_objects_with_the_expected_fields(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 2
    for line in lines:
        record = json.loads(line)
        assert {"text", "title", "published", "source", "url"} <= record.keys()
        date.fromisoformat(record["published"])


@pytest.mark.parametrize("path", sorted(EXAMPLES.rglob("*.xml")), ids=lambda p: p.name)
def test_feed_example_is_rss2_with_dated_items(path):
    root = ET.parse(path).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = _rss_items(path)
    assert len(items) >= 2
    for item in items:
        assert item.findtext("pubDate") and item.findtext("title") and item.findtext("link")


@pytest.mark.parametrize(
    "phrase",
    [
        # the same ruling in several precisions
        "on Tuesday", "on March 3, 2026", "2026-03-03", "03/03/2026", "3 de marzo de 2026",
        # vague dates
        "early 2026", "the last quarter of 2025", "mid-2024", "the second half of 2025",
        "this spring", "late March", "the 1990s", "early 2027",
        # relative dates
        "yesterday", "on Friday", "two weeks ago", "nearly three years ago", "next month",
        "the same day", "That month", "last week", "earlier this month",
        # durations and traps
        "for three weeks", "for five weeks", "may spoil", "will march", "2026 containers",
        # cause and response cues
        "in response to", "As a result", "Following the ruling", "comes as", "In return",
    ],
)  # fmt: skip
def test_examples_contain_the_phrase_they_exist_to_exercise(phrase):
    assert phrase in ALL_TEXT


def test_the_court_ruling_is_reported_by_at_least_three_outlets():
    reports = [name for name, text in TEXTS.items() if re.search("Court of Appeals|Corte", text)]
    assert len({name.split("/")[0] for name in reports}) >= 3, reports


def test_examples_share_no_sentence_with_the_seed_articles(shared):
    """The seeds are real articles we may read but never copy: no 8-word run of theirs appears."""

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

    seeds = set().union(*(shingles(p.read_text()) for p in (shared / "seeds").glob("*.txt")))
    assert not seeds & shingles(ALL_TEXT)
