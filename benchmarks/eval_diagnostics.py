"""List what the analysis misses, which keep-phrases it flags, and its unmatched findings.

Usage: ``.venv/bin/python benchmarks/eval_diagnostics.py GOLD.jsonl [miss|keep|fp|all]``

A tuning aid beside ``casepres eval``: each line names the case, the gold label or the
recognizer that fired, and some context. Prints case text: run it on synthetic sets only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from casepres.analysis import get_analyzer

    gold = Path(sys.argv[1])
    mode = sys.argv[2] if len(sys.argv) > 2 else "all"
    analyzer = get_analyzer()
    misses, keeps, fps = [], [], []
    for line in gold.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        text = case["text"]
        found = analyzer.analyze(text, field_id="eval")
        covered = [False] * len(text)
        for f in found:
            covered[f.start : f.end] = [True] * (f.end - f.start)

        def context(start: int, end: int, text: str = text) -> str:
            return text[max(0, start - 40) : end + 30].replace("\n", " ")

        for s in case["spans"]:
            need = [i for i in range(s["start"], s["end"]) if text[i].isalnum()]
            if not all(covered[i] for i in need):
                got = [
                    (f.entity, text[f.start : f.end])
                    for f in found
                    if f.start < s["end"] and f.end > s["start"]
                ]
                misses.append(
                    (
                        s["label"],
                        case["id"],
                        text[s["start"] : s["end"]],
                        got,
                        context(s["start"], s["end"]),
                    )
                )
        for k in case.get("keep_spans", []):
            hit = [f for f in found if f.start < k["end"] and f.end > k["start"]]
            if hit:
                keeps.append(
                    (
                        case["id"],
                        text[k["start"] : k["end"]],
                        [(f.entity, text[f.start : f.end], f.reason) for f in hit],
                    )
                )
        for f in found:
            spans = case["spans"] + case.get("keep_spans", [])
            if not any(s["start"] < f.end and s["end"] > f.start for s in spans):
                fps.append(
                    (f.entity, case["id"], text[f.start : f.end], f.reason, context(f.start, f.end))
                )
    if mode in ("all", "miss"):
        print(f"== missed gold spans: {len(misses)}")
        for row in sorted(misses, key=lambda r: r[0]):
            print(row)
    if mode in ("all", "keep"):
        print(f"== keep-phrases flagged: {len(keeps)}")
        for row in keeps:
            print(row)
    if mode in ("all", "fp"):
        print(f"== findings on neither a gold span nor a keep-phrase: {len(fps)}")
        for row in sorted(fps, key=lambda r: r[0]):
            print(row)


if __name__ == "__main__":
    main()
