"""Social media handles and usernames. (placeholder: finds nothing yet)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.entities import SOCIAL_HANDLE


class SocialHandleRecognizer(EntityRecognizer):
    """Social media handles and usernames."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[SOCIAL_HANDLE], name="SocialHandleRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Placeholder."""
        return []
