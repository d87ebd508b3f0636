"""NRP recognizer: nationality, ethnicity, tribe, religion, heritage language (quasi)."""

from __future__ import annotations

import pytest


def nrp(text: str, part: str) -> tuple[str, int, int]:
    """("NRP", start, end) of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return ("NRP", start, start + len(part))


T1 = "Client is a Vietnamese-Canadian woman who is Buddhist."
T2 = "He is Pashtun; we use a Pashto interpreter."
T3 = "Her family is Ngāi Tahu and Catholic."
T4 = "We draw on Buddhist philosophy and she takes Spanish classes."
T5 = "Sessions are in English; she likes Cuban music."
T6 = "He volunteers with Catholic Relief Society."
T7 = "Both parents are Filipino American."

T8 = "Her father is Jamaican-born; two Fijians joined the group."

T9 = "He follows the All Blacks every season."

CASES = [
    pytest.param(
        T1, [nrp(T1, "Vietnamese-Canadian"), nrp(T1, "Buddhist")], id="compound-and-religion"
    ),
    pytest.param(T2, [nrp(T2, "Pashtun"), nrp(T2, "Pashto")], id="ethnicity-and-language"),
    pytest.param(T3, [nrp(T3, "Ngāi Tahu"), nrp(T3, "Catholic")], id="iwi-and-religion"),
    pytest.param(T4, [], id="subjects-not-identity"),
    pytest.param(T5, [], id="weak-terms-and-team-names"),
    pytest.param(
        T6, [("ORGANIZATION", T6.index("Catholic"), T6.index("."))], id="part-of-an-org-name"
    ),
    pytest.param(T7, [nrp(T7, "Filipino American")], id="hyphenless-compound"),
    pytest.param(T8, [nrp(T8, "Jamaican-born"), nrp(T8, "Fijians")], id="born-and-plural"),
    pytest.param(T9, [], id="inside-a-team-name"),
]


def t(text: str, *parts: str, id: str):  # type: ignore[no-untyped-def]
    """A case whose expected NRP spans are ``parts``."""
    return pytest.param(text, sorted(nrp(text, p) for p in parts), id=id)


#: Only NRP spans are compared (names and places beside them are other recognizers').
MORE_CASES = [
    t(
        "They are Tagalog-speaking at home; he is Welsh-speaking.",
        "Tagalog-speaking",
        "Welsh-speaking",
        id="speaking-suffix",
    ),
    t("Her grandpa is Quechua-speaking.", "Quechua-speaking", id="speaking-any-language"),
    t("As a white English-speaking therapist, I wonder.", id="english-speaking-weak"),
    t(
        "raised catholic, now evangelical; her nan is yup'ik.",
        "catholic",
        "evangelical",
        "yup'ik",
        id="lower-case-notes",
    ),
    t("Catholique pratiquante, paroisse du quartier.", "Catholique pratiquante", id="french"),
    t("Identifies as Boricua and Francophone.", "Boricua", "Francophone", id="identities"),
    t(
        "Her clans: born to Tsénahabiłnii, born for Kinłichíinii.",
        "born to Tsénahabiłnii, born for Kinłichíinii",
        id="clan-introduction",
    ),
    t("He was born to Maria in a small town.", id="born-to-parent"),
    t("There's a nice Chechen place downtown.", id="restaurant"),
    t("she takes spanish class on mondays", id="lower-case-subject"),
]


@pytest.mark.parametrize("text, expected", MORE_CASES)
def test_nrp_spans_in_context(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "NRP"] == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_nrp_spans(spans, text, expected):
    assert spans(text) == sorted(expected)


#: Peoples, mixed heritage and the first person beyond the first tuning round.
GENERAL_CASES = [
    t("He is half-Samoan and part Irish.", "half-Samoan", "part Irish", id="mixed-heritage"),
    t("She says she is biracial.", "biracial", id="biracial"),
    t("He is Inuk and his wife is Cook Islander.", "Inuk", "Cook Islander", id="more-peoples"),
    t("Mon 3 June, then Tues.", id="weekday-not-a-people"),
    t("She is Asian; the Asian Games were on TV.", "Asian", id="asian-alone"),
    t("I'm not Métis myself, so I asked her.", id="clinicians-own-identity"),
    t('She says "I\'m Muslim but not strict".', "Muslim", id="clients-own-words"),
]


@pytest.mark.parametrize("text, expected", GENERAL_CASES)
def test_nrp_general_spans(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "NRP"] == expected


#: Languages spoken with their qualifier, terms after a bullet's modifier, more faiths.
ROUND3_CASES = [
    t("Mum is a native Cantonese speaker.", "native Cantonese speaker", id="native-speaker"),
    t("- Fluent Arabic speaker, reads little.", "Fluent Arabic speaker", id="bullet-fluent"),
    t("- Heritage-language Greek at home.", "Greek", id="bullet-capitalised-modifier"),
    t("Mid-sentence Greek Orthodox Easter came up.", id="capitalised-word-mid-sentence"),
    t("His grandfather keeps the old ways (animist).", "animist", id="animist"),
    t("Speaks Nahuatl with her grandmother.", "Nahuatl", id="nahuatl"),
]


@pytest.mark.parametrize("text, expected", ROUND3_CASES)
def test_nrp_round3_spans(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "NRP"] == expected


# Lower-case notes: every lexicon term counts in lower case; everyday-word terms only in
# a compound. Invented sentences.
NL = (
    "- client: 40yo. syrian-canadian, alawite, lives w/ wife.\n"
    "- mum is native hawaiian; dad half samoan. goes to a coptic church sometimes.\n"
    "- no si. sleep poor. feels polish about nothing; white noise helps.\n"
    "- australian by birth? unclear. chin up, she says.\n"
)


def test_lower_case_notes_terms(spans):  # type: ignore[no-untyped-def]
    assert [s for s in spans(NL) if s[0] == "NRP"] == [
        nrp(NL, "syrian-canadian"),
        nrp(NL, "alawite"),
        nrp(NL, "native hawaiian"),
        nrp(NL, "half samoan"),
        nrp(NL, "coptic"),
    ]


COMBINING_CASES = [
    ("Her grandmother is Afro-Peruvian.", ["Afro-Peruvian"]),
    ("He describes himself as Indo-Guyanese and Hindu.", ["Indo-Guyanese", "Hindu"]),
    (
        "A Franco-Manitoban family; her aunt is franco-albertaine.",
        ["Franco-Manitoban", "franco-albertaine"],
    ),
    ("Il est franco-ontarien, 52 ans.", ["franco-ontarien"]),
    (
        "Elle est québécoise et catholique; son mari est haïtien.",
        ["québécoise", "catholique", "haïtien"],
    ),
    ("She prefers therapy en français.", []),
    ("A native English speaker, she works in Leeds.", []),
]


@pytest.mark.parametrize("text, parts", COMBINING_CASES)
def test_combining_forms_and_french(spans, text, parts):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "NRP"] == [nrp(text, p) for p in parts]


SPEAK_CASES = [
    ("He speaks Cant with his cousins at the fair.", ["Cant"]),
    ("Her mother speaks only Sylheti.", ["Sylheti"]),
    ("The boys switch into Gammon when staff come in.", ["Gammon"]),
    ("She prays in Tamazight and texts in Darija.", ["Tamazight", "Darija"]),
    ("He speaks Pidgin with his uncles.", ["Pidgin"]),
    ("Grandad speaks Plautdietsch at home.", ["Plautdietsch"]),
    # not languages: a name, a kinship word, a weekday, a city, the clinic's language
    ("She spoke Mum's words back to her.", []),
    ("He speaks Tuesday with the team; she spoke English.", []),
    ("Cant sleep, cant eat, she wrote.", []),
]


@pytest.mark.parametrize("text, parts", SPEAK_CASES)
def test_languages_after_speaking(spans, text, parts):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "NRP"] == [nrp(text, p) for p in parts]


def test_term_after_a_speaking_or_born_compound(spans):  # type: ignore[no-untyped-def]
    text = "She is a Tamil-speaking Catholic; her husband is a Somali-born Muslim."
    assert [s for s in spans(text) if s[0] == "NRP"] == [
        nrp(text, "Tamil-speaking"),
        nrp(text, "Catholic"),
        nrp(text, "Somali-born"),
        nrp(text, "Muslim"),
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Pākehā mother, Ngāi Tahu father.", ["Ngāi Tahu"]),
        ("whānau affiliate to Ngāti Kahungunu and Ngati Porou", ["Ngāti Kahungunu", "Ngati Porou"]),
        # "ngati" in lower case or a word after it in lower case is no iwi name
        ("the ngati thing again", []),
    ],
)
def test_iwi_and_hapu(text, parts):  # type: ignore[no-untyped-def]
    from recognizers.nrp import NrpRecognizer

    found = NrpRecognizer().analyze(text, ["NRP"])
    assert sorted(
        text[r.start : r.end] for r in found if "iwi" in r.analysis_explanation.pattern_name
    ) == sorted(parts)


@pytest.mark.parametrize(
    ("text", "term", "marked"),
    [
        ("He is a practising Sikh.", "Sikh", True),
        ("Lebanese-Australian, Maronite.", "Maronite", True),
        # a term that is also a given name does not overrule spaCy's person
        ("The family is Karen, from Myanmar.", "Karen", False),
        ("Raised Free Will Baptist.", "Free Will Baptist", True),
    ],
)
def test_terms_that_are_nobodys_name_are_marked(text, term, marked):  # type: ignore[no-untyped-def]
    from recognizers.nrp import NrpRecognizer
    from recognizers.places import NOT_A_NAME

    start = text.index(term)
    hits = [r for r in NrpRecognizer().analyze(text, ["NRP"]) if r.start == start]
    assert hits
    assert (NOT_A_NAME in hits[0].analysis_explanation.pattern_name) is marked
