"""ObfuscatedEmailRecognizer: exact spans of addresses with "at" and "dot" written out."""

from __future__ import annotations

import pytest

from recognizers.entities import EMAIL


def at(text: str, part: str) -> tuple[str, int, int]:
    """(EMAIL, start, end) of ``part`` in ``text``."""
    start = text.index(part)
    return (EMAIL, start, start + len(part))


def case(text: str, *parts: str, id: str):  # type: ignore[no-untyped-def]
    return pytest.param(text, sorted(at(text, p) for p in parts), id=id)


CASES = [
    case(
        "Reach her on kat.moreno at yahoo dot com after six.",
        "kat.moreno at yahoo dot com",
        id="words",
    ),
    case(
        "It was p.osei [at] hotmail [dot] co [dot] uk then.",
        "p.osei [at] hotmail [dot] co [dot] uk",
        id="brackets",
    ),
    case(
        "Use lw_22 (at) school (dot) org for forms.",
        "lw_22 (at) school (dot) org",
        id="parentheses",
    ),
    case(
        "New one: fin.h [at] rivermouth.net.au since May.",
        "fin.h [at] rivermouth.net.au",
        id="bracketed-at-plain-dots",
    ),
    case("Tell ravi AT fastmail DOT com I called.", "ravi AT fastmail DOT com", id="capitals"),
    # sentences that only look like one
    case("She stared at facebook dot com all night.", id="verb-before-at"),
    case("He is at home dot dot dot waiting.", id="no-domain-ending"),
    case("Met him at work; the dot com crash.", id="words-at-and-dot"),
    case("Found it at example.com yesterday.", id="plain-website"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_written_out_email_spans(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == EMAIL] == expected
