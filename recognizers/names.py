"""Names the small spaCy model misses: after titles and kinship words, initials, sign-offs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import name_words as W
from recognizers.allow_list import read_word_list
from recognizers.entities import PERSON
from recognizers.nrp import nrp_terms
from recognizers.person_filter import cited_author, word_then_noun

RECOGNIZER_NAME = "NameRecognizer"

#: Closings before a sign-off name at the end of an email or note.
_CLOSINGS = (
    r"(?:thanks(?:\s+so\s+much)?|thank\s+you|many\s+thanks|best(?:\s+wishes)?|cheers|regards|"
    r"kind\s+regards|warm(?:est)?\s+regards|warmly|sincerely|gratefully|merci|gracias|"
    r"ngā\s+mihi|nga\s+mihi|diolch|ta|love|take\s+care|talk\s+soon|thx|tx|ty|tyvm|xo|xx)"
)
#: Who uses a nickname, after the quoted nickname: '"Papo" pa' la familia', '"Bear" to his mates'.
_NICK_USERS = (
    r"(?:family|familia|famille|friends|amigos|whānau|whanau|kids|grandkids|cousins|everyone|"
    r"everybody|home|mates|crew|team|teammates|school|work|church|us|them|boys|girls)"
)
#: Greetings that open an email or note before a name ("Hi Wharetini,", "Kia ora Tamahou,").
_GREETINGS = (
    r"(?:hi|hiya|hey|hello|dear|greetings|good\s+(?:morning|afternoon|evening)|kia\s+ora|"
    r"tēnā\s+koe|tena\s+koe|mōrena|morena|talofa|mālō\s+e\s+lelei|bula|salaam|shalom|hola|"
    r"bonjour|dia\s+dhuit|shwmae|helo)"
)
#: Words after a greeting that address a group, not a person ("Hi all,", "Dear Colleagues,").
_GROUP_WORDS = frozenset(
    {"all", "everyone", "everybody", "team", "folks", "group", "colleagues", "friends", "both"}
    | {"there", "again", "peers", "guys", "whānau", "whanau", "koutou", "kōrua", "korua", "y'all"}
    | {"consult", "consultation", "supervision", "panel", "members", "committee"}
)
#: Lower-case particles inside a full name ("de la Fuente", "van der Berg", "bin Said").
_PARTICLE = r"(?:de|del|da|das|do|dos|du|la|le|los|las|van|von|der|den|ter|ten|bin|ibn|al|el|di)"
#: Header labels followed by a person's name ("Counsellor: Bryn Teague", "Client: ...").
_LABELS = (
    r"(?:client|pt|patient|name|counsell?or|therapist|clinician|presenter|presenting\s+clinician|"
    r"from|to|supervisor|supervisee|referred\s+by|referral\s+from|prepared\s+by|author|"
    r"psychiatrist|prescriber|pcp|gp|case\s+manager|social\s+worker|attorney|guardian|parent|"
    r"mother|father|contact|emergency\s+contact)"
)
#: Verbs after a name-like common word that make it a name ("April calls me").
_NAME_VERBS = W.word_set("names_verbs.txt")
#: Words that follow a name-shaped capitalised word but show it is not a person.
_NOT_NAME = W.word_set("names_not_name.txt")
#: Words before a single capital letter that make it a label, not an initial ("Plan B.").
_LETTER_LABELS = W.word_set("names_letter_labels.txt")
#: Dotted letters that are abbreviations, not initials.
_ABBREVIATIONS = W.word_set("names_abbreviations.txt")
#: Capitalised words that are headings, measures or roles, never a name before "(5)".
_NON_PERSON = W.word_set("names_non_person.txt")
#: Credentials after a name ("J. Ortiz, LCSW"), matched as written.
_CREDENTIALS = tuple(w for line in read_word_list("names_credentials.txt") for w in line.split())
#: Nouns that make a surname before them a household: "the Zastrow place", "the Ngata whānau".
_HOUSEHOLD_HEADS = W.word_set("names_household_heads.txt")
#: Role abbreviations before a name in notes ("rd faith", "ATC deshawn"): lower case or capitals.
_ROLE_ABBREVIATIONS = tuple(
    w for line in read_word_list("names_role_abbreviations.txt") for w in line.split()
)
#: State and province abbreviations that are also credentials ("MA", "MD"): "Boston, MA".
_STATE_ABBREVIATIONS = frozenset(read_word_list("places_state_abbr.txt"))
#: Short capitalised words that end a note without being initials ("OK", "PS").
_NOT_INITIALS = frozenset(
    w for line in read_word_list("names_not_initials.txt") for w in line.split()
)

#: Latin Extended letters of either case count: "Šušulić", "Łukasz", Vietnamese "Nguyễn Tuấn"
_UP = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LOW = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
_CAP = (  # "Ana", "O'Neil", "McKenzie", "LaToya", "Marchand-Roy", "Gaudet-LeBlanc", "Tuʻipulotu"
    rf"ʻ?[{_UP}](?:[{_LOW}]+|(?=['’][{_UP}]))(?:[{_UP}][{_LOW}]+)?(?:['’][{_UP}][{_LOW}]+)?"
    rf"(?:[ʻ'’](?!(?:ll|re|ve)\b)[{_LOW}]{{2,}})*(?:-[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?)*"
)
_LOWNAME = rf"[a-zß-öø-ÿ][{_LOW}'-]+"
_CAPNAME = rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}}"  # a name of 1-3 capitalised words
#: One name in a list after a relation: capitalised ("Zaqueline-Orrin", "LaToya") or lower case.
_LIST_ITEM = rf"(?:{_CAP}|[a-z][{_LOW}'-]+)"
_LETTER_PAIR = W.LETTER_PAIR
_INITIAL = r"[A-Z]\.(?:[ \t]?[A-Z]\.)*"
_SUFFIX = r"(?:Jr|Sr)\."  # "Adonis Jr."
#: An age written after a name and a comma: "aged 11", "52 y/o", "38M", or a bare "44".
_AGE_AFTER = (
    r"(?:(?:aged?|age)[ \t]+\d{1,2}\b|\d{1,2}(?:[ \t]*(?:y/?o|yo|yrs?[ \t]+old|years?[ \t-]+old)\b"
    r"|-year-old\b|[MF]\b)?(?=[ \t]*(?:[,;)–—(-]|\.(?!\d)|\n|$)))"
)


#: One letter of a script other than Latin that names are written in beside a romanised form:
#: Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, Lao, Burmese, Georgian,
#: Ethiopic, Khmer, kana, Hangul and CJK ideographs ("재원", "美玲", "Оксана", "أحمد").
_SCRIPT = (
    "[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
    "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f"
    "\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
_SCRIPT_NAME = rf"{_SCRIPT}+(?:[ \t·・]{_SCRIPT}+){{0,3}}"
#: A romanised hyphenated given name ("Eun-ji", "Jae-won", "Mei-ling"), halves checked in code.
_HYPHEN_GIVEN = r"[A-Z][a-z]{1,6}-[a-z]{1,6}"
#: One word of a romanised name beside a name in another script.
_ROMAN_WORD = rf"(?:{_HYPHEN_GIVEN}(?![\w-])|{_CAP}(?![\w-]))"
#: Romanised hyphenated words that are not given names ("Hwa-byung", "Tai-chi", "Feng-shui").
_HYPHEN_NOT_NAMES = W.word_set("names_hyphen_not_names.txt")


def _title_alt() -> str:
    return "|".join(sorted((re.escape(t) for t in W.titles()), key=len, reverse=True))


#: Short kinship words also written in capitals as role abbreviations ("GP Okafor", "PT Jones").
_CAPITAL_KIN = frozenset({"gp", "pt", "pcp", "gal"})


def _kin_alt() -> str:
    """Kinship words as a regex alternation, longest first.

    Words of three letters or fewer match only as written or capitalised ("ba", "Ba"), so a
    degree, state or shorthand in capitals ("BA Psychology", "PA", "IMO") is not a relation;
    longer words and the role abbreviations in ``_CAPITAL_KIN`` match in any case.
    """
    parts = []
    for t in sorted(W.kinship_words(), key=len, reverse=True):
        if len(t) <= 3 and t not in _CAPITAL_KIN:
            parts.append(f"{re.escape(t)}|{re.escape(t[:1].upper() + t[1:])}")
        else:
            parts.append(f"(?i:{re.escape(t)})")
    return "|".join(parts)


#: Plural relations a list of names may follow ("his sons Kai and Rangi").
_PLURAL_KIN = (*W.PLURAL_KIN, "stepsons", "stepdaughters", "cousins")


def _listed_names(
    offset: int, listed: str, wide: frozenset[str]
) -> Iterator[tuple[int, int, str, float]]:
    """Each name of a list after a plural relation, when every item reads as a name.

    One item that is not a name ("his sons Kai and the dog") drops the list: it is a
    phrase, not a roll of names. Lower-case items must be known given names; with two or
    more of them a name that is also a word counts ("her kids ruby and finn").
    """
    items = [(m.start(), m.group()) for m in re.finditer(r"[^\s,&]+", listed)]
    items = [(i, w) for i, w in items if w not in ("and",)]
    found = []
    for i, word in items:
        low = word.lower()
        if low in _stop_words() or low in W.kinship_words() or low in _NON_PERSON:
            return
        if word[0].isupper():
            if not _is_name_words(word):
                return
        elif W.fold(low) not in wide and low not in W.first_names():
            return  # a list of two or more given names: "ruby and finn" even in prose
        found.append((offset + i, offset + i + len(word)))
    for s, e in found:
        yield s, e, "name in a list after a plural relation (medium)", 0.6


class NameRecognizer(EntityRecognizer):
    """Names the small spaCy model misses.

    Rules (span excludes titles and possessive endings):
      * after a title: "Dr. O", "Coach Briggs", "ms. tuttle", "Mr. R.", "Mrs. K";
      * after a kinship or role word: "her sister Ana", "his sponsor Dale", "mom (dawn)";
      * a listed first name, capitalised, with up to two capitalised surnames;
      * initials: "C.E.", "K. has", "J. Smith"; "brayden k." in lower-case notes;
      * a header label ("Client: ...") or an email sign-off ("– Dana", "Thanks, Dana");
      * a first name that is also a word ("Hope", "April") only in name context: before a
        verb such as "said", before a possessive and a noun, before "(12)".
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], name=RECOGNIZER_NAME)

    def load(self) -> None:
        """Compile the patterns (word lists come from ``recognizers/data``)."""
        titles = _title_alt()
        kin = _kin_alt()
        self._after_title = re.compile(
            rf"(?<![\w.])(?i:{titles})\.?[ \t]+"
            rf"(?P<name>{_CAPNAME}(?:[ \t]+{_INITIAL})?|{_INITIAL}|[A-Z](?![\w.]))"
        )
        self._after_title_lower = re.compile(
            rf"(?<![\w.])(?:mr|mrs|ms|mx|dr|sgt|prof|rev)\.?[ \t]+(?P<name>[a-z][{_LOW}'’-]+)",
            re.IGNORECASE,
        )
        self._after_kin = re.compile(
            rf"(?<![\w-])(?:{kin})(?:[ \t]*[,:(][ \t]*|[ \t]+)[\"“(]?"
            rf"(?P<name>{_CAPNAME}|[a-z]\.[ \t]?{_LOWNAME}|[a-z]\.(?![\w.])|{_LETTER_PAIR}"
            rf"|[a-z][{_LOW}'-]+(?:[ \t]+[a-z]\.)?)"
        )
        # "Réjean LeBlanc (paramedic)", "Sylvie Gaudet (54, office manager)": a given name
        # and a surname before a bracket that says who they are
        self._name_before_bracket = re.compile(
            rf"(?<![\w@./-])(?P<name>{_CAP}[ \t]+{_CAP})[ \t]*"
            r"\((?=[ \t]*(?:\d|[a-z]|ex\b|he|she|they))"
        )
        # "Presenter: J. Arsenault", "Prepared by: R. T. Moana": initials and a surname after
        # the label of the clinician presenting
        self._presenter = re.compile(
            rf"(?im:^[ \t]*(?:presenter|presented[ \t]+by|prepared[ \t]+by|submitted[ \t]+by"
            rf"|clinician|therapist|counsel+or|author|from)[ \t]*[:–—-][ \t]*)"
            rf"(?P<name>(?:[A-Z]\.[ \t]?){{1,3}}{_CAP})"
        )
        # 'Genevieve Laframboise-Tan — "Gen" — 36', 'Renata Kowalczyk ("Ren")': a quoted
        # nickname set off after a full name
        self._nickname_after = re.compile(
            rf"(?P<full>{_CAP}[ \t]+{_CAP})[ \t]*(?:[—–-][ \t]*|,[ \t]*|\([ \t]*)"
            rf"[\"“](?P<name>{_CAP})[\"”]"
        )
        # "her daughters Amara and Zuri", "kids: ruby, finn & bo": names listed after a plural
        plural_kin = "|".join(re.escape(w) for w in _PLURAL_KIN)
        item = _LIST_ITEM
        sep = r"(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
        self._kin_list = re.compile(
            rf"(?<![\w-])(?i:{plural_kin})(?:[ \t]*[,:(–—-][ \t]*|[ \t]+)"
            rf"(?P<list>{item}(?:{sep}{item}){{1,5}})"
            r"(?![\w'’-])"
        )
        # "kids: 2 (jas 12, noor 8)": names with their ages in a bracket after a plural
        self._kin_ages = re.compile(
            rf"(?<![\w-])(?i:{plural_kin})[: \t]*(?:\d{{1,2}}[ \t]*)?\([ \t]*"
            rf"(?P<list>{item}[ \t]\d{{1,2}}(?:[ \t]*(?:,|and|&)[ \t]*{item}[ \t]\d{{1,2}}){{0,6}})"
            r"[ \t]*\)"
        )
        self._capword = re.compile(  # "Ana María García de la Fuente", "Tom van der Berg"
            rf"(?<![\w@./-])(?P<first>{_CAP})"
            rf"(?P<rest>(?:[ \t]+(?:[\"“][^\"”\n]{{1,20}}[\"”][ \t]+)?"
            rf"(?:{_PARTICLE}[ \t]+){{0,2}}{_CAP}){{0,3}})"
        )
        self._lower_first = re.compile(
            r"(?<![\w@./-])(?P<name>[a-z][a-z'-]{1,}(?:[ \t]+[a-z]\.)?)(?![\w@-])"
        )
        self._initials = re.compile(
            rf"(?<![\w.])(?P<name>[A-Z]\.(?:[ \t]?[A-Z]\.)+|[A-Z]\.)(?=(?P<after>[ \t]*['’]s\b|"
            rf"[ \t]+[a-z]+|[ \t]+{_CAP}|[,;)]))"
        )
        self._middle_initial = re.compile(
            rf"(?<![\w@./-])(?P<first>{_CAP})[ \t]+[A-Z]\.?"
            rf"[ \t]+(?:(?:ten|van|von|de|da|di|le|la)[ \t]+)?{_CAP}(?![\w@])"
        )
        self._viet_middle = re.compile(  # "Vo Van Sang", "Nguyen Thi Lan": a Vietnamese full name
            rf"(?<![\w@./-])(?P<name>{_CAP}[ \t]+(?:Van|Văn|Thi|Thị)[ \t]+{_CAP}(?:[ \t]+{_CAP})?)"
        )
        self._self_intro = re.compile(
            rf"(?i:(?:my|his|her|their|your|the|maiden|last|first|middle|legal|former|birth|given"
            rf"|full|real)[ \t]+name[ \t]*(?:is|was|:|\?)|"
            rf"(?:i[' ’]?a?m|is|was|were|are)[ \t]+called|calls?[ \t]+me|goes"
            rf"[ \t]+by|named|nicknamed|known[ \t]+as)"
            rf"[ \t]+[\"“]?(?P<name>{_CAPNAME}|{_LOWNAME}(?:[ \t]+{_LOWNAME})?)"
        )
        self._name_label = re.compile(  # "legal name Ashley", "deadname: Ashley", "dead name (Bo)"
            rf"(?i:legal|birth|dead|former|maiden|preferred|chosen|given|real|old)[ \t]*(?i:name)"
            rf"[ \t]*[:(–—-]?[ \t]*[\"“]?(?P<name>{_CAPNAME})"
        )
        self._bracket_nick = re.compile(  # "Wiremu (Wi)", "Katherine (Kate)": a name's short form
            rf"(?<![\w@./-])(?P<first>{_CAP})(?:[ \t]+{_CAP})?[ \t]+\((?P<nick>{_CAP})\)"
        )
        self._possessive_kin = re.compile(
            rf"(?<![\w@./-])(?P<name>{_CAP}|{_LOWNAME})['’]s[ \t]+(?:{kin})\b"
        )
        self._apposition = re.compile(  # "Ana, her sister," / "Ana (sister)" / "Kaia (5)"
            rf"(?<![\w@./-])(?P<name>{_CAPNAME})(?:,[ \t]+(?:her|his|their|my|the[ \t]+client['’]s)"
            rf"[ \t]+(?:\w+[ \t]+)?(?:{kin})\b|[ \t]+\((?:(?:{kin})\)|\d{{1,2}}"
            rf"(?:\)|[ \t]*[,;]|[ \t]*(?:y/?o|yo|yrs?|[MF])\b)))"
        )
        self._nickname = re.compile(
            rf"(?<=[A-Za-z])[ \t]+\(?[\"“](?P<nick>{_CAP})[\"”]\)?(?=[ \t,)]|$)"
        )
        heads = "|".join(sorted((re.escape(h) for h in _HOUSEHOLD_HEADS), key=len, reverse=True))
        self._household = re.compile(  # "the Zastrow place", "(Kowalski farm", "Hendry's house"
            rf"(?:(?<![\w-])(?P<the>[Tt]he[ \t]+|\()(?P<name>{_CAP}(?:[ \t]+{_CAP})?)(?:['’]s?)?"
            rf"|(?<![\w@./-])(?P<owner>{_CAP})['’]s)[ \t]+(?:{heads})\b"
        )
        self._nick_gloss = re.compile(  # '"Papo" pa' la familia', '"Bear" to his mates'
            rf"(?<![\w\"“])[\"“](?P<nick>{_CAP}|[a-z][a-z'-]+)[\"”],?[ \t]+"
            rf"(?:to|pa['’]?|para|in|at|among|around|según|pour|à)[ \t]+"
            rf"(?:[\w'’]+[ \t]+){{0,2}}?(?:{_NICK_USERS}|{kin})\b"
        )
        self._nick_frame = re.compile(  # 'Sivakumar ("Siva") Rajaratnam', 'Lachlan "Lachie" (6)'
            rf"(?<![\w@./-])(?P<first>{_CAP})[ \t]+\(?[\"“](?P<nick>{_CAP})[\"”]\)?"
            rf"(?:[ \t]+(?P<last>{_CAP}(?:[ \t]+{_CAP})?(?![\w.])|{_INITIAL}))?"
        )
        self._lower_nick = re.compile(  # 'kiara nguyen-walsh ("kiki")' in lower-case notes
            rf"(?<![\w@./-])(?P<first>{_LOWNAME})(?:[ \t]+{_LOWNAME})?[ \t]+\(?[\"“]"
            rf"(?P<nick>[a-z][a-z'-]+)[\"”]\)?"
        )
        self._age_apposition = re.compile(  # "Osian Pritchard-Evans, aged 11", "(Adonis Jr., 9)"
            rf"(?<![\w@./-])(?P<name>{_CAPNAME}(?:[ \t]+{_SUFFIX})?),[ \t]+{_AGE_AFTER}"
        )
        self._lower_age_apposition = re.compile(  # "- ty n., 24, barista" in phone-typed notes
            rf"(?<![\w@./-])(?P<name>[a-z][a-z'-]+[ \t]+[a-z]\.),[ \t]+{_AGE_AFTER}"
        )
        self._hyphen_given = re.compile(  # "Hannah (Eun-ji)", "Jae-won Park", "Mei-ling"
            rf"(?<![\w@./-])(?P<name>{_HYPHEN_GIVEN})(?![\w-])"
            rf"(?:[ \t]+(?P<last>{_CAP})(?![\w-]))?"
        )
        self._script_after = re.compile(  # 'Daniel Park ("Danny"; 재원)', "Oksana (Оксана)"
            rf"(?P<before>{_ROMAN_WORD}(?:[ \t]+{_ROMAN_WORD}){{0,3}})"
            rf"[ \t]*\((?:[^()\n]{{0,40}}?[;,/][ \t]*)?(?P<script>{_SCRIPT_NAME})[ \t]*(?=[;,)/])"
        )
        self._script_before = re.compile(  # "김재원 (Jae-won Kim)", "王美玲 (Mei-ling Wang)"
            rf"(?<!{_SCRIPT})(?P<script>{_SCRIPT_NAME})[ \t]*\([ \t]*"
            rf"(?P<after>{_ROMAN_WORD}(?:[ \t]+{_ROMAN_WORD}){{0,3}})"
        )
        self._script_label = re.compile(  # "her Korean name is 지우", "Chinese name: 美玲"
            rf"(?i:name)[ \t]*(?:is[ \t]+|[:(–—-][ \t]*)?[\"“]?(?P<script>{_SCRIPT_NAME})"
        )
        self._lower_full_age = re.compile(  # "- sky tran, 16", "mai nguyen, 45" in lower-case notes
            rf"(?<![\w@./-])(?P<first>[a-z][{_LOW}'-]+)[ \t]+(?P<last>[a-z][{_LOW}'-]+)"
            rf"(?=,[ \t]*(?:{_AGE_AFTER}))"
        )
        self._lower_apposition = re.compile(  # "jordan (supervisor)" in lower-case notes
            rf"(?<![\w@./-])(?P<name>[a-z][a-z'-]+)[ \t]+\((?:{kin})\)"
        )
        self._role_apposition = re.compile(  # "her junior, Will, sent it back"
            rf"(?<![\w-])(?:her|his|their|my|our|your)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]{{3,}},"
            rf"[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]*[,(])"
        )
        creds = "|".join(sorted((re.escape(c) for c in _CREDENTIALS), key=len, reverse=True))
        self._credentialed = re.compile(  # "R. Delgado, LMHC", "Ana Lopez, PhD"
            rf"(?<![\w@./-])(?P<name>{_INITIAL}[ \t]*{_CAP}|{_CAPNAME})"
            rf"[ \t]*,[ \t]*(?P<credential>{creds})(?![\w-])"
        )
        roles = "|".join(re.escape(v) for r in _ROLE_ABBREVIATIONS for v in (r.lower(), r.upper()))
        self._after_role_abbr = re.compile(
            rf"(?<![\w-])(?:{roles})[ \t]+"
            rf"(?P<name>{_CAPNAME}|[a-z]\.[ \t]?{_LOWNAME}|[a-z][a-z'-]+(?:[ \t]+[a-z]\.)?)"
        )
        self._title_initial_lower = re.compile(  # '"coach b."', "ms. k. said"
            rf"(?<![\w.])(?:{titles})\.?[ \t]+(?P<name>[a-z]\.)(?![\w.])"
        )
        self._label = re.compile(  # "Client: Bryn Teague", "Client: MARIA GONZALEZ", "pt: ana"
            rf"(?m)^[ \t]*(?:[-•*][ \t]*)?(?i:{_LABELS})[ \t]*:[ \t]*"
            rf"(?P<name>{_CAPNAME}|(?P<caps>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){{0,2}})\b"
            rf"|(?P<lower>{_LOWNAME}(?:[ \t]+{_LOWNAME})?))"
        )
        self._greeting = re.compile(  # "Hi Wharetini,", "Kia ora Tamahou,", "Dear Dr Ng,"
            rf"(?m)^[ \t]*(?i:{_GREETINGS})[ \t]*,?[ \t]+(?P<name>{_CAPNAME})[ \t]*(?=[,!:—–-]|$)"
        )
        self._pronouns = re.compile(  # "Jules (she/they)", "Kauhane (17, he/him)"
            rf"(?<![\w@./-])(?P<name>{_CAPNAME})[ \t]+\((?:\d{{1,2}}[ \t]*,[ \t]*)?"
            rf"(?:she|he|they|ze|xe|ey)/(?:her|hers|him|his|they|them|theirs|she|he|zir|xem|em)\b"
        )
        self._signoff_initials = re.compile(  # "EK", "- R. Delgado, LMHC", "–MR (me)", "- j.r."
            rf"(?m)^[ \t]*(?P<lead>(?:[-–—~][ \t]*)?(?:(?i:{_CLOSINGS})[ \t]*,?[ \t]*\n?[ \t]*)?)"
            rf"(?P<name>{_INITIAL}[ \t]*{_CAP}"
            rf"|(?:[A-Z]{{1,3}}|{_INITIAL}|[a-z]\.(?:[ \t]?[a-z]\.)+|[a-z]{{2,3}})"
            rf"(?=[ \t]*(?:$|[(,])))"
        )
        self._initials_of = re.compile(  # "jd (J. Donnelly, LCSW)", "EK (Emma Kowal)"
            rf"(?<![\w@./-])(?P<name>[a-z]{{2,3}}|[A-Z]{{2,3}})[ \t]*\([ \t]*"
            rf"(?P<full>(?:[A-Z]\.[ \t]*|{_CAP}[ \t]+){{1,2}}{_CAP})"
        )
        self._signoff = re.compile(
            rf"(?m)^[ \t]*(?:[-–—~][ \t]*|(?i:{_CLOSINGS})[ \t]*,?[ \t]*\n?[ \t]*)?"
            rf"(?P<name>{_CAPNAME})[ \t]*(?:,[ \t]*[A-Z][\w.,\- ]{{0,30}})?[ \t]*$"
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every name-shaped span the rules find (see the class docstring)."""
        if not hasattr(self, "_after_title"):
            self.load()
        lower_notes = W.lowercase_style(text)
        out: dict[tuple[int, int], RecognizerResult] = {}
        for start, end, rule, score in self._spans(text, lower_notes):
            start, end = _trim(text, start, end)
            if end <= start:
                continue
            key = (start, end)
            if key not in out or out[key].score < score:
                out[key] = _result(start, end, score, rule, RECOGNIZER_NAME)
        return list(out.values())

    def _spans(self, text: str, lower_notes: bool) -> Iterator[tuple[int, int, str, float]]:
        first = W.first_names()
        wide = W.given_names_wide()
        common = W.common_word_names()
        for m in self._after_title.finditer(text):
            s, e = m.span("name")
            title = m.group(0)[: s - m.start()].strip()
            if title.endswith(".") and len(title) > 5:
                continue  # "father. Remains": a word title ends the sentence, no name follows
            if _is_name_words(text[s:e]):
                yield s, e, "after a title (strong)", 0.85
        for m in self._after_title_lower.finditer(text):
            word = m.group("name").lower()
            titled = lower_notes or m.group(0).split()[0].endswith(".")
            if titled and word not in _NOT_NAME and word not in _stop_words():
                s, e = m.span("name")
                tail_m = None
                if W.fold(word) in wide:
                    # after a title a note may end with the surname ("dr. anand venkataraman")
                    tail_m = _LOWER_SURNAME.match(text, e) or _LOWER_SURNAME_AT_END.match(text, e)
                if (
                    tail_m
                    and _surname_word(tail_m.group(1))
                    and tail_m.group(1) not in _NOT_SURNAME_AFTER
                ):
                    e = tail_m.end(1)  # "dr. anand venkataraman": a given name and a surname
                yield s, e, "after a title, lower case (medium)", 0.6
        for m in [*self._after_kin.finditer(text), *self._after_role_abbr.finditer(text)]:
            s, e = m.span("name")
            name = text[s:e]
            if _title_case_phrase(text, m.start(), name):
                continue  # "Guidelines for Child Custody Evaluations": a title, not a relation
            if re.fullmatch(_LETTER_PAIR, name):
                yield s, e, "initials nickname after a kinship word (medium)", 0.6
            elif name[0].isupper():
                if " " not in name and name in nrp_terms() and name.lower() not in first:
                    continue  # "with Mamgu, English at Dad's": a language, not a name
                if _is_name_words(name, months_ok=True):
                    if _kin_opens_name(text, m.start(), s):
                        yield m.start(), e, "name opening with a kinship-like word (medium)", 0.7
                    yield s, e, "after a kinship or role word (medium)", 0.7
            elif re.match(r"[a-z]\.", name):
                surname = name[2:].strip()
                if (
                    not surname
                    or surname in _NAME_VERBS
                    or surname in _stop_words()
                    or surname in _NOT_NAME
                ):
                    # "mom k., 51", "coach b. says ok": the initial is the name, not the verb
                    yield s, s + 2, "lower-case initial after a role word (medium)", 0.6
                elif lower_notes:
                    yield s, e, "lower-case initial and surname after a role word (medium)", 0.6
            elif (
                W.fold(name.split()[0]) in wide
                and (
                    name.split()[0] not in _stop_words()
                    or lower_notes
                    and name in _MODALS
                    and _modal_is_name(text, e)
                )
                and (lower_notes or name.split()[0] not in common)
            ):
                # "dad (tuấn)", "aunty lei": any tradition's given name after a relation
                tail_m = _LOWER_SURNAME.match(text, e) if lower_notes and " " not in name else None
                tail = tail_m.group(1) if tail_m else ""
                if tail_m and _surname_word(tail) and tail not in _NOT_SURNAME_AFTER:
                    e = tail_m.end(1)  # "mom marisol ruiz (ER nurse)", "dad trent whitcomb moved"
                yield s, e, "lower-case name after a kinship word (medium)", 0.6
        for m in self._name_before_bracket.finditer(text):
            given = W.fold(m.group("name").split()[0]).lower()
            if (
                (given in wide or given in first)
                and given not in common
                and _is_name_words(m.group("name"))
            ):
                yield *m.span("name"), "given name and surname before a bracket (medium)", 0.7
        for m in self._presenter.finditer(text):
            yield *m.span("name"), "initials and surname after a presenter label (medium)", 0.7
        for m in self._nickname_after.finditer(text):
            full = m.group("full")
            given = W.fold(full.split()[0]).lower()
            if (
                _is_name_words(full)
                and (given in first or given in wide)
                and m.group("name").lower() not in _stop_words()
            ):
                yield *m.span("full"), "full name before a quoted nickname (medium)", 0.7
                yield *m.span("name"), "quoted nickname after a full name (medium)", 0.7
        for m in self._kin_ages.finditer(text):
            for hit in re.finditer(rf"(?<![\w'’ʻ-])({_LIST_ITEM})[ \t]\d{{1,2}}", m.group("list")):
                word = hit.group(1)
                if word.lower() not in _stop_words() and word.lower() not in _NON_PERSON:
                    s = m.start("list") + hit.start(1)
                    yield s, s + len(word), "name with an age in a bracket after kin (medium)", 0.6
        for m in self._kin_list.finditer(text):
            yield from _listed_names(m.start("list"), m.group("list"), wide)
        for m in self._title_initial_lower.finditer(text):
            yield *m.span("name"), "initial after a title, lower case (medium)", 0.6
        for m in self._capword.finditer(text):
            word = m.group("first")
            low = W.fold(word).lower().lstrip("ʻ")  # "ʻAisea": a Tongan name opening with an ʻokina
            if low in W.kinship_words():
                continue  # "at Nan's house": a relation; the name after it is found after kinship
            listed = low in first
            rest_words = m.group("rest").split()
            if not listed and _unlisted_first_name(text, m.start("first"), word, rest_words):
                # "Harlan Dale Whitcomb": an unlisted given name before a listed one and a
                # surname is the same person's name
                yield m.start(), m.end(), "given name before a full name (medium)", 0.6
                continue
            if not listed and not _name_shaped(word):
                continue
            if low in _stop_words() and not (
                low in common and _name_context(text, m.start("first"), m.end("first"))
            ):
                continue  # "Will" the modal, unless it is a name here ("Will didn't notice")
            if low in _NOT_NAME and not (
                low in common and _name_context(text, m.start("first"), m.end("first"))
            ):
                continue  # "April" the month, unless it calls or says something
            s, e = m.span()
            rest = [w.lower() for w in m.group("rest").split()]
            if rest and rest[0] in _NOT_NAME:
                e, rest = m.end("first"), []  # "Black July": a month is not a surname
            if cited_author(text, s, e):
                continue  # "acculturation (Berry)", "Clark's model"
            if any(w in W.org_words() or w in W.place_words() for w in rest):
                continue  # "Grace Covenant Chapel", "Vet Center": an organisation or place
            if (
                low in common
                and not rest
                and not _name_context(text, m.start("first"), m.end("first"))
            ):
                continue  # "Hope" alone needs name context; "Hope Ashcombe" does not
            initial = re.match(r"[ \t]+(?:[A-Z]-[A-Z]\b\.?|[A-Z]\.)(?![\w-])", text[e : e + 6])
            if initial:
                e += initial.end()  # "Osian P-E", "Anna B."
            rule = "known first name (medium)" if listed else "name-shaped word (medium)"
            yield s, e, rule, 0.6
        for m in self._nick_frame.finditer(text):
            first_name, nick = m.group("first"), m.group("nick")
            low = W.fold(first_name).lower()
            if not _is_name_words(first_name) or low in W.kinship_words() or low in _NON_PERSON:
                continue
            last = m.group("last")
            if (
                last is not None
                and _is_name_words(last)
                and last.split()[0].lower() not in _NOT_NAME
            ):
                # one span, as for a listed first name: 'Sivakumar ("Siva") Rajaratnam'
                yield m.start(), m.end("last"), "name with a quoted nickname (strong)", 0.85
            elif (
                last is not None
                and " " not in last
                and low in wide
                and last.lower() not in _stop_words()
                and last.lower() not in _NOT_NAME
                and last.lower() not in W.kinship_words()
                and not re.match(r"[ \t]+[A-Z]", text[m.end("last") : m.end("last") + 2])
            ):
                # 'Patrick "Paddy" Ward', 'Maureen "Mo" Church': after a given name and its
                # nickname a capitalised word is the surname, even one that is also a word
                yield m.start(), m.end("last"), "name with a quoted nickname (strong)", 0.85
            elif low in first or W.fold(nick)[:2].lower() == low[:2]:
                yield *m.span("first"), "first name before a quoted nickname (medium)", 0.7
        if lower_notes:
            for m in self._lower_nick.finditer(text):
                if (
                    m.group("first") in first
                    and m.group("first") not in _stop_words()
                    and m.group("nick") not in _stop_words()
                ):
                    yield *m.span("nick"), "quoted nickname after a name, lower case (medium)", 0.6
            for m in self._lower_apposition.finditer(text):
                if m.group("name") in first and m.group("name") not in _stop_words():
                    yield *m.span("name"), "lower-case name beside a role word (medium)", 0.6
        for m in self._age_apposition.finditer(text):
            s, e = strip_lead(text, *m.span("name"))
            name = text[s:e]
            lowered = [w.lower() for w in name.split()]
            if s == e or not _is_name_words(name) or any(w in _NON_PERSON for w in lowered):
                continue
            if len(lowered) == 1 and lowered[0].rstrip(".") not in first:
                bare = re.match(r",[ \t]+\d+(?![\dMF]|[ \t]*(?:y/?o|yo|yrs|years|-year))", text[e:])
                if bare or _is_place(name):
                    continue  # "the Doppler, 2", "moved from Leeds, 14": one unknown word
            yield s, e, "name before an age (medium)", 0.7
        for m in self._lower_age_apposition.finditer(text):
            word = m.group("name").split()[0]
            if not (
                word in _stop_words()
                or word in _NOT_NAME
                or word in W.kinship_words()
                or word in W.titles()
            ):
                yield *m.span("name"), "lower-case name and initial before an age (medium)", 0.6
        for m in self._lower_full_age.finditer(text):
            given, last = W.fold(m.group("first")), m.group("last")
            item = _item_start(text, m.start())
            if not (lower_notes or item) or given not in wide or given in _stop_words():
                continue
            if not _surname_word(last) or W.fold(last) in common:
                continue  # "mum works, 45", "sky blue, 2"
            if given in common and not item:
                continue  # "will haddad, 52" opens a line or list item; mid-line it may be a word
            yield *m.span(), "lower-case full name before an age (medium)", 0.6
        for m in self._hyphen_given.finditer(text):
            name = m.group("name")
            if not _hyphen_given_name(name):
                continue
            s, e = m.span("name")
            last = m.group("last")
            if last and _is_name_words(last) and not _is_place(last) and last not in nrp_terms():
                e = m.end("last")  # "Eun-ji Park"
            yield s, e, "romanised hyphenated given name (medium)", 0.6
        for m in self._script_after.finditer(text):
            if _romanised_name(m.group("before")):
                yield *m.span("script"), "name in another script beside a name (medium)", 0.7
        for m in self._script_before.finditer(text):
            if _romanised_name(m.group("after")):
                yield *m.span("script"), "name in another script beside a name (medium)", 0.7
        for m in self._script_label.finditer(text):
            yield *m.span("script"), "name in another script after 'name' (medium)", 0.7
        for m in self._role_apposition.finditer(text):
            s, e = m.span("name")
            name = text[s:e]
            lowered = [W.fold(w).lower() for w in name.split()]
            if lowered[0] in common and lowered[0] in _stop_words():
                pass  # "her junior, Will,": a name that is also a function word
            elif not _is_name_words(name, months_ok=True):
                continue
            if any(w in _NON_PERSON or w in W.kinship_words() for w in lowered):
                continue
            if (
                len(lowered) == 1
                and lowered[0] not in first
                and (_is_place(name) or name in nrp_terms())
            ):
                continue  # "her home town, Leeds,", "her language, Tagalog,"
            yield s, e, "name in apposition after a role (medium)", 0.6
        for m in self._credentialed.finditer(text):
            s, e = strip_lead(text, *m.span("name"))
            name = text[s:e]
            credential = m.group("credential")
            if credential in _STATE_ABBREVIATIONS and (
                len(name.split()) < 2 or W.fold(name.split()[0]).lower() not in first
            ):
                continue  # "Boston, MA", "Silver Spring, MD": a place and its state
            if s < e and _is_name_words(name) and not _is_place(name):
                yield s, e, "name before a credential (strong)", 0.85
        for m in self._apposition.finditer(text):
            s, e = strip_lead(text, *m.span("name"))
            name = text[s:e]
            lowered = [w.lower() for w in name.split()]
            if s < e and _is_name_words(name) and not any(w in _NON_PERSON for w in lowered):
                yield s, e, "name beside a kinship word or an age (medium)", 0.6
        for m in self._household.finditer(text):
            group = "name" if m.group("name") else "owner"
            s, e = m.span(group)
            name = text[s:e]
            folded = [W.fold(w).lower() for w in name.split()]
            if group == "owner" and (_sentence_start(text, s) or folded[0] in first):
                continue  # "Nobody's house" opens a sentence; "Tom's place" is found as a name
            if (
                not _is_name_words(name)
                or any(
                    w in W.kinship_words() or w in W.titles() or w in _NON_PERSON for w in folded
                )
                or name in nrp_terms()
                or _is_place(name)
            ):
                continue  # "the Thai place", "Mum's house", "the Boston house"
            yield s, e, "surname of a household (medium)", 0.6
        for m in self._nick_gloss.finditer(text):
            nick = m.group("nick")
            low = W.fold(nick).lower()
            if nick.islower() and not lower_notes:
                continue  # in prose a nickname is capitalised
            if (
                low in _stop_words()
                or low in _NOT_NAME
                or low in W.kinship_words()
                or low in W.lower_words()
                or low in _NON_PERSON
            ):
                continue  # '"Mami" to the family', '"Mija" at home': a relation or an endearment
            yield *m.span("nick"), "quoted nickname and who uses it (medium)", 0.7
        for m in self._nickname.finditer(text):
            if _after_place_name(text, m.start()):
                continue  # 'Fort Polk ("Tigerland")', 'Camp Lejeune "The Rock"': a place's nickname
            yield *m.span("nick"), "quoted nickname after a name (medium)", 0.7
        for m in self._lower_first.finditer(text):
            word = m.group("name").split()[0]
            if word not in first or word in _stop_words() or word in W.kinship_words():
                continue  # "nan" is a grandmother
            if "/" in text[m.start() - 1 : m.start()] + text[m.end() : m.end() + 1]:
                continue  # "brady/desat": clinical shorthand
            word_too = word in common or W.fold(word) in W.lower_words()  # "aroha", "ella"
            if lower_notes:
                if not word_too or _lower_name_context(text, m.end("name")):
                    yield *m.span("name"), "lower-case first name in lower-case notes (weak)", 0.5
            elif len(word) >= 4 and not word_too:
                # "follow up with patricia" in ordinary prose: a name typed in lower case
                s, e = m.span("name")
                nxt = re.match(r"[ \t]+([a-z]{2,})\b", text[e : e + 30])
                mid = re.match(rf"[ \t]+[a-z]\.?[ \t]+({_LOWNAME})", text[e : e + 40])
                if mid and mid.group(1) not in _stop_words():
                    e += mid.end()  # "benjamin a seiler"
                elif nxt and nxt.group(1) in first and nxt.group(1) not in common:
                    e += nxt.end()
                yield s, e, "lower-case first name (weak)", 0.5
        for m in self._middle_initial.finditer(text):
            if m.group("first").lower() in _LETTER_LABELS or not _is_name_words(m.group(0)):
                continue
            yield *m.span(), "first name, middle initial, surname (strong)", 0.85
        for m in self._viet_middle.finditer(text):
            if _is_name_words(m.group("name")):
                yield *m.span("name"), "Vietnamese name with a middle name (strong)", 0.85
        for m in self._self_intro.finditer(text):
            name = m.group("name")
            if name[0].islower():
                trigger = m.group(0)[: m.start("name") - m.start()].lower()
                if "name" not in trigger and not trigger.rstrip(' "“').endswith("me"):
                    continue  # "is called grounding": lower case only after "my name is", "call me"
                # lower case: up to two words that are not ordinary function words
                words = name.split()
                while words and (words[-1] in _stop_words() or words[-1] in _NOT_NAME):
                    words.pop()
                if not words or words[0] in _stop_words() or _address_word(words):
                    continue  # "calls me ma'am", 'calls me "m'eudail"': a form of address
                s = m.start("name")
                yield s, s + len(" ".join(words)), "self-introduction, lower case (medium)", 0.6
            elif _is_name_words(name):
                yield *m.span("name"), "self-introduction (medium)", 0.7
        for m in self._name_label.finditer(text):
            if _is_name_words(m.group("name")):
                yield *m.span("name"), "name after 'legal name' or 'deadname' (medium)", 0.7
        for m in self._bracket_nick.finditer(text):
            full, nick = W.fold(m.group("first")).lower(), W.fold(m.group("nick")).lower()
            related = (
                (full[:2] == nick[:2] and len(nick) < len(full))
                or nick in W.nicknames_of(full)
                or full in W.nicknames_of(nick)
            )
            if related and _is_name_words(m.group("first")) and nick not in _NON_PERSON:
                yield *m.span("first"), "name before its short form (medium)", 0.7
                yield *m.span("nick"), "short form of a name in brackets (medium)", 0.7
        for m in self._possessive_kin.finditer(text):
            name = m.group("name")
            low = W.fold(name).lower()
            if name[0].islower() and low not in first:
                continue
            if low in _stop_words() or low in _NOT_NAME or low in W.titles():
                continue
            yield *m.span("name"), "possessive before a kinship word (medium)", 0.6
        for m in self._initials.finditer(text):
            s, e = m.span("name")
            if text[s:e].lower().replace(" ", "") in _ABBREVIATIONS:
                continue
            before = re.search(r"(\w+)[ \t]*$", text[max(0, s - 20) : s])
            if before and before.group(1).lower() in _LETTER_LABELS:
                continue
            after = m.group("after")
            if (
                e - s == 2
                and after.strip()
                and after.strip()[0].isupper()
                and not _initial_name_start(text, s)
            ):
                continue  # "B. The ..." (a list letter), unless it starts a line or sentence
            yield s, e, "initials (medium)", 0.6
        for m in self._label.finditer(text):
            s, e = m.span("name")
            name = text[s:e]
            words = name.split()
            if m.group("caps") or m.group("lower"):
                # capitals or lower case: the first word must be a given name ("MARIA", "ana")
                low = W.fold(words[0]).lower()
                aged = len(words) == 2 and _age_follows(text, e) and _surname_word(words[1])
                if low not in wide or (low in _stop_words() or low in common) and not aged:
                    continue  # "client: will haddad, 52yo" is a name; "pt: will call" is not
                if len(words) > 1 and (
                    words[1].lower() in _stop_words()
                    or words[1].lower() in _NAME_VERBS
                    or words[1].lower() in _NOT_NAME
                ):
                    e = s + len(words[0])  # "pt: ana says", "Client: MARIA TO CALL"
                if aged:
                    yield s, e, "name and age after a header label (strong)", 0.85
                    continue
                yield s, e, "name after a header label (medium)", 0.7
            elif _is_name_words(name):
                yield s, e, "name after a header label (medium)", 0.7
        for m in self._greeting.finditer(text):
            s, e = m.span("name")
            name = text[s:e]
            if _is_name_words(name) and name.split()[0].lower() not in _GROUP_WORDS:
                yield s, e, "name after a greeting (medium)", 0.7
        for m in self._pronouns.finditer(text):
            s, e = strip_lead(text, *m.span("name"))
            name = text[s:e]
            if s < e and _is_name_words(name) and name.split()[0].lower() not in _NON_PERSON:
                yield s, e, "name before pronouns (strong)", 0.85
        tail_start = _tail_start(text)
        for m in self._signoff.finditer(text, tail_start):
            s, e = m.span("name")
            name = text[s:e]
            if re.fullmatch(_CLOSINGS, name, re.IGNORECASE) or not _is_name_words(name):
                continue
            words = name.split()
            prefixed = m.start("name") > m.start() and text[m.start() : s].strip()
            if len(words) > 3 or (
                not prefixed and len(words) == 1 and W.fold(name).lower() not in first
            ):
                continue  # a bare last line must be a known first name ("Aroha"), not "Questions"
            yield s, e, "email sign-off (medium)", 0.6
        for m in self._signoff_initials.finditer(text, tail_start):
            s, e = m.span("name")
            name = text[s:e]
            if re.search(rf"[{_LOW}]", name) and name[0].isupper():
                pass  # "- R. Delgado": an initial and a surname
            elif (
                name.rstrip(".") in _NOT_INITIALS
                or name.lower().replace(" ", "") in _ABBREVIATIONS
                or not _on_last_line(text, e)
            ):
                continue  # only the last line signs a note with letters alone ("EK", "- j.r.")
            elif len(name.replace(".", "")) == 1 or name.isalpha() and name.islower():
                if not m.group("lead"):
                    continue  # a lone "B." or "jd" ends a list; "- B.", "Thanks, K", "thx, jd" sign
                if name.isalpha() and name.upper() in _NOT_INITIALS:
                    continue  # "- ok", "- tbd", "- pls": shorthand, not initials
            yield s, e, "initials sign-off (medium)", 0.6
        for m in self._initials_of.finditer(text):
            letters = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", m.group("full")))
            if letters.lower() == m.group("name").lower():
                yield *m.span("name"), "initials before the full name (strong)", 0.85


#: Words after a sentence-opening verb that is also a name ("Rose at 5am", "Mark the date").
_OBJECT_WORDS = frozenset(
    {"the", "a", "an", "at", "to", "in", "on", "for", "up", "this", "that", "these", "those"}
    | {"your", "my", "his", "her", "our", "their", "it", "them", "you", "me", "him", "us"}
)
_DETERMINERS = frozenset(
    {"a", "an", "the", "her", "his", "my", "our", "their", "your", "its", "of", "in", "with"}
)


def word_use(text: str, start: int, end: int) -> bool:
    """True when a mention of a name that is also a word is the word here, not the name.

    For callers that copy a found name to its other mentions: "Will" found as a name
    in "her junior, Will," is still the verb in "Will bring the notes", and "faith" found
    in "rd faith" is still the noun in "her faith is a support". Only names in
    ``names_common_words.txt`` are ever word uses.

    Args:
        text: The whole text.
        start: First character of the mention.
        end: One past its last character.
    """
    word = text[start:end]
    low = W.fold(word).lower()
    if low not in W.common_word_names() or " " in word:
        return False
    before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 12) : start])
    if word.islower() and before and before.group(1).lower() in _DETERMINERS:
        return True  # "her faith", "a rose"
    if _sentence_start(text, start) or re.search(r"(?:^|\n)[ \t]*[-–•*][ \t]*$", text[:start]):
        nxt = re.match(r"[ \t]+([a-z]+(?:['’]t)?)\b", text[end : end + 20])
        if nxt is None or _name_context(text, start, end):
            return False
        after = nxt.group(1).replace("’", "'")
        if after in _OBJECT_WORDS:
            return True  # "Rose at 5am", "Mark the date": a verb and its object
        if low not in _MODALS:
            return word_then_noun(text, start, end)  # "Frank talk w/ him?": an adjective
        # "Will bring the notes": a modal before a bare verb; "Chase ended it" is a name
        return not re.search(r"(?:s|ed|ly)$", after)
    return False


#: Verbs after a name that are also bare forms, so after "will" or "may" they are the modal's verb.
_BARE_VERBS = frozenset(
    {"is", "was", "has", "had", "say", "text", "let", "put", "quit", "read", "cut", "set"}
    | {"cost", "spread", "split", "burst", "beat", "bet", "hit", "hurt", "shut", "lay"}
)


def name_use(text: str, start: int, end: int) -> bool:
    """True when what follows a mention makes it a person: a possessive and a noun, or a verb
    a name takes and a modal cannot ("will walked out", "yesi asked", "will's mum").

    For callers that copy a found name to mentions that could be a word ("will") or that
    are written in another case than the finding ("Yesi", then "yesi asked").
    """
    m = re.match(r"['’]s[ \t]+[a-z]+|[ \t]+([a-z]+(?:['’]t)?)\b", text[end : end + 30])
    if m is None:
        return False
    if m.group(1) is None:
        return True
    verb = m.group(1).replace("’", "'")
    if re.fullmatch(r"[a-z]{2,}[^e]ed", verb) and verb not in {"embed", "shred"}:
        return True  # "walked", "texted": a past form, never after a modal ("need", "feed" are)
    return verb in _NAME_VERBS and verb not in _BARE_VERBS


#: Short kinship words that also open given names ("Pa Nhia") or are surnames ("Ma Lin").
_KIN_NAME_PARTS = frozenset(read_word_list("names_kinship_name_parts.txt"))
#: Words before such a kinship word that make it a relation ("her Pa", "the Ma").
_KIN_DETERMINERS = frozenset(
    {"my", "her", "his", "their", "our", "your", "the", "a", "and", "dear", "old", "grand"}
)


def _kin_opens_name(text: str, kin_start: int, name_start: int) -> bool:
    """True when the kinship word at ``kin_start`` is part of the name after it ("Pa Nhia")."""
    kin = text[kin_start:name_start].strip()
    if kin not in _KIN_NAME_PARTS or text[kin_start + len(kin) : name_start] != " ":
        return False
    before = re.search(r"([\w'’]+)[ \t]*$", text[max(0, kin_start - 20) : kin_start])
    return not (
        before
        and (before.group(1).lower() in _KIN_DETERMINERS or before.group(1).endswith(("'s", "’s")))
    )


def _unlisted_first_name(text: str, start: int, word: str, rest: list[str]) -> bool:
    """True for an unlisted capitalised word opening "<word> <given name> <surname>".

    Not a function word, heading, title, relation, month, place or language; at a
    sentence start only when it opens a line and is not shaped like a verb, an adverb or
    a time word ("Phoned Dale Whitcomb", "Yesterday Dale Whitcomb").
    """
    if len(rest) < 2 or not word[:1].isupper() or word.isupper():
        return False
    nxt = W.fold(rest[0]).lower()
    if nxt not in W.first_names() or nxt in _stop_words():
        return False
    low = W.fold(word).lower()
    if (
        low in _stop_words()
        or low in _NOT_NAME
        or low in _NON_PERSON
        or low in _NAME_VERBS
        or low in W.titles()
        or low in W.kinship_words()
        or low in W.common_word_names()
        or word in nrp_terms()
        or not _is_name_words(" ".join([word, *rest]))
        or _is_place(word)
    ):
        return False
    if not _sentence_start(text, start):
        return True
    # a line opening with the name ("Harlan Dale Whitcomb (78) ..."), not with a verb,
    # an adverb or a time word ("Called Dale Whitcomb", "Yesterday Dale Whitcomb")
    from recognizers.places import _VERBS_BEFORE

    line_start = not text[max(0, start - 3) : start].strip(" \t") or "\n" in text[start - 1 : start]
    return (
        line_start
        and word not in _VERBS_BEFORE
        and not re.search(r"(?:ed|ing|ly|day|night|ward|wards|time|s)$", low)
    )


def _hyphen_given_name(word: str) -> bool:
    """A romanised hyphenated given name ("Eun-ji", "Mei-ling"), not "So-so" or "Tai-chi"."""
    low = word.lower()
    if low in _HYPHEN_NOT_NAMES:
        return False
    if low in W.given_names_wide():
        return True
    head, _, tail = low.partition("-")
    syllables = W.hyphen_syllables()
    return head != tail and head in syllables and tail in syllables


def _romanised_name(words: str) -> bool:
    """Capitalised words before or after a name in another script that are a person's name.

    One of them is a given name of any tradition or a hyphenated romanised given name, and
    none is a place, a language or a heading ("Seoul (서울)", "Korean (한국어)" are not names).
    """
    parts = words.split()
    folded = [W.fold(p).lower() for p in parts]
    if any(
        p in nrp_terms() or f in _NON_PERSON or f in W.org_words()
        for p, f in zip(parts, folded, strict=True)
    ):
        return False  # "Korean (한국어)", "Hanbit Church (한빛교회)"
    if len(parts) == 1 and (_is_place(parts[0]) or folded[0] in W.place_words()):
        return False  # "Seoul (서울)"; a surname such as "Park" stands only after a given name
    wide, common = W.given_names_wide(), W.common_word_names()
    return any(
        (f in wide and f not in common and f not in _stop_words())
        or (re.fullmatch(_HYPHEN_GIVEN, p) is not None and _hyphen_given_name(p))
        for p, f in zip(parts, folded, strict=True)
    )


def _after_place_name(text: str, start: int) -> bool:
    """The capitalised words before ``start`` name a place or an organisation ("Fort Polk")."""
    m = re.search(rf"({_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]*$", text[max(0, start - 60) : start])
    if not m:
        return False
    words = [W.fold(w).lower() for w in m.group(1).split()]
    return (
        any(w in W.place_words() or w in W.org_words() for w in words)
        or _is_place(m.group(1))
        or _is_place(m.group(1).split()[-1])
    )


def _title_case_phrase(text: str, kin_start: int, name: str) -> bool:
    """A capitalised kinship word inside a title-case phrase, before two or more capitalised
    words ("APA Guidelines for Child Custody Evaluations", "Adult Child Protective Services").

    The word before the kinship word (or before a small word such as "for") is capitalised,
    mid-sentence and not a possessive, a title or a greeting; "Sione's Aunty Lei", "Dear Aunty
    Lei" and "went with Aunty Lei Tupou" stay names.
    """
    if not text[kin_start : kin_start + 1].isupper() or len(name.split()) < 2:
        return False
    if _sentence_start(text, kin_start):
        return False
    before = text[max(0, kin_start - 40) : kin_start]
    prev = re.search(r"([\w'’]+)((?:[ \t]+(?:of|for|on|in|the|to))?[ \t]*)$", before)
    if not prev:
        return False
    word = prev.group(1)
    if word.endswith(("'s", "’s")) or not word[:1].isupper():
        return False
    low = word.lower()
    return not (low in W.titles() or low in W.kinship_words() or re.fullmatch(_GREETINGS, low))


def _item_start(text: str, start: int) -> bool:
    """``start`` opens a line, a list item or a labelled field ("- sky", "client: will")."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(re.fullmatch(r"[ \t]*(?:[-–•*>][ \t]*)?(?:[\w ]{1,20}:[ \t]*)?", line))


def _age_follows(text: str, end: int) -> bool:
    """An age follows a name ending at ``end``: ", 52yo", ", 16 (dob ...)", " (9)"."""
    return bool(re.match(rf"(?:,[ \t]*|[ \t]+\()(?:{_AGE_AFTER})", text[end : end + 30]))


#: A lower-case surname after a given name, where the phrase then ends or goes on with a verb.
_LOWER_SURNAME = re.compile(
    r"[ \t]+([a-z][a-z'’-]{2,})(?=[ \t]*[(),.;:+/]|[ \t]+(?:moved|lives|lived|works"
    r"|worked|who|is|was|has|had|says|said|and|left|died|called|texted|rang|came|comes)\b)",
    re.MULTILINE,
)
#: A lower-case surname that ends a line of notes ("dr. anand venkataraman").
_LOWER_SURNAME_AT_END = re.compile(rf"[ \t]+([a-z][{_LOW}'’-]{{2,}})[ \t]*$", re.MULTILINE)
#: Words after a lower-case given name that say when or how, not who ("mom jo again.").
_NOT_SURNAME_AFTER = W.word_set("names_not_surname_after.txt")


def _surname_word(word: str) -> bool:
    """A lower-case word that can stand as a surname: not a function word, verb or name word."""
    low = word.lower()
    return not (
        low in _stop_words()
        or low in _NAME_VERBS
        or low in _NOT_NAME
        or low in W.kinship_words()
        or low in W.titles()
        or low.endswith("ing")
    )


def _name_shaped(word: str) -> bool:
    """A given name by its shape though not listed: "Marie-Ange", "Da'Quan", "D'Andre", "O'Neil"."""
    first = W.first_names()
    parts = W.fold(word).lower().split("-")
    if len(parts) == 2 and all(p in first for p in parts):
        return True  # two listed given names joined: "Jean-Luc", "Anne-Marie"
    return bool(re.fullmatch(r"[A-Z][a-z]{0,2}['’][A-Z][a-z]{2,}", word))


def _address_word(words: list[str]) -> bool:
    """Lower-case words that are an endearment or a word, not a name ("ma'am", "mo chridhe")."""
    lower = W.lower_words()
    return W.fold(" ".join(words[:2])) in lower or W.fold(words[0]) in lower


def strip_lead(text: str, start: int, end: int) -> tuple[int, int]:
    """Skip leading kinship words, titles and headings ("Kids Mia" -> "Mia")."""
    while True:
        m = re.match(r"([^\W\d_][\w'’-]*)[ \t]+", text[start:end])
        if not m:
            return start, end
        word = W.fold(m.group(1)).lower().rstrip(".")
        if not (word in W.kinship_words() or word in W.titles() or word in _NON_PERSON):
            return start, end
        start += m.end()


def _is_place(name: str) -> bool:
    """A city, state or country name ("Leeds", "Ontario"), by the shared gazetteer."""
    from recognizers.places import gazetteer

    gaz = gazetteer()
    return gaz.is_city(name) or gaz.is_region(name)


def _on_last_line(text: str, end: int) -> bool:
    """``end`` is on the last non-blank line: only white space follows that line."""
    newline = text.find("\n", end)
    return newline == -1 or not text[newline:].strip()


def _initial_name_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or "\n" in before or bool(re.search(r"[.!?][ \t]+$", before))


def _tail_start(text: str) -> int:
    """Offset where the last three non-blank lines begin (sign-offs live there)."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return lines[-3].start() if len(lines) >= 3 else 0


def _name_context(text: str, start: int, end: int) -> bool:
    """A capitalised name-like word ("Hope", "April") is used as a name here."""
    after = text[end : end + 30]
    m = re.match(
        r"(?:['’]s[ \t]+(?P<noun>[a-z]+)|[ \t]+\((?P<age>\d{1,2})\)"
        r"|[ \t]+(?P<verb>[a-z]+(?:['’]t)?))",
        after,
    )
    if m:
        if m.group("noun") or m.group("age"):
            return True
        verb = m.group("verb").replace("’", "'")
        if verb.endswith("n't") and verb in _NAME_VERBS and text[start:end].lower() in _MODALS:
            return True  # "Will didn't notice": a modal is never followed by a negated verb
        if verb in _NAME_VERBS and not _sentence_start(text, start):
            word = text[start:end].lower()
            months = {"april", "may", "june", "august"}
            return not (word in months and verb in {"is", "was", "has", "had"})
    return False


#: Names that are also modal verbs: before a negated verb they can only be names.
_MODALS = frozenset({"will", "may"})


def _modal_is_name(text: str, end: int) -> bool:
    """After a relation in notes, "will" or "may" ending at ``end`` is a name: the note
    ends or goes on with an age, a bracket, a place word or a past verb ("son will in uni",
    "wife may (72)", "son will walked out"), not with a bare verb ("son will call")."""
    if re.match(r"[ \t]*(?:$|\n|[(),;+/]|\d)", text[end : end + 3]):
        return True
    if re.match(r"[ \t]+(?:in|at|on|from|with|w/|@|away|home|overseas|abroad)\b", text[end:]):
        return True
    return name_use(text, end - len(text[:end].split()[-1]), end)


def _lower_name_context(text: str, end: int) -> bool:
    """A lower-case name-like word in lower-case notes is followed by a verb ("dawn texts me")."""
    m = re.match(r"[ \t]+([a-z]+)", text[end : end + 20])
    return (
        m is not None
        and m.group(1) in _NAME_VERBS
        and m.group(1) not in {"is", "was", "has", "had"}
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    return start == 0 or bool(re.search(r"(?:[.!?:]\s+|\n\s*)$", before))


def _is_name_words(name: str, months_ok: bool = False) -> bool:
    """Capitalised words that could be a name (not weekdays, months, titles, stop words).

    Args:
        name: The candidate.
        months_ok: After a kinship word a month is a name ("her daughter April").
    """
    words = [w.lower().rstrip(".,") for w in name.split()]
    if not words:
        return False
    w0 = words[0]
    if w0 in _NOT_NAME and not (months_ok and w0 in W.common_word_names()):
        return False
    if w0 in _NON_PERSON and w0 not in W.first_names():
        return False  # "To: Tues consult group", "Client: Family of four"
    if len(w0) > 1 and (w0 in _stop_words() or w0 in W.titles()):
        return False
    return not any(w in W.org_words() or w in W.place_words() for w in words)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a possessive ending, trailing quote or punctuation (not an initial's period)."""
    span = text[start:end]
    for suffix in ("'s", "’s", "'", "’"):
        if span.endswith(suffix):
            span = span[: -len(suffix)]
            break
    span = span.rstrip(' \t,;:"”')
    if span.endswith(".") and not re.search(r"(?:^|[\s.])[A-Za-z]\.$|\b(?:Jr|Sr)\.$", span):
        span = span[:-1]
    return start, start + len(span)


def _stop_words() -> frozenset[str]:
    from recognizers.known_list import _STOP_WORDS

    return _STOP_WORDS()


def _result(start: int, end: int, score: float, rule: str, name: str) -> RecognizerResult:
    return RecognizerResult(
        entity_type=PERSON,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=name, original_score=score, pattern_name=rule
        ),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name, "kind": "direct"},
    )
