"""Review: decide every flag, one row per subject (all mentions of one person or place)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from casepres.model import Action
from casepres.ui.dialogs.forms import TextDialog
from casepres.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from casepres.ui.app import CasepresApp

#: Widest Subject cell; longer labels are clipped in the table and shown whole below it.
SUBJECT_WIDTH = 20

_STATUS = {
    Action.PSEUDONYM: "replace",
    Action.GENERALIZE: "general",
    Action.REMOVE: "remove",
    Action.KEEP: "KEEP",
}


class ReviewScreen(Screen[None]):
    """Accept, edit, keep (with a reason) or remove each flagged subject."""

    HELP = """
# Review every flag

Each row is one subject: every mention of one person, place or detail, with the
proposed replacement. Export stays off until every row is decided.

* **Accept** takes the proposal; **Edit** lets you write your own replacement.
* **Keep** leaves the words as written and needs a reason the group needs them.
* **Remove** replaces them with a neutral placeholder.
* **Jump** shows each mention in context (press it again for the next one).
* **All of kind** accepts every open row of the highlighted row's category.

The *What remains* panel lists the details that will still be in the handout:
several harmless details together can still identify someone.
"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "a",
            "accept_subject",
            "Accept",
            tooltip="Accept the proposed replacement",
            id="accept-subject",
        ),
        Binding(
            "e",
            "edit_replacement",
            "Edit",
            tooltip="Write your own replacement",
            id="edit-replacement",
        ),
        Binding(
            "k",
            "keep_subject",
            "Keep",
            tooltip="Keep as written (needs a reason)",
            id="keep-subject",
        ),
        Binding(
            "x",
            "remove_subject",
            "Remove",
            tooltip="Replace with a neutral placeholder",
            id="remove-subject",
        ),
        Binding(
            "j",
            "jump_occurrence",
            "Jump",
            tooltip="Show the next mention in context",
            id="jump-occurrence",
        ),
        Binding(
            "c",
            "accept_category",
            "All of kind",
            tooltip="Accept all open rows of this category",
            id="accept-category",
        ),
        Binding(
            "u", "undo_decision", "Undo", tooltip="Make the row open again", id="undo-decision"
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.subjects: list[Any] = []
        """The policy's subjects, in table order."""
        self._jump: dict[str, int] = {}

    @property
    def capp(self) -> CasepresApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="✎")
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True, id="subjects")
        table.add_columns("Status", "Subject", "Category", "×", "Becomes")
        yield table
        yield Static("", id="detail")
        yield Static("", id="remains")
        yield StatusLine()
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Review"
        self.refresh_subjects()

    def on_screen_resume(self) -> None:
        self.refresh_subjects()
        self.capp.update_status()

    def on_casepres_app_analysis_updated(self, event: Any) -> None:
        self.refresh_subjects()

    # ----------------------------------------------------------- table

    def status_of(self, subject: Any) -> str:
        """``open``, ``partly`` or the decided action, for one subject."""
        decisions = [self.capp.session.decision(m) for m in subject.mentions]
        if all(d is None for d in decisions):
            return "open"
        if any(d is None for d in decisions):
            return "partly"
        d = decisions[0]
        assert d is not None
        return (
            "edited"
            if d.replacement and d.replacement != subject.replacement
            else _STATUS[d.action]
        )

    def _becomes(self, subject: Any) -> str:
        d = self.capp.session.decision(subject.mentions[0])
        if d is None:
            return subject.replacement or "(removed)"
        if d.action == Action.KEEP:
            return "(as written)"
        if d.action == Action.REMOVE:  # the placeholder the handout will show, not the proposal
            from casepres import policy_data

            return d.replacement or policy_data.placeholder(subject.entity)
        return d.replacement or subject.replacement or "(removed)"

    def refresh_subjects(self) -> None:
        """Rebuild the table from the current analysis and decisions."""
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        session = self.capp.session
        if self.capp.model_state != "ready":
            self.subjects = []
        else:
            self.subjects = list(session.plan(_today()).subjects)
        for s in self.subjects:
            status = self.status_of(s)
            # Text cells: case words and "[phone removed]" must not be read as markup.
            # The subject is clipped so "Becomes" stays readable at 80 columns; the detail
            # line below the table shows both in full.
            label = _clip(s.label, SUBJECT_WIDTH)
            cells = (status, label, s.entity.lower(), str(len(s.mentions)), self._becomes(s))
            table.add_row(*(Text(c) for c in cells), key=s.id)
        if self.subjects:
            table.move_cursor(row=max(0, min(row, table.row_count - 1)))
        self._show_detail()
        self._show_remains()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def current(self) -> Any | None:
        """The highlighted subject."""
        i = self.query_one(DataTable).cursor_row
        return self.subjects[i] if 0 <= i < len(self.subjects) else None

    def _show_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        s = self.current()
        if s is None:
            msg = "Loading the model…" if self.capp.model_state == "loading" else "Nothing flagged."
            detail.update(msg)
            return
        where = Counter(self.capp.session.title_of(m.field_id) for m in s.mentions)
        places = ", ".join(f"{t} ({n})" if n > 1 else t for t, n in where.items())
        why = s.mentions[0].reason or s.mentions[0].recognizer
        detail.update(
            Text.assemble(
                (s.label, "bold"),
                " → ",
                (self._becomes(s), "bold"),
                "\n",
                (s.mentions[0].kind, "bold"),
                f" · in {places} · why: {why}",
            )
        )

    def _show_remains(self) -> None:
        kept: Counter[str] = Counter()
        open_: Counter[str] = Counter()
        for s in self.subjects:
            st = self.status_of(s)
            if st == "KEEP":
                kept[s.entity.lower()] += 1
            elif st in {"open", "partly"}:
                open_[s.entity.lower()] += 1
        parts = []
        if kept:
            parts.append(
                "kept as written: " + ", ".join(f"{k} ×{n}" for k, n in sorted(kept.items()))
            )
        if open_:
            parts.append("undecided: " + ", ".join(f"{k} ×{n}" for k, n in sorted(open_.items())))
        text = "; ".join(parts) if parts else "every flagged detail will be replaced or generalized"
        warn = (
            "  ⚠ several kept details together can identify someone"
            if sum(kept.values()) >= 3
            else ""
        )
        self.query_one("#remains", Static).update(f"[b]What remains:[/b] {text}{warn}")

    # ----------------------------------------------------------- actions

    def _decide(
        self,
        subjects: list[Any],
        action: Action,
        *,
        replacement: str | None = None,
        reason: str | None = None,
    ) -> None:
        for s in subjects:
            rep = (
                replacement
                if replacement is not None
                else (s.replacement if action in {Action.PSEUDONYM, Action.GENERALIZE} else None)
            )
            self.capp.session.decide(s.mentions, action, replacement=rep, reason=reason)
        self.capp.decisions_changed()
        self.refresh_subjects()
        table = self.query_one(DataTable)
        if len(subjects) == 1 and table.cursor_row + 1 < table.row_count:
            table.move_cursor(row=table.cursor_row + 1)

    def action_accept_subject(self) -> None:
        """Accept the proposed replacement for the highlighted subject."""
        s = self.current()
        if s is not None:
            action = s.action if s.action != Action.KEEP else Action.KEEP
            if action == Action.KEEP:
                self.action_keep_subject()
                return
            self._decide([s], action)

    def action_edit_replacement(self) -> None:
        """Replace the highlighted subject with the clinician's own words."""
        s = self.current()
        if s is None:
            return

        def done(value: str | None) -> None:
            if value:
                action = (
                    s.action
                    if s.action in {Action.PSEUDONYM, Action.GENERALIZE}
                    else Action.PSEUDONYM
                )
                self._decide([s], action, replacement=value)

        self.app.push_screen(
            TextDialog(
                "Edit replacement",
                f"Replace {s.entity.lower()} ‘{s.label}’ with:",
                s.replacement,
                required=True,
            ),
            done,
        )

    def action_keep_subject(self) -> None:
        """Keep the highlighted subject as written, with a required reason."""
        s = self.current()
        if s is None:
            return

        def done(value: str | None) -> None:
            if value:
                self._decide([s], Action.KEEP, reason=value)

        self.app.push_screen(
            TextDialog(
                "Keep as written", "Why does the group need this detail? (required)", required=True
            ),
            done,
        )

    def action_remove_subject(self) -> None:
        """Replace the highlighted subject with a neutral placeholder."""
        s = self.current()
        if s is not None:
            self._decide([s], Action.REMOVE)

    def action_undo_decision(self) -> None:
        """Make the highlighted subject open again."""
        s = self.current()
        if s is not None:
            self.capp.session.undo(s.mentions)
            self.capp.decisions_changed()
            self.refresh_subjects()

    def action_accept_category(self) -> None:
        """Accept the proposal for every open subject of the highlighted subject's category."""
        s = self.current()
        if s is None:
            return
        same = [
            x
            for x in self.subjects
            if x.entity == s.entity
            and self.status_of(x) in {"open", "partly"}
            and x.action != Action.KEEP
        ]
        by_action: dict[Action, list[Any]] = {}
        for x in same:
            by_action.setdefault(x.action, []).append(x)
        for action, group in by_action.items():
            self._decide(group, action)
        self.notify(f"Accepted {len(same)} {s.entity.lower()} row(s).", timeout=2)

    def action_jump_occurrence(self) -> None:
        """Show the next mention of the highlighted subject in the compose screen."""
        s = self.current()
        if s is None:
            return
        n = self._jump.get(s.id, 0) % len(s.mentions)
        self._jump[s.id] = n + 1
        m = s.mentions[n]
        self.capp.jump_to(m.field_id, m.start, m.end)


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _today() -> Any:
    from casepres.ui import app

    return app.today()
