"""Applies decisions with presidio-anonymizer: readable replacements, grammar kept, local audit."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from casepres import generalizers, policy, policy_data
from casepres.model import Action, CaseDraft, Decision, Finding, RedactedDocument, RedactedSection


@dataclass(frozen=True)
class AuditEntry:
    """One replacement, for the clinician's eyes only (never exported or logged)."""

    field_id: str
    start: int
    end: int
    original: str
    replacement: str
    entity: str
    action: str
    subject_id: str


@dataclass(frozen=True)
class Redaction:
    """The redacted document and its local-only audit."""

    document: RedactedDocument
    audit: tuple[AuditEntry, ...]


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``new`` (offsets into one field's text)."""

    start: int
    end: int
    new: str
    finding: Finding
    action: Action
    subject_id: str


_ENGINE: AnonymizerEngine | None = None


def _engine() -> AnonymizerEngine:
    global _ENGINE  # one engine per process; it holds no case data
    if _ENGINE is None:
        _ENGINE = AnonymizerEngine()  # type: ignore[no-untyped-call]
    return _ENGINE


def resolve(
    finding: Finding, plan: policy.Plan, decisions: Sequence[Decision] | None
) -> tuple[Action, str, str]:
    """(action, base replacement, subject id) for a finding under the decisions.

    Without decisions every finding takes its proposal. A decision's own replacement wins;
    a decision that changes the action gets that action's default.
    """
    proposal = plan.proposal_for(finding)
    decision = policy.decision_for(finding, decisions) if decisions is not None else None
    if decision is None:
        return proposal.action, proposal.replacement, proposal.subject_id
    action = decision.action
    if action is Action.KEEP:
        return action, finding.text, proposal.subject_id
    if decision.replacement is not None:
        return action, decision.replacement, proposal.subject_id
    if action is proposal.action:
        return action, proposal.replacement, proposal.subject_id
    if action is Action.PSEUDONYM and proposal.action is Action.GENERALIZE:
        return action, proposal.replacement, proposal.subject_id
    return (
        action,
        policy.default_replacement(finding, action, plan.meeting_date),
        proposal.subject_id,
    )


# ---------------------------------------------------------------- grammar around a span

_SENTENCE_START = re.compile(r"(?:^|[.!?:][\"”’')\]]*\s+|\n\s*(?:[-*•]\s+|\d+[.)]\s+)?)$")
_RELATIVE_DATE = re.compile(
    r"^(?:about |a few |last |this |in the coming|around a|"
    r"the \w+ \w+ years ago|\w+ years ago|\w+ to .* ago)"
)


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 8) : start]))


def _capitalize(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def surface(
    text: str,
    finding: Finding,
    action: Action,
    base: str,
    subject_id: str,
    entity: str,
    *,
    after_finding: bool = False,
) -> Edit:
    """The edit that puts ``base`` in place of a finding so the sentence still reads.

    ``after_finding`` says the finding follows another one with only a space between
    ("a 51-year-old police officer"), so the second replacement drops its article.

    Keeps possessives ("Maria's" → "the client's"), drops a name after its own role ("her
    sister Ana" → "her sister"), takes titles with a name ("Dr. Lee" → "Colleague A"), merges
    articles and prepositions ("the Elm Bank" → "a bank", "on 11/28" → "about three months
    ago"), fixes "a"/"an", and capitalizes at a sentence start.
    """
    start, end = finding.start, finding.end
    span = text[start:end]
    new = base
    if (
        action is Action.REMOVE
        and span.startswith("(")
        and span.count("(") > span.count(")")
        and text[end : end + 1] == ")"
    ):
        end += 1  # "(312.555.0167)" found without its closing bracket: remove the pair
    if (
        entity == policy.PERSON
        and policy.core_name(span).casefold().rstrip(".") in policy_data.table()["people"]["titles"]
    ):
        # A title flagged on its own ("Dr"): the name after it takes the title with it.
        return Edit(start, end, "", finding, action, subject_id)
    if entity == "DATE" and span.endswith(".") and not new.endswith("."):
        # Keep a full stop that ends the sentence, not one that ends "Wed." or "Jan.".
        abbreviation = re.search(r"(?<![\w.])[A-Za-z]{2,5}\.$", span)
        after = text[end : end + 2]
        if after == "" or after[:1] == "\n" or (not abbreviation and re.match(r"\s[A-Z]", after)):
            new += "."
    if action in (Action.PSEUDONYM, Action.GENERALIZE) and entity in policy.SUBJECT_ENTITIES:
        _, suffix = policy.strip_possessive(span.rstrip())
        if suffix and not new.startswith("["):
            new = new + suffix
    if entity == policy.PERSON and action is Action.PSEUDONYM:
        role = policy.role_before(text, start)
        paren = role is not None and "(" in role.group("sep")
        if paren and role is not None:
            close = re.match(r"\s*\)", text[end:])
            if close is None:
                role = None
            else:
                return Edit(
                    start - len(role.group("sep")),
                    end + close.end(),
                    "",
                    finding,
                    action,
                    subject_id,
                )
        if role is not None:
            start = start - len(role.group("sep"))
            _, suffix = policy.strip_possessive(span.rstrip())
            new = suffix
            creds = "|".join(re.escape(c) for c in policy_data.table()["people"]["credentials"])
            after = text[end : end + 12]
            if (
                role.group("sep").startswith(",")
                and after[:1] == ","
                and not re.match(rf",\s*(?:{creds})\b", after, re.IGNORECASE)
            ):
                end += 1
                if suffix:
                    new = suffix
            return Edit(start, end, new, finding, action, subject_id)
        title = re.search(
            r"(?<![\w.])(?:"
            + "|".join(re.escape(t) for t in policy_data.table()["people"]["titles"])
            + r")\.?\s+$",
            text[max(0, start - 14) : start],
            re.IGNORECASE,
        )
        if title is not None:
            start -= len(title.group())
    after_the = re.search(
        r"(?<![\w'’])(?:the|our|my|their|her|his|this|that|next)\s$",
        text[max(0, start - 6) : start],
        re.I,
    )
    before_noun = re.match(r"\s+[a-z]", text[end : end + 3]) and not re.match(
        r"\s+(?:to|and|or|at|in|of|on|for|with|when|was|is|we|i|she|he|they)\b", text[end:]
    )
    if entity == "DATE" and before_noun and (after_the or _event_noun_after(text, end)):
        # "the March 19 hearing" reads as "the upcoming hearing"; "our June call" likewise;
        # "for April group" as "for the upcoming group".
        new = "upcoming" if "coming" in new else "meeting-day" if "meeting" in new else "recent"
        if not after_the:
            new = "the " + new
    region = re.search(r" (?:in|on) (?:the )?([^,]+)$", new) if entity == policy.LOCATION else None
    if region and re.match(rf",\s*(?:the\s+)?{re.escape(region.group(1))}\b", text[end:], re.I):
        new = new[: region.start()]  # "Hargeisa, Somalia": the country follows already
    if after_finding and entity != "DATE" and re.match(r"(?:a|an) ", new):
        new = new.split(" ", 1)[1]  # "a 51-year-old police officer": one article is enough
    if entity != "DATE" and (new[:2].lower() in ("a ", "an") or new[:4].lower() == "the "):
        det = re.search(
            r"(?<![\w'’])(?:the|a|an)\s$", text[max(0, start - 5) : start], re.IGNORECASE
        )
        if det is not None:
            start -= len(det.group())
    elif entity == "DATE" and _RELATIVE_DATE.match(new):
        prep = re.search(
            r"(?<![\w'’])(?:on the|on|in|during|at)\s$",
            text[max(0, start - 11) : start],
            re.IGNORECASE,
        )
        if prep is not None:
            start -= len(prep.group())
    else:
        art = re.search(r"(?<![\w'’])(a|an)(\s)$", text[max(0, start - 4) : start], re.IGNORECASE)
        if art is not None and new and new[0].isalnum():
            want = "an" if new[0].lower() in "aeio8" or new.startswith(("11", "18")) else "a"
            if art.group(1).lower() != want:
                if art.group(1)[0].isupper():
                    want = want.capitalize()
                start -= len(art.group())
                new = f"{want}{art.group(2)}{new}"
    original_first = text[start : start + 1]
    if (
        new
        and _at_sentence_start(text, start)
        and (original_first.isupper() or not original_first.isalpha())
    ):
        new = _capitalize(new)
    return Edit(start, end, new, finding, action, subject_id)


def _quoted_nickname(
    text: str, prev: tuple[Finding, str] | None, f: Finding, subject_id: str
) -> Edit | None:
    """Drop a quoted nickname right after its own name: 'Maria ("Mari")' → "the client"."""
    if prev is None or prev[1] != subject_id or not subject_id:
        return None
    m = policy.nickname_gap(text[prev[0].end : f.start])
    if m is None:
        return None
    closing = (r"[\"”'’]" if m.group("quote") else "") + (r"\s*\)" if m.group("paren") else "")
    close = re.match(closing, text[f.end :])
    if close is None:
        return None
    return Edit(prev[0].end, f.end + close.end(), "", f, Action.PSEUDONYM, subject_id)


def _event_noun_after(text: str, end: int) -> bool:
    """True when a meeting-like noun follows ("April group", "Tuesday consult")."""
    nouns = "|".join(re.escape(n) for n in policy_data.table()["dates"]["event_nouns"])
    return bool(re.match(rf"\s+(?:{nouns})\b", text[end : end + 30], re.IGNORECASE))


def _non_overlapping(edits: Sequence[Edit], text: str) -> list[Edit]:
    """Edits sorted and made disjoint; a widened edit gives way, a true overlap is merged."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.finding.start, -e.finding.end)):
        if out and e.start < out[-1].end:
            prev = out[-1]
            if e.finding.start >= prev.end:  # only the widening overlaps: drop the widening
                e = Edit(prev.end, e.end, e.new, e.finding, e.action, e.subject_id)
            else:  # two findings overlap: one replacement for the union, nothing left behind
                out[-1] = Edit(
                    prev.start,
                    max(prev.end, e.end),
                    prev.new,
                    prev.finding,
                    prev.action,
                    prev.subject_id,
                )
                continue
        out.append(e)
    return out


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply disjoint edits through presidio-anonymizer's custom operator."""
    if not edits:
        return text
    results = []
    operators: dict[str, OperatorConfig] = {}
    for i, e in enumerate(edits):
        label = f"CASEPRES_{i}"
        results.append(RecognizerResult(entity_type=label, start=e.start, end=e.end, score=1.0))
        operators[label] = OperatorConfig("custom", {"lambda": (lambda _old, new=e.new: new)})
    return str(_engine().anonymize(text=text, analyzer_results=results, operators=operators).text)


def redact_text(
    text: str,
    findings: Sequence[Finding],
    plan: policy.Plan,
    decisions: Sequence[Decision] | None,
) -> tuple[str, list[Edit]]:
    """One field's redacted text and the edits that made it."""
    edits: list[Edit] = []
    prev: tuple[Finding, str] | None = None
    for f in findings:
        action, base, sid = resolve(f, plan, decisions)
        if action is Action.KEEP:
            continue
        subject = plan.subject(sid)
        entity = subject.entity if subject is not None else f.entity
        nick = _quoted_nickname(text, prev, f, sid) if entity == policy.PERSON else None
        gap = text[prev[0].end : f.start] if prev is not None else None
        if (
            prev is not None
            and entity == "DATE"
            and prev[0].entity == "DATE"
            and edits
            and gap is not None
            and re.fullmatch(r",?\s?", gap)
            and action is Action.GENERALIZE
        ):
            # "Thursday 7 March 2024" found as two dates: one relative phrase for both.
            last = edits.pop()
            both = replace(f, start=prev[0].start, text=text[prev[0].start : f.end])
            base = generalizers.generalize("DATE", both.text, plan.meeting_date)
            edits.append(surface(text, both, action, base, sid, entity))
            edits[-1] = replace(edits[-1], start=min(edits[-1].start, last.start))
            prev = (f, sid)
            continue
        adjacent = gap == " "
        edits.append(nick or surface(text, f, action, base, sid, entity, after_finding=adjacent))
        prev = (f, sid)
    edits = _non_overlapping(edits, text)
    return apply_edits(text, edits), edits


def redact(
    draft: CaseDraft,
    analysis: Mapping[str, Sequence[Finding]],
    plan: policy.Plan,
    decisions: Sequence[Decision] | None,
    *,
    titles: Mapping[str, str],
    format_id: str,
) -> Redaction:
    """The de-identified document for a draft under a plan and the clinician's decisions.

    Args:
        draft: The case as written.
        analysis: Findings per field id.
        plan: Proposals from ``policy.propose``.
        decisions: Review decisions; None means every finding takes its proposal.
        titles: Section title per field id.
        format_id: The case-presentation format of the document.
    """
    sections = []
    audit: list[AuditEntry] = []
    all_edits: list[Edit] = []
    for fld in draft.fields:
        implied = [f for f in plan.implied if f.field_id == fld.field_id]
        findings = sorted(
            [*policy.split_across_lines(analysis.get(fld.field_id, ())), *implied],
            key=lambda f: f.start,
        )
        new_text, edits = redact_text(fld.text, findings, plan, decisions)
        sections.append(
            RedactedSection(fld.field_id, titles.get(fld.field_id, fld.field_id), new_text)
        )
        all_edits.extend(edits)
        for e in edits:
            subject = plan.subject(e.subject_id)
            audit.append(
                AuditEntry(
                    field_id=fld.field_id,
                    start=e.start,
                    end=e.end,
                    original=fld.text[e.start : e.end],
                    replacement=e.new,
                    entity=subject.entity if subject is not None else e.finding.entity,
                    action=str(e.action),
                    subject_id=e.subject_id,
                )
            )
    document = RedactedDocument(
        format_id=format_id,
        sections=tuple(sections),
        meeting_date=plan.meeting_date,
        changes=changes_made(audit),
        remains=what_remains(sections, audit, plan),
    )
    return Redaction(document, tuple(audit))


def changes_made(audit: Sequence[AuditEntry]) -> tuple[str, ...]:
    """Category-only lines for "changes made for confidentiality" (never originals)."""
    lines: list[str] = []
    for entity in policy_data.table()["changes"]:
        if any(a.entity == entity for a in audit):
            line = policy.change_line(entity)
            if line and line not in lines:
                lines.append(line)
    return tuple(lines)


def _has_word(text: str, words: Sequence[str]) -> bool:
    low = text.casefold()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in words)


def what_remains(
    sections: Sequence[RedactedSection], audit: Sequence[AuditEntry], plan: policy.Plan
) -> tuple[str, ...]:
    """The quasi-identifiers still in the handout, with a warning for narrowing combinations."""
    text = "\n".join(s.text for s in sections)
    data = policy_data.table()["remains"]
    done = {a.entity for a in audit}
    kept = {s.entity for s in plan.subjects if s.action is Action.KEEP}
    out: list[str] = []
    if "AGE" in done:
        out.append("age band")
    if _has_word(text, data["gender"]):
        out.append("gender")
    if "OCCUPATION" in done or "OCCUPATION" in kept:
        out.append("occupation field")
    if "NRP" in kept:
        out.append("ethnicity, religion or language")
    places = [a.replacement for a in audit if a.entity == policy.LOCATION]
    if any(" in " in p for p in places) or policy.LOCATION in kept:
        out.append("region")
    if _has_word(text, data["family"]):
        out.append("family composition")
    if "EVENT" in done or "EVENT" in kept:
        out.append("events")
    small = any(p.lower().startswith(("a small", "a village")) for p in places)
    if small and "occupation field" in out:
        out.append(
            "warning: an occupation together with a small place can narrow identity; "
            "consider generalizing one of them further"
        )
    if "events" in out and places:
        out.append(
            "warning: a distinctive event together with a place can narrow identity; "
            "consider removing one of them"
        )
    return tuple(out)
