"""The last gate before export: re-analyze the final text and search it for every identifier."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from casepres import policy, policy_data
from casepres.model import Action, CaseDraft, Finding

#: Entities whose pattern matches in the final text are always a hit: our replacements never
#: look like phone numbers, addresses or record numbers.
ALWAYS_HIT = frozenset({"PHONE", "EMAIL", "URL", "SOCIAL_HANDLE", "ADDRESS", "ID"})

#: Shorter terms are matched exactly (case and punctuation), never fuzzily.
FUZZY_MIN = 5


@dataclass(frozen=True)
class LeakHit:
    """Where a possible identifier was found; never the identifier itself."""

    section: str
    line: int
    category: str


@dataclass(frozen=True)
class LeakReport:
    """The leak check's result."""

    hits: tuple[LeakHit, ...]

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not self.hits

    def describe(self) -> str:
        """One line per hit: section, line and category only."""
        if self.ok:
            return "leak check: no identifiers found"
        lines = [f"leak check: {len(self.hits)} possible identifier(s) left in the output"]
        lines += [f"  section '{h.section}', line {h.line}: {h.category}" for h in self.hits]
        return "\n".join(lines)


@dataclass(frozen=True)
class _Term:
    text: str
    category: str


def term_pattern(term: str) -> re.Pattern[str] | None:
    """A pattern for a term in any case, possessive, split by a line break or hyphen.

    Terms of one or two letters ("R.", "O") match only as written, case-sensitively, so
    articles and our own labels ("Person A") do not count.
    """
    words = re.findall(r"[^\W_]+(?:[.'’][^\W_]+)*\.?|[^\w\s]", term.strip())
    words = [w for w in words if w.strip()]
    if not words:
        return None
    letters = sum(ch.isalnum() for ch in term)
    joined = r"(?:\s+|\s*[-‐–]\s*)".join(re.escape(w) for w in words)
    if letters <= 2:
        if not term.strip().endswith(".") and len(words) == 1 and letters == 1:
            return None  # a bare initial cannot be told from the letter in prose
        return re.compile(rf"(?<![\w.]){joined}(?!\w)")
    # A hyphenated or line-broken word: allow a break inside single words of 6+ letters.
    if len(words) == 1 and len(words[0]) >= 6 and words[0].isalpha():
        w = words[0]
        joined = "".join(
            re.escape(c) + (r"(?:-\s*)?" if 2 <= i < len(w) - 2 else "") for i, c in enumerate(w)
        )
    return re.compile(rf"(?<![\w@./]){joined}(?:['’]s?)?(?!\w)", re.IGNORECASE)


def _fuzzy(term: str, text: str) -> list[tuple[int, int]]:
    """Whole-word spans of ``text`` one edit away from a single-word term (5+ letters)."""
    from rapidfuzz.distance import Levenshtein

    if " " in term.strip() or len(term) < FUZZY_MIN or not term.isalpha():
        return []
    low = term.casefold()
    out = []
    for m in re.finditer(r"[^\W\d_]+", text):
        w = m.group().casefold()
        if (
            abs(len(w) - len(low)) <= 1
            and w != low
            and Levenshtein.distance(w, low, score_cutoff=1) <= 1
        ):
            out.append((m.start(), m.end()))
    return out


def find_term(term: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) of a term in text: any case, possessive, split, one-edit misspelled."""
    pat = term_pattern(term)
    spans = [(m.start(), m.end()) for m in pat.finditer(text)] if pat is not None else []
    for word in term.split():
        if len(term.split()) == 1:
            spans += _fuzzy(word, text)
    spans += _fuzzy(term, text) if " " not in term.strip() and not spans else []
    return sorted(set(spans))


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _terms(draft: CaseDraft, analysis: Mapping[str, Sequence[Finding]]) -> list[_Term]:
    """Every listed term and every original direct-identifier string the clinician did not keep."""
    terms: dict[str, _Term] = {}
    for entry in draft.known:
        for name in entry.names:
            terms.setdefault(name.strip().casefold(), _Term(name.strip(), "listed name or place"))
    for text, entity in draft.extra_terms:
        terms.setdefault(text.strip().casefold(), _Term(text.strip(), entity))
    for f in (f for fs in analysis.values() for f in fs):
        if f.kind != "direct":
            continue
        decision = policy.decision_for(f, draft.decisions)
        if decision is not None and decision.action is Action.KEEP:
            continue
        base = f.text.strip()
        if f.entity == policy.PERSON:
            base = policy.core_name(base)
        if base:
            terms.setdefault(base.casefold(), _Term(base, f.entity))
    return list(terms.values())


def _covered(spans: Iterable[tuple[int, int]], findings: Sequence[Finding]) -> int:
    """How many spans no finding overlaps: mentions the analysis judged not identifying."""
    return sum(1 for s, e in spans if not any(f.start < e and s < f.end for f in findings))


def check(
    document_text_by_section: Sequence[tuple[str, str]],
    draft: CaseDraft,
    analysis: Mapping[str, Sequence[Finding]],
    analyzer: Any,
) -> LeakReport:
    """Search the exact final text for identifiers; any hit refuses the export.

    A term counts as leaked when it occurs in the output more often than it occurred in the
    original text outside every finding (so "a sunny weekend" left as written is not a hit
    when only the name "Sunny" was flagged). The final text is also re-analyzed: a contact or
    record number, or a finding containing an original identifier, is a hit.

    Args:
        document_text_by_section: (section title, text) exactly as rendered.
        draft: The original draft (fields, list, decisions).
        analysis: The original findings per field id.
        analyzer: A ``casepres.analysis.Analyzer`` (or None to skip re-analysis).
    """
    hits: list[LeakHit] = []
    terms = _terms(draft, analysis)
    originals = [(f.text, analysis.get(f.field_id, ())) for f in draft.fields]
    for term in terms:
        allowed = sum(_covered(find_term(term.text, t), fs) for t, fs in originals)
        found = [
            (title, text, s)
            for title, text in document_text_by_section
            for s, _ in find_term(term.text, text)
        ]
        if len(found) > allowed:
            hits += [LeakHit(title, _line_of(text, s), term.category) for title, text, s in found]
    hits += _listed_hits(document_text_by_section, draft, analysis)
    if analyzer is not None:
        needles = [t for t in terms if term_pattern(t.text) is not None]
        for title, text in document_text_by_section:
            for f in analyzer.analyze(text, known=draft.known, extra_terms=draft.extra_terms):
                if f.recognizer == "KnownListRecognizer" or f.entity in ALWAYS_HIT:
                    if f.entity in ALWAYS_HIT and f.kind == "direct" and not _ours(f.text):
                        hits.append(LeakHit(title, _line_of(text, f.start), f.entity))
                    continue
                if f.kind == "direct" and any(find_term(t.text, f.text) for t in needles):
                    hits.append(LeakHit(title, _line_of(text, f.start), f.entity))
    return LeakReport(tuple(sorted(set(hits), key=lambda h: (h.section, h.line, h.category))))


def _listed_hits(
    sections: Sequence[tuple[str, str]],
    draft: CaseDraft,
    analysis: Mapping[str, Sequence[Finding]],
) -> list[LeakHit]:
    """Hits from the People & places matcher (nicknames, name parts, typos, breaks)."""
    if not (draft.known or draft.extra_terms):
        return []
    try:
        from recognizers.known_list import find_listed_terms
    except ImportError:  # the basic term search above still runs
        return []
    allowed: dict[str, int] = {}
    for fld in draft.fields:
        findings = analysis.get(fld.field_id, ())
        for m in find_listed_terms(fld.text, draft.known, draft.extra_terms):
            if not any(f.start < m.end and m.start < f.end for f in findings):
                allowed[m.term.casefold()] = allowed.get(m.term.casefold(), 0) + 1
    found: dict[str, list[LeakHit]] = {}
    ours = _our_vocabulary()
    for title, text in sections:
        for m in find_listed_terms(text, draft.known, draft.extra_terms):
            if text[m.start : m.end].casefold() in ours or _inside_label(text, m.start, m.end):
                continue  # a word we wrote ("a graduate student"), not the listed name
            found.setdefault(m.term.casefold(), []).append(
                LeakHit(title, _line_of(text, m.start), "listed name or place")
            )
    return [h for term, hs in found.items() if len(hs) > allowed.get(term, 0) for h in hs]


_LABEL = re.compile(r"\b(?:Person|Colleague) [A-Z]{1,2}\b|\[[^\]\n]*removed\]")


def _inside_label(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside one of our labels ("Person B", "[phone removed]")."""
    return any(m.start() <= start and end <= m.end() for m in _LABEL.finditer(text))


@cache
def _our_vocabulary() -> frozenset[str]:
    """Every word our replacements can introduce (from the policy data), lower case."""
    words: set[str] = {"person", "colleague", "client", "presenter"}

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", value))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    table = policy_data.table()
    for key in ("placeholders", "ages", "organizations", "occupations", "events", "other_unique"):
        walk(table[key])
    # Place kinds only: region and country names stay searchable.
    walk([table["places"]["sizes"], table["places"]["kinds"], table["places"]["unknown"]])
    walk(table["dates"]["numbers"])
    return frozenset(words)


def _ours(text: str) -> bool:
    """True for text we wrote ourselves ("[phone removed]")."""
    return bool(re.fullmatch(r"\[[^\]]*removed\]", text.strip()))
