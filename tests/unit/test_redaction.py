"""Redaction: grammar around replacements, overlaps, decisions, audit and summaries (no model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casepres import policy, redaction
from casepres.model import Action, CaseDraft, Decision, FieldText, Finding, KnownEntry

MEETING = dt.date(2024, 3, 1)
ROOT = Path(__file__).resolve().parents[2]


def finding(text: str, target: str, entity: str, nth: int = 1) -> Finding:
    start = -1
    for _ in range(nth):
        start = text.index(target, start + 1)
    return Finding(
        "text", start, start + len(target), target, entity, 0.9, "direct", Action.PSEUDONYM, "test"
    )


def scrub(
    text: str,
    marks: list[tuple[str, str]] | list[tuple[str, str, int]],
    known: tuple[KnownEntry, ...] = (),
    decisions: list[Decision] | None = None,
) -> redaction.Redaction:
    findings = [finding(text, *m) for m in marks]  # type: ignore[arg-type]
    draft = CaseDraft("plain", fields=(FieldText("text", text),), known=known)
    analysis = {"text": sorted(findings, key=lambda f: f.start)}
    plan = policy.propose(draft, analysis, meeting_date=MEETING)
    return redaction.redact(
        draft, analysis, plan, decisions, titles={"text": "Case"}, format_id="plain"
    )


def out(text: str, marks, known=(), decisions=None) -> str:  # type: ignore[no-untyped-def]
    return scrub(text, marks, known, decisions).document.sections[0].text


CLIENT = (
    KnownEntry(("Maria Gonzalez", "Mari"), "client"),
    KnownEntry(("Tom",), "client's husband"),
)

GRAMMAR = [
    pytest.param(
        "I saw Maria's mother.",
        [("Maria's", "PERSON")],
        "I saw the client's mother.",
        id="possessive-in-span",
    ),
    pytest.param(
        "I saw Mari's mother.",
        [("Mari", "PERSON")],
        "I saw the client's mother.",
        id="possessive-after-span",
    ),
    pytest.param(
        "Tom said no.", [("Tom", "PERSON")], "The client's husband said no.", id="sentence-start"
    ),
    pytest.param(
        "Then Tom said no.",
        [("Tom", "PERSON")],
        "Then the client's husband said no.",
        id="mid-sentence",
    ),
    pytest.param(
        "Maria came. Tom said no.",
        [("Maria", "PERSON"), ("Tom", "PERSON")],
        "The client came. The client's husband said no.",
        id="second-sentence",
    ),
]


@pytest.mark.parametrize("text, marks, expected", GRAMMAR)
def test_pseudonyms_read_as_prose(text: str, marks, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert out(text, marks, CLIENT) == expected


CONTEXT = [
    pytest.param(
        "She lives with her husband Oskar nearby. Oskar cooks.",
        [("Oskar", "PERSON", 1), ("Oskar", "PERSON", 2)],
        "She lives with her husband nearby. Her husband cooks.",
        id="role-then-name",
    ),
    pytest.param(
        "Her PCP, Dr. Ingrid Sola, started sertraline.",
        [("Ingrid Sola", "PERSON")],
        "Her PCP started sertraline.",
        id="appositive",
    ),
    pytest.param(
        "I met Dr. Okafor today.",
        [("Okafor", "PERSON")],
        "I met Colleague A today.",
        id="title-absorbed",
    ),
    pytest.param(
        'Priya Raman ("Pia") came.',
        [("Priya Raman", "PERSON"), ("Pia", "PERSON")],
        "Person A came.",
        id="quoted-nickname",
    ),
    pytest.param(
        "He works at the Larchmont Medical Center.",
        [("Larchmont Medical Center", "ORGANIZATION")],
        "He works at a hospital.",
        id="article-merged",
    ),
    pytest.param(
        "On 11/28/2023 she emailed.",
        [("11/28/2023", "DATE")],
        "About three months ago she emailed.",
        id="preposition-merged",
    ),
    pytest.param(
        "She started it in November.",
        [("November.", "DATE")],
        "She started it about four months ago.",
        id="date-keeps-full-stop",
    ),
    pytest.param(
        "A 34-year-old woman.", [("34-year-old", "AGE")], "A mid-30s woman.", id="age-adjective"
    ),
    pytest.param(
        "He is a 8-year-old boy.",
        [("8-year-old", "AGE")],
        "He is a school-age boy.",
        id="age-article",
    ),
    pytest.param(
        "She is a 45-year-old nurse.",
        [("45-year-old", "AGE")],
        "She is a mid-40s nurse.",
        id="age-a",
    ),
    pytest.param(
        "She is a 41-year-old nurse.",
        [("41-year-old", "AGE")],
        "She is an early-40s nurse.",
        id="age-an",
    ),
    pytest.param(
        "Call (555) 555-0100.", [("(555) 555-0100", "PHONE")], "Call [phone removed].", id="phone"
    ),
    pytest.param(
        "Lives with mom (Jess). Jess works.",
        [("Jess", "PERSON", 1), ("Jess", "PERSON", 2)],
        "Lives with mom. The client's mom works.",
        id="role-then-name-in-brackets",
    ),
    pytest.param(
        'Kay Lund (goes by "KJ") came.',
        [("Kay Lund", "PERSON"), ("KJ", "PERSON")],
        "Person A came.",
        id="goes-by-nickname",
    ),
    pytest.param(
        "Meeting: Wed. at noon.",
        [("Wed.", "DATE")],
        "Meeting: This week at noon.",
        id="abbreviation-full-stop-dropped",
    ),
    pytest.param(
        "He is a 51-year-old police officer.",
        [("51-year-old", "AGE"), ("police officer", "OCCUPATION")],
        "He is an early-50s public-safety worker.",
        id="one-article-for-two-findings",
    ),
    pytest.param(
        "Before the 3/12/2024 review hearing.",
        [("3/12/2024", "DATE")],
        "Before the upcoming review hearing.",
        id="date-before-a-noun",
    ),
    pytest.param(
        "Her daughter Wren died. Wren’s bike is still in the hall.",
        [("Wren", "PERSON", 1), ("Wren", "PERSON", 2)],
        "Her daughter died. Her daughter’s bike is still in the hall.",
        id="possessive-of-a-role",
    ),
    pytest.param(
        "He grew up in Pune, India.",
        [("Pune", "LOCATION")],
        "He grew up in a major city, India.",
        id="country-not-repeated",
    ),
    pytest.param(
        "Seen with Odile\n- Odile again",
        [("Odile\n- Odile", "PERSON")],
        "Seen with Person A\n- Person A again",
        id="finding-over-a-list-break",
    ),
    pytest.param(
        "Date: Wednesday 28 February 2024\n",
        [("Wednesday", "DATE"), ("28 February 2024", "DATE")],
        "Date: A few days ago\n",
        id="weekday-and-date-as-one",
    ),
    pytest.param(
        "Called my line (312.555.0167) today.",
        [("(312.555.0167", "PHONE")],
        "Called my line [phone removed] today.",
        id="bracketed-phone",
    ),
    pytest.param(
        "An Army veteran, he served in the USMC.",
        [("Army", "ORGANIZATION"), ("USMC", "ORGANIZATION")],
        "A military veteran, he served in the military.",
        id="military-branch",
    ),
    pytest.param(
        "Presenter: Imke Vos, Clinical Psychologist",
        [("Imke Vos", "PERSON")],
        "Presenter: Colleague A, Clinical Psychologist",
        id="colleague-by-job-title",
    ),
    pytest.param(
        "Bullets for April group.",
        [("April", "DATE")],
        "Bullets for the upcoming group.",
        id="month-before-a-meeting-noun",
    ),
    pytest.param(
        "For our 3/12/2024 consult call.",
        [("3/12/2024", "DATE")],
        "For our upcoming consult call.",
        id="date-after-possessive-before-noun",
    ),
]


@pytest.mark.parametrize("text, marks, expected", CONTEXT)
def test_context_and_grammar(text: str, marks, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert out(text, marks) == expected


def test_overlapping_findings_lose_and_duplicate_nothing() -> None:
    text = "Ana Brown Street is where Ana lives."
    r = scrub(text, [("Ana Brown", "PERSON"), ("Brown Street", "ADDRESS"), ("Ana", "PERSON", 2)])
    result = r.document.sections[0].text
    assert "Brown" not in result and "Ana" not in result
    assert result.endswith(" is where Person A lives.")
    assert result.count("Person A") == 2


def test_keep_decision_leaves_text_and_replacement_decision_is_used() -> None:
    text = "Ana went to Dallas."
    decisions = [
        Decision("Dallas", "LOCATION", Action.KEEP, reason="needed"),
        Decision("Ana", "PERSON", Action.PSEUDONYM, replacement="the young woman"),
    ]
    assert out(text, [("Ana", "PERSON"), ("Dallas", "LOCATION")], decisions=decisions) == (
        "The young woman went to Dallas."
    )


def test_remove_decision_gives_a_placeholder() -> None:
    text = "Ana called."
    decisions = [Decision("Ana", "PERSON", Action.REMOVE)]
    assert out(text, [("Ana", "PERSON")], decisions=decisions) == "[name removed] called."


def test_audit_maps_originals_and_changes_are_category_only() -> None:
    text = "Ana, 34, lives in Dallas; call 555-0100."
    r = scrub(
        text, [("Ana", "PERSON"), ("34", "AGE"), ("Dallas", "LOCATION"), ("555-0100", "PHONE")]
    )
    pairs = [(a.original, a.replacement, a.entity) for a in r.audit]
    assert pairs == [
        ("Ana", "Person A", "PERSON"),
        ("34", "mid 30s", "AGE"),
        ("Dallas", "a major city in the South", "LOCATION"),
        ("555-0100", "[phone removed]", "PHONE"),
    ]
    changes = " ".join(r.document.changes)
    for original in ("Ana", "34", "Dallas", "555"):
        assert original not in changes
    assert "ages given as ranges" in r.document.changes
    assert "age band" in r.document.remains


def test_mosaic_warning_for_occupation_and_small_place() -> None:
    text = "She is a falconer in Keene."
    r = scrub(text, [("falconer", "OCCUPATION"), ("Keene", "LOCATION")])
    assert any(line.startswith("warning:") for line in r.document.remains)


def test_unicode_text_and_offsets() -> None:
    text = "Zoë Ōtake’s café — Zoë left."
    result = out(text, [("Zoë Ōtake’s", "PERSON"), ("Zoë", "PERSON", 2)])
    assert result == "Person A’s café — Person A left."


def test_very_long_input() -> None:
    para = "Ana met the group and talked about work for a while. "
    text = para * 2000
    marks = [("Ana", "PERSON", i) for i in range(1, 2001)]
    result = out(text, marks)
    assert "Ana" not in result
    assert result.count("Person A") == 2000


def test_only_redaction_imports_presidio_anonymizer() -> None:
    importers = [
        p.relative_to(ROOT).as_posix()
        for folder in ("casepres", "recognizers")
        for p in (ROOT / folder).rglob("*.py")
        if "presidio_anonymizer" in p.read_text("utf-8")
    ]
    assert importers == ["casepres/redaction.py"]
