"""Phone numbers and extensions in US/UK/CA/AU/NZ formats. (placeholder: finds nothing yet)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.entities import PHONE


class PhonePatternRecognizer(EntityRecognizer):
    """Phone numbers and extensions in US/UK/CA/AU/NZ formats."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[PHONE], name="PhonePatternRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Placeholder."""
        return []
