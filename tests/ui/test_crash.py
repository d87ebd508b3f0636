"""Killed with SIGKILL mid-typing, the app loses at most the last two seconds of typing."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from casepres import store
from tests.conftest import FIXTURES, ROOT


def test_sigkill_between_keystrokes_keeps_the_text(tmp_path: Path) -> None:
    path = tmp_path / "draft.json"
    shutil.copy(FIXTURES / "sample_draft.json", path)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.crash_child", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed"
        time.sleep(2.2)  # the bar: text typed more than 2 s before the kill survives
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    recovered = store.pending_recovery(path)
    assert recovered is not None
    assert " kept" in recovered.field_text("risk")
    assert store.load_draft(path) == store.load_draft(FIXTURES / "sample_draft.json")  # untouched
