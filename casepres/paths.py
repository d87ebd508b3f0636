"""The only module that knows where casepres keeps files (XDG locations via platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "casepres"


def config_dir() -> Path:
    """Where ``config.toml`` and user formats live."""
    return Path(platformdirs.user_config_dir(APP))


def config_file() -> Path:
    """The config file; ``CASEPRES_CONFIG_FILE`` overrides the location."""
    override = os.environ.get("CASEPRES_CONFIG_FILE")
    return Path(override) if override else config_dir() / "config.toml"


def data_dir() -> Path:
    """Where drafts are kept by default."""
    return Path(platformdirs.user_data_dir(APP))


def user_formats_dir() -> Path:
    """User-added case-presentation formats (``*.toml``)."""
    return config_dir() / "formats"


def drafts_dir() -> Path:
    """Where new drafts and sample working copies are created."""
    return data_dir() / "drafts"
