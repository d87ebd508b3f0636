"""The one-line status bar: model state, open-flag counts and save state."""

from __future__ import annotations

from textual.widgets import Static


class StatusLine(Static):
    """Shows ``CasepresApp.status_text()``; the app updates it."""

    DEFAULT_CSS = """
    StatusLine { height: 1; padding: 0 1; background: $panel; color: $text; }
    """

    def on_mount(self) -> None:
        self.update(self.app.status_text())  # type: ignore[attr-defined]
