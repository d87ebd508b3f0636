"""Snapshots of each screen at 80×24 (the smallest size the app must fit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import settle

SIZE = (80, 24)


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param((), id="compose"),
        pytest.param(("f3",), id="people"),
        pytest.param(("f4",), id="review"),
        pytest.param(("f5",), id="export-refused"),
        pytest.param(("f1",), id="help"),
    ],
)
def test_screen_snapshot(
    snap_compare: Any, sample_path: Path, build_app: Any, keys: tuple[str, ...]
) -> None:
    app = build_app(sample_path)

    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
