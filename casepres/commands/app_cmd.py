"""``casepres`` and ``casepres edit DRAFT``: open the app on the last, a new or a given draft."""

from __future__ import annotations

import argparse
from pathlib import Path

from casepres import paths, store
from casepres.commands.common import settings_for
from casepres.config import Settings


def run(args: argparse.Namespace) -> int:
    """Open the app; config and draft errors are one line on stderr before the TUI starts.

    Raises:
        DraftError: the draft file is corrupt or from a newer version (left untouched).
    """
    settings = settings_for(args)
    draft_path, notice = resolve_draft(getattr(args, "draft", None), settings)
    from casepres.ui.app import make_app  # textual loads only when the app opens

    app = make_app(settings, draft_path, notice=notice)
    app.run()
    store.remember_last(app.session.path)
    return 0


def resolve_draft(requested: Path | None, settings: Settings) -> tuple[Path | None, str | None]:
    """Which file to open, and a notice to show.

    No path opens the last draft (None when there is none: a new draft). A sample draft
    (``"sample": true``, like ``fixtures/sample_draft.json``) opens as a fresh working copy
    in the drafts folder, so the app never autosaves over the sample.

    Raises:
        DraftError: the file exists but is corrupt or from a newer version.
    """
    if requested is None:
        return store.last_draft(), None
    if store.is_sample(requested):
        sample = store.load_draft(requested)  # validated before anything is written
        copy = (settings.drafts_dir or paths.drafts_dir()) / f"sample-{requested.stem}.json"
        store.save_draft(sample, copy)
        store.discard_recovery(copy)
        return copy, f"Opened a fresh working copy of the sample: {copy}"
    if requested.exists():
        store.load_draft(requested)
    return requested, None
