"""The handout: Markdown golden, PDF text and fonts, literal rendering of hostile text."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from typing import Any

import pypdf
import pytest
from markdown_it import MarkdownIt
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from casepres import form, render
from casepres.model import RedactedDocument, RedactedSection
from tests.conftest import FIXTURES

NON_ASCII = "The client’s “résumé” – ±5 kg; niño, łza, pāpā, Ærø, naïve."
INJECTION = "\n".join([
    '#set page(fill: red) #read("/etc/passwd") #import "@preview/x:0.1.0": *',
    r"$x^2$ *bold* _em_ **strong** `code` [link](http://x.test) ![img](a.png)",
    r"@ref <label> \\ \n \ trailing\ ",
    "# Heading",
    "- item",
    "+ plus",
    "1. one",
    "2) two",
    "> quote",
    "---",
    "=====",
    "```",
    "~~~ ~~strike~~",
    "| a | b |",
    "{{ doc.sections }} {% for x in y %}loop{% endfor %} {# note #} {{ '{{' }}",
    "<script>alert(1)</script> &amp; &#65; <http://auto.test> www.x.test",
    "    four spaces in",
    "[ref]: http://defined.test",
])  # fmt: skip


class MarkdownSnapshot(SingleFileSnapshotExtension):
    """A single readable ``.md`` golden file per test."""

    _write_mode = WriteMode.TEXT
    _file_extension = "md"


def fixture_doc() -> tuple[RedactedDocument, form.FormatSpec, dict[str, Any]]:
    data = json.loads((FIXTURES / "handout_redacted.json").read_text(encoding="utf-8"))
    fmt = form.get_format(data["format_id"])
    sections = []
    for field_id, text in data["sections"].items():
        spec = fmt.section(field_id)
        assert spec is not None
        sections.append(RedactedSection(field_id, spec.title, text))
    doc = RedactedDocument(
        format_id=fmt.id,
        sections=tuple(sections),
        meeting_date=dt.date.fromisoformat(data["meeting_date"]),
        changes=tuple(data["changes"]),
        remains=tuple(data["remains"]),
    )
    return doc, fmt, data


def plain_doc(text: str, **kw: Any) -> tuple[RedactedDocument, form.FormatSpec]:
    fmt = form.get_format("plain")
    return RedactedDocument("plain", (RedactedSection("text", "Case", text),), **kw), fmt


def pdf_pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def fixture_pdf() -> bytes:
    doc, fmt, _ = fixture_doc()
    return render.render_pdf(doc, fmt)


# ---------------------------------------------------------------- Markdown


def test_markdown_golden(snapshot: Any) -> None:
    doc, fmt, _ = fixture_doc()
    assert render.render_markdown(doc, fmt) == snapshot(extension_class=MarkdownSnapshot)


def test_markdown_order_and_fixed_parts() -> None:
    doc, fmt, _ = fixture_doc()
    md = render.render_markdown(doc, fmt)
    headings = re.findall(r"^## (.+)$", md, flags=re.M)
    assert headings == [
        "Consultation question",
        "The client in brief",
        "Presenting concern",
        "Relevant history",
        "Diagnosis and formulation",
        "Treatment so far",
        "Ethical or risk concerns",
        "What I want from the group",
        "Changes made for confidentiality",
        "For the discussion",
    ]  # fmt: skip  (the empty "My reactions" section is left out)
    assert "**Meeting date:** 12 March 2026" in md
    assert "**Format:** Structured case presentation" in md
    assert "> If you may know this client, say so and step out of this discussion." in md
    assert "4\\. Closing round: before the discussion ends, each member shares" not in md
    assert re.search(r"^4\. Closing round: .*each member shares their reaction", md, re.M)
    assert md.rstrip().endswith(
        "*De-identified for peer consultation under APA Ethics Code 4.06. "
        "Do not copy, forward or keep after the meeting.*"
    )
    for change in doc.changes:
        assert f"- {change}\n" in md


def test_markdown_without_changes_or_date_says_so() -> None:
    doc, fmt = plain_doc("Short case.")
    md = render.render_markdown(doc, fmt)
    assert "Meeting date" not in md
    assert "- No identifying details were found that needed changing.\n" in md


def _section_tokens(md: str, title: str) -> list[Any]:
    """Block tokens between the heading ``title`` and the next heading."""
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(md)
    start = next(
        i for i, t in enumerate(tokens)
        if t.type == "inline" and t.content == title and tokens[i - 1].type == "heading_open"
    ) + 2  # fmt: skip
    end = next(i for i in range(start, len(tokens)) if tokens[i].type == "heading_open")
    return tokens[start:end]


def _plain_text(block_tokens: list[Any]) -> tuple[str, set[str]]:
    """Visible text of paragraphs (hard/soft breaks as newlines) and every token type seen."""
    paragraphs: list[str] = []
    types: set[str] = set()
    for t in block_tokens:
        types.add(t.type)
        if t.type != "inline":
            continue
        parts = []
        for child in t.children or []:
            types.add(child.type)
            parts.append("\n" if child.type in {"hardbreak", "softbreak"} else child.content)
        paragraphs.append("".join(parts))
    return "\n\n".join(paragraphs), types


@pytest.mark.parametrize("text", [INJECTION, NON_ASCII], ids=["injection", "non-ascii"])
def test_markdown_renders_text_literally(text: str) -> None:
    doc, fmt = plain_doc(text)
    md = render.render_markdown(doc, fmt)
    visible, types = _plain_text(_section_tokens(md, "Case"))
    expected = "\n\n".join("\n".join(p) for p in render.display_paragraphs(text))
    assert visible == expected
    # Only paragraphs of text and line breaks: no emphasis, links, code, HTML, lists...
    assert types <= {"paragraph_open", "paragraph_close", "inline", "text", "hardbreak"}


def test_jinja_syntax_in_text_is_not_evaluated() -> None:
    doc, fmt = plain_doc("{{ wording.title }} {% if true %}yes{% endif %}")
    md = render.render_markdown(doc, fmt)
    assert r"{{ wording.title }} {% if true %}yes{% endif %}" in md


def test_titles_and_changes_are_escaped_too() -> None:
    fmt = form.get_format("plain")
    doc = RedactedDocument(
        "plain", (RedactedSection("text", "*Case* <b>", "x"),), changes=("[names](x) *replaced*",)
    )
    md = render.render_markdown(doc, fmt)
    assert "## \\*Case\\* \\<b\\>" in md
    assert "- \\[names\\](x) \\*replaced\\*" in md


MD_ESCAPES = [
    pytest.param("plain words", "plain words", id="plain"),
    pytest.param("*a* _b_ `c`", r"\*a\* \_b\_ \`c\`", id="emphasis-code"),
    pytest.param("# h", r"\# h", id="heading"),
    pytest.param("- a", r"\- a", id="dash-list"),
    pytest.param("+ a", r"\+ a", id="plus-list"),
    pytest.param("12. a", r"12\. a", id="ordered"),
    pytest.param("3) a", r"3\) a", id="ordered-paren"),
    pytest.param("a - b 1. c", "a - b 1. c", id="mid-line-untouched"),
    pytest.param("> q", r"\> q", id="quote"),
    pytest.param("=== x", r"\=== x", id="setext"),
    pytest.param("a\\b", r"a\\b", id="backslash"),
    pytest.param("<i>&amp;", r"\<i\>\&amp;", id="html-entity"),
    pytest.param("[a](b) | ~ $", r"\[a\](b) \| \~ \$", id="link-table-strike-math"),
]  # fmt: skip


@pytest.mark.parametrize("raw, escaped", MD_ESCAPES)
def test_md_escape(raw: str, escaped: str) -> None:
    assert render.md_escape(raw) == escaped


# ---------------------------------------------------------------- shared text


def test_handout_text_sections_are_what_is_shown() -> None:
    doc, fmt, data = fixture_doc()
    parts = render.handout_text_sections(doc, fmt)
    assert [t for t, _ in parts] == [
        "Consultation question", "The client in brief", "Presenting concern",
        "Relevant history", "Diagnosis and formulation", "Treatment so far",
        "Ethical or risk concerns", "What I want from the group",
        "Changes made for confidentiality",
    ]  # fmt: skip
    texts = dict(parts)
    assert texts["Relevant history"] == data["sections"]["history"]
    assert texts["Changes made for confidentiality"] == "\n".join(data["changes"])


def test_invisible_characters_are_dropped_everywhere() -> None:
    doc, fmt = plain_doc("Ma\u200bria  met   Jo\u00adhn\u0007 at noon.\r\nNext\u2060line")
    assert render.handout_text_sections(doc, fmt) == [("Case", "Maria met John at noon.\nNextline")]
    assert "Maria met John at noon.\\\nNextline" in render.render_markdown(doc, fmt)
    assert "Maria met John at noon." in squash(pdf_pages(render.render_pdf(doc, fmt))[0])


def test_decomposed_accents_are_composed() -> None:
    doc, fmt = plain_doc("Jose\u0301 and Rene\u0301e")
    assert render.handout_text_sections(doc, fmt) == [("Case", "José and Renée")]


# ---------------------------------------------------------------- PDF


def test_pdf_has_every_heading_and_fixed_part(fixture_pdf: bytes) -> None:
    doc, fmt, _ = fixture_doc()
    text = squash(" ".join(pdf_pages(fixture_pdf)))
    for s in doc.sections:
        if s.text.strip():
            assert s.title in text
            assert squash(s.text) in text
    for fixed in (
        "Case presentation for peer consultation",
        "12 March 2026",
        "Structured case presentation",
        "If you may know this client, say so and step out of this discussion.",
        "Changes made for confidentiality",
        "each member shares their reaction",
        "APA Ethics Code 4.06",
        "Do not copy, forward or keep after the meeting.",
    ):
        assert fixed in text, fixed
    assert "My reactions" not in text


def test_pdf_question_comes_first(fixture_pdf: bytes) -> None:
    text = squash(pdf_pages(fixture_pdf)[0])
    assert text.index("Consultation question") < text.index("The client in brief")


def test_pdf_page_numbers() -> None:
    doc, fmt = plain_doc("\n\n".join(["A paragraph of ordinary words about the work."] * 150))
    pages = pdf_pages(render.render_pdf(doc, fmt))
    assert len(pages) >= 3
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {len(pages)}" in page
        assert "APA Ethics Code 4.06" in page


@pytest.mark.parametrize("text", [INJECTION, NON_ASCII], ids=["injection", "non-ascii"])
def test_pdf_renders_text_literally(text: str) -> None:
    doc, fmt = plain_doc(text)
    pdf = render.render_pdf(doc, fmt)
    shown = squash(" ".join(pdf_pages(pdf)))
    for line in (ln for p in render.display_paragraphs(text) for ln in p):
        assert squash(line) in shown, line
    assert "root:" not in shown  # #read() was not executed


def test_pdf_does_not_hyphenate() -> None:
    words = [
        "countertransference", "psychopharmacological", "interdisciplinary",
        "deinstitutionalization", "overgeneralization", "misunderstanding",
    ]  # fmt: skip
    doc, fmt = plain_doc(" ".join(words * 40))
    text = " ".join(pdf_pages(render.render_pdf(doc, fmt)))
    body = text[text.index("Case") : text.index("Changes made")]
    assert not re.search(r"[a-z]-\s", body)
    case_words = [w for w in body.split() if w.islower() and len(w) > 12]
    assert len(case_words) == 240
    assert set(case_words) == set(words)


def test_pdf_fonts_are_embedded_wheel_fonts(fixture_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(fixture_pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            names.add(str(target["/BaseFont"]).split("+")[-1])
    assert names and all(n.startswith("LibertinusSerif") for n in names), names


def test_pdf_is_reproducible() -> None:
    doc, fmt, _ = fixture_doc()
    assert render.render_pdf(doc, fmt) == render.render_pdf(doc, fmt)
