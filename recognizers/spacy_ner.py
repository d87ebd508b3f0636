"""spaCy's named entities (people, places, organisations, NORP), without its dates."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from recognizers.person_filter import plausible_person


class ClinicalSpacyRecognizer(SpacyRecognizer):
    """Presidio's spaCy recognizer limited to the labels that suit clinical prose.

    spaCy's DATE covers durations and clinical timing ("for 3 weeks", "12 sessions"),
    which are not identifiers; ``recognizers.dates`` finds calendar references instead.
    """

    ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION", "NRP"]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES))
        self.name = "ClinicalSpacyRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """spaCy's entities, less PERSON spans that are clearly not people."""
        results = super().analyze(text, entities, nlp_artifacts)
        return [
            r
            for r in results
            if r.entity_type != "PERSON" or plausible_person(text, r.start, r.end)
        ]
