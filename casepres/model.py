"""Immutable values that flow draft → findings → decisions → redacted document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Kind = Literal["direct", "quasi"]


class Action(StrEnum):
    """What to do with a flagged span (APA 4.06 minimum-necessary defaults live in policy)."""

    PSEUDONYM = "pseudonym"  # a readable role or label ("the client's sister", "Person A")
    GENERALIZE = "generalize"  # a coarser value ("early 30s", "a small town")
    REMOVE = "remove"  # a neutral placeholder ("[phone removed]")
    KEEP = "keep"  # left as written; needs a reason from the clinician


@dataclass(frozen=True)
class KnownEntry:
    """One person or place from the clinician's private People & places list.

    Attributes:
        names: The canonical name first, then aliases ("Maria Gonzalez", "Mari", "Ms. G").
        role: Optional role as written by the clinician ("client", "client's husband").
    """

    names: tuple[str, ...]
    role: str | None = None

    @property
    def canonical(self) -> str:
        """The first (canonical) name."""
        return self.names[0]


@dataclass(frozen=True)
class Finding:
    """One flagged span inside one field's text.

    Offsets are character offsets into that field's text, end-exclusive.

    Attributes:
        field_id: The template section the span belongs to ("text" for a plain file).
        start: First character of the span.
        end: One past the last character.
        text: The flagged text itself (kept in memory only; never logged).
        entity: Our label (see ``recognizers.entities``).
        score: Confidence in [0, 1].
        kind: ``direct`` (HIPAA Safe Harbor type) or ``quasi`` (identifies in combination).
        action: The proposed default action.
        recognizer: Name of the recognizer that fired.
        reason: Recognizer and pattern name, shown in review to explain the flag.
    """

    field_id: str
    start: int
    end: int
    text: str
    entity: str
    score: float
    kind: Kind
    action: Action
    recognizer: str
    reason: str = ""

    @property
    def id(self) -> str:
        """A key that is stable while the field's text does not change."""
        return f"{self.field_id}:{self.start}:{self.end}:{self.entity}"


@dataclass(frozen=True)
class Decision:
    """The clinician's decision on a finding or on every occurrence of a string.

    Attributes:
        target: The flagged text the decision applies to (matched case-insensitively).
        entity: The entity label of the finding.
        action: What to do with it.
        replacement: The clinician's own replacement text, if they edited the proposal.
        reason: Required when ``action`` is KEEP: why the group needs the detail.
        field_id: Limit to one field; None means every field.
        start: Limit to one occurrence (offset in ``field_id``); None means every occurrence.
    """

    target: str
    entity: str
    action: Action
    replacement: str | None = None
    reason: str | None = None
    field_id: str | None = None
    start: int | None = None


@dataclass(frozen=True)
class FieldText:
    """The text of one template section."""

    field_id: str
    text: str


@dataclass(frozen=True)
class CaseDraft:
    """What the clinician wrote, plus the private list and their decisions.

    Attributes:
        format_id: Which case-presentation format (see ``templates/*.toml``).
        fields: Section texts in template order.
        known: The private People & places list (never exported).
        decisions: Review decisions.
        meeting_date: The consultation date; relative dates are computed from it.
        title: A working title shown only to the clinician.
        extra_terms: Spans the clinician added by hand as missed identifiers.
    """

    format_id: str
    fields: tuple[FieldText, ...] = ()
    known: tuple[KnownEntry, ...] = ()
    decisions: tuple[Decision, ...] = ()
    meeting_date: dt.date | None = None
    title: str = ""
    extra_terms: tuple[tuple[str, str], ...] = ()  # (text, entity)

    def field_text(self, field_id: str) -> str:
        """The text of one field, or an empty string."""
        for f in self.fields:
            if f.field_id == field_id:
                return f.text
        return ""


@dataclass(frozen=True)
class RedactedSection:
    """One section of the de-identified handout."""

    field_id: str
    title: str
    text: str


@dataclass(frozen=True)
class RedactedDocument:
    """The de-identified case: the only thing ``render`` accepts.

    Attributes:
        format_id: The case-presentation format.
        sections: Redacted section texts in order.
        meeting_date: Shown on the handout.
        changes: Category-only list of what was changed ("names replaced with roles").
            Never originals.
        remains: Category-only summary of quasi-identifiers still present.
    """

    format_id: str
    sections: tuple[RedactedSection, ...]
    meeting_date: dt.date | None = None
    changes: tuple[str, ...] = ()
    remains: tuple[str, ...] = field(default=())
