"""Scrub every devset case with and without its list and print the issue-3 bar figures.

Usage: .venv/bin/python benchmarks/scrub_devset.py [GOLD.jsonl] [--meeting-date YYYY-MM-DD] [--show]

Figures (case-insensitive, whole-word search in the redacted section texts; occurrences
inside a keep-phrase left as written are not counted as leaks):
  * gold direct-identifier strings present in any output (with the list: bar 0; without: ≤ 2%);
  * keep-phrase occurrences surviving unchanged (bar ≥ 97%);
  * person subjects with more than one replacement (bar 0), and gold person strings whose
    occurrences got different replacements.
Nothing from the devset is printed unless --show is given (then only case ids and labels).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from casepres.analysis import get_analyzer  # noqa: E402
from casepres.commands.scrub import scrub_text  # noqa: E402
from casepres.model import KnownEntry  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "devset" / "gold.jsonl"


def _present(term: str, text: str) -> int:
    """Whole-word, case-insensitive occurrences of ``term`` in ``text``."""
    pat = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
    return len(pat.findall(text))


def _mask_keeps(text: str, keeps: list[str]) -> str:
    """Blank out keep-phrases kept verbatim, so 'a sunny weekend' is not a leak of 'Sunny'."""
    for k in sorted(set(keeps), key=len, reverse=True):
        text = text.replace(k, " " * len(k))
    return text


def _norm(replacement: str) -> str:
    return re.sub(r"['’]s?$", "", replacement.strip()).casefold()


def run_case(case: dict, analyzer, meeting: dt.date, with_list: bool) -> dict:  # type: ignore[no-untyped-def]
    known = tuple(KnownEntry(names=(k,)) for k in case["known_identifiers"]) if with_list else ()
    result = scrub_text(case["text"], known=known, meeting_date=meeting, analyzer=analyzer)
    out = "\n".join(s.text for s in result.document.sections)
    masked = _mask_keeps(out, case["keep"])
    direct = [s for s in case["spans"] if s["kind"] == "direct"]
    strings = {s["text"].casefold(): s for s in direct}
    leaked = {k: s for k, s in strings.items() if _present(s["text"], masked)}
    leaked_spans = [s for s in direct if s["text"].casefold() in leaked]
    keep_total = keep_ok = 0
    for k in set(case["keep"]):
        n_in = case["text"].count(k)
        keep_total += n_in
        keep_ok += min(n_in, out.count(k))
    # Replacements per person subject (from the local audit).
    by_subject: dict[str, set[str]] = defaultdict(set)
    for a in result.audit:
        if a.entity == "PERSON" and a.replacement.strip() not in ("", "'s", "’s", "'", "’"):
            by_subject[a.subject_id].add(_norm(a.replacement))
    multi_subjects = sum(1 for v in by_subject.values() if len(v) > 1)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for s in case["spans"]:
        if s["label"] != "PERSON":
            continue
        for a in result.audit:
            overlaps = a.start < s["end"] and s["start"] < a.end
            if overlaps and a.replacement.strip() not in ("", "'s", "’s"):
                by_gold[s["text"].casefold()].add(_norm(a.replacement))
    multi_gold = sum(1 for v in by_gold.values() if len(v) > 1)
    return {
        "id": case["id"],
        "direct_strings": len(strings),
        "leaked_strings": len(leaked),
        "direct_spans": len(direct),
        "leaked_spans": len(leaked_spans),
        "leaked_labels": sorted({s["label"] for s in leaked.values()}),
        "keep_total": keep_total,
        "keep_ok": keep_ok,
        "person_subjects": len(by_subject),
        "multi_subjects": multi_subjects,
        "multi_gold": multi_gold,
        "refused": not result.leak_report.ok,
        "words": len(case["text"].split()),
    }


def summarize(rows: list[dict], label: str, seconds: float) -> None:
    def tot(key: str) -> int:
        return sum(r[key] for r in rows)

    words = tot("words")
    print(
        f"== {label} ({len(rows)} cases, {words} words, {words / seconds:.0f} words/s end to end)"
    )
    print(
        f"  gold direct-identifier strings present: {tot('leaked_strings')}/{tot('direct_strings')}"
        f" ({100 * tot('leaked_strings') / max(1, tot('direct_strings')):.1f}%);"
        f" spans: {tot('leaked_spans')}/{tot('direct_spans')}"
        f" ({100 * tot('leaked_spans') / max(1, tot('direct_spans')):.1f}%)"
    )
    print(
        f"  keep-phrase occurrences surviving unchanged: {tot('keep_ok')}/{tot('keep_total')}"
        f" ({100 * tot('keep_ok') / max(1, tot('keep_total')):.1f}%)"
    )
    print(
        f"  person subjects with >1 replacement: {tot('multi_subjects')}/{tot('person_subjects')};"
        f" gold person strings with >1 replacement: {tot('multi_gold')}"
    )
    print(f"  refused by the leak check: {sum(r['refused'] for r in rows)}")


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    p.add_argument("--meeting-date", default="2024-03-01")
    p.add_argument("--show", action="store_true", help="per case: counts and leaked labels")
    args = p.parse_args(argv)
    if not args.gold.exists():
        print(f"{args.gold}: not found", file=sys.stderr)
        return 2
    cases = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line.strip()]
    meeting = dt.date.fromisoformat(args.meeting_date)
    analyzer = get_analyzer()
    for with_list in (True, False):
        t0 = time.perf_counter()
        rows = [run_case(c, analyzer, meeting, with_list) for c in cases]
        label = "with each case's list" if with_list else "without the list"
        summarize(rows, label, time.perf_counter() - t0)
        if args.show:
            for r in rows:
                if (
                    r["leaked_strings"]
                    or r["multi_subjects"]
                    or r["multi_gold"]
                    or r["refused"]
                    or (r["keep_ok"] < r["keep_total"])
                ):
                    print(
                        f"    {r['id']}: leaked {r['leaked_strings']} {r['leaked_labels']},"
                        f" keep {r['keep_ok']}/{r['keep_total']},"
                        f" multi {r['multi_subjects']}/{r['multi_gold']}"
                        f"{', refused' if r['refused'] else ''}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
