"""Record, insurance, case, docket, plate, account and meeting numbers. (placeholder: finds nothing yet)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.entities import ID


class ClinicalIdRecognizer(EntityRecognizer):
    """Record, insurance, case, docket, plate, account and meeting numbers."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ID], name="ClinicalIdRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Placeholder."""
        return []
