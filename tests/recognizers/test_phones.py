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
    case("Cell on file: (541) 555-0179.", "(541) 555-0179", id="us-brackets"),
    case("She texts from 719.555.0148 at night.", "719.555.0148", id="us-dots"),
    case(
        "Reach the office at 608-555-0127 ext. 31 please.",
        "608-555-0127 ext. 31",
        id="us-extension",
    ),
    case("Rings from the depot on +1 306 555 0112 most nights.", "+1 306 555 0112", id="plus-one"),
    case("Reach me by email or x2208.", "x2208", id="bare-x-extension"),
    case("Mobile 07700 900726.", "07700 900726", id="uk-mobile"),
    case("Her cell ending in 0179 and a number ends 2231.", "0179", "2231", id="last-four-digits"),
    case(
        "The count ending in 5000 steps; the phone ends at noon; call me at 1030.",
        id="ending-look-alikes",
    ),
    case("Texts from +44 7700 900884 daily.", "+44 7700 900884", id="uk-international"),
    case("Surgery line 0161 496 0731.", "0161 496 0731", id="uk-landline"),
    case("Home phone (08) 555 0139.", "(08) 555 0139", id="au-area-code"),
    case("Mobile 0423 618 905.", "0423 618 905", id="au-mobile"),
    case("Mobile 022 555 0146.", "022 555 0146", id="nz-mobile"),
    case("Rings from +64 27 555 0119 each night.", "+64 27 555 0119", id="nz-international"),
    case(
        "Phone: 71-38-24-66 or call me on 8361 2057.",
        "71-38-24-66",
        "8361 2057",
        id="after-phone-words",
    ),
    case(
        "Office 472-618-3904x2291 or 555-0163.",
        "472-618-3904x2291",
        "555-0163",
        id="x-extension-and-local",
    ),
    case("Landline 04 555 0172 only.", "04 555 0172", id="nz-landline"),
    case("Mobile 086 742 1093 only.", "086 742 1093", id="irish-mobile"),
    case(
        "Bureau (418) 555-0143 poste 212 le matin.",
        "(418) 555-0143 poste 212",
        id="french-extension",
    ),
    case(
        "Oficina (602) 555-0177 anexo 31; or poste 88.",
        "(602) 555-0177 anexo 31",
        "poste 88",
        id="other-extensions",
    ),
    # public helplines and other numbers are not personal phone numbers
    case("Crisis line 988, or text 741741; in NZ 1737; Samaritans 116 123.", id="helplines"),
    case("Sertraline 50 mg; 12 sessions; PHQ-9 = 11.", id="clinical-numbers"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_phone_spans(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == expected


HELPLINE_CASES = [
    pytest.param("Crisis plan: Lifeline 0800 543 354 and her GP.", (), id="nz-freephone-helpline"),
    pytest.param("Gave him MensLine 1300 789 978 and a follow-up.", (), id="au-1300-service"),
    pytest.param("Beyond Blue on 1300 22 4636 saved; QLife too.", (), id="au-1300-grouped"),
    pytest.param("Support line (1-855-242-3310) on the card.", (), id="us-toll-free-in-brackets"),
    pytest.param("She keeps 0808 200 0247 saved in her phone.", (), id="saved-freephone"),
    pytest.param("Shout 85258 and a UK helpline 0800 068 4141 given.", (), id="uk-freephone"),
    pytest.param(
        "Safety plan lists her sister on 0412 555 019.",
        ("0412 555 019",),
        id="personal-mobile-in-safety-plan",
    ),
    pytest.param(
        "Book via the clinic, 1800 555 014.", ("1800 555 014",), id="toll-free-without-helpline"
    ),
    pytest.param("Custody number 01/449120/24 logged.", (), id="slashed-reference-not-a-phone"),
    pytest.param("Her office, 030/4471209, after six.", ("030/4471209",), id="one-slash-phone"),
]


@pytest.mark.parametrize("text, parts", HELPLINE_CASES)
def test_helplines_dropped_from_both_phone_recognizers(text: str, parts: tuple[str, ...]) -> None:
    """Our patterns and the phonenumbers-based recognizer together keep public helplines."""
    from recognizers import PHONE_REGIONS
    from recognizers.phones import HelplineAwarePhoneRecognizer, PhonePatternRecognizer

    found = set()
    for recognizer in (
        PhonePatternRecognizer(),
        HelplineAwarePhoneRecognizer(supported_regions=PHONE_REGIONS),
    ):
        found |= {
            (PHONE, r.start, r.end) for r in recognizer.analyze(text, recognizer.supported_entities)
        }
    assert sorted(found) == sorted(at(text, p) for p in parts)
