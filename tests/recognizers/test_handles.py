"""SocialHandleRecognizer: exact spans of usernames; emails and plain words stay unflagged."""

from __future__ import annotations

import pytest

from recognizers.entities import EMAIL, SOCIAL_HANDLE


def at(text: str, part: str, entity: str = SOCIAL_HANDLE) -> tuple[str, int, int]:
    """(entity, start, end) of ``part`` in ``text``."""
    start = text.index(part)
    return (entity, start, start + len(part))


CASES = [
    pytest.param(
        "She streams on Twitch under the name NightOwlNat most nights.",
        ["NightOwlNat"],
        id="under-the-name-camel-case",
    ),
    pytest.param(
        'He posts as "dadbod_dave" on Reddit.', ["dadbod_dave"], id="quoted-as-on-platform"
    ),
    pytest.param("She goes by MoonGirl99 on TikTok.", ["MoonGirl99"], id="goes-by-on-platform"),
    pytest.param(
        "On YouTube she is known as TheQuietBaker.", ["TheQuietBaker"], id="known-as-after-platform"
    ),
    pytest.param("He joined Discord as a teen and liked it.", [], id="as-a-teen"),
    pytest.param("Portal username keishalb37. Link sent.", ["keishalb37"], id="username-label"),
    pytest.param("Her login: tui_m88 for the app.", [("tui_m88", "ID")], id="login-label"),
    pytest.param("Her username is private.", [], id="username-is-private"),
    pytest.param(
        "She met a girl on Instagram named McKenzie nearby.",
        [("McKenzie", "PERSON")],
        id="camel-case-surname-shape-is-a-name",
    ),
    pytest.param(
        "She is on Facebook as Mary, her real name.", [("Mary", "PERSON")], id="plain-name-as"
    ),
    pytest.param(
        "She goes by MoonGirl at home.", [("MoonGirl", "PERSON")], id="camel-case-without-platform"
    ),
    pytest.param("She posted it (@sky.runner.rn) last night.", ["@sky.runner.rn"], id="at-handle"),
    pytest.param(
        "He posts as u/over_the_line_22 in betting subs.", ["u/over_the_line_22"], id="reddit"
    ),
    pytest.param("Snapchat: moth_in_june. Nothing else.", ["moth_in_june"], id="platform-colon"),
    pytest.param("She is on Instagram as leaf_x2 now.", ["leaf_x2"], id="platform-as"),
    pytest.param("Her handle is quietmoth on most apps.", ["quietmoth"], id="handle-is"),
    pytest.param("Discord: moonbean#4417 mostly.", ["moonbean#4417"], id="discord-tag"),
    pytest.param(
        "Pays me on Venmo @Kit-R-90 or cashapp $KitR90.",
        ["@Kit-R-90", "$KitR90"],
        id="payment-apps",
    ),
    pytest.param(
        "She paid $40 on Venmo, then Venmo $12 and cashapp: $25.", [], id="payment-amounts"
    ),
    pytest.param("Seen @school and @home this week.", [], id="at-as-shorthand"),
    pytest.param(
        "Follows @home.cook.daily for recipes.",
        ["@home.cook.daily"],
        id="handle-starting-with-word",
    ),
    pytest.param("We talked about Instagram and how she uses it.", [], id="platform-word-alone"),
    pytest.param(
        "Instagram: sofiskates (private).", ["sofiskates"], id="platform-colon-plain-word"
    ),
    pytest.param("Instagram: she scrolls nightly. TikTok: none.", [], id="platform-colon-prose"),
    pytest.param("Her username was given to police.", [], id="username-was-verb"),
    pytest.param("Her handle is private now.", [], id="handle-is-not-a-name"),
    # a plain word ending the phrase after someone's platform and "is"
    pytest.param("her insta is lilyrose.", ["lilyrose"], id="possessive-platform-is"),
    pytest.param(
        "Mia's tiktok is bexdances",
        [("Mia", "PERSON"), "bexdances"],
        id="named-possessive-platform-is",
    ),
    pytest.param(
        "Her insta is private. His snap is deleted; her TikTok is addictive.",
        [],
        id="possessive-platform-is-adjective",
    ),
    pytest.param("His gamertag is embarrassing.", [], id="gamertag-is-adjective"),
    pytest.param("Her TikTok is mostly dance videos.", [], id="platform-is-prose"),
    # platform words: channel, user, name, ID; a comma or bracket before the handle
    pytest.param(
        "Her YouTube channel MalikPlaysGames grew.", ["MalikPlaysGames"], id="channel-camel"
    ),
    pytest.param(
        "reddit user throwaway_mum22; PSN ID: wolfy_99",
        ["throwaway_mum22", "wolfy_99"],
        id="reddit-user-and-psn-id",
    ),
    pytest.param(
        "Her finsta account, sad_diaries, and Kik (kikuser_22).",
        ["sad_diaries", "kikuser_22"],
        id="comma-and-bracket",
    ),
    pytest.param("ig: maiak_ and BeReal kiki.b", ["maiak_", "kiki.b"], id="lower-ig-and-bereal"),
    pytest.param("snapchat - miaxo_2 (private)", ["miaxo_2"], id="platform-dash"),
    pytest.param("Instagram - lots. TikTok - 3 hrs a day.", [], id="platform-dash-prose"),
    pytest.param(
        "Her email is sky.r@example.com today.",
        [("sky.r@example.com", EMAIL)],
        id="email-not-handle",
    ),
]


@pytest.mark.parametrize("text, parts", CASES)
def test_handle_spans(spans, text: str, parts: list[str | tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    expected = sorted(at(text, *p) if isinstance(p, tuple) else at(text, p) for p in parts)
    assert spans(text) == expected
