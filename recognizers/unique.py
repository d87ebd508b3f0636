"""Distinctive features: tattoos, vehicles, unique roles, laws, ties to the clinician, pets."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.clauses import clause_end
from recognizers.entities import OTHER_UNIQUE
from recognizers.places import UPPER, _alternation, make_result

_CLAUSE = r"(?:\b[ap]\.m\.|\b(?:[A-Z]\.){2,}|[^.,;:!?\n()])"
_STOP_AFTER = r"(?=[ \t]+(?:with|that|which|and[ \t]+(?:he|she|they|it|his|her))\b|[.,;:!?\n()]|$)"
_KIN = (
    r"niece|nephew|son|daughter|child|children|kids?|mother|mom|mum|father|dad|sister|brother|"
    r"wife|husband|partner|cousin|aunt|uncle|grandmother|grandfather|grandson|granddaughter|"
    r"neighbou?r|friend|in-laws?|mother-in-law|father-in-law|sister-in-law|brother-in-law|"
    r"son-in-law|daughter-in-law|stepson|stepdaughter|stepmother|stepfather|godson|goddaughter"
)
#: Words that are not a pet's name after "a dog called ..." in lower-case notes.
_NOT_PET_NAME = (
    r"(?:after|for|by|it|him|her|them|me|us|a|an|the|and|or|but|to|in|on|at|that|this|out|up"
    r"|back|over|off|because|so|when|every|each|twice|once|him|himself|herself)"
)
#: Week days and months: "took the dog Sunday", not a dog called Sunday.
_CALENDAR = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Mon|Tue|Tues|Wed"
    r"|Thu|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
#: Someone in the case did a service or craft for the clinician or the clinician's family:
#: "his late wife sewed my First Communion dress", "she did my taxes", "he built our deck".
_SERVED_CLINICIAN = (
    rf"(?:\b(?i:he|she|they|who)|\b(?i:his|her|their)[ \t]+(?:(?:late|former|ex-|older"
    rf"|younger)[ \t]*)?(?:{_KIN}))[ \t]+(?:once[ \t]+|also[ \t]+|used[ \t]+to[ \t]+)?"
    rf"(?:sewed|sews|sew|made|makes|altered|knitted|baked|bakes|built|builds|renovated"
    rf"|remodel(?:l)?ed"
    rf"|fixed|fixes|repaired|repairs|serviced|services|delivered|catered|photographed"
    rf"|painted|designed|buried|did|does|cut|cuts|styled|styles|sold|taught|coached|tutored"
    rf"|babysat|nursed|treated|married|baptized|baptised|christened|officiated"
    rf"|babysit|babysits|teach|teaches|coach|coaches|tutor|tutors|cleaned|cleans|clean"
    rf"|fix|build|bake|deliver|treat|style|paint)"
    rf"(?:[ \t]+(?:me|us))?[ \t]+(?:my|our)[ \t]+"
    rf"(?!(?:session|sessions|appointment|time|call|hour|meeting|group|notes|plan|point"
    rf"|words|question|questions|best|job|work|day|mind|heart|breath|skin|blood|head|life"
    rf"|week|year|morning|evening|night|stomach|hair[ \t]+stand|point|case|living|way"
    rf"|own|eyes|ears|jaw|toes|brain|face)\b)"
    rf"(?:[\w'’-]+[ \t]+){{0,3}}?[\w'’-]+"
    rf"(?=[ \t]*(?:[.,;:!?\n()–—-]|$)|[ \t]+(?:back|in|at|when|years?|for|before|after|as"
    rf"|and|but|so|which|last|once|once|too|long|ago|decades?)\b)"
)
#: Places and groups that the clinician and the client's family share.
_SHARED = (
    r"school|daycare|nursery|kindergarten|preschool|church|parish|chapel|synagogue|shul"
    r"|mosque|temple|gurdwara|marae|gym|pool|club|team|choir|band|class|yoga[ \t]+class"
    r"|book[ \t]+club|playgroup|scout[ \t]+troop|troop|practice|surgery|street|building"
    r"|neighbou?rhood|estate|congregation|ward|lodge"
)
#: The clinician's own circle, in the first person ("my son", "mine", "my sister").
_MINE = rf"(?:mine|my[ \t]+(?:(?:older|younger|little|eldest|youngest)[ \t]+)?(?:{_KIN}))"
#: Ties between the client's circle and the clinician's: shared schools and churches,
#: friends in common, schooldays together.
_SHARED_LIFE = (
    rf"\b(?i:his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:{_KIN})[ \t]+(?:go|goes|went|attend"
    rf"|attends|attended|is|are|was|were)[ \t]+(?:to[ \t]+|in[ \t]+|at[ \t]+)?the[ \t]+same"
    rf"[ \t]+(?:{_SHARED})[ \t]+as[ \t]+{_MINE}"
    rf"|\b(?i:we)[ \t]+(?:attend|attended|go[ \t]+to|went[ \t]+to|belong[ \t]+to|were[ \t]+at"
    rf"|are[ \t]+at|were[ \t]+in|are[ \t]+in|sing[ \t]+in|play[ \t]+in)[ \t]+the[ \t]+same"
    rf"[ \t]+(?:{_SHARED})"
    rf"|\b(?i:we)[ \t]+(?:went[ \t]+to[ \t]+(?:high[ \t]+|primary[ \t]+|secondary[ \t]+)?"
    rf"school|grew[ \t]+up|were[ \t]+at[ \t]+school|played[ \t]+\w+)[ \t]+together\b"
    rf"|\bI[ \t]+(?:was[ \t]+at|went[ \t]+to)[ \t]+(?:high[ \t]+|primary[ \t]+)?school"
    rf"[ \t]+with[ \t]+(?:(?:his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:{_KIN})|him|her|them)"
    rf"|\bI[ \t]+(?:know|knew)[ \t]+(?:(?:his|her|their)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"(?:{_KIN})|him|her|them)[ \t]+(?:from|through)[ \t]+(?:(?:the|my|our)[ \t]+)?"
    rf"(?:{_SHARED}|[{UPPER}]\w+)"
    rf"|\bI[ \t]+(?:see|saw|run[ \t]+into|bump[ \t]+into)[ \t]+(?:him|her|them)[ \t]+at"
    rf"[ \t]+(?:my|our|the[ \t]+same)[ \t]+(?:{_SHARED})"
    rf"|\b(?i:my)[ \t]+(?:(?:older|younger|little|eldest|youngest)[ \t]+)?(?:{_KIN})[ \t]+"
    rf"(?:plays[ \t]+on|is[ \t]+on|played[ \t]+on|works[ \t]+with|worked[ \t]+with"
    rf"|works[ \t]+for|worked[ \t]+for|dated|used[ \t]+to[ \t]+date|is[ \t]+friends[ \t]+with"
    rf"|was[ \t]+friends[ \t]+with|is[ \t]+in)[ \t]+(?:his|her|their)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"(?:{_KIN}|team|class|crew|unit|band|choir)\b"
    rf"|\b(?i:he|she|they|who)(?:['’]s|[ \t]+is|[ \t]+was|[ \t]+are|[ \t]+were)[ \t]+an?"
    rf"[ \t]+(?:(?:close|good|old|family)[ \t]+)?(?:friend|colleague|neighbou?r|classmate"
    rf"|schoolmate|teammate|coworker|co-worker|cousin|relative)[ \t]+of[ \t]+{_MINE}"
    rf"|\b(?i:his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:{_KIN})(?:['’]s|[ \t]+is|[ \t]+was)"
    rf"[ \t]+an?[ \t]+(?:(?:close|good|old|family)[ \t]+)?(?:friend|colleague|neighbou?r"
    rf"|classmate|coworker|co-worker)[ \t]+of[ \t]+{_MINE}"
)
#: Body parts where a mark is visible (a scar on the face singles someone out; one on the
#: forearm may be clinical history and is left alone).
_VISIBLE = (
    r"cheek|face|forehead|brow|eyebrow|lip|upper[ \t]+lip|chin|neck|jaw|jawline|nose|head"
    r"|scalp|temple|ear|eyelid"
)
#: Nouns for the people who gave someone a nickname ("the guys called him ...").
_NICKNAMERS = (
    r"guys|lads|boys|girls|men|women|crew|team|regulars|locals|everyone|everybody|people"
    r"|kids|mates|teammates|workmates|coworkers|co-workers|colleagues|neighbou?rs|town"
    r"|village|congregation|parish|class|students|players|fans|family"
)
#: Vessel words before a boat's name ("a shrimp trawler, the Miss Lan Anh").
_VESSELS = (
    r"boat|trawler|ship|vessel|yacht|ketch|schooner|sloop|skiff|dinghy|tug|tugboat|barge"
    r"|ferry|seiner|longliner|crabber|dragger|sailboat|cruiser|launch|houseboat|narrowboat"
    r"|catamaran|cutter|lugger|smack|drifter|coble|canoe|waka|creel[ \t]+boat"
)
#: A boat's name: capitalised words with the small words of many languages between
#: ("Reul na Mara", "Miss Lan Anh", "Star of the Sea").
_VESSEL_NAME = (
    rf"[{UPPER}][\w'’-]*(?:[ \t]+(?:(?:na|nan|an|de|da|do|del|la|le|of|the|y|e|o|el|van|von)"
    rf"[ \t]+)?[{UPPER}0-9][\w'’-]*){{0,4}}"
)
#: Heads of "the only/first ... person" phrases.
_ONLY_HEAD = (
    r"person|people|woman|man|girl|boy|doctor|physician|nurse|teacher|family|student|member"
    r"|kid|child|player|athlete|officer|firefighter|pastor|lawyer|dentist|vet|veterinarian"
    r"|surgeon|midwife|pharmacist|pilot|engineer|driver|worker|one"
)
#: Roles that single someone out inside a group ("club secretary", "strike captain").
_GROUP_ROLE = (
    r"secretary|treasurer|president|vice-president|vice[ \t]+president|chair|chairman"
    r"|chairwoman|chairperson|convenor|convener|captain|vice-captain|co-captain|founder"
    r"|co-founder|organiser|organizer|steward|rep|representative|commodore|master"
    r"|grand[ \t]+master|patron|registrar|warden|trustee|choirmaster|bandleader"
    # officers of youth and service clubs (FFA, 4-H, Scouts, lodges, auxiliaries)
    r"|sentinel|historian|parliamentarian|chaplain|marshal|scribe|quartermaster|herald"
    r"|scoutmaster|cubmaster|den[ \t]+leader|troop[ \t]+leader|patrol[ \t]+leader"
    r"|section[ \t]+leader|social[ \t]+secretary|membership[ \t]+secretary"
    r"|fixtures[ \t]+secretary|churchwarden|verger|standard[ \t]+bearer|flag[ \t]+bearer"
)
#: Group words before a role that make it a paid job ("school secretary", "ward clerk").
_JOB_GROUP_ROLE = re.compile(
    r"^(?i:school|company|department|faculty|ward|practice|office|unit|site|plant|station"
    r"|mine)[ \t]+(?i:secretary|registrar|warden|representative|rep)\b"
)
#: Before a lay role that says it is the person's own: a bullet or line start, "is/was a",
#: "serves as", "also".
_OWN_ROLE_BEFORE = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[-•*][ \t]*)?|\b(?i:is|was|as|became|also|now)[ \t]+(?:(?i:a|an)[ \t]+)?"
    r"|\b(?i:serves|served|serving)[ \t]+as[ \t]+(?:(?i:a|an)[ \t]+)?)$"
)
_SPORT_PERSON = (
    r"skater|swimmer|gymnast|runner|athlete|player|dancer|rower|cyclist|boxer|wrestler|climber|"
    r"skier|snowboarder|diver|golfer|fencer|jockey|surfer|sprinter|rider|shooter|archer|pitcher"
    r"|quarterback"
)


@cache
def _makes() -> str:
    return _alternation(read_word_list("unique_vehicle_makes.txt"))


def _words(name: str) -> str:
    """A data list as a longest-first alternation."""
    return _alternation(read_word_list(name))


def _pets() -> str:
    return _words("unique_pets.txt")


@cache
def _identity() -> str:
    """Identity words that make "the only/first X" distinctive, NRP terms included."""
    from recognizers.nrp import nrp_terms

    return _alternation(read_word_list("unique_identity_modifiers.txt") + sorted(nrp_terms()))


#: The clinician lives or grew up near the client ("I grew up 4 blocks from his building").
_NEAR_CLINICIAN = (
    r"\bI[ \t]+(?:grew[ \t]+up|live|lived|used[ \t]+to[ \t]+live|went[ \t]+to[ \t]+school)"
    r"[ \t]+(?:(?:\d+|a[ \t]+few|a[ \t]+couple[ \t]+of|two|three|four|five|six)[ \t]+"
    r"(?:blocks?|streets?|doors?|houses?|miles?|minutes?|km|kilomet(?:re|er)s?)[ \t]+"
    r"(?:away[ \t]+)?from|next[ \t]+door[ \t]+to"
    r"|across[ \t]+the[ \t]+(?:street|road|hall)[ \t]+from"
    r"|down[ \t]+the[ \t]+(?:street|road|block)[ \t]+from"
    r"|around[ \t]+the[ \t]+corner[ \t]+from|with)"
    r"[ \t]+(?:him|her|them|(?:his|her|their)[ \t]+[\w'’-]+)"
)
#: Decorations that make an ordinary car recognisable ("a red Jeep with an eagle decal").
_VEHICLE_DECORATION = (
    r"(?:wrap|sticker|stickers|decal|decals|paint[ \t]+job|paintwork|mural|flag|flags|livery"
    r"|stripe|stripes|logo|lettering|initials|name|plates?|spoiler|rims|lift[ \t]+kit"
    r"|bull[ \t]+bar|roof[ \t]+rack|airbrush(?:ed|ing)?|flames|crest|badge|emblem|magnets?"
    r"|bumper[ \t]+stickers?|sign|signage|writing|graphics|pinstripes?|pinstriping|dice"
    r"|rosary|dreamcatcher|ornament|figurine|ladder[ \t]+rack|light[ \t]+bar|toolbox"
    r"|canopy|snorkel|tow[ \t]+bar|roof[ \t]+box|tint|tinted[ \t]+windows|dents?"
    r"|scrapes?|rust|bumper|horn|antlers|plaque|memorial|portrait|photo)"
)
#: Parts of a vehicle that words are painted on ("across the back window").
_VEHICLE_PARTS = (
    r"back[ \t]+window|rear[ \t]+window|windscreen|windshield|back[ \t]+glass|tailgate"
    r"|bonnet|hood|door|doors|side|sides|bumper|boot|trunk|roof|cab|sleeper|trailer|panel"
    r"|panels|mudflaps?|grille|visor|window|windows|back"
)
_DETAIL_START = r"[ \t]+(?:painted|with|w/|wrapped|covered[ \t]+in|plastered[ \t]+with)[ \t]+"
#: Before a vehicle's make or model: its year ("a restored 1967 ...") or a modifier that
#: makes it stand out ("a lifted black ..."), with a word or two around them.
_NOT_VEHICLE_WORD = (
    r"(?:a|an|the|his|her|their|drives|drove|drive|owns|owned|has|had|bought|in|of|from|since)"
)
#: A trim after the model: "SR5", "CB750", "Limited" (not "I" opening the next clause).
_VEHICLE_TRIM = r"(?:[ \t]+(?!I\b)[A-Z0-9][\w-]*){0,2}"
#: What makes it recognisable: "painted lavender", "with an Oilers wrap and his late uncle's
#: initials on the tailgate", up to the end of the clause.
_VEHICLE_DETAIL = (
    rf"{_DETAIL_START}{_CLAUSE}{{1,90}}?(?=[.,;:!?\n()]|$|[ \t]+(?:that|which|so|but|because|when"
    rf"|and[ \t]+(?:he|she|they|it|we|i|everyone|people))\b"
    rf"|[ \t]+(?:for|at|from|outside)[ \t]+[{UPPER}])"
)


#: Colours before a vehicle model ("a grey F-150", "her silver Tacoma").
_COLOURS = (
    r"(?:(?:dark|light|pale|bright|metallic|matte|faded)[ \t]+)?(?:black|white|grey|gray|silver"
    r"|red|blue|green|yellow|orange|purple|pink|brown|tan|beige|gold|maroon|navy|teal|bronze"
    r"|burgundy|cream|champagne|charcoal|blk|wht|gry|slv)"
)


@cache
def _vehicle_lead() -> str:
    modifiers = _words("unique_vehicle_modifiers.txt")
    return (
        rf"(?:(?!{_NOT_VEHICLE_WORD}\b)[a-z][\w-]*[ \t]+){{0,2}}(?:(?:19|20)|['’])\d{{2}}[ \t]+"
        rf"|(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{modifiers})(?:-and-[a-z]+)?[ \t]+"
        rf"(?:[a-z][\w-]*[ \t]+)?(?=[{UPPER}0-9])"
    )


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str], str | None], ...]:
    """(pattern name, regex, action override); group 1 (or the whole match) is the span."""
    return (
        (
            "tattoo with its place on the body (medium)",
            re.compile(
                r"(?:\b(?:a|an|his|her|their)[ \t]+)?((?:(?:\"[^\"\n]{1,30}\"|“[^”\n]{1,30}”"
                r"|\b(?!(?:a|an|the|his|her|their|has|have"
                r"|had|with|and|got|gets|"
                r"many|several|some|few|multiple|no|any|two|three|visible|old|new|more|other)\b)"
                r"[\w'’-]+)[ \t]+){0,3}tattoos?\b(?:[ \t]+(?:\"[^\"\n]{1,30}\"|“[^”\n]{1,30}”))?"
                r"(?:[ \t]+(?:on|across|of|covering|along|down"
                r"|over|around|behind|inside|reading|saying|that[ \t]+says|spelling"
                r"|(?:with|w/)(?=[^.,;:!?\n()]{0,40}(?:[\"“]|\b(?:initials|names?|dates?|portrait"
                r"|words|text|script|letters|birthdate)\b)))"
                r"[ \t]+(?:[^.,;:!?\n()]|\b[ap]\.m\.){1,90}?"
                r"(?=[ \t]+(?:that|which|and[ \t]+(?:he|she|they|it))\b|[.,;:!?\n()]|$))?)",
                re.IGNORECASE,
            ),
            None,
        ),
        (
            "words or a name tattooed on the body (medium)",
            re.compile(
                r"((?:\b(?:his|her|their|a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
                r"|[\"“][^\"”\n]{1,30}[\"”](?:[ \t]+(?:and|&)[ \t]+[\"“][^\"”\n]{1,30}[\"”])?"
                r"[ \t]+)tattooed[ \t]+(?:on|across|along|down|over|inside|behind|around|into)"
                r"[ \t]+(?:his|her|their|the|each|both)[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+)"
                r"(?=[ \t]*(?:[.,;:!?\n()–—-]|$)|[ \t]+(?:and|but|which|that|when|so)\b)",
                re.IGNORECASE,
            ),
            None,
        ),
        (
            "visible mark or missing part (medium)",
            re.compile(
                rf"((?:\b(?:a|an|his|her|their)[ \t]+)?(?:(?:large|long|deep|thin|faded|jagged"
                rf"|visible|prominent|noticeable|raised|white|red|pink|purple|burn|knife|shrapnel"
                rf"|bullet|gunshot|surgical|acid|bite|dog-bite|glass|chemical|old|wide|thick"
                rf"|livid|puckered|vertical|horizontal|curved|small)[ \t]+)*"
                rf"(?:scar|scars|birthmark|port-wine[ \t]+stain|burn[ \t]+scars?|keloid)"
                rf"[ \t]+(?:across|on|down|over|through|along|above|below|under)[ \t]+"
                rf"(?:his|her|their|the)[ \t]+(?:(?:left|right|upper|lower)[ \t]+)?(?:{_VISIBLE})s?"
                rf"(?:[ \t]+from[ \t]+(?:a|an|the)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?"
                rf"|(?:facial|face)[ \t]+scar"
                rf"|(?:(?:large|visible|prominent|red|purple|dark)[ \t]+)*birthmark"
                rf"(?:[ \t]+(?:on|across|over)[ \t]+(?:his|her|their|the)[ \t]+(?:[\w-]+[ \t]+)?"
                rf"[\w-]+)?"
                rf"|missing[ \t]+(?:a|an|one|two|three|four|\d"
                rf"|the[ \t]+tip[ \t]+of[ \t]+(?:a|an|one|his|her))[ \t]+(?:[\w-]+[ \t]+)?"
                rf"(?:fingers?|toes?|legs?|arms?|hands?|eyes?"
                rf"|ears?|feet|foot|thumbs?)(?:[ \t]+on[ \t]+(?:his|her|their)[ \t]+(?:left|right)"
                rf"[ \t]+(?:hand|foot))?"
                rf"|(?:prosthetic|artificial)[ \t]+(?:(?:left|right)[ \t]+)?(?:leg|arm|hand|foot"
                rf"|eye|limb)|glass[ \t]+eye|eye[ \t]+patch)",
                re.IGNORECASE,
            ),
            None,
        ),
        (
            "distinctive vehicle (medium)",
            re.compile(
                rf"(?:\b(?:(?i:a|an|his|her|their)[ \t]+)|(?<=\())(?:{_vehicle_lead()})"
                rf"(?:(?:{_makes()})[ \t]+)?(?:{_words('unique_vehicle_models.txt')}|{_makes()})"
                rf"(?![\w-]){_VEHICLE_TRIM}(?:{_VEHICLE_DETAIL})?"
                # a colour and a model (not a bare make): "grey F-150", "his white Hilux"
                rf"|(?:\b(?:(?i:a|an|his|her|their|the)[ \t]+)|(?<=\()|(?<=[—–-][ \t]))"
                rf"(?:{_COLOURS})[ \t]+(?:(?:{_makes()})[ \t]+)?"
                rf"(?:{_words('unique_vehicle_models.txt')})(?![\w-]){_VEHICLE_TRIM}"
                rf"(?:{_VEHICLE_DETAIL})?"
            ),
            None,
        ),
        (
            "vehicle with a distinctive detail (medium)",
            re.compile(
                rf"(?:\b(?i:a|an|his|her|their)[ \t]+|(?<=\())(?:[a-z][\w-]*[ \t]+){{0,3}}"
                rf"(?:(?:{_makes()})[ \t]+)?(?:{_words('unique_vehicle_models.txt')}|{_makes()})"
                rf"(?![\w-]){_VEHICLE_TRIM}"
                rf"(?={_DETAIL_START}(?:[^.,;:!?\n()]{{0,60}}\b{_VEHICLE_DECORATION}\b|[\"“]))"
                rf"{_VEHICLE_DETAIL}"
            ),
            None,
        ),
        (
            "words painted on a vehicle (medium)",
            re.compile(
                rf"(?:\b(?:the[ \t]+one[ \t]+)?(?:with|w/)[ \t]+)?"
                rf"(?:\"[^\"\n]{{2,40}}\"|“[^”\n]{{2,40}}”)"
                rf"[ \t]+(?:painted|written|stencil(?:l)?ed|lettered|printed|airbrushed|sprayed"
                rf"|emblazoned)[ \t]+(?:on|across|along|over|down)[ \t]+(?:the|his|her|their|its)"
                rf"[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{_VEHICLE_PARTS})(?![\w-])"
            ),
            None,
        ),
        (
            "gallantry decoration (medium)",
            re.compile(
                rf"(?<![\w-])(?:(?i:{_words('unique_decorations.txt')})"
                rf"|(?i:Bronze[ \t]+Star)(?=[ \t]+(?:with|w/)[ \t]+(?:an?[ \t]+)?[\"“]?V\b"
                rf"|[ \t]+for[ \t]+(?i:valou?r)))(?![\w-])"
                rf"(?:[ \t]+(?:with|w/)[ \t]+(?:an?[ \t]+)?(?:[\"“]V[\"”]|V|valou?r|combat)"
                rf"(?:[ \t]+device)?(?![\w-])|[ \t]+for[ \t]+(?i:valou?r|gallantry|bravery))?"
            ),
            None,
        ),
        (
            "lay role at a named congregation (medium)",
            re.compile(
                rf"\b((?i:deacon|deaconess|elder|church[ \t]+elder|churchwarden|verger|sexton"
                rf"|sacristan|lay[ \t]+reader|lay[ \t]+minister|lay[ \t]+preacher|usher|organist"
                rf"|choirmaster|precentor|gabbai|shammes|muezzin))(?=[ \t]+(?:at|of|in|for)[ \t]+"
                rf"(?:the[ \t]+)?(?:(?:St|Saint|Our|First|Holy)\b|[{UPPER}][\w'’-]+[ \t]+"
                rf"(?:[{UPPER}][\w'’-]*[ \t]+){{0,3}}(?i:church|chapel|parish|cathedral|synagogue"
                rf"|shul|mosque|masjid|temple|gurdwara|congregation|assembly|tabernacle|kirk)))"
            ),
            None,
        ),
        (
            "unique role in a group (medium)",
            re.compile(
                r"\b(?:the[ \t]+)?(?i:drum[ \t]+major|valedictorian|salutatorian|head[ \t]+(?:girl"
                r"|boy)|"
                r"(?:co-)?captain|mascot|(?:homecoming|prom)[ \t]+(?:queen|king)"
                r"|student[ \t]+body[ \t]+president|"
                r"class[ \t]+president|school[ \t]+captain|head[ \t]+prefect|lead[ \t]+singer"
                r"|concertmaster|"
                r"conductor|choir[ \t]+director)[ \t]+of[ \t]+(?:the[ \t]+|their[ \t]+|his[ \t]+"
                r"|her[ \t]+)?"
                rf"{_CLAUSE}{{1,40}}?{_STOP_AFTER}"
            ),
            None,
        ),
        (
            "role in a club or committee (medium)",
            re.compile(
                rf"\b(?:(?:{_words('unique_groups.txt')})[ \t]+(?:{_GROUP_ROLE})"
                rf"|(?:strike|picket|shop|union)[ \t]+(?:captain|steward|rep|leader|organi[sz]er))"
                rf"(?![\w-])(?:[ \t]+for[ \t]+(?:over[ \t]+|more[ \t]+than[ \t]+|nearly[ \t]+)?"
                rf"(?:\d+|[a-z]+)[ \t]+years)?"
                rf"|\b(?:{_GROUP_ROLE})[ \t]+of[ \t]+(?:the|their|his|her|our)[ \t]+"
                rf"(?:[\w'’-]+[ \t]+){{0,3}}(?:{_words('unique_groups.txt')})(?![\w-])",
                re.IGNORECASE,
            ),
            None,
        ),
        (
            "one of only a few (medium)",
            re.compile(
                rf"\bone[ \t]+of[ \t]+(?:only|just)[ \t]+(?:two|three|four|five|a[ \t]+few"
                rf"|a[ \t]+handful|\d+)[ \t]+{_CLAUSE}{{1,70}}"
            ),
            None,
        ),
        (
            "the only one of a kind in a group (medium)",
            re.compile(
                rf"\bthe[ \t]+only[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:{_ONLY_HEAD})s?\b[ \t]+"
                rf"(?:on|in|at|among|aboard)[ \t]+(?:the|her|his|their|its|our)[ \t]+"
                rf"(?:[\w'’-]+[ \t]+){{0,3}}(?i:{_words('unique_groups.txt')})s?(?![\w-])"
            ),
            None,
        ),
        (
            "the only one of an identity (medium)",
            re.compile(
                rf"\bthe[ \t]+only[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{_identity()})[ \t]+"
                rf"(?:[\w-]+[ \t]+)?(?:{_ONLY_HEAD})s?\b"
            ),
            None,
        ),
        (
            "the first of an identity to (medium)",
            re.compile(
                rf"\bthe[ \t]+first[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{_identity()})[ \t]+"
                rf"(?:[\w-]+[ \t]+)?(?:{_ONLY_HEAD})s?[ \t]+(?:to|in|from|at|on)[ \t]+"
                rf"(?!(?:her|his|their|the)[ \t]+family\b){_CLAUSE}{{1,80}}?"
                rf"(?=[.,;:!?\n()]|$|[ \t]+(?:and|but|so|which|who|because)\b)"
            ),
            None,
        ),
        (
            "selection for a named squad (medium)",
            re.compile(
                rf"\b(?:selected|picked|chosen|drafted|named|called[ \t]+up)[ \t]+(?:for|to"
                rf"|as)[ \t]+(?:the[ \t]+)?"
                rf"{_CLAUSE}{{0,50}}?\b(?:squad|team|roster|side|program|programme|academy|camp|XV"
                rf"|XI|eleven)\b"
            ),
            None,
        ),
        (
            "competitive athlete (medium)",
            re.compile(
                rf"\b(?i:competitive|elite|nationally[ \t]+ranked|national-level|olympic"
                rf"|professional|"
                rf"semi-pro|provincial|state-level|state[ \t]+champion)[ \t]+"
                rf"(?:[\w-]+[ \t]+){{0,2}}(?:{_SPORT_PERSON})\b"
            ),
            None,
        ),
        (
            "public following (medium)",
            re.compile(
                r"\b\d[\d,.]*[ \t]*[kKmM]?\+?[ \t]+(?:followers|subscribers|listeners|fans)\b"
                r"|\b(?:viral|well-known|well known|famous|public)[ \t]+(?:TikToker|YouTuber"
                r"|influencer|streamer|"
                r"figure|personality|podcaster|blogger|account)\b"
            ),
            None,
        ),
        (
            "public-figure status (medium)",
            re.compile(
                r"\b(?:(?:former|retired|ex-)[ \t]*)?(?:NHL|NFL|NBA|MLB|MLS|WNBA|AFL|NRL"
                r"|Premier[ \t]+League|Olympic|"
                r"Paralympic|Commonwealth[ \t]+Games|World[ \t]+Cup)[ \t]+(?:[\w-]+[ \t]+)?"
                r"(?:player|athlete|goalie|"
                r"goalkeeper|quarterback|champion|medalist|medallist|swimmer|skier|rower|cyclist"
                r"|star|pitcher|coach)\b"
                r"|\b(?:(?:former|retired)[ \t]+)?(?:Olympian|Paralympian|All[ \t]+Black"
                r"|Silver[ \t]+Fern)\b"
                r"|\b(?:(?:former|retired)[ \t]+)?(?:state[ \t]+senator|state[ \t]+representative"
                r"|city[ \t]+council(?:l)?or|"
                r"mayor[ \t]+of[ \t]+[A-Z][\w-]*|news[ \t]+anchor|TV[ \t]+personality"
                r"|radio[ \t]+host|local[ \t]+celebrity)\b"
            ),
            None,
        ),
        (
            "named law (strong)",
            re.compile(rf"(?<![\w-])[{UPPER}][\w-]*(?:[ \t]+[{UPPER}][\w-]*)?['’]s[ \t]+Law\b"),
            None,
        ),
        (
            "relationship to the clinician (medium)",
            re.compile(
                rf"\b(?:he|she|they|who)[ \t]+(?:delivered|treated|taught|teaches|coached|coaches"
                rf"|married|"
                rf"baptized|baptised|babysat|babysits|tutored|tutors|employs|employed|supervised"
                rf"|operated[ \t]+on)"
                rf"[ \t]+(?:my|our)[ \t]+(?:{_KIN})\b"
                # "his late wife sewed my First Communion dress", "she did my taxes for years"
                rf"|{_SERVED_CLINICIAN}"
                # "her kids go to the same school as mine", "we attend the same church"
                rf"|{_SHARED_LIFE}"
                rf"|\b(?:{_KIN})[ \t]+(?:works|worked|volunteers|volunteered"
                rf"|is[ \t]+employed){_CLAUSE}{{0,40}}?"
                rf"\b(?:at|in|for|with)[ \t]+(?:our|my|this)[ \t]+(?:service|clinic|practice"
                rf"|agency|center|centre|"
                rf"office|team|program|programme|unit|hospital|school|building)\b"
                rf"|\b(?:attends|goes[ \t]+to|is[ \t]+in)[ \t]+my[ \t]+(?:church|gym|synagogue"
                rf"|mosque|temple|"
                rf"book[ \t]+club|choir|yoga[ \t]+class|(?:son|daughter)['’]s[ \t]+class)\b"
                rf"|{_NEAR_CLINICIAN}"
                rf"|\b(?:is|was)[ \t]+(?:my|our)[ \t]+(?:next-door[ \t]+)?(?:neighbou?r|landlord"
                rf"|dentist|hairdresser|"
                rf"mechanic|teacher|coach|tutor|babysitter|nanny|classmate|schoolmate|teammate"
                rf"|student|boss|GP|doctor|pastor|priest|minister|rabbi|imam|accountant|lawyer"
                rf"|realtor|barber|plumber|builder|tenant|roommate|flatmate|ex"
                rf"|(?:son|daughter|kids?|children|mum|mom|mother|dad|father)['’]s[ \t]+"
                rf"(?:teacher|coach|friend|colleague|boss|doctor|nurse|carer|caregiver))\b"
            ),
            None,
        ),
        (
            "rank in a group (medium)",
            re.compile(
                r"(?:\b(?:principal|associate[ \t]+principal|assistant[ \t]+principal"
                r"|co-principal)[ \t]+|(?<!\bthe[ \t])(?<!\bThe[ \t])\b)"
                r"(?:1st|2nd|3rd|4th|first|second|third|fourth)"
                r"[ \t]+(?:officer|lieutenant|captain|mate|chair|violin|cornet|trumpet"
                r"|in[ \t]+command)\b(?![ \t]+(?:on|at|to)[ \t]+the[ \t]+scene)"
            ),
            None,
        ),
        (
            "oldest or youngest of a named group (medium)",
            re.compile(
                rf"\bthe[ \t]+(?:oldest|youngest|longest-serving|longest-standing|last"
                rf"[ \t]+surviving|most[ \t]+senior|best-known|last[ \t]+remaining)[ \t]+"
                rf"(?!(?:child|children|son|sons|daughter|daughters|sibling|siblings|brother"
                rf"|brothers|sister|sisters|grandchild|kid|kids|one|girl|boy|of)\b)"
                rf"(?:[\w-]+[ \t]+){{0,2}}?[\w-]+[ \t]+(?:at|in|on|among|of)[ \t]+"
                rf"(?:the|his|her|their|its)[ \t]+{_CLAUSE}{{0,60}}?"
                rf"(?:\b[{UPPER}][\w'’-]*|\b(?i:{_words('unique_groups.txt')})s?)(?![\w-])"
                rf"(?:[ \t]+[{UPPER}][\w'’-]*)*"
            ),
            None,
        ),
        (
            "nickname a group gave (medium)",
            re.compile(
                rf"\b(?:(?i:the|his|her|their|all[ \t]+the)[ \t]+)?(?:[\w-]+[ \t]+)?"
                rf"(?i:{_NICKNAMERS})(?:[ \t]+(?:at|on|in)[ \t]+[\w'’ -]{{1,30}}?)?[ \t]+"
                rf"(?:called|call|calls|nicknamed|dubbed|named)[ \t]+(?:him|her|them)[ \t]+"
                rf"[\"“]([^\"”\n]{{2,30}})[\"”]"
                rf"|\bknown[ \t]+(?:locally[ \t]+|around[ \t]+(?:town|here)[ \t]+|at[ \t]+"
                rf"work[ \t]+|to[ \t]+everyone[ \t]+)?as[ \t]+[\"“]([^\"”\n]{{2,30}})[\"”]"
            ),
            None,
        ),
        (
            "named boat (medium)",
            re.compile(
                rf"\b(?i:{_VESSELS})s?(?:,?[ \t]+(?:called|named|christened)[ \t]+(?:(?i:the)"
                rf"[ \t]+)?|,[ \t]+(?i:the)[ \t]+)({_VESSEL_NAME})"
                rf"|\b(?i:{_VESSELS})s?,?[ \t]+[\"“]({_VESSEL_NAME})[\"”]"
                rf"|\b(?i:the)[ \t]+({_VESSEL_NAME})[ \t]+(?:went[ \t]+down|sank|capsized"
                rf"|foundered|ran[ \t]+aground|was[ \t]+lost|broke[ \t]+up|went[ \t]+missing"
                rf"|was[ \t]+wrecked|was[ \t]+holed)\b"
            ),
            None,
        ),
        (
            "public role held year after year (medium)",
            re.compile(
                rf"\b(?:has[ \t]+)?(?:directed|directs|organi[sz]ed|organi[sz]es|run|runs|ran"
                rf"|led|leads|hosted|hosts|chaired|chairs|conducted|conducts|emceed|MCs|MC['’]d"
                rf"|coordinated|coordinates|judged|judges|called)[ \t]+the[ \t]+{_CLAUSE}{{3,50}}?"
                rf"\b(?:pageant|parade|festival|fair|show|concert|choir|bazaar|fundraiser"
                rf"|tournament|marathon|fête|fete|gala|carnival|rodeo|auction|raffle|play"
                rf"|nativity|fireworks|regatta|eisteddfod|powwow|pow[ \t]+wow|feis|hui|potluck"
                rf"|supper|food[ \t]+drive|toy[ \t]+drive|vigil|march|ceremony|service)s?\b"
                rf"[ \t]+(?:every[ \t]+(?:year|summer|winter|spring|autumn|fall|Christmas|Easter)"
                rf"|each[ \t]+year|annually|for[ \t]+(?:\d+|[a-z]+)[ \t]+years|for[ \t]+years"
                rf"|for[ \t]+decades|since[ \t]+\d{{4}})"
                rf"(?:[ \t]+since[ \t]+{_CLAUSE}{{1,40}}?(?=[.,;:!?\n()]|$))?"
            ),
            None,
        ),
        (
            "ranking or record (medium)",
            re.compile(
                rf"\b(?:ranked|seeded)[ \t]+(?:#[ \t]*\d+|No\.?[ \t]*\d+|number[ \t]+(?:one|two"
                rf"|three|\d+)|top[ \t]+(?:\d+|three|five|ten|twenty)|\d+(?:st|nd|rd|th)|first"
                rf"|second|third|fourth|fifth)[ \t]+(?:in|among|on|for|nationally|statewide"
                rf"|worldwide)\b{_CLAUSE}{{0,70}}?(?=[.,;:!?\n()]|$|[ \t]+[–—-][ \t]"
                rf"|[ \t]+(?:and|but|so|which|who|because|when|since)\b)"
                rf"|\b(?:holds?|held|set|sets|broke|breaks|owns|equalled|equaled|tied)[ \t]+"
                rf"(?:the|a|an|his|her|their)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:school|state"
                rf"|county|national|world|club|regional|provincial|district|league|course|track"
                rf"|meet|pool|Guinness|Olympic|junior|age-group|all-time|conference|college"
                rf"|university|town|city)[ \t]+(?:[\w'’-]+[ \t]+)?records?\b"
                rf"(?:[ \t]+(?:for|in|at|on)[ \t]+{_CLAUSE}{{1,60}}?(?=[.,;:!?\n()]|$"
                rf"|[ \t]+[–—-][ \t]|[ \t]+(?:and|but|so|which|that|who|because|when|since)\b))?"
                rf"|\b(?:the[ \t]+)?(?:top|highest|\d+(?:st|nd|rd|th))-(?:ranked|seeded)[ \t]+"
                rf"(?:[\w-]+[ \t]+){{0,3}}?(?:{_SPORT_PERSON}|player|student|team|pair|chef"
                rf"|seller|agent|salesperson)s?[ \t]+(?:in|on|at|among)[ \t]+(?:the[ \t]+)?"
                rf"(?:[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)*|country|state|county|world"
                rf"|nation|region|province|district)"
            ),
            None,
        ),
        (
            "calling in a congregation (medium)",
            re.compile(
                rf"\b(?:(?i:ward|stake|branch|parish|congregation|church)[ \t]+)?"
                rf"(?:(?i:relief[ \t]+society|young[ \t]+(?:men|women)|elders['’]?[ \t]+quorum)"
                rf"|Primary"
                rf"|Sunday[ \t]+School|Stake|Branch|Mission)[ \t]+(?i:president|presidency"
                rf"|counsel(?:l)?or|secretary|leader)(?![\w-])"
                rf"|\b(?:first|second)[ \t]+counsel(?:l)?or[ \t]+(?:in|of|to)[ \t]+the[ \t]+"
                rf"(?:(?:ward|stake|branch|mission)[ \t]+)?(?:bishopric|presidency)"
                rf"(?:[ \t]+of[ \t]+the[ \t]+(?:[{UPPER}0-9][\w'’-]*[ \t]+){{1,4}}(?i:ward|stake"
                rf"|branch))?"
                rf"|\b(?i:ruling|teaching|presiding)[ \t]+elder(?:[ \t]*\([^)\n]{{1,20}}\))?"
                rf"|\b(?:(?i:head|senior|lead)[ \t]+)?(?i:deacon|deaconess|elder|churchwarden"
                rf"|lay[ \t]+reader|lay[ \t]+preacher|choir[ \t]+director|worship[ \t]+leader"
                rf"|youth[ \t]+pastor|song[ \t]+leader|cantor|imam)[ \t]*\([^)\n]{{1,20}}\)"
            ),
            None,
        ),
        (
            "traditional tattoo (medium)",
            re.compile(
                r"\b(?:(?:a|an|his|her|their|full|traditional|partial|half)[ \t]+){0,2}"
                r"(?:pe['’ʻ]?a|malu|tatau|t[āa][ \t]+moko|moko[ \t]+kauae|moko|mataora|kirituhi"
                r"|sak[ \t]+yant|irezumi|tebori|kakau)(?![\w'’-])"
            ),
            None,
        ),
        (
            "the only one ever to (medium)",
            re.compile(
                rf"\bthe[ \t]+(?:only|first|youngest|oldest)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
                rf"(?:ever[ \t]+(?:to[ \t]+)?(?:picked|selected|chosen|named|called[ \t]+up|drafted"
                rf"|invited|signed|accepted|admitted|elected|awarded|given|offered|[a-z]+ed)"
                rf"|(?:{_ONLY_HEAD})s?[ \t]+(?:in|on|at|from)[ \t]+"
                rf"(?!(?:the|her|his|their|our)[ \t]+(?:family|house|household|home)\b)"
                rf"(?:the|her|his|their|our)"
                rf"[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+(?:ever[ \t]+)?to)"
                rf"(?![\w-]){_CLAUSE}{{1,70}}?(?=[.,;:!?\n()]|$|[ \t]+[–—-][ \t]"
                rf"|[ \t]+(?:and|but|so|which|who|because|when|since|in[ \t]+(?:19|20)\d\d)\b)"
            ),
            None,
        ),
        (
            "pet's name (medium)",
            re.compile(
                rf"\b(?i:{_pets()})[ \t]+(?:(?:she|he|they|we)[ \t]+)?(?:named|names|called"
                rf"|calls)[ \t]+([{UPPER}][a-z]+|(?!{_NOT_PET_NAME}\b)[a-z]{{3,}})\b"
                rf"|\b(?i:his|her|their|the[ \t]+family['’]s|my|the)[ \t]+"
                rf"(?:[a-z][\w-]*[ \t]+){{0,2}}?"
                rf"(?:{_pets()}),?[ \t]+"
                rf"(?!(?:The|He|She|They|It|We|I|And|But|When|In|On|At|Is|Was|Has|Had|{_CALENDAR})\b)"
                rf"([{UPPER}][a-z]+)\b"
            ),
            "remove",
        ),
        # "nationally ranked in the 200m butterfly for her age group", "a state-qualifying
        # 800m runner", "an all-state linebacker"
        (
            "ranked or qualified at a level (medium)",
            re.compile(
                rf"\b(?:nationally|internationally|provincially|regionally|state|world|county)"
                rf"[ \t-]ranked[ \t]+(?:in|at|for|as)[ \t]+{_CLAUSE}{{1,60}}?"
                rf"(?=[.,;:!?\n()]|$|[ \t]+[–—-][ \t]|[ \t]+(?:and|but|so|which|who|because|when"
                rf"|since|quit|left)\b)"
                rf"|\b(?:state|national|provincial|regional|county|all-state|all-county"
                rf"|all-conference|all-american|all-ireland|junior[ \t]+national)"
                rf"(?:-(?:qualifying|qualified|level|ranked|champion|winning|medal(?:l)?ing))?"
                rf"[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?:{_SPORT_PERSON}|linebacker|goalkeeper|goalie"
                rf"|striker|catcher|hurler|debater|speller|chess"
                rf"[ \t]+player|fiddler|piper|bowler|batter|sprinter)s?\b",
                re.IGNORECASE,
            ),
            None,
        ),
        # "holds a secret clearance", "has TS/SCI"
        (
            "security clearance (medium)",
            re.compile(
                r"\b(?:holds?|has|had|held|have|with|needs?|keeps?|lost|losing)[ \t]+(?:an?[ \t]+)?"
                r"(?:active[ \t]+)?(?:top[ \t]+secret|secret|TS/SCI|TS|security|Q|DV|SC)"
                r"[ \t]+(?:security[ \t]+)?clearance\b"
                r"|\b(?:holds?|has|had|held)[ \t]+TS/SCI\b",
                re.IGNORECASE,
            ),
            None,
        ),
        # "a township trustee", "sits on the school board", "a parish councillor": a local
        # elected or appointed office that few people hold
        (
            "local public office (medium)",
            re.compile(
                r"\b(?:(?:township|town|village|parish|county|borough|city|district|school|library"
                r"|hospital|water|fire|zoning|planning)[ \t]+(?:trustee|councill?or|councilman"
                r"|councilwoman|commissioner|supervisor|selectman|selectwoman|alderman|alderwoman"
                r"|board[ \t]+(?:member|chair)|clerk|treasurer|magistrate)s?"
                r"|(?:sits|sat|serves|served|serving|sitting|elected)[ \t]+on[ \t]+the[ \t]+"
                r"(?:local[ \t]+)?(?:school|town|city|parish|village|county|district|library"
                r"|hospital|zoning|planning|water)[ \t]+(?:board|council|commission|committee))\b",
                re.IGNORECASE,
            ),
            None,
        ),
        # "a founding member of the fiddlers' association", "founded the town's food bank"
        (
            "founder of a group (medium)",
            re.compile(
                rf"\b(?:(?:a|the)[ \t]+)?(?:founding|founder)[ \t]+(?:member|president|chair"
                rf"|director|editor|partner)[ \t]+of[ \t]+(?:the|a|an|her|his|their)[ \t]+"
                rf"{_CLAUSE}{{1,50}}?(?=[.,;:!?\n()]|$|[ \t]+[–—-][ \t]|[ \t]+(?:and|but|so"
                rf"|which|who|because|when|since)\b)"
            ),
            None,
        ),
        # "designed the award-winning footbridge", "wrote the bestselling memoir"
        (
            "maker of a celebrated work (medium)",
            re.compile(
                rf"\b(?:designed|built|wrote|directed|created|invented|composed|founded|painted"
                rf"|sculpted|developed|produced|co-wrote|co-founded)[ \t]+(?:the|a|an|that|her"
                rf"|his|their)[ \t]+(?:(?:[\w'’-]+[ \t]+)?(?:award-winning|prize-winning"
                rf"|bestselling|best-selling|famous|well-known|iconic|viral|landmark"
                rf"|record-breaking|chart-topping))[ \t]+{_CLAUSE}{{1,50}}?(?=[.,;:!?\n()]|$"
                rf"|[ \t]+[–—-][ \t]|[ \t]+(?:and|but|so|which|who|because|when|since)\b)"
            ),
            None,
        ),
        # "my sister-in-law's closest friend", "my husband's boss"
        (
            "tie to the clinician's family (medium)",
            re.compile(
                rf"\b(?:is|was|are|were|as)[ \t]+(?:my|our)[ \t]+(?:{_KIN})['’]s[ \t]+"
                rf"(?:(?:closest|best|oldest|close|old|former|new)[ \t]+)?(?:friend|neighbou?r"
                rf"|colleague|co-worker|coworker|boss|employee|ex|partner|roommate|flatmate"
                rf"|classmate|teammate|godmother|godfather|godchild|landlord|tenant)s?\b"
            ),
            None,
        ),
        # "the town's only female butcher", "the school's only Sikh teacher"
        (
            "a place's only one (medium)",
            re.compile(
                r"\bthe[ \t]+(?:town|village|school|island|county|valley|reserve|base|church"
                r"|parish|district|community|city|hospital|team|ward|unit|station|crew)['’]s"
                r"[ \t]+only[ \t]+(?:[\w-]+[ \t]+){0,2}?[a-z][\w-]+"
                r"(?=[.,;:!?\n()]|$|[ \t]+[–—-][ \t]|[ \t]+(?:and|but|so|which|who|because"
                r"|when|since|in|at|for|on)\b)"
            ),
            None,
        ),
        # "has identical triplets", "one of quadruplets"
        (
            "multiple birth (medium)",
            re.compile(
                r"\b(?:(?:identical|conjoined|fraternal)[ \t]+)?(?:triplets|quadruplets"
                r"|quintuplets|sextuplets|conjoined[ \t]+twins)\b",
                re.IGNORECASE,
            ),
            None,
        ),
    )


#: Followers, subscribers or listeners from which an account is a public following.
LARGE_FOLLOWING = 10_000


def _large_following(span: str) -> bool:
    """True unless ``span`` is a count of followers below ``LARGE_FOLLOWING`` ("2k followers")."""
    m = re.match(r"(\d[\d,.]*)[ \t]*([kKmM]?)", span)
    if m is None:
        return True  # "a well-known TikToker": no count to judge by
    try:
        count = float(m.group(1).replace(",", ""))
    except ValueError:
        return True
    count *= {"k": 1_000, "m": 1_000_000}.get(m.group(2).lower(), 1)
    return count >= LARGE_FOLLOWING


class UniqueFeatureRecognizer(EntityRecognizer):
    """Distinctive features that single a person out: tattoos, vehicles, unique roles and
    rankings, public following, named laws, relationships to the clinician, pet names.

    Pet names carry ``recognition_metadata["action"] = "remove"``.
    """

    NAME = "UniqueFeatureRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[OTHER_UNIQUE], name=self.NAME)

    def load(self) -> None:
        """Compile the patterns (cached per process)."""
        patterns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Distinctive-feature spans in ``text``."""
        out = []
        boats: set[str] = set()
        for name, pattern, action in patterns():
            for m in pattern.finditer(text):
                groups = [i for i in range(1, (pattern.groups or 0) + 1) if m.group(i)]
                start, end = m.span(groups[0]) if groups else m.span()
                span = text[start:end].rstrip()
                end = start + len(span)
                if end <= start or span.lower() in ("tattoo", "tattoos"):
                    continue  # a bare mention of tattoos does not single anyone out
                if name.startswith("public following") and not _large_following(span):
                    continue  # "~2k followers": a small account singles no one out
                if name.startswith("lay role") and not _OWN_ROLE_BEFORE.search(
                    text[max(0, start - 30) : start]
                ):
                    continue  # "spoke to the deacon at St Mary's": someone the person sees
                if name.startswith("role in a club") and _JOB_GROUP_ROLE.match(span):
                    continue  # "school secretary": a paid job, the occupation's
                if name.startswith("named boat"):
                    if span.split()[0] in _NOT_VESSEL_START:
                        continue
                    boats.add(span)
                # 0.8: a feature outranks the name, team or year inside it ("a black 2018
                # Hilux with a Leeds United sticker"); a pet's name or a count does not
                composite = action is None and not name.startswith("public following")
                score = 0.8 if composite else 0.6
                if composite:
                    end = clause_end(text, end, relative_only=True)
                result = make_result(OTHER_UNIQUE, start, end, score, self.NAME, name, "quasi")
                if action is not None:
                    result.recognition_metadata["action"] = action
                out.append(result)
        pets = set()
        for start, end in _pet_list_names(text):
            pets.add(text[start:end])
            result = make_result(
                OTHER_UNIQUE, start, end, 0.6, self.NAME, "pet's name (medium)", "quasi"
            )
            result.recognition_metadata["action"] = "remove"
            out.append(result)
        for r in out:
            if r.recognition_metadata.get("action") == "remove":
                pets.add(text[r.start : r.end])
        # a pet named once is named at every mention ("Biscuit (her cat) ... Biscuit's bowl")
        for pet in sorted(pets):
            if not pet[:1].isupper():
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(pet)}(?![\w-])", text):
                if any(r.start <= m.start() < r.end for r in out):
                    continue
                result = make_result(
                    OTHER_UNIQUE, m.start(), m.end(), 0.6, self.NAME, "pet's name (medium)"
                )
                result.recognition_metadata["action"] = "remove"
                out.append(result)
        # a boat named once ("the trawler, the Sea Wren") is named at every mention
        for boat in boats:
            for m in re.finditer(rf"(?<![\w-]){re.escape(boat)}(?![\w-])", text):
                out.append(
                    make_result(
                        OTHER_UNIQUE, m.start(), m.end(), 0.8, self.NAME, "named boat (medium)"
                    )
                )
        return out


#: Capitalised words that are not a pet's name after a pet word.
_NOT_PET_CAPS = (
    r"The|He|She|They|It|We|I|And|But|When|In|On|At|Is|Was|Has|Had|His|Her|Their|This|That"
    r"|There|Then|So|If|As|After|Before|Since|While|Who|What|Now|Also|Both|Two|Three|Mum|Dad"
    r"|Mom|Mother|Father|Grandma|Grandpa"
)


@cache
def _pet_list() -> re.Pattern[str]:
    """Pet names in the shapes patterns() leaves out (the names are found by ``_NAMES``)."""
    pets = rf"(?i:{_pets()})s?"
    name = rf"(?!(?:{_NOT_PET_CAPS}|{_CALENDAR})\b)[{UPPER}][a-z]+"
    names = rf"{name}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){name})*"
    owner = r"(?i:his|her|their|my|our|the[ \t]+family['’]s|[\w-]+['’]s)"
    return re.compile(
        # "Biscuit (her cat)", "Bruno, his staffy", "Ziggy the cat"
        rf"\b({name})[ \t]*(?:\([ \t]*{owner}[ \t]+(?:[a-z][\w-]*[ \t]+)?{pets}[ \t]*\)"
        rf"|,[ \t]+{owner}[ \t]+(?:[a-z][\w-]*[ \t]+)?{pets}\b|[ \t]+the[ \t]+{pets}\b)"
        # "two dogs, Bella and Rocco", "two cats (Miso and Tofu)", "Dog: Pepper"
        rf"|\b(?:two|three|four|five|\d|a|an|the|his|her|their|my|our)[ \t]+"
        rf"(?:[a-z][\w-]*[ \t]+)?{pets}(?:[ \t]*[,:(][ \t]*)({names})"
        rf"|^[ \t]*(?:[-•*][ \t]*)?{pets}[ \t]*:[ \t]*(?:[\w ]{{0,20}}\()?({names})"
        # "Dog Pepper sleeps on his bed": a pet word and a name opening a sentence
        rf"|(?:^|[.!?;][ \t]{{1,2}})[ \t]*(?:[-•*][ \t]*)?{pets}[ \t]+"
        rf"(?![{UPPER}][a-z]+ing\b)({name})(?=[ \t]+[a-z])"
        # "her late husband's parrot, Captain", "support dog (Luna)"
        rf"|\b{owner}[ \t]+(?:[a-z][\w'’-]*[ \t]+){{0,3}}?{pets}[ \t]*(?:,[ \t]*|\([ \t]*)"
        rf"({name})(?=[ \t]*[,)])",
        re.MULTILINE,
    )


_NAMES = re.compile(r"[A-Z][a-z]+")


def _pet_list_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each pet name in the list shapes of ``_pet_list``."""
    out = []
    for m in _pet_list().finditer(text):
        for g in range(1, 6):
            if m.group(g):
                for n in _NAMES.finditer(m.group(g)):
                    if n.group() not in ("And",):
                        out.append((m.start(g) + n.start(), m.start(g) + n.end()))
    return out


#: Capitalised words after a vessel word that open a new sentence, not a boat's name.
_NOT_VESSEL_START = frozenset(
    ["The", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "And", "But", "In"]
    + ["On", "At", "When", "After", "Before", "Since", "This", "That", "There", "Then"]
)
