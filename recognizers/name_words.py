"""Word lists about names (first names, titles, kinship words, name-like words), loaded once."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from recognizers.allow_list import read_word_list

#: Nicknames made of two initials ("his brother TJ", "AJ is 7", "son AJ."): people, not
#: acronyms. Shared by the name and age recognizers.
LETTER_PAIR = r"(?:[ACDJKMPRT]J|J[DPT])(?![\w&/-]|\.\w)"
#: Plural relations a list of names or ages may follow ("sons Tom 12 and Ben 9", "her
#: daughters Amara and Zuri"). Shared by the age and name recognizers.
PLURAL_KIN = (
    "kids", "children", "sons", "daughters", "siblings", "grandchildren", "grandkids", "boys",
    "girls", "twins", "stepkids", "stepchildren", "brothers", "sisters", "grandsons",
    "granddaughters", "nieces", "nephews",
)  # fmt: skip


def word_set(name: str) -> frozenset[str]:
    """Lower-cased whitespace-separated words of a data file."""
    return frozenset(w.lower() for line in read_word_list(name) for w in line.split())


def _phrases(name: str) -> frozenset[str]:
    """Lower-cased lines of a data file (a line may hold a multi-word phrase)."""
    return frozenset(" ".join(line.lower().split()) for line in read_word_list(name))


@cache
def titles() -> frozenset[str]:
    """Honorifics and titles ("dr", "ms", "pastor", "coach"), lower case, no period."""
    return word_set("names_titles.txt")


@cache
def common_word_names() -> frozenset[str]:
    """First names that are also ordinary words ("hope", "dawn", "mark")."""
    return word_set("names_common_words.txt")


@cache
def lower_words() -> frozenset[str]:
    """Lower-case words that stand where a name could but are not names ("ma'am", "aroha")."""
    return _phrases("names_lower_words.txt") | {fold(w) for w in _phrases("names_lower_words.txt")}


@cache
def place_words() -> frozenset[str]:
    """Words that mark a term as a place ("county", "bridge", "road")."""
    return _phrases("names_place_words.txt")


@cache
def org_words() -> frozenset[str]:
    """Words that mark a term as an organisation ("school", "hospital", "ltd")."""
    return _phrases("names_org_words.txt")


@cache
def kinship_words() -> frozenset[str]:
    """Kinship and role words that put a name after them ("sister", "sponsor", "PCP")."""
    return _phrases("names_kinship.txt")


@cache
def _nicknamer():  # type: ignore[no-untyped-def]
    from nicknames import NickNamer

    return NickNamer()


@cache
def first_names() -> frozenset[str]:
    """Lower-case first names: the nicknames package's names plus ``names_first_extra.txt``."""
    from importlib import resources

    names: set[str] = set()
    csv_path = resources.files("nicknames") / "names.csv"
    with csv_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for key in ("name1", "name2"):
                value = (row.get(key) or "").strip().lower()
                if len(value) >= 2 and value.isalpha():
                    names.add(value)
    extra = word_set("names_first_extra.txt")
    names |= extra | {fold(w) for w in extra}  # "elsabé" is looked up folded, as "elsabe"
    names -= word_set("names_not_first.txt")  # "chat", "merci": words, not names
    names |= common_word_names()
    return frozenset(names)


@cache
def given_names_wide() -> frozenset[str]:
    """Given names from many naming traditions, folded lower case, for name contexts only.

    ``first_names()`` plus ``names_given_wide.txt`` (Vietnamese, Korean, Chinese, Japanese,
    South Asian, Arabic, Persian, Turkish, African, Pacific, Slavic, Latin American, Irish,
    Inuit and First Nations names) and ``names_given_census.txt`` (US Census 1990 given
    names that are no everyday word), less relations. Callers use it after a
    kinship word, a header label or before an age, never for a bare word in running text.
    """
    wide = first_names() | {
        fold(w) for w in word_set("names_given_wide.txt") | word_set("names_given_census.txt")
    }
    return frozenset(wide - kinship_words() - word_set("names_not_first.txt"))


def is_given_name(word: str) -> bool:
    """True for a word that is a given name in any of our lists, accents folded ("Siân")."""
    return fold(word).lower() in given_names_wide()


@cache
def hyphen_syllables() -> frozenset[str]:
    """Halves of romanised hyphenated given names ("eun", "ji", "jae", "won", "mei", "ling")."""
    return frozenset(
        part for name in word_set("names_given_wide.txt") if "-" in name for part in name.split("-")
    )


def nicknames_of(name: str) -> frozenset[str]:
    """Common nicknames and formal forms of a first name (lower case, 3+ letters)."""
    nn = _nicknamer()
    key = name.lower()
    out = set(nn.nicknames_of(key)) | set(nn.canonicals_of(key))
    return frozenset(n for n in out if len(n) >= 3 and n.isalpha() and n != key)


def fold(text: str) -> str:
    """Accents and curly quotes folded, length preserved ("Émilie’s" -> "Emilie's")."""
    out = []
    for ch in text:
        if ch in "’‘ʼ":
            out.append("'")
        elif ord(ch) > 127 and ch.isalpha():
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if len(base) == 1 else ch)
        else:
            out.append(ch)
    return "".join(out)


_SENTENCE_START = re.compile(r"(?:^\s*(?:[-•*]\s*)?|[.!?]\s+|\n\s*(?:[-•*]\s*)?)([^\W\d_])")


#: The style of the whole field being analysed, when the analysis sees only part of it.
_FIELD_STYLE: ContextVar[bool | None] = ContextVar("field_lowercase_style", default=None)


@contextmanager
def field_style(text: str) -> Iterator[bool]:
    """Judge the writing style once on a whole field, for recognizers that see only a piece.

    The analysis re-reads one edited sentence at a time; alone, that sentence has too few
    line starts to tell lower-case notes from prose, so it would be read differently from
    the same sentence in the whole field.
    """
    style = _judge_style(text)
    token = _FIELD_STYLE.set(style)
    try:
        yield style
    finally:
        _FIELD_STYLE.reset(token)


def lowercase_style(text: str) -> bool:
    """True for notes written mostly in lower case (sentence and line starts lower case).

    Inside ``field_style`` the whole field's style is used, whatever piece is passed.
    """
    hint = _FIELD_STYLE.get()
    return _judge_style(text) if hint is None else hint


def _judge_style(text: str) -> bool:
    starts = [m.group(1) for m in _SENTENCE_START.finditer(text)]
    if len(starts) < 4:
        return False
    lower = sum(1 for s in starts if s.islower())
    return lower / len(starts) >= 0.5
