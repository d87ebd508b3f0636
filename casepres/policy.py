"""Minimum-necessary defaults: subjects and readable, consistent pseudonyms."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from casepres.generalizers import generalize, is_country, org_kind
from casepres.model import Action, CaseDraft, Decision, Finding, KnownEntry
from casepres.policy_data import placeholder, table

PERSON = "PERSON"
LOCATION = "LOCATION"
ORGANIZATION = "ORGANIZATION"

#: Entities grouped into subjects (every mention gets one replacement).
SUBJECT_ENTITIES = frozenset({PERSON, LOCATION, ORGANIZATION})


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
