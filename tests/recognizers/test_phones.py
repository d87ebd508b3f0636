"""PhonePatternRecognizer: exact spans of phone numbers; helplines and IDs stay unflagged."""

from __future__ import annotations

import pytest

from recognizers.entities import PHONE


def at(text: str, part: str) -> tuple[str, int, int]:
    """(PHONE, start, end) of ``part`` in ``text``."""
    start = text.index(part)
    return (PHONE, start, start + len(part))


def case(text: str, *parts: str, id: str):  # type: ignore[no-untyped-def]
    return pytest.param(text, sorted(at(text, p) for p in parts), id=id)


CASES = [
    case("Cell on file: (503) 555-0142.", "(503) 555-0142", id="us-brackets"),
    case("She texts from 614.555.0133 at night.", "614.555.0133", id="us-dots"),
    case(
        "Reach the office at 570-555-0161 ext. 12 please.",
        "570-555-0161 ext. 12",
        id="us-extension",
    ),
    case("Calls from the truck at +1 204 555 0166 most nights.", "+1 204 555 0166", id="plus-one"),
    case("Reach me by email or x4417.", "x4417", id="bare-x-extension"),
    case("Mobile 07700 900318.", "07700 900318", id="uk-mobile"),
    case("Texts from +44 7700 900457 daily.", "+44 7700 900457", id="uk-international"),
    case("Surgery line 0113 496 0000.", "0113 496 0000", id="uk-landline"),
    case("Home phone (03) 555 0187.", "(03) 555 0187", id="au-area-code"),
    case("Mobile 0412 345 678.", "0412 345 678", id="au-mobile"),
    case("Mobile 021 555 0198.", "021 555 0198", id="nz-mobile"),
    case("Rings from +64 21 555 0173 each night.", "+64 21 555 0173", id="nz-international"),
    case(
        "Phone: 60-56-85-91 or call me on 9472 7916.",
        "60-56-85-91",
        "9472 7916",
        id="after-phone-words",
    ),
    case(
        "Office 345-899-3560x4587 or 555-0142.",
        "345-899-3560x4587",
        "555-0142",
        id="x-extension-and-local",
    ),
    case("Landline 09 555 0123 only.", "09 555 0123", id="nz-landline"),
    case("Mobile 087 123 4567 only.", "087 123 4567", id="irish-mobile"),
    # public helplines and other numbers are not personal phone numbers
    case("Crisis line 988, or text 741741; in NZ 1737; Samaritans 116 123.", id="helplines"),
    case("Sertraline 50 mg; 12 sessions; PHQ-9 = 11.", id="clinical-numbers"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_phone_spans(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == expected
