"""The policy data file (``casepres/data/policy.toml``): actions, placeholders, word tables."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def table() -> dict[str, Any]:
    """The policy data file (``casepres/data/policy.toml``), read once."""
    text = resources.files("casepres").joinpath("data/policy.toml").read_text("utf-8")
    return tomllib.loads(text)


def placeholder(entity: str) -> str:
    """The neutral placeholder used when an entity is removed ("[phone removed]")."""
    return str(table()["placeholders"].get(entity, "[removed]"))
