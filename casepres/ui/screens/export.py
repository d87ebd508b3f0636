"""Export: preview the de-identified handout, see the leak check, write Markdown or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TextArea

from casepres import form, output
from casepres.errors import ExportRefused
from casepres.ui.dialogs.forms import TextDialog
from casepres.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from casepres.ui.app import CasepresApp

_NO_PREVIEW = "(The preview of the handout appears here once every flag is decided.)"


class ExportScreen(Screen[None]):
    """The handout exactly as it will be written, and the two ways to write it."""

    HELP = """
# Export the handout

The preview is the de-identified handout exactly as it will be written. Before any file
is written, the leak check reads the final text again and searches it for every name on
your People & places list and every original identifier.

Export is refused while any flag is undecided or the leak check finds something; the
message says which section and line, never the identifier itself.
"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "m",
            "export_markdown",
            "Markdown",
            tooltip="Write the handout as Markdown",
            id="export-markdown",
        ),
        Binding("p", "export_pdf", "PDF", tooltip="Write the handout as PDF", id="export-pdf"),
        Binding(
            "r",
            "refresh_preview",
            "Refresh",
            tooltip="Build the preview again",
            id="refresh-preview",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.verdict = "pending"
        """``pending``, ``ok``, ``refused`` or ``unavailable`` (for tests and the status)."""
        self.written: Path | None = None
        """The last file written."""

    @property
    def capp(self) -> CasepresApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="✎")
        yield Static("", id="verdict")
        yield TextArea("", read_only=True, soft_wrap=True, id="preview", show_cursor=False)
        yield StatusLine()
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Export"

    def on_screen_resume(self) -> None:
        self.action_refresh_preview()
        self.capp.update_status()

    def _say(self, verdict: str, message: str) -> None:
        self.verdict = verdict
        box = self.query_one("#verdict", Static)
        box.set_classes(f"verdict-{verdict}")
        box.update(Text(message))

    def action_refresh_preview(self) -> None:
        """Check the draft and rebuild the preview."""
        app = self.capp
        if app.model_state != "ready":
            self._say(
                "unavailable", "Export is off until the model has loaded and flagged the draft."
            )
            return
        open_where = app.session.open_by_section()
        if open_where:
            n = sum(c for _, c in open_where)
            where = ", ".join(f"{t} ({c})" for t, c in open_where)
            self._say(
                "refused",
                f"✗ Not yet: {n} flag(s) undecided in {where}. Decide them in Review (F4).",
            )
            self.query_one("#preview", TextArea).load_text(_NO_PREVIEW)
            return
        self._say("pending", "Checking the handout…")
        self._build_preview()

    def _handout(self, kind: str) -> bytes:
        from casepres.commands.export import build_handout

        app = self.capp
        draft = app.session.draft
        fmt = form.get_format(draft.format_id)
        # Hold the analysis lock: the engine serves one analysis at a time.
        data: bytes = app.analyze_locked(
            lambda: build_handout(draft, fmt, app.analyzer, kind, label=app.session.path.name)
        )
        return data

    @work(thread=True, exit_on_error=False, group="preview", exclusive=True)
    def _build_preview(self) -> None:
        try:
            text = self._handout("md").decode("utf-8")
        except ExportRefused as exc:
            self.app.call_from_thread(self._refused, exc.message)
            return
        self.app.call_from_thread(self._previewed, text)

    def _refused(self, message: str) -> None:
        self._say("refused", f"✗ Refused: {message}")
        self.query_one("#preview", TextArea).load_text(_NO_PREVIEW)

    def _previewed(self, text: str) -> None:
        self._say(
            "ok",
            "✓ Leak check passed: nothing on your list or flagged is left. m: Markdown · p: PDF",
        )
        self.query_one("#preview", TextArea).load_text(text)

    def _ask_path(self, kind: str) -> None:
        if self.verdict != "ok":
            self.notify(
                "Export is refused; see the message at the top.", severity="warning", timeout=3
            )
            return
        default = Path.home() / f"{self.capp.session.path.stem}-handout.{kind}"

        def chosen(value: str | None) -> None:
            if value:
                self._write_handout(Path(value).expanduser(), kind)

        self.app.push_screen(
            TextDialog("Export handout", f"Write the {kind.upper()} handout to:", str(default)),
            chosen,
        )

    @work(thread=True, exit_on_error=False, group="export")
    def _write_handout(self, path: Path, kind: str) -> None:
        try:
            data = self._handout(kind)
        except ExportRefused as exc:
            self.app.call_from_thread(self._refused, exc.message)
            return
        output.write_atomic(path, data)
        self.app.call_from_thread(self._written, path)

    def _written(self, path: Path) -> None:
        self.written = path
        self.notify(f"Wrote {path}", timeout=4)

    def action_export_markdown(self) -> None:
        """Write the handout as Markdown."""
        self._ask_path("md")

    def action_export_pdf(self) -> None:
        """Write the handout as PDF."""
        self._ask_path("pdf")

    def on_casepres_app_analysis_updated(self, event: Any) -> None:
        if self.verdict in {"unavailable", "refused"}:
            self.action_refresh_preview()
