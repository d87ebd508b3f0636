"""Email addresses with "at" and "dot" written out ("jo.reyes at gmail dot com")."""

from __future__ import annotations

from functools import cache

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from recognizers.entities import EMAIL

#: A local part or domain label.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9_%+-]|\.(?=[A-Za-z0-9]))*"

#: "at" written out: " at ", " AT ", "[at]", "(at)", "{at}", "[@]".
_AT = r"(?:\s(?:at|AT)\s|\s?[\[({<]\s?(?i:at|@)\s?[\])}>]\s?)"

#: "dot" written out: " dot ", " DOT ", "[dot]", "(dot)", "{.}"; or a plain dot.
_DOT_WORD = r"(?:\s(?:dot|DOT)\s|\s?[\[({<]\s?(?i:dot|\.)\s?[\])}>]\s?)"

#: Top-level domains that end a written-out address (a sentence's "at home dot" does not).
_TLD = (
    r"(?i:com|net|org|edu|gov|info|biz|io|me|co|us|uk|au|nz|ca|ie|za|in|de|fr|es|it|nl|"
    r"mil|ac|ly|app|email|mail)"
)


#: Words before a plain " at " that make it a sentence ("looked at google dot com").
_NOT_LOCAL = (
    r"(?!(?i:look|looks|looked|looking|is|was|are|were|be|been|being|me|him|her|them|us|it|you|"
    r"one|online|there|here|work|works|worked|working|home|stay|stays|stayed|arrive|arrives|"
    r"arrived|shop|shops|shopped|go|goes|went|got|get|gets|sites?|job|jobs|ads?|posted|posts|"
    r"searched|searching|browsing|browsed|laughed|staring|stared|glanced|stuff|things?)"
    r"\s(?:at|AT)\s)"
)


@cache
def _patterns() -> tuple[Pattern, ...]:
    return (
        Pattern(
            "written-out email address (medium)",
            # at least one "dot" is written out, or the "at" is bracketed: a plain
            # "name at example.com" is a sentence about a website as often as an address
            rf"(?<![\w.@-]){_NOT_LOCAL}{_LABEL}"
            rf"(?:{_AT}{_LABEL}(?:(?:{_DOT_WORD}|\.){_LABEL})*{_DOT_WORD}{_TLD}"
            rf"|\s?[\[({{<]\s?(?i:at|@)\s?[\])}}>]\s?{_LABEL}(?:(?:{_DOT_WORD}|\.){_LABEL})*"
            rf"(?:{_DOT_WORD}|\.){_TLD})"
            r"(?![\w@-]|\.[A-Za-z0-9])",
            0.6,
        ),
    )


class ObfuscatedEmailRecognizer(PatternRecognizer):
    """Email addresses with "at" and "dot" spelled out or bracketed.

    Presidio's email recognizer needs a literal "@" and dots; a clinician copying an
    address from a signature or a client's message often has it written out.
    """

    CONTEXT = ["email", "e-mail", "mail", "address", "gmail", "outlook"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=EMAIL,
            name="ObfuscatedEmailRecognizer",
            patterns=list(_patterns()) if patterns is None else patterns,
            context=self.CONTEXT if context is None else context,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )
