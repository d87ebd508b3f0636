"""spaCy's named entities (people, places, organisations, NORP), without its dates."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import SpacyRecognizer


class ClinicalSpacyRecognizer(SpacyRecognizer):
    """Presidio's spaCy recognizer limited to the labels that suit clinical prose.

    spaCy's DATE covers durations and clinical timing ("for 3 weeks", "12 sessions"),
    which are not identifiers; ``recognizers.dates`` finds calendar references instead.
    """

    ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION", "NRP"]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES))
        self.name = "ClinicalSpacyRecognizer"
