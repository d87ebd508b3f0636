"""The built wheel ships the code, the recognizers with their data, and the templates."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_contains_packages_and_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (wheel,) = tmp_path.glob("casepres-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for required in (
        "casepres/analysis.py",
        "recognizers/__init__.py",
        "recognizers/data/clinical_allow.txt",
    ):
        assert required in names, required
    assert any(n.startswith("templates/") for n in names)
    assert not any(n.startswith(("tests/", "fixtures/", ".venv/")) for n in names)
