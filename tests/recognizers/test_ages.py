"""AgeRecognizer: exact spans of ages, and the numbers that are not ages."""

from __future__ import annotations

import pytest

from recognizers.entities import AGE


def at(text: str, part: str, occurrence: int = 1) -> tuple[str, int, int]:
    """(AGE, start, end) of the n-th occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return (AGE, start, start + len(part))


def case(text: str, *parts: str | tuple[str, int], id: str):  # type: ignore[no-untyped-def]
    expected = sorted(at(text, *p) if isinstance(p, tuple) else at(text, p) for p in parts)
    return pytest.param(text, expected, id=id)


CASES = [
    case("The client is a 34yo parent of two.", "34yo", id="yo"),
    case("Presenting: 41 y/o, single, no children.", "41 y/o", id="y/o"),
    case("She is a 63-year-old widow.", "63-year-old", id="year-old"),
    case("He was 19 years old then.", "19 years old", id="years-old"),
    case("First seen aged 34, again at age 13.", "aged 34", "13", id="aged-age"),
    case("Our client (age 15) and her son (7) attended.", "15", "7", id="bracket-age-and-child"),
    case("Two kids (6 and 3) live with mum.", "6", "3", id="bracket-list"),
    case("Referral: 34M with panic.", "34M", id="age-sex"),
    case("He turned 60 in spring, and she's 89 now.", "60", "89", id="turned-and-is"),
    case("The boyfriend, 19, is known to police.", "19", id="after-noun-commas"),
    case("Depression began at 17, treated with therapy.", "17", id="life-event-at"),
    case("In foster care from 7 to 17 with three moves.", "7 to 17", id="from-to"),
    case("Our client is a 93-year-old widow.", "93-year-old", id="over-89"),
    case(
        "A thirty-four-year-old parent, 34-yo.",
        "thirty-four-year-old",
        "34-yo",
        id="spelled-and-hyphen-yo",
    ),
    case("She will turn 40 soon.", "40", id="will-turn"),
    case("She is 34 years of age.", "34 years of age", id="years-of-age"),
    case("When the client was 16, her father left.", "16", id="person-word-was"),
    case("Her grandad is 88; he still drives.", "88", id="kin-is"),
    case("Her grandad, 88 – still drives.", "88", id="name-comma-dash"),
    case("She grew up north, came out at 20, and moved.", "20", id="at-after-grew-up"),
    case("Started an SNRI at 16 in a crisis.", "16", id="at-after-drug-class"),
    case("Wondering if exposure is too much at 88 or not.", "88", id="at-before-or"),
    case("He's now 10 wks, feeding well.", "10 wks", id="infant-weeks"),
    case("Her son is 8 months and crawling.", "8 months", id="infant-months"),
    case("A 6-week-old and a 10 days old baby.", "6-week-old", "10 days old", id="weeks-old"),
    case("Their boy is 3½ and talkative.", "3½", id="half-year"),
    case("Elle a 80 ans et vit seule.", "80 ans", id="french-ans"),
    # numbers that are not ages
    case("Pain was 7, down from 9. Mood is 4. Stage is 2.", id="measure-is"),
    case("She's 29 weeks with her second; he is 6 weeks sober.", id="pregnancy-sobriety"),
    case("Breakfast at 7 in the morning; the BDI at 30, then 22.", id="time-and-scale-at"),
    case("Rent was 900, due monthly; the session was 50 minutes.", id="money-and-minutes"),
    case(
        "Sertraline 50 mg; PHQ-9 = 13; GAD-7 is 15; 12 sessions so far.", id="doses-scores-sessions"
    ),
    case("She is 5 weeks pregnant and was 3 days late.", id="durations-after-is"),
    case("She is in her 30s; her mother is mid-40s.", id="already-general"),
    case("Her PHQ-9: at intake, 18, now 9, still high.", id="score-list"),
    case("Scores went from 17 to 6 after treatment.", id="score-change"),
    case("Urges were rated at 12, then at 8.", id="rating-at"),
    case("He drinks heavily (AUDIT 23) and smokes (cigarettes 20).", id="scale-in-brackets"),
    case("Two pregnancies (2), both at term; goals (3) agreed.", id="counts-in-brackets"),
    case("She's 5'4\" and he is 6’1 tall.", id="heights"),
    case("Her score was 14 at 12 weeks.", id="weeks-after-at"),
]


#: Ages beside names: only the AGE spans are compared (the names are NameRecognizer's).
NAMED_CASES = [
    case("R.J. is 27 and works nights.", "27", id="initials-is"),
    case("Both kids (Noor Ali, 6) and (Tom Ali, 8) came.", "6", "8", id="name-comma-bracket"),
    case("Nephew Sam, 12. Lives nearby.", "12", id="name-comma-full-stop"),
    case('His son "Finny" (4) stays over.', "4", id="bracket-after-quote"),
    case("Her DAS was 84; his was 101. Sam's was 90.", id="possessive-score"),
    case('Client: Omar Haddad ("Om"), 52 yrs, DOB 3/3/1972.', "52 yrs", id="years-in-a-header"),
    case("Worked at Tarn Mills, 44 years, retired since.", id="years-of-work-after-a-name"),
    case("Lives w/ 3 kids (Mira 15, Sami 11 and Lina 4).", "15", "11", "4", id="kin-name-age-list"),
    case("Kids: Theo 9, Ruby 7.", "9", "7", id="kin-label-name-age-list"),
    case("Children (Year 10, Year 7) at the local school.", id="school-years-not-ages"),
    case("How to hold hope when at 92 every week brings loss?", "92", id="adult-age-after-at"),
    case("Seen at 16 Elm Road, and at 10 tomorrow.", id="address-and-time-after-at"),
    case("He was 1 of 12 passengers that day.", id="one-of-a-count"),
    case("Trabajó 20 años de costurera; tiene 80 años.", "80 años", id="años-de-is-a-duration"),
]


@pytest.mark.parametrize("text, expected", NAMED_CASES)
def test_age_spans_beside_names(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == AGE] == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_age_spans(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        pytest.param("A 93-year-old widow.", "direct", id="92-direct"),
        pytest.param("Her mother, 91, lives alone.", "direct", id="91-direct"),
        pytest.param("A ninety-two-year-old widow.", "direct", id="spelled-92-direct"),
        pytest.param("A 89-year-old widow.", "quasi", id="89-quasi"),
    ],
)
def test_age_kind(pattern_analyzer, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    (finding,) = pattern_analyzer.analyze(text)
    assert (finding.entity, finding.kind) == (AGE, kind)


#: A baby's age in weeks or months after a comma or a bracket (ages only are compared).
INFANT_CASES = [
    case("Second child (a girl, 7 wks) feeds well.", "7 wks", id="infant-word-comma"),
    case("Their newborn (5 weeks) is colicky.", "5 weeks", id="infant-word-bracket"),
    case("Her son (now 10 months) has started crawling.", "10 months", id="bracket-now"),
    case("Kids are Omar (5) and Lina, now 8 wks, at home.", "5", "8 wks", id="name-now"),
    case("Restarted sertraline, now 6 wks.", id="medication-now-not-age"),
    case("The baby, 5 weeks postpartum, sleeps.", id="postpartum-not-age"),
    case("Annual leave (6 weeks) ends soon.", id="leave-not-infant"),
    case("Her partner, now 9 months sober, helps.", id="sober-not-age"),
]


@pytest.mark.parametrize("text, expected", INFANT_CASES)
def test_infant_ages(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == AGE] == expected


#: Round 4: bare ages in family lists and headers, ages of onset, life events at an age,
#: a baby's age in months in brackets (ages only are compared).
ROUND4_CASES = [
    case("Two sons – Marek 14, Tomek 9. Lives nearby.", "14", "9", id="kin-dash-list"),
    case("Kids: Tui 8, Mere 5.", "8", "5", id="kin-label-list-full-stop"),
    case("- ana lopes, 17 (dob 02/03/2008), yr 12.", "17", id="lower-name-before-dob"),
    case("Ref 4471. 31, DOB 12/12/1993, lives alone.", "31", id="bare-before-dob"),
    case("Room 12, DOB on file.", id="room-before-dob"),
    case("Jo 16 (dob 1/2/2008) lives at home.", "16", id="name-age-before-dob"),
    case("Bed 14 (DOB 1/2/1950) on the ward.", id="bed-before-dob"),
    case("She has smoked since 13, and vapes now.", "13", id="smoked-since"),
    case("He has been gambling since 16 when he got a job.", "16", id="gambling-since"),
    case("Awake since 4. Up since 5 and tired.", id="time-since"),
    case("Onset around 12 with school stress.", "12", id="onset-around"),
    case("Symptoms started at about 14, after a move.", "14", id="started-at-about"),
    case("He went overseas at 20 and came back.", "20", id="went-overseas-at"),
    case("She went underground at 18 as a miner.", "18", id="at-as-a"),
    case("He wakes at 5 as a rule.", id="time-as-a-rule"),
    case("Scores went down at 8 weeks.", id="score-went-down-at"),
    case("Can she start again at 67?", "67", id="at-question"),
    case("Her boys, Tai (3) and Rua (9 mo), live with her.", "3", "9 mo", id="infant-months"),
    case("Daughter Lily (5 wks) is feeding well.", "5 wks", id="infant-weeks-bracket"),
    case("Restarted Zoloft (6 weeks) last month.", id="medication-weeks"),
]


@pytest.mark.parametrize("text, expected", ROUND4_CASES)
def test_age_round4(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == AGE] == expected


#: Spelled-out ages, ages after a name set off by commas or a bracket, a second age in the
#: same "was N when" frame, a sentence opening "At 85", and "37y" in notes.
SPELLED_AND_SET_OFF_CASES = [
    case("He is seventy-two and lives alone.", "seventy-two", id="spelled-is"),
    case("She was nineteen when she left home.", "nineteen", id="spelled-was-when"),
    case("Mum turned sixty in June.", "sixty", id="spelled-turned"),
    case("Tom, aged fifty-five, retired early.", "fifty-five", id="spelled-aged"),
    case("Her son, now twelve, refuses school.", "twelve", id="kin-now-spelled"),
    case("His nan, now 97, still drives.", "97", id="kin-now-digits"),
    case("Her ex, Darren, is 48.", "48", id="name-commas-is"),
    case("Thandi (her chosen name) is 29, and studying.", "29", id="name-bracket-is"),
    case("She was 14 when it began and 16 when she told.", "14", "16", id="second-when"),
    case("At 85 she still gardens.", "85", id="sentence-at"),
    case("dob 03.04.1987; 37y; lives alone", "37y", id="y-in-notes"),
    # not ages
    case("Her dad left when she was six.", "six", id="spelled-when-clause"),
    case("When he was two, they moved.", "two", id="spelled-when-clause-opening"),
    case("When she was one of two girls in class.", id="when-was-one-of"),
    case("He is one of five children.", id="spelled-one-of"),
    case("She was twenty minutes late; he was two hours late.", id="spelled-duration"),
    case("He turned one corner and then another.", id="turned-one-corner"),
    case("It was fifteen past nine when she rang.", id="spelled-time"),
    case("At 18 weeks she had a scan. At 10 she wakes up.", id="sentence-at-weeks-or-time"),
    case("Her score, now 14, is lower.", id="measure-now"),
    case("GAD-7 was 14 when she started and 9 when she finished.", id="score-when-frame"),
    case("Drinking over 5y; for 3y; hx 10y.", id="y-durations"),
]


@pytest.mark.parametrize("text, expected", SPELLED_AND_SET_OFF_CASES)
def test_spelled_and_set_off_ages(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == AGE] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        case("His brother TJ (19) is in custody.", "19", id="letter-pair-bracket"),
        case("Her son AJ is 7.", "7", id="letter-pair-is"),
        case("The PHQ (19) and the GAD (12) were high.", id="acronym-bracket"),
        case("kids: 2 (jas 12, noor 8), both at school", "12", "8", id="lower-names-bracket"),
        case("Two kids, 9 and 12. Sleeping 5 hours.", "9", "12", id="counted-kin-ages"),
        case("3 boys: 4, 7 and 10.", "4", "7", "10", id="counted-kin-colon"),
        case("Two sessions, 9 and 12.", id="counted-sessions"),
        case("Session moved to Tuesday at 4.", id="weekday-at-time"),
        case("He wakes at 5 and runs.", id="wakes-at-time"),
        case("She left home at 16.", "16", id="left-home-at"),
        case("Dad left at 9 and never came back.", "9", id="left-at"),
    ],
)
def test_ages_of_two_initial_nicknames(spans, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == AGE] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        case('I bring Gen Tan — "Gen" — 36, whom I see weekly.', "36", id="after-quoted-nickname"),
        case('He calls it "Plan B" - 12 steps.', id="quoted-phrase-count"),
    ],
)
def test_age_after_a_quoted_nickname(spans, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == AGE] == expected


#: Round 6: bare ages after kin in notes, sex-and-age headers, ages after plural kin, small
#: spelled-out ages after kin, a bracketed age after a date of birth, names with accents,
#: infant ages after a named baby, and passive life events at an age.
ROUND6_CASES = [
    case("sister 19, brother 22, both at home", "19", "22", id="kin-bare-number"),
    case("Genogram: maternal grandmother 88, grandad deceased.", "88", id="grandmother-bare"),
    case("Household: mum 41, stepdad 45 and half-sister 3.", "41", "45", "3", id="household"),
    case("Lives with dad 52 and nan 79.", "52", "79", id="kin-and-kin"),
    case("- Karen (mum) 52\n- Phil (dad) 55", "52", "55", id="bracketed-kin-number"),
    case("- Mum: Karen, 52\n- Dad: Phil, 55", "52", "55", id="name-comma-line-end"),
    case("kids 4 and 6, shared care with ex", "4", "6", id="plural-kin-list"),
    case("Her kids are 3 and 5. The twins are 6.", "3", "5", "6", id="plural-kin-are"),
    case("Referral: M 52, chronic back pain.", "52", id="sex-then-age"),
    case("Referred by mum (F, 38).", "38", id="sex-comma-age-bracket"),
    case("Pt: 29/F, married. Pt: 34/M", "29/F", "34/M", id="age-slash-sex"),
    case("pt 34, f, presents w/ panic; pt 52m, c/o pain", "34", "52m", id="pt-age-sex"),
    case("Client: 34yrs, single, works nights.", "34yrs", id="years-after-colon"),
    case("Age & gender: 37, female", "37", id="age-and-gender"),
    case("DOB 12/03/1987 (37)", "37", id="bracket-after-dob"),
    case("Her daughter is three and her son is five.", "three", "five", id="kin-is-small-spelled"),
    case("Her younger brother is twelve.", "twelve", id="kin-is-twelve"),
    case("Siobhán is 23 and studies in Galway.", "23", id="accented-name-is"),
    case("Baby Aria, 6 weeks, feeding well.", "6 weeks", id="named-baby-comma-weeks"),
    case(
        "Her baby is six weeks old; a ten-day-old.",
        "six weeks old",
        "ten-day-old",
        id="spelled-weeks-old",
    ),
    case("He started drinking at 14 and was daily by 17.", "14", "17", id="daily-by"),
    case("She was adopted at 2 from Romania.", "2", id="adopted-at-from"),
    case("He was diagnosed at 7 and medicated at 8.", "7", "8", id="diagnosed-at"),
    # numbers that are not ages
    case("Dad 1, mum 0 on the warmth scale; mum 8, dad 6.", id="kin-one-digit-ratings"),
    case("Mum 100% supportive. Dad 24/7 on call. Mum 3x this week.", id="kin-percent-and-rate"),
    case("Mum 021 555 0198; Dad 555-0142.", id="kin-phone"),
    case("Brother 10/10 on the fear ladder; sister 2 of 4.", id="kin-score-and-rank"),
    case("Her kids are 2 hours away; the twins are 6 weeks early.", id="plural-kin-durations"),
    case("kids 2, both under school age", id="kids-count"),
    case("Grade: F, 12 absences this term.", id="grade-letter"),
    case("She arrives at 4 most days, leaves at 6.", id="routine-at-time"),
    case("SUDS was at 70, then at 40.", id="suds-series"),
    case("The pain was rated at 7; her anxiety was at 8.", id="rated-at"),
]


@pytest.mark.parametrize("text, expected", ROUND6_CASES)
def test_age_round6(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in spans(text) if s[0] == AGE] == expected
