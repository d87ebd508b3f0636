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
_EMPLOYER_AFTER = re.compile(rf"^[ \t]+(?:at|for|with|out[ \t]+of)[ \t]+(?:the[ \t]+)?[{UPPER}0-9]")
#: After a head with no article ("has been senior pastor at ..."): the phrase ends there.
_PHRASE_END = re.compile(
    r"^(?:[ \t]*(?:[,.;:)!?\n–—]|$)|[ \t]+(?:at|for|with|in|on|of|and|since|until|from|out)\b)"
)
#: "lecturer in social anthropology", "professor of history": the field goes with the title.
_FIELD_HEADS = frozenset(
    ["lecturer", "professor", "researcher", "scientist", "teacher", "tutor", "fellow"]
    + ["instructor", "reader", "postdoc", "student", "candidate", "specialist"]
)
_FIELD_AFTER = re.compile(
    r"^[ \t]+(?:in|of)[ \t]+(?!(?:the|a|an|his|her|their)\b)[a-z][\w-]*"
    r"(?:[ \t]+(?!(?:at|in|from|with|for|and|or|since|who|which|that|where|when|but|on|to|as"
    r"|there|here|now|then|too|also|until|full-time|part-time|since)\b)[a-z][\w-]*){0,2}"
)
#: Words for "I" that make the title the presenting clinician's own ("so am I, as a ...").
_FIRST_PERSON = frozenset(["i", "i'm", "i’m", "me", "myself", "i've", "i’ve", "i'd", "i’d"])
#: Words that make "be a doctor" a wish or a possibility, not a job held.
_MODAL = frozenset(
    ["will", "would", "could", "should", "might", "may", "can", "must", "to", "'ll", "’ll"]
    + ["wants", "want", "wanted", "hopes", "hoped", "dreams", "never"]
)
#: Heads too vague to be an occupation without a modifier ("a contractor", "a worker").
_VAGUE_HEADS = frozenset(
    ["contractor", "worker", "employee", "freelancer", "temp", "staffer", "volunteer"]
)
#: Modifiers that make "vet" a veteran ("a combat vet", "an Army vet").
_VETERAN_MODIFIERS = frozenset(
    ["combat", "army", "navy", "marine", "marines", "military", "war", "vietnam", "iraq"]
    + ["afghanistan", "gulf", "korea", "korean", "disabled", "air", "force", "usmc", "wwii"]
)
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
_NOT_MAJOR = re.compile(r"^(?:drum|sergeant|two|one)\b", re.IGNORECASE)


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


@cache
def _people() -> frozenset[str]:
    """Person and kin words ("mom", "her husband") whose appositive is their job."""
    return frozenset(read_word_list("ages_subjects.txt"))


@cache
def _teaching() -> re.Pattern[str]:
    """ "teaches maths", "taught Year 9 science": what someone teaches is their job."""
    fields = _alternation(read_word_list("occupations_fields.txt"))
    return re.compile(
        rf"\b(?:teaches|taught|teaching)[ \t]+(?:(?:high[ \t]+school|primary|secondary"
        rf"|middle[ \t]+school|elementary|(?i:year|grade)[ \t]+\d{{1,2}}|GCSE|A-level)[ \t]+)?"
        rf"(?i:{fields})(?![\w-])"
    )


@cache
def _programme_switch() -> re.Pattern[str]:
    """ "switched from Life Sci to Media Studies": both programmes are fields of study."""
    fields = _alternation(read_word_list("occupations_fields.txt"))
    field = rf"(?:[{UPPER}][\w.&-]*(?:[ \t]+[{UPPER}][\w.&-]*){{0,2}}|(?:{fields})(?![\w-]))"
    return re.compile(
        rf"\b(?:switched|changed|transferred|moved)[ \t]+(?:(?:programs?|programmes?|majors?"
        rf"|courses?|degrees?)[ \t]+)?from[ \t]+({field})(?:[ \t]*\([^)\n]{{0,60}}\))?"
        rf"[ \t]+(?:in(?:to)?|to)[ \t]+({field})"
    )


def _person_before(tokens: list[tuple[int, str]], k: int) -> bool:
    """True when the comma at ``tokens[k]`` follows a person: an age ("Eleni (49),", "Jo, 24,")
    or a kin word a few words back ("mom Dana Albrecht,"), so what follows is their job."""
    j = k - 1
    closed = j >= 0 and tokens[j][1] == ")"
    if closed:
        j -= 1
    if j >= 1 and _AGE.match(tokens[j][1]):
        # "(49)," or "(35," or ", 24,": the number stands alone, not a score ("(emotional 8),")
        return tokens[j - 1][1] == "(" or (not closed and tokens[j - 1][1] == ",")
    for jj in range(k - 1, max(-1, k - 5), -1):
        tok = tokens[jj][1]
        if tok.lower() in _people():
            return True
        if not tok[0].isalpha():
            return False
    return False


def _first_person_before(tokens: list[tuple[int, str]], i: int) -> bool:
    """True when "I" opens the clause just before a title ("so am I as a ..."), with no
    other person, name or comma between."""
    for j in range(i, max(-1, i - 5), -1):
        tok = tokens[j][1]
        low = tok.lower()
        if low in _FIRST_PERSON:
            return True
        if tok == "," and j > 0 and tokens[j - 1][1].lower() in _FIRST_PERSON:
            return True  # "I, as a psychologist, ..."
        if not tok[0].isalpha() or low in _people() or (tok[0].isupper() and low != "i"):
            return False
        if low in ("he", "she", "they", "his", "her", "their", "him", "them", "who", "you"):
            return False
    return False


def _study_start(m: re.Match[str]) -> int | None:
    """Where a field-of-study match really starts: "as a nursing major" -> "nursing major".

    Returns None when no field word is left before "major" ("is a major").
    """
    if not re.search(r"\bmajor\b", m.group(0)) or m.group(0).lower().startswith("majoring"):
        return m.start()
    words = list(re.finditer(r"[\w'’-]+", m.group(0)))
    start = None
    for w in words:
        if w.group().lower() == "major":
            break
        start = (
            None if w.group().lower() in _stop() else (start if start is not None else w.start())
        )
    return None if start is None else m.start() + start


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
            start = _study_start(m)
            if start is not None and not _NOT_MAJOR.match(text[start : m.end()]):
                out.append(
                    make_result(
                        OCCUPATION,
                        start,
                        m.end(),
                        0.6,
                        self.NAME,
                        "field of study (medium)",
                        "quasi",
                    )
                )
        for m in _teaching().finditer(text):
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(),
                    m.end(),
                    0.6,
                    self.NAME,
                    "subject taught (medium)",
                    "quasi",
                )
            )
        for m in _programme_switch().finditer(text):
            for g in (1, 2):
                out.append(
                    make_result(
                        OCCUPATION,
                        m.start(g),
                        m.start(g) + len(m.group(g).rstrip(".")),
                        0.5,
                        self.NAME,
                        "programme switched (medium)",
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
        last = head.split()[-1]
        if re.match(r"^[ \t]*[=:]?[ \t]*\d", after):
            return None  # "teacher 17": a rater's score, not a job
        if last in _VAGUE_HEADS and not mods and " " not in head:
            return None  # "a contractor", "a worker": not a trade or profession by itself
        if last == "vet" and any(m in _VETERAN_MODIFIERS for m in mods):
            return None  # "a combat vet" is a veteran
        if _first_person_before(tokens, i):
            return None  # "so am I, as a white therapist": the clinician's own job
        if prev in ("a", "an") and prev2 in ("be", "become") and prev3 in _MODAL:
            return None  # "so you could be a doctor": a hope, not a job held
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
                or (prev2 == "," and _person_before(tokens, i - 1))
                or prev2.endswith(("'s", "’s"))  # "she's a nurse", "mom's a teacher"
            )
            weak = prev2 in _IS_A or prev2 == ""
        elif _AGE.match(prev) and prev2 in ("a", "an", ",", "", "(") or prev.endswith("-old"):
            strong = True
        elif prev == "," and _person_before(tokens, i):
            strong = True  # "Khoa (35, firmware engineer)", "mom Dana, peds nurse at ..."
        elif prev == "the":
            strong = prev2 in ("is", "was", "as", "became", "remains")
            weak = prev2 == ","
        elif prev in ("is", "was", "been", "became", "becomes", "remains", "remained") and (
            _PHRASE_END.match(after)
        ):
            # "has been senior pastor at Cedar Creek", "was foreman for years"
            strong = bool(_EMPLOYER_AFTER.match(after))
            weak = True
        elif prev == "as":
            weak = prev2 not in ("such", "same", "well", "known", "seen", "just")
        elif prev == "(" or (
            prev == ":" and prev2 in ("occupation", "job", "employment", "profession", "work")
        ):
            weak = True
        elif _alone_on_line(text, first, end):
            weak = True  # a signature or résumé line: "Jane Doe\nSenior Data Engineer\n"
        elif prev in (",", "–", "—", "-", "•", "", ".", ":", ";") and _EMPLOYER_AFTER.match(after):
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
        field = _FIELD_AFTER.match(after) if last in _FIELD_HEADS else None
        if field:
            return first, end + field.end()  # "senior lecturer in social anthropology"
        extra = _EMPLOYER_PHRASE.match(after)
        return first, end + (extra.end() if extra else 0)
