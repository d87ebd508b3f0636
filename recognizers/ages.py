"""Ages of people in the case (quasi; 90 and over direct)."""

from __future__ import annotations

from functools import cache

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import AGE
from recognizers.name_words import LETTER_PAIR, PLURAL_KIN
from recognizers.word_trie import trie_regex

#: HIPAA Safe Harbor: ages over 89 are direct identifiers.
DIRECT_FROM = 90


#: Units after a number that make it a dose, count, time or score rather than an age.
_NOT_AGE_UNIT = (
    r"(?!\s?(?i:%|percent|mg|mcg|ml|kg|lbs?|pounds|stone|weeks?|wks?|days?|months?|mos?\b|"
    r"years?|yrs?|"
    r"hours?|hrs?|minutes?|mins?|sessions?|times?|am|pm|a\.m|p\.m|o['’]clock|ft|feet|foot|"
    r"inches|cm|points?|drinks|units|out\ of|x\b|/|:\d|['’]\d|of\s\d|km|mph|kph|bpm|"
    r"degrees?|°|mmhg))"
)


@cache
def _number_words() -> dict[str, list[str]]:
    """Spelled-out number words by section: units, teens, tens."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in read_word_list("ages_number_words.txt"):
        if line.startswith("["):
            current = line.strip("[]")
            continue
        sections.setdefault(current, []).append(line)
    return sections


def _spelled_value(text: str) -> int | None:
    """The number a spelled-out age starts with ("ninety-two-year-old" -> 92), if any."""
    words = _number_words()
    value = 0
    for token in regex.findall(r"[a-z]+", text.lower()):
        if token in words["tens"]:
            value += 10 * (2 + words["tens"].index(token))
        elif token in words["teens"]:
            value += 10 + words["teens"].index(token)
        elif token in words["units"]:
            value += 1 + words["units"].index(token)
    return value or None


@cache
def _words_alternation(name: str) -> str:
    """A data list as one regex trie, longest match first."""
    return trie_regex([regex.escape(c) for c in w] for w in set(read_word_list(name)))


@cache
def _patterns() -> tuple[Pattern, ...]:
    words = _number_words()
    tens = "|".join(words["tens"])
    units = "|".join(words["units"])
    small = "|".join(words["teens"] + words["units"])
    spelled = rf"(?:(?:{tens})(?:[- ](?:{units}))?|{small})"
    # a teen or adult age spelled out: "is one" or "was two" rarely is an age
    teens = "|".join(w for w in words["teens"] if w not in ("ten", "eleven", "twelve"))
    spelled_adult = rf"(?:(?:{tens})(?:[- ](?:{units}))?|{teens})"
    # "turned one corner", "aged five years" (a unit is another pattern's), "twenty past"
    spelled_not_count = (
        r"(?!\s(?i:of|times|more|or\s|hundred|thousand|million|percent|minutes?|hours?|days?"
        r"|weeks?|months?|years?|sessions?|past|to\s\w+\s|o['’]clock|pounds|dollars|bucks|quid"
        r"|kilos?|kg|drinks|cans|pints|beers|cigarettes|pills|tablets|people|kids|children))"
    )
    stop = _words_alternation("ages_not_before.txt")
    kin = _words_alternation("ages_subjects.txt")
    kin_plural = "|".join(PLURAL_KIN)
    not_subject = f"{_words_alternation('ages_not_subjects.txt')}|{stop}"
    # a list of ages inside one bracket or after "ages": "(5 and 2)", "ages 3, 8 and 10"
    list_sep = r"(?:,\s?|\s(?:and|&)\s|\s?&\s?)"
    word = r"[^\W\d_](?:[^\W\d]|['’-])*"
    change_words = (
        r"(?i:went|go|goes|gone|going|dropped|drops|drop|rose|rise|rises|fell|fallen|falls|"
        r"increased|decreased|improved|moved|changed|down|up|reduced|tapered|titrated|"
        r"score|scores|scored|rated|rating|ratings|suds?|weight)"
    )
    # habits and life events that run "since" an age ("has drunk since 14")
    onset_verbs = (
        r"drunk|drank|drinking|drinks|smoked|smoking|smokes|used|using|uses|vaped|vaping"
        r"|gambled|gambling|gambles|self-harmed|self-harming|cutting|cut|purged|purging"
        r"|binged|bingeing|binging|restricting|restricted|dieted|dieting|worked|working"
        r"|played|playing|competed|competing|danced|dancing|boxed|boxing|skated|surfed"
        r"|surfing|hunted|fished|driven|driving|stammered|stuttered|heard|hearing|wet"
        r"|struggled|suffered|anxious|depressed|known|knew|married|together|homeless|alone"
    )
    # "Tuesday at 4.", "session at 3, then": a time of day, not an age
    clock_words = (
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu"
        r"|thur|thurs|fri|sat|sun|today|tomorrow|tonight|yesterday|morning|evening|night"
        r"|afternoon|session|sessions|appointment|appt|meeting|call|class|pickup|pick-up"
        r"|drop-off|shift|lunch|dinner|breakfast|bedtime|curfew|wake|wakes|woke|meet|booked"
        # a present-tense routine ("arrives at 4, leaves at 6") is a timetable, not a life
        r"|leaves|arrives|finishes|starts|begins|ends|opens|closes|gets|comes|returns"
    )
    # far back in the clause, "up"/"down" are usually "grew up", not a change in a score
    change_far = change_words.replace("|down|up|", "|").replace("went|go|goes|gone|going|", "")
    # "went underground at 19", "moved overseas at 20": a life event, not a score's change
    life_move = (
        r"(?!(?:underground|overseas|abroad|offshore|away|missing|inside|home|out|off|deaf"
        r"|blind|sober|clean|solo|pro|professional|full-time|fostering|north|south|east|west"
        # "was adopted at 2", "was diagnosed at 7": a life event in the passive
        r"|adopted|diagnosed|admitted|hospitali[sz]ed|abused|assaulted|molested|expelled"
        r"|excluded|suspended|arrested|charged|convicted|sentenced|jailed|imprisoned|married"
        r"|bapti[sz]ed|placed|removed|fostered|sectioned|raped|orphaned|bullied|widowed"
        r"|evacuated|deported|trafficked|groomed|kidnapped|abandoned|institutionali[sz]ed)\b)"
    )
    # a capitalised word, accents and macrons included ("Siobhán", "Tāne")
    cap = r"\p{Lu}\p{Ll}+"
    # who "is 31": a pronoun, a person word ("pt", "her sister") or a capitalised name or
    # initials that is not a measure opening the sentence ("Pain was 7")
    subject = (
        rf"(?:\b(?i:he|she|they|who|{kin})"
        rf"|(?<![\w.])(?!(?i:{not_subject})\b)(?:{cap}(?:[-'’]\p{{Lu}}?\p{{Ll}}{{2,}})?|(?:[A-Z]\.){{1,3}}"
        rf"|{LETTER_PAIR}))"
    )
    # who is "15 weeks": a child, not someone who may be pregnant ("she's 29 weeks")
    infant = (
        r"\b(?i:he|they|baby|infant|newborn|son|daughter|boy|girl|twins?|grandson"
        r"|granddaughter)"
    )
    # kin whose bare number in a note is an age ("sister 19, brother 22"); words that also
    # number people in a write-up ("child 1", "partner 2", "client 3") are left out, and
    # adults need two digits ("Dad 1, mum 0" on a rating scale is not an age)
    young_kin = (
        r"son|daughter|brother|sister|bro|sis|nephew|niece|cousin|grandson|granddaughter"
        r"|stepson|stepdaughter|stepbrother|stepsister|half-brother|half-sister"
    )
    adult_kin = (
        r"mother|mom|mum|mam|mama|father|dad|papa|stepmom|stepmum|stepmother|stepdad"
        r"|stepfather|husband|wife|fiancée?|boyfriend|girlfriend|grandmother|grandfather"
        r"|grandma|grandpa|grandad|granddad|grandmum|nanna|poppa|granny|nan|nana|gran|aunt"
        r"|auntie|uncle|koro|kuia|gogo|kokum|nonna|nonno|abuela|abuelo|yiayia|papou"
    )
    # after a bare age in a note: a clause break, a bracket, "and", or the next kin word
    note_end = rf"(?=\s?[,;)(]|\.(?:\s|$)|[ \t]*$|\s[–—-]\s|\s(?:and|&)\s|\s(?i:{kin})\b)"
    # an age stated after "is/was": followed by a clause break, not by a unit or more text
    age_end = r"(?=\s?[,;)]|\.(?:\s|$)|$|\s[–—-]\s|\s(?:and|when|now|but|at|in|with|so)\b)"
    return (
        Pattern(
            "number with age unit (strong)",
            r"(?<![\w.])\d{1,3}(?:[\s-]?(?i:y/o|y\.o\.|yo\b|yrs?\.?\sold\b|years?\sold\b)"
            r"|[- ](?i:years?|yrs?|months?|weeks?|wks?|days?)[- ]old\b"
            r"|\s(?i:years?|yrs?)\sof\sage\b|\s(?:ans|años)\b(?!\sde\s(?!edad\b)))",
            0.85,
        ),
        Pattern(
            "spelled-out number with age unit (strong)",
            rf"\b(?i:{spelled})[- ](?i:years?|months?|weeks?|days?)[- ]old\b",
            0.85,
        ),
        Pattern(
            "number after age (strong)",
            rf"(?=\d)(?<=\b(?i:aged?|ages|age\s(?:of|was|is)|at\sage|age\s?(?:&|and|/)\s?(?:sex|gender))[:\s]\s?(?:\d{{1,3}}{list_sep})*)\d{{1,3}}(?!\d|\.\d|s\b){_NOT_AGE_UNIT}",
            0.8,
        ),
        Pattern("age and sex (medium)", r"(?<![\w.])[1-9]\d\s?[MF](?![\w/&])", 0.5),
        Pattern(
            "number after is/turned (medium)",
            r"(?=\d)(?<=\b(?i:turned|turns|turning|just\sturned|(?:will|['’]ll|to)\sturn|(?:he|she|they|who)(?:['’]s|\sis|\swas|\sare|\swere)"
            r"(?:\snow|\sonly|\sjust|\salmost|\snearly|\sbarely)?)\s)"
            rf"\d{{1,3}}½?(?![\d\w]|[.,]\d){_NOT_AGE_UNIT}",
            0.6,
        ),
        # "A.M. is 31 and ...", "when pt was 19", "her sister is 12."
        Pattern(
            "number after a person and is/was (medium)",
            rf"(?=\d)(?<={subject}(?:['’]s|\sis|\swas)"
            r"(?:\snow|\sonly|\sjust|\salmost|\snearly|\sbarely)?\s)"
            rf"\d{{1,3}}½?(?![\d\w]|[.,]\d){_NOT_AGE_UNIT}{age_end}",
            0.55,
        ),
        # "he's now 15 weeks, on oxygen": an infant's age (not "she is 5 weeks pregnant")
        Pattern(
            "infant age in weeks or months (medium)",
            rf"(?<={infant}(?:['’]s|\sis|\swas|\sare)(?:\snow|\sonly|\sjust|\salmost|\snearly)?\s)"
            r"\d{1,2}\s?(?i:weeks?|wks?|months?|mos?)(?:\sold)?"
            rf"(?![^.;\n]{{0,30}}\b(?i:pregnant|gestation|along|postpartum|post-partum)){age_end}",
            0.55,
        ),
        # "(a boy, 9 wks)", "baby (6 weeks)", "and Noor, now 3 months": a baby's age after
        # a comma or bracket; a name needs "now" and a list or kin word before it
        Pattern(
            "infant age after a comma or bracket (medium)",
            rf"(?:(?<={infant}(?:\s{cap})?(?:,\s|\s?\()(?:now\s|just\s|only\s)?)"
            rf"|(?<=(?:\b(?:and|&)\s|,\s|\b(?i:{kin})\s)(?!(?i:{not_subject})\b){cap}"
            r",\snow\s))"
            r"\d{1,2}\s?(?i:weeks?|wks?|months?|mos?)(?:\sold)?"
            rf"(?![^.;\n]{{0,30}}\b(?i:pregnant|gestation|along|postpartum|post-partum|ago"
            r"|sober|clean|abstinent))"
            r"(?=\s?[,;)]|\.(?:\s|$)|$|\s[–—-]\s)",
            0.5,
        ),
        # "came to the UK aged 7": "aged" goes with the number
        Pattern(
            "aged and a number (strong)",
            rf"\b(?i:aged)\s\d{{1,3}}(?!\d|\.\d|s\b){_NOT_AGE_UNIT}",
            0.8,
        ),
        # "Tobin Ashe, 23, lives ...": a bare number set off by commas after a name
        Pattern(
            "number after a name (medium)",
            r"(?=\d)(?<=[^\W\d_][.)\"”’]{0,3},[\"”]?\s)"
            r"(?<!\b(?:(?i:score|scores|scored|rated|baseline|intake|total)|[A-Z]{2,}-?\d)[^.;\n]{0,40})\d{1,3}"
            r"(?=\s?[,;)]|\.(?:\s|$)|[ \t]*$|\s[–—-]\s|\s?\((?i:dob|d\.o\.b|born|b\.)\b)",
            0.5,
        ),
        # 'Genevieve Tan — "Gen" — 36, whom': an age after a quoted nickname and a dash
        Pattern(
            "number after a quoted nickname (medium)",
            r"(?<=[—–-][ \t]?[\"“][A-Z][\w'’-]*[\"”][ \t]?[—–-][ \t]?)\d{1,3}(?=,|\))",
            0.5,
        ),
        # "Juno (11)", "twin boys (5 and 2)", "Ravi (16, swims ...)"
        Pattern(
            "number in brackets after a word (medium)",
            rf"(?=\d)(?<=\b{word}[\"”’']?\s?\((?:\d{{1,2}}{list_sep})*)"
            rf"(?<!\b(?!{LETTER_PAIR})[A-Z][A-Z-]+\s?\((?:\d{{1,2}}{list_sep})*)"
            rf"(?<!\b(?i:{stop})\s?\((?:\d{{1,2}}{list_sep})*)"
            rf"\d{{1,2}}(?=(?:{list_sep}\d{{1,2}})*\s?[),;])",
            0.45,
        ),
        # "Tariq Hussain, 47 yrs, DOB ...": an age in years in a demographic header
        Pattern(
            "years after a name in a header (medium)",
            r"(?<=[^\W\d_][.)\"”’]{0,3},\s|:[ \t]?|^[ \t]*|\([ \t]?)\d{1,3}\s?(?i:yrs?|years?)"
            r"(?=\s?[,;(]\s?(?i:DOB|d\.o\.b|born|b\.|[mf]\b|male|female|man|woman|boy|girl"
            r"|non-?binary|married|single|divorced|widow(?:ed|er)?|separated|partnered"
            r"|he/him|she/her|they/them))",
            0.6,
        ),
        # "3 kids (Ayesha 16, Bilal 13, Zara 6)", "sons Tom 12 and Ben 9": names with ages
        Pattern(
            "ages after names in a list of kin (medium)",
            rf"(?=\d)(?<=\b(?i:{kin_plural})\s?(?:\w+\s)?[(:–—-]?\s?"
            rf"(?:(?!(?i:{stop})\b)[A-Z][\w'’-]+\s\d{{1,2}}{list_sep})*"
            rf"(?!(?i:{stop})\b)[A-Z][\w'’-]+\s)\d{{1,2}}(?=[,;)]|\s(?:and|&)\s|\.?$|\.\s)",
            0.5,
        ),
        # "Two kids, 9 and 12.", "3 boys: 4, 7 and 10": the ages of counted kin
        Pattern(
            "ages after counted kin (medium)",
            rf"(?=\d)(?<=\b(?:\d|(?i:two|three|four|five|six|seven|both))\s(?:\w+\s)?(?i:{kin_plural})"
            rf"(?:,|:|\s[–—-])\s(?:\d{{1,2}}{list_sep})*)\d{{1,2}}"
            rf"(?=(?:{list_sep}\d{{1,2}})*(?:[.;)]|,\s|\s[–—-]\s|$))(?!\s?(?i:yrs?|years?|months?))",
            0.5,
        ),
        # "kids: 2 (jas 12, noor 8)": names with ages in a bracket after kin, any case
        Pattern(
            "ages after names in a bracket after kin (medium)",
            rf"(?=\d)(?<=\b(?i:{kin_plural})[:\s]*(?:\d{{1,2}}\s?|(?i:{spelled})\s)?\(\s?"
            rf"(?:(?!(?i:{stop})\b)[^\W\d_][\w'’-]+\s\d{{1,2}}{list_sep})*"
            rf"(?!(?i:{stop})\b)[^\W\d_][\w'’-]+\s)\d{{1,2}}(?=\s?[,;)]|\s(?:and|&)\s)",
            0.5,
        ),
        # "when at 94 the losses are real", "a wish to die at 93 begin?": an adult age at
        # which something happens, followed by more of the clause
        Pattern(
            "adult age after at (weak)",
            rf"(?=\d)(?<!(?:{change_words}|\b(?:was|is|of|been)|[A-Z]{{2,}}-?\d[\w-]*|\d)\s(?:{life_move}\w+\s)?at\s)"
            rf"(?<!\b(?:{change_far}|[A-Z]{{2,}}-?\d)[^.;\n]{{0,40}}\bat\s)"
            r"(?<=\bat\s)(?:1[3-9]|[2-9]\d|1[01]\d)"
            rf"(?=\s[a-z])(?!\s(?i:{stop})\b){_NOT_AGE_UNIT}",
            0.4,
        ),
        # "moved here at 8.", "first panic at 15, seen": a life event at an age
        Pattern(
            "number after at (weak)",
            rf"(?=\d)(?<!(?:{change_words}|\b(?:was|is|of|been)|[A-Z]{{2,}}-?\d[\w-]*|\d)\s(?:{life_move}\w+\s)?at\s)"
            rf"(?<!\b(?i:{clock_words})[.,]?\s(?:\w+\s)?at\s)"
            rf"(?<!\b(?:{change_far}|[A-Z]{{2,}}-?\d)[^.;\n]{{0,40}}\bat\s)"
            r"(?<=\bat\s)\d{1,2}"
            r"(?=[,;]\s|\.\s|\.?$|[?!]|\s(?:and|when|while|after|before|with|through|he|she|they|but|then|to|or)\b"
            r"|\sas\s(?:an?|the)\s(?!(?:rule|result|whole|matter|kind|sort|way|treat|reward|precaution"
            r"|favou?r|consequence|means|backup|habit|routine)\b)"
            r"|\sin\b(?!\sthe\s(?:morning|afternoon|evening|night))|\s[\"“”]|\sfrom\s\p{Lu})",
            0.4,
        ),
        # "23, DOB 14/02/2001", "Jo 16 (dob ...)": a bare number right before a date of birth
        Pattern(
            "number before a date of birth (medium)",
            r"(?<![\w/#.:-]|\d\s|[/#:-]\s|\d\.)"
            r"(?<!\b(?i:no|nr|room|rm|bed|unit|apt|flat|ext|id|page|p|ward|bay|level|floor)\.?\s)"
            r"\d{1,3}(?=\s?[,;(]?\s?(?i:dob|d\.o\.b)\b)",
            0.55,
        ),
        # "has drunk since 14", "using since 15, daily by 17": a habit's age of onset
        Pattern(
            "onset age after since (medium)",
            rf"(?=\d)(?<=\b(?i:{onset_verbs})\s(?:\w+\s)?(?i:since|from)\s(?:(?i:about|around|age|aged)\s)?)"
            rf"\d{{1,2}}(?![\d\w]|[.,:]\d){_NOT_AGE_UNIT}"
            r"(?=[,;?!)]|\.(?:\s|$)|$|\s[–—-]\s|\s(?:and|when|after|but|or|with|onwards|on)\b)",
            0.5,
        ),
        # "onset about 15 after a weigh-in", "onset around 12": an age of onset
        Pattern(
            "age of onset (medium)",
            r"(?=\d)(?<=\b(?i:onset|began|begun|started|starting)\s(?:(?i:at|about|around|approx\.?"
            r"|approximately|roughly|circa|c\.|~|age|aged|when)\s?){1,2})"
            rf"\d{{1,2}}(?![\d\w]|[.,:]\d){_NOT_AGE_UNIT}"
            r"(?=[,;?!)]|\.(?:\s|$)|$|\s[–—-]\s|\s(?:and|when|after|but|or|with|in|following)\b)",
            0.5,
        ),
        # "Bentley (4) and Ryder (11 mo)": a baby's age in a bracket after a name in a list of kin
        Pattern(
            "infant age in brackets after a name (medium)",
            rf"(?<=\b(?i:{kin}|{kin_plural})\b[^.;\n]{{0,60}}?(?!(?i:{not_subject})\b){cap}\s?\()"
            r"\d{1,2}\s?(?i:mo|mos|m\.?o\.?|months?|wks?|weeks?)(?:\sold)?(?=\))",
            0.5,
        ),
        # "aged fifty-five", "Mum turned sixty in June": a spelled-out age after aged/turned
        Pattern(
            "spelled-out number after aged or turned (medium)",
            rf"(?<=\b(?i:aged|turned|turns|turning|just\sturned|(?:will|['’]ll|to)\sturn)\s)"
            rf"(?i:{spelled})(?![\w-]){spelled_not_count}"
            r"(?=\s?[,;)]|\.(?:\s|$)|$|\s[–—-]\s|\s(?:and|when|in|on|last|this|at|but|so|with"
            r"|yesterday|today|recently|soon|now)\b)",
            0.6,
        ),
        # "He is seventy-two and lives alone", "she was nineteen when she left": a spelled-out
        # teen or adult age after a person and is/was, at a clause break
        Pattern(
            "spelled-out number after a person and is/was (medium)",
            rf"(?<={subject}(?:['’]s|\sis|\swas)"
            r"(?:\snow|\sonly|\sjust|\salmost|\snearly|\sbarely)?\s)"
            rf"(?i:{spelled_adult})(?![\w-]){spelled_not_count}{age_end}",
            0.55,
        ),
        # "her dad left when she was six": a child's age in a "when ... was" clause
        Pattern(
            "spelled-out number in a when-clause (medium)",
            r"(?<=\b(?i:when|since|till|until|before|after)\s(?i:he|she|they|i|we|you)\s(?:was|were)"
            r"(?:\sonly|\sjust|\salmost|\sabout|\saround)?\s)"
            rf"(?i:{spelled})(?![\w-]){spelled_not_count}{age_end}",
            0.55,
        ),
        # "Her son, now twelve, refuses", "his nan, now 97, still drives": an age set off by
        # commas after "now" or "aged"
        Pattern(
            "number after a comma and now (medium)",
            rf"(?<=(?:\b(?i:{kin})|(?<![.!?]\s|^)(?!(?i:{not_subject})\b){cap}),\s(?:now|aged|age)\s)"
            rf"(?:\d{{1,3}}(?![\d\w]|[.,]\d){_NOT_AGE_UNIT}|(?i:{spelled})(?![\w-]))"
            r"(?=\s?[,;)]|\s[–—-]\s)",
            0.55,
        ),
        # "Her ex, Darren, is 48.", "Thandi (goes by T) is 29,": the name set off by commas
        # or followed by a bracket before is/was
        Pattern(
            "number after a person set off before is/was (medium)",
            rf"(?=\d)(?<=(?:\b(?i:{kin})|,\s(?!(?i:{not_subject})\b){cap}(?:\s{cap})?),"
            r"\s(?:is|was)(?:\snow|\sonly|\sjust|\salmost|\snearly)?\s"
            rf"|(?<=(?!(?i:{not_subject})\b){cap}\s\([^()\n]{{1,40}}\)\s(?:is|was)\s))"
            rf"\d{{1,3}}(?![\d\w]|[.,]\d){_NOT_AGE_UNIT}{age_end}",
            0.5,
        ),
        # "At 85 she still gardens.": a sentence opening on an adult age and a person
        Pattern(
            "adult age opening a sentence (medium)",
            r"(?<=(?:^|[.!?]\s+|\n\s*)At\s)(?:1[3-9]|[2-9]\d|1[01]\d)"
            r"(?=,?\s(?:she|he|they|I|we|my\s|his\s|her\s|their\s)\b)",
            0.5,
        ),
        # "She was 14 when it began and 16 when she told": a second age in the same frame
        Pattern(
            "second age before when (medium)",
            rf"(?=\d)(?<={subject}\s(?:was|were|is)\s\d{{1,2}}\swhen\b[^.;\n]{{0,80}}\b(?:and|or|then|but)\s)"
            r"\d{1,2}(?=\swhen\b)",
            0.5,
        ),
        # "dob 03.04.1987; 37y; lives alone": years written "37y" in a note
        Pattern(
            "number with y in a note (weak)",
            r"(?<![\w.~/-])(?<!\b(?i:for|x|over|past|last|since|about|hx|around|approx)\s)"
            r"(?:1[0-1]\d|[1-9]?\d)y(?=\s?[;,)]|\s(?:[MF]|old|male|female|man|woman|boy|girl)\b|\.?$)",
            0.45,
        ),
        # "DOB 12/03/1987 (37)": an age in brackets after a date of birth
        Pattern(
            "number in brackets after a date of birth (medium)",
            r"(?<=\b(?i:dob|d\.o\.b\.?|born|b\.)[:\s]\s?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s?\()"
            r"\d{1,3}(?=\))",
            0.6,
        ),
        # "sister 19, brother 22", "maternal grandmother 88,", "- Karen (mum) 52": a bare
        # number right after a kin word in a note
        Pattern(
            "number right after a kin word (medium)",
            rf"(?=\d)(?:(?<=(?<![\w'’-])(?i:{young_kin})\s)\d{{1,2}}"
            rf"|(?<=(?<![\w'’-])(?i:{adult_kin})\)?\s|\((?i:{kin})\)\s)\d{{2,3}})"
            rf"(?![\d\w]|[.,:/]\d){_NOT_AGE_UNIT}{note_end}",
            0.5,
        ),
        # "kids 4 and 6", "her kids are 3 and 5", "the twins are 6.": the ages of kin in a
        # list, or after are/were
        Pattern(
            "ages after plural kin (medium)",
            rf"(?=\d)(?<=\b(?i:{kin_plural})\s(?:(?:are|were)(?:\snow|\sonly|\sjust)?\s)?"
            rf"(?:\d{{1,2}}{list_sep})*)\d{{1,2}}(?![\d\w]|[.,:/]\d){_NOT_AGE_UNIT}"
            rf"(?<=\b(?:are|were|now|only|just)\s\d{{1,2}}|\d{{1,2}}{list_sep}\d{{1,2}})"
            rf"(?=(?:{list_sep}\d{{1,2}})*(?:\s?[,;)]|\.(?:\s|$)|[ \t]*$|\s[–—-]\s"
            r"|\s(?:now|and|but|with)\b))"
            rf"|(?<=\b(?i:{kin_plural})\s)\d{{1,2}}(?={list_sep}\d{{1,2}}(?![\d\w]|[.,:/]\d)"
            rf"{_NOT_AGE_UNIT}(?:{list_sep}\d{{1,2}})*(?:\s?[,;)]|\.(?:\s|$)|[ \t]*$|\s[–—-]\s))",
            0.5,
        ),
        # "Referral: M 52,", "(F, 29)", "34/F": sex then age, or age/sex with a slash
        Pattern(
            "sex and age (medium)",
            r"(?<=(?:^|[:(,;]|\b(?i:pt|client|patient))[ \t]?[MF],?[ \t])\d{2}"
            r"(?=\s?[,;)]|\.(?:\s|$)|[ \t]*$|\s[–—-]\s)"
            r"|(?<![\w/.-])(?:\d{2}/[MF]|[MF]/\d{2})(?![\w/])",
            0.5,
        ),
        # "pt 34, f, presents", "pt 34f": a client word, the age and the sex in notes
        Pattern(
            "age and sex after a client word (medium)",
            r"(?<=\b(?i:pt|client|patient|clt)[:,]?[ \t])"
            r"(?:\d{1,3}[ \t]?[mfMF](?![\w/&])"
            r"|\d{1,3}(?=,?[ \t](?i:m|f|male|female|man|woman|boy|girl|nb|non-?binary)\b))",
            0.5,
        ),
        # "her kid is three", "her son is five.": a small spelled-out age after kin and is
        Pattern(
            "small spelled-out number after kin and is (medium)",
            rf"(?<=\b(?i:{kin})(?:['’]s|\sis|\swas|\sare)"
            r"(?:\snow|\sonly|\sjust|\salmost|\snearly|\sbarely)?\s)"
            rf"(?i:{spelled})(?![\w-]){spelled_not_count}"
            r"(?!\s(?:in|on|at|to|with|and\s(?:all|only)|step)\b)"
            r"(?=\s?[,;)]|\.(?:\s|$)|$|\s[–—-]\s|\s(?:and|when|now|but)\b)",
            0.55,
        ),
        # "drinking daily by 17", "pregnant by 16": the age a habit or event was reached by
        Pattern(
            "age after a state and by (medium)",
            r"(?=\d)(?<=\b(?i:daily|weekly|nightly|dependent|addicted|hooked|pregnant|married"
            r"|engaged|homeless|expelled|excluded|sectioned|hospitali[sz]ed|arrested|a\smum"
            r"|a\smom|a\sdad|a\smother|a\sfather|a\sparent)\sby\s)"
            rf"\d{{1,2}}(?![\d\w]|[.,:]\d){_NOT_AGE_UNIT}"
            r"(?=[,;?!)]|\.(?:\s|$)|$|\s[–—-]\s|\s(?:and|when|but|with|after)\b)",
            0.5,
        ),
        # "in care from 7 to 17" (but not "GAD-7 went from 16 to 8")
        Pattern(
            "age range after from (weak)",
            rf"(?=\d)(?<!(?:{change_words}|[A-Z]{{2,}}[\w-]*|\d)\s(?:\w+\s)?from\s)(?<=\bfrom\s)"
            rf"\d{{1,2}}\s(?:to|until|till|through|[-–])\s?\d{{1,2}}(?![\d\w]|[.,]\d){_NOT_AGE_UNIT}",
            0.4,
        ),
    )


class AgeRecognizer(PatternRecognizer):
    """Ages of people in the case: "41 y/o", "a 63-year-old", "age 15", "Juno (11)".

    Already-general ages ("in her 30s", "mid-40s") are left alone, and numbers followed
    by a dose, time or count unit are not ages. Ages of 90 and over are reported with
    kind "direct"; younger ages are "quasi".
    """

    CONTEXT = ["age", "aged", "year-old", "years old", "turned"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=AGE,
            name="AgeRecognizer",
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
        """Pattern matches, each tagged with kind "direct" (90 and over) or "quasi"."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            span = text[r.start : r.end]
            numbers = [int(n) for n in regex.findall(r"\d+", span)] or [_spelled_value(span) or 0]
            kind = "direct" if numbers and max(numbers) >= DIRECT_FROM else "quasi"
            r.recognition_metadata = {**(r.recognition_metadata or {}), "kind": kind}
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        """Reject numbers no person can be.

        Returns:
            False for a number above 120 (drops the match); None otherwise (keeps the
            pattern score).
        """
        numbers = [int(n) for n in regex.findall(r"\d+", pattern_text)]
        if numbers and max(numbers) > 120:
            return False
        return None
