"""Compose: the format's sections as text areas, with flags highlighted as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static, TextArea

from casepres.ui.dialogs.forms import CategoryDialog
from casepres.ui.widgets.section_editor import FlagTextArea
from casepres.ui.widgets.status import StatusLine
from recognizers import entities as E

if TYPE_CHECKING:
    from casepres.ui.app import CasepresApp


class ComposeScreen(Screen[None]):
    """Write the case, one section at a time."""

    HELP = """
# Write the case

Each section has a prompt and a *minimum-necessary* hint. Identifying details are
highlighted as you type: **red** for direct identifiers (names, dates, places, contacts),
**yellow** for details that identify in combination (age, job, rare events). Green
means you have already decided what to do with it in Review.

The draft is autosaved within two seconds of your last keystroke.
Select text the analysis missed and press **Ctrl+F** to flag it everywhere.
"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+f",
            "flag_selection",
            "Flag",
            tooltip="Flag the selected text as an identifier",
            id="flag-selection",
        ),
        Binding(
            "ctrl+n", "next_flag", "Next", tooltip="Select the next flagged span", id="next-flag"
        ),
    ]

    class JumpRequested(Message):
        """Show one span of one section, selected."""

        def __init__(self, field_id: str, start: int, end: int) -> None:
            super().__init__()
            self.field_id = field_id
            self.start = start
            self.end = end

    @property
    def capp(self) -> CasepresApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        session = self.capp.session
        yield Header(show_clock=False, icon="✎")
        with VerticalScroll(id="sections"):
            for s in session.sections:
                # Text, not markup: format files are user-editable.
                yield Label(Text(s.title + (" *" if s.required else "")), classes="section-title")
                yield Static(Text(s.prompt), classes="prompt")
                yield FlagTextArea(session.draft.field_text(s.id), s.id, id=f"field-{s.id}")
                hint = " · ".join(x for x in (s.hint, s.length_hint) if x)
                if hint:
                    yield Static(Text(hint), classes="hint")
        yield StatusLine()
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Write"
        self._paint()

    def on_screen_resume(self) -> None:
        self._paint()
        self.capp.update_status()

    def _areas(self) -> list[FlagTextArea]:
        return list(self.query(FlagTextArea))

    def _paint(self, field_ids: frozenset[str] | None = None) -> None:
        session = self.capp.session
        decided = lambda f: session.decision(f) is not None  # noqa: E731
        for area in self._areas():
            if field_ids is None or area.field_id in field_ids:
                area.show_findings(session.analysis.get(area.field_id, []), decided)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        if isinstance(area, FlagTextArea):
            self.capp.section_edited(area.field_id, area.text)
            self._paint(frozenset({area.field_id}))

    def on_casepres_app_analysis_updated(self, event: Message) -> None:
        self._paint(event.field_ids)  # type: ignore[attr-defined]

    def on_casepres_app_draft_replaced(self, event: Message) -> None:
        session = self.capp.session
        for area in self._areas():
            area.load_text(session.draft.field_text(area.field_id))
        self._paint()

    def on_compose_screen_jump_requested(self, event: JumpRequested) -> None:
        area = self.query_one(f"#field-{event.field_id}", FlagTextArea)
        area.focus()
        area.select_span(event.start, event.end)
        area.scroll_visible()

    def action_flag_selection(self) -> None:
        """Flag the selected text (everywhere it occurs) as a missed identifier."""
        area = self.focused
        span = area.selected_span() if isinstance(area, FlagTextArea) else None
        if not isinstance(area, FlagTextArea) or span is None:
            self.notify("Select the words to flag first (shift+arrows or drag).", timeout=3)
            return
        text = area.text[span[0] : span[1]].strip()
        if not text:
            return

        def chosen(entity: str | None) -> None:
            if entity:
                self.capp.add_extra_term(text, entity)
                self.notify(f"Flagged as {entity}; it is flagged everywhere it appears.", timeout=3)

        self.app.push_screen(CategoryDialog(list(E.ALL)), chosen)

    def action_next_flag(self) -> None:
        """Select the next flagged span after the cursor, across sections."""
        areas = self._areas()
        if not areas:
            return
        focused = self.focused if isinstance(self.focused, FlagTextArea) else areas[0]
        i = areas.index(focused)
        here = focused.index_of_cursor()
        for n, area in enumerate(areas[i:] + areas[:i]):
            spans = sorted(area.findings, key=lambda f: f.start)
            for f in spans:
                if n > 0 or f.start >= here and (f.start, f.end) != focused.selected_span():
                    area.focus()
                    area.select_span(f.start, f.end)
                    area.scroll_visible()
                    return
        self.notify("No flags in this draft.", timeout=2)
