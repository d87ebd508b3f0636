"""Organisation recognizer: employers, schools, health and faith bodies, units, branches."""

from __future__ import annotations

import pytest


def org(text: str, part: str) -> tuple[str, int, int]:
    """("ORGANIZATION", start, end) of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return ("ORGANIZATION", start, start + len(part))


def occ(text: str, part: str) -> tuple[str, int, int]:
    """("OCCUPATION", start, end) of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return ("OCCUPATION", start, start + len(part))


T1 = "Works remotely for Quillfeather Analytics and likes it."
T2 = "Seen overnight at Bramblewood Medical Center after the fall."
T3 = "Her son is in 4th grade at Juniper Hollow Elementary now."
T4 = "His aunt works weekends at Safeway to cover rent."
T5 = "Her uncle is a pilot with Delta and flies often."
T6 = "He served with 2-14 Cavalry and later with 2/7 as a rifleman."
T7 = "She attends worship at Sacred Thistle twice weekly."
T8 = "He drives to the Albany VA for appointments; the VA covers travel."
T9 = "Sent over from the Youth & Family Clinic; Medicaid pays, the NHS is not involved."
T15 = "Referred to the Oregon Physicians Assistance Program by the board."
T16 = "She finished the Safe and Together Program in spring."
T14 = "He works with Te Whatu Ora and attends a group at the Community Hall."
T10 = "She studies at the University of Eastmarch on a bursary."
T11 = "She sings in the choir at St Bridget's Cathedral with her aunt."
T12 = "Her brother was in the Navy for six years."
T13 = "He still talks about his old crew at Engine 12."
T17 = "She is on 6 North at St. Benedict Regional; her GP is at Harbourview OB-GYN."
T18 = "Step-down from 3 Est last week; moved on to Ward 9."
T19 = "He has speech sessions at Tidewater Pediatric Therapy and sees a GP at Alder Dental."
T20 = "We combine Interpersonal Psychotherapy with Emotion-Focused Counselling."
T21 = "Thanks all, Jo\nLarkspur Lane Psychotherapy\n"
T22 = "He asked for a letter for Brightwater HR about his shifts."
T23 = "Their parish is St. Kilian; the children go to Mass at St. Ita's."
T24 = "She teaches at Coláiste an Chnoic; paroisse Sainte-Anne; Hôpital Saint-Luc-des-Prés."
T25 = "Her husband, a squad leader, is in C Co, 1-325 AIR, 82nd Airborne Division."
T26 = "She was cast in A Company of the school play."
T27 = "The CI was wide and the effect was small."
T28 = "Her son was treated at Westvale Children's and is home now."
T29 = "She is a sophomore on the Eastbrook State gymnastics team."
T30 = "Seen by Disability Services; a letter to the Probation Committee is pending."
T31 = "After three weeks at the Larchmont Center for Eating Recovery she came home."
T32 = "Her counsellor at KMU Health & Wellness referred her; sertraline via KMU for months."
T33 = "He was a welder at the Dockside Works until the plant shut."
T34 = "Her brother is in year 12 at Birchmount CI and plays at the Glenarm Men's Shed."

CASES = [
    pytest.param(T1, [org(T1, "Quillfeather Analytics")], id="company-suffix"),
    pytest.param(T2, [org(T2, "Bramblewood Medical Center")], id="hospital-suffix"),
    pytest.param(T3, [org(T3, "Juniper Hollow Elementary")], id="school-suffix"),
    pytest.param(T4, [org(T4, "Safeway")], id="employer-after-works-at"),
    pytest.param(T5, [occ(T5, "pilot"), org(T5, "Delta")], id="ambiguous-brand-with-context"),
    pytest.param(
        T6,
        [
            org(T6, "2-14 Cavalry"),
            org(T6, "2/7"),
            ("OCCUPATION", T6.index("rifleman"), T6.index("rifleman") + 8),
        ],
        id="military-units",
    ),
    pytest.param(T7, [org(T7, "Sacred Thistle")], id="church-after-faith-cue"),
    pytest.param(T8, [org(T8, "Albany VA")], id="local-va-direct-generic-va-not"),
    pytest.param(T9, [], id="generic-services-and-systems"),
    pytest.param(T10, [org(T10, "University of Eastmarch")], id="university-of"),
    pytest.param(T11, [org(T11, "St Bridget's Cathedral")], id="cathedral"),
    pytest.param(T12, [org(T12, "Navy")], id="military-branch"),
    pytest.param(T13, [org(T13, "Engine 12")], id="fire-company"),
    pytest.param(T14, [], id="national-system-and-generic-venue"),
    pytest.param(T15, [org(T15, "Oregon Physicians Assistance Program")], id="named-program"),
    pytest.param(T16, [], id="method-program"),
    pytest.param(
        T17,
        [org(T17, "6 North"), org(T17, "St. Benedict Regional"), org(T17, "Harbourview OB-GYN")],
        id="ward-regional-and-practice-suffixes",
    ),
    pytest.param(T18, [org(T18, "3 Est"), org(T18, "Ward 9")], id="wards-french-and-numbered"),
    pytest.param(
        T19,
        [org(T19, "Tidewater Pediatric Therapy"), org(T19, "Alder Dental")],
        id="therapy-practice-and-dental",
    ),
    pytest.param(T20, [], id="therapy-methods-are-not-practices"),
    pytest.param(
        T21, [("PERSON", 12, 14), org(T21, "Larkspur Lane Psychotherapy")], id="signature"
    ),
    pytest.param(T22, [org(T22, "Brightwater")], id="employer-before-hr"),
    pytest.param(T23, [org(T23, "St. Kilian"), org(T23, "St. Ita's")], id="saint-after-parish"),
    pytest.param(
        T24,
        [
            org(T24, "Coláiste an Chnoic"),
            org(T24, "paroisse Sainte-Anne"),
            org(T24, "Hôpital Saint-Luc-des-Prés"),
        ],
        id="irish-and-french-names",
    ),
    pytest.param(
        T25,
        [
            ("OCCUPATION", T25.index("squad leader"), T25.index("squad leader") + 12),
            org(T25, "C Co"),
            org(T25, "1-325 AIR"),
            org(T25, "82nd Airborne Division"),
        ],
        id="lettered-company-and-unit-abbreviations",
    ),
    pytest.param(T26, [], id="lettered-company-needs-military-context"),
    pytest.param(T27, [], id="bare-suffix-word"),
    pytest.param(T28, [org(T28, "Westvale Children's")], id="childrens-hospital"),
    pytest.param(T29, [org(T29, "Eastbrook State")], id="state-university-before-team"),
    pytest.param(T30, [], id="university-and-court-offices-are-generic"),
    pytest.param(T31, [org(T31, "Larchmont Center for Eating Recovery")], id="center-for"),
    pytest.param(
        T32,
        [
            org(T32, "KMU Health & Wellness"),
            ("ORGANIZATION", T32.rindex("KMU"), T32.rindex("KMU") + 3),
        ],
        id="acronym-of-a-found-name",
    ),
    pytest.param(
        T33,
        [("OCCUPATION", 9, 15), org(T33, "Dockside Works")],
        id="workplace-after-was-a-job-at",
    ),
    pytest.param(
        T34, [org(T34, "Birchmount CI"), org(T34, "Glenarm Men's Shed")], id="ci-and-mens-shed"
    ),
]

L1 = (
    "- client is 15, yr 10 at marsden park state high school.\n"
    "- lives w/ dad. seen by gp (ashby family medical) last wk.\n"
    "- mum is a nurse at ridgeway children's - texts a lot.\n"
    "- went to riverbend center for anxiety disorders then home.\n"
    "- junior, westfield state women's soccer. youth group at harvest point denver.\n"
)
L2 = (
    "- sister at grad school. at the walk-in clinic once.\n"
    "- goes to her old school. at community college now.\n"
    "- plays at st louis often. small group at church.\n"
    "- dad works for new york life. home most days.\n"
)
L3 = (
    "- pt is 41. married, no kids.\n"
    "- she is an icu nurse at fernbrook presbyterian.\n"
    "- drives to the oakdale va. army vet, was with 2-41 infantry.\n"
    "- wife works nights at kroger. old captain at engine 12. 18th jdc docket.\n"
)
L4 = (
    "- pt is 52. widowed, two sons.\n"
    "- goes to nan's church on sundays. works at target some weekends.\n"
    "- she works with boots on in the yard. the va is slow.\n"
)
LOWER_CASES = [
    pytest.param(
        L1,
        [
            org(L1, "marsden park state high school"),
            org(L1, "ashby family medical"),
            org(L1, "ridgeway children's"),
            org(L1, "riverbend center for anxiety disorders"),
            org(L1, "westfield state"),
            org(L1, "harvest point denver"),
        ],
        id="lower-case-names",
    ),
    pytest.param(L2, [], id="lower-case-kinds-of-school-and-clinic"),
    pytest.param(
        L3,
        [
            org(L3, "fernbrook presbyterian"),
            org(L3, "oakdale va"),
            org(L3, "army"),
            org(L3, "2-41 infantry"),
            org(L3, "kroger"),
            org(L3, "engine 12"),
            org(L3, "18th jdc"),
        ],
        id="lower-case-faith-va-branch-unit-brand-company-court",
    ),
    pytest.param(L4, [], id="lower-case-possessives-and-brand-words"),
]


@pytest.mark.parametrize("text, expected", LOWER_CASES)
def test_lower_case_note_organizations(spans, text, expected):
    assert [s for s in spans(text) if s[0] == "ORGANIZATION"] == sorted(expected)


@pytest.mark.parametrize("text, expected", CASES)
def test_organization_spans(spans, text, expected):
    assert spans(text) == sorted(expected)


def test_military_branch_is_quasi(pattern_analyzer):
    found = {
        f.text: f.kind for f in pattern_analyzer.analyze(T12 + " He worked at Tollgate Freight.")
    }
    assert found == {"Navy": "quasi", "Tollgate Freight": "direct"}


def test_no_org_for_colleague_after_works_with(spans):
    assert all(e != "ORGANIZATION" for e, _, _ in spans("She works with Priya on Tuesdays."))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("She wrote to the Attorney General about it.", id="office-ending-general"),
        pytest.param("They marched on Veterans Memorial Day together.", id="memorial-day"),
    ],
)
def test_general_and_memorial_without_a_hospital(spans, text):
    assert [s for s in spans(text) if s[0] == "ORGANIZATION"] == []


I1 = "He drives nights for Kittiwake Cars and some days for Pelham Taxis."
I2 = "Her father flies for Osprey Ridge Aviation out of the valley."
I3 = "She guts fish at Copper Gull Seafood; Copper Gull pays weekly."
I4 = "He works rotations for Brantwood Ridge Drilling Ltd. and Brantwood Ridge wants a note."
I5 = "She sews for Lavigne Frères and her cousin for Thornhill & Sons."
I6 = "He drives for Quimby Cars; Quimby is a small place."
I7 = "He packs at New Bedford Seafood and lives in New Bedford."
INDUSTRY_CASES = [
    pytest.param(I1, [org(I1, "Kittiwake Cars"), org(I1, "Pelham Taxis")], id="cars-and-taxis"),
    pytest.param(I2, [org(I2, "Osprey Ridge Aviation")], id="aviation"),
    pytest.param(
        I3,
        [org(I3, "Copper Gull Seafood"), ("ORGANIZATION", 38, 49)],
        id="seafood-and-its-short-name",
    ),
    pytest.param(
        I4,
        [org(I4, "Brantwood Ridge Drilling Ltd."), ("ORGANIZATION", 57, 72)],
        id="short-name-without-two-industry-words",
    ),
    pytest.param(I5, [org(I5, "Lavigne Frères"), org(I5, "Thornhill & Sons")], id="family-firms"),
    pytest.param(I6, [org(I6, "Quimby Cars")], id="one-word-head-is-not-searched-alone"),
    pytest.param(
        I7,
        [org(I7, "New Bedford Seafood"), ("LOCATION", 45, 56)],
        id="a-head-that-is-a-city-stays-a-place",
    ),
    pytest.param("Scores on the Brief Health Anxiety Inventory fell.", [], id="measure-name"),
    pytest.param(
        "He takes Omega Fish Oil daily and wears Personal Protective Equipment.",
        [],
        id="everyday-capitalised-phrases",
    ),
]


@pytest.mark.parametrize("text, expected", INDUSTRY_CASES)
def test_industry_suffixes_and_short_names(spans, text, expected):
    assert spans(text) == sorted(expected)


F1 = "Her son learns at Yeshiva Ohel Moshe and they daven at Congregation Ahavas Achim."
F2 = "She taught at Bais Rochel of Williamsburg; they belong to Beth Emeth and Temple Sinai."
F3 = "Attends Masjid al-Noor for Jummah; the kids go to Darul Uloom Bury."
F4 = "He does seva at Gurdwara Sahib Southall; his wife volunteers at Wat Buddhadhamma."
F5 = "Her girl attends Aoga Amata Fetu Ao; they worship at Ekalesia Faapotopotoga Kerisiano."
F6 = "The hui was at Rangiwhaia Marae; he is seen at Te Puna o Kahu Hauora."
F7 = "He went to Te Kura o Hīrangi, then Te Rūnanga o Ngāti Tipa hired him."
F8 = "She met him at Cafe Lindos Monday."
F9 = "Attends Greyfield Community Church weekly."
FAITH_CASES = [
    pytest.param(
        F1,
        [org(F1, "Yeshiva Ohel Moshe"), org(F1, "Congregation Ahavas Achim")],
        id="yeshiva-and-congregation",
    ),
    pytest.param(
        F2,
        [org(F2, "Bais Rochel of Williamsburg"), org(F2, "Beth Emeth"), org(F2, "Temple Sinai")],
        id="bais-beth-temple",
    ),
    pytest.param(
        F3, [org(F3, "Masjid al-Noor"), org(F3, "Darul Uloom Bury")], id="masjid-and-darul-uloom"
    ),
    pytest.param(
        F4, [org(F4, "Gurdwara Sahib Southall"), org(F4, "Wat Buddhadhamma")], id="gurdwara-and-wat"
    ),
    pytest.param(
        F5,
        [org(F5, "Aoga Amata Fetu Ao"), org(F5, "Ekalesia Faapotopotoga Kerisiano")],
        id="pacific-preschool-and-church",
    ),
    pytest.param(
        F6, [org(F6, "Rangiwhaia Marae"), org(F6, "Te Puna o Kahu Hauora")], id="marae-and-hauora"
    ),
    pytest.param(
        F7,
        [org(F7, "Te Kura o Hīrangi"), org(F7, "Te Rūnanga o Ngāti Tipa")],
        id="kura-and-runanga",
    ),
    pytest.param(F8, [org(F8, "Cafe Lindos"), ("DATE", 27, 33)], id="cafe-before-a-weekday"),
    pytest.param(F9, [org(F9, "Greyfield Community Church")], id="leading-verb-trimmed"),
    pytest.param(
        "Beth Anderson is her aunt; she read Temple Grandin last year.",
        [("PERSON", 0, 13)],
        id="beth-and-temple-as-names",
    ),
    pytest.param(
        "Te Whare Tapa Whā guides us; Te Whatu Ora funds it; the marae is small; Marae visits.",
        [],
        id="maori-model-national-body-and-common-word",
    ),
    pytest.param(
        "The family is Chabad Lubavitch and very involved.",
        [("NRP", 14, 30)],
        id="movement-not-a-house",
    ),
    pytest.param(
        "Yeshiva boys and a Congregation meeting; the Masjid was full.", [], id="prefix-words-alone"
    ),
]


@pytest.mark.parametrize("text, expected", FAITH_CASES)
def test_faith_school_and_maori_names(spans, text, expected):
    assert spans(text) == sorted(expected)


M1 = "He served in the Royal Australian Engineers; his dad was ex-Royal Signals."
M2 = "Later the US Army Corps of Engineers hired her, after two years in the Peace Corps."
M3 = "He was in the Royal Welsh Fusiliers, then the Gordon Highlanders."
M4 = "Shop steward for Teamsters Local 705; his brother is in Local 2291."
M5 = "She studied at UW-Stout, then UC Merced; UC flare last year."
M6 = "Prior therapy (UVM, 2011–2015) while in her degree (BSc, 2012–2016)."
M7 = "She has a job at Fenn's since June; her sister has a job at Tomas's bakery."
M8 = (
    "- pt is 24. lives w/ roommates, no kids.\n"
    "- quit her job at fenn's bc of the commute.\n"
    "- works at mum's on weekends. sleep ok, appetite ok.\n"
)
UNIT_CASES = [
    pytest.param(
        M1, [org(M1, "Royal Australian Engineers"), org(M1, "Royal Signals")], id="army-corps"
    ),
    pytest.param(
        M2,
        [org(M2, "US Army Corps of Engineers"), org(M2, "Peace Corps")],
        id="corps-of-and-peace-corps",
    ),
    pytest.param(
        M3, [org(M3, "Royal Welsh Fusiliers"), org(M3, "Gordon Highlanders")], id="regiments"
    ),
    pytest.param(
        M4,
        [("OTHER_UNIQUE", 0, 12), org(M4, "Teamsters Local 705"), org(M4, "Local 2291")],
        id="union-locals",
    ),
    pytest.param(M5, [org(M5, "UW-Stout"), org(M5, "UC Merced")], id="university-campuses"),
    pytest.param(
        M6,
        [org(M6, "UVM"), ("DATE", 20, 29), ("DATE", 57, 66)],
        id="bracketed-school-with-years-not-a-degree",
    ),
    pytest.param(
        M7,
        [org(M7, "Fenn's"), ("DATE", 30, 34), ("PERSON", 60, 65)],
        id="possessive-shop-name-but-not-a-persons-shop",
    ),
    pytest.param(
        "Cited in the review (APA, 2013); a rough spell (March, 2019–2020).",
        [("DATE", 55, 64)],
        id="citation-and-month-in-brackets",
    ),
    pytest.param(
        "She plays in The Rifles tribute band and guards the Corps.", [], id="bare-unit-words"
    ),
]


@pytest.mark.parametrize("text, expected", UNIT_CASES)
def test_corps_regiments_locals_campuses_and_shops(spans, text, expected):
    assert spans(text) == sorted(expected)


def test_corps_is_quasi_and_drum_corps_direct(pattern_analyzer):
    text = "He was ex-Royal Australian Engineers and marched with the Blue Ridge Drum Corps."
    found = {f.text: (f.entity, f.kind) for f in pattern_analyzer.analyze(text)}
    # the occupation reading ("ex-<corps>": a former service member) joins the corps span
    assert found == {
        "ex-Royal Australian Engineers": ("ORGANIZATION", "quasi"),
        "Blue Ridge Drum Corps": ("ORGANIZATION", "direct"),
    }


def test_lower_case_possessive_shop(spans):
    assert [s for s in spans(M8) if s[0] == "ORGANIZATION"] == [org(M8, "fenn's")]


B1 = "He bowls for Harbourside Strikers CC and coaches at Naomh Éanna GAA."
B2 = "He was at Holloway Creek Correctional Facility, then HMP Barlinnie; son at Tarrant EMS."
B3 = "Her brother is at Prairie View A&M; she was referred by Northgate EAP."
B4 = "Referred to Lakeshore Behavioral and Crescent Bend Recovery, then Hale and Orr Psychology."
B5 = "Seen via Black River Family Counseling and Larchfield Child Psychology."
B6 = "She ushers at St. Florian and her son was born at St. Vincent's."
B7 = "Drinks at VFW Post 8870 and the Legion Branch 43; his son is in Troop 214."
B8 = "Trabajó at Tabacalera El Cacique; su hermana en la panadería Santa Rosa."
SERVICE_CASES = [
    pytest.param(
        B1, [org(B1, "Harbourside Strikers CC"), org(B1, "Naomh Éanna GAA")], id="sports-clubs"
    ),
    pytest.param(
        B2,
        [
            org(B2, "Holloway Creek Correctional Facility"),
            org(B2, "HMP Barlinnie"),
            org(B2, "Tarrant EMS"),
        ],
        id="prisons-and-emergency-services",
    ),
    pytest.param(B3, [org(B3, "Prairie View A&M"), org(B3, "Northgate EAP")], id="a-and-m-and-eap"),
    pytest.param(
        B4,
        [
            org(B4, "Lakeshore Behavioral"),
            org(B4, "Crescent Bend Recovery"),
            org(B4, "Hale and Orr Psychology"),
        ],
        id="practices-split-at-and",
    ),
    pytest.param(
        B5,
        [org(B5, "Black River Family Counseling"), org(B5, "Larchfield Child Psychology")],
        id="named-practice-with-an-audience-word",
    ),
    pytest.param(B6, [org(B6, "St. Florian"), org(B6, "St. Vincent's")], id="saint-after-at"),
    pytest.param(
        B7,
        [org(B7, "VFW Post 8870"), org(B7, "Legion Branch 43"), org(B7, "Troop 214")],
        id="numbered-posts-and-troops",
    ),
    pytest.param(
        B8,
        [org(B8, "Tabacalera El Cacique"), org(B8, "panadería Santa Rosa")],
        id="spanish-shops",
    ),
    pytest.param(
        "Offers Family Counseling too. Marriage and Family Counseling helped. We use Cognitive "
        "Behavioral work, the Teaching Recovery Techniques group and Celebrate Recovery.",
        [],
        id="services-methods-and-programmes",
    ),
    pytest.param(
        "He filed Chapter 7 last year; the Fire Brigade came; moved to St. Kilda.",
        [("LOCATION", 62, 71)],
        id="bankruptcy-chapter-generic-brigade-and-saint-place",
    ),
    pytest.param(
        "The Maricopa County Superior Court case is open.",
        [("LOCATION", 4, 19)],
        id="a-court-is-its-county",
    ),
]


@pytest.mark.parametrize("text, expected", SERVICE_CASES)
def test_clubs_services_practices_and_saints(spans, text, expected):
    assert spans(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("What can the SW share with work for STD without a dx?", id="std"),
        pytest.param("She applied at work for FMLA and LTD last month.", id="fmla-and-ltd"),
    ],
)
def test_benefit_schemes_after_a_work_cue(spans, text):
    assert [s for s in spans(text) if s[0] == "ORGANIZATION"] == []


G1 = "Her son plays with the Harbour Hawks U12; his cousin is on the Tawa Tigers under-15s."
G2 = "Attends Tacoma Public Schools; his sister is at Lincoln K-8; choir at Bethel AME."
G3 = "They sit with the Mountain View Friends Meeting; she teaches at the Oakhurst Shul."
G4 = "He was treated by Waitaha DHB and is seen by Tui Ora Health Service."
G5 = "Her mother cleans at Chiesa San Marco and prays at Kościół Świętej Anny."
G6 = (
    "- pt is 33, lives w/ partner.\n"
    "- works at gannet aviation as a loader. partner at saltmarsh seafoods.\n"
    "- sleep poor. appetite ok.\n"
)
MORE_CASES = [
    pytest.param(G1, [org(G1, "Harbour Hawks"), org(G1, "Tawa Tigers")], id="team-before-grade"),
    pytest.param(
        G2,
        [org(G2, "Tacoma Public Schools"), org(G2, "Lincoln K-8"), org(G2, "Bethel AME")],
        id="school-systems-and-ame-church",
    ),
    pytest.param(
        G3,
        [org(G3, "Mountain View Friends Meeting"), org(G3, "Oakhurst Shul")],
        id="quaker-meeting-and-shul",
    ),
    pytest.param(
        G4, [org(G4, "Waitaha DHB"), org(G4, "Tui Ora Health Service")], id="health-boards"
    ),
    pytest.param(
        G5,
        [org(G5, "Chiesa San Marco"), org(G5, "Kościół Świętej Anny")],
        id="italian-and-polish-churches",
    ),
    pytest.param(
        "She took a Scale U9 model apart; Canterbury U18 trials are in May.",
        [("DATE", 62, 65)],
        id="grade-after-a-word-or-region",
    ),
]


@pytest.mark.parametrize("text, expected", MORE_CASES)
def test_teams_school_systems_faith_and_health_boards(spans, text, expected):
    assert spans(text) == sorted(expected)


def test_lower_case_industry_words(spans):
    assert [s for s in spans(G6) if s[0] == "ORGANIZATION"] == [
        org(G6, "gannet aviation"),
        org(G6, "saltmarsh seafoods"),
    ]


D1 = "Works at Lowry Energy; her uncle is at Harland and Wolff Shipyard; they go to First Baptist."
DESCRIBED_CASES = [
    pytest.param(
        D1,
        [
            org(D1, "Lowry Energy"),
            org(D1, "Harland and Wolff Shipyard"),
            org(D1, "First Baptist"),
        ],
        id="industry-names-and-a-church-named-by-number",
    ),
    pytest.param(
        "Goals: more than Low Energy, Healthy Homes, Natural Resources and Family Systems.",
        [],
        id="adjective-before-a-suffix",
    ),
    pytest.param(
        "Hobbies: Vintage Cars, Classic Motors; he likes Fast Cars.", [], id="hobby-phrases"
    ),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_CASES)
def test_names_need_more_than_adjectives(spans, text, expected):
    assert spans(text) == sorted(expected)


C1 = (
    "Her brother was in the Syrian Army; she is in the Kestrel Guild; he coaches Elm Little League."
)
CLUB_CASES = [
    pytest.param(
        C1,
        [org(C1, "Army"), org(C1, "Kestrel Guild"), org(C1, "Elm Little League")],
        id="national-army-guild-and-little-league",
    ),
    pytest.param("She got a food box from the Salvation Army last week.", [], id="salvation-army"),
]


@pytest.mark.parametrize("text, expected", CLUB_CASES)
def test_guilds_leagues_and_names_ending_in_army(spans, text, expected):
    assert spans(text) == sorted(expected)


N1 = "Her marae is Te Kaha, and their church was called Grace Point."
NAMED_AS_CASES = [
    pytest.param(N1, [org(N1, "Te Kaha"), org(N1, "Grace Point")], id="marae-and-church-named"),
    pytest.param(
        "Her school is Monday to Friday; my work is Busy.",
        [("DATE", 14, 20), ("DATE", 24, 30)],
        id="weekday-and-adjective",
    ),
]


@pytest.mark.parametrize("text, expected", NAMED_AS_CASES)
def test_name_given_as_ones_marae_church_or_school(spans, text, expected):
    assert spans(text) == sorted(expected)


L5 = "Seen at Linn Dara CAMHS, then Lambeth CMHT; signed on at Sparkhill Jobcentre Plus."
L6 = "They attend Our Lady of Good Counsel parish; he was born at Our Lady of Lourdes Hospital."
L7 = "Declan hurls with Ballyboden St Enda's and plays netball with Sarah on Tuesdays."
LOCAL_CASES = [
    pytest.param(
        L5,
        [org(L5, "Linn Dara CAMHS"), org(L5, "Lambeth CMHT"), org(L5, "Sparkhill Jobcentre Plus")],
        id="local-teams-of-national-services",
    ),
    pytest.param(
        "Community CAMHS and NHS Talking Therapies referred her; the VA pays.",
        [],
        id="national-services-alone",
    ),
    pytest.param(
        L6,
        [org(L6, "Our Lady of Good Counsel"), org(L6, "Our Lady of Lourdes Hospital")],
        id="our-lady-parish-and-hospital",
    ),
    pytest.param(
        L7,
        [("PERSON", 0, 6), org(L7, "Ballyboden St Enda's"), ("PERSON", 62, 67)],
        id="sports-club-after-a-sport-verb-with-its-saint",
    ),
]


@pytest.mark.parametrize("text, expected", LOCAL_CASES)
def test_local_services_parishes_and_clubs(spans, text, expected):
    assert spans(text) == sorted(expected)


L8 = (
    "- pt is 22, barista. lives w/ partner.\n"
    "- plays rec soccer w the rose city rovers. goes to st andrew catholic church.\n"
    "- seen before at cascadia behavioral. went to cognitive behavioral and family counseling.\n"
    "- used to work at fred meyer, now a shift lead at walgreens.\n"
)


def test_lower_case_clubs_practices_saints_and_chains(spans):
    assert [s for s in spans(L8) if s[0] == "ORGANIZATION"] == [
        org(L8, "rose city rovers"),
        org(L8, "st andrew catholic church"),
        org(L8, "cascadia behavioral"),
        org(L8, "fred meyer"),
        org(L8, "walgreens"),
    ]


K1 = "He was a Cpl with 1 RCR, posted to CFB Petawawa; later at RAF Brize Norton and Travis AFB."
K2 = (
    "Her brother served on HMAS Stirling and lives by Catterick Garrison; golfs at Pine Ridge G&CC."
)
BASE_CASES = [
    pytest.param(
        K1,
        [
            org(K1, "1 RCR"),
            org(K1, "CFB Petawawa"),
            org(K1, "RAF Brize Norton"),
            org(K1, "Travis AFB"),
        ],
        id="bare-battalion-bases-split-at-and",
    ),
    pytest.param(
        K2,
        [org(K2, "HMAS Stirling"), org(K2, "Catterick Garrison"), org(K2, "Pine Ridge G&CC")],
        id="ship-garrison-golf-club",
    ),
    pytest.param(
        "She has 2 RE plants and 3 RA patients.", [], id="bare-unit-needs-military-context"
    ),
]


@pytest.mark.parametrize("text, expected", BASE_CASES)
def test_units_bases_and_ships(spans, text, expected):
    assert spans(text) == sorted(expected)


H1 = "After an 11-day inpatient stay at Greywater Northern she had 3 A&E attendances at Fellmoor."
CARE_CASES = [
    pytest.param(
        H1,
        [org(H1, "Greywater Northern"), org(H1, "Fellmoor")],
        id="hospital-after-stay-and-a-and-e",
    ),
    pytest.param(
        "Admitted to ICU, discharged from PICU, referred to DBT and CAMHS, seen at Intake, "
        "treated at Psych Emergency, referred from Youth Justice.",
        [],
        id="care-settings-methods-and-services",
    ),
    pytest.param(
        "She was referred by Priya and born in Ohio.",
        [("LOCATION", 38, 42), ("PERSON", 20, 25)],
        id="person-and-place-after-care-cues",
    ),
]


@pytest.mark.parametrize("text, expected", CARE_CASES)
def test_hospitals_after_care_cues(spans, text, expected):
    assert spans(text) == sorted(expected)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("the Truth and Reconciliation Commission", id="commission-after-the"),
        pytest.param("Kids Helpline", id="helpline"),
        pytest.param("Narcotics Anonymous", id="fellowship"),
        pytest.param("Better Access", id="public-programme"),
    ],
)
def test_national_programmes_are_generic(name):
    from recognizers.organizations import is_generic_name

    assert is_generic_name(name)


def test_a_national_police_force_is_not_generic():
    from recognizers.organizations import is_generic_name

    assert not is_generic_name("the RCMP")  # "retired from the RCMP": an employer


def only_orgs(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    return [s for s in found if s[0] == "ORGANIZATION"]


BR1 = "Her twins were delivered early at Lakemont Halvorsen Southeast last winter."
BR2 = "He was sent on to Carrow Vale North for a bed and then home."
BR3 = "Graduated from West High in the end, then a year at Eastbrook Regional as a porter."
BR4 = "Her sister studies pharmacy at GMIT and does midwifery at the Tallis Birth Centre."
BR5 = "He saw the nurse at the Lowry CBOC and then the psychiatrist at the Kelso VAMC."
BR6 = "He was a team leader in A Co., 3/7 Cav before he left the army."
BRANCH_CASES = [
    pytest.param(
        BR1, [org(BR1, "Lakemont Halvorsen Southeast")], id="brand-and-compound-direction"
    ),
    pytest.param(BR2, [org(BR2, "Carrow Vale North")], id="brand-and-direction-after-to"),
    pytest.param(
        BR3, [org(BR3, "West High"), org(BR3, "Eastbrook Regional")], id="plain-head-high-regional"
    ),
    pytest.param(
        BR4, [org(BR4, "GMIT"), org(BR4, "Tallis Birth Centre")], id="acronym-after-studies-subject"
    ),
    pytest.param(BR5, [org(BR5, "Lowry CBOC"), org(BR5, "Kelso VAMC")], id="local-va-sites"),
    pytest.param(BR6, [org(BR6, "A Co., 3/7 Cav")], id="lettered-company-with-battalion"),
    pytest.param(
        "She moved to Harlow Ridge West in May.", [], id="direction-after-move-is-a-place"
    ),
    pytest.param("They parked at Elm Street West.", [], id="direction-after-a-street"),
    pytest.param("He got it from Kansas City North.", [], id="direction-after-a-city"),
    pytest.param(
        "He went to Adult General; she moved up to Middle High.", [], id="plain-level-words"
    ),
    pytest.param(
        "Doing well at Maths, badly at English; doing homework at Christmas.",
        [],
        id="grades-and-holidays-after-doing",
    ),
    pytest.param("He did skills work at DBT and the CBOC was shut.", [], id="method-and-bare-cboc"),
    pytest.param("She ate 3/4 AR of the pie.", [], id="slash-unit-needs-military-context"),
    pytest.param("Labour was long on the Midwife-Led Birth Unit.", [], id="generic-birth-unit"),
]


@pytest.mark.parametrize("text, expected", BRANCH_CASES)
def test_branches_plain_heads_study_cues_va_sites_and_companies(spans, text, expected):
    assert only_orgs(spans(text)) == sorted(expected)


CA1 = "She works at Kaiser Gresham and was seen at Banner Thornfield after the fall."
CA2 = "He was admitted to Rowan Ward and moved on to the Juniper Unit."
CA3 = "His kids go to Dunmore USD and her nephew to Marlin CUSD."
CAMPUS_CASES = [
    pytest.param(
        CA1, [org(CA1, "Kaiser Gresham"), org(CA1, "Banner Thornfield")], id="system-campus"
    ),
    pytest.param(CA2, [org(CA2, "Rowan Ward"), org(CA2, "Juniper Unit")], id="named-wards"),
    pytest.param(CA3, [org(CA3, "Dunmore USD"), org(CA3, "Marlin CUSD")], id="school-districts"),
    pytest.param(
        "Her cover is through Kaiser Health Plan; she is with Kaiser Permanente.",
        [],
        id="system-alone-or-with-a-plan",
    ),
    pytest.param(
        "She was on the Stroke Unit, then the Burns Unit, then the Mother and Baby Unit.",
        [],
        id="clinical-units",
    ),
    pytest.param("They live in Holly Ward of the borough.", [], id="electoral-ward-after-lives-in"),
]


@pytest.mark.parametrize("text, expected", CAMPUS_CASES)
def test_system_campuses_named_wards_and_districts(spans, text, expected):
    assert only_orgs(spans(text)) == sorted(expected)


FI1 = "She works reception at Pell & Garrow, and her uncle drives for Marsh Freightlines."
FI2 = "He is known to the Eastgate Early Intervention team; he was held at Carlow Youth Detention."
FI3 = "She did night shifts at Regis Tallowood before the move."
FIRM_CASES = [
    pytest.param(
        FI1, [org(FI1, "Pell & Garrow"), org(FI1, "Marsh Freightlines")], id="firm-and-freight"
    ),
    pytest.param(
        FI2,
        [org(FI2, "Eastgate Early Intervention"), org(FI2, "Carlow Youth Detention")],
        id="local-team-and-youth-detention",
    ),
    pytest.param(FI3, [org(FI3, "Regis Tallowood")], id="care-home-operator-and-home"),
    pytest.param(
        "She was seen by the Home Treatment team and the Crisis Resolution service.",
        [],
        id="generic-teams",
    ),
    pytest.param(
        "He is with the Eating Disorders service and the Perinatal Mental Health team.",
        [],
        id="clinical-services",
    ),
]


@pytest.mark.parametrize("text, expected", FIRM_CASES)
def test_firms_local_teams_and_care_homes(spans, text, expected):
    assert only_orgs(spans(text)) == sorted(expected)


LV1 = (
    "- pt is 58, retired. lives w/ his wife.\n"
    "- sees his pcp at the salem cboc, psych at the roanoke vamc. the cboc is close by.\n"
    "- used to work at fred meyer.\n"
)


def test_lower_case_local_va_sites(spans):
    assert only_orgs(spans(LV1)) == [
        org(LV1, "salem cboc"),
        org(LV1, "roanoke vamc"),
        org(LV1, "fred meyer"),
    ]


def orgs_at(text: str, *parts: str) -> list[tuple[str, int, int]]:
    return sorted(org(text, p) for p in parts)


def org_case(text: str, *parts: str, id: str):  # type: ignore[no-untyped-def]
    return pytest.param(text, orgs_at(text, *parts), id=id)


SAINT_CASES = [
    org_case("His mam is a cook at St Aidan's Juniors now.", "St Aidan's Juniors", id="juniors"),
    org_case(
        "Saturday classes at the St Casimir's Lithuanian Mission; all Catholic.",
        "St Casimir's Lithuanian Mission",
        id="ethnic-mission",
    ),
    org_case("She plays for St Finbarr's GAA on Sundays.", "St Finbarr's GAA", id="gaa"),
    org_case("Volunteers at the St Roch Food Bank weekly.", "St Roch Food Bank", id="food-bank"),
    org_case(
        "He goes to St Ignatius parish with his gran.", "St Ignatius parish", id="saint-parish"
    ),
    org_case("Funeral was at St. Leo XIII in the city.", "St. Leo XIII", id="regnal-number"),
    org_case("Mass at St. Gregory VII; then lunch.", "St. Gregory VII", id="regnal-number-2"),
    org_case(
        "Drops the kids at Our Lady of the Pines School daily.",
        "Our Lady of the Pines School",
        id="our-lady-school",
    ),
    org_case("Taught at Our Lady of Mercy College.", "Our Lady of Mercy College", id="our-lady"),
    # a saint's day, a plant, a town: no parish or school word after the name
    org_case("We met on St Patrick's Day; she takes St John's wort.", id="saint-look-alikes"),
]


@pytest.mark.parametrize("text, expected", SAINT_CASES)
def test_saint_schools_parishes_and_missions(spans, text, expected):
    assert only_orgs(spans(text)) == expected


LS1 = (
    "- lives w/ nan. goes to st maroun's parish most sundays.\n"
    "- sister at saint brendan primary. dad co-owns the nguyen bros smash repairs.\n"
    "- drinks at the kelso bowls club; his uncle is on the board of the bowls club.\n"
    "- mum works at lindqvist & sons. the bros next door are loud.\n"
)


def test_lower_case_saints_trades_and_clubs(spans):
    assert only_orgs(spans(LS1)) == sorted(
        orgs_at(
            LS1,
            "st maroun's parish",
            "saint brendan primary",
            "nguyen bros smash repairs",
            "kelso bowls club",
            "lindqvist & sons",
        )
        + [("ORGANIZATION", LS1.rindex("bowls club"), LS1.rindex("bowls club") + 10)]
    )


LS2 = (
    "- kai, 15, sophomore at kahuku high. lives w/ tūtū.\n"
    "- plays for the mākaha canoe club; sister at hilo intermediate.\n"
    "- at an all-time high this week. mood high.\n"
    "- no issues at school.\n"
)


def test_lower_case_names_with_macrons(spans):
    assert only_orgs(spans(LS2)) == orgs_at(
        LS2, "kahuku high", "mākaha canoe club", "hilo intermediate"
    )


CHURCH_UNIT_CASES = [
    org_case(
        "Her dad is bishop of the Riverton 9th Ward; they moved from the Lehi 3rd Branch.",
        "Riverton 9th Ward",
        "Lehi 3rd Branch",
        id="numbered-wards",
    ),
    org_case("She was in the Orem Sunset Stake for years.", "Orem Sunset Stake", id="stake"),
    org_case(
        "Served in the Japan Sendai Mission, then the Peru Lima North Mission.",
        "Japan Sendai Mission",
        "Peru Lima North Mission",
        id="missions",
    ),
    org_case(
        "He lives in the 4th Ward of the city; the Apollo Mission; a Rescue Mission.",
        id="ward-and-mission-look-alikes",
    ),
]


@pytest.mark.parametrize("text, expected", CHURCH_UNIT_CASES)
def test_church_units_and_missions(spans, text, expected):
    assert only_orgs(spans(text)) == expected


SHOP_CASES = [
    org_case("She is a stylist at Hair by Roxanne in town.", "Hair by Roxanne", id="hair-by"),
    org_case("Her cake came from Sweet Treats by Lena.", "Sweet Treats by Lena", id="treats-by"),
    org_case("He was seen at Intake by Dr Hale; picked up at School by Mum.", id="by-look-alikes"),
    org_case(
        "He was thrown out of The Anchor pub, then the Black Swan inn.",
        "The Anchor",
        "Black Swan",
        id="pub-names",
    ),
    org_case("The Crown pub is gone.", "Crown", id="pub-at-sentence-start"),
    org_case(
        "Plays with the Lakeland Youth Symphony and the Harbour Philharmonic.",
        "Lakeland Youth Symphony",
        "Harbour Philharmonic",
        id="orchestras",
    ),
    org_case(
        "Cards at the Circolo Siciliano and the Amicale Bretonne on Fridays.",
        "Circolo Siciliano",
        "Amicale Bretonne",
        id="foreign-clubs",
    ),
    org_case(
        "Seen at the Clinique dentaire Beaubien and the Centre hospitalier Rivière.",
        "Clinique dentaire Beaubien",
        "Centre hospitalier Rivière",
        id="foreign-with-adjective",
    ),
    org_case(
        "A steward, member of PSAC/AFPC; a member of IBEW too; members of the UK.",
        "PSAC",
        "AFPC",
        "IBEW",
        id="union-acronyms",
    ),
    org_case(
        "A member of the Kestrel Golf Club; she loves the golf club there.",
        "Kestrel Golf Club",
        "golf club",
        id="club-named-by-sport",
    ),
]


@pytest.mark.parametrize("text, expected", SHOP_CASES)
def test_owner_shops_pubs_orchestras_clubs_and_unions(spans, text, expected):
    assert only_orgs(spans(text)) == expected


KV = "Seen at the Kestrel Valley Medical Centre (KVMC). KVMC sent the letter."
KS = "Works at Kestrel Valley Health Services (KVHS/KVSS); KVSS pays her."
BH = (
    "Junior at Brookfield High School. Waits in the BHS lot; BHS = 12 at intake; "
    "a meeting at BHS (Ms Ford, the counselor). We gave the BHS again."
)
ABBREVIATION_CASES = [
    org_case(
        "Year 10 at Westbrook High School; he waits in the WHS car park.",
        "Westbrook High School",
        "WHS",
        id="school-initials",
    ),
    org_case(
        "Classes at Harbourview Community College; HCC put her on probation.",
        "Harbourview Community College",
        "HCC",
        id="college-initials",
    ),
    pytest.param(
        KV,
        sorted(
            [
                org(KV, "Kestrel Valley Medical Centre"),
                org(KV, "KVMC"),
                ("ORGANIZATION", KV.rindex("KVMC"), KV.rindex("KVMC") + 4),
            ]
        ),
        id="bracketed-initials",
    ),
    org_case(
        "Admitted to Tullow Bridge Hospital (TBUH) last May.",
        "Tullow Bridge Hospital",
        "TBUH",
        id="bracketed-longer-form",
    ),
    pytest.param(
        KS,
        sorted(
            [
                org(KS, "Kestrel Valley Health Services"),
                org(KS, "KVHS"),
                org(KS, "KVSS"),
                ("ORGANIZATION", KS.rindex("KVSS"), KS.rindex("KVSS") + 4),
            ]
        ),
        id="bracketed-pair-after-a-slash",
    ),
    pytest.param(
        BH,
        sorted(
            [
                org(BH, "Brookfield High School"),
                org(BH, "BHS"),
                ("ORGANIZATION", BH.index("BHS (Ms"), BH.index("BHS (Ms") + 3),
            ]
        ),
        id="initials-that-are-a-scale-in-an-org-context",
    ),
    org_case(
        "Brought to Marlow Grove Hospital (ER) and back to ER twice.",
        "Marlow Grove Hospital",
        id="bracketed-department-is-not-the-name",
    ),
    org_case(
        "Works at Ashgrove Clinic (AC); the AC was broken.",
        "Ashgrove Clinic",
        id="generic-or-short-initials",
    ),
    org_case(
        "Referred by Carrow Brook Trust; started CBT in June.",
        "Carrow Brook Trust",
        id="initials-that-are-a-method",
    ),
]


@pytest.mark.parametrize("text, expected", ABBREVIATION_CASES)
def test_initials_and_bracketed_abbreviations(spans, text, expected):
    assert only_orgs(spans(text)) == expected


ENSEMBLE_LEAGUE_CASES = [
    org_case(
        "She joined the Riverside Chamber Ensemble and the Fenwick Jazz Ensemble.",
        "Riverside Chamber Ensemble",
        "Fenwick Jazz Ensemble",
        id="ensembles",
    ),
    org_case(
        "Sings in the Grafton Community Chorus and the Ashdown Singers.",
        "Grafton Community Chorus",
        "Ashdown Singers",
        id="choruses-and-singers",
    ),
    org_case(
        "Plays viola in the Hartwell Symphony and the Kilburn Youth Symphony.",
        "Hartwell Symphony",
        "Kilburn Youth Symphony",
        id="local-symphonies",
    ),
    org_case(
        "They played Mahler's Fifth Symphony, then the 9th Symphony.",
        id="symphonies-that-are-works",
    ),
    org_case(
        "Goes to the Harlow Street Quilting Circle and a Tuesday Prayer Circle.",
        "Harlow Street Quilting Circle",
        "Tuesday Prayer Circle",
        id="activity-circles",
    ),
    org_case("She was in the Inner Circle on the Arctic Circle trip.", id="circle-look-alikes"),
    org_case(
        "Skates with the Harbour City Roller Derby League and the Westlake Women's Bowling League.",
        "Harbour City Roller Derby League",
        "Westlake Women's Bowling League",
        id="local-leagues",
    ),
    org_case(
        "Watches the Premier League, the National Hockey League and the Australian Football "
        "League; wanted an Ivy League school; joined the Junior League.",
        id="public-leagues",
    ),
    org_case(
        "He coaches the Pinecrest Juniors on weekends.", "Pinecrest Juniors", id="juniors-team"
    ),
]


@pytest.mark.parametrize("text, expected", ENSEMBLE_LEAGUE_CASES)
def test_ensembles_circles_leagues_and_juniors(spans, text, expected):
    assert only_orgs(spans(text)) == expected


LE1 = (
    "- yr 10, sings in the harwood gospel choir; plays in the eastbank youth orchestra.\n"
    "- member of the tamaki bowls club. volunteers at the southgate food bank.\n"
    "- sister at ridgeview middle. year 9 at st aidan's college.\n"
    "- in the middle of winter; sat in the middle; plays in the school band.\n"
    "- sings in the church choir; at the local food bank; part of the problem.\n"
    "- member of the family; plays in the garden; plays in the orchestra pit.\n"
)


def test_lower_case_ensembles_clubs_and_food_banks(spans):
    assert only_orgs(spans(LE1)) == orgs_at(
        LE1,
        "harwood gospel choir",
        "eastbank youth orchestra",
        "tamaki bowls club",
        "southgate food bank",
        "ridgeview middle",
        "st aidan's college",
    )


HEAD_WINS_CASES = [
    org_case(
        "She attends Mount Zion Missionary Baptist Church with her aunt.",
        "Mount Zion Missionary Baptist Church",
        id="church-opening-with-a-place",
    ),
    org_case(
        "He is in the Hollowell Volunteer Fire Company; she joined the Dunmore Fire Brigade.",
        "Hollowell Volunteer Fire Company",
        "Dunmore Fire Brigade",
        id="fire-company-not-a-fire",
    ),
    org_case(
        "He sings with the Lake Tahoe Community Chorus.",
        "Lake Tahoe Community Chorus",
        id="chorus-opening-with-a-place",
    ),
]


@pytest.mark.parametrize("text, expected", HEAD_WINS_CASES)
def test_organisation_head_names_the_whole_span(spans, text, expected):
    assert only_orgs(spans(text)) == expected


def test_place_or_incident_without_an_organisation_head_keeps_its_label(spans):
    text = "She moved to Mount Zion in 2019; the Hollowell Fire destroyed the barn."
    assert only_orgs(spans(text)) == []


NUMBERED_BODY_CASES = [
    org_case(
        "He is in the Knights of Columbus Council 4410; his son is in Cub Scout Pack 34.",
        "Knights of Columbus Council 4410",
        "Cub Scout Pack 34",
        id="council-and-pack",
    ),
    org_case(
        "The Dunmore City Council 2024 budget cut the pool; the Council 12 members voted.",
        "Dunmore City Council",
        id="a-year-or-count-is-no-number",
    ),
]


@pytest.mark.parametrize("text, expected", NUMBERED_BODY_CASES)
def test_numbered_councils_and_packs(spans, text, expected):
    assert only_orgs(spans(text)) == expected


LK1 = (
    "- tama, 8. goes to te kura o rangiātea most days; sister at kōhanga reo o ngā pīpī.\n"
    "- cousin at kura kaupapa māori o te rito. nan works at the kura.\n"
    "- no kura o or wharekura talk this week. mum went to kura as a kid.\n"
)


def test_lower_case_kura_and_kohanga(spans):
    assert only_orgs(spans(LK1)) == orgs_at(
        LK1, "te kura o rangiātea", "kōhanga reo o ngā pīpī", "kura kaupapa māori o te rito"
    )


#: A business or group introduced by "called", and two names joined by "&" after "at".
CALLED_AND_AMPERSAND_CASES = [
    org_case("She bartends at a dive bar called The Yellow Dog.", "Yellow Dog", id="bar-called"),
    org_case("His band, called Salt Lick, plays Fridays.", "Salt Lick", id="band-called"),
    org_case("They met at Lewis & Clark.", "Lewis & Clark", id="ampersand-college"),
    org_case("He works at Marks & Spencer now.", "Marks & Spencer", id="ampersand-shop"),
    org_case("She talked about Beck & Emery's model.", id="ampersand-citation"),
    org_case("He was at Mum & Dad's for the weekend.", id="ampersand-kin"),
    org_case("A group called AA helped.", id="called-allowed-acronym"),
    org_case("The school called Sarah on Friday.", id="called-as-a-verb"),
    org_case("A team called Aroha up for the final.", id="called-a-first-name"),
    org_case("She cooked for Tom & Sarah on Sunday.", id="ampersand-two-people"),
    org_case("Her dad is still active at VFW Post 2012.", "VFW Post 2012", id="post-year-number"),
    org_case("Troop 1976 meets Tuesdays.", "Troop 1976", id="troop-year-number"),
    org_case("The City Council 2024 budget passed.", id="council-and-a-year"),
]


@pytest.mark.parametrize("text, expected", CALLED_AND_AMPERSAND_CASES)
def test_called_and_ampersand_names(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "ORGANIZATION"] == expected


LS3 = (
    "- 16 y/o, jr at marsh valley hs, lives w mom\n"
    "- yr 9 at hillcrest secondary; sister in grade 11 at westdale collegiate\n"
    "- seen at harbourside physio for knee; waiting for nhs physio; sports physio helped\n"
    "- admitted to st joes overnight; mass at st columba's; moved to st kilda\n"
    "- brother at gaelscoil na mí, cousin goes to scoil mhuire\n"
    "- pt job at pick n pay; mum works at dunnes\n"
    "- goals for emotional wellness; referred for routine dental\n"
    "- attends the local secondary; he's at intermediate now; plays at st louis\n"
)


def test_lower_case_local_school_styles_saints_physios_and_chains(spans):
    assert only_orgs(spans(LS3)) == orgs_at(
        LS3,
        "marsh valley hs",
        "hillcrest secondary",
        "westdale collegiate",
        "harbourside physio",
        "st joes",
        "st columba's",
        "gaelscoil na mí",
        "scoil mhuire",
        "pick n pay",
        "dunnes",
    )


BRAND_CASES = [
    org_case("Her mum is a cashier at Pick n Pay in Claremont.", "Pick n Pay", id="pick-n-pay"),
    org_case("He's a butcher at SuperValu in Clonakilty.", "SuperValu", id="supervalu"),
    org_case("He does weekends at the Dunnes in Ballincollig.", "Dunnes", id="dunnes"),
    org_case("She works at Checkers in Sandton.", "Checkers", id="checkers"),
    org_case("They played checkers at home.", id="checkers-the-game"),
    org_case("His dad manages the Walmart on Route 9.", "Walmart", id="manages-the"),
    org_case("She quit Lidl in Tallaght.", "Lidl", id="quit"),
    org_case("She left Target and went home.", id="left-an-everyday-word"),
]


@pytest.mark.parametrize("text, expected", BRAND_CASES)
def test_regional_chains_after_work_cues(spans, text, expected):
    assert only_orgs(spans(text)) == expected


#: Saints' long names (an epithet or a surname) and dedications after at, to or attends.
DEDICATION_CASES = [
    org_case(
        "The family attends St. Edward the Confessor every Sunday.",
        "St. Edward the Confessor",
        id="saint-the-epithet",
    ),
    org_case(
        "He was an altar server at St Mary Star of the Sea.",
        "St Mary Star of the Sea",
        id="star-of-the-sea",
    ),
    org_case(
        "They go to Mass at St. Francis of Assisi.", "St. Francis of Assisi", id="saint-of-a-place"
    ),
    org_case(
        "He sings at St Michael and All Angels.", "St Michael and All Angels", id="all-angels"
    ),
    org_case("Her funeral was held at St. Thomas More.", "St. Thomas More", id="saint-surname"),
    org_case("They married at Holy Trinity Anglican.", "Holy Trinity Anglican", id="denomination"),
    org_case("They attend Christ the King parish.", "Christ the King", id="christ-the-king"),
    org_case("He attends Holy Family in Inchicore.", "Holy Family", id="holy-family"),
    org_case("She prays to the Holy Spirit every night.", id="prayer-to-the-holy-spirit"),
    org_case("She prayed a novena to St Jude the Apostle.", id="novena-to-a-saint"),
    org_case("He moved to St Kilda East last year.", id="place-with-a-direction"),
    org_case("He drove to St Albans Station.", id="place-with-a-station"),
    org_case("She came to Emmanuel for help.", id="first-name-not-a-dedication"),
    org_case("He quoted the Gospel of St John the Evangelist.", id="gospel"),
]


@pytest.mark.parametrize("text, expected", DEDICATION_CASES)
def test_saints_long_names_and_dedications(spans, text, expected):
    assert only_orgs(spans(text)) == expected


def test_our_lady_queen_of_peace_is_one_name():
    """The name rule reads "Lady" as a title; the organisation rule still finds the whole."""
    from recognizers.organizations import OrganizationRecognizer

    rec = OrganizationRecognizer()
    rec.load()
    text = "The funeral was at Our Lady Queen of Peace."
    found = [(r.start, r.end) for r in rec.analyze(text, [])]
    assert found == [org(text, "Our Lady Queen of Peace")[1:]]


#: A practice named before "Therapy" right after "at"; a method or treatment is no practice.
THERAPY_CASES = [
    org_case(
        "They used to see a counsellor at Rosewood Family Therapy.",
        "Rosewood Family Therapy",
        id="audience-word-after-a-name",
    ),
    org_case(
        "She did a course of EMDR at Silver Birch Trauma Therapy.",
        "Silver Birch Trauma Therapy",
        id="trauma-after-a-name",
    ),
    org_case("She did well at Cognitive Processing Therapy.", id="method-adjective"),
    org_case("She is doing well at Hormone Replacement Therapy.", id="treatment"),
    org_case("He was helped at Cold Water Therapy.", id="treatment-words"),
    org_case("He did well at Accelerated Resolution Therapy.", id="method-participle"),
    org_case("She had benefit at Music Therapy and Art Therapy.", id="arts-therapies"),
]


@pytest.mark.parametrize("text, expected", THERAPY_CASES)
def test_practices_named_before_therapy(spans, text, expected):
    assert only_orgs(spans(text)) == expected


#: A workplace by tenure ("forty years at Colman's") and a firm after a profession.
TENURE_AND_FIRM_CASES = [
    org_case(
        "He spent forty years at Colman's before the factory closed.", "Colman's", id="tenure"
    ),
    org_case("She spent ten years at Moran's before retiring.", "Moran's", id="tenure-shop"),
    org_case("He did twenty years at Harland Steel.", "Harland Steel", id="tenure-company"),
    org_case("She waitresses at Gino's on weekends.", "Gino's", id="waitresses-at"),
    org_case("He was made redundant from Hendry's in 2009.", "Hendry's", id="redundant-from"),
    org_case("She spent two years at Christmas with her aunt.", id="tenure-holiday"),
    org_case("He was with Sarah for ten years.", id="tenure-person"),
    org_case("She spent three years at Oxford.", id="tenure-city"),
    org_case("He did fifteen years at Grandma's.", id="tenure-kin"),
    org_case(
        "Her solicitor at Brannigan Cole has advised her.", "Brannigan Cole", id="solicitor-at"
    ),
    org_case("Her lawyer from Okafor & Reid sent a letter.", "Okafor & Reid", id="lawyer-from"),
    org_case("She is a nurse with Sarah Jones on the ward.", id="colleague"),
    org_case("He is a teacher from New Zealand.", id="country"),
    org_case("She is an engineer with Type 1 diabetes.", id="condition"),
    org_case("He is a mechanic from Cape Town.", id="city"),
    org_case("He is a lawyer with Big Law experience.", id="name-used-as-a-modifier"),
    org_case("The therapist with Trauma Informed training helped.", id="method-words"),
    org_case("She spent two years at Uni and then left.", id="tenure-generic-school"),
    org_case(
        "She worked for Mahlangu Civils (Pty) Ltd for 5 years.",
        "Mahlangu Civils (Pty) Ltd",
        id="bracketed-legal-form",
    ),
]


@pytest.mark.parametrize("text, expected", TENURE_AND_FIRM_CASES)
def test_workplaces_by_tenure_and_firms_after_a_role(spans, text, expected):
    assert only_orgs(spans(text)) == expected


#: An organisation as the value of a headed field; bracketed notes and "None" left out.
FIELD_CASES = [
    org_case(
        "Hospital: Tygerberg (2019), Groote Schuur (2021).",
        "Tygerberg",
        "Groote Schuur",
        id="hospitals-with-years",
    ),
    org_case("School: Westmount (Year 9)", "Westmount", id="school-named-by-its-suburb"),
    org_case("- church - Hillsong", "Hillsong", id="bullet-and-dash"),
    org_case("University: Dalhousie (BSc); NSCC (diploma)", "Dalhousie", "NSCC", id="two-schools"),
    org_case("Employer: N/A", id="no-value"),
    org_case("School: Home-schooled", id="home-schooled"),
    org_case("School: Year 9", id="a-grade"),
    org_case("Clinic: CAMHS", id="generic-service"),
    org_case("Clinic: CBT, DBT", id="methods"),
    org_case("Club: Yes", id="yes"),
    org_case("Club: Sarah", id="a-first-name"),
]


@pytest.mark.parametrize("text, expected", FIELD_CASES)
def test_organisations_as_headed_field_values(spans, text, expected):
    assert only_orgs(spans(text)) == expected


LS4 = (
    "- husband is a foreman w mthembu logistics (pty) ltd; brother w kestrel holdings pty ltd\n"
    "- attends christ the king w mum; married at holy trinity anglican\n"
    "- goes to our lady of lourdes most weeks; son at st brigid's ns\n"
    "- pt spent 20 yrs at colman's; 2 yrs at mum's after the split\n"
    "- referred by gp at greenlane family practice\n"
    "- went to holy communion as a kid; prays to the holy spirit\n"
    "- novena to our lady of fatima; talks to our lady of the rosary statue\n"
)


def test_lower_case_dedications_legal_forms_tenures_and_practices(spans):
    assert only_orgs(spans(LS4)) == orgs_at(
        LS4,
        "mthembu logistics (pty) ltd",
        "kestrel holdings pty ltd",
        "christ the king",
        "holy trinity anglican",
        "our lady of lourdes",
        "st brigid's ns",
        "colman's",
        "greenlane family practice",
    )


VET_CASES = [
    org_case(
        "The vet at Greenfields Vet Clinic put the dog down.",
        "Greenfields Vet Clinic",
        id="vet-clinic",
    ),
    org_case(
        "She works at Harbour Animal Hospital.", "Harbour Animal Hospital", id="animal-hospital"
    ),
    org_case("She took the cat to a Veterinary Clinic.", id="generic-vet-clinic"),
    org_case("He took the dog to the Animal Hospital.", id="generic-animal-hospital"),
]


@pytest.mark.parametrize("text, expected", VET_CASES)
def test_veterinary_practices(spans, text, expected):
    assert only_orgs(spans(text)) == expected
