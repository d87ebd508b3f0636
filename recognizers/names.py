"""Names the small spaCy model misses. (placeholder: finds nothing yet)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.entities import PERSON


class NameRecognizer(EntityRecognizer):
    """Names the small spaCy model misses."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], name="NameRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Placeholder."""
        return []
