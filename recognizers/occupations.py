"""Occupations, ranks and fields of study of the client or family (quasi)."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.entities import OCCUPATION
from recognizers.name_words import lowercase_style
from recognizers.places import UPPER, _alternation, make_result

#: Most modifiers before a head noun ("county road maintenance supervisor" has three).
MAX_MODIFIERS = 4

_WORD = re.compile(r"[\w'’&/-]+|[^\w\s]")
#: Verbs before "a/an" that say what the person is ("is a", "works as a").
#: A pronoun contracted with "is" ("she's head of maths").
_PRONOUN_IS = frozenset(["he's", "she's", "who's"])
_IS_VERB = frozenset(
    ["is", "was", "as", "became", "become", "becomes", "been", "be", "being", "remains"]
    + ["remained", "also", "now", "still", "once", "formerly", "previously", "'s", "’s"]
)
#: Before "a/an": words that make the phrase say what the person is ("is a", ", a").
_IS_A = _IS_VERB | frozenset(["and", ",", "(", ":", ";", "–", "—", "-"])
#: Modifiers that alone say the phrase is someone's (past) job.
_TENURE = frozenset(
    ["former", "retired", "ex", "ex-", "onetime", "one-time", "lifelong", "veteran"]
    + ["self-employed", "freelance", "part-time", "full-time", "semi-retired", "unemployed"]
    + ["laid-off", "seasonal", "apprentice", "journeyman", "master"]
)
#: Credentials that say it is a job, except for care-team roles ("a licensed therapist").
_CREDENTIAL = frozenset(
    ["qualified", "licensed", "certified", "registered", "professional", "career", "trainee"]
    + ["locum", "chartered", "accredited"]
)
#: "4th-gen dairy farmers", "third-generation fisherman": a family trade.
_GENERATION = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh)-gen(?:eration)?$",
    re.IGNORECASE,
)
#: A modifier token that starts with a digit: "2nd-shift", "4th-gen", "24-hour".
_NUMBERED_MODIFIER = re.compile(r"^\d+(?:st|nd|rd|th)?-[a-z]", re.IGNORECASE)
#: Labels before a colon or dash that introduce someone's job ("Work: line cook",
#: "Fam: dairy farmers", "dad - electrician").
_JOB_LABELS = frozenset(
    ["occupation", "occupations", "job", "jobs", "employment", "profession", "work", "works"]
    + ["career", "employer", "trade", "fam", "family", "parents", "household", "employed"]
    + ["occ", "occup", "emp", "empl", "vocation", "vocational", "role", "position", "title"]
    + ["history", "hx", "status"]  # "Work history:", "employment hx:", "job status:"
)
#: Possessives and articles that make a foreign title someone the person sees ("her morah",
#: "el médico", "su abogado").
_NOT_BEFORE_FOREIGN = frozenset(
    ["the", "his", "her", "their", "my", "our", "your", "its", "el", "la", "los", "las"]
    + ["le", "les", "al", "del", "su", "sus", "mi", "mis", "tu", "son", "sa", "ses", "mon"]
    + ["ma", "der", "die", "das", "dem", "den"]
)
_AGE = re.compile(
    r"^(?:\d{1,3}-?(?:year|yr)s?-?old|\d{1,3}(?:y/?o|yo|[mf])|\d{1,3})$", re.IGNORECASE
)
#: An age unit standing apart from its number ("47 y/o plumber").
_AGE_UNIT = frozenset(["y/o", "yo", "yrs", "yr", "years", "year"])
#: A military occupational specialty before the title: "0311 rifleman", "11B infantryman".
_MOS = re.compile(r"^(?:\d{4}|\d{2}[A-Z]\d{0,2})$")
#: After the head: employer ("at Quillfeather", "for a regional shipping contractor").
_EMPLOYER_AFTER = re.compile(rf"^[ \t]+(?:at|for|with|out[ \t]+of)[ \t]+(?:the[ \t]+)?[{UPPER}0-9]")
#: After a head with no article ("has been senior pastor at ..."): the phrase ends there.
_PHRASE_END = re.compile(
    r"^(?:[ \t]*(?:[,.;:)!?\n–—]|$)|[ \t]+(?:at|for|with|in|on|of|and|since|until|from|out)\b)"
)
#: "lecturer in social anthropology", "professor of history": the field goes with the title.
_FIELD_HEADS = frozenset(
    ["lecturer", "professor", "researcher", "scientist", "teacher", "tutor", "fellow"]
    + ["instructor", "reader", "postdoc", "student", "candidate", "specialist", "director"]
    + ["manager", "coordinator", "supervisor", "officer", "head", "chief", "dean", "assistant"]
)
_FIELD_AFTER = re.compile(
    r"^[ \t]+(?:in|of)[ \t]+(?!(?:the|a|an|his|her|their)\b)[a-z][\w-]*"
    r"(?:[ \t]+(?!(?:at|in|from|with|for|and|or|since|who|which|that|where|when|but|on|to|as"
    r"|there|here|now|then|too|also|until|full-time|part-time|since)\b)[a-z][\w-]*){0,2}"
)
#: Before "for": the title is the next step of the person's own career.
_IN_LINE_FOR = frozenset(
    ["groomed", "line", "shortlisted", "tapped", "slated", "earmarked", "interviewed"]
    + ["interviewing", "applied", "applying", "up", "passed", "bidding", "acting"]
)
#: Words for "I" that make the title the presenting clinician's own ("so am I, as a ...").
_FIRST_PERSON = frozenset(["i", "i'm", "i’m", "me", "myself", "i've", "i’ve", "i'd", "i’d"])
#: Words that make "be a doctor" a wish or a possibility, not a job held.
_MODAL = frozenset(
    ["will", "would", "could", "should", "might", "may", "can", "must", "to", "'ll", "’ll"]
    + ["wants", "want", "wanted", "hopes", "hoped", "dreams", "never"]
)
#: Heads too vague to be an occupation without a modifier ("a contractor", "a worker",
#: "a tech"); with one they are ("nail tech", "farm worker").
_VAGUE_HEADS = frozenset(
    ["contractor", "worker", "employee", "freelancer", "temp", "staffer", "volunteer", "tech"]
    + ["techs", "workers", "contractors", "employees", "volunteers", "owner", "owners", "doc"]
    + ["docs"]
)
_PRONOUNS = frozenset(["he", "she", "they", "who"])
#: Vague heads that are a trade after "is/was a" ("dad is a contractor").
_VAGUE_AFTER_IS = frozenset(["contractor", "freelancer", "temp"])
#: Modifiers that do not make a vague head a trade ("a big tech", "the new worker").
_VAGUE_MODIFIERS = frozenset(
    ["big", "small", "new", "old", "good", "bad", "great", "hard", "other", "young", "local"]
    + ["high", "low", "ed", "fin", "med", "health", "clean", "green", "hi", "no", "some"]
)
#: After a title: "like his uncle", "like her mum": the relative holds that job.
_LIKE_KIN = re.compile(
    r"^[ \t]+like[ \t]+(?:(?:his|her|their|my|our)[ \t]+)?(?:(?:older|younger|big|little|late)"
    r"[ \t]+)?([\w'’-]+)"
)
#: After a title: "by trade", "by profession".
_BY_TRADE = re.compile(r"^[ \t]+by[ \t]+(?:trade|profession|training)\b")
#: Titles joined into one job: "QA analyst / software tester", "farmer and grazier".
_JOINED = re.compile(
    r"^[ \t]*(?:/|&|\+|→|->|⇒|[–—]|-(?=[ \t])|\band\b|\bor\b"
    r"|,?[ \t]*(?:then|later|now|previously|formerly"
    r"|before[ \t]+that|and[ \t]+then)\b[ \t]*,?)[ \t]*(?:(?:a|an)[ \t]+)?$"
)
#: Modifiers of "carer" that make it a family role ("the primary caregiver").
_FAMILY_CARE = frozenset(
    ["primary", "main", "sole", "family", "unpaid", "informal", "young", "kinship", "kin"]
    + ["full-time", "only", "principal", "designated", "parent"]
)
#: "carer for her mother": a family role, not a job.
_FAMILY_ROLE_AFTER = re.compile(
    r"^[ \t]+(?:for|to|of)[ \t]+(?:his|her|their|my|our|an?|the)[ \t]+(?:[\w-]+[ \t]+)?"
)
#: Modifiers that make "vet" a veteran ("a combat vet", "an Army vet").
_VETERAN_MODIFIERS = frozenset(
    ["combat", "army", "navy", "marine", "marines", "military", "war", "vietnam", "iraq"]
    + ["afghanistan", "gulf", "korea", "korean", "disabled", "air", "force", "usmc", "wwii"]
)
#: After a title: where the work is done ("a lasher on the docks", "a kaiāwhina at the local
#: marae"); the place goes with the title.
_WORKPLACE_AFTER = re.compile(
    r"^[ \t]+(?:(?:on|down)[ \t]+the[ \t]+(?:docks|dock|wharf|wharves|waterfront|rigs|oil[ \t]+rigs"
    r"|boats|trawlers|railways?|railroad|buses|bins|trains|tugs|ferries|pits|mines|ships|tankers"
    r"|buildings?[ \t]+sites?|sites|line|assembly[ \t]+line|killing[ \t]+floor|trucks|tools)"
    r"|at[ \t]+the[ \t]+(?:local|nearby|village|town|district|community)[ \t]+"
    r"[a-zāēīōū][\w'’-]*(?:[ \t]+(?:club|school|church|hospital|pub|council|mosque|temple|mill"
    r"|plant|factory|farm|store|shop|garage|hall|library|centre|center|hotel|cafe|café|bakery"
    r"|surgery|pharmacy|station|depot|yard|mine|college|parish|practice|office))?)(?![\w-])"
)
_EMPLOYER_PHRASE = re.compile(
    r"^[ \t]+(?:for|with)[ \t]+(?:a|an)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?"
    r"(?:contractor|company|firm|agency|business|charity|nonprofit|non-profit|startup|"
    r"airline|bank|restaurant|hospital|clinic|school|university|council|ministry|newspaper|"
    r"magazine|station|network|factory|plant|mine|farm|ranch|store|shop|chain|church)\b"
)
#: Fields of study: "geology major", "PhD candidate in linguistics", "majoring in history".
_STUDY = re.compile(
    r"\b(?:(?:[A-Za-z][\w-]*[ \t]+){1,2}major(?![ \t]+(?:depress|surgery|life|stressor|concern|"
    r"incident|trauma|event|change|loss|problem|issue|role|factor|progress|improvement"
    r"|step|milestone|difference|breakthrough|setback|decision|argument|fight|row|crisis"
    r"|episode|relapse|shift|part|impact|influence|source|reason|risk|achievement|challenge"
    r"|barrier|trigger|theme|focus|goal|flare|operation|injury|illness|regression|gains?))"
    r"|(?:PhD|Ph\.D\.|doctoral|master's|masters|MSc|MA|graduate|grad|undergraduate)[ \t]+"
    r"(?:student|candidate|researcher|fellow)[ \t]+in[ \t]+[a-z][\w-]*"
    r"(?:[ \t]+(?:and[ \t]+)?(?!(?:at|in|from|with|for|and|since|who|but|on)\b)[a-z][\w-]*)?"
    r"|(?:(?:first|second|third|fourth|final|\d(?:st|nd|rd|th))[ \t-](?:year|yr)[ \t]+)?"
    r"(?:nursing|medical|med|law|dental|pharmacy|veterinary|vet|engineering|architecture"
    r"|pre-?med|pre-?law|pre-?vet|pre-nursing|pre-dental|psychology|psych|social[ \t]+work"
    r"|comp[ \t]+sci|computer[ \t]+science|economics|accounting|finance|journalism|midwifery"
    r"|physio|physiotherapy|paramedic|paramedicine|dentistry|optometry|radiography"
    r"|kinesiology|criminology|architecture|agriculture|aviation|culinary|film|fine[ \t]+art"
    r"|music|theatre|theater|drama|dance|design|fashion|education|teaching|PhD|doctoral"
    r"|grad|graduate|postgrad|masters|master's)[ \t]+students?"
    r"|majoring[ \t]+in[ \t]+[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)\b"
)
_NOT_MAJOR = re.compile(r"^(?:drum|sergeant|two|one)\b", re.IGNORECASE)


@cache
def _deals_in() -> re.Pattern[str]:
    """ "deals in scrap metal and horses", "trades in antiques": the trade is the job."""
    goods = _alternation(read_word_list("occupations_goods.txt"))
    one = rf"(?:(?:used|second-hand|secondhand|vintage|antique|rare|old|classic)[ \t]+)?(?:{goods})"
    return re.compile(
        rf"\b(?i:deals|dealt|dealing|trades|traded|trading)[ \t]+in[ \t]+(?i:{one}"
        rf"(?:[ \t]*(?:,|and|&|\+|or)[ \t]*{one})*)(?![\w-])"
    )


@cache
def _field_after_person() -> re.Pattern[str]:
    """ "Sister: Hannah, 19, biomedical engineering at Georgia Tech": a field of study right
    after someone's age, with a college after it (group 1)."""
    fields = _alternation(read_word_list("occupations_fields.txt"))
    return re.compile(
        rf"(?:\b\d{{1,2}}(?:[ \t]*(?:y/?o|yo|yrs?))?|\))[ \t]*[,:–-][ \t]*"
        rf"((?:(?!(?:at|in|and|the|a|an|her|his|lives|living|works|working)\b)[a-z][\w-]*[ \t]+)"
        rf"{{0,2}}(?i:{fields}))(?![\w-])(?={_AT_COLLEGE.pattern})"
    )


#: A Canadian public-service classification code after a title: "(EC-06)", "(PM-04)".
_CLASS_CODE = re.compile(
    r"\((?:AS|CR|EC|PM|IT|CS|PE|FI|EX|ED|EG|EN|GT|PG|CO|ES|PC|SE|NU|LS|TR|AU|BI|CH|FB|FR|GL"
    r"|GS|HP|HR|LC|MA|MD|OP|PR|PS|RO|SG|SO|SR|SW|TI|UT|VM|WP|CM|IS|AR)(?:-[A-Z]{2,4})?-0?\d\)"
)
#: Where the title before a classification code starts: a line or sentence start, a
#: comma or colon, or "is/was/as a".
_CLASS_TITLE_START = re.compile(
    r"^(?:(?s:.*)(?:\n|[.!?;:,(][ \t]+|\b(?:is|was|as|an?|now|currently|became)[ \t]+))?"
    r"((?:[\w'’-]+[ \t]+){0,5}[\w'’-]+)[ \t]*$"
)


def _class_code_results(text: str, name: str) -> list[RecognizerResult]:
    """A public-service title with its classification code ("Analyste principale des
    politiques (EC-06)", "policy analyst (EC-04)"); the code alone when no title is found."""
    out = []
    for m in _CLASS_CODE.finditer(text):
        start = m.start()
        window = text[max(0, start - 80) : start]
        before = _CLASS_TITLE_START.match(window)
        if before and (before.start(1) > 0 or start <= 80):
            start = max(0, start - 80) + before.start(1)
        out.append(
            make_result(
                OCCUPATION, start, m.end(), 0.6, name, "classification code (medium)", "quasi"
            )
        )
    return out


def plural(title: str) -> str:
    """The regular plural of a title's last word ("dairy farmer" -> "dairy farmers")."""
    words = title.split(" ")
    last = words[-1]
    if last.endswith(("man", "woman")) and not last.endswith(("human", "shaman")):
        last = last[:-3] + "men"
    elif last.endswith(("s", "x", "ch", "sh", "z")):
        last += "es"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.isupper():
        last += "s"  # "CNAs", "RNs"
    else:
        last += "s"
    return " ".join([*words[:-1], last])


@cache
def _heads() -> dict[str, str]:
    """Every head noun form, singular and plural, mapped to its singular (lower case)."""
    out: dict[str, str] = {}
    for name in ("occupations_titles.txt", "occupations_titles_foreign.txt"):
        for t in read_word_list(name):
            if t.startswith("re:"):
                continue
            low = t.lower()
            out.setdefault(low, low)
            out.setdefault(plural(low), low)
    return out


@cache
def _foreign() -> frozenset[str]:
    """Occupation words of other languages (singular and plural, lower case)."""
    words = [t.lower() for t in read_word_list("occupations_titles_foreign.txt")]
    return frozenset(words + [plural(w) for w in words])


@cache
def _not_after_head() -> frozenset[str]:
    """Nouns after a title that make it a modifier ("a tech company", "nurse training")."""
    return frozenset(t.lower() for t in read_word_list("occupations_not_after_head.txt"))


@cache
def _head_regexes() -> tuple[str, ...]:
    return tuple(
        t[3:].strip() for t in read_word_list("occupations_titles.txt") if t.startswith("re:")
    )


def trie_regex(words: list[str]) -> str:
    """A regex alternation of ``words`` built as a character trie (fast with many words).

    Spaces in a word match any run of spaces or tabs.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"[ \t]+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(trie)


@cache
def _clinical() -> frozenset[str]:
    return frozenset(t.lower() for t in read_word_list("occupations_clinical_roles.txt"))


@cache
def _stop() -> frozenset[str]:
    return frozenset(read_word_list("occupations_stopwords.txt"))


@cache
def _people() -> frozenset[str]:
    """Person and kin words ("mom", "her husband") whose appositive is their job."""
    return frozenset(read_word_list("ages_subjects.txt"))


@cache
def _teaching() -> re.Pattern[str]:
    """ "teaches maths", "taught Year 9 science": what someone teaches is their job."""
    fields = _alternation(read_word_list("occupations_fields.txt"))
    return re.compile(
        rf"\b(?:teaches|taught|teaching)[ \t]+(?:(?:high[ \t]+school|primary|secondary"
        rf"|middle[ \t]+school|elementary|(?i:year|grade)[ \t]+\d{{1,2}}|GCSE|A-level)[ \t]+)?"
        rf"(?i:{fields})(?![\w-])"
    )


@cache
def _programme_switch() -> re.Pattern[str]:
    """ "switched from Life Sci to Media Studies": both programmes are fields of study."""
    fields = _alternation(read_word_list("occupations_fields.txt"))
    field = rf"(?:[{UPPER}][\w.&-]*(?:[ \t]+[{UPPER}][\w.&-]*){{0,2}}|(?:{fields})(?![\w-]))"
    return re.compile(
        rf"\b(?:switched|changed|transferred|moved)[ \t]+(?:(?:programs?|programmes?|majors?"
        rf"|courses?|degrees?)[ \t]+)?from[ \t]+({field})(?:[ \t]*\([^)\n]{{0,60}}\))?"
        rf"[ \t]+(?:in(?:to)?|to)[ \t]+({field})"
    )


_QUOTES = frozenset(['"', "“", "”", "(", ")", ":"])


def _person_before(tokens: list[tuple[int, str]], k: int) -> bool:
    """True when the comma at ``tokens[k]`` follows a person: an age ("Eleni (49),", "Jo, 24,"),
    a kin word a few words back ("mom Dana Albrecht,", 'granddaughter Yesenia ("Yesi"),') or
    a name with a quoted nickname, so what follows is their job."""
    if _in_person_bracket(tokens, k):
        return True
    j = k - 1
    closed = j >= 0 and tokens[j][1] == ")"
    if closed:
        j -= 1
    if j >= 1 and _AGE.match(tokens[j][1]):
        # "(49)," or "(35," or ", 24," or "(Leah, 52)": the number stands alone, not a score
        # ("(emotional 8),")
        return tokens[j - 1][1] == "(" or tokens[j - 1][1] == ","
    nickname = False
    words = 0
    for jj in range(k - 1, max(-1, k - 10), -1):
        tok = tokens[jj][1]
        if tok.lower() in _people():
            return True
        if tok in _QUOTES:
            continue  # 'Yesenia ("Yesi"),': a quoted nickname in brackets
        if not tok[0].isalpha():
            return nickname
        if tok[0].isupper() and jj + 1 < k and tokens[jj + 1][1] in ('"', "“", "("):
            nickname = nickname or any(t[1] in ('"', "“") for t in tokens[jj + 1 : k])
        words += 1
        if words >= 4:
            break
    return nickname


#: Adverbs before a title with no article that say it was the person's job ("previously
#: warehouse picker"); they are stop words, so they are not taken as modifiers.
_PAST_ADVERBS = frozenset(["previously", "formerly", "originally"])
#: Tokens that close the clause a bracket about a person opened.
_BRACKET_BREAKS = frozenset([")", ".", ";", "!", "?"])


def _in_person_bracket(tokens: list[tuple[int, str]], k: int) -> bool:
    """True when the comma at ``tokens[k]`` lies in a bracket opened right after a kin word
    or a name ('wife Ana ("Annie", 41, ID 123, ...'), so what follows describes them."""
    for j in range(k - 1, max(-1, k - 16), -1):
        tok = tokens[j][1]
        if tok in _BRACKET_BREAKS:
            return False
        if tok == "(":
            if j == 0:
                return False
            before = tokens[j - 1][1]
            if before in ('"', "”"):
                return True  # 'Ana "Annie" (41, ...'
            name = before[:1].isupper() and before[1:].islower() and len(before) > 1
            return name or before.lower() in _people()
    return False


#: After a title: "(retired)", ", now retired", ", retired since 2019".
_RETIRED_AFTER = re.compile(r"^[ \t]*(?:\([ \t]*retired|,[ \t]*(?:now[ \t]+)?retired\b)")
#: The title ends its phrase: a comma, bracket or full stop, or an employer after it.
_TITLE_END = re.compile(r"^(?:[ \t]*(?:[,;)]|\.(?:\s|$)|\n|$)|[ \t]+(?:at|for|with)[ \t])")


def _name_before(tokens: list[tuple[int, str]], k: int) -> bool:
    """True when the comma at ``tokens[k]`` follows a capitalised name of one to three words
    after a bullet, a bracket, a kin word or a client label ("Client: Mark Chen, accountant").
    """
    j = k - 1
    words = 0
    while j >= 0 and words < 3 and tokens[j][1][:1].isupper() and tokens[j][1][1:].islower():
        j -= 1
        words += 1
    if not words or words < 2 and j >= 0 and tokens[j][1] not in (":", "(", "-", "–", "•"):
        return False
    opener = tokens[j][1] if j >= 0 else ""
    if opener == ":":
        # "Client: Mark Chen, accountant", not "Presenter: Jo Bloggs, psychologist"
        return j >= 1 and tokens[j - 1][1].lower() in _people()
    return opener in ("(", "-", "–", "—", "•") or opener.lower() in _people()


def _first_person_before(tokens: list[tuple[int, str]], i: int) -> bool:
    """True when "I" opens the clause just before a title ("so am I as a ..."), with no
    other person, name or comma between."""
    for j in range(i, max(-1, i - 5), -1):
        tok = tokens[j][1]
        low = tok.lower()
        if low in _FIRST_PERSON:
            return True
        if tok == "," and j > 0 and tokens[j - 1][1].lower() in _FIRST_PERSON:
            return True  # "I, as a psychologist, ..."
        if not tok[0].isalpha() or low in _people() or (tok[0].isupper() and low != "i"):
            return False
        if low in ("he", "she", "they", "his", "her", "their", "him", "them", "who", "you"):
            return False
    return False


def _study_start(m: re.Match[str]) -> int | None:
    """Where a field-of-study match really starts: "as a nursing major" -> "nursing major".

    Returns None when no field word is left before "major" ("is a major").
    """
    if not re.search(r"\bmajor\b", m.group(0)) or m.group(0).lower().startswith("majoring"):
        return m.start()
    words = list(re.finditer(r"[\w'’-]+", m.group(0)))
    start = None
    for w in words:
        if w.group().lower() == "major":
            break
        start = (
            None if w.group().lower() in _stop() else (start if start is not None else w.start())
        )
    return None if start is None else m.start() + start


#: Modifiers of a care-team word that keep it the care team's ("the duty psychiatrist", "her
#: community nurse", "the practice nurse"), so a specialty alone does not make it a job.
_CARE_TEAM_MODIFIERS = frozenset(
    ["primary", "duty", "treating", "attending", "consultant", "community", "psychiatric"]
    + ["mental", "health", "case", "on-call", "ward", "triage", "crisis", "intake", "assigned"]
    + ["new", "previous", "lead", "named", "key", "practice", "district", "school", "liaison"]
    + ["outreach", "home", "visiting", "hospice", "palliative", "perinatal", "cpn", "our"]
    + ["team", "trainee", "student", "supervising", "referring", "covering", "locum", "staff"]
)
#: Before a bracketed title: words that make the named person someone the client sees
#: ("referred by Sarah Kent (school nurse)"), and honorifics of the care team.
_SEEN_BEFORE_NAME = frozenset(
    ["by", "from", "with", "to", "via", "saw", "sees", "seeing", "see", "contacted", "called"]
    + ["rang", "phoned", "emailed", "spoke", "liaised", "dr", "doctor", "prof", "mx"]
    + ["nurse", "sister", "consultant"]
)
#: After a title set off by commas in a note: the sentence goes on ("commercial crabber,
#: sees the kids"), not a list ("class teacher, and the SENCO").
_SET_OFF_AFTER = re.compile(
    r"^[ \t]*(?:,[ \t]+(?!(?:and|or|the|a|an|her|his|their)\b)[a-z]|;|[ \t][–—-][ \t])"
)


#: Care-team heads that stay the care team's whatever their modifiers or brackets ("Aroha
#: (AOD clinician)", "the trauma therapist at ..."): they are rarely a client's job.
_TEAM_ONLY_HEADS = frozenset(
    ["clinician", "therapist", "psychotherapist", "psychologist", "psychiatrist", "counselor"]
    + ["counsellor", "caseworker", "case manager", "social worker", "worker", "key worker"]
    + ["keyworker", "support worker", "outreach worker", "youth worker", "peer worker"]
    + ["peer support worker", "family support worker", "community worker", "care coordinator"]
    + ["advocate", "patient advocate", "family clinician", "primary clinician", "coordinator"]
)


#: After a title: an employer that ends the phrase ("at Spectrum Health Butterworth;"), not
#: one a sentence goes on from ("ICU nurse at Middlemore called").
_EMPLOYER_ENDS = re.compile(
    rf"^[ \t]+(?:at|for|with)[ \t]+(?:the[ \t]+)?(?:[{UPPER}0-9][\w'’&.-]*[ \t]*)+"
    r"(?:[,;:)\n]|\.(?:\s|$)|$|(?:since|for|and|on|in|as|until)\b)"
)


def _specialised(mods: list[str], head: str) -> bool:
    """True when a care-team head that is also a common job has a specialty modifier
    ("labor and delivery nurse", "ICU nurse") rather than a care-team one ("duty
    psychiatrist")."""
    return (
        head not in _TEAM_ONLY_HEADS
        and bool(mods)
        and not any(m in _CARE_TEAM_MODIFIERS or f"{m} {head}" in _clinical() for m in mods)
    )


def _bracket_after_person(tokens: list[tuple[int, str]], i: int) -> bool:
    """True when the bracket at ``tokens[i]`` follows a kin word or a capitalised name that
    is not someone the client sees ("wife Agnieszka (", "Réjean LeBlanc (")."""
    if i < 1:
        return False
    if tokens[i - 1][1].lower() in _people():
        return True
    j = i - 1
    words = 0
    while j >= 0 and words < 3 and tokens[j][1][:1].isupper() and tokens[j][1][1:2].islower():
        if tokens[j][1].lower() in _SEEN_BEFORE_NAME:
            return False  # "Dr Patel (", "Nurse Kaye ("
        j -= 1
        words += 1
    if j >= 1 and tokens[j][1] == ".":
        j -= 1  # "Dr. Patel ("
    return bool(words) and (j < 0 or tokens[j][1].lower() not in _SEEN_BEFORE_NAME)


def _person_in_clause(text: str, first: int) -> bool:
    """True when a kin word or a pronoun opens the clause before ``first`` (back to a line,
    colon, semicolon or sentence break), so a title set off by commas is theirs."""
    start = max(text.rfind(c, 0, first) for c in ("\n", ":", ";", ". "))
    words = re.findall(r"[\w'’-]+", text[start + 1 : first].lower())
    return any(w in _people() or w in _PRONOUNS for w in words[:6])


#: After a title that opens a verbless note: a dash or a comma.
_FRAGMENT_AFTER = re.compile(r"^[ \t]*(?:[–—,]|-[ \t])")


def _opens_sentence(text: str, first: int, prev: str) -> bool:
    """True when the phrase at ``first`` opens a sentence or a line."""
    if prev in (".", "!", "?", ""):
        return True
    line_start = text.rfind("\n", 0, first) + 1
    return not text[line_start:first].strip(" \t-–—•*")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """True when the title is the whole line (a signature block or résumé heading)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip() and line_start > 0


#: Lines of work named by a gerund or a service ("retired from teaching", "left nursing",
#: "twenty years in policing", "went into the police").
_CAREERS = (
    r"teaching|nursing|policing|farming|fishing|mining|trucking|plumbing|banking|lecturing"
    r"|preaching|ministry|the[ \t]+ministry|the[ \t]+police|the[ \t]+force|the[ \t]+forces"
    r"|the[ \t]+railways?|the[ \t]+trades|the[ \t]+mines|the[ \t]+pits|the[ \t]+navy"
    r"|the[ \t]+army|the[ \t]+military|the[ \t]+fire[ \t]+service|social[ \t]+work"
    r"|social[ \t]+care|medicine|dentistry|law|accountancy|engineering|journalism"
    r"|hairdressing|the[ \t]+church|the[ \t]+priesthood|the[ \t]+clergy|academia"
    r"|the[ \t]+civil[ \t]+service|the[ \t]+public[ \t]+service|the[ \t]+merchant[ \t]+navy"
)


#: "does bookkeeping evenings", "did plumbing for years": the activity is the job.
def _activity() -> re.Pattern[str]:
    acts = _alternation(read_word_list("occupations_activities.txt"))
    return re.compile(
        rf"\b(?i:does|did|do|doing|done)[ \t]+(?:(?:some|freelance|part-time|casual|contract"
        rf"|seasonal|occasional)[ \t]+)?((?i:{acts}))(?![\w-])"
        rf"(?![ \t]+(?i:checks?|questions?|homework|exercises?|worksheets?|tests?|on[ \t]+(?:her"
        rf"|his|their|my)))"
    )


#: Fields that are school subjects or languages too: "studying maths", "studying English"
#: are a pupil's lessons or a newcomer's classes unless a degree or a college is named.
_SCHOOL_SUBJECTS = frozenset(
    ["maths", "math", "mathematics", "english", "history", "geography", "science", "sciences"]
    + ["biology", "chemistry", "physics", "art", "music", "drama", "pe", "physical education"]
    + ["religious education", "religious studies", "languages", "french", "spanish", "german"]
    + ["italian", "mandarin", "japanese", "arabic", "welsh", "irish", "te reo", "latin", "it"]
    + ["ict", "computing", "design", "dance", "media", "film", "business", "literature"]
    + ["english literature", "economics", "politics", "sociology", "psychology", "law"]
)


@cache
def _studying() -> re.Pattern[str]:
    """ "studying ag business", "a degree in social work": the field studied (group 1)."""
    fields = _alternation(read_word_list("occupations_fields.txt"))
    mod = (
        r"(?!(?:for|the|a|an|at|in|with|hard|late|abroad|online|part-time|full-time|and|or"
        r"|to|her|his|their|my|our|this|that|some|more|again|now|still|also|every|each)\b)"
        r"[a-z][\w-]*[ \t]+"
    )
    return re.compile(
        rf"\b(?:(?i:studying|studies|studied|study|reading|majoring[ \t]+in|minoring[ \t]+in)"
        rf"|(?i:(?:first|second|third|fourth|final|last|\d(?:st|nd|rd|th))[ \t-]+(?:year|yr)"
        rf"[ \t]+(?:of|in))(?:[ \t]+(?i:a|an|her|his|their))?"
        rf"|(?i:(?:a|an|the|her|his|their)[ \t]+)?(?:(?i:degree|diploma|bachelor['’]?s"
        rf"|master['’]?s|doctorate|certificate|cert|apprenticeship|BA|BSc|BS|MA|MSc|MS|PhD"
        rf"|BEng|MEng|BEd|MEd|LLB|MBA|BCom|BComm|BBus|BN|BNurs|BPharm|BSW|BFA|BMus|BArch"
        rf"|MBChB|BHSc|BSocSci|BVSc|BDS|MPhil|DPhil|PGCE|PGDip|HND|HNC|BTEC|NVQ)"
        rf"(?:[ \t]+(?i:degree|programme|program|course))?)"
        rf"[ \t]+(?i:in|of))[ \t]+"
        rf"((?:{mod}){{0,2}}(?i:{fields}))(?![\w-])"
    )


@cache
def _field_at_college() -> re.Pattern[str]:
    """ "does nursing at ATU", "2nd yr Sports & Exercise Science at Galway": a field named
    with a college after it (group 1 or 2)."""
    fields = _alternation(read_word_list("occupations_fields.txt"))
    programme = (
        rf"[{UPPER}][\w'’.-]*(?:[ \t]+(?:&|and|of|with|[{UPPER}][\w'’.-]*)){{0,4}}?"
        rf"(?<![ \t&])(?<!\band)(?<!\bof)(?<!\bwith)"
    )
    return re.compile(
        rf"\b(?i:does|doing|did)[ \t]+((?i:{fields}))(?![\w-])(?={_AT_COLLEGE.pattern})"
        rf"|\b(?i:(?:first|second|third|fourth|fifth|final|last|\d(?:st|nd|rd|th))[ \t-]*"
        rf"(?:year|yr)s?)[ \t]+((?i:{fields})(?![\w-])|{programme})(?={_AT_COLLEGE.pattern})"
    )


#: Agent-noun endings of job titles in English and the languages clinicians mix in.
_AGENT_SUFFIX = (
    r"(?:er|or|ist|ian|man|woman|men|women|hand|smith|wright|monger|ant|eur|euse|ier|ière"
    r"|ero|era|ador|adora|ista|ante|aio|ore|ice)"
)
#: Agent-looking nouns that are not jobs: "works as a reminder", "worked as a buffer".
_NOT_AGENT = frozenset(
    ["reminder", "buffer", "barrier", "filler", "trigger", "cover", "starter", "opener"]
    + ["booster", "number", "order", "factor", "motivator", "anchor", "member", "partner"]
    + ["mother", "father", "brother", "sister", "daughter", "matter", "center", "centre"]
    + ["shelter", "container", "marker", "pointer", "counter", "wrapper", "blocker"]
    + ["distraction", "other", "another", "either", "neither", "whether", "after", "ever"]
    + ["favor", "favour", "honor", "honour", "error", "terror", "mirror", "power", "answer"]
    + ["alternative", "service", "justice", "practice", "choice", "voice", "advice"]
    + ["office", "notice", "police", "price", "device", "slice", "dice", "rice", "ice"]
    + ["more", "store", "score", "core", "before", "chore", "shore", "lure", "pure"]
    + ["sure", "figure", "future", "nature", "culture", "pressure", "measure", "feature"]
    + ["era", "camera", "opera", "human", "woman", "man", "men", "women", "volunteer"]
    + ["carer", "caregiver", "mentor", "helper", "listener", "peacemaker", "leader"]
)


#: Function words with an agent-noun ending: "works as a drywall hanger for his uncle" must
#: end at "hanger", not run on to "for".
_FUNCTION_AGENT = (
    r"(?:for|her|per|after|over|under|ever|never|other|either|neither|whether|rather|later"
    r"|together|further|longer|sooner|before|more|twice|nice|however|whatever|wherever)"
)


@cache
def _employed_as() -> re.Pattern[str]:
    """ "employed as a machine setter", "worked 20 years as a torcedor": with a verb of
    employment, any agent noun is the title (group 1), even one not in the lexicon."""
    mod = (
        r"(?!(?:a|an|the|and|or|of|in|at|for|with|on|to|his|her|their|my|our|part|well"
        r"|such|much|long|soon|far|good|ever)\b)[a-z][\w-]*[ \t]+"
    )
    return re.compile(
        rf"\b(?i:works?|worked|working|employed|hired|job|jobs|career|position|post"
        rf"|employment|trained|training|retrained|qualified|apprenticed|started|starts)"
        rf"(?:[ \t]+[\w/-]+){{0,3}}?[ \t]+as[ \t]+(?:an?[ \t]+)?"
        rf"((?:{mod}){{0,3}}(?!{_FUNCTION_AGENT}\b)(?:[a-zà-ÿ][\w-]*{_AGENT_SUFFIX}|[A-Z]{{2,4}}))"
        rf"(?![\w'’-])"
    )


#: A business the person owns or runs ("runs a small roofing company", "owns the bakery").
_OWNS_BUSINESS = re.compile(
    r"\b(?i:runs|ran|running|owns|owned|owning|co-owns|co-owned|manages|managed"
    r"|inherited|took[ \t]+over)[ \t]+(?:(?i:a|an|the|his|her|their)[ \t]+)?"
    r"(?:(?:own|small|little|family|local|successful|busy|struggling|new|two|three)[ \t]+)*"
    r"(?:(?!(?:own|small|little|family|local)\b)[a-z][\w-]*[ \t]+){0,2}"
    r"(?i:business|company|firm|shop|store|salon|restaurant|café|cafe|bakery|garage|farm"
    r"|ranch|agency|bar|pub|diner|food[ \t]+truck|daycare|studio|gym|dairy|orchard|vineyard"
    r"|franchise|chain|hotel|motel|b&b|guesthouse|pharmacy|workshop|yard)"
    r"(?![\w-])"
)


@cache
def _degree() -> re.Pattern[str]:
    """ "a nursing degree", "her social work diploma": the field with its qualification."""
    fields = _alternation(read_word_list("occupations_fields.txt"))
    return re.compile(
        rf"\b(?i:a|an|the|her|his|their|my|our)[ \t]+(?:(?:[\w-]+-year|part-time|full-time"
        rf"|online|new|first|second|honours|honors|postgraduate|undergraduate)[ \t]+)?"
        rf"((?i:{fields})[ \t]+(?i:degree|diploma|apprenticeship|programme|program|course"
        rf"|qualification)s?)(?![\w-])"
    )


#: "she's pre-med", "a pre-law junior": the track names the field (group 1).
_PRE_PROFESSIONAL = re.compile(
    r"\b(?i:is|was|she['’]s|he['’]s|they['’]re|a|an|on[ \t]+the)[ \t]+"
    r"((?i:pre-?(?:med|law|vet|nursing|dental|pharmacy|physio)))(?![\w-])"
)
#: "at law school", "dropped out of med school": the school names the field.
_FIELD_SCHOOL = re.compile(
    r"\b(?i:in|at|to|from|of|attends|attending|finished|started|starting|quit|left)[ \t]+"
    r"(?:(?i:the|her|his|their)[ \t]+)?"
    r"((?i:med|medical|law|nursing|dental|vet|veterinary|pharmacy|art|film|drama|music"
    r"|culinary|cooking|beauty|cosmetology|hairdressing|flight|police|divinity|business"
    r"|engineering|architecture|seminary|rabbinical)[ \t]+(?i:school|college|academy))\b"
)


_NAME_AFTER = re.compile(rf"[ \t]+[{UPPER}][a-z]")
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?i:his|her|their|my|our|your|its)|['’]s)[ \t]+$")


def _repeat_known_titles(
    text: str, titles: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """A job stated once is the person's at every mention ("She is a midwife ... for a
    midwife becoming a mother"): later bare mentions of the same title, or of its head,
    count too, except care-team roles and someone's ("her midwife")."""
    known = [" ".join(text[a:b].lower().split()) for a, b, ok in titles if ok]
    if not known:
        return titles
    out = []
    for a, b, ok in titles:
        if not ok:
            phrase = " ".join(text[a:b].lower().split())
            ok = (
                phrase not in _clinical()
                and phrase.split()[-1] not in _clinical()
                and any(k == phrase or k.endswith(" " + phrase) for k in known)
                and not _POSSESSIVE_BEFORE.search(text[max(0, a - 12) : a])
                and not (text[a].isupper() and _NAME_AFTER.match(text, b))  # "Pastor Dale"
            )
        out.append((a, b, ok))
    return out


def _either_group_results(
    pattern: re.Pattern[str], text: str, score: float, name: str, reason: str
) -> list[RecognizerResult]:
    """One occupation result per match, spanning the first of its groups that matched."""
    out = []
    for m in pattern.finditer(text):
        g = next(k for k in range(1, (pattern.groups or 1) + 1) if m.group(k))
        out.append(make_result(OCCUPATION, m.start(g), m.end(g), score, name, reason, "quasi"))
    return out


#: A pay grade in brackets after a rank: "(E-5)", "(O-3)", "(W2)", "(OR-4)".
_PAY_GRADE = r"\([ \t]*(?:E|O|W|CW|OR|OF)-?\d{1,2}[ \t]*\)"


@cache
def _rank_pattern() -> re.Pattern[str]:
    """A rank with its pay grade ("SGT (E-5)") or after "rank" ("rank at ETS: SSG",
    "final rank of Staff Sergeant"); group 1 or 2 is the span."""
    ranks = read_word_list("occupations_ranks.txt")
    full = [r for r in ranks if len(r) > 4 and all(w.isalpha() and w.istitle() for w in r.split())]
    words = _alternation(full)  # "Staff Sergeant", in any case
    abbrevs = _alternation([r for r in ranks if r not in full])  # "SSG", "Sgt", as written
    rank = rf"(?:(?i:{words})|{abbrevs})"
    return re.compile(
        rf"(?<![\w/-])({rank}[ \t]*{_PAY_GRADE})"
        rf"|\b(?i:rank|final[ \t]+rank|pay[ \t]+grade)(?:[ \t]+(?i:at|on|upon|when|before)"
        rf"[ \t]+(?:[A-Z]{{2,5}}|(?i:discharge|separation|retirement|leaving|release)))?"
        rf"(?:[ \t]*[:=–-]|[ \t]+(?i:of|was|is|held|reached))?[ \t]+"
        rf"({rank}(?:[ \t]*{_PAY_GRADE})?)(?![\w-])"
    )


#: Verbs of a military career before a rank or pay grade ("made sergeant", "got out as an E-5").
_RANK_VERBS = (
    r"made|promoted[ \t]+to|rose[ \t]+to|reached|demoted[ \t]+to|busted[ \t]+(?:down[ \t]+)?to"
    r"|retired[ \t]+as|discharged[ \t]+as|separated[ \t]+as|got[ \t]+out[ \t]+as|left[ \t]+as"
    r"|out[ \t]+as|served[ \t]+as"
)


@cache
def _rank_career_pattern() -> re.Pattern[str]:
    """A rank or pay grade after a verb of a military career ("made sergeant", "was an O-3"),
    or a rank before "at separation" ("Staff Sergeant at separation"); group 1 is the span."""
    ranks = read_word_list("occupations_ranks.txt")
    full = [r for r in ranks if len(r) > 4 and all(w.isalpha() and w.istitle() for w in r.split())]
    rank = rf"(?:(?i:{_alternation(full)})|{_alternation([r for r in ranks if r not in full])})"
    grade = r"(?:E|O)-?\d{1,2}"
    end = (
        r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:in|at|on|before|after|by|with|and|when|while|during"
        r"|until|within|for)\b)"
    )
    visa = r"(?![ \t]+(?i:visa|form|grade|block|wing|ward|bed))"
    return re.compile(
        rf"\b(?i:{_RANK_VERBS})[ \t]+(?:(?i:an?)[ \t]+)?"
        rf"((?<![\w-]){grade}(?![\w-]){visa}|{rank}(?![\w-]){end})"
        rf"|\b(?i:was|is)[ \t]+(?i:an?)[ \t]+((?<![\w-]){grade}(?![\w-]){visa})"
        rf"|(?<![\w/-])({rank})(?=[ \t]+(?:at|on|upon)[ \t]+(?:separation|discharge|ETS|EAS"
        rf"|retirement|release|demob)\b)",
        re.MULTILINE,
    )


class OccupationRecognizer(EntityRecognizer):
    """Job titles from ``data/occupations_titles.txt`` with their modifiers, in job context.

    A head noun (singular or plural) counts when the sentence says it is someone's job:
    "is/was/works as a", an age before it ("a 61-year-old dairy farmer"), "former",
    "retired", "self-employed", "4th-gen", brackets ("dad (locksmith)"), a kin word or a
    label before it ("dad: electrician", "Work: line cook"), "like his uncle" after it, or
    an employer after it ("courier for Tollgate Freight"). Titles joined by "/" or "and"
    share their context. Roles of the clinician's own team after a possessive ("her
    psychiatrist") or alone ("the therapist") are not flagged; neither is student status
    alone. Occupation words of other languages (``occupations_titles_foreign.txt``) need
    only to not follow a possessive or "the".
    """

    NAME = "OccupationRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[OCCUPATION], name=self.NAME)

    def load(self) -> None:
        """Compile the head-noun and industry patterns."""
        industries = _alternation(
            read_word_list("occupations_industries.txt")
            + read_word_list("occupations_activities.txt")
        )
        self._industry = re.compile(
            rf"\b(?:(?i:works?|worked|working|employed|career|job|jobs)[ \t]+(?:[a-z]+[ \t]+)?"
            rf"(?:in|for)|(?i:retired|retiring|resigned|invalided|medically[ \t]+retired)"
            rf"[ \t]+from|(?i:went|gone|going|got|moved|back)[ \t]+into|(?i:years?|decades?)"
            rf"[ \t]+in|(?i:left|quit|leaving|quitting)(?=[ \t]+(?:{_CAREERS})\b))"
            rf"[ \t]+((?:the[ \t]+)?(?:{industries}|{_CAREERS}))(?![\w-])"
            # "works construction", "worked security at a bar"
            rf"|\b(?i:works|worked|working)[ \t]+((?:{industries}))(?![\w-])"
        )
        regexes = "|".join(f"(?:{r})s?" for r in _head_regexes())
        self._head = re.compile(
            rf"(?<![\w-])(?i:{regexes}|{trie_regex(sorted(_heads()))})(?![\w-])"
        )
        self._activity = _activity()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Occupation spans in ``text``."""
        out = []
        titles: list[tuple[int, int, bool]] = []
        for m in self._head.finditer(text):
            span = self._job_span(text, m.start(), m.end())
            if span is not None:
                titles.append(span)
        # "QA analyst / software tester at X", "farmer and grazier": joined titles share
        # the context that one of them has
        for _ in range(2):
            for k in range(len(titles) - 1):
                a, b = titles[k], titles[k + 1]
                if a[2] != b[2] and _JOINED.match(text[a[1] : b[0]]):
                    titles[k] = (a[0], a[1], True)
                    titles[k + 1] = (b[0], b[1], True)
        titles = _repeat_known_titles(text, titles)
        for first, last, ok in titles:
            if ok:
                out.append(
                    make_result(
                        OCCUPATION,
                        first,
                        last,
                        0.6,
                        self.NAME,
                        "job title in job context (medium)",
                        "quasi",
                    )
                )
        out += _either_group_results(
            _rank_pattern(), text, 0.6, self.NAME, "military rank (medium)"
        )
        out += _either_group_results(
            _rank_career_pattern(), text, 0.6, self.NAME, "rank in a military career (medium)"
        )
        out += _either_group_results(self._industry, text, 0.5, self.NAME, "line of work (medium)")
        for m in self._activity.finditer(text):
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(1),
                    m.end(1),
                    0.5,
                    self.NAME,
                    "paid work named by its activity (medium)",
                    "quasi",
                )
            )
        for m in _STUDY.finditer(text):
            start = _study_start(m)
            if start is not None and not _NOT_MAJOR.match(text[start : m.end()]):
                out.append(
                    make_result(
                        OCCUPATION,
                        start,
                        m.end(),
                        0.6,
                        self.NAME,
                        "field of study (medium)",
                        "quasi",
                    )
                )
        for m in _studying().finditer(text):
            field = m.group(1)
            subject = re.sub(r"\s+", " ", field.lower()) in _SCHOOL_SUBJECTS
            plain = m.group(0)[0].lower() in "sr" or m.group(0).lower().startswith("study")
            if subject and plain and not _AT_COLLEGE.match(text, m.end()):
                continue  # "studying English", "studies maths": lessons, not a field
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(1),
                    m.end(1),
                    0.5,
                    self.NAME,
                    "field studied (medium)",
                    "quasi",
                )
            )
        out += _either_group_results(
            _field_at_college(), text, 0.5, self.NAME, "field studied at a college (medium)"
        )
        out += _either_group_results(
            _field_after_person(), text, 0.5, self.NAME, "field after an age (medium)"
        )
        for m in _deals_in().finditer(text):
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(),
                    m.end(),
                    0.5,
                    self.NAME,
                    "goods dealt in (medium)",
                    "quasi",
                )
            )
        out += _class_code_results(text, self.NAME)
        for m in _employed_as().finditer(text):
            title = m.group(1)
            words = title.split()
            if words[-1].lower() in _NOT_AGENT or words[-1].lower() in _stop():
                continue
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(1),
                    m.end(1),
                    0.5,
                    self.NAME,
                    "title after a verb of employment (medium)",
                    "quasi",
                )
            )
        for m in _OWNS_BUSINESS.finditer(text):
            if re.search(r"\b(?:our|my)\b", m.group(0), re.IGNORECASE):
                continue
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(),
                    m.end(),
                    0.5,
                    self.NAME,
                    "business owned or run (medium)",
                    "quasi",
                )
            )
        for m in _PRE_PROFESSIONAL.finditer(text):
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(1),
                    m.end(1),
                    0.5,
                    self.NAME,
                    "pre-professional track (medium)",
                    "quasi",
                )
            )
        for m in _FIELD_SCHOOL.finditer(text):
            if re.search(r"\b(?:I|we|We)\b[^.;\n]{0,20}$", text[: m.start(1)]):
                continue  # "I went to med school with him": the speaker's own training
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(1),
                    m.end(1),
                    0.5,
                    self.NAME,
                    "school of a field (medium)",
                    "quasi",
                )
            )
        for m in _degree().finditer(text):
            field, _, kind = m.group(1).rpartition(" ")
            if field.strip().lower() in _SCHOOL_SUBJECTS and not kind.lower().startswith(
                ("degree", "diploma")
            ):
                continue  # "her maths course": a class, not a field of study
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(1),
                    m.end(1),
                    0.5,
                    self.NAME,
                    "field of a degree (medium)",
                    "quasi",
                )
            )
        for m in _teaching().finditer(text):
            out.append(
                make_result(
                    OCCUPATION,
                    m.start(),
                    m.end(),
                    0.6,
                    self.NAME,
                    "subject taught (medium)",
                    "quasi",
                )
            )
        for m in _programme_switch().finditer(text):
            for g in (1, 2):
                out.append(
                    make_result(
                        OCCUPATION,
                        m.start(g),
                        m.start(g) + len(m.group(g).rstrip(".")),
                        0.5,
                        self.NAME,
                        "programme switched (medium)",
                        "quasi",
                    )
                )
        return out

    def _job_span(self, text: str, start: int, end: int) -> tuple[int, int, bool] | None:
        """(start, end, is_job) of the occupation around a head noun.

        ``is_job`` is False when the phrase is a title but the sentence does not say it is
        someone's job (a title joined to one that is may still be). Returns None when the
        head is not a title here at all ("a tech company", "teacher 17").
        """
        raw = text[start:end].lower()
        head = _heads().get(re.sub(r"\s+", " ", raw), raw)
        before = text[max(0, start - 120) : start]
        tokens = [(mm.start() + max(0, start - 120), mm.group()) for mm in _WORD.finditer(before)]
        first = start
        mods: list[str] = []
        i = len(tokens) - 1
        used_and = used_of = False
        heading = ""
        while i >= 0 and len(mods) < MAX_MODIFIERS:
            pos, tok = tokens[i]
            low = tok.lower()
            if (
                low == "of"
                and mods
                and not used_of
                and i > 0
                and tokens[i + 1][1][:1].isupper()
                and tokens[i - 1][1][:1].isupper()
                and tokens[i - 1][1][1:].islower()
            ):
                used_of = True  # "Church of England vicar", "Bank of Ireland teller"
                i -= 1
                continue
            if (
                low in ("and", "&")
                and mods
                and not used_and
                and i > 0
                and tokens[i - 1][1].lower() not in _stop()
                and tokens[i - 1][1][0].isalpha()
            ):
                used_and = True
                i -= 1
                continue
            if _MOS.match(tok):
                mods.append(tok)
                first = pos
                i -= 1
                break
            right = tokens[i + 1][1] if i + 1 < len(tokens) else text[start:end]
            if len(tok) > 1 and tok.isupper() and right[:1].isupper() and right[1:2].islower():
                heading = low  # "PRESENTING PROBLEM Self-employed driver", "WORK Derrickhand"
                break
            if tok.isupper() and tok.isalpha() and 2 <= len(tok) <= 4 and low in _stop():
                mods.append(low)  # "an IT contractor", "a US Army medic": an acronym, no stop word
                first = pos
                i -= 1
                continue
            if not (tok[0].isalpha() or _NUMBERED_MODIFIER.match(tok)) or low in _stop():
                break
            if low.endswith(("'s", "’s")):
                break  # "her psychiatrist", "Dev's employer"
            mods.append(low)
            first = pos
            i -= 1
        prev = heading or (tokens[i][1].lower() if i >= 0 else "")
        prev2 = tokens[i - 1][1].lower() if i >= 1 and not heading else ""
        if prev.replace("’", "'") in _PRONOUN_IS:
            prev, prev2 = "is", prev[:-2]  # "she's head of maths" reads as "she is ..."
        prev3 = tokens[i - 2][1].lower() if i >= 2 and not heading else ""
        if prev == "both" and not heading:  # "are both nurses"
            prev, prev2, prev3 = prev2, prev3, tokens[i - 3][1].lower() if i >= 3 else ""
        # care-team roles, and "head of department" (often a colleague), need a sentence
        # that says it is the person's job
        clinical = (
            head in _clinical()
            or bool(mods and f"{mods[0]} {head}" in _clinical())
            or head.startswith("head of")
        )
        after = text[end : end + 80]
        last = head.split()[-1]
        next_word = re.match(r"^[ \t]+([a-z][\w-]*)", after)
        if re.match(r"^[ \t]*[=:]?[ \t]*\d", after):
            return None  # "teacher 17": a rater's score, not a job
        if next_word and next_word.group(1) in _not_after_head():
            return None  # "a tech company", "teacher training": the title is a modifier
        if raw.split()[-1] in _VAGUE_HEADS or last in _VAGUE_HEADS:
            useful = [m for m in mods if m not in _VAGUE_MODIFIERS and not _AGE.match(m)]
            said = head in _VAGUE_AFTER_IS and prev in ("a", "an") and prev2 in _IS_VERB
            if not useful and " " not in head and not said:
                return None  # "a contractor", "a worker", "a tech": not a trade by itself
        if last == "vet" and any(m in _VETERAN_MODIFIERS for m in mods):
            return None  # "a combat vet" is a veteran
        if head in _foreign():
            return self._foreign_span(text, start, first, end, prev, prev2)
        like = _LIKE_KIN.match(after)
        if like and like.group(1).lower() in _people():
            return first, end, True  # "wants to be a builder like his uncle": the uncle's job
        if last in ("carer", "caregiver", "carers", "caregivers") and (
            _FAMILY_ROLE_AFTER.match(after) or any(m in _FAMILY_CARE for m in mods)
        ):
            return None  # "a carer for her mother", "the primary caregiver": a family role
        if _first_person_before(tokens, i):
            return None  # "so am I, as a white therapist": the clinician's own job
        used_to = prev3 == "to" and i >= 3 and tokens[i - 3][1].lower() == "used"
        if prev in ("a", "an") and prev2 in ("be", "become") and prev3 in _MODAL and not used_to:
            return None  # "so you could be a doctor": a hope, not a job held
        if prev in ("i'm", "i’m") or prev2 in ("i'm", "i’m") or (prev2 == "i" and prev3 == ""):
            return None  # the presenting clinician's own job
        if (prev in ("a", "an") and prev2 in ("i", "i'm", "i’m")) or (
            prev in ("a", "an") and prev2 in ("am", "was") and prev3 == "i"
        ):
            return None
        strong = weak = False
        if prev in _PAST_ADVERBS or (prev == "that" and prev2 == "before"):
            strong = True  # "formerly bus driver", "Before that underground winch operator"
        elif _RETIRED_AFTER.match(after) or (
            prev in _people() and (not mods or text[first].islower()) and _TITLE_END.match(after)
        ):
            # "a nurse, now retired", "dad plumber, mum teacher", "Husband long-haul trucker,"
            # (a capitalised word after the kin word is a name: "Mum Karen nurse")
            strong = True
        elif (
            any(m in _TENURE for m in mods)
            or any(_MOS.match(m) or _GENERATION.match(m) for m in mods)
            or (not clinical and any(m in _CREDENTIAL for m in mods))
            or _BY_TRADE.match(after)
        ):
            strong = True
        elif prev in ("a", "an"):
            strong = (
                used_to  # "she used to be a flight attendant"
                or prev2 in _IS_VERB
                or bool(_AGE.match(prev2))
                or (prev2 == "," and _person_before(tokens, i - 1))
                or prev2.endswith(("'s", "’s"))  # "she's a nurse", "mom's a teacher"
                or prev2 in _people()  # "dad a plumber" in notes
            )
            weak = prev2 in _IS_A or prev2 == ""
        elif _AGE.match(prev) and prev2 in ("a", "an", ",", "", "(") or prev.endswith("-old"):
            strong = True
        elif prev in _AGE_UNIT and prev2.isdigit():
            strong = True  # "47 y/o plumber"
        elif prev == "," and _person_before(tokens, i):
            strong = True  # "Khoa (35, firmware engineer)", "mom Dana, peds nurse at ..."
        elif prev == "," and _name_before(tokens, i) and _TITLE_END.match(after):
            strong = True  # "Client: Mark Chen, accountant, 45"
        elif prev in (":", "-", "–", "—", "=") and (
            prev2 in _JOB_LABELS or prev2 in _people() or _person_before(tokens, i)
        ):
            # "Work: line cook", "Fam: dairy farmers", "dad - electrician",
            # "Mother (Leah, 52) – teaching assistant"
            strong = True
        elif heading in _JOB_LABELS and heading:
            strong = True  # "WORK Derrickhand w/ ..."
        elif prev == "the":
            strong = prev2 in ("is", "was", "as", "became", "remains") or (
                prev2.replace("’", "'") in _PRONOUN_IS  # "she's the deputy principal"
            )
            weak = prev2 == ","
        elif prev in ("are", "were") and raw != head:
            strong = True  # "her parents are dairy farmers"
        elif prev in ("is", "was", "been", "became", "becomes", "remains", "remained") and (
            _PHRASE_END.match(after)
        ):
            # "has been senior pastor at Cedar Creek", "was foreman for years",
            # "Mum is head of HR"
            strong = bool(_EMPLOYER_AFTER.match(after)) or prev2 in _people() | _PRONOUNS
            weak = True
        elif prev == "to" and prev2 in ("promoted", "demoted", "moved", "trained"):
            strong = True  # "promoted to shift supervisor"
        elif prev == "for" and prev2 in _IN_LINE_FOR:
            strong = True  # "groomed for general foreman", "in line for head chef"
        elif prev == "as":
            weak = prev2 not in ("such", "same", "well", "known", "seen", "just")
        elif prev == "(":
            # "wife Agnieszka (ICU nurse at ...)", "Réjean LeBlanc (paramedic with ...)": the
            # bracket describes the person named before it
            strong = (
                clinical
                and head not in _TEAM_ONLY_HEADS
                and (not mods or _specialised(mods, head))
                and _bracket_after_person(tokens, i)
            )
            weak = True
        elif _alone_on_line(text, first, end):
            weak = True  # a signature or résumé line: "Jane Doe\nSenior Data Engineer\n"
        elif (
            (mods or " " in head)
            and _FRAGMENT_AFTER.match(after)
            and _opens_sentence(text, first, prev)
        ):
            weak = True  # notes: "Long-haul truck driver – leased to ...", "Night porter, 9 yrs"
        elif prev in (",", "–", "—", "-", "•", "", ".", ":", ";", "/") and _employer_after(
            text, end, after
        ):
            weak = True
        if prev in ("a", "an") and prev2 in (
            "by",
            "saw",
            "sees",
            "seeing",
            "see",
            "to",
            "with",
            "from",
        ):
            strong = weak = False  # "referred by a psychiatrist": someone the client sees
        # the care team's roles ("primary clinician", "the psychiatrist on our team") need
        # a sentence that says it is the person's job
        if weak and clinical and not strong and _specialised(mods, head):
            # "; labor and delivery nurse at Spectrum Health": a specialty and an employer
            # make a care-team word someone's job
            strong = prev == "(" or (
                prev in (";", ",", "", ".", "-", "–", "—", "•")
                and bool(_EMPLOYER_ENDS.match(after))
            )
        if (
            not strong
            and not weak
            and not clinical
            and prev == ","
            and (mods or " " in head)
            and _SET_OFF_AFTER.match(after)
            and _person_in_clause(text, first)
        ):
            weak = True  # "dad moved to Milton in March, commercial crabber, sees the kids"
        ok = strong or (weak and not clinical)
        field = _FIELD_AFTER.match(after) if last in _FIELD_HEADS else None
        if field:
            return first, end + field.end(), ok  # "senior lecturer in social anthropology"
        extra = _EMPLOYER_PHRASE.match(after) or _WORKPLACE_AFTER.match(after)
        return first, end + (extra.end() if extra else 0), ok

    @staticmethod
    def _foreign_span(
        text: str, start: int, first: int, end: int, prev: str, prev2: str
    ) -> tuple[int, int, bool] | None:
        """A title of another language: the person's own job unless someone else's."""
        while first < start and text[first].isupper():
            nxt = re.search(r"\s+", text[first:start])
            first = first + nxt.end() if nxt else start  # "Antes contadora": not a modifier
        opening = not text[:start].strip() or bool(re.search(r"[.!?:;\n(][ \t\"“]*$", text[:start]))
        if text[start].isupper() and not (
            opening and re.match(r"[ \t]*(?:,|\b(?:at|en|in|for|para|de|w/)\b)", text[end:])
        ):
            return None  # "Garda" the force, a surname; "Contador in Havana" may open a line
        said = prev == "the" and prev2 in _IS_VERB  # "tamā is the faifeau at ..."
        if (prev in _NOT_BEFORE_FOREIGN and not said) or prev.endswith(("'s", "’s")):
            return None  # "her morah", "el médico": someone the person sees
        if prev in ("a", "an", "un", "una") and prev2 in ("saw", "sees", "see", "to", "by"):
            return None
        extra = _WORKPLACE_AFTER.match(text[end : end + 80])
        return first, end + extra.end() if extra else end, True


#: After a field of study: "at university", "at Leeds": a field, not a school lesson.
_AT_COLLEGE = re.compile(
    rf"[ \t]+(?:at|in)[ \t]+(?:(?:the|a)[ \t]+)?(?:uni\b|university|college|polytechnic|tafe"
    rf"|grad[ \t]+school|[{UPPER}])"
)


def _employer_after(text: str, end: int, after: str) -> bool:
    """True when an employer follows the title: "at Quillfeather", or in lower-case notes
    "at powell's"."""
    if _EMPLOYER_AFTER.match(after) or _SHIFT_AFTER.match(after):
        return True
    return bool(_EMPLOYER_AFTER_LOWER.match(after)) and lowercase_style(text)


#: After a title that opens a note: the shift it is worked on ("Process engineer on the night
#: shift at ...", "Porter on nights").
_SHIFT_AFTER = re.compile(
    r"^[ \t]+on[ \t]+(?:(?:the|a)[ \t]+)?(?:(?:night|day|late|early|evening|graveyard|back|swing"
    r"|twilight|weekend|overnight|rotating|split|\d+(?:st|nd|rd|th))[ \t-]*shifts?|nights|days"
    r"|earlies|lates|rotation)\b"
)
#: In lower-case notes: "barista at powell's", "cook at joe's diner".
_EMPLOYER_AFTER_LOWER = re.compile(
    r"^[ \t]+(?:at|for|with)[ \t]+(?!(?:the|a|an|home|work|school|night|times|least|all|once"
    r"|first|last|her|his|their|my|our)\b)[a-z][\w'’&-]*"
)
