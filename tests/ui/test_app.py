"""Pilot tests of the app: compose, People & places, review, export, recovery, help."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from casepres import store
from casepres.commands.app_cmd import resolve_draft
from casepres.config import Settings
from casepres.errors import DraftError
from casepres.model import Action, CaseDraft, FieldText
from casepres.ui.dialogs.forms import CategoryDialog, EntryDialog, TextDialog
from casepres.ui.dialogs.help import HelpDialog
from casepres.ui.dialogs.messages import RecoverDialog
from casepres.ui.screens.compose import ComposeScreen
from casepres.ui.screens.export import ExportScreen
from casepres.ui.screens.people import PeopleScreen
from casepres.ui.screens.review import ReviewScreen
from casepres.ui.widgets.section_editor import FlagTextArea
from tests.conftest import FIXTURES
from tests.ui.conftest import settle

SIZE = (100, 32)


def texts(app: Any, field_id: str) -> list[str]:
    return [f.text for f in app.session.analysis.get(field_id, [])]


async def type_at_end(pilot: Any, field_id: str, text: str) -> None:
    area = pilot.app.screen.query_one(f"#field-{field_id}", FlagTextArea)
    area.focus()
    area.move_cursor(area.document.end)
    await pilot.press(*[{" ": "space", ".": "full_stop", ",": "comma"}.get(c, c) for c in text])


async def test_sample_opens_flagged_after_the_model_loads(
    sample_path: Path, build_app: Any
) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ComposeScreen)
        await settle(pilot)
        assert app.model_state == "ready"
        assert "Tobias Lindgren" in texts(app, "question")
        assert "(541) 555-0187" in texts(app, "treatment")
        area = app.screen.query_one("#field-question", FlagTextArea)
        assert [f.text for f in area.findings] == texts(app, "question")
        assert any("flag-direct-open" in h for row in area._highlights.values() for h in row)


async def test_typing_reanalyses_only_the_edited_section(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = {k: list(v) for k, v in app.session.analysis.items() if k != "risk"}
        await type_at_end(pilot, "risk", " Dr. Zebulon Quartermaine consulted")
        await settle(pilot)
        assert "Zebulon Quartermaine" in texts(app, "risk")
        assert {k: v for k, v in app.session.analysis.items() if k != "risk"} == before
        assert app.session.draft.field_text("risk").endswith("Dr. Zebulon Quartermaine consulted")


async def test_highlights_follow_an_edit_before_them(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        area = app.screen.query_one("#field-question", FlagTextArea)
        area.focus()
        area.move_cursor((0, 0))
        await pilot.press("X", "Y")
        # Before re-analysis runs, the span has already moved with the text.
        text = app.session.draft.field_text("question")
        assert all(text[f.start : f.end] == f.text for f in app.session.analysis["question"])


async def test_people_entry_reflags_the_whole_draft(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "divorce" not in texts(app, "question")
        await pilot.press("f3")
        assert isinstance(app.screen, PeopleScreen)
        await pilot.press("a")
        assert isinstance(app.screen, EntryDialog)
        await pilot.press(*"divorce", "enter", *"event", "enter")
        await settle(pilot)
        assert app.session.draft.known[-1].names == ("divorce",)
        assert app.session.draft.known[-1].role == "event"
        assert "divorce" in texts(app, "question")
        assert "divorce" in texts(app, "request")
        await pilot.press("d")  # removes the highlighted (last) entry
        await settle(pilot)
        assert "divorce" not in texts(app, "question")


async def test_flag_a_missed_span_by_selecting_it(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        area = app.screen.query_one("#field-formulation", FlagTextArea)
        area.focus()
        start = area.text.index("Complicated grief")
        area.select_span(start, start + len("Complicated grief"))
        await pilot.press("ctrl+f")
        assert isinstance(app.screen, CategoryDialog)
        app.screen.dismiss("EVENT")
        await settle(pilot)
        assert ("Complicated grief", "EVENT") in app.session.draft.extra_terms
        assert "Complicated grief" in texts(app, "formulation")


async def test_keep_needs_a_reason(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        subject = screen.current()
        await pilot.press("k")
        assert isinstance(app.screen, TextDialog)
        await pilot.press("enter")  # empty reason is refused
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"needed", "enter")
        await settle(pilot)
        d = app.session.decision(subject.mentions[0])
        assert d is not None and d.action == Action.KEEP and d.reason == "needed"


async def test_end_to_end_type_list_review_export(
    sample_path: Path, build_app: Any, tmp_path: Path
) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_at_end(pilot, "history", " His cousin Zebulon Quartermaine came along")
        await settle(pilot)
        assert "Zebulon Quartermaine" in texts(app, "history")
        await pilot.press(
            "f3", "a", *"Zebulon Quartermaine | Zeb", "enter", *"client's cousin", "enter"
        )
        await settle(pilot)
        assert app.session.draft.known[-1].names == ("Zebulon Quartermaine", "Zeb")
        await pilot.press("f5")
        await settle(pilot)
        export = app.screen
        assert isinstance(export, ExportScreen)
        assert export.verdict == "refused"  # nothing decided yet
        await pilot.press("f4")
        review = app.screen
        assert isinstance(review, ReviewScreen)
        for _ in range(len(review.subjects)):
            await pilot.press("a")
            if isinstance(app.screen, TextDialog):  # a KEEP proposal asks for a reason
                await pilot.press(*"needed", "enter")
        await settle(pilot)
        assert all(review.status_of(s) not in {"open", "partly"} for s in review.subjects)
        await pilot.press("f5")
        await settle(pilot)
        assert export.verdict == "ok", export.query_one("#verdict").render()
        out = tmp_path / "handout.md"
        await pilot.press("m")
        assert isinstance(app.screen, TextDialog)
        app.screen.query_one("Input").value = str(out)
        await pilot.press("enter")
        await settle(pilot)
        assert export.written == out
    handout = out.read_text(encoding="utf-8")
    for identifier in (
        "Zebulon",
        "Quartermaine",
        "Lindgren",
        "Toby",
        "Ingrid",
        "Marit",
        "Sethi",
        "Bellhaven",
        "Fernridge",
        "555-0187",
        "example.com",
        "11/14/2025",
    ):
        assert identifier.casefold() not in handout.casefold(), identifier


async def test_autosave_writes_the_recovery_file_within_two_seconds(
    sample_path: Path, build_app: Any
) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_at_end(pilot, "risk", " later words")
        await pilot.pause(2.0)
        recovered = store.pending_recovery(sample_path)
        assert recovered is not None
        assert recovered.field_text("risk").endswith("later words")
        assert stat.S_IMODE(store.recovery_path(sample_path).stat().st_mode) == 0o600
        await pilot.press("ctrl+s")
        assert store.pending_recovery(sample_path) is None
        assert store.load_draft(sample_path).field_text("risk").endswith("later words")


@pytest.mark.parametrize("choice, expected", [("r", "recovered text"), ("d", "How do I")])
async def test_recovery_is_offered_on_start(
    sample_path: Path, build_app: Any, choice: str, expected: str
) -> None:
    saved = store.load_draft(sample_path)
    fields = tuple(
        FieldText(f.field_id, "recovered text" if f.field_id == "question" else f.text)
        for f in saved.fields
    )
    store.autosave(CaseDraft(**{**saved.__dict__, "fields": fields}), sample_path)
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoverDialog)
        await pilot.press(choice)
        await settle(pilot)
        assert isinstance(app.screen, ComposeScreen)
        area = app.screen.query_one("#field-question", FlagTextArea)
        assert area.text.startswith(expected)
        assert app.session.draft.field_text("question").startswith(expected)


async def test_help_is_generated_from_the_active_bindings(
    sample_path: Path, build_app: Any
) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4", "f1")
        assert isinstance(app.screen, HelpDialog)
        md = app.screen._markdown
        for words in ("Review every flag", "All of kind", "Keep", "Save"):
            assert words in md
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_quit_saves_the_draft(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_at_end(pilot, "request", " Thanks")
        await pilot.press("ctrl+q")
    assert store.load_draft(sample_path).field_text("request").endswith(" Thanks")
    assert not store.recovery_path(sample_path).exists()


def test_corrupt_draft_refuses_before_the_app_starts(tmp_path: Path, build_app: Any) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{broken", encoding="utf-8")
    with pytest.raises(DraftError, match="corrupt"):
        build_app(path)
    assert path.read_text(encoding="utf-8") == "{broken"


def test_sample_opens_as_a_working_copy(tmp_path: Path) -> None:
    fixture = FIXTURES / "sample_draft.json"
    before = fixture.read_bytes()
    path, notice = resolve_draft(
        Path("fixtures/sample_draft.json").resolve(), Settings(drafts_dir=tmp_path)
    )
    assert path is not None and path.parent == tmp_path and notice
    assert store.load_draft(path).field_text("question") == store.load_draft(fixture).field_text(
        "question"
    )
    assert "sample" not in json.loads(
        path.read_text(encoding="utf-8")
    )  # the copy is a normal draft
    assert fixture.read_bytes() == before


def test_no_argument_opens_the_last_draft(sample_path: Path) -> None:
    assert resolve_draft(None, Settings()) == (None, None)
    store.remember_last(sample_path)
    assert resolve_draft(None, Settings()) == (sample_path.resolve(), None)


async def test_jump_shows_the_occurrence_selected(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        subject = app.screen.current()
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, ComposeScreen)
        mention = subject.mentions[0]
        area = app.screen.query_one(f"#field-{mention.field_id}", FlagTextArea)
        assert app.focused is area
        assert area.selected_span() == (mention.start, mention.end)


async def test_next_flag_walks_the_findings_in_order(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        area = app.screen.query_one("#field-client", FlagTextArea)
        area.focus()
        area.move_cursor((0, 0))
        spans = [(f.start, f.end) for f in app.session.analysis["client"]][:3]
        seen = []
        for _ in spans:
            await pilot.press("ctrl+n")
            seen.append(area.selected_span())
        assert seen == spans


async def test_keymap_overrides_a_binding_by_id(sample_path: Path) -> None:
    from casepres.ui.app import make_app
    from tests.ui.conftest import _pattern_analyzer

    app = make_app(
        Settings(keymap={"accept-subject": "y"}), sample_path, analyzer_factory=_pattern_analyzer
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        subject = app.screen.current()
        await pilot.press("y")
        await settle(pilot)
        assert app.session.decision(subject.mentions[0]) is not None


async def test_a_new_draft_is_found_again_after_a_crash(build_app: Any) -> None:
    app = build_app(None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_at_end(pilot, "question", "unsaved words")
        app.autosave_now()
        path = app.session.path
        assert not path.exists()
    # run_test's exit is not a crash: imitate one by deleting the saved file again.
    path.unlink(missing_ok=True)
    store.autosave(app.session.draft, path)
    assert resolve_draft(None, Settings())[0] == path.resolve()
    reopened = build_app(path)
    assert reopened._recovered is not None
    assert reopened._recovered.field_text("question") == "unsaved words"


async def test_table_cells_are_literal_text_not_markup(sample_path: Path, build_app: Any) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        screen = app.screen
        phone = next(s for s in screen.subjects if s.entity == "PHONE")
        assert "[" in phone.replacement  # e.g. "[phone removed]", which markup would swallow
        row = screen.query_one("DataTable").get_row(phone.id)
        assert str(row[4]) == phone.replacement


async def test_review_at_80_columns_shows_each_replacement_in_full(
    sample_path: Path, build_app: Any
) -> None:
    app = build_app(sample_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("DataTable")
        # every column, "Becomes" last, fits on screen without scrolling sideways
        widths = sum(c.get_render_width(table) for c in table.columns.values())
        assert widths <= table.scrollable_content_region.width
        longest = max(range(len(screen.subjects)), key=lambda i: len(screen.subjects[i].label))
        table.move_cursor(row=longest)
        await pilot.pause()
        subject = screen.subjects[longest]
        detail = str(screen.query_one("#detail").render())
        assert subject.label in detail and (subject.replacement or "") in detail


async def test_removing_a_subject_shows_the_placeholder_the_handout_will_use(
    sample_path: Path, build_app: Any
) -> None:
    from casepres import policy_data

    app = build_app(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("DataTable")
        row = next(i for i, s in enumerate(screen.subjects) if s.entity == "AGE")
        subject = screen.subjects[row]
        assert subject.replacement  # an age is generalized by default ("late 40s")
        table.move_cursor(row=row)
        await pilot.press("x")
        await pilot.pause()
        becomes = str(table.get_row_at(row)[-1])
        assert becomes == policy_data.placeholder("AGE")
        assert subject.replacement not in becomes
