"""``casepres templates``: list the case-presentation formats (built-in and user)."""

from __future__ import annotations

import argparse
import sys
import textwrap

from casepres import form, paths


def run(args: argparse.Namespace) -> int:
    """Print each format's id, name, sections and description; the default comes first."""
    formats = form.load_formats()
    ordered = sorted(formats.values(), key=lambda f: (f.id != form.DEFAULT_FORMAT_ID, f.id))
    sys.stdout.write(format_list(ordered))
    sys.stdout.write(f"\nAdd or override formats in {paths.user_formats_dir()} (one .toml each).\n")
    return 0


def format_list(formats: list[form.FormatSpec]) -> str:
    """A readable listing of formats."""
    width = max((len(f.id) for f in formats), default=0) + 2
    lines: list[str] = []
    for f in formats:
        tags = []
        if f.id == form.DEFAULT_FORMAT_ID:
            tags.append("default")
        if f.source is not None and f.source.parent != form.TEMPLATES_DIR:
            tags.append("user")
        tag = f" [{', '.join(tags)}]" if tags else ""
        lines.append(f"{f.id:<{width}}{f.name}{tag}")
        indent = " " * width
        if f.description:
            lines.extend(
                textwrap.wrap(f.description, 88, initial_indent=indent, subsequent_indent=indent)
            )
        titles = "; ".join(s.title + ("" if s.required else " (optional)") for s in f.sections)
        lines.extend(
            textwrap.wrap(
                f"Sections: {titles}", 88, initial_indent=indent, subsequent_indent=indent + "  "
            )
        )
    return "\n".join(lines) + "\n"
