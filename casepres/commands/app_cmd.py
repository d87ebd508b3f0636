"""``casepres`` and ``casepres edit DRAFT``: open the app on the last, a new or a given draft."""

from __future__ import annotations

import argparse
from pathlib import Path

from casepres import paths, store
from casepres.commands.common import settings_for


def run(args: argparse.Namespace) -> int:
    """Open the app; a sample draft opens as a fresh working copy so the sample stays as is.

    Raises:
        DraftError: the draft file is corrupt or from a newer version (left untouched).
    """
    settings = settings_for(args)  # config errors surface here, before the TUI starts
    draft_path: Path | None = getattr(args, "draft", None)
    notice = None
    if draft_path is None:
        draft_path = store.last_draft()
    elif store.is_sample(draft_path):
        sample = store.load_draft(draft_path)  # validates before anything is written
        draft_path = (settings.drafts_dir or paths.drafts_dir()) / f"sample-{draft_path.stem}.json"
        store.save_draft(sample, draft_path)
        store.discard_recovery(draft_path)
        notice = f"Opened a working copy of the sample: {draft_path}"
    elif draft_path.exists():
        store.load_draft(draft_path)  # a clear one-line error before the TUI starts
    from casepres.ui.app import make_app  # textual loads only when the app is opened

    app = make_app(settings, draft_path, notice=notice)
    if draft_path is None:
        notice = None
    app.run()
    store.remember_last(app.session.path)
    return 0
