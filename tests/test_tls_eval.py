"""Timeline ROUGE (tilse's many-to-one alignment), date F1, Porter stemming, the T17 runner."""

from __future__ import annotations

import math
from datetime import date

import pytest

from timeline.summarize import (
    align_rouge,
    date_f1,
    evaluate_tls,
    format_tls_results,
    read_gold_timeline,
    rouge_tokens,
)
from timeline.summarize.porter import stem

D = {d: date(2020, 1, d) for d in range(1, 32)}


def test_align_rouge_on_a_hand_computed_example():
    predicted = {D[1]: ["storm"], D[3]: ["flood"]}
    gold = {D[1]: ["flood"], D[4]: ["flood"]}
    # Cost of a pair = (1 - 1/(days apart + 1)) * (1 - approximate ROUGE-1 F of the two summaries).
    # Precision: each predicted date goes to its cheapest gold date (ties: the earliest).
    #   Jan 1 "storm": Jan 1 costs 0 * 1 = 0, Jan 4 costs 3/4 * 1 -> Jan 1;
    #     "storm" vs "flood": 0 hits.
    #   Jan 3 "flood": Jan 1 costs 2/3 * 0 = 0, Jan 4 costs 1/2 * 0 = 0 -> tie -> Jan 1;
    #     1 hit weighted 1/(2 + 1) = 1/3.
    #   P = (0 + 1/3) / 2 predicted unigrams = 1/6.
    # Recall: each gold date goes to its cheapest predicted date.
    #   Jan 1: Jan 1 costs 0, Jan 3 costs 2/3 * 0 = 0 -> tie -> Jan 1 ("storm"): 0 hits.
    #   Jan 4: Jan 1 costs 3/4 * 1, Jan 3 costs 1/2 * 0 = 0 -> Jan 3: 1 hit weighted 1/2.
    #   R = (0 + 1/2) / 2 gold unigrams = 1/4.
    # F1 = 2 * (1/6) * (1/4) / (1/6 + 1/4) = 0.2.
    r1 = align_rouge(predicted, gold, n=1)
    assert r1.precision == pytest.approx(1 / 6)
    assert r1.recall == pytest.approx(1 / 4)
    assert r1.f1 == pytest.approx(0.2)
    # One-word summaries have no bigrams: nothing to divide by, so 0.
    r2 = align_rouge(predicted, gold, n=2)
    assert (r2.precision, r2.recall) == (0.0, 0.0)
    # Date F1: one of two predicted dates is a gold date, one of two gold dates is predicted.
    dates = date_f1(list(predicted), list(gold))
    assert (dates.precision, dates.recall, dates.f1) == (0.5, 0.5, 0.5)


def test_align_rouge_of_identical_timelines_is_one():
    tl = {D[2]: ["Heavy rain flooded the valley towns."], D[5]: ["Rescue teams reached them."]}
    for n in (1, 2):
        score = align_rouge(tl, tl, n=n)
        assert score.precision == pytest.approx(1.0) and score.recall == pytest.approx(1.0)


def test_align_rouge_weights_hits_by_date_distance():
    score = align_rouge({D[1]: ["flood"]}, {D[2]: ["flood"]})
    assert score.precision == pytest.approx(0.5) and score.recall == pytest.approx(0.5)


def test_align_rouge_clips_repeated_ngrams():
    score = align_rouge({D[1]: ["flood flood flood"]}, {D[1]: ["flood"]})
    assert score.precision == pytest.approx(1 / 3) and score.recall == pytest.approx(1.0)


def test_align_rouge_bigrams_run_across_the_sentences_of_a_date():
    score = align_rouge({D[1]: ["storm", "flood"]}, {D[1]: ["storm flood"]}, n=2)
    assert score.precision == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("pred", "gold"),
    [({}, {D[1]: ["flood"]}), ({D[1]: ["flood"]}, {})],
    ids=["no-prediction", "no-gold"],
)
def test_align_rouge_with_an_empty_side_is_zero(pred, gold):
    assert align_rouge(pred, gold).f1 == 0.0


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("The WHO raised its alert level.", ["rais", "alert", "level"]),
        ("Swine-flu cases: 1,200!", ["swine", "flu", "case", "1", "200"]),
        ("He was not there", []),
        ("Jackson's doctor", ["jackson", "doctor"]),
    ],
    ids=["stems-and-stop-words", "punctuation-splits", "all-stop-words", "possessive"],
)
def test_rouge_tokens(text, tokens):
    assert rouge_tokens(text) == tokens


@pytest.mark.parametrize(
    ("word", "expected"),
    [("caresses", "caress"), ("ponies", "poni"), ("agreed", "agre"), ("hopping", "hop"),
     ("filing", "file"), ("happy", "happi"), ("relational", "relat"), ("triplicate", "triplic"),
     ("adjustment", "adjust"), ("adoption", "adopt"), ("controll", "control"),
     ("generalizations", "gener")],
)
def test_porter_stemmer_matches_the_paper(word, expected):
    assert stem(word) == expected


def test_read_gold_timeline_merges_dates_skips_bad_ones_and_detokenizes(tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text(
        "2009-05-01\nTests confirm a case -LRB- the first -RRB- .\n" + "-" * 20 + "\n"
        "2009-05-0\nA broken entry .\n" + "-" * 20 + "\n"
        "2009-05-01\nAnother case is confirmed .\n" + "-" * 20 + "\n",
        encoding="utf-8",
    )
    gold = read_gold_timeline(path)
    expected = ["Tests confirm a case (the first).", "Another case is confirmed."]
    assert gold == {date(2009, 5, 1): expected}


def _write_topic(root, name="storm"):
    topic = root / name
    articles = {
        "2021-02-03": "The storm hit the coast on February 2, flooding the harbour town.",
        "2021-02-05": "Officials said the storm on February 2 destroyed two hundred homes.",
        "2021-02-08": "The mayor said storm repairs would start on February 9 at the harbour.",
        "2021-02-09": "Repairs to the harbour began on February 9 after the storm, the mayor said.",
    }
    for day, body in articles.items():
        folder = topic / "InputDocs" / day
        folder.mkdir(parents=True)
        (folder / "1.htm.txt").write_text(body + "\n", encoding="utf-8")
    (topic / "timelines").mkdir()
    (topic / "timelines" / "gold.txt").write_text(
        "2021-02-02\nThe storm floods the harbour town .\n" + "-" * 10 + "\n"
        "2021-02-09\nRepairs to the harbour wall begin .\n" + "-" * 10 + "\n",
        encoding="utf-8",
    )
    (topic / "keywords.json").write_text('["storm"]', encoding="utf-8")
    return topic


def test_evaluate_tls_runs_the_protocol_on_a_small_dataset(tmp_path):
    _write_topic(tmp_path)
    results = evaluate_tls(tmp_path)
    (result,) = results.results
    assert (result.topic, result.timeline) == ("storm", "gold")
    assert (result.dates, result.sentences_per_date) == (2, 1)
    assert result.date.f1 == 1.0
    assert 0 < result.rouge1.f1 <= 1 and 0 < result.rouge2.f1 <= 1
    table = format_tls_results(results)
    assert "storm/gold" in table and "DATEWISE" in table and "average (1 timelines)" in table


def test_evaluate_tls_without_topics_says_what_to_pass(tmp_path):
    from timeline.errors import InputError

    with pytest.raises(InputError, match="InputDocs"):
        evaluate_tls(tmp_path)


def test_evaluate_tls_on_a_timeline17_dev_topic(shared):
    dataset = shared / "corpora" / "t17-dev"
    if not (dataset / "H1N1_guardian").is_dir():
        pytest.skip("the Timeline17 dev topics are not in ../shared")
    results = evaluate_tls(dataset, topics=["H1N1_guardian"])
    (result,) = results.results
    # Only 15 days in the timeline's window are named or have articles: some gold dates cannot
    # be found, and some found days have no on-topic sentence.
    assert result.dates == 12 and 6 <= result.predicted_dates <= 12
    # Floors well under what the method scores (AR-1 0.17, date F1 0.76): a gate, not a target.
    assert result.rouge1.f1 > 0.10 and result.rouge2.f1 > 0.02 and result.date.f1 > 0.5
    assert not math.isnan(result.rouge1.f1)
