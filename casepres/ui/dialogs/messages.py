"""Dialogs that tell or ask one thing: an error, or whether to recover a session."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


class ErrorDialog(ModalScreen[None]):
    """A titled error message (never containing case text)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,enter", "close_error", "Close", tooltip="Close this message", id="close-error"
        ),
    ]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self._title = title
        self._message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog-title")
            yield Static(self._message)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Close", variant="primary", id="close")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close_error(self) -> None:
        """Close the message."""
        self.dismiss(None)


class RecoverDialog(ModalScreen[bool]):
    """Offer the autosaved text of an interrupted session: True recovers it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "r", "choose(True)", "Recover", tooltip="Open the autosaved text", id="recover-session"
        ),
        Binding(
            "d",
            "choose(False)",
            "Discard",
            tooltip="Open the last saved draft instead",
            id="discard-recovery",
        ),
    ]

    def __init__(self, saved_name: str) -> None:
        super().__init__()
        self._saved_name = saved_name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Recover unsaved work?", classes="dialog-title")
            yield Static(
                f"The last session on {self._saved_name} ended without saving. "
                "Recover the autosaved text, or discard it and open the last saved draft?"
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Recover (r)", variant="primary", id="recover")
                yield Button("Discard (d)", variant="error", id="discard")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "recover")

    def action_choose(self, recover: bool) -> None:
        """Recover or discard."""
        self.dismiss(recover)
