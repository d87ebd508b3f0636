"""Entry point: ``python -m casepres`` and the ``casepres`` script."""

from __future__ import annotations

import sys

from casepres.cli import main as _cli_main


def main(argv: list[str] | None = None) -> int:
    """Run the command line and exit with its status."""
    code = _cli_main(sys.argv[1:] if argv is None else argv)
    return code


if __name__ == "__main__":
    sys.exit(main())
