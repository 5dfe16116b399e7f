"""argparse in the interface language: its own words ("usage:", errors) and our help texts.

argparse looks its words up through gettext (``argparse._``) at the moment it uses them, and
gettext would need compiled ``.mo`` files per language. Instead, the words are listed here for
lupdate, translated in the app's own catalogue, and handed to argparse while it builds and
parses (``argparse_speaking``). Our help texts are marked with context ``cli`` and swapped in
after the parser is built (``translate_help``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..domain.messages import QT_TRANSLATE_NOOP

WORDS_CONTEXT = "argparse"
HELP_CONTEXT = "cli"

# The words of Python 3.11's argparse that a user of `campagne` can meet.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)

Words = Callable[[str], str]


def data_dir_in(argv: Sequence[str]) -> Path | None:
    """``--data-dir DIR`` read before parsing: the language preference lives in that folder,
    and the help and usage errors must already speak it."""
    for index, arg in enumerate(argv):
        if arg == "--data-dir" and index + 1 < len(argv):
            return Path(argv[index + 1])
        if arg.startswith("--data-dir="):
            return Path(arg.split("=", 1)[1])
    return None


def interface_language(argv: Sequence[str]) -> str:
    """The language chosen in the app's preferences for this data folder, else the system's."""
    from ..i18n import choose_language
    from ..paths import AppPaths
    from ..preferences import Preferences

    data_dir = data_dir_in(argv)
    paths = AppPaths.under(data_dir) if data_dir else AppPaths.default()
    return choose_language(Preferences.load(paths.config_dir).language)


@contextmanager
def argparse_speaking(words: Words) -> Iterator[None]:
    """While inside, argparse's own words come from ``words``; restored afterwards."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def plural(one: str, many: str, n: int) -> str:
        return words(one if n == 1 else many)

    argparse._ = words  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def translate_help(parser: argparse.ArgumentParser, words: Words) -> None:
    """Every description and help text of ``parser`` and its subcommands, in ``words``."""
    if parser.description:
        parser.description = words(parser.description)
    for action in parser._actions:
        if isinstance(action.help, str) and action.help != argparse.SUPPRESS:
            action.help = words(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = words(choice.help)
            for subparser in dict.fromkeys(action.choices.values()):
                translate_help(subparser, words)
