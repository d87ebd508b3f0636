"""A section's text area with flagged spans highlighted inline by kind and decided/open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from rich.style import Style
from textual.widgets import TextArea
from textual.widgets.text_area import Document, TextAreaTheme

from casepres.model import Finding

#: Highlight styles by (kind, decided). Foreground and background are both set so the
#: marks read the same on light and dark terminals.
FLAG_STYLES: dict[str, Style] = {
    "flag-direct-open": Style(color="bright_white", bgcolor="red3", bold=True),
    "flag-quasi-open": Style(color="black", bgcolor="gold1"),
    "flag-direct-decided": Style(color="bright_white", bgcolor="green4", underline=True),
    "flag-quasi-decided": Style(color="black", bgcolor="dark_sea_green2", underline=True),
}

THEME = TextAreaTheme(name="casepres-flags", syntax_styles=FLAG_STYLES)


class FlagTextArea(TextArea):
    """A TextArea for one section that paints the section's findings.

    Attributes:
        field_id: The section this area edits.
    """

    DEFAULT_CSS = """
    FlagTextArea { height: auto; min-height: 3; max-height: 12; }
    """

    def __init__(self, text: str, field_id: str, **kwargs: object) -> None:
        super().__init__(text, soft_wrap=True, show_line_numbers=False, **kwargs)  # type: ignore[arg-type]
        self.field_id = field_id
        self._findings: Sequence[Finding] = ()
        self._is_decided: Callable[[Finding], bool] = lambda f: False
        self.register_theme(THEME)
        self.theme = THEME.name

    def show_findings(
        self, findings: Sequence[Finding], is_decided: Callable[[Finding], bool]
    ) -> None:
        """Paint these findings (offsets into this area's text)."""
        self._findings = tuple(findings)
        self._is_decided = is_decided
        self._build_highlight_map()
        self.refresh()

    @property
    def findings(self) -> Sequence[Finding]:
        """The findings currently painted."""
        return self._findings

    def _build_highlight_map(self) -> None:
        """Turn character spans into per-line byte-column highlights (TextArea's format)."""
        super()._build_highlight_map()
        findings = getattr(self, "_findings", ())
        if not findings:
            return
        lines = self.document.lines
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        text_len = starts[-1] + len(lines[-1])
        highlights = self._highlights
        row = 0
        for f in sorted(findings, key=lambda x: x.start):
            if f.end > text_len:
                continue
            name = f"flag-{f.kind}-{'decided' if self._is_decided(f) else 'open'}"
            while row + 1 < len(starts) and starts[row + 1] <= f.start:
                row += 1
            r = row
            pos = f.start
            while pos < f.end and r < len(lines):
                line = lines[r]
                col_start = pos - starts[r]
                col_end = min(f.end - starts[r], len(line))
                b_start = len(line[:col_start].encode("utf-8"))
                b_end = len(line[:col_end].encode("utf-8"))
                if b_end > b_start:
                    highlights[r].append((b_start, b_end, name))
                r += 1
                if r < len(starts):
                    pos = starts[r]

    @property
    def doc(self) -> Document:
        """The plain document (a TextArea without a language always holds one)."""
        return cast(Document, self.document)

    def index_of_cursor(self) -> int:
        """Character offset of the cursor (the selection's end)."""
        return self.doc.get_index_from_location(self.selection.end)

    def select_span(self, start: int, end: int) -> None:
        """Select characters ``start``–``end`` and scroll them into view."""
        doc = self.doc
        self.selection = self.selection.__class__(
            doc.get_location_from_index(start), doc.get_location_from_index(end)
        )
        self.scroll_cursor_visible(center=True)

    def selected_span(self) -> tuple[int, int] | None:
        """The selected character range, or None when nothing is selected."""
        sel = self.selection
        if sel.start == sel.end:
            return None
        a = self.doc.get_index_from_location(sel.start)
        b = self.doc.get_index_from_location(sel.end)
        return (min(a, b), max(a, b))
