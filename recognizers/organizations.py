"""Employers, schools, hospitals, clinics, churches, units, teams and clubs."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import ClinicalAllowList, read_word_list
from recognizers.entities import ORGANIZATION
from recognizers.name_words import first_names, kinship_words, lowercase_style
from recognizers.nrp import nrp_terms
from recognizers.places import (
    _RESIDENCE_BEFORE,
    CAP_SEQ,
    CAP_WORD,
    LOWER_COMMON,
    NOT_PLACE,
    UPPER,
    _alternation,
    gazetteer,
    make_result,
    stop_words,
)

#: The rule for a name ending in an organisation's head word ("... Baptist Church"); the
#: analysis lets it name a merged span over a place or incident inside it.
SUFFIX_RULE = "name with an organisation suffix"

#: Words that alone make a name generic ("Youth & Family Clinic", "Student Wellbeing").
GENERIC_WORDS = frozenset(w.lower() for w in read_word_list("organizations_generic_words.txt"))
#: Systems, insurers and platforms that never identify a client on their own.
GENERIC_ORGS = frozenset(read_word_list("organizations_generic.txt"))
#: Words before "at/for/with <Name>" that make the name an employer, school or church.
CUES = read_word_list("organizations_cues.txt")
#: Words before "at/to/from <Name>" that make the name a hospital or clinic ("stay at").
CARE_CUES = read_word_list("organizations_care_cues.txt")
#: Care-setting acronyms that are never a named hospital ("ICU", "A&E", "PICU").
_CARE_SETTINGS = frozenset(read_word_list("spacy_ner_facility_acronyms.txt")) | {
    "ICU",
    "ED",
    "ER",
    "OR",
    "PHP",
    "IOP",
    "ECT",
    "MRI",
    "CT",
}
#: Words that make "<word> Psychotherapy" a method rather than a practice.
METHOD_WORDS = frozenset(w.lower() for w in read_word_list("organizations_method_words.txt"))
#: Brand names that are everyday words in lower case ("target", "boots", "chase").
_BRAND_WORDS = frozenset(read_word_list("organizations_brand_words.txt"))
#: Adjectives that alone before a suffix make a phrase, not a name ("Vintage Cars").
DESCRIPTOR_WORDS = frozenset(read_word_list("organizations_descriptor_words.txt"))
#: Words before a practice suffix saying whom it treats ("Family", "Child", "Art").
AUDIENCE_WORDS = frozenset(read_word_list("organizations_audience_words.txt"))
#: Lower-case words that describe a kind of school or clinic ("grad school", "walk-in clinic").
LOWER_TYPE_WORDS = frozenset(read_word_list("organizations_lower_type_words.txt"))
#: Lower-case words that end an organisation's name in lower-case notes ("... state college").
LOWER_SUFFIXES = read_word_list("organizations_lower_suffixes.txt")
#: Words ending a name after a saint's name ("St Brigid's Juniors", "St Anne's parish").
SAINT_HEADS = read_word_list("organizations_saint_heads.txt")
#: Dedications that name a parish or school without a saint ("Christ the King", "Holy Cross").
DEDICATIONS = read_word_list("organizations_dedications.txt")
#: Labels of headed fields whose value is an organisation ("Employer:", "School:").
FIELD_LABELS = read_word_list("organizations_field_labels.txt")
#: Field values that say there is none ("Employer: None", "School: N/A").
_NO_VALUE = re.compile(
    r"^(?i:none|nil|yes|no|y|n|n/?a|na|unknown|unemployed|retired|self|self-employed|home|tbc|tba|pending"
    r"|declined|not applicable|not stated|various|home-?schooled|home schooled|home-educated)$"
)
#: Adjective endings of therapy methods ("Sensorimotor", "Existential", "Emotion-Focused").
_METHOD_SHAPE = re.compile(r"(?:al|ic|ive|ed|ory|-based|-focused|-centred|-centered|-oriented)$")

_ORG_SEQ = rf"(?:\d+(?:st|nd|rd|th)?[ \t]+)?{CAP_SEQ}"
#: A lower-case word of a name, with accents, macrons and the ʻokina ("nānākuli", "waiʻanae").
_LOWER_WORD = r"[a-zß-öø-ÿā-žʻ][a-zß-öø-ÿā-žʻ'’-]*"
#: A saint before a name ("St.", "Saint", "Sts.", "Ste-").
_SAINT = r"(?:St\.?|Saint|Ste\.?|Sts\.?|SS\.?)"
#: A pope's or king's regnal number after a saint's name ("St. Pius V", "St. John XXIII").
_REGNAL = (
    r"(?:[ \t]+(?:XXIII|XXII|XXI|XX|XIII|XII|XIV|XV|XI|IX|X|VIII|VII|VI|V|IV|III|II)"
    r"(?![\w'’-]))?"
)
_MILITARY_UNIT = (
    r"Infantry|Cavalry|Armou?r|Armou?red|Field\s+Artillery|Artillery|Aviation|Airborne|"
    r"Marines|Engineers?|Signal|Brigade|Battalion|Regiment|Division|Squadron|Fighter\s+Wing|"
    r"Wing|Combat\s+Team|Rangers?|Special\s+Forces\s+Group|Commando|Platoon|Company|"
    # unit abbreviations: "2-508 PIR", "1-75 RGR", "3 RAR", "31st MEU", "3rd ID"
    r"PIR|AIR|INF|IN|FA|AR|CAV|AVN|ADA|BSB|BEB|EN|MP|SFG|RGR|RAR|PARA|Para|Cdo|MEU|MEF|BCT|ID|"
    r"AD|Bn|BN|Bde|BDE|Regt|Sqn|Coy|Cav|Inf"
)
#: Regiments and units written with a bare battalion number ("1 RCR", "2 PPCLI", "3 RAR",
#: "40 Cdo"): flagged only with military context nearby.
_BARE_UNIT = re.compile(
    r"(?<![\w/.-])(\d{1,2}[ \t]+(?:RCR|PPCLI|R22eR|RAR|RNZIR|RGR|PARA|RIFLES|SCOTS|YORKS|LANCS|"
    r"MERCIAN|RRF|RWELSH|RIRISH|RCHA|RCD|CER|CSOR|RHC|Cdo|CDO|Commando|SAS|SASR|RM|RE|RA|RLC|"
    r"REME|RAMC|Sigs|Regt|Fd[ \t]+Regt|Bn|Bde|Sqn|Coy))\b"
)
#: A lettered company, troop or battery ("B Co", "Charlie Company", "HHC").
_LETTER_COMPANY = re.compile(
    r"(?<![\w/.-])((?:[A-HK-Z]|Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|Kilo|Lima|"
    r"HHC|HHB|HSC)[ \t]+(?:Co\b\.?|Coy\b|Company\b|Troop\b|Battery\b)"
    # and its battalion and regiment with a slash ("C Co., 2/12 Cav"), which is otherwise
    # read as a date; "C Co, 1-325 AIR" stays two names
    rf"(?:,?[ \t]+\d{{1,2}}/\d{{1,3}}[ \t]+(?:{_MILITARY_UNIT})\b)?)"
)
#: A battalion and regiment written with a slash ("2/12 Cav", "1/5 Marines"): flagged only
#: with military context nearby, since "3/4 AR" could be a fraction.
_SLASH_UNIT = re.compile(rf"(?<![\w/.-])(\d{{1,2}}/\d{{1,3}}[ \t]+(?:{_MILITARY_UNIT}))\b")
_MILITARY_CUE = re.compile(
    r"\b(?:rifleman|marines?|usmc|army|battalion|infantry|platoon|deployed|deployment|"
    r"squad|corporal|sergeant|lance|private|veteran|regiment|company|airborne|division|"
    r"brigade|SSG|SGT|SFC|CPL|SPC|PFC|LCpl|Cpl|Sgt|soldier|troops?|forces|CAF|ADF|NZDF|"
    r"base|CFB|tour|posted|served|reservist|reserves|Pte|Bdr|Spr|Gnr|Tpr|Rfn|Mne)\b",
    re.IGNORECASE,
)
#: Start of a branch or corps name: a word boundary, or "ex-" ("ex-Navy", "ex-Royal Signals").
_AFTER_EX = r"(?:(?<=\b[Ee]x-)|(?<![\w@/.-]))"
#: Army corps ("Royal Australian Engineers", "Royal Signals", "Corps of Royal Engineers"):
#: large institutions, ORGANIZATION with kind "quasi" like a branch.
_CORPS = re.compile(
    rf"{_AFTER_EX}((?:Royal[ \t]+(?:(?:Australian|Canadian|New[ \t]+Zealand|British|Irish|"
    r"Scottish|Welsh|Gurkha|Indian|Army|Malaysian|Singapore)[ \t]+)*(?:Engineers|Signals|"
    r"Artillery|Horse[ \t]+Artillery|Regiment[ \t]+of[ \t]+(?:Canadian[ \t]+)?Artillery|"
    r"Military[ \t]+Police|Armoured[ \t]+Corps|Logistic[ \t]+Corps|Corps[ \t]+of[ \t]+"
    r"Signals|Electrical[ \t]+and[ \t]+Mechanical[ \t]+Engineers|Army[ \t]+\w+[ \t]+Corps|"
    r"\w+[ \t]+Corps))"
    rf"|(?:{CAP_WORD}[ \t]+)*?Corps[ \t]+of[ \t]+(?:Royal[ \t]+)?{CAP_WORD}"
    rf"|(?:{CAP_WORD}[ \t]+){{1,3}}Corps)(?![\w'’-])"
)
#: Regiments and other named units ("Royal Welsh Fusiliers", "Gordon Highlanders").
_REGIMENT = re.compile(
    rf"(?<![\w@/.-])({CAP_SEQ}[ \t]+(?:Regiment|Régiment|Fusiliers|Hussars|Dragoons|Lancers|"
    rf"Light[ \t]+Infantry|Highlanders|Light[ \t]+Horse|Rifles|Guards|Commandos?)"
    rf"(?:[ \t]+of[ \t]+{CAP_SEQ})?)(?![\w'’-])"
)
#: A saint's long name: an epithet ("St Edward the Confessor", "St Mary Star of the Sea",
#: "St Francis of Assisi", "St Vincent de Paul", "St Michael and All Angels") or a surname
#: ("St Thomas More", "St Kateri Tekakwitha"), checked for streets and places after matching.
_SAINT_LONG = (
    rf"(?:St\.?|Saint|Sts\.?|SS\.?)[ \t]+{CAP_WORD}(?:[ \t]+Star[ \t]+of[ \t]+the[ \t]+Sea"
    rf"|[ \t]+the[ \t]+{CAP_WORD}|[ \t]+of[ \t]+(?:the[ \t]+)?{CAP_WORD}"
    rf"|[ \t]+de[ \t]+(?:la[ \t]+)?{CAP_WORD}|[ \t]+(?:and|&)[ \t]+All[ \t]+(?:Angels|Saints)"
    rf"|[ \t]+(?:and|&)[ \t]+(?:St\.?[ \t]+|Saint[ \t]+)?{CAP_WORD}|[ \t]+(?!the\b|of\b){CAP_WORD})"
)
#: "Our Lady of Lourdes", "Our Lady Queen of Peace", "Our Lady Star of the Sea".
_OUR_LADY_LONG = (
    rf"Our[ \t]+Lady(?:[ \t]+(?:Queen|Star|Help|Seat|Mother|Gate))?[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"{CAP_WORD}(?:[ \t]+{CAP_WORD})?"
)
#: A denomination after a church's dedication ("Holy Trinity Anglican", "St Luke's Methodist").
_DENOMINATION = (
    r"(?:[ \t]+(?:Anglican|Catholic|Roman[ \t]+Catholic|Greek[ \t]+Orthodox|Serbian[ \t]+Orthodox"
    r"|Ukrainian[ \t]+Catholic|Orthodox|Coptic|Lutheran|Methodist|Presbyterian|Uniting"
    r"|Episcopal|Baptist|Maronite|Melkite|Syro-Malabar|Antiochian))?"
)
#: Prayer words before "to <saint>" ("a novena to St Jude the Apostle", "prays to the Holy
#: Spirit"): a devotion, not a parish.
_DEVOTION = re.compile(
    r"\b(?i:pray|prays|prayed|praying|prayers?|novena|devotion|devoted|feast|statue|medal"
    r"|icon|image|picture|candle|relic|vow|vows|dedicated|consecrated|gospel|letter|epistle)\b"
)
#: A union local ("Teamsters Local 705", "Local 2291").
_UNION_LOCAL = re.compile(
    rf"(?<![\w@/.-])((?:(?:[A-Z]{{2,6}}|{CAP_WORD})[ \t]+)?Local[ \t]+\d{{1,5}}[A-Z]?)\b"
)
#: A numbered post, branch, chapter, lodge or troop ("VFW Post 8870", "Legion Branch 43",
#: "Troop 214", "Knights of Columbus Council 4410", "Cub Scout Pack 34"); "Chapter", "Branch",
#: "Council" and "Pack" need a name before them ("Chapter 7" is bankruptcy), and a year is
#: no number of a council or pack ("the City Council 2024 budget"); "VFW Post 2012" is one.
_NUMBERED_BODY = re.compile(
    rf"(?<![\w@/.-])((?:(?:[A-Z]{{2,6}}|{CAP_SEQ})[ \t]+(?:(?:Post|Branch|Chapter|Lodge)"
    r"|(?:Council|Pack)(?=[ \t]+(?:No\.?[ \t]*|#)?(?!(?:19|20)\d\d\b)\d))|Troop)"
    r"[ \t]+(?:No\.?[ \t]*|#)?\d{1,5})\b"
)
#: A team before its age grade ("Harbour Hawks U12", "Tawa Tigers under-15s"); the grade is
#: not part of the name.
_AGE_GRADE = r"(?:U|u|Under|under)[ -]?\d{1,2}s?"
_GRADED_TEAM = re.compile(rf"(?<![\w@/.-])({CAP_SEQ})[ \t]+{_AGE_GRADE}(?![\w'’-])")
#: An organisation in brackets with the years spent there ("(UVM, 2011–2015)").
_BRACKET_YEARS = re.compile(
    rf"\(((?=[A-Z&.]*[A-Z][A-Z&.]*[A-Z])[A-Za-z&.]{{2,8}}|{CAP_SEQ}),?[ \t]+(?:19|20)\d\d"
    r"[ \t]*[-–—][ \t]*(?:(?:19|20)?\d\d|present|now|current|today)\)"
)


#: Ranks and offices that end in "General" ("Attorney General"), not a hospital.
_GENERAL_OFFICE = re.compile(
    r"\b(?:Attorney|Surgeon|Secretary|Solicitor|Inspector|Governor|Adjutant|Brigadier|Major|"
    r"Lieutenant|Postmaster|Consul|Auditor|Registrar|Director|Comptroller|Paymaster|"
    r"Quartermaster|Vicar|Superior|Minister|Accountant|Receiver|Procurator)[ \t]+General$"
)
#: Words after "<Name> State" that make it a university ("Lakeshore State gymnastics").
_STATE_TEAM = (
    r"(?:(?:women|men)['’]?s[ \t]+)?(?:gymnastics|football|basketball|soccer|volleyball|softball|"
    r"baseball|hockey|lacrosse|wrestling|swimming|swim|diving|rowing|crew|track|tennis|golf|"
    r"rugby|cheer|cheerleading|athletics|team|squad|roster|scholarship|campus|freshman|"
    r"sophomore|junior|senior|student|students|alum|alumna|alumnus|grad|dorms?)\b"
)
#: Hospital wards named by floor and wing ("on 6 North", "from 3 Est"), or "Ward 7".
_WARD = re.compile(
    r"\b(?:on|from|to|onto|off|in|at|back[ \t]+to|transferred[ \t]+to)[ \t]+(?:the[ \t]+)?"
    r"(\d{1,2}[A-Z]?[ \t]+(?:North|South|East|West|Est|Ouest|Nord|Sud)|Ward[ \t]+\d{1,2}[A-Z]?)"
    r"\b(?![ \t]*(?:\d|[A-Z]\w*|St\b|Street|Ave|Road|Rd\b|Blvd|Drive|Dr\b|Lane|Ln\b|Way\b))"
)
#: "at South High", "went to Central High School", "a tech at Community Regional": a school
#: or hospital whose name before "High" or "Regional" is a plain word ("South", "Community"),
#: which the suffix rule leaves alone as generic; only right after "at", "to" or "from".
_GENERIC_HEAD = re.compile(
    rf"\b(?:at|to|from|into|attends|attended|attending)[ \t]+(?:the[ \t]+)?"
    rf"((?!(?:Junior|Senior|Jr\.?|Middle|New|Record|All-Time|Mile|Lower|Upper|Adults?|Child|Acute|"
    r"Pa?ediatric|Geriatric|Psych|Medical|Surgical|Internal|Family|Inpatient|Outpatient)[ \t])"
    rf"(?:{CAP_WORD}[ \t]+){{1,2}}(?:High(?:[ \t]+School)?|Regional|General))"
    rf"(?![\w'’-]|[ \t]+(?:{CAP_WORD}|&|of\b))"
)
#: "at Memorial Hermann Southwest", "from Baylor Scott Northwest": a hospital or chain's
#: branch named by a direction after its brand.
_BRANCH = re.compile(
    rf"\b(?:at|to|from|into|via)[ \t]+(?:the[ \t]+)?((?:{CAP_WORD}[ \t]+){{1,3}}"
    r"(?:North|South|East|West|(?:North|South)[ -]?(?:[Ee]ast|[Ww]est)))"
    rf"(?![\w'’-]|[ \t]+(?:{CAP_WORD}|&|of\b|\d)|[ \t]*\d)"
)
#: A ward or unit named by a word of its own after on/to/from ("on Rowan Ward").
_NAMED_WARD = re.compile(
    rf"\b(?:on|to|from|onto|off|in|at|into)[ \t]+(?:the[ \t]+)?((?:{CAP_WORD}[ \t]+){{1,2}}"
    r"(?:Ward|Unit|Suite))(?![\w'’-]|[ \t]+(?:[A-Z]\w*|\d))"
)
#: Before "<Name> Ward": words that make it an electoral ward ("lives in Oak Ward").
_WARD_AS_PLACE = re.compile(
    r"\b(?i:lives?|living|lived|resides?|residing|residents?|councill?or|council|borough|"
    r"constituency|elected|election|electoral)\b"
)
#: A service team named by its area before "team" or "service" ("the Northside Early
#: Intervention team"): the area and generic service words, not the word "team".
_LOCAL_TEAM = re.compile(
    rf"\b(?:the|[Oo]ur|their|his|her)[ \t]+({CAP_WORD}(?:[ \t]+(?:&[ \t]+)?{CAP_WORD}){{1,3}})"
    r"(?=[ \t]+(?:team|service)\b)"
)
#: Street words that make "<Name> <Street> West" an address, not a branch.
_STREET_WORD = re.compile(
    r"^(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|"
    r"Court|Ct\.?|Place|Pl\.?|Parkway|Pkwy|Highway|Hwy|Terrace|Crescent|Close|Square|Park|"
    r"Side|End|Coast|Shore|Bank|Quarter|Wing|Ward|Tower|Building|Block|Campus|Side)$"
)
#: Place words that make "St <Name> <Word>" a place, not a saint's surname ("St Kilda Beach").
_PLACE_TAIL = frozenset(
    ["Station", "Bay", "Beach", "Island", "Hill", "Hills", "Heights", "Valley", "River", "Lake"]
    + ["North", "South", "East", "West", "Central", "Junction", "Village", "Gardens", "Green"]
    + ["Wood", "Park", "Harbour", "Harbor", "Port", "Point", "Quay", "Market", "Square"]
)
#: Adverbs and grades between "doing" and "at" ("doing well at Maths"): no subject studied.
_NOT_SUBJECT = frozenset(
    {
        "well",
        "badly",
        "better",
        "worse",
        "best",
        "great",
        "fine",
        "ok",
        "okay",
        "good",
        "poorly",
        "really",
        "very",
        "so",
        "not",
        "it",
        "this",
        "that",
        "them",
        "her",
        "him",
        "his",
        "the",
        "a",
        "an",
        "time",
        "more",
        "less",
        "much",
        "all",
        "anything",
        "something",
        "nothing",
    }
)


#: After "<Name> Children's": the end of the name (not "children's books").
_AFTER_CHILDRENS = re.compile(
    r"(?![ \t]+(?!(?:is|was|and|or|for|in|on|at|since|until|where|when|who|which|but|after|"
    r"before|with|then|last|this|that|every|twice|about|because|so|to)\b)[a-z])"
)


#: Suffixes of programme names; those name a method ("Safe and Together Program") unless a
#: place or an acronym in them ties them to a provider ("Nevada Nurses Assistance Program").
_PROGRAM = re.compile(r"\b(?:Program|Programme|Project|Initiative)$")


def is_method_program(name: str) -> bool:
    """True for a programme name with no place or acronym in it (a method, not a provider)."""
    if not _PROGRAM.search(name):
        return False
    gaz = gazetteer()
    words = [w.strip("'’.,()") for w in name.split()]
    return not any(
        (w.isupper() and len(w) >= 2) or gaz.is_city(w) or gaz.is_region(w) for w in words
    )


def is_generic_name(name: str) -> bool:
    """True when every word of ``name`` is generic (a service description, not a name)."""
    if name in GENERIC_ORGS or re.sub(r"^(?:the|The)\s+", "", name) in GENERIC_ORGS:
        return True  # "the Truth and Reconciliation Commission"
    raw = [w.strip("'’.,()") for w in re.split(r"[\s&/-]+", name)]
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in raw if w]
    return all(
        w in GENERIC_WORDS or w in NOT_PLACE or r in GENERIC_ORGS
        for w, r in zip(words, [r for r in raw if r], strict=True)
    )


class OrganizationRecognizer(EntityRecognizer):
    """Named organisations: suffix patterns, context after work/school cues, units, branches.

    Military branches are ORGANIZATION with kind "quasi"; generic systems (VA, NHS,
    Medicaid), insurers and platforms are never flagged; "Fairhaven VA" is.
    """

    #: Company and industry words ("Inc", "Labs", "Aviation", "Seafood"); their names'
    #: heads are found alone too ("Saltmarsh Bay Seafood", then "Saltmarsh Bay").
    INDUSTRY_SUFFIXES = read_word_list("organizations_industry_suffixes.txt")
    SUFFIXES = read_word_list("organizations_suffixes.txt") + INDUSTRY_SUFFIXES
    PRACTICE_SUFFIXES = read_word_list("organizations_practice_suffixes.txt")
    FOREIGN_PREFIXES = read_word_list("organizations_foreign_prefixes.txt")
    CONTEXT_REQUIRED = read_word_list("organizations_context_required.txt")
    MILITARY = read_word_list("organizations_military.txt")
    #: University systems named with a campus ("UW-Stout", "UC Merced").
    UNIVERSITY_SYSTEMS = read_word_list("organizations_university_systems.txt")
    #: Degrees that stand in brackets with years ("(BSc, 2012–2016)").
    DEGREES = frozenset(read_word_list("organizations_degrees.txt"))
    #: National services named by a local area ("Lambeth CMHT", "Fairhaven VA").
    LOCAL_SERVICES = read_word_list("organizations_local_services.txt")
    #: Tree, flower, bird and stone words that name hospital wards ("Rowan Ward").
    WARD_NAMES = frozenset(read_word_list("organizations_ward_names.txt"))
    #: Health systems named with a campus after them ("Kaiser Sunnyside", "Banner Desert").
    HEALTH_SYSTEMS = read_word_list("organizations_health_systems.txt")
    #: Words opening a faith body's, school's or business's name ("Yeshiva", "Masjid").
    PREFIXES = read_word_list("organizations_prefixes.txt")
    #: Hebrew words after "Beth", "Bet" or "Temple" that make a synagogue ("Beth Shalom").
    HEBREW_WORDS = read_word_list("organizations_hebrew_words.txt")
    #: Words ending or opening Māori organisations' names ("Marae", "Hauora", "Rūnanga").
    MAORI_WORDS = read_word_list("organizations_maori_words.txt")

    NAME = "OrganizationRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[ORGANIZATION], name=self.NAME)

    def load(self) -> None:
        """Compile the patterns."""
        gaz_tail = rf"(?:[ \t]+of[ \t]+{CAP_SEQ}|[ \t]+{CAP_WORD})?"
        self._suffix = re.compile(
            rf"(?<![\w@/.-])({_ORG_SEQ}[ \t]+(?:{_alternation(self.SUFFIXES)}))(?![\w'’-])"
            rf"({gaz_tail})"
        )
        self._industry_tail = re.compile(rf"[ \t]+(?:{_alternation(self.INDUSTRY_SUFFIXES)})$")
        self._prefix = re.compile(
            rf"(?<![\w@/.-])((?:University|College|Institute|Academy|Bank|Church|Hospital)"
            rf"[ \t]+of[ \t]+(?:the[ \t]+)?{CAP_SEQ})"
        )
        # "Masjid al-Noor", "Bais Yaakov of Lakewood": an Arabic article may open a word
        name_word = rf"(?:(?:al|el|ul|an|ar|as|ad|at|Al|El)-)?{CAP_WORD}"
        # no "and": "RAF Brize Norton and Travis AFB" is two names
        name_seq = rf"{name_word}(?:[ \t]+(?:(?:of|the|de)[ \t]+)?{name_word})*"
        self._faith_prefix = re.compile(
            rf"(?<![\w@/.-])((?:{_alternation(self.PREFIXES)})[ \t]+{name_seq})"
        )
        self._hebrew = re.compile(
            rf"(?<![\w@/.-])((?:Beth|Bet|Temple)[ \t]+(?:{_alternation(self.HEBREW_WORDS)})"
            rf"(?![\w'’-])(?:[ \t]+(?:of[ \t]+)?{name_seq})?)"
        )
        maori_seq = rf"{CAP_WORD}(?:[ \t]+(?:(?:o|a|ki|me|i|e|te)[ \t]+)?{CAP_WORD})*"
        self._maori = re.compile(
            rf"(?<![\w@/.-])((?:{maori_seq}[ \t]+)?(?:{_alternation(self.MAORI_WORDS)})"
            rf"(?:[ \t]+o[ \t]+{maori_seq})?)(?![\w'’-])"
        )
        self._named_as = re.compile(
            r"\b(?i:his|her|their|our|my|the)[ \t]+(?:marae|church|parish|mosque|masjid|"
            r"synagogue|shul|temple|gurdwara|mandir|school|kura|college|employer|workplace|"
            r"club)[ \t]+(?:is|was)[ \t]+(?:called[ \t]+)?(?:the[ \t]+)?"
            rf"({maori_seq})"
        )
        self._maori_te = re.compile(
            rf"(?<![\w@/.-])(Te[ \t]+(?:Kura|Whare|Puna|Kōhanga|Kohanga)[ \t]+o[ \t]+{maori_seq})"
        )
        self._campus = re.compile(
            rf"(?<![\w@/.-])({_alternation(self.UNIVERSITY_SYSTEMS)})(?:[-–]({CAP_SEQ})|"
            rf"[ \t]+({CAP_SEQ}))"
        )
        self._cue = re.compile(
            rf"(?i:\b(?:{_alternation(CUES)})\b)[^.;:\n()]{{0,60}}?\b(?:at|for|with|by|to|from"
            rf"|joined)"
            rf"[ \t]+(?:the[ \t]+)?({_ORG_SEQ})"
        )
        self._care_cue = re.compile(
            rf"(?<![\w&])(?:{_alternation(CARE_CUES)})(?![\w&])[^.;:\n()]{{0,30}}?\b(?:at|to|from|"
            rf"by|in)[ \t]+(?:the[ \t]+)?({_ORG_SEQ})"
        )
        self._ambiguous = re.compile(
            rf"\b(?:at|for|with|by|from|joined)[ \t]+(?:the[ \t]+)?"
            rf"({_alternation(self.CONTEXT_REQUIRED)})(?![\w'’-])"
        )
        # "manages the Walmart on Route 9", "quit Lidl", "left Sobeys": a brand that is no
        # everyday word ("left Target" could be a direction) after running or leaving it
        plain_brands = [b for b in self.CONTEXT_REQUIRED if b.lower() not in _BRAND_WORDS]
        self._brand_verb = re.compile(
            r"\b(?:(?:manages|managed|managing|runs|ran|running)[ \t]+the|quit|quits|left"
            rf"|leaving)[ \t]+({_alternation(plain_brands)})(?![\w'’-])"
        )
        self._lower_military = re.compile(
            rf"{_AFTER_EX}({_alternation([w.lower() for w in self.MILITARY])})(?![\w'’-])"
        )
        self._military = re.compile(
            rf"{_AFTER_EX}({_alternation(self.MILITARY)})(?![\w'’-])"  # "ex-Army" too
        )
        self._unit = re.compile(
            rf"(?<![\w/.-])(\d{{1,3}}(?:-\d{{1,3}}|st|nd|rd|th)[ \t]+(?:{_MILITARY_UNIT})"
            rf"(?:[ \t]+(?:{_MILITARY_UNIT}))?)\b"
        )
        self._battalion = re.compile(r"\b(?:with|in|to|from)[ \t]+(\d/\d{1,2})(?![\w/])")
        self._company = re.compile(
            r"\b(?:at|with|from|on|to)[ \t]+((?:Engine|Ladder|Truck|Rescue|Squad|Medic|"
            r"Fire[ \t]+Station|Station)[ \t]+\d{1,3})\b"
        )
        self._court = re.compile(
            r"\b(\d{1,2}(?:st|nd|rd|th)[ \t]+(?:JDC|Judicial[ \t]+District(?:[ \t]+Court)?|"
            r"Judicial[ \t]+Circuit|Circuit[ \t]+Court|District[ \t]+Court))\b"
        )
        self._numbered = re.compile(
            rf"(?<![\w@/.-])({CAP_SEQ}[ \t]+No\.?[ \t]*\d+)(?=[ \t]+(?:mine|pit|colliery|shaft"
            rf"|plant|mill|station|school))"
        )
        self._va = re.compile(
            rf"(?<![\w@/.-])((?:{CAP_WORD}[ \t]+){{1,3}}(?:{_alternation(self.LOCAL_SERVICES)}))"
            r"(?![\w'’-])"
        )
        self._service_tail = re.compile(rf"[ \t]+(?:{_alternation(self.LOCAL_SERVICES)})$")
        self._our_lady = re.compile(
            rf"(?<![\w@/.-])(Our[ \t]+Lady[ \t]+of[ \t]+(?:the[ \t]+)?{CAP_SEQ})(?=[ \t]+(?:parish|"
            r"church|school|college|primary|secondary|convent|hospital|academy|high)\b)"
        )
        # "Our Lady of the Vines School", "Our Lady of Mercy College": its own head word
        self._our_lady_named = re.compile(
            rf"(?<![\w@/.-])(Our[ \t]+Lady[ \t]+of[ \t]+(?:the[ \t]+)?{CAP_WORD}"
            rf"(?:[ \t]+{CAP_WORD}){{0,3}}?"
            rf"[ \t]+(?:{_alternation([h for h in SAINT_HEADS if not h.islower()])}))(?![\w'’-])"
        )
        self._practice = re.compile(
            rf"(?<![\w@/.-])({CAP_SEQ})[ \t]+({_alternation(self.PRACTICE_SUFFIXES)})(?![\w'’-])"
        )
        # "at Rosewood Family Therapy": a practice; "Cognitive Processing Therapy" is a
        # method, so only right after at and never with a method word of its own
        self._therapy_at = re.compile(
            rf"\b(?:at|attends|attended)[ \t]+(?:the[ \t]+)?"
            rf"({CAP_SEQ})[ \t]+(Therapy|Therapies|Physiotherapy|Physio)(?![\w'’-]|[ \t]+[{UPPER}])"
        )
        # "forty years at Colman's", "six months with Hartley Moss": a workplace by tenure
        self._tenure = re.compile(
            r"\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|fifteen|twenty|thirty|forty|fifty|several|many|few)[ \t]+(?:more[ \t]+)?"
            r"(?:years?|yrs|decades?|months)[ \t]+(?:at|with|for)[ \t]+(?:the[ \t]+)?"
            rf"({_ORG_SEQ})(?![\w'’-])"
        )
        # "her solicitor at Brannigan Cole", "an accountant from Okafor & Reid": a firm after
        # a profession or role; one or two capitalised words, checked against names and places
        roles = _alternation(
            [t for t in read_word_list("occupations_titles.txt") if " " not in t and t.islower()]
        )
        self._role_at = re.compile(
            rf"\b(?i:{roles})s?[ \t]+(?:at|from|with)[ \t]+(?:the[ \t]+)?"
            rf"({CAP_WORD}(?:[ \t]+(?:&|and)[ \t]+{CAP_WORD}|[ \t]+{CAP_WORD})?)"
            rf"(?![\w'’-]|[ \t]+[{UPPER}]|[ \t]*&|[ \t]+(?:and|of|for)[ \t]+[{UPPER}])"
        )
        # "Employer: Brannigan Cole", "- school - Westmount (Yr 9)": a headed field's value
        self._field = re.compile(
            rf"(?im:^[ \t]*(?:[-*•]+[ \t]*)?(?:{_alternation(FIELD_LABELS)})[ \t]*(?::|[-–—][ \t])"
            r"[ \t]*([^\n]+))"
        )
        self._field_value = re.compile(rf"(?:(?:The|the)[ \t]+)?({_ORG_SEQ})")
        self._for_tail = re.compile(
            rf"[ \t]+for[ \t]+(?:the[ \t]+)?{CAP_WORD}(?:[ \t]+(?:and[ \t]+|&[ \t]+)?{CAP_WORD})*"
        )
        foreign = "|".join(
            rf"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}"
            for w in sorted(self.FOREIGN_PREFIXES, key=len, reverse=True)
        )
        joiner = r"(?:de|du|des|la|le|les|na|an|y|del|della|di|da|do|dos|das|sur|en)"
        foreign_word = rf"(?:[dlDL]['’])?{CAP_WORD}"
        self._foreign = re.compile(
            rf"(?<![\w@/.-])((?:{foreign})"
            rf"(?:[ \t]+{joiner}|[ \t]+(?!{joiner}\b)[a-zß-ÿ]{{4,}}(?=[ \t]+[{UPPER}]))?"
            rf"[ \t]+{foreign_word}"
            rf"(?:[ \t]+(?:{joiner}[ \t]+)?{foreign_word})*)"
        )
        self._saint_church = re.compile(
            rf"(?i:\b(?:parish|parishioners?|church|congregation|mass|worships?|diocese)\b)"
            rf"(?:[ \t]+(?:is|was|at|of|called|named|:))?[ \t,:]+"
            rf"((?:St\.?|Saint|Ste\.?|San|Santa|São|Our[ \t]+Lady[ \t]+of|Holy|Sacred)[ \t]+"
            rf"{CAP_SEQ})"
        )
        self._saint_at = re.compile(
            rf"\b(?:at|to|attends|attended|attending|with|from)[ \t]+(?:the[ \t]+)?"
            rf"((?:St\.?|Saint|Ste\.?|San|Santa|São)[ \t]+{CAP_WORD}{_REGNAL})"
            rf"(?![\w'’-]|[ \t]*(?:&|\d)|[ \t]+(?:and[ \t]+|of[ \t]+)?[{UPPER}])"
        )
        self._dedication_at = re.compile(
            rf"\b(?:at|to|attends?|attended|attending|from|joined)[ \t]+"
            rf"((?:{_SAINT_LONG}|{_OUR_LADY_LONG}|(?:{_alternation(DEDICATIONS)})(?![\w'’-]))"
            rf"{_DENOMINATION})(?![\w'’-]|[ \t]*(?:&|\d)|[ \t]+(?:(?:and|of)[ \t]+)?[{UPPER}])"
        )
        heads = _alternation(SAINT_HEADS)
        self._saint_named = re.compile(
            rf"(?<![\w@/.-])({_SAINT}[ \t]+{CAP_WORD}{_REGNAL}"
            rf"(?:[ \t]+(?:and|&)[ \t]+{CAP_WORD})?(?:[ \t]+{CAP_WORD}){{0,3}}?[ \t]+(?:{heads}))"
            r"(?![\w'’-])"
        )
        lower_heads = _alternation([h for h in SAINT_HEADS if h.islower()])
        self._lower_saint = re.compile(
            rf"(?<![\w@/.-])((?:st\.?|saint|ste\.?)[ \t]+({_LOWER_WORD})"
            rf"(?:[ \t]+{_LOWER_WORD}){{0,2}}?"
            rf"[ \t]+(?:{lower_heads}))(?![\w'’-])"
        )
        # "Sugar House 4th Ward", "Provo 12th Branch", "Mesa Arizona Stake": Latter-day
        # Saint congregations; "Brazil Fortaleza East Mission": a mission named by its country
        self._lds_unit = re.compile(
            rf"(?<![\w@/.-])({CAP_SEQ}[ \t]+(?:\d{{1,3}}(?:st|nd|rd|th)[ \t]+(?:Ward|Branch)|"
            r"(?:YSA[ \t]+|Young[ \t]+Single[ \t]+Adult[ \t]+)?(?:Ward|Stake|Branch)(?=[ \t]+"
            r"(?:bishop|bishopric|president|presidency|Relief|Primary|Young|elders|clerk|ward|"
            r"building|chapel|house|meetinghouse)\b)|Stake))(?![\w'’-])"
        )
        self._mission = re.compile(rf"(?<![\w@/.-])({CAP_SEQ}[ \t]+Mission)(?![\w'’-])")
        # "Hair by Kim", "Polished by Chantelle": a shop named with its owner's first name
        self._by_owner = re.compile(
            rf"\b(?:at|from|with|for|to)[ \t]+((?:{CAP_WORD}[ \t]+){{1,2}}by[ \t]+({CAP_WORD}))"
            r"(?![\w'’-]|[ \t]+[A-Z])"
        )
        # "a dive bar called The Yellow Dog", "his band, named Salt Lick": a business or
        # group introduced by its name
        kinds = (
            r"(?i:bar|pub|shop|store|caf[eé]|restaurant|diner|business|company|firm|salon"
            r"|gym|studio|band|club|church|school|charity|nonprofit|non-profit|start-?up|agency"
            r"|practice|bakery|brewery|winery|farm|ranch|team|choir|podcast|channel|group"
            r"|boutique|takeaway|garage|dealership|daycare|nursery|kindergarten|academy)"
        )
        # "a bar called X" or "his band, called X": not "the school called Sarah" (the verb)
        self._called = re.compile(
            rf"(?:\b(?i:a|an)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?{kinds}[ \t]+"
            rf"|\b(?i:his|her|their|my|our|its)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?{kinds},[ \t]+)"
            rf"(?:called|named)[ \t]+[\"“]?((?:The[ \t]+)?{CAP_SEQ})"
        )
        # "met at Lewis & Clark", "works at Marks & Spencer": two names joined by "&"
        self._ampersand = re.compile(
            rf"\b(?:at|for|attends|attended|joined)[ \t]+"
            rf"({CAP_WORD}[ \t]*&[ \t]*{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})(?![\w'’&-])"
        )
        # "The Laurels pub", "the Red Lion": a pub's or bar's name before its kind
        self._venue = re.compile(
            rf"(?<![\w@/.-])((?:The|the)[ \t]+({CAP_SEQ}))[ \t]+(?:pub|bar|inn|tavern|hotel|"
            r"nightclub|club|lounge|café|cafe|restaurant|takeaway|chipper|bookies|casino|"
            r"brewery|wine[ \t]+bar)\b"
        )
        # "member of ACEP/CAPE", "her steward at PSAC": a union or association by its acronym
        self._member_of = re.compile(
            r"\b(?i:members?|membership|steward|shop[ \t]+steward|union[ \t]+rep|rep|"
            r"delegate|dues)[ \t]+(?:of|in|with|at|for|to)[ \t]+(?:the[ \t]+)?"
            r"([A-Z][A-Z&]{2,7}(?:/[A-Z][A-Z&]{1,7})?)(?![\w'’-])"
        )
        self._hr = re.compile(
            rf"(?<![\w@/.-])({CAP_SEQ})(?:['’]s)?[ \t]+(?:HR|payroll|Payroll|human[ \t]+resources"
            rf"|Human[ \t]+Resources|head[ \t]+office|Head[ \t]+Office)\b"
        )
        self._childrens = re.compile(
            rf"\b(?:at|from|to|with|via|by|into|in)[ \t]+((?:{CAP_WORD}[ \t]+){{1,3}}"
            rf"Children['’]s){_AFTER_CHILDRENS.pattern}"
        )
        self._state_team = re.compile(
            rf"(?<![\w@/.-])({CAP_SEQ}[ \t]+State)[ \t]+(?i:{_STATE_TEAM})"
        )
        self._job_at = re.compile(
            rf"\b(?:is|was|works[ \t]+as|worked[ \t]+as|as)[ \t]+an?[ \t]+"
            rf"(?:[a-zà-ÿ-]+[ \t]+){{0,1}}[a-zà-ÿ-]+[ \t]+at[ \t]+(?:the[ \t]+)?({_ORG_SEQ})"
        )
        lower_suffix = (
            r"(?:state[ \t]+)?(?:(?:cent(?:re|er)|institute)[ \t]+for(?:[ \t]+[a-z][a-z'’-]*){1,3}|"
            rf"{_alternation(LOWER_SUFFIXES)})"
        )
        self._lower_org = re.compile(
            rf"(?:\b(?:at|from|to|with|w/?|via|by|for|attends|attended|owns|co-owns|owned|runs|"
            rf"ran|manages|(?:members?|part|president|captain|coach)[ \t]+of|(?:sings|sang|"
            rf"plays|played|dances|danced|rows|rowed|swims|skates|drums|marches)[ \t]+in)"
            rf"[ \t]+(?:the[ \t]+)?|\()"
            rf"((?:{_LOWER_WORD}[ \t]+){{1,3}}?{lower_suffix})(?![\w'’-])"
        )
        self._lower_trade = re.compile(
            rf"[ \t]+(?:{_LOWER_WORD}[ \t]+)?(?:{_alternation(LOWER_SUFFIXES)})(?![\w'’-])"
        )
        self._lower_possessive = re.compile(
            rf"(?i:\b(?:{_alternation(CUES)})\b)[^.;:\n()]{{0,60}}?\bat[ \t]+"
            r"([a-z][a-z-]+['’]s)(?![\w'’-])"
        )
        self._lower_childrens = re.compile(
            rf"\b(?:at|from|to|with|via|by|into|in)[ \t]+((?:[a-z][a-z'’-]*[ \t]+){{1,2}}"
            rf"children['’]s){_AFTER_CHILDRENS.pattern}"
        )
        self._lower_cue = re.compile(
            rf"(?i:\b(?:{_alternation(CUES)})\b)[^.;:\n()]{{0,60}}?\b(?:at|for|with)[ \t]+"
            r"(?:the[ \t]+)?((?:[a-z][a-z'’-]*[ \t]+){1,2}[a-z][a-z'’-]*)\b"
        )
        self._lower_va = re.compile(
            r"(?<![\w@/.-])((?:[a-z][a-z'’.-]*[ \t]+){1,3}(?:va|cboc|vamc))\b"
        )
        long_units = "|".join(u for u in _MILITARY_UNIT.split("|") if not u.isupper())
        self._lower_unit = re.compile(
            rf"(?<![\w/.-])(\d{{1,3}}(?:-\d{{1,3}}|st|nd|rd|th)[ \t]+(?i:{long_units}))\b"
        )
        self._lower_company = re.compile(
            r"\b(?:at|with|from|on|to)[ \t]+((?:engine|ladder|truck|rescue|medic|fire[ \t]+station)"
            r"[ \t]+\d{1,3})\b"
        )
        self._lower_court = re.compile(
            r"\b(\d{1,2}(?:st|nd|rd|th)[ \t]+(?:jdc|judicial[ \t]+district(?:[ \t]+court)?|"
            r"judicial[ \t]+circuit|circuit[ \t]+court|district[ \t]+court))\b"
        )
        brands = [b.lower() for b in self.CONTEXT_REQUIRED if b.lower() not in _BRAND_WORDS]
        self._lower_brand = re.compile(
            rf"(?i:\b(?:{_alternation(CUES)})\b)[^.;:\n()]{{0,60}}?\b(?:at|for|with|from|joined)"
            rf"[ \t]+(?:the[ \t]+)?({_alternation(brands)})(?![\w'’-])"
        )
        self._system_campus = re.compile(
            rf"\b(?:at|to|from|into|via|with)[ \t]+(?:the[ \t]+)?"
            rf"((?:{_alternation(self.HEALTH_SYSTEMS)})[ \t]+"
            rf"((?:{CAP_WORD}[ \t]+){{0,2}}{CAP_WORD}))"
            rf"(?![\w'’-]|[ \t]+{CAP_WORD})"
        )
        self._study_at = re.compile(
            r"\b(?:does|did|doing|done|studies|studied|studying|majors|majored|majoring|reads"
            r"|reading)[ \t]+(?:in[ \t]+)?((?:[a-z][a-z'’-]*[ \t]+){1,2})at[ \t]+(?:the[ \t]+)?"
            rf"({_ORG_SEQ})(?![\w'’-])"
        )
        self._lower_state_team = re.compile(
            rf"(?<![\w@/.-])((?:[a-z][a-z'’-]*[ \t]+){{1,2}}state)[ \t]+{_STATE_TEAM}"
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Organisation spans in ``text``."""
        gaz = gazetteer()
        found: dict[tuple[int, int], RecognizerResult] = {}

        def add(
            start: int,
            end: int,
            score: float,
            rule: str,
            kind: str = "direct",
            possessive: bool = False,
            service: bool = False,
            plain: bool = False,
        ) -> None:
            start, end = _strip(text, start, end, possessive, service)
            if end <= start:
                return
            if legal := _LEGAL_TAIL.match(text, end):
                end = legal.end()  # "Mahlangu Civils (Pty) Ltd": the legal form is in the name
            name = text[start:end]
            if (
                kind == "direct"
                and not plain
                and (is_generic_name(name) or is_method_program(name))
            ):
                return
            key = (start, end)
            if key not in found or found[key].score < score:
                found[key] = make_result(ORGANIZATION, start, end, score, self.NAME, rule, kind)

        for m in self._suffix.finditer(text):
            end = m.end(1)
            tail = m.group(2).strip()
            if tail and (tail.startswith("of ") or gaz.is_city(tail) or gaz.is_region(tail)):
                end = m.end(2)
            if not _named_before_suffix(m.group(1), self.SUFFIXES):
                continue  # "the CI", "The General": a suffix word with no name before it
            if _GENERAL_OFFICE.search(m.group(1)) or re.match(r"[ \t]+Day\b", text[end:]):
                continue  # "Attorney General", "Memorial Day"
            if _MEASURE_AFTER.match(text, m.end(1)):
                continue  # "Short Health Anxiety Inventory": a measure, not a health service
            if _public_league_or_work(m.group(1)):
                continue  # "the Premier League", "Mahler's Fifth Symphony"
            if end == m.end(1) and _described_only(m.group(1), self._industry_tail):
                continue  # "Low Energy", "Vintage Cars": an adjective, not a company's name
            for_tail = self._for_tail.match(text, end)
            if for_tail and re.search(r"(?:Cent(?:er|re)|Institute|Foundation)$", m.group(1)):
                end = for_tail.end()  # "Larchmont Center for Anxiety Disorders"
            add(m.start(1), end, 0.7, f"{SUFFIX_RULE} (medium)")
        for m in self._practice.finditer(text):
            if _MEASURE_AFTER.match(text, m.end(2)):
                continue  # "Teaching Recovery Techniques": a method
            for start, end in self._practices(text, m):
                add(start, end, 0.7, "name with a private-practice suffix (medium)")
        for m in self._therapy_at.finditer(text):
            head = _LEADING.sub("", m.group(1) + " ").strip()
            name = text[m.start(1) : m.end(2)]
            if (
                head
                and not _is_method(text, m.start(1), head)
                and not is_generic_name(head)
                and not ClinicalAllowList.load().spans(name)
                and not gaz.is_city(head)
                and not any(w.endswith("ing") for w in head.split())  # "Brainspotting"
            ):
                add(m.start(1), m.end(2), 0.6, "practice named before Therapy after at (medium)")
        for m in self._foreign.finditer(text):
            add(
                m.start(1),
                m.end(1),
                0.85,
                "name after a school, church or shop word in another language (strong)",
            )
        for m in self._faith_prefix.finditer(text):
            name = _without_trailing(m.group(1), NOT_PLACE)
            place = gaz.is_city(name) or gaz.is_city(re.sub(r"^Beit ", "Bet ", name))
            faith = all(w in nrp_terms() for w in name.split())  # "Chabad Lubavitch"
            if not (place or faith or gaz.is_region(name)):
                end = m.start(1) + len(name)
                add(m.start(1), end, 0.85, "name after a faith, school or trade word (strong)")
        for m in self._hebrew.finditer(text):
            name = _without_trailing(m.group(1), NOT_PLACE)
            add(m.start(1), m.start(1) + len(name), 0.85, "Beth/Temple and a Hebrew word (strong)")
        for m in self._maori.finditer(text):
            name = m.group(1)
            if name not in self.MAORI_WORDS:  # a bare "Marae" is the word, not a name
                add(m.start(1), m.end(1), 0.85, "Māori organisation's name (strong)")
        for m in self._named_as.finditer(text):
            name = _without_trailing(m.group(1), NOT_PLACE)
            if not (gaz.is_city(name) or gaz.is_region(name) or name.lower() in NOT_PLACE):
                end = m.start(1) + len(name)
                add(m.start(1), end, 0.75, "name given as one's marae, church or school (medium)")
        for m in self._maori_te.finditer(text):
            add(m.start(1), m.end(1), 0.85, "Māori school or house 'o' a name (strong)")
        for m in self._saint_church.finditer(text):
            add(m.start(1), m.end(1), 0.6, "saint's name after a parish or church word (medium)")
        for m in self._saint_at.finditer(text):
            name = m.group(1)
            clause = re.split(r"[.;!?\n]", text[max(0, m.start() - 80) : m.start()])[-1]
            if gaz.is_city(name) or gaz.is_city(name.removesuffix("'s").removesuffix("’s")):
                continue  # "flew to St. Louis"
            if _DEVOTION.search(clause):
                continue  # "a novena to St Jude": a devotion, not a parish
            owned = name.endswith(("'s", "’s"))  # "born at St. Vincent's": a hospital
            if not owned and _RESIDENCE_BEFORE.search(clause + " " + text[m.start() : m.start(1)]):
                continue  # "moved to St. Kilda": a place, for the place recognizer
            add(m.start(1), m.end(1), 0.6, "saint's name after at or to (medium)")
        for m in self._dedication_at.finditer(text):
            if self._dedication(text, m):
                add(m.start(1), m.end(1), 0.6, "saint's long name or dedication after at (medium)")
        for m in self._saint_named.finditer(text):
            add(m.start(1), m.end(1), 0.7, "saint's name before a school, parish or club (medium)")
        for m in self._lower_saint.finditer(text):
            if m.group(2) not in stop_words() and m.group(2) not in GENERIC_WORDS:
                add(m.start(1), m.end(1), 0.6, "lower-case saint's parish or school (medium)")
        for m in self._lds_unit.finditer(text):
            name = m.group(1)
            if name.split()[0].lower() not in NOT_PLACE and not _WARD_AS_PLACE.search(
                re.split(r"[.;!?\n]", text[max(0, m.start() - 80) : m.start()])[-1]
            ):
                add(m.start(1), m.end(1), 0.7, "numbered ward, branch or stake (medium)")
        for m in self._mission.finditer(text):
            words = m.group(1).split()[:-1]
            if (
                len(words) >= 2
                and gaz.is_region(words[0])
                or any(w in nrp_terms() and not gaz.is_region(w) for w in words)
            ):
                add(m.start(1), m.end(1), 0.7, "mission named by its country or people (medium)")
        for m in self._by_owner.finditer(text):
            head = m.group(1).split()[0]
            owner = m.group(2)
            if (
                owner.lower() in first_names()
                and head.lower() not in stop_words()
                and head.lower() not in NOT_PLACE
                and head not in _LEADING_WORDS
                and not ClinicalAllowList.load().spans(m.group(1))
            ):
                add(m.start(1), m.end(1), 0.6, "shop named 'by' its owner (medium)", plain=True)
        for m in self._called.finditer(text):
            name = m.group(1)
            if (
                name.split()[-1].lower() not in NOT_PLACE
                and not gaz.is_city(name)
                and not (
                    " " not in name and name.lower() in first_names()  # "a team called Aroha up"
                )
            ):
                add(m.start(1), m.end(1), 0.7, "business or group called by its name (medium)")
        ampersands = list(self._ampersand.finditer(text))
        allowed = ClinicalAllowList.load().spans(text) if ampersands else []
        for m in ampersands:
            name = m.group(1)
            cited = any(a < m.end(1) and m.start(1) < b for a, b in allowed)  # "Maslach & Leiter"
            words = re.findall(r"[\w'’-]+", name)
            people = all(w.lower() in first_names() for w in words[:2])  # "for Tom & Sarah"
            if not (cited or people or any(w.lower() in stop_words() for w in words)):
                add(m.start(1), m.end(1), 0.6, "two names joined by & after at or for (medium)")
        for m in self._venue.finditer(text):
            name = m.group(2)
            if name.split()[0].lower() in NOT_PLACE or gaz.is_city(name) or gaz.is_region(name):
                continue
            # a capital "The" mid-sentence is part of the name ("barred from The Laurels")
            keep_the = m.group(1)[0] == "T" and not re.search(
                r"(?:^|[.!?:\n]\s*)$", text[: m.start()]
            )
            start = m.start(1) if keep_the else m.start(2)
            key = (start, m.end(1))
            if key not in found:
                found[key] = make_result(
                    ORGANIZATION,
                    start,
                    m.end(1),
                    0.6,
                    self.NAME,
                    "pub or bar before its kind (medium)",
                )
        for m in self._member_of.finditer(text):
            for part in re.finditer(r"[A-Z][A-Z&]+", m.group(1)):
                acronym = part.group(0)
                if len(acronym) >= 3 and acronym not in GENERIC_ORGS:
                    s, e = m.start(1) + part.start(), m.start(1) + part.end()
                    add(s, e, 0.55, "union or association after 'member of' (medium)")
        for m in self._hr.finditer(text):
            name = m.group(1)
            if name.split()[0].lower() in NOT_PLACE or gaz.is_city(name) or gaz.is_region(name):
                continue
            add(m.start(1), m.end(1), 0.6, "employer before its HR or payroll (medium)")
        for m in self._childrens.finditer(text):
            add(m.start(1), m.end(1), 0.6, "children's hospital named by its city (medium)")
        for m in self._state_team.finditer(text):
            add(m.start(1), m.end(1), 0.6, "state university before a team or class (medium)")
        for m in self._job_at.finditer(text):
            name = m.group(1)
            if name.split()[0].lower() in NOT_PLACE or gaz.is_city(name) or gaz.is_region(name):
                continue
            add(m.start(1), m.end(1), 0.5, "workplace after 'was a <job> at' (medium)")
        if lowercase_style(text):
            for start, end, rule in _lower_case_orgs(self, text):
                add(start, end, 0.5, rule, possessive=rule == _LOWER_SHOP)
            for m in self._lower_military.finditer(text):
                add(m.start(1), m.end(1), 0.5, "lower-case military branch (weak)", "quasi")
        for m in self._prefix.finditer(text):
            add(m.start(1), m.end(1), 0.7, "University/College of ... (medium)")
        for m in self._cue.finditer(text):
            name = m.group(1)
            first = name.split()[0]
            if first.lower() in NOT_PLACE or gaz.is_city(name) or gaz.is_region(name):
                continue
            if " " not in name and m.group(0)[: m.start(1) - m.start()].rstrip().endswith("with"):
                continue  # "works with Sarah": a colleague, not an employer
            shop = " " not in name and _names_a_shop(text, m.end(1))  # "a job at Fenn's"
            firm = re.search(r"[ \t]&[ \t]", name) is not None  # "Harrow & Finch": a firm
            add(
                m.start(1),
                m.end(1),
                0.7 if firm else 0.5,
                "name after a work, school or faith cue (medium)",
                "direct",
                shop,
            )
        for m in self._tenure.finditer(text):
            name = _LEADING.sub("", m.group(1) + " ").strip()
            if self._tenure_place(name):
                shop = " " not in name and _names_a_shop(text, m.end(1))
                add(m.start(1), m.end(1), 0.5, "workplace after years at (medium)", "direct", shop)
        for m in self._role_at.finditer(text):
            name = m.group(1)
            words = re.findall(r"[\w'’-]+", name)
            people = len(words) >= 2 and all(w.lower() in first_names() for w in words[:2])
            if (
                len(words) >= 2
                and not people
                and not _used_as_modifier(text, m.end(1))
                and not any(w.lower() in METHOD_WORDS or _METHOD_SHAPE.search(w) for w in words)
                and self._tenure_place(name)
            ):
                add(m.start(1), m.end(1), 0.5, "firm after a profession or role (medium)")
        for m in self._field.finditer(text):
            for s, e in self._field_values(text, m.start(1), m.end(1)):
                add(s, e, 0.6, "organisation as a headed field's value (medium)")
        for m in self._care_cue.finditer(text):
            name = m.group(1)
            if self._care_name(text, m.start(1), name):
                add(m.start(1), m.end(1), 0.5, "hospital or clinic after a care cue (medium)")
        for m in self._ambiguous.finditer(text):
            add(m.start(1), m.end(1), 0.6, "brand name after at/for/with (medium)")
        for m in self._brand_verb.finditer(text):
            add(m.start(1), m.end(1), 0.6, "brand name after running or leaving it (medium)")
        for m in self._military.finditer(text):
            before = re.search(rf"({CAP_WORD})[ \t]+$", text[max(0, m.start(1) - 30) : m.start(1)])
            if (
                before
                and before.group(1) not in nrp_terms()
                and not _LEADING.match(before.group(1) + " ")
            ):
                continue  # "the Salvation Army", "Dad's Army": another name ("Syrian Army" is not)
            add(m.start(1), m.end(1), 0.6, "military branch (medium)", "quasi")
        for m in self._unit.finditer(text):
            add(m.start(1), m.end(1), 0.8, "numbered military unit (strong)")
        for m in _BARE_UNIT.finditer(text):
            window = text[max(0, m.start() - 80) : m.end() + 80]
            if _MILITARY_CUE.search(window):
                add(m.start(1), m.end(1), 0.8, "battalion number and regiment (strong)")
        for m in _LETTER_COMPANY.finditer(text):
            window = text[max(0, m.start() - 60) : m.start()] + " " + text[m.end() : m.end() + 60]
            if _MILITARY_CUE.search(window):
                add(m.start(1), m.end(1), 0.8, "lettered company with military context (strong)")
        for m in _SLASH_UNIT.finditer(text):
            window = text[max(0, m.start() - 80) : m.end() + 80]
            if _MILITARY_CUE.search(window):
                add(m.start(1), m.end(1), 0.8, "battalion and regiment with a slash (strong)")
        for m in _GENERIC_HEAD.finditer(text):
            name = m.group(1)
            if not (_GENERAL_OFFICE.search(name) or ClinicalAllowList.load().spans(name)):
                add(
                    m.start(1),
                    m.end(1),
                    0.6,
                    "school or hospital with a plain head after at (medium)",
                    plain=True,
                )
        for m in _BRANCH.finditer(text):
            if self._branch_name(text, m):
                add(m.start(1), m.end(1), 0.6, "brand and branch direction after at (medium)")
        for m in _NAMED_WARD.finditer(text):
            words = m.group(1).split()[:-1]
            clause = re.split(r"[.;!?\n]", text[max(0, m.start() - 80) : m.start(1)])[-1]
            if _WARD_AS_PLACE.search(clause):
                continue  # "lives in Oak Ward": an electoral ward, a place
            if all(w in self.WARD_NAMES or w.lower() in first_names() for w in words):
                add(
                    m.start(1), m.end(1), 0.75, "ward or unit named after a tree or person (medium)"
                )
        for m in _LOCAL_TEAM.finditer(text):
            words = m.group(1).split()
            if (
                words[0].lower() not in GENERIC_WORDS
                and words[0].lower() not in NOT_PLACE
                and words[0] not in _LEADING_WORDS
                and is_generic_name(" ".join(words[1:]))
                and not ClinicalAllowList.load().spans(m.group(1))
            ):
                add(m.start(1), m.end(1), 0.6, "local team named by its area (medium)", plain=True)
        for m in self._system_campus.finditer(text):
            campus = _without_trailing(m.group(2), GENERIC_WORDS)
            first = campus.split()[0]
            if not (
                first.lower() in NOT_PLACE
                or first.lower() in GENERIC_WORDS
                or gaz.is_region(campus)
                or (first in self.HEALTH_SYSTEMS)
                or ClinicalAllowList.load().spans(campus)
            ):
                end = m.start(2) + len(campus)
                add(m.start(1), end, 0.75, "health system and its campus after at (medium)")
        for m in self._study_at.finditer(text):
            if self._study_place(m):
                add(m.start(2), m.end(2), 0.6, "school after 'does <subject> at' (medium)")
        for m in _WARD.finditer(text):
            add(m.start(1), m.end(1), 0.6, "hospital ward by floor and wing (medium)")
        for m in self._battalion.finditer(text):
            window = text[max(0, m.start() - 60) : m.end() + 40]
            if _MILITARY_CUE.search(window):
                add(m.start(1), m.end(1), 0.9, "battalion number with military context (strong)")
        for m in self._company.finditer(text):
            add(m.start(1), m.end(1), 0.6, "fire or ambulance company (medium)")
        for m in self._court.finditer(text):
            add(m.start(1), m.end(1), 0.7, "numbered court (medium)")
        for m in self._numbered.finditer(text):
            add(m.start(1), m.end(1), 0.75, "numbered mine or plant (medium)")
        for m in _CORPS.finditer(text):
            corps = m.group(1)
            kind = "direct" if re.search(r"\b(?:Drum|Bugle|Cadet|Cadets)\b", corps) else "quasi"
            if not _named_before_suffix(corps, ["Corps"]):
                continue
            add(m.start(1), m.end(1), 0.7, "army corps (medium)", kind)
        for m in _REGIMENT.finditer(text):
            if not is_generic_name(m.group(1).split()[0]) and _named_before_suffix(
                m.group(1), ["Guards", "Rifles", "Regiment", "Commando", "Commandos"]
            ):
                add(m.start(1), m.end(1), 0.7, "named regiment (medium)")
        for m in _GRADED_TEAM.finditer(text):
            name = m.group(1)
            teamlike = " " in name.strip() or name.endswith("s")  # "Tigers", not "Scale U9"
            if teamlike and not (gaz.is_city(name) or gaz.is_region(name)):
                add(m.start(1), m.end(1), 0.6, "team before its age grade (medium)")
        for m in _NUMBERED_BODY.finditer(text):
            add(m.start(1), m.end(1), 0.7, "numbered post, lodge or troop (medium)")
        for m in _UNION_LOCAL.finditer(text):
            add(m.start(1), m.end(1), 0.7, "union local (medium)")
        for m in self._campus.finditer(text):
            campus = m.group(3)
            if campus is None or gaz.is_city(campus) or gaz.is_region(campus):
                add(m.start(1), m.end(), 0.7, "university system and campus (medium)")
        for m in _BRACKET_YEARS.finditer(text):
            name = m.group(1)
            if self._bracketed_org(name):
                add(m.start(1), m.end(1), 0.6, "organisation in brackets with years (medium)")
        for m in self._va.finditer(text):
            start, end = _strip(text, m.start(1), m.end(1), service=True)
            local = self._service_tail.sub("", text[start:end])
            if local.split()[0].lower() not in NOT_PLACE and not is_generic_name(local):
                add(start, end, 0.7, "local office of a national service (medium)", service=True)
        for m in self._our_lady.finditer(text):
            add(m.start(1), m.end(1), 0.7, "Our Lady of ... before a parish or school (medium)")
        for m in self._our_lady_named.finditer(text):
            add(m.start(1), m.end(1), 0.75, "Our Lady of ... School (medium)")
        for (start, end), result in list(found.items()):
            # "RAF Brize Norton and Travis AFB": a name found on its own before "and" ends
            # there, and the rest is the second name
            joiner = re.search(r"[ \t]+(?:and|&)[ \t]+", text[start:end])
            if joiner and (start, start + joiner.start()) in found:
                del found[(start, end)]
                rest = start + joiner.end()
                if (rest, end) not in found:
                    found[(rest, end)] = result
                    result.start = rest
        for (start, end), result in list(found.items()):
            for s, e in self._short_forms(text, start, end):
                if not any(a <= s and e <= b for a, b in found):
                    found[(s, e)] = make_result(
                        ORGANIZATION,
                        s,
                        e,
                        result.score,
                        self.NAME,
                        "company name without its industry word (medium)",
                    )
        for (start, end), result in list(found.items()):
            for s, e in _club_mentions(text, start, end):
                if not any(a <= s and e <= b for a, b in found):
                    found[(s, e)] = make_result(
                        ORGANIZATION,
                        s,
                        e,
                        result.score,
                        self.NAME,
                        "club named again by its sport (medium)",
                    )
        for (start, end), result in list(found.items()):
            for s, e in _acronym_mentions(text, start, end):
                if (s, e) not in found:
                    found[(s, e)] = make_result(
                        ORGANIZATION,
                        s,
                        e,
                        result.score,
                        self.NAME,
                        "acronym of a found name (medium)",
                    )
        return list(found.values())

    def _short_forms(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Other mentions of a company's name without its industry and legal words.

        "Saltmarsh Bay Seafood Ltd ... Saltmarsh Bay wants a note": people drop the trade
        word. Only heads of two or more capitalised words that are not a place or a
        generic phrase, so "Harbour Cars" does not flag every "Harbour".
        """
        heads = []
        head = text[start:end]
        while tail := self._industry_tail.search(head):
            head = head[: tail.start()]
            heads.append(head)  # "Kestrel Deepwater Drilling Ltd.": both shorter names
        out = []
        for head in heads:
            if self._plausible_head(head):
                out += [
                    (m.start(), m.end())
                    for m in re.finditer(rf"(?<![\w@/.-]){re.escape(head)}(?![\w'’@-])", text)
                    if not start <= m.start() < end
                ]
        return out

    def _practices(self, text: str, m: re.Match[str]) -> list[tuple[int, int]]:
        """The practice names in a practice-suffix match, split at "and" where needed.

        "Lakeshore Behavioral and Crescent Bend Recovery" is two practices; "Marriage and
        Family Counseling" is a service; "Hale and Orr Psychology" is one practice.
        """
        parts = re.split(r"[ \t]+(?:and|&)[ \t]+", m.group(1))
        spans = []  # (start, end, name words before the suffix)
        pos = m.start(1)
        for i, part in enumerate(parts):
            start = text.index(part, pos)
            pos = start + len(part)
            if i == len(parts) - 1:
                spans.append((start, m.end(2), part))
            elif own := self._practice.fullmatch(part):
                spans.append((start, pos, own.group(1)))
        if len(spans) == 1:  # "Hale and Orr Psychology", "Marriage and Family Counseling"
            spans = [(m.start(1), m.end(2), m.group(1))]
        return [(s, e) for s, e, head in spans if not _is_method(text, s, head)]

    def _dedication(self, text: str, m: re.Match[str]) -> bool:
        """True when a saint's long name or a dedication after "at" names a parish or school.

        Not a devotion ("a novena to St Jude the Apostle"), a street or place ("at St John
        Street", "moved to St Kilda East") or a saint's name and surname that is a place.
        """
        gaz = gazetteer()
        name = m.group(1)
        words = name.split()
        clause = re.split(r"[.;!?\n]", text[max(0, m.start() - 80) : m.start(1)])[-1]
        if _DEVOTION.search(clause):
            return False
        if any(_STREET_WORD.match(w) or w in _PLACE_TAIL for w in words[1:]):
            return False
        if gaz.is_city(name) or gaz.is_region(name):
            return False
        surname = len(words) == 3 and words[0] != "Our" and words[2] not in DEDICATIONS
        if surname and words[0].startswith(("St", "Saint")):
            # "at St Thomas More": a saint's given name, then a surname; "moved to St
            # Albans Abbey" or "St Ives Harbour" is a place's, caught by the place words
            given = words[1].lower() in first_names()
            return given and not _RESIDENCE_BEFORE.search(clause)
        return True

    def _field_values(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Names that wholly fill a comma- or semicolon-separated part of a field's value.

        Bracketed notes ("(2019)", "(Year 11)") are left out; a part that is a sentence
        ("She is in Year 9 at ...") or says there is none ("N/A") gives nothing.
        """
        out = []
        for part in re.finditer(r"[^,;]+", text[start:end]):
            s = start + part.start()
            value = re.sub(r"\([^)]*\)", lambda b: " " * len(b.group(0)), part.group(0))
            value = re.sub(r"[.:]+[ \t]*$", lambda b: " " * len(b.group(0)), value)
            lead = len(value) - len(value.lstrip())
            trimmed = value.strip()
            found = self._field_value.fullmatch(trimmed)
            if not found or _NO_VALUE.match(trimmed):
                continue
            name = found.group(1)
            first = name.split()[0].lower()
            if first in stop_words() or not self._tenure_place(name, place_ok=True):
                continue
            if len(name) < 2 or name.lower() in first_names():
                continue
            begin = s + lead + found.start(1)
            out.append((begin, begin + len(name)))
        return out

    def _tenure_place(self, name: str, place_ok: bool = False) -> bool:
        """True when a name after "ten years at" may be a workplace, not a person or place.

        With ``place_ok`` a place's name passes ("School: Westmount" names a school).
        """
        from recognizers.name_words import titles

        gaz = gazetteer()
        words = name.split()
        stem = name.removesuffix("'s").removesuffix("’s")
        return bool(words) and not (
            name.lower() in LOWER_TYPE_WORDS
            or name.lower() in LOWER_SUFFIXES  # "two years at Uni"
            or words[0].rstrip(".").lower() in NOT_PLACE
            or words[0].rstrip(".").lower() in titles()
            or words[0] in _LEADING_WORDS
            or (len(words) == 1 and stem.lower() in first_names() and stem == name)
            or (not place_ok and (gaz.is_city(stem) or gaz.is_region(stem)))
            or stem in nrp_terms()
            or is_generic_name(name)
            or ClinicalAllowList.load().spans(name)
        )

    def _care_name(self, text: str, start: int, name: str) -> bool:
        """True when a name after "stay at", "discharged from" may be a hospital or clinic."""
        from recognizers.name_words import titles

        gaz = gazetteer()
        words = name.split()
        first = words[0].rstrip(".")
        return not (
            first.lower() in NOT_PLACE
            or first.lower() in titles()
            or name in _CARE_SETTINGS
            or (len(words) == 1 and name.lower() in first_names())
            or gaz.is_city(name)
            or gaz.is_region(name)
            or is_generic_name(name)
            or ClinicalAllowList.load().spans(name)
            or (len(words) == 1 and name.isupper() and len(name) <= 3)
        )

    def _branch_name(self, text: str, m: re.Match[str]) -> bool:
        """True when "<Brand> <Direction>" after "at" names a branch, not a place or street."""
        gaz = gazetteer()
        name = m.group(1)
        words = name.split()
        head = " ".join(words[:-1])
        if words[0].lower() in NOT_PLACE or words[0] in _LEADING_WORDS:
            return False
        if any(_STREET_WORD.match(w) for w in words[:-1]) or is_generic_name(head):
            return False
        if any(gaz.is_city(x) or gaz.is_region(x) for x in (name, head, words[-2])):
            return False  # "to Kansas City North", "at Ohio West": places
        clause = re.split(r"[.;!?\n]", text[max(0, m.start() - 80) : m.start()])[-1]
        if _RESIDENCE_BEFORE.search(clause + " " + text[m.start() : m.start(1)]):
            return False  # "moved to Lake Ridge West": a neighbourhood
        return not ClinicalAllowList.load().spans(name)

    def _study_place(self, match: re.Match[str]) -> bool:
        """True when the name after "does <subject> at" is a school, not a grade or method."""
        gaz = gazetteer()
        subject = match.group(1).split()
        name = match.group(2)
        words = name.split()
        return not (
            any(w in _NOT_SUBJECT or w.endswith("ly") for w in subject)
            or words[0].lower() in NOT_PLACE
            or name in _CARE_SETTINGS
            or name in GENERIC_ORGS
            or name in nrp_terms()
            or (len(words) == 1 and name.lower() in first_names())
            or gaz.is_city(name)
            or gaz.is_region(name)
            or is_generic_name(name)
            or ClinicalAllowList.load().spans(name)
        )

    def _bracketed_org(self, name: str) -> bool:
        """True when a bracketed name with years is an organisation, not a degree or place."""
        gaz = gazetteer()
        first = name.split()[0]
        return not (
            name in self.DEGREES
            or name in self.MILITARY
            or first.lower() in NOT_PLACE
            or first.lower() in first_names()
            or is_generic_name(name)
            or gaz.is_city(name)
            or gaz.is_region(name)
            or ClinicalAllowList.load().spans(name)
        )

    @staticmethod
    def _plausible_head(head: str) -> bool:
        """True for two or more capitalised words that are not a place or generic phrase."""
        words = head.split()
        gaz = gazetteer()
        return not (
            len(words) < 2
            or not all(w[0].isupper() or w in ("of", "and", "&") for w in words)
            or words[0].lower() in NOT_PLACE
            or is_generic_name(head)
            or gaz.is_city(head)
            or gaz.is_region(head)
        )


#: After an "organisation" name: more capitalised words ending in a measure's or method's
#: head noun ("Short Health Anxiety Inventory", "Teaching Recovery Techniques").
_MEASURE_AFTER = re.compile(
    rf"(?:[ \t]+{CAP_WORD}){{0,4}}[ \t]+(?:Inventory|Scale|Questionnaire|Index|Checklist|"
    r"Survey|Screener|Screen|Measure|Interview|Assessment|Test|Rating|Techniques?|Model|"
    r"Method|Approach|Protocol|Training|Skills|Intervention|Curriculum|Workbook|Manual|"
    r"Framework)\b"
)


#: An acronym opening an organisation's name ("KMU Health & Wellness", "BCU Hospital").
_ACRONYM_HEAD = re.compile(rf"^([{UPPER}]{{3,6}})[ \t]+\S")


def _acronym_mentions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Other bare mentions of the acronym that opens a found name made of generic words.

    "Seen at KMU Health & Wellness ... sertraline via KMU": the second "KMU" is the same
    organisation. Only when the rest of the name is generic, so the acronym is the name.
    """
    name = text[start:end]
    m = _ACRONYM_HEAD.match(name)
    if not m or m.group(1) in GENERIC_ORGS or m.group(1).lower() in NOT_PLACE:
        return []
    rest = name[m.end(1) :]
    if not is_generic_name(rest.strip()):
        return []
    acronym = m.group(1)
    if ClinicalAllowList.load().spans(acronym):
        return []  # "CBT Clinic": the acronym is a method
    return [
        (a.start(), a.end())
        for a in re.finditer(rf"(?<![\w@/.-]){acronym}(?![\w@-])", text)
        if not start <= a.start() < end
    ]


#: A club's sport or kind and the word "club" ending a found name ("Brunswick Bowls Club").
_CLUB_TAIL = re.compile(
    r"[ \t]((?!(?i:the|a|an|our|his|her|their|social)\b)[\w'’-]{3,}[ \t]+(?i:club))$"
)


def _club_mentions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Later mentions of a found club by its sport alone ("the bowls club", "the Golf Club").

    "at the Brunswick Bowls Club ... his brother is a member of the bowls club": with one
    such club in the case the short form names it too. Only after "the", and only for
    names of three or more words.
    """
    name = text[start:end]
    m = _CLUB_TAIL.search(name)
    if not m or len(name.split()) < 3:
        return []
    tail = re.escape(m.group(1)).replace(r"\ ", r"[ \t]+")
    return [
        (a.start(1), a.end(1))
        for a in re.finditer(rf"\b(?i:the)[ \t]+((?i:{tail}))(?![\w'’-])", text)
        if not start <= a.start(1) < end
    ]


def _named_before_suffix(match: str, suffixes: list[str]) -> bool:
    """True when a suffix match has a name before its suffix, not only "The" or "Our"."""
    head = match
    for suffix in _longest_first(tuple(suffixes)):
        # string tests, not a regex per suffix: this runs for every suffix match
        if match.endswith(suffix) and match[: -len(suffix)].endswith((" ", "\t")):
            head = match[: -len(suffix)].rstrip()
            break
    return bool(_LEADING.sub("", head + " ").strip())


@cache
def _longest_first(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(suffixes, key=len, reverse=True))


def _is_method(text: str, start: int, head: str) -> bool:
    """True when the words before a practice suffix name a method or service, not a practice.

    A method word makes it a method ("Interpersonal Psychotherapy"), unless the method
    words are all audience words ("Family", "Child", "Art") after a name of the practice's
    own ("Black River Family Counseling"); a sentence's opening verb is not such a name.
    """
    words = [w.lower() for w in re.split(r"[ \t]+", head)]
    method = [w in METHOD_WORDS or bool(_METHOD_SHAPE.search(w)) for w in words]
    if not any(method):
        return False
    if not all(w in AUDIENCE_WORDS for w, is_m in zip(words, method, strict=True) if is_m):
        return True
    first = words.index(next(w for w, is_m in zip(words, method, strict=True) if is_m))
    opening = re.search(r"(?:^|[.!?:;\n]\s*|\s[-–—•*]\s*)$", text[:start]) is not None
    names = [
        w
        for i, w in enumerate(words[:first])
        if w not in GENERIC_WORDS
        and w not in stop_words()
        and w.capitalize() not in _LEADING_WORDS
        and not (i == 0 and opening and re.search(r"(?:s|ed|ing)$", w))
    ]
    return not names


def _described_only(name: str, industry_tail: re.Pattern[str]) -> bool:
    """True when only generic words and adjectives precede an industry word ("Low Energy")."""
    tail = industry_tail.search(name)
    if not tail:
        return False
    head = name[: tail.start()]
    words = [w.strip("'’.,()").lower() for w in re.split(r"[\s&/-]+", head)]
    words = [w for w in words if w]
    return bool(words) and all(
        w in DESCRIPTOR_WORDS or w in GENERIC_WORDS or w in NOT_PLACE or w in stop_words()
        for w in words
    )


def _names_a_shop(text: str, end: int) -> bool:
    """True when a possessive name ends at ``end`` ("a job at Fenn's since June").

    Not when a noun follows ("a job at Tomas's bakery"): then the owner is a person.
    """
    after = re.match(r"[ \t]+([a-z][a-z'’-]*)", text[end:])
    return after is None or len(after.group(1)) < 3 or after.group(1) in stop_words()


#: A legal form in brackets or after a bracketed one ("(Pty) Ltd", "(Pvt) Ltd", "(NZ) Ltd").
_LEGAL_TAIL = re.compile(
    r"[ \t]+\((?i:pty|pvt|proprietary|nz|aust|aus|canada|uk|ireland|sa|rf)\)"
    r"(?:[ \t]+(?i:ltd|limited)\.?)?"
    r"|[ \t]+(?i:pty|pvt)\.?[ \t]+(?i:ltd|limited)\.?"
    r"(?![\w'’-])"
)


#: Irregular past tenses that may follow a firm's name ("Okafor & Reid wrote to her").
_PAST_VERBS = frozenset(
    ["wrote", "said", "sent", "told", "rang", "thought", "felt", "got", "made", "took", "gave"]
    + ["put", "let", "kept", "saw", "came", "went", "left", "found", "paid", "won", "lost"]
)


def _used_as_modifier(text: str, end: int) -> bool:
    """True when a noun follows the name, so it describes one ("Big Law experience")."""
    after = re.match(r"[ \t]+([a-z][a-z'’-]*)", text[end:])
    if after is None:
        return False
    word = after.group(1)
    return not (
        word in stop_words() or word in _PAST_VERBS or word.endswith(("ed", "s", "ing", "ly"))
    )


def _without_trailing(name: str, words: frozenset[str]) -> str:
    """``name`` less trailing words in ``words`` ("Cafe Lindos Monday" -> "Cafe Lindos")."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower() in words:
        parts.pop()
    return name[: name.rfind(parts[-1]) + len(parts[-1])]


def _title(words: list[str]) -> str:
    return " ".join(w.capitalize() for w in words)


#: Lower-case practice words, after which a method word makes a method ("dbt counseling").
_LOWER_PRACTICE = frozenset(
    {"behavioral", "behavioural", "psychology", "psychotherapy", "counseling", "counselling"}
)
#: Prepositions inside a lower-case match after which the name starts again ("gp at ...").
_LOWER_PREPOSITIONS = frozenset(["at", "from", "with", "w", "w/", "via", "by", "attends"])
#: The rule for "quit her job at fenn's": the possessive is part of the shop's name.
_LOWER_SHOP = "lower-case shop after a work cue (weak)"


#: A saint's hospital, parish or school in lower-case notes with no head word after it
#: ("admitted to st joes", "mass at st columba's", "born at st vincent's"): after at, to or
#: from, a possessive or plural-looking name; "moved to st kilda" is left to places.
_LOWER_SAINT_AT = re.compile(
    r"\b(?:at|to|from|attends|attended|attending)[ \t]+(?:the[ \t]+)?"
    r"((?:st\.?|saint)[ \t]+([a-z][a-z]+)(?:['’]s|(?<=[a-z]s)))"
    r"(?![\w'’-]|[ \t]+(?:st|street|rd|road|ave|avenue|dr|drive|ln|lane)\b)"
)
#: Irish, Welsh, French and Spanish school and church words in lower-case notes ("goes to
#: scoil mhuire", "yr 3 at gaelscoil na mí", "at école sainte-marie"): one or two name words.
_LOWER_FOREIGN = re.compile(
    r"\b(?:at|to|from|attends|attended|attending|in)[ \t]+"
    r"((?:scoil|gaelscoil|meánscoil|coláiste|colaiste|gaelcholáiste|ysgol|coleg|école|ecole"
    r"|collège|lycée|colegio|escuela|iglesia|parroquia|paroisse|église|eglise)"
    r"(?:[ \t]+(?:na|an|de|du|des|la|le|y|del|san|santa|sainte?|notre)(?![\w'’-]))?"
    r"[ \t]+[a-zß-öø-ÿā-ž][\wß-öø-ÿā-ž'’-]+)(?![\w'’-])"
)


#: A Māori-medium school or language nest in lower-case notes ("te kura o waikato",
#: "kura kaupapa māori o hoani waititi", "kōhanga reo o ngā kuaka", "wharekura o rākaumanga"):
#: the kind, "o", then one name word, two when the first is "te" or "ngā".
_LOWER_KURA = re.compile(
    r"(?<![\w@/.-])((?:te[ \t]+)?(?:kura(?:[ \t]+kaupapa(?:[ \t]+m[āa]ori)?)?|k[ōo]hanga[ \t]+reo"
    r"|wharekura)[ \t]+o[ \t]+(?:(?:te|ngā|nga)[ \t]+)?"
    r"(?!(?:or|and|the|to|an|is|was|for|in|on|at|with|as|if|so|but|not|no)\b)"
    r"[a-zāēīōū][a-zāēīōū'-]+)(?![\w'’-])"
)


#: A dedication or "our lady of ..." in lower-case notes, after at, to or attends
#: ("attends christ the king", "married at holy trinity anglican", "our lady of lourdes").
_LOWER_DEDICATION = re.compile(
    r"\b(?:at|to|attends?|attended|attending|from)[ \t]+"
    rf"((?:{_alternation([d.lower() for d in DEDICATIONS])}"
    r"|our[ \t]+lady(?:[ \t]+(?:queen|star|help|seat|mother))?[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?!(?:the|a|an|my|her|his|our|their|this|that)\b)[a-zß-öø-ÿ]+)"
    r"(?:[ \t]+(?:anglican|catholic|orthodox|lutheran|methodist|presbyterian|uniting|baptist"
    r"|episcopal))?)(?![\w'’-])"
)
#: A possessive shop after a tenure in lower-case notes ("20 yrs at colman's").
_LOWER_TENURE = re.compile(
    r"\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|many"
    r"|several)[ \t]+(?:yrs?|years?|decades?|months?|mths)[ \t]+(?:at|with)[ \t]+"
    r"([a-z][a-z-]+['’]s)(?![\w'’-])"
)


def _lower_case_orgs(rec: OrganizationRecognizer, text: str) -> list[tuple[int, int, str]]:
    """Organisations written in lower case, for notes typed all in lower case.

    A run of words before "college", "clinic", "children's" or "state <team>" is a name
    only when its first word is not a stop word, a generic word or a kind of school or
    clinic ("at grad school", "at the walk-in clinic", "at her old school").
    """
    out = []
    stop = stop_words()

    def named(words: list[str]) -> bool:
        first = words[0]
        if first in ("st", "st.", "saint") and len(words) > 2:
            first = words[1]  # "st andrew catholic church"
        if first in stop or first in GENERIC_WORDS or first in LOWER_TYPE_WORDS:
            return False
        if first.endswith(("'s", "’s")):
            return False  # "nan's church", "his uncle's bakery"
        head = " ".join(words).split(" for ")[0].split()
        tail = " ".join(words).split(" for ")[1:]
        return not any(w in stop for w in head) and not any(
            w in stop and w != "and" for part in tail for w in part.split()
        )

    matches = list(rec._lower_org.finditer(text))
    for m in matches:
        # "referred by gp at greenlane family practice": the name starts after the last "at"
        inner = [w for w in re.finditer(r"\S+", m.group(1)) if w.group(0) in _LOWER_PREPOSITIONS]
        if inner and (again := rec._lower_org.match(text, m.start(1) + inner[-1].start())):
            matches.append(again)
            continue
        name = m.group(1)
        words = re.split(r"[ \t]+", name)
        if " for " in name:  # "... center for anxiety then home": the name ends before "then"
            while words[-1] in stop:
                words.pop()
        head = name.split(" for ")[0].split()
        if words[-1] in _LOWER_PRACTICE and _is_method(text, m.start(1), " ".join(words[:-1])):
            continue  # "to cognitive behavioral", "w family counseling": methods
        if named(words) and not all(w in GENERIC_WORDS or w in LOWER_TYPE_WORDS for w in head):
            end = m.start(1) + len(" ".join(words))
            if words[-1] in ("bros", "sons", "brothers") and (
                trade := rec._lower_trade.match(text, end)
            ):
                end = trade.end()  # "haddad bros smash repairs": the trade is in the name
            out.append((m.start(1), end, "lower-case name with a school or clinic word (weak)"))
    gaz = gazetteer()
    for m in rec._lower_cue.finditer(text):
        # "small group at northgate denver": a church or firm named by its city campus
        words = re.split(r"[ \t]+", m.group(1))
        spans = [
            k
            for k in range(len(words), 1, -1)
            for j in range(1, k)
            if named(words[:k])
            and gaz.is_city(_title(words[j:k]))
            and not gaz.is_city(_title(words[:k]))
            and words[j] not in stop
            and " ".join(words[j:k]) not in LOWER_COMMON
        ]
        if spans:
            end = m.start(1) + len(" ".join(words[: spans[0]]))
            out.append((m.start(1), end, "lower-case name and city after a cue (weak)"))
    for m in rec._lower_va.finditer(text):
        words = m.group(1).split()
        for n in (2, 1):
            if len(words) > n and gaz.is_city(_title(words[-1 - n : -1])):
                start = m.end(1) - len(" ".join(words[-1 - n :]))
                out.append((start, m.end(1), "lower-case local VA (weak)"))
                break
    for pattern, rule in (
        (rec._lower_unit, "lower-case numbered unit (medium)"),
        (rec._lower_company, "lower-case fire company (weak)"),
        (rec._lower_court, "lower-case numbered court (weak)"),
        (_LOWER_KURA, "lower-case Māori school or language nest (medium)"),
    ):
        out.extend((m.start(1), m.end(1), rule) for m in pattern.finditer(text))
    for m in _LOWER_SAINT_AT.finditer(text):
        saint = m.group(2)
        words = m.group(1).replace("’", "'").split()
        place = any(gaz.is_city(_title(w)) for w in (words, ["st.", *words[1:]]))
        if saint not in stop and saint not in GENERIC_WORDS and not place:
            out.append((m.start(1), m.end(1), "lower-case saint's name after at or to (weak)"))
    for m in _LOWER_FOREIGN.finditer(text):
        last = m.group(1).split()[-1]
        if last not in stop and last not in GENERIC_WORDS:
            out.append(
                (m.start(1), m.end(1), "lower-case school or church in another language (weak)")
            )
    for m in rec._lower_brand.finditer(text):
        out.append((m.start(1), m.end(1), "lower-case brand after a cue (weak)"))
    for m in _LOWER_DEDICATION.finditer(text):
        clause = re.split(r"[.;!?\n]", text[max(0, m.start() - 80) : m.start()])[-1]
        after = text[m.end(1) : m.end(1) + 20].split()[:1]  # "our lady of the rosary statue"
        if not _DEVOTION.search(" ".join([clause, *after])):
            out.append((m.start(1), m.end(1), "lower-case dedication after at or attends (weak)"))
    for m in _LOWER_TENURE.finditer(text):
        owner = m.group(1)[:-2]
        if owner not in stop and owner not in kinship_words() and _names_a_shop(text, m.end(1)):
            out.append((m.start(1), m.end(1), _LOWER_SHOP))
    for m in rec._lower_possessive.finditer(text):
        owner = m.group(1)[:-2]
        if owner not in stop and owner not in kinship_words() and _names_a_shop(text, m.end(1)):
            out.append((m.start(1), m.end(1), _LOWER_SHOP))
    for m in rec._lower_childrens.finditer(text):
        if named(re.split(r"[ \t]+", m.group(1))):
            out.append((m.start(1), m.end(1), "lower-case children's hospital (weak)"))
    for m in rec._lower_state_team.finditer(text):
        if named(re.split(r"[ \t]+", m.group(1))):
            out.append((m.start(1), m.end(1), "lower-case state university before a team (weak)"))
    return out


#: Leading words dropped from a name ("The", "Our", sentence-initial pronouns).
_LEADING = re.compile(
    r"^(?:(?:The|A(?![ \t]+(?:Co\b|Coy\b|Company\b|Troop\b|Battery\b))|An|Our(?!\s+Lady\b)|"
    r"Their|His|Her|My|This|That|At|In)\s+)+"
)


#: Capitalised verbs and connectives that open a line before a name ("Attends", "Via").
_LEADING_WORDS = frozenset(read_word_list("organizations_leading_words.txt"))


#: Names whose possessive is part of the name ("Westvale Children's", "St. Brigid's").
_KEEPS_POSSESSIVE = re.compile(
    r"(?:\b(?i:children|women|men|people)['’]s$"
    r"|(?:^|\s)(?:St\.?|Saint|Ste\.?|st\.?|saint|ste\.?)[ \t]+\S+['’]s$)"
)


def _strip(
    text: str, start: int, end: int, possessive: bool = False, service: bool = False
) -> tuple[int, int]:
    """Trim leading determiners, a trailing full stop, (unless kept) possessive 's and
    (unless ``service``: "Lambeth CMHT") a generic service glued to the name."""
    span = text[start:end]
    lead = _LEADING.match(span)
    if lead and lead.end() < len(span):
        start += lead.end()
        span = span[lead.end() :]
    while (first := span.split(" ", 1)) and len(first) == 2 and first[0] in _LEADING_WORDS:
        start += len(first[0]) + 1  # "Attends Jamia Masjid Noor": the verb is not the name
        span = first[1]
    for poss in ("'s", "’s"):
        if span.endswith(poss) and not (possessive or _KEEPS_POSSESSIVE.search(span)):
            end -= 2
            span = span[:-2]
    grade = re.search(rf"[ \t]+{_AGE_GRADE}$", span)
    if grade and grade.start() > 0:
        span = span[: grade.start()]  # "Harbour Hawks U12": the team, not its grade
        end = start + len(span)
    # "Eastmarch State University CAPS": a generic service glued to the real name
    words = span.split(" ")
    while not service and len(words) > 1 and words[-1].rstrip(".") in GENERIC_ORGS:
        words.pop()
        while len(words) > 1 and words[-1] in ("and", "&", "of", "the"):
            words.pop()  # "FMLA and LTD": no joiner left dangling
    if len(words) < len(span.split(" ")):
        span = " ".join(words)
        end = start + len(span)
    if span.endswith(".") and not re.search(
        r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|St|No)\.$", span
    ):
        end -= 1
    return start, end


#: Short words an organisation's initials skip ("Employment and Social Development Canada").
_INITIALS_SKIP = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "at",
        "in",
        "on",
        "to",
        "et",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "y",
        "da",
        "di",
        "del",
        "della",
        "van",
        "von",
        "&",
        "+",
        "-",
    ]
)
#: Bracketed abbreviations that name a department or ward, not the organisation itself.
_NOT_ORG_ABBREVIATIONS = frozenset(
    [
        "ED",
        "ER",
        "ICU",
        "NICU",
        "PICU",
        "CCU",
        "HDU",
        "OPD",
        "A&E",
        "AE",
        "MAU",
        "ACU",
        "ITU",
        "OR",
        "PACU",
        "MRN",
        "NHI",
        "ID",
        "DOB",
        "IOP",
        "PHP",
    ]
)
#: "Kanata North Data Services (KNDS)", "Emploi et Développement social Canada (EDSC/ESDC)".
_BRACKETED_ABBREVIATION = re.compile(
    r"[ \t]*\([ \t]*([A-Z][A-Z&]{1,6}(?:[ \t]*/[ \t]*[A-Z][A-Z&]{1,6})*)[ \t]*\)"
)


def org_abbreviations(text: str, start: int, end: int) -> list[str]:
    """Acronyms that stand for the organisation found at ``text[start:end]``.

    Its initials when they are three to six letters ("Brookmont High School" -> "BHS",
    "Salt Lake Community College" -> "SLCC"), and the capitals in brackets right after
    it ("Tallaght University Hospital (TUH)", "Développement social Canada (EDSC/ESDC)").
    The caller flags these where they stand alone as words; clinical and public acronyms
    are dropped later by the allow-list.
    """
    name = text[start:end]
    words = [w for w in re.split(r"[ \t\n]+", name) if w]
    letters = [w[0].upper() for w in words if w.lower() not in _INITIALS_SKIP and w[0].isalpha()]
    # only names of real words ("Harbour Lane Clinic"), not already an acronym or one word
    out: list[str] = []
    if 3 <= len(letters) <= 6 and not any(w.isupper() and len(w) > 1 for w in words):
        out.append("".join(letters))
    out.extend(text[s:e] for s, e in bracketed_abbreviations(text, start, end))
    return [
        a for a in dict.fromkeys(out) if a not in GENERIC_ORGS and a not in _NOT_ORG_ABBREVIATIONS
    ]


def bracketed_abbreviations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the capitals in brackets right after a found organisation's name.

    "Tallaght University Hospital (TUH)", "Emploi et Développement social Canada
    (EDSC/ESDC)": each part, when it has three or more letters, starts with the name's
    first letter and is no ward or department ("(ED)", "(ICU)").
    """
    m = _BRACKETED_ABBREVIATION.match(text, end)
    name = text[start:end].split()
    if not m or not name:
        return []
    out = []
    for part in re.finditer(r"[A-Z][A-Z&]+", m.group(1)):
        word = part.group(0)
        if (
            len(word) >= 3
            and word[0] == name[0][0].upper()
            and word not in _NOT_ORG_ABBREVIATIONS
            and word not in GENERIC_ORGS
        ):
            out.append((m.start(1) + part.start(), m.start(1) + part.end()))
    return out


#: Words that make a league a national or professional one ("Premier League", "National
#: Hockey League", "Ivy League") or a symphony a composer's work ("Fifth Symphony").
_PUBLIC_LEAGUE_WORDS = frozenset(read_word_list("organizations_public_league_words.txt"))
_BARE_HEAD = re.compile(r"(?:^|[ \t])(League|Symphony)$")


def _public_league_or_work(name: str) -> bool:
    """True for a bare "League" or "Symphony" name that is no local club or orchestra.

    A local league has a name of two or more words before "League" ("Harbour City Roller
    Derby League"), none of them a national, professional or generic league word, and the
    first no country or people ("Australian Football League"). A symphony after a
    possessive, a number or an ordinal is a composer's work ("Beethoven's Ninth Symphony").
    """
    m = _BARE_HEAD.search(name)
    if not m:
        return False
    words = _LEADING.sub("", name[: m.start(1)] + " ").split()
    if not words:
        return True
    if any(w in _PUBLIC_LEAGUE_WORDS for w in words) or words[-1].endswith(("'s", "’s", "s'")):
        return True
    if m.group(1) == "Symphony":
        return any(c.isdigit() for c in words[-1])
    gaz = gazetteer()
    return len(words) < 2 or gaz.is_region(words[0]) or words[0] in nrp_terms()
