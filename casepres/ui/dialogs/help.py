"""F1 help, generated from the active bindings and the screen's HELP Markdown."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen


def help_markdown(screen: Screen[object]) -> str:
    """The help text for a screen: its HELP string, then a table of its active keys."""
    app = screen.app
    rows = []
    seen = set()
    for key, active in screen.active_bindings.items():
        b = active.binding
        if not b.description or b.id in seen or key in seen:
            continue
        seen.add(b.id or key)
        tip = (b.tooltip or "").replace("|", "/")
        rows.append(f"| `{app.get_key_display(b)}` | {b.description} | {tip} |")
    intro = getattr(screen, "HELP", None) or ""
    table = "| Key | Action | What it does |\n|---|---|---|\n" + "\n".join(rows)
    return f"{intro.strip()}\n\n## Keys\n\n{table}\n"


class HelpDialog(ModalScreen[None]):
    """Help for the screen underneath; any of Escape, F1 or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "dismiss_help", "Close", tooltip="Close help", id="close-help"),
    ]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self._markdown = markdown

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown  # markdown-it and pygments load only when asked

        with VerticalScroll(id="help-body", classes="dialog"):
            yield Markdown(self._markdown)

    def action_dismiss_help(self) -> None:
        """Close the help."""
        self.dismiss(None)
