"""CalendarDateRecognizer span tables, and devset recall of all structured-identifier families."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from recognizers.entities import DATE


def at(text: str, part: str, occurrence: int = 1) -> tuple[str, int, int]:
    """(DATE, start, end) of the n-th occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return (DATE, start, start + len(part))


def case(text: str, *parts: str, id: str):  # type: ignore[no-untyped-def]
    return pytest.param(text, sorted(at(text, p) for p in parts), id=id)


CASES = [
    case("Seen on 3/14 and again on 11/2.", "3/14", "11/2", id="numeric-partial"),
    case("Meeting on 17/10/2022, intake 12/3/23.", "17/10/2022", "12/3/23", id="numeric-with-year"),
    case("Admitted on 2023-09-18.", "2023-09-18", id="iso"),
    case("Relapse on March 14th, and again Dec 3.", "March 14th", "Dec 3", id="month-day"),
    case("Injured on Aug 23, 2009 at work.", "Aug 23, 2009", id="month-day-year"),
    case(
        "It started in Sept '23 and in November 2023.", "Sept '23", "November 2023", id="month-year"
    ),
    case("Baby born 11 Jan; review on 5 February.", "11 Jan", "5 February", id="day-month"),
    case("Date: Thursday 9 May 2024", "Thursday", "9 May 2024", id="weekday-and-date"),
    case("She started sertraline in February.", "February", id="month-alone"),
    case(
        "Symptoms eased in April and by late October.",
        "April",
        "late October",
        id="ambiguous-after-time-word",
    ),
    case("Off work since mid-November.", "mid-November", id="mid-month"),
    case("For Monday's meeting; see you Friday.", "Monday", "Friday", id="weekday"),
    case("Notes for wed group; consult Thurs.", "wed", "Thurs", id="weekday-abbrev"),
    case("Last Monday she called.", "Last Monday", id="anchored-weekday"),
    case("Her father died next Christmas.", "next Christmas", id="holiday"),
    case(
        "It began the week after Thanksgiving 2023.",
        "the week after Thanksgiving 2023",
        id="anchored-holiday",
    ),
    case(
        "It was harder during Diwali, Eid and Canada Day.",
        "Diwali",
        "Eid",
        "Canada Day",
        id="regional-holidays",
    ),
    case("Quiet over the Waitangi Day weekend.", "the Waitangi Day weekend", id="holiday-weekend"),
    case("Self-harm since February half-term.", "February half-term", id="school-term"),
    case("Panic began in the autumn of 2019.", "autumn of 2019", id="season-year"),
    case("One passive statement last autumn.", "last autumn", id="anchored-season"),
    case("Consult on the 27th.", "the 27th", id="day-of-month"),
    case("Emigrated in 1979; served 2004–2006.", "1979", "2004–2006", id="years"),
    case(
        "Logged 2023/12/03 and since 2/2024.",
        "2023/12/03",
        "2/2024",
        id="year-first-and-month-year",
    ),
    case("Stamped 2000-04-16 11:34:35 by the portal.", "2000-04-16 11:34:35", id="iso-with-time"),
    case("Diagnosed in mid-2022.", "mid-2022", id="year-with-prefix"),
    case("Sober until 2012 and after 2008.", "2012", "2008", id="years-after-prepositions"),
    # lower-case notes: a month needs a day number, a year or a time word beside it
    case("rv 9 march, again the 4th of may.", "9 march", "the 4th of may", id="lower-day-month"),
    case("next rv june 12; ended oct 2021.", "june 12", "oct 2021", id="lower-month-day-year"),
    case("low since last may; better in feb.", "last may", "feb", id="lower-month-time-word"),
    case("plan to stop by mid-march.", "mid-march", id="lower-mid-month"),
    case("seen thurs 8/2 re sleep.", "thurs", "8/2", id="lower-weekday-before-date"),
    case(
        "tough over the christmas break and at easter.",
        "the christmas break",
        "easter",
        id="lower-holidays",
    ),
    case("She may 5 times a day? no: may be 5.", id="may-verb-before-number"),
    case("may I ask; we march on in the short term.", id="lower-month-words-as-verbs"),
    case("It may help; this may not last.", id="lower-may-modal"),
    case(
        "She lent him money; her mother's day was long; a family day out.",
        id="capitalized-only-holidays",
    ),
    # school terms and holidays of many countries
    case(
        "Struggled in term 2 and Term 3 holidays.",
        "term 2",
        "Term 3 holidays",
        id="school-term-number",
    ),
    case("Since the summer hols she is calmer.", "the summer hols", id="season-holidays"),
    case(
        "Worse at Orthodox Easter, Tết and Eid al-Adha.",
        "Orthodox Easter",
        "Tết",
        "Eid al-Adha",
        id="religious-holidays",
    ),
    case(
        "Off on Town Meeting Day, Louis Riel Day and the grand final weekend.",
        "Town Meeting Day",
        "Louis Riel Day",
        "the grand final weekend",
        id="regional-holidays-more",
    ),
    case("Away over the bank holiday weekend.", "the bank holiday weekend", id="bank-holiday"),
    case(
        "Term limits were set for a 3-week course; in the short term 2 visits.",
        id="term-not-school-term",
    ),
    # stretches of time pinned to a calendar name
    case(
        "It got worse the second week of October and the last weekend of july.",
        "the second week of October",
        "the last weekend of july",
        id="ordinal-week-of-month",
    ),
    case(
        "Three days before his anniversary in May he drank.",
        "Three days before his anniversary in May",
        id="count-before-occasion-in-month",
    ),
    case("Two days before her birthday she called.", id="occasion-without-calendar-name"),
    case("Sertraline 50 mg; PHQ-9 = 14 in week 3.", id="dose-score-week"),
    # timing that is not a calendar date
    case("Seen twice weekly for 3 weeks; 12 sessions so far.", id="durations"),
    case("It started three weeks ago, or last year.", id="relative-without-name"),
    case("Group meets every Tuesday and on Thursdays.", id="recurring-weekdays"),
    case("Take 1/2 tablet on the 1st of the month.", id="fractions-and-monthly"),
    case("Pain rated 7/10; available 24/7; urges at 3-4/5.", id="ratings"),
    case("Results may vary; they march on.", id="month-words-as-verbs"),
    case("Sertraline 2000 mg is not a year; the 3rd session went well.", id="dose-and-ordinal"),
    case("Curfew at 2100; med pass 2000 hours.", id="clock-times"),
    case("They wed young, and she sat quietly.", id="lowercase-weekday-words"),
    # weekday abbreviations standing alone or with a bare ordinal
    case("notes for fri supervision; tues works too.", "fri", "tues", id="lower-abbrev-alone"),
    case("moved the mon group to wed session.", "mon", "wed", id="lower-word-before-meeting"),
    case(
        "He drives back Sat and calls by Sun night.", "Sat", "Sun", id="weekend-abbrev-mid-sentence"
    ),
    case("Sun Life paid. Sat down with her. The Sun ran it.", id="sun-sat-not-days"),
    case(
        "Review booked for Weds 12th, then Friday the 3rd.",
        "Weds 12th",
        "Friday the 3rd",
        id="weekday-ordinal",
    ),
    case(
        "Sees dad every second Sat; class Mon/Wed/Fri, group tues/thurs.",
        id="recurring-and-timetable-weekdays",
    ),
    case("Sunday-night dread and Friday-morning panic.", id="weekday-compound-habit"),
    # numeric pairs: dates by their neighbours, not scores, progress or fractions
    case(
        "Release signed 11/11; began lithium 300 mg 1/4; the panel was 6/3.",
        "11/11",
        "1/4",
        "6/3",
        id="pair-after-date-cue-dose-or-verb",
    ),
    case(
        "SCOFF 3/5, CAGE was 2/4, meets 6/9 criteria, now at module 5/12.",
        id="pair-scores-criteria-progress",
    ),
    case("Off work 3/7 days; half done on 2/3 tasks; stuck on 1/2.", id="pair-duration-fraction"),
    pytest.param(
        "Rated mood 10/10 on the day she moved in on 10/10.",
        [(DATE, 44, 49)],
        id="pair-out-of-ten-vs-date",
    ),
    # ranges, phases and seasons
    case("Away Sept 9–12, then 3-5 October.", "Sept 9–12", "3-5 October", id="day-ranges"),
    case(
        "Drinking rose in early 2018 and fell by mid-Jun.",
        "early 2018",
        "mid-Jun",
        id="phase-year-and-month",
    ),
    case(
        "Cannot visit until winter; calmer since break-up of the ice; hurt after the fall.",
        "winter",
        "break-up of the ice",
        id="season-after-time-word",
    ),
    case(
        "Unwell since the fall of Saigon, every spring; seen after fall at home.",
        id="season-not-a-time",
    ),
    # holidays of other traditions, and holiday words inside public names
    case(
        "Relapsed at Ugadi, then around Theophany and on Día de Reyes.",
        "Ugadi",
        "Theophany",
        "Día de Reyes",
        id="more-traditions",
    ),
    case(
        "Worse before Timkat, after Guy Fawkes Night and over reading week.",
        "Timkat",
        "Guy Fawkes Night",
        "reading week",
        id="festivals-and-university-weeks",
    ),
    case("She likes reading. Week two was hard.", id="reading-then-week"),
    case("Marches on the Twelfth upset her.", "the Twelfth", id="the-twelfth"),
    case(
        "Read about the Easter Rising, the Tet Offensive and Bloody Sunday; at the Twelfth Step.",
        id="holiday-words-in-public-names",
    ),
    case("She cooked pongal for us at Thai Pongal.", "Thai Pongal", id="pongal-dish-vs-festival"),
    case(
        "rough on father's day and over lent.",
        "father's day",
        "lent",
        id="lower-cap-holiday-after-prep",
    ),
    # French dates in bilingual notes
    case(
        "Revu mardi 4 juin; décès en avril 2021; retour début sept.",
        "mardi 4 juin",
        "avril 2021",
        "début sept",
        id="french-dates",
    ),
    case(
        "Hospitalisée le 1er déc, sortie la veille de Noël.",
        "le 1er déc",
        "la veille de Noël",
        id="french-ordinal-holiday",
    ),
    case("la semaine après Pâques elle a rechuté", "la semaine après Pâques", id="french-stretch"),
    # military, lab and spreadsheet dates; quarters; month ranges; compact dates
    case(
        "DOB 09APR1958; seen 2 OCT 23, labs 14-Feb-2024 and 7-Jun.",
        "09APR1958",
        "2 OCT 23",
        "14-Feb-2024",
        "7-Jun",
        id="military-and-lab-dates",
    ),
    case("Hours were cut in Q2 2024 and again 2025 Q1.", "Q2 2024", "2025 Q1", id="quarters"),
    case("Worst from Oct–Dec, better Jan-Mar.", "Oct–Dec", "Jan-Mar", id="month-ranges"),
    case("Discharged on 20230917 to home.", "20230917", id="compact-date"),
    case("Seen March the 3rd, alone.", "March the 3rd", id="month-the-ordinal"),
    case("A 12-Marker set; 3-Mayfield; 10 MAR 500 units.", id="abbreviated-month-look-alikes"),
    # Spanish and Portuguese dates in bilingual notes
    case(
        "Revisión el jueves 3 de abril; murió en marzo de 2020; volvió a mediados de junio.",
        "jueves 3 de abril",
        "marzo de 2020",
        "mediados de junio",
        id="spanish-dates",
    ),
    case(
        "Chegou em 5 de julho de 1999, numa quarta-feira.",
        "5 de julho de 1999",
        "quarta-feira",
        id="portuguese-dates",
    ),
    case("Llegaron en el 80; la crisis del 94.", "80", "94", id="spanish-two-digit-years"),
    case("Back in '71, and unwell since '05.", "'71", "'05", id="apostrophe-years"),
    case(
        "They ate at the mar y tierra place; a set of out-takes; weeks ago.",
        id="spanish-month-look-alikes",
    ),
    # weekday ranges and named weekly meetings recur; a meeting with "the" alone is a day
    case("She works Mon–Fri and is away Sat-Sun.", id="weekday-ranges"),
    case(
        "Goes to the Tuesday Eastside mtg and the Thursday AA meeting.", id="named-weekly-meetings"
    ),
    case("Notes for the Friday consult.", "Friday", id="the-weekday-consult"),
    case(
        "Missed Friday prayers and Sunday school; read the Sunday Times.",
        id="weekly-observances-and-papers",
    ),
    # a two-digit year after an abbreviated month, unless a count's noun follows
    case("Enlisted 14 Mar 71 in a hurry.", "14 Mar 71", id="day-month-two-digit-year"),
    case("Discharged 9 Sept 66. Went home.", "9 Sept 66", id="two-digit-year-sentence-end"),
    # the tropical north's seasons as names, after "the" or an anchor word
    case("Worse since the last Dry, he says.", "the last Dry", id="anchored-tropical-season"),
    case("Drinks more during the Wet.", "the Wet", id="the-tropical-season"),
    case("The soil was dry, then wet; the Dry Gully road.", id="dry-and-wet-as-words"),
    case("Home for the June school hols.", "the June school hols", id="month-school-holidays"),
    # a lower-case month that is no verb, before "on": "from feb on"
    case("off work from feb on, back now", "feb", id="lower-month-before-on"),
    case("they will march on friday; may be fine", "friday", id="verb-months-before-on"),
    # a part of the month: "the start of", "the middle of", "Early", "the tail end of"
    case(
        "She left at the start of September and was back by the middle of March.",
        "the start of September",
        "the middle of March",
        id="start-and-middle-of-month",
    ),
    case(
        "Early March was worst; the tail end of May too.",
        "Early March",
        "the tail end of May",
        id="phase-before-ambiguous-month",
    ),
    case("Her late June was kind; his late April too.", id="late-before-a-name"),
    # long weekends and regional public days
    case(
        "Away over Waitangi weekend and the May long weekend.",
        "Waitangi weekend",
        "the May long weekend",
        id="long-weekends",
    ),
    case(
        "On Day of Goodwill and Mandela Day he drank.",
        "Day of Goodwill",
        "Mandela Day",
        id="south-african-public-days",
    ),
    case("Seen on St. David's Day.", "St. David's Day", id="saints-day-with-dot"),
    case(
        "At her dad's in the school holidays in July.",
        "the school holidays in July",
        id="holidays-in-month",
    ),
    case("Reads the Sunday paper; the 2nd dose is due.", id="sunday-paper-and-second-dose"),
    # day ranges joined by words, days of the month in words
    case(
        "Inpatient 3 to 7 March; off 2 to 3 weeks; 2 to 4 mg.", "3 to 7 March", id="day-range-words"
    ),
    case(
        "On the twelfth of March, not March the third.",
        "the twelfth of March",
        "March the third",
        id="ordinal-words",
    ),
    case("Seen on the first of the month; the second of three.", id="ordinal-words-no-month"),
    # "Monday week", "last Sat", "Christmas '19", "the 2022/23 school year", "born '88"
    case("Review Monday week; week of 4 March.", "Monday week", "4 March", id="weekday-week"),
    case("last Sat we spoke, next Sun too", "last Sat", "next Sun", id="anchored-sat-sun"),
    case("Christmas '19 was bad.", "Christmas '19", id="holiday-two-digit-year"),
    case("In the 2022/23 school year; not 2019/21.", "2022/23", id="school-year-slash"),
    case("She was born '88 up north.", "'88", id="born-apostrophe-year"),
    # a numbered term with its year; "sem" in notes
    case("2nd in uni (sem 2 2014); Term 1, 2023.", "sem 2 2014", "Term 1, 2023", id="term-year"),
    case("sem 3 sessions left; seminar 2.", id="sem-count"),
    # a bare season after "over"; not its weather or things
    case(
        "Over the summer she worked; over winter too.",
        "the summer",
        "winter",
        id="season-after-over",
    ),
    case("Faints over the summer heat; worse over winter months.", id="season-weather"),
    # subscale scores listed together: a neighbour that is no date
    case("SMQ school 0/9, home 17/18, public 3/12.", id="subscale-score-list"),
    case("Seen 3/12, then 14/27 on the PHQ.", "3/12", id="date-beside-score-with-cue"),
    # note shorthand for a part of the month
    case(
        "Review date: end Feb; start Jan she moved.", "end Feb", "start Jan", id="end-start-month"
    ),
    case("The weekend May 3; a start-up May be.", "May 3", id="end-start-inside-words"),
    case(
        "Ran away in the T3 break; T2 hols.", "the T3 break", "T2 hols", id="term-shorthand-break"
    ),
    case("Her T3 and T4 levels are normal.", id="thyroid-t3"),
    # a year before a public event's name belongs to the event
    case("Laid off in the 2023 UAW strike.", id="year-in-public-event"),
    case("Lost the 2019 election; in 2020 he went on strike.", "2019", "2020", id="year-not-event"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_date_spans(spans, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        pytest.param("Emigrated in 1979.", "quasi", id="year-quasi"),
        pytest.param("Served 2011–2015.", "quasi", id="range-quasi"),
        pytest.param("Laid off in late 2019.", "quasi", id="phase-year-quasi"),
        pytest.param("Laid off in mid-Oct.", "direct", id="phase-month-direct"),
        pytest.param("Seen on 12/3/2023.", "direct", id="full-date-direct"),
        pytest.param("Back in November.", "direct", id="month-direct"),
        pytest.param("Came over in '66.", "quasi", id="apostrophe-year-quasi"),
    ],
)
def test_date_kind(pattern_analyzer, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    (finding,) = pattern_analyzer.analyze(text)
    assert (finding.entity, finding.kind) == (DATE, kind)


@functools.cache
def _devset_coverage(path: str) -> tuple[tuple[str, str, bool], ...]:
    """(case id, label, strictly covered) for every gold span, analysed once per session."""
    from casepres.analysis import get_pattern_analyzer

    analyzer = get_pattern_analyzer()
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        text = case["text"]
        covered = bytearray(len(text))
        for f in analyzer.analyze(text):
            covered[f.start : f.end] = b"\x01" * (f.end - f.start)
        for span in case["spans"]:
            chars = range(span["start"], span["end"])
            ok = all(covered[i] for i in chars if text[i].isalnum())
            rows.append((case["id"], span["label"], ok))
    return tuple(rows)


@pytest.mark.parametrize("label", ["AGE", "DATE", "PHONE", "ID", "SOCIAL_HANDLE", "ADDRESS"])
def test_devset_strict_recall(devset_gold: Path, label: str) -> None:
    """Every letter and digit of nearly every gold span of the structured families is flagged.

    Runs the spaCy-free pattern analyzer, so it measures these recognizers alone.
    """
    rows = [r for r in _devset_coverage(str(devset_gold)) if r[1] == label]
    missed = [case_id for case_id, _, ok in rows if not ok]  # ids only: no case text in output
    assert rows
    assert 1 - len(missed) / len(rows) >= 0.95, (
        f"{label}: missed {len(missed)}/{len(rows)} in {missed}"
    )


def test_spanish_month_words_alone_are_not_dates(spans) -> None:  # type: ignore[no-untyped-def]
    # "Julio", "Mayo": a given name and a clinic; capitalized month and year need "de"
    assert [
        s for s in spans("Julio went to the Mayo Clinic with Julio 2 times.") if s[0] == "DATE"
    ] == []


def test_french_month_words_alone_are_not_dates(spans) -> None:  # type: ignore[no-untyped-def]
    # "Avril", "Mai": given names; "Mars": a chocolate bar
    assert [s for s in spans("Avril and Mai came; Mars bars.") if s[0] == "DATE"] == []
