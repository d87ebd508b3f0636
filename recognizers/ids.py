"""Record, insurance, case, docket, plate, account and meeting numbers."""

from __future__ import annotations

from functools import cache

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import ID
from recognizers.word_trie import trie_regex

#: Letters a Medicare Beneficiary Identifier may use (no S, L, O, I, B, Z).
_MBI_L = "[AC-HJKMNP-RT-Y]"

#: Pattern names whose values may hold fewer than three digits ("OYE 38", "Fern42",
#: "abc-defg-hij"). They score 0.65, above the generic ID-word pattern, so Presidio's
#: de-duplication keeps them over a same-span generic match that ``analyze`` would then
#: drop as too short.
_PLATE = "licence plate (medium)"
_PASSCODE = "passcode (medium)"
_USERNAME = "username after a portal or login word (medium)"
_MEET_CODE = "video meeting code (medium)"
_NHI = "NHI number after its name (medium)"
#: A sort code ("20-00-00") has a date's shape; it is kept after "sort code".
_SORT_CODE = "sort code (medium)"
_SHORT_VALUES = frozenset({_PLATE, _PASSCODE, _USERNAME, _MEET_CODE, _NHI})

#: What may stand between a context word and its number: "no.", "#", "(ID", ": ", "is",
#: a table's "|", a few spaces, and a kind of card ("DVA white card", "Medicare health card").
_FILLER = (
    r"(?:\s{0,3}[(:#=–—|-]|\s(?i:no\.?|nos\.?|number|num\.?|nr\.?|#|id|is|was|card|code|ending\sin|ends\sin|ending|"
    r"last\s(?:four|4)(?:\sdigits)?(?:\sof)?|of|[a-z]+\scard)\b\.?|\s?:"
    # a province or state code before "no." ("Medicare NB no. 847 221 093")
    r"|\s[A-Z]{2,3}(?=\s(?i:no\.?|nos\.?|number|num\.?|#|card|id)(?:\b|\s)))*\s{0,3}"
)

#: Words after a number that make it a count or amount, not a record number.
_COUNT_UNIT = (
    r"(?i:days?|weeks?|months?|years?|hours?|minutes?|sessions?|times|people|calories|steps|"
    r"dollars|pounds|kg|lbs?|ml|mcg|units?|points?|words|pages|visits|feet|ft|foot|yards|metres|"
    r"meters|m|km|miles|euros|pesos|rupees|dinars|yen|bucks|quid|cents|grand|dólares|dolares|"
    r"libras)\b"
)

#: One ID value: a token holding a digit, or four letters followed by digit groups
#: ("KOTR 3318 6042"), or two digits before a longer group ("51 824 753 556", an ABN);
#: space-separated digit groups continue it ("612 7740 3385"), and a
#: court division may follow ("519-406 Div. C").
_VALUE = (
    r"(?:[A-Z]{4}(?=\s\d{4}\s?\d{4})|\d{2}(?=[ ]\d{3,}(?![.,]\d))"
    # a year, a letter code and a number: a workers' compensation or court case ("23 WC
    # 018842", "2024 CV 00917")
    r"|(?:19|20)?\d{2}[ ][A-Z]{1,4}(?=[ ]\d{4,}(?![.,]\d))"
    r"|(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-/](?=[A-Za-z0-9])){2,})"
    r"(?:[ ](?=[A-Za-z0-9]*\d)[A-Za-z0-9]{2,8}(?![\w-]))*"
    # a trailing check or issue digit ("2953 81746 1", "2953 81746 1/2", "... 1-2") before
    # punctuation or a connective
    r"(?:[ ]\d(?:[/-]\d)?(?=[;,.)\n]|$|"
    r"\s(?:and|or|but|with|which|that|is|was|exp|expires|valid|for|on|in)\b))?"
    r"(?:\s(?:Div|Sec|Part|Dept)\.?\s[A-Z0-9]{1,3}\b)?"
    rf"(?![\w-]|\.\d|\s?(?i:mg|%|percent)|\s{_COUNT_UNIT})"
)


def _context_alternation(words: list[str]) -> str:
    """Context words as a regex: all-caps acronyms match case-sensitively ("SIN", not "sin")."""
    acronyms = {w for w in words if w.isupper()}
    others = {w.lower() for w in words if not w.isupper()}
    parts = []
    if others:
        parts.append(f"(?i:{trie_regex(_context_atoms(w) for w in others)})")
    if acronyms:
        parts.append(f"(?:{trie_regex(_context_atoms(w) for w in acronyms)})")
    return "|".join(parts)


def _context_atoms(word: str) -> list[str]:
    """Regex atoms of one context word: a space matches a space or hyphen, an apostrophe
    may be curly or missing, an abbreviation's dot is optional ("Hospital no.", "UR no.")."""
    atoms = [{" ": r"[\s-]", "'": "['’]?"}.get(c) or regex.escape(c) for c in word]
    if regex.search(r"\b(?i:no|nr|num|ref)$", word):
        atoms.append(r"\.?")
    return atoms


@cache
def _patterns() -> tuple[Pattern, ...]:
    words = read_word_list("ids_context.txt")
    context = _context_alternation(words)
    acronyms = _context_alternation([w for w in words if w.isupper() and w.isalpha()])
    distant = _context_alternation(read_word_list("ids_context_distant.txt"))
    # up to four plain words between a record word and its number, within one sentence
    gap = r"(?:[\s,:]+(?![\d#])[A-Za-z'’]+){1,4}[\s,:#]+"
    # a state or service code of up to three capitals before a digit group, part of the
    # number ("NX 201734", a DVA file number), unless it is itself a record word ("MRN")
    code = (
        rf"(?:(?!(?:{context})\b)[A-Z]{{1,3}}[ ]"
        # a police station's case register number ("CAS 188/02/2024": number, month, year)
        r"(?=(?!(?:19|20)\d{2}\b)(?:\d{4,8}(?![\w.,-]|[.,]\d)"
        r"|\d{1,6}/\d{1,2}/(?:19|20)?\d{2}(?![\w/-]|[.,]\d)"
        # a court's file number and year ("FAM 123/24", "PO 2231/2023")
        r"|\d{2,6}/(?:19|20)?\d{2}(?![\w/-]|[.,]\d))))?"
    )
    return (
        Pattern(
            "number after an ID word (medium)",
            rf"\b(?:{context}){_FILLER}\K(?<![\w-]){code}{_VALUE}",
            0.6,
        ),
        # "her MRN, 00715263, is", "her AHCIP number, 55204-8813": a comma after an acronym
        # or a record word's "number", before a number of six or more characters
        # ("in this case, 12", "the NHS, 4000 staff" are counts)
        Pattern(
            "number after a record acronym and a comma (medium)",
            rf"\b(?:(?:{acronyms})|(?:{context})\s(?i:number|no\.?|#|ID)),\s\K(?<![\w-])"
            rf"(?=[A-Za-z0-9/-]*\d{{4}})(?=[A-Za-z0-9/-]{{6}}){_VALUE}",
            0.55,
        ),
        Pattern(
            "number a few words after a record word (weak)",
            rf"\b(?:{distant}){gap}\K(?<![\w-])"
            rf"(?=[A-Za-z0-9/-]*\d{{4}}|(?:\d+[ -]){{1,3}}\d){_VALUE}",
            0.4,
        ),
        # New Zealand NHI after its name: three letters and four digits, or (from 2022)
        # three letters, two digits and two letters ("ZAC12AB"); no I or O
        Pattern(
            _NHI,
            r"\bNHI(?:\s(?i:no\.?|number|#|is|was))*\s?[:#]?\s?"
            r"\K[A-HJ-NP-Z]{3}\d{2}(?:\d{2}|[A-HJ-NP-Z]{2})\b",
            0.65,
        ),
        # a UK or Irish bank sort code: three pairs of digits after "sort code"
        Pattern(
            _SORT_CODE,
            r"\b(?i:sort\s?code|NSC)(?:\s(?i:is|was|no\.?))?\s?[:#]?\s?"
            r"\K\d{2}([- ])\d{2}\1\d{2}\b(?![-\w])",
            0.7,
        ),
        # Irish PPS number: seven digits and one or two letters ("4417283KA")
        Pattern("PPS number (medium)", r"\b\d{7}[A-W][A-IW]?\b", 0.55),
        # "plate KLM-7720", "vanity plate OYE 38", "rego 1ABC234": capitals and digits
        Pattern(
            _PLATE,
            r"\b(?i:plate|plates|licence\splate|license\splate|number\splate|tag|rego|reg\.?|registration)"
            r"(?:\s(?i:no\.?|number|#|reads|reading|says|said|is|was))?\s?[:#(\"“]?\s?"
            r"\K(?=[A-Z0-9]*(?:[ -][A-Z0-9]*)?\d"
            r"|(?<=(?i:vanity|personali[sz]ed|custom)\splates?\s(?:(?i:reads|reading|says|said)\s)?))"
            # South African and some Canadian plates come in three groups ("BKT 317 GP")
            r"(?:[A-Z]{2,3}[ ]\d{2,3}[ ][A-Z]{2,3}"
            # Western Cape ("CA 123-456") and Irish plates ("191-D-4412")
            r"|[A-Z]{1,3}[ ]\d{3}[ -]\d{3}|\d{2,3}-[A-Z]{1,2}-\d{1,6}"
            r"|[A-Z0-9]{1,4}[ -][A-Z0-9]{2,4}|[A-Z0-9]{4,8})"
            r"\b(?![ -]?[A-Z0-9]{2})"
            rf"(?!\s{_COUNT_UNIT})",
            0.65,
        ),
        # "Passcode: Fern42", "password is tulip7": a meeting or account secret with a digit
        Pattern(
            _PASSCODE,
            r"(?:\b(?i:passcode|pass\scode|password|passwd|pwd|access\scode|meeting\scode)|\bPIN)"
            r"(?:\s(?i:is|was))?\s?[:=#-]?\s?\K(?=[A-Za-z0-9!@#$%&*_.-]*\d)"
            r"[A-Za-z0-9](?:[A-Za-z0-9!@#$%&*_-]|\.(?=\w)){3,23}(?![\w@])",
            0.65,
        ),
        # "messages me through the portal as jtran.parent": a portal or app login name
        Pattern(
            "username after a portal or login word (medium)",
            # (a social "username is" belongs to the handle recognizer)
            r"\b(?i:portal|mychart|patient\sapp|app|login|log-in|log\sin|logs\sin|signs\sin)"
            r"(?:\s(?i:account|name))?(?:\s?:\s?|\s(?i:as|is|under|named|called)\s|\s)"
            r"\K(?!(?i:v(?:er)?\.?)?\d+(?:\.\d+)+\b)(?=[A-Za-z0-9_-]*(?:\.\w[A-Za-z0-9_-]*)*[A-Za-z])"
            r"(?=[A-Za-z0-9-]*(?:[_\d]|\.\w))"
            r"[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?=\w)){2,40}(?![\w@/]|\.\w)",
            0.65,
        ),
        Pattern(
            "Pennsylvania-style docket (strong)",
            r"\b[A-Z]{2}-\d{2}-[A-Z]{2}-\d{5,8}-(?:19|20)\d{2}\b",
            0.85,
        ),
        Pattern(
            "Medicare Beneficiary Identifier (strong)",
            rf"\b[1-9]{_MBI_L}[{_MBI_L[1:-1]}0-9]\d-?{_MBI_L}[{_MBI_L[1:-1]}0-9]\d-?{_MBI_L}{{2}}\d{{2}}\b",
            0.85,
        ),
        Pattern(
            "OHIP number with version code (strong)",
            r"\b\d{4}[- ]?\d{3}[- ]?\d{3}[- ]?[A-Z]{2}\b",
            0.85,
        ),
        # UK National Insurance number: two letters, three pairs of digits, A–D
        Pattern(
            "National Insurance number (strong)",
            r"\b[A-Z]{2}(?:\d{6}|\s\d{2}\s\d{2}\s\d{2}\s)[A-D]\b",
            0.85,
        ),
        Pattern("RAMQ-style health number (medium)", r"\b[A-Z]{4}\s?\d{4}\s?\d{4}\b", 0.6),
        # "Client #4471", "room #402": a numbered thing is worth removing
        Pattern(
            "number after a hash sign (medium)",
            r"(?<![\w&#])#\s?(?:[A-Z]{1,3}-?)?\d{3,10}(?:-[A-Za-z0-9]{1,10})*\b(?![.,]\d)"
            # an agency's coded case number: state, agency and year codes ("#KY-DCBS-24-118273")
            r"|(?<![\w&#])#(?:[A-Z]{1,6}-){1,3}\d{2,10}(?:-[A-Za-z0-9]{1,10})*\b(?![.,]\d)",
            0.5,
        ),
        # USCIS receipt number: service-centre code and ten digits ("IOE0912345678")
        Pattern(
            "USCIS receipt number (strong)",
            r"\b(?:IOE|EAC|WAC|LIN|SRC|NBC|MSC|YSC|TSC|VSC|CSC)\d{10}\b",
            0.85,
        ),
        # New Zealand bank account: bank, branch, account, suffix ("12-3456-0123456-00")
        Pattern("NZ bank account (strong)", r"\b\d{2}-\d{4}-\d{7}-\d{2,3}\b", 0.85),
        # Google Meet code after "meet": three, four and three letters ("abc-defg-hij"),
        # not "ten-year-old"
        Pattern(
            _MEET_CODE,
            r"(?<=\b(?i:meet|meet\scode|meeting\scode|google\smeet|meet\.google\.com/)(?:[:/]\s?|\s))"
            r"(?![a-z]{3}-(?:year|week|hour|days|time|term|face|half|long|side|self|like|more)-)"
            r"(?![a-z]{3}-[a-z]{4}-(?:old|ago|day|way|off|end|out|ish|run|led|men|kid)\b)"
            r"[a-z]{3}-[a-z]{4}-[a-z]{3}\b",
            0.65,
        ),
        # "Visa ****4417", "xxxx-xxxx-4417": a masked card or account number
        Pattern(
            "masked number (medium)",
            r"(?<![\w*•])(?:(?:\*{2,}|[xX]{3,}|•{2,})[-\s]?){1,4}\d{4}\b(?![.,]\d)",
            0.6,
        ),
        # no dose, score or count runs to ten digits: a long run is an account or card number
        Pattern("long digit run (medium)", r"(?<![\w.,+-])\d{10,19}(?![\w]|[.,]\d)", 0.5),
        # US federal court case: division, year, case type, number ("3:21-cv-00418-JLR")
        Pattern(
            "US federal case number (strong)",
            r"\b\d:\d{2}-(?i:cv|cr|mj|mc|bk|ap|po|sw|md|gj)-\d{3,6}(?:-[A-Z]{1,4}){0,3}\b",
            0.85,
        ),
        # US Social Security number in its printed 3-2-4 shape
        Pattern("SSN shape (medium)", r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", 0.6),
        # a device's hardware (MAC) address: six hex pairs
        Pattern(
            "hardware address (strong)",
            r"\b[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}\b",
            0.85,
        ),
        # a US Army service number of the draft era: RA (enlisted), US (drafted), NG or ER
        # and eight digits ("US 51 302 447", "RA18276541")
        Pattern(
            "US Army service number (medium)",
            r"\b(?:RA|US|NG|ER)[ ]?\d{2}[ ]?\d{3}[ ]?\d{3}\b(?![.,]\d|\s?%)",
            0.6,
        ),
        Pattern("court case number (medium)", r"\b[A-Z]{1,4}(?:19|20)\d{2}-\d{4,8}\b", 0.6),
    )


#: A calendar date after an ID word ("file 12/3/2024") is a date, not a record number.
_DATE_LIKE = regex.compile(
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}[/-]\d{2}"
)


class ClinicalIdRecognizer(PatternRecognizer):
    """Record, insurance, case, docket, plate, account and meeting numbers.

    Numbers with a distinctive structure (docket, MBI, OHIP, RAMQ) are flagged alone;
    any other digit run only right after a word that introduces it ("MRN", "member ID",
    "plate", "passcode", "last four of SSN").
    """

    CONTEXT = ["mrn", "medicaid", "medicare", "docket", "passcode", "member", "claim", "plate"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=ID,
            name="ClinicalIdRecognizer",
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
        """Pattern matches; record numbers need three digits, plates and passcodes fewer.

        A value shaped like a date ("file 12/3/2024") is a date, except after "sort code".
        """
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            r
            for r in results
            if _long_enough(text[r.start : r.end], _pattern_name(r))
            and (_pattern_name(r) == _SORT_CODE or not _DATE_LIKE.fullmatch(text[r.start : r.end]))
        ]

    def validate_result(self, pattern_text: str) -> bool | None:
        """Drop values that are years.

        Returns:
            False for a bare year such as "1998" (drops it); None otherwise (keeps the
            score). Length and date shapes are checked in ``analyze``, where the
            pattern's name is known.
        """
        if regex.fullmatch(r"(?:19|20)\d{2}", regex.sub(r"[\s-]", "", pattern_text)):
            return False
        return None


def _pattern_name(result: RecognizerResult) -> str:
    expl = result.analysis_explanation
    return expl.pattern_name if expl and expl.pattern_name else ""


def _long_enough(value: str, pattern_name: str) -> bool:
    """Record numbers need 3 digits and 4 characters; plates, passcodes and logins 4 characters."""
    compact = regex.sub(r"[\s-]", "", value)
    if len(compact) < 4:
        return False
    return pattern_name in _SHORT_VALUES or sum(c.isdigit() for c in compact) >= 3
