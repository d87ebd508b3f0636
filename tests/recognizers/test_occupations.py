"""Occupation recognizer: job titles with modifiers in job context, fields of study."""

from __future__ import annotations

import pytest


def occ(text: str, part: str) -> tuple[str, int, int]:
    """("OCCUPATION", start, end) of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return ("OCCUPATION", start, start + len(part))


T1 = "She works as a senior payroll analyst and enjoys it."
T2 = "Her father is a retired dermatologist who golfs."
T3 = "He is a night-shift crane operator these days."
T4 = "Her uncle, a former welder, now drives part time."
T5 = "Mum (hairdresser) and dad (interstate truck driver) split care."
T6 = "She is a third-year chemistry major and sings."
T7 = "He is a PhD candidate in marine biology and tutors."
T8 = "She sees her psychiatrist monthly and the therapist weekly."
T9 = "My supervisor suggested I ask the group."
T10 = "She is a student and lives with friends."
T11 = "I'm a psychologist in a small town, so dual roles happen."
T12 = "He served as a 0331 machine gunner before discharge."
T13 = "Our psychiatrist adjusted the dose; the nurse on our team agreed."

T14 = "She's a hairdresser and her brother works in construction."

CASES = [
    pytest.param(T1, [occ(T1, "senior payroll analyst")], id="modifiers-kept"),
    pytest.param(T2, [occ(T2, "retired dermatologist")], id="retired"),
    pytest.param(T3, [occ(T3, "night-shift crane operator")], id="hyphenated-modifier"),
    pytest.param(T4, [occ(T4, "former welder")], id="former-apposition"),
    pytest.param(
        T5, [occ(T5, "hairdresser"), occ(T5, "interstate truck driver")], id="in-brackets"
    ),
    pytest.param(T6, [occ(T6, "third-year chemistry major")], id="field-of-study"),
    pytest.param(T7, [occ(T7, "PhD candidate in marine biology")], id="phd-field"),
    pytest.param(T8, [], id="care-team-roles-not-flagged"),
    pytest.param(T9, [], id="possessive-role-not-flagged"),
    pytest.param(T10, [], id="student-status-alone"),
    pytest.param(T11, [], id="clinicians-own-job"),
    pytest.param(T12, [], id="unknown-head-not-flagged"),
    pytest.param(T13, [], id="care-team-apposition"),
    pytest.param(
        T14, [occ(T14, "hairdresser"), occ(T14, "construction")], id="contraction-and-industry"
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_occupation_spans(spans, text, expected):
    assert spans(text) == sorted(expected)


def test_occupations_are_quasi(pattern_analyzer):
    kinds = {f.kind for f in pattern_analyzer.analyze(T1 + " " + T4) if f.entity == "OCCUPATION"}
    assert kinds == {"quasi"}
