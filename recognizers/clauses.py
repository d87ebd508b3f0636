"""Where a clause ends: an event or a distinctive feature is told up to it.

Gold annotations and careful readers both take an incident or a feature with the words
that finish telling it ("the tattoo on her wrist that she showed on air", "the robotics
club, which went to nationals in Ottawa"), so a match that stops short leaves the rest of
the identifying clause in the handout.
"""

from __future__ import annotations

import re

#: Verbs that carry an incident on ("which went around", "and was written up", "and rang
#: the bell"), as opposed to the person's reaction to it ("which she regrets", "and now
#: can't look at a cow"), which is clinical content and stays.
_GOES_ON = (
    r"(?:was|were|got|made|went|ran|rang|won|took|placed|appeared|featured|aired|led"
    r"|circulated|drew|hit|became|handed|played|the[ \t]+(?:clip|video|photo|story|post"
    r"|footage|picture|piece))\b"
)
#: A clause stops at sentence punctuation, a bracket, a spaced dash, a comma that does not
#: open a clause about the same thing, or a conjunction that turns to something else.
_STOP = re.compile(
    r"[.;:!?\n()\[\]\"“”]|[ \t][–—-][ \t]"
    rf"|,(?![ \t]+(?:(?:which|and)[ \t]+{_GOES_ON}|with|where|after)\b)"
    r"|[ \t](?:but|so|or|because|although|though|while|whereas)[ \t]"
    rf"|[ \t]and[ \t](?!{_GOES_ON})",
    re.I,
)


#: A relative word: what follows still tells the same thing ("that she showed on air").
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|where|when|and)\b", re.I)
#: Before any relative word, a new predicate ("the article made her cry", "her Tacoma is
#: parked out front") or a session setting ("in supervision") starts the clinician's own
#: account, which stays.
_PREDICATE = re.compile(
    r"[ \t](?:is|are|was|were|made|makes|has|had|have|keeps?|kept|still|now|sits?|sat"
    r"|gets?|comes?|came|feels?|felt|means?|matters?)\b"
    r"|[ \t](?:in|into|to|at|during)[ \t]+(?:(?:every|each|our|the|a|her|his|their)[ \t]+)?"
    r"(?:supervision|sessions?|therapy|group|treatment|intake|assessment|consult(?:ation)?)\b",
    re.I,
)


def clause_end(text: str, end: int, max_words: int = 14, *, relative_only: bool = False) -> int:
    """``end`` moved to the end of its clause, or left alone when that is over ``max_words``
    words away (a long run is more likely a new thought than the same one).

    With ``relative_only`` only a relative clause is taken ("the tattoo ... that she showed
    on air"), not a phrase that may name a separate employer or church ("for Brannock Tiles").
    """
    stop = _STOP.search(text, end)
    rest = text[end : stop.start() if stop else len(text)]
    relative = _RELATIVE.search(rest)
    if relative_only and not (relative and not rest[: relative.start()].strip(" \t,")):
        return end
    predicate = _PREDICATE.search(rest, 0, relative.start() if relative else len(rest))
    if predicate:
        rest = rest[: predicate.start()]
    if not rest.strip() or len(rest.split()) > max_words:
        return end
    return end + len(rest.rstrip())
