"""trie_regex matches what a longest-first alternation of the same words matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from recognizers.word_trie import trie_regex

#: Words of letters, separators and optional apostrophes; not only apostrophes (a word
#: that can match nothing is no word).
_WORDS = st.lists(
    st.text(alphabet="ab -'", min_size=1, max_size=5).filter(lambda w: w.strip("'")),
    min_size=1,
    max_size=8,
)


def _atoms(word: str) -> list[str]:
    return [{" ": "[ -]", "-": "[ -]", "'": "['’]?"}.get(c) or re.escape(c) for c in word]


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=st.text(alphabet="ab -'’", max_size=12))
def test_trie_matches_like_a_longest_first_alternation(words: list[str], text: str) -> None:
    alternation = "|".join("".join(_atoms(w)) for w in sorted(set(words), key=len, reverse=True))
    trie = trie_regex(_atoms(w) for w in words)
    for at in range(len(text) + 1):
        plain = re.compile(rf"(?:{alternation})").match(text, at)
        ours = re.compile(rf"(?:{trie})").match(text, at)
        assert (plain is None) == (ours is None)
        if plain and ours:
            # the trie takes the longest word; the alternation the first (longest-written)
            assert ours.end() >= plain.end()
            assert re.fullmatch(rf"(?:{alternation})", ours.group())
            ends = [re.compile(rf"(?:{''.join(_atoms(w))})").match(text, at) for w in words]
            assert ours.end() == max(m.end() for m in ends if m)  # the longest any word takes


def test_shared_beginnings_are_written_once() -> None:
    trie = trie_regex([list("Easter"), list("East"), list("Eid")])
    assert trie.count("E") == 1
    assert re.fullmatch(trie, "East") and re.fullmatch(trie, "Easter") and re.fullmatch(trie, "Eid")
    assert not re.fullmatch(trie, "Eas")


def test_no_words_match_nothing_but_the_empty_string() -> None:
    assert trie_regex([]) == ""
    assert trie_regex([[]]) == ""


def test_case_variants_under_ignorecase_still_take_the_longest_word() -> None:
    trie = trie_regex([list("Ab"), list("abc")])
    assert re.match(rf"(?i:{trie})", "ABC").group() == "ABC"
