"""The time benchmark reads TimeML and scores values (figures are printed, not asserted)."""

from __future__ import annotations

from kg.bench.time import FIXTURES, main, read_timeml, score_timexes


def test_read_timeml_keeps_offsets_into_the_plain_text(tmp_path):
    path = tmp_path / "a.tml"
    path.write_text(
        '<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">'
        "01/08/98</TIMEX3></DCT><TEXT>Talks <EVENT>ended</EVENT> "
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, not '
        '<TIMEX3 tid="t2" type="DURATION" value="P1Y">the past year</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    text, dct, gold = read_timeml(path)
    assert text == "Talks ended yesterday, not the past year."
    assert dct == "1998-01-08"
    assert [(g.text, g.value, g.calendar) for g in gold] == [
        ("yesterday", "1998-01-07", True),
        ("the past year", "P1Y", False),
    ]
    assert all(text[g.start : g.end] == g.text for g in gold)
    score = score_timexes([path])
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_every_fixture_parses_with_its_document_date():
    for path in sorted(FIXTURES.glob("**/*.tml")):
        text, dct, gold = read_timeml(path)
        assert dct and gold, path
        assert all(text[g.start : g.end] == g.text for g in gold), path


def test_benchmark_prints_both_scores(capsys):
    assert main(["--model", "blank:en"]) == 0
    out = capsys.readouterr().out
    assert "time expressions, heldout:" in out
    assert "dated facts:" in out
