"""Specific incidents involving the client or family: named disasters, media, contests (quasi)."""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.allow_list import read_word_list
from recognizers.clauses import clause_end
from recognizers.entities import EVENT
from recognizers.places import CAP_SEQ, NOT_PLACE, UPPER, _alternation, gazetteer, make_result

#: Clause text up to the next punctuation, letting "3 a.m." and "U.S." through.
_CLAUSE = r"(?:\b[ap]\.m\.|\b(?:[A-Z]\.){2,}|\bSt\.|[^.,;:!?\n()])"

_FUNCTION_WORDS = (
    r"(?:after|before|during|since|the|a|an|in|on|at|of|from|with|and|or|to|for|by|was|is|were|"
    r"had|has|his|her|their|its|that|which|who|when|while)"
)
#: Words that end a location tail after an incident ("on the highway | when he was ...").
_TAIL_STOP = (
    r"(?:and|or|but|when|while|that|which|who|where|after|before|during|since|because|was|is|"
    r"were|are|had|has|have|he|she|they|it|we|i|you|his|her|their|its|with|as|so|then|in|on|at|"
    r"of|to|for|by|from|last|this|next|years?|months?|weeks?|days?|ago|him|them|me|us|everyone|"
    r"everything|left|took|made|hit|broke|tore|shook|put|sent|kept|lost|cost|gave|got|saw|came|"
    r"went|became|[a-z]{3,}ed|[a-z]{3,}ly|mornings?|afternoons?|evenings?|nights?|weekends?|past|"
    r"end|middle|beginning|start)"
)
#: Places after at/on that are everyday settings, not where a notable incident happened.
_EVERYDAY = r"(?:work|home|school|night|times?|once|first|all|least|most|some|the[ \t]+time)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
#: A capitalised name that may hold "&" ("Canterbury A&P Show").
_CAP_WORD = rf"(?:[{UPPER}][\w'’&]*(?:-[\w'’]+)*)"
_NAME = rf"{_CAP_WORD}(?:[ \t]+(?:(?:of|the|and|de|du|la|le|&)[ \t]+)?{_CAP_WORD})*"
#: Text up to the end of the sentence, commas and brackets allowed.
_SENTENCE = r"(?:\b[ap]\.m\.|\b(?:[A-Z]\.){2,}|\bSt\.|[^.;:!?\n])"
#: Verbs for a post or clip spreading ("went round", "got shared").
_SPREAD = (
    r"(?:went[ \t]+(?:viral|round|around)|got[ \t]+(?:shared|reposted|posted|passed[ \t]+around)"
    r"|(?:was|were)[ \t]+(?:shared|reposted|passed[ \t]+around)(?:[ \t]+(?:everywhere|widely))?"
    r"|circulated|did[ \t]+the[ \t]+rounds|blew[ \t]+up)"
)
#: Where it spread: "round tiktok", "around a Fort Mac community Facebook page", "(~4k views)".
_SPREAD_PLACE = (
    r"(?:[ \t]+(?:on[ \t]+|across[ \t]+|all[ \t]+over[ \t]+)?(?:the[ \t]+|a[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,4}(?i:tiktok|facebook|instagram|ig|youtube|twitter|reddit|snapchat"
    r"|whatsapp|group[ \t]+chats?|page|group|forum|school|town|camp|site|online|everywhere)"
    r"(?![\w-]))?(?:[ \t]*\([^)\n]{1,40}\))?"
)


#: A boat's name: capitalised words with the small words of many languages between
#: ("the Reul na Mara", "the Star of the Sea").
_VESSEL_NAME = (
    rf"[{UPPER}][\w'’-]*(?:[ \t]+(?:(?:na|nan|an|de|da|do|del|la|le|of|the|y|e|o|el|van|von)"
    rf"[ \t]+)?[{UPPER}0-9][\w'’-]*){{0,4}}"
)


def _words(name: str) -> str:
    """A data list as a longest-first alternation (flexible inner spaces)."""
    return _alternation(read_word_list(name))


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(pattern name, regex); group 1 (or the whole match) is the event span."""
    heads = rf"(?:{_words('events_incidents.txt')})(?:e?s)?"
    named_heads = rf"(?:{heads}|(?:{_words('events_incidents_named.txt')})s?)"
    not_after = rf"(?![ \t]+(?:{_words('events_not_after_head.txt')})\b)(?![\w-])"
    figurative = _words("events_figurative_modifiers.txt")
    #: Vague words may stand before the head but do not alone make it specific.
    vague = rf"(?:(?!(?:{figurative})\b)(?:{_words('events_vague_modifiers.txt')}))"
    #: A specifying modifier: a lower-case word that is not a function word, vague or
    #: figurative ("a sugar crash"), or a counted one ("the 5-car pile-up").
    spec = rf"(?:(?!(?:{_FUNCTION_WORDS}|{vague}|{figurative})\b)[a-z][\w-]*|\d+-[a-z][\w-]*)"
    #: Where it happened: "on the highway", "at her school", "in Kandahar", "near Oakvale".
    tail = (
        rf"[ \t]+(?:(?:on|at|near|outside|off|along|behind|under)[ \t]+"
        rf"(?:(?:the|a|an|his|her|their|our|my)[ \t]+|(?!{_EVERYDAY}\b))"
        rf"|in[ \t]+(?:(?:the|a|an)[ \t]+(?=[a-z])|(?=[{UPPER}])))"
        rf"(?!{_TAIL_STOP}\b)[\w'’-]+(?:[ \t]+(?!{_TAIL_STOP}\b)[\w'’-]+){{0,2}}"
    )
    awards = _words("events_awards.txt")
    media = _words("events_media.txt")
    outlet_words = _words("events_outlets.txt")
    #: A news outlet: "the Evening Standard", "Herald Sun", "the Journal de Montréal", "RTÉ".
    outlet = (
        rf"(?:(?:{_CAP_WORD}[ \t]+){{0,3}}(?:{outlet_words})|[KW][A-Z]{{3}}(?:-TV)?)(?![\w-])"
        rf"(?:[ \t]+(?:(?:de|du|of|la|le)[ \t]+)?{_CAP_WORD}){{0,2}}"
    )
    #: The rest of a clause after an event ("at the last ship launch"), not a new clause.
    clause_tail = (
        rf"{_CLAUSE}{{1,80}}?(?=[.,;:!?\n()]|$|[ \t]+[–—-][ \t]|[ \t]+(?:and|but|so|which|when|who"
        rf"|(?:last|this)[ \t]+(?:week|month|year|night|weekend|spring|summer|autumn|fall|winter"
        rf"|term|semester|season|{_MONTH})|in[ \t]+\d+|in[ \t]+{_MONTH})\b)"
    )
    #: Lower-case words after a named event ("the Urdd Eisteddfod regional round").
    name_tail = rf"(?:[ \t]+(?!{_TAIL_STOP}\b)[a-z][\w-]*){{0,3}}"
    prep = r"(?:on|at|near|outside|off|along|behind|under|in|inside|during|after|before|when)"
    #: Attackers after "by" ("by two men", "by her ex"), not "by anxiety".
    by_people = (
        r"by[ \t]+(?:a|an|two|three|four|several|some|his|her|their|the)[ \t]+(?!(?:wave|sense"
        r"|feeling|bout|fit|rush|flood)\b)"
    )
    violent = (
        r"(?:hijacking|burning|bombing|firebombing|shooting|stabbing|kidnapping|abduction"
        r"|murder|killing|beating|mugging|robbery|carjacking|ambush|massacre|sinking|crash"
        r"|derailment|collapse|arson)"
    )
    return (
        (
            "media appearance (medium)",
            re.compile(
                rf"\b(?:featured|profiled|interviewed|quoted|named|shown|highlighted|pictured)"
                rf"[ \t]+(?:in|on|by|for)[ \t]+"
                rf"(?:a|an|the)[ \t]+{_CLAUSE}{{0,80}}?\b(?:segment|profile|article|story|piece"
                rf"|documentary|podcast|episode|interview|report|feature|broadcast|column|show"
                rf"|video|spread|series)\b"
                rf"(?:[ \t]+(?:about|of|on)[ \t]+{_CLAUSE}{{1,80}})?"
            ),
        ),
        (
            "placing at a named competition (medium)",
            re.compile(
                rf"\b(?:placed|finished|came|won|took|earned|got|was[ \t]+named|was)[ \t]+"
                rf"(?:\d+(?:st|nd|rd|th)|first"
                rf"|second|third|fourth|fifth|last|gold|silver|bronze"
                rf"|(?:(?:grand|reserve|overall|junior|senior|supreme|state|national|regional"
                rf"|county|division|district|provincial|world)[ \t]+)?(?:champion|runner-up"
                rf"|runner[ \t]+up)|best[ \t]+in[ \t]+show|MVP|all-around)(?:[ \t]+place)?"
                rf"(?:[ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+(?!at\b)[\w-]+){{0,3}}?"
                rf"(?=[ \t]+at\b))?[ \t]+"
                rf"(?:at|in)[ \t]+(?:the[ \t]+)?(?:{_YEAR}[ \t]+)?{_NAME}{name_tail}"
            ),
        ),
        (
            "placing in a contest (medium)",
            re.compile(
                rf"\b(?:placed|finished|came|took|scored)[ \t]+(?:\d+(?:st|nd|rd|th)|first"
                rf"|second|third|fourth|fifth|sixth|top[ \t]+(?:\d+|three|five|ten))"
                rf"(?![ \t]+(?:turn|turns|time|thing|things|step|steps|go|try|choice|pick|shift"
                rf"|watch|aid|dibs|look|priority)\b)"
                rf"(?:[ \t]+(?!(?:in|at|for|and|but|the|a|an|with)\b)[a-z][\w-]*){{0,2}}"
                rf"[ \t]+(?:in|at)[ \t]+"
                rf"(?!(?:{_EVERYDAY})\b)(?!(?:(?:the|a|an|his|her|their)[ \t]+)?(?:line|class"
                rf"|command|place|mind|charge|a[ \t]+row|queue|turn|terms|family|order|priority"
                rf"|importance|life|heart|head)\b)(?:(?:the|a|an|his|her|their)[ \t]+)?"
                rf"{clause_tail}"
            ),
        ),
        (
            "picture or name in the news (medium)",
            re.compile(
                rf"\b(?i:a|an|the|his|her|their)[ \t]+(?:[\w'’-]+['’]s?[ \t]+)?"
                rf"(?:[a-z][\w-]*[ \t]+)?(?:photo|photograph|picture|pic|image|video|footage"
                rf"|clip|name|face|mugshot)(?:[ \t]+of[ \t]+(?:him|her|them|his|her|their|the)"
                rf"\b{_CLAUSE}{{0,50}}?)?[ \t]+(?:ran|appeared|was[ \t]+(?:printed|published"
                rf"|used|run|shown|splashed)|came[ \t]+up|turned[ \t]+up|showed[ \t]+up"
                rf"|was[ \t]+(?:mentioned|named))[ \t]+(?:with|in|on|alongside|beside|under)"
                rf"[ \t]+(?:(?:the|a|an)[ \t]+)?(?:{outlet}(?:['’]s)?[ \t]*(?:[a-z][\w-]*[ \t]+)?"
                rf"(?:{media})?|(?:local[ \t]+|national[ \t]+|online[ \t]+)?(?:news|press)"
                rf"(?:[ \t]+(?:{media}))?)(?![\w-])(?:[ \t]+(?:about|on|of|over|after)[ \t]+"
                rf"{clause_tail})?"
            ),
        ),
        (
            "covered by a news outlet (medium)",
            re.compile(
                rf"\b(?:(?i:his|her|their|the)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?:story|case"
                rf"|rescue|win|death|accident|arrest|fundraiser|campaign)[ \t]+)?"
                rf"(?:was|were|got|been)[ \t]+(?:covered|written[ \t]+up|reported[ \t]+on"
                rf"|picked[ \t]+up|splashed)[ \t]+(?:by|in|on|across)[ \t]+"
                rf"(?:the[ \t]+)?(?:(?:local|national)[ \t]+(?:news|papers?|press|media)|{outlet})"
                rf"(?![\w-])"
            ),
        ),
        (
            "the person went viral (medium)",
            re.compile(
                rf"\b(?:(?i:he|she|they)|[{UPPER}][a-z]+)[ \t]+(?:briefly[ \t]+|once[ \t]+)?"
                rf"went[ \t]+viral(?:[ \t]+(?:on|across)[ \t]+[\w-]+)?(?:[ \t]+(?:after|for|when"
                rf"|over|with)[ \t]+{clause_tail})?"
            ),
        ),
        (
            "an outlet's story or photo (medium)",
            re.compile(
                rf"\b(?i:the|that|this|a)[ \t]+(?!(?:Sun|Star|Mail|Record|Independent|Express"
                rf"|Globe|Global|Stuff|Sky|Fox|Press|Daily|Weekly|Radio|TV|Television|News"
                rf"|Magazine)['’]?s?[ \t]+(?:online[ \t]+|front-page[ \t]+|cover[ \t]+)?[a-z])"
                rf"(?:{outlet})(?:['’]s)?[ \t]+(?:online[ \t]+"
                rf"|front-page[ \t]+|cover[ \t]+)?(?:photo|photograph|picture|story|article"
                rf"|piece|segment|interview|clip|report|feature|profile|coverage|headline)s?\b"
            ),
        ),
        (
            "vehicle in a mishap (medium)",
            re.compile(
                rf"\b(?:(?i:his|her|their|the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?"
                rf"(?:truck|car|ute|van|bus|boat|plane|helicopter|tractor|quad|ATV|quad[ \t]+bike"
                rf"|snowmobile|sled|skidoo|Ski-Doo|motorbike|motorcycle|bike|dirt[ \t]+bike"
                rf"|canoe|kayak|dinghy|trawler|jet[ \t]+ski|jetski|rig|semi|lorry|tanker"
                rf"|train|ferry))[ \t]+(?:(?:that|which)[ \t]+)?"
                rf"(?P<verb>went[ \t]+through[ \t]+(?:(?:the|a|an|thin|some)[ \t]+)?(?:ice|fence"
                rf"|barrier|guardrail|guard[ \t]+rail|railing|windscreen|windshield|wall|roof"
                rf"|bridge|hedge|crash[ \t]+barrier)|went[ \t]+(?:off|over|down)"
                rf"|went[ \t]+into[ \t]+(?:a|an|the)[ \t]+"
                rf"(?:river|lake|sea|ditch|creek|canal|harbou?r|water|ravine|gorge|bay|ocean"
                rf"|dam|tree|wall|pole|barrier)"
                rf"|rolled(?![ \t]+(?:down|back|away|forward|along|up|out|in)\b)|flipped|overturned"
                rf"|crashed|capsized|sank|caught[ \t]+fire|left[ \t]+the[ \t]+road"
                rf"|ran[ \t]+off|skidded|jackknifed|plunged|was[ \t]+hit"
                rf"|hit[ \t]+(?:a|an|the)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:tree|pole|wall|barrier"
                rf"|deer|moose|elk|kangaroo|cow|horse|pedestrian|cyclist|child|kid|boy|girl|man"
                rf"|woman|truck|car|bus|van|train|semi|lorry|tanker|bridge|building|house)s?\b"
                rf"|broke[ \t]+through|exploded|derailed|collided)\b{clause_tail}"
            ),
        ),
        (
            "incident that was in the news (medium)",
            re.compile(
                rf"\b(?i:the|a|an|his|her|their)[ \t]+(?:(?!(?:{figurative})\b)[a-z][\w-]*[ \t]+)"
                rf"{{0,2}}(?:{heads}|{violent})[ \t]+(?:was|were|made|got|hit|ended[ \t]+up)[ \t]+"
                rf"(?:(?:on|in|into|onto)[ \t]+)?(?:the[ \t]+)?(?:(?:local|national|evening"
                rf"|front-page|six[ \t]+o['’]clock)[ \t]+)?(?:{outlet}|news|papers?|newspapers?"
                rf"|headlines|TV|television|radio|front[ \t]+page)(?![\w-])"
                rf"(?:[ \t]+(?:because[ \t]+of|because|after|over|for|as)[ \t]+{clause_tail})?"
            ),
        ),
        (
            "rescue by the person's crew (medium)",
            re.compile(
                rf"\b(?:on|in|with|part[ \t]+of|joined)[ \t]+(?:the|a|an|his|her|their)[ \t]+"
                rf"(?:[\w'’-]+[ \t]+){{0,4}}?(?:crew|team|unit|squad|brigade|shift|boat)[ \t]+"
                rf"(?:that|which|who)[ \t]+(?:did|carried[ \t]+out|performed|pulled[ \t]+off"
                rf"|led|made|handled|responded[ \t]+to)[ \t]+(?:the|a|an|that)[ \t]+"
                rf"(?:[\w'’-]+[ \t]+){{0,3}}?(?:rescue|recovery|search|evacuation|save|callout"
                rf"|call-out|response)s?\b(?:{clause_tail})?"
            ),
        ),
        (
            "named final the person played in (medium)",
            re.compile(
                rf"\b(?:played|playing|lost|losing|won|winning|scored|scoring|captained|started"
                rf"|refereed|reffed|injured|hurt|benched|dropped|missed|sent[ \t]+off|subbed"
                rf"|(?:injury|extra|stoppage|added)[ \t]+time|last[ \t]+minute|dying[ \t]+minutes"
                rf"|second[ \t]+half|first[ \t]+half)\b(?:{_CLAUSE}{{0,40}}?[ \t]+(?:in|of|at|for"
                rf"|during))?[ \t]+the[ \t]+((?:{_YEAR}[ \t]+)?(?:{CAP_SEQ})[ \t]+"
                rf"(?i:final|semi-final|semifinal|semi|quarter-final|quarterfinal"
                rf"|grand[ \t]+final|decider|play-?off|replay|showdown))(?![\w-])"
            ),
        ),
        (
            "named incident (medium)",
            re.compile(
                rf"(?<![\w@/.-])((?:{CAP_SEQ})(?:[ \t]+"
                rf"(?!(?:{_FUNCTION_WORDS}|{figurative})\b)[a-z][\w-]*){{0,2}}[ \t]+"
                rf"(?i:{named_heads})){not_after}"
            ),
        ),
        (
            "incident with its year (medium)",
            re.compile(
                rf"\b((?:the[ \t]+)?(?:{_MONTH}[ \t]+)?{_YEAR}[ \t]+"
                rf"(?:(?:{spec}[ \t]+){{0,2}}{heads}"
                # any modifier before an attack: "the 2004 market bombing"
                rf"|(?:[a-z][\w-]*[ \t]+){{1,2}}(?:bombing|firebombing|shooting|stabbing"
                rf"|massacre|ambush|hijacking|kidnapping|arson|explosion|blast)s?)"
                rf"{not_after}"
                rf"(?:{tail})?)"
                rf"|\b(the[ \t]+(?:{spec}[ \t]+){{0,2}}{heads}[ \t]+(?:of|in)[ \t]+"
                rf"(?:{_MONTH}[ \t]+)?{_YEAR})\b"
            ),
        ),
        (
            "specific incident (medium)",
            re.compile(
                rf"\b((?i:the)[ \t]+(?:{vague}[ \t]+){{0,2}}"
                rf"(?:(?:{spec}[ \t]+)(?:(?:{spec}|{vague})[ \t]+){{0,2}}{heads}{not_after}"
                rf"(?:{tail})?"
                rf"|{heads}{not_after}{tail})"
                rf"|(?i:a|an)[ \t]+(?:{vague}[ \t]+){{0,2}}(?:{spec}[ \t]+){{0,3}}"
                rf"{heads}{not_after}"
                rf"{tail})"
            ),
        ),
        (
            "legal proceeding of the person (medium)",
            re.compile(
                r"\b((?:a|the|her|his|their)[ \t]+(?:lawsuit|class[ \t]+action|complaint)[ \t]+"
                r"against[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|her[ \t]+|his[ \t]+)?[\w'’-]+"
                r"|(?:his|her|their|the|a)[ \t]+(?:[a-z-]+[ \t]+)?court[ -]martial"
                r"|(?:his|her|their)[ \t]+(?:lawsuit|inquest|tribunal(?:[ \t]+hearing)?"
                r"|sentencing(?:[ \t]+hearing)?|court[ \t]+case)"
                r"|(?:his|her|their|the|a)[ \t]+(?:murder|manslaughter|criminal|jury|fraud|assault"
                r"|rape|custody)[ \t]+(?:trial|case|hearing)"
                r"|(?:his|her|their)[ \t]+trial[ \t]+(?:for|over)[ \t]+[\w'’-]+)\b",
                re.IGNORECASE,
            ),
        ),
        (
            "prize or title won (medium)",
            re.compile(
                rf"\b(?:won|wins|winning|clinched|claimed|took[ \t]+out|received|earned"
                rf"|was[ \t]+awarded|was[ \t]+given|was[ \t]+presented[ \t]+with)[ \t]+"
                rf"(?:the|a|an|his|her|their)[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?"
                rf"(?:{awards})(?:e?s)?\b(?:[ \t]+(?:for|in|at)[ \t]+{_CLAUSE}{{1,40}}?"
                rf"(?=[.,;:!?\n()]|$|[ \t]+(?:and|but|when|which|that|last|this|in[ \t]+\d)\b))?"
                rf"|\bnamed[ \t]+(?:[\w-]+[ \t]+){{1,3}}of[ \t]+the[ \t]+(?i:year|month|season)\b"
                rf"|\b(?:won|took)[ \t]+(?:the[ \t]+)?{_NAME}[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?"
                rf"(?:{_YEAR}[ \t]+)?{_NAME}",
            ),
        ),
        (
            "incident that made the news (medium)",
            re.compile(
                rf"\b(?:the|a|an)[ \t]+\w[\w-]*{_CLAUSE}{{0,45}}?[ \t]+(?:that|which)[ \t]+"
                rf"(?:aired|was[ \t]+aired|was[ \t]+shown|was[ \t]+broadcast|went[ \t]+viral"
                rf"|made[ \t]+(?:the[ \t]+)?{outlet}|made[ \t]+(?:the[ \t]+)?"
                rf"(?:local[ \t]+)?(?:news|headlines|papers?)|was[ \t]+(?:on|in)[ \t]+the[ \t]+"
                rf"(?:local[ \t]+)?"
                rf"(?:news|paper|papers))\b{_CLAUSE}*"
            ),
        ),
        (
            "post or video that spread (medium)",
            re.compile(
                rf"\b(?i:his|her|their|a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){{0,8}}?(?:{_SPREAD}"
                rf"{_SPREAD_PLACE}|made[ \t]+(?:the[ \t]+)?"
                rf"(?:local[ \t]+|national[ \t]+)?(?:front[ \t]+page|news|headlines|papers?)"
                rf"(?:[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?{outlet})?"
                rf"|made[ \t]+(?:the[ \t]+)?{outlet})"
                rf"(?![\w-])(?:[ \t]+after[ \t]+[\w.'’-]+(?:[ \t]+(?!(?:and|but)\b)[\w'’-]+){{0,3}}"
                rf"(?=[.,;:!?\n()]|$|[ \t]+(?:and|but)\b|[ \t]+[-–—]))?"
            ),
        ),
        (
            "television appearance (medium)",
            re.compile(
                rf"\b(?:appeared|appears|appearing|competed|featured|was[ \t]+a[ \t]+contestant"
                rf"|was[ \t]+a[ \t]+guest)[ \t]+on[ \t]+"
                rf"(?:(?:the[ \t]+)?{CAP_SEQ}|(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?"
                rf"(?:{media})\b(?:[ \t]+(?:about|on)[ \t]+{_CLAUSE}{{1,50}}"
                rf"?(?=[.,;:!?\n()]|$|[ \t]+(?:and|but|when|which|that|last|in[ \t]+\d)\b))?)"
                rf"|\b(?:was|were|been|ended[ \t]+up|got)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?"
                rf"(?:local[ \t]+|national[ \t]+|evening[ \t]+|six[ \t]+o['’]clock[ \t]+)?"
                rf"(?:news|TV|television|radio|papers?|newspapers?)\b"
            ),
        ),
        (
            "lottery win (medium)",
            re.compile(
                r"\bwon[ \t]+(?:the[ \t]+|a[ \t]+)?(?:\$[\d,.]+[ \t]*(?:[kKmM]|million"
                r"|thousand)?[ \t]+)?"
                r"(?:lottery|jackpot|Powerball|Lotto|Mega[ \t]+Millions|sweepstakes)\b"
            ),
        ),
        (
            "public testimony (medium)",
            re.compile(
                rf"\btestified[ \t]+(?:before|at|in|to)[ \t]+(?:the[ \t]+|a[ \t]+)?"
                rf"{_CLAUSE}{{0,50}}"
                rf"\b(?:committee|legislature|senate|congress|parliament|assembly|council|hearing"
                rf"|inquiry|"
                rf"inquest|trial|court|board|commission|select committee)\b"
                rf"(?:[ \t]+(?:in|at)[ \t]+(?-i:{CAP_SEQ}))?"
                rf"(?:[ \t]+(?:on|about|regarding|over)[ \t]+{clause_tail})?",
                re.IGNORECASE,
            ),
        ),
        (
            "filmed and shared (medium)",
            re.compile(
                rf"\b(?:(?:got|was|were|been|being|is|are)[ \t]+)?(?:filmed|recorded|videoed"
                rf"|photographed|caught[ \t]+on[ \t]+(?:camera|video|film|tape|CCTV))\b"
                rf"{_SENTENCE}{{1,160}}?\b{_SPREAD}{_SPREAD_PLACE}"
            ),
        ),
        (
            "appearance in a news outlet (medium)",
            re.compile(
                rf"\b(?:(?i:his|her|their)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:photo|picture|face|name"
                rf"|story|case|image)[ \t]+)?"
                rf"(?:was|were|appeared|featured|ended[ \t]+up|got)[ \t]+(?:on|in)[ \t]+"
                rf"(?:the[ \t]+)?(?:(?:front[ \t]+(?:page[ \t]+)?|cover[ \t]+)of[ \t]+"
                rf"(?:the[ \t]+)?)?"
                rf"{outlet}"
                rf"(?:[ \t]+(?:as|for|about|over|after|on|at|during|with|holding|carrying"
                rf"|outside|in[ \t]+(?:a|an|the|his|her|their))[ \t]+{clause_tail})?"
            ),
        ),
        (
            "interviewed by a news outlet (medium)",
            re.compile(
                rf"\b(?:(?:he|she|they)[ \t]+(?:was|were)[ \t]+)?(?:one[ \t]+of[ \t]+the[ \t]+"
                rf"[\w-]+[ \t]+)?(?:interviewed|quoted|profiled|pictured)[ \t]+(?:on|by|in|for)"
                rf"[ \t]+(?:the[ \t]+)?{outlet}"
                rf"(?:[ \t]+(?:at|about|after|during|over|for)[ \t]+{clause_tail})?"
            ),
        ),
        (
            "clip posted under a title (medium)",
            re.compile(
                r"\b(?:went[ \t]+up|posted|uploaded|shared|circulated|went[ \t]+viral"
                r"|went[ \t]+(?:a)?round)(?:[ \t]+on[ \t]+\w+)?[ \t]+(?:as|titled|called|captioned)"
                r"[ \t]+[\"“]([^\"”\n]{3,60})[\"”]"
            ),
        ),
        (
            "fatal incident (medium)",
            re.compile(
                r"[^.;:!?\n,]{5,140},?[ \t]+killing[ \t]+(?!(?:time|hours|minutes)\b)"
                r"(?:the|a|an|his|her|their|two|three|four|five|six|\d+|all|both|several|everyone)"
                r"\b[^.;:!?\n,]{0,60}"
            ),
        ),
        (
            "accident with a falling object (medium)",
            re.compile(
                rf"\b(?:crushed|pinned|trapped|buried|electrocuted|mauled|impaled|swept[ \t]+away"
                rf"|dragged|gored|trampled)[ \t]+(?:by|under|beneath)[ \t]+(?:a|an|the)[ \t]+"
                rf"(?:[a-z][\w-]*[ \t]+){{0,2}}?(?!{_FUNCTION_WORDS}\b)[a-z][\w-]+(?![\w-])"
                rf"(?![ \t]+(?!{_FUNCTION_WORDS}\b)[a-z])"
                rf"|\b(?:hit|struck|killed|injured|run[ \t]+over|knocked[ \t]+down)[ \t]+by[ \t]+"
                rf"(?:a|an|the)[ \t]+(?:falling|collapsing|runaway|speeding|drunk|stray|exploding"
                rf"|reversing|out-of-control|stolen)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,1}}?"
                rf"(?!{_FUNCTION_WORDS}\b)[a-z][\w-]+(?![\w-])"
                rf"(?![ \t]+(?!{_FUNCTION_WORDS}\b)[a-z])"
            ),
        ),
        (
            "mishap at a public occasion (medium)",
            re.compile(
                rf"\b(?:froze|fainted|collapsed|fell|broke[ \t]+down|panicked|vomited|threw[ \t]+up"
                rf"|blanked|choked|was[ \t]+booed|got[ \t]+booed|forgot[ \t]+(?:her|his|their)"
                rf"[ \t]+lines)(?:[ \t]+(?:on[ \t]+stage|mid-performance|on[ \t]+camera|on[ \t]+air"
                rf"|live))?[ \t]+(?:at|during)[ \t]+(?:the[ \t]+)?(?:{_YEAR}[ \t]+)?"
                rf"{_NAME}{name_tail}"
            ),
        ),
        (
            "work shown at a named event (medium)",
            re.compile(
                rf"\b(?i:his|her|their)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:film|short|documentary|play"
                rf"|painting|artwork|art|photo|photograph|photos|song|album|book|novel|poem|essay"
                rf"|project|design|sculpture|exhibit|installation|dance|routine|piece)"
                rf"(?:[ \t]+[\"“][^\"”\n]{{1,40}}[\"”])?[ \t]+(?:was[ \t]+)?(?:screened|shown"
                rf"|exhibited|performed|published|premiered|featured|selected|displayed|broadcast"
                rf"|aired|played|hung)[ \t]+(?:at|in|on|by|for)[ \t]+(?:the[ \t]+)?"
                rf"(?:{_YEAR}[ \t]+)?{_NAME}{name_tail}"
            ),
        ),
        (
            "role in a public inquiry or trial (medium)",
            re.compile(
                rf"\b(?:(?:junior|senior|lead|chief|key|star|expert|defen[cs]e|prosecution)[ \t]+)?"
                rf"(?:counsel|lawyer|solicitor|barrister|attorney|witness|juror|investigator"
                rf"|prosecutor)[ \t]+(?:for|to|in|at|on)[ \t]+{_CLAUSE}{{0,80}}?"
                rf"\b(?:inquiry|inquest|trial|tribunal|commission)\b"
            ),
        ),
        (
            "cluster of deaths in a community (medium)",
            re.compile(
                rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple"
                rf"|a[ \t]+(?:cluster|string|spate|series)[ \t]+of)[ \t]+(?:[\w-]+[ \t]+)?"
                rf"(?:suicides|deaths|overdoses|drownings|shootings|murders|killings|stabbings)"
                rf"[ \t]+(?:in|at|on|among|across)[ \t]+(?:the|his|her|their|our|this)[ \t]+"
                rf"(?!(?:family|{_TAIL_STOP})\b)[\w-]+(?:[ \t]+(?!{_TAIL_STOP}\b)[\w-]+)?"
            ),
        ),
        (
            "violent incident to someone's own (medium)",
            re.compile(
                rf"\b(?i:the)[ \t]+{violent}(?:[ \t]+and[ \t]+{violent})?[ \t]+of[ \t]+"
                rf"(?:his|her|their|the)[ \t]+(?:(?!{prep}\b)[\w-]+[ \t]+)?"
                rf"(?!(?:{prep}|{_TAIL_STOP})\b)[\w-]+"
                rf"(?:{tail})?(?:[ \t]+in[ \t]+(?:{_MONTH}[ \t]+)?{_YEAR})?"
            ),
        ),
        (
            "police or rescue incident (medium)",
            re.compile(
                rf"\b(?:found|picked[ \t]+up|arrested|stopped|detained|rescued|pulled[ \t]+over"
                rf"|airlifted)[ \t]+by[ \t]+"
                rf"(?:the[ \t]+)?(?:police|officers|deputies|RCMP|troopers|paramedics|firefighters"
                rf"|coastguard|"
                rf"coast[ \t]+guard|lifeguards|search[ \t]+and[ \t]+rescue)\b{_CLAUSE}{{0,80}}"
            ),
        ),
        (
            "death at a named place or battle (medium)",
            re.compile(
                rf"\b(?:was|were)[ \t]+(?:killed|shot|executed|murdered|wounded|captured"
                rf"|disappeared|blown[ \t]+up)(?:[ \t]+in[ \t]+action)?[ \t]+"
                rf"(?:at|in|on|near|during|off)[ \t]+(?:the[ \t]+)?(?-i:{CAP_SEQ})(?:[ \t]+\d+)?"
                rf"(?:[ \t]+(?:with|alongside|serving[ \t]+with)[ \t]+(?:the[ \t]+)?"
                rf"(?:(?:\d+[\w/-]*[ \t]+)?{_NAME}(?:[ \t]+\d+)?|\d+[\w/-]*))?"
            ),
        ),
        (
            "story that ran in an outlet (medium)",
            re.compile(
                rf"\b(?i:the|a|an|his|her|their)[ \t]+(?:[\"“][^\"”\n]{{2,50}}[\"”][ \t]+)?"
                rf"(?:[\w-]+[ \t]+){{0,2}}?(?:story|segment|piece|article|report|headline"
                rf"|headlines|clip|video|footage|coverage|feature|item)[ \t]+(?:that|which)"
                rf"[ \t]+(?:ran|aired|appeared|went[ \t]+out|led|was[ \t]+(?:on|in|shown|aired"
                rf"|published|broadcast|run))[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?"
                rf"(?:{outlet}|{CAP_SEQ}|(?:local|national|evening)[ \t]+(?:news|TV|paper|papers))"
                rf"(?:[ \t]+news)?(?:[ \t]+for[ \t]+(?:a|an|\w+)[ \t]+(?:days?|weeks?|months?))?"
            ),
        ),
        (
            "vessel lost at sea (medium)",
            re.compile(
                rf"\b(?i:the)[ \t]+{_VESSEL_NAME}[ \t]+(?:went[ \t]+down|sank|capsized"
                rf"|foundered|ran[ \t]+aground|was[ \t]+lost|broke[ \t]+up|went[ \t]+missing"
                rf"|was[ \t]+wrecked|was[ \t]+holed)\b{_SENTENCE}{{0,140}}"
            ),
        ),
        (
            "flight the person was on (medium)",
            re.compile(
                rf"\b(?:on|aboard|survived|survivors?[ \t]+of|passengers?[ \t]+on|pax[ \t]+on"
                rf"|crew[ \t]+(?:of|on)|crash[ \t]+of|ditching[ \t]+of)[ \t]+(?:the[ \t]+)?"
                rf"((?:{_CAP_WORD}[ \t]+){{0,2}}(?i:flight)[ \t]+[A-Z]{{0,3}}\d{{1,4}})\b"
            ),
        ),
        (
            "epithet the news gave (medium)",
            re.compile(
                r"\b(?:news|papers?|headlines?|TV|television|radio|press|media)\b"
                r"[^.;\n\"“]{0,25}?\(?[\"“]((?:[^\"”\n ]+[ \t]+){2,14}[^\"”\n ]+)[\"”]"
            ),
        ),
        (
            "disaster to the person's vehicle or home (medium)",
            re.compile(
                rf"\b(?:(?i:his|her|their|the)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?"
                rf"(?:truck|tanker|car|ute|boat|bus|plane|helicopter|house|home|farm|barn|shop"
                rf"|vessel|trawler|crew|unit|engine|rig|caravan|trailer|cabin|store))[ \t]+"
                rf"(?:was|were|got)[ \t]+(?:burnt|burned|overrun|trapped|swept|crushed|rolled"
                rf"|flipped|washed|blown|destroyed|flooded|sunk|wrecked|ambushed|attacked|bombed"
                rf"|shelled|robbed|raided|firebombed|torched|hit|struck)(?:[ \t]+(?:over|out|away"
                rf"|off|up|down))?[ \t]+(?:on|at|in|near|off|by|outside)[ \t]+"
                rf"(?:(?:the|a)[ \t]+)?[\w'’-]+{_CLAUSE}{{0,80}}"
            ),
        ),
        # "was stabbed outside a nightclub in Leeds", "got hit by a car outside the school":
        # an assault or road accident that happened to the person, with where it happened
        (
            "assault or accident to the person (medium)",
            re.compile(
                rf"\b(?:was|were|got|been|being)[ \t]+(?:(?:badly|seriously|fatally|nearly"
                rf"|almost|critically|brutally)[ \t]+)?(?:stabbed|shot|glassed|mugged|carjacked"
                rf"|kidnapped|abducted|run[ \t]+over|knocked[ \t]+down|struck[ \t]+by[ \t]+"
                rf"lightning|(?:hit|struck|mown[ \t]+down)[ \t]+by[ \t]+(?:a|an|the)[ \t]+"
                rf"(?:[a-z]+[ \t]+)?(?:car|truck|bus|train|van|ute|lorry|tram|motorbike"
                rf"|motorcycle|driver|cyclist)|(?:assaulted|attacked)(?=[ \t]+(?:outside|at|in|on"
                rf"|near|behind|{by_people})\b)|(?:beaten(?:[ \t]+up)?|robbed|jumped)"
                rf"(?=[ \t]+(?:outside|in|on|near|behind|{by_people})\b))"
                rf"(?![ \t]+(?:down|up|through|a[ \t]+look|a[ \t]+glance)\b)"
                rf"(?:[ \t]+(?:outside|at|in|on|near|behind|by|while|after|during|when|from)"
                rf"\b{_CLAUSE}{{1,70}}?(?=[.,;:!?\n()]|$|[ \t]+(?:and|but|so|which|who)\b))?"
            ),
        ),
        # "interviewed by the local paper about the strike", "named in court reports"
        (
            "spoke to or named by the press (medium)",
            re.compile(
                rf"(?<!\b(?i:not)[ \t])(?<!\b(?i:never)[ \t])(?<!n['’]t[ \t])"
                rf"\b(?:featured|profiled|interviewed|quoted|named|pictured|photographed"
                rf"|mentioned)[ \t]+(?:in|on|by|for)[ \t]+(?:(?:the|a)[ \t]+)?"
                rf"(?:(?:local|national|regional|community|school|student|evening|morning"
                rf"|weekend)[ \t]+)?(?:paper|papers|newspaper|news|press|radio|telly|tv"
                rf"|television|court[ \t]+reports?|(?=[{UPPER}])(?:{outlet}))(?![\w-])"
                rf"(?:[ \t]+(?:about|after|over|for|on|when)[ \t]+{clause_tail})?"
            ),
        ),
        # "was on the news after she pulled a kid out of the river"
        (
            "on the news for something (medium)",
            re.compile(
                rf"\b(?:was|were|been|got|ended[ \t]+up|made[ \t]+it)[ \t]+(?:on|in)[ \t]+"
                rf"(?:the[ \t]+)?(?:(?:local|national|evening|six[ \t]+o['’]clock|front[ \t]+page"
                rf")[ \t]+)?(?:news|papers?|paper|front[ \t]+page|front[ \t]+cover)(?![\w-])"
                rf"[ \t]+(?:after|for|when|because)"
                rf"[ \t]+{clause_tail}"
            ),
        ),
        (
            "death of a patient or newborn (medium)",
            re.compile(
                rf"\bthe[ \t]+death[ \t]+of[ \t]+(?:a|an|his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?"
                rf"(?:newborn|patient|baby|infant|child|student|client|passenger|pedestrian|resident"
                rf"|player)"
                rf"\b{_CLAUSE}{{0,60}}"
            ),
        ),
        # "a finalist on a televised baking competition", "runner-up in the state spelling bee"
        (
            "finalist in a contest (medium)",
            re.compile(
                rf"\b(?:(?:a|the)[ \t]+)?(?:(?:grand|national|state|regional|provincial)[ \t]+)?"
                rf"(?:finalist|semi-?finalist|runner-up|contestant|competitor|winner)[ \t]+"
                rf"(?:on|in|at|of)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\w'’-]+[ \t]+){{0,4}}?"
                rf"(?:competition|contest|show|series|bee|olympiad|championships?|tournament"
                rf"|games|festival|awards?|final|finals|pageant|quiz|{_NAME})(?![\w-])"
                rf"(?:[ \t]+(?:in|at)[ \t]+(?:{_YEAR}|{_NAME}))?"
            ),
        ),
        # "led the kapa haka group to first place at regionals", "took the team to 2nd place"
        (
            "led a group to a placing (medium)",
            re.compile(
                rf"\b(?:led|coached|captained|steered)[ \t]+(?:[\w'’-]+[ \t]+){{1,6}}?to[ \t]+"
                rf"(?:\d+(?:st|nd|rd|th)|first|second|third)[ \t]+place(?:[ \t]+(?:at|in)[ \t]+"
                rf"{clause_tail})?"
            ),
        ),
        # "the derecho of July 2026", "the ice storm of '98": a weather or natural disaster
        # with its date
        (
            "disaster of a date (medium)",
            re.compile(
                rf"\b(?i:the)[ \t]+(?:(?:big|great|{spec})[ \t]+)?(?:derecho|tornado|hurricane"
                rf"|cyclone|typhoon|storm|ice[ \t]+storm|blizzard|hailstorm|flood|floods"
                rf"|bushfire|bushfires|wildfire|wildfires|fire|fires|earthquake|quake|tsunami"
                rf"|landslide|mudslide|avalanche|heatwave|heat[ \t]+dome)[ \t]+of[ \t]+"
                rf"(?:(?:{_MONTH})[ \t]+)?(?:{_YEAR}|['’]\d{{2}})\b"
            ),
        ),
        # "one of the miners trapped at Pike River", "among the students hurt in the crush"
        (
            "one of those caught in an incident (medium)",
            re.compile(
                rf"\b(?:one[ \t]+of|among)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:miners|workers"
                rf"|crew|passengers|students|kids|children|climbers|hikers|fans|survivors"
                rf"|victims|firefighters|hostages|residents|families|men|women|people)[ \t]+"
                rf"(?:who[ \t]+(?:were|was)[ \t]+)?(?:trapped|killed|injured|hurt|rescued"
                rf"|evacuated|caught|stranded|hospitali[sz]ed|airlifted|shot)[ \t]+(?:at|in|on"
                rf"|during|when|after)[ \t]+{clause_tail}"
            ),
        ),
        # "crowned Miss Teen Manitoba in 2021", "was named Young Farmer of the Year"
        (
            "title crowned or named (medium)",
            re.compile(
                rf"\b(?:crowned|voted|named)[ \t]+(?:(?:the|a)[ \t]+)?(?:[\w-]+['’]s[ \t]+)?"
                rf"(?:(?:Miss|Mr|Mrs|Ms)\.?"
                rf"[ \t]+{_NAME}|{_NAME}[ \t]+of[ \t]+the[ \t]+(?:Year|Month|Season|Decade)"
                rf"|(?:[{UPPER}][\w'’-]+[ \t]+)+(?:Queen|King|Princess|Champion))"
                rf"(?:[ \t]+in[ \t]+(?:{_YEAR}|{_NAME}))?"
            ),
        ),
        # "gave evidence at the coroner's inquest into her son's death"
        (
            "evidence given at a hearing (medium)",
            re.compile(
                rf"\b(?:gave|give|giving|given)[ \t]+evidence[ \t]+(?:at|to|in|before)[ \t]+"
                rf"(?:the[ \t]+|a[ \t]+)?{_CLAUSE}{{0,40}}?\b(?i:inquest|inquiry|trial|hearing"
                rf"|tribunal|committee|commission|court)\b"
                rf"(?:[ \t]+(?:into|about|on|over)[ \t]+{clause_tail})?"
            ),
        ),
        # "her TikTok about her diagnosis got 2 million views"
        (
            "post with a large audience (medium)",
            re.compile(
                rf"\b(?i:his|her|their|a|the)[ \t]+(?:[\w'’-]+[ \t]+)?(?:TikTok|video|post|reel"
                rf"|clip|tweet|thread|vlog|podcast|YouTube[ \t]+video|Instagram[ \t]+post)"
                rf"(?:[ \t]+(?:about|on|of)[ \t]+{_CLAUSE}{{1,50}}?)?[ \t]+(?:got|had|hit"
                rf"|reached|passed|racked[ \t]+up|has)[ \t]+(?:over[ \t]+|more[ \t]+than[ \t]+)?"
                rf"\d[\d,.]*[ \t]*(?:k|K|m|M|million|thousand|hundred[ \t]+thousand)[ \t]+"
                rf"(?:views|likes|shares|plays|streams|downloads)\b"
            ),
        ),
    )


@cache
def _public() -> re.Pattern[str]:
    terms = sorted(read_word_list("events_public.txt"), key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)


class EventRecognizer(EntityRecognizer):
    """Specific, potentially newsworthy incidents: named collapses and fires, news stories,
    media features, competition placings, public testimony, police incidents.

    Widely known public events (``data/events_public.txt``: 9/11, COVID, the fall of Kabul)
    are never flagged.
    """

    NAME = "EventRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=[EVENT], name=self.NAME)

    def load(self) -> None:
        """Compile the patterns (cached per process)."""
        patterns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Event spans in ``text``."""
        out = []
        for name, pattern in patterns():
            for m in pattern.finditer(text):
                named = set(pattern.groupindex.values())  # helper groups, not the span
                groups = [i for i in range(1, pattern.groups + 1) if m.group(i) and i not in named]
                start, end = m.span(groups[0]) if groups else m.span()
                start += len(text[start:end]) - len(text[start:end].lstrip())
                span = text[start:end].rstrip()
                end = start + len(span)
                if end <= start:
                    continue
                first = span.split()[0] if span.split() else ""
                if name.startswith(("post or video", "filmed")) and _ANAPHORIC.search(span):
                    continue  # "the post was shared widely": the spread of an event told before
                if name.startswith("mishap") and not _at_occasion(span):
                    continue  # "fell at the Tesco": a fall in a shop is not a public moment
                if name.startswith("named incident") and (
                    first.lower() in NOT_PLACE or first == "I" or _common_opener(text, start, span)
                ):
                    continue
                if _public().search(span) and not name.startswith("one of those caught"):
                    continue  # "the fall of Kabul", unless the person was among those caught
                if name.startswith("vehicle in a mishap") and re.search(
                    r"[ \t]\S*[A-Z]", text[start : m.start("verb")]
                ):
                    start = m.start("verb")  # "his Ski-Doo went through": the brand is kept
                if name.startswith(_INCIDENTS):
                    end = _extended_end(text, end)
                    before = _RESCUE_BEFORE.search(text[max(0, start - 90) : start])
                    if before:
                        start = max(0, start - 90) + before.start()
                end = clause_end(text, end)
                # 0.9: an event outranks the place, organisation or date inside it
                # ("X County Fair collapse", "the shooting ... in May 2011")
                out.append(make_result(EVENT, start, end, 0.9, self.NAME, name, "quasi"))
        return out


#: A clip or post that points back to an event already told ("a neighbour's video of it",
#: "the clip got shared", "someone filmed it"): its spreading is not a separate event.
_ANAPHORIC = re.compile(
    r"^(?i:the|this|that)[ \t]+(?:post|clip|video|vid|photo|picture|footage|story|image|reel)"
    r"[ \t]+(?:went|got|was|were|did|circulated|blew)\b"
    r"|\bof[ \t]+(?:it|that|this|them)\b|^(?:\w+[ \t]+)?filmed[ \t]+(?:it|that|this|them)\b"
)
#: Patterns for an incident whose consequences or circumstances may follow it.
_INCIDENTS = (
    "named incident",
    "incident with its year",
    "specific incident",
    "violent incident",
    "disaster to the person",
    "death at a named place",
    "vessel lost at sea",
)
#: After an incident: "in Poland that killed two paratroopers from his battalion", "that
#: hospitalised two colleagues", "that he survived with shrapnel wounds": what it did to
#: people, or how the person came through it (not the news it made: the outlet is public).
_THAT_KILLED = re.compile(
    r"(?:[ \t]+(?:in|on|at|near)[ \t]+[^.;:!?\n,]{1,40}?)?[ \t]+(?:that|which)[ \t]+"
    r"(?:(?:he|she|they|we|i|his[ \t]+\w+|her[ \t]+\w+|their[ \t]+\w+)[ \t]+"
    r"(?:(?:barely|only|just|somehow|narrowly)[ \t]+)?"
    r"(?:survived|witnessed|escaped|saw|lived[ \t]+through|walked[ \t]+away[ \t]+from"
    r"|was[ \t]+(?:caught|injured|hurt|trapped)[ \t]+in|got[ \t]+(?:caught|hurt|trapped)[ \t]+in"
    r"|responded[ \t]+to|attended|covered|was[ \t]+(?:at|in|on))"
    r"|(?:killed|injured|left|claimed|took|hurt|destroyed|hospitali[sz]ed|wounded|maimed"
    r"|burned|burnt|trapped|displaced|flattened|gutted|shut|closed))\b"
    r"(?:(?![ \t]+[–—-][ \t]|[ \t]+(?:but|so)[ \t]|[ \t]+and[ \t]+(?:he|she|they|we|i|it|his|her"
    r"|their|then|now)\b)[^.;:!?\n,]){1,60}"
)
#: Before an incident: how the person took part in it ("helped dig his cousin out of the",
#: "pulled two kids from the", "was trapped for hours in the").
_RESCUE_BEFORE = re.compile(
    r"\b(?:(?:helped|tried|had)[ \t]+(?:to[ \t]+)?)?(?:dig|dug|digging|pull|pulled|pulling"
    r"|drag|dragged|dragging|carry|carried|carrying|rescue|rescued|rescuing|get|got|getting"
    r"|free|freed|freeing|cut|haul|hauled|lift|lifted)(?:[ \t]+(?!(?:the|a|an)\b)[\w'’-]+)"
    r"{1,4}?[ \t]+(?:out[ \t]+of|from|clear[ \t]+of|out[ \t]+from[ \t]+under)[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?$"
    r"|\b(?:was|were|got)[ \t]+(?:trapped|buried|pinned|caught|stuck)(?:[ \t]+for[ \t]+"
    r"(?:\w+[ \t]+){1,2}?(?:hours|days|minutes))?[ \t]+(?:in|under|inside)[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?$"
)
#: After an incident: ", when he was held at gunpoint and told ..." up to the sentence end.
_WHEN_CLAUSE = re.compile(
    r",[ \t]+when[ \t]+(?:he|she|they|we|i|his|her|their|the)\b[^.;:!?\n,]{1,160}"
)


#: After an incident: " – it was on ABC news and in the Mercury", ", which made the papers".
_MEDIA_TAIL = re.compile(
    r"[ \t]*(?:[–—-]|,|;)[ \t]*(?:it|this|that|which|and[ \t]+it)[ \t]+(?:was|were|made|got"
    r"|hit|ran|led)[ \t]+(?:on|in|onto|the|it[ \t]+onto|national|local)\b[^.;!?\n]{0,80}"
)


def _extended_end(text: str, end: int) -> int:
    """``end`` moved past what the incident did, how it happened, and the news it made."""
    for pattern in (_THAT_KILLED, _WHEN_CLAUSE, _MEDIA_TAIL):
        m = pattern.match(text, end)
        if m:
            end = m.end()
            if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
                # the length cap stopped inside a word ("news/Faceboo"): end before it
                end = m.start() + len(text[m.start() : end].rsplit(None, 1)[0])
    return end


@cache
def _occasions() -> re.Pattern[str]:
    words = _words("events_occasions.txt")
    return re.compile(rf"\b(?:on[ \t]+stage|on[ \t]+air|on[ \t]+camera|live|{words})\b", re.I)


def _at_occasion(span: str) -> bool:
    """True when a mishap happened on stage or at a public occasion."""
    return bool(_occasions().search(span))


def _common_opener(text: str, start: int, span: str) -> bool:
    """True for a one-word capitalised modifier that merely opens the sentence ("Panic attacks
    began...", "House fires scare her"), unless the word is a known place."""
    words = span.split()
    if len(words) != 2 or not re.search(r"(?:^|[.!?:;•\n])\s*$", text[:start]):
        return False
    gaz = gazetteer()
    return not (gaz.is_city(words[0]) or gaz.is_region(words[0]))
