"""Time rendering a 2,000-word handout to PDF (and Markdown) after a warm-up run.

Usage: python benchmarks/render_speed.py [--words 2000] [--runs 10] [--out handout.pdf]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from casepres import form, render
from casepres.model import RedactedDocument, RedactedSection

# Synthetic, de-identified prose in our own words; repeated to reach the word count.
SENTENCES = [
    "The client is a woman in her early 30s who works in health care.",
    "She came for help with panic attacks that began after a move last year.",
    "The attacks now happen most nights and sometimes at work.",
    "She grew up with a parent who drank and learned to keep things to herself.",
    "We have met weekly for about eight months, using interoceptive exposure.",
    "Progress stalled after her partner questioned the cost of therapy.",
    "I notice that I feel protective of her and impatient with the partner.",
    "I wonder whether I am moving faster than she can tolerate.",
]


def make_document(words: int, variant: int = 0) -> tuple[RedactedDocument, form.FormatSpec]:
    """A structured-format handout of about ``words`` words spread over every section.

    ``variant`` changes every paragraph, so Typst's memoisation cannot reuse the layout
    of an earlier run: each timed run typesets a new document.
    """
    fmt = form.get_format("structured")
    per_section = words // len(fmt.sections)
    sections = []
    for i, spec in enumerate(fmt.sections):
        text: list[str] = []
        n = 0
        j = i
        while n < per_section:
            sentence = SENTENCES[j % len(SENTENCES)]
            if j % 5 == 0:
                sentence = f"Note {variant}.{j}: {sentence}"
            text.append(sentence + ("\n\n" if j % 5 == 4 else " "))
            n += len(sentence.split())
            j += 1
        sections.append(RedactedSection(spec.id, spec.title, "".join(text).strip()))
    doc = RedactedDocument(
        "structured", tuple(sections), dt.date(2026, 3, 12),
        changes=("names replaced with roles or labels", "dates made relative to the meeting date"),
    )  # fmt: skip
    return doc, fmt


def main() -> None:
    """Warm up once, then print the median and worst time of ``--runs`` renders."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--out", type=Path, help="also write the PDF here")
    args = parser.parse_args()

    doc, fmt = make_document(args.words)
    words = sum(len(s.text.split()) for s in doc.sections)
    t0 = time.perf_counter()
    pdf = render.render_pdf(doc, fmt)  # warm-up: fonts load, template parses
    cold = time.perf_counter() - t0

    pdf_times, md_times = [], []
    for run in range(1, args.runs + 1):
        doc, fmt = make_document(args.words, variant=run)
        t0 = time.perf_counter()
        pdf = render.render_pdf(doc, fmt)
        pdf_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        render.render_markdown(doc, fmt)
        md_times.append(time.perf_counter() - t0)

    print(f"handout: {words} words of case text, {len(pdf) / 1024:.0f} KiB PDF")
    print(f"PDF first render (cold): {cold * 1000:.0f} ms")
    print(
        f"PDF after warm-up: median {statistics.median(pdf_times) * 1000:.1f} ms, "
        f"worst {max(pdf_times) * 1000:.1f} ms over {args.runs} runs, "
        "each a new document (bar: 200 ms)"
    )
    print(f"Markdown: median {statistics.median(md_times) * 1000:.2f} ms")
    try:
        import io

        import pypdf

        print(f"pages: {len(pypdf.PdfReader(io.BytesIO(pdf)).pages)}")
    except ImportError:
        pass
    if args.out:
        args.out.write_bytes(pdf)


if __name__ == "__main__":
    main()
