"""Draft files on disk: versioned JSON, atomic 0600 writes, autosave and recovery files."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from casepres import paths
from casepres.errors import DraftError
from casepres.model import Action, CaseDraft, Decision, FieldText, KnownEntry
from casepres.output import fsync_dir

FORMAT_TAG = "casepres-draft"
"""The ``format`` key every draft file carries, so a stray JSON file is not read as a draft."""

VERSION = 1
"""The draft-file version this code writes; files with a higher version are refused."""

_LAST_DRAFT_FILE = "last-draft"


# ---------------------------------------------------------------- (de)serialisation


def draft_to_dict(draft: CaseDraft) -> dict[str, Any]:
    """The JSON-ready form of a draft (the inverse of ``draft_from_dict``)."""
    return {
        "format": FORMAT_TAG,
        "version": VERSION,
        "format_id": draft.format_id,
        "title": draft.title,
        "meeting_date": draft.meeting_date.isoformat() if draft.meeting_date else None,
        "sections": {f.field_id: f.text for f in draft.fields},
        "people_and_places": [{"names": list(e.names), "role": e.role} for e in draft.known],
        "decisions": [
            {
                "target": d.target,
                "entity": d.entity,
                "action": d.action.value,
                "replacement": d.replacement,
                "reason": d.reason,
                "field_id": d.field_id,
                "start": d.start,
            }
            for d in draft.decisions
        ],
        "extra_terms": [{"text": t, "entity": e} for t, e in draft.extra_terms],
    }


def draft_from_dict(data: Any) -> CaseDraft:
    """Validate and build a draft from parsed JSON.

    Raises:
        DraftError: not a casepres draft, a newer version, or a malformed field (the
            message names the field, never its contents).
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT_TAG:
        raise DraftError("not a casepres draft file")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise DraftError("draft file has no valid version number")
    if version > VERSION:
        raise DraftError(
            f"draft file is version {version}, newer than this casepres understands "
            f"(version {VERSION}); upgrade casepres to open it"
        )
    try:
        meeting = data.get("meeting_date")
        sections = data.get("sections", {})
        if not isinstance(sections, dict):
            raise TypeError("sections")
        return CaseDraft(
            format_id=_str(data, "format_id"),
            title=str(data.get("title") or ""),
            meeting_date=dt.date.fromisoformat(meeting) if meeting else None,
            fields=tuple(FieldText(_plain(k), _plain(v)) for k, v in sections.items()),
            known=tuple(
                KnownEntry(
                    names=tuple(_plain(n) for n in e["names"] if str(n).strip()),
                    role=_opt(e.get("role")),
                )
                for e in data.get("people_and_places", [])
                if e.get("names")
            ),
            decisions=tuple(
                Decision(
                    target=_plain(d["target"]),
                    entity=_plain(d["entity"]),
                    action=Action(d["action"]),
                    replacement=_opt(d.get("replacement")),
                    reason=_opt(d.get("reason")),
                    field_id=_opt(d.get("field_id")),
                    start=_opt_int(d.get("start")),
                )
                for d in data.get("decisions", [])
            ),
            extra_terms=tuple(
                (_plain(t["text"]), _plain(t["entity"])) for t in data.get("extra_terms", [])
            ),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # The exception text may quote file contents; name only the kind of problem.
        raise DraftError(f"draft file is malformed ({exc.__class__.__name__})") from None


def _str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(key)
    return value


def _plain(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _opt(value: Any) -> str | None:
    return None if value is None else _plain(value)


def _opt_int(value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected an integer")
    return value


# ---------------------------------------------------------------- files


def save_draft(draft: CaseDraft, path: Path) -> None:
    """Write a draft atomically with mode 0600 (temp file in the same folder, fsync, rename).

    Raises:
        DraftError: the folder cannot be created or written (names the path only).
    """
    data = json.dumps(draft_to_dict(draft), ensure_ascii=False, indent=2) + "\n"
    _write_private(Path(path), data.encode("utf-8"))


def load_draft(path: Path) -> CaseDraft:
    """Read a draft file; the file is never modified.

    Raises:
        DraftError: missing, unreadable, corrupt, or from a newer casepres version.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DraftError(f"{path}: no such draft file") from None
    except OSError as exc:
        raise DraftError(
            f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})"
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DraftError(
            f"{path}: draft file is corrupt (not valid JSON); it was left as is"
        ) from None
    try:
        return draft_from_dict(data)
    except DraftError as exc:
        raise DraftError(f"{path}: {exc.message}; it was left as is") from None


def is_sample(path: Path) -> bool:
    """True for a read-only sample draft (``"sample": true``), which opens as a working copy."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("sample") is True


def recovery_path(path: Path) -> Path:
    """The autosave file for a draft: a hidden sibling, so the rename stays atomic."""
    path = Path(path)
    return path.with_name(f".{path.name}.autosave")


def autosave(draft: CaseDraft, path: Path) -> None:
    """Save to the draft's recovery file (the draft itself is written on save and quit)."""
    save_draft(draft, recovery_path(path))


def pending_recovery(path: Path) -> CaseDraft | None:
    """The autosaved draft left by an interrupted session, if it differs from the saved one.

    A corrupt recovery file is treated as absent (it is left on disk for inspection).
    """
    rec = recovery_path(path)
    if not rec.exists():
        return None
    try:
        recovered = load_draft(rec)
    except DraftError:
        return None
    try:
        saved = load_draft(path) if Path(path).exists() else None
    except DraftError:
        saved = None
    return None if recovered == saved else recovered


def discard_recovery(path: Path) -> None:
    """Remove the recovery file (after a clean save or when the clinician declines it)."""
    with contextlib.suppress(FileNotFoundError):
        recovery_path(path).unlink()


def new_draft_path(now: dt.datetime | None = None) -> Path:
    """A fresh file name in the drafts folder for a new draft."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return paths.drafts_dir() / f"draft-{stamp}.json"


def remember_last(path: Path) -> None:
    """Record the draft opened most recently (a path, never contents)."""
    target = paths.data_dir() / _LAST_DRAFT_FILE
    with contextlib.suppress(DraftError):
        _write_private(target, str(Path(path).resolve()).encode("utf-8"))


def last_draft() -> Path | None:
    """The draft opened most recently, if it (or its autosave) still exists."""
    try:
        text = (paths.data_dir() / _LAST_DRAFT_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    candidate = Path(text)
    if not text:
        return None
    # A new draft that crashed before its first save exists only as its recovery file.
    return candidate if candidate.exists() or recovery_path(candidate).exists() else None


def _write_private(path: Path, data: bytes) -> None:
    """Atomic replace with mode 0600; a failure leaves the old file and no temp file."""
    folder = path.parent
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:  # mkstemp creates the file 0600
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        tmp = None
        fsync_dir(folder)
    except OSError as exc:
        raise DraftError(
            f"{path}: cannot write ({exc.strerror or exc.__class__.__name__})"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
