"""The analysis pipeline: chunk offsets, overlaps, allow-list, list precedence, propagation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casepres import analysis
from casepres.analysis import _chunks
from casepres.model import Action, KnownEntry


@pytest.mark.parametrize("size", [50, 200, 1000])
def test_chunks_cover_text_exactly(size: int) -> None:
    text = ("First paragraph here. Second sentence follows.\n\n" * 40) + "tail without end"
    pieces = list(_chunks(text, size))
    assert "".join(chunk for _, chunk in pieces) == text
    for offset, chunk in pieces:
        assert text[offset : offset + len(chunk)] == chunk
        assert len(chunk) <= size


def test_chunk_without_any_separator_still_splits() -> None:
    text = "x" * 2500
    pieces = list(_chunks(text, 1000))
    assert [len(c) for _, c in pieces] == [1000, 1000, 500]


def test_listed_names_found_at_true_offsets_across_chunks(
    pattern_analyzer,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(analysis, "CHUNK_CHARS", 300)
    filler = "She described the week in detail and we reviewed the plan. " * 12
    text = filler + "Oswin Tarrant called.\n\n" + filler + "Later Oswin Tarrant wrote again."
    found = pattern_analyzer.analyze(text, known=[KnownEntry(names=("Oswin Tarrant",))])
    hits = [f for f in found if f.text == "Oswin Tarrant"]
    assert [f.start for f in hits] == [i for i in _find_all(text, "Oswin Tarrant")]
    for f in found:
        assert text[f.start : f.end] == f.text


def _find_all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def test_findings_never_overlap(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Ring Oswin at (971) 555-0163 or oswin.t@example.com about Oswin's visit."
    found = pattern_analyzer.analyze(text, known=[KnownEntry(names=("Oswin",))])
    ends = [(f.start, f.end) for f in found]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))


def test_listed_term_beats_the_clinical_allow_list(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "We used Linehan's skills; Linehan is also the client's surname."
    assert not any(f.text == "Linehan" for f in pattern_analyzer.analyze(text))
    listed = pattern_analyzer.analyze(text, known=[KnownEntry(names=("Linehan",), role="client")])
    assert sum(f.text == "Linehan" for f in listed) == 2
    assert all(
        f.kind == "direct" and f.action is Action.PSEUDONYM for f in listed if f.text == "Linehan"
    )


def test_empty_and_blank_text_have_no_findings(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    assert pattern_analyzer.analyze("") == []
    assert pattern_analyzer.analyze(" \n\t ") == []


def test_year_alone_is_quasi() -> None:
    cand = analysis._Candidate(0, 4, "DATE", 0.9, "X", "X", None)
    assert analysis._to_finding(cand, "2019 was hard", "f").kind == "quasi"
    cand = analysis._Candidate(0, 8, "DATE", 0.9, "X", "X", None)
    assert analysis._to_finding(cand, "3/4/2019", "f").kind == "direct"


def test_overlap_resolution_keeps_union_and_best_label() -> None:
    a = analysis._Candidate(0, 10, "ORGANIZATION", 0.6, "A", "A", None)
    b = analysis._Candidate(5, 20, "LOCATION", 0.9, "B", "B", None)
    c = analysis._Candidate(30, 35, "PERSON", 0.5, "C", "C", None)
    merged = analysis._resolve_overlaps([b, c, a])
    assert [(m.start, m.end, m.entity) for m in merged] == [(0, 20, "LOCATION"), (30, 35, "PERSON")]


def test_an_nrp_term_never_labels_a_wider_merged_span() -> None:
    # "Ashcombe Methodist": the church name, not the denomination inside it
    church = analysis._Candidate(0, 18, "ORGANIZATION", 0.4, "A", "A", "direct")
    faith = analysis._Candidate(9, 18, "NRP", 0.6, "B", "B", "quasi")
    [merged] = analysis._resolve_overlaps([church, faith])
    assert (merged.start, merged.end, merged.entity, merged.kind) == (
        0,
        18,
        "ORGANIZATION",
        "direct",
    )
    # an NRP term that covers the whole merged span keeps its label
    same = analysis._Candidate(0, 9, "NRP", 0.6, "B", "B", "quasi")
    inside = analysis._Candidate(0, 9, "PERSON", 0.4, "C", "C", "direct")
    assert analysis._resolve_overlaps([same, inside])[0].entity == "NRP"


@pytest.mark.nlp
def test_a_date_covering_a_spacy_entity_names_it() -> None:
    """A listed holiday the small model took for a person keeps its date label."""
    spacy_name = analysis.SPACY_RECOGNIZER
    model = analysis._Candidate(6, 14, "PERSON", 0.85, spacy_name, "spaCy", None)
    holiday = analysis._Candidate(6, 14, "DATE", 0.65, "CalendarDateRecognizer", "holiday", None)
    assert analysis._resolve_overlaps([model, holiday])[0].entity == "DATE"
    # a quasi shape over spaCy's person keeps the person's direct kind
    year = analysis._Candidate(6, 14, "DATE", 0.6, "CalendarDateRecognizer", "year", "quasi")
    assert analysis._resolve_overlaps([model, year])[0].kind == "direct"
    # a date inside a wider spaCy name ("Easter Seals") does not relabel the name
    org = analysis._Candidate(0, 12, "ORGANIZATION", 0.85, spacy_name, "spaCy", None)
    easter = analysis._Candidate(0, 6, "DATE", 0.65, "CalendarDateRecognizer", "holiday", None)
    assert analysis._resolve_overlaps([org, easter])[0].entity == "ORGANIZATION"
    # and another recognizer's quasi label does not win that way either
    job = analysis._Candidate(0, 14, "OCCUPATION", 0.6, "OccupationRecognizer", "job", None)
    assert analysis._resolve_overlaps([model, job])[0].entity == "PERSON"


def test_a_name_found_by_context_relabels_a_spacy_place() -> None:
    """ "Aroha's koro": the name recognizer's PERSON beats spaCy's LOCATION on the same word."""
    place = analysis._Candidate(0, 5, "LOCATION", 0.85, analysis.SPACY_RECOGNIZER, "spaCy", None)
    name = analysis._Candidate(0, 5, "PERSON", 0.6, analysis.NAME_RECOGNIZER, "kin", None)
    assert analysis._resolve_overlaps([place, name])[0].entity == "PERSON"
    # a person found by some other recognizer does not overrule spaCy that way
    other = analysis._Candidate(0, 5, "PERSON", 0.6, "UniqueFeatureRecognizer", "pet", None)
    assert analysis._resolve_overlaps([place, other])[0].entity == "LOCATION"


def test_an_event_phrase_labels_the_names_inside_it_but_stays_direct() -> None:
    """ "a 2015 Honda Civic with a bumper sticker": the phrase, not spaCy's place, names it."""
    spacy_name = analysis.SPACY_RECOGNIZER
    phrase = analysis._Candidate(0, 60, "OTHER_UNIQUE", 0.8, "UniqueFeatureRecognizer", "u", None)
    place = analysis._Candidate(12, 17, "LOCATION", 0.85, spacy_name, "spaCy", None)
    [merged] = analysis._resolve_overlaps([phrase, place])
    assert (merged.entity, merged.kind) == ("OTHER_UNIQUE", "direct")
    # a listed name inside the phrase keeps the list's label
    listed = analysis._Candidate(12, 17, "PERSON", 1.0, "KnownListRecognizer", "list", "direct")
    assert analysis._resolve_overlaps([phrase, listed])[0].entity == "PERSON"
    # a quasi detail inside a phrase leaves it quasi
    year = analysis._Candidate(20, 24, "DATE", 0.55, "CalendarDateRecognizer", "y", "quasi")
    assert analysis._resolve_overlaps([phrase, year])[0].kind == "quasi"


def test_a_strong_place_rule_relabels_a_spacy_person() -> None:
    """ "deployed to Fort Bliss": the place rule's LOCATION beats spaCy's PERSON."""
    person = analysis._Candidate(0, 10, "PERSON", 0.85, analysis.SPACY_RECOGNIZER, "s", None)
    place = analysis._Candidate(0, 10, "LOCATION", 0.7, analysis.PLACE_RECOGNIZER, "fort", None)
    assert analysis._resolve_overlaps([person, place])[0].entity == "LOCATION"
    weak = analysis._Candidate(0, 10, "LOCATION", 0.5, analysis.PLACE_RECOGNIZER, "in X", None)
    assert analysis._resolve_overlaps([person, weak])[0].entity == "PERSON"
    # "at Hampton Inn": a name ending in an organisation's head word
    inn = analysis._Candidate(0, 10, "ORGANIZATION", 0.7, analysis.ORG_RECOGNIZER, "Inn", None)
    assert analysis._resolve_overlaps([person, inn])[0].entity == "ORGANIZATION"


def test_a_place_that_is_nobodys_name_relabels_a_spacy_person() -> None:
    """ "whānau are in Ōpōtiki": a place after "in" that no name list knows is a place."""
    from recognizers.places import NOT_A_NAME

    person = analysis._Candidate(0, 7, "PERSON", 0.85, analysis.SPACY_RECOGNIZER, "s", None)
    rule = f"PlaceRecognizer: place after a residence verb{NOT_A_NAME} (medium)"
    place = analysis._Candidate(0, 7, "LOCATION", 0.6, analysis.PLACE_RECOGNIZER, rule, None)
    assert analysis._resolve_overlaps([person, place])[0].entity == "LOCATION"
    # the same rule without the mark ("moved to Douglas") leaves spaCy's person alone
    plain = analysis._Candidate(0, 7, "LOCATION", 0.6, analysis.PLACE_RECOGNIZER, "in X", None)
    assert analysis._resolve_overlaps([person, plain])[0].entity == "PERSON"


def test_an_nrp_term_that_is_nobodys_name_relabels_a_spacy_entity() -> None:
    """ "a practising Sikh": the lexicon term's NRP beats spaCy's PERSON on the same word."""
    from recognizers.places import NOT_A_NAME

    person = analysis._Candidate(0, 4, "PERSON", 0.85, analysis.SPACY_RECOGNIZER, "s", None)
    rule = f"NrpRecognizer: NRP lexicon term{NOT_A_NAME} (medium)"
    term = analysis._Candidate(0, 4, "NRP", 0.6, analysis.NRP_RECOGNIZER, rule, "quasi")
    assert analysis._resolve_overlaps([person, term])[0].entity == "NRP"
    # a term that is also a given name ("Karen") leaves spaCy's person alone
    plain = analysis._Candidate(0, 4, "NRP", 0.6, analysis.NRP_RECOGNIZER, "term", "quasi")
    assert analysis._resolve_overlaps([person, plain])[0].entity == "PERSON"


def test_real_engine_flags_the_sample_fixture(nlp_analyzer) -> None:  # type: ignore[no-untyped-def]
    from casepres.known import read_known
    from tests.conftest import FIXTURES

    text = (FIXTURES / "sample_case.txt").read_text(encoding="utf-8")
    known = read_known(FIXTURES / "sample_case.known")
    found = nlp_analyzer.analyze(text, known=known)
    flagged = {f.text for f in found}
    for must in (
        "Tobias Lindgren",
        "Toby",
        "Ingrid",
        "Marit",
        "(541) 555-0187",
        "toby.lindgren@example.com",
        "Fernridge",
        "Bellhaven Port Authority",
    ):
        assert any(must in t for t in flagged), must
    for clinical in ("PHQ-9", "sertraline", "CBT"):
        assert not any(clinical in t for t in flagged), clinical


def test_other_mentions_of_a_found_name_are_flagged(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Quillon Farrow came alone. Later Quillon said Farrow family dinners were tense."
    found = pattern_analyzer.analyze(text, known=[KnownEntry(names=("Quillon Farrow",))])
    flagged = sorted((f.start, f.end) for f in found)
    assert (33, 40) in flagged  # "Quillon"
    assert (46, 52) in flagged  # "Farrow"


def test_propagation_is_case_sensitive_for_capitalised_names() -> None:
    text = "Rowan Harper phoned. harper is also a word here; I will see Harper."
    src = analysis._Candidate(0, 12, "PERSON", 0.85, "spaCy", "spaCy", None)
    got = sorted((c.start, c.end) for c in analysis._propagate(text, [src]))
    assert got == [(60, 66)]  # not lower-case "harper", not inside the source


def test_stop_words_are_not_propagated_as_name_parts() -> None:
    text = "Will Harper phoned. Will you call? Harper did."
    src = analysis._Candidate(0, 11, "PERSON", 0.85, "spaCy", "spaCy", None)
    got = sorted((c.start, c.end) for c in analysis._propagate(text, [src]))
    assert got == [(35, 41)]  # "Harper", never "Will"


def test_a_recognizer_can_propose_its_own_action() -> None:
    text = "Her dog Pickle sleeps on the bed."
    own = analysis._Candidate(8, 14, "OTHER_UNIQUE", 0.8, "U", "U", None, action="remove")
    default = analysis._Candidate(8, 14, "OTHER_UNIQUE", 0.8, "U", "U", None)
    bogus = analysis._Candidate(8, 14, "OTHER_UNIQUE", 0.8, "U", "U", None, action="shred")
    assert analysis._to_finding(own, text, "f").action is Action.REMOVE
    assert analysis._to_finding(default, text, "f").action is Action.GENERALIZE
    assert analysis._to_finding(bogus, text, "f").action is Action.GENERALIZE


PARAGRAPHS = [
    "Quillon Farrow started treatment after a move.",
    "Her sister Bettany calls on Sundays; contact (971) 555-0163.",
    "We reviewed sleep and the plan for the next week.",
]


def _count_engine_calls(analyzer, monkeypatch: pytest.MonkeyPatch) -> list[str]:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    real = analyzer.engine.analyze

    def counting(text: str, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(analyzer.engine, "analyze", counting)
    return calls


def test_an_edit_reanalyses_only_its_sentence(
    pattern_analyzer,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    pattern_analyzer.clear_cache()
    calls = _count_engine_calls(pattern_analyzer, monkeypatch)
    known = [KnownEntry(names=("Quillon Farrow",))]
    text = "\n\n".join(PARAGRAPHS)
    first = pattern_analyzer.analyze(text, known=known)
    assert len(calls) == 1  # cold: one call for the whole run of paragraphs
    edited = text.replace("next week", "week after Ambrose visits")
    calls.clear()
    second = pattern_analyzer.analyze(edited, known=known)
    assert calls == [PARAGRAPHS[2].replace("next week", "week after Ambrose visits")]
    pattern_analyzer.clear_cache()
    assert second == pattern_analyzer.analyze(edited, known=known)  # cache changes nothing
    assert [f.text for f in first][:2] == [f.text for f in second][:2]


def test_cache_is_keyed_by_the_people_and_places_list(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    pattern_analyzer.clear_cache()
    text = "\n\n".join(PARAGRAPHS)
    without = pattern_analyzer.analyze(text)
    listed = pattern_analyzer.analyze(text, known=[KnownEntry(names=("Bettany",))])
    assert not any(f.text == "Bettany" and f.recognizer == "KnownListRecognizer" for f in without)
    assert any(f.text == "Bettany" and f.recognizer == "KnownListRecognizer" for f in listed)


def test_cached_analysis_equals_cold_analysis_for_a_name_across_a_line_break(
    pattern_analyzer,  # type: ignore[no-untyped-def]
) -> None:
    known = [KnownEntry(names=("Quillon Draxby",))]
    text = "Then Quillon\nDraxby came to the session. We talked."
    pattern_analyzer.clear_cache()
    pattern_analyzer.analyze("Then Quillon\nsomething else entirely.", known=known)
    warm = pattern_analyzer.analyze(text, known=known)
    pattern_analyzer.clear_cache()
    assert warm == pattern_analyzer.analyze(text, known=known)
    assert [f.text for f in warm] == ["Quillon\nDraxby"]


def test_a_place_inside_an_allowed_event_still_flags_its_other_mentions(
    pattern_analyzer,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """The allowed event is dropped only after its place has flagged the place elsewhere."""
    from presidio_analyzer import RecognizerResult

    text = "The Canterbury earthquakes still frighten him; the farm is in south Canterbury."
    first = text.index("Canterbury")

    def one_place(chunk: str, **kwargs):  # type: ignore[no-untyped-def]
        if "Canterbury" not in chunk:
            return []
        start = chunk.index("Canterbury")
        return [RecognizerResult("LOCATION", start, start + len("Canterbury"), 0.85)]

    monkeypatch.setattr(pattern_analyzer.engine, "analyze", one_place)
    pattern_analyzer.clear_cache()
    found = [(f.entity, f.start, f.end) for f in pattern_analyzer.analyze(text)]
    pattern_analyzer.clear_cache()
    second = text.index("Canterbury", first + 1)
    assert found == [("LOCATION", second, second + len("Canterbury"))]


def test_an_edited_sentence_in_lower_case_notes_is_read_as_notes(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    # Re-analysed alone, the edited line has too few line starts to look like notes; the
    # whole field's style decides, so the cached (warm) and cold readings agree.
    notes = (
        "- seen today, pt tired.\n- lives w/ mum and stepdad.\n"
        "- works at riverside family medical.\n- sleep poor, appetite ok.\n"
        "- plan: review in 2 wks.\n"
    )
    edited = notes.replace("works at", "still works at")
    pattern_analyzer.clear_cache()
    pattern_analyzer.analyze(notes)
    warm = [(f.entity, f.text) for f in pattern_analyzer.analyze(edited)]
    pattern_analyzer.clear_cache()
    cold = [(f.entity, f.text) for f in pattern_analyzer.analyze(edited)]
    assert warm == cold == [("ORGANIZATION", "riverside family medical")]


PROPAGATION = [
    pytest.param(
        "Her sister Rose visits. Rose at 5am every day since.", ["Rose"], id="verb-not-copied"
    ),
    pytest.param(
        "Her son Will is 9. Will bring the notes next week.", ["Will"], id="modal-not-copied"
    ),
    pytest.param(
        "- seen today, tired.\n- her friend Priya called.\n- later priya asked for a letter.\n"
        "- plan: review.\n",
        ["Priya", "priya"],
        id="given-name-copied-in-lower-case-in-notes",
    ),
    pytest.param("Her sister Rose visits. Later Rose said no.", ["Rose", "Rose"], id="name-copied"),
]


@pytest.mark.parametrize("text, names", PROPAGATION)
def test_a_found_name_flags_its_other_mentions_but_not_the_word(  # type: ignore[no-untyped-def]
    pattern_analyzer, text: str, names: list[str]
) -> None:
    assert [f.text for f in pattern_analyzer.analyze(text) if f.entity == "PERSON"] == names


_MENTION_ALPHABET = "Aanİi .-@/_9é\n"


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=_MENTION_ALPHABET, max_size=30),
    term=st.text(alphabet="Aanİié", min_size=1, max_size=4),
    loose=st.booleans(),
)
def test_mention_search_agrees_with_the_word_pattern(text: str, term: str, loose: bool) -> None:
    """Propagation's string search finds exactly what the whole-word pattern finds."""
    flags = re.IGNORECASE if loose else 0
    pattern = re.compile(rf"(?<![\w@./-]){re.escape(term)}(?![\w@]|[.-]\w)", flags)
    expected = [m.span() for m in pattern.finditer(text)]
    folded = analysis._lower_same_length(text)
    got = list(analysis._mentions(text, folded, term, loose))
    assert got == expected


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text(alphabet="ab-", min_size=1, max_size=5), min_size=1, max_size=12),
    gaps=st.lists(st.integers(min_value=0, max_value=2), min_size=12, max_size=12),
    data=st.data(),
)
def test_context_enhancer_finds_the_token_presidio_finds(
    words: list[str], gaps: list[int], data: st.DataObject
) -> None:
    """Bisection picks the same token as Presidio's walk from the start, for any match start."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    indices, at = [], 0
    for word, gap in zip(words, gaps, strict=False):
        at += gap
        indices.append(at)
        at += len(word)
    start = data.draw(st.integers(min_value=0, max_value=at - 1))
    expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, words, indices)
    enhancer = analysis.TokenIndexContextEnhancer()
    assert enhancer._find_index_of_match_token("w", start, words, indices) == expected
    # asked again about the same document, from the cached token ends
    assert enhancer._find_index_of_match_token("w", start, words, indices) == expected


def test_context_enhancer_scores_as_presidio_does(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    """Skipping the copy of results Presidio would not change leaves every score as it was."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    ours = pattern_analyzer.engine
    assert isinstance(ours.context_aware_enhancer, analysis.TokenIndexContextEnhancer)
    plain = AnalyzerEngine(
        nlp_engine=ours.nlp_engine,
        registry=ours.registry,
        supported_languages=["en"],
        context_aware_enhancer=LemmaContextAwareEnhancer(),
    )
    from tests.conftest import FIXTURES

    text = (FIXTURES / "sample_case.txt").read_text()
    text += "\nMRN 4471209 on file; her phone 0412 555 019; claim number 88-1204; seen 3/14."

    def scored(engine):  # type: ignore[no-untyped-def]
        return sorted(
            (r.entity_type, r.start, r.end, round(r.score, 6))
            for r in engine.analyze(text, language="en")
        )

    class Unenhanced(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text, raw_results, *args, **kwargs):  # type: ignore[no-untyped-def]
            return raw_results

    expected = scored(plain)
    unenhanced = AnalyzerEngine(
        nlp_engine=ours.nlp_engine,
        registry=ours.registry,
        supported_languages=["en"],
        context_aware_enhancer=Unenhanced(),
    )
    assert scored(unenhanced) != expected  # context words do change scores in this text
    assert scored(ours) == expected
