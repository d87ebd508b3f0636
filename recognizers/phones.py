"""Phone numbers and extensions in US/Canadian, UK, Australian and New Zealand formats."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from recognizers.entities import PHONE

#: An optional extension after a number: "ext. 45", "x2208", "extension 3".
_EXT = r"(?:,?\s?(?i:ext\.?|extension|x)\s?\d{1,5}\b)?"
#: Nothing digit-like may touch a number on either side (keeps spans off IDs and dates).
_START = r"(?<![\w+.#/-])"
_END = r"(?!(?!x\d|ext)\w|[.-]\d)"


class PhonePatternRecognizer(PatternRecognizer):
    """Phone numbers Presidio's phonenumbers-based recognizer misses.

    Covers fictional-range numbers (555-01xx), local formats with spaces or dots, and
    bare extensions. Public helplines (988, 1737, 116 123, 741741) are too short for
    any pattern here and stay unflagged.
    """

    PATTERNS = [
        Pattern(
            "US/CA number (strong)",
            rf"{_START}(?:\+?1[\s.-]?)?(?:\([2-9]\d{{2}}\)\s?|[2-9]\d{{2}}[\s.-])\d{{3}}[\s.-]\d{{4}}{_END}{_EXT}",
            0.7,
        ),
        Pattern(
            "international number (strong)",
            rf"(?<![\w+])\+[1-9]\d{{0,2}}[ .-]?(?:\(0\)\s?)?\(?\d{{1,4}}\)?"
            rf"(?:[ .-]?\d{{2,6}}){{1,4}}{_END}{_EXT}",
            0.75,
        ),
        Pattern("UK mobile (strong)", rf"{_START}07\d{{3}}\s?\d{{3}}\s?\d{{3}}{_END}", 0.7),
        Pattern(
            "UK landline (medium)",
            rf"{_START}0[1-9]\d{{2,3}}\s\d{{3,4}}\s?\d{{3,4}}{_END}{_EXT}",
            0.55,
        ),
        Pattern(
            "AU/NZ area code in brackets (strong)",
            rf"{_START}\(0\d\)\s?\d{{3,4}}[\s-]?\d{{4}}{_END}",
            0.7,
        ),
        Pattern("AU mobile (strong)", rf"{_START}04\d{{2}}\s?\d{{3}}\s?\d{{3}}{_END}", 0.7),
        Pattern("NZ mobile (strong)", rf"{_START}02[0-9]\s?\d{{3,4}}\s?\d{{3,4}}{_END}", 0.6),
        # any grouping of 7-12 digits right after a phone word ("Phone: 60-56-85-91")
        Pattern(
            "digit groups after a phone word (medium)",
            rf"(?=[\d(+])(?<=\b(?i:phone|tel|telephone|mobile|cell|landline|fax|call\sme(?:\son|\sat)?|"
            rf"text\sme(?:\son|\sat)?|reach\s(?:me|her|him|them)\sat|messages\sto)\s?[:.]?\s*)"
            rf"\+?\(?\d{{2,4}}\)?(?:[ .-]?\d{{2,4}}){{1,5}}{_END}{_EXT}",
            0.6,
        ),
        Pattern(
            "US local number (medium)",
            r"(?<![\w.$-])[2-9]\d{2}-\d{4}(?![\w-]|\.\d|\s?(?i:mg|mcg|ml|kg|lbs?|steps|calories|words)\b)",
            0.45,
        ),
        Pattern(
            "Irish/NZ/SA 0XX XXX XXXX (medium)", rf"{_START}0[1-9]\d\s\d{{3}}\s\d{{4}}{_END}", 0.55
        ),
        Pattern("AU/NZ landline (medium)", rf"{_START}0[1-9]\s\d{{3,4}}\s\d{{4}}{_END}", 0.55),
        Pattern("bare extension x1234 (medium)", r"(?<![\w.-])x\d{3,5}\b", 0.5),
        Pattern(
            "bare extension ext. 12 (medium)", r"(?<![\w.-])(?i:ext\.?|extension)\s?\d{1,5}\b", 0.6
        ),
    ]

    CONTEXT = ["phone", "mobile", "cell", "call", "text", "landline", "ring", "number", "tel"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=PHONE,
            name="PhonePatternRecognizer",
            patterns=self.PATTERNS if patterns is None else patterns,
            context=self.CONTEXT if context is None else context,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check the digit count of a full number.

        Returns:
            False when a number (not a bare extension) has fewer than 7 or more than 15
            digits before any extension (drops it); None otherwise (keeps the score).
        """
        main = regex.split(r"(?i)ext|x", pattern_text, maxsplit=1)[0]
        digits = sum(c.isdigit() for c in main)
        if digits == 0:  # a bare extension
            return None
        if not 7 <= digits <= 15:
            return False
        return None
