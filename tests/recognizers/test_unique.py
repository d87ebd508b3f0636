"""Unique-feature recognizer: tattoos, vehicles, roles, laws, links to the clinician, pets."""

from __future__ import annotations

import pytest


def uq(text: str, part: str, occurrence: int = 1) -> tuple[str, int, int]:
    """("OTHER_UNIQUE", start, end) of the n-th occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return ("OTHER_UNIQUE", start, start + len(part))


T1 = "She has a small anchor tattoo behind her right ear that she hides."
T2 = "He rides a customized 1978 Honda CB750 painted gold, and people notice."
T3 = "She is the valedictorian of her graduating class, which adds pressure."
T4 = "He is one of only three farriers in the valley, so he is easy to find."
T5 = "She campaigned for what became Noah's Law after the crash."
T6 = "Complication: she coached my daughter in soccer."
T7 = "Her cat Pickles sleeps on her bed."
T8 = "She has about 12k followers on her art account."
T9 = "He has many tattoos."

T10 = "He is a former NHL goalie who now coaches kids."

CASES = [
    pytest.param(
        T1, [uq(T1, "small anchor tattoo behind her right ear that she hides")], id="tattoo"
    ),
    pytest.param(T2, [uq(T2, "a customized 1978 Honda CB750 painted gold")], id="vehicle"),
    pytest.param(T3, [uq(T3, "the valedictorian of her graduating class")], id="unique-role"),
    pytest.param(T4, [uq(T4, "one of only three farriers in the valley")], id="one-of-only"),
    pytest.param(T5, [uq(T5, "Noah's Law")], id="named-law"),
    pytest.param(T6, [uq(T6, "she coached my daughter")], id="relationship-to-clinician"),
    pytest.param(T7, [uq(T7, "Pickles")], id="pet-name"),
    pytest.param(T8, [uq(T8, "12k followers")], id="follower-count"),
    pytest.param(
        T10, [uq(T10, "former NHL goalie who now coaches kids")], id="public-figure-status"
    ),
]


def t(text: str, *parts: str | tuple[str, int], id: str):  # type: ignore[no-untyped-def]
    """A case whose expected OTHER_UNIQUE spans are ``parts`` (a part or (part, occurrence))."""
    found = [uq(text, *p) if isinstance(p, tuple) else uq(text, p) for p in parts]
    return pytest.param(text, sorted(found), id=id)


#: Only OTHER_UNIQUE spans are compared (names, dates and places inside are others').
MORE_CASES = [
    t("Bought a lifted silver 2021 Tacoma last week.", "a lifted silver 2021 Tacoma", id="model"),
    t(
        "He drives a lifted black F-250 with a club wrap and his dad's initials on the door. Ok.",
        "a lifted black F-250 with a club wrap and his dad's initials on the door",
        id="vehicle-long-detail",
    ),
    t("She has a hot-pink Beetle, so people know her.", "a hot-pink Beetle", id="modifier"),
    t(
        "A red Jeep with a huge eagle decal on the hood.",
        "A red Jeep with a huge eagle decal on the hood",
        id="decoration",
    ),
    t("She drives her little red Suzuki to town.", id="plain-colour-car"),
    t("He came in his Honda with his kids in it.", id="plain-car-with"),
    t("Her axolotl called noodle is important.", "noodle", id="lower-case-pet-name"),
    t("A dog named after her gran.", id="named-after"),
    t("His old working dog Bramble came along.", "Bramble", id="pet-with-modifiers"),
    t("He was club secretary for 12 years.", "club secretary for 12 years", id="club-role"),
    t(
        "She is treasurer of the mosque committee.",
        "treasurer of the mosque committee",
        id="role-of-group",
    ),
    t("He was strike captain for his local.", "strike captain", id="strike-captain"),
    t(
        'Faded rose tattoo on the left wrist with "Nan" in script; she hides it.',
        'Faded rose tattoo on the left wrist with "Nan" in script',
        id="tattoo-with-text",
    ),
    t(
        'He has a faded "Mum" tattoo across his knuckles, which he hides.',
        'faded "Mum" tattoo across his knuckles',
        id="tattoo-quoted-text-first",
    ),
    t(
        "She is the only woman on the dive crew, which she jokes about.",
        "the only woman on the dive crew",
        id="only-in-group",
    ),
    t("She is the only one he trusts, and the only family in touch.", id="only-relational"),
    t(
        "He is the only openly gay teacher in the district.",
        "the only openly gay teacher",
        id="only-identity",
    ),
    t(
        "She is the first Black woman to chair the surgical board at her hospital and is proud.",
        "the first Black woman to chair the surgical board at her hospital",
        id="first-to",
    ),
    t("She was the first person to notice.", id="first-relational"),
    t(
        "I grew up 3 blocks from his house.",
        "I grew up 3 blocks from his house",
        id="near-clinician",
    ),
    t("About 2k followers on her art account.", id="small-following"),
    t("She got a tattoo with her friend in June.", id="tattoo-with-company"),
    t(
        "A tattoo with his daughter's name on his chest.",
        "tattoo with his daughter's name on his chest",
        id="tattoo-with-a-name",
    ),
]


@pytest.mark.parametrize("text, expected", MORE_CASES)
def test_unique_spans_in_context(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "OTHER_UNIQUE"] == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_unique_spans(spans, text, expected):
    assert spans(text) == sorted(expected)


def test_pet_name_is_marked_for_removal():
    from recognizers.unique import UniqueFeatureRecognizer

    rec = UniqueFeatureRecognizer()
    results = rec.analyze(T7, [])
    assert [(T7[r.start : r.end], r.recognition_metadata.get("action")) for r in results] == [
        ("Pickles", "remove")
    ]


def test_plain_tattoo_mention_is_generic(spans):
    assert spans(T9) == []


#: Constructions beyond the first tuning round: club officers, decorated vehicles, ranks in
#: volunteer groups, the oldest member of a named group, nicknames a group gave, services to
#: the clinician, named boats, public roles held for years; and their look-alikes.
GENERAL_CASES = [
    t("Quit the 4-H club office (was club historian) in May.", "club historian", id="officer"),
    t("Her mum is a retired school secretary.", id="school-secretary-is-a-job"),
    t(
        "He drives a white Ford Transit with a Celtic crest on the back doors for Brannock Tiles.",
        "a white Ford Transit with a Celtic crest on the back doors",
        id="vehicle-crest-stops-before-employer",
    ),
    t("He volunteers with the fire brigade, 2nd officer for ten years.", "2nd officer", id="rank"),
    t("The first officer on the scene called it in.", id="first-officer-on-scene"),
    t(
        "He was the oldest regular at the card tables in Victoria Park, every day.",
        "the oldest regular at the card tables in Victoria Park",
        id="oldest-of-a-named-group",
    ),
    t("She is the oldest of five and the youngest girl in the family.", id="birth-order"),
    t('At the depot the lads called him "the Judge".', "the Judge", id="nickname-by-group"),
    t('She called him "lazy" again.', id="insult-not-nickname"),
    t(
        "Dual role: his mother made my wedding cake back in the day.",
        "his mother made my wedding cake",
        id="service-to-clinician",
    ),
    t("He did my taxes for years.", "He did my taxes", id="service-capitalised-subject"),
    t("She cut my session short today; he made my day.", id="not-a-service"),
    t(
        "His dad ran a crab boat, the Sea Wren, out of the bay; he still visits the Sea Wren.",
        ("Sea Wren", 1),
        ("Sea Wren", 2),
        id="named-boat-every-mention",
    ),
    t("On the boat, Kenny was a deckhand.", id="boat-then-a-name"),
    t("She walks the dog Sunday; the dog Biscuit is old.", "Biscuit", id="pet-after-the"),
    t(
        "She has organised the village Christmas parade every year since 2009.",
        "has organised the village Christmas parade every year since 2009",
        id="public-role-for-years",
    ),
    t("She ran the bake sale once.", id="one-off-role"),
    t("Ziggy the cat and Biscuit (her dog) sleep in.", "Ziggy", "Biscuit", id="pet-name-first"),
    t("They have two dogs, Bella and Rocco.", "Bella", "Rocco", id="pet-list"),
    t("Pets: two cats (Miso and Tofu).", "Miso", "Tofu", id="pet-label-list"),
    t(
        "She talks to her late husband's parrot, Captain, daily; Captain bites.",
        ("Captain", 1),
        ("Captain", 2),
        id="pet-every-mention",
    ),
    t("Two dogs, She said, were enough.", id="pet-word-then-pronoun"),
    t(
        "Dual role: her kids go to the same school as mine.",
        "her kids go to the same school as mine",
        id="same-school-as-mine",
    ),
    t("We attend the same church, sadly.", "We attend the same church", id="same-church"),
    t(
        "I was at school with her older brother.",
        "I was at school with her older brother",
        id="schooldays",
    ),
    t("She's a friend of my sister.", "She's a friend of my sister", id="friend-of-mine"),
    t("He knows my aunt from way back.", id="knows-is-not-a-tie"),
    t(
        "She has her son's name tattooed on her wrist.",
        "her son's name tattooed on her wrist",
        id="tattooed-name",
    ),
    t(
        "A scar across his left cheek from a dog bite.",
        "A scar across his left cheek from a dog bite",
        id="visible-scar",
    ),
    t("Old self-harm scars on her forearms, healed.", id="clinical-scars"),
    t(
        "He is missing two fingers on his left hand.",
        "missing two fingers on his left hand",
        id="missing",
    ),
]


@pytest.mark.parametrize("text, expected", GENERAL_CASES)
def test_unique_general_spans(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "OTHER_UNIQUE"] == expected


#: Gallantry decorations, quoted tattoo text, short model years, quoted words on a vehicle,
#: a pet named at a sentence's start, lay roles at a named congregation.
ROUND3_CASES = [
    t("Awards: Silver Star, two tours.", "Silver Star", id="gallantry-decoration"),
    t("Got a Bronze Star with V device in 2007.", "Bronze Star with V device", id="valor-device"),
    t("Got a Bronze Star and a Purple Heart.", id="service-medals-not-unique"),
    t(
        'Has a tattoo "Mama 1961" on his L wrist.',
        'tattoo "Mama 1961" on his L wrist',
        id="tattoo-quoted-text",
    ),
    t(
        "Drives a rusty '89 Toyota Hilux painted sky blue.",
        "a rusty '89 Toyota Hilux painted sky blue",
        id="short-model-year",
    ),
    t(
        'His van (grey Ford Transit with "Kev\'s Kleening" on the side) is known.',
        'grey Ford Transit with "Kev\'s Kleening" on the side',
        id="bracket-quoted-vehicle",
    ),
    t(
        'Her car, the one with "Honk if happy" painted on the boot, was keyed.',
        'the one with "Honk if happy" painted on the boot',
        id="words-painted-on-vehicle",
    ),
    t('He said "no way" painted on a wall.', id="painted-not-on-vehicle"),
    t("Lives alone. Cat Pickles sleeps on her chest.", "Pickles", id="pet-opening-sentence"),
    t("Horse Riding was her outlet.", id="pet-word-activity"),
    t("He is a deacon at Mount Zion Baptist Church.", "deacon", id="deacon-named-church"),
    t("She is an elder in her family.", id="elder-not-at-congregation"),
    t("Faith:\n- usher at Greater Hope Baptist Church", "usher", id="bullet-lay-role"),
    t("Mum asked the deacon at St Anne's to visit.", id="someone-elses-lay-role"),
]


@pytest.mark.parametrize("text, expected", ROUND3_CASES)
def test_unique_round3_spans(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "OTHER_UNIQUE"] == expected


#: Round 5: pets after breed words, colour-and-model vehicles, congregation callings,
#: traditional tattoos, "the only/youngest ... ever", scars with their kind.
ROUND5_CASES = [
    t("He walks his coonhound Tater up the ridge at night.", "Tater", id="coonhound-name"),
    t("Her beagle, Moose, sleeps on the bed.", "Moose", id="beagle-comma-name"),
    t("His parakeet Kiwi talks.", "Kiwi", id="parakeet-name"),
    t("She adopted a hound from the shelter last year.", id="breed-without-name"),
    t(
        "Keeps tools in the truck (lifted camo '11 Tacoma, everyone knows it).",
        "lifted camo '11 Tacoma",
        id="bracket-lifted-camo-model-year",
    ),
    t("He drives a grey F-150 to every session.", "a grey F-150", id="colour-model"),
    t("Her silver Tacoma is parked out front.", "Her silver Tacoma", id="possessive-colour-model"),
    t("She drives a red car.", id="colour-plain-car"),
    t("He bought a white Honda last week.", id="colour-bare-make"),
    t(
        'He drives a white \'04 Silverado w/ "LOCAL 88 – TEAMSTERS" decal.',
        'a white \'04 Silverado w/ "LOCAL 88 – TEAMSTERS" decal',
        id="vehicle-w-slash-decal",
    ),
    t("Has a full pe'a he got done in Apia.", "a full pe'a", id="full-pea"),
    t("She has a moko kauae and is proud of it.", "a moko kauae", id="moko-kauae"),
    t(
        "He got a traditional sak yant in Chiang Mai.",
        "a traditional sak yant",
        id="sak-yant",
    ),
    t(
        "Dad is first counselor in the bishopric of the Riverton 3rd Ward.",
        "first counselor in the bishopric of the Riverton 3rd Ward",
        id="bishopric-counselor",
    ),
    t("Mom is ward Relief Society president.", "ward Relief Society president", id="relief-soc"),
    t(
        "He was elders quorum president for years.",
        "elders quorum president",
        id="elders-quorum-president",
    ),
    t(
        "She is a ruling elder (session clerk) at her church.",
        "ruling elder (session clerk)",
        id="ruling-elder-bracket",
    ),
    t("The Primary school is nearby.", id="primary-school"),
    t(
        "Concertmaster of the Valley Youth Symphony since 2022.",
        "Concertmaster of the Valley Youth Symphony since 2022",
        id="capitalised-concertmaster",
    ),
    t(
        "He is the only first-year ever picked from the club.",
        "the only first-year ever picked from the club",
        id="only-ever-picked",
    ),
    t(
        "She is the only girl in the county to qualify for the state chess squad.",
        "the only girl in the county to qualify for the state chess squad",
        id="only-in-county-to",
    ),
    t(
        "He was the youngest player ever selected for the regional squad.",
        "the youngest player ever selected for the regional squad",
        id="youngest-ever-selected",
    ),
    t("She is the only one in the family who drives.", id="only-one-in-family"),
    t("He is the first in his family to finish school.", id="first-in-family"),
    t(
        "He has a long shrapnel scar across his right cheek.",
        "a long shrapnel scar across his right cheek",
        id="shrapnel-scar",
    ),
    t(
        "She has a thin surgical scar down her neck.",
        "a thin surgical scar down her neck",
        id="surgical-scar",
    ),
]


@pytest.mark.parametrize("text, expected", ROUND5_CASES)
def test_unique_round5_spans(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "OTHER_UNIQUE"] == expected


ONLY5_LOOKALIKES = [
    t("She is the first one in the family to go to college.", id="first-one-in-family"),
    t("He is the oldest child in the house to still live at home.", id="oldest-in-house"),
]


@pytest.mark.parametrize("text, expected", ONLY5_LOOKALIKES)
def test_unique_round5_lookalikes(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "OTHER_UNIQUE"] == expected


#: Rankings and records that single a person out; personal bests and party tricks do not.
RANKING5_CASES = [
    t(
        "He is ranked 14th in the state for under-16 squash.",
        "ranked 14th in the state for under-16 squash",
        id="ranked-in-state",
    ),
    t(
        "She is currently seeded No. 3 in the province for badminton.",
        "seeded No. 3 in the province for badminton",
        id="seeded-number",
    ),
    t(
        "She holds the county record for the 400m hurdles.",
        "holds the county record for the 400m hurdles",
        id="holds-county-record",
    ),
    t(
        "He set a school record in the shot put that still stands.",
        "set a school record in the shot put that still stands",
        id="set-school-record",
    ),
    t(
        "She broke the state record in the 100m breaststroke.",
        "broke the state record in the 100m breaststroke",
        id="broke-state-record",
    ),
    t(
        "He is the top-ranked junior golfer in Nebraska.",
        "the top-ranked junior golfer in Nebraska",
        id="top-ranked-in-state",
    ),
    t("She set a new personal record at the gym.", id="personal-record"),
    t("He broke the record for most burgers at a party.", id="plain-record"),
    t("He keeps a record of his moods.", id="mood-record"),
]


@pytest.mark.parametrize("text, expected", RANKING5_CASES)
def test_unique_round5_rankings(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "OTHER_UNIQUE"] == expected


#: Round 6: rankings and qualifying levels, security clearances, local public office,
#: founders, makers of celebrated works, ties to the clinician's family, a place's only one,
#: multiple births, a principal's chair.
ROUND6_CASES = [
    t(
        "She is nationally ranked in the 200m butterfly for her age group.",
        "nationally ranked in the 200m butterfly for her age group",
        id="nationally-ranked",
    ),
    t("He is a state-qualifying 800m runner.", "state-qualifying 800m runner", id="state-level"),
    t("She ranked her anxiety at 7 out of 10.", id="ranked-a-feeling"),
    t("He wants to be a state champion one day.", id="state-champion-wish"),
    t("She holds a secret clearance for her job.", "holds a secret clearance", id="clearance"),
    t("She needs a clearance letter from her GP.", id="clearance-letter"),
    t(
        "He is a township trustee and sits on the school board.",
        "township trustee",
        "sits on the school board",
        id="local-office",
    ),
    t("The school board meeting was stressful for her mother.", id="school-board-meeting"),
    t(
        "She is a founding member of the local fiddlers' association.",
        "a founding member of the local fiddlers' association",
        id="founding-member",
    ),
    t(
        "He designed the award-winning footbridge over the river.",
        "designed the award-winning footbridge over the river",
        id="celebrated-work",
    ),
    t("She wrote the award letter herself.", id="award-letter"),
    t(
        "She is my sister-in-law's closest friend.",
        "is my sister-in-law's closest friend",
        id="clinician-family-tie",
    ),
    t("My husband's friend is not relevant here.", id="own-family-aside"),
    t("She's the town's only female butcher.", "the town's only female butcher", id="place-only"),
    t("She has identical triplets.", "identical triplets", id="triplets"),
    t("They discussed triplet patterns in the data.", id="triplet-word"),
    t(
        "He is the principal second violin with the symphony.",
        "principal second violin",
        id="principal-chair",
    ),
]


@pytest.mark.parametrize("text, expected", ROUND6_CASES)
def test_unique_round6_spans(spans, text, expected):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "OTHER_UNIQUE"] == expected


@pytest.mark.parametrize(
    "text",
    ["He manages the regional distribution centre.", "She joined the National Guard forward unit."],
)
def test_level_words_before_places_and_units_are_no_ranking(spans, text):  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == "OTHER_UNIQUE"] == []
