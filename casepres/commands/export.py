"""Placeholder for a command that is not built yet."""

from __future__ import annotations

import argparse

from casepres.errors import CasepresError


def run(args: argparse.Namespace) -> int:
    """Not built yet."""
    raise CasepresError("this command is not available yet")
