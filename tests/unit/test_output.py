"""Atomic writes: all or nothing, no leftovers, and no overwrite without force."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casepres import output
from casepres.errors import CasepresError

SECRET = b"Maria Gonzalez called from 555-0142"


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_writes_bytes_with_mode(tmp_path: Path) -> None:
    path = tmp_path / "handout.md"
    output.write_atomic(path, b"hello\n", mode=0o600)
    assert path.read_bytes() == b"hello\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert leftovers(tmp_path, {"handout.md"}) == []


def test_default_mode_is_0644(tmp_path: Path) -> None:
    path = tmp_path / "handout.pdf"
    output.write_atomic(path, b"%PDF")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_refuses_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "handout.md"
    path.write_bytes(b"old")
    with pytest.raises(CasepresError) as err:
        output.write_atomic(path, b"new")
    assert err.value.message == f"{path}: already exists (use --force to overwrite)"
    assert path.read_bytes() == b"old"
    assert leftovers(tmp_path, {"handout.md"}) == []


def test_force_replaces(tmp_path: Path) -> None:
    path = tmp_path / "handout.md"
    path.write_bytes(b"old")
    output.write_atomic(path, b"new", force=True)
    assert path.read_bytes() == b"new"
    assert leftovers(tmp_path, {"handout.md"}) == []


def test_file_appearing_during_write_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "handout.md"
    real_fsync = os.fsync

    def racing_fsync(fd: int) -> None:
        real_fsync(fd)
        if not path.exists():
            path.write_bytes(b"someone else's")

    monkeypatch.setattr(output.os, "fsync", racing_fsync)
    with pytest.raises(CasepresError, match="already exists"):
        output.write_atomic(path, b"ours")
    assert path.read_bytes() == b"someone else's"
    assert leftovers(tmp_path, {"handout.md"}) == []


@pytest.mark.parametrize("exc", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_failure_mid_write_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    path = tmp_path / "handout.pdf"

    def failing_fsync(fd: int) -> None:
        raise exc

    monkeypatch.setattr(output.os, "fsync", failing_fsync)
    with pytest.raises((CasepresError, KeyboardInterrupt)) as err:
        output.write_atomic(path, SECRET * 1000)
    assert not path.exists()
    assert leftovers(tmp_path, set()) == []
    if isinstance(err.value, CasepresError):
        assert err.value.message == f"{path}: cannot write (No space left on device)"


def test_failure_keeps_the_old_file_with_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "handout.md"
    path.write_bytes(b"old")

    def failing_replace(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(output.os, "replace", failing_replace)
    with pytest.raises(CasepresError, match="cannot write"):
        output.write_atomic(path, b"new", force=True)
    assert path.read_bytes() == b"old"
    assert leftovers(tmp_path, {"handout.md"}) == []


def test_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "handout.md"
    with pytest.raises(CasepresError) as err:
        output.write_atomic(path, SECRET)
    assert err.value.message == f"{path}: folder {path.parent} does not exist"


def test_path_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(CasepresError, match="is a folder"):
        output.write_atomic(tmp_path, b"x", force=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_unwritable_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(CasepresError, match="cannot write"):
            output.write_atomic(folder / "handout.md", SECRET)
    finally:
        folder.chmod(0o700)
    assert leftovers(folder, set()) == []


def test_errors_never_contain_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", failing_fsync)
    with pytest.raises(CasepresError) as err:
        output.write_atomic(tmp_path / "h.md", SECRET)
    assert b"Maria" not in str(err.value).encode() and "555" not in str(err.value)
