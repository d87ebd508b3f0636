"""casepres: confidentiality-safe case presentations for peer consultation."""

from casepres.offline import enforce_offline

# Before anything imports presidio (whose email recognizer builds a tldextract
# extractor at import time that would otherwise fetch the public suffix list).
enforce_offline()

__version__ = "0.1.0"
