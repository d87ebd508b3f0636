"""Shared fixtures: one NLP engine per session, a spaCy-free pattern analyzer, isolated config."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
DEVSET_GOLD = SHARED / "devset" / "gold.jsonl"
SYNTH_GOLD = SHARED / "benchmarks" / "presidio-synth" / "gold.jsonl"


@pytest.fixture(autouse=True)
def _isolated_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point config, data and HOME at a temporary directory so no test touches the user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("CASEPRES_CONFIG_FILE", str(home / "config.toml"))


@pytest.fixture(scope="session")
def nlp_analyzer():  # type: ignore[no-untyped-def]
    """The real analyzer (spaCy model loaded once for the whole session)."""
    from casepres.analysis import get_analyzer

    return get_analyzer()


@pytest.fixture(scope="session")
def pattern_analyzer():  # type: ignore[no-untyped-def]
    """Our pattern recognizers over spaCy's blank tokenizer: no trained model, fast."""
    from casepres.analysis import get_pattern_analyzer

    return get_pattern_analyzer()


@pytest.fixture
def spans(pattern_analyzer) -> Callable[[str], list[tuple[str, int, int]]]:  # type: ignore[no-untyped-def]
    """Sorted (entity, start, end) of what the pattern analyzer finds."""

    def run(text: str) -> list[tuple[str, int, int]]:
        return sorted((f.entity, f.start, f.end) for f in pattern_analyzer.analyze(text))

    return run


@pytest.fixture
def devset_gold() -> Path:
    """The shared devset; tests using it skip cleanly when it is absent."""
    if not DEVSET_GOLD.exists():
        pytest.skip("shared/devset is not present")
    return DEVSET_GOLD
