"""Street addresses, street and road names, unit numbers and postcodes."""

from __future__ import annotations

from functools import cache

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from recognizers.allow_list import read_word_list
from recognizers.entities import ADDRESS

#: Words that start a sentence or phrase but never a street name.
_STOP = (
    r"(?:The|A|An|On|In|At|Off|Near|By|To|From|And|Or|Of|For|With|Our|Her|His|Their|My|This|That)"
)
#: A compass prefix or suffix: "E. Orchard Rd", "Cobbler St W".
_DIR = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)"
#: One word of a street name: capitalized, or an ordinal ("5th Avenue").
_WORD = rf"(?!{_STOP}\b)(?:[A-Z][\w'’-]*|\d{{1,3}}(?:st|nd|rd|th))"
#: A house number: "1425", "12B", "12-14".
_NUMBER = r"\d{1,6}[A-Za-z]?(?:[-–]\d{1,6})?"
#: Units that may follow an abbreviated suffix without starting a new name ("St Apt 4B").
_UNIT = r"(?:Apt|Apartment|Unit|Suite|Ste|Flat|apt|apartment|suite|flat)"


def _alternation(words: list[str]) -> str:
    return "|".join(
        regex.escape(w).replace(r"\ ", r"\s") for w in sorted(set(words), key=len, reverse=True)
    )


def _suffixes() -> tuple[list[str], list[str]]:
    """(strong, weak) street-type words from the data file's two sections."""
    strong: list[str] = []
    weak: list[str] = []
    target = strong
    for line in read_word_list("addresses_street_suffixes.txt"):
        if line in ("[strong]", "[weak]"):
            target = strong if line == "[strong]" else weak
            continue
        target.append(line)
    return strong, weak


@cache
def _patterns() -> tuple[Pattern, ...]:
    strong, weak = _suffixes()
    locative = _alternation(read_word_list("addresses_locative.txt"))
    regions = _alternation(read_word_list("addresses_regions.txt"))
    calendar = _alternation(
        read_word_list("dates_months.txt") + read_word_list("dates_weekdays.txt")
    )
    # "St Mary's", "Dr Patel": an abbreviation followed by a capitalized word is a title
    not_title = rf"(?!\.?\s(?!{_UNIT}\b|{_DIR}\b)[A-Z][a-z])"
    name = rf"(?:{_DIR}\.?[ ])?{_WORD}(?:[ ]{_WORD}){{0,2}}"
    tail = rf"\b{not_title}(?:\s{_DIR}\b(?![\w'’]))?"
    return (
        Pattern(
            "name with street suffix (medium)",
            rf"\b(?:{_NUMBER}\s)?{name}\s(?:{_alternation(strong)}){tail}",
            0.6,
        ),
        Pattern(
            "numbered address with street suffix (strong)",
            rf"\b{_NUMBER}\s{name}\s(?:{_alternation(weak)}){tail}",
            0.7,
        ),
        Pattern(
            "street name after a locative word (medium)",
            rf"(?=[A-Z])(?<=\b(?i:{locative})\s)(?!{calendar}\b){name}"
            rf"(?:\s(?:{_alternation(strong + weak)}){tail})?",
            0.5,
        ),
        # a labelled address runs to the end of its block ("Address:\n12 Elm St\n Suite 5")
        Pattern(
            "labelled address block (medium)",
            r"(?=\S)(?<=\b(?i:address|addr\.|home\saddress|mailing\saddress|billing\saddress)\s?:\s*)"
            # the first line up to a sentence end; then short label-free lines ("Suite 5")
            r"(?:[^\n;.]|\.(?=\S))+"
            r"(?:\n[ \t]*(?=[^\s:]{1,40}(?:[ \t][^\s:]{1,40}){0,5}[ \t]*(?:\n|\Z))"
            r"[^\n:;]{1,60}?){0,5}(?=\.?[ \t]*(?:\n|\Z)|\.\s|;)",
            0.5,
        ),
        Pattern(
            "numbered address after lives at (medium)",
            r"(?=\d)(?<=\b(?i:lives|living|lived|live|resides|residing|staying)\sat\s)\d{1,6}[A-Za-z]?\s[^\n,;.()]{3,60}",
            0.5,
        ),
        Pattern(
            "street corner (medium)",
            rf"\b(?i:the\s)?corner\sof\s(?:{_NUMBER}\s)?{_WORD}"
            rf"(?:[ ](?:{_WORD}|\d{{1,5}}\.?)){{0,3}}(?:[ ][a-z]{{2,4}})?"
            rf"\sand\s(?:{_NUMBER}\s)?{_WORD}(?:[ ](?:{_WORD}|\d{{1,5}})){{0,2}}",
            0.55,
        ),
        Pattern(
            "post office box (strong)",
            r"\b(?:P\.?\s?O\.?\s?Box|PO\sBox|Post\sOffice\sBox)\s#?\d{1,6}\b",
            0.7,
        ),
        Pattern("block of a street (medium)", rf"\b\d{{2,5}}\s(?i:block)\sof\s{name}", 0.55),
        # French street types come first: "rue Saint-Denis", "4520, chemin de la Côte"
        Pattern(
            "French street name (medium)",
            r"\b(?:\d{1,5}[A-Za-z]?,?\s)?(?:rue|Rue|chemin|Chemin|boulevard|boul\.|avenue|av\.|place|Place|route|Route)\s"
            r"(?:(?:de\sla|de\sl['’]|des|du|de|d['’])\s?)?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}",
            0.55,
        ),
        Pattern("unit number (medium)", rf"\b{_UNIT}\.?\s?#?\d{{1,5}}[A-Z]?\b", 0.55),
        Pattern(
            "numbered route (medium)",
            r"\b(?:Highway|Hwy|Route|Rte|Interstate|State\sRoute|SR)\.?\s?\d{1,4}\b|\bI-\d{1,3}\b",
            0.5,
        ),
        Pattern(
            "UK postcode (medium)",
            r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b",
            0.6,
        ),
        Pattern(
            "Canadian postal code (strong)",
            r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b",
            0.7,
        ),
        Pattern(
            "ZIP or postcode after a state or 'zip' (medium)",
            rf"(?=\d)(?<=\b(?:{regions}|(?i:zip|zip\scode|postcode|post\scode|postal\scode)):?\s)\d{{4,5}}(?:-\d{{4}})?\b",
            0.6,
        ),
    )


@cache
def _not_streets() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_word_list("addresses_not_streets.txt"))


class AddressRecognizer(PatternRecognizer):
    """Street-level locations: "88 Quarry St", "Apt. 7C", "Bellbird Trail", "QX4 2NP".

    Street types that also end organisation or place names ("Court", "Square", "Way")
    need a house number; any capitalized name after "lives on"/"house on" is a street.
    """

    CONTEXT = ["street", "address", "lives", "road", "avenue", "postcode", "zip"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=ADDRESS,
            name="AddressRecognizer",
            patterns=list(_patterns()) if patterns is None else patterns,
            context=self.CONTEXT if context is None else context,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Drop street names used as figures of speech.

        Returns:
            False for a listed name such as "Wall Street" or "Memory Lane" (drops it);
            None otherwise (keeps the pattern score).
        """
        if pattern_text.strip().casefold() in _not_streets():
            return False
        return None
