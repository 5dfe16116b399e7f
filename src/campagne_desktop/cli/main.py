"""Entry point of ``campagne``: parse, build the context once, dispatch, print, exit."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from .. import __version__
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from . import (
    batch_commands,
    campaign_commands,
    contact_commands,
    provider_commands,
    request_commands,
    send_commands,
    template_commands,
    wipe_commands,
)
from .parser_language import (
    HELP_CONTEXT,
    WORDS_CONTEXT,
    argparse_speaking,
    interface_language,
    translate_help,
)
from .runtime import (
    EXIT_FAILURE,
    EXIT_REFUSED,
    EXIT_USAGE,
    ComplianceRefusedError,
    Result,
    Runtime,
    cli_passphrase,
)

COMMAND_MODULES = (
    campaign_commands,
    contact_commands,
    request_commands,  # optout, consent, rights: after import and contacts
    template_commands,
    batch_commands,
    send_commands,  # adds to `batch` and `replies`: after batch_commands
    provider_commands,
    wipe_commands,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exit status 2 for bad usage, as argparse does
        self.print_usage(sys.stderr)
        words = argparse._  # type: ignore[attr-defined] # in the interface language, see below
        line = words("%(prog)s: error: %(message)s") % {"prog": self.prog, "message": message}
        self.exit(EXIT_USAGE, line + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="campagne",
        description=QT_TRANSLATE_NOOP(
            "cli", "Campagne Desktop: compliant political SMS campaigns (command line)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=QT_TRANSLATE_NOOP("cli", "keep the campaign in DIR instead of the user data folder"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "print one JSON document on stdout"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


UNEXPECTED = QT_TRANSLATE_NOOP(
    "messages",
    "Unexpected error ({kind}); nothing was changed. Run again with CAMPAGNE_DEBUG=1 to see "
    "the details.",
)
# A wipe may have destroyed something before an unexpected error: never claim the contrary.
UNEXPECTED_IN_WIPE = QT_TRANSLATE_NOOP(
    "messages",
    "Unexpected error ({kind}). Run `campagne wipe --resume` to finish the wipe, or again with "
    "CAMPAGNE_DEBUG=1 to see the details.",
)
# Killed by SIGPIPE, as the shell reports it: the reader (`| head`) stopped reading.
EXIT_OUTPUT_CUT = 141


def _report(args: argparse.Namespace, t: Callable[[str], str], error: UserError) -> int:
    status = EXIT_REFUSED if isinstance(error, ComplianceRefusedError) else EXIT_FAILURE
    message = error.render(t)
    if args.json:
        print(json.dumps({"error": message, "status": status}, ensure_ascii=False))
    print(message, file=sys.stderr)
    return status


def _unexpected(args: argparse.Namespace, t: Callable[[str], str], error: Exception) -> int:
    # The message of an unexpected error may quote a number or a name: only its type is shown,
    # unless the user asks for the details on their own terminal.
    if os.environ.get("CAMPAGNE_DEBUG"):
        traceback.print_exception(error)
    key = UNEXPECTED_IN_WIPE if getattr(args, "command", "") == "wipe" else UNEXPECTED
    return _report(args, t, UserError(key, kind=type(error).__name__))


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`campagne contacts list | head -1`): end quietly. Point stdout
        # at nothing, so that Python's final flush does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_OUTPUT_CUT


def _main(argv: Sequence[str] | None) -> int:
    from ..i18n import translator

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    arguments = sys.argv[1:] if argv is None else list(argv)
    language = interface_language(arguments)
    words = translator(language, WORDS_CONTEXT, HELP_CONTEXT)
    with argparse_speaking(words):  # the help and the usage errors in the interface language
        parser = build_parser()
        translate_help(parser, words)
        args = parser.parse_args(arguments)
    # Imported once the arguments are parsed: `--version` and `--help` stay fast.
    from ..context import AppContext
    from ..paths import AppPaths, check_data_dir

    paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.default()
    t = translator(language)
    try:
        check_data_dir(paths)  # before anything reads inside it
    except UserError as error:
        return _report(args, t, error)
    ctx = AppContext.build(paths, ask_passphrase=cli_passphrase(t))
    runtime = Runtime(args=args, ctx=ctx, t=t, language=language)
    try:
        if args.command != "wipe":  # `wipe` finishes an interrupted wipe itself, with its report
            wipe_commands.resume_at_start(ctx, t)  # a wipe killed halfway is finished first
        result: Result = args.handler(runtime)
    except UserError as error:  # including the typed storage errors (busy, read-only, full)
        return _report(args, t, error)
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:
        raise
    except Exception as error:
        return _unexpected(args, t, error)
    finally:
        runtime.close()
    if args.json:
        print(json.dumps(result.data, ensure_ascii=False, indent=2, default=str))
    elif result.text:
        print(result.text)
    sys.stdout.flush()  # a closed pipe shows here, inside main(), not at exit
    return result.status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
