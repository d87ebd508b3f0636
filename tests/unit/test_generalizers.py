"""Table tests for each generalizer: ages, dates, places, organisations, occupations, events."""

from __future__ import annotations

import datetime as dt

import pytest

from casepres import generalizers

MEETING = dt.date(2024, 3, 1)

AGES = [
    pytest.param("34", "", "mid 30s", id="bare"),
    pytest.param("30", "", "early 30s", id="early"),
    pytest.param("39", "", "late 30s", id="late"),
    pytest.param("34-year-old", " woman", "mid-30s", id="adjective-before-noun"),
    pytest.param("35 y/o", " Latina", "mid-30s", id="y/o-before-noun"),
    pytest.param("34 years old", ".", "in their mid 30s", id="predicate"),
    pytest.param("95-year-old", "'s", "90-plus-year-old person", id="noun-possessive"),
    pytest.param("41-year-old", ".", "early-40s person", id="noun"),
    pytest.param("89", "", "late 80s", id="eighty-nine"),
    pytest.param("90", "", "90 or older", id="ninety"),
    pytest.param("96-year-old", " widow", "90-plus-year-old", id="ninety-six-adjective"),
    pytest.param("104", "", "90 or older", id="over-a-hundred"),
    pytest.param("8-year-old", " boy", "school-age", id="child-adjective"),
    pytest.param("15", "", "early teens", id="teen"),
    pytest.param("age 13", "", "age early teens", id="age-prefix"),
]


@pytest.mark.parametrize("text, following, expected", AGES)
def test_age_bands(text: str, following: str, expected: str) -> None:
    assert generalizers.generalize_age(text, following=following) == expected


def test_age_pronoun_from_context() -> None:
    assert (
        generalizers.generalize_age("34 years old", preceding="She said she is ")
        == "in her mid 30s"
    )
    assert generalizers.generalize_age("34 years old", preceding="He is ") == "in his mid 30s"


def test_every_age_has_one_band() -> None:
    for age in range(0, 130):
        noun, adj = generalizers.age_band(age)
        assert noun and adj
        if age >= 90:
            assert noun == "90 or older"


DATES = [
    pytest.param("2/27/2024", "a few days ago", id="numeric-days"),
    pytest.param("2024-02-27", "a few days ago", id="iso"),
    pytest.param("11/28/2023", "about three months ago", id="numeric-months"),
    pytest.param("Feb 20", "last week", id="month-day-no-year"),
    pytest.param("March 1, 2024", "the meeting day", id="meeting-day"),
    pytest.param("March 8", "in the coming week", id="ahead"),
    pytest.param("November", "about four months ago", id="month-alone"),
    pytest.param("June", "in the coming months", id="month-alone-nearer-ahead"),
    pytest.param("March", "this month", id="month-of-the-meeting"),
    pytest.param("October 2021", "about two years ago", id="month-year"),
    pytest.param("2019", "five years ago", id="year"),
    pytest.param("2023", "last year", id="last-year"),
    pytest.param("2024", "this year", id="this-year"),
    pytest.param("spring of 2021", "the spring three years ago", id="season-year"),
    pytest.param("summer 2023", "last summer", id="season-last-year"),
    pytest.param("last Thanksgiving", "around a recent holiday", id="holiday"),
    pytest.param("Tuesday", "this week", id="weekday"),
    pytest.param("2008–2009", "15 to 16 years ago", id="year-range"),
    pytest.param("19/11/2023", "about three months ago", id="day-first"),
    pytest.param("the feast", "[date removed]", id="unparseable"),
]


@pytest.mark.parametrize("text, expected", DATES)
def test_dates_relative_to_meeting(text: str, expected: str) -> None:
    assert generalizers.generalize_date(text, MEETING) == expected


def test_relative_phrase_long_ago() -> None:
    assert generalizers.relative_phrase(dt.date(2014, 3, 1), MEETING) == "about ten years ago"


PLACES = [
    pytest.param("Dallas", "a major city in the South", id="major-us-city"),
    pytest.param("Pune", "a major city in India", id="foreign-city"),
    pytest.param("Keene", "a small city in New England", id="small-city"),
    pytest.param("Montana", "a state in the Mountain West", id="state"),
    pytest.param("Alder County", "a county", id="county"),
    pytest.param("the Cedar Creek Bridge", "a local landmark", id="landmark"),
    pytest.param("the Foundry District", "a city neighbourhood", id="neighbourhood"),
    pytest.param("Qzxville", "a local area", id="unknown"),
    pytest.param("Eritrea", "Eritrea", id="country-kept"),
    pytest.param("Seattle, WA", "a large city in the Pacific Northwest", id="city-state"),
    pytest.param("Saskatchewan", "a region of the Canadian Prairies", id="province"),
    pytest.param("Fresno", "a large city on the West Coast", id="on-the-coast"),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_places_by_kind_and_size(text: str, expected: str) -> None:
    assert generalizers.generalize_place(text) == expected


ORGS = [
    pytest.param("Lincoln High School", "a high school", id="high-school"),
    pytest.param("Larchmont Medical Center", "a hospital", id="medical-center"),
    pytest.param("Corvid Analytics", "a tech company", id="tech"),
    pytest.param("St. Brendan's Church", "a church", id="church"),
    pytest.param("Riverside Curling Club", "a club", id="club"),
    pytest.param("Zorblat", "an organisation", id="unknown"),
    pytest.param("Marwick Valley News", "a news outlet", id="news"),
    pytest.param("The Dunmore Gazette", "a newspaper", id="newspaper"),
    pytest.param("Ashcombe Lane Chambers", "a barristers' chambers", id="chambers"),
    pytest.param("Linden Hill OB-GYN", "a medical practice", id="hyphenated-kind-word"),
    pytest.param("Fernbrook Paediatric Therapy", "a pediatric practice", id="paediatric"),
    pytest.param("Hôpital Sainte-Brigitte", "a hospital", id="accented-kind-word"),
    pytest.param("Tamsin Creek High", "a high school", id="school-by-last-word"),
    pytest.param("Oakhurst Heights CI", "a high school", id="collegiate-abbreviation"),
    pytest.param("High Street Café", "a café", id="high-not-last-word"),
    pytest.param("General Widgets", "an organisation", id="general-not-last-word"),
    pytest.param("Quarry Ridge Minerals", "a mining company", id="mining"),
    pytest.param("University Ave", "a local street", id="street-not-university"),
]


@pytest.mark.parametrize("text, expected", ORGS)
def test_organisations_by_kind(text: str, expected: str) -> None:
    assert generalizers.generalize_org(text) == expected


OTHERS = [
    pytest.param("OCCUPATION", "pediatric oncology nurse", "a healthcare worker", id="nurse"),
    pytest.param("OCCUPATION", "backend software engineer", "a tech worker", id="engineer"),
    pytest.param("OCCUPATION", "forklift driver", "a warehouse worker", id="forklift"),
    pytest.param("OCCUPATION", "falconer", "a professional", id="occupation-default"),
    pytest.param("OCCUPATION", "harbour pilot", "a transport worker", id="pilot"),
    pytest.param("OCCUPATION", "retired boilermaker", "a tradesperson", id="trade"),
    pytest.param("OCCUPATION", "criminal barrister", "a legal professional", id="barrister"),
    pytest.param(
        "OCCUPATION", "small-animal veterinarian", "an animal-health professional", id="vet"
    ),
    pytest.param("OCCUPATION", "CNC machinist", "a manufacturing worker", id="machinist"),
    pytest.param("OCCUPATION", "school receptionist", "an office worker", id="office"),
    pytest.param(
        "EVENT", "the Hadley Street warehouse fire", "a widely reported local fire", id="fire"
    ),
    pytest.param("EVENT", "the thing", "a widely reported local incident", id="event-default"),
    pytest.param("OTHER_UNIQUE", "a lavender pickup", "a distinctive detail", id="unique"),
    pytest.param("PHONE", "(555) 555-0100", "[phone removed]", id="phone-placeholder"),
]


@pytest.mark.parametrize("entity, text, expected", OTHERS)
def test_other_generalizers(entity: str, text: str, expected: str) -> None:
    assert generalizers.generalize(entity, text, MEETING) == expected
