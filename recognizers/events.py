"""Notable, potentially newsworthy events. (placeholder: finds nothing yet)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.entities import EVENT


class EventRecognizer(EntityRecognizer):
    """Notable, potentially newsworthy events."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[EVENT], name="EventRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Placeholder."""
        return []
