"""AddressRecognizer: exact spans of street addresses, street names and postcodes."""

from __future__ import annotations

import pytest

from recognizers.entities import ADDRESS


def at(text: str, part: str) -> tuple[str, int, int]:
    """(ADDRESS, start, end) of ``part`` in ``text``."""
    start = text.index(part)
    return (ADDRESS, start, start + len(part))


def case(text: str, *parts: str, id: str):  # type: ignore[no-untyped-def]
    return pytest.param(text, sorted(at(text, p) for p in parts), id=id)


CASES = [
    case(
        "Mail goes to 1425 Alder St, Apt. 4B now.",
        "1425 Alder St",
        "Apt. 4B",
        id="house-number-and-unit",
    ),
    case("The bank is on Chancellor Blvd near here.", "Chancellor Blvd", id="blvd"),
    case("She was stopped on Halloran Avenue at night.", "Halloran Avenue", id="avenue"),
    case("The house on E. Orchard Rd was sold.", "E. Orchard Rd", id="direction-prefix"),
    case("The warehouse on Cobbler St W closed.", "Cobbler St W", id="direction-suffix"),
    case("The home is off Bellbird Trail.", "Bellbird Trail", id="trail"),
    case("He lives on Glenwood with his aunt.", "Glenwood", id="lives-on-name"),
    case("It is at 12 Harbour Way, upstairs.", "12 Harbour Way", id="weak-suffix-with-number"),
    case("Postcodes QX4 2NP and M5V 2T6 only.", "QX4 2NP", "M5V 2T6", id="uk-ca-postcodes"),
    case("Send it to zip 97202 please.", "97202", id="zip-with-context"),
    case("Mail goes to P.O. Box 1187 now.", "P.O. Box 1187", id="po-box"),
    case("The flat is near rue Saint-Denis downtown.", "rue Saint-Denis", id="french-street"),
    case("It happened on the 400 block of Elm Street.", "400 block of Elm Street", id="block-of"),
    case("Address:\n12 Elm St\n Unit 5\n\nNext item.", "12 Elm St\n Unit 5", id="labelled-block"),
    case(
        "Address: 17 Kowhai St, Auckland. Old flat upstairs.",
        "17 Kowhai St, Auckland",
        id="labelled-one-line",
    ),
    case("Send to RR 3, Box 207 or HC 61 Box 88.", "RR 3, Box 207", "HC 61 Box 88", id="rural-box"),
    case(
        "The ranch is off FM 1209, past SH 71 and just off AZ-260.",
        "FM 1209",
        "SH 71",
        "AZ-260",
        id="numbered-local-roads",
    ),
    case("Trailer along County Rd 14 near the creek.", "County Rd 14", id="county-road"),
    case(
        "they rent off kingfisher rd now; 8 bellbird cres.",
        "kingfisher rd",
        "8 bellbird cres",
        id="lower-abbrev-street",
    ),
    case(
        "year 11 at st jude's; grade 6 to st mary's; 12 on st day.",
        id="lower-number-then-preposition-is-no-street",
    ),
    case("She lives at 4 Quay Lane with her gran.", "4 Quay Lane", id="lives-at-stops-before-with"),
    case(
        "Grew up at Nørrevej 14, then Kungsgatan 3b and Via dei Mille 22.",
        "Nørrevej 14",
        "Kungsgatan 3b",
        "Via dei Mille 22",
        id="european-street-number",
    ),
    case(
        "Her aunt is on ul. Lipowa 9 and Rua da Praia 140.",
        "ul. Lipowa 9",
        "Rua da Praia 140",
        id="european-prefix-types",
    ),
    case(
        "Flat at Linden Allee 7, near Andrássy út 60.",
        "Linden Allee 7",
        "Andrássy út 60",
        id="european-separate-types",
    ),
    case("Via Zoom 2 times a week; The Weg 5 is a book; Calle 10 mg.", id="european-look-alikes"),
    # roads named by letter and number: UK, Irish and Australian schemes
    case(
        "Her commute is on the A38 and she never joins the M5 at all.",
        "A38",
        "M5",
        id="uk-roads-after-travel-word",
    ),
    case("He stopped at the services near M40 jct 9 twice.", "M40 jct 9", id="motorway-junction"),
    case(
        "Traffic backs up at junction 14 of the M1 most nights.",
        "junction 14 of the M1",
        id="junction-of-motorway",
    ),
    case("They moved off the N11 and then took the R772 home.", "N11", "R772", id="irish-roads"),
    case("The A1(M) northbound was shut for hours.", "A1(M)", id="motorway-suffix-and-heading"),
    case("The farm is just off the B4632 lane.", "B4632", id="b-road"),
    case("The crash was on SH2 past the gorge.", "SH2", id="nz-state-highway-fused"),
    case(
        "Printed on the A4 paper, he carried the M16 rifle and put on the N95 first.",
        id="paper-weapon-mask-look-alikes",
    ),
    case("Took the B12 injection; A1C 7.1; an M4 in basic.", id="vitamin-lab-weapon-look-alikes"),
    # US county roads by letter, other US and Canadian route names
    case("The dairy is a mile down County Hwy KK from town.", "County Hwy KK", id="county-letter"),
    case("Their lane meets County Road 9 and CTH M.", "County Road 9", "CTH M", id="county-roads"),
    case(
        "He drives US Route 20 and Autoroute 15 for work.",
        "US Route 20",
        "Autoroute 15",
        id="us-and-quebec-routes",
    ),
    case("Crashed on I-80 east of town.", "I-80", id="interstate"),
    case("Her I-94 record and the filed I-589 are at the office.", id="immigration-form-numbers"),
    # streets named after their type in Spanish, Portuguese and Catalan
    case("He rolls cigars on Calle Mayor most mornings.", "Calle Mayor", id="calle"),
    case(
        "Her aunt had a flat on Paseo de la Castellana and later Rua Augusta.",
        "Paseo de la Castellana",
        "Rua Augusta",
        id="paseo-rua",
    ),
    case(
        "luego vivían en la calle Bolívar, después en la avenida 5.",
        "calle Bolívar",
        "avenida 5",
        id="lower-case-spanish-types",
    ),
    # a sentence after an abbreviated street type is not a title
    case(
        "They rent off Marigold Blvd. He walks the dog.", "Marigold Blvd", id="blvd-before-sentence"
    ),
    # Australian unit/house numbers, more street types, Canadian grid and French roads
    case(
        "They rent 3/45 Gumnut Rd near 2/7 Kooyong Cct.",
        "3/45 Gumnut Rd",
        "2/7 Kooyong Cct",
        id="au-unit-slash",
    ),
    case(
        "Moved to 14 Heather Brae, then 8 Oak Chase.",
        "14 Heather Brae",
        "8 Oak Chase",
        id="weak-uk-types",
    ),
    case(
        "The farm is on Concession 6, then Twp Rd 532 and Range Road 245.",
        "Concession 6",
        "Twp Rd 532",
        "Range Road 245",
        id="canadian-grid-roads",
    ),
    case("Her parents farm on the 4th Line west of town.", "4th Line", id="ontario-line"),
    case("Ils habitent le rang Saint-Joseph.", "rang Saint-Joseph", id="quebec-rang"),
    case("La ferme est sur le rang 4 au nord.", "rang 4", id="quebec-numbered-rang"),
    case("He rang Mum; it took place Downstairs.", id="rang-and-place-are-verbs"),
    case("The motel is off M-59 by the mall.", "M-59", id="michigan-trunkline"),
    case("Saw the Giant's Causeway; took 3/4 of a tablet.", id="causeway-and-fraction"),
    # lower-case written-out street types after a home word; one-word European streets
    case(
        "she lives on mill road; house off orchard street.",
        "mill road",
        "orchard street",
        id="lower-full-type",
    ),
    case(
        "lives on the road; lives on social security road trips.", id="lower-full-type-look-alikes"
    ),
    case("Then a flat on Drottninggatan by the station.", "Drottninggatan", id="one-word-european"),
    case("The Brigade and a Renegade came.", id="english-words-ending-in-gade"),
    case("Mail to Site 4, Comp 12, RR 1 in spring.", "Site 4, Comp 12, RR 1", id="rural-site-comp"),
    case("Stuck on the North Circular again.", "North Circular", id="circular-road"),
    case(
        "Moved onto the A1 diet and the C25 protocol; on his 3rd Line of antiretrovirals.",
        id="diet-protocol-treatment-line",
    ),
    case("She lives on campus road trips in summer.", id="lives-on-campus"),
    # look-alikes of rural boxes, routes and postcodes
    case(
        "RR 18, BP 120/80; CA-125 rose; on the road by 9; off the main rd.",
        id="vitals-markers-and-roads",
    ),
    # titles, weak suffixes and plain words are not streets
    case("Seen with the family on Sunday afternoons.", id="weekday-after-on"),
    case("She lives on disability benefits.", id="lowercase-after-lives-on"),
    case("There is no Way to tell.", id="weak-suffix-without-number"),
    case("A Wall Street job; a trip down Memory Lane.", id="figures-of-speech"),
    case("Sertraline 50 mg; 12 sessions.", id="clinical-numbers"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_address_spans(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == expected


#: Sentences that also hold places or years: only the ADDRESS spans are compared.
ADDRESS_ONLY_CASES = [
    case(
        "Units in Marlow Rd, 4215 and Ocean St, 6025.",
        "Marlow Rd",
        "4215",
        "Ocean St",
        "6025",
        id="postcode-after-street",
    ),
    case("He grew up in Morningside (4170), later Brisbane.", "4170", id="postcode-in-brackets"),
    case("Farm near Kilrush, Co. Clare (V15 KP73).", "V15 KP73", id="eircode"),
    case("Moved to Perth (2019); drove 45 minutes each way; F32 2024.", id="years-and-durations"),
    case(
        "Raised near Ouse, 7140. Later in Lakewood, 08701; Brisbane, 4000 people.",
        "7140",
        "08701",
        id="postcode-after-town",
    ),
    case("Deployed to Kandahar, 2009. Posted to Darwin, 2014.", id="year-after-town"),
    # a ZIP in brackets after a street or a town; a year in brackets is not one
    case(
        "Rents a room off N. Palm Ave (93704); grew up in Visalia (93277).",
        "N. Palm Ave",
        "93704",
        "93277",
        id="zip-in-brackets",
    ),
    case(
        "Lived on Juniper St (2016) and then moved.",
        "Juniper St",
        id="year-in-brackets-after-street",
    ),
    case("They walked the Camino de Santiago; an El Camino in the yard.", id="camino-look-alikes"),
    # a suburb and its postcode after a street
    case(
        "Rents on Tarlow Crescent, Kelmscott 6111, near the shops.",
        "Tarlow Crescent",
        "6111",
        id="postcode-after-street-and-suburb",
    ),
    case(
        "Flat on Quill St, Marsden Park 2765; then Oak Rd, Brunswick 2019–2021.",
        "Quill St",
        "2765",
        "Oak Rd",
        id="suburb-postcode-and-year-span",
    ),
    # the postcode before the town, as continental Europe writes it
    case(
        "Lives at Lindenweg 14, 20095 Hamburg with her aunt.",
        "Lindenweg 14",
        "20095",
        id="postcode-before-town",
    ),
    case(
        "Rooms at Via Garibaldi 3, 40124 Bologna; Prinsengracht 22, 1015 DV Amsterdam.",
        "Via Garibaldi 3",
        "40124",
        "Prinsengracht 22",
        "1015 DV",
        id="postcode-before-town-dutch",
    ),
    # a British outward code after a street
    case(
        "Lives just off Oxley Road (L7), and earlier Mare St, E8.",
        "Oxley Road",
        "L7",
        "Mare St",
        "E8",
        id="outward-postcode-after-street",
    ),
    case("Low in vitamin (B12); pain at the level (L4).", id="outward-look-alikes"),
    # Dublin's postal districts
    case(
        "They moved to Dublin 15, then Dublin 6W.", "Dublin 15", "Dublin 6W", id="dublin-district"
    ),
    case("Dublin 3 times a year; Dublin 2 goals up.", id="dublin-counts"),
    # a New Zealand rural delivery number in an address line (the town is a place)
    case("Their farm is on Old Coach Road, RD 2, Te Awamutu.", "Old Coach Road", "RD 2", id="rd"),
    case("She scored 2, then RD 2, and more.", id="rd-needs-a-place-after"),
]


@pytest.mark.parametrize("text, expected", ADDRESS_ONLY_CASES)
def test_address_only_spans(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == ADDRESS] == expected
