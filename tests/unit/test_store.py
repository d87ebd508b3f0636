"""Draft files: round trip, 0600, atomic writes, refusal of corrupt or newer files, recovery."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from casepres import store
from casepres.errors import DraftError
from casepres.model import Action, CaseDraft, Decision, FieldText, KnownEntry
from tests.conftest import FIXTURES

DRAFT = CaseDraft(
    format_id="structured",
    fields=(
        FieldText("question", "How do I hold the frame?"),
        FieldText("client", "Ana, 34.\nSecond line"),
    ),
    known=(KnownEntry(("Ana Ruiz", "Ana"), "client"), KnownEntry(("Oakdale",), None)),
    decisions=(
        Decision("Ana", "PERSON", Action.PSEUDONYM, replacement="the client"),
        Decision("34", "AGE", Action.KEEP, reason="age matters", field_id="client", start=5),
    ),
    meeting_date=dt.date(2026, 3, 9),
    title="Tuesday group",
    extra_terms=(("the red barn", "LOCATION"),),
)


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    store.save_draft(DRAFT, path)
    assert store.load_draft(path) == DRAFT


def test_saved_file_is_private_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    store.save_draft(DRAFT, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("casepres-draft", store.VERSION)
    assert [p.name for p in tmp_path.iterdir()] == ["d.json"]  # no temp file left behind


def test_save_replaces_an_existing_draft(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    store.save_draft(DRAFT, path)
    changed = CaseDraft(format_id="plain", fields=(FieldText("text", "new"),))
    store.save_draft(changed, path)
    assert store.load_draft(path) == changed


@pytest.mark.parametrize(
    "content, expected",
    [
        pytest.param(b"{not json", "corrupt", id="not-json"),
        pytest.param(b"\xff\xfe\x00", "corrupt", id="binary"),
        pytest.param(b'{"hello": 1}', "not a casepres draft", id="other-json"),
        pytest.param(
            b'{"format": "casepres-draft", "version": 99, "format_id": "x"}', "newer", id="newer"
        ),
        pytest.param(
            b'{"format": "casepres-draft", "version": 1, "format_id": "x", "sections": []}',
            "malformed",
            id="bad-sections",
        ),
        pytest.param(
            b'{"format": "casepres-draft", "version": 1, "format_id": "x",'
            b' "decisions": [{"target": "SECRET-NAME", "entity": "P", "action": "bogus"}]}',
            "malformed",
            id="bad-action",
        ),
    ],
)
def test_bad_files_raise_and_are_left_untouched(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(content)
    before = path.stat().st_mtime_ns
    with pytest.raises(DraftError) as info:
        store.load_draft(path)
    assert expected in info.value.message
    assert str(path) in info.value.message
    assert "SECRET-NAME" not in info.value.message  # contents never appear in messages
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == before


def test_missing_file_is_a_draft_error(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="no such draft"):
        store.load_draft(tmp_path / "missing.json")


def test_unwritable_folder_is_a_draft_error_and_leaves_no_temp(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(DraftError, match="cannot write"):
            store.save_draft(DRAFT, folder / "d.json")
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o700)


def test_recovery_offered_only_when_it_differs(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    store.save_draft(DRAFT, path)
    assert store.pending_recovery(path) is None
    store.autosave(DRAFT, path)
    assert store.pending_recovery(path) is None  # same as the saved draft
    newer = CaseDraft(format_id="structured", fields=(FieldText("question", "typed later"),))
    store.autosave(newer, path)
    assert stat.S_IMODE(store.recovery_path(path).stat().st_mode) == 0o600
    assert store.pending_recovery(path) == newer
    store.discard_recovery(path)
    assert store.pending_recovery(path) is None
    assert store.load_draft(path) == DRAFT


def test_recovery_without_a_saved_draft(tmp_path: Path) -> None:
    path = tmp_path / "never-saved.json"
    store.autosave(DRAFT, path)
    assert store.pending_recovery(path) == DRAFT


def test_last_draft_is_remembered(tmp_path: Path) -> None:
    assert store.last_draft() is None
    path = tmp_path / "d.json"
    store.save_draft(DRAFT, path)
    store.remember_last(path)
    assert store.last_draft() == path.resolve()
    store.autosave(DRAFT, path)
    path.unlink()
    assert store.last_draft() == path.resolve()  # found again through its autosave
    store.discard_recovery(path)
    assert store.last_draft() is None


def test_sample_fixture_is_a_valid_sample_draft() -> None:
    sample = FIXTURES / "sample_draft.json"
    assert store.is_sample(sample)
    draft = store.load_draft(sample)
    assert draft.format_id == "structured"
    assert all(f.text.strip() for f in draft.fields)
    assert draft.known
