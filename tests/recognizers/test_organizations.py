"""Organisation recognizer: employers, schools, health and faith bodies, units, branches."""

from __future__ import annotations

import pytest


def org(text: str, part: str) -> tuple[str, int, int]:
    """("ORGANIZATION", start, end) of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return ("ORGANIZATION", start, start + len(part))


def occ(text: str, part: str) -> tuple[str, int, int]:
    """("OCCUPATION", start, end) of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return ("OCCUPATION", start, start + len(part))


T1 = "Works remotely for Quillfeather Analytics and likes it."
T2 = "Seen overnight at Bramblewood Medical Center after the fall."
T3 = "Her son is in 4th grade at Juniper Hollow Elementary now."
T4 = "His aunt works weekends at Safeway to cover rent."
T5 = "Her uncle is a pilot with Delta and flies often."
T6 = "He served with 2-14 Cavalry and later with 2/7 as a rifleman."
T7 = "She attends worship at Sacred Thistle twice weekly."
T8 = "He drives to the Albany VA for appointments; the VA covers travel."
T9 = "Sent over from the Youth & Family Clinic; Medicaid pays, the NHS is not involved."
T15 = "Referred to the Oregon Physicians Assistance Program by the board."
T16 = "She finished the Safe and Together Program in spring."
T14 = "He works with Te Whatu Ora and attends a group at the Community Hall."
T10 = "She studies at the University of Eastmarch on a bursary."
T11 = "She sings in the choir at St Bridget's Cathedral with her aunt."
T12 = "Her brother was in the Navy for six years."
T13 = "He still talks about his old crew at Engine 12."

CASES = [
    pytest.param(T1, [org(T1, "Quillfeather Analytics")], id="company-suffix"),
    pytest.param(T2, [org(T2, "Bramblewood Medical Center")], id="hospital-suffix"),
    pytest.param(T3, [org(T3, "Juniper Hollow Elementary")], id="school-suffix"),
    pytest.param(T4, [org(T4, "Safeway")], id="employer-after-works-at"),
    pytest.param(T5, [occ(T5, "pilot"), org(T5, "Delta")], id="ambiguous-brand-with-context"),
    pytest.param(
        T6,
        [
            org(T6, "2-14 Cavalry"),
            org(T6, "2/7"),
            ("OCCUPATION", T6.index("rifleman"), T6.index("rifleman") + 8),
        ],
        id="military-units",
    ),
    pytest.param(T7, [org(T7, "Sacred Thistle")], id="church-after-faith-cue"),
    pytest.param(T8, [org(T8, "Albany VA")], id="local-va-direct-generic-va-not"),
    pytest.param(T9, [], id="generic-services-and-systems"),
    pytest.param(T10, [org(T10, "University of Eastmarch")], id="university-of"),
    pytest.param(T11, [org(T11, "St Bridget's Cathedral")], id="cathedral"),
    pytest.param(T12, [org(T12, "Navy")], id="military-branch"),
    pytest.param(T13, [org(T13, "Engine 12")], id="fire-company"),
    pytest.param(T14, [], id="national-system-and-generic-venue"),
    pytest.param(T15, [org(T15, "Oregon Physicians Assistance Program")], id="named-program"),
    pytest.param(T16, [], id="method-program"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_organization_spans(spans, text, expected):
    assert spans(text) == sorted(expected)


def test_military_branch_is_quasi(pattern_analyzer):
    found = {
        f.text: f.kind for f in pattern_analyzer.analyze(T12 + " He worked at Tollgate Freight.")
    }
    assert found == {"Navy": "quasi", "Tollgate Freight": "direct"}


def test_no_org_for_colleague_after_works_with(spans):
    assert all(e != "ORGANIZATION" for e, _, _ in spans("She works with Priya on Tuesdays."))
