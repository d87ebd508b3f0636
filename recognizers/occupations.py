"""Occupations, ranks and fields of study of the client or family (quasi)."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import OCCUPATION
from recognizers.places import UPPER, _alternation, make_result

#: Most modifiers before a head noun ("county road maintenance supervisor" has three).
MAX_MODIFIERS = 4

_WORD = re.compile(r"[\w'’&/-]+|[^\w\s]")
#: Verbs before "a/an" that say what the person is ("is a", "works as a").
_IS_VERB = frozenset(
    ["is", "was", "as", "became", "become", "becomes", "been", "be", "being", "remains"]
    + ["remained", "also", "now", "still", "once", "formerly", "previously", "'s", "’s"]
)
#: Before "a/an": words that make the phrase say what the person is ("is a", ", a").
_IS_A = _IS_VERB | frozenset(["and", ",", "(", ":", ";", "–", "—", "-"])
#: Modifiers that alone say the phrase is someone's (past) job.
_TENURE = frozenset(
    ["former", "retired", "ex", "ex-", "onetime", "one-time", "lifelong", "veteran"]
)
_AGE = re.compile(r"^(?:\d{1,3}-?(?:year|yr)s?-?old|\d{1,3}(?:y/?o|yo)|\d{1,3})$", re.IGNORECASE)
_MOS = re.compile(r"^\d{4}$")
#: After the head: employer ("at Quillfeather", "for a regional shipping contractor").
_EMPLOYER_AFTER = re.compile(rf"^[ \t]+(?:at|for|with)[ \t]+(?:the[ \t]+)?[{UPPER}0-9]")
_EMPLOYER_PHRASE = re.compile(
    r"^[ \t]+(?:for|with)[ \t]+(?:a|an)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?"
    r"(?:contractor|company|firm|agency|business|charity|nonprofit|non-profit|startup|"
    r"airline|bank|restaurant|hospital|clinic|school|university|council|ministry|newspaper|"
    r"magazine|station|network|factory|plant|mine|farm|ranch|store|shop|chain|church)\b"
)
#: Fields of study: "geology major", "PhD candidate in linguistics", "majoring in history".
_STUDY = re.compile(
    r"\b(?:(?:[A-Za-z][\w-]*[ \t]+){1,2}major(?![ \t]+(?:depress|surgery|life|stressor|concern|"
    r"incident|trauma|event|change|loss|problem|issue|role|factor))"
    r"|(?:PhD|Ph\.D\.|doctoral|master's|masters|MSc|MA|graduate|grad|undergraduate)[ \t]+"
    r"(?:student|candidate|researcher|fellow)[ \t]+in[ \t]+[a-z][\w-]*"
    r"(?:[ \t]+(?:and[ \t]+)?(?!(?:at|in|from|with|for|and|since|who|but|on)\b)[a-z][\w-]*)?"
    r"|(?:nursing|medical|law|dental|pharmacy|veterinary|engineering|architecture)[ \t]+student"
    r"|majoring[ \t]+in[ \t]+[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)\b"
)
_NOT_MAJOR = re.compile(r"^(?:a|an|the|drum|sergeant|his|her|their|two|one)\b", re.IGNORECASE)


@cache
def _heads() -> tuple[str, ...]:
    return tuple(t for t in read_word_list("occupations_titles.txt") if not t.startswith("re:"))


@cache
def _head_regexes() -> tuple[str, ...]:
    return tuple(
        t[3:].strip() for t in read_word_list("occupations_titles.txt") if t.startswith("re:")
    )


@cache
def _clinical() -> frozenset[str]:
    return frozenset(t.lower() for t in read_word_list("occupations_clinical_roles.txt"))


@cache
def _stop() -> frozenset[str]:
    return frozenset(read_word_list("occupations_stopwords.txt"))


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """True when the title is the whole line (a signature block or résumé heading)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip() and line_start > 0


class OccupationRecognizer(EntityRecognizer):
    """Job titles from ``data/occupations_titles.txt`` with their modifiers, in job context.

    A head noun counts when the sentence says it is someone's job: "is/was/works as a",
    an age before it ("a 61-year-old dairy farmer"), "former"/"retired", brackets
    ("dad (locksmith)"), or an employer after it ("courier for Tollgate Freight").
    Roles of the clinician's own team after a possessive ("her psychiatrist") or alone
    ("the therapist") are not flagged; neither is student status alone.
    """

    NAME = "OccupationRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[OCCUPATION], name=self.NAME)

    def load(self) -> None:
        """Compile the head-noun and industry patterns."""
        industries = _alternation(read_word_list("occupations_industries.txt"))
        self._industry = re.compile(
            rf"\b(?i:works?|worked|working|employed|career|job|jobs)[ \t]+(?:[a-z]+[ \t]+)?"
            rf"(?:in|for)[ \t]+((?:{industries}))(?![\w-])"
        )
        self._head = re.compile(
            rf"(?<![\w-])(?i:{'|'.join(_head_regexes())}|{_alternation(list(_heads()))})(?![\w-])"
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Occupation spans in ``text``."""
        out = []
        for m in self._head.finditer(text):
            span = self._job_span(text, m.start(), m.end())
            if span is not None:
                out.append(
                    make_result(
                        OCCUPATION,
                        span[0],
                        span[1],
                        0.6,
                        self.NAME,
                        "job title in job context (medium)",
                        "quasi",
                    )
                )
        for m in self._industry.finditer(text):
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(1),
                    m.end(1),
                    0.5,
                    self.NAME,
                    "line of work (medium)",
                    "quasi",
                )
            )
        for m in _STUDY.finditer(text):
            if not _NOT_MAJOR.match(m.group(0)):
                out.append(
                    make_result(
                        OCCUPATION,
                        m.start(),
                        m.end(),
                        0.6,
                        self.NAME,
                        "field of study (medium)",
                        "quasi",
                    )
                )
        return out

    def _job_span(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the occupation around a head noun, or None when not a job."""
        head = text[start:end].lower()
        before = text[max(0, start - 120) : start]
        tokens = [(mm.start() + max(0, start - 120), mm.group()) for mm in _WORD.finditer(before)]
        first = start
        mods: list[str] = []
        i = len(tokens) - 1
        used_and = False
        while i >= 0 and len(mods) < MAX_MODIFIERS:
            pos, tok = tokens[i]
            low = tok.lower()
            if (
                low in ("and", "&")
                and mods
                and not used_and
                and i > 0
                and tokens[i - 1][1].lower() not in _stop()
                and tokens[i - 1][1][0].isalpha()
            ):
                used_and = True
                i -= 1
                continue
            if _MOS.match(tok) and not mods:
                mods.append(tok)
                first = pos
                i -= 1
                break
            if not tok[0].isalpha() or low in _stop():
                break
            if low.endswith(("'s", "’s")):
                break  # "her psychiatrist", "Dev's employer"
            mods.append(low)
            first = pos
            i -= 1
        prev = tokens[i][1].lower() if i >= 0 else ""
        prev2 = tokens[i - 1][1].lower() if i >= 1 else ""
        prev3 = tokens[i - 2][1].lower() if i >= 2 else ""
        clinical = head in _clinical() or (mods and f"{mods[0]} {head}" in _clinical())
        after = text[end : end + 80]
        if prev in ("i'm", "i’m") or prev2 in ("i'm", "i’m") or (prev2 == "i" and prev3 == ""):
            return None  # the presenting clinician's own job
        if (prev in ("a", "an") and prev2 in ("i", "i'm", "i’m")) or (
            prev in ("a", "an") and prev2 in ("am", "was") and prev3 == "i"
        ):
            return None
        strong = weak = False
        if any(m in _TENURE for m in mods) or any(_MOS.match(m) for m in mods):
            strong = True
        elif prev in ("a", "an"):
            strong = (
                prev2 in _IS_VERB
                or bool(_AGE.match(prev2))
                or (prev2 == "," and prev3.isdigit())
                or prev2.endswith(("'s", "’s"))  # "she's a nurse", "mom's a teacher"
            )
            weak = prev2 in _IS_A or prev2 == ""
        elif _AGE.match(prev) and prev2 in ("a", "an", ",", "", "(") or prev.endswith("-old"):
            strong = True
        elif prev == "the":
            strong = prev2 in ("is", "was", "as", "became", "remains")
            weak = prev2 == ","
        elif prev == "as":
            weak = prev2 not in ("such", "same", "well", "known", "seen", "just")
        elif prev == "(" or (
            prev == ":" and prev2 in ("occupation", "job", "employment", "profession", "work")
        ):
            weak = True
        elif _alone_on_line(text, first, end):
            weak = True  # a signature or résumé line: "Jane Doe\nSenior Data Engineer\n"
        elif prev in (",", "–", "—", "-", "•", "") and _EMPLOYER_AFTER.match(after):
            weak = True
        if prev in ("a", "an") and prev2 in (
            "by",
            "saw",
            "sees",
            "seeing",
            "see",
            "to",
            "with",
            "from",
        ):
            strong = weak = False  # "referred by a psychiatrist": someone the client sees
        # the care team's roles ("primary clinician", "the psychiatrist on our team") need
        # a sentence that says it is the person's job
        ok = strong or (weak and not clinical)
        if not ok:
            return None
        extra = _EMPLOYER_PHRASE.match(after)
        return first, end + (extra.end() if extra else 0)
