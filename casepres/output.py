"""Atomic file writes: temp file in the same folder, fsync, rename; never a partial file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from casepres.errors import CasepresError


def write_atomic(path: Path, data: bytes, *, force: bool = False, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` so readers see either nothing (or the old file) or all of it.

    The bytes go to a temp file in the same folder, are flushed to disk, and the temp
    file is then renamed into place. Without ``force`` an existing file is never
    replaced, even if it appears while we write (a hard link is used to claim the name).

    Args:
        path: Destination file.
        data: The complete contents.
        force: Replace an existing file.
        mode: Permission bits of the new file (applied as given, not masked by umask).

    Raises:
        CasepresError: the file exists (without ``force``), or the folder is missing or
            not writable; the message names the path, never the contents.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise CasepresError(f"{path}: is a folder, not a file", "Cannot write")
    if not force and (path.exists() or path.is_symlink()):
        raise CasepresError(f"{path}: already exists (use --force to overwrite)", "Cannot write")
    if not folder.is_dir():
        raise CasepresError(f"{path}: folder {folder} does not exist", "Cannot write")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if force:
            os.replace(tmp, path)
        else:
            _claim(tmp, path)
        tmp = None
        fsync_dir(folder)
    except FileExistsError:
        raise CasepresError(
            f"{path}: already exists (use --force to overwrite)", "Cannot write"
        ) from None
    except OSError as exc:
        raise CasepresError(
            f"{path}: cannot write ({exc.strerror or exc})", "Cannot write"
        ) from None
    finally:
        # Any failure (including KeyboardInterrupt) removes the temp file: no partial output.
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _claim(tmp: str, path: Path) -> None:
    """Move ``tmp`` to ``path`` only if ``path`` does not exist (no overwrite race)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:
        # Filesystems without hard links: check-then-rename is the best we can do.
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(tmp, path)
        return
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def fsync_dir(folder: Path) -> None:
    """Persist the rename itself (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
