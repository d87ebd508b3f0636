"""Domain modules never import textual (run in a fresh interpreter so nothing is preloaded)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

DOMAIN = [
    "casepres.model",
    "casepres.analysis",
    "casepres.policy",
    "casepres.redaction",
    "casepres.leakcheck",
    "casepres.render",
    "casepres.store",
    "casepres.known",
    "casepres.form",
    "casepres.cli",
    "casepres.commands.app_cmd",
    "recognizers",
]


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_module_does_not_import_textual(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = sorted(m for m in sys.modules"
        " if m == 'textual' or m.startswith(('textual.', 'casepres.ui')));"
        "print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_ui_does_not_import_presidio() -> None:
    code = (
        "import sys; import casepres.ui.app; "
        "print(','.join(sorted(m for m in sys.modules if m.startswith('presidio'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""
