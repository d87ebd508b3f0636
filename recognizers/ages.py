"""Ages of people in the case (quasi; over 89 direct). (placeholder: finds nothing yet)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.entities import AGE


class AgeRecognizer(EntityRecognizer):
    """Ages of people in the case (quasi; over 89 direct)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[AGE], name="AgeRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Placeholder."""
        return []
