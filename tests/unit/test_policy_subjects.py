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
