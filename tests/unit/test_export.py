"""``casepres export``: refuses undecided drafts and leak-check hits; writes atomically."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pypdf
import pytest

from casepres import cli, form, render
from casepres.commands import export
from casepres.errors import CasepresError, ExportRefused
from casepres.known import parse_known
from casepres.model import (
    Action,
    CaseDraft,
    Decision,
    FieldText,
    Finding,
    RedactedDocument,
    RedactedSection,
)
from tests.conftest import FIXTURES

SECRET = "Daniela Whitcombe"


def finding(text: str, start: int = 0) -> Finding:
    return Finding("question", start, start + len(text), text, "PERSON", 0.9, "direct",
                   Action.PSEUDONYM, "test")  # fmt: skip


@dataclass
class FakeSteps:
    """Stand-ins for policy, redaction and leak check that record what export passed them."""

    undecided: list[Finding] = field(default_factory=list)
    leak_ok: bool = True
    checked: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.policy = SimpleNamespace(
            propose=self._propose, undecided=lambda plan, d: self.undecided
        )
        self.redaction = SimpleNamespace(redact=self._redact)
        self.leakcheck = SimpleNamespace(check=self._check)

    def _propose(self, draft: CaseDraft, analysis: Any, *, meeting_date: dt.date) -> str:
        assert meeting_date == draft.meeting_date
        return "plan"

    def _redact(self, draft: CaseDraft, analysis: Any, plan: Any, decisions: Any, *,
                titles: dict[str, str], format_id: str) -> Any:  # fmt: skip
        sections = tuple(
            RedactedSection(f.field_id, titles[f.field_id], f.text.replace(SECRET, "the client"))
            for f in draft.fields
        )
        doc = RedactedDocument(format_id, sections, draft.meeting_date, ("Names replaced (1)",))
        return SimpleNamespace(document=doc, audit=())

    def _check(self, sections: Any, draft: CaseDraft, analysis: Any, analyzer: Any) -> Any:
        self.checked.append(sections)
        return SimpleNamespace(ok=self.leak_ok, describe=lambda: "Case, line 1: PERSON")


class FakeAnalyzer:
    def analyze_draft(self, draft: CaseDraft) -> dict[str, list[Finding]]:
        return {}


DRAFT = CaseDraft(
    "checkin",
    (FieldText("case", f"{SECRET} came back after a break."), FieldText("feelings", "Tired.")),
    meeting_date=dt.date(2026, 3, 12),
)


@pytest.mark.parametrize("name, kind", [("h.md", "md"), ("H.PDF", "pdf"), ("h.markdown", "md")])
def test_output_kind(name: str, kind: str) -> None:
    assert export.output_kind(Path(name)) == kind


@pytest.mark.parametrize("name", ["h.txt", "h.html", "handout"])
def test_output_kind_rejects_other_extensions(name: str) -> None:
    with pytest.raises(CasepresError, match="must end in .md or .pdf"):
        export.output_kind(Path(name))


def test_undecided_findings_refuse_without_case_text() -> None:
    steps = FakeSteps(undecided=[finding(SECRET), finding("Dani", 30)])
    with pytest.raises(ExportRefused) as err:
        export.build_handout(DRAFT, form.get_format("checkin"), FakeAnalyzer(), "md",
                             steps=steps, label="d.json")  # fmt: skip
    assert err.value.message == (
        "d.json: 2 findings not yet decided; review them with 'casepres edit d.json' "
        "(nothing was written)"
    )
    assert steps.checked == []


def test_leak_hit_refuses() -> None:
    steps = FakeSteps(leak_ok=False)
    with pytest.raises(ExportRefused, match=r"leak check: .*\(Case, line 1: PERSON\)"):
        export.build_handout(DRAFT, form.get_format("checkin"), FakeAnalyzer(), "pdf", steps=steps)


@pytest.mark.parametrize("kind", ["md", "pdf"])
def test_leak_check_sees_exactly_the_rendered_sections(kind: str) -> None:
    steps = FakeSteps()
    fmt = form.get_format("checkin")
    data = export.build_handout(DRAFT, fmt, FakeAnalyzer(), kind, steps=steps)
    (checked,) = steps.checked
    assert checked == [
        ("The case, told briefly", "the client came back after a break."),
        ("My feelings", "Tired."),
        ("Changes made for confidentiality", "Names replaced (1)"),
    ]
    text = (
        data.decode()
        if kind == "md"
        else " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    )
    assert SECRET not in text and "the client came back after a break." in text


def _run_with_fakes(monkeypatch: pytest.MonkeyPatch, draft: CaseDraft, steps: FakeSteps) -> None:
    ns = SimpleNamespace(
        store=SimpleNamespace(load_draft=lambda path: draft),
        policy=steps.policy, redaction=steps.redaction, leakcheck=steps.leakcheck,
        get_analyzer=lambda model: FakeAnalyzer(),
    )  # fmt: skip
    monkeypatch.setattr(export, "_pipeline", lambda: ns)


def test_cli_export_writes_and_refuses_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _run_with_fakes(monkeypatch, DRAFT, FakeSteps())
    out = tmp_path / "handout.md"
    assert cli.main(["export", "d.json", "-o", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert "## The case, told briefly" in first
    assert cli.main(["export", "d.json", "-o", str(out)]) == 2
    assert capsys.readouterr().err.endswith(
        f"casepres: {out}: already exists (use --force to overwrite)\n"
    )
    out.write_text("old", encoding="utf-8")
    assert cli.main(["export", "d.json", "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8") == first


def test_cli_export_refused_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _run_with_fakes(monkeypatch, DRAFT, FakeSteps(undecided=[finding(SECRET)]))
    out = tmp_path / "handout.pdf"
    assert cli.main(["export", "d.json", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "1 finding not yet decided" in err and SECRET not in err
    assert list(tmp_path.iterdir()) == []


def test_cli_export_bad_extension_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["export", "d.json", "-o", str(tmp_path / "h.docx")]) == 2
    assert "must end in .md or .pdf" in capsys.readouterr().err


# ---------------------------------------------------------------- end to end

_PIPELINE_READY = all(
    importlib.util.find_spec(f"casepres.{m}") is not None
    for m in ("policy", "redaction", "leakcheck", "store")
)


def _case_draft() -> tuple[CaseDraft, list[str]]:
    data = json.loads((FIXTURES / "handout_case.json").read_text(encoding="utf-8"))
    draft = CaseDraft(
        data["format_id"],
        tuple(FieldText(k, v) for k, v in data["fields"].items()),
        known=tuple(parse_known(data["known"])),
        meeting_date=dt.date.fromisoformat(data["meeting_date"]),
    )
    return draft, data["identifiers"]


@pytest.mark.nlp
@pytest.mark.skipif(not _PIPELINE_READY, reason="policy/redaction/leakcheck not built yet")
def test_export_end_to_end(tmp_path: Path, nlp_analyzer: Any) -> None:
    from casepres import policy, store

    draft, identifiers = _case_draft()
    path = tmp_path / "case.json"
    store.save_draft(draft, path)
    out = tmp_path / "handout.pdf"
    # Not reviewed yet: refused, nothing written.
    assert cli.main(["export", str(path), "-o", str(out)]) == 1
    assert not out.exists()

    # Accept every proposal, as a clinician pressing "accept all" in review would.
    analysis = nlp_analyzer.analyze_draft(draft)
    plan = policy.propose(draft, analysis, meeting_date=draft.meeting_date)
    decisions = []
    for f in policy.undecided(plan, ()):
        p = plan.proposal_for(f)
        reason = "needed" if p.action == Action.KEEP else None
        decisions.append(Decision(f.text, f.entity, p.action, p.replacement, reason,
                                  f.field_id, f.start))  # fmt: skip
    store.save_draft(CaseDraft(**{**draft.__dict__, "decisions": tuple(decisions)}), path)
    assert cli.main(["export", str(path), "-o", str(out)]) == 0

    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    flat = " ".join(text.split())
    fmt = form.get_format(draft.format_id)
    for section in fmt.sections:
        if draft.field_text(section.id):
            assert section.title in flat
    leaked = [i for i in identifiers if i.casefold() in flat.casefold()]
    assert leaked == []
    assert render.display_paragraphs  # the PDF went through the shared normalisation
