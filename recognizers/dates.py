"""Calendar dates, holidays, seasons and anchored relative dates. (placeholder: finds nothing yet)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.entities import DATE


class CalendarDateRecognizer(EntityRecognizer):
    """Calendar dates, holidays, seasons and anchored relative dates."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[DATE], name="CalendarDateRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Placeholder."""
        return []
