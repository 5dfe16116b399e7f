"""Entry point of ``campagne``: parse, build the context once, dispatch, print, exit."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..context import AppContext
from ..domain.messages import UserError
from ..i18n import choose_language, translator
from ..paths import AppPaths
from ..preferences import Preferences
from . import (
    batch_commands,
    campaign_commands,
    contact_commands,
    template_commands,
    wipe_commands,
)
from .runtime import (
    EXIT_FAILURE,
    EXIT_REFUSED,
    EXIT_USAGE,
    ComplianceRefusedError,
    Runtime,
    cli_passphrase,
)

COMMAND_MODULES = (
    campaign_commands,
    contact_commands,
    template_commands,
    batch_commands,
    wipe_commands,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit status 2 for bad usage, as argparse does
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="campagne",
        description="Campagne Desktop: compliant political SMS campaigns (command line).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="keep the campaign in DIR instead of the user data folder"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.default()
    t = translator(choose_language(Preferences.load(paths.config_dir).language))
    ctx = AppContext.build(paths, ask_passphrase=cli_passphrase(t))
    runtime = Runtime(args=args, ctx=ctx, t=t)
    try:
        if args.command != "wipe":  # `wipe` finishes an interrupted wipe itself, with its report
            wipe_commands.resume_at_start(ctx, t)  # a wipe killed halfway is finished first
        result = args.handler(runtime)
    except UserError as error:
        status = EXIT_REFUSED if isinstance(error, ComplianceRefusedError) else EXIT_FAILURE
        message = error.render(t)
        if args.json:
            print(json.dumps({"error": message, "status": status}, ensure_ascii=False))
        print(message, file=sys.stderr)
        return status
    except KeyboardInterrupt:
        return EXIT_FAILURE
    finally:
        runtime.close()
    if args.json:
        print(json.dumps(result.data, ensure_ascii=False, indent=2, default=str))
    elif result.text:
        print(result.text)
    return result.status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
