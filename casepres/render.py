"""Render a RedactedDocument as a Markdown or PDF handout from one shared context."""

from __future__ import annotations

import functools
import json
import re
import threading
import tomllib
import unicodedata
from typing import Any

import jinja2
from markupsafe import Markup

from casepres.errors import CasepresError
from casepres.form import TEMPLATES_DIR, FormatSpec
from casepres.model import RedactedDocument

_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")  # fmt: skip

# Markdown: characters escaped wherever they occur. Backslash first in the class is
# harmless; each match is prefixed with one backslash (CommonMark: any ASCII
# punctuation may be escaped and then renders literally).
_MD_ALWAYS = re.compile(r"([\\`*_\[\]<>&|~$#])")
# ...and characters that only start a block at the beginning of a line.
_MD_LINE_START = re.compile(r"^([-+=])")
_MD_ORDERED = re.compile(r"^(\d{1,9})([.)])")


def render_markdown(doc: RedactedDocument, fmt: FormatSpec) -> str:
    """The handout as Markdown; every value from the document renders literally.

    Args:
        doc: The de-identified document (the only case content render accepts).
        fmt: Its case-presentation format (question section, discussion prompts).
    """
    return _jinja().get_template("handout.md.j2").render(handout_context(doc, fmt))


def render_pdf(doc: RedactedDocument, fmt: FormatSpec) -> bytes:
    """The handout as a typeset PDF (Typst, built-in fonts only, no temp files).

    The data goes to the template as JSON through ``sys.inputs``, so case text is a
    Typst string and can never be read as markup.

    Raises:
        CasepresError: Typst failed (the message never contains case text).
    """
    import typst

    data = json.dumps(handout_context(doc, fmt), ensure_ascii=False)
    compiler = _typst_compiler()
    try:
        with _TYPST_LOCK:
            pdf = compiler.compile(format="pdf", sys_inputs={"data": data})
    except typst.TypstError:
        # Typst diagnostics can quote values, so none of it goes into the message.
        raise CasepresError(
            "could not typeset the PDF handout (template error)", "Render"
        ) from None
    if not isinstance(pdf, bytes):
        raise CasepresError("could not typeset the PDF handout (no output)", "Render")
    return pdf


def handout_text_sections(doc: RedactedDocument, fmt: FormatSpec) -> list[tuple[str, str]]:
    """(title, text) of every part of the handout that comes from the document.

    The texts are exactly what a reader sees (after the normalisation both renderers
    share), so the leak check inspects the final words, not the draft's.
    """
    ctx = handout_context(doc, fmt)
    parts: list[dict[str, Any]] = ([ctx["question"]] if ctx["question"] else []) + ctx["sections"]
    out = [(p["title"], "\n\n".join("\n".join(lines) for lines in p["paragraphs"])) for p in parts]
    wording = ctx["wording"]
    if doc.changes:
        out.append((wording["changes_title"], "\n".join(ctx["changes"])))
    if ctx["remains"]:
        out.append((wording["remains_title"], "\n".join(ctx["remains"])))
    return out


def handout_context(doc: RedactedDocument, fmt: FormatSpec) -> dict[str, Any]:
    """The JSON-ready context shared by the Markdown and Typst templates."""
    wording = _wording()
    question: dict[str, Any] | None = None
    sections: list[dict[str, Any]] = []
    for s in doc.sections:
        paragraphs = display_paragraphs(s.text)
        if not paragraphs:
            continue  # optional sections left empty do not appear
        spec = fmt.section(s.field_id)
        title = _one_line(s.title) or (spec.title if spec else "") or s.field_id
        entry = {"id": s.field_id, "title": title, "paragraphs": paragraphs}
        if question is None and fmt.question_id and s.field_id == fmt.question_id:
            question = entry
        else:
            sections.append(entry)
    changes = [c for c in (_one_line(c) for c in doc.changes) if c]
    return {
        "wording": wording,
        "format_name": _one_line(fmt.name),
        "meeting_date": format_date(doc.meeting_date) if doc.meeting_date else "",
        "question": question,
        "sections": sections,
        "changes": changes or [wording["no_changes"]],
        "remains": [r for r in (_one_line(r) for r in doc.remains) if r],
        "discussion": [_one_line(d) for d in fmt.discussion],
    }


def display_paragraphs(text: str) -> list[list[str]]:
    """Split text into paragraphs of lines, exactly as both renderers show it.

    NFC-normalises, drops invisible format and control characters (so a name split by
    a zero-width space is shown, and checked, whole), trims each line and collapses
    runs of spaces; blank lines separate paragraphs.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = _one_line(raw)
        if line:
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def format_date(d: Any) -> str:
    """A date as '12 March 2026', independent of the locale."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def md_escape(value: str) -> str:
    """Escape one line so Markdown renders it literally (no emphasis, links, HTML, blocks)."""
    value = _MD_ALWAYS.sub(r"\\\1", value)
    value = _MD_LINE_START.sub(r"\\\1", value)
    return _MD_ORDERED.sub(r"\1\\\2", value)


def _one_line(text: str) -> str:
    """NFC, no control or invisible format characters, single spaces, trimmed."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in {"Cc", "Cf"}
    )
    return " ".join(kept.split())


def _finalize(value: Any) -> Any:
    """Escape every interpolated value unless a filter already produced safe Markdown."""
    if isinstance(value, Markup):
        return value
    return Markup(md_escape(_one_line(str(value))))


def _md_lines(lines: list[str]) -> Markup:
    """A paragraph's lines, each escaped, joined by hard line breaks."""
    return Markup("\\\n".join(md_escape(line) for line in lines))


@functools.cache
def _jinja() -> jinja2.Environment:
    # HTML autoescape is the wrong escaping for Markdown; ``finalize`` escapes every
    # ``{{ }}`` for Markdown instead, so no template can forget to.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_lines"] = _md_lines
    return env


@functools.cache
def _wording() -> dict[str, str]:
    """The fixed handout wording from ``templates/handout.toml``."""
    data = tomllib.loads((TEMPLATES_DIR / "handout.toml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


_TYPST_LOCK = threading.Lock()


@functools.cache
def _typst_compiler() -> Any:
    """One Typst compiler per process (fonts and template parsed once)."""
    import typst

    return typst.Compiler(
        input=TEMPLATES_DIR / "handout.typ",
        root=TEMPLATES_DIR,
        ignore_system_fonts=True,  # the wheel's own fonts: same output on every machine
    )
