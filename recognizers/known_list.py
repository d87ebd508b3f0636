"""The clinician's private People & places list: every mention of every listed term."""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from casepres.model import KnownEntry
from recognizers.entities import PERSON


class KnownListRecognizer(EntityRecognizer):
    """Flags every occurrence of listed names and aliases, in any case (minimal version)."""

    def __init__(
        self,
        entries: Sequence[KnownEntry],
        extra_terms: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.entries = tuple(entries)
        self.extra_terms = tuple(extra_terms)
        super().__init__(supported_entities=[PERSON], name="KnownListRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every case-insensitive, whole-word occurrence of each listed term."""
        results = []
        terms = [(n, PERSON) for e in self.entries for n in e.names] + list(self.extra_terms)
        for term, entity in terms:
            words = [re.escape(w) for w in term.split()]
            if not words:
                continue
            pattern = re.compile(r"(?<!\w)" + r"[\s\-]+".join(words) + r"(?!\w)", re.IGNORECASE)
            for m in pattern.finditer(text):
                results.append(
                    RecognizerResult(
                        entity_type=entity,
                        start=m.start(),
                        end=m.end(),
                        score=1.0,
                        analysis_explanation=AnalysisExplanation(
                            recognizer=self.name,
                            original_score=1.0,
                            pattern_name="listed term",
                        ),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            "kind": "direct",
                        },
                    )
                )
        return results
