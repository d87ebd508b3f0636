"""The clinical allow-list: clinical terms and cited authors are never flagged; clients are."""

from __future__ import annotations

import re

import pytest

from casepres.model import KnownEntry
from recognizers.allow_list import ClinicalAllowList


def allowed(text: str) -> list[str]:
    return [text[a:b] for a, b in ClinicalAllowList.load().spans(text)]


CASES = [
    pytest.param("PHQ-9 = 11 at intake", ["PHQ-9 = 11"], id="scale-score"),
    pytest.param(
        "started sertraline 50 mg daily", ["sertraline 50 mg daily"], id="medication-dose"
    ),
    pytest.param("on Lexapro 10 mg", ["Lexapro 10 mg"], id="brand"),
    pytest.param(
        "switched to Abilify Maintena 400 mg", ["Abilify Maintena 400 mg"], id="depot-brand"
    ),
    pytest.param("DEAR MAN and TIPP skills", ["DEAR MAN", "TIPP"], id="dbt-skills"),
    pytest.param(
        "He davens at shul; she does wudu before salat",
        ["davens", "shul", "wudu", "salat"],
        id="religious-practice",
    ),
    pytest.param("a smudge before the tangihanga", ["smudge", "tangihanga"], id="ceremony"),
    pytest.param("the hui is Friday; Hui came", ["hui"], id="practice-word-also-a-name"),
    pytest.param(
        'she sings "no sé si ella viene" softly',
        ["sé", "si", "ella"],
        id="spanish-phrase-words",
    ),
    pytest.param("my son will come home fine", [], id="english-words-spanish-spelt"),
    # scores, ratings and counts are not ages or dates
    pytest.param("SUDS peaked at 70 in the car", ["SUDS", "70"], id="score-later-in-clause"),
    pytest.param("PHQ-9 done when he was 15", ["PHQ-9"], id="age-after-a-measure"),
    pytest.param("started DBT at 17", ["DBT"], id="age-after-a-modality"),
    pytest.param("worry 8/10 before, 4/10 after", ["worry 8/10", "4/10"], id="ratings"),
    pytest.param("his worry rose on 4/10", [], id="date-after-a-feeling"),
    pytest.param("she is 2 of 3 sisters", ["2 of 3"], id="count"),
    # teams a client follows, not one someone plays for
    pytest.param(
        "He follows the Canucks and the Blue Jays", ["Canucks", "Blue Jays"], id="fan-of-teams"
    ),
    pytest.param("a lifelong Rabbitohs fan", ["Rabbitohs"], id="team-fan"),
    pytest.param("She played for the Matildas", [], id="team-member"),
    pytest.param("SWEMWBS 21 and ReQoL-10 14", ["SWEMWBS 21", "ReQoL-10 14"], id="wellbeing"),
    pytest.param(
        "We use EMDR and Prolonged Exposure.", ["EMDR", "Prolonged Exposure"], id="modalities"
    ),
    pytest.param(
        "Linehan's skills and van der Kolk", ["Linehan's", "van der Kolk"], id="theorists"
    ),
    pytest.param("Shear's complicated grief treatment", ["Shear's"], id="surname-in-citation"),
    pytest.param("as in (Foa, 2007) and per Herman", ["(Foa, 2007)", "Herman"], id="citations"),
    pytest.param("Herman's stages of recovery", ["Herman's"], id="possessive-citation"),
    pytest.param("Herman Shear came with Foa.", [], id="common-surnames-not-blanket"),
    pytest.param("She met (Sam & Niamh) later.", [], id="two-names-in-parentheses"),
    pytest.param("call 988 tonight", ["988"], id="helpline"),
    pytest.param("up till dawn; Dawn came", ["till dawn"], id="dawn-noun-only"),
    pytest.param("F41.0 and DSM-5", ["F41.0", "DSM-5"], id="codes"),
    pytest.param(
        "Prader-Willi syndrome; a Peter Pan syndrome; Bell's palsy",
        ["Prader-Willi syndrome", "Peter Pan syndrome", "Bell's palsy"],
        id="eponymous-syndromes",
    ),
    pytest.param("Nora's disease got worse", [], id="possessive-disease-of-a-person"),
    pytest.param("a Jekyll and Hyde pattern", ["Jekyll and Hyde"], id="literary-type"),
    # cited authors: distinctive surnames and full names anywhere
    pytest.param(
        "Padesky's five-part model, then Kabat-Zinn", ["Padesky's", "Kabat-Zinn"], id="bare-author"
    ),
    pytest.param("As Salvador Minuchin says", ["Salvador Minuchin"], id="full-name"),
    pytest.param("Her father Michael White rang", [], id="common-full-name-bare"),
    pytest.param(
        "Michael White's narrative approach", ["Michael White's"], id="common-full-name-cited"
    ),
    # common surnames only where cited
    pytest.param("Stern's motherhood constellation", ["Stern's"], id="possessive-concept"),
    pytest.param("Gilbert's mother rang", [], id="possessive-of-a-relative"),
    pytest.param("as Siegel (1999) puts it", ["Siegel", "(1999)"], id="author-year"),
    pytest.param("per Gilbert, shame is social", ["Gilbert"], id="per-author"),
    pytest.param("per Francine, she ate", [], id="per-relative"),
    pytest.param("a Siegel-informed frame", ["Siegel"], id="author-informed"),
    pytest.param("we used Miller and Rollnick", ["Miller and Rollnick"], id="pair-with-distinct"),
    pytest.param(
        "refusal functions (Kearney & Silverman)", ["Kearney & Silverman"], id="common-pair-cited"
    ),
    pytest.param("a Clark & Wells model", ["Clark & Wells", "Wells model"], id="common-pair-model"),
    pytest.param("Gilbert and Harris came in", [], id="common-pair-not-cited"),
    pytest.param("Mr. Miller and Rollnick", ["Rollnick"], id="titled-pair"),
    pytest.param("self-attack work (Gilbert) helped", ["Gilbert"], id="bracket-after-concept"),
    pytest.param("her husband (Gilbert) joined", [], id="bracket-after-relation"),
    pytest.param("her son Tom (Gilbert) joined", [], id="bracket-after-name"),
    # bracketed citations by anyone, but not dates or places before a year
    pytest.param("(Nguyen & Park, 2021)", ["(Nguyen & Park, 2021)"], id="any-author-year"),
    pytest.param("moved (Sept 2019) with", [], id="month-year"),
    pytest.param("lives on (Harbour Rd, 5012) now", [], id="street-postcode"),
    pytest.param("was raised in (Boston, 1988)", [], id="place-year"),
    pytest.param("kids (Mia, Tom & Jo) at home", [], id="names-without-year"),
    # acronyms keep their case; a state is not a modality
    pytest.param("attends NA and MI groups", ["NA", "MI"], id="acronyms"),
    pytest.param("at Scoil na Mara", [], id="lowercase-particle"),
    pytest.param("near Lansing, MI with a MI plate", [], id="state-abbreviation"),
    # kinship words in other languages
    pytest.param("Ammamma and Yiayia came", ["Ammamma", "Yiayia"], id="kin-bare"),
    pytest.param("her Lola cooks; Lola texted", ["Lola", "Lola"], id="kin-after-possessive"),
    pytest.param("Nana (paternal grandmother)", ["Nana"], id="kin-glossed"),
    pytest.param("Tatty and Whaea came; Hooyo rang", ["Tatty", "Whaea", "Hooyo"], id="kin-more"),
    pytest.param("Bà and Ông help; Niam cooks", ["Bà", "Ông", "Niam"], id="kin-vi-hmong"),
    pytest.param("Lola texted twice", [], id="kin-word-bare-only"),
    pytest.param(
        "his Ba runs the boat; Ba won't look at him", ["Ba", "Ba"], id="kin-word-in-the-text"
    ),
    pytest.param("Nan Betty died in May; he misses Nan", ["Nan ", "Nan"], id="kin-title-then-bare"),
    pytest.param(
        "her Lola is 80; her daughter Lola, 9, and Lola", ["Lola"], id="kin-word-also-a-name"
    ),
    pytest.param("his Koro rang; he grew up on Koro", ["Koro"], id="kin-word-also-a-place"),
    pytest.param("Lola Smith and Lola came", [], id="given-name-not-a-title"),
    # helplines, religion, brands, public events, services
    pytest.param(
        "Lifeline 13 11 14 or 1800 55 1800",
        ["Lifeline", "13 11 14", "1800 55 1800"],
        id="au-helplines",
    ),
    pytest.param("SADAG (0800 567 567)", ["SADAG", "(0800 567 567)"], id="bracketed-helpline"),
    pytest.param("so he called 000 again", ["called 000"], id="emergency-after-call"),
    pytest.param("prays to God after Mass.", ["God", "after Mass."], id="religion"),
    pytest.param("They moved to Mass. in May", [], id="massachusetts"),
    pytest.param("we read Psalm 23; Mark 15 came", ["Psalm 23"], id="scripture"),
    pytest.param("cried in the Sonic lot", ["Sonic"], id="brand-product"),
    pytest.param("works shifts at Sonic", [], id="brand-employer"),
    pytest.param("grew up during the Troubles", ["the Troubles"], id="public-event"),
    pytest.param("SAMHSA and the ATO", ["SAMHSA", "ATO"], id="agencies"),
    pytest.param(
        "the RFDS flew him out; Farm Household Allowance helped",
        ["RFDS", "Farm Household Allowance"],
        id="rural-services",
    ),
    pytest.param("CPQ = 38 and STAXI-2", ["CPQ = 38", "STAXI-2"], id="more-scales"),
    pytest.param("PC-PTSD-5 = 4 and DBAS-16", ["PC-PTSD-5 = 4", "DBAS-16"], id="screens"),
    pytest.param(
        "Katz rang about the Barthel Index", ["Barthel Index"], id="eponym-needs-its-noun"
    ),
    pytest.param("Will revisit this. Will texted.", ["Will"], id="modal-will"),
    # national bodies and programmes, unless the text makes one someone's workplace
    pytest.param(
        "Neighbours phoned the RCMP; RCMP attended.", ["RCMP", "RCMP"], id="police-called"
    ),
    pytest.param(
        "Ten sessions under Better Access, then Phoenix Australia guidance.",
        ["Better Access", "Phoenix Australia"],
        id="programme-and-centre",
    ),
    pytest.param(
        "Someone at the Canadian Red Cross has a group.",
        ["Canadian Red Cross"],
        id="charity-as-a-service",
    ),
    pytest.param("He retired from the RCMP; RCMP humour helps.", [], id="police-employer"),
    pytest.param("a Salvation Army officer for years", [], id="charity-employer-after"),
    pytest.param("works at Sonic; hates the Sonic uniform", [], id="brand-employer-everywhere"),
    # kinship listed with a kinship word of another language
    pytest.param("Tatay and Lola cook; Lola sings", ["Tatay", "Lola", "Lola"], id="kin-listed"),
    pytest.param("Mum and Lola came", [], id="kin-listed-with-english-only"),
    pytest.param("Nanay and Lola (his sister) came", ["Nanay"], id="kin-listed-but-glossed"),
    # citations, named models and scales
    pytest.param("as Okonkwo et al. showed", ["Okonkwo et al."], id="et-al-any-author"),
    pytest.param("we leaned on the Lidcombe approach", ["Lidcombe approach"], id="named-approach"),
    pytest.param("she worked as a Vogue model", [], id="model-as-a-job"),
    pytest.param(
        "the Bader-Pearson developmental model",
        ["Bader-Pearson developmental model"],
        id="model-with-an-adjective",
    ),
    pytest.param("Hope meets criteria for it", [], id="name-verb-criteria"),
    pytest.param("her Honda model was old", [], id="vehicle-model"),
    pytest.param("Her sister Greta's model of care", [], id="possessive-not-a-model"),
    pytest.param("Kessler 10 = 31 at intake", ["Kessler 10 = 31"], id="kessler-10"),
    pytest.param("Pastor Anne Kessler came at 10 am", [], id="kessler-surname"),
    pytest.param(
        "Zung Depression Scale 48 at intake",
        ["Zung Depression Scale 48"],
        id="eponymous-scale",
    ),
    pytest.param("moved to Hamilton 17 years ago", [], id="city-before-a-number"),
    # the clinician's own background, interjections, endearments
    pytest.param("I'm not Samoan myself, so I asked", ["Samoan"], id="clinician-self"),
    pytest.param('He said "I am Samoan too" today', [], id="client-quoted"),
    pytest.param("Inshallah the visa comes", ["Inshallah"], id="interjection"),
    pytest.param("she calls him a chuisle at night", ["a chuisle"], id="gaelic-endearment"),
    pytest.param("full of aroha and mana", ["aroha", "mana"], id="lower-case-words"),
    pytest.param("I will meet with aroha on Monday", [], id="lower-case-name-after-with"),
    pytest.param("Aroha rang; lots of aroha", ["aroha"], id="capitalised-is-a-name"),
    # public figures, unless the text uses the first name alone or as a relative
    pytest.param("He plays Celia Cruz at dinner", ["Celia Cruz"], id="public-figure"),
    pytest.param("Celia Cruz came in; Celia cried", [], id="figure-name-as-a-client"),
    pytest.param("Frank talk with dad next week", ["Frank"], id="frank-adjective"),
    pytest.param("Frank talks to his son daily", [], id="frank-as-a-name"),
    # cited authors: a hyphenated work noun, a method named after its author, an acronym
    pytest.param(
        "we began with Kleinman's explanatory-model questions",
        ["Kleinman's"],
        id="hyphenated-work-noun",
    ),
    pytest.param("she joined the Spector programme", ["Spector"], id="author-named-programme"),
    pytest.param("Mrs Spector programme notes", [], id="titled-name-before-method"),
    pytest.param(
        "drills taken from Gardner & Moore (MAC) this week",
        ["Gardner & Moore"],
        id="authors-then-method-acronym",
    ),
    pytest.param("Gardner & Moore came in together", [], id="common-surname-pair-as-clients"),
    # liturgy, devices and public events
    pytest.param("he lost his place in the Lord's Prayer", ["the Lord's Prayer"], id="liturgy"),
    pytest.param("her Dexcom G7 alarmed at night", ["Dexcom G7"], id="device"),
    pytest.param("it was nothing like My Lai, he said", ["My Lai"], id="public-event"),
    # school courses every such school teaches
    pytest.param(
        "a panic attack in AP Chem; he takes IB Bio HL and Honors Geometry",
        ["AP Chem", "IB Bio HL", "Honors Geometry"],
        id="school-courses",
    ),
    pytest.param(
        "dropped AP US History and A-level Maths",
        ["AP US History", "A-level Maths"],
        id="school-courses-longer",
    ),
    pytest.param("an AP news story; the IB office; AP Chemists", [], id="course-look-alikes"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_allow_spans(text: str, expected: list[str]) -> None:
    assert allowed(text) == expected


KEEP = [
    pytest.param("Her PHQ-9 = 11 and GAD-7 = 17 at intake.", id="scales"),
    pytest.param("Plan: sertraline 50 mg and CBT per Beck.", id="drug-theorist"),
    pytest.param("I have hope again, he said.", id="hope"),
    pytest.param("We could mark a clear plan.", id="mark"),
    pytest.param("Mark Epstein wrote about it.", id="cited-author"),
    pytest.param("The lead author (Schauer, Neuner & Elbert) says so.", id="author-list"),
    pytest.param("She keeps Lifeline 13 11 14 and Samaritans 116 123 saved.", id="helplines"),
    pytest.param("He lived through the Troubles and the Good Friday Agreement.", id="events"),
    pytest.param(
        "We used Stern's motherhood constellation and Gilbert's compassion-focused model.",
        id="cited-common-surnames",
    ),
    pytest.param("Reading Tom Kitwood on personhood and Anne Fadiman.", id="more-authors"),
    pytest.param("He says Morning Prayer and quotes Julian of Norwich.", id="prayers-mystics"),
]


IDENTIFIERS = [
    pytest.param(
        "Her daughter Lola, 9, loves her Lola's cooking.",
        [("AGE", 19, 20), ("PERSON", 13, 17)],
        id="kin-word-as-a-name",
    ),
    pytest.param(
        "Martin Gilbert and his wife came in; Gilbert cried.",
        [("PERSON", 0, 14), ("PERSON", 37, 44)],
        id="author-surname-as-a-client",
    ),
    pytest.param(
        "Our Nan cooks. My friend Nan Ortiz, 41, came; Nan cried.",
        [("AGE", 36, 38), ("PERSON", 25, 34), ("PERSON", 46, 49)],
        id="kin-word-as-a-friends-name",
    ),
    pytest.param(
        "Her brother Sione joined the New Zealand Police; NZ Police posted him north.",
        [("ORGANIZATION", 29, 47), ("PERSON", 12, 17)],
        id="national-body-as-an-employer",
    ),
    pytest.param(
        "Nan Betty rang twice; Nan worries.", [("PERSON", 4, 9)], id="kin-title-cut-off-a-name"
    ),
    pytest.param(
        "Her uncle Bob Marley, 58, drives a cab.",
        [("AGE", 22, 24), ("PERSON", 10, 20)],
        id="famous-name-as-a-relative",
    ),
    pytest.param(
        "Rita said per Francine the move was hard.",
        [("PERSON", 0, 4), ("PERSON", 14, 22)],
        id="per-a-relative",
    ),
]


@pytest.mark.parametrize("text, expected", IDENTIFIERS)
def test_allow_list_does_not_hide_people(spans, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == expected


@pytest.mark.parametrize("text", KEEP)
def test_keep_phrases_not_flagged(spans, text: str) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == []


def test_listed_term_wins_over_allow_list(pattern_analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Seen with Linehan today."
    assert pattern_analyzer.analyze(text) == []
    findings = pattern_analyzer.analyze(text, known=(KnownEntry(("Linehan",)),))
    assert [(f.entity, f.start, f.end) for f in findings] == [("PERSON", 10, 17)]


#: Regexes filed by their first letters, and what they can start with (lower-cased).
FIRST_CHARS = [
    pytest.param(r"(?:PHQ-?9|GAD-?7)", {"p", "g"}, id="branch"),
    pytest.param(r"(?-i:CPQ|FMPS)", {"c", "f"}, id="flag-group"),
    pytest.param(r"(?:the\s+)?\d{1,2}\s+of", {"t", *"0123456789"}, id="optional-then-digit"),
    pytest.param(r"(?!The\b)[A-C]\w+", {"a", "b", "c"}, id="look-ahead-then-range"),
    pytest.param(r"\(?(?:\+\d{1,3})?9[\s.-]?8", {"(", "+", "9"}, id="phone"),
    pytest.param(r"[^a]bc", None, id="negated-set"),
    pytest.param(r"\w+ly", None, id="category"),
    pytest.param(r"(?:ab)?", None, id="may-match-nothing"),
]


@pytest.mark.parametrize("regex, expected", FIRST_CHARS)
def test_first_chars(regex: str, expected: set[str] | None) -> None:
    from recognizers.allow_list import _first_chars

    assert _first_chars(regex) == (None if expected is None else frozenset(expected))


def test_first_char_dispatch_finds_what_the_plain_alternation_finds() -> None:
    """The allow-list's regex terms, tried by first letter, give the plain alternation's spans."""
    from pathlib import Path

    from recognizers import allow_list as al

    words = al.read_word_list(al.DATA_FILE)
    for extra in al.EXTRA_FILES:
        words += al._optional_list(extra)
    terms = sorted({w for w in words if w.startswith(("re:", "tel:"))}, key=len, reverse=True)
    regexes = [al._term_regex(t) for t in terms]
    plain = al._group_spans(al._word_regex("|".join(regexes)))
    dispatched = al._by_first_char(regexes)
    root = Path(__file__).resolve().parents[2]
    texts = [
        "PHQ-9 fell to 11; on sertraline 50 mg and Lexapro 10mg. Call 988 or 1-800-273-8255.",
        "SUDS 7/10 before ERP, CBT-I in Grade 9; the 3rd of 5 sessions (296.32).",
        (root / "fixtures" / "sample_case.txt").read_text(encoding="utf-8"),
    ]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    found = 0
    for text in texts:
        expected = list(plain(text))
        assert list(dispatched(text)) == expected
        found += len(expected)
    assert found > 10  # the texts do contain allowed regex terms


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # the bracketed year of a cited author's work is part of the citation
        ("Per Linehan (1993), we used chain analysis.", ["Linehan", "(1993)"]),
        ("as Yalom (2005, p. 12) puts it", ["Yalom", "(2005, p. 12)"]),
        # a narrative citation by any names, with its year
        ("Beck, Rush, Shaw & Emery (1979) set out the model.", ["Beck, Rush, Shaw & Emery (1979)"]),
        ("Stroebe and Schut (1999) describe oscillation.", ["Stroebe and Schut (1999)"]),
    ],
)
def test_cited_years(text: str, cited: list[str]) -> None:
    got = allowed(text)
    for part in cited:
        assert part in got


@pytest.mark.parametrize(
    "text",
    [
        "She moved to Denver (2019) after the divorce.",
        "Tom and Sarah married in 2019.",
        "PHQ-9 (2019) was 14.",
    ],
)
def test_years_that_are_not_citations(text: str) -> None:
    assert not any(re.search(r"\d{4}", part) for part in allowed(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our work: IPSRT along Ellen Frank's lines.", "Ellen Frank"),
        ("She has read Kay Redfield Jamison's memoir twice.", "Kay Redfield Jamison"),
        ("He is a big Shane Warne fan.", "Shane Warne"),
        ("He watches every Mohamed Salah match.", "Mohamed Salah"),
        ("Would I recommend the Mark Williams MBCT book?", "Mark Williams"),
        ("We worked in the tradition of Irvin Yalom.", "Irvin Yalom"),
    ],
)
def test_authors_and_figures_by_use(text: str, name: str) -> None:
    assert name in allowed(text)


@pytest.mark.parametrize(
    "text",
    [
        "She quotes her mum Jo Harris at me.",
        "Tom Hale's research job ended in March.",
        "Dana Whitfield's argument with her sister escalated.",
        "The run is held in the spirit of Jake Morrison, who died in 2019.",
        "He goes to every Liam Doyle game.",
        "Her father Tom Hale's memoir is unfinished.",
    ],
)
def test_private_people_in_those_contexts_stay_flaggable(text: str) -> None:
    names = re.findall(r"[A-Z][a-z]+ [A-Z][a-z]+", text)
    assert not any(n in part for part in allowed(text) for n in names)
