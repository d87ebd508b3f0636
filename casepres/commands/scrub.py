"""``casepres scrub``: de-identify a text file with the default policy, leak-check, write."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from casepres.commands.common import known_for, settings_for
from casepres.errors import CasepresError, ExportRefused, InputError
from casepres.inputs import read_text_file
from casepres.model import CaseDraft, FieldText, KnownEntry, RedactedDocument

#: The plain-text format: one section with field id "text" titled "Case".
PLAIN_FORMAT_ID = "plain"
PLAIN_FIELD = "text"
PLAIN_TITLE = "Case"


@dataclass(frozen=True)
class ScrubResult:
    """What one scrub produced (the audit stays in memory unless asked for)."""

    output: bytes
    markdown: str
    document: RedactedDocument
    audit: tuple[Any, ...]
    leak_report: Any


def parse_meeting_date(value: str | None) -> dt.date:
    """``--meeting-date`` as a date (today when absent); a bad value is an InputError."""
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--meeting-date: '{value}' is not a date (use YYYY-MM-DD)") from None


def _format(format_id: str) -> Any:
    """The FormatSpec for the handout, or None while casepres.form is unavailable."""
    try:
        from casepres import form
    except ImportError:
        return None
    return form.get_format(format_id)


def render_markdown(doc: RedactedDocument, fmt: Any) -> str:
    """The handout Markdown (casepres.render when present; a minimal one otherwise)."""
    if fmt is not None:
        try:
            from casepres import render
        except ImportError:
            render = None  # type: ignore[assignment]
        if render is not None:
            return str(render.render_markdown(doc, fmt))
    parts = []
    for s in doc.sections:
        parts.append(f"## {s.title}\n\n{s.text.strip()}\n")
    if doc.changes:
        parts.append(
            "## Changes made for confidentiality\n\n"
            + "\n".join(f"- {c}" for c in doc.changes)
            + "\n"
        )
    return "\n".join(parts)


def text_sections(doc: RedactedDocument, fmt: Any) -> list[tuple[str, str]]:
    """(section title, text) exactly as rendered, for the leak check."""
    if fmt is not None:
        try:
            from casepres import render

            return list(render.handout_text_sections(doc, fmt))
        except ImportError:
            pass
    return [(s.title, s.text) for s in doc.sections]


def scrub_text(
    text: str,
    *,
    known: tuple[KnownEntry, ...] = (),
    meeting_date: dt.date,
    analyzer: Any,
    format_id: str = PLAIN_FORMAT_ID,
    pdf: bool = False,
) -> ScrubResult:
    """Analyze → propose → redact → render → leak check, all in memory.

    Args:
        text: The case as written.
        known: The private People & places list.
        meeting_date: Dates become relative to it.
        analyzer: A ``casepres.analysis.Analyzer``.
        format_id: The handout format ("plain": one section titled "Case").
        pdf: Render PDF bytes instead of Markdown.
    """
    from casepres import leakcheck, policy, redaction

    draft = CaseDraft(
        format_id=format_id,
        fields=(FieldText(PLAIN_FIELD, text),),
        known=known,
        meeting_date=meeting_date,
    )
    analysis = analyzer.analyze_draft(draft)
    plan = policy.propose(draft, analysis, meeting_date=meeting_date)
    fmt = _format(format_id)
    title = PLAIN_TITLE
    if fmt is not None and fmt.sections:
        title = fmt.sections[0].title
    red = redaction.redact(
        draft, analysis, plan, None, titles={PLAIN_FIELD: title}, format_id=format_id
    )
    markdown = render_markdown(red.document, fmt)
    report = leakcheck.check(text_sections(red.document, fmt), draft, analysis, analyzer)
    output = markdown.encode("utf-8")
    if pdf and report.ok:
        if fmt is None:
            raise CasepresError("PDF output is not available yet; write .md instead")
        from casepres import render

        output = render.render_pdf(red.document, fmt)
    return ScrubResult(output, markdown, red.document, red.audit, report)


def _write(path: Path, data: bytes, *, force: bool, mode: int) -> None:
    from casepres.output import write_atomic

    write_atomic(path, data, force=force, mode=mode)


def run(args: argparse.Namespace) -> int:
    """De-identify one file; exit 1 with a leak report (no identifiers) on a hit."""
    from casepres.analysis import get_analyzer

    out: Path | None = args.output
    if out is not None and out.suffix.lower() not in (".md", ".pdf", ".markdown"):
        raise InputError(f"{out}: output must end in .md or .pdf")
    if out is not None and out.exists() and not args.force:
        raise CasepresError(f"{out}: already exists (use --force to overwrite)")
    if args.audit is not None and args.audit.exists() and not args.force:
        raise CasepresError(f"{args.audit}: already exists (use --force to overwrite)")
    meeting = parse_meeting_date(args.meeting_date)
    known = known_for(args)
    text = read_text_file(args.path)
    settings = settings_for(args)
    analyzer = get_analyzer(settings.model)
    result = scrub_text(
        text,
        known=known,
        meeting_date=meeting,
        analyzer=analyzer,
        format_id=args.format_id or PLAIN_FORMAT_ID,
        pdf=out is not None and out.suffix.lower() == ".pdf",
    )
    if not result.leak_report.ok:
        raise ExportRefused("nothing written; " + result.leak_report.describe())
    if out is None:
        sys.stdout.write(result.markdown)
    else:
        _write(out, result.output, force=args.force, mode=0o644)
    if args.audit is not None:
        entries = [asdict(a) for a in result.audit]
        data = json.dumps({"meeting_date": meeting.isoformat(), "replacements": entries}, indent=2)
        _write(args.audit, data.encode("utf-8"), force=args.force, mode=0o600)
    return 0
