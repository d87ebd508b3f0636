"""Subjects built from the People & places list: quoted nicknames and listed organisations."""

from __future__ import annotations

import datetime as dt

from casepres.model import Action, CaseDraft, FieldText, Finding, KnownEntry
from casepres.policy import classify, propose

MEETING = dt.date(2026, 3, 9)


def _finding(text: str, sub: str, entity: str = "PERSON", occurrence: int = 1) -> Finding:
    start = -1
    for _ in range(occurrence):
        start = text.index(sub, start + 1)
    return Finding(
        "f",
        start,
        start + len(sub),
        sub,
        entity,
        1.0,
        "direct",
        Action.PSEUDONYM,
        "KnownListRecognizer",
    )


def test_full_name_with_a_quoted_nickname_joins_the_listed_client() -> None:
    text = 'Odile "Dilly" Marchetti came alone. Later Dilly said Odile Marchetti was tired.'
    known = (KnownEntry(("Odile Marchetti", "Dilly"), role="client"),)
    draft = CaseDraft("plain", (FieldText("f", text),), known=known)
    findings = [
        _finding(text, 'Odile "Dilly" Marchetti'),
        _finding(text, "Dilly", occurrence=2),
        _finding(text, "Odile Marchetti"),
    ]
    plan = propose(draft, {"f": findings}, meeting_date=MEETING)
    people = [s for s in plan.subjects if s.entity == "PERSON"]
    assert len(people) == 1
    assert people[0].replacement.casefold() == "the client"
    assert len(people[0].mentions) == 3


def test_a_listed_authority_is_an_organisation_not_a_person() -> None:
    text = "He works for Quaymoor Harbour Authority."
    known = (KnownEntry(("Quaymoor Harbour Authority",)),)
    f = _finding(text, "Quaymoor Harbour Authority")
    assert classify(f, text, known) == "ORGANIZATION"


def _people(text: str, names: list[str]) -> list[list[str]]:
    draft = CaseDraft("plain", (FieldText("f", text),))
    findings = []
    seen: dict[str, int] = {}
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        findings.append(_finding(text, n, occurrence=seen[n]))
    plan = propose(draft, {"f": findings}, meeting_date=MEETING)
    return sorted(sorted(m.text for m in s.mentions) for s in plan.subjects if s.entity == "PERSON")


def test_a_short_form_of_one_full_name_is_the_same_person() -> None:
    text = "Bill came in; Tom was quiet. William Quennell is 40. Later Tomás Ybarra joined."
    groups = _people(text, ["Bill", "Tom", "William Quennell", "Tomás Ybarra"])
    assert groups == [["Bill", "William Quennell"], ["Tom", "Tomás Ybarra"]]


def test_a_short_form_of_two_full_names_stays_apart() -> None:
    text = "Dan spoke. Daniel Voss and Daniela Voss both came."
    groups = _people(text, ["Dan", "Daniel Voss", "Daniela Voss"])
    assert len(groups) == 3


def test_an_unrelated_first_name_stays_its_own_person() -> None:
    text = "Greta called. Albert Quennell is 40."
    assert len(_people(text, ["Greta", "Albert Quennell"])) == 2
