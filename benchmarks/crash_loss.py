"""How much typing a SIGKILL loses: kill the app mid-typing, reopen, measure what is gone.

Usage: ``.venv/bin/python benchmarks/crash_loss.py [--runs N]``

A child process types one numbered word about every 70 ms into a section of a copy of the
sample draft and prints when each word went in; the parent kills it with SIGKILL at a
random moment, reads the autosaved recovery file as a restart would, and reports how many
seconds of typing before the kill are missing, from the first word that did not survive
(the bar: at most 2 s). Words typed but not yet handled by the app at the kill count as
lost, as they would for a person typing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = """
import asyncio, sys, time
from textual import events
from pathlib import Path
from casepres.config import Settings
from casepres.ui.app import make_app

def pattern(model):
    from casepres.analysis import get_pattern_analyzer
    return get_pattern_analyzer()

async def main():
    app = make_app(Settings(), Path(sys.argv[1]), analyzer_factory=pattern)
    async with app.run_test(size=(100, 32)) as pilot:
        area = app.screen.query_one("#field-risk")
        area.focus()
        area.move_cursor(area.document.end)
        n = 0
        while True:
            n += 1
            # keys go to the driver as a terminal sends them: Pilot's press() would wait for
            # the whole process to be idle, which it is not while the model loads
            for key, char in [("space", " ")] + [(c, c) for c in f"w{n}"]:
                event = events.Key(key, char)
                event.set_sender(app)
                app._driver.send_message(event)
            print(n, time.time(), flush=True)
            await asyncio.sleep(0.07)

asyncio.run(main())
"""


WORDS: list[int] = []


def one_run(sample: Path, tmp: Path, seconds: float) -> float:
    """Seconds of typing lost when the app is killed ``seconds`` into typing."""
    from casepres import store

    path = tmp / "draft.json"
    shutil.copy(sample, path)
    store.discard_recovery(path)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    typed: dict[int, float] = {}
    first = child.stdout.readline().split()
    typed[int(first[0])] = float(first[1])
    deadline = time.time() + seconds
    while time.time() < deadline:
        line = child.stdout.readline().split()
        typed[int(line[0])] = float(line[1])
    child.send_signal(signal.SIGKILL)
    WORDS.append(len(typed))
    killed = time.time()
    child.wait(timeout=10)
    recovered = store.pending_recovery(path)
    text = recovered.field_text("risk") if recovered else ""
    lost = [n for n in typed if f" w{n}" not in text]
    # typing lost: from the first word that did not survive to the kill (none lost: 0 s)
    return killed - typed[min(lost)] if lost else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(4)
    losses = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            losses.append(
                one_run(ROOT / "fixtures" / "sample_draft.json", Path(tmp), rng.uniform(2, 6))
            )
    print(
        f"typing lost at SIGKILL over {args.runs} runs: median {statistics.median(losses):.2f} s, "
        f"max {max(losses):.2f} s (bar: 2 s); words typed per run: {WORDS}"
    )


if __name__ == "__main__":
    main()
