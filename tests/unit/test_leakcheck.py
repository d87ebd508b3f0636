"""Leak check: listed terms and original identifiers in any form refuse; reports never name them."""

from __future__ import annotations

import pytest

from casepres import leakcheck
from casepres.model import Action, CaseDraft, Decision, FieldText, Finding, KnownEntry

ORIGINAL = "Rosalind Quarrie saw Dr. Okafor. She wants to feel lighter again."


def finding(text: str, target: str, entity: str) -> Finding:
    start = text.index(target)
    return Finding(
        "text", start, start + len(target), target, entity, 0.9, "direct", Action.PSEUDONYM, "test"
    )


def draft(known: tuple[KnownEntry, ...] = (), decisions: tuple[Decision, ...] = ()) -> CaseDraft:
    return CaseDraft(
        "plain", fields=(FieldText("text", ORIGINAL),), known=known, decisions=decisions
    )


ANALYSIS = {
    "text": [finding(ORIGINAL, "Rosalind Quarrie", "PERSON"), finding(ORIGINAL, "Okafor", "PERSON")]
}
KNOWN = (KnownEntry(("Rosalind Quarrie", "Roz")),)

LEAKS = [
    pytest.param("Person A saw rosalind quarrie.", id="lower-case"),
    pytest.param("Person A saw ROSALIND QUARRIE.", id="upper-case"),
    pytest.param("Person A saw Rosalind\nQuarrie.", id="line-break"),
    pytest.param("Person A saw Rosalind-Quarrie.", id="hyphen"),
    pytest.param("Quarrie's notes.", id="possessive"),
    pytest.param("Quarrie’s notes.", id="curly-possessive"),
    pytest.param("Notes: " + "calm words. " * 5000 + "Quarrie.", id="very-long"),
    pytest.param("She met Okafr.", id="one-edit-misspelling"),
    pytest.param("Seen by Quar-\nrie.", id="split-word"),
    pytest.param("Roz called.", id="listed-alias"),
]


@pytest.mark.parametrize("output", LEAKS)
def test_leaks_are_found(output: str) -> None:
    report = leakcheck.check([("Case", output)], draft(KNOWN), ANALYSIS, None)
    assert not report.ok


CLEAN = [
    pytest.param("Person A saw Colleague A. She wants to feel lighter again.", id="replaced"),
    pytest.param("The client met the psychiatrist.", id="roles"),
]


@pytest.mark.parametrize("output", CLEAN)
def test_clean_output_passes(output: str) -> None:
    report = leakcheck.check([("Case", output)], draft(KNOWN), ANALYSIS, None)
    assert report.ok, report.describe()


def test_common_word_left_as_written_is_not_a_leak() -> None:
    original = "Sunny cried. She hopes for a sunny weekend."
    d = CaseDraft("plain", fields=(FieldText("text", original),))
    analysis = {"text": [finding(original, "Sunny", "PERSON")]}
    assert leakcheck.check(
        [("Case", "Person A cried. She hopes for a sunny weekend.")], d, analysis, None
    ).ok
    assert not leakcheck.check(
        [("Case", "Sunny cried. She hopes for a sunny weekend.")], d, analysis, None
    ).ok


def test_report_gives_section_line_and_category_only() -> None:
    output = "First line.\nSecond line with Quarrie in it."
    report = leakcheck.check([("History", output)], draft(KNOWN), ANALYSIS, None)
    assert leakcheck.LeakHit("History", 2, "listed name or place") in report.hits
    text = report.describe()
    assert "History" in text and "line 2" in text
    assert "Quarrie" not in text and "Rosalind" not in text


def test_kept_identifier_is_not_a_leak() -> None:
    keep = (Decision("Okafor", "PERSON", Action.KEEP, reason="public figure"),)
    report = leakcheck.check(
        [("Case", "Person A saw Dr. Okafor.")], draft(decisions=keep), ANALYSIS, None
    )
    assert report.ok, report.describe()


def test_reanalysis_finds_contact_details(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    d = CaseDraft("plain", fields=(FieldText("text", "Nothing here."),))
    report = leakcheck.check(
        [("Case", "Email me at zq@example.com.")], d, {"text": []}, pattern_analyzer
    )
    assert [h.category for h in report.hits] == ["EMAIL"]


def test_our_placeholders_are_not_leaks(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    d = CaseDraft("plain", fields=(FieldText("text", "Nothing here."),))
    out = "Call [phone removed] or write to [email removed]."
    assert leakcheck.check([("Case", out)], d, {"text": []}, pattern_analyzer).ok


def test_bare_initials_do_not_match_ordinary_letters() -> None:
    assert leakcheck.find_term("O", "Person O and a boat") == []
    assert leakcheck.find_term("R.", "Met R. today") == [(4, 6)]
