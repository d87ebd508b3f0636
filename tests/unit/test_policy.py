"""Subjects, readable consistent pseudonyms and decisions (findings built by hand, no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from casepres import policy
from casepres.model import Action, CaseDraft, Decision, FieldText, Finding, KnownEntry

MEETING = dt.date(2024, 3, 1)


def finding(
    text: str, target: str, entity: str = "PERSON", nth: int = 1, field: str = "text"
) -> Finding:
    """The ``nth`` occurrence of ``target`` in ``text`` as a finding."""
    start = -1
    for _ in range(nth):
        start = text.index(target, start + 1)
    return Finding(
        field_id=field,
        start=start,
        end=start + len(target),
        text=target,
        entity=entity,
        score=0.9,
        kind="direct",
        action=Action.PSEUDONYM,
        recognizer="test",
    )


def plan_for(
    text: str, marks: list[tuple[str, str, int]], known: tuple[KnownEntry, ...] = ()
) -> policy.Plan:
    draft = CaseDraft("plain", fields=(FieldText("text", text),), known=known)
    findings = [finding(text, t, e, n) for t, e, n in marks]
    return policy.propose(draft, {"text": findings}, meeting_date=MEETING)


def replacement_of(plan: policy.Plan, target: str, nth: int = 1) -> str:
    hits = [p for p in plan.proposals if p.finding.text == target]
    return hits[nth - 1].replacement


def test_listed_role_gives_the_pseudonym() -> None:
    text = "Maria Gonzalez came in. Mari said Tom was away."
    known = (
        KnownEntry(("Maria Gonzalez", "Mari"), "client"),
        KnownEntry(("Tom",), "client's husband"),
    )
    plan = plan_for(
        text, [("Maria Gonzalez", "PERSON", 1), ("Mari", "PERSON", 1), ("Tom", "PERSON", 1)], known
    )
    assert replacement_of(plan, "Maria Gonzalez") == "the client"
    assert replacement_of(plan, "Mari") == "the client"
    assert replacement_of(plan, "Tom") == "the client's husband"
    people = [s for s in plan.subjects if s.entity == "PERSON"]
    assert len(people) == 2
    assert people[0].label == "Maria Gonzalez / Mari"


def test_role_from_context() -> None:
    text = "She visits her sister Ana often. Ana is kind."
    plan = plan_for(text, [("Ana", "PERSON", 1), ("Ana", "PERSON", 2)])
    assert {p.replacement for p in plan.proposals} == {"her sister"}


def test_unknown_people_get_letters_in_order() -> None:
    text = "Zed met Quinn. Later Zed called Quinn."
    plan = plan_for(
        text,
        [
            ("Zed", "PERSON", 1),
            ("Quinn", "PERSON", 1),
            ("Zed", "PERSON", 2),
            ("Quinn", "PERSON", 2),
        ],
    )
    assert [p.replacement for p in plan.proposals] == [
        "Person A",
        "Person B",
        "Person A",
        "Person B",
    ]


def test_full_name_first_name_last_name_and_title_group_together() -> None:
    text = "Priya Raman came. Priya cried. Ms. Raman left. Raman's car."
    plan = plan_for(
        text,
        [
            ("Priya Raman", "PERSON", 1),
            ("Priya", "PERSON", 2),
            ("Raman", "PERSON", 2),
            ("Raman's", "PERSON", 1),
        ],
    )
    people = [s for s in plan.subjects if s.entity == "PERSON"]
    assert len(people) == 1
    assert {p.replacement for p in plan.proposals} == {"Person A"}


def test_initial_joins_the_one_name_it_can_be() -> None:
    text = "Rolf Berg came. Later R. said no."
    plan = plan_for(text, [("Rolf Berg", "PERSON", 1), ("R.", "PERSON", 1)])
    assert len([s for s in plan.subjects if s.entity == "PERSON"]) == 1


def test_providers_become_colleagues() -> None:
    text = "I consulted Dr. Okafor and Sam."
    plan = plan_for(text, [("Okafor", "PERSON", 1), ("Sam", "PERSON", 1)])
    assert replacement_of(plan, "Okafor") == "Colleague A"
    assert replacement_of(plan, "Sam") == "Person A"


def test_provider_role_from_context() -> None:
    text = "Her psychiatrist, Dr. Lee, changed the dose."
    plan = plan_for(text, [("Lee", "PERSON", 1)])
    assert replacement_of(plan, "Lee") == "her psychiatrist"


def test_same_role_twice_stays_apart() -> None:
    text = "her brother Abe and her brother Cy came."
    plan = plan_for(text, [("Abe", "PERSON", 1), ("Cy", "PERSON", 1)])
    assert replacement_of(plan, "Abe") != replacement_of(plan, "Cy")


def test_places_group_by_name_and_get_one_generalization() -> None:
    text = "She grew up in Dallas. Dallas was hot."
    plan = plan_for(text, [("Dallas", "LOCATION", 1), ("Dallas", "LOCATION", 2)])
    places = [s for s in plan.subjects if s.entity == "LOCATION"]
    assert len(places) == 1
    assert places[0].replacement == "a major city in the South"


def test_countries_are_kept_by_default() -> None:
    plan = plan_for("They fled Eritrea.", [("Eritrea", "LOCATION", 1)])
    assert plan.proposals[0].action is Action.KEEP


def test_contact_details_are_removed() -> None:
    plan = plan_for("Call 555-0100 now.", [("555-0100", "PHONE", 1)])
    assert plan.proposals[0].action is Action.REMOVE
    assert plan.proposals[0].replacement == "[phone removed]"


def test_email_mislabelled_as_person_is_removed_as_email() -> None:
    plan = plan_for("Write to ana.b@example.com today.", [("ana.b@example.com", "PERSON", 1)])
    assert plan.proposals[0].replacement == "[email removed]"


DECISIONS = [
    pytest.param(Decision("ana", "PERSON", Action.KEEP, reason="r"), True, id="case-insensitive"),
    pytest.param(Decision("Ana", "LOCATION", Action.KEEP), False, id="other-entity"),
    pytest.param(Decision("Ana", "PERSON", Action.KEEP, field_id="other"), False, id="other-field"),
    pytest.param(
        Decision("Ana", "PERSON", Action.KEEP, field_id="text", start=0), True, id="this-start"
    ),
    pytest.param(
        Decision("Ana", "PERSON", Action.KEEP, field_id="text", start=5), False, id="other-start"
    ),
]


@pytest.mark.parametrize("decision, matches", DECISIONS)
def test_decision_matching(decision: Decision, matches: bool) -> None:
    f = finding("Ana is here.", "Ana")
    assert (policy.decision_for(f, [decision]) is not None) is matches


def test_most_specific_decision_wins() -> None:
    f = finding("Ana is here.", "Ana")
    general = Decision("Ana", "PERSON", Action.PSEUDONYM)
    specific = Decision("Ana", "PERSON", Action.KEEP, reason="r", field_id="text", start=0)
    assert policy.decision_for(f, [specific, general]) is specific


def test_undecided_lists_what_no_decision_covers() -> None:
    text = "Ana met Bo."
    plan = plan_for(text, [("Ana", "PERSON", 1), ("Bo", "PERSON", 1)])
    left = policy.undecided(plan, [Decision("Ana", "PERSON", Action.PSEUDONYM)])
    assert [f.text for f in left] == ["Bo"]


def test_proposal_for_an_unknown_finding_is_a_default() -> None:
    plan = plan_for("Ana.", [("Ana", "PERSON", 1)])
    other = finding("Call 555-0100.", "555-0100", "PHONE")
    assert plan.proposal_for(other).replacement == "[phone removed]"


def test_a_name_tagged_as_an_organisation_joins_its_person() -> None:
    text = 'Quinlan "Quin" Ardent came. Quin left. Dot phoned; Dot was upset.'
    plan = plan_for(
        text,
        [
            ('Quinlan "Quin" Ardent', "ORGANIZATION", 1),
            ("Quin", "PERSON", 3),
            ("Dot", "PERSON", 1),
            ("Dot", "ORGANIZATION", 2),
        ],
    )
    assert [p.replacement for p in plan.proposals] == [
        "Person A",
        "Person A",
        "Person B",
        "Person B",
    ]


def test_the_organisation_of_the_same_name_stays_an_organisation() -> None:
    text = "Morgan works at the Morgan on Main Street. Morgan is tired."
    plan = plan_for(
        text, [("Morgan", "PERSON", 1), ("Morgan", "ORGANIZATION", 2), ("Morgan", "PERSON", 3)]
    )
    assert [p.replacement for p in plan.proposals] == ["Person A", "an organisation", "Person A"]


def test_a_missed_mention_of_a_named_person_is_added() -> None:
    text = "Cheyenne Marr moved out. We talked about Cheyenne? and cheyenne cake."
    plan = plan_for(text, [("Cheyenne Marr", "PERSON", 1)])
    spans = [(p.finding.start, p.finding.text, p.replacement) for p in plan.proposals]
    assert spans == [(0, "Cheyenne Marr", "Person A"), (41, "Cheyenne", "Person A")]
    assert [f.recognizer for f in plan.implied] == ["SubjectMention"]


def test_a_namesake_with_another_surname_is_not_added() -> None:
    text = "Otto Hollis came. He likes Otto Kernberg's books. Otto laughed."
    plan = plan_for(text, [("Otto Hollis", "PERSON", 1)])
    assert [p.finding.start for p in plan.proposals] == [0, 50]


def test_a_namesake_with_another_first_name_is_not_added() -> None:
    text = (
        "Pat Winnicott came. I admire Donald Winnicott here. Then Winnicott left. Dr Winnicott too."
    )
    plan = plan_for(text, [("Pat Winnicott", "PERSON", 1)])
    assert [p.finding.text for p in plan.proposals] == ["Pat Winnicott", "Winnicott", "Winnicott"]
    assert [p.finding.start for p in plan.proposals][1:] == [57, 76]
