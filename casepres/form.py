"""Case-presentation formats: sections, prompts and minimum-necessary hints read from TOML."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casepres import paths
from casepres.errors import CasepresError

DEFAULT_FORMAT_ID = "structured"
"""The format a new draft starts with."""

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"
"""Built-in formats and handout templates (shipped in the wheel as ``templates/``)."""

# handout.toml holds the fixed handout wording, not a format.
_RESERVED = frozenset({"handout"})
_FORMAT_KEYS = frozenset({"name", "description", "question", "discussion", "sections"})
_SECTION_KEYS = frozenset({"id", "title", "prompt", "hint", "required", "length_hint"})


class FormatError(CasepresError):
    """A format file is malformed; the message names the file and the field."""

    def __init__(self, message: str) -> None:
        super().__init__(message, title="Format problem")


@dataclass(frozen=True)
class SectionSpec:
    """One section of a case-presentation format.

    Attributes:
        id: Stable field id (the ``FieldText.field_id`` of the draft).
        title: Heading shown in the form and on the handout.
        prompt: What to write here.
        hint: A short minimum-necessary reminder.
        required: Whether the section must be filled in.
        length_hint: Suggested length ("1–3 sentences").
    """

    id: str
    title: str
    prompt: str
    hint: str
    required: bool
    length_hint: str


@dataclass(frozen=True)
class FormatSpec:
    """A case-presentation format.

    Attributes:
        id: The file name without ``.toml``.
        name: Display name.
        description: One sentence on when to use it.
        sections: Sections in presentation order.
        question_id: The section shown first on the handout as the consultation question
            ("" when the format has none).
        discussion: Format-specific discussion prompts for the handout.
        source: The file the format was read from.
    """

    id: str
    name: str
    description: str
    sections: tuple[SectionSpec, ...]
    question_id: str = ""
    discussion: tuple[str, ...] = ()
    source: Path | None = None

    def section(self, section_id: str) -> SectionSpec | None:
        """The section with this id, or None."""
        for s in self.sections:
            if s.id == section_id:
                return s
        return None


def load_formats(user_dir: Path | None = None) -> dict[str, FormatSpec]:
    """All formats: the built-in ones, then the user's, which add or override by id.

    Args:
        user_dir: Folder of user ``*.toml`` formats; default ``paths.user_formats_dir()``.
            A missing folder is fine.

    Returns:
        Formats by id, built-ins first in name order, then user-only formats.

    Raises:
        FormatError: a format file is unreadable or malformed (names the file and field).
    """
    formats: dict[str, FormatSpec] = {}
    folder = paths.user_formats_dir() if user_dir is None else user_dir
    for directory in (TEMPLATES_DIR, folder):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            if path.stem in _RESERVED:
                if directory == TEMPLATES_DIR:
                    continue
                raise FormatError(f"{path}: '{path.stem}' is a reserved name; rename the file")
            formats[path.stem] = read_format(path)
    return formats


def get_format(format_id: str, user_dir: Path | None = None) -> FormatSpec:
    """One format by id.

    Raises:
        FormatError: no such format, or a format file is malformed.
    """
    formats = load_formats(user_dir)
    try:
        return formats[format_id]
    except KeyError:
        known = ", ".join(sorted(formats))
        raise FormatError(f"unknown format '{format_id}' (available: {known})") from None


def read_format(path: Path) -> FormatSpec:
    """Read and validate one format file; its id is the file name without ``.toml``.

    Raises:
        FormatError: naming the file and the offending field.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise FormatError(f"{path}: not valid TOML ({exc})") from None
    return parse_format(path.stem, data, path)


def parse_format(format_id: str, data: dict[str, Any], path: Path) -> FormatSpec:
    """Validate the parsed TOML of one format.

    Raises:
        FormatError: naming ``path`` and the offending field.
    """

    def fail(field: str, problem: str) -> FormatError:
        return FormatError(f"{path}: {field}: {problem}")

    _check_keys(data, _FORMAT_KEYS, "", fail)
    name = _text(data, "name", "name", fail)
    description = _text(data, "description", "description", fail, required=False)
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise fail("sections", "needs at least one [[sections]] table")
    sections: list[SectionSpec] = []
    for i, raw in enumerate(raw_sections):
        where = f"sections[{i + 1}]"
        if not isinstance(raw, dict):
            raise fail(where, "must be a table")
        _check_keys(raw, _SECTION_KEYS, where + ".", fail)
        section_id = _text(raw, "id", f"{where}.id", fail)
        if not section_id.replace("_", "").isalnum() or not section_id.isascii():
            raise fail(f"{where}.id", "use letters, digits and underscores only")
        if any(s.id == section_id for s in sections):
            raise fail(f"{where}.id", f"duplicate section id '{section_id}'")
        required = raw.get("required", False)
        if not isinstance(required, bool):
            raise fail(f"{where}.required", "must be true or false")
        sections.append(
            SectionSpec(
                id=section_id,
                title=_text(raw, "title", f"{where}.title", fail),
                prompt=_text(raw, "prompt", f"{where}.prompt", fail),
                hint=_text(raw, "hint", f"{where}.hint", fail, required=False),
                required=required,
                length_hint=_text(raw, "length_hint", f"{where}.length_hint", fail, required=False),
            )
        )
    question = _text(data, "question", "question", fail, required=False)
    if question and question not in {s.id for s in sections}:
        raise fail("question", f"no section has id '{question}'")
    discussion = data.get("discussion", [])
    if not isinstance(discussion, list) or not all(
        isinstance(d, str) and d.strip() for d in discussion
    ):
        raise fail("discussion", "must be a list of non-empty strings")
    return FormatSpec(
        id=format_id,
        name=name,
        description=description,
        sections=tuple(sections),
        question_id=question,
        discussion=tuple(d.strip() for d in discussion),
        source=path,
    )


def _check_keys(table: dict[str, Any], allowed: frozenset[str], prefix: str, fail: Any) -> None:
    """Reject unknown keys so a typo ('requried') is an error, not a silent default."""
    for key in table:
        if key not in allowed:
            raise fail(
                f"{prefix}{key}", f"unknown field (expected one of: {', '.join(sorted(allowed))})"
            )


def _text(table: dict[str, Any], key: str, field: str, fail: Any, *, required: bool = True) -> str:
    """A string field, stripped; missing or blank is an error when required."""
    value = table.get(key)
    if value is None:
        if required:
            raise fail(field, "missing")
        return ""
    if not isinstance(value, str):
        raise fail(field, "must be a string")
    if required and not value.strip():
        raise fail(field, "must not be empty")
    return value.strip()
