"""Event recognizer: specific, potentially newsworthy incidents (quasi)."""

from __future__ import annotations

import pytest


def ev(text: str, part: str) -> tuple[str, int, int]:
    """("EVENT", start, end) of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return ("EVENT", start, start + len(part))


T1 = "She was featured in a local radio segment about the food bank, which upset her."
T2 = "He placed 3rd at Prairie Valley Invitational and then quit."
T3 = "Her cousin died in the Harrowgate Mill explosion, and she still dreams of it."
T4 = "Everyone knows him from the brawl at the rink that went viral online."
T5 = "She testified before the city council about the zoning change."
T6 = "He was found by police sleeping in a bus shelter at 2 a.m., confused."
T7 = "Like many, he struggled during the COVID lockdown and the pandemic."
T8 = "His grandmother died last spring after a long illness."

T9 = "Her dance video went viral, and now strangers recognise her."
T10 = "The family won the $40k Powerball two years ago."
T11 = "Her son won the state spelling bee and the school made a fuss."
T12 = "He appeared on a true-crime podcast about his brother's case."
T13 = "She lost her sister in the 2019 ferry sinking."
T14 = "After a sugar crash and an emotional collapse, she slept all day."
T15 = "Fire drills at school still make him freeze."

CASES = [
    pytest.param(
        T1, [ev(T1, "featured in a local radio segment about the food bank")], id="media-feature"
    ),
    pytest.param(
        T2, [ev(T2, "placed 3rd at Prairie Valley Invitational")], id="competition-placing"
    ),
    pytest.param(T3, [ev(T3, "Harrowgate Mill explosion")], id="named-incident"),
    pytest.param(T4, [ev(T4, "the brawl at the rink that went viral online")], id="viral-incident"),
    pytest.param(T5, [ev(T5, "testified before the city council")], id="testimony"),
    pytest.param(
        T6, [ev(T6, "found by police sleeping in a bus shelter at 2 a.m.")], id="police-incident"
    ),
    pytest.param(T7, [], id="public-events-not-flagged"),
    pytest.param(T9, [ev(T9, "Her dance video went viral")], id="viral-post"),
    pytest.param(T10, [ev(T10, "won the $40k Powerball")], id="lottery-win"),
    pytest.param(T11, [ev(T11, "won the state spelling bee")], id="prize-won"),
    pytest.param(
        T12, [ev(T12, "appeared on a true-crime podcast about his brother's case")], id="media"
    ),
    pytest.param(T13, [ev(T13, "the 2019 ferry sinking")], id="incident-with-year"),
    pytest.param(T14, [], id="figurative-crash-and-collapse"),
    pytest.param(T15, [], id="fire-drill-is-not-a-fire"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_event_spans(spans, text, expected):
    assert spans(text) == sorted(expected)


def test_ordinary_bereavement_is_not_an_event(spans):
    assert all(e != "EVENT" for e, _, _ in spans(T8))
