"""Tags on demand: the window tagger gives the tag a full tagging pass gives."""

from __future__ import annotations

import json

import pytest
import spacy

from casepres.analysis import DEFAULT_MODEL, EXCLUDED_COMPONENTS, loaded_model
from recognizers.tags import tag_at
from tests.conftest import FIXTURES

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def tagged_nlp() -> spacy.language.Language:
    """The model with its tagger in the main pass, as spaCy builds it."""
    return spacy.load(DEFAULT_MODEL, exclude=list(EXCLUDED_COMPONENTS))


def test_the_main_pass_runs_without_the_tagger(nlp_analyzer) -> None:  # type: ignore[no-untyped-def]
    nlp = loaded_model(nlp_analyzer)
    assert "tagger" not in nlp.pipe_names and "ner" in nlp.pipe_names
    assert not nlp("Priya moved to Leeds.").has_annotation("TAG")


def test_window_tags_match_a_full_pass(nlp_analyzer, tagged_nlp) -> None:  # type: ignore[no-untyped-def]
    fast = loaded_model(nlp_analyzer)
    lines = (FIXTURES / "tuneset" / "gold.jsonl").read_text().splitlines()[:8]
    texts = [json.loads(line)["text"] for line in lines]
    texts.append((FIXTURES / "sample_case.txt").read_text())
    asked = 0
    for text in texts:
        untagged, full = fast(text), tagged_nlp(text)
        for token in full:
            if token.is_alpha and token.text[:1].isupper():
                got = tag_at(untagged, token.idx, token.idx + len(token))
                assert got == token.tag_, (token.text, token.idx)
                asked += 1
    assert asked > 200


def test_more_than_one_token_has_no_tag(nlp_analyzer) -> None:  # type: ignore[no-untyped-def]
    doc = loaded_model(nlp_analyzer)("Dr. Okafor called.")
    assert tag_at(doc, 0, 10) is None
    assert tag_at(doc, 4, 10) == "NNP"


def test_a_document_nothing_can_tag_gives_an_empty_tag() -> None:
    doc = spacy.blank("en")("Relocated in May.")
    assert tag_at(doc, 0, 9) == ""
