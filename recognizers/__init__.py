"""casepres recognizers: one module per family, assembled by ``build_registry``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casepres.offline import enforce_offline

enforce_offline()  # before presidio is imported by any recognizer module

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngine

#: Regions whose phone formats we parse (clinicians here practise in these countries).
PHONE_REGIONS = ("US", "CA", "GB", "AU", "NZ", "IE")


def build_registry(nlp_engine: NlpEngine, *, with_ner: bool = True) -> RecognizerRegistry:
    """The recognizers casepres runs, listed explicitly.

    Presidio predefined recognizers are chosen for clinical prose: the generic date
    recognizer, US bank/licence/passport and crypto recognizers are left out because
    they misfire on doses, scores and session counts; ours cover those families.

    Args:
        nlp_engine: The engine whose entities the spaCy recognizer reads.
        with_ner: False for the pattern-only registry used by fast tests.
    """
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import (
        AuMedicareRecognizer,
        CaSinRecognizer,
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        NhsRecognizer,
        UkNinoRecognizer,
        UrlRecognizer,
        UsSsnRecognizer,
    )

    from recognizers.addresses import AddressRecognizer
    from recognizers.ages import AgeRecognizer
    from recognizers.dates import CalendarDateRecognizer
    from recognizers.emails import ObfuscatedEmailRecognizer
    from recognizers.events import EventRecognizer
    from recognizers.handles import SocialHandleRecognizer
    from recognizers.ids import ClinicalIdRecognizer
    from recognizers.names import NameRecognizer
    from recognizers.nrp import NrpRecognizer
    from recognizers.occupations import OccupationRecognizer
    from recognizers.organizations import OrganizationRecognizer
    from recognizers.phones import HelplineAwarePhoneRecognizer, PhonePatternRecognizer
    from recognizers.places import PlaceRecognizer
    from recognizers.unique import UniqueFeatureRecognizer

    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in (
        EmailRecognizer(),
        ObfuscatedEmailRecognizer(),
        UrlRecognizer(),
        IpRecognizer(),
        UsSsnRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        NhsRecognizer(),
        UkNinoRecognizer(),
        CaSinRecognizer(),
        AuMedicareRecognizer(),
        HelplineAwarePhoneRecognizer(supported_regions=PHONE_REGIONS),
        PhonePatternRecognizer(),
        SocialHandleRecognizer(),
        ClinicalIdRecognizer(),
        AgeRecognizer(),
        CalendarDateRecognizer(),
        AddressRecognizer(),
        PlaceRecognizer(),
        OrganizationRecognizer(),
        NameRecognizer(),
        OccupationRecognizer(),
        EventRecognizer(),
        NrpRecognizer(),
        UniqueFeatureRecognizer(),
    ):
        registry.add_recognizer(recognizer)
    if with_ner:
        from recognizers.spacy_ner import ClinicalSpacyRecognizer

        registry.add_recognizer(ClinicalSpacyRecognizer())
    return registry
