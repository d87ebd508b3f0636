"""Part-of-speech tags on demand, for the few words whose reading depends on one.

The small English model's tagger needs its own token-to-vector layer (the entity recognizer
has a separate one), and together they were a sixth of analysis time, for two questions
asked of a handful of words per case: is this capitalised word opening a sentence a proper
noun ("Relocated", "Pills" are not), and is this demonym used as one. So the main pass runs
without them, and ``tag_at`` tags only the stretch of text around the word asked about.
The tagger's context is a few tokens each side, so the tag is the one a full pass gives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

#: How much text each side of the word is tagged (the tagger looks about four tokens out).
WINDOW_CHARS = 160

#: Tagging functions by the vocabulary they belong to (one per loaded pipeline).
_TAGGERS: dict[int, tuple[Any, Callable[[str], Any]]] = {}
_LOCK = threading.Lock()


def register(nlp: Any, components: list[str]) -> None:
    """Let ``tag_at`` tag text of this pipeline's documents with ``components``, in order.

    The components stay in the pipeline, disabled for the main pass.
    """
    pipes = [nlp.get_pipe(name) for name in components]

    def tag(text: str) -> Any:
        doc = nlp.make_doc(text)
        for pipe in pipes:
            doc = pipe(doc)
        return doc

    with _LOCK:
        _TAGGERS[id(nlp.vocab)] = (nlp.vocab, tag)  # holding the vocab keeps the id unique


def tag_at(doc: Any, start: int, end: int) -> str | None:
    """The fine-grained tag of the one token at ``doc.text[start:end]``.

    None when the characters are not exactly one token; "" when nothing can tag it (a blank
    tokenizer in tests).
    """
    char_span = getattr(doc, "char_span", None)
    if char_span is None:
        return None
    span = char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    if doc.has_annotation("TAG"):
        return str(span[0].tag_)
    entry = _TAGGERS.get(id(doc.vocab))
    if entry is None or entry[0] is not doc.vocab:
        return ""
    text = doc.text
    token = span[0]
    lo = min(token.idx, _cut(text, max(0, token.idx - WINDOW_CHARS), forward=True))
    hi = _cut(text, min(len(text), token.idx + len(token) + WINDOW_CHARS), forward=False)
    hi = max(hi, token.idx + len(token))
    window = entry[1](text[lo:hi])
    local = window.char_span(token.idx - lo, token.idx - lo + len(token))
    if local is None or len(local) != 1:
        return ""
    return str(local[0].tag_)


def _cut(text: str, at: int, *, forward: bool) -> int:
    """Move a window edge to a whitespace boundary so no word is cut in half."""
    if at <= 0 or at >= len(text):
        return at
    if forward:
        while at < len(text) and not text[at - 1].isspace():
            at += 1
    else:
        while at > 0 and not text[at].isspace():
            at -= 1
    return at
