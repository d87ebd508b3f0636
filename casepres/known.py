"""Parses and writes the private People & places list (one person or place per line)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from casepres.inputs import read_text_file
from casepres.model import KnownEntry


def parse_known(text: str) -> tuple[KnownEntry, ...]:
    """Parse the list format from DESIGN.md.

    ``Maria Gonzalez | Mari | Ms. G = client`` is one entry with two aliases and a role;
    ``#`` starts a comment; blank lines are ignored.
    """
    entries: list[KnownEntry] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        names_part, _, role = line.partition("=")
        names = tuple(n.strip() for n in names_part.split("|") if n.strip())
        if names:
            entries.append(KnownEntry(names=names, role=role.strip() or None))
    return tuple(entries)


def format_known(entries: Iterable[KnownEntry]) -> str:
    """The inverse of ``parse_known``."""
    lines = []
    for e in entries:
        line = " | ".join(e.names)
        if e.role:
            line += f" = {e.role}"
        lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")


def read_known(path: Path) -> tuple[KnownEntry, ...]:
    """Read a People & places file; errors name the file, never its contents."""
    return parse_known(read_text_file(path))
