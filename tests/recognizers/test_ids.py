"""ClinicalIdRecognizer: exact spans of record, claim, docket, plate and meeting numbers."""

from __future__ import annotations

import pytest

from recognizers.entities import ID


def at(text: str, part: str) -> tuple[str, int, int]:
    """(ID, start, end) of ``part`` in ``text``."""
    start = text.index(part)
    return (ID, start, start + len(part))


def case(text: str, *parts: str, id: str):  # type: ignore[no-untyped-def]
    return pytest.param(text, sorted(at(text, p) for p in parts), id=id)


CASES = [
    case("Medicare NB no. 847 221 093 on file.", "847 221 093", id="province-code-before-no"),
    case("Medicare NB is the insurer; 3 visits.", id="province-code-no-number"),
    case(
        "Chart: MRN 00519377; member ID QKV118204455.", "00519377", "QKV118204455", id="mrn-member"
    ),
    case("Her Medicaid (ID 8812204437) lapsed.", "8812204437", id="medicaid-bracket"),
    case("Medicare MBI 1EG4-TE5-MK73 on file.", "1EG4-TE5-MK73", id="mbi"),
    case("Coverage via 5KC2-HN8-WT19 only.", "5KC2-HN8-WT19", id="mbi-without-context"),
    case("OHIP 5521-448-902-XM is valid.", "5521-448-902-XM", id="ohip"),
    case("Her RAMQ number is TREL 8821 4410, noted.", "TREL 8821 4410", id="ramq"),
    case(
        "NHI QWE7734 and ACC claim (20993311874).",
        "QWE7734",
        "20993311874",
        id="nz-health-and-claim",
    ),
    case(
        "Her docket XY-12-CR-0009911-2022 is pending.",
        "XY-12-CR-0009911-2022",
        id="docket-structural",
    ),
    case("See docket no. 552-118 Div. B for details.", "552-118 Div. B", id="docket-division"),
    case("Stopped in his truck (plate KLM-7720) again.", "KLM-7720", id="plate"),
    case(
        "Join: Meeting ID 731 0048 2295, passcode 550913.", "731 0048 2295", "550913", id="meeting"
    ),
    case("Verified the last four of SSN 9031 by phone.", "9031", id="ssn-last-four"),
    case("He gave his ID Q5521 at intake.", "Q5521", id="short-id-code"),
    case("Student ID 400918225 confirmed.", "400918225", id="student-id"),
    case("Car seen: plate ABC 123 at the lot.", "ABC 123", id="plate-with-space"),
    case("Paid by card ending 6630 online.", "6630", id="card-ending"),
    case("Reference 4131034282458809 on the form.", "4131034282458809", id="long-digit-run"),
    case("File for client #4471 only; #1 priority.", "#4471", id="hash-number"),
    case("Police report number 23-118742 filed.", "23-118742", id="police-report"),
    case(
        "Medicare no. 2953 71034 1; MRN 00519377 2 days ago.",
        "2953 71034 1",
        "00519377",
        id="check-digit-group",
    ),
    case(
        "Her Medicare number for the stay is MC-5521-88413.",
        "MC-5521-88413",
        id="record-word-a-few-words-before",
    ),
    case("PPSN on the GP letter: 4417283KA.", "4417283KA", id="pps-number"),
    case("Client ID 2024/8813 on the referral.", "2024/8813", id="slash-id"),
    case("Ticket #4471-B still open.", "#4471-B", id="hash-number-with-suffix"),
    case("EAP reference QX-31-0092 for the sessions.", "QX-31-0092", id="eap-reference"),
    case("Drives a van with vanity plate MUM 42 now.", "MUM 42", id="vanity-plate-two-digits"),
    case("Custom plate reads SURFSUP on the ute.", "SURFSUP", id="vanity-plate-letters"),
    case(
        "Zoom 612 4471 0093, passcode: Tui88 for all.",
        "612 4471 0093",
        "Tui88",
        id="passcode-letters",
    ),
    case("Door PIN 5823; password is maple7!", "5823", "maple7!", id="pin-and-password"),
    case(
        "Ref dossier 11-402-778, NAM BOUC 5012 2211.",
        "11-402-778",
        "BOUC 5012 2211",
        id="french-record-words",
    ),
    case("Her medical aid (7731 0429 55) was renewed.", "7731 0429 55", id="medical-aid-number"),
    case(
        "Medicare no. is 4417 20983 2 and expires soon.",
        "4417 20983 2",
        id="check-digit-before-connective",
    ),
    case(
        "She writes through the portal as lena.k2mom daily; MyChart: bo_reyes.",
        "lena.k2mom",
        "bo_reyes",
        id="portal-username",
    ),
    # health-card numbers after provincial, state and national abbreviations
    case("Her HSN is 712 904 388 per the intake form.", "712 904 388", id="saskatchewan-hsn"),
    case("Front desk has MCP 119 204 877 305 on file.", "119 204 877 305", id="newfoundland-mcp"),
    case(
        "PHIN 204 118 339; YHCIP 002338114 for the move.",
        "204 118 339",
        "002338114",
        id="manitoba-yukon",
    ),
    case("Her CareCard 9123 456 789 is current.", "9123 456 789", id="bc-carecard"),
    case(
        "Renewed TennCare 5541 2290 7 on the portal.",
        "5541 2290 7",
        id="us-state-medicaid-name",
    ),
    # a kind of card between the scheme and its number; a state or service code before it
    case("He shows a DVA gold card QX 118204 at the chemist.", "QX 118204", id="dva-card-code"),
    case(
        "Her Medicaid benefit card 4417 2098 32 expired.",
        "4417 2098 32",
        id="medicaid-benefit-card",
    ),
    # UK National Insurance numbers, with or without spaces
    case("NI QQ 44 19 02 B and ZX882014A noted.", "QQ 44 19 02 B", "ZX882014A", id="ni-number"),
    # licences, badges and professional registrations
    case("Her SIA 1012 3456 7890 1234 lapsed.", "1012 3456 7890 1234", id="sia-licence"),
    case("CDL 88120457 suspended after the DUI.", "88120457", id="commercial-licence"),
    # hospital encounter numbers, abbreviations with their dot, shaped numbers
    case("Admitted under FIN 66120457 overnight.", "66120457", id="encounter-fin"),
    case("Hospital no. KRT7712093 and UR no. 0044718.", "KRT7712093", "0044718", id="no-dot"),
    case("Her SS# 078-05-1120 and his 219-09-9999.", "078-05-1120", "219-09-9999", id="ssn"),
    case("Filed as 3:21-cv-00418-JLR by the firm.", "3:21-cv-00418-JLR", id="federal-case"),
    case("Her tablet 3C:22:FB:10:9A:04 was logged.", "3C:22:FB:10:9A:04", id="mac-address"),
    case("The van (reg KX21 BTA) was towed.", "KX21 BTA", id="uk-plate-after-reg"),
    case("Trades under ABN 33 102 417 032 now.", "33 102 417 032", id="abn-two-digit-group"),
    case("Held as inmate #B229104 at the jail.", "#B229104", id="inmate-hash"),
    # practice systems, status cards, police and school numbers
    case("Open on RiO 7712093 and SystmOne.", "7712093", id="uk-mental-health-record"),
    case("Status card 6220 1185 04 renewed.", "6220 1185 04", id="first-nations-status-card"),
    case("Custody number 01/449120/24 on the sheet.", "01/449120/24", id="custody-number"),
    case("Pupil number K44712093 at the new school.", "K44712093", id="pupil-number"),
    case("WSIB 4471209 approved; ICBC claim OA-44120.", "4471209", "OA-44120", id="claims"),
    case("Her Medicaid ID: 77 004 13826 lapsed.", "77 004 13826", id="two-digit-first-group"),
    case("Filed under #AB-4471 last week.", "#AB-4471", id="hash-letter-prefix"),
    case("A restraining order for 1000 feet.", id="order-distance"),
    # separators between the word and the number: comma after an acronym, dash, equals
    case("Her MRN, 00718822, is old.", "00718822", id="comma-after-acronym"),
    case("NHI—ZZB4471; MRN = 5512093.", "ZZB4471", "5512093", id="dash-and-equals"),
    case("Patient #: 448812 in the chart.", "448812", id="patient-hash"),
    case("Medicare 4417 20983 2/1.", "4417 20983 2/1", id="medicare-issue-number"),
    # an insurer's name before the member number
    case(
        "Covered by Aetna W2281 04471 and Bupa 77120934.", "W2281 04471", "77120934", id="insurers"
    ),
    case("Kaiser Permanente 11029384 through work.", "11029384", id="insurer-two-words"),
    # national identity numbers of other countries
    case(
        "Tazkira 1398-0101-12345; CNIC 35202-1234567-1.",
        "1398-0101-12345",
        "35202-1234567-1",
        id="afghan-pakistani-ids",
    ),
    case(
        "Her CURP GOMA850101HDFRRN09 and DNI 12345678Z.",
        "GOMA850101HDFRRN09",
        "12345678Z",
        id="curp-dni",
    ),
    # a comma after a generic word is a count or a year, not a record number
    case("In this case, 1200 people came; the NHS, 4000 staff.", id="comma-after-generic-word"),
    case("Her tag is BXT 4417 and the plate was ripped.", "BXT 4417", id="plate-after-is"),
    case(
        "UHID 2024-0091234; old HICN 123-45-6789A.", "2024-0091234", "123-45-6789A", id="uhid-hicn"
    ),
    case(
        "The hospital #: A-44719 and Rx number 4471902.",
        "A-44719",
        "4471902",
        id="hospital-hash-rx",
    ),
    case(
        "Visa ****4417 and XXXX-XXXX-0093 on file.",
        "****4417",
        "XXXX-XXXX-0093",
        id="masked-numbers",
    ),
    case(
        "Gave the last 4: 7720; referral no. R-449120.",
        "7720",
        "R-449120",
        id="last-four-and-referral",
    ),
    case("Over the last 4 weeks, last four sessions.", id="last-four-count"),
    case("Visa ending 8812 was charged twice.", "8812", id="card-brand-ending"),
    case("Filed as Cause No. 2023-40418 in Harris.", "2023-40418", id="texas-cause-number"),
    case("USCIS sent EAC2190012345 back.", "EAC2190012345", id="uscis-receipt"),
    case("Rent goes to 02-0500-0123456-001 monthly.", "02-0500-0123456-001", id="nz-bank-account"),
    case("Google Meet: qpw-zrtx-mna at noon.", "qpw-zrtx-mna", id="meet-code"),
    case(
        "Lab accession 24-118-00731 pending; HMIS ID 447102 on file.",
        "24-118-00731",
        "447102",
        id="accession-and-hmis",
    ),
    case(
        "Prior auth 4471-0093 approved; parole number 88120.",
        "4471-0093",
        "88120",
        id="auth-parole",
    ),
    case("She has authorization for 12 sessions; auth for 6 visits.", id="authorization-counts"),
    case("| MRN | 00718822 |\n| NHI:   ZZB4471 |", "00718822", "ZZB4471", id="table-cells"),
    # record words before a code: the code is the record word, or a year, or a grade
    case(
        "Chart: MRN 00519377 only.",
        "00519377",
        id="code-is-record-word",
    ),
    case(
        "Grade AB 12 34 56 E on the sheet; a GMC Sierra 2500 truck.", id="ni-and-truck-look-alikes"
    ),
    case("The HCC 4 cm lesion; work permit for 3 months.", id="carcinoma-and-permit-counts"),
    # context words without an ID after them
    case("The password is long; a plate of rice; the app v2.1 is slow.", id="secret-and-app-words"),
    case("Passcode 12 digits; plate 4 of 6.", id="short-after-plate-and-passcode"),
    case("Account number aside, she owed 3000 dollars.", id="amount-after-record-word"),
    case("Registration 2500 people; seguro social 1500 pesos.", id="counts-after-plate-words"),
    case("In this case 12 sessions were offered.", id="case-count"),
    case("The claim was rated 30% last year.", id="claim-rating"),
    case("Sertraline 50 mg; PHQ-9 = 11.", id="clinical-numbers"),
    # a station's case register number: code, number, month and year
    case("The detective logged it as case no. KWT 77/09/2023.", "KWT 77/09/2023", id="cas-number"),
    # three-group plates (South Africa)
    case("His bakkie (reg JPW 604 NW) was stolen.", "JPW 604 NW", id="three-group-plate"),
    # draft-era US Army service numbers, with or without a record word
    case("Discharge form lists RA 17 330 925 as his number.", "RA 17 330 925", id="army-sn"),
    case("The SN 40281736 is on his tags.", "40281736", id="sn-record-word"),
    case("US 12 cities and NG 3 units.", id="army-prefix-counts"),
    # a record word's "number" and a comma before the number
    case("Her AHCIP number, 66120-4471, is current.", "66120-4471", id="ahcip-number-comma"),
    case("His HSN number, 7712-33019, on the form.", "7712-33019", id="hsn-number-comma"),
    case("The case number, 77310-22, was sent.", "77310-22", id="case-number-comma"),
    case("In that case, 120000 people came; her account, 12 sessions.", id="comma-counts"),
    # federal employee, inspection and agency case numbers
    case("Her PRI 517 880 204 is on the claim.", "517 880 204", id="pri"),
    case("OSHA Inspection No. 2210458 closed.", "2210458", id="inspection-no"),
    case("The inspection number 1120934 is cited.", "1120934", id="inspection-number"),
    case("An inspection 3 weeks ago; the inspection 12 times.", id="inspection-without-number"),
    case("PSHCP cert. 0091177324 covers it.", "0091177324", id="plan-certificate"),
    # a year and a letter code before the number (workers' compensation, civil dockets)
    case("Her IWCC case 24 WC 031175 is open.", "24 WC 031175", id="wc-case"),
    case("Filed as case 2023 CV 004412 in county court.", "2023 CV 004412", id="cv-case"),
    case("That case 12 MG daily.", id="case-dose-look-alike"),
    # an agency's coded case number after a hash sign
    case("CPS opened it (#TN-DCS-23-550912) after that.", "#TN-DCS-23-550912", id="agency-hash"),
    case("Intake #CFSA-2024-00871 was screened.", "#CFSA-2024-00871", id="agency-hash-year"),
    case("She posts #COVID-19 and #BLM memes.", id="hashtags"),
    # note shorthand for hospital, unit, staff and bank numbers
    case("hosp no K123456; unit no. 4471203", "K123456", "4471203", id="hosp-and-unit-no"),
    case("Emp no. 44811, staff ID E12345.", "44811", "E12345", id="staff-numbers"),
    case("BSB: 032-001, Acc: 445566", "032-001", "445566", id="bsb-and-acc"),
    case("Finished unit 4 of the course; unit number 2 next.", id="unit-without-number"),
    # New Zealand NHI in its old and 2022 shapes
    case("NHI AAA1234; her NHI is ZAC12AB.", "AAA1234", "ZAC12AB", id="nhi-shapes"),
    case("The NHI is ZA12; NHI OIL12AB.", id="nhi-look-alikes"),
    # a sort code has a date's shape; after "sort code" it is a bank number
    case("sort code 40-11-62 acct 31926819", "40-11-62", "31926819", id="sort-code"),
    # a court's file number and two-digit year; Western Cape and Irish plates
    case("court file FAM 123/24 listed", "FAM 123/24", id="court-file-year"),
    case("plate CA 123-456; reg. 191-D-4412", "CA 123-456", "191-D-4412", id="wc-and-irish-plates"),
    case("Medicare No 2123 45670 1-2 on file", "2123 45670 1-2", id="medicare-issue-after-dash"),
    case("Court no. 2024/FL/1234 listed", "2024/FL/1234", id="court-no"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_id_spans(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The file 12/3/2024 review went well.", id="date-after-file-word"),
        pytest.param("Her case no. 12/04/2023 is when it began.", id="date-after-case-number"),
        pytest.param("Her file 12-03-24 review.", id="dashed-date-after-file-word"),
        pytest.param("Her case number came up in 2023 sessions.", id="year-before-count"),
        pytest.param("Her case HR 2024 is closed.", id="year-after-a-code"),
        pytest.param(
            "Kids meet ten-year-old peers; got a visa in 300 days.", id="meet-visa-look-alikes"
        ),
    ],
)
def test_dates_and_years_after_record_words_are_not_ids(spans, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == ID] == []
