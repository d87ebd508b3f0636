"""Phone numbers and extensions in US/Canadian, UK, Australian and New Zealand formats."""

from __future__ import annotations

from functools import cache

import regex
from phonenumbers import re_util
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from recognizers.allow_list import read_word_list
from recognizers.entities import PHONE

#: Extension words: English "ext."/"x", French "poste", Spanish "ext."/"anexo"/"interno".
_EXT_WORD = r"(?i:ext\.?|extension|extensión|x|poste|anexo|interno|int\.)"
#: An optional extension after a number: "ext. 45", "x2208", "poste 4431".
_EXT = rf"(?:,?\s?{_EXT_WORD}\s?\d{{1,5}}\b)?"
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
            # (four digits alone are a time or a count here: "call me at 1030")
            rf"(?!\d{{4}}\b(?![ .-]\d))\+?\(?\d{{2,4}}\)?(?:[ .-]?\d{{2,4}}){{1,5}}{_END}{_EXT}",
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
        # "cell ending in 0142", "her number ends 0179": the last digits of a phone number
        Pattern(
            "last digits of a phone number (medium)",
            r"(?<=\b(?i:phone|cell|mobile|mob|landline|number|no\.)\s(?i:ending|ends)(?:\s(?i:in|with))?\s)"
            r"\d{4}\b(?![.,]\d|\s?(?i:mg|kg|ml|steps|calories|words|dollars)\b)",
            0.5,
        ),
        Pattern("bare extension x1234 (medium)", r"(?<![\w.-])x\d{3,5}\b", 0.5),
        Pattern(
            "bare extension ext. 12 (medium)",
            r"(?<![\w.-])(?i:ext\.?|extension|extensión|poste|anexo)\s?\d{1,5}\b",
            0.6,
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

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Pattern matches, without public helplines."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not is_public_helpline(text, r.start, r.end)]

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check the digit count of a full number.

        Returns:
            False when a number (not a bare extension or the last four digits of a
            number) has fewer than 7 or more than 15 digits before any extension (drops
            it); None otherwise (keeps the score).
        """
        if regex.fullmatch(r"\d{4}", pattern_text):  # "cell ending in 0179"
            return None
        main = regex.split(r"(?i)ext|x|poste|anexo|interno|int\.", pattern_text, maxsplit=1)[0]
        digits = sum(c.isdigit() for c in main)
        if digits == 0:  # a bare extension
            return None
        if not 7 <= digits <= 15:
            return False
        return None


class HelplineAwarePhoneRecognizer(PhoneRecognizer):
    """Presidio's phonenumbers-based recognizer, without public helplines.

    "Lifeline 13 11 14", "Kids Helpline 1800 55 1800" and "SADAG (0800 567 567)" are
    valid numbers to the phonenumbers library but public services, not identifiers.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        # phonenumbers compiles its metadata patterns through re's 512-entry cache, which
        # the rest of the pipeline evicts; its own cache keeps them compiled once.
        re_util.enable_pattern_cache()
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Phone numbers found by the phonenumbers library, without public helplines."""
        # Presidio annotates the parameter without Optional but defaults it to None
        results = super().analyze(text, entities, nlp_artifacts)  # type: ignore[arg-type]
        return [
            r
            for r in results
            if not is_public_helpline(text, r.start, r.end)
            and text.count("/", r.start, r.end) < 2  # "01/449120/24": a reference, not a phone
        ]


#: Toll-free and national short numbers, as bare digits: AU 13xx xx / 1300 / 1800, IE 1800,
#: UK 0800 / 0808 / 0500, NZ and ZA 0800 / 0508, US and Canada 1-8xx.
_TOLL_FREE = regex.compile(
    r"13\d{4}|1[38]00\d{6}|0(?:800|808|500|508)\d{6,7}|1?8(?:00|33|44|55|66|77|88)\d{7}"
)
#: Country codes written before a toll-free number ("+44 808...", "+1 800...").
_COUNTRY_CODE = regex.compile(r"^\+\s?(?:1|44|61|64|353|27)\b")


@cache
def _helpline_words() -> regex.Pattern[str]:
    words = read_word_list("phones_helplines.txt")
    alternation = "|".join(
        regex.escape(w).replace(r"\ ", r"\s").replace("'", "['’]?")
        for w in sorted(words, key=len, reverse=True)
    )
    return regex.compile(rf"(?i)(?<![\w-])(?:{alternation})(?![\w-])")


#: After a number: a safety-plan number kept on the client's phone or fridge.
_SAVED = regex.compile(
    r"[)\s,;]*(?i:saved|stored|(?:is\s|are\s)?(?:in|on)\s(?:her|his|their|my|the)\s(?:phone|fridge|wallet)|"
    r"card\s(?:given|provided))\b"
)


def is_public_helpline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a toll-free or short national number used as a helpline.

    The number must have a toll-free or national short-number format, and a helpline word
    or service name must come earlier on its line (within 80 characters), or a
    safety-plan phrase right after it ("... saved in her phone"). A clinic's ordinary
    number or a client's mobile never qualifies, whatever surrounds it.
    """
    number = text[start:end].strip("( )")
    number = _COUNTRY_CODE.sub("0" if not number.startswith(("+1", "+ 1")) else "", number)
    digits = regex.sub(r"\D", "", number)
    if not _TOLL_FREE.fullmatch(digits):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    return bool(_helpline_words().search(before) or _SAVED.match(text, end))
