"""`casepres scan` output contract and the `casepres eval` metric definitions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casepres.cli import main
from casepres.commands.evaluate import GoldCase, Score, load_gold, score_case
from casepres.errors import InputError
from tests.conftest import FIXTURES


def _case(text: str, gold: list[tuple[str, str, str]], keep: list[str] = ()) -> GoldCase:  # type: ignore[assignment]
    spans = []
    for sub, label, kind in gold:
        s = text.index(sub)
        spans.append({"start": s, "end": s + len(sub), "label": label, "kind": kind})
    keep_spans = tuple((text.index(k), text.index(k) + len(k)) for k in keep)
    return GoldCase("c1", text, tuple(spans), keep_spans, ())


def test_strict_recall_needs_every_letter_and_digit() -> None:
    text = "Dr. Ines Varga saw her on 10/7/2024 (PHQ-9 = 11)."
    case = _case(
        text,
        [("Ines Varga", "PERSON", "direct"), ("10/7/2024", "DATE", "direct")],
        keep=["PHQ-9 = 11"],
    )
    score = Score()
    # covers "Dr. Ines Varga" fully, but only "10/7" of the date, and touches the keep phrase
    score_case(case, [(0, 14), (26, 30), (37, 42)], score)
    assert score.recall("direct") == 0.5
    assert score.recall("direct", strict=False) == 1.0
    assert score.recall("PERSON") == 1.0 and score.recall("DATE") == 0.0
    assert score.precision == pytest.approx(2 / 3)
    assert score.keep_rate == 1.0


def test_punctuation_left_uncovered_does_not_matter() -> None:
    text = "Call (971) 555-0163 today."
    case = _case(text, [("(971) 555-0163", "PHONE", "direct")])
    score = Score()
    score_case(case, [(6, 9), (11, 19)], score)  # digits covered, parentheses not
    assert score.recall("PHONE") == 1.0


def test_overlapping_findings_merge_before_precision() -> None:
    text = "Lives in Quarrydale near the river."
    case = _case(text, [("Quarrydale", "LOCATION", "direct")])
    score = Score()
    score_case(case, [(9, 14), (12, 17), (27, 32)], score)
    assert score.merged_findings == 2 and score.merged_hits == 1


def test_malformed_gold_line_is_named(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "spans": []}\n{not json}\n')
    with pytest.raises(InputError, match="line 2"):
        load_gold(gold)


@pytest.mark.nlp
def test_scan_json_lines_contract(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "sample_case.txt"
    assert (
        main(
            [
                "scan",
                str(path),
                str(path),
                "--format",
                "json",
                "--known",
                str(FIXTURES / "sample_case.known"),
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    text = path.read_text(encoding="utf-8")
    record = json.loads(lines[0])
    assert record["path"] == str(path)
    assert record["findings"]
    for f in record["findings"]:
        assert set(f) == {"start", "end", "text", "entity", "score", "kind", "action"}
        assert text[f["start"] : f["end"]] == f["text"]
        assert f["kind"] in ("direct", "quasi")
        assert f["action"] in ("pseudonym", "generalize", "remove", "keep")


@pytest.mark.nlp
@pytest.mark.devset
def test_eval_runs_on_the_devset(devset_gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(devset_gold), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["casepres"]
    # regression floor well below the bars, so the suite catches a broken engine
    assert figures["direct_recall"] > 0.6
    assert figures["keep_flagged"] < 0.25


def test_eval_rounds_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "gold.jsonl", "--rounds", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err


@pytest.mark.nlp
def test_eval_baseline_reports_both_systems_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Dr. Hallorann saw Mrs. Teodora Vance (34) on 3/14/2023 in Millbrook."
    spans = []
    for sub, label, kind in (
        ("Teodora Vance", "PERSON", "direct"),
        ("3/14/2023", "DATE", "direct"),
    ):
        start = text.index(sub)
        spans.append({"start": start, "end": start + len(sub), "label": label, "kind": kind})
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "t1", "text": text, "spans": spans}) + "\n")
    assert main(["eval", str(gold), "--baseline", "--rounds", "2", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"casepres", "presidio"}
    assert figures["casepres"]["direct_recall"] == 1.0
    assert figures["casepres"]["words_per_second"] > 0
    assert figures["presidio"]["words_per_second"] > 0
