"""`casepres eval`: recall, precision and over-redaction on a gold set, beside vanilla Presidio.

Metric definitions follow ``shared/devset/README.md`` ("How the project measures").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casepres.commands.common import settings_for
from casepres.errors import InputError
from casepres.inputs import read_text_file
from casepres.model import KnownEntry

Span = tuple[int, int]


@dataclass(frozen=True)
class GoldCase:
    """One annotated case."""

    id: str
    text: str
    spans: tuple[dict[str, Any], ...]
    keep_spans: tuple[Span, ...]
    known: tuple[str, ...]


@dataclass
class Score:
    """Counts for one system over the whole set."""

    found_strict: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    found_lenient: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    merged_findings: int = 0
    merged_hits: int = 0
    keep_total: int = 0
    keep_flagged: int = 0
    words: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, key: str, strict: bool = True) -> float:
        found = self.found_strict if strict else self.found_lenient
        return found[key] / self.total[key] if self.total[key] else 1.0

    @property
    def precision(self) -> float:
        return self.merged_hits / self.merged_findings if self.merged_findings else 1.0

    @property
    def keep_rate(self) -> float:
        return self.keep_flagged / self.keep_total if self.keep_total else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def load_gold(path: Path) -> list[GoldCase]:
    """Read a gold.jsonl file; a malformed line is an InputError naming the line."""
    cases = []
    for n, line in enumerate(read_text_file(path, max_bytes=200 * 1024 * 1024).splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            cases.append(
                GoldCase(
                    id=str(d.get("id", f"line {n}")),
                    text=d["text"],
                    spans=tuple(d.get("spans", ())),
                    keep_spans=tuple((k["start"], k["end"]) for k in d.get("keep_spans", ())),
                    known=tuple(d.get("known_identifiers", ())),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path}: line {n} is not a gold case ({type(exc).__name__})"
            ) from None
    if not cases:
        raise InputError(f"{path}: holds no cases")
    return cases


def _merge(spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _strictly_covered(text: str, start: int, end: int, covered: bytearray) -> bool:
    """Every letter and digit of the gold span lies under some finding."""
    return all(covered[i] for i in range(start, end) if text[i].isalnum())


def score_case(case: GoldCase, predicted: Sequence[Span], score: Score) -> None:
    """Add one case's counts to ``score``."""
    covered = bytearray(len(case.text) + 1)
    for s, e in predicted:
        for i in range(s, min(e, len(case.text))):
            covered[i] = 1
    for g in case.spans:
        s, e = g["start"], g["end"]
        keys = ("all", g["kind"], g["label"])
        strict = _strictly_covered(case.text, s, e, covered)
        lenient = any(covered[s:e])
        for k in keys:
            score.total[k] += 1
            score.found_strict[k] += strict
            score.found_lenient[k] += lenient
        if not strict:
            score.misses.append((case.id, g["label"], g["kind"], case.text[s:e]))
    gold = [(g["start"], g["end"]) for g in case.spans]
    for s, e in _merge(predicted):
        score.merged_findings += 1
        if any(s < ge and gs < e for gs, ge in gold):
            score.merged_hits += 1
        else:
            score.false_positives.append((case.id, case.text[s:e]))
    for ks, ke in case.keep_spans:
        score.keep_total += 1
        if any(covered[ks:ke]):
            score.keep_flagged += 1


def run_system(cases: Sequence[GoldCase], analyze: Callable[[GoldCase], list[Span]]) -> Score:
    """Analyse every case, timing analysis only (the model is already loaded)."""
    score = Score()
    analyze(cases[0])  # warm-up: first-call costs are not throughput
    for case in cases:
        t0 = time.perf_counter()
        predicted = analyze(case)
        score.seconds += time.perf_counter() - t0
        score.words += len(case.text.split())
        score_case(case, predicted, score)
    return score


def time_system(cases: Sequence[GoldCase], analyze: Callable[[GoldCase], object]) -> float:
    """Seconds to analyse every case once, unscored (for the repeated timing rounds)."""
    t0 = time.perf_counter()
    for case in cases:
        analyze(case)
    return time.perf_counter() - t0


LABELS = (
    "PERSON",
    "AGE",
    "DATE",
    "PHONE",
    "EMAIL",
    "URL",
    "SOCIAL_HANDLE",
    "ADDRESS",
    "LOCATION",
    "ORGANIZATION",
    "ID",
    "OCCUPATION",
    "EVENT",
    "NRP",
    "OTHER_UNIQUE",
)


def report(systems: dict[str, Score], out: Any = sys.stdout) -> None:
    """Print the comparison table."""
    names = list(systems)
    w = 12
    out.write(f"{'metric':<30}" + "".join(f"{n:>{w}}" for n in names) + "\n")

    def _label_recall(label: str) -> Callable[[Score], str]:
        return lambda s: f"{s.recall(label):.3f}"

    def row(label: str, fn: Callable[[Score], str]) -> None:
        out.write(f"{label:<30}" + "".join(f"{fn(systems[n]):>{w}}" for n in names) + "\n")

    first = systems[names[0]]
    row("direct recall (strict)", lambda s: f"{s.recall('direct'):.3f}")
    row("quasi recall (strict)", lambda s: f"{s.recall('quasi'):.3f}")
    row("all recall (strict)", lambda s: f"{s.recall('all'):.3f}")
    row("direct recall (lenient)", lambda s: f"{s.recall('direct', False):.3f}")
    row("quasi recall (lenient)", lambda s: f"{s.recall('quasi', False):.3f}")
    row("span precision", lambda s: f"{s.precision:.3f}")
    row("keep-phrases flagged", lambda s: f"{s.keep_rate:.3%}")
    row("words / second", lambda s: f"{s.words_per_second:,.0f}")
    out.write("per label, strict recall (n):\n")
    for label in LABELS:
        if first.total[label]:
            row(f"  {label} ({first.total[label]})", _label_recall(label))
    if len(names) > 1:
        base = systems[names[-1]].words_per_second
        if base:
            out.write(f"speed ratio {names[0]}/{names[-1]}: {first.words_per_second / base:.2f}x\n")


def _as_json(systems: dict[str, Score]) -> dict[str, Any]:
    return {
        name: {
            "direct_recall": s.recall("direct"),
            "quasi_recall": s.recall("quasi"),
            "all_recall": s.recall("all"),
            "direct_recall_lenient": s.recall("direct", False),
            "quasi_recall_lenient": s.recall("quasi", False),
            "precision": s.precision,
            "keep_flagged": s.keep_rate,
            "words_per_second": s.words_per_second,
            "per_label": {lb: s.recall(lb) for lb in LABELS if s.total[lb]},
        }
        for name, s in systems.items()
    }


def run(args: argparse.Namespace) -> int:
    """Evaluate casepres (and optionally vanilla Presidio) on a gold file."""
    settings = settings_for(args)
    cases = load_gold(args.gold)

    from casepres.analysis import get_analyzer, get_vanilla_engine

    analyzer = get_analyzer(settings.model)

    def ours(case: GoldCase) -> list[Span]:
        analyzer.clear_cache()  # time cold analysis, as vanilla Presidio has no cache
        known = tuple(KnownEntry(names=(k,)) for k in case.known) if args.known_from_gold else ()
        return [(f.start, f.end) for f in analyzer.analyze(case.text, known=known)]

    systems = {"casepres": run_system(cases, ours)}
    if args.baseline:
        vanilla = get_vanilla_engine(settings.model)

        def base(case: GoldCase) -> list[Span]:
            return [(r.start, r.end) for r in vanilla.analyze(case.text, language="en")]

        systems["presidio"] = run_system(cases, base)
        # Alternate further timing rounds and keep each system's fastest: a shared machine's
        # load comes and goes, and one round each can swing the ratio by a tenth.
        for _ in range(args.rounds - 1):
            for name, fn in (("casepres", ours), ("presidio", base)):
                systems[name].seconds = min(systems[name].seconds, time_system(cases, fn))

    title = f"{args.gold} ({len(cases)} cases, model {settings.model}"
    title += ", with People & places list)" if args.known_from_gold else ", no list)"
    if args.json:
        sys.stdout.write(json.dumps(_as_json(systems), indent=2) + "\n")
    else:
        sys.stdout.write(title + "\n")
        report(systems)
    if args.per_case:
        s = systems["casepres"]
        sys.stdout.write("\nmissed (strict):\n")
        for cid, label, kind, text in s.misses:
            sys.stdout.write(f"  {cid} {label:<13} {kind:<6} {text!r}\n")
        sys.stdout.write("\nfindings overlapping no gold span:\n")
        for cid, text in s.false_positives:
            sys.stdout.write(f"  {cid} {text!r}\n")
    return 0
