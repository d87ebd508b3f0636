"""casepres: confidentiality-safe case presentations for peer consultation."""

__version__ = "0.1.0"
