"""Entity labels casepres reports, their default kind and action, and Presidio's names for them."""

from __future__ import annotations

PERSON = "PERSON"
AGE = "AGE"
DATE = "DATE"
PHONE = "PHONE"
EMAIL = "EMAIL"
URL = "URL"
SOCIAL_HANDLE = "SOCIAL_HANDLE"
ADDRESS = "ADDRESS"
LOCATION = "LOCATION"
ORGANIZATION = "ORGANIZATION"
ID = "ID"
OCCUPATION = "OCCUPATION"
EVENT = "EVENT"
NRP = "NRP"
OTHER_UNIQUE = "OTHER_UNIQUE"

ALL = (
    PERSON,
    AGE,
    DATE,
    PHONE,
    EMAIL,
    URL,
    SOCIAL_HANDLE,
    ADDRESS,
    LOCATION,
    ORGANIZATION,
    ID,
    OCCUPATION,
    EVENT,
    NRP,
    OTHER_UNIQUE,
)

#: Default kind per label. Recognizers override per match through
#: ``recognition_metadata["kind"]`` (an age over 89 is direct, a year alone is quasi).
DEFAULT_KIND: dict[str, str] = {
    PERSON: "direct",
    AGE: "quasi",
    DATE: "direct",
    PHONE: "direct",
    EMAIL: "direct",
    URL: "direct",
    SOCIAL_HANDLE: "direct",
    ADDRESS: "direct",
    LOCATION: "direct",
    ORGANIZATION: "direct",
    ID: "direct",
    OCCUPATION: "quasi",
    EVENT: "quasi",
    NRP: "quasi",
    OTHER_UNIQUE: "quasi",
}

#: Default proposed action per label (values of ``casepres.model.Action``).
DEFAULT_ACTION: dict[str, str] = {
    PERSON: "pseudonym",
    AGE: "generalize",
    DATE: "generalize",
    PHONE: "remove",
    EMAIL: "remove",
    URL: "remove",
    SOCIAL_HANDLE: "remove",
    ADDRESS: "remove",
    LOCATION: "generalize",
    ORGANIZATION: "generalize",
    ID: "remove",
    OCCUPATION: "generalize",
    EVENT: "generalize",
    NRP: "generalize",
    OTHER_UNIQUE: "generalize",
}

#: Presidio predefined entity names mapped onto ours.
PRESIDIO_TO_OURS: dict[str, str] = {
    "PERSON": PERSON,
    "EMAIL_ADDRESS": EMAIL,
    "PHONE_NUMBER": PHONE,
    "URL": URL,
    "DATE_TIME": DATE,
    "LOCATION": LOCATION,
    "GPE": LOCATION,
    "ORGANIZATION": ORGANIZATION,
    "NRP": NRP,
    "IP_ADDRESS": ID,
    "US_SSN": ID,
    "CREDIT_CARD": ID,
    "IBAN_CODE": ID,
    "UK_NHS": ID,
    "MEDICAL_LICENSE": ID,
    "US_DRIVER_LICENSE": ID,
    "US_PASSPORT": ID,
    "US_ITIN": ID,
    "US_BANK_NUMBER": ID,
    "UK_NINO": ID,
    "CA_SIN": ID,
    "AU_MEDICARE": ID,
}


def to_ours(entity: str) -> str:
    """Our label for a Presidio or spaCy entity name (unknown names pass through)."""
    return PRESIDIO_TO_OURS.get(entity, entity)
