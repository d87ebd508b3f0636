"""`casepres scrub`: properties over generated text, the command line, audit and refusal."""

from __future__ import annotations

import datetime as dt
import json
import re
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casepres.cli import main
from casepres.commands.scrub import scrub_text
from casepres.model import KnownEntry

MEETING = dt.date(2024, 3, 1)

#: Invented names that are not English words, so every form of them must go.
PEOPLE = [
    KnownEntry(("Quillon Draxby", "Quill"), "client"),
    KnownEntry(("Ysolde Fenwyck",), "client's sister"),
    KnownEntry(("Teodric Almsworth",)),
]
_FILLER_TEXT = (
    "she reported low mood and poor sleep after the last session with the group "
    "we reviewed the safety plan and the homework for next week the anxiety came in waves"
)
FILLER = _FILLER_TEXT.split()


def _variant(name: str, form: int, suffix: int) -> str:
    words = name.split()
    if form == 1:
        words = [w.upper() for w in words]
    elif form == 2:
        words = [w.lower() for w in words]
    sep = "\n" if suffix == 3 and len(words) > 1 else " "
    text = sep.join(words)
    return text + ("'s", "’s", "", "")[suffix]


mention = st.tuples(
    st.integers(0, len(PEOPLE) - 1), st.integers(0, 1), st.integers(0, 2), st.integers(0, 3)
)


@st.composite
def case_texts(draw: st.DrawFn) -> tuple[str, list[int]]:
    """Filler sentences with listed names in random case, possessive and line-break forms."""
    parts: list[str] = []
    used: list[int] = []
    for _ in range(draw(st.integers(1, 6))):
        who, which, form, suffix = draw(mention)
        names = PEOPLE[who].names
        name = names[min(which, len(names) - 1)]
        words = draw(st.lists(st.sampled_from(FILLER), min_size=3, max_size=10))
        parts.append(f"Then {_variant(name, form, suffix)} {' '.join(words)}.")
        used.append(who)
    return " ".join(parts), used


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=case_texts())
def test_listed_identifiers_never_survive(pattern_analyzer, case) -> None:  # type: ignore[no-untyped-def]
    text, _ = case
    result = scrub_text(text, known=tuple(PEOPLE), meeting_date=MEETING, analyzer=pattern_analyzer)
    out = "\n".join(s.text for s in result.document.sections)
    for entry in PEOPLE:
        for name in entry.names:
            for word in name.split():
                assert not re.search(word, out, re.IGNORECASE)
    assert result.leak_report.ok


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=case_texts())
def test_same_subject_same_replacement(pattern_analyzer, case) -> None:  # type: ignore[no-untyped-def]
    text, _ = case
    result = scrub_text(text, known=tuple(PEOPLE), meeting_date=MEETING, analyzer=pattern_analyzer)
    by_subject: dict[str, set[str]] = {}
    for a in result.audit:
        if a.entity == "PERSON":
            base = re.sub(r"['’]s?$", "", a.replacement).casefold()
            by_subject.setdefault(a.subject_id, set()).add(base)
    assert all(len(v) == 1 for v in by_subject.values()), by_subject
    roles = {r for v in by_subject.values() for r in v}
    assert roles <= {"the client", "the client's sister", "person a"}


# ---------------------------------------------------------------- command line, no model


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    p = tmp_path / "case.txt"
    p.write_text(
        "Quillon Draxby, 34, came in on 2/20/2024. Quill's sister Ysolde Fenwyck called "
        "from 555-201-0199. Quillon reports better sleep.\n",
        "utf-8",
    )
    return p


@pytest.fixture
def known_file(tmp_path: Path) -> Path:
    p = tmp_path / "people.txt"
    p.write_text("Quillon Draxby | Quill = client\nYsolde Fenwyck\n", "utf-8")
    return p


USAGE = [
    pytest.param(["--meeting-date", "March 1"], "is not a date", id="bad-date"),
    pytest.param(["-o", "OUT.docx"], "must end in .md or .pdf", id="bad-suffix"),
]


@pytest.mark.parametrize("extra, message", USAGE)
def test_usage_errors_exit_2(
    case_file: Path, extra: list[str], message: str, capsys, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert main(["scrub", str(case_file), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and "Quillon" not in err


def test_missing_input_exits_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["scrub", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_existing_output_needs_force(case_file: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.md"
    out.write_text("old", "utf-8")
    assert main(["scrub", str(case_file), "-o", str(out)]) == 2
    assert out.read_text("utf-8") == "old"


# ---------------------------------------------------------------- command line, with the model


@pytest.mark.nlp
def test_scrub_writes_markdown_without_names(nlp_analyzer, case_file, known_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "handout.md"
    code = main(
        [
            "scrub",
            str(case_file),
            "--known",
            str(known_file),
            "--meeting-date",
            "2024-03-01",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    text = out.read_text("utf-8")
    for word in ("Quillon", "Quill", "Draxby", "Ysolde", "Fenwyck", "555-201-0199", "2/20/2024"):
        assert word.lower() not in text.lower()
    assert "The client" in text or "the client" in text
    assert "a few days ago" in text or "last week" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["case.txt", "people.txt", "handout.md"]
    )


@pytest.mark.nlp
def test_scrub_to_stdout(nlp_analyzer, case_file, known_file, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(["scrub", str(case_file), "--known", str(known_file), "--meeting-date", "2024-03-01"])
        == 0
    )
    assert "Draxby" not in capsys.readouterr().out


@pytest.mark.nlp
def test_audit_only_where_asked_and_private(nlp_analyzer, case_file, known_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "handout.md"
    audit = tmp_path / "private" / "audit.json"
    audit.parent.mkdir()
    code = main(
        [
            "scrub",
            str(case_file),
            "--known",
            str(known_file),
            "--meeting-date",
            "2024-03-01",
            "-o",
            str(out),
            "--audit",
            str(audit),
        ]
    )
    assert code == 0
    assert stat.S_IMODE(audit.stat().st_mode) == 0o600
    entries = json.loads(audit.read_text("utf-8"))["replacements"]
    assert {"original": "Quillon Draxby", "replacement": "The client"}.items() <= entries[0].items()


@pytest.mark.nlp
def test_leak_refuses_and_writes_nothing(
    nlp_analyzer, case_file, known_file, tmp_path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from casepres import redaction

    monkeypatch.setattr(redaction, "apply_edits", lambda text, edits: text)  # a broken redactor
    out = tmp_path / "handout.md"
    code = main(["scrub", str(case_file), "--known", str(known_file), "-o", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert "section 'Case', line 1" in err
    assert "Quill" not in err and "Draxby" not in err and "555" not in err
    assert not out.exists()


@pytest.mark.nlp
def test_scrub_to_pdf(nlp_analyzer, case_file, known_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "handout.pdf"
    code = main(
        ["scrub", str(case_file), "--known", str(known_file), "--meeting-date", "2024-03-01"]
        + ["-o", str(out)]
    )
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
