"""Dialogs that ask for text: a replacement or reason, a People & places entry, a category."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static

from casepres.model import KnownEntry

_CANCEL: list[BindingType] = [
    Binding(
        "escape", "cancel", "Cancel", tooltip="Close without changing anything", id="cancel-dialog"
    ),
]


class TextDialog(ModalScreen[str | None]):
    """One line of text (a replacement, a reason, a file name); None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = list(_CANCEL)

    def __init__(self, title: str, prompt: str, value: str = "", *, required: bool = False) -> None:
        super().__init__()
        self._title = title
        self._prompt = prompt
        self._value = value
        self._required = required

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog-title")
            yield Static(Text(self._prompt))  # may quote case words: never markup
            yield Input(self._value, id="value")
            yield Static("", id="problem", classes="problem")
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        value = self.query_one("#value", Input).value.strip()
        if self._required and not value:
            self.query_one("#problem", Static).update("This is required.")
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        """Close without a value."""
        self.dismiss(None)


class EntryDialog(ModalScreen[KnownEntry | None]):
    """Add or edit one person or place: names with aliases, and an optional role."""

    BINDINGS: ClassVar[list[BindingType]] = list(_CANCEL)

    def __init__(self, entry: KnownEntry | None = None) -> None:
        super().__init__()
        self._entry = entry

    def compose(self) -> ComposeResult:
        e = self._entry
        with Vertical(classes="dialog"):
            yield Label("Edit entry" if e else "Add a person or place", classes="dialog-title")
            yield Static("Name, then aliases, separated by |  (Maria Gonzalez | Mari | Ms. G)")
            yield Input(" | ".join(e.names) if e else "", id="names")
            yield Static("Role (optional): client, client's sister, school…")
            yield Input((e.role or "") if e else "", id="role")
            yield Static("", id="problem", classes="problem")
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "names":
            self.query_one("#role", Input).focus()
        else:
            self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        raw = self.query_one("#names", Input).value
        names = tuple(n.strip() for n in raw.split("|") if n.strip())
        if not names:
            self.query_one("#problem", Static).update("Give at least one name.")
            return
        role = self.query_one("#role", Input).value.strip() or None
        self.dismiss(KnownEntry(names=names, role=role))

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)


class CategoryDialog(ModalScreen[str | None]):
    """Pick the category of a span the clinician flags by hand."""

    BINDINGS: ClassVar[list[BindingType]] = list(_CANCEL)

    def __init__(self, categories: list[str]) -> None:
        super().__init__()
        self._categories = categories

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Flag the selection as…", classes="dialog-title")
            yield OptionList(*self._categories, id="categories")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._categories[event.option_index])

    def action_cancel(self) -> None:
        """Close without flagging."""
        self.dismiss(None)
