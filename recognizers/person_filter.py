"""Second opinion on spaCy PERSON spans: drop what is clearly not a person."""

from __future__ import annotations

import re

from recognizers import name_words as W

#: Words that make a capitalised span a heading, measure or thing rather than a person.
_NON_PERSON_WORDS = W.word_set("names_non_person.txt")

#: Head words that end the names of measures and documents, never of people.
_THING_HEADS = W.word_set("names_thing_heads.txt")


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
    if len(words) == 1 and lowered[0] in W.common_word_names() and _imperative(text, start, end):
        return False  # "Mark the date", "Will the client...": a verb opening the sentence
    first = W.first_names()
    if any(w in first for w in lowered) and not all(w in _NON_PERSON_WORDS for w in lowered):
        return True
    if span.islower() and not W.lowercase_style(text):
        return False  # "taha wairua", "kaupapa Māori": names are capitalised in this text
    if len(words) == 1 and span.isupper() and len(span) >= 2:
        return False  # "COVID", "PHQ": acronyms, not people
    return not all(w in _NON_PERSON_WORDS for w in lowered)


_OBJECT_AFTER = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "your", "it", "them"}
)


def _imperative(text: str, start: int, end: int) -> bool:
    """A name-like word opens its sentence and a determiner follows ("Mark the date")."""
    before = text[max(0, start - 3) : start]
    opens = start == 0 or bool(re.search(r"(?:[.!?]\s+|\n\s*)$", before))
    after = re.match(r"[ \t]+([a-z]+)", text[end : end + 12])
    return opens and after is not None and after.group(1) in _OBJECT_AFTER
