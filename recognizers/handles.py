"""Social-media usernames: "@name", "u/name", and handles named after a platform."""

from __future__ import annotations

from functools import cache

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from recognizers.allow_list import read_word_list
from recognizers.entities import SOCIAL_HANDLE

#: A username: letters, digits, underscores and inner dots (a trailing dot ends a sentence).
_NAME = r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?(?:#\d{4}\b)?"
#: Not the local part or domain of an email address.
_NOT_EMAIL = r"(?![\w.]*@)(?!\w)"
#: A handle-like token holds a digit, an underscore or an inner dot ("wrenfern_q", "tom.z").
_HANDLE_LIKE = r"(?=[A-Za-z0-9_.]*[A-Za-z])(?=[A-Za-z0-9_.]*(?:[\d_#]|\.[A-Za-z0-9]))"
#: Words after "handle is" that are not handles.
_NOT_HANDLE = (
    r"(?!(?i:private|public|locked|the|a|an|he|she|they|we|i|it|his|her|their|my|something|unknown|"
    r"not|none|n/a|na|no|yes|still|now|on|in|given|changed|deleted|hacked|taken|removed|blocked|"
    r"banned|shared|posted|new|old|same|different|fake|anonymous)\b)"
)
#: Ordinary word endings ("embarrassing", "locked", "famous"): a plain word with one is no
#: username.
_WORD_ENDING = r"(?![a-z]+(?:ing|ed|ous|ful|ive|able|ible|ly|less|ish)\b)"
#: A name written in camel case with two inner capitals, as screen names often are
#: ("NightOwlNat", "TheQuietBaker"); one inner capital is a surname's shape ("McKenzie").
_CAMEL = r"(?=[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*[a-z][A-Z])[A-Za-z][A-Za-z0-9]{3,29}\b"
#: Words that introduce the name someone goes by online.
_GOES_BY = (
    r"(?:under\s(?:the\s)?(?:name|handle|username|user\sname|screen\sname|alias)|as|called|named"
    r"|goes\sby|known\sas)"
)
#: A bare word stands alone as a handle only when punctuation or a line end follows it.
_ENDS_PHRASE = r"(?=\s*(?:[.,;:!?)(\]\n]|$))"


def _platforms() -> str:
    words = read_word_list("handles_platforms.txt")
    # short all-caps names ("IG", "X") only as written; others also in lower case
    forms = set(words) | {w.lower() for w in words if not (w.isupper() and len(w) <= 3)}
    return "|".join(
        regex.escape(w).replace(r"\ ", r"\s?") for w in sorted(forms, key=len, reverse=True)
    )


@cache
def _patterns() -> tuple[Pattern, ...]:
    platform = _platforms()
    shorthand = "|".join(regex.escape(w) for w in read_word_list("handles_not_after_at.txt"))
    handle_word = r"(?i:handle|username|user\sname|screen\sname|gamertag|account|profile|page)"
    # after a platform, also "YouTube channel", "Reddit user", "Steam name", "PSN ID"
    platform_word = rf"(?:{handle_word}|(?i:channel|user|name|tag|server)|ID)"
    words = "|".join(regex.escape(w) for w in read_word_list("handles_not_names.txt"))
    not_word = rf"(?!(?i:{words})\b){_WORD_ENDING}"
    possessive = r"(?:(?i:her|his|their|my|your|our)|[A-Z]?[a-z]+['’]s)"
    return (
        Pattern(
            "@handle (strong)",
            # "@school", "@ home": shorthand for "at", not a username
            rf"(?<![\w.@/+-])@(?!(?i:{shorthand})\b(?![_.]\w)){_NAME}{_NOT_EMAIL}",
            0.75,
        ),
        # payment apps allow hyphens ("Venmo @Ash-K-22") and Cash App uses $cashtags
        Pattern(
            "payment-app username (medium)",
            r"\b(?i:venmo|cash\s?app|paypal(?:\.me)?)(?:\s(?i:handle|username|account|is|as|at))*"
            r"\s?[:/]?\s?\K[@$](?=[\w-]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,28}[A-Za-z0-9_])?\b(?![@.]\w)",
            0.6,
        ),
        Pattern("reddit user (strong)", r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}\b", 0.8),
        Pattern(
            "handle after platform and colon (medium)",
            rf"\b(?:{platform}|ig)(?:\s{platform_word})?\s?:\s?\K{_NOT_HANDLE}"
            rf"(?:{_HANDLE_LIKE}{_NAME}{_NOT_EMAIL}|{_NAME}{_NOT_EMAIL}{_ENDS_PHRASE})",
            0.6,
        ),
        # "snapchat - miaxo_2": a dash after the platform, before a handle-shaped word
        Pattern(
            "handle after platform and dash (medium)",
            rf"\b(?:{platform})(?:\s{platform_word})?\s[–—-]\s\K{_NOT_HANDLE}"
            rf"{_HANDLE_LIKE}{_NAME}{_NOT_EMAIL}",
            0.6,
        ),
        # "portal username keishalb37", "login: tui_m88": a username named by its label
        Pattern(
            "username after its label (medium)",
            r"\b(?i:username|user\sname|login|log-in|user\sid|screen\sname|gamertag)\s?[:=]?\s"
            rf"\K{_NOT_HANDLE}{_HANDLE_LIKE}{_NAME}{_NOT_EMAIL}",
            0.6,
        ),
        Pattern(
            "handle after 'handle is' (medium)",
            rf"\b{handle_word}\s(?i:is|was|name\sis)\s\K{_NOT_HANDLE}{not_word}{_NAME}{_NOT_EMAIL}",
            0.6,
        ),
        # "her insta is lilyrose.", "Mia's tiktok is bexdances": a plain word that ends the
        # phrase after someone's platform and "is"
        Pattern(
            "plain word after someone's platform and 'is' (medium)",
            rf"\b{possessive}\s(?:{platform})(?:\s{platform_word})?\s(?i:is|was)\s"
            rf"\K{_NOT_HANDLE}{not_word}{_NAME}{_NOT_EMAIL}{_ENDS_PHRASE}",
            0.6,
        ),
        # "her YouTube channel MalikPlaysGames", "a Twitch channel called NightOwlNat"
        Pattern(
            "camel-case name after a platform's channel or account (medium)",
            rf"\b(?:{platform})\s{platform_word}\s(?:(?i:called|named|is)\s)?[\"“]?\K{_CAMEL}",
            0.6,
        ),
        # "streams on Twitch under the name NightOwlNat", "posts as \"dadbod_dave\" on Reddit"
        Pattern(
            "screen name after a platform and 'under the name' (medium)",
            rf"(?<=\b(?:{platform})\b[^.;\n]{{0,60}}?\b{_GOES_BY}\s[\"“'‘]?)"
            rf"{_NOT_HANDLE}(?:{_HANDLE_LIKE}{_NAME}|{_CAMEL}){_NOT_EMAIL}",
            0.6,
        ),
        Pattern(
            "screen name before 'on' a platform (medium)",
            rf"(?<=\b{_GOES_BY}\s[\"“'‘]?){_NOT_HANDLE}(?:{_HANDLE_LIKE}{_NAME}|{_CAMEL}){_NOT_EMAIL}"
            rf"(?=[\"”'’]?\s(?:on|over\son|in)\s(?:{platform})\b)",
            0.6,
        ),
        Pattern(
            "handle-like word after platform (medium)",
            # "her finsta account, sadgirl_diaries", "Kik (kikuser_22)"
            rf"\b(?:{platform})(?:\s{platform_word})?,?\s\(?(?:(?i:as|is|called|named|under)\s)?"
            rf"\K{_HANDLE_LIKE}{_NAME}{_NOT_EMAIL}",
            0.6,
        ),
    )


class SocialHandleRecognizer(PatternRecognizer):
    """Usernames on social platforms, gaming networks and payment apps.

    "@name" and "u/name" are flagged anywhere (not inside email addresses or URLs); a
    bare username only right after a platform name or "handle is".
    """

    CONTEXT = ["instagram", "tiktok", "snapchat", "reddit", "handle", "username", "twitter"]

    def __init__(
        self, patterns: list[Pattern] | None = None, context: list[str] | None = None
    ) -> None:
        super().__init__(
            supported_entity=SOCIAL_HANDLE,
            name="SocialHandleRecognizer",
            patterns=list(_patterns()) if patterns is None else patterns,
            context=self.CONTEXT if context is None else context,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )
