"""Nationality, ethnicity, tribal affiliation, religion and heritage language (quasi)."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import NRP
from recognizers.name_words import lowercase_style
from recognizers.places import NOT_A_NAME, _alternation, make_result

#: Terms too common in a clinician's own setting to flag alone ("sessions in English");
#: they still count inside a compound ("Thai American", "British Somali").
WEAK_ALONE = frozenset(
    {"English", "American", "Canadian", "British", "Australian", "Kiwi", "New Zealander"}
    | {"Christian"}
)

_WEAK_FOLDED = frozenset(w.lower() for w in WEAK_ALONE)

#: "I'm not ...", "I am also ...", "as a ... clinician myself": the clinician speaking.
_FIRST_PERSON = re.compile(
    r"\b(?:I['’]m|I[ \t]+am|I[ \t]+was|I['’]ve[ \t]+been|I[ \t]+too[ \t]+am)"
    r"(?:[ \t]+(?:not|also|too|myself|a|an|half|part))*[ \t]+$"
)
#: Words before a term that make it a kind of service or approach ("kaupapa Māori",
#: "therapy en français").
_PREV_EXCLUSIONS = frozenset({"kaupapa", "en"})  # "en français": the language of a service


@cache
def nrp_terms() -> frozenset[str]:
    """The NRP lexicon (capitalised forms)."""
    return frozenset(read_word_list("nrp_terms.txt"))


@cache
def _exclusions() -> frozenset[str]:
    return frozenset(read_word_list("nrp_exclusions.txt"))


#: French adjectives that follow a religion ("catholique pratiquante").
_FRENCH_AFTER = r"(?:[ \t]+(?:pratiquante?|non[ -]pratiquante?|croyante?)(?![\w'’-]))?"


@cache
def _term_pattern(lower_notes: bool = False) -> re.Pattern[str]:
    """The lexicon as one regex; in lower-case notes every term counts in lower case too.

    Lower case alone, a term needs a second term beside it when its lower-case form is an
    everyday word ("polish", "white"): "lebanese-australian" counts, "australian" does not.
    """
    lower = read_word_list("nrp_lowercase.txt")
    term = f"(?:{_alternation(sorted(nrp_terms()))}|{_alternation(lower)})"
    if lower_notes:
        folded = {t.lower() for t in nrp_terms()} - set(lower)
        alone = folded - _lower_not_alone()
        weak = folded & _lower_not_alone()
        term = f"(?:{term}|{_alternation(alone)})"
        any_term = f"(?:{term}|{_alternation(weak)})"
        body = rf"(?:{term}(?:[ \t-]{any_term})*|{_alternation(weak)}(?:[ \t-]{any_term})+)"
    else:
        body = rf"{term}(?:[ \t-]{term})*"
    prefix = rf"(?:(?i:{_PREFIX_WORDS})[ \t-])?"
    return re.compile(
        rf"(?<![\w'’-])({prefix}(?:{_COMBINING}-{term}|{body}|{_FRANCO}))"
        rf"(?:s(?=\b)|-born|-descended|-speaking|-heritage|-origin)?"
        rf"{_FRENCH_AFTER}(?![\w'’-])"
    )


#: Words that qualify a term inside its span ("half Samoan", "native Hawaiian").
_PREFIX_WORDS = r"half|part|quarter|one-quarter|one-half|native"
#: Combining forms before a term ("Afro-Cuban", "Indo-Guyanese", "Anglo-Indian").
_COMBINING = r"(?:Afro|Indo|Anglo|Sino|Hispano|Italo|Judeo|Greco|afro|indo|anglo)"
#: "Franco-" before a province or country in English or French ("Franco-Manitoban",
#: "franco-ontarienne", "Franco-Américain"): a francophone minority identity.
_FRANCO = r"(?:Franco|franco)-[^\W\d_]{4,}(?:-[^\W\d_]{3,})?"


@cache
def _lower_not_alone() -> frozenset[str]:
    return frozenset(w.lower() for w in read_word_list("nrp_lower_not_alone.txt"))


#: "Yugtun-speaking", "Tagalog-speaking": any capitalised language before "-speaking".
_SPEAKING = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+-speaking(?![\w-])")

#: A capitalised language after a verb of speaking ("speaks Cant with his brothers",
#: "fluent in Sylheti"): minority languages and dialects the lexicon lacks.
_SPEAKS = re.compile(
    r"\b(?:speaks?|spoke|speaking|fluent[ \t]+in|chats?[ \t]+in|talks?[ \t]+in|prays?[ \t]+in|"
    r"converses[ \t]+in|dreams?[ \t]+in|switch(?:es|ed)?[ \t]+(?:in)?to)[ \t]+"
    r"(?:(?:only|mostly|mainly|some|a[ \t]+little|fluent|broken|basic|good)[ \t]+)?"
    r"([A-Z][\w'’ʼ-]+)(?![\w'’-])"
)
#: Languages that read as a person's origin only after a verb of speaking ("Cant").
SPOKEN_ONLY = frozenset(read_word_list("nrp_spoken_languages.txt"))


def _spoken_language(word: str) -> bool:
    """True when a capitalised word after "speaks" is a language, not a name or a day."""
    from recognizers.name_words import first_names, kinship_words, titles
    from recognizers.places import NOT_PLACE, gazetteer, stop_words

    if word in nrp_terms():
        return False  # the lexicon pattern finds it
    if word in SPOKEN_ONLY:
        return True
    if word.endswith(("'s", "’s")):
        return False  # "spoke Mum's words": a person's
    low = word.lower()
    gaz = gazetteer()
    return not (
        low in _WEAK_FOLDED
        or low in first_names()
        or low in kinship_words()
        or low in titles()
        or low in stop_words()
        or low in NOT_PLACE
        or gaz.is_city(word)
        or gaz.is_region(word)
        or len(word) < 3
    )


#: A Māori iwi or hapū: "Ngāti" or "Ngāi" and the ancestor's name ("Ngāi Tahu", "Ngāti
#: Kahungunu"), which the small model reads as a person or a place.
_IWI = re.compile(r"(?<![\w-])(?:Ng[āa]ti|Ng[āa]i)[ \t]+[A-ZĀĒĪŌŪ][\w'’ʻ-]+")


def _nobodys_name(term: str) -> bool:
    """True unless every word of a lexicon term is a given name ("Sikh", "Free Will Baptist",
    not "Karen" or "Dakota")."""
    from recognizers.name_words import is_given_name

    return not all(is_given_name(w) for w in re.split(r"[\s-]+", term))


#: A Diné-style clan introduction: "born to X, born for Y" near the word "clan".
_CLAN_NAME = r"(?:the[ \t]+)?[A-Z][\w'’ʼ-]*(?:[ \t]+[A-Z][\w'’ʼ-]*){0,2}(?:[ \t]+[Cc]lans?)?"
_CLANS = re.compile(
    rf"\bborn[ \t]+(?:to|for)[ \t]+{_CLAN_NAME}"
    rf"(?:,?[ \t]+(?:and[ \t]+)?born[ \t]+(?:to|for)[ \t]+{_CLAN_NAME})*"
)


#: "I" and its contractions are capitalised but are not part of a proper name.
_PRONOUN_I = frozenset(["I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d"])


def _in_quote(text: str, start: int) -> bool:
    """True inside quoted speech on the same line (the client's own words)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def is_nrp_use(text: str, start: int, end: int, *, weak_ok: bool = False) -> bool:
    """True when ``text[start:end]`` reads as a person's NRP, not a subject or a name part.

    "Spanish teacher", "Buddhist philosophy" and "Black Caps" are not; neither is a term
    followed by another capitalised word mid-sentence ("Catholic Relief Society").
    """
    span = text[start:end]
    bare = re.sub(rf"^(?i:{_PREFIX_WORDS})[ \t-]+", "", span.removesuffix("-speaking"))
    if bare.lower() in _WEAK_FOLDED and not weak_ok:
        return False  # "native English speaker": the clinic's own language
    if any(w.lower() in _PREV_EXCLUSIONS for w in span.split()):
        return False
    if _FIRST_PERSON.search(text[max(0, start - 40) : start]) and not _in_quote(text, start):
        return False  # "I'm not Métis myself": the presenting clinician's own identity
    prev = re.search(r"([\w'’-]+)[ \t]+$", text[max(0, start - 30) : start])
    if prev and prev.group(1).lower() in _PREV_EXCLUSIONS:
        return False
    if (
        prev
        and prev.group(1)[0].isupper()
        and re.sub(r"-(?:speaking|born|descended|heritage)$", "", prev.group(1)) not in nrp_terms()
        and prev.group(1) not in _PRONOUN_I
    ):
        # "All Blacks", "Royal Irish": part of a longer proper name, unless the
        # capitalised word merely opens the sentence
        opener = re.search(
            r"(?:^|[.!?:;•\n]|(?:^|\n)[ \t]*[-–—*+])\s*$", text[: start - len(prev.group(0))]
        )
        if not opener:
            return False  # "kaupapa Māori" services, "Black Caps"-style names handled below
    nxt = re.match(r"[ \t]+([\w'’-]+)", text[end:])
    if nxt:
        word = nxt.group(1)
        if word in _exclusions() or word.lower() in _exclusions():
            return False
        if word[0].isupper() and word not in nrp_terms():
            return False
    return True


#: "native Irish speaker", "first-language Welsh speaker": the language with its qualifier.
_SPEAKER_AFTER = re.compile(r"[ \t]+speakers?(?![\w-])")
_SPEAKER_BEFORE = re.compile(
    r"(?i:native|first[ \t-]language|fluent|heritage|monolingual|bilingual"
    r"|mother[ \t-]tongue)[ \t]+$"
)


def _speaker_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to "native X speaker" when the term is a language spoken."""
    after = _SPEAKER_AFTER.match(text, end)
    if not after:
        return start, end
    before = _SPEAKER_BEFORE.search(text[max(0, start - 30) : start])
    return (start - (len(before.group()) if before else 0)), after.end()


class NrpRecognizer(EntityRecognizer):
    """NRP terms from ``data/nrp_terms.txt``, joined into compounds ("Chilean-Canadian")."""

    NAME = "NrpRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[NRP], name=self.NAME)

    def load(self) -> None:
        """Nothing to load up front; the lexicon compiles on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """NRP spans in ``text``."""
        out = []
        for m in _term_pattern(lowercase_style(text)).finditer(text):
            if is_nrp_use(text, m.start(1), m.end()):
                start, end = _speaker_span(text, m.start(1), m.end())
                # marked, a term overrules spaCy's person or place ("a practising Sikh")
                mark = NOT_A_NAME if _nobodys_name(m.group(1)) else ""
                out.append(
                    make_result(
                        NRP, start, end, 0.6, self.NAME, f"NRP lexicon term{mark} (medium)", "quasi"
                    )
                )
        for m in _IWI.finditer(text):
            # 0.9: an iwi is an affiliation, whatever the small model reads
            out.append(make_result(NRP, *m.span(), 0.9, self.NAME, "iwi or hapū (strong)", "quasi"))
        for m in _SPEAKS.finditer(text):
            if _spoken_language(m.group(1)) and is_nrp_use(text, m.start(1), m.end(1)):
                out.append(
                    make_result(
                        NRP,
                        m.start(1),
                        m.end(1),
                        0.55,
                        self.NAME,
                        "language after a verb of speaking (medium)",
                        "quasi",
                    )
                )
        for m in _SPEAKING.finditer(text):
            if is_nrp_use(text, m.start(), m.end()):
                out.append(
                    make_result(
                        NRP, m.start(), m.end(), 0.6, self.NAME, "language spoken (medium)", "quasi"
                    )
                )
        for m in _CLANS.finditer(text):
            window = text[max(0, m.start() - 100) : m.end() + 40].lower()
            if "clan" in window:
                out.append(
                    make_result(
                        NRP,
                        m.start(),
                        m.end(),
                        0.6,
                        self.NAME,
                        "clan introduction (medium)",
                        "quasi",
                    )
                )
        return out
