"""People & places: the clinician's private list of who and where the case is about."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from casepres.model import KnownEntry
from casepres.ui.dialogs.forms import EntryDialog
from casepres.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from casepres.ui.app import CasepresApp


class PeopleScreen(Screen[None]):
    """Add, edit and remove the people and places of the case (never exported)."""

    HELP = """
# People & places (private)

List everyone and every place the case is about: the client, family, other clinicians,
schools, employers, towns. Put aliases and nicknames on the same entry. Every name here
is always flagged, in any case, possessive or misspelt, and the export's leak check
searches the handout for each one.

This list stays in your draft file on this computer. **It is never exported.**
"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_entry", "Add", tooltip="Add a person or place", id="add-entry"),
        Binding(
            "e,enter", "edit_entry", "Edit", tooltip="Edit the highlighted entry", id="edit-entry"
        ),
        Binding(
            "d,delete",
            "remove_entry",
            "Remove",
            tooltip="Remove the highlighted entry",
            id="remove-entry",
        ),
    ]

    @property
    def capp(self) -> CasepresApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="✎")
        yield Static(
            "🔒 PRIVATE: this list never leaves this computer and is never exported. "
            "Every name and alias here is always flagged.",
            id="private-banner",
        )
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True, id="people")
        table.add_columns("Name and aliases", "Role")
        yield table
        yield StatusLine()
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "People & places (private)"
        self._fill()

    def on_screen_resume(self) -> None:
        self._fill()
        self.capp.update_status()

    @property
    def entries(self) -> list[KnownEntry]:
        """The list as shown."""
        return list(self.capp.session.draft.known)

    def _fill(self, cursor: int | None = None) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row if cursor is None else cursor
        table.clear()
        for e in self.entries:
            table.add_row(Text(" | ".join(e.names)), Text(e.role or ""))  # never markup
        if not self.entries:
            table.add_row("(empty: press a to add a person or place)", "")
        table.move_cursor(row=max(0, min(row, table.row_count - 1)))

    def _save(self, entries: list[KnownEntry], cursor: int) -> None:
        self.capp.set_known(entries)
        self._fill(cursor)

    def action_add_entry(self) -> None:
        """Add a person or place."""

        def done(entry: KnownEntry | None) -> None:
            if entry:
                entries = self.entries + [entry]
                self._save(entries, len(entries) - 1)

        self.app.push_screen(EntryDialog(), done)

    def action_edit_entry(self) -> None:
        """Edit the highlighted entry."""
        i = self.query_one(DataTable).cursor_row
        entries = self.entries
        if not 0 <= i < len(entries):
            self.action_add_entry()
            return

        def done(entry: KnownEntry | None) -> None:
            if entry:
                entries[i] = entry
                self._save(entries, i)

        self.app.push_screen(EntryDialog(entries[i]), done)

    def action_remove_entry(self) -> None:
        """Remove the highlighted entry."""
        i = self.query_one(DataTable).cursor_row
        entries = self.entries
        if 0 <= i < len(entries):
            del entries[i]
            self._save(entries, i)
