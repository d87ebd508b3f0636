"""Second opinion on spaCy PERSON spans: drop what is clearly not a person."""

from __future__ import annotations

import re

from recognizers import name_words as W

#: Words that make a capitalised span a heading, measure or thing rather than a person.
_NON_PERSON_WORDS = frozenset(
    "background history relevant presenting problem problems reason referral diagnosis dx tx "
    "plan assessment formulation summary goals questions question consultation identifying "
    "information treatment session sessions risk strengths notes note update context "
    "therapist counsellor counselor clinician client patient pt speaks daytime nighttime "
    "moderate mild severe foster care interview scale inventory questionnaire index test "
    "checklist measure metric survey screen score grade year form class dad mom mum mother "
    "father brother sister son daughter husband wife partner instagram snapchat tiktok "
    "facebook reddit youtube whatsapp zoom teams discord suzuki toyota honda ford".split()
)

#: Head words that end the names of measures and documents, never of people.
_THING_HEADS = frozenset(
    "interview scale inventory questionnaire index test checklist measure metric survey "
    "screen screener assessment protocol model method therapy treatment syndrome disease "
    "disorder".split()
)


def plausible_person(text: str, start: int, end: int) -> bool:
    """False when a spaCy PERSON span is clearly not a person.

    A missed name is worse than a false flag, so only clear cases are dropped: spans
    with digits, lower-case spans in normally capitalised prose with no first name in
    them, single all-capital acronyms that are not names, and spans whose every word is
    a heading, measure, role or product word.

    Args:
        text: The whole text.
        start: First character of the span.
        end: One past the last character.
    """
    span = text[start:end].strip(" \t\n•-–*:")
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", span)
    if not words:
        return False
    if any(ch.isdigit() for ch in span):
        return False
    lowered = [W.fold(w).lower().removesuffix("'s") for w in words]
    if len(words) > 1 and lowered[-1] in _THING_HEADS:
        return False  # "Zarit Burden Interview", "Gottman Method"
    first = W.first_names()
    if any(w in first for w in lowered) and not all(w in _NON_PERSON_WORDS for w in lowered):
        return True
    if span.islower() and not W.lowercase_style(text):
        return False  # "taha wairua", "kaupapa Māori": names are capitalised in this text
    if len(words) == 1 and span.isupper() and len(span) >= 2:
        return False  # "COVID", "PHQ": acronyms, not people
    if all(w in _NON_PERSON_WORDS for w in lowered):
        return False
    return True
