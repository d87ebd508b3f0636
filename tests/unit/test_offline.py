"""Case text never leaves the machine: no network attempt at import, engine build or analysis."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = textwrap.dedent(
    """
    import sys
    attempts = []

    def hook(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                     "urllib.Request", "http.client.connect"):
            attempts.append(event)
            raise OSError("network blocked by test")

    sys.addaudithook(hook)
    from casepres.analysis import get_analyzer
    analyzer = get_analyzer()
    text = ("Maria Gonzalez (maria.g@example.com, https://www.example.org/profile) "
            "was seen at Lakeview Clinic on 3/4/2024; call (971) 555-0163.")
    findings = analyzer.analyze(text)
    assert findings, "analysis found nothing"
    print("ATTEMPTS", len(attempts), sorted(set(attempts)))
    """
)


@pytest.mark.nlp
def test_no_network_attempts_with_empty_home(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TLDEXTRACT", "HF_"))}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("XDG_CONFIG_HOME", None)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "ATTEMPTS 0 []" in proc.stdout
    assert not (tmp_path / "cache" / "python-tldextract").exists()
