"""spaCy post-filter: clinical acronyms and citations dropped, regions quasi, labels fixed."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.nlp


def _mine(nlp_analyzer, text: str) -> list[tuple[str, str, str]]:
    """(text, entity, kind) of place, organisation and NRP findings."""
    keep = {"LOCATION", "ORGANIZATION", "NRP"}
    return sorted(
        (f.text, f.entity, f.kind) for f in nlp_analyzer.analyze(text) if f.entity in keep
    )


NOT_ENTITIES = [
    pytest.param(
        "Her PCP and the GP agreed; we continued CBT and reviewed SI.", id="clinical-acronyms"
    ),
    pytest.param(
        "We used attachment work (Bowlby) and schema work (Young).", id="bracketed-citations"
    ),
    pytest.param("We follow Foa & Rothbaum for prolonged exposure.", id="author-pair"),
    pytest.param(
        "Medicaid and the NHS cover it; Aetna denied the claim.",
        id="systems-and-insurers",
    ),
    pytest.param("She was admitted to the Intensive Outpatient Program.", id="generic-program"),
]


@pytest.mark.parametrize("text", NOT_ENTITIES)
def test_non_identifiers_dropped(nlp_analyzer, text):
    assert _mine(nlp_analyzer, text) == []


def test_states_and_countries_are_quasi(nlp_analyzer):
    found = _mine(nlp_analyzer, "She grew up in Iowa and later moved to Portugal.")
    assert found == [("Iowa", "LOCATION", "quasi"), ("Portugal", "LOCATION", "quasi")]


def test_city_labelled_org_becomes_location(nlp_analyzer):
    found = _mine(nlp_analyzer, "Her brother lives in Tucson and calls weekly.")
    assert found == [("Tucson", "LOCATION", "direct")]


def test_military_branch_quasi(nlp_analyzer):
    found = _mine(nlp_analyzer, "He is a 40-year-old Army veteran.")
    assert found == [("Army", "ORGANIZATION", "quasi")]


def test_public_event_place_not_flagged(nlp_analyzer):
    assert _mine(nlp_analyzer, "He left after the fall of Saigon.") == []
