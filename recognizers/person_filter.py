"""Second opinion on spaCy PERSON spans: drop what is clearly not a person."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from recognizers import name_words as W
from recognizers.allow_list import read_word_list
from recognizers.entities import PERSON

if TYPE_CHECKING:
    from recognizers.names import NameRecognizer

#: Words that make a capitalised span a heading, measure or thing rather than a person.
_NON_PERSON_WORDS = W.word_set("names_non_person.txt")

#: Head words that end the names of measures and documents, never of people.
_THING_HEADS = W.word_set("names_thing_heads.txt")

#: Method and concept words that make a bracketed surname a citation.
_CITATION_HEADS = W.word_set("names_citation_heads.txt")

#: Insurers, health systems and platforms: never people ("was Anthem through work").
_GENERIC_ORGS = frozenset(read_word_list("organizations_generic.txt"))

#: Concept words that make "Surname's ..." a citation ("Clark's model").
_POSSESSIVE_HEADS = W.word_set("names_citation_possessive_heads.txt")

#: Words of other languages that open sentences and are never names ("Qué", "Ojalá", "Kia").
_OTHER_LANGUAGE = frozenset(
    W.fold(w) for w in W.word_set("names_other_language_words.txt")
) | W.word_set("names_other_language_words.txt")

#: Lower-case words inside a name ("de la Cruz", "van Wyk", "bin Said", "dos Santos").
_PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "las"}
    | {"los", "van", "von", "ter", "ten", "bin", "bint", "ibn", "al", "el", "y", "e", "and"}
    | {"st", "mac", "ap", "ferch", "ó", "ní", "nic", "ua", "te"}
)

#: Head words after a single surname that make it an eponymous method ("the Meihana model").
_EPONYM_HEADS = frozenset(
    {"model", "models", "method", "protocol", "inventory", "questionnaire", "scale", "index"}
    | {"checklist", "framework", "technique", "paradigm", "criteria"}
)

_NAME_WORD = r"[A-Z][\w'’-]+"
#: A bracket holding only cited surnames: "(Gilbert)", "(Martell, Jacobson)", "(Miller and
#: Rollnick)", "(Michael White, David Epston)", "(Harris, the choice point)".
_CITED_BRACKET = re.compile(
    rf"\((?:{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?(?:[ \t]*(?:,|&|and)[ \t]*|(?=\))|(?=,)))+"
)


def plausible_person(text: str, start: int, end: int) -> bool:
    """False when a spaCy PERSON span is clearly not a person.

    A missed name is worse than a false flag, so only clear cases are dropped: spans
    with digits, lower-case spans in normally capitalised prose with no first name in
    them, single all-capital acronyms that are not names, and spans whose every word is
    a heading, measure, role or product word.

    Args:
        text: The whole text.
        start: First character of the span.
        end: One past the last character.
    """
    span = text[start:end].strip(" \t\n•-–*:")
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", span)
    if not words:
        return False
    if any(ch.isdigit() for ch in span):
        return False
    lowered = [W.fold(w).lower().removesuffix("'s") for w in words]
    if span in _GENERIC_ORGS:
        return False  # "Anthem", "Medicaid": an insurer or system
    if (
        len(words) == 1
        and span.islower()
        and (lowered[0] in W.common_word_names() or lowered[0] in W.lower_words())
        and not _verb_follows(text, end)
    ):
        return False  # "till dawn", "lots of aroha": a word, unless a verb follows ("dawn texts")
    if all(w in W.kinship_words() for w in lowered):
        return False  # "Mami", "Ammamma", "Nan": a relation, in any language
    if "/" in span and span.islower():
        return False  # "wts w/": note shorthand
    if cited_author(text, start, end):
        return False
    if len(words) > 1 and lowered[-1] in _THING_HEADS:
        return False  # "Zarit Burden Interview", "Gottman Method"
    if len(words) == 1 and lowered[0] in W.common_word_names() and _imperative(text, start, end):
        return False  # "Mark the date", "Will the client...": a verb opening the sentence
    if len(words) == 1 and lowered[0] in W.common_word_names() and word_then_noun(text, start, end):
        return False  # "Frank talk w/ him?", "Grace period": the adjective or noun, not the name
    if "+" in span:
        return False  # "max + buses": note shorthand joins things, not a person's names
    if len(words) == 1 and _EPONYM_HEADS & set(re.findall(r"[a-z]+", text[end : end + 12])[:1]):
        return False  # "the Meihana model", "a Gottman method": a method named after its author
    if len(words) == 1 and re.match(r"[ \t-]?\d{1,3}[ \t]*=", text[end : end + 8]):
        return False  # "Kessler 10 = 26": a scale named after its author, and its score
    if all(w in _OTHER_LANGUAGE for w in lowered):
        return False  # "Qué hemos hecho", "Ojalá I can": a word of another language
    if _found_after_lead(text, start, end):
        return False  # "Koro Hemi", "Rabbi Avrohom Halpern": the name rules find "Hemi" alone
    first = W.first_names()
    if any(w in first for w in lowered) and not all(w in _NON_PERSON_WORDS for w in lowered):
        return True
    if len(words) == 1 and _opens_sentence(text, start) and _heading_after(text, end):
        return False  # "- Taha wairua: grief", "Mood overall:": a heading, not a person
    if len(words) > 1 and not W.lowercase_style(text) and _inner_lower_words(words):
        return False  # "Llegó en el 66", "Misa los domingos": a phrase, not a name
    if span.islower() and not W.lowercase_style(text):
        return False  # "taha wairua", "kaupapa Māori": names are capitalised in this text
    if len(words) == 1 and span.isupper() and len(span) >= 2:
        return False  # "COVID", "PHQ": acronyms, not people
    return not all(w in _NON_PERSON_WORDS for w in lowered)


#: Verbs after a name ("dawn texts me").
_NAME_VERBS = W.word_set("names_verbs.txt")

_OBJECT_AFTER = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "your", "it", "them"}
)


#: A list marker before a word: "- ", "• ", "2) ", "3. ", "(1) ".
_MARKER = r"(?:(?:[-•*–]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]*)?"
#: Before a word that opens a sentence, a line, a bullet or a numbered point ("2) Frank talk").
_OPENING = re.compile(rf"(?:[.!?:][\"”’')]*\s+|\n\s*){_MARKER}$")
_TEXT_START = re.compile(rf"\s*{_MARKER}")


def _opens_sentence(text: str, start: int) -> bool:
    """``start`` opens a sentence, a line, a bullet or a numbered point."""
    if _TEXT_START.fullmatch(text, 0, start):
        return True
    return bool(_OPENING.search(text[max(0, start - 10) : start]))


def word_then_noun(text: str, start: int, end: int) -> bool:
    """A sentence opens with the word and a lower-case word that cannot be its verb follows.

    "Frank talk w/ him?", "Grace period ends": a bare noun after a singular subject is
    ungrammatical, so the first word is an adjective or noun. Verbs ("Frank took her"),
    function words ("Grace and I"), and "-s", "-ed", "-ing" forms keep it a name.
    """
    if not _opens_sentence(text, start):
        return False
    after = re.match(r" ([a-z]+)\b(?!['’-])", text[end : end + 20])
    if after is None:
        return False
    word = after.group(1)
    if word in _NAME_VERBS or word in _stop_words() or word in _OBJECT_AFTER:
        return False
    return len(word) > 2 and not re.search(r"(?:s|ed|ing|ly)$", word)


def _heading_after(text: str, end: int) -> bool:
    """One lower-case word that is not a verb, then a colon: a heading ("Taha wairua:")."""
    m = re.match(r" ([^\W\d_A-Z][^\W\d_]*):", text[end : end + 30])
    if m is None or not m.group(1).islower():
        return False
    word = m.group(1)
    return word not in _NAME_VERBS and not re.search(r"(?:s|ed)$", word)


def _inner_lower_words(words: list[str]) -> bool:
    """A lower-case word that is neither a name particle nor a verb after the first word."""
    for w in words[1:]:
        if not w.islower() or w in _PARTICLES:
            continue
        # "Okafor asked": a model's span ran on into the verb, and the name is still there
        return not (w in _NAME_VERBS or re.search(r"(?:ed|ing)$", w))
    return False


def _found_after_lead(text: str, start: int, end: int) -> bool:
    """The span opens with kinship words or titles, and the name rules find the rest alone."""
    from recognizers.names import strip_lead

    rest = strip_lead(text, start, end)[0]
    if rest == start or rest >= end:
        return False
    found = bytearray(end - start)
    for r in _name_recognizer().analyze(text[start:end], [PERSON]):
        found[r.start : r.end] = b"\x01" * (r.end - r.start)
    return all(found[i - start] for i in range(rest, end) if text[i].isalnum())


@cache
def _name_recognizer() -> NameRecognizer:
    from recognizers.names import NameRecognizer

    recognizer = NameRecognizer()
    recognizer.load()
    return recognizer


def _stop_words() -> frozenset[str]:
    from recognizers.known_list import _STOP_WORDS

    return _STOP_WORDS()


def _imperative(text: str, start: int, end: int) -> bool:
    """A name-like word opens its sentence and a determiner follows ("Mark the date")."""
    before = text[max(0, start - 3) : start]
    opens = start == 0 or bool(re.search(r"(?:[.!?]\s+|\n\s*)$", before))
    after = re.match(r"[ \t]+([a-z]+)", text[end : end + 12])
    return opens and after is not None and after.group(1) in _OBJECT_AFTER


def _verb_follows(text: str, end: int) -> bool:
    """A name verb ("says", "texted") follows ``end``."""
    m = re.match(r"[ \t]+([a-z]+)", text[end : end + 20])
    return m is not None and m.group(1) in _NAME_VERBS


def cited_author(text: str, start: int, end: int) -> bool:
    """True when a capitalised name at ``start:end`` is a cited author, not a person in the case.

    Three shapes: a year or "et al." after it ("Hayes (2012)", "Linehan, 1993"); a bracket
    of surnames right after a method or concept word ("compassion-focused therapy
    (Gilbert)"); a possessive before a concept word ("Siegel's window of tolerance",
    "Karen Kleiman's framing"), unless a kinship word or "my"/"her" comes before it.

    Args:
        text: The whole text.
        start: First character of the name.
        end: One past the last character (a trailing "'s" may be inside or after it).
    """
    span = text[start:end]
    if not span[:1].isupper():
        return False
    base_end = end - 2 if re.search(r"['’]s$", span) else end
    after = text[base_end : base_end + 60]
    if re.match(r"(?:['’]s)?[ \t]*(?:\([ \t]*(?:19|20)\d\d|,[ \t]*(?:19|20)\d\d\b|et al\b)", after):
        return True
    possessive = re.match(r"['’]s((?:[ \t]+[\w-]+){1,4})", after)
    if possessive and any(w.lower() in _POSSESSIVE_HEADS for w in possessive.group(1).split()):
        before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 30) : start])
        prev = before.group(1).lower() if before else ""
        if prev not in W.kinship_words() and prev not in {"my", "her", "his", "their", "our"}:
            return True
    open_at = text.rfind("(", max(0, start - 80), start)
    if open_at == -1 or ")" in text[open_at:start]:
        return False
    bracket = _CITED_BRACKET.match(text, open_at)
    if bracket is None or bracket.end() < base_end:
        return False
    close_at = text.find(")", open_at)
    inside = text[open_at : close_at if close_at != -1 else start + 40]
    if re.search(r"\b\d{1,2}\b", inside):
        return False  # "(Gilbert, 14)": a person and an age
    if any(w.lower() in W.kinship_words() for w in re.findall(r"[\w-]+", inside)):
        return False  # "(Gilbert, her manager)": a person and a role
    head = re.search(r"([\w-]+)[ \t]*$", text[max(0, open_at - 40) : open_at])
    if head is None:
        return False
    word = head.group(1)
    return word.lower() in _CITATION_HEADS or word in _CITATION_HEADS
