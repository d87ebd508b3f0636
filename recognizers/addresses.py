"""Street addresses, street and road names, unit numbers and postcodes."""

from __future__ import annotations

import re
from functools import cache

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from recognizers.allow_list import read_word_list
from recognizers.entities import ADDRESS
from recognizers.word_trie import trie_regex

#: Words that start a sentence or phrase but never a street name.
_STOP = (
    r"(?:The|A|An|On|In|At|Off|Near|By|To|From|And|Or|Of|For|With|Our|Her|His|Their|My|This|That)"
)
#: A compass prefix or suffix: "E. Orchard Rd", "Cobbler St W".
_DIR = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)"
#: One word of a street name: capitalized, or an ordinal ("5th Avenue").
_WORD = rf"(?!{_STOP}\b)(?:[A-Z][\w'’-]*|\d{{1,3}}(?:st|nd|rd|th))"
#: A house number: "1425", "12B", "12-14", and a unit before it as Australia writes it
#: ("3/45" is unit 3 at number 45).
_NUMBER = r"(?:\d{1,4}[A-Za-z]?/)?\d{1,6}[A-Za-z]?(?:[-–]\d{1,6})?"
#: Units that may follow an abbreviated suffix without starting a new name ("St Apt 4B").
_UNIT = r"(?:Apt|Apartment|Unit|Suite|Ste|Flat|apt|apartment|suite|flat)"


def _alternation(words: list[str]) -> str:
    """Literal words as one regex trie, longest match first (a space matches any one)."""
    return trie_regex([r"\s" if c == " " else regex.escape(c) for c in w] for w in set(words))


def _suffixes() -> tuple[list[str], list[str]]:
    """(strong, weak) street-type words from the data file's two sections."""
    strong: list[str] = []
    weak: list[str] = []
    target = strong
    for line in read_word_list("addresses_street_suffixes.txt"):
        if line in ("[strong]", "[weak]"):
            target = strong if line == "[strong]" else weak
            continue
        target.append(line)
    return strong, weak


def _european_types() -> dict[str, list[str]]:
    """Street types by position ([fused], [after], [before]) from their data file."""
    sections: dict[str, list[str]] = {"fused": [], "after": [], "before": []}
    target = sections["fused"]
    for line in read_word_list("addresses_european_street_types.txt"):
        if line.startswith("[") and line.endswith("]"):
            target = sections[line[1:-1]]
            continue
        target.append(line)
    return sections


@cache
def _patterns() -> tuple[Pattern, ...]:
    strong, weak = _suffixes()
    locative = _alternation(read_word_list("addresses_locative.txt"))
    regions = _alternation(read_word_list("addresses_regions.txt"))
    calendar = _alternation(
        read_word_list("dates_months.txt") + read_word_list("dates_weekdays.txt")
    )
    states = _alternation(
        [r for r in read_word_list("addresses_regions.txt") if len(r) == 2 and r.isupper()]
    )
    # abbreviated street types in lower-case notes ("off waterworks rd"); the written-out
    # words ("way", "walk", "hill") and "dr" (doctor) or "ct" (scan) are ordinary words
    lower_abbrev = _alternation(
        [
            "rd",
            "st",
            "ave",
            "av",
            "blvd",
            "ln",
            "trl",
            "pkwy",
            "hwy",
            "cres",
            "tce",
            "terr",
            "pde",
            "cct",
            "cir",
            "sq",
            "pl",
            "esp",
        ]
    )
    # a road named by its number, after a word that places something on it
    route_prep = (
        r"(?i:on|off|along|via|onto|up|down|near|from|to|past|exit|by|at|"
        r"out\son|just\soff)"
    )
    # "St Mary's", "Dr Patel": these two abbreviations before a capitalized word are a
    # title; other street types end the name before a new sentence ("off Elm Blvd. He")
    not_title = rf"(?:(?<!\b(?:St|Dr))|(?!\.?\s(?!{_UNIT}\b|{_DIR}\b)[A-Z][a-z]))"
    name = rf"(?:{_DIR}\.?[ ])?{_WORD}(?:[ ]{_WORD}){{0,2}}"
    tail = rf"\b{not_title}(?:\s{_DIR}\b(?![\w'’]))?"
    euro = _european_types()
    cap = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
    # Spanish, Portuguese, Catalan and Italian streets named after their type, with or
    # without a house number: "Calle Ocho", "Paseo de la Reforma", "la calle 8"
    before = read_word_list("addresses_street_types_before.txt")
    before_cap = _alternation(before)
    before_lower = _alternation([w.lower() for w in before if not w.endswith(".")])
    linker = r"(?:de|del|de\sla|de\slas|de\slos|da|do|dos|das|di|della|dei|la|las|los|el|y|e)"
    named = (
        rf"(?:{linker}\s){{0,3}}(?:{cap}(?:[\w'’-]|\.(?=\w))*|\d{{1,3}}[ºª°]?(?!\w|[.,]\d|\s?(?i:mg|%)\b))"
        rf"(?:\s(?:{linker}\s)?{cap}[\w'’-]*){{0,3}}"
    )
    # UK and Irish motorways and A/B roads, Irish national and regional roads, Australian
    # M/A/B/C routes: "the A45", "M6 jct 5–6", "off the N7"; not "the A4 paper", "the M16
    # rifle" or "the N95"
    road_code = r"(?:M\d{1,3}|A\d{1,4}|B\d{3,4}|N\d{1,2}|R\d{3}|C\d{2,3})(?:\s?\(M\))?"
    junction = (
        r"(?:\s?(?i:jcts?|junctions?|jn|jnc|j)\.?\s?\d{1,3}[a-z]?"
        r"(?:\s?(?:[–-]|to|and|&)\s?(?i:j\s?)?\d{1,3}[a-z]?)?)"
    )
    road_word = (
        r"\s(?i:toll|motorway|northbound|southbound|eastbound|westbound|slip\sroad|services|"
        r"roundabout|interchange|corridor|bypass|dual\scarriageway|link\sroad|flyover|roadworks|"
        r"road\sworks|exit|turn-?off|lay-?bys?|hard\sshoulder|tailback|pile-?up)\b"
    )
    travel = (
        r"(?i:on|off|along|via|onto|up|down|near|from|to|past|by|at|across|toward|towards|over|"
        r"under|beside|round|around|beyond|join|joins|joined|joining|take|takes|took|taking|drive|"
        r"drives|drove|driving|driven|avoid|avoids|avoided|avoiding|use|uses|used|using|leave|"
        r"leaves|left|leaving|exit|exits|exited|exiting|commute|commutes|commuted|travel|travels|"
        r"travelled|traveled|cross|crosses|crossed|(?:north|south|east|west)\sof)"
    )
    not_road = (
        rf"(?!N95\b|N64\b)(?={road_code}{junction}?(?![\w(-])"
        rf"(?!\s(?i:{_alternation(read_word_list('addresses_not_road_heads.txt'))})\b))"
    )
    # a New Zealand rural delivery number in an address line: "RD 2, Te Awamutu"
    rural = r"(?:RD|R\.D\.)\s?\d{1,2}"
    # a house number after the street, not a dose or a count ("Via Roma 12", "Søndergade 52")
    house = r"\d{1,4}[a-zA-Z]?\b(?![.,]\d|\s?(?i:mg|mcg|ml|kg|%|years?|times|sessions?)\b)"
    return (
        Pattern(
            "European street and house number (medium)",
            rf"\b{cap}[\w'’-]*(?:{_alternation(euro['fused'])})\s{house}"
            rf"|\b(?!{_STOP}\b){cap}[\w'’.-]*(?:\s{cap}[\w'’.-]*){{0,2}}\s"
            rf"(?:{_alternation(euro['after'])})"
            rf"(?:(?<=\.)|\b)\s{house}"
            rf"|(?<![\w.])(?:{_alternation(euro['before'])})(?:(?<=\.)|\b)\s"
            rf"(?:(?:de|da|do|dos|das|di|dei|degli|del|della|delle|e|y|la|las|los|le|des|du)\s|{cap}[\w'’.-]*\s){{1,5}}{house}",
            0.55,
        ),
        Pattern(
            "name with street suffix (medium)",
            rf"\b(?:{_NUMBER}\s)?{name}\s(?:{_alternation(strong)}){tail}",
            0.6,
        ),
        Pattern(
            "numbered address with street suffix (strong)",
            rf"\b{_NUMBER}\s{name}\s(?:{_alternation(weak)}){tail}",
            0.7,
        ),
        Pattern(
            "street name after a locative word (medium)",
            rf"(?=[A-Z])(?<=\b(?i:{locative})\s)(?!{calendar}\b){name}"
            rf"(?:\s(?:{_alternation(strong + weak)}){tail})?",
            0.5,
        ),
        # a labelled address runs to the end of its block ("Address:\n12 Elm St\n Suite 5")
        Pattern(
            "labelled address block (medium)",
            r"(?=\S)(?<=\b(?i:address|addr\.|home\saddress|mailing\saddress|billing\saddress)\s?:\s*)"
            # the first line up to a sentence end; then short label-free lines ("Suite 5")
            r"(?:[^\n;.]|\.(?=\S))+"
            r"(?:\n[ \t]*(?=[^\s:]{1,40}(?:[ \t][^\s:]{1,40}){0,5}[ \t]*(?:\n|\Z))"
            r"[^\n:;]{1,60}?){0,5}(?=\.?[ \t]*(?:\n|\Z)|\.\s|;)",
            0.5,
        ),
        Pattern(
            "numbered address after lives at (medium)",
            r"(?=\d)(?<=\b(?i:lives|living|lived|live|resides|residing|staying)\sat\s)\d{1,6}[A-Za-z]?\s"
            # up to punctuation or a word that starts the rest of the sentence ("with mum")
            r"(?:(?!\s(?i:with|and|since|for|but|until|where|who|which|because|while|when)\b)"
            r"[^\n,;.()]){3,60}",
            0.5,
        ),
        Pattern(
            "street corner (medium)",
            rf"\b(?i:the\s)?corner\sof\s(?:{_NUMBER}\s)?{_WORD}"
            rf"(?:[ ](?:{_WORD}|\d{{1,5}}\.?)){{0,3}}(?:[ ][a-z]{{2,4}})?"
            rf"\sand\s(?:{_NUMBER}\s)?{_WORD}(?:[ ](?:{_WORD}|\d{{1,5}})){{0,2}}",
            0.55,
        ),
        Pattern(
            "post office box (strong)",
            r"\b(?:P\.?\s?O\.?\s?Box|PO\sBox|Post\sOffice\sBox)\s#?\d{1,6}\b",
            0.7,
        ),
        # "RD 2, Te Awamutu": a New Zealand rural delivery number
        Pattern("rural delivery number (medium)", rf"(?<=,\s){rural}(?=,\s[A-Z])", 0.5),
        Pattern("block of a street (medium)", rf"\b\d{{2,5}}\s(?i:block)\sof\s{name}", 0.55),
        # French street types come first: "rue Saint-Denis", "4520, chemin de la Côte"
        Pattern(
            "French street name (medium)",
            # "rang" and "place" are English words too ("he rang Mum", "took place Monday"):
            # a rang needs a number or a saint, a place a capital
            r"\b(?:\d{1,5}[A-Za-z]?,?\s)?(?:(?:rue|Rue|chemin|Chemin|boulevard|boul\.|avenue|av\.|"
            r"Place|route|Route|montée|Montée|quai|Quai|allée|Allée|ruelle|Ruelle)\s"
            r"(?:(?:de\sla|de\sl['’]|des|du|de|d['’])\s?)?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
            r"|(?:rang|Rang)\s(?:\d{1,3}\b|(?:Saint|Sainte|St|Ste)[- ][A-Z][\w'’-]+))",
            0.55,
        ),
        Pattern(
            "street named after its type (medium)",
            rf"(?<![\w.])(?:{before_cap})(?:(?<=\.)|\b)\s{named}"
            rf"|(?<=\b(?i:la|en|por|sobre|al|del|una|na|da|a)\s)(?:{before_lower})\s{named}",
            0.5,
        ),
        Pattern(
            "lettered road after a travel word (medium)",
            rf"(?<=\b{travel}\sthe\s){not_road}{road_code}{junction}?",
            0.55,
        ),
        Pattern(
            "lettered road with a junction or road word (medium)",
            rf"\b{not_road}{road_code}(?:{junction}|(?={road_word}))",
            0.55,
        ),
        Pattern(
            "junction of a lettered road (medium)",
            rf"\b(?i:jcts?|junctions?|jn|j)\.?\s?\d{{1,3}}[a-z]?(?:[–-]\d{{1,3}}[a-z]?)?\s"
            rf"(?i:of|on|off)\s(?:the\s)?{not_road}{road_code}",
            0.55,
        ),
        # Canadian rural grid roads: "Concession 6", "10th Line", "Twp Rd 532", "Range Road
        # 245", "Sideroad 15", "Rang 4" is in the French pattern
        Pattern(
            "rural grid road (medium)",
            r"\b(?:Concession(?:\sRoad|\sRd)?|Sideroad|Side\sRoad|Township\s(?:Road|Rd)|Twp\.?\s?Rd\.?|"
            r"Range\s(?:Road|Rd)|Rge\.?\s?Rd\.?|Grid\s(?:Road|Rd)|Provincial\s(?:Road|Trunk\sHighway)|PTH)"
            r"\s\d{1,4}[A-Z]?\b(?![.,]\d)"
            r"|\b\d{1,2}(?:st|nd|rd|th)\s(?:Concession|Line|Sideroad)\b(?:\s(?:Road|Rd)\b)?"
            # "3rd Line of antiretrovirals", "2nd Line therapy": a line of treatment
            r"(?!\s(?i:of|therapy|treatment|agents?|drugs?|meds?|medications?|regimens?|options?|"
            r"support|manager|staff)\b)",
            0.55,
        ),
        # US county roads named by letters ("County Hwy G", "County Road JJ", "CTH KP")
        Pattern(
            "county road by letter or number (medium)",
            r"\b(?:County|Co\.?)\s(?:Trunk\s)?(?:Highway|Hwy|Road|Rd|Route|Rte|Trunk)\.?\s"
            r"(?!I\b|A\s[a-z])(?:[A-Z]{1,3}|\d{1,4}[A-Z]?)\b(?![\w'’-])"
            r"|\bCTH[\s-]?[A-Z]{1,3}\b",
            0.55,
        ),
        Pattern("unit number (medium)", rf"\b{_UNIT}\.?\s?#?\d{{1,5}}[A-Z]?\b", 0.55),
        Pattern(
            "numbered route (medium)",
            r"\b(?:Highway|Hwy|Route|Rte|Interstate|State\sRoute|SR|Autoroute|"
            r"(?:State|US|U\.S\.|Provincial)\s(?:Road|Rd|Highway|Hwy|Route|Rte)|Ranch\sRoad|"
            r"Beltway|Loop(?=\s\d{2}))\.?\s?\d{1,4}\b"
            # an interstate, not an immigration form ("her I-94", "filed the I-589")
            r"|(?<!\b(?i:form|forms|filed|file|files|filing|submitted|submit|his|her|their|an|"
            r"USCIS|pending|approved|denied|new|copy\sof)\s(?:the\s)?)\bI-\d{1,3}\b"
            r"(?!\s(?i:form|application|petition|record|receipt|approval|denial|interview|"
            r"filing|card|number|status|visa|was\sfiled|is\spending)\b)",
            0.5,
        ),
        # rural US mail: "HC 79 Box 1123", "RR 2, Box 45", "PSC 1234 Box 5678"
        Pattern(
            "rural route box (strong)",
            r"\b(?:HC|H\.C\.|RR|R\.R\.|RFD|PSC|CMR|Rural\sRoute|Star\sRoute)\s?\d{1,4},?\s"
            r"(?:Box|BOX|Bx)\s?\d{1,5}\b",
            0.7,
        ),
        Pattern("rural route (medium)", r"\b(?:Rural|Star)\sRoute\s\d{1,3}\b", 0.55),
        # "out on FM 318", "off NM-371", "along County Rd 12", "off M-59" (Michigan): numbered
        # roads after a place word
        Pattern(
            "numbered local road after a place word (medium)",
            # tumour markers ("CA-125", "CA 19-9") share the shape of a state route
            rf"(?<=\b{route_prep}\s)(?!CA[\s-](?:125|19-9|15-3|27))(?:(?:FM|RM|SH|CR|(?:County|Co\.?)\s(?:Road|Rd)|"
            rf"Farm[\s-]to[\s-]Market\s(?:Road|Rd)|US|U\.S\.|{states})[\s-]|SH(?=\d)|[MK]-(?=\d))"
            r"\d{1,4}[A-Z]?\b"
            r"(?![.,]\d|\s?(?i:mg|mcg|ml|units?|%)\b)",
            0.55,
        ),
        # lower-case notes: "off waterworks rd", "12 gumtree st"
        Pattern(
            "lower-case street with abbreviated type (medium)",
            rf"(?:\b{_NUMBER}\s|(?<=\b(?i:{locative}|on|off|along|near|via|at|in|from)\s))"
            rf"(?!(?:the|a|an|his|her|their|my|our|this|that|at|to|in|on|of|for|from|with)\b)"
            r"[a-z][a-z'’-]+"
            rf"(?:\s[a-z][a-z'’-]+)?\s(?:{lower_abbrev})\b(?![\w'’-])",
            0.5,
        ),
        # "lives on mill road", "house off orchard street": a lower-case street after a
        # word that places a home on it (the written-out types are ordinary words elsewhere)
        Pattern(
            "lower-case street after a home word (medium)",
            rf"(?<=\b(?i:{locative})\s)"
            r"(?!(?:the|a|an|his|her|their|my|our|this|that|some|one|campus|base|site)\b)"
            # one word only: "lives on social security road trips" is no street
            r"[a-z][a-z'’-]+\s"
            r"(?:street|road|avenue|drive|lane|highway|boulevard|crescent|terrace|parkway)\b(?![\w'’-])",
            0.5,
        ),
        # Central European and Nordic street names written as one word ("Schillerstraße")
        Pattern(
            "one-word European street name (medium)",
            r"\b(?!(?i:brigade|renegade)\b)[A-ZÄÖÜÅØÆ][a-zäöüßåøæé]+"
            r"(?:straße|strasse|gasse|gatan|vägen|gade)\b",
            0.5,
        ),
        # Canadian rural addresses: "Site 4, Comp 12, RR 1"
        Pattern(
            "rural site and compartment (strong)",
            r"\bSite\s\d{1,3},?\s(?:Comp|Compartment|Box)\s\d{1,4}\b(?:,?\s(?:RR|R\.R\.)\s?\d{1,2}\b)?",
            0.7,
        ),
        # AU/NZ postcodes: after a street ("Pickering Cres, 6069") or a suburb in brackets
        # ("lives in Coburg (3058)"; years such as "(2019)" are not postcodes)
        Pattern(
            "postcode after a street (medium)",
            # or in brackets after it ("off Belmont Ave (93702)"), where a year is not one
            rf"(?<=\b(?i:{_alternation(strong + weak)})(?:\.?,?\s|\.?\s\((?!(?:19|20)\d{{2}}\))))"
            r"\d{4,5}\b(?![\w-]|[.,]\d)",
            0.5,
        ),
        # "outside Geeveston, 7116.", "in Lakewood, 08701;": a town, a comma and a
        # postcode ending the phrase (not a year, not a count before a noun)
        Pattern(
            "postcode after a town (medium)",
            r"(?<=\b(?i:in|at|outside|near|from|of|to|off|around|past|beyond)\s"
            r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2},\s)"
            r"(?!(?:19|20)\d{2}\b)\d{4,5}(?=\s?[.;:)\n]|,\s|\s?$)(?![.,]\d)",
            0.5,
        ),
        Pattern(
            "postcode after a suburb in brackets (medium)",
            r"(?<=\b(?i:in|at|from|to|near|of|off)\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s\()"
            r"(?!(?:19|20)\d{2}\))\d{4,5}(?=\))",
            0.5,
        ),
        # a suburb and its four-digit postcode after a street ("Ferndale Avenue, Paradise
        # 5075", "Oak Rd, Coburg North 3058"); not a span of years ("Oak St, Brunswick
        # 2019–2021")
        Pattern(
            "postcode after a street and suburb (medium)",
            rf"(?<=\b(?i:{_alternation(strong + weak)})\.?,\s"
            rf"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}}\s)"
            r"\d{4}\b(?![\w-]|[.,]\d|\s?[–—-]|\s(?:to|until|till)\b)",
            0.5,
        ),
        # a postcode before the town after a street and house number, as most of Europe
        # writes it ("Hauptstraße 5, 10115 Berlin", "Via Roma 12, 00184 Roma", "Keizersgracht
        # 14, 1015 CX Amsterdam")
        Pattern(
            "postcode before a town after a street (medium)",
            r"(?<=\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s\d{1,4}[a-z]?,\s)"
            r"\d{4,5}(?:\s?[A-Z]{2})?(?=\s[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿ])",
            0.5,
        ),
        # a British outward postcode in brackets or after a comma after a street ("Breck
        # Road (L6)", "Mare St, E8"), not a vitamin or a vertebra without a street
        Pattern(
            "outward postcode after a street (medium)",
            rf"(?<=\b(?i:{_alternation(strong + weak)})\.?(?:\s\(|,\s))"
            r"[A-Z]{1,2}\d{1,2}[A-Z]?(?=\)|[.,;]|\s?$)",
            0.5,
        ),
        # Dublin's postal districts ("Dublin 8", "Dublin 6W", "Dublin 22")
        Pattern(
            "Dublin postal district (medium)",
            r"\bDublin\s(?:[1-9]|1[0-9]|2[0-4]|6W)\b(?![.,:/]\d|\s(?i:times|days|weeks|years|hours|"
            r"people|match|matches|goals?|points?|games?|-)\b)",
            0.6,
        ),
        # Irish Eircode: routing key ("P43", "D6W") and a four-character code with a letter
        Pattern(
            "Irish Eircode (medium)",
            r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])"
            r"[0-9AC-FHKNPRTV-Y]{4}\b",
            0.55,
        ),
        Pattern(
            "UK postcode (medium)",
            r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b",
            0.6,
        ),
        Pattern(
            "Canadian postal code (strong)",
            r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b",
            0.7,
        ),
        Pattern(
            "ZIP or postcode after a state or 'zip' (medium)",
            rf"(?=\d)(?<=\b(?:{regions}|(?i:zip|zip\scode|postcode|post\scode|postal\scode)):?\s)\d{{4,5}}(?:-\d{{4}})?\b",
            0.6,
        ),
    )


@cache
def _not_streets() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_word_list("addresses_not_streets.txt"))


class AddressRecognizer(PatternRecognizer):
    """Street-level locations: "88 Quarry St", "Apt. 7C", "Bellbird Trail", "QX4 2NP".

    Street types that also end organisation or place names ("Court", "Square", "Way")
    need a house number; any capitalized name after "lives on"/"house on" is a street.
    """

    CONTEXT = ["street", "address", "lives", "road", "avenue", "postcode", "zip"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=ADDRESS,
            name="AddressRecognizer",
            patterns=list(_patterns()) if patterns is None else patterns,
            context=self.CONTEXT if context is None else context,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Drop street names used as figures of speech.

        Returns:
            False for a listed name such as "Wall Street" or "Memory Lane", or a bare
            island after "lives on" ("Waiheke"), which the place rules find (drops it);
            None otherwise (keeps the pattern score).
        """
        if pattern_text.strip().casefold() in _not_streets():
            return False
        from recognizers.places import islands

        if re.sub(r"['’]s$", "", pattern_text.strip()) in islands():
            return False  # "lives on Waiheke", "on Oʻahu's west side": an island, not a street
        return None
