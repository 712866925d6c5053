"""TimeML reading, writing and TempEval-3 scoring on tiny hand-made files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.timeml import (
    Scores,
    TimeMLTimex,
    annotate_dir,
    annotate_file,
    disagreements,
    format_scores,
    match,
    read_timeml,
    score,
)

HEAD = '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n'
DCT = ('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" '
       'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n')


def tml(body: str, dct: str = DCT) -> str:
    return f"{HEAD}{dct}<TEXT>{body}</TEXT>\n<TLINK lid=\"l1\"/>\n</TimeML>\n"


GOLD = tml(
    'It <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday'
    '</TIMEX3> &amp; rose <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="MORE_THAN">more than '
    'three years</TIMEX3> ago, on <TIMEX3 tid="t3" type="DATE" value="1997-05-02">May 2</TIMEX3>.'
)
PLAIN = "It fell yesterday &amp; rose more than three years ago, on May 2."


def write(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    return path


def test_read_timeml_strips_tags_and_keeps_offsets(tmp_path):
    doc = read_timeml(write(tmp_path, "a.tml", GOLD))
    assert doc.text == PLAIN
    assert doc.dct == date(1998, 1, 8)
    assert [t.text for t in doc.timexes] == ["yesterday", "more than three years", "May 2"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert doc.timexes[1] == TimeMLTimex(29, 50, "more than three years", "t2", "DURATION", "P3Y",
                                         "MORE_THAN")


@pytest.mark.parametrize(
    "dct, expected",
    [
        (DCT, date(1998, 1, 8)),
        ('<DCT><TIMEX3 tid="t0" type="DATE" value="19980108">x</TIMEX3></DCT>\n', date(1998, 1, 8)),
        ('<DCT><TIMEX3 tid="t0" type="TIME" value="2009-12-19T17:00:00">x</TIMEX3></DCT>\n',
         date(2009, 12, 19)),
        ("", None),
    ],
    ids=["iso", "compact", "datetime", "absent"],
)
def test_read_timeml_parses_the_dct(tmp_path, dct, expected):
    assert read_timeml(write(tmp_path, "a.tml", tml("Text.", dct=dct))).dct == expected


def test_read_timeml_keeps_crlf_line_endings(tmp_path):
    body = 'One\r\n<TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>\r\n'
    doc = read_timeml(write(tmp_path, "a.tml", tml(body)))
    assert doc.text == "One\r\n1998\r\n"
    assert (doc.timexes[0].start, doc.timexes[0].end) == (5, 9)


def test_read_timeml_without_text_element_raises(tmp_path):
    with pytest.raises(InputError, match="no <TEXT>"):
        read_timeml(write(tmp_path, "a.tml", "<TimeML>nothing</TimeML>"))


def test_annotate_file_keeps_text_and_outside_byte_identical(tmp_path):
    body = "Prices rose on March 3, 1998 &amp; fell <b>x</b>."
    source = write(tmp_path, "a.tml.TE3input", tml(body))
    out = tmp_path / "out" / "a.tml"
    annotate_file(source, out)
    written = out.read_text(encoding="utf-8")
    original = source.read_text(encoding="utf-8")
    begin, stop = written.index("<TEXT>"), written.index("</TEXT>")
    assert written[:begin] == original[: original.index("<TEXT>")]
    assert written[stop:] == original[original.index("</TEXT>"):]
    assert read_timeml(out).text == "Prices rose on March 3, 1998 &amp; fell x."
    assert re.sub(r"<[^>]+>", "", written[begin + 6:stop]) == read_timeml(out).text
    found = [(t.text, t.value) for t in read_timeml(out).timexes]
    assert found == [("March 3, 1998", "1998-03-03")]


def test_annotate_file_never_reuses_the_dct_tid(tmp_path):
    dct = '<DCT><TIMEX3 tid="t1" type="DATE" value="1998-01-08">x</TIMEX3></DCT>\n'
    source = write(tmp_path, "a.tml", tml("It came on May 2, 1997.", dct=dct))
    annotate_file(source, tmp_path / "o.tml")
    assert [t.tid for t in read_timeml(tmp_path / "o.tml").timexes] == ["t2"]


def test_annotate_dir_writes_one_file_per_input(tmp_path):
    write(tmp_path, "a.tml", GOLD)
    write(tmp_path, "b.tml.TE3input", tml("Nothing here."))
    write(tmp_path, "notes.txt", "ignored")
    written = annotate_dir(tmp_path, tmp_path / "sys")
    assert sorted(p.rsplit("/", 1)[-1] for p in written) == ["a.tml", "b.tml.TE3input"]


def t(start, end, value="x", kind="DATE"):
    return TimeMLTimex(start, end, "", "t", kind, value)


@pytest.mark.parametrize(
    "gold, system, expected",
    [
        ([t(0, 5)], [t(0, 5)], [(0, 0)]),
        ([t(0, 5)], [t(5, 9)], []),
        ([t(0, 10)], [t(0, 3), t(2, 10)], [(0, 1)]),
        ([t(0, 4), t(5, 9)], [t(0, 9)], [(0, 0)]),
        ([t(0, 9), t(3, 5)], [t(3, 5)], [(1, 0)]),
    ],
    ids=["strict", "touching-is-no-overlap", "greatest-overlap", "one-to-one", "strict-first"],
)
def test_match_is_one_to_one_strict_first(gold, system, expected):
    assert match(gold, system) == expected


# The system's view of GOLD: yesterday (strict, right), three years ago (relaxed, wrong value),
# fell (spurious); May 2 missed.
SYSTEM = tml(
    'It <TIMEX3 tid="t9" type="DATE" value="1998">fell</TIMEX3> <TIMEX3 tid="t1" type="DATE" '
    'value="1998-01-07">yesterday</TIMEX3> &amp; rose more than <TIMEX3 tid="t2" type="DATE" '
    'value="1995">three years ago</TIMEX3>, on May 2.'
)


def gold_and_system(tmp_path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "sys").mkdir()
    write(tmp_path / "gold", "a.tml", GOLD)
    write(tmp_path / "sys", "a.tml", SYSTEM)


def test_score_hand_computed(tmp_path):
    # gold: yesterday, more than three years, May 2 (3)
    # system: yesterday (strict, right), three years ago (relaxed, wrong value), fell (spurious)
    gold_and_system(tmp_path)
    s = score(tmp_path / "gold", tmp_path / "sys")
    assert (s.files, s.gold, s.system, s.relaxed, s.strict) == (1, 3, 3, 2, 1)
    assert (s.type_correct, s.value_correct) == (1, 1)
    assert s.relaxed_precision == pytest.approx(2 / 3)
    assert s.relaxed_f1 == pytest.approx(2 / 3)
    assert s.strict_f1 == pytest.approx(1 / 3)
    assert s.value_accuracy == pytest.approx(0.5)
    assert s.value_f1 == pytest.approx(1 / 3)


def test_disagreements_name_each_miss_spurious_and_wrong_value(tmp_path):
    gold_and_system(tmp_path)
    found = [(d.kind, d.gold.text if d.gold else None, d.system.text if d.system else None)
             for d in disagreements(tmp_path / "gold", tmp_path / "sys")]
    assert found == [("spurious", None, "fell"),
                     ("value", "more than three years", "three years ago"),
                     ("missed", "May 2", None)]
    row = disagreements(tmp_path / "gold", tmp_path / "sys")[1].as_row()
    assert (row["gold_value"], row["system_value"]) == ("P3Y MORE_THAN", "1995")
    assert "[more than three years]" in row["context"]


def test_score_counts_a_missing_system_file_as_empty(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "sys").mkdir()
    write(tmp_path / "gold", "a.tml", GOLD)
    s = score(tmp_path / "gold", tmp_path / "sys")
    assert (s.gold, s.system, s.relaxed) == (3, 0, 0)
    assert s.relaxed_f1 == 0.0


def test_score_pairs_te3input_names_with_tml(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "sys").mkdir()
    write(tmp_path / "gold", "a.tml", GOLD)
    write(tmp_path / "sys", "a.tml.TE3input", GOLD)
    s = score(tmp_path / "gold", tmp_path / "sys")
    assert (s.relaxed_f1, s.strict_f1, s.value_f1) == (1.0, 1.0, 1.0)


def test_scores_add_and_format():
    total = Scores(1, 2, 2, 1, 1, 1, 1) + Scores(1, 2, 2, 2, 1, 2, 1)
    assert total == Scores(2, 4, 4, 3, 2, 3, 2)
    table = format_scores({"TimeBank": total})
    assert "TimeBank" in table and "0.750" in table and "0.500" in table


def test_annotating_a_real_timebank_file_round_trips(shared, tmp_path):
    gold = shared / "corpora/tempeval3/train/TimeBank/ABC19980108.1830.0711.tml"
    if not gold.is_file():
        pytest.skip(f"{gold} is not present")
    written = annotate_file(gold, tmp_path / gold.name)
    ours, theirs = read_timeml(tmp_path / gold.name), read_timeml(gold)
    assert ours.text == theirs.text and ours.dct == theirs.dct
    assert len(ours.timexes) == written > 0
    raw = (tmp_path / gold.name).read_text(encoding="utf-8")
    original = gold.read_text(encoding="utf-8")
    assert raw[: raw.index("<TEXT>")] == original[: original.index("<TEXT>")]
    assert raw[raw.index("</TEXT>"):] == original[original.index("</TEXT>"):]


def test_cli_annotates_scores_and_writes_the_disagreements(tmp_path, capsys):
    from timeline.cli import main

    (tmp_path / "gold").mkdir()
    write(tmp_path / "gold", "a.tml", GOLD)
    assert main(["timeml", "annotate", str(tmp_path / "gold"), str(tmp_path / "sys")]) == 0
    errors = tmp_path / "errors.tsv"
    assert main(["timeml", "score", str(tmp_path / "gold"), str(tmp_path / "sys"),
                 "--errors", str(errors)]) == 0
    assert "rel-F" in capsys.readouterr().out
    header, *rows = errors.read_text(encoding="utf-8").splitlines()
    assert header.split("\t")[:3] == ["file", "kind", "gold_text"]
    assert rows  # our tagger reads "more than three years ago" as a date, the gold as a duration
    s = score(tmp_path / "gold", tmp_path / "sys")
    kinds = [row.split("\t")[1] for row in rows]
    assert kinds.count("missed") == s.gold - s.relaxed
    assert kinds.count("spurious") == s.system - s.relaxed
    assert kinds.count("value") == s.relaxed - s.value_correct


def test_cli_annotate_narrative_reads_every_file_as_a_story(tmp_path):
    from timeline.cli import main

    dct = DCT.replace("1998-01-08", "2009-12-19").replace("19980108", "20091219")
    filler = "The army met little resistance and moved fast along the rivers. " * 6
    story = tml(f"It began on March 20, 2003. {filler}On April 9 a statue fell.", dct)
    (tmp_path / "in").mkdir()
    write(tmp_path / "in", "h.tml", story)
    values = {}
    for flag in ("--no-narrative", "--narrative"):
        out = tmp_path / flag.strip("-")
        assert main(["timeml", "annotate", flag, str(tmp_path / "in"), str(out)]) == 0
        values[flag] = {t.text: t.value for t in read_timeml(out / "h.tml").timexes}
    assert values["--no-narrative"]["April 9"] == "2009-04-09"
    assert values["--narrative"]["April 9"] == "2003-04-09"


def test_annotate_dir_goes_on_past_a_broken_file_and_the_cli_names_it(tmp_path, capsys):
    from timeline.cli import main

    (tmp_path / "in").mkdir()
    write(tmp_path / "in", "a.tml", GOLD)
    write(tmp_path / "in", "broken.tml", "<TimeML><DCT>19980108</DCT> no text element </TimeML>")
    failures = []
    written = annotate_dir(tmp_path / "in", tmp_path / "out", failures=failures)
    assert [Path(w).name for w in written] == ["a.tml"]
    assert [Path(f).name for f, _ in failures] == ["broken.tml"]
    assert main(["timeml", "annotate", str(tmp_path / "in"), str(tmp_path / "out2")]) == 1
    message = capsys.readouterr().err
    assert "broken.tml" in message and "1 files annotated" in message and "1 failed" in message


def test_an_unreadable_system_file_scores_as_empty(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "sys").mkdir()
    write(tmp_path / "gold", "a.tml", GOLD)
    write(tmp_path / "sys", "a.tml", "<TimeML>no text element</TimeML>")
    s = score(tmp_path / "gold", tmp_path / "sys")
    assert (s.files, s.gold, s.system, s.relaxed) == (1, 3, 0, 0)
    assert [d.kind for d in disagreements(tmp_path / "gold", tmp_path / "sys")] == ["missed"] * 3
