"""Clinical phrases that are never identifiers: diagnoses, drugs, scales, modalities, theorists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

DATA_FILE = "clinical_allow.txt"

#: Further allow-list files merged into the clinical list (medications, scales, diagnoses...).
EXTRA_FILES = (
    "allow_medications.txt",
    "allow_scales.txt",
    "allow_diagnoses.txt",
    "allow_public.txt",
)


def _data_path(name: str) -> Path:
    return Path(str(resources.files("recognizers") / "data" / name))


def read_word_list(name: str) -> list[str]:
    """Lines of a data file in ``recognizers/data``; ``#`` comments and blanks skipped."""
    out = []
    for raw in _data_path(name).read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@dataclass(frozen=True)
class ClinicalAllowList:
    """Compiled allow-list; ``spans`` finds its phrases in a text (case-insensitive)."""

    pattern: re.Pattern[str] | None

    @classmethod
    @cache
    def load(cls, name: str = DATA_FILE) -> ClinicalAllowList:
        """Load and compile the allow-list data file (cached)."""
        words = read_word_list(name)
        if name == DATA_FILE:
            for extra in EXTRA_FILES:
                if _data_path(extra).exists():
                    words += read_word_list(extra)
        terms = sorted(set(words), key=len, reverse=True)
        if not terms:
            return cls(None)
        alternation = "|".join(_term_regex(t) for t in terms)
        return cls(re.compile(rf"(?<![\w@/.-])(?:{alternation})(?![\w@])", re.IGNORECASE))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every allow-listed phrase in ``text``."""
        if self.pattern is None:
            return []
        return [m.span() for m in self.pattern.finditer(text)]


def _term_regex(term: str) -> str:
    """A term as a regex: ``re:`` prefix means raw regex; otherwise literal, flexible spaces."""
    if term.startswith("re:"):
        return f"(?:{term[3:].strip()})"
    parts = [re.escape(p) for p in term.split()]
    # possessive of a theorist ("Beck's model", "Rogers' regard") is still the theorist
    return r"\s+".join(parts) + r"(?:['’]s?)?"
