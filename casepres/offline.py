"""Keeps third-party libraries from reaching the network; import before presidio."""

from __future__ import annotations

import os


def enforce_offline() -> None:
    """Stop tldextract fetching its suffix list and hubs or telemetry phoning home.

    Presidio's URL and email recognizers use tldextract, which otherwise downloads the
    public suffix list on first use. Case text must never leave the machine.
    """
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    os.environ["TLDEXTRACT_CACHE"] = ""  # use the bundled snapshot; write nothing to disk
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("SPACY_WARNING_IGNORE", "W006")
