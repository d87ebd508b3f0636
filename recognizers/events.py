"""Specific incidents involving the client or family: named disasters, media, contests (quasi)."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import EVENT
from recognizers.places import CAP_SEQ, NOT_PLACE, make_result

#: Clause text up to the next punctuation, letting "3 a.m." and "U.S." through.
_CLAUSE = r"(?:\b[ap]\.m\.|\b(?:[A-Z]\.){2,}|\bSt\.|[^.,;:!?\n()])"
_INCIDENT_NOUNS = (
    r"collapse|fire|wildfire|bushfire|blaze|flood|flooding|storm|hurricane|tornado|cyclone|"
    r"shooting|massacre|stabbing|crash|pile-up|derailment|explosion|bombing|attack|stampede|"
    r"earthquake|mudslide|landslide|avalanche|disaster|tragedy|accident|spill|riot|outbreak|"
    r"drowning|sinking|capsizing|shipwreck|blast|siege|standoff|lockdown"
)

_FUNCTION_WORDS = (
    r"(?:after|before|during|since|the|a|an|in|on|at|of|from|with|and|or|to|for|by|was|is|were|"
    r"had|has|his|her|their|its|that|which|who|when|while)"
)

#: (pattern name, regex); group 1 (or the whole match) is the event span.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "media appearance (medium)",
        re.compile(
            rf"\b(?:featured|profiled|interviewed|quoted|named|shown|highlighted|pictured)[ \t]+"
            rf"(?:in|on|by)[ \t]+"
            rf"(?:a|an|the)[ \t]+{_CLAUSE}{{0,80}}?\b(?:segment|profile|article|story|piece"
            rf"|documentary|"
            rf"podcast|episode|interview|report|feature|broadcast|column|show|video|spread"
            rf"|series)\b"
            rf"(?:[ \t]+(?:about|of|on)[ \t]+{_CLAUSE}{{1,80}})?"
        ),
    ),
    (
        "placing at a named competition (medium)",
        re.compile(
            rf"\b(?:placed|finished|came|won|took|earned)[ \t]+(?:\d+(?:st|nd|rd|th)|first|second"
            rf"|third|"
            rf"fourth|fifth|last|gold|silver|bronze)(?:[ \t]+place)?[ \t]+(?:at|in)[ \t]+"
            rf"(?:the[ \t]+)?{CAP_SEQ}"
        ),
    ),
    (
        "named incident (medium)",
        re.compile(
            rf"(?<![\w@/.-])((?:{CAP_SEQ})(?:[ \t]+"
            rf"(?!{_FUNCTION_WORDS}\b)[a-z][\w-]*){{0,2}}[ \t]+(?i:{_INCIDENT_NOUNS}))\b"
        ),
    ),
    (
        "incident that made the news (medium)",
        re.compile(
            rf"\b(?:the|a|an)[ \t]+[a-z][\w-]*{_CLAUSE}{{0,45}}?[ \t]+(?:that|which)[ \t]+"
            rf"(?:aired|was[ \t]+aired|was[ \t]+shown|was[ \t]+broadcast|went[ \t]+viral"
            rf"|made[ \t]+(?:the[ \t]+)?"
            rf"(?:local[ \t]+)?(?:news|headlines|papers?)|was[ \t]+(?:on|in)[ \t]+the[ \t]+"
            rf"(?:local[ \t]+)?"
            rf"(?:news|paper|papers))\b{_CLAUSE}*"
        ),
    ),
    (
        "post or video that spread (medium)",
        re.compile(
            r"\b(?i:his|her|their|a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:went[ \t]+viral"
            r"|made[ \t]+(?:the[ \t]+)?"
            r"(?:local[ \t]+|national[ \t]+|front[ \t]+page[ \t]+)?(?:news|headlines|papers?))\b"
        ),
    ),
    (
        "television appearance (medium)",
        re.compile(
            rf"\b(?:appeared|competed|was[ \t]+a[ \t]+contestant)[ \t]+on[ \t]+"
            rf"(?:the[ \t]+)?{CAP_SEQ}"
        ),
    ),
    (
        "lottery win (medium)",
        re.compile(
            r"\bwon[ \t]+(?:the[ \t]+|a[ \t]+)?(?:\$[\d,.]+[ \t]*(?:[kKmM]|million"
            r"|thousand)?[ \t]+)?"
            r"(?:lottery|jackpot|Powerball|Lotto|Mega[ \t]+Millions|sweepstakes)\b"
        ),
    ),
    (
        "public testimony (medium)",
        re.compile(
            rf"\btestified[ \t]+(?:before|at|in|to)[ \t]+(?:the[ \t]+|a[ \t]+)?{_CLAUSE}{{0,50}}"
            rf"\b(?:committee|legislature|senate|congress|parliament|assembly|council|hearing"
            rf"|inquiry|"
            rf"inquest|trial|court|board|commission|select committee)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "police or rescue incident (medium)",
        re.compile(
            rf"\b(?:found|picked[ \t]+up|arrested|stopped|detained|rescued|pulled[ \t]+over"
            rf"|airlifted)[ \t]+by[ \t]+"
            rf"(?:the[ \t]+)?(?:police|officers|deputies|RCMP|troopers|paramedics|firefighters"
            rf"|coastguard|"
            rf"coast[ \t]+guard|lifeguards|search[ \t]+and[ \t]+rescue)\b{_CLAUSE}{{0,80}}"
        ),
    ),
    (
        "death of a patient or newborn (medium)",
        re.compile(
            rf"\bthe[ \t]+death[ \t]+of[ \t]+(?:a|an|his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?"
            rf"(?:newborn|patient|baby|infant|child|student|client|passenger|pedestrian|resident"
            rf"|player)"
            rf"\b{_CLAUSE}{{0,60}}"
        ),
    ),
)


@cache
def _public() -> re.Pattern[str]:
    terms = sorted(read_word_list("events_public.txt"), key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)


class EventRecognizer(EntityRecognizer):
    """Specific, potentially newsworthy incidents: named collapses and fires, news stories,
    media features, competition placings, public testimony, police incidents.

    Widely known public events (``data/events_public.txt``: 9/11, COVID, the fall of Kabul)
    are never flagged.
    """

    NAME = "EventRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[EVENT], name=self.NAME)

    def load(self) -> None:
        """Nothing to load: patterns are module constants."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Event spans in ``text``."""
        out = []
        for name, pattern in PATTERNS:
            for m in pattern.finditer(text):
                group = 1 if pattern.groups else 0
                start, end = m.span(group)
                span = text[start:end].rstrip()
                end = start + len(span)
                first = span.split()[0] if span.split() else ""
                if name.startswith("named incident") and (
                    first.lower() in NOT_PLACE or first == "I"
                ):
                    continue
                if _public().search(span):
                    continue
                # 0.8: an event outranks the place or organisation inside it
                # ("X County Fair collapse")
                out.append(make_result(EVENT, start, end, 0.8, self.NAME, name, "quasi"))
        return out
