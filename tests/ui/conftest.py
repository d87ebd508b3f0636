"""UI test fixtures: the pattern analyzer, a frozen clock, no cursor blink, one wait helper."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.reactive import reactive
from textual.widgets import Input, TextArea

from casepres.config import Settings
from casepres.ui import app as app_module
from casepres.ui.app import CasepresApp, make_app
from tests.conftest import FIXTURES

FROZEN_DAY = dt.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates and the 'saved' time shown by the app never change between runs."""
    monkeypatch.setattr(app_module, "today", lambda: FROZEN_DAY)
    monkeypatch.setattr(app_module, "clock", lambda: dt.datetime(2026, 3, 2, 21, 30))


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes snapshots flaky."""
    for cls in (TextArea, Input):
        r: reactive[bool] = reactive(False, init=False)
        monkeypatch.setattr(cls, "cursor_blink", r)
        r.__set_name__(cls, "cursor_blink")


def _pattern_analyzer(model: str) -> Any:
    from casepres.analysis import get_pattern_analyzer

    return get_pattern_analyzer()


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """A writable copy of the sample draft (never the repo fixture itself)."""
    path = tmp_path / "draft.json"
    shutil.copy(FIXTURES / "sample_draft.json", path)
    return path


@pytest.fixture
def build_app() -> Callable[..., CasepresApp]:
    """The app factory with the pattern analyzer (the model is not the point of UI tests)."""

    def build(path: Path | None, **kwargs: Any) -> CasepresApp:
        return make_app(Settings(), path, analyzer_factory=_pattern_analyzer, **kwargs)

    return build


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until no analysis is scheduled or running and the screen has caught up."""
    app = pilot.app
    for _ in range(500):
        await pilot.pause()
        await app.workers.wait_for_complete()
        if not app.busy:  # type: ignore[attr-defined]
            break
        await asyncio.sleep(0.02)
    await pilot.pause()
