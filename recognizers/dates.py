"""Calendar dates, holidays, seasons and anchored relative dates (years alone are quasi)."""

from __future__ import annotations

from functools import cache

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import DATE


def _alternation(words: list[str], *, flexible_space: bool = True) -> str:
    """Longest-first regex alternation of literal words (spaces match any single space)."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = regex.escape(w)
        if flexible_space:
            esc = esc.replace(r"\ ", r"[ -]").replace(r"\-", r"[ -]").replace("'", "['’]?")
        parts.append(esc)
    return "|".join(parts)


@cache
def _patterns() -> tuple[Pattern, ...]:
    months = read_word_list("dates_months.txt")
    ambiguous = set(read_word_list("dates_months_ambiguous.txt"))
    weekdays = read_word_list("dates_weekdays.txt")
    wd_abbrev = read_word_list("dates_weekday_abbrev.txt")
    holidays = read_word_list("dates_holidays.txt")
    holidays_cap = read_word_list("dates_holidays_capitalized.txt")
    not_after_lower = read_word_list("dates_not_after_lower_month.txt")
    ordinal_stop = read_word_list("dates_ordinal_not_before.txt")

    # Month names are matched case-sensitively (capitalized) or in lower case for the
    # unambiguous ones; "may"/"march" in lower case are verbs.
    month_cap = _alternation(months)
    month_lower = _alternation([m.lower() for m in months if m not in ambiguous and len(m) > 3])
    # an abbreviation's dot belongs to the date only when more of the date follows
    dot = r"(?:\.(?=\s?[\d'’,]))?"
    month = rf"(?:(?:{month_cap})|(?:{month_lower})){dot}"
    month_safe = rf"(?:{_alternation([m for m in months if m not in ambiguous])})"
    month_amb = rf"(?:{_alternation(sorted(ambiguous))})"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:(?:19|20)\d{2}|['’]\d{2})"
    phase = r"(?:(?i:early|mid|late|end\ of|beginning\ of|the\ end\ of)[ -])"
    weekday_full = rf"(?:{_alternation(weekdays)}|{_alternation([w.lower() for w in weekdays])})"
    # "Sat"/"Sun" are ordinary words, "mon" is slang: they need a date beside them
    wd_capital = _alternation([w for w in wd_abbrev if w not in ("Sat", "Sun")])
    wd_lower = _alternation([w.lower() for w in wd_abbrev if w not in ("Sat", "Sun", "Mon")])
    anchor = r"(?i:last|next|this|past|coming|this\ past)"
    time_prep = (
        r"(?i:in|on|since|by|until|till|til|from|through|thru|during|before|after|of|"
        r"last|next|this|early|mid|late|every|for|our|the|around|until|due|starting|"
        r"start|ending|end|back\ in|as\ of|sometime\ in)"
    )
    season = r"(?i:spring|summer|fall|autumn|winter)"
    # "easter" in a lower-case note is still Easter; "lent" and "family day" are words
    holiday = (
        rf"(?i:{_alternation(holidays)})"
        rf"|{_alternation(holidays_cap + [h[0].upper() + h[1:] for h in holidays_cap])}"
    )
    holiday_suffix = (
        r"(?i:long\ weekend|weekend|break|holidays?|hols|vacation|eve|day|week|term|season|"
        r"period|monday)"
    )
    # lower-case months, abbreviations included ("6 march", "in feb", "may 2027"): only
    # beside a day number, a year or a time word, and never before a verb's object
    month_any_lower = _alternation([m.lower() for m in months])
    lower_month = (
        rf"(?:{month_any_lower})(?:\.(?=\s?[\d'’,]))?"
        rf"(?!\w|\s(?:{_alternation(not_after_lower)})\b)"
    )
    # "the third week of", "two days before": a stretch of time pinned to a calendar name
    count = r"(?i:a|one|two|three|four|five|six|seven|a\ few|a\ couple\ of|several|\d{1,2})"
    ordinal = r"(?i:first|second|third|fourth|fifth|last|final|middle|1st|2nd|3rd|4th|5th|same)"
    relative = (
        rf"(?:(?i:the)\s{ordinal}\s(?i:week|weekend|fortnight|few\ days|days|half|part|"
        rf"{_alternation(weekdays)})\s(?i:of|in)"
        rf"|{count}\s(?i:days?|nights?|weeks?|weekends?|months?)\s"
        r"(?i:before|after|into|prior\ to))\s"
    )
    occasion = (
        r"(?i:(?:her|his|their|my|our|the\ client['’]s|[a-z]+['’]s)\s"
        r"(?:birthday|anniversary|wedding|due\ date|graduation|exams?|court\ date|trial|surgery))"
    )
    not_after_ordinal = rf"(?!\s+(?i:{_alternation(ordinal_stop)})\b)"
    # a number that is a dose, count or score is not a year
    not_unit = (
        r"(?!\s?(?i:mg|mcg|ml|kg|g|lbs?|calories|kcal|steps|words|people|dollars|%|percent|"
        r"hours|hrs|h|hr)\b)"
    )

    def p(name: str, rx: str, score: float) -> Pattern:
        return Pattern(name, rx, score)

    return (
        p(
            "iso date (strong)",
            r"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
            r"(?:[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)?\b",
            0.9,
        ),
        p(
            "year first numeric date (strong)",
            r"\b(?:19|20)\d{2}[/.](?:0?[1-9]|1[0-2])[/.](?:[12]\d|3[01]|0?[1-9])\b",
            0.85,
        ),
        p(
            "numeric month and year (strong)",
            r"(?<![\w./-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b",
            0.8,
        ),
        p(
            "numeric date with year (strong)",
            r"(?<![\w./-])(?:[12]\d|3[01]|0?[1-9])[/.-](?:[12]\d|3[01]|0?[1-9])[/.-](?:(?:19|20)\d{2}|\d{2})(?![\w/]|[.-]\d)",
            0.85,
        ),
        # "4/19", "28/5": a month/day pair; ratings ("7/10", "24/7", "50/50") excluded
        p(
            "numeric day/month (medium)",
            r"(?<![\w./$–-])(?<!\b(?i:rated|rates|rate|scored|score|scores|pain|suds|at|is|was|of)\s)"
            r"(?!24/7\b)(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?!/|\d|\.\d|\s?(?i:of|tablet|pills?|doses?|cups?|mg|th)\b)(?<!/10)",
            0.6,
        ),
        p(
            "month day (strong)",
            rf"\b{phase}?{month}\s{day}\b(?:,?\s(?:(?:19|20)\d{{2}}|['’]\d{{2}})\b)?(?!\s?(?:%|mg|kg|lbs?)\b)",
            0.85,
        ),
        p(
            "day month (strong)",
            rf"\b(?:the\s)?{day}\s(?:of\s)?{month}\b(?:,?\s(?:19|20)\d{{2}}\b)?",
            0.85,
        ),
        p("month year (strong)", rf"\b{phase}?{month}\s(?:of\s)?{year}\b", 0.85),
        p(
            "weekend day before a date (medium)",
            r"\b(?:Sat|Sun)\b(?:\.(?=,?\s\d))?(?=\.?,?\s\d)",
            0.6,
        ),
        # a month alone: safe names anywhere, ambiguous ones only after a time word
        p("month alone (medium)", rf"\b{phase}?{month_safe}(?!\w)", 0.6),
        p(
            "month after time word (medium)",
            rf"\b{time_prep}\s\K{phase}?{month_amb}(?![\w'’-])",
            0.6,
        ),
        p("anchored month (medium)", rf"\b{anchor}\s{month}(?!\w)", 0.7),
        # weekdays: singular names tie to a day; "every Tuesday"/"Tuesdays" recur
        p(
            "weekday (medium)",
            rf"(?<!(?i:every|each|alternate|other)\s)\b(?:{anchor}\s)?{weekday_full}"
            r"(?!s\b|\w|\s(?i:mornings|afternoons|evenings|nights)\b)",
            0.6,
        ),
        p(
            "weekday abbreviation (medium)",
            rf"(?<!(?i:every|each)\s)\b(?:{anchor}\s)?(?:{wd_capital})\b{dot}(?![\w'’-])",
            0.5,
        ),
        p(
            "lowercase weekday after time word (weak)",
            rf"\b(?i:for|on|by|before|after|until|next|this|last|see\ you|from|thru|through)\s\K"
            rf"(?:{wd_lower})\b{dot}(?![\w'’-])",
            0.5,
        ),
        p(
            "holiday (medium)",
            rf"\b(?:(?i:the\s(?:week|weekend|day|night|month|days|weeks)\s(?:after|before|of)\s))?"
            rf"(?:{anchor}\s)?(?:{month_cap}\s)?(?:{holiday})"
            rf"(?:\s{holiday_suffix})?(?:\s(?:19|20)\d{{2}})?(?![\w'’])",
            0.65,
        ),
        # "the christmas break", "the Easter holidays": the article belongs to the break
        p(
            "holiday break with article (medium)",
            rf"\b(?i:the)\s(?:{month_cap}\s)?(?:{holiday})[ -]{holiday_suffix}(?![\w'’])",
            0.65,
        ),
        p(
            "stretch of time pinned to a calendar name (medium)",
            rf"\b{relative}(?:(?i:the)\s)?(?:{holiday}"
            rf"|{phase}?(?:{month_cap}|{lower_month})(?:\s{day}\b)?"
            rf"|{occasion}\s(?i:in|on)\s(?:{month_cap}|{lower_month}|{day}\s(?:of\s)?{month_cap}))"
            r"(?![\w'’])",
            0.65,
        ),
        p(
            "lower-case month with a day (medium)",
            rf"\b(?:(?i:the)\s)?{day}\s(?:of\s)?{lower_month}(?:,?\s(?:19|20)\d{{2}}\b)?",
            0.6,
        ),
        p(
            "lower-case month before a day or year (medium)",
            rf"\b(?<!(?i:you|we|they|i|he|she|it|which|who|that)\s)(?:{month_any_lower})\.?\s"
            rf"(?:{day}\b(?:,?\s(?:19|20)\d{{2}}\b)?|(?:of\s)?{year}\b){not_unit}"
            r"(?!\s?(?:%|mg|kg|lbs?|km|miles?)\b|[.,]\d)",
            0.6,
        ),
        p(
            "lower-case month after a time word (medium)",
            rf"\b(?:(?:last|next|early|late|mid|(?:the\s)?(?:end|beginning|start|middle)\sof)[ -]"
            rf"|(?<=\b(?i:in|since|by|until|till|through|from|before|after|during|around|over)\s))"
            rf"{lower_month}",
            0.6,
        ),
        p(
            "school term number (medium)",
            r"(?<![\w-])(?<!(?i:short|long|mid|near|full|half|medium)\s)(?:(?i:the)\s)?"
            r"(?i:term|semester|trimester)\s?(?:[1-4]|(?i:one|two|three|four))\b"
            r"(?!\s?(?i:sessions?|weeks?|days?|months?|years?|times|x|%|mg|diabetes)\b|[.,]\d)"
            r"(?:\s(?i:holidays|holiday|hols|break|vacation))?",
            0.6,
        ),
        p(
            "weekday before a date (medium)",
            rf"\b(?i:{_alternation(weekdays)}|{_alternation(wd_abbrev)})\.?(?=,?\s(?:"
            rf"(?:[12]\d|3[01]|0?[1-9])[/.](?:[12]\d|3[01]|0?[1-9])\b"
            rf"|{day}\s(?:of\s)?(?:{month_cap}|{lower_month})|(?:{month_cap}|{month_any_lower})\.?\s{day}\b))",
            0.6,
        ),
        p(
            "season with year (strong)",
            rf"\b(?:{phase})?{season}(?:\s(?i:of))?\s(?:(?:19|20)\d{{2}}|['’]\d{{2}})\b",
            0.8,
        ),
        p("anchored season (medium)", rf"\b{anchor}\s{season}\b(?![\w-])", 0.6),
        p(
            "school term (medium)",
            rf"\b(?:(?i:the)\s)?(?:{month_cap}|{season}|(?i:autumn|michaelmas|lent|hilary|trinity))\s"
            r"(?i:half[- ]term|term|semester|quarter|break|holidays|hols|vacation)\b"
            r"(?:\s(?:19|20)\d{2})?",
            0.6,
        ),
        p(
            "day of the month (medium)",
            rf"\bthe\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b{not_after_ordinal}"
            r"(?!\s+of\s+(?:the|each|every)\s+month)",
            0.5,
        ),
        p(
            "year with a prefix (medium)",
            r"\b(?i:mid|early|late|pre|post)-(?:19|20)\d{2}\b(?![\w-])",
            0.55,
        ),
        p(
            "year range (medium)",
            rf"(?<![\w$£€.,/-])(?:19|20)\d{{2}}\s?[-–—]\s?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\w-]){not_unit}",
            0.6,
        ),
        p(
            "year (medium)",
            # "at 1900" is a time on the 24-hour clock
            rf"(?<![\w$£€.,/#:-])(?<!\d[ -])(?<!\b(?i:at)\s)(?:19|20)\d{{2}}"
            rf"(?![\w-]|[.,]\d|\s?[-–—/]\s?\d){not_unit}",
            0.55,
        ),
    )


#: "1/2", "3/4": in clinical notes these are fractions (doses, portions), not dates.
_FRACTIONS = {(1, 2), (1, 3), (1, 4), (2, 3), (3, 4)}

_YEAR_ONLY = regex.compile(r"^(?:(?:19|20)\d{2})(?:\s?[-–—]\s?(?:(?:19|20)\d{2}|\d{2}))?$")


class CalendarDateRecognizer(PatternRecognizer):
    """Calendar dates, holidays, seasons and anchored relative dates.

    Durations and clinical timing ("for 3 weeks", "three weeks ago", "last year",
    "twice weekly") carry no calendar name and are left alone. A year alone or a range
    of years is reported with kind "quasi"; anything more specific is direct.
    """

    CONTEXT = ["date", "meeting", "consult", "dob", "born", "since"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=DATE,
            name="CalendarDateRecognizer",
            patterns=list(_patterns()) if patterns is None else patterns,
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
        """Pattern matches, each tagged with kind "quasi" (year only) or "direct"."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            kind = "quasi" if _YEAR_ONLY.match(text[r.start : r.end]) else "direct"
            r.recognition_metadata = {**(r.recognition_metadata or {}), "kind": kind}
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check numeric day/month pairs.

        Returns:
            False when a bare "a/b" cannot be a day and month in either order, or
            is a common fraction such as "1/2" (drops it); None otherwise (keeps the
            pattern score).
        """
        m = regex.fullmatch(r"(\d{1,2})/(\d{1,2})", pattern_text)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if not ((a <= 12 and b <= 31) or (b <= 12 and a <= 31)):
                return False
            if (a, b) in _FRACTIONS:
                return False
        return None
