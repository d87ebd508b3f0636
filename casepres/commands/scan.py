"""``casepres scan``: flag identifying details in text files (json lines or a table)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from casepres.commands.common import known_for, settings_for
from casepres.inputs import read_text_file
from casepres.model import Finding


def run(args: argparse.Namespace) -> int:
    """Read every input first (so a bad path fails before the model loads), then analyse."""
    settings = settings_for(args)
    known = known_for(args)
    texts = [(p, read_text_file(p)) for p in args.paths]

    from casepres.analysis import get_analyzer

    analyzer = get_analyzer(settings.model)
    for path, text in texts:
        findings = analyzer.analyze(text, known=known)
        if args.format == "json":
            sys.stdout.write(json.dumps(scan_record(path, findings), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(format_table(path, text, findings))
    return 0


def scan_record(path: Path, findings: list[Finding]) -> dict[str, object]:
    """The json-lines record of the command-line contract."""
    return {
        "path": str(path),
        "findings": [
            {
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "entity": f.entity,
                "score": f.score,
                "kind": f.kind,
                "action": str(f.action),
            }
            for f in findings
        ],
    }


def format_table(path: Path, text: str, findings: list[Finding]) -> str:
    """A readable table: where, what, how sure, and what casepres proposes."""
    direct = sum(f.kind == "direct" for f in findings)
    lines = [f"{path}: {len(findings)} flagged ({direct} direct, {len(findings) - direct} quasi)"]
    if findings:
        lines.append(f"  {'line:col':>9}  {'entity':<13} {'kind':<6} {'action':<10} text")
    for f in findings:
        line = text.count("\n", 0, f.start) + 1
        col = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        shown = " ".join(f.text.split())
        if len(shown) > 48:
            shown = shown[:45] + "..."
        lines.append(
            f"  {f'{line}:{col}':>9}  {f.entity:<13} {f.kind:<6} {str(f.action):<10} {shown}"
        )
    return "\n".join(lines) + "\n\n"
