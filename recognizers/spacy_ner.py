"""spaCy's named entities (people, places, organisations, NORP), without its dates."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from recognizers import name_words as W
from recognizers.allow_list import ClinicalAllowList, other_language_words, read_word_list
from recognizers.name_words import lowercase_style
from recognizers.nrp import is_nrp_use, nrp_terms
from recognizers.organizations import (
    GENERIC_ORGS,
    OrganizationRecognizer,
    is_generic_name,
    is_method_program,
)
from recognizers.person_filter import plausible_person
from recognizers.places import PUBLIC_EVENT_BEFORE, gazetteer
from recognizers.tags import tag_at

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
#: A decimal value, or a value and a unit of measure, in a span ("PPH 1.9 L", "Hb 98 g/L").
_MEASUREMENT = re.compile(
    r"\d[.,]\d|\b\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|ml|mL|L|g/L|g/dL|mmol|kg|lbs?|cm|mm)\b"
)
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_NRP_TAGS = frozenset({"NNP", "NNPS", "JJ", "NNS"})
#: Nationality-like endings ("Slovenian", "Chechen", "Danish", "Saudis"), for words not in our list.
_DEMONYM = re.compile(r"(?:an|ians?|ese|ish|is|ic|er|ers|ans|en|ch|i)$")


@cache
def _trim_words() -> frozenset[str]:
    """Words trimmed off the end of a span ("Eastmarch State University CAPS")."""
    return frozenset(read_word_list("spacy_ner_not_entities.txt"))


@cache
def _not_entities() -> frozenset[str]:
    """Whole spans that are never entities: the trim words, care-setting acronyms and the
    words that open a line of notes ("Speech", "Dorsum", "Benzos")."""
    return (
        _trim_words()
        | frozenset(read_word_list("spacy_ner_facility_acronyms.txt"))
        | frozenset(read_word_list("spacy_ner_not_alone.txt"))
    )


@cache
def _job_credentials() -> frozenset[str]:
    return frozenset(read_word_list("spacy_ner_job_credentials.txt"))


#: Before a credential that is someone's job: "a CNA", "works as an EMT".
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|as)\s+$", re.IGNORECASE)


@cache
def _heading_words() -> frozenset[str]:
    return frozenset(read_word_list("spacy_ner_heading_words.txt"))


#: Lower-case words allowed inside a name ("Bay of Plenty", "Coláiste na Trá").
_PARTICLES = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "du",
        "da",
        "di",
        "des",
        "la",
        "le",
        "les",
        "na",
        "nan",
        "y",
        "van",
        "von",
        "der",
        "den",
        "del",
        "della",
        "st",
        "at",
        "on",
        "in",
        "upon",
        "&",
        "'s",
    ]
)
#: A word of a span, for the composition checks below.
_WORD = re.compile(r"[^\W_][\w'’.-]*")
#: An ID number glued to a system's name ("Medicaid ID 9900417735").
_ID_TAIL = re.compile(r"\s+(?:ID|No\.?|no\.?|#|number|Number)\s*[:#]?\s*[\w-]*\d[\w-]*$")


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
        lower_notes = lowercase_style(text)
        allowed = ClinicalAllowList.load().spans(text) if results else []
        out = []
        for r in results:
            r.start, r.end = _without_heading(text, r.start, r.end)
            if _noise(text, r.start, r.end, r.entity_type, lower_notes):
                continue
            if _only_allowed(text, r.start, r.end, allowed):
                continue
            if r.entity_type in ("ORGANIZATION", "LOCATION") and _titled_name(text, r.start, r.end):
                r.entity_type = "PERSON"  # "Tío Memo", "Papa Obi": a relative, not a firm
            if r.entity_type == "PERSON":
                r.start, r.end = _without_titles(text, r.start, r.end)
                r.end = _before_next_item(text, r.start, r.end)
                if not lower_notes:
                    r.start, r.end = _without_lowercase_tail(text, r.start, r.end)
                if (
                    r.end <= r.start
                    or _not_person_word(text[r.start : r.end])
                    or _lower_nrp_word(text[r.start : r.end])
                    or _foreign_words_opening(text, r.start, r.end)
                    or _only_allowed(text, r.start, r.end, allowed)
                ):
                    continue
                if plausible_person(text, r.start, r.end):
                    out.append(r)
                continue
            cleaned = self._clean(text, r, doc)
            # trimmed spans are checked again: "Mating in Captivity; Imago (Hendrix" cut at
            # its bracket is two allowed titles
            if (
                cleaned is not None
                and not _noise(text, cleaned.start, cleaned.end, cleaned.entity_type, lower_notes)
                and not _only_allowed(text, cleaned.start, cleaned.end, allowed)
            ):
                out.append(cleaned)
        return out

    def _clean(self, text: str, r: RecognizerResult, doc: object) -> RecognizerResult | None:
        """The adjusted place/organisation/NORP result, or None to drop it."""
        start, end = _tidy(text, r.start, r.end)
        if end <= start:
            return None
        r.start, r.end = start, end
        span = text[start:end]
        if span in _job_credentials() and _ARTICLE_BEFORE.search(text[max(0, start - 8) : start]):
            return _with_kind(r, "direct")  # "a CNA at the hospital": a relative's job
        if (span in _not_entities() and not _signoff(text, start, end)) or span in GENERIC_ORGS:
            return None
        if _CITED_AFTER.match(text[end:]) or PUBLIC_EVENT_BEFORE.search(
            text[max(0, start - 30) : start]
        ):
            return None
        if " " not in span and _foreign_words_opening(text, start, end):
            return None  # "Llegó en el 89": a Spanish sentence, not a place
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
            elif _uncued_acronym(text, start, end):
                return None  # "RPQ = 34", "LOTO", "CRPO", "all over WYMT": no one belongs to it
        return _with_kind(r, "direct")


#: A bare acronym in capitals, maybe with a hyphenated part or digits ("RPQ", "HADS-D",
#: "PAE", "K10"); not with "&" ("K&D" is a firm's initials) or lower case ("McG").
_BARE_ACRONYM = re.compile(r"[A-Z][A-Z\d]*[A-Z][A-Z\d]*(?:-[A-Z\d]+)?")


@cache
def _acronym_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words before and after an acronym that make it an organisation someone belongs to."""
    before = read_word_list("spacy_ner_acronym_cues_before.txt")
    after = read_word_list("spacy_ner_acronym_cues_after.txt")

    def alt(words: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words)))

    return (
        re.compile(
            rf"\b(?:{alt(before)})\s+(?:the\s+)?$"
            # a place or road: "Clark Co., WI", "Nongoma, KZN", "on the TCH", "in KZN"
            r"|(?-i:[A-Z][a-z])[\w.'’-]*,[ \t]*$"
            r"|\b(?:in|near|off|outside|around|across|on\s+the)\s+$",
            re.I,
        ),
        re.compile(rf"(?:['’]s)?[ \t]+(?:{alt(after)})s?\b", re.I),
    )


#: A word and an opening bracket before an acronym: the name it abbreviates ("Emploi et
#: Développement social Canada (EDSC", "a college counseling center (CSU").
_BRACKET_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]*\([ \t]*$")
#: Lower-case words before such a bracket that name a kind of organisation.
_ORG_KIND_BEFORE = frozenset(
    re.findall(
        r"\w+",
        "center centre bank school college university union company employer church club"
        " agency department ministry service services clinic hospital firm practice team"
        " unit office plant mill board council district station",
    )
)
#: Capitalised words before such a bracket that name a measure or method, not a body
#: ("Hospital Anxiety and Depression Scale (HADS").
_MEASURE_BEFORE = re.compile(
    r"(?:Scale|Inventory|Questionnaire|Protocol|Test|Interview|Index|Checklist|Procedure"
    r"|Measure|Screen|Screener|Assessment|Survey|Schedule|Battery|Therapy|Treatment"
    r"|Training|Programme|Program|Model|Method|Approach|Technique|Criteria|Guidelines)"
)


def _bracket_cue(text: str, start: int) -> bool:
    m = _BRACKET_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if word[0].isupper():
        return not word.isupper() and not _MEASURE_BEFORE.fullmatch(word)
    return word.lower() in _ORG_KIND_BEFORE


def acronym_cued_here(text: str, start: int, end: int) -> bool:
    """True where words around this one mention make the acronym an organisation.

    "at BHS", "the BHS lot", "member of CUPE", "(EDSC": the cues of ``_uncued_acronym``,
    read at this mention alone.
    """
    before, after = _acronym_cues()
    return bool(
        before.search(text, max(0, start - 40), start)
        or after.match(text, end)
        or _bracket_cue(text, start)
    )


def _uncued_acronym(text: str, start: int, end: int) -> bool:
    """True for a bare acronym no mention of which reads as someone's organisation.

    spaCy calls most capitals an organisation: scales ("RPQ = 34"), protocols ("LOTO"),
    regulators and professional bodies ("CRPO", "AAPL ethics"), TV stations ("all over
    WYMT") and shorthand ("WFH", "VHF"). An acronym is a school, employer or club only
    where something says so at one of its mentions: a word before it ("at BHS", "works for
    GE", "attends WAVE", "member of CUPE"), after it ("TTC bus operator", "the BHS lot",
    "CUMH chart") or a name it abbreviates in brackets ("Développement social Canada
    (EDSC"). Initials alone on a sign-off line ("– SW") are kept.
    """
    word = text[start:end]
    lower_tail = re.fullmatch(r"(\S+)(?:[ \t]+[a-z]+)+", word)  # "AAPL ethics", "SAR guys"
    if lower_tail:
        word = lower_tail.group(1)
    if (
        not _BARE_ACRONYM.fullmatch(word)
        or sum(c.isdigit() for c in word) > 2  # "WTP482": a plate or code, not a measure
        or _signoff(text, start, end)
    ):
        return False
    before, after = _acronym_cues()
    for m in re.finditer(rf"(?<![\w&/-]){re.escape(word)}(?![\w&-])", text):
        if (
            before.search(text, max(0, m.start() - 40), m.start())
            or after.match(text, m.end())
            or _bracket_cue(text, m.start())
        ):
            return False
    return True


def _lower_nrp_word(span: str) -> bool:
    """True for a lower-case faith or people word taken for a name ("41, sikh, works nights").

    The NRP recognizer finds the word; a word that is also a given name stays a person.
    """
    return (
        span.islower()
        and (span in nrp_terms() or span.title() in nrp_terms())
        and span not in W.first_names()
        and W.fold(span) not in W.given_names_wide()
    )


def _noise(text: str, start: int, end: int, label: str, lower_notes: bool) -> bool:
    """True for spans that cannot be a name: shorthand, numbers, headings, lower-case prose.

    "w/", "~4", "F" (sex), "~200k views"; a heading in capitals made of heading words
    ("PEER CONSULTATION GROUP", "ANGER MGMT"); capitalised words mixed with three or more
    lower-case ones (a name in lower-case notes is all lower case); an abbreviation with
    shorthand ("ED s/p intentional"); and, in notes written with normal capitals, a span
    with no capital at all ("phobia", "franglais", "cont weekly").
    """
    span = text[start:end].strip()
    letters = sum(c.isalpha() for c in span)
    if letters == 0 or (letters < 2 and label != "PERSON") or span.startswith("~"):
        return True  # a person's bare initial ("Dr. O") is kept
    words = [w.strip(".,;:()'’\"") for w in re.split(r"[\s/–—-]+", span)]
    words = [w for w in words if w]
    if span.isupper() and _is_heading(words):
        return True
    if label == "ORGANIZATION" and _MEASUREMENT.search(span):
        return True  # "PPH 1.9 L", "Hb 10.2": a result with its value, not a name
    caps = [w for w in words if any(c.isupper() for c in w)]  # "isiXhosa" counts
    lower = [w for w in words if w.islower() and w.lower() not in _PARTICLES]
    if caps and len(lower) >= 3:
        return True  # "white eagle tattoo on L forearm w/ dad's initials": a phrase
    if caps and lower and all(w.rstrip(".") in _not_entities() for w in caps):
        return True  # "ED s/p intentional": an abbreviation and shorthand
    return not lower_notes and not caps  # "phobia", "franglais" in normally written notes


def _is_heading(words: list[str]) -> bool:
    """True for capitalised heading words only ("FAMILY THERAPY CONSULT")."""
    return bool(words) and all(w.isupper() and w.lower() in _heading_words() for w in words)


def _without_heading(text: str, start: int, end: int) -> tuple[int, int]:
    """A span less a heading glued on by a spaced dash ("FAMILY THERAPY CONSULT – Okafor")."""
    parts = re.split(r"(\s+[–—-]\s+)", text[start:end], maxsplit=1)
    if len(parts) != 3:
        return start, end
    before, dash, after = parts
    if _is_heading(before.split()):
        return start + len(before) + len(dash), end
    if _is_heading(after.split()):
        return start, start + len(before)
    return start, end


def _only_allowed(text: str, start: int, end: int, allowed: list[tuple[int, int]]) -> bool:
    """True when a span is allow-listed phrases plus only lower-case or function words.

    "the Rural Support Trust", "Mam (Kearney & Silverman", "Drinks 3 Red Bulls/day": the
    allowed phrase is the whole name, and what spaCy glued to it names nothing.
    """
    if not any(a < end and start < b for a, b in allowed):
        return False
    if any(a <= start and end <= b for a, b in allowed):
        return False  # wholly allowed: dropped after its other mentions are found
    rest = list(text[start:end])
    for a, b in allowed:
        for i in range(max(a, start), min(b, end)):
            rest[i - start] = " "
    remainder = "".join(rest)
    for m in _WORD.finditer(remainder):
        word = m.group().rstrip(".")
        if not word[0].isupper() or word in ("The", "A", "An") or word in _not_entities():
            continue
        if m.start() == 0 and _sentence_initial(text, start) and not word.isupper():
            continue  # "Drinks 3 Red Bulls": a sentence-initial verb
        return False
    return True


def _signoff(text: str, start: int, end: int) -> bool:
    """True for short capitals alone on a line ("– SW" closing a draft): initials, kept."""
    word = text[start:end]
    if not (word.isupper() and len(word) <= 3):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    rest = line.strip().lstrip("-–—").lstrip()  # "– SW", "SW.", "— EK ,"
    if rest.endswith((".", ",")):
        rest = rest[:-1].rstrip()
    return rest == word


def _not_person_word(span: str) -> bool:
    """True for section and shorthand words read as a person ("Admin", "Passcode", "Tues").

    Short capitals ("SW", "EK") may be a person's initials, so they stay people here.
    """
    word = span.strip()
    return word in _not_entities() and not (word.isupper() and len(word) <= 3)


@cache
def _title_words() -> frozenset[str]:
    """Lower-case titles that spaCy glues to the front of a name ("Rabbi", "Koro", "Tía").

    Honorifics, kinship and elder titles, and the kinship words of other languages; titles
    that are also given names ("Justice", "Dean") are left out.
    """
    words = {" ".join(w.lower().split()) for w in read_word_list("spacy_ner_person_titles.txt")}
    words |= W.titles() - W.first_names()
    return _kin_titles() | frozenset(words)


@cache
def _kin_titles() -> frozenset[str]:
    """Lower-case kinship titles and kinship words of other languages ("koro", "tía")."""
    words = {" ".join(w.lower().split()) for w in read_word_list("allow_kinship_titles.txt")}
    words |= {" ".join(w.lower().split()) for w in read_word_list("allow_kinship.txt")}
    return frozenset(words)


#: One or two leading words of a span, an optional period, then the space after them.
_LEADING_WORDS = (
    re.compile(r"([^\W\d_][\w'’-]*[ \t]+[^\W\d_][\w'’-]*)(\.?)[ \t]+(?=[^\W\d_])"),
    re.compile(r"([^\W\d_][\w'’-]*)(\.?)[ \t]+(?=[^\W\d_])"),
)


def _titled_name(text: str, start: int, end: int) -> bool:
    """True for a title and one capitalised name ("Tío Memo", "Aunty Mere", "Papa Obi")."""
    m = re.fullmatch(r"(\S+)[ \t]+([A-Z][^\W\d_]*[’']?[^\W\d_]*)", text[start:end])
    return m is not None and m.group(1).lower() in _kin_titles()


def _before_next_item(text: str, start: int, end: int) -> int:
    """The end of a person span cut at a line break before a bullet or a number.

    "dr. anand venkataraman\n- mrs" is a name and the next note; a name broken over two
    lines of prose ("Sinéad\nO'Connor") stays whole.
    """
    m = re.search(r"[ \t]*\n[ \t]*+(?![^\W\d_])", text[start:end])
    return start + m.start() if m else end


def _without_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """A person span less the titles in front of the name ("Koro Hemi" -> "Hemi").

    Titles are not part of a name (the handout keeps "Koro", "Rabbi", "Aunty"), and left
    on the span they would be searched for as a name of their own elsewhere in the text.
    A span that is only a title ("Koro's", "Rabbi") becomes empty: (end, end).
    """
    titles = _title_words()
    moved = True
    while moved:
        moved = False
        for pattern in _LEADING_WORDS:
            m = pattern.match(text, start, end)
            if m and " ".join(m.group(1).lower().split()) in titles:
                start = m.end()
                moved = True
                break
    bare = re.sub(r"['’]s?$", "", text[start:end]).rstrip(".")
    if " ".join(bare.lower().split()) in titles:
        return end, end
    return start, end


#: Lower-case words that may sit inside a person's name ("Maria de los Santos", "bin Said").
_NAME_PARTICLES = (_PARTICLES - {"at", "on", "in", "upon", "for"}) | frozenset(
    [
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "ben",
        "bat",
        "ap",
        "ter",
        "ten",
        "zu",
        "zum",
        "zur",
        "vom",
        "dos",
        "das",
        "do",
        "af",
        "av",
        "op",
        "lo",
        "los",
        "las",
        "ni",
        "ní",
        "nic",
        "ó",
        "ua",
        "e",
        "dei",
        "degli",
    ]
)


def _without_lowercase_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """A person span cut before its first lower-case word, in normally capitalised text.

    Names are capitalised but for particles ("de", "van", "bin"), so a lower-case word
    means spaCy ran on past the name ("Arvid - leave", "Ashley's mum") or read a phrase
    in another language as one ("Llegó en", "Misa los domingos"). A span that opens with
    a lower-case word ("kaupapa Māori") is not a name: (end, end).
    """
    for m in re.finditer(r"[^\s/–—-]+", text[start:end]):
        word = m.group().strip(".,;:()[]'’\"“”")
        if word and word.isalpha() and word.islower() and word not in _NAME_PARTICLES:
            if m.start() == 0:
                return end, end
            cut = start + m.start()
            head = text[start:cut].rstrip(" \t-–—/,;:(")
            while head.rsplit(" ", 1)[-1] in _NAME_PARTICLES and " " in head:
                head = head.rsplit(" ", 1)[0].rstrip(" \t-–—/,;:(")
            return start, start + len(head)
    return start, end


@cache
def _foreign_words() -> frozenset[str]:
    """Lower-case Spanish, Portuguese, French and Italian words, less given names."""
    return other_language_words() - W.first_names()


def _foreign_words_opening(text: str, start: int, end: int) -> bool:
    """True for a span of other-language words that opens a phrase in that language.

    "Qué hemos hecho", "Llegó en el 66", "Misa los domingos": the span and the word after
    it are Spanish, not a name. A surname that is also such a word ("Bueno") in English
    prose is kept: the next word is English.
    """
    foreign = _foreign_words()
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text[start:end])]
    if not words or len(words) > 3 or not all(w in foreign for w in words):
        return False
    nxt = re.match(r"[\s,]*([^\W\d_]+)", text[end : end + 30])
    return nxt is not None and nxt.group(1).lower() in foreign


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
    if "(" in span and ")" not in span[span.index("(") :]:
        end = start + span.index("(")  # "Mam (Kearney & Silverman": a bracket opens a citation
        span = text[start:end]
    tail = _ID_TAIL.search(span)
    if tail:
        end = start + tail.start()  # "Medicaid ID 9900417735": the number is an ID
        span = text[start:end]
    lead = len(span) - len(span.lstrip("•*-–—·:;,( \t"))
    start += lead
    span = span[lead:]
    stripped = span.rstrip(" \t(,;:")
    # "Eastmarch State University CAPS": a generic service name glued to the real one
    words = stripped.split(" ")
    while len(words) > 1 and (
        words[-1].rstrip(".") in _trim_words() or words[-1].rstrip(".") in GENERIC_ORGS
    ):
        words.pop()
    return start, start + len(" ".join(words))


def _sentence_initial(text: str, start: int) -> bool:
    """True when only a line start, sentence end, bullet or heading colon precedes ``start``."""
    before = text[max(0, start - 4) : start]
    return not before.strip() or bool(re.search(r"(?:^|[.!?:;•*\n-])\s*$", before))


def _is_proper(doc: object, start: int, end: int, tags: frozenset[str] = _PROPER_TAGS) -> bool:
    """True unless spaCy tags the single token as something other than a proper noun."""
    tag = tag_at(doc, start, end)
    return not tag or tag in tags
