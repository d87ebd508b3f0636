"""Bad input to the command line: one line naming the file and the problem, exit 2, no case text."""

from __future__ import annotations

from pathlib import Path

import pytest

from casepres.cli import main

SECRET = "Wilhelmina Zabrowski"


def _bad_inputs(tmp: Path) -> list[tuple[str, Path, str]]:
    empty = tmp / "empty.txt"
    empty.write_text("  \n")
    binary = tmp / "binary.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + SECRET.encode())
    latin1 = tmp / "latin1.txt"
    latin1.write_bytes(SECRET.encode() + b" caf\xe9 au lait")
    huge = tmp / "huge.txt"
    huge.write_text((SECRET + " was seen on 3/4/2024. ") * 400_000)  # ~12 MB
    directory = tmp / "adir"
    directory.mkdir()
    return [
        ("empty", empty, "empty"),
        ("binary", binary, "binary"),
        ("not-utf8", latin1, "UTF-8"),
        ("huge", huge, "too large"),
        ("directory", directory, "directory"),
        ("missing", tmp / "nope.txt", "no such file"),
    ]


@pytest.mark.parametrize("which", ["empty", "binary", "not-utf8", "huge", "directory", "missing"])
def test_scan_bad_input_is_one_clear_line(
    which: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = {name: (path, problem) for name, path, problem in _bad_inputs(tmp_path)}
    path, problem = cases[which]
    code = main(["scan", str(path)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0]
    assert problem in lines[0]
    assert "Traceback" not in err
    assert SECRET not in err


def test_bad_known_list_fails_before_analysis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "case.txt"
    case.write_text("A short case.\n")
    known = tmp_path / "known.txt"
    known.write_bytes(b"\x00\x01binary")
    assert main(["scan", str(case), "--known", str(known)]) == 2
    err = capsys.readouterr().err
    assert str(known) in err and "binary" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan"]) == 2
    assert main(["scan", "x.txt", "--format", "yaml"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_missing_model_is_an_install_hint_not_a_download(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "case.txt"
    case.write_text("Seen on 3/4/2024.\n")
    assert main(["scan", str(case), "--model", "en_core_web_nonexistent"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "pip install en-core-web-nonexistent" in err


def test_model_from_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('model = "en_core_web_fromconfig"\n')
    monkeypatch.setenv("CASEPRES_CONFIG_FILE", str(config))
    case = tmp_path / "case.txt"
    case.write_text("Seen on 3/4/2024.\n")
    assert main(["scan", str(case)]) == 2
    assert "en_core_web_fromconfig" in capsys.readouterr().err


def test_malformed_config_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("model = [unclosed\n")
    monkeypatch.setenv("CASEPRES_CONFIG_FILE", str(config))
    case = tmp_path / "case.txt"
    case.write_text("x\n")
    assert main(["scan", str(case)]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and len(err.strip().splitlines()) == 1
