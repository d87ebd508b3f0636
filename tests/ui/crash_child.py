"""Child process for the crash test: types into the app until it is killed (SIGKILL)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from casepres.config import Settings
from casepres.ui.app import make_app


def _pattern(model: str) -> object:
    from casepres.analysis import get_pattern_analyzer

    return get_pattern_analyzer()


async def main(path: Path) -> None:
    app = make_app(Settings(), path, analyzer_factory=_pattern)
    async with app.run_test(size=(100, 32)) as pilot:
        area = app.screen.query_one("#field-risk")
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("space", *"kept")
        print("typed", flush=True)
        while True:  # keep typing, slowly, until killed
            await pilot.press("z")
            await asyncio.sleep(0.05)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1])))
