"""The clinician's private People & places list: every mention of every listed term."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from casepres.model import KnownEntry
from recognizers import name_words as W
from recognizers.entities import (
    EMAIL,
    ID,
    LOCATION,
    ORGANIZATION,
    PERSON,
    PHONE,
    SOCIAL_HANDLE,
    URL,
)

#: The name analysis.py gives priority over every other recognizer.
RECOGNIZER_NAME = "KnownListRecognizer"

#: Listed words at least this long also match with one edit (a typo in the draft).
FUZZY_MIN_LETTERS = 5

#: Lower-case text words this long may match a listed word with one edit (shorter ones
#: are too often ordinary words: "grade" is one edit from "Grace").
FUZZY_MIN_LOWER = 7

#: Words before a lower-case name-like common word that make it the common word
#: ("till dawn", "have hope again", "no joy"), and pronouns before a verb ("she will").
_NOUN_CONTEXT = W.word_set("names_noun_context.txt")
#: Words after a lower-case common-word match that make it a verb ("mark a clear").
_VERB_OBJECT = W.word_set("names_verb_object.txt")

_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "st",
    ]
)
_QUOTED = re.compile(r"[\"“”‘’']([^\"“”‘’']+)[\"“”‘’']")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_EMAIL = re.compile(r"^\S+@\S+\.\w+$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$")
_HANDLE = re.compile(r"^(?:@\w[\w.]*|u/\w+|\w*_\w*)$")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,}$")
_STATE_SUFFIX = re.compile(r"^(.+?),\s*[A-Z]{2,3}\.?$|^(.+?),\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$")


@dataclass(frozen=True)
class TermMatch:
    """One occurrence of a listed term in a text.

    Attributes:
        start: First character (titles and possessive endings excluded).
        end: One past the last character.
        entity: PERSON, LOCATION, ORGANIZATION, or a shape label (EMAIL, ID...).
        term: The listed name or alias this occurrence comes from.
        entry_index: Index of the entry in ``entries``; -1 for an extra term.
        form: How it matched: "listed" (a listed name or alias, any case), "part" (first
            or last name alone, a place or organisation without its suffix), "initial",
            "nickname" or "typo". The weaker forms may be ordinary words in a final text.
    """

    start: int
    end: int
    entity: str
    term: str
    entry_index: int
    form: str = "listed"


@dataclass(frozen=True)
class _Variant:
    """One searchable form of a listed term."""

    surface: str  # folded, as searched
    entity: str
    term: str
    entry_index: int
    needs_title: bool = False  # a bare initial ("O" in "Dr. O") only after a title
    needs_case: bool = (
        False  # nickname or name-like common word: capitalised unless notes are lower case
    )
    common: bool = False  # an ordinary word too ("Hope"): lower case needs name context
    form: str = "listed"  # reported on each match (see TermMatch.form)


def entry_entity(entry: KnownEntry) -> str:
    """The label a listed entry's mentions get: PERSON unless the term or role says otherwise."""
    role = (entry.role or "").lower()
    role_words = re.findall(r"[a-z]+", role)
    places = {
        "place",
        "town",
        "city",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "county",
        "street",
        "area",
        "village",
        "country",
        "state",
        "region",
        "hometown",
    }
    orgs = {
        "school",
        "employer",
        "workplace",
        "church",
        "hospital",
        "clinic",
        "company",
        "organisation",
        "organization",
        "agency",
        "team",
        "club",
        "work",
        "job",
        "unit",
        "band",
        "business",
        "program",
        "programme",
        "university",
        "college",
    }
    people = W.kinship_words() | {"client", "self", "person", "family"}
    # the head noun decides ("client's school" is a school); then any word
    for words in (role_words[-1:], role_words):
        if set(words) & places:
            return LOCATION
        if set(words) & orgs:
            return ORGANIZATION
        if set(words) & people:
            return PERSON
    return term_entity(entry.canonical)


def term_entity(term: str) -> str:
    """A term's label from its shape: contact details, IDs, places, organisations, else PERSON."""
    t = term.strip()
    if _EMAIL.match(t):
        return EMAIL
    if _URL.match(t):
        return URL
    if _HANDLE.match(t) and not t.isalpha():
        return SOCIAL_HANDLE
    if any(ch.isdigit() for ch in t):
        return PHONE if _PHONE.match(t) and sum(ch.isdigit() for ch in t) >= 10 else ID
    if _STATE_SUFFIX.match(t):
        return LOCATION
    words = [w.lower().rstrip(".") for w in _WORD.findall(W.fold(t))]
    if not words:
        return PERSON
    if any(w in W.org_words() for w in words[1:]) or words[-1] in W.org_words() and len(words) > 1:
        return ORGANIZATION
    if words[0] in {"st", "saint", "holy", "first"} and len(words) > 1:
        return ORGANIZATION
    if len(words) > 1 and (words[-1] in W.place_words() or words[0] in {"lake", "mount", "port"}):
        return LOCATION
    if (
        len(words) == 1
        and words[0] not in W.first_names()
        and words[0] not in W.common_word_names()
        and _is_city(t)
    ):
        return LOCATION
    return PERSON


def _is_city(name: str) -> bool:
    """True when the gazetteer knows ``name`` as a city or region (no gazetteer: False)."""
    try:
        from recognizers.places import gazetteer

        gz = gazetteer()
    except Exception:  # another engineer's module; a failure must not break the list
        return False
    return gz.is_city(name) or gz.is_region(name)


def _strip_titles(words: list[str]) -> tuple[list[str], bool]:
    """Leading titles removed ("Dr. Ruth Ames" -> "Ruth Ames"); True if one was removed."""
    had = False
    while len(words) > 1 and words[0].lower().rstrip(".") in W.titles():
        words = words[1:]
        had = True
    return words, had


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]\.?", word))


def _variants(
    entries: Sequence[KnownEntry], extra_terms: Sequence[tuple[str, str]]
) -> list[_Variant]:
    """Every searchable form of every listed term (names, aliases, parts, nicknames)."""
    out: dict[tuple[str, int], _Variant] = {}

    def add(v: _Variant) -> None:
        key = (v.surface.lower(), v.entry_index)
        old = out.get(key)
        # the strictest reason to accept a form wins only if no looser form was listed
        if old is None or (old.needs_case or old.needs_title or old.common) > (
            v.needs_case or v.needs_title or v.common
        ):
            out[key] = v

    for idx, entry in enumerate(entries):
        entity = entry_entity(entry)
        for raw in entry.names:
            names = [raw]
            quoted = _QUOTED.findall(raw)
            if quoted:
                # Dorothy "Dot" Halvorsen: the nickname and the name without it
                names = [_QUOTED.sub(" ", raw)] + quoted
            for name in names:
                _add_name(add, " ".join(name.split()), entity, raw, idx)
    for text, entity in extra_terms:
        if text.strip():
            add(_Variant(W.fold(" ".join(text.split())), entity, text, -1))
    return list(out.values())


def _add_name(add, name: str, entity: str, term: str, idx: int) -> None:  # type: ignore[no-untyped-def]
    """Add a name's searchable forms: whole, parts, place stem, nicknames."""
    shape = term_entity(name)
    if shape in (EMAIL, URL, SOCIAL_HANDLE, ID, PHONE):
        add(_Variant(W.fold(name), shape, term, idx))
        return
    words, had_title = _strip_titles(name.split())
    if not words:
        return
    surface = W.fold(" ".join(words))
    if len(words) == 1 and _is_initial(words[0]):
        # a bare listed initial: "T." anywhere as a word; "O" (from "Dr. O") after a title
        add(
            _Variant(
                surface, entity, term, idx, needs_title=not words[0].endswith("."), form="initial"
            )
        )
        return
    add(_Variant(surface, entity, term, idx, common=len(words) == 1 and _is_common(words[0])))
    if entity == LOCATION:
        m = _STATE_SUFFIX.match(name)
        if m:  # "Portland, OR" -> "Portland"
            add(
                _Variant(W.fold((m.group(1) or m.group(2)).strip()), entity, term, idx, form="part")
            )
        return
    if entity == ORGANIZATION:
        stem = list(words)
        while len(stem) > 1 and stem[-1].lower().rstrip(".") in W.org_words() | W.place_words():
            stem = stem[:-1]
        letters = sum(ch.isalpha() for ch in "".join(stem))
        if stem != words and letters >= 4 and not (len(stem) == 1 and _is_common(stem[0])):
            add(_Variant(W.fold(" ".join(stem)), entity, term, idx, form="part"))
        return
    if entity != PERSON:
        return
    parts = [p for p in words if not _is_initial(p)]
    if len(words) > 1:
        for i, part in enumerate(words):
            bare = part.rstrip(".,")
            if _is_initial(part):
                # "Jayden M.": "M." alone only after a title (the full form covers "Jayden M.")
                add(_Variant(W.fold(part), entity, term, idx, needs_title=True, form="initial"))
                continue
            if len(bare) < 2 or bare.lower() in _PARTICLES or bare.lower() in _STOP_WORDS():
                continue
            add(_Variant(W.fold(bare), entity, term, idx, common=_is_common(bare), form="part"))
            if "-" in bare:  # "Marchand-Roy" -> "Marchand", "Roy"
                for piece in bare.split("-"):
                    if len(piece) >= 3 and piece.lower() not in _STOP_WORDS():
                        add(
                            _Variant(
                                W.fold(piece),
                                entity,
                                term,
                                idx,
                                common=_is_common(piece),
                                form="part",
                            )
                        )
            if i + 1 < len(words) and _is_initial(words[i + 1]) and i == 0:
                pass  # "Jayden M." whole is already a variant
    if parts and not had_title:
        first = parts[0].rstrip(".,")
        if first.lower() in W.first_names() or len(parts) == 1:
            for nick in sorted(W.nicknames_of(W.fold(first))):
                add(
                    _Variant(
                        nick.capitalize(),
                        entity,
                        term,
                        idx,
                        needs_case=True,
                        common=nick in W.common_word_names(),
                        form="nickname",
                    )
                )


@cache
def _STOP_WORDS() -> frozenset[str]:  # noqa: N802 - a constant, loaded lazily
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _is_common(word: str) -> bool:
    w = word.lower()
    return w in W.common_word_names() or w in _STOP_WORDS()


_BREAK = r"(?:\u00ad|-[ \t]*\r?\n[ \t]*)?"  # a soft hyphen or a line-end hyphenation
_SEP = r"(?:[\s\u00ad]*[-‐‑–—][\s]*|[\s\u00ad]+)"  # between words: spaces, line breaks, hyphens


@cache
def _variant_regex(surface: str) -> re.Pattern[str]:
    """A listed form as a case-insensitive regex over folded text."""
    words = surface.split()
    parts = []
    for w in words:
        chars = [re.escape(c) if c != "'" else "'" for c in w]
        if sum(c.isalpha() for c in w) >= 4:
            parts.append(_BREAK.join(chars))
        else:
            parts.append("".join(chars))
    body = _SEP.join(parts)
    # the trailing period of an initial belongs to the span; other punctuation does not
    return re.compile(rf"(?<![\w@]){body}(?![^\W_])", re.IGNORECASE)


_TITLE_BEFORE = re.compile(r"(?:^|[^\w])([A-Za-z]+)\.?\s*$")


def _title_before(text: str, start: int) -> bool:
    m = _TITLE_BEFORE.search(text[max(0, start - 16) : start])
    return m is not None and m.group(1).lower() in W.titles()


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([^\W\d_]+)[^\w\n]*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _word_after(text: str, end: int) -> str:
    m = re.match(r"[ \t]+([^\W\d_]+)", text[end : end + 30])
    return m.group(1).lower() if m else ""


def _accept(v: _Variant, text: str, start: int, end: int, lower_notes: bool) -> bool:
    """Context rules for the weaker forms (bare initials, nicknames, name-like words)."""
    found = text[start:end]
    if v.needs_title and not _title_before(text, start):
        return False
    if len(found.rstrip(".")) == 1 and found[0].islower() and not lower_notes:
        return False  # "a." in prose is not the initial "A."
    capitalised = found[:1].isupper()
    if v.needs_case and not capitalised and not lower_notes:
        return False
    if v.common and not capitalised:
        if not lower_notes:
            return False
        if _word_before(text, start) in _NOUN_CONTEXT or _word_after(text, end) in _VERB_OBJECT:
            return False
    return True


def _inside_longer_allowed(allowed: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when the match is a strict part of an allow-list phrase ("Mark" in "Mark Epstein")."""
    return any(a <= start and end <= b and (b - a) > (end - start) for a, b in allowed)


def find_listed_terms(
    text: str,
    entries: Sequence[KnownEntry],
    extra_terms: Sequence[tuple[str, str]] = (),
) -> list[TermMatch]:
    """Every mention of every listed term in ``text`` (the leak checker calls this too).

    Matches any case; titles and possessive endings stay outside the span; a full name
    also matches by first or last name alone, by a common nickname of the first name,
    across a line break or hyphen, and (words of 5+ letters) with one typo. Weak forms
    need context: a bare initial needs a title before it, a name that is also an ordinary
    word ("Hope", "dawn") needs a capital or, in lower-case notes, name-like context.

    Args:
        text: The text to search.
        entries: The People & places list.
        extra_terms: (text, entity) pairs the clinician marked by hand.

    Returns:
        Non-overlapping matches sorted by start (the longest wins an overlap).
    """
    if not text or not (entries or extra_terms):
        return []
    variants = _variants(entries, extra_terms)
    folded = W.fold(text)
    lower_notes = W.lowercase_style(text)
    allowed = _allowed_spans(text)
    found: list[TermMatch] = []
    for v in variants:
        for m in _variant_regex(v.surface).finditer(folded):
            s, e = m.span()
            if not _accept(v, text, s, e, lower_notes):
                continue
            if v.entry_index >= 0 and _inside_longer_allowed(allowed, s, e):
                continue
            found.append(TermMatch(s, e, v.entity, v.term, v.entry_index, v.form))
    found.extend(_fuzzy(text, folded, variants, lower_notes, allowed))
    return _non_overlapping(found, text)


def _allowed_spans(text: str) -> list[tuple[int, int]]:
    """Clinical allow-list spans, possessive endings dropped ("Linehan's" counts as "Linehan")."""
    from recognizers.allow_list import ClinicalAllowList

    out = []
    for a, b in ClinicalAllowList.load().spans(text):
        if W.fold(text[b - 2 : b]) == "'s":
            b -= 2
        elif W.fold(text[b - 1 : b]) == "'":
            b -= 1
        out.append((a, b))
    return out


def _fuzzy(
    text: str,
    folded: str,
    variants: Iterable[_Variant],
    lower_notes: bool,
    allowed: list[tuple[int, int]],
) -> list[TermMatch]:
    """One-edit misspellings (OSA: a transposition is one edit) of listed words of 5+ letters."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA  # a swapped pair of letters counts as one edit

    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in re.finditer(r"[^\W\d_]+", folded):
        if len(m.group()) >= FUZZY_MIN_LETTERS - 1:
            index[m.group()].append(m.span())
    if not index:
        return []
    choices = list(index)
    lowered = [c.lower() for c in choices]
    out: list[TermMatch] = []
    for v in variants:
        word = v.surface
        if (
            " " in word
            or not word.isalpha()
            or len(word) < FUZZY_MIN_LETTERS
            or v.common
            or v.needs_case
            or v.entity not in (PERSON, LOCATION, ORGANIZATION)
            or word.lower() in W.common_word_names()
        ):
            continue
        target = word.lower()
        for _choice, dist, i in process.extract(
            target, lowered, scorer=OSA.distance, score_cutoff=1, limit=None
        ):
            if dist == 0:
                continue  # exact matches are the regex pass's job
            cand = choices[i]
            if cand[0].lower() != target[0]:
                continue  # a typo rarely hits the first letter; other words often do
            if cand[0].islower() and (not lower_notes or len(cand) < FUZZY_MIN_LOWER):
                continue
            if cand.lower() in W.first_names() or cand.lower() in _STOP_WORDS():
                continue  # another real name or an ordinary word, not a typo
            for s, e in index[cand]:
                if _inside_longer_allowed(allowed, s, e):
                    continue
                out.append(TermMatch(s, e, v.entity, v.term, v.entry_index, "typo"))
    return out


def _non_overlapping(matches: list[TermMatch], text: str) -> list[TermMatch]:
    """Longest match wins an overlap; adjacent parts of one entry join ("Maria Gonzales")."""
    out: list[TermMatch] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start), m.entry_index)):
        if out and m.start < out[-1].end:
            if m.end > out[-1].end:  # partial overlap: widen rather than lose characters
                prev = out[-1]
                out[-1] = TermMatch(
                    prev.start, m.end, prev.entity, prev.term, prev.entry_index, prev.form
                )
            continue
        if (
            out
            and m.entry_index == out[-1].entry_index
            and m.entry_index >= 0
            and re.fullmatch(r"[ \t\n-]{1,3}", text[out[-1].end : m.start])
        ):
            prev = out[-1]
            out[-1] = TermMatch(
                prev.start, m.end, prev.entity, prev.term, prev.entry_index, prev.form
            )
            continue
        out.append(m)
    return out


class KnownListRecognizer(EntityRecognizer):
    """Flags every mention of the clinician's listed people, places and extra terms.

    All matches are kind "direct" with score 1.0; see ``find_listed_terms`` for the rules.
    """

    def __init__(
        self,
        entries: Sequence[KnownEntry],
        extra_terms: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.entries = tuple(entries)
        self.extra_terms = tuple(extra_terms)
        super().__init__(
            supported_entities=[
                PERSON,
                LOCATION,
                ORGANIZATION,
                EMAIL,
                URL,
                SOCIAL_HANDLE,
                ID,
                PHONE,
            ],
            name=RECOGNIZER_NAME,
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every mention of every listed term (entities filter is ignored: the list always wins)."""
        return [
            RecognizerResult(
                entity_type=m.entity,
                start=m.start,
                end=m.end,
                score=1.0,
                analysis_explanation=AnalysisExplanation(
                    recognizer=RECOGNIZER_NAME,
                    original_score=1.0,
                    pattern_name="listed term",
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: RECOGNIZER_NAME,
                    "kind": "direct",
                },
            )
            for m in find_listed_terms(text, self.entries, self.extra_terms)
        ]
