"""Helpers shared by commands: settings, the model name and the private list."""

from __future__ import annotations

import argparse

from casepres.config import Settings, load_settings
from casepres.known import read_known
from casepres.model import KnownEntry


def settings_for(args: argparse.Namespace) -> Settings:
    """Settings from the config file, with ``--model`` applied on top."""
    settings = load_settings()
    model = getattr(args, "model", None)
    if model:
        settings = settings.replace(model=model)
    return settings


def known_for(args: argparse.Namespace) -> tuple[KnownEntry, ...]:
    """The ``--known`` list, or none."""
    path = getattr(args, "known", None)
    return read_known(path) if path else ()
