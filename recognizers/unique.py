"""Distinctive features: tattoos, vehicles, unique roles, laws, ties to the clinician, pets."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import OTHER_UNIQUE
from recognizers.places import UPPER, _alternation, make_result

_CLAUSE = r"(?:\b[ap]\.m\.|\b(?:[A-Z]\.){2,}|[^.,;:!?\n()])"
_STOP_AFTER = r"(?=[ \t]+(?:with|that|which|and[ \t]+(?:he|she|they|it|his|her))\b|[.,;:!?\n()]|$)"
_KIN = (
    r"niece|nephew|son|daughter|child|children|kids?|mother|mom|mum|father|dad|sister|brother|"
    r"wife|husband|partner|cousin|aunt|uncle|grandmother|grandfather|grandson|granddaughter|"
    r"neighbou?r|friend|in-laws?|mother-in-law|father-in-law"
)
_PET = (
    r"dog|cat|puppy|pup|kitten|horse|pony|parrot|budgie|rabbit|bunny|hamster|guinea pig|pet|"
    r"lizard|snake"
)
_SPORT_PERSON = (
    r"skater|swimmer|gymnast|runner|athlete|player|dancer|rower|cyclist|boxer|wrestler|climber|"
    r"skier|snowboarder|diver|golfer|fencer|jockey|surfer|sprinter|rider|shooter|archer|pitcher"
    r"|quarterback"
)


@cache
def _makes() -> str:
    return _alternation(read_word_list("unique_vehicle_makes.txt"))


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str], str | None], ...]:
    """(pattern name, regex, action override); group 1 (or the whole match) is the span."""
    return (
        (
            "tattoo with its place on the body (medium)",
            re.compile(
                rf"(?:\b(?:a|an|his|her|their)[ \t]+)?((?:\b(?!(?:a|an|the|his|her|their|has|have"
                rf"|had|with|and|got|gets|"
                rf"many|several|some|few|multiple|no|any|two|three|visible|old|new|more|other)\b)"
                rf"[\w'’-]+[ \t]+){{0,3}}tattoos?\b(?:[ \t]+(?:on|across|of|covering|along|down"
                rf"|over|around|"
                rf"behind|inside)[ \t]+{_CLAUSE}{{1,50}}?{_STOP_AFTER})?)",
                re.IGNORECASE,
            ),
            None,
        ),
        (
            "distinctive vehicle (medium)",
            re.compile(
                rf"\b(?:(?:a|an|his|her|their)[ \t]+)(?:(?!(?:a|an|the|his|her|their|drives|drove"
                rf"|drive|owns|owned|has|had|bought|in|of|from|since)\b)[a-z][\w-]*[ \t]+){{0,2}}"
                rf"(?:19|20)\d{{2}}[ \t]+"
                rf"(?:{_makes()})(?:[ \t]+(?!(?:painted|in|with|and|that|which|is"
                rf"|was)\b)[\w-]+){{0,2}}(?:[ \t]+(?:painted|in|with"
                rf"|wrapped)[ \t]+{_CLAUSE}{{1,30}}?{_STOP_AFTER})?"
            ),
            None,
        ),
        (
            "unique role in a group (medium)",
            re.compile(
                r"\b(?:the[ \t]+)?(?:drum[ \t]+major|valedictorian|salutatorian|head[ \t]+(?:girl"
                r"|boy)|"
                r"(?:co-)?captain|mascot|(?:homecoming|prom)[ \t]+(?:queen|king)"
                r"|student[ \t]+body[ \t]+president|"
                r"class[ \t]+president|school[ \t]+captain|head[ \t]+prefect|lead[ \t]+singer"
                r"|concertmaster|"
                r"conductor|choir[ \t]+director)[ \t]+of[ \t]+(?:the[ \t]+|their[ \t]+|his[ \t]+"
                r"|her[ \t]+)?"
                rf"{_CLAUSE}{{1,40}}?{_STOP_AFTER}"
            ),
            None,
        ),
        (
            "one of only a few (medium)",
            re.compile(
                rf"\bone[ \t]+of[ \t]+(?:only|just)[ \t]+(?:two|three|four|five|a[ \t]+few"
                rf"|a[ \t]+handful|\d+)[ \t]+{_CLAUSE}{{1,70}}"
            ),
            None,
        ),
        (
            "the only one of a kind (medium)",
            re.compile(
                r"\bthe[ \t]+only[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:person|woman|man|girl|boy|doctor"
                r"|physician|"
                r"nurse|teacher|family|student|member|kid|child|player|athlete|officer|firefighter"
                r"|pastor|"
                r"lawyer|dentist|vet|veterinarian|surgeon|midwife|pharmacist|one)\b"
            ),
            None,
        ),
        (
            "selection for a named squad (medium)",
            re.compile(
                rf"\b(?:selected|picked|chosen|drafted|named|called[ \t]+up)[ \t]+(?:for|to"
                rf"|as)[ \t]+(?:the[ \t]+)?"
                rf"{_CLAUSE}{{0,50}}?\b(?:squad|team|roster|side|program|programme|academy|camp|XV"
                rf"|XI|eleven)\b"
            ),
            None,
        ),
        (
            "competitive athlete (medium)",
            re.compile(
                rf"\b(?i:competitive|elite|nationally[ \t]+ranked|national-level|olympic"
                rf"|professional|"
                rf"semi-pro|provincial|state-level|state[ \t]+champion)[ \t]+"
                rf"(?:[\w-]+[ \t]+){{0,2}}(?:{_SPORT_PERSON})\b"
            ),
            None,
        ),
        (
            "public following (medium)",
            re.compile(
                r"\b\d[\d,.]*[ \t]*[kKmM]?\+?[ \t]+(?:followers|subscribers|listeners|fans)\b"
                r"|\b(?:viral|well-known|well known|famous|public)[ \t]+(?:TikToker|YouTuber"
                r"|influencer|streamer|"
                r"figure|personality|podcaster|blogger|account)\b"
            ),
            None,
        ),
        (
            "public-figure status (medium)",
            re.compile(
                r"\b(?:(?:former|retired|ex-)[ \t]*)?(?:NHL|NFL|NBA|MLB|MLS|WNBA|AFL|NRL"
                r"|Premier[ \t]+League|Olympic|"
                r"Paralympic|Commonwealth[ \t]+Games|World[ \t]+Cup)[ \t]+(?:[\w-]+[ \t]+)?"
                r"(?:player|athlete|goalie|"
                r"goalkeeper|quarterback|champion|medalist|medallist|swimmer|skier|rower|cyclist"
                r"|star|pitcher|coach)\b"
                r"|\b(?:(?:former|retired)[ \t]+)?(?:Olympian|Paralympian|All[ \t]+Black"
                r"|Silver[ \t]+Fern)\b"
                r"|\b(?:(?:former|retired)[ \t]+)?(?:state[ \t]+senator|state[ \t]+representative"
                r"|city[ \t]+council(?:l)?or|"
                r"mayor[ \t]+of[ \t]+[A-Z][\w-]*|news[ \t]+anchor|TV[ \t]+personality"
                r"|radio[ \t]+host|local[ \t]+celebrity)\b"
            ),
            None,
        ),
        (
            "named law (strong)",
            re.compile(rf"(?<![\w-])[{UPPER}][\w-]*(?:[ \t]+[{UPPER}][\w-]*)?['’]s[ \t]+Law\b"),
            None,
        ),
        (
            "relationship to the clinician (medium)",
            re.compile(
                rf"\b(?:he|she|they|who)[ \t]+(?:delivered|treated|taught|teaches|coached|coaches"
                rf"|married|"
                rf"baptized|baptised|babysat|babysits|tutored|tutors|employs|employed|supervised"
                rf"|operated[ \t]+on)"
                rf"[ \t]+(?:my|our)[ \t]+(?:{_KIN})\b"
                rf"|\b(?:{_KIN})[ \t]+(?:works|worked|volunteers|volunteered"
                rf"|is[ \t]+employed){_CLAUSE}{{0,40}}?"
                rf"\b(?:at|in|for|with)[ \t]+(?:our|my|this)[ \t]+(?:service|clinic|practice"
                rf"|agency|center|centre|"
                rf"office|team|program|programme|unit|hospital|school|building)\b"
                rf"|\b(?:attends|goes[ \t]+to|is[ \t]+in)[ \t]+my[ \t]+(?:church|gym|synagogue"
                rf"|mosque|temple|"
                rf"book[ \t]+club|choir|yoga[ \t]+class|(?:son|daughter)['’]s[ \t]+class)\b"
                rf"|\b(?:is|was)[ \t]+(?:my|our)[ \t]+(?:next-door[ \t]+)?(?:neighbou?r|landlord"
                rf"|dentist|hairdresser|"
                rf"mechanic|(?:son|daughter|kids?|children)['’]s[ \t]+(?:teacher|coach))\b"
            ),
            None,
        ),
        (
            "pet's name (medium)",
            re.compile(
                rf"\b(?:{_PET})[ \t]+(?:(?:she|he|they|we)[ \t]+)?(?:named|names|called"
                rf"|calls)[ \t]+([{UPPER}][a-z]+)\b"
                rf"|\b(?i:his|her|their|the[ \t]+family['’]s|my)[ \t]+(?:{_PET}),?[ \t]+"
                rf"([{UPPER}][a-z]+)\b"
            ),
            "remove",
        ),
    )


class UniqueFeatureRecognizer(EntityRecognizer):
    """Distinctive features that single a person out: tattoos, vehicles, unique roles and
    rankings, public following, named laws, relationships to the clinician, pet names.

    Pet names carry ``recognition_metadata["action"] = "remove"``.
    """

    NAME = "UniqueFeatureRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[OTHER_UNIQUE], name=self.NAME)

    def load(self) -> None:
        """Compile the patterns (cached per process)."""
        patterns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Distinctive-feature spans in ``text``."""
        out = []
        for name, pattern, action in patterns():
            for m in pattern.finditer(text):
                groups = [i for i in range(1, (pattern.groups or 0) + 1) if m.group(i)]
                start, end = m.span(groups[0]) if groups else m.span()
                span = text[start:end].rstrip()
                end = start + len(span)
                if end <= start or span.lower() in ("tattoo", "tattoos"):
                    continue  # a bare mention of tattoos does not single anyone out
                result = make_result(OTHER_UNIQUE, start, end, 0.6, self.NAME, name, "quasi")
                if action is not None:
                    result.recognition_metadata["action"] = action
                out.append(result)
        return out
