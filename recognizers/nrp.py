"""Nationality, ethnicity, tribal affiliation, religion and heritage language (quasi)."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import NRP
from recognizers.places import _alternation, make_result

#: Terms too common in a clinician's own setting to flag alone ("sessions in English");
#: they still count inside a compound ("Thai American", "British Somali").
WEAK_ALONE = frozenset(
    {"English", "American", "Canadian", "British", "Australian", "Kiwi", "New Zealander"}
    | {"Christian"}
)


#: "I'm not ...", "I am also ...", "as a ... clinician myself": the clinician speaking.
_FIRST_PERSON = re.compile(
    r"\b(?:I['’]m|I[ \t]+am|I[ \t]+was|I['’]ve[ \t]+been|I[ \t]+too[ \t]+am)"
    r"(?:[ \t]+(?:not|also|too|myself|a|an|half|part))*[ \t]+$"
)
#: Words before a term that make it a kind of service or approach ("kaupapa Māori").
_PREV_EXCLUSIONS = frozenset({"kaupapa"})


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
def _term_pattern() -> re.Pattern[str]:
    lower = read_word_list("nrp_lowercase.txt")
    term = f"(?:{_alternation(sorted(nrp_terms()))}|{_alternation(lower)})"
    return re.compile(
        rf"(?<![\w'’-])((?:(?i:half|part|quarter|one-quarter|one-half)[ \t-])?"
        rf"{term}(?:[ \t-]{term})*)(?:s(?=\b)|-born|-descended|-speaking|-heritage|-origin)?"
        rf"{_FRENCH_AFTER}(?![\w'’-])"
    )


#: "Yugtun-speaking", "Tagalog-speaking": any capitalised language before "-speaking".
_SPEAKING = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+-speaking(?![\w-])")

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
    if span.removesuffix("-speaking") in WEAK_ALONE and not weak_ok:
        return False
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
        and prev.group(1) not in nrp_terms()
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
        for m in _term_pattern().finditer(text):
            if is_nrp_use(text, m.start(1), m.end()):
                start, end = _speaker_span(text, m.start(1), m.end())
                out.append(
                    make_result(
                        NRP,
                        start,
                        end,
                        0.6,
                        self.NAME,
                        "NRP lexicon term (medium)",
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
