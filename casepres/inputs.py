"""Reads user-supplied text files with errors that name the file and the problem only."""

from __future__ import annotations

from pathlib import Path

from casepres.errors import InputError

#: Larger inputs are refused: a case presentation is a few thousand words.
MAX_INPUT_BYTES = 5 * 1024 * 1024


def read_text_file(path: Path, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Read a UTF-8 text file, refusing what cannot be a case presentation.

    Raises:
        InputError: missing, a directory, unreadable, empty, too large, binary or not UTF-8.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: file is too large ({size // 1024:,} KB; the limit is "
                f"{max_bytes // 1024:,} KB)"
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file, expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: is not valid UTF-8 text (bad byte at offset {exc.start})"
        ) from None
    return text
