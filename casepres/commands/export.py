"""``casepres export DRAFT -o OUT.md|OUT.pdf``: a reviewed draft becomes a handout."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from casepres import form, output, render
from casepres.commands.common import settings_for
from casepres.errors import CasepresError, ExportRefused
from casepres.model import CaseDraft

KINDS = {".md": "md", ".markdown": "md", ".pdf": "pdf"}


def run(args: argparse.Namespace) -> int:
    """Check the output path, load and check the draft, then write the handout atomically."""
    out: Path = args.output
    kind = output_kind(out)
    if not args.force and (out.exists() or out.is_symlink()):
        # Checked before the slow steps; write_atomic checks again at the end.
        raise CasepresError(f"{out}: already exists (use --force to overwrite)")
    steps = _pipeline()
    draft = steps.store.load_draft(args.draft)
    fmt = form.get_format(draft.format_id)
    analyzer = steps.get_analyzer(settings_for(args).model)
    data = build_handout(draft, fmt, analyzer, kind, steps=steps, label=str(args.draft))
    output.write_atomic(out, data, force=args.force)
    sys.stderr.write(f"casepres: wrote {out}\n")
    return 0


def output_kind(path: Path) -> str:
    """``md`` or ``pdf`` from the file extension.

    Raises:
        CasepresError: any other extension.
    """
    try:
        return KINDS[path.suffix.lower()]
    except KeyError:
        raise CasepresError(f"{path}: the output must end in .md or .pdf") from None


def build_handout(
    draft: CaseDraft,
    fmt: form.FormatSpec,
    analyzer: Any,
    kind: str,
    *,
    steps: Any = None,
    label: str = "the draft",
) -> bytes:
    """Analyse, check every finding is decided, redact, leak-check and render.

    Args:
        draft: The reviewed draft (its decisions are applied).
        fmt: The draft's format.
        analyzer: A ``casepres.analysis.Analyzer``.
        kind: ``md`` or ``pdf``.
        steps: The pipeline modules (tests pass stand-ins); default the real ones.
        label: How to name the draft in messages (its path).

    Raises:
        ExportRefused: a finding is undecided, or the leak check found a hit.
    """
    steps = steps or _pipeline()
    analysis = analyzer.analyze_draft(draft)
    plan = steps.policy.propose(draft, analysis, meeting_date=draft.meeting_date or dt.date.today())
    undecided = steps.policy.undecided(plan, draft.decisions)
    if undecided:
        n = len(undecided)
        raise ExportRefused(
            f"{label}: {n} finding{'s' if n != 1 else ''} not yet decided; "
            f"review {'them' if n != 1 else 'it'} with 'casepres edit {label}' "
            "(nothing was written)"
        )
    titles = {s.id: s.title for s in fmt.sections}
    redacted = steps.redaction.redact(
        draft, analysis, plan, draft.decisions, titles=titles, format_id=fmt.id
    )
    doc = redacted.document
    # The leak check reads the exact text the handout shows, after render's normalisation.
    report = steps.leakcheck.check(
        render.handout_text_sections(doc, fmt), draft, analysis, analyzer
    )
    if not report.ok:
        raise ExportRefused(
            f"leak check: the handout may still identify someone ({report.describe()}); "
            "nothing was written"
        )
    if kind == "pdf":
        return render.render_pdf(doc, fmt)
    return render.render_markdown(doc, fmt).encode("utf-8")


def _pipeline() -> Any:
    """The analysis, policy, redaction, leak-check and store modules, imported on use."""
    from casepres import leakcheck, policy, redaction, store
    from casepres.analysis import get_analyzer

    return SimpleNamespace(
        store=store,
        policy=policy,
        redaction=redaction,
        leakcheck=leakcheck,
        get_analyzer=get_analyzer,
    )
