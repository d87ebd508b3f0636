"""Regenerate ``recognizers/data/names_given_census.txt`` (run once; the output is committed).

Source: the US Census 1990 given-name lists ``dist.female.first`` and ``dist.male.first``
shipped in the ``names`` package (0.3.0, MIT; the Census data is public domain). Names that
are also everyday lower-case English words in the system word lists
(``/usr/share/dict/american-english`` and ``british-english``, Debian's wamerican and
wbritish) are dropped ("june", "rose", "will"), as are names already in our lists. Like
``names_given_wide.txt`` the list is used only in name contexts: after a kinship or role
word, a header label, before an age or a bracket, never for a bare word in running text.
The ``names`` package is not a dependency: download its sdist once to generate.

Usage: ``.venv/bin/python benchmarks/make_census_given_names.py PATH/TO/names/``
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recognizers import name_words as W  # noqa: E402

OUT = ROOT / "recognizers" / "data" / "names_given_census.txt"
DICTIONARIES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")


def everyday_words() -> set[str]:
    """Lower-case entries of the system word lists (proper nouns are capitalised there)."""
    words: set[str] = set()
    for path in DICTIONARIES:
        if Path(path).exists():
            words |= {w for w in Path(path).read_text(encoding="utf-8").split() if w.islower()}
    if not words:
        raise SystemExit("no system word list: install wamerican and wbritish")
    return words


def main(source: Path) -> None:
    everyday = everyday_words()
    known = W.given_names_wide()
    names = set()
    for file in ("dist.female.first", "dist.male.first"):
        for line in (source / file).read_text(encoding="utf-8").splitlines():
            name = line.split()[0].lower() if line.strip() else ""
            if len(name) >= 3 and name.isalpha() and name not in everyday and name not in known:
                names.add(name)
    header = (
        "# US Census 1990 given names (public domain; from the names 0.3.0 package, MIT), less\n"
        "# everyday English words and names already listed. Name contexts only. Regenerate with\n"
        "# benchmarks/make_census_given_names.py.\n"
    )
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
