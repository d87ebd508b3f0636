"""Clinical phrases that are never identifiers: diagnoses, drugs, scales, modalities, theorists."""

from __future__ import annotations

import re
import re._constants as _sre_constants  # the regex parser (Python 3.11+), to file regexes
import re._parser as _sre_parser  # by the letters they can start with
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from recognizers.word_trie import trie_regex

DATA_FILE = "clinical_allow.txt"

#: Further allow-list files merged into the clinical list (medications, scales, diagnoses...).
EXTRA_FILES = (
    "allow_medications.txt",
    "allow_scales.txt",
    "allow_diagnoses.txt",
    "allow_public.txt",
    "allow_theorists.txt",
    "allow_kinship.txt",
    "allow_helplines.txt",
    "allow_religion.txt",
    "allow_public_events.txt",
    "allow_clinical_terms.txt",
    "allow_foreign_phrases.txt",
    "allow_practices.txt",
)

#: Authors whose surnames are also common names: allowed only where they are cited.
CITED_FILE = "allow_theorists_cited.txt"
#: Kinship words that are also given names ("Nana", "Lola"): allowed after "my", "her"...
KIN_CONTEXT_FILE = "allow_kinship_context.txt"
#: Kinship words that stand before a name as a title ("Nan Betty", "Koro Hemi").
KIN_TITLES_FILE = "allow_kinship_titles.txt"
#: National bodies, programmes and charities: allowed unless the text makes one the
#: client's or a relative's employer ("retired from the RCMP", "a Red Cross volunteer").
BODIES_FILE = "allow_public_bodies.txt"
#: Widely known public figures by full name: allowed unless the text also names someone by
#: their first name alone ("Celia" in a case about a client called Celia Cruz).
FIGURES_FILE = "allow_public_figures.txt"
#: Everyday words of other languages that are also given names ("aroha", "mana"):
#: allowed only where written in lower case in normally capitalised text.
LOWERCASE_FILE = "allow_lowercase.txt"
#: Sports teams: allowed where a client follows them ("supports Celtic", "a Packers fan").
TEAMS_FILE = "allow_sports_teams.txt"
#: Brands, apps and chains: allowed unless they follow a workplace word ("works at Sonic").
BRAND_FILE = "allow_brands.txt"

#: After a cited author's possessive: the kind of thing only an author has ("Gilbert's
#: model"). Words a client also has ("work", "therapy", "view", "school") are left out.
_WORK_NOUNS = (
    r"model|models|theory|theories|framework|framing|approach|method|protocol|concept"
    r"|concepts|construct|notion|writing|writings|research|stages|phases|tasks|principles"
    r"|triangle|hierarchy|window|ladder|cycle|typology|taxonomy|formulation|distinction"
    r"|criteria|scale|inventory|questionnaire|checklist|technique|techniques|interventions"
    r"|manual|constellation|paradigm|metaphor|lens|hypothesis|findings|studies|horsemen"
    r"|matrix|quadrants|pyramid|continuum|schemas|modes|dimensions|paradox|tradition"
    r"|classic|seminal|well-known|four|five|three|six|seven|complicated\s+grief"
    r"|dual[\s-]+process|minority\s+stress|interpersonal\s+theory|historical\s+trauma"
    r"|soul\s+wound|racial\s+trauma|intergenerational\s+trauma|position|containment"
    r"|mirroring|attunement|transference|countertransference|defences|defenses|mentali[sz]ation"
    r"|triangles|differentiation|externali[sz]ing|affects|bonds|reconstruction|stances"
    r"|conceptuali[sz]ation|selfobject|holding\s+environment|secure\s+base|continuing\s+bonds"
    r"|ambiguous\s+loss|disenfranchised\s+grief|meaning\s+reconstruction|miracle\s+question"
    r"|grief\s+treatment|paranoid-schizoid|depressive\s+position"
)
#: After a cited author's bare name: what is named after an author ("the Spector programme").
_METHOD_NOUNS = (
    r"model|theory|framework|approach|method|protocol|programme|program|scale|inventory"
    r"|questionnaire|checklist|technique|manual|paradigm"
)
#: A year as cited: 1900-2099, an optional letter ("2010a").
_YEAR = r"(?:19|20)\d{2}[a-z]?"
#: Any capitalised name ("Foa", "O'Connor", "van der Kolk", "Le Grange") in a citation.
_NAME = r"(?:(?:van|von|de|der|den|le|la|du|di|da)\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_GENERIC_CITATION = re.compile(
    rf"\((?P<first>{_NAME})(?:(?:,\s*|\s*&\s*|\s+and\s+){_NAME}){{0,5}}"
    rf"(?:,?\s*et\s+al\.?)?,?\s*{_YEAR}(?:[,;]\s*(?:p\.\s*)?\d+)?\)"
    rf"|\((?P<first2>{_NAME})\s+et\s+al\.?(?:,?\s*{_YEAR})?\)"
)


def _data_path(name: str) -> Path:
    return Path(str(resources.files("recognizers") / "data" / name))


def read_word_list(name: str) -> list[str]:
    """Lines of a data file in ``recognizers/data``; ``#`` comments and blanks skipped."""
    out = []
    for raw in _data_path(name).read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


def _optional_list(name: str) -> list[str]:
    return read_word_list(name) if _data_path(name).exists() else []


#: Finds allowed (start, end) spans in a text.
Finder = Callable[[str], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class ClinicalAllowList:
    """Compiled allow-list; ``spans`` finds its phrases in a text (case-insensitive).

    ``pattern`` matches the plain phrases; ``context`` holds finders for terms allowed only
    in context (cited authors, kinship words that are also names, brands, citations).
    """

    pattern: re.Pattern[str] | None
    context: tuple[Finder, ...] = ()

    @classmethod
    @cache
    def load(cls, name: str = DATA_FILE) -> ClinicalAllowList:
        """Load and compile the allow-list data file (cached)."""
        words = read_word_list(name)
        context: tuple[Finder, ...] = ()
        if name == DATA_FILE:
            for extra in EXTRA_FILES:
                words += _optional_list(extra)
            context = _context_finders(
                cited=_optional_list(CITED_FILE),
                bare=[
                    w
                    for w in _optional_list("allow_theorists.txt") + read_word_list(DATA_FILE)
                    if not w.startswith("re:") and w[:1].isupper()
                ],
                kin=_optional_list(KIN_CONTEXT_FILE),
                brands=_optional_list(BRAND_FILE),
                titles=frozenset(w.lower() for w in _optional_list(KIN_TITLES_FILE)),
                bodies=_optional_list(BODIES_FILE),
                figures=_optional_list(FIGURES_FILE),
                lowercase=_optional_list(LOWERCASE_FILE),
                teams=_optional_list(TEAMS_FILE),
            )
        terms = sorted(set(words), key=len, reverse=True)
        raw = [t for t in terms if t.startswith(("re:", "tel:"))]
        if raw:
            context = (_by_first_char([_term_regex(t) for t in raw]), *context)
        literal = [t for t in terms if not t.startswith(("re:", "tel:"))]
        if not literal:
            return cls(None, context)
        return cls(re.compile(_literal_regex(literal), re.IGNORECASE), context)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every allow-listed phrase in ``text``.

        The analysis, the spaCy filter and the list matcher each ask for the same paragraph,
        so the last few answers are kept (in memory only).
        """
        return list(_cached_spans(self, text))

    def _spans(self, text: str) -> list[tuple[int, int]]:
        out = [] if self.pattern is None else [m.span() for m in self.pattern.finditer(text)]
        for find in self.context:
            out.extend(find(text))
        out.extend(_later_scores(text, out))
        out.extend(_cited_years(text, out))
        spans = sorted(set(out), key=lambda s: (s[0], -s[1]))
        # keep the outermost of nested spans: "(Foa, 2007)" and not also its "Foa"
        kept: list[tuple[int, int]] = []
        for span in spans:
            if not kept or span[1] > kept[-1][1]:
                kept.append(span)  # a TitleSpan stays one
        return kept


def clear_span_cache() -> None:
    """Forget the kept answers of ``spans`` (benchmarks time cold analysis)."""
    _cached_spans.cache_clear()


@lru_cache(maxsize=32)
def _cached_spans(allow: ClinicalAllowList, text: str) -> tuple[tuple[int, int], ...]:
    return tuple(allow._spans(text))


class TitleSpan(tuple[int, int]):
    """An allowed kinship title before a name, with the space after it ("Nan " in "Nan Betty").

    A person's name found with the title in front of it is cut to the name.
    """

    __slots__ = ()


#: An allowed measure's name: capitals with an optional number ("SUDS", "PHQ-9", "K10").
_MEASURE = re.compile(r"[A-Z][A-Za-z]*[A-Z](?:-?[A-Z\d]+)*\b|[A-Z]+-?\d{1,2}\b")
#: Words of a score's course between a measure and its number ("peaked at", "fell to");
#: one of them must be a word only a score has, so "CBT at 19" keeps its age.
_SCORE_VERBS = (
    r"score|scores|scored|total|peaked|fell|dropped|rose|climbed|increased|decreased"
    r"|improved|worsened|remained|stayed|sits|sitting"
)
_SCORE_LINKS = r"was|is|were|at|to|from|of|then|and|down|up|back|now|around|about|only|just"
_LATER_SCORE = re.compile(
    rf"(?:[ \t,]+(?i:{_SCORE_LINKS}))*[ \t,]+(?i:{_SCORE_VERBS})"
    rf"(?:[ \t,]+(?i:{_SCORE_LINKS}|{_SCORE_VERBS})){{0,3}}[ \t]+"
    r"(?P<n>\d{1,3}(?:\.\d)?(?:/\d{1,3})?)\b"
    r"(?![ \t]*(?:years?|yrs?|y/?o|months?|mos?|weeks?|wks?|days?|hours?|hrs?|am|pm|%|:\d))"
)


#: A bracketed year right after a cited name: "Linehan (1993)", "Yalom (2005, p. 12)".
_CITED_YEAR = re.compile(rf"\s*(\(\s*{_YEAR}(?:[,;]\s*(?:pp?\.\s*)?\d+(?:-\d+)?)?\s*\))")


def _cited_years(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The year of an allowed author's work: "Linehan (1993)" cites, it dates nothing.

    Only after an allowed name (capitalised, no digits), so "PHQ-9 (2019)" and a
    client's "moved (2019)" keep their year.
    """
    out = []
    for a, b in spans:
        name = text[a:b]
        if not name[:1].isupper() or any(c.isdigit() for c in name):
            continue
        m = _CITED_YEAR.match(text, b)
        if m:
            out.append(m.span(1))
    return out


def _later_scores(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Scores a few words after an allowed measure: "SUDS peaked at 80", "PHQ-9 fell to 11".

    Only the words of a score's course may come between ("peaked at", "dropped back to"),
    so "PHQ-9 done when she was 14" and "CBT at 19" keep their ages.
    """
    out = []
    for a, b in spans:
        head = _MEASURE.match(text, a)
        if head is None or head.end() > b:
            continue
        m = _LATER_SCORE.match(text, b)
        if m:
            out.append(m.span("n"))
    return out


def _by_first_char(alternatives: list[str]) -> Finder:
    """Spans of an alternation of regexes, trying at each word only those that can start it.

    With some 170 regexes, one alternation tried every regex at every word and took a tenth
    of the analysis time. Each regex is filed under the letters it can start with; at a word
    starting with "p" only the "p" regexes run, in their original order, so the same one wins
    and the spans are those of the plain alternation. A regex whose first letters can't be
    worked out (or one with a named group) falls back to the plain alternation for all.
    """
    firsts = [_first_chars(a) for a in alternatives]
    if any(f is None for f in firsts) or any("(?P" in a for a in alternatives):
        return _group_spans(_word_regex("|".join(alternatives)))
    by_key: dict[str, re.Pattern[str]] = {}
    for key in sorted({c for f in firsts if f is not None for c in f}):
        members = [a for a, f in zip(alternatives, firsts, strict=True) if f and key in f]
        by_key[key] = _word_regex("|".join(members))
    letters = "".join(re.escape(k) for k in by_key)
    starts = re.compile(rf"(?<![\w@/.-])(?=[{letters}])", re.IGNORECASE)

    def find(text: str) -> Iterator[tuple[int, int]]:
        pos = 0
        while (start := starts.search(text, pos)) is not None:
            at = start.start()
            key = text[at].lower()
            m = by_key[key].match(text, at) if key in by_key else None
            if m is None:
                pos = at + 1
                continue
            yield m.span()
            pos = max(m.end(), at + 1)

    return find


def _word_regex(alternation: str) -> re.Pattern[str]:
    """An alternation matched only as whole words (not inside a word, an address or a handle)."""
    return re.compile(rf"(?<![\w@/.-])(?:{alternation})(?![\w@])", re.IGNORECASE)


def _first_chars(regex: str) -> frozenset[str] | None:
    """Lower-cased characters a match of ``regex`` can start with, or None when unknown."""
    try:
        parsed = _sre_parser.parse(regex)
    except re.error:
        return None
    first, nullable = _seq_first(list(parsed))
    return None if first is None or nullable else frozenset(c.lower() for c in first)


def _seq_first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """First characters of a parsed sequence, and whether it can match the empty string."""
    out: set[str] = set()
    for op, arg in items:
        first, nullable = _item_first(op, arg)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _item_first(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    c = _sre_constants
    if op is c.LITERAL:
        return {chr(arg)}, False
    if op is c.IN:
        chars: set[str] = set()
        for sub_op, sub_arg in arg:
            if sub_op is c.LITERAL:
                chars.add(chr(sub_arg))
            elif sub_op is c.RANGE and sub_arg[1] - sub_arg[0] < 64:
                chars.update(chr(i) for i in range(sub_arg[0], sub_arg[1] + 1))
            elif sub_op is c.CATEGORY and sub_arg is c.CATEGORY_DIGIT:
                # a match starting with a non-ASCII digit is then not allowed: the safe side
                chars.update("0123456789")
            else:
                return None, False  # a negated set, a category (\d, \w) or a wide range
        return chars, False
    if op is c.SUBPATTERN:
        return _seq_first(list(arg[-1]))
    if op is c.BRANCH:
        union: set[str] = set()
        any_nullable = False
        for branch in arg[1]:
            first, nullable = _seq_first(list(branch))
            if first is None:
                return None, False
            union |= first
            any_nullable |= nullable
        return union, any_nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = arg
        first, nullable = _seq_first(list(body))
        return first, nullable or low == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: the next item decides
    return None, False


def _term_regex(term: str) -> str:
    """A ``re:`` term (a raw regex) or a ``tel:`` term (a phone number, any spacing)."""
    if term.startswith("tel:"):
        return _phone_regex(term[4:].strip())
    return f"(?:{term.removeprefix('re:').strip()})"


def _literal_regex(terms: Iterable[str]) -> str:
    """Literal terms as one regex, built as a trie so long texts scan fast.

    Matching ignores case and spacing, except that an all-capitals acronym keeps its case
    ("NA", not "na" in "Coláiste na Trá"; one of three letters or more may also be written
    all in lower case). A possessive ("Beck's model", "Rogers' regard") is allowed.
    """
    folded: list[str] = []
    exact: list[str] = []
    for term in terms:
        if _is_acronym(term):
            exact.append(term)
            if sum(c.isalpha() for c in term) >= 3:
                exact.append(term.lower())
        else:
            folded.append(term.lower())
    parts = [_trie(folded)] if folded else []
    if exact:
        parts.append(f"(?-i:{_trie(exact)})")
    return rf"(?<![\w@/.-])(?:{'|'.join(parts)})(?:['’]s?)?(?![\w@])"


def _trie(terms: Iterable[str]) -> str:
    """A regex matching any of ``terms``, longest first; a space matches any whitespace."""
    return trie_regex(
        [r"\s+" if atom.isspace() else re.escape(atom) for atom in re.findall(r"\s+|.", t.strip())]
        for t in terms
    )


def _is_acronym(term: str) -> bool:
    return any(c.isalpha() for c in term) and not any(c.islower() for c in term)


def _phone_regex(number: str) -> str:
    """A public number ("13 11 14") with any or no spacing, dots or dashes, maybe bracketed."""
    digits = [c for c in number if c.isalnum()]
    body = r"[\s.-]?".join(re.escape(c) for c in digits)
    return rf"\(?(?:\+\d{{1,3}}[\s.-]?)?{body}\)?"


def _alternation(terms: Iterable[str]) -> str:
    """Literal terms (case kept) as one regex group, with flexible spaces."""
    return f"(?:{_trie(t for t in terms if t.strip())})"


def _group_spans(pattern: re.Pattern[str]) -> Finder:
    """A finder giving the span of the named group ``a`` or ``b`` that matched, else the match."""
    names = [g for g in ("a", "b") if g in pattern.groupindex]

    def find(text: str) -> Iterator[tuple[int, int]]:
        for m in pattern.finditer(text):
            hit = next((g for g in names if m.group(g) is not None), None)
            yield m.span(hit) if hit else m.span()

    return find


def _bracketed(name: str) -> Finder:
    """A listed author alone in brackets after a concept: "acculturation gap (Berry)".

    "Her husband (Gilbert)" is not a citation, so the word before the bracket must not be a
    kinship or role word, a capitalised name or a number.
    """
    pattern = re.compile(rf"(?P<before>[\w.'’-]+)?\s*\(\s*(?P<a>{name})(?=\s*(?:,\s*(?!\d)|\)|;))")
    roles = _role_words()

    def find(text: str) -> Iterator[tuple[int, int]]:
        for m in pattern.finditer(text):
            before = m.group("before") or ""
            if not before or before.lower() in roles or before[0].isdigit():
                continue
            if before[0].isupper() and not before.isupper() and before.lower() not in _CONCEPT_CAPS:
                continue  # "Tom (Gilbert)": a name and its surname
            yield m.span("a")

    return find


#: Capitalised words before a bracketed author that are still concepts ("Gap (Berry)").
_CONCEPT_CAPS = frozenset({"model", "theory", "therapy", "framework", "approach", "gap"})


@cache
def _role_words() -> frozenset[str]:
    """Kinship and role words after which a bracketed surname is a person in the case."""
    words = read_word_list("allow_citation_role_words.txt") + _optional_list("names_kinship.txt")
    return frozenset(w.lower() for w in words)


def _author_lists(
    pattern: re.Pattern[str], cited: frozenset[str], cited_after: re.Pattern[str]
) -> Finder:
    """Lists of two or more listed authors with at least one common surname among them.

    With a distinctive author in the list it is a citation anywhere ("Miller and
    Rollnick", "White & Epston"); a list of common surnames only ("Clark & Wells") must be
    bracketed or followed by a work noun, a year or "et al.". Lists of distinctive names
    only are already allowed name by name.
    """
    split = re.compile(r"\s*(?:,|&|\band\b|/)\s*")

    def find(text: str) -> Iterator[tuple[int, int]]:
        for m in pattern.finditer(text):
            names = [" ".join(n.split()) for n in split.split(m.group())]
            common = [n in cited for n in names]
            if not any(common):
                continue
            bracketed = text[: m.start()].rstrip().endswith("(") and re.match(
                r"\s*[,);]", text[m.end() :]
            )
            if all(common) and not bracketed and not cited_after.match(text, m.end()):
                continue
            yield m.span()

    return find


def _context_finders(
    *,
    cited: list[str],
    bare: list[str],
    kin: list[str],
    brands: list[str],
    titles: frozenset[str],
    bodies: list[str],
    figures: list[str],
    lowercase: list[str],
    teams: list[str],
) -> tuple[Finder, ...]:
    """Finders for terms that are allowed only in context."""
    out: list[Finder] = [
        _generic_citations,
        _et_al_citations,
        _eponymous_models,
        _clinician_self_statements,
        _other_language_runs,
        _authors_and_figures_by_use,
    ]
    if figures:
        out.append(_public_figures(figures))
    if lowercase:
        out.append(_lowercase_words(lowercase))
    if teams:
        out.append(_sports_teams(teams))
    if cited:
        name = f"(?:{_alternation(cited)})"
        anyone = f"(?:{_alternation(cited + bare)})"
        sep = r"\s*(?:,|&|\band\b|/)\s*"
        cited_after = re.compile(
            rf"(?:['’]s?)?\s+(?:[\w-]+\s+){{0,3}}?(?:\w+-)?(?i:{_WORK_NOUNS})\b"
            rf"|\s*\(\s*{_YEAR}\s*[);,]|,\s*{_YEAR}\b|\s+et\s+al\b"
            # "Gardner & Moore (MAC)": a method's acronym in brackets after the authors
            r"|\s*\((?-i:[A-Z][A-Z-]{1,7})\)"
        )
        titled = r"(?<!\bMr\.\s)(?<!\bMrs\.\s)(?<!\bMs\.\s)(?<!\bMr\s)(?<!\bMs\s)(?<!\bMrs\s)"
        patterns = [
            # "Gilbert's compassion-focused model", "Stern's motherhood constellation"
            rf"(?<![\w-]){titled}(?P<a>{name}['’]s?)"
            rf"(?=\s+(?:[\w-]+\s+){{0,3}}?(?:\w+-)?(?i:{_WORK_NOUNS})\b)",
            # "the Spector programme", "a Gottman method": the author's name as a method's
            rf"(?<![\w-]){titled}(?P<b>{name})(?=\s+(?i:{_METHOD_NOUNS})\b)",
            # "Gilbert (2010)", "Herman et al.", "(Stern, 1995)"
            rf"(?<![\w-])(?P<a>{name})(?=\s*\(\s*{_YEAR}\s*[);,]|\s+et\s+al\b)"
            rf"|(?<=\()(?P<b>{name})(?=,?\s*(?:et\s+al\.?,?\s*)?{_YEAR}\s*[);,])",
            # "per Gilbert", "cf. Stern", "see Herman"; "Novaco-style", "Siegel-informed"
            # (only listed authors: "per Francine" is how notes quote a relative)
            rf"(?:(?<=\bper\s)|(?<=\bcf\.\s)|(?<=\bcf\s)|(?<=\bsee\s)|(?<=\bà la\s)|(?<=\ba la\s))"
            rf"(?P<a>{name})(?![\w-])"
            rf"|(?<![\w-])(?P<b>{name})(?=-(?:style|informed|inspired|based|type|esque)\b)",
        ]
        out += [_group_spans(re.compile(p)) for p in patterns]
        out.append(_bracketed(name))
        out.append(
            _author_lists(
                re.compile(rf"(?<![\w-]){titled}{anyone}(?:{sep}{anyone})+(?![\w-])"),
                frozenset(cited),
                cited_after,
            )
        )
    if kin:
        out.append(_kinship(kin, titles, _optional_list("allow_kinship.txt")))
    if brands:
        out.append(_unless_employer(brands, brand=True))
    if bodies:
        out.append(_unless_employer(bodies, brand=False))
    return tuple(out)


#: Before a brand that is someone's workplace: "works at Sonic", "drives for Uber".
_BRAND_EMPLOYER_BEFORE = re.compile(
    r"\b(?:at|for|by|from|joined|left|manages|owns|manager)\s+(?:the\s+)?$"
)
#: Before a body or brand that is someone's employer: "retired from the RCMP", "30 years
#: with the Salvation Army", "a job at Canada Post", "ex-RCMP".
_EMPLOYER_BEFORE = re.compile(
    r"(?:\b(?:works?|worked|working|employed|employee|job|jobs|shifts?|hired|retired|resigned"
    r"|joined|quit|left|career|served|serves|serving|volunteers?|volunteered|volunteering"
    r"|enlisted|manager|supervisor|officer|staff|years?)(?:\s+[a-z]+){0,2}?"
    r"\s+(?:at|for|with|by|from|in|on|to)\s+(?:the\s+)?"
    r"|\b(?:joined|left|quit)\s+(?:the\s+)?|\bex-|\b(?:former|retired)\s+)$",
    re.IGNORECASE,
)
#: After a body or brand that is someone's employer: "an RCMP officer", "Red Cross volunteer".
_EMPLOYER_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:officer|constable|detective|sergeant|corporal|inspector|agent|trooper"
    r"|employee|staffer|staff|volunteer|worker|nurse|paramedic|firefighter|veteran|cadet"
    r"|recruit|pension|colleague|co-?worker|manager|supervisor|driver|carrier|clerk|pilot"
    r"|member|job|career|uniform)s?\b",
    re.IGNORECASE,
)


def _unless_employer(terms: list[str], *, brand: bool) -> Finder:
    """Brands or public bodies, allowed unless the text makes one someone's workplace.

    A workplace word before or after a mention ("works at Sonic", "retired from the RCMP",
    "an RCMP officer") makes that body an identifier in the whole text, so its other
    mentions ("the RCMP culture") are flagged too. For brands "at" or "for" alone is
    enough ("shifts at Sonic"); a public body is also a place people call or visit
    ("someone at the Red Cross said"), so it needs a work word.
    """
    word = re.compile(rf"(?<![\w@/.-])(?P<a>(?i:{_alternation(terms)})(?:['’]s?)?)(?![\w@])")

    def find(text: str) -> Iterator[tuple[int, int]]:
        hits: list[tuple[str, int, int]] = []
        employer: set[str] = set()
        for m in word.finditer(text):
            a, b = m.span("a")
            key = " ".join(re.sub(r"['’]s?$", "", m.group("a")).lower().split())
            before, after = text[max(0, a - 60) : a], text[b : b + 30]
            if (
                _EMPLOYER_BEFORE.search(before)
                or _EMPLOYER_AFTER.match(after)
                or (brand and _BRAND_EMPLOYER_BEFORE.search(before))
            ):
                employer.add(key)
            else:
                hits.append((key, a, b))
        for key, a, b in hits:
            if key not in employer:
                yield a, b

    return find


#: Before a kinship word: a possessive or "the" ("her Lola", "the Yiayia").
_KIN_OWNER = re.compile(r"\b(?:my|his|her|their|our|your|the)\s+$", re.IGNORECASE)
#: After a kinship word: a gloss naming the relation ("Nana (maternal grandmother)").
_KIN_GLOSS = re.compile(
    r"\s*[(,–—-]\s*(?i:(?:her|his|their|my|the)\s+)?"
    r"(?i:maternal|paternal|grand|great|mother|father|mum|mom|dad|aunt|uncle|older|elder)\b"
)
#: Before a word used as a person's name: a relation that is not an elder, or a naming verb
#: ("her daughter Lola", "a friend, Tia", "named Nana", "goes by Mimi").
_NAME_BEFORE = re.compile(
    r"\b(?:daughter|son|sister|brother|sibling|twin|friend|bestie|girlfriend|boyfriend|wife"
    r"|husband|partner|fianc[ée]e?|niece|nephew|cousin|colleague|co-?worker|boss|manager"
    r"|neighbou?r|room-?mate|flatmate|classmate|teammate|sponsor|client|patient|baby|child"
    r"|kid|girl|boy|student|named|called|nicknamed|aka|goes\s+by|n[ée]e|Ms|Mrs|Miss|Mr|Mx|Dr)"
    r"\.?,?\s+$",
    re.IGNORECASE,
)
#: Before an elder's name: "her father, Paul", "his uncle Bob".
_ELDER_BEFORE = re.compile(
    r"\b(?:father|mother|dad|mum|mom|uncle|aunt|auntie|aunty|grand(?:father|mother|pa|ma|dad)"
    r"|step(?:father|mother|dad|mum|mom)|godfather|godmother|parent)\.?,?\s+$",
    re.IGNORECASE,
)
#: After a word used as a person's name: an age ("Lola, 9", "Tia (14)", "Nan 34 y/o").
_NAME_AFTER = re.compile(r"\s*(?:,|\()?\s*\d{1,3}\b(?!\s*(?:/|:|am\b|pm\b|%))")
#: After a word used as a person's name: a gloss naming a relation that is not an elder
#: ("Lola (her sister, 12)", "Tia - a friend from school").
_NAME_GLOSS = re.compile(
    r"\s*[(,–—-]\s*(?:(?:her|his|their|my|the|a|an|our)\s+)?(?:older\s+|younger\s+|little\s+)?"
    r"(?:sister|brother|sibling|daughter|son|child|friend|cousin|niece|nephew|partner|wife"
    r"|husband|girlfriend|boyfriend|classmate|colleague|neighbou?r|client|patient)\b",
    re.IGNORECASE,
)
#: Before a word used as a place: a locative preposition ("grew up on Koro", "from Ba").
_PLACE_BEFORE = re.compile(
    r"\b(?:in|on|at|from|to|near|off|around|via|outside|across|towards?)\s+$", re.IGNORECASE
)


def _kinship(terms: list[str], titles: frozenset[str], anchors: list[str]) -> Finder:
    """Kinship words that are also names or places, allowed where the text uses them as kin.

    A mention after a possessive or "the" ("her Lola", "the Yiayia") or before a relation
    gloss ("Nana (maternal grandmother)") is kinship where it stands. It also shows that
    the text uses the word for a relative, as does a title before a given name ("Nan
    Betty", "Koro Hemi"); then its bare mentions ("told Nan", "Koro is the anchor") are
    kinship too, and so is a mention listed with a kinship word of another language
    ("Nanay and Lola", "Umma and Abba"). Unless the text also uses the word as someone's
    name ("her daughter Lola", "Tia, 14", "goes by Mimi") or a place ("grew up on Koro"):
    then only the marked mentions are allowed.
    """
    word = re.compile(rf"(?<![\w'’-])(?P<a>(?i:{_alternation(terms)}))(?:['’]s?)?(?![\w'’-])")
    kin_word = f"(?i:{_alternation(anchors)})(?:['’]s?)?"
    listed_after = re.compile(rf"(?<![\w'’-]){kin_word}\s*(?:,|&|/|\band\b|\bor\b)\s*$")
    listed_before = re.compile(rf"\s*(?:,|&|/|\band\b|\bor\b)\s*{kin_word}(?![\w'’-])")
    anchor_titles = [t for t in anchors if t.lower() in titles]
    anchor_title = re.compile(
        rf"(?<![\w'’-])(?i:{_alternation(anchor_titles)})[ \t]+(?=[A-Z][^\W\d_])"
    )

    def find(text: str) -> Iterator[tuple[int, int]]:
        marked: list[tuple[int, int]] = []
        kin: set[str] = set()
        named: set[str] = set()
        bare: list[tuple[str, int, int]] = []
        for m in word.finditer(text):
            key, (a, b) = m.group("a").lower(), m.span()
            before, after = text[max(0, a - 30) : a], text[b : b + 80]
            if _KIN_OWNER.search(before) or _KIN_GLOSS.match(after):
                marked.append((a, b))
                kin.add(key)
                continue
            quoted = a > 0 and text[a - 1] in "\"“'‘" and text[b : b + 1] in "\"”'’"
            if (
                quoted
                or _NAME_BEFORE.search(before)
                or _NAME_AFTER.match(after)
                or _NAME_GLOSS.match(after)
            ):
                named.add(key)  # "her daughter Lola", "Tia, 14", '"Mimi"'
            elif _PLACE_BEFORE.search(before):
                named.add(key)  # "grew up on Koro"
            elif key in titles and (gap := re.match(r"[ \t]+(?=[A-Z][^\W\d_])", after)):
                marked.append(TitleSpan((a, b + gap.end())))  # "Nan Betty": the title only
                kin.add(key)
            elif listed_after.search(before) or listed_before.match(after):
                marked.append((a, b))  # "Nanay and Lola": one of a family's kin words
                kin.add(key)
            else:
                bare.append((key, a, b))
        for m in anchor_title.finditer(text):
            marked.append(TitleSpan(m.span()))  # "Whaea Huia", "Tía Lupe": the title only
        yield from marked
        for key, a, b in bare:
            if key in kin and key not in named:
                yield a, b

    return find


#: "Pitama et al.", "Nguyen and Park et al.": an author-list citation by any name.
_ET_AL = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?,?\s+et\s+al\b\.?")


def _et_al_citations(text: str) -> list[tuple[int, int]]:
    """A surname before "et al." is a cited author wherever it stands."""
    return [m.span() for m in _ET_AL.finditer(text)]


#: "the Meihana model", "a Fonofale framework", "the Lidcombe approach": a named model, not
#: followed by a capitalised word ("Lakeview Model School" is a school); up to two
#: adjectives may come between ("the Bader-Pearson developmental model"), not a verb
#: ("Hope meets criteria"). A
#: possessive is not a model's name: "Ingrid's model of the family" is a relative's view.
_MODEL = re.compile(
    r"(?<![\w'’-])(?P<a>(?:[A-Z](?:[\w-]|['’](?!s\b))+[ \t]+){1,4}?)"
    r"(?:[a-z]+(?:al|ic|ive|ary|ory)[ \t]+){0,2}?"
    r"(?P<m>(?i:models?|frameworks?|paradigm|protocol|approach|method|technique|criteria))"
    r"\b(?![ \t]+[A-Z])"
)
#: Before a model word that is a job: "a Vogue model", "works as an Elite model".
_ARTICLE_END = re.compile(r"\b(?:a|an|as)\s+$", re.IGNORECASE)
#: Capitalised words that open a phrase but name nothing ("The Meihana model").
_MODEL_SKIP = frozenset({"the", "this", "that", "our", "their", "his", "her", "my", "a", "an"})


def _eponymous_models(text: str) -> Iterator[tuple[int, int]]:
    """Capitalised words naming a model or method ("Meihana model", "Duluth model").

    Not after "a"/"an" ("a Vogue model" is someone's job) and not a vehicle make ("the
    Ford model"); a leading "The" or "Our" is not part of it.
    """
    makes = _vehicle_makes()
    for m in _MODEL.finditer(text):
        words = list(re.finditer(r"\S+", m.group("a")))
        while words and words[0].group().lower() in _MODEL_SKIP:
            words.pop(0)
        if not words or any(w.group().lower() in makes for w in words):
            continue
        start = m.start("a") + words[0].start()
        if _ARTICLE_END.search(text[max(0, start - 6) : start]):
            continue
        yield start, m.end("m")


@cache
def _vehicle_makes() -> frozenset[str]:
    return frozenset(w.lower() for w in _optional_list("unique_vehicle_makes.txt"))


#: A full name as a reader or fan meets it ("Kay Redfield Jamison", "Ofer Zur").
_FULL = r"[A-Z][a-z]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)){1,2}"
#: How a published author or a public figure is used, not met: cited, worked along the
#: lines of, a memoir or essays by, a fan of, a match or gig of ("along Ellen Frank's
#: lines", "Kay Jamison's memoir", "a big Shane Warne fan", "every Mohamed Salah match",
#: "the Mark Williams MBCT book"). Words a private person's name also takes ("quotes", "in
#: the spirit of", "argument", "book", "every ... game") are left out: a missed name is
#: worse than a flagged author.
_BY_USE = re.compile(
    rf"(?:\b(?:cites|cited|citing)[ \t]+|\b(?:tradition|school|vein|lines)[ \t]+of[ \t]+)"
    rf"(?P<a>{_FULL})\b(?!['’]s?[ \t]+[a-z])"
    rf"|\balong[ \t]+(?P<e>{_FULL})['’]s?[ \t]+lines\b"
    rf"|(?<![\w-])(?P<b>{_FULL})['’]s?(?=[ \t]+(?:famous[ \t]+|classic[ \t]+)?(?:memoir|memoirs"
    rf"|bestseller|TED[ \t]+talk|essays|writings)\b)"
    rf"|\b(?:big|huge|massive|lifelong|diehard|die-hard)[ \t]+(?P<c>{_FULL})[ \t]+fan\b"
    rf"|\b(?:every|each)[ \t]+(?P<d>{_FULL})[ \t]+(?:match|matches|concert"
    rf"|concerts|gig|gigs|fight|fights)\b"
    rf"|\bthe[ \t]+(?P<f>{_FULL})[ \t]+[A-Z]{{2,6}}[ \t]+(?:book|manual|workbook)\b"
)
#: Who the name after one of those words may still be ("quotes Dad", "her mum Jo's book").
_MET_BEFORE = re.compile(
    r"\b(?:my|her|his|their|our|your|mum|mom|dad|mother|father|wife|husband|son|daughter"
    r"|sister|brother|grandmother|grandfather|grandma|grandpa|nan|uncle|aunt|cousin|friend"
    r"|partner|boss|teacher|coach|colleague|neighbou?r|client|late)[ \t]+$",
    re.IGNORECASE,
)


def _authors_and_figures_by_use(text: str) -> Iterator[tuple[int, int]]:
    """Full names used as published authors or public figures are (see ``_BY_USE``)."""
    for m in _BY_USE.finditer(text):
        group = next(g for g in "abcdef" if m.group(g) is not None)
        start = m.start(group)
        if _MET_BEFORE.search(text[max(0, start - 20) : start]):
            continue
        yield start, m.end(group)


#: "I'm not Métis myself", "I am Jewish too", "as a Pākehā clinician": the clinician's own
#: background, which identifies no client.
_SELF_STATEMENT = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+(?:not\s+|also\s+)?(?:an?\s+)?"
    r"(?P<a>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=\s+(?:myself|too|either|as\s+well)\b)"
    r"|\b[Aa]s\s+an?\s+(?:non-?)?(?P<b>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=\s+"
    r"(?:clinician|therapist|counsell?or|psychologist|practitioner|social\s+worker|nurse"
    r"|psychiatrist|provider|supervisor)\b)"
)


def _clinician_self_statements(text: str) -> Iterator[tuple[int, int]]:
    """The clinician's own identity ("I'm not Métis myself"), outside quoted speech."""
    for m in _SELF_STATEMENT.finditer(text):
        group = "a" if m.group("a") else "b"
        a, b = m.span(group)
        line = text[text.rfind("\n", 0, a) + 1 : a]
        if sum(line.count(q) for q in '"“”') % 2:
            continue  # inside a quotation: the client speaking
        yield a, b


def _public_figures(names: list[str]) -> Finder:
    """Full names of public figures, unless the text also uses that first name alone.

    A client who shares a famous name is soon called by the first name ("Celia said"),
    which a public figure rarely is, or introduced as a relation or with an age ("her
    uncle Bob Marley, 58"); then every mention of that name stays flagged.
    """
    word = re.compile(rf"(?<![\w'’-])(?P<a>{_alternation(names)})(?:['’]s?)?(?![\w'’-])")

    def find(text: str) -> Iterator[tuple[int, int]]:
        hits: dict[str, list[tuple[int, int]]] = {}
        named: set[str] = set()
        for m in word.finditer(text):
            first, (a, b) = m.group("a").split()[0], m.span("a")
            hits.setdefault(first, []).append((a, b))
            before = text[max(0, a - 30) : a]
            if (
                _NAME_BEFORE.search(before)
                or _ELDER_BEFORE.search(before)
                or _NAME_AFTER.match(text, m.end())
            ):
                named.add(first)  # "her father, Paul Kelly, 62": a person in the case
        for first, spans in hits.items():
            if first in named:
                continue
            starts = {a for a, _ in spans}
            alone = re.finditer(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])", text)
            if all(m.start() in starts for m in alone):
                yield from spans

    return find


#: Before a lower-case word used as someone's name: "met with aroha", "told mana".
_PERSON_TAKING = frozenset(
    [
        "with",
        "w/",
        "to",
        "told",
        "tell",
        "asked",
        "ask",
        "saw",
        "see",
        "met",
        "meet",
        "called",
        "call",
        "from",
        "for",
        "by",
        "per",
        "cc",
        "text",
        "texted",
        "email",
        "emailed",
        "ring",
        "rang",
        "phone",
        "phoned",
    ]
)


def _lowercase_words(words: list[str]) -> Finder:
    """Everyday words that are also given names, where written in lower case ("aroha").

    Not where the word reads as someone typed in lower case: after a word that takes a
    person ("met with aroha", "told mana") or before a verb a person does ("aroha said").
    In notes written all in lower case a name is lower case too, so nothing is allowed.
    """
    word = re.compile(rf"(?<![\w'’-])(?:{_alternation(w.lower() for w in words)})(?![\w'’-])")

    def find(text: str) -> Iterator[tuple[int, int]]:
        from recognizers.name_words import lowercase_style, word_set

        if lowercase_style(text):
            return
        verbs = word_set("names_verbs.txt") - {"is", "was", "has", "had"}  # "the hui is"
        for m in word.finditer(text):
            prev = re.search(r"(\S+)\s+$", text[max(0, m.start() - 20) : m.start()])
            nxt = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 20])
            if prev and prev.group(1).lower() in _PERSON_TAKING:
                continue
            if nxt and nxt.group(1) in verbs:
                continue
            yield m.span()

    return find


@cache
def other_language_words() -> frozenset[str]:
    """Lower-case words of Spanish, Portuguese, French and Italian that are not English.

    spaCy's stop-word lists for those languages, plus ``spacy_ner_foreign_words.txt``
    (words clinicians code-switch with), less English stop words.
    """
    import importlib

    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH

    words: set[str] = set()
    for lang in ("es", "pt", "fr", "it"):
        words |= importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    for line in _optional_list("spacy_ner_foreign_words.txt"):
        words.update(line.lower().split())
    return frozenset(words - ENGLISH)


#: A run of lower-case words ("como si fuera ella", "vive solo en la casita").
_LOWER_RUN = re.compile(
    r"(?<![\w'’-])[^\W\d_A-Z]+(?:['’][^\W\d_]+)?(?:[ \t,]+[^\W\d_A-Z]+(?:['’][^\W\d_]+)?)*"
)


def _other_language_runs(text: str) -> Iterator[tuple[int, int]]:
    """Function words of a phrase in Spanish, Portuguese, French or Italian ("fuera ella").

    In a run of three or more lower-case words of which most are such words, those words
    are the language, not names ("ella", "mia"); the run's other words (a place typed in
    lower case) are left to the recognizers. Not in notes written all in lower case.
    """
    from recognizers.name_words import lowercase_style

    if lowercase_style(text):
        return
    foreign = other_language_words()
    for run in _LOWER_RUN.finditer(text):
        words = list(re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", run.group()))
        hits = [w for w in words if w.group().lower() in foreign]
        if len(words) >= 3 and len(hits) >= 3 and len(hits) * 5 >= len(words) * 3:
            for w in hits:
                yield run.start() + w.start(), run.start() + w.end()


#: Before a team a client follows: "supports Celtic", "a fan of the Leafs", "watches the Lakers".
_FAN_BEFORE = re.compile(
    r"\b(?:supports?|supported|supporting|supporter\s+of|fans?\s+of|follows?|followed|following"
    r"|watch(?:es|ed|ing)?|cheer(?:s|ed|ing)?\s+(?:for|on)|obsessed\s+with|loves?|loved"
    r"|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: After a team a client follows: "a Packers fan", "the Leafs game", "Celtic supporters".
_FAN_AFTER = re.compile(
    r"(?:['’]s?)?[ \t]+(?:fan|fans|supporter|supporters|game|games|match|matches|season"
    r"|highlights|playoffs?|final|finals|Grand\s+Final|derby|nation)\b",
    re.IGNORECASE,
)


def _sports_teams(teams: list[str]) -> Finder:
    """Sports teams where a client follows them, not where someone plays or works for one."""
    word = re.compile(rf"(?<![\w'’-])(?P<a>{_alternation(teams)})(?![\w'’-])")

    def find(text: str) -> Iterator[tuple[int, int]]:
        last = -1
        for m in word.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            listed = last >= 0 and re.fullmatch(
                r"\s*(?:,|&|and|or)\s*(?:the\s+)?", text[last : m.start()]
            )
            if listed or _FAN_BEFORE.search(before) or _FAN_AFTER.match(text, m.end()):
                yield m.span("a")  # "supports Celtic and Munster Rugby": both
                last = m.end()

    return find


#: A narrative citation by any names: "Beck, Rush, Shaw & Emery (1979)", "Stroebe and
#: Schut (1999)", "Miller et al. (2019)": a list of surnames, or one with "et al.", before a
#: bracketed year. One name alone before a year ("moved to Denver (2019)") is not enough.
_NARRATIVE_CITATION = re.compile(
    rf"(?<![\w'’-])(?P<first>{_NAME})(?:(?:\s*,\s*{_NAME}){{0,6}}\s*,?\s*(?:&|and)\s*{_NAME}"
    rf"|,?\s+et\s+al\.?)\s*\(\s*{_YEAR}(?:[,;]\s*(?:p\.\s*)?\d+)?\s*\)"
)


def _generic_citations(text: str) -> list[tuple[int, int]]:
    """Bracketed author-year citations by any names: "(Foa, 2007)", "(Stroebe & Schut, 1999)".

    A month, season or place before the year ("(Sept 2017)", "(Cork, 2019)") is a date, not
    a citation.
    """
    out = []
    for m in _NARRATIVE_CITATION.finditer(text):
        if m.group("first").split()[0].strip("'’").lower() not in _not_authors():
            out.append(m.span())
    for m in _GENERIC_CITATION.finditer(text):
        first = m.group("first") or m.group("first2") or ""
        word = first.split()[0].strip("'’").lower()
        single = not re.search(r",\s*[A-Z]|&|\band\b|et\s+al", m.group())
        if word in _not_authors() or (single and _is_place(first)):
            continue
        out.append(m.span())
    return out


@cache
def _not_authors() -> frozenset[str]:
    """Month, season and date words that make "(Sept 2017)" a date, not a citation."""
    return frozenset(read_word_list("allow_citation_not_names.txt"))


def _is_place(name: str) -> bool:
    """True for a city or region name (imported late: places reads its lists through here)."""
    from recognizers.places import gazetteer

    gaz = gazetteer()
    return bool(gaz.is_city(name) or gaz.is_region(name))
