"""Calendar dates, holidays, seasons and anchored relative dates (years alone are quasi)."""

from __future__ import annotations

from functools import cache

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import DATE
from recognizers.word_trie import trie_regex


def _alternation(words: list[str], *, flexible_space: bool = True) -> str:
    """Literal words as one regex trie, longest match first (a space or hyphen matches
    either, an apostrophe may be curly or missing)."""
    return trie_regex(_atoms(w, flexible_space) for w in set(words))


def _atoms(word: str, flexible_space: bool) -> list[str]:
    if not flexible_space:
        return [regex.escape(c) for c in word]
    flexible = {" ": "[ -]", "-": "[ -]", "'": "['’]?"}
    return [flexible.get(c) or regex.escape(c) for c in word]


def _saints_days_dotted(words: list[str]) -> list[str]:
    """The list with each saint's day also spelled the other way ("St David's Day",
    "St. David's Day")."""
    other = [
        w.replace("St. ", "St ", 1) if w.startswith("St. ") else w.replace("St ", "St. ", 1)
        for w in words
        if w.startswith(("St ", "St. "))
    ]
    return sorted(set(words) | set(other))


@cache
def _patterns() -> tuple[Pattern, ...]:
    months = read_word_list("dates_months.txt")
    ambiguous = set(read_word_list("dates_months_ambiguous.txt"))
    weekdays = read_word_list("dates_weekdays.txt")
    wd_abbrev = read_word_list("dates_weekday_abbrev.txt")
    holidays = _saints_days_dotted(read_word_list("dates_holidays.txt"))
    holidays_cap = _saints_days_dotted(read_word_list("dates_holidays_capitalized.txt"))
    not_after_lower = read_word_list("dates_not_after_lower_month.txt")
    ordinal_stop = read_word_list("dates_ordinal_not_before.txt")
    fr_months = read_word_list("dates_months_french.txt")
    fr_weekdays = read_word_list("dates_weekdays_french.txt")
    seasonal = read_word_list("dates_seasonal_events.txt")
    es_months = read_word_list("dates_months_spanish.txt")
    es_weekdays = read_word_list("dates_weekdays_spanish.txt")

    # Month names are matched case-sensitively (capitalized) or in lower case for the
    # unambiguous ones; "may"/"march" in lower case are verbs.
    month_cap = _alternation(months)
    month_lower = _alternation([m.lower() for m in months if m not in ambiguous and len(m) > 3])
    # an abbreviation's dot belongs to the date only when more of the date follows
    dot = r"(?:\.(?=\s?[\d'’,]))?"
    month = rf"(?:(?:{month_cap})|(?:{month_lower})){dot}"
    month_safe = rf"(?:{_alternation([m for m in months if m not in ambiguous])})"
    month_amb = rf"(?:{_alternation(sorted(ambiguous))})"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    # three-letter month abbreviations as military and lab dates write them ("03MAR61")
    abbrevs = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    abbr_title = "|".join(abbrevs + ["Sept"])
    abbr_upper = "|".join(a.upper() for a in abbrevs + ["Sept"])
    year = r"(?:(?:19|20)\d{2}|['’]\d{2})"
    # "early", "mid-", "the start of", "the tail end of", "end Feb": a part of the month
    # or season
    phase = (
        r"(?:(?i:early|mid|late|(?:the\s)?(?:very\s|tail\s)?(?:end|beginning|start|middle)\sof"
        r"|end|start)"
        r"[ -])"
    )
    weekday_full = rf"(?:{_alternation(weekdays)}|{_alternation([w.lower() for w in weekdays])})"
    # "Sat"/"Sun" are ordinary words, "mon" is slang: they need a date beside them
    wd_capital = _alternation([w for w in wd_abbrev if w not in ("Sat", "Sun")])
    wd_lower = _alternation([w.lower() for w in wd_abbrev if w not in ("Sat", "Sun", "Mon")])
    # lower-case abbreviations that are no English word ("thurs", "tues", "fri")
    any_wd_slash = rf"(?i:{_alternation(weekdays)}|{_alternation(wd_abbrev)})"
    wd_lower_safe = _alternation(
        [w.lower() for w in wd_abbrev if w not in ("Sat", "Sun", "Mon", "Wed")]
    )
    # "wed", "sat", "sun", "mon": only beside a meeting word or after a time word
    wd_lower_word = _alternation([w.lower() for w in ("Wed", "Sat", "Sun", "Mon")])
    meeting = (
        r"(?i:consult|consultation|group|grp|session|sesh|mtg|meeting|appt|appointment|"
        r"supervision|review|clinic|call|am|pm|morning|afternoon|evening|night|arvo|noon)"
    )
    # "every Tuesday", "every second Sat", "each other Friday": a habit, not a day
    recurring = (
        r"(?<!\b(?i:every|each|alternate|other)\s(?:(?i:second|other|third|fourth|few)\s)?)"
        r"(?<!\b(?i:every|each|alternate|other)\s)"
    )
    # "group Mon/Wed/Fri", "tues/thurs", "works Mon–Fri": weekdays joined by slashes or
    # dashes are a weekly timetable
    not_schedule = (
        rf"(?<!{any_wd_slash}/\w+)(?!/{any_wd_slash}\b)"
        rf"(?<!\b{any_wd_slash}\.?\s?[–—-]\s?\w+)(?!\.?\s?[–—-]\s?{any_wd_slash}\b)"
    )
    # "the Tuesday Versailles mtg", "the Thursday AA meeting": a named weekly meeting
    weekly_event = (
        r"(?:\s(?:[A-Z][\w'’.-]*|[A-Z]{2,})){1,3}\s(?i:mtg|meetings?|group|grp|class|service|"
        r"mass|shift|practice|league|club|market|circle|night|lunch|dinner|breakfast)\b"
    )
    weekend_prep = (
        r"(?i:on|by|next|this|last|til|till|until|from|before|after|home|back|over|thru|through|"
        r"and|or)"
    )
    any_weekday = rf"(?i:{_alternation(weekdays)}|{_alternation(wd_abbrev)})"
    anchor = r"(?i:last|next|this|past|coming|this\ past)"
    time_prep = (
        r"(?i:in|on|since|by|until|till|til|from|through|thru|during|before|after|of|"
        r"last|next|this|early|mid|late|every|for|our|the|around|until|due|starting|"
        r"start|ending|end|back\ in|as\ of|sometime\ in)"
    )
    season = r"(?i:spring|summer|fall|autumn|winter)"
    # the tropical north's seasons, capitalized as names ("the Wet", "last Dry", "the Build-up")
    tropical_season = r"(?:Wet|Dry|Build-?up|Buildup|Knock-?em-?down)(?![\w'’-])(?!\s[A-Z])"
    # what may follow a two-digit year: an end of clause, a capitalized word or a
    # function word, not a count's noun ("3 May 12 sessions")
    short_year_end = (
        r"(?=\s*$|[.;:,)\]]|\s[A-Z(–—-]|\s(?:in|at|and|or|when|while|on|after|before|to|from|"
        r"until|till|with|was|were|he|she|they|i|we|but)\b)"
    )
    # "easter" in a lower-case note is still Easter; "lent" and "family day" are words
    holiday = (
        rf"(?i:{_alternation(holidays)})"
        rf"|{_alternation(holidays_cap + [h[0].upper() + h[1:] for h in holidays_cap])}"
    )
    # "on mother's day", "over lent": lower-case forms of those names after a time word
    holiday_cap_lower = _alternation([h.lower() for h in holidays_cap])
    holiday_suffix = (
        r"(?i:long\ weekend|weekend|break|holidays?|hols|vacation|eve|day|week|term|season|"
        r"period|monday)"
    )
    # lower-case months, abbreviations included ("6 march", "in feb", "may 2027"): only
    # beside a day number, a year or a time word, and never before a verb's object
    month_any_lower = _alternation([m.lower() for m in months])
    # only "may" and "march" are verbs: "from feb on" is a date, "march on" is not
    verb_months = ("may", "march")
    month_noun_lower = _alternation([m.lower() for m in months if m.lower() not in verb_months])
    lower_month = (
        rf"(?:(?:{month_noun_lower})|(?:{_alternation(list(verb_months))})"
        rf"(?!\w|\s(?:{_alternation(not_after_lower)})\b))(?:\.(?=\s?[\d'’,]))?(?!\w)"
    )
    # "the third week of", "two days before": a stretch of time pinned to a calendar name
    count = r"(?i:a|one|two|three|four|five|six|seven|a\ few|a\ couple\ of|several|\d{1,2})"
    word_ordinal = (
        r"(?i:(?:twenty|twenty-|thirty|thirty-)?(?:first|second|third|fourth|fifth|sixth|"
        r"seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
        r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
    )
    ordinal = r"(?i:first|second|third|fourth|fifth|last|final|middle|1st|2nd|3rd|4th|5th|same)"
    relative = (
        rf"(?:(?i:the)\s{ordinal}\s(?i:week|weekend|fortnight|few\ days|days|half|part|"
        rf"{_alternation(weekdays)})\s(?i:of|in)"
        rf"|{count}\s(?i:days?|nights?|weeks?|weekends?|months?)\s"
        r"(?i:before|after|into|prior\ to))\s"
    )
    occasion = (
        r"(?i:(?:her|his|their|my|our|the\ client['’]s|[a-z]+['’]s)\s"
        r"(?:birthday|anniversary|wedding|due\ date|graduation|exams?|court\ date|trial|surgery))"
    )
    not_after_ordinal = rf"(?!\s+(?i:{_alternation(ordinal_stop)})\b)"
    # a number that is a dose, count or score is not a year
    not_unit = (
        r"(?!\s?(?i:mg|mcg|ml|kg|g|lbs?|calories|kcal|steps|words|people|dollars|%|percent|"
        r"hours|hrs|h|hr)\b)"
    )

    # French dates in bilingual notes: "jeudi 7 mars", "1er mai", "août 2023", "fin mars"
    fr_month = rf"(?i:{_alternation(fr_months, flexible_space=False)})(?:\.(?=\s?\d))?(?!\w)"
    fr_weekday = rf"(?i:{_alternation(fr_weekdays)})"
    fr_day = r"(?:[12]\d|3[01]|0?[1-9]|1er)"
    # a phase belongs to the date ("fin mars"); a preposition does not ("en [avril]")
    fr_phase = r"(?i:fin|début|debut|mi-|milieu\sde|courant|(?:au\s)?début\sde|à\sla\sfin\sde)"
    fr_prep = r"(?i:en|depuis|avant|après|apres|jusqu['’]en|dès|des|pour)"
    # "la semaine après Noël", "le lendemain de Pâques"
    fr_stretch = (
        r"(?i:(?:la|le|les)\s(?:semaine|fin\sde\ssemaine|week-end|weekend|jour|lendemain|veille|"
        r"mois|jours)\s(?:après|avant|de|d['’]|suivant)\s?)"
    )
    # Spanish and Portuguese: "viernes 7 de marzo", "el 1º de mayo de 2019", "julio de
    # 2023", "a finales de agosto"; "de" joins day, month and year
    es_month = rf"(?i:{_alternation(es_months, flexible_space=False)})(?:\.(?=\s))?(?!\w)"
    # full names only where no day anchors them ("mar", "set", "out" are English words)
    es_month_full = _alternation([m for m in es_months if len(m) > 4], flexible_space=False)
    es_weekday = rf"(?i:{_alternation(es_weekdays, flexible_space=False)})"
    es_weekday_lower = _alternation(es_weekdays, flexible_space=False)
    es_day = r"(?:[12]\d|3[01]|0?[1-9])(?:º|°|ro|er)?"
    es_year = r"(?:\s(?i:de|del)\s(?:19|20)\d{2}|,?\s(?:19|20)\d{2})"
    es_phase = (
        r"(?i:principios|comienzos|inicios|mediados|finales|fines|fin|fim|início|inicio|meados)"
        r"\s(?i:de)"
    )
    es_prep = r"(?i:en|desde|hasta|para|antes\sde|después\sde|despues\sde|em|até|desde\so)"
    seasonal_words = _alternation(seasonal, flexible_space=False)
    # seasons and yearly turning points after "till", "since": "till summer", "since freeze-up"
    # (not "in": other families' tables use "in spring" as neutral filler)
    season_prep = r"(?i:till|til|until|by|since|before|after|through|thru|from|around|during|over)"

    def p(name: str, rx: str, score: float) -> Pattern:
        return Pattern(name, rx, score)

    return (
        p(
            "iso date (strong)",
            r"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
            r"(?:[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)?\b",
            0.9,
        ),
        p(
            "year first numeric date (strong)",
            r"\b(?:19|20)\d{2}[/.](?:0?[1-9]|1[0-2])[/.](?:[12]\d|3[01]|0?[1-9])\b",
            0.85,
        ),
        p(
            "numeric month and year (strong)",
            r"(?<![\w./-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b",
            0.8,
        ),
        p(
            "numeric date with year (strong)",
            r"(?<![\w./-])(?:[12]\d|3[01]|0?[1-9])[/.-](?:[12]\d|3[01]|0?[1-9])[/.-](?:(?:19|20)\d{2}|\d{2})(?![\w/]|[.-]\d)",
            0.85,
        ),
        # "4/19", "28/5": a month/day pair; scores, ratings and fractions are dropped
        # in ``analyze`` by the words around them ("7/10", "ASRS 6/6", "7/9 criteria")
        p(
            "numeric day/month (medium)",
            r"(?<![\w./$–-])(?!24/7\b|20/20\b)(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])"
            r"(?!/|\d|\.\d)",
            0.6,
        ),
        p(
            "month day (strong)",
            rf"\b{phase}?{month}\s(?:the\s(?=[12]?\d(?:st|nd|rd|th)))?{day}\b(?:\s?[–-]\s?{day}\b)?"
            rf"(?:,?\s(?:(?:19|20)\d{{2}}|['’]\d{{2}})\b)?(?!\s?(?:%|mg|kg|lbs?)\b)",
            0.85,
        ),
        p(
            "day month (strong)",
            # "3–7 March", "3 to 7 March", "between 12 and 14 June"
            rf"\b(?:the\s)?{day}(?:\s?[–-]\s?{day}|\s(?:to|and|or|till|until)\s(?:the\s)?{day})?"
            rf"\s(?:of\s)?{month}\b(?:,?\s(?:19|20)\d{{2}}\b"
            # "2 Apr 69": a two-digit year after an abbreviated month, where no count follows
            rf"|(?<=\b(?:{abbr_title})\.?)\s\d{{2}}(?![\w:/-]|[.,]\d|\s?%){short_year_end})?",
            0.85,
        ),
        p("month year (strong)", rf"\b{phase}?{month}\s(?:of\s)?{year}\b", 0.85),
        # "03MAR1961", "3 MAR 24", "03-Mar-2024", "12-Mar": military, lab and spreadsheet dates
        p(
            "day, abbreviated month and year run together (strong)",
            rf"\b(?:[12]\d|3[01]|0?[1-9])(?:{abbr_upper})(?:(?:19|20)\d{{2}}|\d{{2}})\b"
            rf"|\b(?:[12]\d|3[01]|0?[1-9])\s(?:{abbr_upper})\s(?:(?:19|20)\d{{2}}|\d{{2}})\b"
            rf"|\b(?:[12]\d|3[01]|0?[1-9])-(?:{abbr_title}|{abbr_upper})(?:-(?:(?:19|20)\d{{2}}|\d{{2}}))?\b"
            r"(?![-\w])",
            0.8,
        ),
        # "Jan–Mar", "Oct-Dec 2023": a span of months
        p(
            "month range (medium)",
            rf"\b(?:{month_cap})\.?\s?[–—-]\s?(?:{month_cap})\b(?!['’-])(?:\s(?:19|20)\d{{2}}\b)?",
            0.6,
        ),
        # "Q3 2023", "2024 Q1": a quarter of a year is a date element
        p(
            "quarter of a year (medium)",
            r"\bQ[1-4]\s?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s?Q[1-4]\b",
            0.6,
        ),
        # "DOB 19610303", "admitted 20240303": a compact date after a date word
        p(
            "compact date after a date word (medium)",
            r"(?<=\b(?i:dob|d\.o\.b\.|born|date|dated|on|admitted|adm|discharged|seen|since|"
            r"from|until|effective|of)\s?[:\s]\s?)"
            r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\w)",
            0.5,
        ),
        p(
            "weekend day before a date (medium)",
            r"\b(?:Sat|Sun)\b(?:\.(?=,?\s\d))?(?=\.?,?\s\d)",
            0.6,
        ),
        # a month alone: safe names anywhere, ambiguous ones only after a time word
        p("month alone (medium)", rf"\b{phase}?{month_safe}(?!\w)", 0.6),
        p(
            "month after time word (medium)",
            # "her late June" is a person who died
            rf"\b(?!(?<=\b(?i:the|his|her|their|my|our|your)\s)(?i:late)\s){time_prep}\s\K"
            rf"{phase}?{month_amb}(?![\w'’-])",
            0.6,
        ),
        p("anchored month (medium)", rf"\b{anchor}\s{month}(?!\w)", 0.7),
        # "mid-Aug", "Early March", "the start of May": a phase makes an ambiguous month a
        # date ("her late June" is a person who died)
        p(
            "month after a phase (medium)",
            rf"\b(?<!\b(?i:the|his|her|their|my|our|your)\s)"
            rf"(?:(?i:mid|early|late)[ -]|{phase}){month_amb}(?![\w'’-])",
            0.6,
        ),
        # weekdays: singular names tie to a day; "every Tuesday"/"Tuesdays" recur
        p(
            "weekday (medium)",
            rf"{recurring}\b(?!(?<=\b(?i:the)\s){weekday_full}{weekly_event})(?:{anchor}\s)?{weekday_full}"
            # "Sunday-night dread": a compound adjective is a habit, not a day
            # "Friday prayers", "Sunday school": a weekly observance, not a day
            r"(?!s\b|\w|\s(?i:mornings|afternoons|evenings|nights|prayers?|mass|school|services|market|roast|papers?)\b"
            r"|-(?i:night|morning|evening|afternoon)\b)"
            rf"{not_schedule}",
            0.6,
        ),
        # "the twelfth of March", "March the third": a day of the month in words
        p(
            "day of the month in words (strong)",
            rf"\b(?i:the)\s{word_ordinal}\s(?i:of)\s(?:{month_cap}|{lower_month})(?![\w'’-])"
            rf"|\b(?:{month_cap})\s(?i:the)\s{word_ordinal}\b(?![\w'’-])",
            0.8,
        ),
        # "Monday week", "Tues week": a week after that weekday (UK, Ireland, Australia)
        p(
            "weekday week (medium)",
            rf"\b{any_weekday}\s(?i:week)\b(?![\w'’-]|\s(?i:of|\d))",
            0.6,
        ),
        # "last Sat", "next Sun": an anchor makes a weekend abbreviation a day
        p(
            "anchored weekend day abbreviation (medium)",
            rf"\b{anchor}\s(?:Sat|Sun|sat)\b{dot}(?![\w'’-])",
            0.6,
        ),
        # "Sat 29th", "Tues the 19th": a weekday with a day of the month is one date
        p(
            "weekday with a day of the month (strong)",
            rf"\b{any_weekday}\.?,?\s(?:(?i:the)\s)?(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\b"
            rf"{not_after_ordinal}",
            0.8,
        ),
        # "flying home Sat", "by Sun night": mid-sentence, these are days ("the Sun" is not)
        p(
            "weekend day abbreviation in a sentence (medium)",
            rf"{recurring}(?:(?<=[a-z,;:(]\s|\()Sat|(?<=[a-z,;:(]\s)Sun(?=\s(?i:night|morning|evening|afternoon|arvo|am|pm)\b)"
            rf"|(?<=\b{weekend_prep}\s)Sun)\b{dot}(?![\w'’-])(?!\s[A-Z][a-z]){not_schedule}",
            0.5,
        ),
        p(
            "weekday abbreviation (medium)",
            rf"{recurring}\b(?!(?<=\b(?i:the)\s)(?:{wd_capital}){weekly_event})"
            rf"(?:{anchor}\s)?(?:{wd_capital})\b{dot}(?![\w'’-]){not_schedule}",
            0.5,
        ),
        p(
            "lowercase weekday after time word (weak)",
            rf"\b(?i:for|on|by|before|after|until|next|this|last|see\ you|from|thru|through)\s\K"
            rf"(?:{wd_lower}|{wd_lower_word})\b{dot}(?![\w'’-])",
            0.5,
        ),
        # "thurs consult", "see her fri": no English word is spelled like these
        p(
            "lowercase weekday abbreviation (weak)",
            rf"{recurring}\b(?:{anchor}\s)?(?:{wd_lower_safe})\b{dot}(?![\w'’-]){not_schedule}",
            0.5,
        ),
        p(
            "lowercase weekday before a meeting word (weak)",
            rf"{recurring}\b(?:{wd_lower_word})\b(?=\s{meeting}\b)",
            0.5,
        ),
        p(
            "holiday (medium)",
            rf"\b(?:(?i:the\s(?:week|weekend|day|night|month|days|weeks|{_alternation(weekdays)})"
            rf"\s(?:after|before|of)\s)|{fr_stretch})?"
            rf"(?:{anchor}\s)?(?:{month_cap}\s)?(?:{holiday})"
            rf"(?:\s{holiday_suffix})?(?:\s(?:19|20)\d{{2}}|\s['’]\d{{2}}(?![\w'’]))?(?![\w'’])"
            # "the school holidays in July", "Easter of 2019"
            rf"(?:\s(?i:in|of)\s(?:{month_cap}|(?:19|20)\d{{2}})(?![\w'’]))?",
            0.65,
        ),
        p(
            "lower-case holiday after a time word (weak)",
            rf"(?<=\b(?i:on|over|for|at|since|until|till|before|after|during|by|around)\s)"
            rf"(?:{holiday_cap_lower})(?:\s{holiday_suffix})?(?![\w'’-])",
            0.5,
        ),
        # "the christmas break", "the Easter holidays": the article belongs to the break
        p(
            "holiday break with article (medium)",
            rf"\b(?i:the)\s(?:{month_cap}\s)?(?:{holiday})"
            # "the school holidays", "the spring break": the name is itself a break
            rf"(?:[ -]{holiday_suffix}|(?<=(?i:holidays?|hols|break|term|week|weekend)))(?![\w'’])",
            0.65,
        ),
        p(
            "stretch of time pinned to a calendar name (medium)",
            rf"\b{relative}(?:(?i:the)\s)?(?:{holiday}"
            rf"|{phase}?(?:{month_cap}|{lower_month})(?:\s{day}\b)?"
            rf"|{occasion}\s(?i:in|on)\s(?:{month_cap}|{lower_month}|{day}\s(?:of\s)?{month_cap}))"
            r"(?![\w'’])",
            0.65,
        ),
        p(
            "lower-case month with a day (medium)",
            rf"\b(?:(?i:the)\s)?{day}\s(?:of\s)?{lower_month}(?:,?\s(?:19|20)\d{{2}}\b)?",
            0.6,
        ),
        p(
            "lower-case month before a day or year (medium)",
            rf"\b(?<!(?i:you|we|they|i|he|she|it|which|who|that)\s)(?:{month_any_lower})\.?\s"
            rf"(?:{day}\b(?:,?\s(?:19|20)\d{{2}}\b)?|(?:of\s)?{year}\b){not_unit}"
            r"(?!\s?(?:%|mg|kg|lbs?|km|miles?)\b|[.,]\d)",
            0.6,
        ),
        p(
            "lower-case month after a time word (medium)",
            rf"\b(?:(?:last|next|early|late|mid|(?:the\s)?(?:end|beginning|start|middle)\sof)[ -]"
            rf"|(?<=\b(?i:in|since|by|until|till|through|from|before|after|during|around|over)\s))"
            rf"{lower_month}",
            0.6,
        ),
        # "the T3 break", "T2 hols": a term's holidays in Australian and NZ shorthand (T3
        # alone is a thyroid hormone)
        p(
            "school term shorthand before a break (medium)",
            r"\b(?:(?i:the)\s)?T[1-4]\s(?:(?i:school)\s)?(?i:holidays|holiday|hols|break)\b",
            0.6,
        ),
        p(
            "school term number (medium)",
            r"(?<![\w-])(?<!(?i:short|long|mid|near|full|half|medium)\s)(?:(?i:the)\s)?"
            r"(?i:term|semester|trimester|sem)\s?(?:[1-4]|(?i:one|two|three|four))\b"
            r"(?!\s?(?i:sessions?|weeks?|days?|months?|years?|times|x|%|mg|diabetes)\b|[.,]\d)"
            # "Term 1, 2023", "sem 2 2014"
            r"(?:\s(?i:holidays|holiday|hols|break|vacation))?(?:,?\s(?:19|20)\d{2}\b(?![.,]\d))?",
            0.6,
        ),
        p(
            "weekday before a date (medium)",
            rf"\b(?i:{_alternation(weekdays)}|{_alternation(wd_abbrev)})\.?(?=,?\s(?:"
            rf"(?:[12]\d|3[01]|0?[1-9])[/.](?:[12]\d|3[01]|0?[1-9])\b"
            rf"|{day}\s(?:of\s)?(?:{month_cap}|{lower_month})|(?:{month_cap}|{month_any_lower})\.?\s{day}\b))",
            0.6,
        ),
        p(
            "season with year (strong)",
            rf"\b(?:{phase})?{season}(?:\s(?i:of))?\s(?:(?:19|20)\d{{2}}|['’]\d{{2}})\b",
            0.8,
        ),
        p("anchored season (medium)", rf"\b{anchor}\s{season}\b(?![\w-])", 0.6),
        p(
            "tropical season (medium)",
            rf"\b(?:(?i:the\s)?{anchor}|(?i:the))\s(?:(?i:early|late|mid)[ -])?{tropical_season}",
            0.6,
        ),
        # "can't come till summer", "since freeze-up"; not "after fall at home" (a fall:
        # only after till/until/by), "after the fall", "the fall of Kabul"
        p(
            "season after a time word (medium)",
            rf"\b{season_prep}\s\K(?:(?:(?i:the)\s)?(?i:spring|summer|autumn|winter)"
            r"|(?<=\b(?i:till|til|until|by|through|thru)\s)(?i:fall)"
            # "in the summer heat", "over winter months": a season's weather or things, no date
            rf"|{seasonal_words})(?![\w'’-])(?!\s(?i:of|heat|sun|camps?|jobs?|clothes|months|"
            r"weather|blues|rolls?|water|storms?|sports?|games|olympics)\b)",
            0.55,
        ),
        p(
            "school term (medium)",
            rf"\b(?:(?i:the)\s)?(?:{month_cap}|{season}|(?i:autumn|michaelmas|lent|hilary|trinity))\s"
            r"(?:(?i:school|uni|university|college)\s)?"
            # "the May long weekend", "the August long weekend" (Canada, Australia)
            r"(?i:half[- ]term|term|semester|quarter|break|holidays|hols|vacation|long\sweekend)\b"
            r"(?:\s(?:19|20)\d{2})?",
            0.6,
        ),
        p(
            "day of the month (medium)",
            rf"\bthe\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b{not_after_ordinal}"
            r"(?!\s+of\s+(?:the|each|every)\s+month)",
            0.5,
        ),
        p(
            "year with a prefix (medium)",
            rf"\b(?:(?i:mid|early|late|pre|post)-|(?i:early|mid|late)\s)(?:19|20)\d{{2}}\b(?![\w-])"
            rf"{not_unit}",
            0.55,
        ),
        # French: "jeudi 7 mars", "le 1er mai 2024", "5 fév", "août 2023", "fin mars"
        p(
            "French day and month (strong)",
            rf"\b(?:{fr_weekday}\s)?(?:(?i:le)\s)?{fr_day}(?:\s?[–-]\s?{fr_day})?\s{fr_month}"
            r"(?:\s(?:19|20)\d{2}\b)?",
            0.8,
        ),
        p(
            "French month and year (strong)",
            rf"\b{fr_month}\s(?:(?i:de\s)?)(?:19|20)\d{{2}}\b",
            0.8,
        ),
        p(
            "French month after a time word (medium)",
            rf"\b{fr_phase}\s?{fr_month}|(?<=\b{fr_prep}\s){fr_month}",
            0.6,
        ),
        p("French weekday (medium)", rf"\b{fr_weekday}(?!\w)", 0.55),
        p(
            "Spanish or Portuguese day and month (strong)",
            rf"\b(?:{es_weekday},?\s)?(?:(?i:el|o|dia)\s)?(?:{es_day}|(?i:primero))"
            rf"(?:\s?[–-]\s?{es_day})?\s(?i:de)\s{es_month}{es_year}?",
            0.8,
        ),
        p(
            "Spanish or Portuguese month and year (strong)",
            rf"\b(?i:{es_month_full})\s(?i:de|del)\s(?:19|20)\d{{2}}\b"
            rf"|\b(?:{es_month_full})\s(?:19|20)\d{{2}}\b",
            0.8,
        ),
        p(
            "Spanish or Portuguese month after a time word (medium)",
            rf"\b{es_phase}\s(?i:{es_month_full})(?!\w)|(?<=\b{es_prep}\s)(?:{es_month_full})(?!\w)",
            0.6,
        ),
        p("Spanish or Portuguese weekday (medium)", rf"\b(?:{es_weekday_lower})(?!\w)", 0.55),
        # "llegó en el 66", "la crisis del 94": a year of the century in Spanish
        p(
            "Spanish two-digit year (medium)",
            r"(?<=\b(?i:en\sel|desde\sel|hasta\sel|para\sel|del|a\sfinales\sdel|"
            r"a\sprincipios\sdel|a\smediados\sdel)\s)['’]?\d{2}\b"
            r"(?![.,]\d|\s?(?:%|(?i:por\sciento|años|anos|mg|kg|km|pesos|dólares|dolares|veces)\b))",
            0.55,
        ),
        # "back in '66", "class of '98": an apostrophe year after a time word
        p(
            "apostrophe year after a time word (medium)",
            r"(?<=\b(?i:in|since|of|from|until|till|by|before|after|around|circa|born|summer|winter|"
            r"spring|fall|autumn)\s)['’]\d{2}\b(?![’'\w])",
            0.55,
        ),
        p(
            "year range (medium)",
            rf"(?<![\w$£€.,/-])(?:19|20)\d{{2}}\s?[-–—]\s?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\w-]){not_unit}"
            # "the 2022/23 school year": a slash joins consecutive years (checked in
            # ``validate_result``)
            r"|(?<![\w$£€.,/-])(?:19|20)\d{2}/\d{2}(?![\w/-]|[.,]\d)",
            0.6,
        ),
        p(
            "year (medium)",
            # "at 1900" is a time on the 24-hour clock
            rf"(?<![\w$£€.,/#:-])(?<!\d[ -])(?<!\b(?i:at)\s)(?:19|20)\d{{2}}"
            rf"(?![\w-]|[.,]\d|\s?[-–—/]\s?\d){not_unit}",
            0.55,
        ),
    )


#: "1/2", "3/4": in clinical notes these are fractions (doses, portions), not dates.
_FRACTIONS = {(1, 2), (1, 3), (1, 4), (2, 3), (3, 4)}

_YEAR_ONLY = regex.compile(
    r"^(?:(?i:early|mid|late|pre|post)[ -])?(?:(?:19|20)\d{2})"
    r"(?:\s?[-–—]\s?(?:(?:19|20)\d{2}|\d{2})|/\d{2})?$"
    # a year of the century alone ("'66", Spanish "el 66")
    r"|^['’]?\d{2}$"
)

_PAIR = regex.compile(r"(\d{1,2})/(\d{1,2})")
#: Another "a/b" near a bare pair ("home 17/18"), not part of a longer date.
_NEAR_PAIR = regex.compile(r"(?<![\d/.])(\d{1,3})/(\d{1,3})(?![\d/]|\.\d)")


@cache
def _pair_context() -> tuple[regex.Pattern[str], ...]:
    """Regexes for the words around a bare "a/b": (unit after, date cue, score, progress)."""
    scales = "|".join(
        regex.escape(w).replace(r"\ ", r"\s")
        for w in sorted(read_word_list("dates_score_names.txt"), key=len, reverse=True)
    )
    unit_after = regex.compile(
        r"\s?(?i:of|out\sof|tablets?|tabs?|pills?|caps?|capsules?|doses?|cups?|mg|mcg|ml|th|"
        r"criteria|items?|symptoms?|questions?|points?|correct|days?|nights?|weeks?|wks?|"
        r"times|positive|negative|met|endorsed|domains?|subscales?|ago|ratio|split|tasks|goals|"
        r"steps|modules|lessons|trials|attempts|answers|responses|sessions)\b"
    )
    # a date word, a weekday or a dose right before makes it a date ("obtained 10/10",
    # "Tues 4/9", "fluoxetine 10 mg 3/4")
    date_cue = regex.compile(
        r"(?:\b(?i:on|since|from|until|till|til|thru|through|by|before|after|obtained|signed|"
        r"dated|started|starting|began|begun|stopped|ended|seen|adm|admitted|discharged|"
        r"d/c|dc['’]?d|due|next|last|effective|as\sof|week\sof|wk\sof|restarted|"
        r"scheduled|booked|expires|expired|renewed|mon|tue|tues|wed|weds|thu|thur|thurs|"
        r"fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"|\d\s?(?i:mg|mcg|ml|g|units?))[.,]?\s\(?$"
    )
    # "rated 7/10", "ASRS Part A 6/6", "SCOFF was 2/5": a score out of its maximum
    score = regex.compile(
        r"(?:\b(?i:rated|rates|rate|rating|scored|scores|score|scoring|pain|suds|total)"
        rf"|(?<![\w-])(?:{scales})(?![\w-])(?:\s(?i:part\s[A-Z]|total|score|subscale|screen))?)"
        r"\s?(?:(?i:was|is|of|at|=|:)\s?)?$"
    )
    # "he is at session 9/16", "completed module 3/8": progress through a course
    progress = regex.compile(
        r"\b(?i:at|on|reached|completed|finished|done|through|up\sto)\s"
        r"(?i:session|week|wk|module|step|lesson|chapter|page|item|level|stage|visit)\s$"
    )
    return unit_after, date_cue, score, progress


@cache
def _event_names() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(a public-event head right after a date, named public days such as "Bloody Sunday")."""
    heads = "|".join(regex.escape(w) for w in read_word_list("dates_holiday_not_before.txt"))
    days = "|".join(
        regex.escape(w).replace(r"\ ", r"\s")
        for w in sorted(read_word_list("dates_public_event_days.txt"), key=len, reverse=True)
    )
    return regex.compile(rf"\s(?:{heads})\b"), regex.compile(rf"\b(?:{days})\b")


@cache
def _year_event_head() -> regex.Pattern[str]:
    """A capitalized name and an event word after a year ("2023 UAW strike")."""
    heads = "|".join(
        regex.escape(w).replace(r"\ ", r"\s")
        for w in sorted(read_word_list("dates_year_event_heads.txt"), key=len, reverse=True)
    )
    return regex.compile(rf"(?:\s(?:[A-Z][\w'’.-]*|[A-Z]{{2,}})){{1,3}}\s(?i:{heads})\b")


def _names_public_event(text: str, start: int, end: int) -> bool:
    """Whether a date is part of a public event's name ("Good Friday Agreement", "the 2023
    UAW strike")."""
    head, days = _event_names()
    if head.match(text, end):
        return True
    if _YEAR_ONLY.match(text[start:end]) and _year_event_head().match(text, end):
        return True
    return any(
        m.start() <= start and end <= m.end()
        for m in days.finditer(text, max(0, start - 20), min(len(text), end + 20))
    )


def _beside_non_date_pair(text: str, start: int, end: int) -> bool:
    """Whether an "a/b" on the same line within 30 characters cannot be a day and month."""
    left = text[max(0, start - 30) : start].rsplit("\n", 1)[-1]
    right = text[end : end + 30].split("\n", 1)[0]
    for m in _NEAR_PAIR.finditer(f"{left} {right}"):
        a, b = int(m.group(1)), int(m.group(2))
        if 0 in (a, b) or max(a, b) > 31 or min(a, b) > 12:
            return True
    return False


def _pair_is_date(text: str, start: int, end: int) -> bool:
    """Whether a bare "a/b" at ``text[start:end]`` reads as a date, judged by its neighbours.

    Scores ("ASRS 6/6", "rated 7/10"), criteria counts ("7/9 criteria"), progress ("at
    session 9/16"), UK duration shorthand ("3/7 days") and fractions ("1/2 tab") are not
    dates, unless a date word or a dose comes right before ("obtained 10/10", "10 mg 3/4").
    """
    m = _PAIR.fullmatch(text, start, end)
    if m is None:
        return True
    a, b = int(m.group(1)), int(m.group(2))
    unit_after, date_cue, score, progress = _pair_context()
    if unit_after.match(text, end):
        return False
    before = text[max(0, start - 40) : start]
    cue = date_cue.search(before)
    # "stuck on 2/3", "working on 3/4": a stage or share of a task, not a date
    if (a, b) in _FRACTIONS and regex.search(
        r"\b(?i:stuck|working|worked|work|focus|focused|focusing|agreed|settled|still|only|halfway)"
        r"\s+on\s\(?$",
        before,
    ):
        return False
    if cue:
        return True
    if a <= b and (score.search(before) or progress.search(before)):
        return False
    # "school 0/9, home 17/18, public 3/12": a neighbour that is no date makes a list of
    # subscale scores
    if a <= b and _beside_non_date_pair(text, start, end):
        return False
    return not (b == 10 and a <= 10) and (a, b) not in _FRACTIONS


class CalendarDateRecognizer(PatternRecognizer):
    """Calendar dates, holidays, seasons and anchored relative dates.

    Durations and clinical timing ("for 3 weeks", "three weeks ago", "last year",
    "twice weekly") carry no calendar name and are left alone. A year alone or a range
    of years is reported with kind "quasi"; anything more specific is direct.
    """

    CONTEXT = ["date", "meeting", "consult", "dob", "born", "since"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=DATE,
            name="CalendarDateRecognizer",
            patterns=list(_patterns()) if patterns is None else patterns,
            context=self.CONTEXT if context is None else context,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Pattern matches, each tagged with kind "quasi" (year only) or "direct"."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = [
            r
            for r in results
            if _pair_is_date(text, r.start, r.end) and not _names_public_event(text, r.start, r.end)
        ]
        for r in results:
            kind = "quasi" if _YEAR_ONLY.match(text[r.start : r.end]) else "direct"
            r.recognition_metadata = {**(r.recognition_metadata or {}), "kind": kind}
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check numeric day/month pairs.

        Returns:
            False when a bare "a/b" cannot be a day and month in either order, or a
            "2022/23" joins years that are not consecutive (drops it); None otherwise
            (keeps the pattern score). Fractions, scores and ratings are judged with
            their context in ``analyze``.
        """
        m = regex.fullmatch(r"(?:19|20)(\d{2})/(\d{2})", pattern_text)
        if m:
            return None if int(m.group(2)) == (int(m.group(1)) + 1) % 100 else False
        m = regex.fullmatch(r"(\d{1,2})/(\d{1,2})", pattern_text)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if not ((a <= 12 and b <= 31) or (b <= 12 and a <= 31)):
                return False
        return None
