"""Clause ends: how far an event or a feature is told (spaCy-free)."""

from __future__ import annotations

import pytest

from recognizers.clauses import clause_end


def told(text: str, head: str) -> str:
    """The text from ``head`` to where clause_end moves the end of ``head``."""
    start = text.index(head)
    return text[start : clause_end(text, start + len(head))]


CASES = [
    # the rest of the clause belongs to the event
    (
        "She won bronze at the regatta in 2023. Now she rows less.",
        "won bronze at the regatta",
        "won bronze at the regatta in 2023",
    ),
    (
        "the tattoo on her wrist that she showed on air, which she hates",
        "the tattoo on her wrist",
        "the tattoo on her wrist that she showed on air",
    ),
    (
        "the only girl in the robotics club, which went to nationals in Ottawa — she",
        "the only girl in the robotics club",
        "the only girl in the robotics club, which went to nationals in Ottawa",
    ),
    (
        "won the safety award and rang the bell at Nasdaq; photos exist",
        "won the safety award",
        "won the safety award and rang the bell at Nasdaq",
    ),
    (
        "testified at the hearing, and the clip was widely shared.",
        "testified at the hearing",
        "testified at the hearing, and the clip was widely shared",
    ),
    (
        "the bar bombing on the Antrim Road, where his cousin died.",
        "the bar bombing",
        "the bar bombing on the Antrim Road, where his cousin died",
    ),
    # a reaction, a turn or a new thought is clinical content and stays outside
    (
        "featured in a news profile, which she now regrets.",
        "featured in a news profile",
        "featured in a news profile",
    ),
    (
        "won the show at the county fair and now can't look at a cow.",
        "won the show",
        "won the show at the county fair",
    ),
    (
        "placed 2nd at regionals but quit the team after.",
        "placed 2nd at regionals",
        "placed 2nd at regionals",
    ),
    ("the Tribune photo or does that re-identify him?", "the Tribune photo", "the Tribune photo"),
    ("a red 1974 Holden (restored) in the garage", "a red 1974 Holden", "a red 1974 Holden"),
    ("the crash at the quarry - it still haunts him", "the crash", "the crash at the quarry"),
    (
        "selected for the national squad, which is both the best and worst",
        "the national squad",
        "the national squad",
    ),
    # a clause that runs on and on is left alone
    (
        "the fire at the mill that burned for days with everyone in the whole town standing on "
        "the hill watching the smoke rise over the river",
        "the fire at the mill",
        "the fire at the mill",
    ),
    # nothing left to take
    ("the flood.", "the flood", "the flood"),
]


@pytest.mark.parametrize(("text", "head", "want"), CASES)
def test_clause_end(text: str, head: str, want: str) -> None:
    assert told(text, head) == want
