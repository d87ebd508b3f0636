"""Many words as one regex, shaped as a trie so a scan tries a letter once, not per word.

A plain alternation of a few hundred holiday names or ID words makes the regex engine try
every branch at every word start; a trie shares their common beginnings. The trie prefers
the longest word at each position, as a longest-first alternation does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_Node = dict[str, "_Node"]


def trie_regex(words: Iterable[Sequence[str]]) -> str:
    """A regex (no outer group) matching any word, each given as a sequence of regex atoms.

    An atom is one regex piece that matches one letter or separator (``"a"``, ``r"\\."``,
    ``"[ -]"``), or an optional one ending in ``?`` (``"['’]?"``). Words with the same
    atoms share a path.
    """
    root: _Node = {}
    for word in words:
        for atoms in _spelled_out(list(word)):
            if not atoms:
                continue
            node = root
            for atom in atoms:
                node = node.setdefault(atom, {})
            node[""] = {}  # a word ends here
    return _node_and_depth(root)[0]


def _spelled_out(atoms: list[str]) -> list[list[str]]:
    """A word with each optional atom ("['’]?") written both with and without it.

    Then every atom consumes a character and sibling atoms differ, so the first branch that
    matches is the only one that can, and the longest word wins.
    """
    out: list[list[str]] = [[]]
    for atom in atoms:
        if atom.endswith("?") and not atom.endswith("\\?"):
            out = [w + [atom[:-1]] for w in out] + [list(w) for w in out]
        else:
            out = [w + [atom] for w in out]
    return out


def _node_and_depth(node: _Node) -> tuple[str, int]:
    """The regex below ``node`` and the atoms in its longest word."""
    children = {atom: _node_and_depth(child) for atom, child in node.items() if atom}
    if not children:
        return "", 0
    # The engine takes the first branch that matches; where two could (case variants under
    # an ignore-case flag), the one leading to the longer word goes first.
    order = sorted(children, key=lambda a: (-children[a][1], a))
    branches = [atom + children[atom][0] for atom in order]
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    depth = 1 + max(d for _, d in children.values())
    return (f"(?:{body})?" if "" in node else body), depth
