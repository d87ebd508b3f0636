"""The clinical allow-list: clinical terms and cited authors are never flagged; clients are."""

from __future__ import annotations

import pytest

from casepres.model import KnownEntry
from recognizers.allow_list import ClinicalAllowList


def allowed(text: str) -> list[str]:
    return [text[a:b] for a, b in ClinicalAllowList.load().spans(text)]


CASES = [
    pytest.param("PHQ-9 = 11 at intake", ["PHQ-9 = 11"], id="scale-score"),
    pytest.param(
        "started sertraline 50 mg daily", ["sertraline 50 mg daily"], id="medication-dose"
    ),
    pytest.param("on Lexapro 10 mg", ["Lexapro 10 mg"], id="brand"),
    pytest.param(
        "We use EMDR and Prolonged Exposure.", ["EMDR", "Prolonged Exposure"], id="modalities"
    ),
    pytest.param(
        "Linehan's skills and van der Kolk", ["Linehan's", "van der Kolk"], id="theorists"
    ),
    pytest.param("Shear's complicated grief treatment", ["Shear"], id="surname-in-citation"),
    pytest.param("as in (Foa, 2007) and per Herman", ["(Foa, 2007)", "Herman"], id="citations"),
    pytest.param("Herman's stages of recovery", ["Herman"], id="possessive-citation"),
    pytest.param("Herman Shear came with Foa.", [], id="common-surnames-not-blanket"),
    pytest.param("She met (Sam & Niamh) later.", [], id="two-names-in-parentheses"),
    pytest.param("call 988 tonight", ["988"], id="helpline"),
    pytest.param("up till dawn; Dawn came", ["till dawn"], id="dawn-noun-only"),
    pytest.param("F41.0 and DSM-5", ["F41.0", "DSM-5"], id="codes"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_allow_spans(text: str, expected: list[str]) -> None:
    assert allowed(text) == expected


KEEP = [
    pytest.param("Her PHQ-9 = 11 and GAD-7 = 17 at intake.", id="scales"),
    pytest.param("Plan: sertraline 50 mg and CBT per Beck.", id="drug-theorist"),
    pytest.param("I have hope again, he said.", id="hope"),
    pytest.param("We could mark a clear plan.", id="mark"),
    pytest.param("Mark Epstein wrote about it.", id="cited-author"),
    pytest.param("The lead author (Schauer, Neuner & Elbert) says so.", id="author-list"),
]


@pytest.mark.parametrize("text", KEEP)
def test_keep_phrases_not_flagged(spans, text: str) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == []


def test_listed_term_wins_over_allow_list(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Seen with Linehan today."
    assert pattern_analyzer.analyze(text) == []
    findings = pattern_analyzer.analyze(text, known=(KnownEntry(("Linehan",)),))
    assert [(f.entity, f.start, f.end) for f in findings] == [("PERSON", 10, 17)]
