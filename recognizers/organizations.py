"""Employers, schools, hospitals, clinics, churches, units, teams and clubs."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import ORGANIZATION
from recognizers.places import CAP_SEQ, CAP_WORD, NOT_PLACE, _alternation, gazetteer, make_result

#: Words that alone make a name generic ("Youth & Family Clinic", "Student Wellbeing").
GENERIC_WORDS = frozenset(w.lower() for w in read_word_list("organizations_generic_words.txt"))
#: Systems, insurers and platforms that never identify a client on their own.
GENERIC_ORGS = frozenset(read_word_list("organizations_generic.txt"))
#: Words before "at/for/with <Name>" that make the name an employer, school or church.
CUES = read_word_list("organizations_cues.txt")

_ORG_SEQ = rf"(?:\d+(?:st|nd|rd|th)?[ \t]+)?{CAP_SEQ}"
_MILITARY_UNIT = (
    r"Infantry|Cavalry|Armou?r|Armou?red|Field\s+Artillery|Artillery|Aviation|Airborne|"
    r"Marines|Engineers?|Signal|Brigade|Battalion|Regiment|Division|Squadron|Fighter\s+Wing|"
    r"Wing|Combat\s+Team|Rangers?|Special\s+Forces\s+Group|Commando|Platoon|Company"
)
_MILITARY_CUE = re.compile(
    r"\b(?:rifleman|marines?|usmc|army|battalion|infantry|platoon|deployed|deployment|"
    r"squad|corporal|sergeant|lance|private|veteran|regiment|company)\b",
    re.IGNORECASE,
)


#: Suffixes of programme names; those name a method ("Safe and Together Program") unless a
#: place or an acronym in them ties them to a provider ("Nevada Nurses Assistance Program").
_PROGRAM = re.compile(r"\b(?:Program|Programme|Project|Initiative)$")


def is_method_program(name: str) -> bool:
    """True for a programme name with no place or acronym in it (a method, not a provider)."""
    if not _PROGRAM.search(name):
        return False
    gaz = gazetteer()
    words = [w.strip("'’.,()") for w in name.split()]
    return not any(
        (w.isupper() and len(w) >= 2) or gaz.is_city(w) or gaz.is_region(w) for w in words
    )


def is_generic_name(name: str) -> bool:
    """True when every word of ``name`` is generic (a service description, not a name)."""
    if name in GENERIC_ORGS:
        return True
    words = [w.strip("'’.,()").lower() for w in re.split(r"[\s&/-]+", name)]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    return all(w in GENERIC_WORDS or w in NOT_PLACE for w in words)


class OrganizationRecognizer(EntityRecognizer):
    """Named organisations: suffix patterns, context after work/school cues, units, branches.

    Military branches are ORGANIZATION with kind "quasi"; generic systems (VA, NHS,
    Medicaid), insurers and platforms are never flagged; "Fairhaven VA" is.
    """

    SUFFIXES = read_word_list("organizations_suffixes.txt")
    CONTEXT_REQUIRED = read_word_list("organizations_context_required.txt")
    MILITARY = read_word_list("organizations_military.txt")

    NAME = "OrganizationRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[ORGANIZATION], name=self.NAME)

    def load(self) -> None:
        """Compile the patterns."""
        gaz_tail = rf"(?:[ \t]+of[ \t]+{CAP_SEQ}|[ \t]+{CAP_WORD})?"
        self._suffix = re.compile(
            rf"(?<![\w@/.-])({_ORG_SEQ}[ \t]+(?:{_alternation(self.SUFFIXES)}))(?![\w'’-])"
            rf"({gaz_tail})"
        )
        self._prefix = re.compile(
            rf"(?<![\w@/.-])((?:University|College|Institute|Academy|Bank|Church|Hospital)"
            rf"[ \t]+of[ \t]+(?:the[ \t]+)?{CAP_SEQ})"
        )
        self._cue = re.compile(
            rf"(?i:\b(?:{_alternation(CUES)})\b)[^.;:\n()]{{0,60}}?\b(?:at|for|with|by|to|from"
            rf"|joined)"
            rf"[ \t]+(?:the[ \t]+)?({_ORG_SEQ})"
        )
        self._ambiguous = re.compile(
            rf"\b(?:at|for|with|by|from|joined)[ \t]+(?:the[ \t]+)?"
            rf"({_alternation(self.CONTEXT_REQUIRED)})(?![\w'’-])"
        )
        self._military = re.compile(rf"(?<![\w@/.-])({_alternation(self.MILITARY)})(?![\w'’-])")
        self._unit = re.compile(
            rf"(?<![\w/.-])(\d{{1,3}}(?:-\d{{1,3}}|st|nd|rd|th)[ \t]+(?:{_MILITARY_UNIT}))\b"
        )
        self._battalion = re.compile(r"\b(?:with|in|to|from)[ \t]+(\d/\d{1,2})(?![\w/])")
        self._company = re.compile(
            r"\b(?:at|with|from|on|to)[ \t]+((?:Engine|Ladder|Truck|Rescue|Squad|Medic|"
            r"Fire[ \t]+Station|Station)[ \t]+\d{1,3})\b"
        )
        self._court = re.compile(
            r"\b(\d{1,2}(?:st|nd|rd|th)[ \t]+(?:JDC|Judicial[ \t]+District(?:[ \t]+Court)?|"
            r"Judicial[ \t]+Circuit|Circuit[ \t]+Court|District[ \t]+Court))\b"
        )
        self._numbered = re.compile(
            rf"(?<![\w@/.-])({CAP_SEQ}[ \t]+No\.?[ \t]*\d+)(?=[ \t]+(?:mine|pit|colliery|shaft"
            rf"|plant|mill|station|school))"
        )
        self._va = re.compile(rf"(?<![\w@/.-])({CAP_WORD}[ \t]+VA)\b")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Organisation spans in ``text``."""
        gaz = gazetteer()
        found: dict[tuple[int, int], RecognizerResult] = {}

        def add(start: int, end: int, score: float, rule: str, kind: str = "direct") -> None:
            start, end = _strip(text, start, end)
            if end <= start:
                return
            name = text[start:end]
            if kind == "direct" and (is_generic_name(name) or is_method_program(name)):
                return
            key = (start, end)
            if key not in found or found[key].score < score:
                found[key] = make_result(ORGANIZATION, start, end, score, self.NAME, rule, kind)

        for m in self._suffix.finditer(text):
            end = m.end(1)
            tail = m.group(2).strip()
            if tail and (tail.startswith("of ") or gaz.is_city(tail) or gaz.is_region(tail)):
                end = m.end(2)
            add(m.start(1), end, 0.7, "name with an organisation suffix (medium)")
        for m in self._prefix.finditer(text):
            add(m.start(1), m.end(1), 0.7, "University/College of ... (medium)")
        for m in self._cue.finditer(text):
            name = m.group(1)
            first = name.split()[0]
            if first.lower() in NOT_PLACE or gaz.is_city(name) or gaz.is_region(name):
                continue
            if " " not in name and m.group(0)[: m.start(1) - m.start()].rstrip().endswith("with"):
                continue  # "works with Sarah": a colleague, not an employer
            add(m.start(1), m.end(1), 0.5, "name after a work, school or faith cue (medium)")
        for m in self._ambiguous.finditer(text):
            add(m.start(1), m.end(1), 0.6, "brand name after at/for/with (medium)")
        for m in self._military.finditer(text):
            add(m.start(1), m.end(1), 0.6, "military branch (medium)", "quasi")
        for m in self._unit.finditer(text):
            add(m.start(1), m.end(1), 0.8, "numbered military unit (strong)")
        for m in self._battalion.finditer(text):
            window = text[max(0, m.start() - 60) : m.end() + 40]
            if _MILITARY_CUE.search(window):
                add(m.start(1), m.end(1), 0.9, "battalion number with military context (strong)")
        for m in self._company.finditer(text):
            add(m.start(1), m.end(1), 0.6, "fire or ambulance company (medium)")
        for m in self._court.finditer(text):
            add(m.start(1), m.end(1), 0.7, "numbered court (medium)")
        for m in self._numbered.finditer(text):
            add(m.start(1), m.end(1), 0.75, "numbered mine or plant (medium)")
        for m in self._va.finditer(text):
            if m.group(1).split()[0].lower() not in NOT_PLACE:
                add(m.start(1), m.end(1), 0.7, "local VA facility (medium)")
        return list(found.values())


#: Leading words dropped from a name ("The", "Our", sentence-initial pronouns).
_LEADING = re.compile(r"^(?:(?:The|A|An|Our|Their|His|Her|My|This|That|At|In)\s+)+")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim leading determiners, a trailing full stop and possessive 's."""
    span = text[start:end]
    lead = _LEADING.match(span)
    if lead and lead.end() < len(span):
        start += lead.end()
        span = span[lead.end() :]
    for poss in ("'s", "’s"):
        if span.endswith(poss):
            end -= 2
            span = span[:-2]
    # "Eastmarch State University CAPS": a generic service glued to the real name
    words = span.split(" ")
    while len(words) > 1 and words[-1].rstrip(".") in GENERIC_ORGS:
        words.pop()
    if len(words) < len(span.split(" ")):
        span = " ".join(words)
        end = start + len(span)
    if span.endswith(".") and not re.search(
        r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|St|No)\.$", span
    ):
        end -= 1
    return start, end
