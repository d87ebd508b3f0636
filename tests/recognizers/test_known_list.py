"""The People & places list: every listed term, in every form, and nothing else."""

from __future__ import annotations

import time

import pytest

from casepres.model import KnownEntry
from recognizers.known_list import (
    KnownListRecognizer,
    TermMatch,
    entry_entity,
    find_listed_terms,
    term_entity,
)

ENTRIES = (
    KnownEntry(("Maria Gonzalez", "Mari", "Ms. G"), "client"),
    KnownEntry(("Portland, OR",)),
    KnownEntry(("Riverside Elementary",)),
    KnownEntry(("Dr. O",)),
    KnownEntry(("Kaiden R.",)),
    KnownEntry(("Hope Ashcombe",)),
    KnownEntry(("William Price",)),
    KnownEntry(('Dorothy "Dot" Halvorsen',)),
    KnownEntry(("T.",)),
    KnownEntry(("Mark",)),
)


def found(text: str, entries=ENTRIES, extra=()):  # type: ignore[no-untyped-def]
    """(entity, start, end, matched text) of every listed-term match."""
    return [
        (m.entity, m.start, m.end, text[m.start : m.end])
        for m in find_listed_terms(text, entries, extra)
    ]


CASES = [
    pytest.param("Maria Gonzalez came.", [("PERSON", 0, 14, "Maria Gonzalez")], id="full-name"),
    pytest.param("MARIA GONZALEZ came.", [("PERSON", 0, 14, "MARIA GONZALEZ")], id="any-case"),
    pytest.param("Then maria cried.", [("PERSON", 5, 10, "maria")], id="first-name-lower"),
    pytest.param("Gonzalez said no.", [("PERSON", 0, 8, "Gonzalez")], id="last-name-alone"),
    pytest.param("Maria's mother", [("PERSON", 0, 5, "Maria")], id="possessive-straight"),
    pytest.param("Maria’s mother", [("PERSON", 0, 5, "Maria")], id="possessive-curly"),
    pytest.param(
        "the Gonzalez' car", [("PERSON", 4, 12, "Gonzalez")], id="possessive-s-apostrophe"
    ),
    pytest.param("I saw Ms. G today.", [("PERSON", 10, 11, "G")], id="title-excluded-initial"),
    pytest.param("G is a grade.", [], id="bare-letter-needs-title"),
    pytest.param("Mari again.", [("PERSON", 0, 4, "Mari")], id="alias"),
    pytest.param(
        "Maria Gon-\nzalez left.", [("PERSON", 0, 16, "Maria Gon-\nzalez")], id="hyphen-line-break"
    ),
    pytest.param("Maria\nGonzalez left.", [("PERSON", 0, 14, "Maria\nGonzalez")], id="line-break"),
    pytest.param("Maria Gonzales left.", [("PERSON", 0, 14, "Maria Gonzales")], id="one-typo"),
    pytest.param("Gonzlez left.", [("PERSON", 0, 7, "Gonzlez")], id="one-deletion"),
    pytest.param("Gonzo left.", [], id="two-edits-no"),
    pytest.param("Gonzalze left.", [("PERSON", 0, 8, "Gonzalze")], id="transposition"),
    pytest.param(
        "We met in Portland.", [("LOCATION", 10, 18, "Portland")], id="place-without-state"
    ),
    pytest.param(
        "At Riverside Elementary.",
        [("ORGANIZATION", 3, 23, "Riverside Elementary")],
        id="organisation",
    ),
    pytest.param(
        "At Riverside again.", [("ORGANIZATION", 3, 12, "Riverside")], id="organisation-stem"
    ),
    pytest.param("per dr. O today", [("PERSON", 8, 9, "O")], id="lower-title-letter"),
    pytest.param("O is zero.", [], id="letter-without-title"),
    pytest.param("kaiden r. said", [("PERSON", 0, 9, "kaiden r.")], id="name-with-initial"),
    pytest.param("and Mr. R. said", [("PERSON", 8, 10, "R.")], id="initial-after-title"),
    pytest.param("option R. is", [], id="initial-without-title"),
    pytest.param("Bill called.", [("PERSON", 0, 4, "Bill")], id="nickname"),
    pytest.param("Hope's car", [("PERSON", 0, 4, "Hope")], id="common-word-name-capitalised"),
    pytest.param("I have hope again.", [], id="common-word-lower"),
    pytest.param(
        "Dot and Halvorsen",
        [("PERSON", 0, 3, "Dot"), ("PERSON", 8, 17, "Halvorsen")],
        id="quoted-nickname",
    ),
    pytest.param("T. is 46.", [("PERSON", 0, 2, "T.")], id="listed-initial"),
    pytest.param("he read Mark Epstein", [], id="allow-listed-longer-name"),
    pytest.param("Mark came in.", [("PERSON", 0, 4, "Mark")], id="listed-common-name"),
    pytest.param("Émilie", [], id="unlisted"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_listed_term_spans(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text) == expected


def test_lower_case_notes_common_word_name() -> None:
    entries = (KnownEntry(("Dawn",)),)
    text = "- lives w/ mom (dawn)\n- dawn texts me a lot\n- up till dawn\n- sleeps badly\n- eats ok"
    assert [t for *_, t in found(text, entries)] == ["dawn", "dawn"]


def test_accents_fold() -> None:
    entries = (KnownEntry(("Élodie Marchand-Roy",)),)
    text = "Elodie and Marchand-Roy and Roy"
    assert [t for *_, t in found(text, entries)] == ["Elodie", "Marchand-Roy", "Roy"]


def test_extra_terms_keep_their_entity() -> None:
    text = "She works at the Blue Heron Bakery."
    assert found(text, (), (("Blue Heron Bakery", "ORGANIZATION"),)) == [
        ("ORGANIZATION", 17, 34, "Blue Heron Bakery")
    ]


@pytest.mark.parametrize(
    "term, entity",
    [
        ("Maria Gonzalez", "PERSON"),
        ("Riverside Elementary", "ORGANIZATION"),
        ("Tōtara Roofing Ltd", "ORGANIZATION"),
        ("Franklin County", "LOCATION"),
        ("Portland, OR", "LOCATION"),
        ("Elm Street", "LOCATION"),
        ("someone@example.com", "EMAIL"),
        ("@some.handle", "SOCIAL_HANDLE"),
        ("MRN 4417", "ID"),
    ],
)
def test_term_entity(term: str, entity: str) -> None:
    assert term_entity(term) == entity


def test_role_decides_entity() -> None:
    assert entry_entity(KnownEntry(("Oakridge",), "client's school")) == "ORGANIZATION"
    assert entry_entity(KnownEntry(("Oakridge",), "home town")) == "LOCATION"
    assert entry_entity(KnownEntry(("Elm Street",), "client's husband")) == "PERSON"


def test_match_carries_entry_index() -> None:
    assert find_listed_terms("Mari", ENTRIES) == [TermMatch(0, 4, "PERSON", "Mari", 0)]


def test_recognizer_results_are_direct_and_certain() -> None:
    results = KnownListRecognizer(ENTRIES).analyze("Mari and Maria", [])
    assert [(r.start, r.end, r.score, r.recognition_metadata["kind"]) for r in results] == [
        (0, 4, 1.0, "direct"),
        (9, 14, 1.0, "direct"),
    ]


def test_through_pattern_analyzer_beats_allow_list(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Beck came to group."
    findings = pattern_analyzer.analyze(text, known=(KnownEntry(("Beck",)),))
    assert [(f.entity, f.start, f.end) for f in findings] == [("PERSON", 0, 4)]


def test_long_text_is_fast() -> None:
    text = "Maria Gonzales met Gonzalez and the others at Riverside near Portland. " * 3000
    t0 = time.perf_counter()
    matches = find_listed_terms(text, ENTRIES)
    assert time.perf_counter() - t0 < 5
    assert len(matches) == 4 * 3000


def test_listed_theorist_name_still_flagged_with_possessive() -> None:
    entries = (KnownEntry(("Linehan",), "client"),)
    text = "Linehan's skills; Linehan came."
    assert [t for *_, t in found(text, entries)] == ["Linehan", "Linehan"]


SYNTHETIC = """Consult notes, week 12

Tobias Wenninger ("Toby") was referred by his GP after a fall at Harrow Creek
Logistics. He lives in Lindenfeld, Oregon with his wife Saoirse; their son Oisin
attends Birchwood Elementary. Toby's mother, Mrs Wenninger, calls most evenings.
Saoirse says Tobias "goes quiet" after shifts; toby agrees. Wenninger-
family history is unremarkable. Wennigner (sic) in the intake form.
"""
SYNTHETIC_LIST = (
    KnownEntry(('Tobias "Toby" Wenninger',), "client"),
    KnownEntry(("Saoirse Wenninger",), "client's wife"),
    KnownEntry(("Oisin",), "client's son"),
    KnownEntry(("Harrow Creek Logistics",), "employer"),
    KnownEntry(("Lindenfeld, OR",)),
    KnownEntry(("Birchwood Elementary",)),
)
SYNTHETIC_MENTIONS = [
    ("Tobias Wenninger", "PERSON"),
    ("Toby", "PERSON"),
    ("Harrow Creek\nLogistics", "ORGANIZATION"),
    ("Lindenfeld", "LOCATION"),
    ("Saoirse", "PERSON"),
    ("Oisin", "PERSON"),
    ("Birchwood Elementary", "ORGANIZATION"),
    ("Toby", "PERSON"),
    ("Wenninger", "PERSON"),
    ("Saoirse", "PERSON"),
    ("Tobias", "PERSON"),
    ("toby", "PERSON"),
    ("Wenninger", "PERSON"),
    ("Wennigner", "PERSON"),
]


def test_every_listed_mention_in_synthetic_case() -> None:
    matches = find_listed_terms(SYNTHETIC, SYNTHETIC_LIST)
    got = [(SYNTHETIC[m.start : m.end], m.entity) for m in matches]
    assert got == SYNTHETIC_MENTIONS


def test_every_listed_mention_flagged_by_analyzer(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    findings = pattern_analyzer.analyze(SYNTHETIC, known=SYNTHETIC_LIST)
    for m in find_listed_terms(SYNTHETIC, SYNTHETIC_LIST):
        assert any(f.start <= m.start and m.end <= f.end for f in findings), SYNTHETIC[
            m.start : m.end
        ]


@pytest.mark.parametrize(
    "text, form",
    [
        pytest.param("Maria Gonzalez", "listed", id="listed"),
        pytest.param("Gonzalez", "part", id="part"),
        pytest.param("Bill", "nickname", id="nickname"),
        pytest.param("Gonzlez", "typo", id="typo"),
        pytest.param("Mr. R.", "initial", id="initial"),
        pytest.param("Riverside", "part", id="organisation-stem"),
    ],
)
def test_match_form(text: str, form: str) -> None:
    assert [m.form for m in find_listed_terms(text, ENTRIES)] == [form]
