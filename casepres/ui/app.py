"""The casepres app: holds the session, runs analysis in workers, autosaves, switches screens."""

from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from casepres import store
from casepres.config import Settings
from casepres.errors import CasepresError, DraftError
from casepres.model import CaseDraft, KnownEntry
from casepres.ui.dialogs.help import HelpDialog, help_markdown
from casepres.ui.dialogs.messages import ErrorDialog, RecoverDialog
from casepres.ui.screens.compose import ComposeScreen
from casepres.ui.screens.export import ExportScreen
from casepres.ui.screens.people import PeopleScreen
from casepres.ui.screens.review import ReviewScreen
from casepres.ui.session import Session, new_draft
from casepres.ui.widgets.status import StatusLine

ANALYSIS_DELAY = 0.12
"""Seconds of typing pause before the edited section is re-analysed."""

AUTOSAVE_MAX_WAIT = 1.5
"""Autosave at the latest this long after the first unsaved edit, even while typing."""

AnalyzerFactory = Callable[[str], Any]


def today() -> dt.date:
    """Today's date (tests freeze it)."""
    return dt.date.today()


def clock() -> dt.datetime:
    """The wall clock shown in the status line (tests freeze it)."""
    return dt.datetime.now()


def _default_analyzer(model: str) -> Any:
    # Imported here so the first screen draws before presidio and spaCy load.
    from casepres.analysis import get_analyzer

    return get_analyzer(model)


#: Seconds after the first refresh before the model starts loading (the frame is written).
FIRST_FRAME_GRACE = 0.1


class CasepresApp(App[None]):
    """Compose, People & places, Review and Export over one draft file."""

    CSS_PATH = "casepres.tcss"
    TITLE = "casepres"
    MODES: ClassVar[dict[str, Any]] = {
        "compose": ComposeScreen,
        "people": PeopleScreen,
        "review": ReviewScreen,
        "export": ExportScreen,
    }
    DEFAULT_MODE = "compose"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "show_help", "Help", tooltip="Keys and help for this screen", id="show-help"),
        Binding(
            "f2", "switch_mode('compose')", "Write", tooltip="Write the case", id="show-compose"
        ),
        Binding(
            "f3",
            "switch_mode('people')",
            "People",
            tooltip="Private People & places list",
            id="show-people",
        ),
        Binding(
            "f4", "switch_mode('review')", "Review", tooltip="Decide every flag", id="show-review"
        ),
        Binding(
            "f5",
            "switch_mode('export')",
            "Export",
            tooltip="Preview and export the handout",
            id="show-export",
        ),
        Binding("ctrl+s", "save_draft", "Save", tooltip="Save the draft file now", id="save-draft"),
        Binding(
            "ctrl+q", "quit_app", "Quit", tooltip="Save and quit", id="quit-app", priority=True
        ),
    ]

    class AnalysisUpdated(Message):
        """Findings changed for some sections (posted to the active screen)."""

        def __init__(self, field_ids: Iterable[str]) -> None:
            super().__init__()
            self.field_ids = frozenset(field_ids)

    class DraftReplaced(Message):
        """The whole draft was replaced (recovered); screens reload their widgets."""

    def __init__(
        self,
        settings: Settings,
        session: Session,
        *,
        analyzer_factory: AnalyzerFactory | None = None,
        recovered: CaseDraft | None = None,
        notice: str | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.session = session
        self.analyzer: Any = None
        """The analyzer once loaded (None while the model loads)."""
        self.model_state = "loading"
        """``loading``, ``ready`` or ``failed``."""
        self.last_saved: dt.datetime | None = None
        self._analyzer_factory = analyzer_factory or _default_analyzer
        self._recovered = recovered
        self._notice = notice
        self._lock = threading.Lock()  # one analysis at a time (the engine is not re-entrant)
        self._analysis_timers: dict[str, Timer] = {}
        self._dirty_since: float | None = None
        self._last_edit = 0.0
        self.set_keymap(settings.keymap)

    # ----------------------------------------------------------- lifecycle

    def on_mount(self) -> None:
        # Analysis threads hold the GIL for the default 5 ms at a stretch; a shorter slice
        # lets a key press reach the screen without waiting behind them.
        sys.setswitchinterval(0.001)
        self.sub_title = self.session.draft.title or self.session.path.name
        store.remember_last(self.session.path)  # so a crash before the first save is found again
        # Start loading once the first frame is out: spaCy's import in the loading thread
        # holds the GIL in long stretches and would delay the first screen.
        self.call_after_refresh(self.set_timer, FIRST_FRAME_GRACE, self.load_model)
        self.set_interval(0.2, self._autosave_tick)
        if self._notice:
            self.notify(self._notice, timeout=6)
        if self._recovered is not None:
            self.push_screen(RecoverDialog(self.session.path.name), self._recovery_chosen)

    def _recovery_chosen(self, recover: bool | None) -> None:
        if recover and self._recovered is not None:
            self.session = Session(self._recovered, self.session.path)
            self.screen.post_message(self.DraftReplaced())
            self.mark_dirty()
            self.request_analysis()
        else:
            store.discard_recovery(self.session.path)
        self._recovered = None

    @work(thread=True, exit_on_error=False, group="model")
    def load_model(self) -> None:
        """Load the analyzer off the UI thread; the screen stays usable meanwhile."""
        analyzer = self._analyzer_factory(self.settings.model)
        self.call_from_thread(self._model_ready, analyzer)

    def _model_ready(self, analyzer: Any) -> None:
        self.analyzer = analyzer
        self.model_state = "ready"
        self.request_analysis()
        self.update_status()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Worker failures become dialogs; the message never holds case text."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if event.worker.group == "model":
            self.model_state = "failed"
            self.update_status()
        if isinstance(error, CasepresError):
            self.push_screen(ErrorDialog(error.title, error.message))
        else:
            name = error.__class__.__name__ if error else "unknown error"
            self.push_screen(
                ErrorDialog("Something went wrong", f"{event.worker.name} failed ({name}).")
            )

    def _fatal_error(self) -> None:
        """Crash report without locals or exception text: both can hold case text."""
        import traceback

        from rich.text import Text

        exc_type, exc, tb = sys.exc_info()
        frames = traceback.extract_tb(tb)[-3:] if tb else []
        where = " ← ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames))
        name = exc_type.__name__ if exc_type else "error"
        self.bell()
        self._exit_renderables.append(
            Text(
                f"casepres: internal error ({name} at {where}). Your work up to the last "
                f"autosave is in {store.recovery_path(self.session.path)}; reopen the draft "
                "to recover it."
            )
        )
        self._close_messages_no_wait()

    # ----------------------------------------------------------- analysis

    @property
    def busy(self) -> bool:
        """True while analysis is scheduled or running (tests wait on this)."""
        return (
            self.model_state == "loading"
            or bool(self._analysis_timers)
            or any(
                w.group in {"analysis", "model", "export", "preview"} and not w.is_finished
                for w in self.workers
            )
        )

    def section_edited(self, field_id: str, text: str) -> None:
        """Record an edit and schedule re-analysis of only that section (debounced)."""
        if self.session.draft.field_text(field_id) == text:
            return
        was_dirty = self.dirty
        self.session.set_text(field_id, text)
        self.mark_dirty()
        old = self._analysis_timers.pop(field_id, None)
        if old is not None:
            old.stop()
        self._analysis_timers[field_id] = self.set_timer(
            ANALYSIS_DELAY, lambda: self._debounced(field_id), name=f"analyse-{field_id}"
        )
        if not was_dirty:  # the counts only change when analysis lands; skip work per key
            self.update_status()

    def _debounced(self, field_id: str) -> None:
        self._analysis_timers.pop(field_id, None)
        self.request_analysis([field_id])

    def request_analysis(self, field_ids: Iterable[str] | None = None) -> None:
        """Re-analyse these sections (default: all) in worker threads."""
        if self.analyzer is None:
            return
        draft = self.session.draft
        ids = [s.id for s in self.session.sections] if field_ids is None else list(field_ids)
        for fid in ids:
            self._analyze(fid, draft.field_text(fid), draft.known, draft.extra_terms)

    @work(thread=True, exit_on_error=False, group="analysis")
    def _analyze(self, field_id: str, text: str, known: Any, extra: Any) -> None:
        with self._lock:
            draft = self.session.draft
            if (
                draft.field_text(field_id) != text
                or draft.known != known
                or draft.extra_terms != extra
            ):
                return  # superseded by a newer edit; its own analysis is queued
            findings = self.analyzer.analyze(
                text, field_id=field_id, known=known, extra_terms=extra
            )
        self.call_from_thread(self._findings_ready, field_id, text, known, extra, findings)

    def _findings_ready(
        self, field_id: str, text: str, known: Any, extra: Any, findings: Any
    ) -> None:
        draft = self.session.draft
        if draft.known != known or draft.extra_terms != extra:
            return
        if self.session.set_findings(field_id, text, findings):
            self.screen.post_message(self.AnalysisUpdated([field_id]))
            self.update_status()

    def analyze_locked(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` holding the analysis lock (for export workers)."""
        with self._lock:
            return fn()

    # ----------------------------------------------------------- changes from screens

    def set_known(self, known: Iterable[KnownEntry]) -> None:
        """Replace the People & places list and re-flag the whole draft."""
        self.session.set_known(known)
        self.mark_dirty()
        self.request_analysis()

    def add_extra_term(self, text: str, entity: str) -> None:
        """Flag a missed span everywhere and re-flag the whole draft."""
        self.session.add_extra_term(text, entity)
        self.mark_dirty()
        self.request_analysis()

    def decisions_changed(self) -> None:
        """Called by the review screen after it records decisions."""
        self.mark_dirty()
        self.screen.post_message(self.AnalysisUpdated(s.id for s in self.session.sections))
        self.update_status()

    def jump_to(self, field_id: str, start: int, end: int) -> None:
        """Show one occurrence in context on the compose screen, selected."""
        self.switch_mode("compose")
        self.call_after_refresh(
            lambda: self.screen.post_message(ComposeScreen.JumpRequested(field_id, start, end))
        )

    # ----------------------------------------------------------- saving

    def mark_dirty(self) -> None:
        """Note an unsaved change; the autosave tick writes it soon."""
        now = time.monotonic()
        self._last_edit = now
        if self._dirty_since is None:
            self._dirty_since = now

    @property
    def dirty(self) -> bool:
        """Whether there are changes not yet autosaved."""
        return self._dirty_since is not None

    def _autosave_tick(self) -> None:
        # Save after a short pause, or at the latest AUTOSAVE_MAX_WAIT into continuous typing,
        # so a crash loses at most ~2 s of work.
        if self._dirty_since is None:
            return
        now = time.monotonic()
        if (
            now - self._last_edit >= self.settings.autosave_seconds
            or now - self._dirty_since >= AUTOSAVE_MAX_WAIT
        ):
            self.autosave_now()

    def autosave_now(self) -> None:
        """Write the recovery file now."""
        try:
            store.autosave(self.session.draft, self.session.path)
        except DraftError as exc:
            self._dirty_since = None
            self.notify(exc.message, title=exc.title, severity="error")
            return
        self._dirty_since = None
        self.last_saved = clock()
        self.update_status()

    def save(self) -> bool:
        """Save the draft file and drop the recovery file; False (with a dialog) on failure."""
        try:
            store.save_draft(self.session.draft, self.session.path)
        except DraftError as exc:
            self.push_screen(ErrorDialog(exc.title, exc.message))
            return False
        store.discard_recovery(self.session.path)
        store.remember_last(self.session.path)
        self._dirty_since = None
        self.last_saved = clock()
        self.update_status()
        return True

    def action_save_draft(self) -> None:
        """Save the draft file now."""
        if self.save():
            self.notify(f"Saved {self.session.path.name}", timeout=2)

    def action_quit_app(self) -> None:
        """Save, then quit (a failed save keeps the app open)."""
        if self.save():
            self.exit()

    # ----------------------------------------------------------- help and status

    def action_show_help(self) -> None:
        """Open help generated from the active bindings and the screen's HELP."""
        if isinstance(self.screen, HelpDialog):
            return
        self.push_screen(HelpDialog(help_markdown(self.screen)))

    def status_text(self) -> str:
        """The status line: model state, open-flag counts, save state."""
        if self.model_state == "loading":
            flags = "⏳ loading model… you can write meanwhile"
        elif self.model_state == "failed":
            flags = "model unavailable: nothing is flagged, export is off"
        else:
            c = self.session.counts()
            flags = (
                f"open: {c['open-direct']} direct · {c['open-quasi']} quasi"
                f" · {c['decided']} decided"
            )
        if self.dirty:
            saved = "unsaved"
        elif self.last_saved:
            saved = f"saved {self.last_saved:%H:%M}"
        else:
            saved = ""
        return f"{flags}  {saved}".rstrip()

    def update_status(self) -> None:
        """Refresh the status line on the active screen."""
        for line in self.screen.query(StatusLine):
            line.update(self.status_text())


def make_app(
    settings: Settings,
    draft_path: Path | None,
    *,
    analyzer_factory: AnalyzerFactory | None = None,
    notice: str | None = None,
) -> CasepresApp:
    """Build the app for a draft file (the one factory for the CLI, tests and snapshots).

    Args:
        settings: Loaded settings.
        draft_path: The draft to open; None or a missing file starts a new draft there
            (None: a new file in the drafts folder).
        analyzer_factory: Builds the analyzer from a model name (tests pass the pattern
            analyzer); default the spaCy-backed one.
        notice: A one-line message shown once the app is up.

    Raises:
        DraftError: the file exists but is corrupt or from a newer version (left untouched).
    """
    path = Path(draft_path) if draft_path else store.new_draft_path()
    if settings.drafts_dir and not draft_path:
        path = settings.drafts_dir / path.name
    draft = store.load_draft(path) if path.exists() else new_draft()
    draft = _with_all_sections(draft)
    recovered = store.pending_recovery(path)
    return CasepresApp(
        settings,
        Session(draft, path),
        analyzer_factory=analyzer_factory,
        recovered=_with_all_sections(recovered) if recovered else None,
        notice=notice,
    )


def _with_all_sections(draft: CaseDraft) -> CaseDraft:
    """Add empty fields for sections of the format the draft does not have yet."""
    from dataclasses import replace

    from casepres.model import FieldText
    from casepres.ui.session import sections_for

    have = {f.field_id for f in draft.fields}
    extra = tuple(FieldText(s.id, "") for s in sections_for(draft.format_id) if s.id not in have)
    return replace(draft, fields=draft.fields + extra) if extra else draft
