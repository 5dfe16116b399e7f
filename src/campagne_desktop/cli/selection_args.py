"""The selection options shared by `batch create` and `template cost`: one type, one parser."""

from __future__ import annotations

import argparse
from datetime import date

from ..domain.enums import SourceKind
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.selection import Selection


def add_selection_arguments(parser: argparse.ArgumentParser, *, search: bool = False) -> None:
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("cli", "only contacts with this tag (any of them)"),
    )
    parser.add_argument(
        "--commune",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("cli", "only this commune (any of them)"),
    )
    parser.add_argument(
        "--source-kind",
        action="append",
        default=[],
        choices=[k.value for k in SourceKind],
        help=QT_TRANSLATE_NOOP("cli", "only contacts from this source"),
    )
    parser.add_argument(
        "--not-messaged-since",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "leave out contacts messaged since this date"),
    )
    if search:
        parser.add_argument(
            "--search", default="", help=QT_TRANSLATE_NOOP("cli", "names, commune or phone digits")
        )


def selection_from(args: argparse.Namespace) -> Selection:
    return Selection(
        tags=tuple(args.tag),
        communes=tuple(args.commune),
        source_kinds=tuple(SourceKind(k) for k in args.source_kind),
        not_messaged_since=args.not_messaged_since,
        search=getattr(args, "search", ""),
    )
