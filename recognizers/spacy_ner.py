"""spaCy's named entities (people, places, organisations, NORP), without its dates."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from recognizers.allow_list import read_word_list
from recognizers.nrp import is_nrp_use, nrp_terms
from recognizers.organizations import (
    GENERIC_ORGS,
    OrganizationRecognizer,
    is_generic_name,
    is_method_program,
)
from recognizers.person_filter import plausible_person
from recognizers.places import PUBLIC_EVENT_BEFORE, gazetteer

#: Citation-like "Surname & Surname" (authors, not firms).
_CITATION = re.compile(
    r"^[A-Z][\w'’-]+(?:,? [A-Z][\w'’-]+)*,? (?:&|and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?$"
)
#: After a span: a year or "et al." (a citation), or "'s model/theory".
_CITED_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:\(\s*\d{4}|,\s*\d{4}|et al\b)"
    r"|^['’]s\s+(?:[\w-]+\s+){0,2}(?:model|theory|work|framework|protocol|approach|method|scale|stages)\b"
)
#: Words that make a capitalised phrase a method, measure or guideline, not an organisation.
_METHOD_WORDS = re.compile(
    r"\b(?:Therapy|Interviewing|Metric|Checkup|Check-up|Scale|Inventory|Questionnaire|"
    r"Protocol|Standards|Guidelines|Model|Method|Approach|Technique|Training|Index)\b"
)
#: Before a span: widely known public events ("the fall of Saigon").
#: "Tamsin County Superior Court": the county is the identifier, the court is generic.
_COUNTY_COURT = re.compile(
    r"^(.+ County)\s+(?:Superior|District|Circuit|Family|Youth|Juvenile|Probate)?\s*Court$"
)
_FIRM_WORDS = re.compile(r"\b(?:Sons|Co|Company|Partners|Associates|LLP|Spencer|Johnson)\b")
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_NRP_TAGS = frozenset({"NNP", "NNPS", "JJ", "NNS"})
#: Nationality-like endings ("Slovenian", "Chechen", "Danish", "Saudis"), for words not in our list.
_DEMONYM = re.compile(r"(?:an|ians?|ese|ish|is|ic|er|ers|ans|en|ch|i)$")


@cache
def _not_entities() -> frozenset[str]:
    return frozenset(read_word_list("spacy_ner_not_entities.txt"))


@cache
def _military() -> frozenset[str]:
    return frozenset(OrganizationRecognizer.MILITARY)


class ClinicalSpacyRecognizer(SpacyRecognizer):
    """Presidio's spaCy recognizer limited to the labels that suit clinical prose.

    spaCy's DATE covers durations and clinical timing ("for 3 weeks", "12 sessions"),
    which are not identifiers; ``recognizers.dates`` finds calendar references instead.
    Place, organisation and NORP spans are cleaned: clinical acronyms, section words,
    citations and generic services are dropped; states and countries become LOCATION
    with kind "quasi"; military branches are "quasi"; cities spaCy calls ORG become
    LOCATION.
    """

    ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION", "NRP"]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES))
        self.name: str = "ClinicalSpacyRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """spaCy's entities, less spans that are clearly not identifiers."""
        results = super().analyze(text, entities, nlp_artifacts)
        doc = getattr(nlp_artifacts, "tokens", None) if nlp_artifacts is not None else None
        out = []
        for r in results:
            if r.entity_type == "PERSON":
                if plausible_person(text, r.start, r.end):
                    out.append(r)
                continue
            cleaned = self._clean(text, r, doc)
            if cleaned is not None:
                out.append(cleaned)
        return out

    def _clean(self, text: str, r: RecognizerResult, doc: object) -> RecognizerResult | None:
        """The adjusted place/organisation/NORP result, or None to drop it."""
        start, end = _tidy(text, r.start, r.end)
        if end <= start:
            return None
        r.start, r.end = start, end
        span = text[start:end]
        if span in _not_entities() or span in GENERIC_ORGS:
            return None
        if _CITED_AFTER.match(text[end:]) or PUBLIC_EVENT_BEFORE.search(
            text[max(0, start - 30) : start]
        ):
            return None
        if r.entity_type == "NRP":
            words = set(re.split(r"[\s-]+", span))
            known = (
                bool(words & nrp_terms()) or span in nrp_terms() or span.rstrip("s") in nrp_terms()
            )
            demonym = bool(_DEMONYM.search(span)) and _is_proper(doc, start, end, _NRP_TAGS)
            if not (known or demonym) or not is_nrp_use(text, start, end, weak_ok=True):
                return None
            return _with_kind(r, "quasi")
        if span in nrp_terms() and is_nrp_use(text, start, end, weak_ok=True):
            r.entity_type = "NRP"  # "Pākehā" tagged ORG: an ethnicity
            return _with_kind(r, "quasi")
        if _CITATION.match(span) and not _FIRM_WORDS.search(span):
            return None
        if _METHOD_WORDS.search(span):
            return None
        if " " not in span and text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return None  # "(Bowlby)": a citation in brackets
        county = _COUNTY_COURT.match(span)
        if county:
            r.end = start + county.end(1)
            r.entity_type = "LOCATION"
            return _with_kind(r, "direct")
        if (
            " " not in span
            and _sentence_initial(text, start)
            and not span.isupper()
            and not _is_proper(doc, start, end)
        ):
            return None  # a capitalised common word opening a line ("Relocated", "Severe")
        if r.entity_type in ("ORGANIZATION", "LOCATION") and is_generic_name(span):
            return None  # "the Intake", "Church", "the Food Bank": a kind of service
        gaz = gazetteer()
        if gaz.is_region(span) and not gaz.is_city(span):
            r.entity_type = "LOCATION"
            return _with_kind(r, "quasi")
        if r.entity_type == "ORGANIZATION":
            if span in _military():
                return _with_kind(r, "quasi")
            if is_generic_name(span) or is_method_program(span.removeprefix("the ")):
                return None
            if gaz.is_city(span):
                r.entity_type = "LOCATION"
        return _with_kind(r, "direct")


def _with_kind(r: RecognizerResult, kind: str) -> RecognizerResult:
    meta = dict(r.recognition_metadata or {})
    meta["kind"] = kind
    r.recognition_metadata = meta
    return r


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a span at a line break and trim bullets, brackets and trailing punctuation."""
    span = text[start:end]
    if "\n" in span:
        end = start + span.index("\n")
        span = text[start:end]
    lead = len(span) - len(span.lstrip("•*-–—·:;,( \t"))
    start += lead
    span = span[lead:]
    stripped = span.rstrip(" \t(,;:")
    # "Eastmarch State University CAPS": a generic service name glued to the real one
    words = stripped.split(" ")
    while len(words) > 1 and (
        words[-1].rstrip(".") in _not_entities() or words[-1].rstrip(".") in GENERIC_ORGS
    ):
        words.pop()
    return start, start + len(" ".join(words))


def _sentence_initial(text: str, start: int) -> bool:
    """True when only a line start, sentence end, bullet or heading colon precedes ``start``."""
    before = text[max(0, start - 4) : start]
    return not before.strip() or bool(re.search(r"(?:^|[.!?:;•*\n-])\s*$", before))


def _is_proper(doc: object, start: int, end: int, tags: frozenset[str] = _PROPER_TAGS) -> bool:
    """True unless spaCy tagged the single token as something other than a proper noun."""
    char_span = getattr(doc, "char_span", None)
    if char_span is None:
        return True
    span = char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return True
    tag = span[0].tag_
    return not tag or tag in tags
