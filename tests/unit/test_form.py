"""Case-presentation formats: built-in data, user overrides, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from casepres import cli, form, paths

GOOD = """
name = "My format"
description = "For testing."
question = "ask"
discussion = ["What do you notice?"]

[[sections]]
id = "ask"
title = "What I ask"
prompt = "Your question."
hint = "No names."
required = true
length_hint = "1 sentence"

[[sections]]
id = "story"
title = "The story"
prompt = "Tell it."
"""

EXPECTED_SECTIONS = {
    "structured": ["question", "client", "concern", "history", "formulation", "treatment",
                   "reactions", "risk", "request"],
    "ethics": ["dilemma", "involved", "facts", "standards", "options", "lean", "question"],
    "peer_supervision": ["request", "focus", "perspectives"],
    "checkin": ["case", "feelings", "explore"],
    "plain": ["text"],
}  # fmt: skip


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_formats_have_the_agreed_sections(tmp_path: Path) -> None:
    formats = form.load_formats(tmp_path / "none")
    assert {k: [s.id for s in f.sections] for k, f in formats.items()} == EXPECTED_SECTIONS
    assert form.DEFAULT_FORMAT_ID in formats


@pytest.mark.parametrize("format_id", sorted(EXPECTED_SECTIONS))
def test_every_builtin_section_is_complete(format_id: str, tmp_path: Path) -> None:
    fmt = form.load_formats(tmp_path)[format_id]
    assert fmt.name and fmt.description and fmt.discussion
    assert any(s.required for s in fmt.sections)
    for s in fmt.sections:
        assert s.title and s.prompt and s.hint and s.length_hint, s.id
    if fmt.question_id:
        assert fmt.section(fmt.question_id) is not None


def test_question_is_marked_where_the_format_has_one(tmp_path: Path) -> None:
    formats = form.load_formats(tmp_path)
    assert {k: f.question_id for k, f in formats.items()} == {
        "structured": "question", "ethics": "question", "peer_supervision": "request",
        "checkin": "explore", "plain": "",
    }  # fmt: skip


def test_plain_format_is_one_case_section(tmp_path: Path) -> None:
    (section,) = form.load_formats(tmp_path)["plain"].sections
    assert (section.id, section.title) == ("text", "Case")


def test_structured_hint_states_minimum_necessary(tmp_path: Path) -> None:
    client = form.load_formats(tmp_path)["structured"].section("client")
    assert client is not None
    assert "age as a range" in client.hint and "employer" in client.hint


def test_user_format_adds_and_overrides(tmp_path: Path) -> None:
    write(tmp_path, "mine.toml", GOOD)
    write(tmp_path, "checkin.toml", GOOD.replace("My format", "Our check-in"))
    formats = form.load_formats(tmp_path)
    mine = formats["mine"]
    assert (mine.name, mine.question_id, mine.discussion) == (
        "My format",
        "ask",
        ("What do you notice?",),
    )
    assert [(s.id, s.required, s.hint, s.length_hint) for s in mine.sections] == [
        ("ask", True, "No names.", "1 sentence"),
        ("story", False, "", ""),
    ]
    assert formats["checkin"].name == "Our check-in"
    assert formats["structured"].source is not None
    assert formats["structured"].source.parent == form.TEMPLATES_DIR


def test_default_user_dir_is_the_xdg_formats_folder() -> None:
    write(paths.user_formats_dir(), "group.toml", GOOD)
    assert form.get_format("group").name == "My format"


BAD = [
    pytest.param(GOOD.replace('name = "My format"', ""), "name: missing", id="no-name"),
    pytest.param(GOOD.replace('name = "My format"', "name = 3"), "name: must be a string",
                 id="name-not-string"),
    pytest.param(GOOD.replace('title = "The story"', ""), "sections[2].title: missing",
                 id="section-no-title"),
    pytest.param(GOOD.replace('title = "The story"', 'title = "  "'),
                 "sections[2].title: must not be empty", id="section-blank-title"),
    pytest.param(GOOD.replace("required = true", 'required = "yes"'),
                 "sections[1].required: must be true or false", id="required-not-bool"),
    pytest.param(GOOD.replace("required = true", "requried = true"),
                 "sections[1].requried: unknown field", id="typo"),
    pytest.param(GOOD.replace('id = "story"', 'id = "ask"'),
                 "sections[2].id: duplicate section id 'ask'", id="duplicate-id"),
    pytest.param(GOOD.replace('id = "story"', 'id = "the story"'),
                 "sections[2].id: use letters, digits and underscores only", id="bad-id"),
    pytest.param(GOOD.replace('question = "ask"', 'question = "nope"'),
                 "question: no section has id 'nope'", id="question-unknown"),
    pytest.param(GOOD.replace('["What do you notice?"]', '"What?"'),
                 "discussion: must be a list of non-empty strings", id="discussion-str"),
    pytest.param('name = "x"\n', "sections: needs at least one", id="no-sections"),
    pytest.param('name = "x"\nsections = ["a"]\n', "sections[1]: must be a table",
                 id="section-not-table"),
    pytest.param('name = "x\n', "not valid TOML", id="bad-toml"),
    pytest.param(GOOD + "\ncolour = 'blue'\n", "colour: unknown field", id="unknown-top"),
]  # fmt: skip


@pytest.mark.parametrize("text, problem", BAD)
def test_malformed_format_names_file_and_field(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, "broken.toml", text)
    with pytest.raises(form.FormatError) as err:
        form.load_formats(tmp_path)
    assert err.value.message.startswith(f"{path}: ")
    assert problem in err.value.message
    assert "\n" not in err.value.message


def test_undecodable_format_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(b'name = "caf\xe9"\n')
    with pytest.raises(form.FormatError, match="cannot read"):
        form.read_format(path)


def test_reserved_name_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "handout.toml", GOOD)
    with pytest.raises(form.FormatError, match="reserved name"):
        form.load_formats(tmp_path)


def test_unknown_format_lists_the_available_ones(tmp_path: Path) -> None:
    with pytest.raises(form.FormatError) as err:
        form.get_format("balint", tmp_path)
    assert "unknown format 'balint'" in err.value.message
    assert "checkin, ethics, peer_supervision, plain, structured" in err.value.message


def test_templates_command_lists_formats(capsys: pytest.CaptureFixture[str]) -> None:
    write(paths.user_formats_dir(), "mine.toml", GOOD)
    assert cli.main(["templates"]) == 0
    out = capsys.readouterr().out
    first_words = [line.split()[0] for line in out.splitlines() if line and line[0] != " "]
    assert first_words[:6] == [
        "structured",
        "checkin",
        "ethics",
        "mine",
        "peer_supervision",
        "plain",
    ]
    assert "Structured case presentation [default]" in out
    assert "My format [user]" in out
    assert "Relevant history (optional)" in out


def test_templates_command_malformed_user_format_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write(
        paths.user_formats_dir(), "broken.toml", GOOD.replace("required = true", "required = 1")
    )
    assert cli.main(["templates"]) == 2
    err = capsys.readouterr().err
    assert err == f"casepres: {path}: sections[1].required: must be true or false\n"
