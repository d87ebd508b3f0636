"""Distinctive features: tattoos, public-figure status, follower counts. (placeholder: finds nothing yet)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.entities import OTHER_UNIQUE


class UniqueFeatureRecognizer(EntityRecognizer):
    """Distinctive features: tattoos, public-figure status, follower counts."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[OTHER_UNIQUE], name="UniqueFeatureRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Placeholder."""
        return []
