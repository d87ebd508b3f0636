"""The app's working state: the draft, its analysis and decisions (no widgets here)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from casepres import form
from casepres.model import Action, CaseDraft, Decision, FieldText, Finding, KnownEntry


def sections_for(format_id: str) -> tuple[form.SectionSpec, ...]:
    """The sections of a draft's format (the one place the UI asks ``casepres.form``)."""
    return form.get_format(format_id).sections


def new_draft(format_id: str = form.DEFAULT_FORMAT_ID) -> CaseDraft:
    """An empty draft with one empty field per section of the format."""
    return CaseDraft(
        format_id=format_id, fields=tuple(FieldText(s.id, "") for s in sections_for(format_id))
    )


def shift_findings(old: str, new: str, findings: Sequence[Finding]) -> list[Finding]:
    """Move findings across one contiguous edit so highlights stay put until re-analysis.

    Findings before the edit keep their offsets, findings after it shift by the change in
    length, and findings the edit touched are dropped (re-analysis restores them).
    """
    if old == new:
        return list(findings)
    limit = min(len(old), len(new))
    prefix = _common_prefix(old, new, limit)
    suffix = _common_prefix(old[::-1], new[::-1], limit - prefix)
    delta = len(new) - len(old)
    kept: list[Finding] = []
    for f in findings:
        if f.end <= prefix:
            kept.append(f)
        elif f.start >= len(old) - suffix:
            kept.append(replace(f, start=f.start + delta, end=f.end + delta))
    return kept


def _common_prefix(a: str, b: str, limit: int) -> int:
    """Length of the common prefix, by halving (slice comparison runs in C)."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


@dataclass
class Session:
    """Everything the screens show, held in one place and replaced, never edited in place.

    Attributes:
        draft: The current draft (immutable; each change builds a new one).
        path: The draft file.
        analysis: Findings per field id (empty until the model is ready).
        analyzed: Field ids whose findings match their current text.
    """

    draft: CaseDraft
    path: Path
    analysis: dict[str, list[Finding]] = field(default_factory=dict)
    analyzed: set[str] = field(default_factory=set)
    _sections: dict[str, tuple[form.SectionSpec, ...]] = field(default_factory=dict, repr=False)

    @property
    def sections(self) -> tuple[form.SectionSpec, ...]:
        """The sections of the draft's format (read once: this runs on every keystroke)."""
        fid = self.draft.format_id
        if fid not in self._sections:
            self._sections[fid] = sections_for(fid)
        return self._sections[fid]

    def title_of(self, field_id: str) -> str:
        """A section's title (the field id when the format lacks it)."""
        return next((s.title for s in self.sections if s.id == field_id), field_id)

    # ----------------------------------------------------------- changes

    def set_text(self, field_id: str, text: str) -> None:
        """Replace one section's text, shifting its findings across the edit."""
        old = self.draft.field_text(field_id)
        fields = list(self.draft.fields)
        for i, f in enumerate(fields):
            if f.field_id == field_id:
                fields[i] = FieldText(field_id, text)
                break
        else:
            fields.append(FieldText(field_id, text))
        self.draft = replace(self.draft, fields=tuple(fields))
        self.analysis[field_id] = shift_findings(old, text, self.analysis.get(field_id, []))
        self.analyzed.discard(field_id)

    def set_known(self, known: Iterable[KnownEntry]) -> None:
        """Replace the People & places list; every section needs re-analysis."""
        self.draft = replace(self.draft, known=tuple(known))
        self.analyzed.clear()

    def add_extra_term(self, text: str, entity: str) -> None:
        """Flag a span the analysis missed, everywhere it occurs."""
        if (text, entity) not in self.draft.extra_terms:
            self.draft = replace(self.draft, extra_terms=(*self.draft.extra_terms, (text, entity)))
        self.analyzed.clear()

    def set_findings(self, field_id: str, text: str, findings: list[Finding]) -> bool:
        """Store a worker's findings if the text is still current; returns whether it was."""
        if self.draft.field_text(field_id) != text:
            return False
        self.analysis[field_id] = findings
        self.analyzed.add(field_id)
        return True

    def decide(
        self,
        findings: Iterable[Finding],
        action: Action,
        *,
        replacement: str | None = None,
        reason: str | None = None,
    ) -> None:
        """Record one decision per distinct mention text, replacing earlier ones for it."""
        targets = {(f.text.strip().casefold(), f.entity): f for f in findings}
        kept = [
            d
            for d in self.draft.decisions
            if (d.target.strip().casefold(), d.entity) not in targets
        ]
        for f in targets.values():
            kept.append(
                Decision(
                    target=f.text.strip(),
                    entity=f.entity,
                    action=action,
                    replacement=replacement,
                    reason=reason,
                )
            )
        self.draft = replace(self.draft, decisions=tuple(kept))

    def undo(self, findings: Iterable[Finding]) -> None:
        """Forget the decisions covering these findings (they become open again)."""
        targets = {(f.text.strip().casefold(), f.entity) for f in findings}
        self.draft = replace(
            self.draft,
            decisions=tuple(
                d
                for d in self.draft.decisions
                if (d.target.strip().casefold(), d.entity) not in targets
            ),
        )

    # ----------------------------------------------------------- queries

    def decision(self, finding: Finding) -> Decision | None:
        """The decision covering a finding, by the policy's matching rule."""
        from casepres import policy

        return policy.decision_for(finding, self.draft.decisions)

    def all_findings(self) -> list[Finding]:
        """Every finding in section order."""
        order = [s.id for s in self.sections]
        return [f for fid in order for f in self.analysis.get(fid, [])]

    def counts(self) -> Counter[str]:
        """Counts of open direct, open quasi and decided findings."""
        c: Counter[str] = Counter()
        for f in self.all_findings():
            c["decided" if self.decision(f) else f"open-{f.kind}"] += 1
        return c

    def open_by_section(self) -> list[tuple[str, int]]:
        """(section title, open findings) for sections with any open finding."""
        out = []
        for s in self.sections:
            n = sum(1 for f in self.analysis.get(s.id, []) if not self.decision(f))
            if n:
                out.append((s.title, n))
        return out

    def plan(self, today: dt.date) -> Any:
        """The policy's proposals (subjects with their replacements) for the current analysis."""
        from casepres import policy

        analysis: Mapping[str, Sequence[Finding]] = {
            fid: fs for fid, fs in self.analysis.items() if fs
        }
        return policy.propose(self.draft, analysis, meeting_date=self.draft.meeting_date or today)
