"""Specific incidents involving the client or family: named disasters, media, contests (quasi)."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import EVENT
from recognizers.places import CAP_SEQ, NOT_PLACE, UPPER, _alternation, gazetteer, make_result

#: Clause text up to the next punctuation, letting "3 a.m." and "U.S." through.
_CLAUSE = r"(?:\b[ap]\.m\.|\b(?:[A-Z]\.){2,}|\bSt\.|[^.,;:!?\n()])"

_FUNCTION_WORDS = (
    r"(?:after|before|during|since|the|a|an|in|on|at|of|from|with|and|or|to|for|by|was|is|were|"
    r"had|has|his|her|their|its|that|which|who|when|while)"
)
#: Words that end a location tail after an incident ("on the highway | when he was ...").
_TAIL_STOP = (
    r"(?:and|or|but|when|while|that|which|who|where|after|before|during|since|because|was|is|"
    r"were|are|had|has|have|he|she|they|it|we|i|you|his|her|their|its|with|as|so|then|in|on|at|"
    r"of|to|for|by|from|last|this|next|years?|months?|weeks?|days?|ago|him|them|me|us|everyone|"
    r"everything|left|took|made|hit|broke|tore|shook|put|sent|kept|lost|cost|gave|got|saw|came|"
    r"went|became|[a-z]{3,}ed|[a-z]{3,}ly|mornings?|afternoons?|evenings?|nights?|weekends?|past|"
    r"end|middle|beginning|start)"
)
#: Places after at/on that are everyday settings, not where a notable incident happened.
_EVERYDAY = r"(?:work|home|school|night|times?|once|first|all|least|most|some|the[ \t]+time)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19|20)\d{2}"


def _words(name: str) -> str:
    """A data list as a longest-first alternation (flexible inner spaces)."""
    return _alternation(read_word_list(name))


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(pattern name, regex); group 1 (or the whole match) is the event span."""
    heads = rf"(?:{_words('events_incidents.txt')})(?:e?s)?"
    named_heads = rf"(?:{heads}|(?:{_words('events_incidents_named.txt')})s?)"
    not_after = rf"(?![ \t]+(?:{_words('events_not_after_head.txt')})\b)(?![\w-])"
    figurative = _words("events_figurative_modifiers.txt")
    #: Vague words may stand before the head but do not alone make it specific.
    vague = rf"(?:(?!(?:{figurative})\b)(?:{_words('events_vague_modifiers.txt')}))"
    #: A specifying modifier: a lower-case word that is not a function word, vague or
    #: figurative ("a sugar crash").
    spec = rf"(?!(?:{_FUNCTION_WORDS}|{vague}|{figurative})\b)[a-z][\w-]*"
    #: Where it happened: "on the highway", "at her school", "in Kandahar", "near Oakvale".
    tail = (
        rf"[ \t]+(?:(?:on|at|near|outside|off|along|behind|under)[ \t]+"
        rf"(?:(?:the|a|an|his|her|their|our|my)[ \t]+|(?!{_EVERYDAY}\b))"
        rf"|in[ \t]+(?:(?:the|a|an)[ \t]+(?=[a-z])|(?=[{UPPER}])))"
        rf"(?!{_TAIL_STOP}\b)[\w'’-]+(?:[ \t]+(?!{_TAIL_STOP}\b)[\w'’-]+){{0,2}}"
    )
    awards = _words("events_awards.txt")
    media = _words("events_media.txt")
    return (
        (
            "media appearance (medium)",
            re.compile(
                rf"\b(?:featured|profiled|interviewed|quoted|named|shown|highlighted|pictured)"
                rf"[ \t]+(?:in|on|by|for)[ \t]+"
                rf"(?:a|an|the)[ \t]+{_CLAUSE}{{0,80}}?\b(?:segment|profile|article|story|piece"
                rf"|documentary|podcast|episode|interview|report|feature|broadcast|column|show"
                rf"|video|spread|series)\b"
                rf"(?:[ \t]+(?:about|of|on)[ \t]+{_CLAUSE}{{1,80}})?"
            ),
        ),
        (
            "placing at a named competition (medium)",
            re.compile(
                rf"\b(?:placed|finished|came|won|took|earned)[ \t]+(?:\d+(?:st|nd|rd|th)|first"
                rf"|second|third|fourth|fifth|last|gold|silver|bronze)(?:[ \t]+place)?[ \t]+"
                rf"(?:at|in)[ \t]+(?:the[ \t]+)?{CAP_SEQ}"
            ),
        ),
        (
            "named incident (medium)",
            re.compile(
                rf"(?<![\w@/.-])((?:{CAP_SEQ})(?:[ \t]+"
                rf"(?!{_FUNCTION_WORDS}\b)[a-z][\w-]*){{0,2}}[ \t]+(?i:{named_heads})){not_after}"
            ),
        ),
        (
            "incident with its year (medium)",
            re.compile(
                rf"\b((?:the[ \t]+)?{_YEAR}[ \t]+(?:{spec}[ \t]+){{0,2}}{heads}){not_after}"
                rf"|\b(the[ \t]+(?:{spec}[ \t]+){{0,2}}{heads}[ \t]+(?:of|in)[ \t]+"
                rf"(?:{_MONTH}[ \t]+)?{_YEAR})\b"
            ),
        ),
        (
            "specific incident (medium)",
            re.compile(
                rf"\b((?i:the)[ \t]+(?:{vague}[ \t]+){{0,2}}"
                rf"(?:(?:{spec}[ \t]+){{1,3}}{heads}{not_after}(?:{tail})?"
                rf"|{heads}{not_after}{tail})"
                rf"|(?i:a|an)[ \t]+(?:{vague}[ \t]+){{0,2}}(?:{spec}[ \t]+){{0,3}}"
                rf"{heads}{not_after}"
                rf"{tail})"
            ),
        ),
        (
            "legal proceeding of the person (medium)",
            re.compile(
                r"\b((?:a|the|her|his|their)[ \t]+(?:lawsuit|class[ \t]+action|complaint)[ \t]+"
                r"against[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|her[ \t]+|his[ \t]+)?[\w'’-]+"
                r"|(?:his|her|their|the|a)[ \t]+(?:[a-z-]+[ \t]+)?court[ -]martial"
                r"|(?:his|her|their)[ \t]+(?:lawsuit|inquest|tribunal(?:[ \t]+hearing)?"
                r"|sentencing(?:[ \t]+hearing)?|court[ \t]+case)"
                r"|(?:his|her|their|the|a)[ \t]+(?:murder|manslaughter|criminal|jury|fraud|assault"
                r"|rape|custody)[ \t]+(?:trial|case|hearing)"
                r"|(?:his|her|their)[ \t]+trial[ \t]+(?:for|over)[ \t]+[\w'’-]+)\b",
                re.IGNORECASE,
            ),
        ),
        (
            "prize or title won (medium)",
            re.compile(
                rf"\b(?:won|wins|winning|clinched|claimed|took[ \t]+out|received|earned"
                rf"|was[ \t]+awarded|was[ \t]+given|was[ \t]+presented[ \t]+with)[ \t]+"
                rf"(?:the|a|an|his|her|their)[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?"
                rf"(?:{awards})(?:e?s)?\b(?:[ \t]+(?:for|in|at)[ \t]+{_CLAUSE}{{1,40}}?"
                rf"(?=[.,;:!?\n()]|$|[ \t]+(?:and|but|when|which|that|last|this|in[ \t]+\d)\b))?"
                rf"|\bnamed[ \t]+(?:[\w-]+[ \t]+){{1,3}}of[ \t]+the[ \t]+(?i:year|month|season)\b",
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
                r"(?:local[ \t]+|national[ \t]+|front[ \t]+page[ \t]+)?"
                r"(?:news|headlines|papers?))\b"
            ),
        ),
        (
            "television appearance (medium)",
            re.compile(
                rf"\b(?:appeared|appears|appearing|competed|featured|was[ \t]+a[ \t]+contestant"
                rf"|was[ \t]+a[ \t]+guest)[ \t]+on[ \t]+"
                rf"(?:(?:the[ \t]+)?{CAP_SEQ}|(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?"
                rf"(?:{media})\b(?:[ \t]+(?:about|on)[ \t]+{_CLAUSE}{{1,50}}"
                rf"?(?=[.,;:!?\n()]|$|[ \t]+(?:and|but|when|which|that|last|in[ \t]+\d)\b))?)"
                rf"|\b(?:was|were|been|ended[ \t]+up|got)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?"
                rf"(?:local[ \t]+|national[ \t]+|evening[ \t]+|six[ \t]+o['’]clock[ \t]+)?"
                rf"(?:news|TV|television|radio|papers?|newspapers?)\b"
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
                rf"\btestified[ \t]+(?:before|at|in|to)[ \t]+(?:the[ \t]+|a[ \t]+)?"
                rf"{_CLAUSE}{{0,50}}"
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
        """Compile the patterns (cached per process)."""
        patterns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Event spans in ``text``."""
        out = []
        for name, pattern in patterns():
            for m in pattern.finditer(text):
                groups = [i for i in range(1, pattern.groups + 1) if m.group(i)]
                start, end = m.span(groups[0]) if groups else m.span()
                span = text[start:end].rstrip()
                end = start + len(span)
                first = span.split()[0] if span.split() else ""
                if name.startswith("named incident") and (
                    first.lower() in NOT_PLACE or first == "I" or _common_opener(text, start, span)
                ):
                    continue
                if _public().search(span):
                    continue
                # 0.8: an event outranks the place or organisation inside it
                # ("X County Fair collapse")
                out.append(make_result(EVENT, start, end, 0.8, self.NAME, name, "quasi"))
        return out


def _common_opener(text: str, start: int, span: str) -> bool:
    """True for a one-word capitalised modifier that merely opens the sentence ("Panic attacks
    began...", "House fires scare her"), unless the word is a known place."""
    words = span.split()
    if len(words) != 2 or not re.search(r"(?:^|[.!?:;•\n])\s*$", text[:start]):
        return False
    gaz = gazetteer()
    return not (gaz.is_city(words[0]) or gaz.is_region(words[0]))
