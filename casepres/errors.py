"""Titled exceptions; messages name files and problems, never case text."""

from __future__ import annotations


class CasepresError(Exception):
    """Base error: a message for the user and a short title for dialogs."""

    def __init__(self, message: str, title: str = "casepres") -> None:
        super().__init__(message)
        self.message = message
        self.title = title


class InputError(CasepresError):
    """An input file is missing, unreadable, binary, too large or malformed."""

    def __init__(self, message: str) -> None:
        super().__init__(message, title="Cannot read input")


class ModelError(CasepresError):
    """The spaCy model is missing or cannot be loaded."""

    def __init__(self, message: str) -> None:
        super().__init__(message, title="Language model unavailable")


class DraftError(CasepresError):
    """A draft file is corrupt, from a newer version, or cannot be written."""

    def __init__(self, message: str) -> None:
        super().__init__(message, title="Draft problem")


class ExportRefused(CasepresError):
    """Export was refused: undecided findings or a leak-check hit."""

    def __init__(self, message: str) -> None:
        super().__init__(message, title="Export refused")
