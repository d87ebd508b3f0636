"""Unique-feature recognizer: tattoos, vehicles, roles, laws, links to the clinician, pets."""

from __future__ import annotations

import pytest


def uq(text: str, part: str) -> tuple[str, int, int]:
    """("OTHER_UNIQUE", start, end) of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return ("OTHER_UNIQUE", start, start + len(part))


T1 = "She has a small anchor tattoo behind her right ear that she hides."
T2 = "He rides a customized 1978 Honda CB750 painted gold, and people notice."
T3 = "She is the valedictorian of her graduating class, which adds pressure."
T4 = "He is one of only three farriers in the valley, so he is easy to find."
T5 = "She campaigned for what became Noah's Law after the crash."
T6 = "Complication: she coached my daughter in soccer."
T7 = "Her cat Pickles sleeps on her bed."
T8 = "She has about 12k followers on her art account."
T9 = "He has many tattoos."

T10 = "He is a former NHL goalie who now coaches kids."

CASES = [
    pytest.param(T1, [uq(T1, "small anchor tattoo behind her right ear")], id="tattoo"),
    pytest.param(T2, [uq(T2, "a customized 1978 Honda CB750 painted gold")], id="vehicle"),
    pytest.param(T3, [uq(T3, "the valedictorian of her graduating class")], id="unique-role"),
    pytest.param(T4, [uq(T4, "one of only three farriers in the valley")], id="one-of-only"),
    pytest.param(T5, [uq(T5, "Noah's Law")], id="named-law"),
    pytest.param(T6, [uq(T6, "she coached my daughter")], id="relationship-to-clinician"),
    pytest.param(T7, [uq(T7, "Pickles")], id="pet-name"),
    pytest.param(T8, [uq(T8, "12k followers")], id="follower-count"),
    pytest.param(T10, [uq(T10, "former NHL goalie")], id="public-figure-status"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_unique_spans(spans, text, expected):
    assert spans(text) == sorted(expected)


def test_pet_name_is_marked_for_removal():
    from recognizers.unique import UniqueFeatureRecognizer

    rec = UniqueFeatureRecognizer()
    results = rec.analyze(T7, [])
    assert [(T7[r.start : r.end], r.recognition_metadata.get("action")) for r in results] == [
        ("Pickles", "remove")
    ]


def test_plain_tattoo_mention_is_generic(spans):
    assert spans(T9) == []
